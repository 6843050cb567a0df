"""Fresh board cards for a few enrollments, after a move, an undo or an edit of the client.

The board updates its columns in place with these instead of reading whole columns again.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.models import Client, Enrollment, Segment, Staff
from desktop.core.services.board import BoardCard
from desktop.core.services.stalled import days_between, load_stall_rules, local_today

CHUNK_SIZE = 5_000  # ids per IN (...): well under SQLite's limit of bound parameters


def cards_for(
    session: Session, project_id: int, enrollment_ids: Sequence[int], today: date | None = None
) -> list[BoardCard]:
    """The current cards of these enrollments of a project (unfiltered), by client name."""
    today = today or local_today()
    rules = load_stall_rules(session, project_id)
    ids = sorted(set(enrollment_ids))
    cards: list[BoardCard] = []
    for start in range(0, len(ids), CHUNK_SIZE):
        rows = session.execute(
            select(
                Enrollment.id,
                Client.id,
                Client.client_number,
                Client.name,
                Enrollment.stage_id,
                Client.champion_id,
                Staff.initials,
                Staff.name,
                Client.segment_id,
                Segment.name,
                Client.client_type,
                Enrollment.stage_since,
                Enrollment.next_action,
                Enrollment.next_action_due,
            )
            .join(Client, Client.id == Enrollment.client_id)
            .outerjoin(Staff, Staff.id == Client.champion_id)
            .outerjoin(Segment, Segment.id == Client.segment_id)
            .where(
                Enrollment.project_id == project_id,
                Enrollment.id.in_(ids[start : start + CHUNK_SIZE]),
            )
        )
        for row in rows:
            since, action, segment_id, stage_id = row[11], row[12], row[8], row[4]
            cards.append(
                BoardCard(
                    *row[:11],
                    days_between(since, today),
                    action,
                    row[13],
                    rules.is_stalled(stage_id, segment_id, since, action, today),
                )
            )
    return sorted(cards, key=lambda card: (card.client_name, card.client_id))
