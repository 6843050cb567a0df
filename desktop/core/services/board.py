"""The Kanban board of a project: one immutable card per enrolled client, filtered in SQL.

Archived stages and archived clients are left off the board (their history is kept).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import Session

from desktop.core.models import Client, ClientType, Enrollment, Segment, Staff, Stage
from desktop.core.services.stalled import StallRules, days_between, load_stall_rules, local_today


@dataclass(frozen=True)
class BoardFilter:
    """What the board shows. None means "any"; ``today`` fixes the date (tests, reports)."""

    champion_id: int | None = None
    segment_id: int | None = None
    client_type: ClientType | None = None
    stalled_only: bool = False
    search: str = ""
    today: date | None = None


@dataclass(frozen=True, slots=True)
class BoardCard:
    enrollment_id: int
    client_id: int
    client_number: str
    client_name: str
    stage_id: int
    champion_id: int | None
    champion_initials: str | None
    champion_name: str | None
    segment_id: int | None
    segment_name: str | None
    client_type: ClientType
    days_in_stage: int
    next_action: str | None
    next_action_due: date | None
    stalled: bool


NO_FILTER = BoardFilter()


def board_cards(
    session: Session, project_id: int, filters: BoardFilter = NO_FILTER
) -> dict[int, list[BoardCard]]:
    """Cards per active stage id (every stage present, possibly empty), sorted by client name."""
    today = filters.today or local_today()
    rules = load_stall_rules(session, project_id)
    query = _filtered(
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
        ),
        project_id,
        filters,
        rules,
        today,
    )
    query = (
        query.outerjoin(Staff, Staff.id == Client.champion_id)
        .outerjoin(Segment, Segment.id == Client.segment_id)
        .order_by(Client.name, Client.id)
    )
    columns: dict[int, list[BoardCard]] = {
        stage_id: [] for stage_id in _active_stage_ids(session, project_id)
    }
    is_stalled = rules.is_stalled
    for row in session.execute(query):
        (eid, cid, number, name, stage_id, champ_id, initials, champ_name) = row[:8]
        (segment_id, segment_name, client_type, since, action, due) = row[8:]
        cards = columns.get(stage_id)
        if cards is None:  # an archived stage; cannot happen with the WHERE, but stay safe
            continue
        cards.append(
            BoardCard(
                eid,
                cid,
                number,
                name,
                stage_id,
                champ_id,
                initials,
                champ_name,
                segment_id,
                segment_name,
                client_type,
                days_between(since, today),
                action,
                due,
                is_stalled(stage_id, segment_id, since, action, today),
            )
        )
    return columns


def stage_counts(
    session: Session, project_id: int, filters: BoardFilter = NO_FILTER
) -> dict[int, int]:
    """Number of (filtered) cards per active stage id, every stage present."""
    today = filters.today or local_today()
    rules = load_stall_rules(session, project_id)
    query = select(Enrollment.stage_id, func.count()).group_by(Enrollment.stage_id)
    query = _filtered(query, project_id, filters, rules, today)
    counts = dict.fromkeys(_active_stage_ids(session, project_id), 0)
    for stage_id, count in session.execute(query):
        if stage_id in counts:
            counts[stage_id] = count
    return counts


def _filtered(
    query: Select, project_id: int, filters: BoardFilter, rules: StallRules, today: date
) -> Select:
    conditions: list[ColumnElement[bool]] = [
        Enrollment.project_id == project_id,
        Stage.archived.is_(False),
        Client.archived.is_(False),
    ]
    if filters.champion_id is not None:
        conditions.append(Client.champion_id == filters.champion_id)
    if filters.segment_id is not None:
        conditions.append(Client.segment_id == filters.segment_id)
    if filters.client_type is not None:
        conditions.append(Client.client_type == ClientType(filters.client_type))
    if filters.stalled_only:
        conditions.append(rules.clause(today))
    search = (filters.search or "").strip()
    if search:
        pattern = "%" + _escape_like(search) + "%"
        conditions.append(
            or_(
                Client.name.ilike(pattern, escape="\\"),
                Client.client_number.ilike(pattern, escape="\\"),
            )
        )
    return (
        query.select_from(Enrollment)
        .join(Client, Client.id == Enrollment.client_id)
        .join(Stage, Stage.id == Enrollment.stage_id)
        .where(*conditions)
    )


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _active_stage_ids(session: Session, project_id: int) -> Sequence[int]:
    return session.scalars(
        select(Stage.id)
        .where(Stage.project_id == project_id, Stage.archived.is_(False))
        .order_by(Stage.position, Stage.id)
    ).all()
