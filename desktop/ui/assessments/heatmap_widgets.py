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

from desktop.core.assessments.palette import SCORE_COLOURS, text_colour
from desktop.ui.assessments.heatmap_model import NAME, HeatmapModel

# Pixels beyond the widest text, so a text never touches the grid line.
BREATHING_ROOM = 8


def heatmap_table(model: HeatmapModel, parent: QWidget) -> QTableView:
    """The heatmap: one row per person, sorted by name, every column as wide as its texts."""
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
    header.setStretchLastSection(True)
    header.setSortIndicator(NAME, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    model.modelReset.connect(lambda: fit_columns(table))
    fit_columns(table)
    return table


def fit_columns(table: QTableView) -> None:
    """Every column as wide as its widest text (cells and header, from the font metrics), so
    nothing is cut; the score columns stay as narrow as a score with its arrow."""
    header = table.horizontalHeader()
    for column in range(header.count()):
        widest = max(header.sectionSizeHint(column), table.sizeHintForColumn(column))
        header.resizeSection(column, widest + BREATHING_ROOM)


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
