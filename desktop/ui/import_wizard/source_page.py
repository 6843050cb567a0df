"""Step 2: what the file is (format, encoding, delimiter, header row) and which sheet."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.core.imports.preview import FilePreview, load_preview
from desktop.core.imports.readers import CSV
from desktop.ui.common.locale_format import number_text
from desktop.ui.import_wizard.wizard import WorkerPage

_DELIMITERS = {";": ";", ",": ",", "\t": "Tab"}
_ENCODINGS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 (BOM)",
    "utf-16": "UTF-16",
    "cp1252": "Windows-1252",
}


class SourcePage(WorkerPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_ui()

    def _build_ui(self) -> None:
        self.setTitle(self.tr("Sheet and format"))
        self.setSubTitle(self.tr("Check that the file was recognised correctly."))
        layout = QVBoxLayout(self)
        form = self.form = QFormLayout()
        self.format_label = QLabel(self)
        self.sheet_combo = QComboBox(self)
        self.header_label = QLabel(self)
        self.rows_label = QLabel(self)
        form.addRow(self.tr("Format:"), self.format_label)
        form.addRow(self.tr("&Sheet:"), self.sheet_combo)
        form.addRow(self.tr("Column headers in row:"), self.header_label)
        form.addRow(self.tr("Rows (about):"), self.rows_label)
        layout.addLayout(form)
        self.notices_label = QLabel(self)
        self.notices_label.setWordWrap(True)
        layout.addWidget(self.notices_label)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        self.show_preview(self.wizard().preview)

    def show_preview(self, preview: FilePreview | None) -> None:
        if preview is None:
            return
        if preview.file_format == CSV:
            text = self.tr("CSV text, {encoding}, separated by {delimiter}").format(
                encoding=_ENCODINGS.get(preview.encoding or "", preview.encoding),
                delimiter=_DELIMITERS.get(preview.delimiter or "", "?"),
            )
        else:
            text = self.tr("Excel workbook (.xlsx)")
        self.format_label.setText(text)
        self.sheet_combo.clear()
        for sheet in preview.sheets:
            label = (
                self.tr("{name} (hidden)").format(name=sheet.name) if sheet.hidden else sheet.name
            )
            self.sheet_combo.addItem(label, sheet.name)
        self.sheet_combo.setCurrentIndex(max(self.sheet_combo.findData(preview.sheet), 0))
        self.sheet_combo.setEnabled(len(preview.sheets) > 1)
        self.form.setRowVisible(self.sheet_combo, bool(preview.sheets))
        self.header_label.setText(
            self.tr("none (the first row holds data)")
            if preview.no_header
            else str(preview.header_row)
        )
        self.rows_label.setText(number_text(preview.estimated_rows))
        self.notices_label.setText("\n".join(preview.notices))

    def validatePage(self) -> bool:  # noqa: N802 (Qt override)
        preview = self.wizard().preview
        chosen = self.sheet_combo.currentData()
        if self.take_proceed() or preview is None or chosen in (None, preview.sheet):
            return True
        path = preview.path
        self.run_then_next(
            self.tr("Reading the sheet…"),
            lambda _progress, _cancelled: load_preview(path, chosen, no_header=preview.no_header),
            self._loaded,
        )
        return False

    def _loaded(self, preview: FilePreview) -> None:
        self.wizard().preview = preview
