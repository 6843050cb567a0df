"""The heatmap's table and its colour legend, for the Readiness area (assessments_view.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)

from desktop.core.assessments.elements import ELEMENTS
from desktop.core.assessments.palette import SCORE_COLOURS, text_colour
from desktop.ui.assessments.heatmap_model import BARRIER, CHANGE, FIRST_ELEMENT, NAME, HeatmapModel


def heatmap_table(model: HeatmapModel, parent: QWidget) -> QTableView:
    """The heatmap: one row per person, sorted by name, columns sized for the scores."""
    table = QTableView(parent)
    table.setObjectName("heatmap_table")
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    table.setShowGrid(True)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(26)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    for column, width in enumerate((138, 72, 106)):
        header.resizeSection(column, width)
    for column in range(FIRST_ELEMENT, FIRST_ELEMENT + len(ELEMENTS)):
        header.resizeSection(column, max(78, header.sectionSizeHint(column)))
    header.resizeSection(BARRIER, 96)
    header.resizeSection(CHANGE, 58)
    header.setStretchLastSection(True)
    header.setSortIndicator(NAME, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    return table


class ScoreLegend(QWidget):
    """What the heatmap's colours and arrows mean."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 4, 0, 0)
        row.addWidget(QLabel(self.tr("Score:"), self))
        for value, colour in enumerate(SCORE_COLOURS, start=1):
            swatch = QLabel(str(value), self)
            swatch.setFixedSize(28, 20)
            swatch.setStyleSheet(
                f"background: {colour}; color: {text_colour(colour)}; qproperty-alignment: AlignCenter;"
            )
            row.addWidget(swatch)
        row.addWidget(
            QLabel(
                self.tr(
                    "1 = not at all · 5 = fully · ▲▼ half a point or more up or down since the previous round"
                ),
                self,
            )
        )
        row.addStretch(1)
