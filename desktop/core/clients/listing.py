"""The client list: filtered, sorted pages of clients as immutable rows (fast at 100,000).

Core selects over desktop/core/db/tables/ only — the list is the first thing the window shows,
so it must not wait for the ORM to load. Functions take a Session or a Connection.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Collection, Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import (
    ARRAY,
    ColumnElement,
    Integer,
    Select,
    any_,
    false,
    func,
    literal,
    select,
    true,
)

from desktop.core.common.i18n import translate
from desktop.core.common.search_text import (
    NAME_ORDER,
    fold,
    indexed_matches,
    like_matches,
    matches,
    uses_index,
)
from desktop.core.common.vocab import UNASSIGNED, ChampionFilter, ClientType
from desktop.core.db import search_index
from desktop.core.db.engine import dialect_name
from desktop.core.db.hints import no_index
from desktop.core.db.tables import clients, enrollments, segments, staff

if TYPE_CHECKING:
    from desktop.core.db.engine import Executor


class ArchiveState(enum.StrEnum):
    ACTIVE = "active"
    ARCHIVED = "archived"
    ALL = "all"


@dataclass(frozen=True)
class ClientFilter:
    """What the client list shows. ``champion_id=UNASSIGNED`` asks for clients without one."""

    search: str = ""
    segment_id: int | None = None
    champion_id: ChampionFilter = None
    client_type: ClientType | None = None
    archived: ArchiveState = ArchiveState.ACTIVE
    stage_id: int | None = None  # clients in this pipeline stage now (exports, click-through)


class ClientRow(NamedTuple):
    id: int
    client_number: str
    name: str
    client_type: ClientType
    segment_name: str | None
    champion_name: str | None
    champion_initials: str | None
    contact_person: str | None
    email: str | None
    phone: str | None
    postcode: str | None
    city: str | None
    kvk_number: str | None
    archived: bool
    updated_at: datetime


# Sort key -> SQL expression. Every list is tie-broken on id so paging is stable.
SORT_KEYS: dict[str, ColumnElement[object]] = {
    "client_number": clients.c.client_number,
    # The folded text starts with the name: case- and accent-insensitive ("van Dijk" and
    # "Özdemir" where a reader expects them, not after "Zeeman"), indexed, and the board's too.
    "name": NAME_ORDER,
    "client_type": clients.c.client_type,
    "segment": segments.c.position,
    "champion": staff.c.name,
    "contact_person": clients.c.contact_person,
    "email": clients.c.email,
    "phone": clients.c.phone,
    "postcode": clients.c.postcode,
    "city": clients.c.city,
    "kvk_number": clients.c.kvk_number,
    "archived": clients.c.archived,
    "updated_at": clients.c.updated_at,
}
DEFAULT_SORT = "name"


def client_column_labels() -> dict[str, str]:
    """Column key (a sort key of the client list) -> its header, in the current language."""
    return {
        "client_number": translate("ClientColumns", "Number"),
        "name": translate("ClientColumns", "Name"),
        "client_type": translate("ClientColumns", "Type"),
        "segment": translate("ClientColumns", "Segment"),
        "champion": translate("ClientColumns", "Champion"),
        "contact_person": translate("ClientColumns", "Contact"),
        "email": translate("ClientColumns", "E-mail"),
        "phone": translate("ClientColumns", "Phone"),
        "postcode": translate("ClientColumns", "Postcode"),
        "city": translate("ClientColumns", "City"),
        "kvk_number": translate("ClientColumns", "KvK"),
        "archived": translate("ClientColumns", "Archived"),
        "updated_at": translate("ClientColumns", "Changed"),
    }


# Sort keys that can be empty: nullable columns, and columns of the outer-joined tables.
_SORT_KEYS_WITH_EMPTY = frozenset(
    key for key, column in SORT_KEYS.items() if column.nullable or column.table is not clients
)


def _is_sqlite(executor: Executor) -> bool:
    return dialect_name(executor) == "sqlite"


def _conditions(executor: Executor, client_filter: ClientFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    # "archived = 0" matches ~all rows; searching through that index means 100k random row
    # lookups (~130 ms at 100k clients against ~35 ms for a plain scan), so it is never used.
    archived = no_index(executor, clients.c.archived)
    if client_filter.archived == ArchiveState.ACTIVE:
        conditions.append(archived == false())
    elif client_filter.archived == ArchiveState.ARCHIVED:
        conditions.append(archived == true())
    if client_filter.segment_id is not None:
        conditions.append(clients.c.segment_id == client_filter.segment_id)
    if client_filter.champion_id is UNASSIGNED:
        conditions.append(clients.c.champion_id.is_(None))
    elif client_filter.champion_id is not None:
        conditions.append(clients.c.champion_id == client_filter.champion_id)
    if client_filter.client_type is not None:
        conditions.append(clients.c.client_type == client_filter.client_type)
    if client_filter.stage_id is not None:
        in_stage = select(enrollments.c.client_id).where(
            enrollments.c.stage_id == client_filter.stage_id
        )
        conditions.append(clients.c.id.in_(in_stage))
    search = client_filter.search.strip()
    if search:
        # One LIKE on the folded name, number, city and e-mail (search_text.py): case- and
        # accent-insensitive on every database, and one column to scan instead of four.
        conditions.append(matches(search, executor))
    return conditions


def count_clients(executor: Executor, client_filter: ClientFilter) -> int:
    """How many clients match the filter."""
    folded = fold(client_filter.search.strip())
    if folded and client_filter == ClientFilter(search=client_filter.search):
        # Active clients matching a search: all matches less the archived ones among them
        # (few, found by their index). All matches come from the trigram index, or from the
        # narrow name index, which holds the folded text: no client row is read either way.
        if uses_index(folded, executor):
            everyone = select(func.count()).select_from(indexed_matches(folded).subquery())
        else:
            everyone = select(func.count()).select_from(clients).where(like_matches(folded))
        archived = (
            select(func.count())
            .select_from(clients)
            .where(clients.c.archived == true(), matches(folded, executor))
        )
        return executor.scalar(select(everyone.scalar_subquery() - archived.scalar_subquery())) or 0
    statement = (
        select(func.count()).select_from(clients).where(*_conditions(executor, client_filter))
    )
    return executor.scalar(statement) or 0


def _list_statement(executor: Executor, client_filter: ClientFilter) -> Select[tuple[object, ...]]:
    return (
        select(
            clients.c.id,
            clients.c.client_number,
            clients.c.name,
            clients.c.client_type,
            segments.c.name,
            staff.c.name,
            staff.c.initials,
            clients.c.contact_person,
            clients.c.email,
            clients.c.phone,
            clients.c.postcode,
            clients.c.city,
            clients.c.kvk_number,
            clients.c.archived,
            clients.c.updated_at,
        )
        .outerjoin(segments, segments.c.id == clients.c.segment_id)
        .outerjoin(staff, staff.c.id == clients.c.champion_id)
        .where(*_conditions(executor, client_filter))
    )


def _sort_key(
    executor: Executor, client_filter: ClientFilter, sort: str, dense: bool = False
) -> ColumnElement[object]:
    if sort not in SORT_KEYS:
        raise ValueError(f"unknown sort key {sort!r}")
    key = SORT_KEYS[sort]
    if client_filter.search.strip() and not dense:
        # Walking the sort column's index looks at every row when matches are rare (typing a
        # client number): 135 ms at 100k. Scan-and-sort is ~40 ms whatever the matches.
        key = no_index(executor, key)
    return key


def _ordered(
    executor: Executor,
    sort: str,
    key: ColumnElement[object],
    row_id: ColumnElement[int],
    descending: bool,
) -> tuple:
    # Same direction on the tie-break lets SQLite walk an index (rowid ends every index).
    ordered = (key.desc(), row_id.desc()) if descending else (key.asc(), row_id.asc())
    if sort in _SORT_KEYS_WITH_EMPTY and not _is_sqlite(executor):
        # SQLite sorts empty (NULL) first, PostgreSQL last: ask for SQLite's order everywhere.
        key_order, id_order = ordered
        ordered = (key_order.nulls_last() if descending else key_order.nulls_first(), id_order)
    return ordered


def list_clients(
    executor: Executor,
    client_filter: ClientFilter,
    sort: str = DEFAULT_SORT,
    descending: bool = False,
    offset: int = 0,
    limit: int = 100,
) -> list[ClientRow]:
    """One page of matching clients, ordered in SQL by ``sort`` (a key of SORT_KEYS), then id."""
    return _page(executor, client_filter, sort, descending, offset, limit)


def iter_clients(
    executor: Executor,
    client_filter: ClientFilter,
    sort: str = DEFAULT_SORT,
    descending: bool = False,
) -> Iterator[ClientRow]:
    """Every matching client in list order, fetched in batches (an export of 100,000 rows)."""
    key = _sort_key(executor, client_filter, sort)
    statement = _list_statement(executor, client_filter).order_by(
        *_ordered(executor, sort, key, clients.c.id, descending)
    )
    for row in executor.execute(statement.execution_options(yield_per=2000)):
        yield ClientRow._make(row)


def _page(
    executor: Executor,
    client_filter: ClientFilter,
    sort: str,
    descending: bool,
    offset: int,
    limit: int,
    dense: bool = False,
) -> list[ClientRow]:
    key = _sort_key(executor, client_filter, sort, dense)
    statement = (
        _list_statement(executor, client_filter)
        .order_by(*_ordered(executor, sort, key, clients.c.id, descending))
        .offset(max(offset, 0))
        .limit(max(limit, 0))
    )
    return [ClientRow._make(row) for row in executor.execute(statement)]


def client_ids_in_rows(
    executor: Executor,
    client_filter: ClientFilter,
    sort: str,
    descending: bool,
    ranges: Collection[tuple[int, int]],
) -> list[int]:
    """The ids of the clients at these (first, last) row positions of the list as filtered
    and sorted: what a selection in the list covers, loaded on screen or not."""
    key = _sort_key(executor, client_filter, sort)
    ordered = _list_statement(executor, client_filter).order_by(
        *_ordered(executor, sort, key, clients.c.id, descending)
    )
    ids: list[int] = []
    for first, last in sorted(ranges):
        statement = (
            ordered.with_only_columns(clients.c.id, maintain_column_froms=True)
            .offset(max(first, 0))
            .limit(max(last - first + 1, 0))
        )
        ids += executor.execute(statement).scalars()
    return ids


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

    ``count=False`` leaves out a count that costs a scan of every client (a text too short for
    the trigram index that fills the page): the page then says it is not ``counted``, and the
    caller can show the rows at once and count_clients afterwards.
    """
    search = client_filter.search.strip()
    if not search:
        # Without a search both are index walks of a few ms; see _scan_once for searches.
        rows = list_clients(executor, client_filter, sort, descending, 0, limit)
        total = len(rows) if len(rows) < limit else count_clients(executor, client_filter)
        return ClientPage(total, rows)
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
        rows = _page(executor, client_filter, sort, descending, 0, limit, dense=True)
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
            rows = _page(executor, client_filter, sort, descending, 0, limit, dense=True)
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
        conditions = _conditions(executor, replace(client_filter, search=""))
        found = indexed_matches(fold(client_filter.search.strip()))
        conditions.append(no_index(executor, clients.c.id).in_(found))
        key = SORT_KEYS[sort]
    else:  # read the matches and sort them
        conditions = _conditions(executor, client_filter)
        key = _sort_key(executor, client_filter, sort)
    statement = select(clients.c.id).select_from(clients).where(*conditions)
    if sort == "segment":
        statement = statement.outerjoin(segments, segments.c.id == clients.c.segment_id)
    elif sort == "champion":
        statement = statement.outerjoin(staff, staff.c.id == clients.c.champion_id)
    statement = statement.order_by(*_ordered(executor, sort, key, clients.c.id, descending))
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
    everything = _list_statement(executor, ClientFilter(archived=ArchiveState.ALL))
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
    key = _sort_key(executor, client_filter, sort)
    matches_select = select(clients.c.id.label("id"), key.label("k")).select_from(clients)
    if sort == "segment":
        matches_select = matches_select.outerjoin(segments, segments.c.id == clients.c.segment_id)
    elif sort == "champion":
        matches_select = matches_select.outerjoin(staff, staff.c.id == clients.c.champion_id)
    conditions = _conditions(executor, client_filter)
    matches = matches_select.where(*conditions).cte("matches").prefix_with("MATERIALIZED")
    total = select(func.count()).select_from(matches).scalar_subquery()
    statement = (
        select(total, matches.c.id)
        .order_by(*_ordered(executor, sort, matches.c.k, matches.c.id, descending))
        .limit(max(limit, 1))
    )
    found = executor.execute(statement).all()
    if not found:
        return ClientPage(0, [])
    # All filters are satisfied by these ids; the id list alone picks the rows.
    return ClientPage(found[0][0], _rows_of(executor, [row.id for row in found[: max(limit, 0)]]))
