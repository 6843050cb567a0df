"""Step 4: the first 20 rows as they will be imported, problems marked per cell."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from desktop.core.imports.preview import PREVIEW_ROWS, check_preview
from desktop.ui.import_wizard.preview_model import PreviewModel
from desktop.ui.import_wizard.wizard import ImportPage


class PreviewPage(ImportPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PreviewModel()
        self._build_ui()

    def _build_ui(self) -> None:
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(
            self.tr(
                "The first {count} rows with data. Red cells have an error, orange ones a "
                "warning; point at a cell to see why."
            ).format(count=PREVIEW_ROWS)
        )
        layout = QVBoxLayout(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        layout.addWidget(self.table, 1)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        wizard = self.wizard()
        preview = wizard.file
        with wizard.database.session() as session:
            rows = check_preview(session, preview, wizard.mapping)
        self.model.set_rows(preview.headers, rows)
        self.table.resizeColumnsToContents()
        errors = self.model.error_rows()
        self.summary_label.setText(
            self.tr("Rows with errors among these: {errors}.").format(errors=errors)
            if errors
            else self.tr("No errors in these rows.")
        )
