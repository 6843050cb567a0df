"""The import wizard, clicked through as a user would: file → … → report."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QKeySequence
from sqlalchemy import func, select

from desktop.core.db.models import Client
from desktop.ui.common import workers
from desktop.ui.import_wizard import ImportWizard, dry_run_page
from desktop.ui.import_wizard.preview_model import ERROR_BRUSH
from desktop.ui.shell.main_window import MainWindow
from tests.core.imports.samples import EXACT_CSV, title_row_xlsx, write_csv
from tests.ui.import_wizard.steps import WAIT
from tests.ui.import_wizard.steps import next_to as _next_to
from tests.ui.import_wizard.steps import opened_wizard as _wizard
from tests.ui.waiting import workers_idle


def _client_count(database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(Client)) or 0


def _workers_done(qtbot) -> None:
    # A worker's progress dialog closes on its `finished` signal, after the result arrived:
    # let that happen before the test ends and the wizard is deleted.
    workers_idle(qtbot)


def test_import_exact_export_end_to_end(qtbot, database, tmp_path: Path) -> None:
    wizard = _wizard(qtbot, database, EXACT_CSV)
    _next_to(qtbot, wizard, wizard.source_page)
    assert "separated by ;" in wizard.source_page.format_label.text()
    _next_to(qtbot, wizard, wizard.mapping_page)
    combos = wizard.mapping_page.combos
    assert combos["Relatiecode"].currentData() == "client_number"
    assert combos["BezoekAdres1"].currentData() == "address"
    assert "Suggested" in wizard.mapping_page.source_label.text()
    _next_to(qtbot, wizard, wizard.preview_page)
    assert wizard.preview_page.model.rowCount() == 4
    assert wizard.preview_page.model.error_rows() == 0
    _next_to(qtbot, wizard, wizard.options_page)
    _next_to(qtbot, wizard, wizard.dry_run_page)
    qtbot.waitUntil(lambda: wizard.dry_run_page.isComplete(), timeout=WAIT)
    _workers_done(qtbot)
    assert _client_count(database) == 0  # the dry run kept nothing
    assert "It would give: 4 created" in wizard.dry_run_page.report_view.summary_label.text()

    with qtbot.waitSignal(wizard.clients_imported, timeout=WAIT):
        wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.report_page, timeout=WAIT)
    _workers_done(qtbot)
    assert _client_count(database) == 4
    assert "Imported: 4 created" in wizard.report_page.report_view.summary_label.text()
    saved = wizard.report_page.save_report(str(tmp_path / "verslag.xlsx"))
    assert saved is not None and load_workbook(saved).sheetnames[0] == "Summary"

    # The next file with the same headers gets the saved mapping.
    again = _wizard(qtbot, database, EXACT_CSV)
    _next_to(qtbot, again, again.source_page)
    _next_to(qtbot, again, again.mapping_page)
    assert "saved" in again.mapping_page.source_label.text()


def test_problem_cells_are_red_and_errors_block(qtbot, database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "fouten.csv",
        ["Relatiecode;Naam;E-mail", "1;Goed;goed@example.nl", "2;Fout;geen-adres"],
    )
    wizard = _wizard(qtbot, database, path)
    _next_to(qtbot, wizard, wizard.source_page)
    _next_to(qtbot, wizard, wizard.mapping_page)
    _next_to(qtbot, wizard, wizard.preview_page)
    model = wizard.preview_page.model
    bad = model.index(1, 2)
    assert model.data(bad, Qt.ItemDataRole.BackgroundRole) == ERROR_BRUSH
    assert "not a valid e-mail address" in model.data(bad, Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(0, 2), Qt.ItemDataRole.BackgroundRole) is None
    assert model.headerData(1, Qt.Orientation.Vertical) == "3"  # the row number Excel shows
    _next_to(qtbot, wizard, wizard.options_page)
    _next_to(qtbot, wizard, wizard.dry_run_page)
    qtbot.waitUntil(lambda: wizard.dry_run_report is not None, timeout=WAIT)
    _workers_done(qtbot)
    assert not wizard.dry_run_page.isComplete()  # errors block: Import stays disabled
    assert wizard.dry_run_page.report_view.model.rowCount() == 1

    # Going back and choosing to skip rows with errors makes the import possible.
    wizard.back()
    wizard.options_page.skip_radio.setChecked(True)
    _next_to(qtbot, wizard, wizard.dry_run_page)
    qtbot.waitUntil(lambda: wizard.dry_run_page.isComplete(), timeout=WAIT)
    _workers_done(qtbot)
    assert _client_count(database) == 0


def test_mapping_needs_a_name_column(qtbot, database) -> None:
    wizard = _wizard(qtbot, database, EXACT_CSV)
    _next_to(qtbot, wizard, wizard.source_page)
    _next_to(qtbot, wizard, wizard.mapping_page)
    assert not wizard.mapping_page.numbers_label.isVisibleTo(wizard)
    combos = wizard.mapping_page.combos
    combos["Relatiecode"].setCurrentIndex(0)  # "do not import"
    assert wizard.mapping_page.numbers_label.isVisibleTo(wizard)  # numbers will be generated
    combos["Naam"].setCurrentIndex(0)
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    assert "name" in wizard.mapping_page.error_label.text()


def test_workbook_sheets_listed_with_hidden_marked(qtbot, database, tmp_path: Path) -> None:
    wizard = _wizard(qtbot, database, title_row_xlsx(tmp_path / "k.xlsx"))
    _next_to(qtbot, wizard, wizard.source_page)
    combo = wizard.source_page.sheet_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Klanten",
        "Instellingen (hidden)",
    ]
    assert wizard.source_page.header_label.text() == "3"


def _dry_run_done(qtbot, database, tmp_path: Path, rows: int) -> ImportWizard:
    lines = ["Relatiecode;Naam"] + [f"{n};Klant {n}" for n in range(1, rows + 1)]
    wizard = _wizard(qtbot, database, write_csv(tmp_path / "klanten.csv", lines))
    for page in (
        wizard.source_page,
        wizard.mapping_page,
        wizard.preview_page,
        wizard.options_page,
        wizard.dry_run_page,
    ):
        _next_to(qtbot, wizard, page)
    qtbot.waitUntil(lambda: wizard.dry_run_page.isComplete(), timeout=WAIT * 4)
    _workers_done(qtbot)
    return wizard


def test_cancel_during_import_leaves_nothing(qtbot, database, tmp_path: Path, import_gate) -> None:
    wizard = _dry_run_done(qtbot, database, tmp_path, 2_000)
    import_gate.clear()
    wizard.next()
    worker = wizard.dry_run_page.worker
    with qtbot.waitSignal(worker.signals.cancelled, timeout=WAIT):
        worker.cancel()  # the progress dialog's Cancel
        import_gate.set()
    _workers_done(qtbot)
    assert _client_count(database) == 0
    assert wizard.currentPage() is wizard.dry_run_page


def test_main_window_file_menu_opens_wizard_and_refreshes(qtbot, database) -> None:
    window = MainWindow(database)
    qtbot.addWidget(window)
    assert window.menus.import_action.shortcut() == QKeySequence("Ctrl+I")
    assert window.menus.import_action in window.menus.file_menu.actions()
    wizard = window.file_commands.open_import_wizard()
    with qtbot.waitSignal(window.changes_applied, timeout=WAIT):
        wizard.clients_imported.emit()
    wizard.close()


@pytest.fixture
def import_gate(monkeypatch) -> Iterator[threading.Event]:
    """Imports wait while the returned event is clear, so a test can act while one surely runs."""
    gate = threading.Event()
    gate.set()  # open until the test closes it
    real_run_import = dry_run_page.run_import

    def gated(*args, **kwargs):
        gate.wait()
        return real_run_import(*args, **kwargs)

    monkeypatch.setattr(dry_run_page, "run_import", gated)
    yield gate
    gate.set()  # a failed test must not leave a worker blocked for the tests after it


def test_escape_during_import_cancels_it_before_closing(
    qtbot, database, tmp_path, import_gate
) -> None:
    wizard = _dry_run_done(qtbot, database, tmp_path, 2_000)
    imported = []
    wizard.clients_imported.connect(lambda: imported.append(True))
    import_gate.clear()
    wizard.next()  # Import: runs on a worker, held at the gate
    worker = wizard.dry_run_page.worker
    assert worker in workers._running
    with qtbot.waitSignal(worker.signals.cancelled, timeout=WAIT):
        qtbot.keyClick(wizard, Qt.Key.Key_Escape)
        assert wizard.isVisible()  # not gone while the import still runs
        import_gate.set()
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=WAIT)
    _workers_done(qtbot)
    assert _client_count(database) == 0
    assert not imported


def test_close_button_during_dry_run_waits_for_it(qtbot, database, tmp_path, import_gate) -> None:
    wizard = _dry_run_done(qtbot, database, tmp_path, 2_000)
    import_gate.clear()
    wizard.dry_run_page.again_button.click()
    worker = wizard.dry_run_page.worker
    assert worker in workers._running
    assert not wizard.close()  # the close event is refused while the worker runs
    assert wizard.isVisible()
    with qtbot.waitSignal(worker.signals.cancelled, timeout=WAIT):
        import_gate.set()
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=WAIT)
    _workers_done(qtbot)


def test_work_that_ends_before_the_wizard_looks_does_not_keep_it_open(
    qtbot, database, tmp_path, monkeypatch
) -> None:
    # On a busy machine the GUI thread can be paused right after a worker starts, long
    # enough for a short task to end before the wizard's next line runs.
    real_run_with_progress = workers.LatestWork.run_with_progress

    def paused_after_start(*args, **kwargs):
        worker = real_run_with_progress(*args, **kwargs)
        QThreadPool.globalInstance().waitForDone()
        return worker

    monkeypatch.setattr(workers.LatestWork, "run_with_progress", paused_after_start)
    wizard = _dry_run_done(qtbot, database, tmp_path, 3)
    wizard.reject()  # nothing runs any more, so Cancel closes at once
    assert not wizard.isVisible()


def test_import_committed_before_the_cancel_arrived_shows_its_report(
    qtbot, database, tmp_path, monkeypatch
) -> None:
    wizard = _dry_run_done(qtbot, database, tmp_path, 3)
    committed, release = threading.Event(), threading.Event()
    real_run_import = dry_run_page.run_import

    def import_then_pause(*args, **kwargs):
        report = real_run_import(*args, **kwargs)
        committed.set()
        release.wait()  # the user closes the wizard right after the commit
        return report

    monkeypatch.setattr(dry_run_page, "run_import", import_then_pause)
    try:
        with qtbot.waitSignal(wizard.clients_imported, timeout=WAIT):
            wizard.next()
            qtbot.waitUntil(committed.is_set, timeout=WAIT)
            wizard.reject()
            release.set()
    finally:
        release.set()  # never leave the worker waiting, even when the test fails
    _workers_done(qtbot)
    assert wizard.isVisible()
    assert wizard.currentPage() is wizard.report_page
    assert "Imported: 3 created" in wizard.report_page.report_view.summary_label.text()
    assert _client_count(database) == 3


def test_cancel_in_the_dry_runs_progress_says_it_was_cancelled(
    qtbot, database, tmp_path, import_gate
) -> None:
    wizard = _dry_run_done(qtbot, database, tmp_path, 2_000)
    import_gate.clear()
    wizard.dry_run_page.again_button.click()
    worker = wizard.dry_run_page.worker
    with qtbot.waitSignal(worker.signals.cancelled, timeout=WAIT):
        worker.cancel()  # the progress dialog's Esc or Cancel
        import_gate.set()
    _workers_done(qtbot)
    assert wizard.isVisible() and wizard.currentPage() is wizard.dry_run_page
    assert "cancelled" in wizard.dry_run_page.report_view.summary_label.text()
    assert not wizard.dry_run_page.isComplete()
