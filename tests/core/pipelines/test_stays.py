"""The kept stays in stages give the same median days as a replay of the whole history, whatever
moves, bulk moves and undos happen at whatever moments, in whatever local time zone."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from desktop.core.db.engine import Database
from desktop.core.db.models import Client, Enrollment, StageTransition
from desktop.core.db.tables import stage_stays
from desktop.core.pipelines.enrollment import enroll_clients
from desktop.core.pipelines.moves import move_clients
from desktop.core.pipelines.stats import counted_median, pipeline_numbers
from desktop.core.pipelines.stays import stay_problems
from desktop.core.pipelines.undo import undo_moves
from tests.core.pipeline_helpers import make_office, utc
from tests.core.pipelines.stay_walk import WHOLE, walked_medians

CLIENTS = 5
ZONES = ["UTC", "Europe/Amsterdam", "Asia/Kolkata", "America/St_Johns"]

steps = st.lists(
    st.one_of(
        st.tuples(
            st.just("move"),
            st.sets(st.integers(0, CLIENTS - 1), min_size=1, max_size=3),
            st.integers(0, 6),  # the stage, by position (6: Declined)
        ),
        st.tuples(st.just("undo"), st.sets(st.integers(0, CLIENTS - 1), min_size=1, max_size=3)),
    ).flatmap(
        # minutes since the step before: often the same day, sometimes across midnights
        lambda step: st.tuples(st.just(step), st.sampled_from([0, 7, 95, 600, 1440, 4000]))
    ),
    max_size=30,
)


def _switch_zone(zone: str) -> None:
    import os

    os.environ["TZ"] = zone
    time.tzset()


@pytest.fixture
def zones() -> Iterator[list[str]]:
    """The zones the property runs in: several where the process's zone can be switched."""
    if not hasattr(time, "tzset"):  # Windows: the machine's own zone only
        yield [""]
        return
    import os

    before = os.environ.get("TZ")
    yield ZONES
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    history=steps,
    zone_index=st.integers(0, len(ZONES) - 1),
    enrolled_hour=st.integers(0, 23),
    today_after=st.integers(-3, 40),
    changes=st.booleans(),
)
def test_kept_stays_give_the_medians_of_a_replay(
    database: Database,
    zones: list[str],
    history: list[tuple[tuple[object, ...], int]],
    zone_index: int,
    enrolled_hour: int,
    today_after: int,
    changes: bool,
) -> None:
    zone = zones[zone_index % len(zones)]
    if zone:
        _switch_zone(zone)
    with database.session() as session:
        try:
            project_id, last = _play(session, history, enrolled_hour)
            if changes:  # a client archived, another without champion now
                session.execute(
                    update(Client).where(Client.name == "Client 1").values(archived=True)
                )
                session.execute(
                    update(Client).where(Client.name == "Client 4").values(champion_id=None)
                )
            today = last.astimezone().date() + timedelta(days=today_after)
            numbers = pipeline_numbers(session, project_id, today)
            expected = walked_medians(session, project_id, today)
            assert {s.stage_id: s.median_days for s in numbers.stages} == expected[WHOLE]
            assert {
                group: {s.stage_id: s.median_days for s in stats}
                for group, stats in numbers.per_champion.items()
            } == {group: medians for group, medians in expected.items() if group != WHOLE}
            assert stay_problems(session.connection()) == []
        finally:
            session.rollback()


def _play(
    session: Session, history: list[tuple[tuple[object, ...], int]], enrolled_hour: int
) -> tuple[int, datetime]:
    office = make_office(session, clients=CLIENTS)
    moment = utc(1, enrolled_hour)
    enroll_clients(session, office.project_id, at=moment)
    ids = list(session.scalars(select(Enrollment.id).order_by(Enrollment.id)))
    stage_ids = list(office.stages.values())  # in pipeline order, Declined last
    for step, minutes in history:
        moment += timedelta(minutes=minutes)
        chosen = sorted(ids[i] for i in step[1])  # type: ignore[attr-defined]
        if step[0] == "move":
            target = stage_ids[step[2]]  # type: ignore[index]
            reason = "Prefers paper" if target == office.stages["Declined"] else None
            move_clients(session, chosen, target, None, reason=reason, at=moment)
        else:  # each chosen client's latest move, where that is a move (not its enrolling)
            latest = [_latest(session, e) for e in chosen]
            real = [t.id for t in latest if t.from_stage_id is not None and not t.reverts_id]
            undo_moves(session, real, None, at=moment)
    return office.project_id, moment


def _latest(session: Session, enrollment_id: int) -> StageTransition:
    return session.scalars(
        select(StageTransition)
        .where(StageTransition.enrollment_id == enrollment_id)
        .order_by(StageTransition.at.desc(), StageTransition.id.desc())
        .limit(1)
    ).one()


def test_a_move_keeps_its_stay_and_its_undo_takes_it_back(session) -> None:
    office = make_office(session, clients=1)
    enroll_clients(session, office.project_id, at=utc(1))
    [enrollment] = session.scalars(select(Enrollment.id))
    s = office.stages
    [move] = move_clients(session, [enrollment], s["Informed"], None, at=utc(3))
    kept = session.execute(select(stage_stays)).all()
    assert [(r.transition_id, r.stage_id, r.days) for r in kept] == [
        (move.transition_id, s["Not approached"], 2)  # noon UTC, 1 to 3 March
    ]
    undo_moves(session, [move.transition_id], None, at=utc(4))
    assert session.scalar(select(func.count()).select_from(stage_stays)) == 0
    assert session.scalar(select(Enrollment.stage_since)) == utc(1)  # the stay runs on
    numbers = pipeline_numbers(session, office.project_id, date(2026, 3, 11))
    assert numbers.stages[0].median_days == 10.0


def test_the_check_finds_stays_that_disagree_with_the_history(session) -> None:
    office = make_office(session, clients=2)
    enroll_clients(session, office.project_id, at=utc(1))
    ids = list(session.scalars(select(Enrollment.id).order_by(Enrollment.id)))
    moves = move_clients(session, ids, office.stages["Informed"], None, at=utc(2))
    assert stay_problems(session.connection()) == []
    session.execute(
        delete(stage_stays).where(stage_stays.c.transition_id == moves[0].transition_id)
    )
    session.execute(update(stage_stays).values(stage_id=office.stages["Active"]))
    problems = stay_problems(session.connection())
    assert problems == [
        "1 kept stays in stages disagree with the history",
        "1 moves have no kept stay in a stage",
    ]


@pytest.mark.parametrize(
    ("counts", "expected"),
    [({}, None), ({3: 1}, 3.0), ({1: 1, 4: 1}, 2.5), ({0: 2, 9: 1}, 0.0), ({2: 3, 5: 3}, 3.5)],
)
def test_the_median_of_counted_values(counts: dict[int, int], expected: float | None) -> None:
    assert counted_median(counts) == expected


def test_many_counted_values_give_the_median_of_the_values() -> None:
    values = [(n * 7919) % 23 for n in range(101)]
    counts: dict[int, int] = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    assert counted_median(counts) == sorted(values)[50]
    assert counted_median({**counts, 99: 1}) == (sorted(values)[50] + sorted(values)[51]) / 2
