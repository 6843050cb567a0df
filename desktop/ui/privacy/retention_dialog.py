"""File ▸ Retention…: the office's retention period, and the archived clients past it offered
for anonymisation (all at once, after a confirmation)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.db.engine import Database
from desktop.core.privacy.erasure import anonymise_clients
from desktop.core.privacy.retention import (
    MAX_MONTHS,
    DueClient,
    due_for_anonymisation,
    retention_months,
    set_retention_months,
)
from desktop.ui.board.identity import current_editor
from desktop.ui.common.changes import Changes, commit_change
from desktop.ui.common.locale_format import moment_text
from desktop.ui.common.row_table_model import ModelIndex, RowTableModel, read_only_table
from desktop.ui.common.workers import CancelCheck, LatestWork, ProgressCallback
from desktop.ui.privacy.client_privacy import compact_in_background


class DueModel(RowTableModel):
    def headers(self) -> Sequence[str]:
        return (self.tr("Client number"), self.tr("Name"), self.tr("Archived since"))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        client: DueClient = self.rows[index.row()]
        return (client.client_number, client.name, moment_text(client.archived_since))[
            index.column()
        ]


class RetentionDialog(QDialog):
    changed = Signal(object)  # Changes
    listed = Signal()  # the clients past the period are shown

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.worker: Any = None
        self._listing = LatestWork(self)
        self.setWindowTitle(self.tr("Retention"))
        self.resize(720, 460)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Archived clients are kept until the office decides otherwise. With a "
                "retention period, those archived longer ago are offered here for "
                "anonymisation: their personal data is erased, their history stays as "
                "anonymous figures."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.months_spin = QSpinBox(self)
        self.months_spin.setRange(0, MAX_MONTHS)
        self.months_spin.setSpecialValueText(self.tr("no period"))
        self.months_spin.setSuffix(self.tr(" months"))
        self.months_spin.setMaximumWidth(180)
        form.addRow(self.tr("&Retention period:"), self.months_spin)
        layout.addLayout(form)
        self.model = DueModel()
        self.table = read_only_table(self, "due_table", self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.summary_label = QLabel(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.anonymise_button = self.buttons.addButton(
            self.tr("&Anonymise all…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        layout.addWidget(self.buttons)
        with database.connect() as connection:
            self.months_spin.setValue(retention_months(connection) or 0)
        self.buttons.rejected.connect(self.reject)
        self.anonymise_button.clicked.connect(self.anonymise_all)
        self.months_spin.valueChanged.connect(self.reload)
        self.months_spin.editingFinished.connect(self.save_period)
        self.finished.connect(self.save_period)
        self.reload()

    def reload(self) -> None:
        """List the archived clients past the period, read on a worker (at 100,000 clients the
        query takes a moment; the GUI never waits for it)."""
        months = self.months_spin.value()
        self.anonymise_button.setEnabled(False)
        database = self.database

        def task(_progress: ProgressCallback, _cancelled: CancelCheck) -> list[DueClient]:
            if not months:
                return []
            with database.connect() as connection:
                return due_for_anonymisation(connection, months)

        self._listing.run(task, lambda due: self._show_due(months, due))

    def _show_due(self, months: int, due: list[DueClient]) -> None:
        self.model.set_rows(due)
        self.anonymise_button.setEnabled(bool(due))
        self.summary_label.setText(
            self.tr("%n archived clients are past the retention period.", "", len(due))
            if months
            else self.tr("No retention period: archived clients are kept.")
        )
        self.listed.emit()

    def save_period(self) -> None:
        months = self.months_spin.value() or None
        with self.database.connect() as connection:
            if retention_months(connection) == months:
                self.reload()
                return
        changes = commit_change(
            self, self.database, lambda s: set_retention_months(s, months), Changes.OFFICE
        )
        self.changed.emit(changes)
        self.reload()

    def anonymise_all(self) -> None:
        self.save_period()
        ids = [client.id for client in self.model.rows]
        if not ids:
            return
        answer = QMessageBox.warning(
            self,
            self.tr("Anonymise clients"),
            self.tr(
                "Erase the personal data of %n archived clients for good?\n\n"
                "Their history stays, anonymous, so counts and figures do not change. Backups "
                "made before now still hold the data until the rotation removes them (after "
                "about a year).",
                "",
                len(ids),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        by = current_editor(self.database)
        changes = commit_change(
            self, self.database, lambda s: anonymise_clients(s, ids, by), Changes.CLIENTS
        )
        if not changes:
            return
        self.changed.emit(changes)
        self.reload()
        self.worker = compact_in_background(self, self.database)
