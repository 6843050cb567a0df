"""The client list as a windowed table model over immutable rows from core selects.

Rows are fetched in blocks by offset when the view asks for them (on a worker; a row shows
"…" for the moment it takes), and kept in a small cache.
Sorting and filtering re-query SQL (house rule 4): no proxy model, no ORM objects.

A new filter or sort loads its first block on a worker, and its count after it (a scan of
all clients: ~35 ms at 300k), so typing never waits for the database; the rows on screen stay
until the new ones are in, and answers to superseded queries are dropped.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from sqlalchemy import Connection

from desktop.core.clients.listing import (
    DEFAULT_SORT,
    ClientFilter,
    ClientRow,
    client_column_labels,
    count_clients,
    list_clients,
)
from desktop.core.clients.search_page import ClientPage, first_page
from desktop.core.common.vocab import client_type_label
from desktop.core.db.engine import Database
from desktop.ui.common.locale_format import moment_text
from desktop.ui.common.workers import LatestWork
from desktop.ui.shell.error_handler import show_error

BLOCK_SIZE = 200
MAX_CACHED_BLOCKS = 50  # 10,000 rows: plenty for scrolling back and forth, bounded memory
MAX_QUEUED_BLOCKS = 4  # a screen shows at most two blocks; older wishes were scrolled past
CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole

Index = QModelIndex | QPersistentModelIndex

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_CLIENT_ID = CLIENT_ID_ROLE
_HANDLED_ROLES = frozenset({_DISPLAY, _TOOLTIP, _FOREGROUND, Qt.ItemDataRole.FontRole, _CLIENT_ID})


class Column(NamedTuple):
    sort_key: str
    header: str
    value: Callable[[ClientRow], str]


class Query(NamedTuple):
    client_filter: ClientFilter
    sort_key: str
    descending: bool


class ClientTableModel(QAbstractTableModel):
    """Rows of ``list_clients`` for a filter and sort; after set_filter/sort/reload the new
    rows arrive with ``modelReset`` followed by ``reloaded(count)`` (``loading`` until then).

    A new list, or a search too short for the trigram index, shows its first rows before all
    its clients are counted (a scan of every client); ``counting`` is true until the count is
    in, which adds the other rows and emits ``counted(count)``.
    """

    reloaded = Signal(int)
    counted = Signal(int)

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.columns = self._columns()
        self._wanted = Query(ClientFilter(), DEFAULT_SORT, False)
        self._shown = self._wanted
        self._first_page = LatestWork(self)  # of the newest query asked for
        self._block = LatestWork(self)  # a block of the shown query; superseded with it
        self._counting = LatestWork(self)  # the count of the shown query, when it came later
        self.counting = False
        self._queued: OrderedDict[int, None] = OrderedDict()  # blocks wanted, latest last
        self._block_loading: int | None = None
        self.loading = False
        self._count = 0
        self._blocks: OrderedDict[int, list[ClientRow]] = OrderedDict()
        self._archived_brush = QBrush(QColor("#8a96a8"))
        self._archived_font = QFont()
        self._archived_font.setItalic(True)

    def _columns(self) -> list[Column]:
        def text(value: str | None) -> str:
            return value or ""

        label = client_column_labels()  # the same headers as the Excel export

        return [
            Column("client_number", label["client_number"], lambda row: row.client_number),
            Column("name", label["name"], lambda row: row.name),
            Column(
                "client_type", label["client_type"], lambda row: client_type_label(row.client_type)
            ),
            Column("segment", label["segment"], lambda row: text(row.segment_name)),
            Column("champion", label["champion"], lambda row: text(row.champion_name)),
            Column("contact_person", label["contact_person"], lambda row: text(row.contact_person)),
            Column("email", label["email"], lambda row: text(row.email)),
            Column("phone", label["phone"], lambda row: text(row.phone)),
            Column("postcode", label["postcode"], lambda row: text(row.postcode)),
            Column("city", label["city"], lambda row: text(row.city)),
            Column("kvk_number", label["kvk_number"], lambda row: text(row.kvk_number)),
            Column("updated_at", label["updated_at"], lambda row: moment_text(row.updated_at)),
        ]

    # -- what is shown ------------------------------------------------------------------------

    @property
    def client_filter(self) -> ClientFilter:
        return self._wanted.client_filter

    @property
    def sort_column(self) -> int:
        return self.column_of(self._wanted.sort_key)

    @property
    def descending(self) -> bool:
        return self._wanted.descending

    @property
    def shown_query(self) -> Query:
        """The filter and sort of the rows on screen (what row positions refer to)."""
        return self._shown

    def column_of(self, sort_key: str) -> int:
        return next(i for i, column in enumerate(self.columns) if column.sort_key == sort_key)

    def set_filter(self, client_filter: ClientFilter) -> None:
        if client_filter != self._wanted.client_filter:
            self._wanted = self._wanted._replace(client_filter=client_filter)
            self._load()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        wanted = self._wanted._replace(
            sort_key=self.columns[column].sort_key,
            descending=order == Qt.SortOrder.DescendingOrder,
        )
        if wanted != self._wanted:
            self._wanted = wanted
            self._load()

    def reload(self) -> None:
        """Load the wanted filter and sort again after a data change, in the background."""
        self._load()

    def _load(self) -> None:
        query = self._wanted
        # The rows come first and their count after (a scan of every client: ~35 ms at
        # 300,000, the start-up's longest query), except when the list on screen is reloaded
        # (a change was saved): counted with its rows, it keeps its length and scroll position.
        count = query == self._shown and self._count > 0 and not query.client_filter.search.strip()
        self._counting.supersede()  # a count of the rows shown until now
        self.loading = True
        self._first_page.run(
            lambda _progress, _cancelled: self._query_first_page(query, count),
            self._on_first_page,
            self._on_failed,
        )

    def _query_first_page(self, query: Query, count: bool) -> tuple[Query, ClientPage]:
        """Runs on a worker thread with its own connection."""
        with self.database.connect() as connection:
            page = first_page(
                connection,
                query.client_filter,
                query.sort_key,
                query.descending,
                BLOCK_SIZE,
                count=count,
            )
        return query, page

    def _on_first_page(self, result: tuple[Query, ClientPage]) -> None:
        query, page = result
        self.beginResetModel()
        self._shown = query
        self._block.supersede()  # blocks of the query shown until now
        self._counting.supersede()
        self._block_loading = None
        self._queued.clear()
        self._blocks.clear()
        self._blocks[0] = page.rows
        self._count = page.total
        self.loading = False
        self.counting = not page.counted
        self.endResetModel()
        self.reloaded.emit(self._count)
        if not page.counted:
            self._counting.run(
                lambda _progress, _cancelled: self._query_count(query),
                self._on_counted,
                self._on_failed,
            )

    def _query_count(self, query: Query) -> int:
        """Runs on a worker thread with its own connection."""
        with self.database.connect() as connection:
            return count_clients(connection, query.client_filter)

    def _on_counted(self, count: int) -> None:
        self.counting = False
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        elif count < self._count:  # fewer than the page: clients were archived meanwhile
            self.beginRemoveRows(QModelIndex(), count, self._count - 1)
            self._count = count
            self.endRemoveRows()
        self.counted.emit(self._count)

    def _on_failed(self, error: BaseException) -> None:
        self.loading = False
        show_error(None, error)

    def _fetch(self, connection: Connection, query: Query, block: int) -> list[ClientRow]:
        return list_clients(
            connection,
            query.client_filter,
            sort=query.sort_key,
            descending=query.descending,
            offset=block * BLOCK_SIZE,
            limit=BLOCK_SIZE,
        )

    # -- rows ---------------------------------------------------------------------------------

    def row_at(self, row: int) -> ClientRow | None:
        """The client on a row; None outside the list or while its block is being fetched
        (the view is told with dataChanged when it arrives)."""
        if not 0 <= row < self._count:
            return None
        block, position = divmod(row, BLOCK_SIZE)
        rows = self._blocks.get(block)
        if rows is None:
            self._want_block(block)
            return None
        self._blocks.move_to_end(block)
        # The data may have shrunk since the count (another PC archived clients).
        return rows[position] if position < len(rows) else None

    def _want_block(self, block: int) -> None:
        # A deep block sorted on a column without an index costs a sort of every row (~0.4 s
        # at 100k), so blocks load on a worker, one at a time, the latest wish first; wishes
        # the user has scrolled past are forgotten.
        if self._block_loading == block:
            return
        self._queued[block] = None
        self._queued.move_to_end(block)
        while len(self._queued) > MAX_QUEUED_BLOCKS:
            self._queued.popitem(last=False)
        self._load_next_block()

    def _load_next_block(self) -> None:
        if self._block_loading is not None or not self._queued:
            return
        block, _ = self._queued.popitem()
        query = self._shown
        self._block_loading = block
        self._block.run(
            lambda _progress, _cancelled: self._query_block(query, block),
            self._on_block,
            self._on_block_failed,
        )

    def _query_block(self, query: Query, block: int) -> tuple[int, list[ClientRow]]:
        """Runs on a worker thread with its own connection."""
        with self.database.connect() as connection:
            return block, self._fetch(connection, query, block)

    def _on_block(self, result: tuple[int, list[ClientRow]]) -> None:
        block, rows = result
        self._block_loading = None
        self._blocks[block] = rows
        if len(self._blocks) > MAX_CACHED_BLOCKS:
            self._blocks.popitem(last=False)
        first, last = block * BLOCK_SIZE, min((block + 1) * BLOCK_SIZE, self._count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))
        self._load_next_block()

    def _on_block_failed(self, error: BaseException) -> None:
        self._block_loading = None
        self._queued.clear()
        show_error(None, error)

    def row_of_client(self, client_id: int) -> int | None:
        """The row of a client among the fetched rows (None when not fetched or not shown)."""
        for block, rows in self._blocks.items():
            for position, row in enumerate(rows):
                if row.id == client_id:
                    return block * BLOCK_SIZE + position
        return None

    # -- QAbstractTableModel ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called ~1,800 times per repaint of the table, so the common answers come first.
        if role not in _HANDLED_ROLES:
            return None
        row = self.row_at(index.row())  # an invalid index has row -1: None
        if row is None:
            loading = role == _DISPLAY and index.column() == 1 and index.row() < self._count
            return "…" if loading and index.row() >= 0 else None
        if role in (_DISPLAY, _TOOLTIP):
            return self.columns[index.column()].value(row)
        if role == _CLIENT_ID:
            return row.id
        if not row.archived:
            return None
        return self._archived_brush if role == _FOREGROUND else self._archived_font

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None
