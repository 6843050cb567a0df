"""Step 7: what the import did, with "Save report as XLSX"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.core.imports.rejected import rejected_kind, save_rejected
from desktop.core.imports.report import check_report_target, save_report_xlsx
from desktop.ui.import_wizard.report_view import ReportView
from desktop.ui.import_wizard.wizard import ImportPage
from desktop.ui.shell import settings
from desktop.ui.shell.error_handler import show_error


class ReportPage(ImportPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_ui()
        self.save_button.clicked.connect(lambda: self.save_report())
        self.rejected_button.clicked.connect(lambda: self.save_rejected())

    def _build_ui(self) -> None:
        self.setTitle(self.tr("Report"))
        self.setFinalPage(True)
        layout = QVBoxLayout(self)
        self.report_view = ReportView(self)
        layout.addWidget(self.report_view, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.rejected_button = QPushButton(self.tr("Save &rejected rows…"), self)
        self.rejected_button.setToolTip(
            self.tr("The rows that were not imported, in the file's own columns with a reason")
        )
        row.addWidget(self.rejected_button)
        self.save_button = QPushButton(self.tr("&Save report as XLSX…"), self)
        row.addWidget(self.save_button)
        layout.addLayout(row)

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        report = self.wizard().report
        self.report_view.show_report(report)
        self.rejected_button.setEnabled(bool(report and report.rejected))

    def save_rejected(self, path: str | None = None) -> Path | None:
        report, preview = self.wizard().report, self.wizard().preview
        if report is None or preview is None:
            return None
        kind = rejected_kind(preview.path)
        if not path:
            suggested = (
                Path(settings.last_folder()) / f"{Path(report.file_name).stem} - rejected{kind}"
            )
            file_filter = (
                self.tr("Excel workbook (*.xlsx)") if kind == ".xlsx" else self.tr("CSV (*.csv)")
            )
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save rejected rows"), str(suggested), file_filter
            )
            if not path:
                return None
        try:
            check_report_target(path, source=preview.path)
            saved = save_rejected(report, path, preview.path)
        except Exception as error:  # shown, not raised: the user can pick another name
            show_error(self, error)
            return None
        settings.set_last_folder(str(saved.parent))
        return saved

    def save_report(self, path: str | None = None) -> Path | None:
        report = self.wizard().report
        if report is None:
            return None
        if not path:
            suggested = (
                Path(settings.last_folder()) / f"{Path(report.file_name).stem} - report.xlsx"
            )
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save report"), str(suggested), self.tr("Excel workbook (*.xlsx)")
            )
            if not path:
                return None
        preview = self.wizard().preview
        try:
            check_report_target(path, source=preview.path if preview else None)
            saved = save_report_xlsx(report, path)
        except Exception as error:  # shown, not raised: the user can pick another name
            show_error(self, error)
            return None
        settings.set_last_folder(str(saved.parent))
        return saved
