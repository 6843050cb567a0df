"""`draagvlak import clients --encoding NAME`: the CLI's counterpart of the wizard's choice."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.cli.main import main
from desktop.core.db.engine import open_database
from desktop.core.db.models import Client


def _run(db_path: Path | str, *args: str) -> int:
    try:
        return main(["import", "clients", *args, "--db", str(db_path), "--lang", "en"])
    except SystemExit as stop:  # argparse exits for usage errors
        return stop.code if isinstance(stop.code, int) else 1


def _names(db_path: Path | str) -> list[str]:
    database = open_database(db_path)
    try:
        with database.session() as session:
            return list(session.scalars(select(Client.name).order_by(Client.name)))
    finally:
        database.dispose()


def _file(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "klanten.csv"
    path.write_bytes(data)
    return path


def test_the_named_encoding_is_used(db_path: Path | str, tmp_path: Path) -> None:
    path = _file(tmp_path, "Naam;Plaats\nCafé Zwaan;Ede\n".encode("cp1252"))
    assert _run(db_path, str(path), "--encoding", "Windows-1252") == 0
    assert _names(db_path) == ["Café Zwaan"]
    # Told so, UTF-8 is read as Windows-1252 too (detected, it would read as UTF-8).
    path = _file(tmp_path, "Naam;Plaats\nBrasserie Élan;Epe\n".encode())
    assert _run(db_path, str(path), "--encoding", "cp1252") == 0
    assert _names(db_path) == ["Brasserie Ã‰lan", "Café Zwaan"]


def test_utf8_with_a_byte_order_mark_keeps_the_first_header_clean(
    db_path: Path | str, tmp_path: Path
) -> None:
    path = _file(tmp_path, codecs.BOM_UTF8 + "Naam;Plaats\nÉlan;Epe\n".encode())
    assert _run(db_path, str(path), "--encoding", "utf-8") == 0
    assert _names(db_path) == ["Élan"]


def test_an_encoding_the_file_does_not_fit_is_an_error(
    db_path: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _file(tmp_path, "Naam;Plaats\nCafé Zwaan;Ede\n".encode("cp1252"))
    assert _run(db_path, str(path), "--encoding", "utf-8") == 1
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert "klanten.csv cannot be read as utf-8" in line
    assert _names(db_path) == []


@pytest.mark.parametrize("name", ["utf-9", "base64", ""])
def test_an_unknown_encoding_is_a_usage_error(
    db_path: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    path = _file(tmp_path, b"Naam;Plaats\nZwaan;Ede\n")
    assert _run(db_path, str(path), "--encoding", name) == 2
    err = capsys.readouterr().err
    assert f"argument --encoding: '{name}' is not a character encoding" in err
    assert "utf-8, cp1252 (Windows) or iso8859-15" in err and "Traceback" not in err
    assert _names(db_path) == []
