"""The first page of the client list for a keystroke in the search field: the count and the
first rows together, by whichever strategy is cheapest for this search (the trigram index, a walk
of the name index, or one scan into a materialised CTE). Plain pages are in listing.py.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import replace
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import ARRAY, ColumnElement, Integer, any_, func, literal, select

from desktop.core.clients.listing import (
    DEFAULT_SORT,
    SORT_KEYS,
    ArchiveState,
    ClientFilter,
    ClientRow,
    count_clients,
    filter_conditions,
    list_clients,
    list_statement,
    ordering,
    page_rows,
    sort_expression,
)
from desktop.core.common.search_text import fold, indexed_matches, uses_index
from desktop.core.db import search_index
from desktop.core.db.engine import dialect_name
from desktop.core.db.hints import no_index
from desktop.core.db.tables import clients, segments, staff

if TYPE_CHECKING:
    from desktop.core.db.engine import Executor


# One character usually matches most clients; with more matches than this a walk of the sort
# index meets a match at nearly every row.
MANY_MATCHES = 5000
# A page of an indexed search reads either every match and sorts them, or walks the name index
# until the page is full, visiting about limit × clients / matches rows; an index step costs
# about a quarter of reading a row. Walk when limit × clients / matches < 4 × matches.
_WALK_FACTOR = 4


class ClientPage(NamedTuple):
    total: int  # without ``counted``, at least this many: the rows (count_clients tells all)
    rows: list[ClientRow]
    counted: bool = True


def first_page(
    executor: Executor,
    client_filter: ClientFilter,
    sort: str = DEFAULT_SORT,
    descending: bool = False,
    limit: int = 100,
    count: bool = True,
) -> ClientPage:
    """The number of matching clients and the first ``limit`` of them: what a keystroke in the
    search field needs (a few ms with the trigram index, ~40 ms per 100,000 clients without;
    the GUI runs it on a worker).

    ``count=False`` leaves out a count that costs a scan of every client (no search, or a text
    too short for the trigram index, that fills the page): the page then says it is not
    ``counted``, and the caller can show the rows at once and count_clients afterwards.
    """
    search = client_filter.search.strip()
    if not search:
        # The page is an index walk of a few ms; the count reads every client's entry in an
        # index (~35 ms at 300,000 clients, more while the window paints), so ``count=False``
        # leaves it for later when the page is full. See _scan_once for searches.
        rows = list_clients(executor, client_filter, sort, descending, 0, limit)
        if len(rows) < limit:
            return ClientPage(len(rows), rows)
        if not count:
            return ClientPage(len(rows), rows, counted=False)
        return ClientPage(count_clients(executor, client_filter), rows)
    if uses_index(fold(search), executor):
        total = count_clients(executor, client_filter)
        if not total:
            return ClientPage(0, [])
        return ClientPage(
            total, _indexed_page(executor, client_filter, sort, descending, limit, total)
        )
    if sort == DEFAULT_SORT:
        # A short text (or no index): walk the name index, which holds the folded text, until
        # the page is full. A common text fills it within a few hundred rows; a rare one is
        # read off the narrow index in one pass and then needs no count.
        rows = page_rows(executor, client_filter, sort, descending, 0, limit, dense=True)
        if len(rows) < limit:
            return ClientPage(len(rows), rows)
        if not count and not _counts_by_index(executor, search):
            return ClientPage(len(rows), rows, counted=False)
        return ClientPage(count_clients(executor, client_filter), rows)
    if len(search) == 1:
        # Then a count (~30 ms) and a walk of the sort index that meets a match at nearly
        # every row (~1 ms) beat collecting 90,000 matches (~70 ms); the few matches of a
        # rare character are collected.
        total = count_clients(executor, client_filter)
        if total > MANY_MATCHES:
            rows = page_rows(executor, client_filter, sort, descending, 0, limit, dense=True)
            return ClientPage(total, rows)
    return _scan_once(executor, client_filter, sort, descending, limit)


def _indexed_page(
    executor: Executor,
    client_filter: ClientFilter,
    sort: str,
    descending: bool,
    limit: int,
    total: int,
) -> list[ClientRow]:
    # The ids first, then their rows: sorting narrow (key, id) pairs, not joined wide rows.
    if sort == DEFAULT_SORT and _walk_is_cheaper(executor, total, limit):
        # Walk the name index, asking the index's matches about each client; "+id" keeps
        # SQLite from driving the query by the list of matches instead.
        conditions = filter_conditions(executor, replace(client_filter, search=""))
        found = indexed_matches(fold(client_filter.search.strip()))
        conditions.append(no_index(executor, clients.c.id).in_(found))
        key = SORT_KEYS[sort]
    else:  # read the matches and sort them
        conditions = filter_conditions(executor, client_filter)
        key = sort_expression(executor, client_filter, sort)
    statement = select(clients.c.id).select_from(clients).where(*conditions)
    if sort == "segment":
        statement = statement.outerjoin(segments, segments.c.id == clients.c.segment_id)
    elif sort == "champion":
        statement = statement.outerjoin(staff, staff.c.id == clients.c.champion_id)
    statement = statement.order_by(*ordering(executor, sort, key, clients.c.id, descending))
    ids = list(executor.scalars(statement.limit(max(limit, 0))))
    return _rows_of(executor, ids)


def _counts_by_index(executor: Executor, search: str) -> bool:
    # PostgreSQL's trigram index counts a text of three characters or more without a scan.
    return len(fold(search)) >= search_index.MIN_LENGTH and search_index.has_index(executor)


def _walk_is_cheaper(executor: Executor, matches: int, limit: int) -> bool:
    clients_ever = executor.scalar(select(func.max(clients.c.id))) or 0  # a B-tree's last key
    return limit * clients_ever < _WALK_FACTOR * matches * matches


def _rows_of(executor: Executor, ids: list[int]) -> list[ClientRow]:
    """The rows of these clients, in this order (one query, whatever the filter was)."""
    everything = list_statement(executor, ClientFilter(archived=ArchiveState.ALL))
    by_id = {
        row.id: ClientRow._make(row)
        for row in executor.execute(everything.where(_among(executor, clients.c.id, ids)))
    }
    return [by_id[row_id] for row_id in ids if row_id in by_id]


def _among(
    executor: Executor, column: ColumnElement[int], ids: Collection[int]
) -> ColumnElement[bool]:
    """``column IN ids`` as one parameter, since binding thousands of parameters costs
    SQLAlchemy ~15 ms: SQLite's json_each needs ~1 ms, a PostgreSQL array halves a search."""
    dialect = dialect_name(executor)
    if dialect == "postgresql":
        return column == any_(literal(list(ids), ARRAY(Integer)))
    if dialect != "sqlite":
        return column.in_(list(ids))
    each = func.json_each(json.dumps(list(ids))).table_valued("value")
    return column.in_(select(each.c.value))


def _scan_once(
    executor: Executor,
    client_filter: ClientFilter,
    sort: str,
    descending: bool,
    limit: int,
) -> ClientPage:
    # Without an index a search is a full scan evaluating a LIKE per row. Doing it once into a
    # materialised CTE and taking both the count and the first ids from that halves a
    # keystroke's cost (SQLite 3.35+ and PostgreSQL 12+ know MATERIALIZED).
    key = sort_expression(executor, client_filter, sort)
    matches_select = select(clients.c.id.label("id"), key.label("k")).select_from(clients)
    if sort == "segment":
        matches_select = matches_select.outerjoin(segments, segments.c.id == clients.c.segment_id)
    elif sort == "champion":
        matches_select = matches_select.outerjoin(staff, staff.c.id == clients.c.champion_id)
    conditions = filter_conditions(executor, client_filter)
    matches = matches_select.where(*conditions).cte("matches").prefix_with("MATERIALIZED")
    total = select(func.count()).select_from(matches).scalar_subquery()
    statement = (
        select(total, matches.c.id)
        .order_by(*ordering(executor, sort, matches.c.k, matches.c.id, descending))
        .limit(max(limit, 1))
    )
    found = executor.execute(statement).all()
    if not found:
        return ClientPage(0, [])
    # All filters are satisfied by these ids; the id list alone picks the rows.
    return ClientPage(found[0][0], _rows_of(executor, [row.id for row in found[: max(limit, 0)]]))
