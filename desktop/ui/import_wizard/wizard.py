"""The wizard itself: page order, shared state, and running page work on a worker."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard, QWizardPage

from desktop.core.db.engine import Database
from desktop.core.imports.importer import ImportOptions
from desktop.core.imports.mapping import ColumnMapping
from desktop.core.imports.preview import FilePreview
from desktop.core.imports.report import ImportReport
from desktop.ui.common.workers import LatestWork, Task, Worker


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
        self._pages_work: list[LatestWork] = []  # of the pages that run work
        self._close_when_idle = False
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

    def track(self, work: LatestWork) -> None:
        """Keep the wizard open while this page work runs (see reject)."""
        if work not in self._pages_work:
            self._pages_work.append(work)

    def _running(self) -> list[LatestWork]:
        return [work for work in self._pages_work if work.running]

    def reject(self) -> None:
        """Esc, the window's close button and Cancel.

        While work runs it is cancelled first and the wizard closes once it has stopped: an
        import then rolls back, so nothing is imported, and no import goes on unseen behind a
        closed wizard. The GUI thread does not wait: the worker's `finished` closes it.
        """
        running = self._running()
        if not running:
            super().reject()
            return
        self._close_when_idle = True
        for work in running:
            assert work.worker is not None
            work.worker.cancel()

    def work_finished(self) -> None:
        if not shiboken6.isValid(self):
            return
        if self._running() or not self._close_when_idle:
            return
        self._close_when_idle = False
        # An import that committed before the Cancel reached it is not undone: the wizard
        # stays open on the report page, which says what was imported.
        if self.report is None or not self.report.written:
            super().reject()


class ImportPage(QWizardPage):
    """A page of the import wizard (typed access to the wizard's shared state)."""

    def wizard(self) -> ImportWizard:  # type: ignore[override]
        return super().wizard()  # type: ignore[return-value]


class WorkerPage(ImportPage):
    """A page whose Next first runs work on a worker; the wizard moves on when it succeeds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._proceed = False
        self.work = LatestWork(self)

    def run_worker(
        self,
        label: str,
        task: Task,
        on_success: Callable[[Any], None],
        on_cancel: Callable[[], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run the page's work with a progress dialog; the wizard stays open until it ends.
        Errors show in a message box, unless ``on_error`` takes them.

        Work that returned counts even when a Cancel came too late to stop it (an import has
        committed by then): the worker reports it as succeeded and its result is shown.
        """
        wizard = self.wizard()
        wizard.track(self.work)
        self.work.run_with_progress(
            self,
            label,
            task,
            on_success,
            on_error=on_error,
            on_cancel=on_cancel,
            on_finished=wizard.work_finished,
        )

    @property
    def worker(self) -> Worker | None:
        """The work under way, if any."""
        return self.work.worker

    def run_then_next(self, label: str, task: Task, on_success: Callable[[Any], None]) -> None:
        def succeeded(result: Any) -> None:
            on_success(result)
            self._proceed = True
            self.wizard().next()

        self.run_worker(label, task, succeeded)

    def take_proceed(self) -> bool:
        """True once, right after the page's work succeeded (validatePage lets Next through)."""
        proceed, self._proceed = self._proceed, False
        return proceed
