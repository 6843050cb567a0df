"""Step 5: what to do with stored clients, unknown staff, rows with errors, and a project."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.imports.importer import CREATE, SKIP, UPDATE, ImportOptions
from desktop.core.pipelines.projects import list_projects
from desktop.ui.board.identity import current_editor
from desktop.ui.import_wizard.wizard import ImportPage


class OptionsPage(ImportPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_ui()

    def _build_ui(self) -> None:
        self.setTitle(self.tr("Options"))
        self.setSubTitle(
            self.tr(
                "A row is a stored client only on strong evidence: the same client number; or "
                "the same name with the same KvK number, postcode, e-mail address or city. "
                "Clients that only share an e-mail address or KvK number are imported apart and "
                "listed as possible duplicates."
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("A row that is a stored client:"), self))
        self.skip_existing_radio = QRadioButton(
            self.tr("S&kip it (it is listed in the report)"), self
        )
        self.update_radio = QRadioButton(self.tr("&Update it (only the fields that changed)"), self)
        self.create_radio = QRadioButton(self.tr("&Create a new client anyway"), self)
        self.skip_existing_radio.setChecked(True)
        self.duplicates_group = QButtonGroup(self)
        for radio in (self.skip_existing_radio, self.update_radio, self.create_radio):
            self.duplicates_group.addButton(radio)
            layout.addWidget(radio)
        self.create_staff_check = QCheckBox(
            self.tr("Add unknown relationship managers as new &staff members"), self
        )
        layout.addWidget(self.create_staff_check)
        layout.addWidget(QLabel(self.tr("Rows with errors:"), self))
        self.block_radio = QRadioButton(self.tr("&Block the import (nothing is imported)"), self)
        self.skip_radio = QRadioButton(
            self.tr("&Skip those rows and import the others (they are listed in the report)"), self
        )
        self.block_radio.setChecked(True)
        self.errors_group = QButtonGroup(self)
        self.errors_group.addButton(self.block_radio)
        self.errors_group.addButton(self.skip_radio)
        layout.addWidget(self.block_radio)
        layout.addWidget(self.skip_radio)
        form = QFormLayout()
        self.project_combo = QComboBox(self)
        form.addRow(self.tr("&Enroll in project:"), self.project_combo)
        layout.addLayout(form)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        chosen = self.project_combo.currentData()
        self.project_combo.clear()
        self.project_combo.addItem(self.tr("(none)"), None)
        with self.wizard().database.session() as session:
            for project in list_projects(session):
                self.project_combo.addItem(project.name, project.id)
        self.project_combo.setCurrentIndex(max(self.project_combo.findData(chosen), 0))

    def validatePage(self) -> bool:  # noqa: N802 (Qt override)
        if self.update_radio.isChecked():
            mode = UPDATE
        elif self.create_radio.isChecked():
            mode = CREATE
        else:
            mode = SKIP
        self.wizard().options = ImportOptions(
            on_duplicate=mode,
            create_staff=self.create_staff_check.isChecked(),
            skip_errors=self.skip_radio.isChecked(),
            project_id=self.project_combo.currentData(),
            by_staff_id=current_editor(self.wizard().database),
        )
        return True
