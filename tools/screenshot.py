"""Screenshots of the real windows on a fresh demo office (offscreen, no display needed).

Run: uv run python tools/screenshot.py                 refresh docs/main-window.png (README)
     uv run python tools/screenshot.py --all OUT_DIR   every area, in Dutch, at 1280x800
Options: --lang en|nl, --area clients|staff|projects|board, --size 1280x800.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("en", "nl"))
    parser.add_argument("--area", default="clients")
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "main-window.png")
    parser.add_argument("--all", type=Path, metavar="OUT_DIR", help="shoot every area into OUT_DIR")
    args = parser.parse_args()
    language = args.lang or ("nl" if args.all else "en")
    width, height = (int(part) for part in args.size.lower().split("x"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    work = Path(tempfile.mkdtemp(prefix="draagvlak-shot-"))
    os.environ["XDG_CONFIG_HOME"] = str(work / "config")  # fresh window state
    os.environ["DRAAGVLAK_DATA_DIR"] = str(work / "data")

    from desktop.cli.main import main as cli_main
    from desktop.core.db.engine import open_database
    from desktop.ui.shell.app import create_application
    from desktop.ui.shell.main_window import MainWindow
    from desktop.ui.shell.translator import install_translators

    db = work / "demo.sqlite3"
    cli_main(["demo", "--db", str(db), "--lang", language])
    app = create_application()
    install_translators(app, language)
    database = open_database(db)
    window = MainWindow(database)
    window.resize(width, height)
    window.show()
    try:
        if not args.all:
            window.show_area(args.area)
            settle()
            save(window.grab(), args.out)
            return 0
        for name, shoot in shots(window, database).items():
            save(shoot(), args.all / f"{name}.png")
        return 0
    finally:
        from desktop.ui.common.workers import wait_for_workers

        window.close()
        wait_for_workers()  # the backup made at close
        database.dispose()
        shutil.rmtree(work, ignore_errors=True)


def settle(milliseconds: int = 1200) -> None:
    """Let the workers fill the views (a screenshot tool may wait; the app never does)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def save(pixmap, path: Path) -> None:  # noqa: ANN001 (QPixmap; Qt is imported late)
    path.parent.mkdir(parents=True, exist_ok=True)
    pixmap.save(str(path))
    print(f"wrote {path}")


def shots(window, database) -> dict[str, Callable[[], object]]:  # noqa: ANN001
    """Name -> function that brings a screen up and returns its grab."""

    def area(key: str, tab: int | None = None) -> Callable[[], object]:
        def shoot() -> object:
            window.show_area(key)
            if tab is not None:
                window.area(key).tabs.setCurrentIndex(tab)
            settle()
            return window.grab()

        return shoot

    def open_combo() -> object:
        # A drop-down with its highlighted item: the popup is a separate window.
        window.show_area("clients")
        settle(300)
        combo = window.area("clients").findChildren(_combo_type())[0]
        combo.showPopup()
        view = combo.view()
        view.setCurrentIndex(combo.model().index(1, 0))
        settle(300)
        grab = view.window().grab()
        combo.hidePopup()
        return grab

    def detail() -> object:
        from desktop.ui.clients.client_detail_dialog import ClientDetailDialog

        board = window.area("board")
        window.show_area("board")
        settle()
        project_id = board.filter_bar.project_id()
        card = _first_card(database, project_id)
        dialog = ClientDetailDialog(database, card, window, project_id=project_id)
        dialog.show()
        settle()
        grab = dialog.grab()
        dialog.close()
        return grab

    def wizard() -> object:
        from desktop.ui.import_wizard.wizard import ImportWizard

        dialog = ImportWizard(database, window)
        dialog.show()
        settle(300)
        grab = dialog.grab()
        dialog.close()
        return grab

    def backups() -> object:
        from desktop.core.backups.store import backup_folder, make_backup

        make_backup(database.file_path, backup_folder(database))
        dialog = window.open_backups()
        settle(300)
        grab = dialog.grab()
        dialog.close()
        return grab

    def retention() -> object:
        dialog = window.open_retention()
        dialog.months_spin.setValue(24)
        settle(300)
        grab = dialog.grab()
        dialog.close()
        return grab

    def privacy_menu() -> object:
        from dataclasses import replace

        from desktop.core.clients.editing import get_client, update_client
        from desktop.ui.clients.client_detail_dialog import ClientDetailDialog

        client_id = _first_card(database, 1)
        with database.session() as session:
            read = get_client(session, client_id).data
            update_client(
                session, client_id, replace(read, city="Zutphen", phone="0575 512 345"), read=read
            )
            session.commit()
        dialog = ClientDetailDialog(database, client_id, window)
        dialog.show()
        settle(300)
        history = dialog.privacy.show_history()
        settle(300)
        grab = history.grab()
        history.close()
        dialog.close()
        return grab

    return {
        "backups": backups,
        "retention": retention,
        "client-change-history": privacy_menu,
        "clients": area("clients"),
        "clients-dropdown": open_combo,
        "staff": area("staff"),
        "projects-stages": area("projects", 0),
        "projects-approach": area("projects", 1),
        "projects-numbers": area("projects", 2),
        "board": area("board"),
        "client-detail": detail,
        "import-wizard": wizard,
    }


def _combo_type() -> type:
    from PySide6.QtWidgets import QComboBox

    return QComboBox


def _first_card(database, project_id: int) -> int:  # noqa: ANN001
    from sqlalchemy import select

    from desktop.core.db.models import Enrollment

    with database.session() as session:
        return session.scalar(
            select(Enrollment.client_id)
            .where(Enrollment.project_id == project_id, Enrollment.next_action.is_not(None))
            .order_by(Enrollment.id)
            .limit(1)
        )


if __name__ == "__main__":
    sys.exit(main())
