"""Board searches that no trigram index serves (SQLite, one or two characters): each column's
first cards read the cheapest way, and their counts by one pass over the enrollments.

A LIKE on the folded text is cheap on the name index, which holds that text
(desktop/core/common/search_text.py): a pass over all 100,000 entries costs about what 2,500
matches do. What costs is what a match needs next: its client row (archived or not) and its
enrollment (which column). So a column either walks the name index until its page is full,
meeting about ``limit × clients / column size`` matches whatever the text, or reads its own
cards by stage and sorts them. The columns that walk can walk together (board_walk.py): one
walk as far as the column that fills last needs, each match met costing only its enrollment
(a one-letter text at 100,000 clients: 150 ms -> 55 ms). A text that few clients contain is
read once for all columns, from the name index. Which is cheaper follows from the column sizes (off the stage index) and
the number of matches (estimated from a sample of the clients), both a few milliseconds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import case, func, or_, select

from desktop.core.common.search_text import fold, like_matches
from desktop.core.db.hints import no_index
from desktop.core.db.models import Client, Enrollment
from desktop.core.db.tables import clients, enrollments
from desktop.core.pipelines import board_walk

if TYPE_CHECKING:
    from desktop.core.pipelines.board import BoardCard, _Board

# What the plans cost, in microseconds of processor time (measured at 100,000 clients).
QUERY_US = 2500.0  # a column's query of its own: building it, its lookups of names and rules
LIKE_US = 0.12  # the LIKE on one entry of the name index
WALK_MATCH_US = 4.5  # a match met while walking the names: its client row and its enrollment
ONCE_MATCH_US = 5.5  # a match collected for all columns at once, and its share of the ranking
SORT_US = 4000.0  # a column read by stage: keeping its first cards while reading
STAGE_ROW_US = 0.5  # and each of its cards: its enrollment and its client
SAMPLE_RUNS, SAMPLE_RUN = 8, 500  # the clients that estimate how many match (by id)
SAMPLE_ENOUGH = 100  # matches in the sample that make an estimate; fewer: all are counted
JOINT_MATCH_US = 5.0  # a match met by the walk of all columns at once: its enrollment


def first_cards(board: _Board, limit: int) -> dict[int, list[BoardCard]]:
    """The first ``limit`` cards of every column for a search of the LIKE (see the module)."""
    session = board.session
    folded = fold((board.filters.search or "").strip())
    clients_ever = session.scalar(select(func.max(Client.id))) or 0
    matches = estimated_matches(board, folded, clients_ever)
    columns: dict[int, list[BoardCard]] = {stage_id: [] for stage_id in board.stage_ids}
    if not matches:  # counted, not estimated: no client contains the text
        return columns
    sizes = column_sizes(board)
    plans: dict[int, bool] = {}  # stage id -> walk the names (else read the stage and sort)
    visits: dict[int, float] = {}  # stage id -> names walked until its page is full
    by_stage: dict[int, float] = {}  # stage id -> the cost of reading it by stage
    per_column = 0.0
    for stage_id in board.stage_ids:
        size = sizes.get(stage_id, 0)
        if not size:
            continue
        expected = max(size * matches / max(clients_ever, 1), 1.0)
        visits[stage_id] = min(clients_ever, limit * clients_ever / expected)
        met = min(matches, limit * clients_ever / size)
        walk = QUERY_US + LIKE_US * visits[stage_id] + WALK_MATCH_US * met
        by_stage[stage_id] = QUERY_US + SORT_US + STAGE_ROW_US * size
        plans[stage_id] = walk < by_stage[stage_id]
        per_column += min(walk, by_stage[stage_id])
    joint, together = _joint_walk(visits, by_stage, matches / max(clients_ever, 1))
    once = LIKE_US * clients_ever + ONCE_MATCH_US * matches
    if joint < min(once, per_column):
        columns.update(board_walk.first_cards(board, dict.fromkeys(together, limit), folded))
        for stage_id in set(by_stage) - together:
            columns[stage_id] = list(board.cards(board.column(stage_id, 0, limit, walk=False)))
        return columns
    if once < per_column:
        for card in board.cards(board.first_of_each_stage(limit, by_names=True)):
            columns[card.stage_id].append(card)
        for cards in columns.values():
            cards.sort(key=lambda card: (card.sort_key, card.client_id))
        return columns
    for stage_id, walk in plans.items():
        if sizes.get(stage_id):
            columns[stage_id] = list(board.cards(board.column(stage_id, 0, limit, walk=walk)))
    return columns


def estimated_matches(board: _Board, folded: str, clients_ever: int) -> float:
    """About how many clients contain the text, from ``SAMPLE_RUNS`` runs of ``SAMPLE_RUN``
    clients spread over the ids (a millisecond, where counting every match reads the whole
    name index: 43 ms at 300,000); a rare text's matches are counted. It only chooses the
    plan: every plan finds the same cards."""
    if clients_ever < 1:
        return 0.0
    runs = range(1, clients_ever + 1, max(clients_ever // SAMPLE_RUNS, SAMPLE_RUN))
    sample = or_(*(clients.c.id.between(start, start + SAMPLE_RUN - 1) for start in runs))
    found = case((like_matches(folded), 1), else_=0)
    row = board.session.execute(select(func.count(), func.sum(found)).where(sample)).one()
    sampled, matched = row[0] or 0, row[1] or 0
    if matched < SAMPLE_ENOUGH:  # too few to tell: a rare text, whose plans differ most
        return board.session.scalar(select(func.count()).where(like_matches(folded))) or 0
    return clients_ever * matched / sampled


def _joint_walk(
    visits: dict[int, float], by_stage: dict[int, float], share: float
) -> tuple[float, set[int]]:
    """The cheapest plan that walks the names once for some columns (board_walk.py) and reads
    the others by stage: its cost and the columns walked. The walk goes as far as its column
    that fills last, meeting ``share`` of the names it passes as matches."""
    best, together = float("inf"), set()
    for furthest in sorted(set(visits.values())):
        walked = {stage_id for stage_id, visited in visits.items() if visited <= furthest}
        cost = 2 * QUERY_US + LIKE_US * furthest + JOINT_MATCH_US * furthest * share
        cost += sum(cost for stage_id, cost in by_stage.items() if stage_id not in walked)
        if cost < best:
            best, together = cost, walked
    return best, together


def column_sizes(board: _Board) -> dict[int, int]:
    """Each active stage's enrollments, off the (project_id, stage_id) index alone."""
    query = (
        select(Enrollment.stage_id, func.count())
        .where(Enrollment.project_id == board.project_id, Enrollment.stage_id.in_(board.stage_ids))
        .group_by(Enrollment.stage_id)
    )
    return {stage_id: count for stage_id, count in board.session.execute(query)}


def counts(board: _Board) -> dict[int, int]:
    """Matches per active stage: the enrollments read in one pass (table order), each looked
    up in the set of matching clients that one pass over the name index collects, less the
    archived clients' (few, by their enrollments' index). Several times cheaper than a client lookup per
    enrollment, and the same whatever the text."""
    session = board.session
    folded = fold((board.filters.search or "").strip())
    found = select(clients.c.id).where(like_matches(folded))
    everyone = (
        select(enrollments.c.stage_id, func.count())
        .where(
            no_index(session, enrollments.c.project_id) == board.project_id,
            no_index(session, enrollments.c.stage_id).in_(board.stage_ids),
            no_index(session, enrollments.c.client_id).in_(found),
        )
        # Grouped by "+stage_id": walking the stage index for its order would look up every
        # enrollment's row out of order instead of reading the table through.
        .group_by(no_index(session, enrollments.c.stage_id))
    )
    archived = (  # from the enrollments' copy of the flag (client_copies.py), by its index
        select(enrollments.c.stage_id, func.count())
        .select_from(enrollments)
        .join(clients, clients.c.id == enrollments.c.client_id)
        .where(
            enrollments.c.project_id == board.project_id,
            enrollments.c.client_archived.is_(True),
            enrollments.c.stage_id.in_(board.stage_ids),
            like_matches(folded),
        )
        .group_by(enrollments.c.stage_id)
    )
    result = dict.fromkeys(board.stage_ids, 0)
    for stage_id, count in session.execute(everyone):
        result[stage_id] += count
    for stage_id, count in session.execute(archived):
        result[stage_id] -= count
    return result
