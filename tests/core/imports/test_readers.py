"""Reading exports: format, encoding, delimiter, header row, sheets and every bad input."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.core.common.errors import FileFormatError
from desktop.core.imports.readers import CSV, XLSX, detect_delimiter, open_table
from tests.core.imports.samples import (
    CAFE_CSV,
    EXACT_CSV,
    TITLE_HEADERS,
    title_row_xlsx,
    write_csv,
    write_xlsx,
)


def test_exact_export_utf8_bom_semicolons() -> None:
    with open_table(EXACT_CSV) as table:
        assert table.file_format == CSV
        assert table.encoding == "utf-8-sig"
        assert table.delimiter == ";"
        assert table.headers[0] == "Relatiecode"  # no BOM glued to the first header
        assert table.headers[-1] == "ContactpersoonAchternaam"
        rows = list(table.rows())
    assert [number for number, _ in rows] == [2, 3, 4, 5]
    assert rows[0][1][0] == "000101"


def test_windows_1252_csv_keeps_accents() -> None:
    with open_table(CAFE_CSV) as table:
        assert table.encoding == "cp1252"
        names = [values[1] for _, values in table.rows()]
    assert "Café De Zwaan" in names
    assert "Bakkerij Geïnformeerd" in names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a;b;c\n1;2,5;3\n", ";"),
        ("a,b,c\n1,2,3\n", ","),
        ("a\tb\tc\n1\t2\t3\n", "\t"),
        ('"Naam, bedrijf";Plaats\n"Jansen, B.V.";Ede\n', ";"),
    ],
)
def test_delimiter_detection(text: str, expected: str) -> None:
    assert detect_delimiter(text) == expected


def test_utf16_tab_export_from_excel(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "unicode.txt", ["Naam\tPlaats", "Café\tEde"], "utf-16")
    with open_table(path) as table:
        assert table.delimiter == "\t"
        assert list(table.rows()) == [(2, ("Café", "Ede"))]


def test_header_row_found_below_title_and_blank_rows(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "lijst.csv",
        ["Klantenlijst per 1 januari;;;", ";;;", "Relatienummer;Naam;Postcode;Plaats", "1;A;;Ede"],
    )
    with open_table(path) as table:
        assert table.header_row == 3
        assert table.headers == ("Relatienummer", "Naam", "Postcode", "Plaats")
        assert list(table.rows()) == [(4, ("1", "A", "", "Ede"))]


def test_xlsx_title_row_sheets_and_cell_types(tmp_path: Path) -> None:
    with open_table(title_row_xlsx(tmp_path / "klanten.xlsx")) as table:
        assert table.file_format == XLSX
        assert table.header_row == 3
        assert list(table.headers) == TITLE_HEADERS
        assert [(s.name, s.hidden) for s in table.sheets] == [
            ("Klanten", False),
            ("Instellingen", True),
        ]
        assert table.sheet == "Klanten"
        first = next(table.rows())
    assert first[0] == 4
    assert first[1][0] == 123  # the reader keeps cell types; rows.py turns them into text


def test_hidden_sheet_can_be_chosen_with_a_notice(tmp_path: Path) -> None:
    path = tmp_path / "k.xlsx"
    workbook = Workbook()
    workbook.active.append(["Naam", "Plaats"])
    workbook.active.append(["A", "B"])
    workbook.active.sheet_state = "hidden"
    other = workbook.create_sheet("Zichtbaar")
    other.append(["Naam", "Plaats"])
    other.append(["C", "D"])
    workbook.save(path)
    with open_table(path) as table:
        assert table.sheet == "Zichtbaar"  # the first visible sheet by default
    with open_table(path, sheet="Sheet") as table:
        assert any("hidden" in notice for notice in table.notices)


def test_unknown_sheet_names_the_sheets(tmp_path: Path) -> None:
    with pytest.raises(FileFormatError, match="Klanten, Instellingen"):
        open_table(title_row_xlsx(tmp_path / "k.xlsx"), sheet="Blad9")


def test_merged_two_level_header(tmp_path: Path) -> None:
    path = tmp_path / "merged.xlsx"
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Naam", "Contactpersoon", None, "E-mail"])
    sheet.append([None, "Voornaam", "Achternaam", None])
    sheet.merge_cells("A1:A2")
    sheet.merge_cells("B1:C1")
    sheet.merge_cells("D1:D2")
    sheet.append(["Jansen BV", "Piet", "Jansen", "p@jansen.nl"])
    workbook.save(path)
    with open_table(path) as table:
        assert table.headers == (
            "Naam",
            "Contactpersoon Voornaam",
            "Contactpersoon Achternaam",
            "E-mail",
        )
        assert [number for number, _ in table.rows()] == [3]


def test_formula_cells_use_cached_values_or_say_there_is_none(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "f.xlsx", [["Naam", "Plaats"], ["A", '=UPPER("ede")']])
    with open_table(path) as table:
        assert table.formulas_without_value == {(2, 1)}
        assert any("formula" in notice for notice in table.notices)
        # Empty cells read as None or "" depending on the reader; both are empty.
        assert [(n, tuple(v or None for v in values)) for n, values in table.rows()] == [
            (2, ("A", None))
        ]


def test_duplicate_and_blank_headers_get_unique_names(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "d.csv", ["Naam;Naam;;Plaats", "a;b;c;d"])
    with open_table(path) as table:
        assert table.headers == ("Naam", "Naam (2)", "Column C", "Plaats")


# -- bad input: each gives a clear FileFormatError ----------------------------------------------


def _encrypted_like(path: Path) -> Path:
    # Excel stores password-protected workbooks in an OLE2 container, not a zip.
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2048)
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: write_csv(p / "empty.csv", []) and (p / "empty.csv"), "empty"),
        (lambda p: (p / "zero.xlsx").write_bytes(b"") and None or p / "zero.xlsx", "empty"),
        (lambda p: write_csv(p / "h.csv", ["Relatiecode;Naam;Plaats"]), "no rows with data"),
        (lambda p: write_xlsx(p / "h.xlsx", [["Naam", "Plaats"]]), "no rows with data"),
        (lambda p: write_xlsx(p / "e.xlsx", []), "empty"),
        (lambda p: _random(p / "random.csv"), "not a text"),
        (lambda p: _random(p / "random.xlsx"), "not an Excel workbook"),
        (lambda p: write_csv(p / "renamed.xlsx", ["Naam;Plaats", "A;B"]), "CSV text"),
        (lambda p: _encrypted_like(p / "secret.xlsx"), "password-protected"),
        (lambda p: _corrupt_zip(p / "corrupt.xlsx"), "damaged"),
        (lambda p: write_csv(p / "n.csv", ["1;2;3", "4;5;6"]), "No row with column headers"),
        (lambda p: p / "missing.csv", "does not exist"),
    ],
)
def test_bad_files_raise_clear_messages(tmp_path: Path, make: object, message: str) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    with pytest.raises(FileFormatError, match=message):
        open_table(path)


def _random(path: Path) -> Path:
    import random

    path.write_bytes(random.Random(4).randbytes(4000))
    return path


def _corrupt_zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    return path


def test_file_locked_by_another_program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_csv(tmp_path / "open-in-excel.csv", ["Naam;Plaats", "A;B"])

    def locked(self: Path, *args: object, **kwargs: object) -> object:
        raise PermissionError(13, "The process cannot access the file")

    monkeypatch.setattr(Path, "open", locked)
    with pytest.raises(FileFormatError, match="another program"):
        open_table(path)


def test_workbook_locked_by_another_program(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = title_row_xlsx(tmp_path / "open-in-excel.xlsx")

    def locked(*args: object, **kwargs: object) -> object:
        raise PermissionError(13, "The process cannot access the file")

    monkeypatch.setattr(zipfile, "ZipFile", locked)
    with pytest.raises(
        FileFormatError, match=r"open-in-excel\.xlsx cannot be read: another program"
    ):
        open_table(path)


def test_row_estimate_for_progress(tmp_path: Path) -> None:
    with open_table(write_csv(tmp_path / "a.csv", ["Naam;Plaats", "A;B", "C;D"])) as table:
        assert table.estimated_rows == 2
