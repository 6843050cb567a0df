"""Client segments (digital readiness): the choices offered by filters and dialogs."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import select

from desktop.core.common.i18n import translate
from desktop.core.common.lookup import find_named
from desktop.core.db.tables import segments

if TYPE_CHECKING:
    from desktop.core.db.engine import Executor


class SegmentRow(NamedTuple):
    id: int
    name: str
    description: str
    position: int


def list_segments(executor: Executor) -> list[SegmentRow]:
    """All segments in their configured order (position, then name)."""
    statement = select(
        segments.c.id, segments.c.name, segments.c.description, segments.c.position
    ).order_by(segments.c.position, segments.c.name, segments.c.id)
    return [SegmentRow(*row) for row in executor.execute(statement)]


def find_segment(executor: Executor, name: str) -> SegmentRow:
    """The segment of this name (case-insensitive); NotFoundError naming the segments otherwise."""
    message = translate("Segments", "There is no segment named '{name}'. Segments: {names}.")
    return find_named(list_segments(executor), name, lambda row: row.name, message)
