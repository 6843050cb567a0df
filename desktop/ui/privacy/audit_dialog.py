"""A client's (or staff member's) change history: who changed which field when, from what to
what - the audit log, newest first."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QVBoxLayout, QWidget

from desktop.core.clients.editing import client_field_labels
from desktop.core.db.engine import Database
from desktop.core.privacy.audit import ANONYMISED, CLIENT, CREATED, AuditEntry, audit_entries
from desktop.core.staff.editing import staff_field_labels
from desktop.ui.common.locale_format import moment_text
from desktop.ui.common.row_table_model import ModelIndex, RowTableModel, read_only_table


class AuditModel(RowTableModel):
    WHEN, BY, FIELD, OLD, NEW = range(5)

    def __init__(self, labels: dict[str, str]) -> None:
        super().__init__()
        self.labels = labels

    def headers(self) -> Sequence[str]:
        return (self.tr("When"), self.tr("By"), self.tr("Field"), self.tr("From"), self.tr("To"))

    def field_text(self, field: str) -> str:
        special = {
            CREATED: self.tr("Created"),
            ANONYMISED: self.tr("Anonymised"),
            "archived": self.tr("Archived"),
        }
        return special.get(field) or self.labels.get(field, field)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        entry: AuditEntry = self.rows[index.row()]
        column = index.column()
        if column == self.WHEN:
            return moment_text(entry.at)
        if column == self.BY:
            return entry.by_name or self.tr("unknown")
        if column == self.FIELD:
            return self.field_text(entry.field)
        value = entry.old_value if column == self.OLD else entry.new_value
        if entry.field == "archived" and value is not None:
            return self.tr("yes") if value == "1" else self.tr("no")
        return value or ""


class AuditDialog(QDialog):
    def __init__(
        self,
        database: Database,
        record_type: str,
        record_id: int,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        labels = client_field_labels() if record_type == CLIENT else staff_field_labels()
        self.setWindowTitle(self.tr("Change history of {name}").format(name=title))
        self.resize(860, 460)
        layout = QVBoxLayout(self)
        self.model = AuditModel(labels)
        self.table = read_only_table(self, "audit_table", self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AuditModel.NEW, QHeaderView.ResizeMode.Stretch)
        with database.connect() as connection:
            self.model.set_rows(audit_entries(connection, record_type, record_id))
        self.empty_label = QLabel(self.tr("No changes recorded yet."), self)
        self.empty_label.setVisible(not self.model.rows)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
