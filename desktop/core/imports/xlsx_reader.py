"""Reading an XLSX workbook: cell values from calamine (a fast Rust reader); merged ranges,
formulas without a saved result and the data's extent from one scan of the sheet's XML."""

from __future__ import annotations

import itertools
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from desktop.core.common.errors import FileFormatError
from desktop.core.common.i18n import Context, translate
from desktop.core.imports.headers import Row, is_filled
from desktop.core.imports.table_source import (
    HEADER_SEARCH_ROWS,
    XLSX,
    SheetInfo,
    TableSource,
    format_error,
    headers_from,
    locked_error,
    require_data,
    take,
)
from desktop.core.imports.xlsx_scan import scan_sheet, sheet_paths

Import = Context("Import")  # lupdate files Import.tr(...) texts under "Import"

# What openpyxl and zipfile raise on a damaged workbook: a broken zip or deflate stream, an
# XML parse error (a SyntaxError subclass), a missing or malformed part.
_DAMAGED = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    SyntaxError,
    KeyError,
    ValueError,
    TypeError,
    IndexError,
    AttributeError,
    OSError,
)


# A used range beyond this many cells is a stray cell far away (XFD1048576): a dense reader
# would allocate it all, so such a sheet is streamed row by row instead.
MAX_DENSE_CELLS = 20_000_000
# Above this many cells, a used range mostly made of rows that are not in the file (a stray cell
# at Z700000 under a short list) is streamed too: read densely, calamine would allocate and
# convert all of it in one call that Cancel cannot interrupt.
SPARSE_CHECK_CELLS = 1_000_000


def _stream_sheet(cells: int, last_row: int, row_count: int) -> bool:
    """Whether to stream the sheet rather than read its used range densely."""
    return cells > MAX_DENSE_CELLS or (cells > SPARSE_CHECK_CELLS and last_row > 2 * row_count)


def open_xlsx(path: Path, sheet: str | None, no_header: bool = False) -> TableSource:
    """Cell values come from calamine (a fast Rust reader); merged ranges, formulas without
    a saved result and the data's extent from one scan of the sheet's XML."""
    from python_calamine import CalamineError, CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum

    try:
        archive = zipfile.ZipFile(path)
    except PermissionError:
        raise locked_error(path) from None
    except _DAMAGED as error:
        raise _damaged_error(path, error) from None
    try:
        try:
            workbook = CalamineWorkbook.from_path(str(path))
            sheets = tuple(
                SheetInfo(meta.name, meta.visible != SheetVisibleEnum.Visible)
                for meta in workbook.sheets_metadata
                if meta.typ == SheetTypeEnum.WorkSheet
            )
            paths = sheet_paths(archive)
        except PermissionError:
            raise locked_error(path) from None
        except (*_DAMAGED, CalamineError) as error:
            raise _damaged_error(path, error) from None
        table = _xlsx_table(path, archive, workbook, paths, sheets, sheet, no_header)
    except BaseException:
        archive.close()
        raise
    table._close = archive.close
    return table


def _damaged_error(path: Path, error: BaseException) -> FileFormatError:
    return format_error(
        translate(
            "Import",
            "The file {name} is damaged or not an Excel workbook ({error}). Open it in Excel "
            "and save it again, or export it again.",
        ),
        name=path.name,
        error=_reason(error),
    )


def _reason(error: BaseException) -> str:
    text = getattr(error, "strerror", None) or str(error) or type(error).__name__
    return str(text).strip("'\"")


def _xlsx_table(
    path: Path,
    archive: zipfile.ZipFile,
    workbook: Any,
    paths: dict[str, str],
    sheets: tuple[SheetInfo, ...],
    sheet: str | None,
    no_header: bool,
) -> TableSource:
    from python_calamine import CalamineError

    if not sheets:
        raise format_error(
            translate("Import", "The workbook {name} has no worksheets."), name=path.name
        )
    notices: list[str] = []
    if sheet is None:
        sheet = next((info.name for info in sheets if not info.hidden), sheets[0].name)
    elif not any(info.name == sheet for info in sheets):
        raise format_error(
            translate("Import", "The workbook has no sheet named '{sheet}'. Sheets: {sheets}."),
            sheet=sheet,
            sheets=", ".join(info.name for info in sheets),
        )
    if any(info.name == sheet and info.hidden for info in sheets):
        notices.append(
            translate("Import", "The sheet '{sheet}' is hidden in Excel.").format(sheet=sheet)
        )
    try:
        scan = scan_sheet(archive, paths[sheet])
    except _DAMAGED as error:
        raise _damaged_error(path, error) from None
    if _stream_sheet(scan.cells, scan.last_row, scan.row_count):
        row_source = _streamed_rows(path, sheet)
        estimated = scan.row_count
    else:
        try:
            values = workbook.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
        except CalamineError as error:
            raise _damaged_error(path, error) from None
        estimated = len(values)

        def row_source(first_row: int) -> Iterator[Row]:
            yield from itertools.islice(values, first_row - 1, None)

    top = list(take(row_source(1), HEADER_SEARCH_ROWS))
    if not any(any(is_filled(v) for v in row) for row in top):
        raise format_error(
            translate("Import", "The sheet '{sheet}' of {name} is empty."),
            sheet=sheet,
            name=path.name,
        )
    headers, header_row = headers_from(top, scan.merged_ranges, path, no_header)
    if scan.formulas_without_value:
        notices.append(
            Import.tr(
                "%n formula cells have no saved result and read as empty. "
                "Open the file in Excel and save it to store the results.",
                "",
                len(scan.formulas_without_value),
            )
        )
    table = TableSource(
        path=path,
        file_format=XLSX,
        headers=headers,
        header_row=header_row,
        estimated_rows=max(estimated - header_row, 1),
        sheets=sheets,
        sheet=sheet,
        notices=notices,
        formulas_without_value=frozenset(scan.formulas_without_value),
        _row_source=row_source,
    )
    require_data(table)
    return table


def _streamed_rows(path: Path, sheet: str) -> Callable[[int], Iterator[Row]]:
    """Rows from openpyxl's streaming reader, each only as wide as its own cells (the stated
    dimension is ignored, so one far-away cell costs one row, not a million empty ones)."""

    def row_source(first_row: int) -> Iterator[Row]:
        from openpyxl import load_workbook

        with path.open("rb") as stream:
            try:
                workbook = load_workbook(stream, read_only=True, data_only=True)
                worksheet = workbook[sheet]
                worksheet.reset_dimensions()
                yield from worksheet.iter_rows(min_row=first_row, values_only=True)
            except _DAMAGED as error:
                raise _damaged_error(path, error) from None

    return row_source
