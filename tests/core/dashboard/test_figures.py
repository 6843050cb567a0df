"""Dashboard figures on a small constructed history: the funnel counts each client once, the
moves, stalled and overdue counts per champion, the weekly burn-up and its forecast."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from desktop.core.common.vocab import UNASSIGNED
from desktop.core.dashboard.figures import key_figures, project_figures, with_details
from desktop.core.dashboard.forecast import ForecastStatus
from desktop.core.dashboard.texts import headline, status_lines
from desktop.core.db.models import Client, Enrollment, Project
from desktop.core.pipelines.board import BoardFilter, board_cards
from desktop.core.pipelines.enrollment import enroll_clients
from desktop.core.pipelines.moves import move_clients
from desktop.core.pipelines.next_actions import set_next_action
from desktop.core.pipelines.projects import create_project
from desktop.core.pipelines.stages import set_segment_limit
from desktop.core.pipelines.undo import undo_moves
from tests.core.pipeline_helpers import make_office, utc

TODAY = date(2026, 3, 27)  # a Friday: this week began on Monday 23 March


def enrollments(session):
    return list(session.scalars(select(Enrollment.id).order_by(Enrollment.client_id)))


def test_funnel_counts_each_client_once_and_champions_get_their_own_counts(session):
    office = make_office(session, clients=4)  # AB: clients 1-2, CD: clients 3-4
    s = office.stages
    enroll_clients(session, office.project_id, at=utc(1))
    one, two, three, four = enrollments(session)
    move_clients(session, [one, two, three], s["Informed"], None, at=utc(2))
    move_clients(session, [one], s["Invited"], None, at=utc(3))
    move_clients(session, [one], s["Informed"], None, at=utc(4))  # back and forth ...
    move_clients(session, [one], s["Invited"], None, at=utc(5))
    move_clients(session, [one, three], s["Active"], None, at=utc(24))
    slip = move_clients(session, [two], s["Active"], None, at=utc(25))
    undo_moves(session, [m.transition_id for m in slip], None, at=utc(25, 13))
    set_next_action(session, two, "Call", TODAY - timedelta(days=1))
    set_next_action(session, four, "Mail", TODAY + timedelta(days=3))
    session.flush()

    figures = project_figures(session, office.project_id, TODAY)
    by_name = {row.stage_name: row for row in figures.stages}
    assert by_name["Invited"].reached_or_beyond == 2  # client 1 once, although it came twice
    assert by_name["Informed"].reached_or_beyond == 3
    assert by_name["Not approached"].reached_or_beyond == 4
    assert by_name["Active"].current == 2 and by_name["Active"].reached == 2  # slip undone
    assert sum(row.current for row in figures.stages) == 4
    assert (figures.enrolled, figures.active, figures.share) == (4, 2, 0.5)
    assert figures.moves_week == 2  # the bulk move of 24 March; the undone slip is not
    assert figures.moves_month == 8
    # Client 2 is in Informed with an overdue action; clients 1/3 are Active (never stalled);
    # client 4 has a future action and no stage limit passed.
    champions = {c.name: c for c in figures.champions}
    assert champions["Anna Bakker"].overdue == 1
    assert (champions["Anna Bakker"].enrolled, champions["Anna Bakker"].active) == (2, 1)
    assert champions["Cees Dijk"].stalled + champions["Anna Bakker"].stalled == figures.stalled
    assert figures.overdue == 1

    # The first paint's figures leave the counts that read every row to the second step.
    first = key_figures(session, office.project_id, TODAY)
    assert (first.stalled, first.overdue, first.champions) == (None, None, [])
    assert first.stages == figures.stages and first.burn_up == figures.burn_up
    assert with_details(session, first) == figures


def test_burn_up_counts_active_clients_per_week_and_the_forecast_follows_it(session):
    office = make_office(session, clients=10)
    s = office.stages
    project = session.get(Project, office.project_id)
    project.goal_percent, project.target_date = 80, date(2026, 5, 1)
    enroll_clients(session, office.project_id, at=utc(1))
    ids = enrollments(session)
    # Two clients become Active each week, on the Wednesday: 4, 11, 18 and 25 March.
    for week in range(4):
        move_clients(session, ids[2 * week : 2 * week + 2], s["Active"], None, at=utc(4 + 7 * week))
    session.flush()
    figures = project_figures(session, office.project_id, TODAY, weeks=3)
    assert [(p.day, p.active) for p in figures.burn_up] == [
        (date(2026, 2, 27), 0),
        (date(2026, 3, 6), 2),
        (date(2026, 3, 13), 4),
        (date(2026, 3, 20), 6),
        (date(2026, 3, 27), 8),
    ]
    forecast = figures.forecast
    assert forecast.status is ForecastStatus.GOAL_MET  # 8 of 10 = 80%
    project.goal_percent = 100
    session.flush()
    forecast = project_figures(session, office.project_id, TODAY, weeks=3).forecast
    assert forecast.velocity == 2 and forecast.expected == TODAY + timedelta(weeks=1)
    assert forecast.status is ForecastStatus.ON_TRACK
    assert headline(project_figures(session, office.project_id, TODAY)).startswith("On track: ")


def test_a_project_without_clients_has_no_data_yet_and_says_so(session):
    project = create_project(session, "Digitaal archief", goal_percent=50)
    figures = project_figures(session, project.id, TODAY)
    assert (figures.enrolled, figures.active, figures.burn_up) == (0, 0, [])
    assert figures.forecast.status is ForecastStatus.NO_DATA
    assert headline(figures) == "No clients are enrolled in Digitaal archief yet."
    assert figures.champions == []
    assert "Stalled clients: 0; overdue next actions: 0" in status_lines(figures)


def test_archived_clients_and_clients_without_champion(session):
    office = make_office(session, clients=3)
    enroll_clients(session, office.project_id, at=utc(1))
    first, second, third = session.scalars(select(Client).order_by(Client.id))
    first.archived = True
    third.champion_id = None
    session.flush()
    figures = project_figures(session, office.project_id, TODAY)
    assert figures.enrolled == 2
    assert [c.champion_id for c in figures.champions][-1] is UNASSIGNED


def test_stall_limits_per_segment_and_archived_clients_count_as_on_the_board(session):
    office = make_office(session, clients=6)  # odd clients: segment Fast, even ones: Slow
    s = office.stages
    enroll_clients(session, office.project_id, at=utc(1))
    ids = enrollments(session)
    move_clients(session, ids, s["Informed"], None, at=utc(10))
    move_clients(session, ids[:2], s["Active"], None, at=utc(12))
    for enrollment_id in ids:
        set_next_action(session, enrollment_id, "Call", TODAY + timedelta(days=3))
    set_segment_limit(session, s["Informed"], office.segments["Fast"], 5)  # 17 days in: over it
    session.get(Client, office.clients["Client 6"]).archived = True
    session.flush()

    figures = project_figures(session, office.project_id, TODAY)
    cards = board_cards(session, office.project_id, BoardFilter(stalled_only=True, today=TODAY))
    stalled_on_board = sum(len(column) for column in cards.values())
    assert figures.stalled == stalled_on_board == 2  # clients 3 and 5: Fast, over its 5 days
    assert (figures.enrolled, figures.active) == (5, 2)  # the archived client left out
    assert sum(c.enrolled for c in figures.champions) == figures.enrolled
    assert sum(c.stalled for c in figures.champions) == figures.stalled
