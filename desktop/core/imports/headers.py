"""Finding the header row of an export and naming its columns (also merged, two-level ones)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from openpyxl.utils.cell import get_column_letter, range_boundaries

from desktop.core.common.i18n import translate

Row = tuple[Any, ...]
_NUMBER_LIKE = re.compile(r"^[\s\d.,+\-/:]+$")


def is_filled(value: object) -> bool:
    """A cell with something in it (blank text counts as empty)."""
    return value is not None and not (isinstance(value, str) and not value.strip())


def _is_header_text(value: object) -> bool:
    if not isinstance(value, str):
        return False
    text = value.strip()
    return bool(text) and "@" not in text and not _NUMBER_LIKE.match(text)


def find_header_row(rows: Sequence[Row]) -> int | None:
    """Index of the header row among the first rows: the first row that is at least half as
    wide as the widest row and holds only labels (a title row or blank rows above are skipped)."""
    widths = [sum(1 for value in row if is_filled(value)) for row in rows]
    if not widths or max(widths) == 0:
        return None
    needed = max(2, (max(widths) + 1) // 2) if max(widths) > 1 else 1
    for index, row in enumerate(rows):
        filled = [value for value in row if is_filled(value)]
        if len(filled) >= needed and all(_is_header_text(value) for value in filled):
            return index
    return None


def header_names(
    top: Sequence[Row], merged: Sequence[str], header_row: int
) -> tuple[tuple[str, ...], int]:
    """The column names from the header row (1-based) and the last row of the header block.

    A header cell merged downwards makes a two-level header ("Contactpersoon" over "Voornaam"
    and "Achternaam"): its parts are joined and the block ends at the merge's last row. Empty
    cells inside a merged range take the range's text."""
    ranges = [range_boundaries(ref) for ref in merged]
    # A header cell merged downwards makes a two-level header: the block ends at its last row.
    last_row = max([r2 for c1, r1, c2, r2 in ranges if r1 == header_row] + [header_row])
    last_row = min(last_row, len(top))

    def text_at(row: int, column: int) -> str:
        for c1, r1, c2, r2 in ranges:
            if r1 <= row <= r2 and c1 <= column <= c2:
                row, column = r1, c1
                break
        values = top[row - 1] if row - 1 < len(top) else ()
        value = values[column - 1] if column - 1 < len(values) else None
        return _header_cell_text(value)

    width = max(
        (c for r in range(header_row, last_row + 1) for c in _filled_columns(top[r - 1])),
        default=0,
    )
    headers: list[str] = []
    for column in range(1, width + 1):
        parts: list[str] = []
        for row in range(header_row, last_row + 1):
            text = text_at(row, column)
            if text and (not parts or parts[-1] != text):
                parts.append(text)
        headers.append(" ".join(parts))
    return _unique_headers(headers), last_row


def _filled_columns(row: Row) -> list[int]:
    return [index for index, value in enumerate(row, start=1) if is_filled(value)]


def _header_cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return value.strftime("%d-%m-%Y")
    return " ".join(str(value).split())


def _unique_headers(headers: list[str]) -> tuple[str, ...]:
    result: list[str] = []
    seen: dict[str, int] = {}
    for column, header in enumerate(headers, start=1):
        name = header or translate("Import", "Column {letter}").format(
            letter=get_column_letter(column)
        )
        key = name.casefold()
        seen[key] = seen.get(key, 0) + 1
        result.append(name if seen[key] == 1 else f"{name} ({seen[key]})")
    return tuple(result)
