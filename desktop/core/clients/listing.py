"""The client list: filtered, sorted pages of clients as immutable rows (fast at 100,000).

Core selects over desktop/core/db/tables/ only — the list is the first thing the window shows,
so it must not wait for the ORM to load. Functions take a Session or a Connection.
The first page for a keystroke in the search field (count and rows, by the cheapest strategy)
is in search_page.py.
"""

from __future__ import annotations

import enum
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import (
    ColumnElement,
    Select,
    false,
    func,
    select,
    true,
)

from desktop.core.clients.pipeline_filters import overdue_condition, reached_condition
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
    stage_id: int | None = None  # clients in this pipeline stage now (exports)
    # set from the dashboard (pipeline_filters.py): clients that reached this stage or a later
    # one (a funnel bar's clients), and clients with an overdue next action in this project
    reached_stage_id: int | None = None
    overdue_project_id: int | None = None


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


def filter_conditions(executor: Executor, client_filter: ClientFilter) -> list[ColumnElement[bool]]:
    """The WHERE conditions on ``clients`` that pick the filter's clients."""
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
    if client_filter.reached_stage_id is not None:
        conditions.append(reached_condition(executor, client_filter.reached_stage_id))
    if client_filter.overdue_project_id is not None:
        conditions.append(overdue_condition(executor, client_filter.overdue_project_id))
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
        select(func.count()).select_from(clients).where(*filter_conditions(executor, client_filter))
    )
    return executor.scalar(statement) or 0


def list_statement(executor: Executor, client_filter: ClientFilter) -> Select[tuple[object, ...]]:
    """The matching clients as ClientRow columns, unordered."""
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
        .where(*filter_conditions(executor, client_filter))
    )


def sort_expression(
    executor: Executor, client_filter: ClientFilter, sort: str, dense: bool = False
) -> ColumnElement[object]:
    """The SQL expression to sort by. ``dense`` lets a search walk the sort key's index (only
    worth it when matches are common)."""
    if sort not in SORT_KEYS:
        raise ValueError(f"unknown sort key {sort!r}")
    key = SORT_KEYS[sort]
    if client_filter.search.strip() and not dense:
        # Walking the sort column's index looks at every row when matches are rare (typing a
        # client number): 135 ms at 100k. Scan-and-sort is ~40 ms whatever the matches.
        key = no_index(executor, key)
    return key


def ordering(
    executor: Executor,
    sort: str,
    key: ColumnElement[object],
    row_id: ColumnElement[int],
    descending: bool,
) -> tuple:
    """ORDER BY ``key`` then ``row_id``, with empty keys first on every database."""
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
    return page_rows(executor, client_filter, sort, descending, offset, limit)


def iter_clients(
    executor: Executor,
    client_filter: ClientFilter,
    sort: str = DEFAULT_SORT,
    descending: bool = False,
) -> Iterator[ClientRow]:
    """Every matching client in list order, fetched in batches (an export of 100,000 rows)."""
    key = sort_expression(executor, client_filter, sort)
    statement = list_statement(executor, client_filter).order_by(
        *ordering(executor, sort, key, clients.c.id, descending)
    )
    for row in executor.execute(statement.execution_options(yield_per=2000)):
        yield ClientRow._make(row)


def page_rows(
    executor: Executor,
    client_filter: ClientFilter,
    sort: str,
    descending: bool,
    offset: int,
    limit: int,
    dense: bool = False,
) -> list[ClientRow]:
    """list_clients, with ``dense`` as for sort_expression."""
    key = sort_expression(executor, client_filter, sort, dense)
    statement = (
        list_statement(executor, client_filter)
        .order_by(*ordering(executor, sort, key, clients.c.id, descending))
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
    key = sort_expression(executor, client_filter, sort)
    ordered = list_statement(executor, client_filter).order_by(
        *ordering(executor, sort, key, clients.c.id, descending)
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
