"""Step 6: the dry run (everything checked, nothing kept); its Import button runs the import."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget, QWizard

from desktop.core.imports.importer import run_import
from desktop.core.imports.report import ImportReport
from desktop.ui.common.workers import CancelCheck, ProgressCallback, Task
from desktop.ui.import_wizard.report_view import ReportView
from desktop.ui.import_wizard.staff_names import StaffNamesBox
from desktop.ui.import_wizard.wizard import WorkerPage


class DryRunPage(WorkerPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.setTitle(self.tr("Dry run"))
        self.setSubTitle(
            self.tr(
                "Every row was checked as if importing, and nothing was written. Click Import "
                "to import for real: all in one go, or nothing at all."
            )
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        layout = QVBoxLayout(self)
        self.report_view = ReportView(self)
        layout.addWidget(self.report_view, 1)
        self.staff_box = StaffNamesBox(self)
        layout.addWidget(self.staff_box)
        self.again_button = QPushButton(self.tr("Check &again"), self)
        layout.addWidget(self.again_button)

    def _connect_signals(self) -> None:
        self.again_button.clicked.connect(self.start_dry_run)

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        self.start_dry_run()

    def _import_task(self, dry_run: bool) -> Task:
        wizard = self.wizard()
        database, preview = wizard.database, wizard.file
        mapping, options = dict(wizard.mapping), wizard.options

        def task(progress: ProgressCallback, is_cancelled: CancelCheck) -> ImportReport:
            return run_import(
                database,
                preview.path,
                mapping,
                options,
                sheet=preview.sheet,
                no_header=preview.no_header,
                encoding=preview.chosen_encoding,
                dry_run=dry_run,
                progress=progress,
                is_cancelled=is_cancelled,
            )

        return task

    def start_dry_run(self) -> None:
        wizard = self.wizard()
        wizard.dry_run_report = None
        self.report_view.show_report(None)
        self.completeChanged.emit()
        self.run_worker(
            self.tr("Checking the rows…"), self._import_task(True), self._checked, self._stopped
        )

    def _stopped(self) -> None:
        self.report_view.show_message(
            self.tr("The check was cancelled; nothing was imported. Click Check again to run it.")
        )

    def _checked(self, report: ImportReport) -> None:
        self.wizard().dry_run_report = report
        self.report_view.show_report(report)
        self.staff_box.show_names(self.wizard().database, report.unknown_staff)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 (Qt override)
        report = self.wizard().dry_run_report if self.wizard() else None
        return report is not None and not report.blocked

    def validatePage(self) -> bool:  # noqa: N802 (Qt override)
        if self.take_proceed():
            return True
        wizard = self.wizard()
        wizard.options = replace(
            wizard.options,
            staff_names={**wizard.options.staff_names, **self.staff_box.staff_names()},
            new_staff=wizard.options.new_staff | self.staff_box.new_staff(),
        )
        self.run_then_next(
            self.tr("Importing clients…"), self._import_task(False), self.wizard().set_report
        )
        return False
