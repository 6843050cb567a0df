"""Client segments (digital readiness): the choices offered by filters and dialogs."""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.models import Segment


class SegmentRow(NamedTuple):
    id: int
    name: str
    description: str
    position: int


def list_segments(session: Session) -> list[SegmentRow]:
    """All segments in their configured order (position, then name)."""
    statement = select(Segment.id, Segment.name, Segment.description, Segment.position).order_by(
        Segment.position, Segment.name, Segment.id
    )
    return [SegmentRow(*row) for row in session.execute(statement)]
