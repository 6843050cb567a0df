"""Plan a person's next step: choose the intervention for their barrier, an owner and a due date;
accepting creates a measure aimed at that person."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.assessments.elements import AdkarElement, element_label
from desktop.core.assessments.interventions import (
    Acceptance,
    Intervention,
    accept_intervention,
)
from desktop.core.common.errors import DraagvlakError
from desktop.core.common.vocab import measure_kind_label
from desktop.core.db.engine import Database
from desktop.core.db.tables import measures
from desktop.core.staff.listing import list_staff
from desktop.ui.common.field_errors import error_label

# A step is due in two weeks unless the owner picks another day.
DEFAULT_DUE_DAYS = 14


class AcceptDialog(QDialog):
    """After accept() ``measure_id`` holds the new measure's id."""

    def __init__(
        self,
        database: Database,
        staff_id: int,
        name: str,
        element: AdkarElement,
        steps: list[Intervention],
        project_id: int | None = None,
        by_staff_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.staff_id = staff_id
        self.element = element
        self.steps = steps
        self.project_id = project_id
        self.by_staff_id = by_staff_id
        self.measure_id: int | None = None
        self._build_ui(name)
        self.step_combo.currentIndexChanged.connect(self._on_step_chosen)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        self._on_step_chosen(0)

    def _build_ui(self, name: str) -> None:
        self.setWindowTitle(self.tr("Plan the next step"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "{name} has {element} as barrier point. Plan a step to help them past it."
            ).format(name=name, element=element_label(self.element)),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.step_combo = QComboBox(self)
        for step in self.steps:
            self.step_combo.addItem(step.title, step.id)
        self.kind_label = QLabel(self)
        self.title_edit = QLineEdit(self)
        self.title_edit.setMaxLength(measures.c.title.type.length)
        self.owner_combo = QComboBox(self)
        self.owner_combo.addItem(self.tr("(nobody yet)"), None)
        with self.database.session() as session:
            for person in list_staff(session, include_leavers=False):
                self.owner_combo.addItem(person.name, person.id)
        if self.by_staff_id is not None:
            self.owner_combo.setCurrentIndex(max(self.owner_combo.findData(self.by_staff_id), 0))
        self.due_edit = QDateEdit(QDate.currentDate().addDays(DEFAULT_DUE_DAYS), self)
        self.due_edit.setCalendarPopup(True)
        form.addRow(self.tr("&Step:"), self.step_combo)
        form.addRow(self.tr("Type:"), self.kind_label)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Owner:"), self.owner_combo)
        form.addRow(self.tr("&Due date:"), self.due_edit)
        layout.addLayout(form)
        self.error_label = error_label(self)
        layout.addWidget(self.error_label)
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setText(self.tr("&Plan measure"))
        layout.addWidget(self.button_box)

    def chosen_step(self) -> Intervention:
        return self.steps[max(self.step_combo.currentIndex(), 0)]

    def _on_step_chosen(self, _index: int) -> None:
        step = self.chosen_step()
        self.kind_label.setText(measure_kind_label(step.kind))
        self.title_edit.setText(step.title)

    def due_on(self) -> date:
        return self.due_edit.date().toPython()  # type: ignore[return-value]

    def accept(self) -> None:
        acceptance = Acceptance(
            intervention=self.chosen_step(),
            staff_id=self.staff_id,
            element=self.element,
            owner_id=self.owner_combo.currentData(),
            due_on=self.due_on(),
            title=self.title_edit.text(),
            project_id=self.project_id,
        )
        try:
            with self.database.session() as session:
                self.measure_id = accept_intervention(session, acceptance, self.by_staff_id)
                session.commit()
        except DraagvlakError as error:
            self.error_label.setText(str(error))
            self.error_label.show()
            self.title_edit.setFocus()
            return
        super().accept()
