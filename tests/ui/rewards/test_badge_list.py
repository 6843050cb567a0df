"""Badges, with the day each was earned, on the staff card and on the champion's page."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtWidgets import QLabel

from desktop.core.db.engine import Database
from desktop.core.rewards.ledger import append_entries
from desktop.core.rewards.vocab import EntrySource
from desktop.ui.champions.portfolio_dialog import PortfolioDialog
from desktop.ui.common.locale_format import date_text
from desktop.ui.staff.staff_dialog import StaffDialog
from tests.ui.pipeline_office import make_office
from tests.ui.waiting import workers_idle


def _earn(database: Database, staff_id: int, *days: tuple[date, int]) -> None:
    with database.session() as session:
        append_entries(
            session,
            [
                {
                    "at": datetime(day.year, day.month, day.day, 10, tzinfo=UTC),
                    "staff_id": staff_id,
                    "points": points,
                    "reason": "Client reached Active",
                    "source": EntrySource.RULE,
                }
                for day, points in days
            ],
        )
        session.commit()


def test_the_staff_card_shows_the_badges_with_their_dates(qtbot, database) -> None:
    office = make_office(database)
    _earn(database, office.champion_id, (date(2026, 3, 2), 60), (date(2026, 3, 5), 450))
    dialog = StaffDialog(database, office.champion_id)
    qtbot.addWidget(dialog)
    workers_idle(qtbot)
    box = dialog.badge_list
    assert not box.isHidden()
    assert box.title() == "Badges"
    # 60 + 450 passes 100 and 500 on the same day; the newest comes first.
    day = date_text(date(2026, 3, 5))
    assert box.lines() == [("500 points earned", day), ("100 points earned", day)]
    shown = [label.text() for label in box.findChildren(QLabel) if label.isVisibleTo(box)]
    assert shown == ["500 points earned", day, "100 points earned", day]


def test_a_new_staff_member_has_no_badge_box(qtbot, database) -> None:
    make_office(database)
    dialog = StaffDialog(database)
    qtbot.addWidget(dialog)
    assert dialog.badge_list.isHidden()
    assert dialog.badge_list.badges is None  # nothing to read


def test_the_champions_page_shows_the_badges_and_reads_them_again(qtbot, database) -> None:
    office = make_office(database)
    page = PortfolioDialog(database, office.champion_id)
    qtbot.addWidget(page)
    workers_idle(qtbot)
    box = page.badge_list
    assert box.badges == []
    assert box.status_label.text() == "No badges yet"
    assert not box.status_label.isHidden()
    _earn(database, office.champion_id, (date(2026, 4, 1), 120))
    with qtbot.waitSignal(box.loaded):
        page.reload()
    workers_idle(qtbot)
    assert box.lines() == [("100 points earned", date_text(date(2026, 4, 1)))]
    assert box.status_label.isHidden()
