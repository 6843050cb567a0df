"""A small office for the champion tests: staff with capacities and clients per champion."""

from __future__ import annotations

from datetime import date

from sqlalchemy import insert
from sqlalchemy.orm import Session

from desktop.core.common.search_text import search_key
from desktop.core.common.vocab import StaffRole
from desktop.core.db.tables import clients
from desktop.core.staff.editing import StaffData, create_staff


def add_staff(
    session: Session,
    name: str,
    initials: str,
    *,
    champion: bool = False,
    capacity: int | None = None,
    team: str | None = None,
    role: StaffRole = StaffRole.RELATIONSHIP_MANAGER,
    end_date: date | None = None,
    start_date: date | None = None,
) -> int:
    return create_staff(
        session,
        StaffData(
            name=name,
            initials=initials,
            is_champion=champion,
            capacity=capacity,
            team=team,
            role=role,
            end_date=end_date,
            start_date=start_date,
        ),
    )


def add_clients(
    session: Session,
    champion_id: int | None,
    count: int,
    *,
    prefix: str = "C",
    segment_id: int | None = None,
    archived: bool = False,
) -> list[int]:
    """``count`` clients (one INSERT) for a champion; returns their ids in name order."""
    rows = [
        {
            "client_number": f"{prefix}{index:05d}",
            "name": f"{prefix} client {index:05d}",
            "champion_id": champion_id,
            "segment_id": segment_id,
            "archived": archived,
            "search_text": search_key(
                f"{prefix} client {index:05d}", f"{prefix}{index:05d}", None, None
            ),
        }
        for index in range(count)
    ]
    if not rows:
        return []
    result = session.execute(insert(clients).returning(clients.c.id), rows)
    return sorted(result.scalars())


def add_round(
    session: Session, name: str, held_on: date, scores: dict[int, tuple[float, ...]]
) -> int:
    """A round with each person's five scores (A, D, K, A, R), written straight to the tables."""
    from desktop.core.assessments.elements import ELEMENTS
    from desktop.core.db.tables import assessment_rounds, assessment_scores

    round_id = session.execute(
        insert(assessment_rounds).returning(assessment_rounds.c.id),
        [{"name": name, "held_on": held_on}],
    ).scalar_one()
    rows = [
        {"round_id": round_id, "staff_id": staff_id, "element": element, "score": score}
        for staff_id, values in scores.items()
        for element, score in zip(ELEMENTS, values, strict=True)
    ]
    if rows:
        session.execute(insert(assessment_scores), rows)
    return round_id
