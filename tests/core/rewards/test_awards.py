"""Rules pay verified behaviour in the event's own transaction, once per key, and an undo or a
correction takes the points back by new entries, never by edits."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from desktop.core.assessments.elements import ELEMENTS
from desktop.core.assessments.rounds import create_round, set_scores
from desktop.core.common.errors import ConflictError, ValidationError
from desktop.core.common.vocab import MeasureKind, MeasureStatus
from desktop.core.db.tables import reward_balances, reward_entries
from desktop.core.measures.editing import MeasureData, create_measure, set_measure_status
from desktop.core.pipelines.moves import move_client, move_clients
from desktop.core.pipelines.next_actions import complete_next_action, set_next_action
from desktop.core.pipelines.undo import undo_move
from desktop.core.rewards.awards import decide_award, held_awards
from desktop.core.rewards.ledger import balance, balance_problems, entries_for, reverse_entry
from desktop.core.rewards.rules import add_rule, ensure_default_rules, list_rules, update_rule
from desktop.core.rewards.vocab import EntrySource, RuleKind
from tests.core.pipeline_helpers import utc
from tests.core.rewards.office import RewardOffice, make_reward_office


@pytest.fixture
def office(session: Session) -> RewardOffice:
    return make_reward_office(session)


def test_a_client_reaching_active_pays_its_champion_once_ever(
    session: Session, office: RewardOffice
) -> None:
    client = office.enrollments["Client 1"]  # Anna's client
    move_client(session, client, office.stage("Active"), office.cees, at=utc(2))
    assert balance(session, office.anna) == 10
    assert balance(session, office.cees) == 0
    move_client(session, client, office.stage("Invited"), office.cees, at=utc(3))
    move_client(session, client, office.stage("Active"), office.cees, at=utc(4))
    assert balance(session, office.anna) == 10  # back and forth earns nothing extra
    [entry] = entries_for(session, office.anna)
    assert entry.client_id == office.office.clients["Client 1"]
    assert entry.stage_id == office.stage("Active")
    assert "Client 1" in entry.reason


def test_undoing_the_move_reverses_its_points_and_a_real_move_pays_again(
    session: Session, office: RewardOffice
) -> None:
    client = office.enrollments["Client 1"]
    moved = move_client(session, client, office.stage("Active"), office.anna, at=utc(2))
    undo_move(session, moved.id, office.anna, at=utc(3))
    assert balance(session, office.anna) == 0
    sources = [entry.source for entry in entries_for(session, office.anna)]
    assert sources == [EntrySource.REVERSAL, EntrySource.RULE]
    move_client(session, client, office.stage("Active"), office.anna, at=utc(4))
    assert balance(session, office.anna) == 10


def test_a_bulk_move_pays_each_champion_and_a_failed_move_pays_nothing(
    session: Session, office: RewardOffice
) -> None:
    ids = list(office.enrollments.values())
    move_clients(session, ids, office.stage("Active"), office.manager, at=utc(2))
    assert balance(session, office.anna) == 20
    assert balance(session, office.cees) == 20
    with pytest.raises(ValidationError):
        move_clients(session, ids, office.stage("Declined"), office.manager, at=utc(3))
    assert balance_problems(session) == []


def test_a_rule_naming_a_stage_pays_for_that_stage(session: Session, office: RewardOffice) -> None:
    ensure_default_rules(session)
    add_rule(session, RuleKind.STAGE_REACHED, 3, stage_id=office.stage("Invited"))
    client = office.enrollments["Client 1"]
    move_client(session, client, office.stage("Invited"), office.anna, at=utc(2))
    move_client(session, client, office.stage("Informed"), office.anna, at=utc(3))
    assert balance(session, office.anna) == 3  # Informed has no rule


def test_a_rule_outside_its_period_pays_nothing(session: Session, office: RewardOffice) -> None:
    ensure_default_rules(session)
    [rule] = list_rules(session, RuleKind.STAGE_REACHED)
    update_rule(
        session,
        rule.id,
        points=10,
        active_from=date(2026, 4, 1),
        active_until=None,
        needs_approval=False,
        enabled=True,
    )
    move_client(session, office.enrollments["Client 1"], office.stage("Active"), None, at=utc(2))
    assert balance(session, office.anna) == 0


def test_a_held_award_pays_only_when_a_manager_approves(
    session: Session, office: RewardOffice
) -> None:
    ensure_default_rules(session)
    [rule] = list_rules(session, RuleKind.STAGE_REACHED)
    update_rule(
        session,
        rule.id,
        points=10,
        active_from=None,
        active_until=None,
        needs_approval=True,
        enabled=True,
    )
    move_client(session, office.enrollments["Client 1"], office.stage("Active"), None, at=utc(2))
    move_client(session, office.enrollments["Client 2"], office.stage("Active"), None, at=utc(2))
    assert balance(session, office.anna) == 0
    first, second = held_awards(session)
    with pytest.raises(ValidationError):
        decide_award(session, first.id, True, office.cees)  # not a manager
    decide_award(session, first.id, True, office.manager)
    decide_award(session, second.id, False, office.manager)
    assert balance(session, office.anna) == 10
    assert held_awards(session) == []
    with pytest.raises(ConflictError):
        decide_award(session, first.id, False, office.manager)


def test_undoing_an_approved_award_takes_the_approved_points_back(
    session: Session, office: RewardOffice
) -> None:
    ensure_default_rules(session)
    [rule] = list_rules(session, RuleKind.STAGE_REACHED)
    update_rule(
        session,
        rule.id,
        points=10,
        active_from=None,
        active_until=None,
        needs_approval=True,
        enabled=True,
    )
    moved = move_client(
        session, office.enrollments["Client 1"], office.stage("Active"), None, at=utc(2)
    )
    [held] = held_awards(session)
    decide_award(session, held.id, True, office.manager)
    undo_move(session, moved.id, None, at=utc(3))
    assert balance(session, office.anna) == 0
    assert balance_problems(session) == []


def test_a_training_done_pays_its_person_and_undone_takes_it_back(
    session: Session, office: RewardOffice
) -> None:
    measure = create_measure(
        session,
        MeasureData(
            title="Portal training", kind=MeasureKind.TRAINING, target_staff_id=office.cees
        ),
    )
    set_measure_status(session, measure, MeasureStatus.DONE, on=date(2026, 3, 5))
    assert balance(session, office.cees) == 10
    set_measure_status(session, measure, MeasureStatus.DONE, on=date(2026, 3, 6))
    assert balance(session, office.cees) == 10
    set_measure_status(session, measure, MeasureStatus.PLANNED)
    assert balance(session, office.cees) == 0
    other = create_measure(
        session,
        MeasureData(
            title="Newsletter", kind=MeasureKind.COMMUNICATION, target_staff_id=office.cees
        ),
    )
    set_measure_status(session, other, MeasureStatus.DONE)
    assert balance(session, office.cees) == 0


def test_an_assessment_pays_when_all_five_scores_are_in(
    session: Session, office: RewardOffice
) -> None:
    round_id = create_round(session, "Spring", date(2026, 3, 1))
    set_scores(session, round_id, office.anna, {ELEMENTS[0]: 3})
    assert balance(session, office.anna) == 0
    set_scores(session, round_id, office.anna, dict.fromkeys(ELEMENTS, 4))
    set_scores(session, round_id, office.anna, {ELEMENTS[1]: 2})
    assert balance(session, office.anna) == 5


def test_a_next_action_completed_on_time_pays_whoever_did_it(
    session: Session, office: RewardOffice
) -> None:
    client = office.enrollments["Client 1"]
    set_next_action(session, client, "Call about the portal", date(2026, 3, 10))
    complete_next_action(session, client, by=office.cees, on=date(2026, 3, 10))
    assert balance(session, office.cees) == 2
    set_next_action(session, client, "Send the invitation", date(2026, 3, 10))
    complete_next_action(session, client, by=office.cees, on=date(2026, 3, 11))  # late
    assert balance(session, office.cees) == 2
    with pytest.raises(ConflictError):
        complete_next_action(session, client, by=office.cees)


def test_a_correction_is_a_reversal_entry_once(session: Session, office: RewardOffice) -> None:
    move_client(session, office.enrollments["Client 1"], office.stage("Active"), None, at=utc(2))
    [entry] = entries_for(session, office.anna)
    with pytest.raises(ValidationError):
        reverse_entry(session, entry.id, "  ", office.manager)
    reversal = reverse_entry(session, entry.id, "Moved by mistake", office.manager)
    assert balance(session, office.anna) == 0
    with pytest.raises(ConflictError):
        reverse_entry(session, entry.id, "Again", office.manager)
    with pytest.raises(ConflictError):
        reverse_entry(session, reversal, "A reversal of a reversal", office.manager)


def test_the_database_refuses_to_edit_a_ledger_entry(
    session: Session, office: RewardOffice
) -> None:
    move_client(session, office.enrollments["Client 1"], office.stage("Active"), None, at=utc(2))
    session.commit()
    with pytest.raises(DBAPIError, match="append-only"):
        session.execute(update(reward_entries).values(points=1000))
    session.rollback()
    assert balance(session, office.anna) == 10


def test_check_finds_a_balance_that_differs_from_the_ledger(
    session: Session, office: RewardOffice
) -> None:
    move_client(session, office.enrollments["Client 1"], office.stage("Active"), None, at=utc(2))
    assert balance_problems(session) == []
    session.execute(update(reward_balances).values(balance=99))
    [problem] = balance_problems(session)
    assert "Anna Bakker" in problem and "99" in problem and "10" in problem
