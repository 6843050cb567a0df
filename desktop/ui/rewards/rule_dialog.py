"""Editing one rule: its points, active period, whether a manager approves, on or off."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QSpinBox,
    QWidget,
)

from desktop.core.rewards.rules import Rule
from desktop.core.rewards.vocab import rule_kind_label


class RuleDialog(QDialog):
    def __init__(self, rule: Rule, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rule = rule
        self.setWindowTitle(self.tr("Rule: %1").replace("%1", rule_kind_label(rule.kind)))
        form = QFormLayout(self)
        self.points_spin = QSpinBox(self)
        self.points_spin.setRange(1, 10_000)
        self.points_spin.setValue(rule.points)
        form.addRow(self.tr("&Points:"), self.points_spin)
        self.from_check, self.from_edit = self._date_row(
            form, self.tr("Active &from:"), rule.active_from
        )
        self.until_check, self.until_edit = self._date_row(
            form, self.tr("Active &until:"), rule.active_until
        )
        self.approval_check = QCheckBox(self.tr("A manager &approves each award"), self)
        self.approval_check.setChecked(rule.needs_approval)
        form.addRow(self.approval_check)
        self.enabled_check = QCheckBox(self.tr("Rule &on"), self)
        self.enabled_check.setChecked(rule.enabled)
        form.addRow(self.enabled_check)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _date_row(
        self, form: QFormLayout, label: str, value: date | None
    ) -> tuple[QCheckBox, QDateEdit]:
        row = QHBoxLayout()
        check = QCheckBox(self)
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd-MM-yyyy")
        day = value or date.today()
        edit.setDate(QDate(day.year, day.month, day.day))
        check.setChecked(value is not None)
        edit.setEnabled(value is not None)
        check.toggled.connect(edit.setEnabled)
        row.addWidget(check)
        row.addWidget(edit, 1)
        form.addRow(label, row)
        return check, edit

    def values(self) -> dict[str, object]:
        def day(check: QCheckBox, edit: QDateEdit) -> date | None:
            if not check.isChecked():
                return None
            qdate = edit.date()
            return date(qdate.year(), qdate.month(), qdate.day())

        return {
            "points": self.points_spin.value(),
            "active_from": day(self.from_check, self.from_edit),
            "active_until": day(self.until_check, self.until_edit),
            "needs_approval": self.approval_check.isChecked(),
            "enabled": self.enabled_check.isChecked(),
        }
