"""A worksheet holding one real Excel table, written row by row (openpyxl write-only mode).

Write-only mode keeps memory flat for 100,000 rows, at one cost: column widths must be known
before the first row is written. They are taken from the header and the first rows (buffered),
which is what a reader sees first anyway.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import islice

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils.cell import get_column_letter
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from desktop.core.common.errors import OperationCancelled
from desktop.core.common.i18n import translate
from desktop.core.exports.xlsx.cells import date_format, safe_row

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

_SAMPLE_ROWS = 200
_MAX_WIDTH = 60
_REPORT_EVERY = 1000
_TITLE_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


@dataclass(frozen=True)
class ExportColumn:
    header: str
    number_format: str | None = None  # for numbers: "0%", "0.0", "#,##0"
    width: int | None = None  # in characters; None: from the header and the first rows


@dataclass
class Progress:
    """Reports ``done`` of ``total`` rows now and then and stops when cancelled."""

    total: int = 0
    report: ProgressCallback | None = None
    is_cancelled: CancelCheck | None = None
    done: int = 0

    def step(self) -> None:
        self.done += 1
        if self.done % _REPORT_EVERY == 0:
            self.check()

    def check(self) -> None:
        if self.is_cancelled is not None and self.is_cancelled():
            raise OperationCancelled(
                translate("Exports", "The export was cancelled; nothing was saved.")
            )
        if self.report is not None:
            self.report(self.done, max(self.total, self.done))


def sheet_title(name: str, taken: set[str]) -> str:
    """A valid, unique sheet title for ``name``: at most 31 characters, none of []:*?/\\."""
    base = _TITLE_FORBIDDEN.sub(" ", name).strip().strip("'") or "-"
    title, number = base[:31], 2
    while title.casefold() in taken:
        suffix = f" ({number})"
        title, number = base[: 31 - len(suffix)] + suffix, number + 1
    taken.add(title.casefold())
    return title


def write_table_sheet(
    workbook: Workbook,
    title: str,
    table_name: str,
    columns: Sequence[ExportColumn],
    rows: Iterable[Sequence[object]],
    language: str,
    progress: Progress | None = None,
) -> Worksheet:
    """Append a sheet with a header row and ``rows`` as an Excel table (filters, banding), the
    header frozen. ``table_name`` must be unique in the workbook (letters, digits, _)."""
    sheet = workbook.create_sheet(title)
    iterator = iter(rows)
    sample = list(islice(iterator, _SAMPLE_ROWS))
    _set_widths(sheet, columns, sample)
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    names = [_unique_header([c.header for c in columns], index) for index in range(len(columns))]
    header = []
    for name in names:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    formats = [(index, c.number_format) for index, c in enumerate(columns) if c.number_format]
    day_format = date_format(language)
    count = 0
    for row in _chain(sample, iterator):
        values = safe_row(sheet, row, day_format)
        if formats:
            values = _formatted(sheet, values, formats)
        sheet.append(values)
        count += 1
        if progress is not None:
            progress.step()
    add_excel_table(sheet, table_name, names, count)
    return sheet


def _chain(
    first: list[Sequence[object]], rest: Iterable[Sequence[object]]
) -> Iterable[Sequence[object]]:
    yield from first
    yield from rest


def _formatted(
    sheet: Worksheet, row: Sequence[object], formats: list[tuple[int, str]]
) -> list[object]:
    values = list(row)
    for index, number_format in formats:
        value = values[index]
        if isinstance(value, int | float) and not isinstance(value, bool):
            cell = WriteOnlyCell(sheet, value=value)
            cell.number_format = number_format
            values[index] = cell
    return values


def _set_widths(
    sheet: Worksheet, columns: Sequence[ExportColumn], sample: list[Sequence[object]]
) -> None:
    for index, column in enumerate(columns):
        width = column.width
        if width is None:
            longest = max((len(_shown(row[index])) for row in sample), default=0)
            width = max(len(column.header) + 4, longest + 2)  # room for the filter button
        sheet.column_dimensions[get_column_letter(index + 1)].width = min(width, _MAX_WIDTH)


def _shown(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.1f}"
    return str(value)


def add_excel_table(sheet: Worksheet, name: str, headers: Sequence[str], count: int) -> None:
    """Make the header and ``count`` rows below it an Excel table named ``name``."""
    # An Excel table gives the header style, banding and the filter buttons. It needs at least
    # one data row to be valid, so an empty list gets a plain filter on the header instead.
    ref = f"A1:{get_column_letter(len(headers))}{count + 1}"
    if not count:
        sheet.auto_filter.ref = ref
        return
    table = Table(displayName=name, ref=ref, autoFilter=AutoFilter(ref=ref))
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    table.tableColumns = [
        TableColumn(id=index, name=header) for index, header in enumerate(headers, start=1)
    ]
    with warnings.catch_warnings():
        # openpyxl warns that write-only tables need their columns set: they are, above.
        warnings.simplefilter("ignore", UserWarning)
        sheet.add_table(table)


def _unique_header(headers: list[str], index: int) -> str:
    # Excel repairs a file whose table has two columns of one name; number the later ones.
    name = headers[index]
    earlier = sum(1 for other in headers[:index] if other.casefold() == name.casefold())
    return name if not earlier else f"{name} ({earlier + 1})"
