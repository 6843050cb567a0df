"""One small dialog for the parts of a plan: a goal or agenda item, a phase or a milestone.

Which fields show depends on the part (a phase has a period, a milestone can be done); dates are
optional, so each has a check box that says whether it is set.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.common.record_form import line_edit


@dataclass(frozen=True)
class Entry:
    title: str
    due_on: date | None = None  # the date, or a phase's start
    ends_on: date | None = None
    notes: str = ""
    done: bool = False


@dataclass(frozen=True)
class EntryFields:
    """Which fields the dialog shows, and their labels."""

    title_label: str
    max_length: int
    date_label: str = ""
    end_label: str = ""
    notes_label: str = ""
    done_label: str = ""


class OptionalDate(QWidget):
    """A date that may be left unset: a check box in front of a date field."""

    def __init__(self, label: str, parent: QWidget) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(label, self)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.check.toggled.connect(self.edit.setEnabled)

    def value(self) -> date | None:
        return self.edit.date().toPython() if self.check.isChecked() else None  # type: ignore[return-value]

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))


def titled_buttons(dialog: QDialog, title_edit: QLineEdit) -> QDialogButtonBox:
    """OK and Cancel; OK closes the dialog only once the title is filled in."""
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )

    def accept_if_titled() -> None:
        if title_edit.text().strip():
            dialog.accept()
        else:
            title_edit.setFocus()

    box.accepted.connect(accept_if_titled)
    box.rejected.connect(dialog.reject)
    return box


class EntryDialog(QDialog):
    def __init__(
        self, title: str, fields: EntryFields, entry: Entry | None, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.fields = fields
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.title_edit = line_edit(self, fields.max_length)
        form.addRow(fields.title_label, self.title_edit)
        self.date_edit = OptionalDate(fields.date_label, self)
        self.end_edit = OptionalDate(fields.end_label, self)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(80)
        self.done_check = QCheckBox(fields.done_label, self)
        if fields.date_label:
            form.addRow("", self.date_edit)
        if fields.end_label:
            form.addRow("", self.end_edit)
        if fields.notes_label:
            form.addRow(fields.notes_label, self.notes_edit)
        if fields.done_label:
            form.addRow("", self.done_check)
        layout.addLayout(form)
        self.button_box = titled_buttons(self, self.title_edit)
        layout.addWidget(self.button_box)
        if entry is not None:
            self.title_edit.setText(entry.title)
            self.date_edit.set_value(entry.due_on)
            self.end_edit.set_value(entry.ends_on)
            self.notes_edit.setPlainText(entry.notes)
            self.done_check.setChecked(entry.done)
        self.title_edit.setFocus()

    def entry(self) -> Entry:
        return Entry(
            title=self.title_edit.text(),
            due_on=self.date_edit.value() if self.fields.date_label else None,
            ends_on=self.end_edit.value() if self.fields.end_label else None,
            notes=self.notes_edit.toPlainText() if self.fields.notes_label else "",
            done=self.done_check.isChecked(),
        )
