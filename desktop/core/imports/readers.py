"""Read a CSV or XLSX export as a table: headers plus numbered data rows.

The format is recognised from the content, not the name, so a renamed or damaged file gets a
clear message instead of a parser traceback. Rows stream (XLSX in openpyxl's read-only mode), so
a 100,000-row file never sits in memory twice.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
import stat
import zipfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.common.errors import FileFormatError
from desktop.core.common.i18n import Context, translate
from desktop.core.imports.headers import Row, find_header_row, header_names, is_filled
from desktop.core.imports.xlsx_scan import scan_sheet, sheet_paths

Import = Context("Import")  # lupdate files Import.tr(...) texts under "Import"

CSV, XLSX = "csv", "xlsx"
HEADER_SEARCH_ROWS = 30
DELIMITERS = (";", ",", "\t")
_ZIP_MAGIC = b"PK\x03\x04"
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted OOXML and old .xls
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# A CSV is read into memory whole; a client list of 5,000 rows is a few megabytes.
MAX_CSV_BYTES = 500 * 1024 * 1024
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
    _row_source: Callable[[int], Iterator[Row]] | None = None
    _close: Callable[[], None] | None = None

    def rows(self) -> Iterator[tuple[int, Row]]:
        """The non-blank data rows below the header, numbered as in Excel (1-based)."""
        assert self._row_source is not None
        number = self.header_row
        for values in self._row_source(self.header_row + 1):
            number += 1
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


def _error(message: str, **values: object) -> FileFormatError:
    """The translated message with its values filled in."""
    return FileFormatError(message.format(**values))


def _locked_error(path: Path) -> FileFormatError:
    """Windows refuses to let us read a file that Excel has open for editing."""
    return _error(
        translate(
            "Import",
            "The file {name} cannot be read: another program (Excel?) has locked it. "
            "Close it there and try again.",
        ),
        name=path.name,
    )


def check_input_file(path: Path | str) -> int:
    """The size of a regular file to read; FileFormatError for a missing path, a folder, a
    pipe or a device (reading a pipe would wait for ever, a device never ends)."""
    path = Path(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise _error(
            translate("Import", "The file {name} does not exist."), name=str(path)
        ) from None
    except OSError as error:
        raise _error(
            translate("Import", "The file {name} cannot be read: {error}"),
            name=path.name,
            error=error.strerror or error,
        ) from None
    if not stat.S_ISREG(info.st_mode):
        raise _error(
            translate(
                "Import",
                "{name} is not an ordinary file (it is a folder, a pipe or a device) and "
                "cannot be read. Choose a saved CSV or XLSX file.",
            ),
            name=str(path),
        )
    return info.st_size


def open_table(
    path: Path | str,
    sheet: str | None = None,
    *,
    no_header: bool = False,
    encoding: str | None = None,
) -> TableSource:
    """Open an export; raises FileFormatError with a clear message when it cannot be used.

    ``no_header``: the first row is data; the columns are named "Column 1", "Column 2", ….
    ``encoding``: the character encoding the user chose for a CSV file (None: detected)."""
    path = Path(path)
    size = check_input_file(path)
    head = _read_head(path)
    if not head.strip():
        raise _error(translate("Import", "The file {name} is empty."), name=path.name)
    if head.startswith(_OLE2_MAGIC):
        raise _error(
            translate(
                "Import",
                "The file {name} is password-protected or in the old Excel 97-2003 format. "
                "Open it in Excel, remove the password and save it as .xlsx (Excel workbook).",
            ),
            name=path.name,
        )
    if head.startswith(_ZIP_MAGIC):
        return _open_xlsx(path, sheet, no_header)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        kind = (
            translate("Import", "it looks like CSV text")
            if _looks_like_text(head)
            else translate("Import", "its content is unknown")
        )
        raise _error(
            translate(
                "Import",
                "The file {name} is named .xlsx but is not an Excel workbook ({kind}). "
                "If it is a CSV export, give it the .csv extension.",
            ),
            name=path.name,
            kind=kind,
        )
    if size > MAX_CSV_BYTES:
        raise _error(
            translate(
                "Import",
                "The file {name} is {size} MB; CSV files up to {limit} MB can be imported. "
                "Split it, or save it as an Excel workbook (.xlsx).",
            ),
            name=path.name,
            size=round(size / 1024 / 1024),
            limit=MAX_CSV_BYTES // 1024 // 1024,
        )
    return _open_csv(path, no_header, encoding)


def _read_head(path: Path) -> bytes:
    try:
        with path.open("rb") as stream:
            return stream.read(8192)
    except FileNotFoundError:
        raise _error(
            translate("Import", "The file {name} does not exist."), name=str(path)
        ) from None
    except PermissionError:
        raise _locked_error(path) from None
    except OSError as error:
        raise _error(
            translate("Import", "The file {name} cannot be read: {error}"),
            name=path.name,
            error=error,
        ) from None


def _looks_like_text(head: bytes) -> bool:
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    return b"\x00" not in head and not _CONTROL.search(head.decode("latin-1"))


# -- CSV ------------------------------------------------------------------------------------


def _open_csv(path: Path, no_header: bool = False, chosen: str | None = None) -> TableSource:
    text, encoding, unsure = _decode(path, chosen)
    delimiter = detect_delimiter(text)
    quoted = '"' in text

    def row_source(first_row: int) -> Iterator[Row]:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        index = 0
        try:
            for index, values in enumerate(reader, start=1):  # noqa: B007 (used below)
                if quoted and any("\n" in value for value in values):
                    _check_quotes(path, index, values, delimiter)
                if index >= first_row:
                    yield tuple(values)
        except csv.Error as error:
            raise _csv_error(path, index + 1, error) from None

    top = list(_take(row_source(1), HEADER_SEARCH_ROWS))
    headers, header_row = _headers_from(top, [], path, no_header)
    notices = [_encoding_notice(encoding, top[header_row:])] if unsure else []
    table = TableSource(
        path=path,
        file_format=CSV,
        headers=headers,
        header_row=header_row,
        estimated_rows=max(text.count("\n") + (not text.endswith("\n")) - header_row, 1),
        encoding=encoding,
        delimiter=delimiter,
        notices=notices,
        _row_source=row_source,
    )
    _require_data(table)
    return table


def _check_quotes(path: Path, row: int, values: Sequence[str], delimiter: str) -> None:
    """A value spanning lines that themselves hold the delimiter is rows swallowed by a quote
    that was never closed (a legitimate multi-line address or note has no delimiters)."""
    for value in values:
        lines = value.split("\n")
        if len(lines) > 1 and any(delimiter in line for line in lines[1:]):
            raise _error(
                translate(
                    "Import",
                    'Row {row} of {name}: a quote (") is not closed, so the rows after it were '
                    "read as one value: {start}… Correct the file and try again.",
                ),
                row=row,
                name=path.name,
                start=" / ".join(line for line in lines[:3] if line)[:120],
            )


# Mojibake of UTF-8 read as Windows-1252 ("Ã©" for "é", "â€™" for "’"): a mixed-encoding file.
_MOJIBAKE = re.compile("[ÃÂ][\u0080-\u00bf\u2018-\u203a\u0152-\u0178]|â€")
_WESTERN = frozenset({"cp1252", "iso8859_1", "iso8859_15", "cp850", "mac_roman"})
_AFFECTED_NAMES = 5


def _encoding_notice(encoding: str, rows: Sequence[Row]) -> str:
    """Which encoding was assumed, with the first names whose letters depend on it."""
    names: list[str] = []
    for values in rows:
        for value in values:
            if isinstance(value, str) and not value.isascii() and value not in names:
                names.append(value)
                break
        if len(names) >= _AFFECTED_NAMES:
            break
    return translate(
        "Import",
        "The character encoding of this file is not certain; it was read as {encoding}. "
        "Check these values: {names}. If letters look wrong, save the file again as "
        "CSV UTF-8 and import that.",
    ).format(encoding=encoding, names="; ".join(names) or "-")


def _csv_error(path: Path, row: int, error: csv.Error) -> FileFormatError:
    if "field larger than field limit" in str(error):
        # In an export a value this long means a quote that is never closed: the rest of the
        # file was read as one value.
        return _error(
            translate(
                "Import",
                'Row {row} of {name} has a value longer than {limit} characters: a quote (") '
                "is probably not closed. Correct the file and try again.",
            ),
            row=row,
            name=path.name,
            limit=csv.field_size_limit(),
        )
    return _error(
        translate("Import", "Row {row} of {name} cannot be read as CSV: {error}"),
        row=row,
        name=path.name,
        error=error,
    )


def _decode(path: Path, chosen: str | None = None) -> tuple[str, str, bool]:
    """The text, the encoding it was read with, and whether that encoding is uncertain.

    An encoding the user ``chosen`` is used as it is. A BOM or valid UTF-8 is certain. Anything
    else is given to a detector (charset-normalizer) that says how sure it is: a Western code
    page without mojibake counts as sure."""
    data = path.read_bytes()
    unsure = False
    if chosen is not None:
        try:
            data.decode(chosen)
        except (UnicodeDecodeError, LookupError):
            raise _error(
                translate(
                    "Import",
                    "The file {name} cannot be read as {encoding}: it holds bytes that "
                    "encoding does not have. Choose another encoding.",
                ),
                name=path.name,
                encoding=chosen,
            ) from None
        attempts: Sequence[str] = (chosen,)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        attempts = ("utf-16",)  # Excel's "Unicode text" export
    elif data.startswith(codecs.BOM_UTF8):
        attempts = ("utf-8-sig",)
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            encoding, unsure = _detect_encoding(data)
            attempts = (encoding, "cp1252", "latin-1")
        else:
            attempts = ("utf-8",)
    for encoding in attempts:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            unsure = True
            continue
        if "\x00" in text:
            raise _error(
                translate(
                    "Import",
                    "The file {name} contains a NUL character (at position {position}): it is "
                    "not a text (CSV) file, or it is damaged. Export it again.",
                ),
                name=path.name,
                position=f"{text.index(chr(0)):,}",
            )
        if _CONTROL.search(text[:8192]):
            break
        if encoding in ("cp1252", "latin-1") and _MOJIBAKE.search(text):
            unsure = True  # UTF-8 parts read as Windows-1252: a mixed file
        return text, encoding, unsure
    raise _error(
        translate(
            "Import",
            "The file {name} is not a text (CSV) file or uses an unknown character encoding. "
            "Export it again as CSV (UTF-8 or Windows) or as an Excel workbook.",
        ),
        name=path.name,
    )


def _detect_encoding(data: bytes) -> tuple[str, bool]:
    """The detector's best encoding (Python's name) and whether it is unsure about it."""
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        return "cp1252", True
    # Short Dutch text fits several Western code pages; Windows-1252 is what Excel writes here.
    windows = next((m for m in matches if m.encoding == "cp1252"), None)
    if windows is not None and windows.chaos <= best.chaos + 0.05:
        best = windows
    encoding = codecs.lookup(best.encoding).name.replace("-", "_")
    return encoding, encoding not in _WESTERN or best.chaos > 0.1


def detect_delimiter(text: str) -> str:
    """The delimiter (; , or tab) that splits the first lines into the most consistent columns."""
    sample = text[:65536].splitlines()[:50]
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        counts = [len(row) for row in csv.reader(sample, delimiter=delimiter) if any(row)]
        if not counts:
            continue
        width = max(set(counts), key=counts.count)
        if width < 2:
            continue
        score = (counts.count(width), width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _take(rows: Iterator[Row], count: int) -> Iterator[Row]:
    for index, row in enumerate(rows):
        if index >= count:
            return
        yield row


# -- XLSX -----------------------------------------------------------------------------------


# A used range beyond this many cells is a stray cell far away (XFD1048576): a dense reader
# would allocate it all, so such a sheet is streamed row by row instead.
MAX_DENSE_CELLS = 20_000_000
_CALAMINE_ERRORS: tuple[type[BaseException], ...] = ()


def _open_xlsx(path: Path, sheet: str | None, no_header: bool = False) -> TableSource:
    """Cell values come from calamine (a fast Rust reader); merged ranges, formulas without
    a saved result and the data's extent from one scan of the sheet's XML."""
    from python_calamine import CalamineError, CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum

    try:
        archive = zipfile.ZipFile(path)
    except PermissionError:
        raise _locked_error(path) from None
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
            raise _locked_error(path) from None
        except (*_DAMAGED, CalamineError) as error:
            raise _damaged_error(path, error) from None
        table = _xlsx_table(path, archive, workbook, paths, sheets, sheet, no_header)
    except BaseException:
        archive.close()
        raise
    table._close = archive.close
    return table


def _damaged_error(path: Path, error: BaseException) -> FileFormatError:
    return _error(
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
        raise _error(translate("Import", "The workbook {name} has no worksheets."), name=path.name)
    notices: list[str] = []
    if sheet is None:
        sheet = next((info.name for info in sheets if not info.hidden), sheets[0].name)
    elif not any(info.name == sheet for info in sheets):
        raise _error(
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
    if scan.cells > MAX_DENSE_CELLS:
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

    top = list(_take(row_source(1), HEADER_SEARCH_ROWS))
    if not any(any(is_filled(v) for v in row) for row in top):
        raise _error(
            translate("Import", "The sheet '{sheet}' of {name} is empty."),
            sheet=sheet,
            name=path.name,
        )
    headers, header_row = _headers_from(top, scan.merged_ranges, path, no_header)
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
    _require_data(table)
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


# -- header row -----------------------------------------------------------------------------


def _require_data(table: TableSource) -> None:
    if next(table.rows(), None) is None:
        raise _error(
            translate("Import", "The file {name} has column headers but no rows with data."),
            name=table.path.name,
        )


def _headers_from(
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
        raise _error(
            translate(
                "Import",
                "No row with column headers was found in the first {count} rows of {name}.",
            ),
            count=HEADER_SEARCH_ROWS,
            name=path.name,
        )
    return header_names(top, merged, index + 1)
