"""The stages a client ever really reached, kept on its enrollment as ",3,5,7,".

Enrolling starts the set with the first stage, a move adds its stage in the same statement that
moves the client, and an undo rebuilds the set from the client's real history (the move it takes
back no longer counts). The funnel then reads one column instead of replaying every history.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, String, case, cast, literal

from desktop.core.db.models import Enrollment


def reached_text(stage_ids: Iterable[int]) -> str:
    """The stored form of a set of stage ids, in the order given (duplicates dropped)."""
    unique = list(dict.fromkeys(stage_ids))
    return "," + "".join(f"{stage_id}," for stage_id in unique)


@lru_cache(maxsize=10_000)  # counting meets the same few sets over and over
def parse_reached(text: str | None) -> frozenset[int]:
    """The stage ids of a stored set (empty for '' or ',')."""
    return frozenset(int(part) for part in (text or "").split(",") if part)


def with_stage(stage_id: int) -> ColumnElement[Any]:
    """SQL for the enrollment's set with ``stage_id`` added (unchanged when already in it)."""
    column = Enrollment.reached_stages
    marker = f",{stage_id},"
    return case(
        (column.contains(marker, autoescape=True), column),
        (column.in_(["", ","]), literal(marker)),
        else_=column + cast(literal(f"{stage_id},"), String()),
    )


def replay_reached(history: Sequence[Any], undone: Container[int] = frozenset()) -> str:
    """The set from one client's transitions in time order (rows with id, to_stage_id,
    reverts_id): undos, the moves they took back and ``undone`` ids are left out."""
    taken_back = {row.reverts_id for row in history if row.reverts_id is not None}
    return reached_text(
        row.to_stage_id
        for row in history
        if row.reverts_id is None and row.id not in taken_back and row.id not in undone
    )
