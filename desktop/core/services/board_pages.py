"""The board one page per column at a time, so a 100,000-client project opens in well under 1 s.

A column holding 46,000 "Active" clients is never read at once: the board asks for the first
page of every column, then the next page of one column as the user scrolls (keyset paging on
(client name, client id), the board's sort order, so moves in between cannot shift a page).
Cards, filters and counts are those of board.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import Row, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from desktop.core.models import Client, Enrollment, Segment, Staff
from desktop.core.services.board import NO_FILTER, BoardCard, BoardFilter, _filtered
from desktop.core.services.projects import list_stages
from desktop.core.services.stalled import StallRules, days_between, load_stall_rules, local_today

PAGE_SIZE = 200

# (client name, client id) of the last card of a page: the next page starts after it.
PagePosition = tuple[str, int]


def first_pages(
    session: Session, project_id: int, filters: BoardFilter = NO_FILTER, limit: int = PAGE_SIZE
) -> dict[int, list[BoardCard]]:
    """The first ``limit`` cards of every active stage (every stage present, possibly empty)."""
    today = filters.today or local_today()
    rules = load_stall_rules(session, project_id)
    pages: dict[int, list[BoardCard]] = {row.id: [] for row in list_stages(session, project_id)}
    if _is_unfiltered(filters):
        # Unfiltered, each column's rows come straight from the (project, stage) index.
        for stage_id in pages:
            query = _card_select(project_id, filters, rules, today)
            query = query.where(Enrollment.stage_id == stage_id).order_by(Client.name, Client.id)
            pages[stage_id] = _cards(session, query.limit(limit), rules, today)
        return pages
    # Filtered (a search above all), one pass numbering rows per stage beats a scan per stage.
    rank = (
        func.row_number()
        .over(partition_by=Enrollment.stage_id, order_by=(Client.name, Client.id))
        .label("rank")
    )
    ranked = _card_select(project_id, filters, rules, today).add_columns(rank).subquery()
    query = (
        select(*list(ranked.c)[:-1])
        .where(ranked.c.rank <= limit)
        .order_by(ranked.c.stage_id, ranked.c.rank)
    )
    for card in _cards(session, query, rules, today):
        if card.stage_id in pages:
            pages[card.stage_id].append(card)
    return pages


def next_page(
    session: Session,
    project_id: int,
    stage_id: int,
    after: PagePosition,
    filters: BoardFilter = NO_FILTER,
    limit: int = PAGE_SIZE,
) -> list[BoardCard]:
    """The cards of one stage that sort after ``after`` (name, client id), at most ``limit``."""
    today = filters.today or local_today()
    rules = load_stall_rules(session, project_id)
    name, client_id = after
    query = (
        _card_select(project_id, filters, rules, today)
        .where(
            Enrollment.stage_id == stage_id,
            or_(Client.name > name, and_(Client.name == name, Client.id > client_id)),
        )
        .order_by(Client.name, Client.id)
        .limit(limit)
    )
    return _cards(session, query, rules, today)


def cards_for(
    session: Session, project_id: int, enrollment_ids: Sequence[int], today: date | None = None
) -> list[BoardCard]:
    """Fresh cards of these enrollments (after a move or an undo), unfiltered, by client name."""
    if not enrollment_ids:
        return []
    today = today or local_today()
    rules = load_stall_rules(session, project_id)
    query = _card_select(project_id, NO_FILTER, rules, today)
    query = query.where(Enrollment.id.in_(sorted(set(enrollment_ids))))
    return _cards(session, query.order_by(Client.name, Client.id), rules, today)


def card_position(card: BoardCard) -> PagePosition:
    """Where a card sorts on the board; the key of keyset paging."""
    return (card.client_name, card.client_id)


def _is_unfiltered(filters: BoardFilter) -> bool:
    return (
        filters.champion_id is None
        and filters.segment_id is None
        and filters.client_type is None
        and not filters.stalled_only
        and not (filters.search or "").strip()
    )


def _card_select(project_id: int, filters: BoardFilter, rules: StallRules, today: date) -> Select:
    query = select(
        Enrollment.id.label("enrollment_id"),
        Client.id.label("client_id"),
        Client.client_number,
        Client.name.label("client_name"),
        Enrollment.stage_id,
        Client.champion_id,
        Staff.initials.label("champion_initials"),
        Staff.name.label("champion_name"),
        Client.segment_id,
        Segment.name.label("segment_name"),
        Client.client_type,
        Enrollment.stage_since,
        Enrollment.next_action,
        Enrollment.next_action_due,
    )
    return (
        _filtered(query, project_id, filters, rules, today)
        .outerjoin(Staff, Staff.id == Client.champion_id)
        .outerjoin(Segment, Segment.id == Client.segment_id)
    )


def _cards(session: Session, query: Select, rules: StallRules, today: date) -> list[BoardCard]:
    return [_card(row, rules, today) for row in session.execute(query)]


def _card(row: Row, rules: StallRules, today: date) -> BoardCard:
    (eid, cid, number, name, stage_id, champ_id, initials, champ_name) = row[:8]
    (segment_id, segment_name, client_type, since, action, due) = row[8:14]
    return BoardCard(
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
        rules.is_stalled(stage_id, segment_id, since, action, today),
    )
