"""My points: the balance, what I can still give this month, my badges and my ledger."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.db.engine import Database
from desktop.core.rewards.vocab import EntrySource
from desktop.ui.common.locale_format import number_text
from desktop.ui.common.row_table_model import read_only_table
from desktop.ui.rewards.badge_list import BadgeList
from desktop.ui.rewards.models import EntriesModel, fit_columns
from desktop.ui.rewards.reading import MyPoints


class PointsPage(QWidget):
    correction_requested = Signal(int)  # the entry to reverse
    export_requested = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.entries_model = EntriesModel()
        self._build_ui()

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        cards = QHBoxLayout()
        self.balance_label = self._card(cards, self.tr("Balance"))
        self.allowance_label = self._card(cards, self.tr("Left to give this month"))
        self.badge_count_label = self._card(cards, self.tr("Badges"))
        cards.addStretch(1)
        layout.addLayout(cards)
        body = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Entries"), self))
        self.entries_table = read_only_table(self, "entries_table", self.entries_model)
        fit_columns(self.entries_table)
        left.addWidget(self.entries_table)
        bar = QHBoxLayout()
        self.export_button = QPushButton(self.tr("E&xport ledger to Excel…"), self)
        self.correct_button = QPushButton(self.tr("&Correct entry…"), self)
        self.correct_button.setToolTip(
            self.tr("Books a reversal with a reason; the entry itself stays in the ledger.")
        )
        bar.addWidget(self.export_button)
        bar.addStretch(1)
        bar.addWidget(self.correct_button)
        left.addLayout(bar)
        self.export_button.clicked.connect(self.export_requested)
        self.correct_button.clicked.connect(self._correct)
        self.entries_table.selectionModel().selectionChanged.connect(self._update_enabled)
        right = QVBoxLayout()
        # Badges are read on a worker of their own: dating the whole-portfolio badge of a big
        # portfolio takes longer than the rest of the page.
        self.badge_box = BadgeList(self.database, None, self)
        self.badge_box.setMaximumWidth(320)
        self.badge_box.loaded.connect(
            lambda: self.badge_count_label.setText(number_text(len(self.badge_box.badges or [])))
        )
        right.addWidget(self.badge_box)
        right.addStretch(1)
        body.addLayout(left, 3)
        body.addLayout(right, 1)
        layout.addLayout(body, 1)

    def _card(self, row: QHBoxLayout, caption: str) -> QLabel:
        frame = QFrame(self)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setMinimumWidth(200)
        grid = QGridLayout(frame)
        title = QLabel(caption, frame)
        value = QLabel("", frame)
        font = value.font()
        font.setPointSize(font.pointSize() + 10)
        font.setBold(True)
        value.setFont(font)
        grid.addWidget(title, 0, 0)
        grid.addWidget(value, 1, 0)
        row.addWidget(frame)
        return value

    def _correct(self) -> None:
        index = self.entries_table.currentIndex()
        if index.isValid():
            self.correction_requested.emit(self.entries_model.rows[index.row()].id)

    def _update_enabled(self) -> None:
        index = self.entries_table.currentIndex()
        entry = self.entries_model.rows[index.row()] if index.isValid() else None
        self.correct_button.setEnabled(
            self._manager
            and entry is not None
            and entry.points > 0
            and entry.source not in (EntrySource.REVERSAL, EntrySource.REFUND)
        )

    _manager = False

    def show_points(self, me: int | None, points: MyPoints | None, manager: bool = False) -> None:
        self._manager = manager
        self.correct_button.setVisible(manager)
        if me is None or points is None:
            self.entries_model.set_rows([])
            self.badge_box.staff_id = None
            self.badge_box.hide()
            for label in (self.balance_label, self.allowance_label, self.badge_count_label):
                label.setText("–")
            self._update_enabled()
            return
        self.balance_label.setText(self.tr("%n points", "", points.balance))
        self.allowance_label.setText(self.tr("%n points", "", points.allowance_left))
        self.badge_box.staff_id = me
        self.badge_box.show()
        self.badge_box.reload()
        self.entries_model.set_rows(points.entries)
        self._update_enabled()
