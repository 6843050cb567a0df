"""`draagvlak backup`, `draagvlak backups` and `draagvlak restore`."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli.main import main
from desktop.core.backups.instance_lock import InstanceLock
from desktop.core.backups.postgres import shutil as postgres_shutil
from tests.core.backups.test_restore import _add_client, _numbers


def _main(db: Path | str, *args: str) -> int:
    return main([*args, "--db", str(db), "--lang", "en"])


@pytest.mark.sqlite_only("backups of a SQLite file")
def test_backup_list_and_restore(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _add_client(db_path, "K1")
    assert _main(db_path, "backup") == 0
    assert "1 client" in capsys.readouterr().out
    backup = next((db_path.parent / "backups").iterdir())
    copy = tmp_path / "copy" / "kopie.sqlite3"
    assert _main(db_path, "backup", "--out", str(copy)) == 0
    assert _numbers(copy) == ["K1"]
    assert _main(db_path, "backups") == 0
    listing = capsys.readouterr().out
    assert backup.name in listing and "1 client" in listing
    _add_client(db_path, "K2")
    assert _main(db_path, "restore", str(backup)) == 1  # not a terminal: asks for --yes
    assert "--yes" in capsys.readouterr().err
    assert sorted(_numbers(db_path)) == ["K1", "K2"]
    assert _main(db_path, "restore", str(backup), "--yes") == 0
    assert "before-restore" in capsys.readouterr().out
    assert _numbers(db_path) == ["K1"]


@pytest.mark.sqlite_only("restores a SQLite file")
def test_restore_is_refused_while_the_program_has_the_database_open(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _main(db_path, "backup") == 0
    backup = next((db_path.parent / "backups").iterdir())
    with InstanceLock(db_path, exclusive=False):
        assert _main(db_path, "restore", str(backup), "--yes") == 1
    assert "open in another window" in capsys.readouterr().err
    assert _main(db_path, "restore", str(backup), "--yes") == 0


@pytest.mark.sqlite_only("a foreign file")
def test_restore_of_a_foreign_file_is_one_clear_line(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    readme = Path(__file__).resolve().parents[2] / "README.md"
    assert _main(db_path, "restore", str(readme), "--yes") == 1
    err = capsys.readouterr().err
    assert "not a readable database" in err and err.count("\n") == 1


def test_postgresql_backup_without_pg_dump_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(postgres_shutil, "which", lambda name: None)
    url = "postgresql+psycopg://nobody@127.0.0.1:1/none"
    assert _main(url, "backup", "--out", str(tmp_path / "x.dump")) == 1
    assert "pg_dump was not found" in capsys.readouterr().err
