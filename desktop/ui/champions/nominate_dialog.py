"""Nominate someone as champion, or approve a nomination: focus area, capacity, motivation."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.champions.nominations import NominationData, NominationRow, nominable_staff
from desktop.core.db.engine import Database
from desktop.core.db.tables import champion_nominations
from desktop.ui.common.field_errors import FieldErrors, error_label
from desktop.ui.common.record_form import add_field_row, form_layout, line_edit


class NominateDialog(QDialog):
    """``nomination=None`` asks whom to nominate; otherwise it confirms an approval."""

    def __init__(
        self,
        database: Database,
        parent: QWidget | None = None,
        staff_id: int | None = None,
        nomination: NominationRow | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.nomination = nomination
        self._build_ui()
        if nomination is None:
            self._fill_people(staff_id)
        else:
            self.focus_area_edit.setText(nomination.focus_area or "")
            self.capacity_spin.setValue(
                nomination.capacity if nomination.capacity is not None else -1
            )
            self.motivation_edit.setPlainText(nomination.motivation)
            self.motivation_edit.setReadOnly(True)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)

    def _build_ui(self) -> None:
        approving = self.nomination is not None
        self.setWindowTitle(
            self.tr("Approve nomination") if approving else self.tr("Nominate a champion")
        )
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        self.general_error_label = error_label(self)
        self.errors = FieldErrors(self.general_error_label)
        if approving:
            assert self.nomination is not None
            intro = QLabel(
                self.tr("{name} becomes a champion. Check the focus area and capacity.").format(
                    name=self.nomination.staff_name
                ),
                self,
            )
            intro.setWordWrap(True)
            layout.addWidget(intro)
        form = form_layout()
        self.person_combo = QComboBox(self)
        self.focus_area_edit = line_edit(
            self, champion_nominations.c.focus_area, self.tr("e.g. agricultural clients, BVs")
        )
        self.capacity_spin = QSpinBox(self)
        self.capacity_spin.setRange(-1, 9999)
        self.capacity_spin.setSpecialValueText(self.tr("not set"))
        self.capacity_spin.setValue(-1)
        self.capacity_spin.setSuffix(self.tr(" clients"))
        self.motivation_edit = QPlainTextEdit(self)
        self.motivation_edit.setPlaceholderText(self.tr("Why this person? (optional)"))
        self.motivation_edit.setTabChangesFocus(True)
        self.motivation_edit.setMaximumHeight(90)
        if not approving:
            add_field_row(form, self.errors, self.tr("&Staff member:"), "staff", self.person_combo)
        add_field_row(
            form, self.errors, self.tr("&Focus area:"), "focus_area", self.focus_area_edit
        )
        add_field_row(form, self.errors, self.tr("Ca&pacity:"), "capacity", self.capacity_spin)
        add_field_row(
            form, self.errors, self.tr("&Motivation:"), "motivation", self.motivation_edit
        )
        layout.addLayout(form)
        layout.addWidget(self.general_error_label)
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Approve") if approving else self.tr("&Nominate"))
        layout.addWidget(self.button_box)

    def _fill_people(self, staff_id: int | None) -> None:
        with self.database.connect() as connection:
            people = nominable_staff(connection)
        for person_id, name, initials in people:
            self.person_combo.addItem(f"{name} ({initials})", person_id)
        if staff_id is not None:
            self.person_combo.setCurrentIndex(max(self.person_combo.findData(staff_id), 0))
        self.ok_button.setEnabled(bool(people))

    def staff_id(self) -> int | None:
        if self.nomination is not None:
            return self.nomination.staff_id
        data = self.person_combo.currentData()
        return int(data) if data is not None else None

    def values(self) -> NominationData:
        capacity = self.capacity_spin.value()
        return NominationData(
            focus_area=self.focus_area_edit.text(),
            capacity=capacity if capacity >= 0 else None,
            motivation=self.motivation_edit.toPlainText(),
        )
