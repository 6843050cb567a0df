"""File ▸ Office settings: the office's name (shown in the title bar), logo and language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.common import i18n
from desktop.core.common.i18n import current_language
from desktop.core.db.engine import Database
from desktop.core.db.tables import office_settings
from desktop.core.office.settings import (
    LOGO_PATTERNS,
    OfficeInfo,
    get_settings,
    office_field_labels,
    update_settings,
)
from desktop.ui.board.identity import current_editor
from desktop.ui.common.changes import Changes
from desktop.ui.common.field_errors import FieldErrors, error_label
from desktop.ui.common.record_form import (
    ConflictBar,
    add_field_row,
    form_layout,
    line_edit,
    save_record,
)


class OfficeSettingsDialog(QDialog):
    saved = Signal(object)  # Changes.OFFICE, after the settings were stored

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._read: OfficeInfo | None = None
        self._build_ui()
        self._connect_signals()
        self._load()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Office settings"))
        layout = QVBoxLayout(self)
        self.general_label = error_label(self)
        self.errors = FieldErrors(self.general_label)
        labels = office_field_labels()
        form = form_layout()
        self.name_edit = line_edit(
            self, office_settings.c.name.type.length, self.tr("e.g. Van Dijk Accountants")
        )
        add_field_row(form, self.errors, labels["name"] + ":", "name", self.name_edit)

        logo = QWidget(self)
        logo_row = QHBoxLayout(logo)
        logo_row.setContentsMargins(0, 0, 0, 0)
        self.logo_edit = QLineEdit(logo)
        self.logo_edit.setMaxLength(office_settings.c.logo_path.type.length)
        self.logo_edit.setPlaceholderText(self.tr("No logo"))
        self.logo_button = QPushButton(self.tr("&Browse…"), logo)
        self.logo_button.setAutoDefault(False)
        self.clear_logo_button = QPushButton(self.tr("&No logo"), logo)
        self.clear_logo_button.setAutoDefault(False)
        logo_row.addWidget(self.logo_edit, 1)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.clear_logo_button)
        logo.setFocusProxy(self.logo_edit)
        add_field_row(form, self.errors, labels["logo_path"] + ":", "logo_path", logo)

        self.language_combo = QComboBox(self)
        for code, name in i18n.LANGUAGE_NAMES:
            self.language_combo.addItem(name, code)
        self.language_combo.setToolTip(
            self.tr("The language of the office's documents and of a new demo office")
        )
        add_field_row(form, self.errors, labels["language"] + ":", "language", self.language_combo)

        self.conflict_bar = ConflictBar(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout.addLayout(form)
        layout.addWidget(self.general_label)
        layout.addWidget(self.conflict_bar)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    def _connect_signals(self) -> None:
        self.logo_button.clicked.connect(self._choose_logo)
        self.clear_logo_button.clicked.connect(self.logo_edit.clear)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.conflict_bar.reload_requested.connect(self._load)

    def _load(self) -> None:
        with self.database.connect() as connection:
            self._read = get_settings(connection)
        read = self._read or OfficeInfo("", current_language(), None)
        self.name_edit.setText(read.name)
        self.logo_edit.setText(read.logo_path or "")
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(read.language), 0))

    def wanted(self) -> OfficeInfo:
        return OfficeInfo(
            self.name_edit.text(), self.language_combo.currentData(), self.logo_edit.text()
        )

    def _choose_logo(self) -> None:
        start = self.logo_edit.text().strip()
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the office logo"),
            str(Path(start).parent) if start else "",
            self.tr("Images ({patterns})").format(patterns=LOGO_PATTERNS),
        )
        if path:
            self.logo_edit.setText(str(Path(path)))

    def save(self) -> None:
        read, wanted, by = self._read, self.wanted(), current_editor(self.database)
        if read is None:
            return

        def store(session) -> int:  # noqa: ANN001
            update_settings(session, read, wanted, by)
            return 1

        if save_record(self.database, self.errors, store, "name", self.conflict_bar) is None:
            return
        self.saved.emit(Changes.OFFICE)
        self.accept()
