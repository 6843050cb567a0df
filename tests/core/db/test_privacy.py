"""Personal data stays out of logs and terminals; on POSIX the data folder and files are private."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from desktop.cli.main import main
from desktop.core.common.paths import log_file_path
from desktop.core.db.engine import open_database
from tests.core.db.old_revision import make_revision_0001
from tests.core.imports.samples import write_csv

SECRET_NAME = "Geheimzinnig Jansen-Verhoef"
SECRET_EMAIL = "geheim.verhoef@voorbeeld.nl"

posix_only = pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _refuse_new_clients(database) -> None:  # noqa: ANN001 - the test's Database
    """A database error nobody designed a message for: the insert of a client fails."""
    with database.engine.begin() as connection:
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql(
                "CREATE TRIGGER refuse BEFORE INSERT ON clients "
                "BEGIN SELECT RAISE(ABORT, 'refused by a trigger'); END"
            )
        else:
            connection.exec_driver_sql(
                "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS "
                "$$ BEGIN RAISE EXCEPTION 'refused by a trigger'; END $$"
            )
            connection.exec_driver_sql(
                "CREATE TRIGGER refuse BEFORE INSERT ON clients "
                "FOR EACH ROW EXECUTE FUNCTION refuse()"
            )


def test_unexpected_database_error_keeps_personal_data_out_of_log_and_terminal(
    database, db_path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _refuse_new_clients(database)
    source = write_csv(
        tmp_path / "klanten.csv",
        ["Klantnummer;Naam;E-mail;Plaats", f"K900;{SECRET_NAME};{SECRET_EMAIL};Zwolle"],
    )
    try:
        code = main(["--lang", "en", "import", "clients", str(source), "--db", str(db_path)])
    finally:
        with database.engine.begin() as connection:
            connection.exec_driver_sql(
                "DROP TRIGGER refuse"
                + ("" if connection.dialect.name == "sqlite" else " ON clients")
            )
    err = capsys.readouterr().err
    assert code == 1
    assert "refused by a trigger" in err  # the error itself is told
    log = log_file_path().read_text(encoding="utf-8")
    assert "refused by a trigger" in log
    for secret in (SECRET_NAME, SECRET_EMAIL, "K900"):
        assert secret not in err
        assert secret not in log


@posix_only
def test_data_folder_is_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.core.common.paths import data_dir

    monkeypatch.setenv("DRAAGVLAK_DATA_DIR", str(tmp_path / "profile" / "Draagvlak"))
    assert _mode(data_dir()) == 0o700


@posix_only
def test_database_files_are_private(tmp_path: Path) -> None:
    new = tmp_path / "new.sqlite3"
    database = open_database(new)
    try:
        with database.engine.connect() as connection:  # WAL and shm exist while open
            for path in (new, new.with_name("new.sqlite3-wal"), new.with_name("new.sqlite3-shm")):
                assert _mode(path) == 0o600, path
            connection.rollback()
    finally:
        database.dispose()

    old = tmp_path / "old.sqlite3"
    make_revision_0001(f"sqlite:///{old.as_posix()}", 3)
    old.chmod(0o644)  # made by an earlier version
    open_database(old).dispose()
    assert _mode(old) == 0o600
    assert _mode(tmp_path / "old.before-0001.sqlite3") == 0o600  # the backup


@posix_only
def test_log_file_and_its_rotations_are_private(tmp_path: Path) -> None:
    import logging

    from desktop.core.common.logs import _PrivateRotatingFileHandler

    handler = _PrivateRotatingFileHandler(tmp_path / "draagvlak.log", maxBytes=10, backupCount=2)
    try:
        for number in range(3):
            handler.emit(logging.makeLogRecord({"msg": f"line {number} " * 5}))
    finally:
        handler.close()
    logs = sorted(tmp_path.glob("draagvlak.log*"))
    assert len(logs) == 3
    assert all(_mode(path) == 0o600 for path in logs)


@posix_only
def test_import_report_is_private(tmp_path: Path) -> None:
    from desktop.core.imports.report import ImportReport, save_report_xlsx

    path = save_report_xlsx(ImportReport(file_name="klanten.csv"), tmp_path / "verslag.xlsx")
    assert _mode(path) == 0o600
