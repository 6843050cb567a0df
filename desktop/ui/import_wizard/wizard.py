"""The wizard itself: page order, shared state, and running page work on a worker."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard, QWizardPage

from desktop.core.db import Database
from desktop.core.imports.importer import ImportOptions
from desktop.core.imports.mapping import ColumnMapping
from desktop.core.imports.preview import FilePreview
from desktop.core.imports.report import ImportReport
from desktop.ui.workers import Task, run_with_progress


class ImportWizard(QWizard):
    """Import a client list. Emits ``clients_imported`` after an import that wrote data."""

    clients_imported = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.preview: FilePreview | None = None
        self.mapping: ColumnMapping = {}
        self.mapping_headers: tuple[str, ...] = ()
        self.options = ImportOptions()
        self.dry_run_report: ImportReport | None = None
        self.report: ImportReport | None = None
        self._build_ui()

    def _build_ui(self) -> None:
        from desktop.ui.import_wizard.dry_run_page import DryRunPage
        from desktop.ui.import_wizard.file_page import FilePage
        from desktop.ui.import_wizard.mapping_page import MappingPage
        from desktop.ui.import_wizard.options_page import OptionsPage
        from desktop.ui.import_wizard.preview_page import PreviewPage
        from desktop.ui.import_wizard.report_page import ReportPage
        from desktop.ui.import_wizard.source_page import SourcePage

        self.setWindowTitle(self.tr("Import clients"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(900, 640)
        self.file_page = FilePage(self)
        self.source_page = SourcePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.options_page = OptionsPage(self)
        self.dry_run_page = DryRunPage(self)
        self.report_page = ReportPage(self)
        for page in (
            self.file_page,
            self.source_page,
            self.mapping_page,
            self.preview_page,
            self.options_page,
            self.dry_run_page,
            self.report_page,
        ):
            self.addPage(page)

    @property
    def file(self) -> FilePreview:
        """The file as read by the first steps (they always run before the later ones)."""
        assert self.preview is not None
        return self.preview

    def set_report(self, report: ImportReport) -> None:
        self.report = report
        if report.written:
            self.clients_imported.emit()


class ImportPage(QWizardPage):
    """A page of the import wizard (typed access to the wizard's shared state)."""

    def wizard(self) -> ImportWizard:  # type: ignore[override]
        return super().wizard()  # type: ignore[return-value]


class WorkerPage(ImportPage):
    """A page whose Next first runs work on a worker; the wizard moves on when it succeeds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._proceed = False
        self.worker: Any = None

    def run_then_next(self, label: str, task: Task, on_success: Callable[[Any], None]) -> None:
        def succeeded(result: Any) -> None:
            on_success(result)
            self._proceed = True
            self.wizard().next()

        self.worker = run_with_progress(self, label, task, succeeded)

    def take_proceed(self) -> bool:
        """True once, right after the page's work succeeded (validatePage lets Next through)."""
        proceed, self._proceed = self._proceed, False
        return proceed
