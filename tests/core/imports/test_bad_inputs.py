"""Damaged, disguised, endless and oversized inputs: each is refused with its own clear message
(a FileFormatError), never a parser traceback or a read that never ends."""

from __future__ import annotations

import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.core.common.errors import FileFormatError
from desktop.core.imports import readers
from desktop.core.imports.mapping import read_mapping_file
from desktop.core.imports.readers import XLSX, open_table
from desktop.core.imports.report import ImportProblem, ImportReport, save_report_xlsx
from tests.core.imports.samples import fed_fifo, title_row_xlsx, write_csv

SHEET = "xl/worksheets/sheet1.xml"
WORKBOOK = "xl/workbook.xml"


def _with_damaged_part(tmp_path: Path, part: str) -> Path:
    """A real workbook whose `part` is cut off halfway: the zip is fine, the XML is not."""
    good = title_row_xlsx(tmp_path / "good.xlsx")
    damaged = tmp_path / f"damaged-{Path(part).stem}.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            target.writestr(item, data[: len(data) // 2] if item.filename == part else data)
    return damaged


def _with_scrambled_sheet(tmp_path: Path) -> Path:
    """A workbook with flipped bytes inside the sheet's compressed data (a bad download)."""
    good = title_row_xlsx(tmp_path / "good.xlsx")
    data = bytearray(good.read_bytes())
    with zipfile.ZipFile(good) as archive:
        info = archive.getinfo(SHEET)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for index in range(start + 20, start + 60):
        data[index] ^= 0x55
    scrambled = tmp_path / "scrambled.xlsx"
    scrambled.write_bytes(bytes(data))
    return scrambled


def _truncated(tmp_path: Path) -> Path:
    data = title_row_xlsx(tmp_path / "good.xlsx").read_bytes()
    path = tmp_path / "truncated.xlsx"
    path.write_bytes(data[: len(data) * 2 // 3])
    return path


@pytest.mark.parametrize(
    "make",
    [
        lambda p: _with_damaged_part(p, SHEET),
        lambda p: _with_damaged_part(p, WORKBOOK),
        _with_scrambled_sheet,
        _truncated,
    ],
    ids=["sheet-xml", "workbook-xml", "scrambled-deflate", "truncated-zip"],
)
def test_damaged_workbook_says_so_and_what_to_do(tmp_path: Path, make: object) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    with pytest.raises(FileFormatError) as caught, open_table(path) as table:
        list(table.rows())
    message = str(caught.value)
    assert message.startswith(f"The file {path.name} is damaged or not an Excel workbook (")
    assert message.endswith("Open it in Excel and save it again, or export it again.")
    assert "\n" not in message


def test_workbook_renamed_csv_is_read_as_a_workbook(tmp_path: Path) -> None:
    renamed = tmp_path / "klanten.csv"
    renamed.write_bytes(title_row_xlsx(tmp_path / "k.xlsx").read_bytes())
    with open_table(renamed) as table:
        assert table.file_format == XLSX
        assert [values[1] for _row, values in table.rows()] == [
            "Garage Hendriks",
            "Stichting De Linde",
            "J. Pietersen",
        ]


def test_csv_value_over_the_field_limit_names_the_row(tmp_path: Path) -> None:
    # An unclosed quote on row 3 swallows the rest of the file as one enormous value.
    filler = [f"{n};Klant {n}" for n in range(20_000)]
    path = write_csv(tmp_path / "quote.csv", ["Nr;Naam", "1;Goed", '2;"Open quote', *filler])
    with pytest.raises(FileFormatError) as caught, open_table(path) as table:
        list(table.rows())
    assert str(caught.value) == (
        'Row 3 of quote.csv has a value longer than 131072 characters: a quote (") is '
        "probably not closed. Correct the file and try again."
    )


def test_csv_over_the_size_limit_is_refused_naming_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_csv(tmp_path / "groot.csv", ["Nr;Naam", "1;" + "x" * 3000])
    monkeypatch.setattr(readers, "MAX_CSV_BYTES", 1024 * 1024)
    with path.open("r+b") as stream:  # sparse: 2 MB on paper, a few bytes on disk
        stream.truncate(2 * 1024 * 1024)
    with pytest.raises(FileFormatError) as caught:
        open_table(path)
    assert str(caught.value) == (
        "The file groot.csv is 2 MB; CSV files up to 1 MB can be imported. "
        "Split it, or save it as an Excel workbook (.xlsx)."
    )


def test_the_size_limit_is_500_mb() -> None:
    assert readers.MAX_CSV_BYTES == 500 * 1024 * 1024


def test_a_folder_is_not_a_file(tmp_path: Path) -> None:
    folder = tmp_path / "export.csv"
    folder.mkdir()
    with pytest.raises(FileFormatError, match="is not an ordinary file"):
        open_table(folder)


@pytest.fixture
def fifo(tmp_path: Path) -> Iterator[Path]:
    with fed_fifo(tmp_path / "klanten.csv") as path:
        yield path


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX pipes")
def test_a_pipe_is_refused_without_reading_it(fifo: Path) -> None:
    with pytest.raises(FileFormatError) as caught:
        open_table(fifo)
    assert str(caught.value) == (
        f"{fifo} is not an ordinary file (it is a folder, a pipe or a device) and cannot "
        "be read. Choose a saved CSV or XLSX file."
    )
    with pytest.raises(FileFormatError, match="is not an ordinary file"):
        read_mapping_file(fifo)


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="POSIX devices")
def test_a_device_is_refused() -> None:
    with pytest.raises(FileFormatError, match=r"^/dev/null is not an ordinary file"):
        open_table("/dev/null")


def test_deeply_nested_mapping_json(tmp_path: Path) -> None:
    path = tmp_path / "diep.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    with pytest.raises(FileFormatError) as caught:
        read_mapping_file(path)
    assert str(caught.value) == (
        "The mapping file diep.json is nested too deeply to be a column mapping; it must be "
        'one JSON object like {"Naam": "name"}.'
    )


def test_report_keeps_control_characters_from_the_file_visible(tmp_path: Path) -> None:
    # openpyxl refuses \x01 in a cell; a stray one in an e-mail address made the report fail.
    report = ImportReport(
        file_name="k.csv",
        problems=[ImportProblem(3, "E-mail", "'f\x01out@' is not a valid e-mail address.")],
    )
    saved = save_report_xlsx(report, tmp_path / "verslag.xlsx")
    reason = load_workbook(saved)["Problems"]["F2"].value
    assert reason == "'f\ufffdout@' is not a valid e-mail address."
