"""The office's rules, its recognition tags and each giver's monthly allowance (managers edit)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.common.vocab import StageKind, stage_kind_label
from desktop.core.rewards.recognitions import Tag
from desktop.core.rewards.rules import Rule
from desktop.core.rewards.vocab import RuleKind, rule_kind_label
from desktop.ui.common.locale_format import date_text, number_text
from desktop.ui.common.row_table_model import ModelIndex, RowTableModel, read_only_table
from desktop.ui.rewards.models import fit_columns


class RulesModel(RowTableModel):
    rows: list[Rule]

    def headers(self) -> Sequence[str]:
        return [
            self.tr("Behaviour"),
            self.tr("Points"),
            self.tr("From"),
            self.tr("Until"),
            self.tr("Approval"),
            self.tr("On"),
        ]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        rule = self.rows[index.row()]
        kind = rule_kind_label(rule.kind)
        if rule.stage_name:
            kind = self.tr("%1: %2").replace("%1", kind).replace("%2", rule.stage_name)
        elif rule.kind is RuleKind.STAGE_REACHED:
            kind = self.tr("%1: every stage of the kind '%2'").replace("%1", kind)
            kind = kind.replace("%2", stage_kind_label(StageKind.WON))
        yes, no = self.tr("yes"), self.tr("no")
        return [
            kind,
            number_text(rule.points),
            date_text(rule.active_from),
            date_text(rule.active_until),
            yes if rule.needs_approval else no,
            yes if rule.enabled else no,
        ][index.column()]


class RulesPage(QWidget):
    edit_requested = Signal(object)  # the Rule
    add_stage_rule_requested = Signal()
    tag_added = Signal()
    tag_archived = Signal(int)
    allowance_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rules_model = RulesModel()
        self._loading = False
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Rules that award points automatically"), self))
        self.rules_table = read_only_table(self, "rules_table", self.rules_model)
        fit_columns(self.rules_table)
        layout.addWidget(self.rules_table, 1)
        bar = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("&Edit rule…"), self)
        self.add_rule_button = QPushButton(self.tr("Add a rule for a s&tage…"), self)
        bar.addWidget(self.add_rule_button)
        bar.addStretch(1)
        bar.addWidget(self.edit_button)
        layout.addLayout(bar)
        lower = QHBoxLayout()
        tags = QVBoxLayout()
        tags.addWidget(QLabel(self.tr("Values and goals to recognise"), self))
        self.tags_list = QListWidget(self)
        tags.addWidget(self.tags_list)
        tag_bar = QHBoxLayout()
        self.add_tag_button = QPushButton(self.tr("Add &value…"), self)
        self.archive_tag_button = QPushButton(self.tr("&Stop offering"), self)
        tag_bar.addWidget(self.add_tag_button)
        tag_bar.addWidget(self.archive_tag_button)
        tag_bar.addStretch(1)
        tags.addLayout(tag_bar)
        lower.addLayout(tags, 1)
        allowance = QVBoxLayout()
        allowance_label = QLabel(self.tr("Monthly allowance per giver (&points):"), self)
        self.allowance_spin = QSpinBox(self)
        self.allowance_spin.setRange(0, 10_000)
        self.allowance_spin.setSingleStep(10)
        allowance_label.setBuddy(self.allowance_spin)
        allowance.addWidget(allowance_label)
        allowance.addWidget(self.allowance_spin)
        allowance.addStretch(1)
        lower.addLayout(allowance, 1)
        layout.addLayout(lower, 1)
        self.edit_button.clicked.connect(self._edit)
        self.rules_table.doubleClicked.connect(self._edit)
        self.add_tag_button.clicked.connect(self.tag_added)
        self.add_rule_button.clicked.connect(self.add_stage_rule_requested)
        self.archive_tag_button.clicked.connect(self._archive)
        self.allowance_spin.editingFinished.connect(self._allowance)

    def _edit(self) -> None:
        index = self.rules_table.currentIndex()
        if index.isValid() and self.edit_button.isEnabled():
            self.edit_requested.emit(self.rules_model.rows[index.row()])

    def _archive(self) -> None:
        item = self.tags_list.currentItem()
        if item is not None:
            self.tag_archived.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def _allowance(self) -> None:
        if not self._loading:
            self.allowance_chosen.emit(self.allowance_spin.value())

    def show_rules(
        self, manager: bool, rules: list[Rule], tags: list[Tag], monthly_allowance: int
    ) -> None:
        self._loading = True
        try:
            self.rules_model.set_rows(rules)
            self.tags_list.clear()
            for tag in tags:
                item = QListWidgetItem(tag.name)
                item.setData(Qt.ItemDataRole.UserRole, tag.id)
                self.tags_list.addItem(item)
            self.allowance_spin.setValue(monthly_allowance)
        finally:
            self._loading = False
        for widget in (
            self.edit_button,
            self.add_tag_button,
            self.archive_tag_button,
            self.allowance_spin,
        ):
            widget.setEnabled(manager)
