"""Reading the board for a project and filter, and further pages of a column, on workers."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import date

from desktop.core.db.engine import Database
from desktop.core.db.interrupt import interruptible
from desktop.core.pipelines.board import (
    BoardCard,
    BoardFilter,
    board_cards,
    counts_scan,
    first_pages,
    stage_cards,
    stage_counts,
)
from desktop.core.pipelines.stages import StageRow, list_stages
from desktop.core.pipelines.stalled import local_today

CancelCheck = Callable[[], bool]
PAGE_SIZE = 100  # cards per column read at once: a screen shows about ten, Qt lays out all


@dataclass(frozen=True)
class BoardSnapshot:
    project_id: int
    filters: BoardFilter
    stages: list[StageRow]
    pages: dict[int, list[BoardCard]]
    counts: dict[int, int]
    today: date
    # Stages whose full first page is all their count says: at least that many (count_board).
    uncounted: frozenset[int] = frozenset()


UNFILTERED = BoardFilter()

# Counting and reading cards are two independent scans; SQLite runs them side by side (the
# driver lets go of the GIL while a query runs), which nearly halves the wait at 100,000.
_counter = ThreadPoolExecutor(max_workers=1, thread_name_prefix="board-counts")


def _never() -> bool:
    return False


def read_board(
    database: Database,
    project_id: int,
    filters: BoardFilter,
    page_size: int | None = None,
    is_cancelled: CancelCheck = _never,
) -> BoardSnapshot:
    """The stages, their counts and the first page of cards of each; runs on a worker.

    A search that scans (too short for the trigram index) stops once ``is_cancelled()``: the
    next keystroke's search is under way and needs the processor.
    """
    page_size = page_size or PAGE_SIZE
    today = filters.today or local_today()
    if replace(filters, today=None) == UNFILTERED:
        with database.session() as session:
            stages = list_stages(session, project_id)
            # Unfiltered, the counts come off the (project, stage) index in a few ms; with
            # them each column reads its first page the cheaper way (stage_cards).
            counts = stage_counts(session, project_id, filters)
            firsts = first_pages(session, project_id, filters, page_size, counts)
            pages = {stage.id: firsts.get(stage.id, []) for stage in stages}
        return BoardSnapshot(project_id, filters, stages, pages, counts, today)
    with database.session() as session, interruptible(session, is_cancelled):
        if counts_scan(session, filters):
            # Counting reads every enrollment here: the cards come first, the counts after
            # (count_board), as the client list's search does.
            stages = list_stages(session, project_id)
            pages = board_cards(session, project_id, filters, limit_per_stage=page_size)
            least = {stage_id: len(cards) for stage_id, cards in pages.items()}
            full = frozenset(stage_id for stage_id, n in least.items() if n >= page_size)
            return BoardSnapshot(project_id, filters, stages, pages, least, today, full)
    counting = _counter.submit(count_board, database, project_id, filters)
    with database.session() as session:
        stages = list_stages(session, project_id)
        pages = board_cards(session, project_id, filters, limit_per_stage=page_size)
    return BoardSnapshot(project_id, filters, stages, pages, counting.result(), today)


def count_board(
    database: Database, project_id: int, filters: BoardFilter, is_cancelled: CancelCheck = _never
) -> dict[int, int]:
    """The cards per stage under these filters; runs on a worker, stops once cancelled."""
    with database.session() as session, interruptible(session, is_cancelled):
        return stage_counts(session, project_id, filters)


class PageReader:
    """Reads a column's next page (the column model runs it on a worker as it scrolls)."""

    def __init__(self, database: Database, project_id: int, filters: BoardFilter) -> None:
        self.database = database
        self.project_id = project_id
        self.filters = filters

    def for_stage(self, stage_id: int) -> Callable[[int], list[BoardCard]]:
        """The page loader of one column: its cards from an offset on."""
        return lambda offset: self.read(stage_id, offset)

    def read(self, stage_id: int, offset: int) -> list[BoardCard]:
        with self.database.session() as session:
            return stage_cards(
                session, self.project_id, stage_id, self.filters, offset=offset, limit=PAGE_SIZE
            )
