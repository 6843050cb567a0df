"""What every GUI test gets: its own empty UI settings, and no worker left running after it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QThreadPool

from desktop.ui.common import workers
from desktop.ui.common.gui_collector import GuiThreadCollector

WORKERS_TIMEOUT_MS = 60_000
MAX_ROUNDS = 10


@pytest.fixture(scope="session", autouse=True)
def _english_plural_forms(qapp) -> None:  # noqa: ANN001
    """As in the app: English texts with %n read "1 client" / "2 clients" (draagvlak_en.ts)."""
    from desktop.ui.shell.translator import CatalogueTranslator

    qapp.installTranslator(CatalogueTranslator("en", qapp))


@pytest.fixture(autouse=True)
def _fresh_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """A test never sees another test's QSettings (current staff member, columns, folders)."""
    folder = tmp_path_factory.mktemp("settings")
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(folder))


@pytest.fixture(scope="session", autouse=True)
def _collect_on_the_gui_thread(qapp) -> Iterator[GuiThreadCollector]:  # noqa: ANN001
    """As in the app: Python's cycle collector never runs on a worker's thread, where it
    could destroy a widget an earlier test left in a reference cycle."""
    collector = GuiThreadCollector(qapp)
    yield collector
    collector.stop()


@pytest.fixture(autouse=True)
def _no_worker_outlives_the_test(
    _collect_on_the_gui_thread: GuiThreadCollector,
) -> Iterator[None]:
    """Work a test started ends within it, and so do its answers: neither can run into (or
    slow down) the next test, nor reach that test's widgets."""
    yield
    pool = QThreadPool.globalInstance()
    for _ in range(MAX_ROUNDS):  # an answer may start more work (the next page, say)
        assert pool.waitForDone(WORKERS_TIMEOUT_MS), "a worker still runs"
        QCoreApplication.sendPostedEvents()  # the answers waiting for the GUI thread
        if not workers._running and pool.activeThreadCount() == 0:
            break
    workers.accept_work()  # a test that ran the program's exit lets the next one work
    _collect_on_the_gui_thread.check()


@pytest.fixture
def styled(qapp):
    """The app's stylesheet, as the user sees it (layout and pixel checks depend on it)."""
    from desktop.core.common.paths import resources_dir

    # Repolishing every widget alive includes those earlier tests left for deferred deletion;
    # delete them first, or Qt may polish a half-destroyed widget.
    _delete_deferred(qapp)
    previous = qapp.styleSheet()
    qapp.setStyleSheet((resources_dir() / "style.qss").read_text(encoding="utf-8"))
    yield qapp
    _delete_deferred(qapp)
    qapp.setStyleSheet(previous)


def _delete_deferred(qapp) -> None:  # noqa: ANN001
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
