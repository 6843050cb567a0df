"""The board's reads on workers: the newest filters' cards, then (for a search that scans)
their counts; a newer read drops and stops the older one."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.core.db.engine import Database
from desktop.core.pipelines.board import BoardFilter
from desktop.ui.board.loading import BoardSnapshot, count_board, read_board
from desktop.ui.common.workers import LatestWork


class BoardReader(QObject):
    loaded = Signal(object)  # BoardSnapshot
    counted = Signal(object)  # stage id -> count, for the snapshot loaded last
    failed = Signal(object)  # the exception

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._loading = LatestWork(self)  # the latest read; older ones are dropped
        self._counting = LatestWork(self)  # the counts of the snapshot shown, when they lag
        self._counted: BoardSnapshot | None = None  # the snapshot being counted

    def read(self, project_id: int, filters: BoardFilter) -> None:
        """Read the board for these filters (on a worker), superseding any read under way."""
        self.supersede()
        database = self.database
        self._loading.run(
            lambda _progress, cancelled: read_board(
                database, project_id, filters, is_cancelled=cancelled
            ),
            self._on_loaded,
            self.failed.emit,
        )

    def supersede(self) -> None:
        """Drop (and stop) the reads under way: the filters or the cards changed meanwhile."""
        self._loading.supersede()
        self._counting.supersede()

    def cards_changed(self) -> None:
        """Cards moved or changed: counts under way may no longer hold; count afresh."""
        if self._counting.running and self._counted is not None:
            self._count(self._counted)

    def _on_loaded(self, snapshot: BoardSnapshot) -> None:
        self.loaded.emit(snapshot)
        if snapshot.uncounted:
            self._count(snapshot)

    def _count(self, snapshot: BoardSnapshot) -> None:
        self._counted = snapshot
        database, project_id, filters = self.database, snapshot.project_id, snapshot.filters
        self._counting.run(
            lambda _progress, cancelled: count_board(database, project_id, filters, cancelled),
            self.counted.emit,
            self.failed.emit,
        )
