"""The first rows of an export with the problems per cell, for the wizard's preview step."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.core.imports.duplicates import FileKeys
from desktop.core.imports.importer import load_lookups
from desktop.core.imports.planning import duplicate_row_problem
from desktop.core.imports.readers import Row, SheetInfo, open_table
from desktop.core.imports.report import ImportProblem
from desktop.core.imports.rows import RowConverter, cell_text

PREVIEW_ROWS = 20


@dataclass(frozen=True)
class FilePreview:
    """What the wizard shows about a file before importing it."""

    path: Path
    file_format: str
    headers: tuple[str, ...]
    header_row: int
    rows: tuple[tuple[int, Row], ...]
    estimated_rows: int
    sheets: tuple[SheetInfo, ...] = ()
    sheet: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    notices: tuple[str, ...] = ()
    formulas_without_value: frozenset[tuple[int, int]] = frozenset()
    no_header: bool = False  # the first row is data; the columns are "Column 1", …
    chosen_encoding: str | None = None  # the user's choice; None: detected


@dataclass(frozen=True)
class PreviewRow:
    row: int
    texts: tuple[str, ...]
    problems: dict[int, list[ImportProblem]] = field(default_factory=dict)  # by column index


def load_preview(
    path: Path | str,
    sheet: str | None = None,
    *,
    no_header: bool = False,
    encoding: str | None = None,
) -> FilePreview:
    """Open the file and take its first non-empty rows (may take a second: run on a worker).

    ``no_header`` and ``encoding`` (None: detected) as for open_table."""
    with open_table(path, sheet, no_header=no_header, encoding=encoding) as table:
        rows = tuple(islice(table.rows(), PREVIEW_ROWS))
        return FilePreview(
            path=table.path,
            file_format=table.file_format,
            headers=table.headers,
            header_row=table.header_row,
            rows=rows,
            estimated_rows=table.estimated_rows,
            sheets=table.sheets,
            sheet=table.sheet,
            encoding=table.encoding,
            delimiter=table.delimiter,
            notices=tuple(table.notices),
            formulas_without_value=table.formulas_without_value,
            no_header=no_header,
            chosen_encoding=encoding,
        )


def check_preview(
    session: Session, preview: FilePreview, mapping: Mapping[str, str]
) -> list[PreviewRow]:
    """The preview rows as text with each problem placed on its column."""
    converter = RowConverter(
        preview.headers, mapping, load_lookups(session), preview.formulas_without_value
    )
    index_of = {header: index for index, header in enumerate(preview.headers)}
    seen = FileKeys()
    result = []
    for number, values in preview.rows:
        record, problems = converter.convert(number, values)
        if record is not None:
            earlier = seen.first_row(record)
            if earlier is not None:
                problems.append(duplicate_row_problem(record, earlier, converter))
        by_column: dict[int, list[ImportProblem]] = {}
        for problem in problems:
            by_column.setdefault(index_of.get(problem.column, 0), []).append(problem)
        texts = tuple(
            cell_text(values[index] if index < len(values) else None) or ""
            for index in range(len(preview.headers))
        )
        result.append(PreviewRow(number, texts, by_column))
    return result
