"""A CSV file read with the character encoding the user chose instead of the detected one."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.common.errors import FileFormatError
from desktop.core.imports.preview import load_preview
from desktop.core.imports.readers import open_table


def _mixed(tmp_path: Path) -> Path:
    path = tmp_path / "gemengd.csv"
    path.write_bytes(
        b"Naam;Plaats\n" + "Café Zwaan;Ede\n".encode() + "Brasserie Élan;Epe\n".encode("cp1252")
    )
    return path


def test_the_chosen_encoding_is_used_and_is_no_longer_in_doubt(tmp_path: Path) -> None:
    path = tmp_path / "windows.csv"
    path.write_bytes("Naam;Plaats\nBrasserie Élan;Epe\n".encode("cp1252"))
    with open_table(path, encoding="iso8859_15") as table:
        assert table.encoding == "iso8859_15" and table.notices == []
        assert [values for _n, values in table.rows()] == [("Brasserie Élan", "Epe")]


def test_a_choice_that_garbles_the_letters_still_gets_the_notice(tmp_path: Path) -> None:
    path = tmp_path / "utf8.csv"
    path.write_bytes("Naam;Plaats\nCafé Zwaan;Ede\n".encode())
    with open_table(path, encoding="cp1252") as table:
        (notice,) = table.notices
        assert [values for _n, values in table.rows()] == [("CafÃ© Zwaan", "Ede")]
    assert "CafÃ© Zwaan" in notice
    preview = load_preview(_mixed(tmp_path), encoding="iso8859_15")
    assert (preview.encoding, preview.chosen_encoding, preview.notices) == (
        "iso8859_15",
        "iso8859_15",
        (),
    )


def test_an_encoding_the_file_does_not_fit_is_refused_by_name(tmp_path: Path) -> None:
    with pytest.raises(FileFormatError, match=r"gemengd\.csv cannot be read as utf-8"):
        open_table(_mixed(tmp_path), encoding="utf-8")
