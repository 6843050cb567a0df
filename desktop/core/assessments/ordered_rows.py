"""Editable ordered lists with defaults per language (the intervention library, the
questionnaire): saving a whole list at once, and seeding the defaults."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import Column, Table, delete, insert, select, update

from desktop.core.common.errors import ValidationError
from desktop.core.common.i18n import LANGUAGES
from desktop.core.common.validation import check_length, clean_text

if TYPE_CHECKING:
    from desktop.core.db.engine import Executor

Values = dict[str, Any]


def clean_texts(texts: Sequence[str | None], column: Column[Any], empty: str) -> list[str]:
    """The texts trimmed and checked against ``column``'s length; ValidationError with ``empty``
    (which may name the line: ``{number}``) for an empty one."""
    cleaned = []
    for number, text in enumerate(texts, start=1):
        value = clean_text(text)
        if not value:
            raise ValidationError(empty.format(number=number), column.name)
        check_length(value, column)
        cleaned.append(value)
    return cleaned


def replace_rows(
    executor: Executor, table: Table, rows: Sequence[tuple[int | None, Values]]
) -> None:
    """Make ``table`` exactly ``rows`` in this order (``position``): known ids are updated, new
    rows (id None) added, the others removed (``before_delete`` may clear what refers to them)."""
    keep = {row_id for row_id, _ in rows if row_id is not None}
    existing = set(executor.scalars(select(table.c.id)))
    gone = existing - keep
    if gone:
        executor.execute(delete(table).where(table.c.id.in_(gone)))
    for position, (row_id, values) in enumerate(rows):
        values = {**values, "position": position}
        if row_id is not None and row_id in existing:
            executor.execute(update(table).where(table.c.id == row_id).values(values))
        else:
            executor.execute(insert(table).values(values))


def seed_rows(
    executor: Executor,
    table: Table,
    current: list[tuple[Any, ...]],
    defaults: Callable[[str], list[tuple[Any, ...]]],
    fields: tuple[str, ...],
    language: str,
) -> None:
    """Store ``defaults(language)`` when the list is empty, or still exactly the defaults of a
    language (an office choosing its language); an edited list is left alone."""
    if current and not any(current == defaults(other) for other in LANGUAGES):
        return
    executor.execute(delete(table))
    executor.execute(
        insert(table),
        [
            {**dict(zip(fields, row, strict=True)), "position": position}
            for position, row in enumerate(defaults(language))
        ],
    )
