"""Step 5: what to do with existing clients, rows with errors, and a project to enroll in."""

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

from desktop.core.imports.importer import ImportOptions
from desktop.core.pipelines.projects import list_projects
from desktop.ui.import_wizard.wizard import ImportPage


class OptionsPage(ImportPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_ui()

    def _build_ui(self) -> None:
        self.setTitle(self.tr("Options"))
        self.setSubTitle(
            self.tr(
                "Clients are recognised by client number (without that column: by e-mail, "
                "KvK number, or name and postcode). Two rows for one client are always reported."
            )
        )
        layout = QVBoxLayout(self)
        self.update_check = QCheckBox(
            self.tr("&Update existing clients (only the fields that changed)"), self
        )
        self.update_check.setToolTip(
            self.tr("Without this, existing clients are skipped and listed in the report.")
        )
        layout.addWidget(self.update_check)
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
        self.wizard().options = ImportOptions(
            update_existing=self.update_check.isChecked(),
            skip_errors=self.skip_radio.isChecked(),
            project_id=self.project_combo.currentData(),
        )
        return True
