"""Screenshots of the real windows on a fresh demo office (offscreen, no display needed).

Run: uv run python tools/screenshot.py                 refresh docs/main-window.png (README)
     uv run python tools/screenshot.py --all OUT_DIR   every area, in Dutch, at 1280x800
Options: --lang en|nl, --area dashboard|clients|staff|projects|board|rewards, --size 1280x800.
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
        empty = open_database(work / "empty.sqlite3")  # the first start's welcome screen
        welcome = MainWindow(empty)
        welcome.resize(width, height)
        welcome.show()
        settle()
        save(welcome.grab(), args.all / "welcome.png")
        welcome.close()
        empty.dispose()
        return 0
    finally:
        from desktop.ui.common.workers import shut_down_workers

        window.close()
        shut_down_workers()  # the backup made at close
        database.dispose()
        shutil.rmtree(work, ignore_errors=True)


def settle(milliseconds: int = 1200) -> None:
    """Let the workers fill the views (a screenshot tool may wait; the app never does): at
    least ``milliseconds``, then until no worker runs (on a busy machine too), then a little
    longer for what their results start (charts are drawn just after they are first painted)."""
    from PySide6.QtCore import QEventLoop, QTimer

    from desktop.ui.common import workers

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    wait(milliseconds)
    for _ in range(300):  # 30 s at most
        if not workers._running:
            break
        wait(100)
    wait(200)


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

    def rewards(tab: int) -> Callable[[], object]:
        def shoot() -> object:
            window.show_area("rewards")
            view = window.area("rewards")
            for _ in range(20):  # the people to choose from are read on a worker
                if view.read is not None:
                    break
                settle(250)
            view.me_combo.setCurrentIndex(view.me_combo.count() // 2)  # someone mid-table
            view._me_chosen()
            view.tabs.setCurrentIndex(tab)
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

    def readiness() -> object:
        # The heatmap with a person chosen: the adopter column and the panel beside it.
        window.show_area("assessments")
        view = window.area("assessments")
        settle(300)
        stuck = view.trends and sorted(view.trends.values(), key=lambda t: -t.stuck_rounds)[0]
        if stuck:
            view.select_person(stuck.staff_id)
        settle()
        return window.grab()

    def accept_step() -> object:
        from desktop.core.assessments.interventions import interventions_for
        from desktop.ui.assessments.accept_dialog import AcceptDialog

        readiness()
        view = window.area("assessments")
        person = view.current_person()
        dialog = AcceptDialog(
            database,
            person.staff_id,
            person.name,
            person.barrier,
            interventions_for(view.library, person.barrier),
            parent=window,
        )
        dialog.show()
        settle(300)
        grab = dialog.grab()
        dialog.close()
        return grab

    def backups() -> object:
        from desktop.core.backups.store import backup_folder, make_backup

        make_backup(database.file_path, backup_folder(database))
        dialog = window.file_commands.open_backups()
        settle(300)
        grab = dialog.grab()
        dialog.close()
        return grab

    def dialog_shot(make: Callable[[], object]) -> Callable[[], object]:
        def shoot() -> object:
            window.show_area("staff")
            settle(300)
            dialog = make()
            dialog.show()  # type: ignore[attr-defined]
            settle(300)
            grab = dialog.grab()  # type: ignore[attr-defined]
            dialog.close()  # type: ignore[attr-defined]
            return grab

        return shoot

    def champion_page() -> object:
        from desktop.ui.champions.portfolio_dialog import PortfolioDialog

        return PortfolioDialog(database, _busiest_champion(database), window)

    def nominations() -> object:
        from desktop.ui.champions.nominations_dialog import NominationsDialog

        return NominationsDialog(database, window)

    def handover() -> object:
        from desktop.ui.champions.handover_dialog import HandoverDialog

        return HandoverDialog(database, _busiest_champion(database), window)

    def staff_card() -> object:
        from desktop.ui.staff.staff_dialog import StaffDialog

        return StaffDialog(database, _busiest_champion(database), window)

    def retention() -> object:
        dialog = window.file_commands.open_retention()
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
        "dashboard": area("dashboard"),
        "backups": backups,
        "retention": retention,
        "client-change-history": privacy_menu,
        "clients": area("clients"),
        "assessments-heatmap": readiness,
        "accept-intervention": accept_step,
        "clients-dropdown": open_combo,
        "staff": area("staff"),
        "projects-stages": area("projects", 0),
        "projects-approach": area("projects", 1),
        "projects-numbers": area("projects", 2),
        "board": area("board"),
        "rewards-points": rewards(0),
        "rewards-leaderboard": rewards(4),
        "client-detail": detail,
        "import-wizard": wizard,
        "champion-page": dialog_shot(champion_page),
        "champion-nominations": dialog_shot(nominations),
        "champion-handover": dialog_shot(handover),
        "staff-card": dialog_shot(staff_card),
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


def _busiest_champion(database) -> int:  # noqa: ANN001
    from desktop.core.staff.listing import champion_client_counts

    with database.connect() as connection:
        counts = champion_client_counts(connection)
    return max(counts, key=lambda staff_id: counts[staff_id])


if __name__ == "__main__":
    sys.exit(main())
