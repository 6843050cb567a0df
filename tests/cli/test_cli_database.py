"""Database trouble on the command line: one designed line and exit 1, never "unexpected error"
or a traceback, and nothing changed that should not be."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.cli.main import main
from desktop.core.db import engine as db
from desktop.core.db.engine import create_db_engine
from desktop.core.db.files import read_only_message


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("draagvlak: ") and "unexpected" not in lines[0], err
    return lines[0]


def test_check_on_a_missing_path_says_so_and_creates_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "typo" / "ofice.sqlite3"
    code, out, err = _run(capsys, "check", "--db", str(missing))
    assert code == 1 and out == ""
    assert _one_line(err) == f"draagvlak: There is no database at {missing}."
    assert not missing.exists() and not missing.parent.exists()


def test_demo_may_create_a_new_database(capsys: pytest.CaptureFixture[str], tmp_path: Path):
    new = tmp_path / "new.sqlite3"
    code, _, err = _run(capsys, "demo", "--db", str(new), "--clients", "5", "--staff", "3")
    assert code == 0, err


def test_database_locked_longer_than_the_busy_timeout(
    capsys: pytest.CaptureFixture[str], db_path: Path | str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 100)
    holder = create_db_engine(db_path if isinstance(db_path, str) else db.sqlite_url(db_path))
    with holder.connect() as connection:
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql("BEGIN IMMEDIATE")  # another program's write lock
        else:
            connection.execute(text("LOCK TABLE office_settings IN ACCESS EXCLUSIVE MODE"))
        code, _, err = _run(capsys, "demo", "--db", str(db_path), "--clients", "5")
        connection.rollback()
    holder.dispose()
    assert code == 1
    assert "busy" in _one_line(err) and "0.1 seconds" in err


def _corrupt_clients(path: Path) -> None:
    """Overwrite the pages of the clients table and its indexes, as a failing disk would."""
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        pages = [
            row[0]
            for row in connection.execute(
                "SELECT rootpage FROM sqlite_master WHERE tbl_name = 'clients' AND rootpage > 0"
            )
        ]
    connection.close()
    with path.open("r+b") as handle:
        for page in pages:
            handle.seek((page - 1) * page_size)
            handle.write(b"\xff" * page_size)


@pytest.mark.sqlite_only("damages a SQLite file")
def test_check_reports_corrupted_pages(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    assert _run(capsys, "demo", "--db", str(db_path), "--clients", "300")[0] == 0
    _corrupt_clients(db_path)
    code, out, err = _run(capsys, "check", "--db", str(db_path))
    assert code == 1
    line = _one_line(err)
    assert line.startswith("draagvlak: the database is damaged: ")
    assert "Integrity: problems found:" in out
    assert "clients" in out and "unreadable" in out  # the other tables are still counted
    assert "Traceback" not in out + err


@pytest.mark.sqlite_only("file permissions")
def test_read_only_database_file(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    db_path.chmod(0o444)
    try:
        code, _, err = _run(capsys, "demo", "--db", str(db_path), "--clients", "5")
    finally:
        db_path.chmod(0o600)
    assert code == 1
    assert _one_line(err) == f"draagvlak: {read_only_message(db_path)}"
