"""Step 4: the first 20 rows as they will be imported, problems marked per cell; for a CSV
file, the character encoding it was read with, which the user may change."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.common.errors import DraagvlakError
from desktop.core.imports.preview import PREVIEW_ROWS, FilePreview, check_preview, load_preview
from desktop.core.imports.readers import CSV
from desktop.ui.common.field_errors import error_label
from desktop.ui.import_wizard.preview_model import PreviewModel
from desktop.ui.import_wizard.wizard import WorkerPage
from desktop.ui.shell.error_handler import show_error

# The encodings a Dutch export comes in, by Python's name.
CHOSEN_ENCODINGS = {"utf-8": "UTF-8", "cp1252": "Windows-1252", "iso8859_15": "ISO-8859-15"}


class PreviewPage(WorkerPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PreviewModel()
        self._build_ui()
        self.encoding_combo.activated.connect(self._encoding_chosen)

    def _build_ui(self) -> None:
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(
            self.tr(
                "The first {count} rows with data. Red cells have an error, orange ones a "
                "warning; point at a cell to see why."
            ).format(count=PREVIEW_ROWS)
        )
        layout = QVBoxLayout(self)
        self.notice_label = QLabel(self)
        self.notice_label.setObjectName("notice_banner")
        self.notice_label.setWordWrap(True)
        layout.addWidget(self.notice_label)
        self.encoding_row = QWidget(self)
        row = QHBoxLayout(self.encoding_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.encoding_combo = QComboBox(self.encoding_row)
        self.encoding_combo.addItem("", None)  # "Detected (…)", filled per file
        for encoding, label in CHOSEN_ENCODINGS.items():
            self.encoding_combo.addItem(label, encoding)
        row.addWidget(QLabel(self.tr("Character &encoding:"), self, buddy=self.encoding_combo))
        row.addWidget(self.encoding_combo)
        row.addStretch(1)
        layout.addWidget(self.encoding_row)
        self.encoding_error_label = error_label(self)
        layout.addWidget(self.encoding_error_label)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        layout.addWidget(self.table, 1)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        self.encoding_error_label.hide()
        self._show(self.wizard().file)

    def _show(self, preview: FilePreview) -> None:
        wizard = self.wizard()
        csv = preview.file_format == CSV
        self.encoding_row.setVisible(csv)
        if csv:
            if preview.chosen_encoding is None:
                detected = CHOSEN_ENCODINGS.get(preview.encoding or "", preview.encoding or "?")
                self.encoding_combo.setItemText(
                    0, self.tr("Detected: {encoding}").format(encoding=detected)
                )
            self.encoding_combo.setCurrentIndex(
                max(self.encoding_combo.findData(preview.chosen_encoding), 0)
            )
        self.notice_label.setText("\n".join(preview.notices))
        self.notice_label.setVisible(bool(preview.notices))
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

    def _encoding_chosen(self, _index: int) -> None:
        preview = self.wizard().file
        chosen = self.encoding_combo.currentData()
        if chosen == preview.chosen_encoding:
            return
        self.encoding_error_label.hide()

        def read(_progress, _cancelled) -> FilePreview:  # type: ignore[no-untyped-def]
            return load_preview(
                preview.path, preview.sheet, no_header=preview.no_header, encoding=chosen
            )

        self.run_worker(
            self.tr("Reading the file…"), read, self._read_again, on_error=self._not_read
        )

    def _not_read(self, error: BaseException) -> None:
        """The file does not decode with the chosen encoding: said here, the old one kept."""
        if not isinstance(error, DraagvlakError):
            show_error(self, error)
            return
        self.encoding_error_label.setText(str(error))
        self.encoding_error_label.show()
        preview = self.wizard().file
        self.encoding_combo.setCurrentIndex(
            max(self.encoding_combo.findData(preview.chosen_encoding), 0)
        )

    def _read_again(self, preview: FilePreview) -> None:
        """The file as read with the chosen encoding; the mapping follows its columns."""
        wizard = self.wizard()
        old = wizard.file.headers
        if preview.headers != old:
            by_position = dict(zip(old, preview.headers, strict=False))
            wizard.mapping = {
                by_position[header]: field
                for header, field in wizard.mapping.items()
                if header in by_position
            }
            wizard.mapping_headers = preview.headers
        wizard.preview = preview
        self._show(preview)
