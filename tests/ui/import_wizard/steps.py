"""Walking the import wizard in tests: to a page, and from the preview through the import."""

from __future__ import annotations

from pathlib import Path

from desktop.ui.import_wizard import ImportWizard
from tests.ui.waiting import workers_idle

WAIT = 15_000


def opened_wizard(qtbot, database, path: Path) -> ImportWizard:
    wizard = ImportWizard(database)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.file_page.path_edit, str(path))
    return wizard


def next_to(qtbot, wizard: ImportWizard, page) -> None:
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is page, timeout=WAIT)
    workers_idle(qtbot)


def import_from_preview(qtbot, wizard: ImportWizard) -> None:
    """On through the options and the dry run to the committed import's report."""
    next_to(qtbot, wizard, wizard.options_page)
    next_to(qtbot, wizard, wizard.dry_run_page)
    qtbot.waitUntil(lambda: wizard.dry_run_page.isComplete(), timeout=WAIT)
    workers_idle(qtbot)
    with qtbot.waitSignal(wizard.clients_imported, timeout=WAIT):
        wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.report_page, timeout=WAIT)
    workers_idle(qtbot)
