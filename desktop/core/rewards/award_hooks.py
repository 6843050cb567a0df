"""The hooks the event-recording core functions call, in the same transaction as the event.

A move (pipelines/moves.py), its undo (pipelines/undo.py), a measure's status (measures/editing.py),
a round's scores (assessments/rounds.py) and a completed next action (pipelines/next_actions.py)
each call one hook here; the hook builds the ``Award``s and hands them to ``award`` (awards.py),
or takes them back with ``withdraw``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from desktop.core.common.i18n import translate
from desktop.core.common.vocab import MeasureKind
from desktop.core.db.tables import (
    assessment_rounds,
    assessment_scores,
    clients,
    enrollments,
    measures,
    reward_claims,
    reward_entries,
    stages,
)
from desktop.core.rewards.awards import Award, award, withdraw
from desktop.core.rewards.ledger import CHUNK_SIZE
from desktop.core.rewards.vocab import EntrySource, RuleKind

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.core.pipelines.moves import Move

ELEMENT_COUNT = 5


def on_moves(
    session: Session, moves: Sequence[Move], by_staff_id: int | None, at: datetime
) -> None:
    """A client of mine reached a stage: the client's champion earns (else whoever moved it)."""
    if not moves:
        return
    awards: list[Award] = []
    ids = [move.transition_id for move in moves]
    for start in range(0, len(ids), CHUNK_SIZE):
        chunk = {move.enrollment_id: move for move in moves[start : start + CHUNK_SIZE]}
        found = session.execute(
            select(
                enrollments.c.id,
                enrollments.c.project_id,
                clients.c.id,
                clients.c.name,
                clients.c.champion_id,
            )
            .join(clients, clients.c.id == enrollments.c.client_id)
            .where(enrollments.c.id.in_(list(chunk)))
        ).all()
        names = _stage_names(session, {move.to_stage_id for move in chunk.values()})
        for enrollment_id, project_id, client_id, client_name, champion_id in found:
            move = chunk[enrollment_id]
            person = champion_id if champion_id is not None else by_staff_id
            if person is None:
                continue
            awards.append(
                Award(
                    staff_id=person,
                    key=f"stage:{client_id}:{move.to_stage_id}:{person}",
                    reason=translate("Rewards", "{client} reached '{stage}'").format(
                        client=client_name, stage=names[move.to_stage_id]
                    ),
                    at=at,
                    refs={
                        "transition_id": move.transition_id,
                        "enrollment_id": enrollment_id,
                        "client_id": client_id,
                        "stage_id": move.to_stage_id,
                        "project_id": project_id,
                    },
                    stage_id=move.to_stage_id,
                )
            )
    award(session, RuleKind.STAGE_REACHED, awards)


def _stage_names(session: Session, stage_ids: set[int]) -> dict[int, str]:
    return dict(
        session.execute(select(stages.c.id, stages.c.name).where(stages.c.id.in_(stage_ids))).all()
    )


def on_undone_moves(
    session: Session, transition_ids: Sequence[int], by_staff_id: int | None
) -> None:
    """An undone move's points are reversed (and the client may earn them again later)."""
    entry_ids: list[int] = []
    for start in range(0, len(transition_ids), CHUNK_SIZE):
        chunk = list(transition_ids[start : start + CHUNK_SIZE])
        entry_ids.extend(
            session.scalars(
                select(reward_entries.c.id).where(
                    reward_entries.c.transition_id.in_(chunk),
                    reward_entries.c.source == EntrySource.RULE,
                )
            )
        )
    withdraw(session, entry_ids, translate("Rewards", "The move was undone"), by_staff_id)


def on_measure_status(
    session: Session, measure_id: int, was_done: bool, is_done: bool, by_staff_id: int | None
) -> None:
    """A training measure for a person marked done earns; marking it not done takes it back."""
    if was_done == is_done:
        return
    measure = session.execute(
        select(
            measures.c.kind,
            measures.c.title,
            measures.c.target_staff_id,
            measures.c.project_id,
            measures.c.done_on,
        ).where(measures.c.id == measure_id)
    ).one()
    if measure.kind != MeasureKind.TRAINING or measure.target_staff_id is None:
        return
    key = f"training:{measure_id}:{measure.target_staff_id}"
    if not is_done:
        entry_ids = list(
            session.scalars(select(reward_claims.c.entry_id).where(reward_claims.c.key == key))
        )
        withdraw(
            session, entry_ids, translate("Rewards", "The training is no longer done"), by_staff_id
        )
        return
    day = measure.done_on or date.today()
    award(
        session,
        RuleKind.TRAINING_DONE,
        [
            Award(
                staff_id=measure.target_staff_id,
                key=key,
                reason=translate("Rewards", "Training done: {title}").format(title=measure.title),
                at=_noon(day),
                refs={"measure_id": measure_id, "project_id": measure.project_id},
            )
        ],
    )


def on_scores(session: Session, round_id: int, staff_id: int) -> None:
    """All five scores of a round entered for a person: an assessment completed."""
    count = session.scalar(
        select(func.count())
        .select_from(assessment_scores)
        .where(assessment_scores.c.round_id == round_id, assessment_scores.c.staff_id == staff_id)
    )
    if count != ELEMENT_COUNT:
        return
    name, held_on, project_id = session.execute(
        select(
            assessment_rounds.c.name, assessment_rounds.c.held_on, assessment_rounds.c.project_id
        ).where(assessment_rounds.c.id == round_id)
    ).one()
    award(
        session,
        RuleKind.ASSESSMENT_COMPLETED,
        [
            Award(
                staff_id=staff_id,
                key=f"assessment:{round_id}:{staff_id}",
                reason=translate("Rewards", "Assessment completed: {round}").format(round=name),
                at=_noon(held_on),
                refs={"round_id": round_id, "project_id": project_id},
            )
        ],
    )


def on_action_completed(
    session: Session, enrollment_id: int, due: date | None, done_on: date, by_staff_id: int | None
) -> None:
    """A next action completed on or before its due date earns whoever completed it."""
    if by_staff_id is None or due is None or done_on > due:
        return
    client_id, client_name, project_id = session.execute(
        select(clients.c.id, clients.c.name, enrollments.c.project_id)
        .join(clients, clients.c.id == enrollments.c.client_id)
        .where(enrollments.c.id == enrollment_id)
    ).one()
    award(
        session,
        RuleKind.ACTION_ON_TIME,
        [
            Award(
                staff_id=by_staff_id,
                # Once per client and day: completing and re-adding actions earns nothing extra.
                key=f"action:{enrollment_id}:{done_on.isoformat()}:{by_staff_id}",
                reason=translate("Rewards", "Next action for {client} done on time").format(
                    client=client_name
                ),
                at=datetime.now(UTC),
                refs={
                    "enrollment_id": enrollment_id,
                    "client_id": client_id,
                    "project_id": project_id,
                },
            )
        ],
    )


def _noon(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC)
