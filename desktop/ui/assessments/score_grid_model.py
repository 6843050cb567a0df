"""The score grid: one row per staff member, a column per ADKAR element, editable.

Rows are immutable SheetRow tuples; a saved score replaces its row. Saving goes through
``save(staff_id, element, value)``, which commits and raises the core's error on refusal.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QLocale,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from desktop.core.assessments.elements import ELEMENTS, AdkarElement, element_label, parse_score
from desktop.core.assessments.palette import score_colour, text_colour
from desktop.core.assessments.results import SheetRow
from desktop.core.common.errors import DraagvlakError
from desktop.ui.common.row_table_model import ModelIndex, RowTableModel

NAME, TEAM = 0, 1
FIRST_ELEMENT = 2
Saver = Callable[[int, AdkarElement, float | None], None]


class ScoreGridModel(RowTableModel):
    score_refused = Signal(object)  # the core's DraagvlakError, for the view to show
    score_saved = Signal(int)  # staff id

    def __init__(self, save: Saver, parent: object | None = None) -> None:
        super().__init__()
        if parent is not None:
            self.setParent(parent)  # type: ignore[arg-type]
        self.rows: list[SheetRow] = []
        self._save = save

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Team"), *(element_label(e) for e in ELEMENTS)]

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() >= FIRST_ELEMENT:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def is_score_column(self, column: int) -> bool:
        return FIRST_ELEMENT <= column < FIRST_ELEMENT + len(ELEMENTS)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if column == NAME:
            return row.name if role == Qt.ItemDataRole.DisplayRole else None
        if column == TEAM:
            return (row.team or "") if role == Qt.ItemDataRole.DisplayRole else None
        score = row.scores[column - FIRST_ELEMENT]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return _score_text(score)
        if role == Qt.ItemDataRole.BackgroundRole and score is not None:
            return QBrush(QColor(score_colour(score)))
        if role == Qt.ItemDataRole.ForegroundRole and score is not None:
            return QBrush(QColor(text_colour(score_colour(score))))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not self.is_score_column(index.column()):
            return False
        row = self.rows[index.row()]
        element_index = index.column() - FIRST_ELEMENT
        try:
            score = parse_score(value)
            if score == row.scores[element_index]:
                return True
            self._save(row.staff_id, ELEMENTS[element_index], score)
        except DraagvlakError as error:
            self.score_refused.emit(error)
            return False
        scores = list(row.scores)
        scores[element_index] = score
        self.rows[index.row()] = row._replace(scores=tuple(scores))
        self.dataChanged.emit(index, index)
        self.score_saved.emit(row.staff_id)
        return True


def _score_text(score: float | None) -> str:
    if score is None:
        return ""
    decimals = 0 if float(score).is_integer() else 1 if round(score, 1) == score else 2
    return QLocale().toString(float(score), "f", decimals)
