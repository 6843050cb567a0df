"""What every GUI test gets: its own empty UI settings, and no worker left running after it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, QThreadPool

WORKERS_TIMEOUT_MS = 60_000


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


@pytest.fixture(autouse=True)
def _no_worker_outlives_the_test() -> Iterator[None]:
    """Work a test started ends within it, so it cannot run into (or slow down) the next one."""
    yield
    assert QThreadPool.globalInstance().waitForDone(WORKERS_TIMEOUT_MS), "a worker still runs"


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
