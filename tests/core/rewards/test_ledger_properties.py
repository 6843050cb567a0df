"""Property-style: whatever moves, undos, corrections, recognitions and redemptions happen,
every balance equals its ledger sum and no (client, stage, person) is paid twice."""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.common.errors import DraagvlakError
from desktop.core.db.engine import Database
from desktop.core.db.tables import reward_entries
from desktop.core.pipelines.moves import move_client
from desktop.core.pipelines.undo import undo_move
from desktop.core.rewards.catalogue import add_reward, decide_redemption, redeem
from desktop.core.rewards.ledger import balance_problems, reverse_entry
from desktop.core.rewards.recognitions import ensure_default_tags, give_recognition, list_tags
from desktop.core.rewards.vocab import EntrySource
from tests.core.pipeline_helpers import utc
from tests.core.rewards.office import latest_transition, make_reward_office, property_settings

STAGES = ["Informed", "Active", "Active", "First use"]  # Active often: its rule pays
CLIENTS = ["Client 1", "Client 2"]

operations = st.lists(
    st.one_of(
        st.tuples(st.just("move"), st.sampled_from(CLIENTS), st.sampled_from(STAGES)),
        st.tuples(st.just("undo"), st.sampled_from(CLIENTS), st.just("")),
        st.tuples(st.just("reverse"), st.integers(0, 20), st.just("")),
        st.tuples(st.just("recognise"), st.sampled_from([5, 10, 20, 50]), st.booleans()),
        st.tuples(
            st.just("redeem"), st.sampled_from(["approve", "decline", "wait"]), st.booleans()
        ),
    ),
    max_size=25,
)


@property_settings
@given(steps=operations)
def test_balances_equal_the_ledger_and_no_stage_pays_twice(
    database: Database, steps: list[tuple[str, object, object]]
) -> None:
    with database.session() as session:
        try:
            _run(session, steps)
        finally:
            session.rollback()


def _run(session: Session, steps: list[tuple[str, object, object]]) -> None:
    office = make_reward_office(session, clients=len(CLIENTS))
    ensure_default_tags(session)
    tag = list_tags(session)[0].id
    lunch = add_reward(session, "Lunch", 15)
    people = [office.anna, office.cees, office.manager]
    moment = utc(2)
    for number, (kind, first, second) in enumerate(steps):
        moment += timedelta(hours=1)
        giver, receiver = people[number % 3], people[(number + 1) % 3]
        try:
            with session.begin_nested():
                if kind == "move":
                    move_client(
                        session,
                        office.enrollments[str(first)],
                        office.stage(str(second)),
                        giver,
                        at=moment,
                    )
                elif kind == "undo":
                    latest = latest_transition(session, office.enrollments[str(first)])
                    undo_move(session, latest, giver, at=moment)
                elif kind == "reverse":
                    ids = list(session.scalars(select(reward_entries.c.id)))
                    if ids:
                        reverse_entry(session, ids[int(first) % len(ids)], "Correction", giver)
                elif kind == "recognise":
                    give_recognition(session, giver, receiver, int(first), tag, "Thanks", at=moment)
                else:
                    redemption = redeem(session, receiver, lunch)
                    if first != "wait":
                        decide_redemption(session, redemption, first == "approve", office.manager)
        except DraagvlakError:
            pass  # a refused step changes nothing
        assert balance_problems(session) == []
        _no_stage_paid_twice(session)


def _no_stage_paid_twice(session: Session) -> None:
    paid: dict[tuple[int, int, int], int] = defaultdict(int)
    rows = session.execute(
        select(
            reward_entries.c.client_id,
            reward_entries.c.stage_id,
            reward_entries.c.staff_id,
            reward_entries.c.points,
        ).where(
            reward_entries.c.client_id.is_not(None),
            reward_entries.c.source.in_(
                [EntrySource.RULE, EntrySource.DECISION, EntrySource.REVERSAL]
            ),
        )
    )
    for client_id, stage_id, staff_id, points in rows:
        paid[(client_id, stage_id, staff_id)] += points
    assert all(total in (0, 10) for total in paid.values()), paid
