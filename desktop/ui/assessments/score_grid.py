"""The score table that is fast with the keyboard: type 1-5 and the cursor moves on.

A digit saves the score and moves to the next element (at the end of a row, to the first
element of the next person); Delete clears it; F2 or Enter opens an editor for an average
such as 3,4. Arrow keys and Tab move as in any table.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop.ui.assessments.score_grid_model import FIRST_ELEMENT, ScoreGridModel

_DIGITS = {getattr(Qt.Key, f"Key_{n}"): str(n) for n in range(1, 6)}


class ScoreGrid(QTableView):
    def __init__(self, model: ScoreGridModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("score_grid")
        self.setModel(model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(26)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.resizeSection(0, 200)
        header.resizeSection(1, 120)
        for column in range(FIRST_ELEMENT, model.columnCount()):
            header.resizeSection(column, max(100, header.sectionSizeHint(column)))
        self.grid_model = model

    def start(self) -> None:
        """Put the cursor on the first person's first element."""
        if self.grid_model.rowCount():
            self.setCurrentIndex(self.grid_model.index(0, FIRST_ELEMENT))
        self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        index = self.currentIndex()
        no_modifier = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if (
            index.isValid()
            and no_modifier
            and self.state() != QAbstractItemView.State.EditingState
            and self.grid_model.is_score_column(index.column())
        ):
            key = Qt.Key(event.key())
            if key in _DIGITS:
                if self.grid_model.setData(index, _DIGITS[key]):
                    self._move_on(index.row(), index.column())
                event.accept()
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.grid_model.setData(index, None)
                event.accept()
                return
        super().keyPressEvent(event)

    def _move_on(self, row: int, column: int) -> None:
        if column + 1 < self.grid_model.columnCount():
            self.setCurrentIndex(self.grid_model.index(row, column + 1))
        elif row + 1 < self.grid_model.rowCount():
            self.setCurrentIndex(self.grid_model.index(row + 1, FIRST_ELEMENT))
