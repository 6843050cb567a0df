"""An opened export as a table (headers plus numbered data rows), shared by the CSV and XLSX
readers, and the header-row rules they both follow."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.common.errors import FileFormatError, OperationCancelled
from desktop.core.common.i18n import translate
from desktop.core.imports.headers import Row, find_header_row, header_names, is_filled

CSV, XLSX = "csv", "xlsx"
HEADER_SEARCH_ROWS = 30
CANCEL_CHECK_ROWS = 4096


@dataclass(frozen=True)
class SheetInfo:
    name: str
    hidden: bool


@dataclass
class TableSource:
    """An opened export. ``rows()`` yields (row number as the user sees it, values)."""

    path: Path
    file_format: str
    headers: tuple[str, ...]
    header_row: int
    estimated_rows: int
    sheets: tuple[SheetInfo, ...] = ()
    sheet: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    notices: list[str] = field(default_factory=list)
    # (row, column index) of formula cells saved without a result: they read as empty.
    formulas_without_value: frozenset[tuple[int, int]] = frozenset()
    # Asked every few thousand rows, blank ones included, while rows() reads: a sheet with a
    # million empty (formatted) rows then still honours Cancel. True raises OperationCancelled.
    is_cancelled: Callable[[], bool] | None = None
    _row_source: Callable[[int], Iterator[Row]] | None = None
    _close: Callable[[], None] | None = None

    def rows(self) -> Iterator[tuple[int, Row]]:
        """The non-blank data rows below the header, numbered as in Excel (1-based)."""
        assert self._row_source is not None
        number = self.header_row
        is_cancelled = self.is_cancelled
        for values in self._row_source(self.header_row + 1):
            number += 1
            if is_cancelled is not None and not number % CANCEL_CHECK_ROWS and is_cancelled():
                raise OperationCancelled(translate("Import", "The import was cancelled."))
            if _any_filled(values):
                yield number, values

    def samples(self, count: int = 50) -> list[Row]:
        """The first data rows' values, for suggesting a mapping from the content."""
        return [values for _number, values in itertools.islice(self.rows(), count)]

    def close(self) -> None:
        if self._close is not None:
            self._close()
            self._close = None

    def __enter__(self) -> TableSource:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _any_filled(values: Row) -> bool:
    # A plain loop that stops at the first filled cell: this runs for every row of the file.
    for value in values:
        if value is not None and (value.__class__ is not str or value.strip()):
            return True
    return False


def format_error(message: str, **values: object) -> FileFormatError:
    """The translated message with its values filled in."""
    return FileFormatError(message.format(**values))


def locked_error(path: Path) -> FileFormatError:
    """Windows refuses to let us read a file that Excel has open for editing."""
    return format_error(
        translate(
            "Import",
            "The file {name} cannot be read: another program (Excel?) has locked it. "
            "Close it there and try again.",
        ),
        name=path.name,
    )


def take(rows: Iterator[Row], count: int) -> Iterator[Row]:
    for index, row in enumerate(rows):
        if index >= count:
            return
        yield row


def require_data(table: TableSource) -> None:
    if next(table.rows(), None) is None:
        raise format_error(
            translate("Import", "The file {name} has column headers but no rows with data."),
            name=table.path.name,
        )


def headers_from(
    top: Sequence[Row], merged: Sequence[str], path: Path, no_header: bool = False
) -> tuple[tuple[str, ...], int]:
    if no_header:
        width = max((len(row) for row in top), default=0)
        while width and not any(len(row) >= width and is_filled(row[width - 1]) for row in top):
            width -= 1
        names = tuple(
            translate("Import", "Column {number}").format(number=n) for n in range(1, width + 1)
        )
        return names, 0
    index = find_header_row(top)
    if index is None:
        raise format_error(
            translate(
                "Import",
                "No row with column headers was found in the first {count} rows of {name}.",
            ),
            count=HEADER_SEARCH_ROWS,
            name=path.name,
        )
    return header_names(top, merged, index + 1)
