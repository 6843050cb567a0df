"""Staff as a table model over immutable rows; an office has tens of staff, so the model keeps
them all and sorts its Python list (house rule 4 allows that for small lists)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, NamedTuple

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.core.common.vocab import staff_role_label
from desktop.core.db.engine import Database
from desktop.core.staff.listing import StaffRow, list_staff
from desktop.ui.clients.client_table_model import CLIENT_ID_ROLE, Index
from desktop.ui.common.locale_format import date_text, number_text

STAFF_ID_ROLE = CLIENT_ID_ROLE  # Qt.UserRole: the row's id


class StaffColumn(NamedTuple):
    header: str
    value: Callable[[StaffRow], object]  # sortable value; shown through _display
    align_right: bool = False


class StaffTableModel(QAbstractTableModel):
    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.include_leavers = True
        self.rows: list[StaffRow] = []
        self.columns = self._columns()
        self._sort_column = 0
        self._descending = False
        self._leaver_brush = QBrush(QColor("#9aa6b5"))

    def _columns(self) -> list[StaffColumn]:
        return [
            StaffColumn(self.tr("Name"), lambda row: row.name),
            StaffColumn(self.tr("Initials"), lambda row: row.initials),
            StaffColumn(self.tr("Role"), lambda row: staff_role_label(row.role)),
            StaffColumn(self.tr("Team"), lambda row: row.team or ""),
            StaffColumn(self.tr("Start"), lambda row: row.start_date),
            StaffColumn(self.tr("End"), lambda row: row.end_date),
            StaffColumn(self.tr("Champion"), lambda row: row.is_champion),
            StaffColumn(self.tr("Champion since"), lambda row: row.champion_since),
            StaffColumn(self.tr("Focus area"), lambda row: row.focus_area or ""),
            StaffColumn(self.tr("Capacity"), lambda row: row.capacity, align_right=True),
            StaffColumn(self.tr("Clients"), lambda row: row.client_count, align_right=True),
        ]

    def reload(self) -> None:
        self.beginResetModel()
        with self.database.session() as session:
            self.rows = list_staff(session, include_leavers=self.include_leavers)
        self._sort_rows()
        self.endResetModel()

    def set_include_leavers(self, include: bool) -> None:
        if include != self.include_leavers:
            self.include_leavers = include
            self.reload()

    def row_at(self, row: int) -> StaffRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of_staff(self, staff_id: int) -> int | None:
        return next((i for i, row in enumerate(self.rows) if row.id == staff_id), None)

    def _sort_rows(self) -> None:
        value = self.columns[self._sort_column].value

        def key(row: StaffRow) -> tuple[bool, Any, str]:
            # Empty values last whichever the direction; then by name for a stable order.
            item = value(row)
            item = item.casefold() if isinstance(item, str) else item
            empty = item is None or item == ""
            return (empty != self._descending, item if not empty else 0, row.name.casefold())

        self.rows.sort(key=key, reverse=self._descending)

    # -- QAbstractTableModel ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._sort_rows()
        self.layoutChanged.emit()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(column.value(row))
        if role == STAFF_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and row.has_left():
            return self._leaver_brush
        if role == Qt.ItemDataRole.ToolTipRole and row.has_left():
            return self.tr("Left on {date}").format(date=date_text(row.end_date))
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, value: object) -> str:
        if isinstance(value, bool):
            return self.tr("Yes") if value else ""
        if isinstance(value, date):
            return date_text(value)
        if isinstance(value, int):
            return number_text(value)
        return "" if value is None else str(value)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header if 0 <= section < len(self.columns) else None
        return None
