"""Add or edit a staff member, including the champion designation and a leaver's end date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.core.common.errors import ConflictError, DraagvlakError, StaleEditError
from desktop.core.common.validation import max_length
from desktop.core.common.vocab import StaffRole, staff_role_label
from desktop.core.db.engine import Database
from desktop.core.db.tables import staff
from desktop.core.staff.editing import StaffData, create_staff, get_staff, update_staff
from desktop.core.staff.onboarding import set_checklist
from desktop.ui.board.identity import current_editor
from desktop.ui.common.field_errors import FieldErrors, error_label
from desktop.ui.common.record_form import (
    ConflictBar,
    add_field_row,
    form_layout,
    line_edit,
    save_record,
)
from desktop.ui.rewards.badge_list import BadgeList
from desktop.ui.staff.onboarding_panel import OnboardingPanel


class OptionalDateEdit(QWidget):
    """A date that may be absent: a check box switches the date field on."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(text, self)
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setEnabled(False)
        layout.addWidget(self.check)
        layout.addWidget(self.date_edit, 1)
        self.setFocusProxy(self.check)
        self.check.toggled.connect(self.date_edit.setEnabled)

    def value(self) -> date | None:
        return self.date_edit.date().toPython() if self.check.isChecked() else None  # type: ignore[return-value]

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.date_edit.setDate(QDate(value.year, value.month, value.day))


class StaffDialog(QDialog):
    """``staff_id=None`` adds a staff member; after accept() ``staff_id`` holds the id."""

    def __init__(
        self,
        database: Database,
        staff_id: int | None = None,
        parent: QWidget | None = None,
        focus_end_date: bool = False,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.staff_id = staff_id
        self._read: StaffData | None = None  # the values as loaded: what an edit changes
        self.handed_over = False  # the save also handed the person's clients over
        self._build_ui()
        if staff_id is not None:
            self._load()
        self._connect_signals()
        if focus_end_date:
            self.end_date_edit.check.setChecked(True)
            self.end_date_edit.date_edit.setFocus()

    def _build_ui(self) -> None:
        creating = self.staff_id is None
        self.setWindowTitle(
            self.tr("New staff member") if creating else self.tr("Edit staff member")
        )
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        self.general_error_label = error_label(self)
        self.errors = FieldErrors(self.general_error_label)

        form = form_layout()
        self.name_edit = line_edit(self, staff.c.name)
        self.initials_edit = line_edit(self, staff.c.initials, self.tr("e.g. JdV"))
        self.email_edit = line_edit(self, staff.c.email, self.tr("name@office.nl"))
        self.role_combo = QComboBox(self)
        for role in StaffRole:
            self.role_combo.addItem(staff_role_label(role), role)
        self.role_combo.setCurrentIndex(self.role_combo.findData(StaffRole.RELATIONSHIP_MANAGER))
        self.team_edit = line_edit(self, staff.c.team)
        self.start_date_edit = OptionalDateEdit(self.tr("Known"), self)
        self.end_date_edit = OptionalDateEdit(self.tr("Leaves / left on"), self)
        add_field_row(form, self.errors, self.tr("&Name:"), "name", self.name_edit)
        add_field_row(form, self.errors, self.tr("&Initials:"), "initials", self.initials_edit)
        add_field_row(form, self.errors, self.tr("&E-mail:"), "email", self.email_edit)
        add_field_row(form, self.errors, self.tr("&Role:"), "role", self.role_combo)
        add_field_row(form, self.errors, self.tr("&Team:"), "team", self.team_edit)
        add_field_row(
            form, self.errors, self.tr("&Start date:"), "start_date", self.start_date_edit
        )
        add_field_row(form, self.errors, self.tr("En&d date:"), "end_date", self.end_date_edit)
        layout.addLayout(form)

        self.champion_box = QGroupBox(self.tr("&Champion (ambassador for the change)"), self)
        self.champion_box.setCheckable(True)
        self.champion_box.setChecked(False)
        champion_form = form_layout(self.champion_box)
        self.champion_since_edit = QDateEdit(QDate.currentDate(), self.champion_box)
        self.champion_since_edit.setCalendarPopup(True)
        self.focus_area_edit = QLineEdit(self.champion_box)
        self.focus_area_edit.setMaxLength(max_length(staff.c.focus_area))
        self.focus_area_edit.setPlaceholderText(self.tr("e.g. agricultural clients, BVs"))
        self.capacity_spin = QSpinBox(self.champion_box)
        self.capacity_spin.setRange(-1, 9999)
        self.capacity_spin.setSpecialValueText(self.tr("not set"))
        self.capacity_spin.setValue(-1)
        self.capacity_spin.setSuffix(self.tr(" clients"))
        add_field_row(
            champion_form,
            self.errors,
            self.tr("Since:"),
            "champion_since",
            self.champion_since_edit,
        )
        add_field_row(
            champion_form, self.errors, self.tr("&Focus area:"), "focus_area", self.focus_area_edit
        )
        add_field_row(
            champion_form, self.errors, self.tr("Ca&pacity:"), "capacity", self.capacity_spin
        )
        layout.addWidget(self.champion_box)
        self.onboarding_panel = OnboardingPanel(self.database, self.staff_id, self)
        layout.addWidget(self.onboarding_panel)
        self.badge_list = BadgeList(self.database, self.staff_id, self)
        layout.addWidget(self.badge_list)
        self.badge_list.reload()

        layout.addWidget(self.general_error_label)
        self.conflict_bar = ConflictBar(self)
        layout.addWidget(self.conflict_bar)
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setText(self.tr("&Add") if creating else self.tr("&Save"))
        self.history_button = self.button_box.addButton(
            self.tr("Change &history…"), QDialogButtonBox.ButtonRole.HelpRole
        )
        self.history_button.setVisible(not creating)
        layout.addWidget(self.button_box)
        self.name_edit.setFocus()

    def _connect_signals(self) -> None:
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        self.conflict_bar.reload_requested.connect(self._load)
        self.history_button.clicked.connect(self.show_history)

    def show_history(self) -> QWidget:
        """The staff member's change history (audit log)."""
        from desktop.core.privacy.audit import STAFF
        from desktop.ui.privacy.audit_dialog import AuditDialog

        assert self.staff_id is not None
        dialog = AuditDialog(self.database, STAFF, self.staff_id, self.name_edit.text(), self)
        dialog.open()
        return dialog

    def _load(self) -> None:
        with self.database.session() as session:
            data = self._read = get_staff(session, self.staff_id)
        self.errors.clear()
        self.name_edit.setText(data.name)
        self.initials_edit.setText(data.initials)
        self.email_edit.setText(data.email or "")
        self.role_combo.setCurrentIndex(self.role_combo.findData(data.role))
        self.team_edit.setText(data.team or "")
        self.start_date_edit.set_value(data.start_date)  # type: ignore[arg-type]
        self.end_date_edit.set_value(data.end_date)  # type: ignore[arg-type]
        self.champion_box.setChecked(data.is_champion)
        if isinstance(data.champion_since, date):
            since = data.champion_since
            self.champion_since_edit.setDate(QDate(since.year, since.month, since.day))
        self.focus_area_edit.setText(data.focus_area or "")
        capacity = data.capacity if isinstance(data.capacity, int) else -1
        self.capacity_spin.setValue(capacity)

    def values(self) -> StaffData:
        capacity = self.capacity_spin.value()
        return StaffData(
            name=self.name_edit.text(),
            initials=self.initials_edit.text(),
            email=self.email_edit.text(),
            role=self.role_combo.currentData(),
            team=self.team_edit.text(),
            start_date=self.start_date_edit.value(),
            end_date=self.end_date_edit.value(),
            is_champion=self.champion_box.isChecked(),
            champion_since=self.champion_since_edit.date().toPython(),  # type: ignore[arg-type]
            focus_area=self.focus_area_edit.text(),
            capacity=capacity if capacity >= 0 else None,
        )

    def accept(self) -> None:
        data = self.values()
        asked, choice = self._ask_handover(data)
        if not asked:
            return
        editor = current_editor(self.database)

        ticks = self.onboarding_panel.changes()

        def save(session: Session) -> int:
            if self.staff_id is None:
                new_id = create_staff(session, data, by=current_editor(self.database))
                if ticks:
                    set_checklist(session, new_id, ticks)
                return new_id
            assert self._read is not None
            if ticks:
                set_checklist(session, self.staff_id, ticks)
            update_staff(session, self.staff_id, data, read=self._read, by=editor)
            if choice is not None:
                # The end date and the hand-over are saved together, or neither is.
                from desktop.core.champions.handover import hand_over
                from desktop.ui.champions.handover_dialog import SPREAD

                hand_over(session, self.staff_id, None if choice == SPREAD else choice, by=editor)
            return self.staff_id

        if choice is None:
            staff_id = save_record(self.database, self.errors, save, "initials", self.conflict_bar)
            if staff_id is not None:
                self.staff_id = staff_id
                super().accept()
            return
        # A hand-over may move thousands of clients: it runs on a worker, with the end date
        # in the same transaction.
        from desktop.ui.common.workers import run_with_progress

        database = self.database

        def task(_progress, _is_cancelled):  # noqa: ANN001, ANN202
            with database.session() as session:
                saved = save(session)
                session.commit()
                return saved

        self.errors.clear()
        self.conflict_bar.hide()
        run_with_progress(
            self,
            self.tr("Handing the clients over…"),
            task,
            self._saved_with_handover,
            self._show_save_error,
            cancellable=False,
        )

    def _saved_with_handover(self, _staff_id: int) -> None:
        self.handed_over = True
        super().accept()

    def _show_save_error(self, error: BaseException) -> None:
        """As save_record shows a refusal: a stale edit on the bar, the rest by its field."""
        if isinstance(error, StaleEditError):
            self.conflict_bar.show_conflict(error)
        elif isinstance(error, ConflictError):
            self.errors.show(error, "initials")
        elif isinstance(error, DraagvlakError):
            self.errors.show(error)
        else:
            from desktop.ui.shell.error_handler import show_error

            show_error(self, error)

    def _ask_handover(self, data: StaffData) -> tuple[bool, int | None]:
        """A newly set end date of someone who still has clients asks who takes them over.

        Returns (go on saving, the hand-over choice or None); (False, None) when cancelled.
        """
        if self.staff_id is None or self._read is None or data.end_date is None:
            return True, None
        try:
            end_date = data.validated().end_date
        except DraagvlakError:
            return True, None  # saving shows what is wrong
        if end_date == self._read.end_date:
            return True, None
        from desktop.core.staff.listing import champion_client_counts
        from desktop.ui.champions.handover_dialog import HandoverDialog

        with self.database.connect() as connection:
            if not champion_client_counts(connection).get(self.staff_id):
                return True, None
        dialog = HandoverDialog(self.database, self.staff_id, self)
        self.handover_dialog = dialog  # for tests
        if not dialog.exec():
            return False, None
        return True, dialog.choice()
