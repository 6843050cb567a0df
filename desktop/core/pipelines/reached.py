"""The stages a client ever really reached, kept on its enrollment as ",3,5,7,".

Enrolling starts the set with the first stage, a move adds its stage in the same statement that
moves the client, and an undo rebuilds the set from the client's real history (the move it takes
back no longer counts). The funnel then reads one column instead of replaying every history,
and the client list's "reached stage" filter picks the clients a funnel bar counts from it.

Core only (no ORM): the client list uses it, and the list must not wait for the ORM to load.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, String, case, cast, false, literal, or_

from desktop.core.common.vocab import StageKind
from desktop.core.db.tables import enrollments


def reached_text(stage_ids: Iterable[int]) -> str:
    """The stored form of a set of stage ids, in the order given (duplicates dropped)."""
    unique = list(dict.fromkeys(stage_ids))
    return "," + "".join(f"{stage_id}," for stage_id in unique)


@lru_cache(maxsize=10_000)  # counting meets the same few sets over and over
def parse_reached(text: str | None) -> frozenset[int]:
    """The stage ids of a stored set (empty for '' or ',')."""
    return frozenset(int(part) for part in (text or "").split(",") if part)


def _marker(stage_id: int) -> str:
    return f",{stage_id},"


def with_stage(stage_id: int) -> ColumnElement[Any]:
    """SQL for the enrollment's set with ``stage_id`` added (unchanged when already in it)."""
    column = enrollments.c.reached_stages
    marker = _marker(stage_id)
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


def reached_any(stage_ids: Iterable[int]) -> ColumnElement[bool]:
    """SQL true for an enrollment that really reached at least one of these stages."""
    column = enrollments.c.reached_stages
    conditions = [column.contains(_marker(i), autoescape=True) for i in sorted(set(stage_ids))]
    return or_(*conditions) if conditions else false()


def counted_stages(stages: Sequence[tuple[int, StageKind]], stage_id: int) -> list[int]:
    """The stages a client must have reached one of to count in the funnel bar of ``stage_id``.

    ``stages`` are the project's active stages in pipeline order as (id, kind). For an open or
    won stage: it and every later stage that is not lost (a client moved straight from
    "Informed" to "Active" has passed "Invited"); for a lost stage, or one not among them, only
    itself. This is the funnel's "reached or beyond" of pipelines/stats.py."""
    kinds = dict(stages)
    if kinds.get(stage_id, StageKind.LOST) == StageKind.LOST:
        return [stage_id]
    ids = [i for i, _kind in stages]
    return [i for i in ids[ids.index(stage_id) :] if kinds[i] != StageKind.LOST]
