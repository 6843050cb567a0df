"""`draagvlak` opens the main window and shows client rows; start-up stays lean."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop.cli.main import main


def _environment(tmp_path: Path) -> dict[str, str]:
    environment = dict(os.environ)
    environment.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        DRAAGVLAK_DATA_DIR=str(tmp_path / "data"),
    )
    return environment


def test_app_launches_and_shows_client_rows(tmp_path: Path) -> None:
    db = tmp_path / "office.sqlite3"
    assert main(["demo", "--db", str(db), "--clients", "60", "--staff", "6"]) == 0
    environment = _environment(tmp_path) | {"DRAAGVLAK_STARTUP_PROBE": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", str(db), "--lang", "nl"],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "first-rows" in result.stdout


def test_startup_path_imports_neither_orm_nor_alembic(tmp_path: Path) -> None:
    # The window's first screen (clients) works on Core queries; the ORM (~0.1-0.3 s to import)
    # and Alembic load only when something needs them.
    code = (
        "import sys, desktop.cli.main, desktop.ui.shell.app, desktop.ui.shell.main_window, desktop.ui.clients.clients_view, desktop.ui.dashboard.dashboard_view;"
        "heavy = [m for m in ('sqlalchemy.orm', 'alembic', 'openpyxl', 'reportlab') "
        "if m in sys.modules]; print(heavy)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=_environment(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() == "[]", result.stdout + result.stderr


def test_starting_the_window_loads_no_subcommand(tmp_path: Path) -> None:
    # --db and --lang alone need none of the subcommands' modules (~30 ms of start-up).
    code = (
        "import sys, desktop.cli.main as cli;"
        "cli._run_gui = lambda args: print(args.db, args.lang, 'desktop.cli.commands' in sys.modules) or 0;"
        "sys.exit(cli.main(['--db', 'office.sqlite3', '--lang=nl']))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=_environment(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.split() == ["office.sqlite3", "nl", "False"], result.stderr


def test_the_windows_qt_free_modules_load_before_pyside6(tmp_path: Path) -> None:
    # PySide6's import hook reads the source of every module imported after it: the database
    # layer the first screen needs is loaded first, and the window's modules add none of it.
    code = (
        "import sys, importlib, desktop.cli.main as cli;"
        "[importlib.import_module(name) for name in cli._GUI_CORE_MODULES];"
        "assert 'PySide6' not in sys.modules;"
        "before = set(sys.modules);"
        "import desktop.ui.shell.app, desktop.ui.shell.main_window, desktop.ui.clients.clients_view;"
        "print(sorted(m for m in set(sys.modules) - before "
        "if m.startswith(('sqlalchemy', 'desktop.core'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=_environment(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() == "[]", result.stdout + result.stderr


def test_the_database_driver_loads_before_pyside6(tmp_path: Path) -> None:
    # Opening the database then imports no more of SQLAlchemy (its SQLite dialect included).
    from desktop.core.db.engine import open_database

    open_database(tmp_path / "office.sqlite3").dispose()  # made (and migrated) beforehand
    code = (
        "import sys, importlib, desktop.cli.main as cli;"
        "[importlib.import_module(name) for name in cli._GUI_CORE_MODULES];"
        "cli._preload_dialect('office.sqlite3');"
        "cli._preload_dialect('nosuch://server/office');"  # reported where it is opened
        "assert 'PySide6' not in sys.modules;"
        "before = set(sys.modules);"
        "from desktop.core.db.engine import open_database;"
        "open_database('office.sqlite3').dispose();"
        "print(sorted(m for m in set(sys.modules) - before if m.startswith(('sqlalchemy', 'sqlite3'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env=_environment(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() == "[]", result.stdout + result.stderr


def test_help_still_lists_the_commands(capsys) -> None:  # noqa: ANN001
    try:
        main(["--help"])
    except SystemExit as exit_:
        assert exit_.code == 0
    assert "demo" in capsys.readouterr().out
