"""Add or edit a client. Messages appear next to the field they are about; Esc cancels."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.core.clients.editing import ClientData, create_client, get_client, update_client
from desktop.core.common.vocab import ClientType, client_type_label
from desktop.core.db.engine import Database
from desktop.core.db.tables import clients
from desktop.core.office.segments import list_segments
from desktop.core.staff.listing import list_champion_choices
from desktop.ui.board.identity import current_editor
from desktop.ui.common.field_errors import FieldErrors, error_label
from desktop.ui.common.locale_format import moment_text
from desktop.ui.common.record_form import (
    ConflictBar,
    add_field_row,
    align_labels,
    form_layout,
    line_edit,
    save_record,
)


class ClientDialog(QDialog):
    """``client_id=None`` adds a client; after accept() ``client_id`` holds its id."""

    def __init__(
        self, database: Database, client_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.client_id = client_id
        self._read: ClientData | None = None  # the values as loaded: what an edit changes
        self._build_ui()
        self._load_choices()
        if client_id is not None:
            self._load()
        self._connect_signals()

    # -- construction -------------------------------------------------------------------------

    def _build_ui(self) -> None:
        creating = self.client_id is None
        self.setWindowTitle(self.tr("New client") if creating else self.tr("Edit client"))
        self.setMinimumWidth(760)
        layout = QVBoxLayout(self)
        self.general_error_label = error_label(self)
        self.errors = FieldErrors(self.general_error_label)

        columns = QHBoxLayout()
        columns.setSpacing(24)
        left, right = form_layout(), form_layout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        self.client_number_edit = line_edit(self, clients.c.client_number, self.tr("e.g. 10234"))
        self.name_edit = line_edit(self, clients.c.name, self.tr("Company or person"))
        self.client_type_combo = QComboBox(self)
        for client_type in ClientType:
            self.client_type_combo.addItem(client_type_label(client_type), client_type)
        self.segment_combo = QComboBox(self)
        self.champion_combo = QComboBox(self)
        add_field_row(
            left, self.errors, self.tr("Client &number:"), "client_number", self.client_number_edit
        )
        add_field_row(left, self.errors, self.tr("&Name:"), "name", self.name_edit)
        add_field_row(left, self.errors, self.tr("&Type:"), "client_type", self.client_type_combo)
        add_field_row(left, self.errors, self.tr("&Segment:"), "segment_id", self.segment_combo)
        add_field_row(left, self.errors, self.tr("C&hampion:"), "champion_id", self.champion_combo)
        add_field_row(
            left, self.errors, self.tr("C&lient since:"), "client_since", self._since_row()
        )

        self.contact_person_edit = line_edit(self, clients.c.contact_person)
        self.email_edit = line_edit(self, clients.c.email, self.tr("name@example.nl"))
        self.phone_edit = line_edit(self, clients.c.phone, self.tr("030 123 4567"))
        self.mobile_edit = line_edit(self, clients.c.mobile, self.tr("06 12345678"))
        self.address_edit = line_edit(self, clients.c.address, self.tr("Street and number"))
        self.postcode_edit = line_edit(self, clients.c.postcode, self.tr("1234 AB"))
        self.city_edit = line_edit(self, clients.c.city)
        self.country_edit = line_edit(self, clients.c.country)
        # Room for the spaces and dots people type between the 8 digits (core drops them).
        self.kvk_edit = line_edit(self, 12, self.tr("8 digits"))
        add_field_row(
            right,
            self.errors,
            self.tr("&Contact person:"),
            "contact_person",
            self.contact_person_edit,
        )
        add_field_row(right, self.errors, self.tr("&E-mail:"), "email", self.email_edit)
        add_field_row(right, self.errors, self.tr("&Phone:"), "phone", self.phone_edit)
        add_field_row(right, self.errors, self.tr("&Mobile:"), "mobile", self.mobile_edit)
        add_field_row(right, self.errors, self.tr("St&reet address:"), "address", self.address_edit)
        add_field_row(right, self.errors, self.tr("&Postcode:"), "postcode", self.postcode_edit)
        add_field_row(right, self.errors, self.tr("C&ity:"), "city", self.city_edit)
        add_field_row(right, self.errors, self.tr("Co&untry:"), "country", self.country_edit)
        add_field_row(right, self.errors, self.tr("&KvK number:"), "kvk_number", self.kvk_edit)
        layout.addLayout(columns)

        notes_form = form_layout()
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(80)
        add_field_row(notes_form, self.errors, self.tr("N&otes:"), "notes", self.notes_edit)
        layout.addLayout(notes_form)
        align_labels(left, notes_form)
        self.errors.reserve_space()

        self.info_label = QLabel(self)
        self.info_label.setObjectName("view_subtitle")
        layout.addWidget(self.info_label)
        layout.addWidget(self.general_error_label)
        self.conflict_bar = ConflictBar(self)
        layout.addWidget(self.conflict_bar)
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setText(self.tr("&Add client") if creating else self.tr("&Save"))
        layout.addWidget(self.button_box)

        order = [
            self.client_number_edit,
            self.name_edit,
            self.client_type_combo,
            self.segment_combo,
            self.champion_combo,
            self.since_check,
            self.since_edit,
            self.contact_person_edit,
            self.email_edit,
            self.phone_edit,
            self.mobile_edit,
            self.address_edit,
            self.postcode_edit,
            self.city_edit,
            self.country_edit,
            self.kvk_edit,
            self.notes_edit,
            self.button_box,
        ]
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)
        (self.client_number_edit if creating else self.name_edit).setFocus()

    def _since_row(self) -> QWidget:
        """A date that may be unknown: the check box says whether it is known."""
        row = QWidget(self)
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        self.since_check = QCheckBox(self.tr("Known"), row)
        self.since_check.setToolTip(self.tr("Clear when you do not know since when"))
        self.since_edit = QDateEdit(QDate.currentDate(), row)
        self.since_edit.setCalendarPopup(True)
        self.since_edit.setDisplayFormat("dd-MM-yyyy")
        self.since_edit.setEnabled(False)
        self.since_check.toggled.connect(self.since_edit.setEnabled)
        row_layout.addWidget(self.since_check)
        row_layout.addWidget(self.since_edit, 1)
        return row

    def _connect_signals(self) -> None:
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        self.conflict_bar.reload_requested.connect(self._load)

    # -- data ---------------------------------------------------------------------------------

    def _load_choices(self) -> None:
        with self.database.session() as session:
            segments = list_segments(session)
            champions = list_champion_choices(session)
        self.segment_combo.addItem(self.tr("(none)"), None)
        for segment in segments:
            self.segment_combo.addItem(segment.name, segment.id)
        self.champion_combo.addItem(self.tr("(none)"), None)
        for champion in champions:
            self.champion_combo.addItem(f"{champion.name} ({champion.initials})", champion.id)

    def _load(self) -> None:
        with self.database.session() as session:
            details = get_client(session, self.client_id)
        data = self._read = details.data
        self.errors.clear()
        self.client_number_edit.setText(data.client_number)
        self.name_edit.setText(data.name)
        self.client_type_combo.setCurrentIndex(self.client_type_combo.findData(data.client_type))
        self.segment_combo.setCurrentIndex(max(self.segment_combo.findData(data.segment_id), 0))
        self.champion_combo.setCurrentIndex(max(self.champion_combo.findData(data.champion_id), 0))
        self.contact_person_edit.setText(data.contact_person or "")
        self.email_edit.setText(data.email or "")
        self.phone_edit.setText(data.phone or "")
        self.mobile_edit.setText(data.mobile or "")
        self.address_edit.setText(data.address or "")
        self.postcode_edit.setText(data.postcode or "")
        self.city_edit.setText(data.city or "")
        self.country_edit.setText(data.country or "")
        self.since_check.setChecked(data.client_since is not None)
        self.since_edit.setDate(
            QDate(data.client_since) if data.client_since else QDate.currentDate()
        )
        self.kvk_edit.setText(data.kvk_number or "")
        self.notes_edit.setPlainText(data.notes)
        info = self.tr("Added {created} · last changed {updated}").format(
            created=moment_text(details.created_at), updated=moment_text(details.updated_at)
        )
        if details.archived:
            info = self.tr("Archived.") + " " + info
        self.info_label.setText(info)

    def values(self) -> ClientData:
        return ClientData(
            client_number=self.client_number_edit.text(),
            name=self.name_edit.text(),
            client_type=self.client_type_combo.currentData(),
            segment_id=self.segment_combo.currentData(),
            champion_id=self.champion_combo.currentData(),
            contact_person=self.contact_person_edit.text(),
            email=self.email_edit.text(),
            phone=self.phone_edit.text(),
            mobile=self.mobile_edit.text(),
            address=self.address_edit.text(),
            postcode=self.postcode_edit.text(),
            city=self.city_edit.text(),
            country=self.country_edit.text(),
            kvk_number=self.kvk_edit.text(),
            client_since=(
                self.since_edit.date().toPython() if self.since_check.isChecked() else None
            ),
            notes=self.notes_edit.toPlainText(),
        )

    def accept(self) -> None:
        data = self.values()

        def save(session: Session) -> int:
            if self.client_id is None:
                return create_client(session, data, by=current_editor(self.database))
            assert self._read is not None
            update_client(
                session, self.client_id, data, read=self._read, by=current_editor(self.database)
            )
            return self.client_id

        client_id = save_record(
            self.database, self.errors, save, "client_number", self.conflict_bar
        )
        if client_id is not None:
            self.client_id = client_id
            super().accept()
