"""Add or change a measure of the project: title, kind, for whom, owner, due date, notes."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.common.vocab import MeasureKind, measure_kind_label
from desktop.core.db.tables import measures
from desktop.core.measures.editing import MeasureData, MeasureRow
from desktop.core.staff.listing import StaffRow
from desktop.ui.common.record_form import line_edit
from desktop.ui.plans.entry_dialog import OptionalDate, titled_buttons


class MeasureDialog(QDialog):
    def __init__(
        self,
        project_id: int,
        people: list[StaffRow],
        measure: MeasureRow | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.project_id = project_id
        self.measure = measure
        self.setWindowTitle(self.tr("Change measure") if measure else self.tr("New measure"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.title_edit = line_edit(self, measures.c.title, self.tr("e.g. Lunch session"))
        form.addRow(self.tr("&Title:"), self.title_edit)
        self.kind_combo = QComboBox(self)
        for kind in MeasureKind:
            self.kind_combo.addItem(measure_kind_label(kind), kind.value)
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        self.group_edit = line_edit(self, measures.c.target_group, self.tr("e.g. Assistants"))
        form.addRow(self.tr("&For:"), self.group_edit)
        self.owner_combo = QComboBox(self)
        self.owner_combo.addItem(self.tr("(nobody yet)"), None)
        for person in people:
            self.owner_combo.addItem(person.name, person.id)
        form.addRow(self.tr("&Owner:"), self.owner_combo)
        self.due_edit = OptionalDate(self.tr("&Due on"), self)
        form.addRow("", self.due_edit)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(70)
        form.addRow(self.tr("&Notes:"), self.notes_edit)
        layout.addLayout(form)
        self.button_box = titled_buttons(self, self.title_edit)
        layout.addWidget(self.button_box)
        if measure is not None:
            self.title_edit.setText(measure.title)
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(measure.kind.value))
            self.group_edit.setText(measure.target_group or "")
            self.owner_combo.setCurrentIndex(max(self.owner_combo.findData(measure.owner_id), 0))
            self.due_edit.set_value(measure.due_on)
            self.notes_edit.setPlainText(measure.notes)

    def data(self) -> MeasureData:
        """What was filled in; a changed measure keeps its person, segment and element."""
        kept = self.measure
        return MeasureData(
            title=self.title_edit.text(),
            kind=self.kind_combo.currentData(),
            project_id=self.project_id,
            target_staff_id=kept.target_staff_id if kept else None,
            target_group=self.group_edit.text(),
            segment_id=kept.segment_id if kept else None,
            element=kept.element if kept else None,
            owner_id=self.owner_combo.currentData(),
            due_on=self.due_edit.value(),
            notes=self.notes_edit.toPlainText(),
        )
