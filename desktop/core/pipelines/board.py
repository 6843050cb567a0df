"""The Kanban board of a project: one immutable card per enrolled client, filtered in SQL.

Archived stages and archived clients are left off the board (their history is kept).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from operator import itemgetter
from typing import NamedTuple

from sqlalchemy import ColumnElement, Select, String, func, select, type_coerce
from sqlalchemy.orm import Session

from desktop.core.common.search_text import (
    NAME_ORDER,
    fold,
    indexed_matches,
    matches,
    scanned_matches,
    uses_index,
)
from desktop.core.common.vocab import UNASSIGNED, ChampionFilter, ClientType
from desktop.core.db import search_index
from desktop.core.db.engine import dialect_name
from desktop.core.db.hints import no_index
from desktop.core.db.models import Client, Enrollment, Segment, Staff, Stage
from desktop.core.db.tables import clients, enrollments
from desktop.core.pipelines import board_scan, board_walk
from desktop.core.pipelines.stalled import LocalDays, load_stall_rules, local_today


@dataclass(frozen=True)
class BoardFilter:
    """What the board shows. None means "any", ``champion_id=UNASSIGNED`` clients without a
    champion; ``today`` fixes the date (tests, reports)."""

    champion_id: ChampionFilter = None
    segment_id: int | None = None
    client_type: ClientType | None = None
    stalled_only: bool = False
    search: str = ""
    today: date | None = None


class BoardCard(NamedTuple):
    """One client on the board (a NamedTuple: 100,000 of them build in a fraction of the time)."""

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
    sort_key: str  # where the card sorts: NAME_ORDER (search_text.py), then client_id


NO_FILTER = BoardFilter()


def board_cards(
    session: Session,
    project_id: int,
    filters: BoardFilter = NO_FILTER,
    limit_per_stage: int | None = None,
) -> dict[int, list[BoardCard]]:
    """Cards per active stage id (every stage present, possibly empty), sorted by client name.

    ``limit_per_stage`` keeps only the first cards of each column (fetch the rest with
    stage_cards); together with stage_counts that opens any board in a blink.
    """
    board = _Board(session, project_id, filters)
    columns: dict[int, list[BoardCard]] = {stage_id: [] for stage_id in board.stage_ids}
    if limit_per_stage is not None and board.scans_search_only():
        return board_scan.first_cards(board, limit_per_stage)
    if limit_per_stage is not None and not board.ranks_in_one_query():
        # One small query per column: SQLite keeps only the first rows while sorting (top-N),
        # so even 100,000 clients cost only a few milliseconds.
        return {
            stage_id: list(board.cards(board.column(stage_id, 0, limit_per_stage)))
            for stage_id in board.stage_ids
        }
    if limit_per_stage is not None:
        # A search: one query for all columns evaluates it once, not once per column (a
        # quarter of the time at 100,000 clients; on PostgreSQL a two-letter text's scan,
        # 1.4 s -> 0.1 s), each column keeping its first cards by rank.
        for card in board.cards(board.first_of_each_stage(limit_per_stage)):
            columns[card.stage_id].append(card)
        for cards in columns.values():
            cards.sort(key=_BY_NAME)
        return columns
    for card in board.cards(board.select(_card_columns())):
        columns[card.stage_id].append(card)
    # Sorted here rather than by ORDER BY: SQLite would sort all the wide rows in a temporary
    # B-tree (no index gives this order across the join), which costs more than this.
    for cards in columns.values():
        cards.sort(key=_BY_NAME)
    return columns


def stage_cards(
    session: Session,
    project_id: int,
    stage_id: int,
    filters: BoardFilter = NO_FILTER,
    offset: int = 0,
    limit: int | None = None,
    expected: int | None = None,
) -> list[BoardCard]:
    """The (filtered) cards of one column, by client name, from ``offset`` (for fetchMore).

    ``expected``, the column's count (stage_counts), lets a first page of a full column walk
    the clients in name order instead of sorting every card of the column (SQLite).
    """
    board = _Board(session, project_id, filters)
    return list(board.cards(board.column(stage_id, offset, limit, expected)))


def first_pages(
    session: Session, project_id: int, filters: BoardFilter, limit: int, counts: dict[int, int]
) -> dict[int, list[BoardCard]]:
    """The first ``limit`` cards of every active stage, each read as stage_cards would with
    its count from ``counts`` (stage_counts), the board's rules loaded once."""
    board = _Board(session, project_id, filters)
    walked: dict[int, list[BoardCard]] = {}
    if replace(filters, today=None) == NO_FILTER and dialect_name(session) == "sqlite":
        # The columns that would walk the names each walk them once, together (board_walk.py).
        walkers = {
            stage_id: min(limit, counts[stage_id])
            for stage_id in board.stage_ids
            if board.walk_is_cheaper(limit, counts.get(stage_id))
        }
        if walkers:
            walked = board_walk.first_cards(board, walkers)
    return {
        stage_id: walked[stage_id]
        if stage_id in walked
        else list(board.cards(board.column(stage_id, 0, limit, counts.get(stage_id))))
        for stage_id in board.stage_ids
    }


def stage_counts(
    session: Session, project_id: int, filters: BoardFilter = NO_FILTER
) -> dict[int, int]:
    """Number of (filtered) cards per active stage id, every stage present."""
    board = _Board(session, project_id, filters)
    if board.scans_search_only():
        return board_scan.counts(board)
    counts = dict.fromkeys(board.stage_ids, 0)
    if replace(filters, today=None) == NO_FILTER:
        # Counted off the (project_id, stage_id) index alone, less the enrollments of archived
        # clients, found by their copy of the flag (client_copies.py) in ix_enrollments_numbers
        # (project_id, client_archived, stage_id, ...): no client row is read at all.
        everyone = (
            select(Enrollment.stage_id, func.count())
            .where(Enrollment.project_id == project_id, Enrollment.stage_id.in_(board.stage_ids))
            .group_by(Enrollment.stage_id)
        )
        archived = (
            select(Enrollment.stage_id, func.count())
            .where(
                Enrollment.project_id == project_id,
                Enrollment.client_archived.is_(True),
                Enrollment.stage_id.in_(board.stage_ids),
            )
            .group_by(Enrollment.stage_id)
        )
        for stage_id, count in session.execute(everyone):
            counts[stage_id] += count
        for stage_id, count in session.execute(archived):
            counts[stage_id] -= count
        return counts
    query = board.select(select(Enrollment.stage_id, func.count()).group_by(Enrollment.stage_id))
    for stage_id, count in session.execute(query):
        counts[stage_id] = count
    return counts


def counts_scan(session: Session, filters: BoardFilter) -> bool:
    """Whether the board is filtered by a search alone that SQLite's trigram index cannot
    serve (board_scan.py reads it). Its stage_counts then read every enrollment of the project
    (~50-150 ms at 100,000 clients): worth showing the cards first, the counts once counted."""
    folded = fold((filters.search or "").strip())
    return (
        bool(folded)
        and replace(filters, search="", today=None) == NO_FILTER
        and dialect_name(session) == "sqlite"
        and not uses_index(folded, session)
    )


CHUNK_SIZE = 5_000  # ids per IN (...): well under SQLite's limit of bound parameters
WALK_FACTOR = 4  # see _Board.walk_is_cheaper


def cards_for(
    session: Session, project_id: int, enrollment_ids: Sequence[int], today: date | None = None
) -> list[BoardCard]:
    """Fresh cards of these enrollments, by client name: after a move, an undo or an edit the
    board updates its columns in place with them instead of reading whole columns again."""
    return _Board(session, project_id, BoardFilter(today=today)).cards_of(enrollment_ids)


def _card_columns() -> Select:
    # Champion and segment names come from small lookup dicts instead of joins (fewer, shared
    # strings). stage_since and client_type come as stored text (see LocalDays): skipping the
    # per-row parsing and type decorators is most of what keeps 100,000 cards cheap.
    return select(
        Enrollment.id,
        Client.id.label("client_id"),
        Client.client_number,
        Client.name,
        Enrollment.stage_id,
        Client.champion_id,
        Client.segment_id,
        type_coerce(Client.client_type, String).label("client_type"),
        type_coerce(Enrollment.stage_since, String).label("stage_since"),
        Enrollment.next_action,
        Enrollment.next_action_due,
        NAME_ORDER,
    )


_CLIENT_TYPES = {member.value: member for member in ClientType}
_BY_NAME = itemgetter(15, 1)  # sort_key, client_id: the order of NAME_ORDER, id


class _Board:
    """What one board query needs: the active stages, stall rules and the date."""

    def __init__(self, session: Session, project_id: int, filters: BoardFilter) -> None:
        self.session = session
        self.project_id = project_id
        self.filters = filters
        self.today = filters.today or local_today()
        self.rules = load_stall_rules(session, project_id)
        self._clients_ever: int | None = None  # the highest client id (walk_is_cheaper)
        self.stage_ids = list(
            session.scalars(
                select(Stage.id)
                .where(Stage.project_id == project_id, Stage.archived.is_(False))
                .order_by(Stage.position, Stage.id)
            )
        )

    def select(self, query: Select, walk_names: bool = False, names_only: bool = False) -> Select:
        """The query over the project's enrollments on the board, with the filters applied.

        ``walk_names`` has SQLite read the clients in name order (their index) and look up
        each one's enrollment, rather than read the enrollments and sort them. ``names_only``
        (a search without trigram that few clients match) collects the matching clients off
        the name index first and looks up their enrollments, as a search of the index does.
        """
        filters = self.filters
        session = self.session
        search = (filters.search or "").strip()
        indexed = self.by_client()
        # A search of the trigram index finds the clients first: their enrollments are then
        # looked up by client, not read by stage and checked one by one.
        by_client = (indexed and not walk_names) or names_only
        project_id: ColumnElement[int] = enrollments.c.project_id
        stage_id: ColumnElement[int] = enrollments.c.stage_id
        if by_client:
            project_id, stage_id = no_index(session, project_id), no_index(session, stage_id)
        conditions: list[ColumnElement[bool]] = [
            project_id == self.project_id,
            stage_id.in_(self.stage_ids),  # leaves archived stages out
            no_index(session, clients.c.archived).is_(False),
        ]
        if filters.champion_id is UNASSIGNED:
            conditions.append(Client.champion_id.is_(None))
        elif filters.champion_id is not None:
            conditions.append(Client.champion_id == filters.champion_id)
        if filters.segment_id is not None:
            conditions.append(Client.segment_id == filters.segment_id)
        if filters.client_type is not None:
            conditions.append(Client.client_type == ClientType(filters.client_type))
        if filters.stalled_only:
            conditions.append(self.rules.clause(self.today))
        if names_only:
            conditions.append(clients.c.id.in_(scanned_matches(fold(search))))
        elif walk_names and indexed:
            conditions.append(no_index(session, clients.c.id).in_(indexed_matches(fold(search))))
        elif search:
            # The client list's search: name, number, city and e-mail, any case and accents.
            conditions.append(matches(search, session))
        client_id = no_index(session, clients.c.id) if walk_names else clients.c.id
        return (
            query.select_from(Enrollment)
            .join(Client, client_id == Enrollment.client_id)
            .where(*conditions)
        )

    def column(
        self,
        stage_id: int,
        offset: int,
        limit: int | None,
        expected: int | None = None,
        walk: bool | None = None,
    ) -> Select:
        """One column's cards; ``walk`` (else decided from ``expected``) reads them by walking
        the clients in name order."""
        if walk is None:
            walk = offset == 0 and limit is not None and self.walk_is_cheaper(limit, expected)
        stage: ColumnElement[int] = enrollments.c.stage_id
        if not walk and self.by_client():
            stage = no_index(self.session, stage)  # see select
        query = self.select(_card_columns(), walk).where(stage == stage_id)
        # The client list's order, which is also Python's (code points of the folded text), in
        # which the board's columns insert moved cards: see search_text.py.
        return query.order_by(NAME_ORDER, Client.id).offset(offset).limit(limit)

    def first_of_each_stage(self, limit: int, by_names: bool = False) -> Select:
        """The first ``limit`` cards of every column in one query (a rank per stage);
        ``by_names`` finds the matches by reading the clients' name index (see select)."""
        rank = (
            func.row_number()
            .over(partition_by=Enrollment.stage_id, order_by=(NAME_ORDER, Client.id))
            .label("rank")
        )
        query = _card_columns().add_columns(rank)
        ranked = self.select(query, names_only=by_names).subquery("ranked")
        names = [column.name for column in _card_columns().selected_columns]
        return select(*(ranked.c[name] for name in names)).where(ranked.c.rank <= limit)

    def ranks_in_one_query(self) -> bool:
        """Whether the first cards of all columns are best read by first_of_each_stage: for a
        search, except SQLite's short texts (no trigram), where a top-N sort per column of
        the column's scan costs less than ranking every match."""
        folded = fold((self.filters.search or "").strip())
        if not folded:
            return False
        if dialect_name(self.session) != "sqlite":
            return True
        return len(folded) >= search_index.MIN_LENGTH and search_index.has_index(self.session)

    def scans_search_only(self) -> bool:
        """Whether board_scan.py reads this board (see counts_scan)."""
        return counts_scan(self.session, self.filters)

    def by_client(self) -> bool:
        search = (self.filters.search or "").strip()
        return bool(search) and uses_index(fold(search), self.session)

    def walk_is_cheaper(self, limit: int, expected: int | None) -> bool:
        # Walking visits about limit × clients / expected clients until the page is full;
        # sorting reads all expected cards, each about four times an index step's cost.
        if not expected or dialect_name(self.session) != "sqlite":
            return False
        if self._clients_ever is None:
            self._clients_ever = self.session.scalar(select(func.max(Client.id))) or 0
        return limit * self._clients_ever < WALK_FACTOR * expected * expected

    def cards_of(self, enrollment_ids: Sequence[int]) -> list[BoardCard]:
        """The cards of these enrollments (those on the board), by client name."""
        ids = sorted(set(enrollment_ids))
        cards: list[BoardCard] = []
        for start in range(0, len(ids), CHUNK_SIZE):
            chunk = Enrollment.id.in_(ids[start : start + CHUNK_SIZE])
            cards.extend(self.cards(self.select(_card_columns()).where(chunk)))
        return sorted(cards, key=_BY_NAME)

    def cards(self, query: Select) -> Iterator[BoardCard]:
        session = self.session
        staff = {
            staff_id: (initials, name)
            for staff_id, initials, name in session.execute(
                select(Staff.id, Staff.initials, Staff.name)
            )
        }
        segments = {sid: name for sid, name in session.execute(select(Segment.id, Segment.name))}
        no_staff = (None, None)
        days_since = LocalDays(self.today).days
        stalled_after = self.rules.is_stalled_after
        client_types = _CLIENT_TYPES
        make = tuple.__new__  # BoardCard(*values) without the per-call keyword handling
        for row in session.connection().execute(query).all():
            eid, cid, number, name, stage_id, champion, segment, kind, since, action, due, key = row
            days = days_since(since)
            initials, champion_name = staff.get(champion, no_staff)
            yield make(
                BoardCard,
                (
                    eid,
                    cid,
                    number,
                    name,
                    stage_id,
                    champion,
                    initials,
                    champion_name,
                    segment,
                    segments.get(segment),
                    client_types.get(kind, ClientType.OTHER),
                    days,
                    action,
                    due,
                    stalled_after(stage_id, segment, days, action),
                    key,
                ),
            )
