"""Step 1: choose the exported file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.common.errors import FileFormatError
from desktop.core.imports.preview import FilePreview, load_preview
from desktop.core.imports.readers import check_input_file
from desktop.ui.common.field_errors import error_label
from desktop.ui.import_wizard.wizard import WorkerPage
from desktop.ui.shell import settings


class FilePage(WorkerPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.setTitle(self.tr("Choose the client list"))
        self.setSubTitle(
            self.tr(
                "Export the clients from your practice or bookkeeping software as CSV or Excel "
                "(.xlsx) and choose that file. Nothing is imported until the last step."
            )
        )
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText(self.tr("File (.csv or .xlsx)"))
        self.browse_button = QPushButton(self.tr("&Browse…"), self)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout.addWidget(QLabel(self.tr("&File:"), self, buddy=self.path_edit))
        layout.addLayout(row)
        self.no_header_check = QCheckBox(
            self.tr("The first &row holds data, not column names"), self
        )
        self.no_header_check.setToolTip(
            self.tr(
                "For a file without a header row: its columns are then called Column 1, "
                "Column 2, … and matched to fields by their content"
            )
        )
        layout.addWidget(self.no_header_check)
        self.error_label = error_label(self)
        layout.addWidget(self.error_label)
        layout.addStretch(1)

    def _connect_signals(self) -> None:
        self.browse_button.clicked.connect(self.browse)
        self.path_edit.textChanged.connect(self.completeChanged)
        self.path_edit.textChanged.connect(self.error_label.hide)

    def browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the client list"),
            settings.last_folder(),
            self.tr("Client lists (*.csv *.xlsx *.txt);;All files (*)"),
        )
        if path:
            self.path_edit.setText(path)
            settings.set_last_folder(str(Path(path).parent))

    def isComplete(self) -> bool:  # noqa: N802 (Qt override)
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:  # noqa: N802 (Qt override)
        if self.take_proceed():
            return True
        path = Path(self.path_edit.text().strip())
        try:  # a missing path, a folder, a pipe or a device: said here, before any reading
            check_input_file(path)
        except FileFormatError as error:
            self.error_label.setText(str(error))
            self.error_label.show()
            return False
        no_header = self.no_header_check.isChecked()
        self.run_then_next(
            self.tr("Reading the file…"),
            lambda _progress, _cancelled: load_preview(path, no_header=no_header),
            self._loaded,
        )
        return False

    def _loaded(self, preview: FilePreview) -> None:
        self.wizard().preview = preview
