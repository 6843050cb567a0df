"""A client's contact log with a form to add a contact (call, e-mail, visit, letter, webinar)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.clients.history import add_contact, contact_log
from desktop.core.common.errors import DraagvlakError
from desktop.core.common.vocab import ContactChannel, contact_channel_label
from desktop.core.db.engine import Database
from desktop.ui.board.identity import who_am_i
from desktop.ui.clients.client_history_models import ContactLogModel
from desktop.ui.common.field_errors import FieldErrors, error_label
from desktop.ui.common.row_table_model import read_only_table


def contact_moment(day: datetime | QDate) -> datetime:
    """The moment to record for a contact on ``day``: now when it is today, else midday local."""
    chosen = day.toPython() if isinstance(day, QDate) else day.date()
    now = datetime.now().astimezone()
    if chosen == now.date():
        return now
    return datetime(chosen.year, chosen.month, chosen.day, 12, 0).astimezone()


class ContactLogPanel(QWidget):
    contact_added = Signal()

    def __init__(self, database: Database, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.client_id = client_id
        self._build_ui()
        self._connect_signals()
        self.reload()

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QHBoxLayout()
        self.channel_combo = QComboBox(self)
        for channel in ContactChannel:
            self.channel_combo.addItem(contact_channel_label(channel), channel.value)
        self.channel_combo.setToolTip(self.tr("How you were in touch"))
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.date_edit.setToolTip(self.tr("When"))
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(self.tr("What was discussed or agreed"))
        self.add_button = QPushButton(self.tr("&Add contact"), self)
        form.addWidget(self.channel_combo)
        form.addWidget(self.date_edit)
        form.addWidget(self.note_edit, 1)
        form.addWidget(self.add_button)
        self.error_label = error_label(self)
        self.errors = FieldErrors(self.error_label)
        self.errors.add("channel", self.channel_combo, self.error_label)
        self.errors.add("note", self.note_edit, self.error_label)

        self.model = ContactLogModel()
        self.table = read_only_table(self, "contact_log_table", self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ContactLogModel.NOTE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ContactLogModel.BY, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ContactLogModel.BY, 110)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        self.setTabOrder(self.channel_combo, self.date_edit)
        self.setTabOrder(self.date_edit, self.note_edit)
        self.setTabOrder(self.note_edit, self.add_button)
        self.setTabOrder(self.add_button, self.table)

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self.add)
        self.note_edit.returnPressed.connect(self.add)

    def reload(self) -> None:
        with self.database.session() as session:
            self.model.set_rows(contact_log(session, self.client_id))

    def add(self) -> None:
        self.errors.clear()
        channel = ContactChannel(self.channel_combo.currentData())
        try:
            # The contact is logged as made by whoever sits at this PC (asked the first time).
            by_staff_id = who_am_i(self, self.database)
            with self.database.session() as session:
                add_contact(
                    session,
                    self.client_id,
                    channel,
                    self.note_edit.text(),
                    at=contact_moment(self.date_edit.date()),
                    by_staff_id=by_staff_id,
                )
                session.commit()
        except DraagvlakError as error:
            self.errors.show(error)
            return
        self.note_edit.clear()
        self.date_edit.setDate(QDate.currentDate())
        self.reload()
        self.table.selectRow(0)
        self.contact_added.emit()
        self.note_edit.setFocus(Qt.FocusReason.OtherFocusReason)
