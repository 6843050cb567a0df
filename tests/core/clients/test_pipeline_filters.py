"""The client list's filters set from the dashboard hold exactly the clients a funnel bar or
the overdue count counts."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select, update

from desktop.core.clients.listing import ArchiveState, ClientFilter, count_clients, list_clients
from desktop.core.clients.pipeline_filters import reached_stage
from desktop.core.common.vocab import StageKind
from desktop.core.dashboard.figures import key_figures, project_figures
from desktop.core.db.models import Client, Enrollment, Project
from desktop.core.demo.office import DemoOptions, create_demo_office
from desktop.core.pipelines.enrollment import enroll_clients
from desktop.core.pipelines.moves import move_clients
from desktop.core.pipelines.reached import counted_stages
from desktop.core.pipelines.undo import undo_moves
from tests.core.pipeline_helpers import make_office, utc

TODAY = date(2026, 3, 2)


def bar_number(row) -> int:  # noqa: ANN001
    """The number on the funnel's bar (pipeline_numbers_widget.funnel_bars)."""
    return row.reached if row.kind == StageKind.LOST else row.reached_or_beyond


def test_for_the_demo_office_the_list_holds_each_bars_number(session):
    create_demo_office(session, DemoOptions(clients=160, staff=8, seed=3, today=TODAY))
    enrolled = select(Enrollment.client_id).where(Enrollment.client_id % 7 == 0)
    session.execute(update(Client).where(Client.id.in_(enrolled)).values(archived=True))
    session.flush()
    archived = session.scalar(
        select(func.count())
        .select_from(Enrollment)
        .join(Client, Client.id == Enrollment.client_id)
        .where(Client.archived.is_(True))
    )
    assert archived, "some enrolled clients are archived: neither the bar nor the list has them"
    differs, any_overdue = 0, False
    for project_id in session.scalars(select(Project.id)):
        figures = project_figures(session, project_id, date.today())
        overdue = count_clients(session, ClientFilter(overdue_project_id=project_id))
        assert overdue == figures.overdue
        any_overdue = any_overdue or overdue > 0
        for champion in figures.champions:
            of_champion = ClientFilter(
                overdue_project_id=project_id, champion_id=champion.champion_id
            )
            assert count_clients(session, of_champion) == champion.overdue, champion.name
        for row in key_figures(session, project_id, TODAY).stages:
            listed = count_clients(session, ClientFilter(reached_stage_id=row.stage_id))
            assert listed == bar_number(row), row.stage_name
            differs += listed != row.current
    assert differs, "'reached' should differ from 'in it now' somewhere in the demo office"
    assert any_overdue


def test_skipping_stages_lost_stages_undos_and_archived_clients(session):
    office = make_office(session, clients=4)
    s = office.stages
    enroll_clients(session, office.project_id, at=utc(1))
    one, two, three, four = session.scalars(select(Enrollment.id).order_by(Enrollment.client_id))
    move_clients(session, [one], s["Active"], None, at=utc(2))  # straight past Invited
    move_clients(session, [two], s["Informed"], None, at=utc(2))
    move_clients(session, [two], s["Declined"], None, reason="No time", at=utc(3))
    slip = move_clients(session, [three], s["Invited"], None, at=utc(4))
    undo_moves(session, [m.transition_id for m in slip], None, at=utc(4, 13))  # never counted
    move_clients(session, [four], s["Invited"], None, at=utc(5))
    session.get(Client, session.get(Enrollment, four).client_id).archived = True
    session.flush()

    def names(stage: str, archived: ArchiveState = ArchiveState.ACTIVE) -> list[str]:
        rows = list_clients(session, ClientFilter(reached_stage_id=s[stage], archived=archived))
        return sorted(row.name for row in rows)

    first, second, third, fourth = sorted(c.name for c in session.scalars(select(Client)))
    assert names("Invited") == [first]  # passed on the way to Active; the archived one left out
    assert names("Informed") == [first, second]  # Declined (lost) does not count beyond
    assert names("Declined") == [second]
    assert names("Not approached") == [first, second, third]
    assert names("Invited", ArchiveState.ALL) == [first, fourth]


def test_counted_stages_follow_the_funnel():
    stages = [(1, StageKind.OPEN), (2, StageKind.OPEN), (3, StageKind.WON), (4, StageKind.LOST)]
    assert counted_stages(stages, 1) == [1, 2, 3]
    assert counted_stages(stages, 3) == [3]
    assert counted_stages(stages, 4) == [4]
    assert counted_stages(stages, 99) == [99]  # an archived stage: only itself


def test_the_filter_names_its_stage_and_project(session):
    office = make_office(session, clients=1)
    stage = reached_stage(session, office.stages["Invited"])
    assert stage is not None and stage.stage_name == "Invited"
    assert reached_stage(session, 9999) is None
    assert count_clients(session, ClientFilter(reached_stage_id=9999)) == 0
