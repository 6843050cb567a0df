"""The first page of every column of an unfiltered board in one walk of the client names.

A column read on its own by walking the name index meets about ``limit × clients / column
size`` clients before its page is full, reading each one's client row and enrollment: at
300,000 clients the seven columns of the demo office met some 10,000 together (≈ 90 ms). One
walk for all columns stops once the column that fills last is full (≈ 2,300 clients there),
and reads only the name index and each client's enrollment (its copy of the client's archived
flag, client_copies.py); the few hundred cards shown are then read by their ids.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from desktop.core.common.search_text import NAME_ORDER, like_matches
from desktop.core.db.hints import no_index
from desktop.core.db.tables import clients, enrollments

if TYPE_CHECKING:
    from desktop.core.pipelines.board import BoardCard, _Board

BATCH = 256  # rows fetched at a time while walking: the walk stops between batches


def first_cards(
    board: _Board, wanted: dict[int, int], folded: str = ""
) -> dict[int, list[BoardCard]]:
    """The first cards of the stages of ``wanted`` (stage id -> how many: the page, or the
    column's count when smaller), in board order, walked together (SQLite): of all clients,
    or of those whose folded text contains ``folded`` (a LIKE on the name index's entries,
    a search without trigrams: board_scan.py)."""
    session = board.session
    matching = [like_matches(folded)] if folded else []
    walk = (
        select(enrollments.c.id, enrollments.c.stage_id)
        .select_from(clients)
        .join(enrollments, enrollments.c.client_id == clients.c.id)
        .where(
            # Not by the enrollments' indexes: from the clients, in name order.
            no_index(session, enrollments.c.project_id) == board.project_id,
            no_index(session, enrollments.c.stage_id).in_(list(wanted)),
            no_index(session, enrollments.c.client_archived).is_(False),
            *matching,
        )
        .order_by(NAME_ORDER, clients.c.id)
    )
    chosen: dict[int, list[int]] = {stage_id: [] for stage_id in wanted}
    missing = sum(wanted.values())
    result = session.connection().execute(walk)
    try:
        while missing > 0:
            rows = result.fetchmany(BATCH)
            if not rows:
                break
            for enrollment_id, stage_id in rows:
                ids = chosen[stage_id]
                if len(ids) < wanted[stage_id]:
                    ids.append(enrollment_id)
                    missing -= 1
    finally:
        result.close()
    every_id = [enrollment_id for ids in chosen.values() for enrollment_id in ids]
    columns: dict[int, list[BoardCard]] = {stage_id: [] for stage_id in wanted}
    for card in board.cards_of(every_id):  # in board order
        columns[card.stage_id].append(card)
    return columns
