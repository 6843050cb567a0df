"""Reading a CSV export: the character encoding (detected, or as the user chose), the delimiter,
and quotes that were never closed."""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator, Sequence
from pathlib import Path

from desktop.core.common.errors import FileFormatError
from desktop.core.common.i18n import translate
from desktop.core.imports.headers import Row
from desktop.core.imports.table_source import (
    CSV,
    HEADER_SEARCH_ROWS,
    TableSource,
    format_error,
    headers_from,
    require_data,
    take,
)

DELIMITERS = (";", ",", "\t")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def open_csv(path: Path, no_header: bool = False, chosen: str | None = None) -> TableSource:
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

    top = list(take(row_source(1), HEADER_SEARCH_ROWS))
    headers, header_row = headers_from(top, [], path, no_header)
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
    require_data(table)
    return table


def _check_quotes(path: Path, row: int, values: Sequence[str], delimiter: str) -> None:
    """A value spanning lines that themselves hold the delimiter is rows swallowed by a quote
    that was never closed (a legitimate multi-line address or note has no delimiters)."""
    for value in values:
        lines = value.split("\n")
        if len(lines) > 1 and any(delimiter in line for line in lines[1:]):
            raise format_error(
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
        return format_error(
            translate(
                "Import",
                'Row {row} of {name} has a value longer than {limit} characters: a quote (") '
                "is probably not closed. Correct the file and try again.",
            ),
            row=row,
            name=path.name,
            limit=csv.field_size_limit(),
        )
    return format_error(
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
            raise format_error(
                translate(
                    "Import",
                    "The file {name} cannot be read as {encoding}: it holds bytes that "
                    "encoding does not have. Choose another encoding.",
                ),
                name=path.name,
                encoding=chosen,
            ) from None
        utf8_with_bom = data.startswith(codecs.BOM_UTF8) and codecs.lookup(chosen).name == "utf-8"
        attempts: Sequence[str] = ("utf-8-sig",) if utf8_with_bom else (chosen,)
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
            raise format_error(
                translate(
                    "Import",
                    "The file {name} contains a NUL character (at position {position}): it is "
                    "not a text (CSV) file, or it is damaged. Export it again.",
                ),
                name=path.name,
                position=f"{text.index(chr(0)):,}",
            )
        if CONTROL.search(text[:8192]):
            break
        if encoding in ("cp1252", "latin-1") and _MOJIBAKE.search(text):
            unsure = True  # UTF-8 parts read as Windows-1252: a mixed file
        return text, encoding, unsure
    raise format_error(
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
