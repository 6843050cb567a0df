"""Approvals (for partners, office managers and HR): redemptions to approve, decline or tick
as fulfilled, and rule awards held for approval."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.rewards.catalogue import RedemptionRow
from desktop.core.rewards.vocab import RedemptionStatus
from desktop.ui.common.row_table_model import read_only_table
from desktop.ui.rewards.models import HeldAwardsModel, RedemptionsModel, fit_columns


class ApprovalsPage(QWidget):
    redemption_decided = Signal(int, bool)  # redemption id, approved
    fulfilled = Signal(int)
    award_decided = Signal(int, bool)  # held entry id, approved

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.redemptions_model = RedemptionsModel()
        self.awards_model = HeldAwardsModel()
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Redemptions to decide or hand over"), self))
        self.redemptions_table = read_only_table(self, "redemptions_table", self.redemptions_model)
        fit_columns(self.redemptions_table)
        layout.addWidget(self.redemptions_table, 1)
        bar = QHBoxLayout()
        self.approve_button = QPushButton(self.tr("&Approve"), self)
        self.decline_button = QPushButton(self.tr("&Decline…"), self)
        self.fulfilled_button = QPushButton(self.tr("Mark &fulfilled"), self)
        bar.addStretch(1)
        for button in (self.approve_button, self.decline_button, self.fulfilled_button):
            bar.addWidget(button)
        layout.addLayout(bar)
        layout.addWidget(QLabel(self.tr("Awards awaiting approval"), self))
        self.awards_table = read_only_table(self, "held_awards_table", self.awards_model)
        fit_columns(self.awards_table)
        layout.addWidget(self.awards_table, 1)
        award_bar = QHBoxLayout()
        self.approve_award_button = QPushButton(self.tr("Approve a&ward"), self)
        self.decline_award_button = QPushButton(self.tr("Decline awa&rd…"), self)
        award_bar.addStretch(1)
        award_bar.addWidget(self.approve_award_button)
        award_bar.addWidget(self.decline_award_button)
        layout.addLayout(award_bar)
        self.note_label = QLabel(self)
        self.note_label.setWordWrap(True)
        layout.addWidget(self.note_label)

    def _connect_signals(self) -> None:
        self.approve_button.clicked.connect(lambda: self._decide(True))
        self.decline_button.clicked.connect(lambda: self._decide(False))
        self.fulfilled_button.clicked.connect(self._fulfil)
        self.approve_award_button.clicked.connect(lambda: self._decide_award(True))
        self.decline_award_button.clicked.connect(lambda: self._decide_award(False))
        self.redemptions_table.selectionModel().selectionChanged.connect(self._update_enabled)
        self.awards_table.selectionModel().selectionChanged.connect(self._update_enabled)

    def _selected_redemption(self) -> int | None:
        index = self.redemptions_table.currentIndex()
        return self.redemptions_model.rows[index.row()].id if index.isValid() else None

    def _decide(self, approve: bool) -> None:
        redemption = self._selected_redemption()
        if redemption is not None:
            self.redemption_decided.emit(redemption, approve)

    def _fulfil(self) -> None:
        redemption = self._selected_redemption()
        if redemption is not None:
            self.fulfilled.emit(redemption)

    def _decide_award(self, approve: bool) -> None:
        index = self.awards_table.currentIndex()
        if index.isValid():
            self.award_decided.emit(self.awards_model.rows[index.row()][0], approve)

    def _update_enabled(self) -> None:
        index = self.redemptions_table.currentIndex()
        row = self.redemptions_model.rows[index.row()] if index.isValid() else None
        pending = row is not None and row.status == RedemptionStatus.PENDING
        self.approve_button.setEnabled(self._manager and pending)
        self.decline_button.setEnabled(self._manager and pending)
        self.fulfilled_button.setEnabled(
            self._manager
            and row is not None
            and row.status == RedemptionStatus.APPROVED
            and row.fulfilled_at is None
        )
        award = self.awards_table.currentIndex().isValid()
        self.approve_award_button.setEnabled(self._manager and award)
        self.decline_award_button.setEnabled(self._manager and award)

    def show_open(self, manager: bool, redemptions: list[RedemptionRow], awards: list[Any]) -> None:
        """``redemptions``: those to decide, or approved and not yet handed over."""
        self._manager = manager
        self.redemptions_model.set_rows(redemptions)
        self.awards_model.set_rows(awards)
        self.note_label.setText(
            ""
            if manager
            else self.tr("Only a partner, office manager or HR can approve or decline.")
        )
        self._update_enabled()

    _manager = False
