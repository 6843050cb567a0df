"""Cell values that show exactly as typed: text never runs as a formula in the user's Excel.

openpyxl stores a string starting with "=" as a formula; Excel treats text starting with "+",
"-" or "@" as one when the user edits the cell, and a leading tab or carriage return is a known
injection trick. Such values are written as text cells with Excel's quote prefix (the apostrophe
Excel itself shows), so they stay text even after an edit. Control characters, which the file
format cannot hold, show as a replacement character.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.worksheet.worksheet import Worksheet

RISKY_START = ("=", "+", "-", "@", "\t", "\r", "#")


def date_format(language: str) -> str:
    """The date format of exported cells: Dutch day-month-year, else ISO."""
    return "dd-mm-yyyy" if language == "nl" else "yyyy-mm-dd"


def is_risky_text(value: object) -> bool:
    return isinstance(value, str) and (
        value.startswith(RISKY_START) or ILLEGAL_CHARACTERS_RE.search(value) is not None
    )


def text_cell(sheet: Worksheet, value: str) -> WriteOnlyCell:
    """A cell that holds ``value`` as text whatever it starts with."""
    cell = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("\ufffd", value))
    cell.data_type = "s"
    if value.startswith(RISKY_START):
        cell.quotePrefix = True
    return cell


def date_cell(sheet: Worksheet, value: date, day_format: str) -> WriteOnlyCell:
    """A date (or a moment, shown to the minute in local time) in the language's format."""
    if isinstance(value, datetime):
        local = value.astimezone().replace(tzinfo=None) if value.tzinfo else value
        cell = WriteOnlyCell(sheet, value=local)
        cell.number_format = f"{day_format} hh:mm"
    else:
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = day_format
    return cell


def safe_row(sheet: Worksheet, row: Sequence[object], day_format: str) -> Sequence[object]:
    """The row ready for a write-only ``append``: risky text as text cells, dates formatted.

    Plain values go in as they are (a cell object per value would make a 100,000-row export
    half again as slow); only the values that need it become cells.
    """
    out: list[object] | None = None
    for index, value in enumerate(row):
        if isinstance(value, str):
            if not is_risky_text(value):
                continue
            replacement: object = text_cell(sheet, value)
        elif isinstance(value, date):
            replacement = date_cell(sheet, value, day_format)
        else:
            continue
        if out is None:
            out = list(row)
        out[index] = replacement
    return row if out is None else out
