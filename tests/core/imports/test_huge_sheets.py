"""Sheets whose used range is far bigger than their data (a stray cell far below or to the
right): read by their data, quickly, and Cancel is honoured while the blank rows go by."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from desktop.core.common.errors import OperationCancelled
from desktop.core.db.engine import Database
from desktop.core.db.models import Client
from desktop.core.imports.importer import ImportOptions, run_import
from desktop.core.imports.readers import open_table
from desktop.core.imports.table_source import CANCEL_CHECK_ROWS
from desktop.core.imports.xlsx_reader import MAX_DENSE_CELLS, SPARSE_CHECK_CELLS


def _list_with_a_stray_cell(path: Path, cell: str) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Naam", "Plaats"])
    sheet.append(["Jansen BV", "Ede"])
    sheet.append(["Bakkerij Bol", "Epe"])
    sheet[cell] = "x"
    workbook.save(path)
    return path


def test_a_stray_cell_below_the_dense_limit_is_not_read_densely(tmp_path: Path) -> None:
    # Z700000: 18.2 million cells, under the dense limit, yet 99.99 % of them not in the file.
    assert SPARSE_CHECK_CELLS < 26 * 700_000 < MAX_DENSE_CELLS
    path = _list_with_a_stray_cell(tmp_path / "ver.xlsx", "Z700000")
    with open_table(path) as table:
        assert table.estimated_rows < 10  # the rows in the file, not the used range
        rows = [(number, values[:2]) for number, values in table.rows()]
    assert rows[:2] == [(2, ("Jansen BV", "Ede")), (3, ("Bakkerij Bol", "Epe"))]
    assert rows[-1][0] == 700_000


def test_cancel_is_honoured_while_blank_rows_are_read(tmp_path: Path) -> None:
    path = _list_with_a_stray_cell(tmp_path / "ver.xlsx", "Z40000")
    asked: list[int] = []
    with open_table(path) as table:
        table.is_cancelled = lambda: bool(asked.append(1)) or len(asked) >= 3
        read = []
        with pytest.raises(OperationCancelled):
            for number, _values in table.rows():
                read.append(number)
    assert read == [2, 3] and len(asked) == 3  # asked every CANCEL_CHECK_ROWS rows, blank too
    assert 3 * CANCEL_CHECK_ROWS < 40_000


def test_a_cancelled_import_of_such_a_sheet_writes_nothing(
    database: Database, tmp_path: Path
) -> None:
    path = _list_with_a_stray_cell(tmp_path / "ver.xlsx", "Z40000")
    asked: list[int] = []

    def cancel_once_reading() -> bool:
        asked.append(1)
        return len(asked) == 1  # the first question comes from the blank rows

    with pytest.raises(OperationCancelled):
        run_import(database, path, None, ImportOptions(), is_cancelled=cancel_once_reading)
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Client)) == 0
    assert run_import(database, path, None, ImportOptions()).created == 2
