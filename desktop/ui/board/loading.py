"""Reading the board for a project and filter: what a worker returns to the board view."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.core.db import Database
from desktop.core.services.board import BoardCard, BoardFilter, stage_counts
from desktop.core.services.board_pages import PAGE_SIZE, PagePosition, first_pages, next_page
from desktop.core.services.projects import StageRow, list_stages
from desktop.core.services.stalled import local_today


@dataclass(frozen=True)
class BoardSnapshot:
    project_id: int
    filters: BoardFilter
    stages: list[StageRow]
    pages: dict[int, list[BoardCard]]
    counts: dict[int, int]
    today: date


def read_board(
    database: Database, project_id: int, filters: BoardFilter, page_size: int = PAGE_SIZE
) -> BoardSnapshot:
    """The stages, their counts and the first page of cards of each; runs on a worker."""
    today = filters.today or local_today()
    with database.session() as session:
        stages = list_stages(session, project_id)
        counts = stage_counts(session, project_id, filters)
        pages = first_pages(session, project_id, filters, page_size)
    return BoardSnapshot(project_id, filters, stages, pages, counts, today)


class PageReader:
    """Reads a column's next page when its view scrolls to the end (quick: keyset paging)."""

    def __init__(self, database: Database, project_id: int, filters: BoardFilter) -> None:
        self.database = database
        self.project_id = project_id
        self.filters = filters

    def __call__(self, stage_id: int, after: PagePosition) -> list[BoardCard]:
        with self.database.session() as session:
            return next_page(session, self.project_id, stage_id, after, self.filters)
