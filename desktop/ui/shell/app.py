"""Application start-up: QApplication, language, database (migrated), main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import __version__
from desktop.core.common import i18n
from desktop.core.common.errors import DraagvlakError
from desktop.core.common.paths import resources_dir
from desktop.ui.common.gui_collector import GuiThreadCollector
from desktop.ui.common.workers import shut_down_workers
from desktop.ui.shell import settings
from desktop.ui.shell.error_handler import install_exception_hook
from desktop.ui.shell.translator import install_translators


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(settings.ORGANISATION)
    app.setApplicationName(settings.APPLICATION)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "draagvlak.svg")))
    style = resources_dir() / "style.qss"
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app  # type: ignore[return-value]


def choose_language(requested: str | None) -> str:
    """--lang wins, then the language chosen in the app, then the system's."""
    if requested in i18n.LANGUAGES:
        return requested
    stored = settings.value(settings.LANGUAGE)
    if isinstance(stored, str) and stored in i18n.LANGUAGES:
        return stored
    # Windows' display language (QLocale knows it; Python's locale may only know formats).
    if any(name.lower().startswith("nl") for name in QLocale.system().uiLanguages()):
        return "nl"
    return i18n.system_language()


def confirm_new_database(db: str | None) -> bool:
    """A database file that does not exist yet is created only when the user agrees, unless it
    is the data folder's own (the first start: the welcome screen follows)."""
    from desktop.core.common.paths import default_db_path
    from desktop.core.db.engine import resolve_url, sqlite_path

    path = sqlite_path(resolve_url(db))
    if path is None or path.exists() or path == default_db_path().resolve():
        return True
    answer = QMessageBox.question(
        None,
        QCoreApplication.translate("App", "New database"),
        QCoreApplication.translate(
            "App", "There is no database at {path}.\n\nCreate a new, empty database there?"
        ).format(path=path),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def run_app(db: str | None = None, language: str | None = None) -> int:
    from desktop.core.common.logs import configure_logging

    configure_logging()
    app = create_application()
    install_translators(app, choose_language(language))
    install_exception_hook()
    collector = GuiThreadCollector(app)  # noqa: F841 (lives as long as the program runs)

    from desktop.core.db.engine import open_database

    if not confirm_new_database(db):
        return 1
    try:
        from desktop.core.backups import instance_lock
        from desktop.core.db.engine import resolve_url, sqlite_path

        # Held before the database is opened (and perhaps migrated), so that a restore running
        # elsewhere cannot swap the file under this program; a restore is refused meanwhile.
        instance_lock.hold_file(sqlite_path(resolve_url(db)))
        database = open_database(db)
        instance_lock.hold(database)  # a new database's folder exists only now
    except DraagvlakError as error:
        QMessageBox.critical(
            None, QCoreApplication.translate("App", "Draagvlak cannot start"), str(error)
        )
        return 1

    if database.location_warning:  # a synced folder: allowed, but the user should know
        QMessageBox.warning(
            None, QCoreApplication.translate("App", "Database location"), database.location_warning
        )

    from desktop.ui.shell import startup_probe
    from desktop.ui.shell.main_window import MainWindow
    from desktop.ui.shell.startup_probe import install_if_requested

    window = MainWindow(database, "clients" if startup_probe.requested() else None)
    window.show()
    install_if_requested(app, window, lambda: window.show_area("board"))
    try:
        return app.exec()
    finally:
        # Before the window and the QApplication go (when this function returns): no worker
        # may run into their teardown, nor report to them.
        shut_down_workers()
        database.dispose()
