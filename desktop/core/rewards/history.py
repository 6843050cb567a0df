"""Paying the rules for moves already on record (an office that starts with rewards midway,
the demo office): each client, stage and person still pays once, dated when it happened."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from desktop.core.common.i18n import translate
from desktop.core.db.tables import clients, enrollments, stage_transitions, stages
from desktop.core.rewards.awards import Award, award
from desktop.core.rewards.vocab import RuleKind

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def award_past_moves(session: Session) -> int:
    """Award the stage rules for every recorded move that was not undone; returns how many
    entries were written. Set-based: one read of the moves, one batch of entries."""
    t = stage_transitions.c
    undo = stage_transitions.alias("undo")
    rows = session.execute(
        select(
            t.id,
            t.at,
            t.to_stage_id,
            t.by_staff_id,
            enrollments.c.id,
            enrollments.c.project_id,
            clients.c.id,
            clients.c.name,
            clients.c.champion_id,
            stages.c.name,
        )
        .join(enrollments, enrollments.c.id == t.enrollment_id)
        .join(clients, clients.c.id == enrollments.c.client_id)
        .join(stages, stages.c.id == t.to_stage_id)
        .outerjoin(undo, undo.c.reverts_id == t.id)
        .where(t.from_stage_id.is_not(None), t.reverts_id.is_(None), undo.c.id.is_(None))
        .order_by(t.at, t.id)
    ).all()
    text = translate("Rewards", "{client} reached '{stage}'")
    awards = [
        Award(
            staff_id=person,
            key=f"stage:{client_id}:{stage_id}:{person}",
            reason=text.format(client=client_name, stage=stage_name),
            at=at,
            refs={
                "transition_id": transition_id,
                "enrollment_id": enrollment_id,
                "client_id": client_id,
                "stage_id": stage_id,
                "project_id": project_id,
            },
            stage_id=stage_id,
        )
        for (
            transition_id,
            at,
            stage_id,
            by,
            enrollment_id,
            project_id,
            client_id,
            client_name,
            champion,
            stage_name,
        ) in rows
        if (person := champion if champion is not None else by) is not None
    ]
    return len(award(session, RuleKind.STAGE_REACHED, awards))
