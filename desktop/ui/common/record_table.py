"""A read-only, row-selecting QTableView set up the same way for every record list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from desktop.ui.shell import settings

ROW_HEIGHT = 26


def record_table(
    parent: QWidget,
    model: QAbstractItemModel,
    name: str,
    widths: list[int],
    sort_column: int,
) -> QTableView:
    """A table over ``model`` with remembered column widths/order/sort under ``name``."""
    table = QTableView(parent)
    table.setObjectName(f"{name}_table")
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setShowGrid(False)
    table.verticalHeader().hide()
    # Fixed row heights: the view never asks every row for its size (100k clients).
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionsMovable(True)
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    header.customContextMenuRequested.connect(
        lambda point: column_menu(header).exec(header.mapToGlobal(point))
    )
    for column, width in enumerate(widths):
        # Never narrower than the (translated) title: Dutch titles are often longer.
        header.resizeSection(column, max(width, header.sectionSizeHint(column)))
    header.setStretchLastSection(True)
    restored = settings.restore_header(name, header)
    if not restored or not 0 <= header.sortIndicatorSection() < model.columnCount():
        header.setSortIndicator(sort_column, Qt.SortOrder.AscendingOrder)
    # Enabling sorting sorts the model once by the indicator (the remembered or default one).
    table.setSortingEnabled(True)
    return table


def column_menu(header: QHeaderView) -> QMenu:
    """The header's right-click menu: a tick per column to show or hide it (the last visible
    column stays). Hidden columns are remembered with the header's state."""
    menu = QMenu(header)
    model = header.model()
    visible = [i for i in range(header.count()) if not header.isSectionHidden(i)]
    for visual in range(header.count()):
        logical = header.logicalIndex(visual)
        title = model.headerData(logical, Qt.Orientation.Horizontal)
        action = menu.addAction(str(title))
        action.setCheckable(True)
        action.setChecked(not header.isSectionHidden(logical))
        action.setEnabled(visible != [logical])
        action.toggled.connect(
            lambda shown, column=logical: header.setSectionHidden(column, not shown)
        )
    return menu


def visible_columns(header: QHeaderView) -> list[int]:
    """The logical indexes of the shown columns, in the order the user sees them."""
    columns = (header.logicalIndex(visual) for visual in range(header.count()))
    return [column for column in columns if not header.isSectionHidden(column)]


def select_row(table: QTableView, row: int) -> None:
    """Make ``row`` current and selected, and scroll to it."""
    index: QModelIndex = table.model().index(row, 0)
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    table.selectionModel().setCurrentIndex(index, flags)
    table.scrollTo(index)


def current_record(table: QTableView) -> Any:
    """The row tuple under the table's current index (models with ``row_at``), or None."""
    index = table.currentIndex()
    return table.model().row_at(index.row()) if index.isValid() else None  # type: ignore[attr-defined]


def select_record(table: QTableView, row: int | None) -> bool:
    """Select ``row`` if there is one; whether it was selected."""
    if row is not None:
        select_row(table, row)
    return row is not None
