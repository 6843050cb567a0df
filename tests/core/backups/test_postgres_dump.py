"""`pg_dump` for a PostgreSQL database: an argument list without the password, a clear message
when it is missing, and a real dump when testing on a server."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.backups import postgres
from desktop.core.backups.postgres import dump_postgresql, pg_dump_command
from desktop.core.common.errors import DatabaseError
from tests import postgres as test_server


def test_the_password_goes_in_the_environment_not_the_arguments(tmp_path: Path) -> None:
    arguments, environment = pg_dump_command(
        "postgresql+psycopg://anna:geheim@db.kantoor.lan:5433/draagvlak",
        tmp_path / "out.dump",
        "pg_dump",
    )
    assert arguments == [
        "pg_dump",
        "--format=custom",
        "--no-password",
        f"--file={tmp_path / 'out.dump'}",
        "--host",
        "db.kantoor.lan",
        "--port",
        "5433",
        "--username",
        "anna",
        "--dbname",
        "draagvlak",
    ]
    assert environment["PGPASSWORD"] == "geheim"
    assert not any("geheim" in argument for argument in arguments)


def test_without_pg_dump_on_path_the_message_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(postgres.shutil, "which", lambda name: None)
    with pytest.raises(DatabaseError, match="pg_dump was not found"):
        dump_postgresql("postgresql+psycopg://anna@localhost/draagvlak", tmp_path / "x.dump")
    assert not list(tmp_path.iterdir())


@pytest.mark.skipif(not test_server.TEST_URL, reason="needs a PostgreSQL server")
def test_a_real_dump_of_the_test_database(tmp_path: Path) -> None:
    if postgres.shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not installed")
    target = dump_postgresql(str(test_server.TEST_URL), tmp_path / "draagvlak.dump")
    assert target.read_bytes().startswith(b"PGDMP")
    assert [path.name for path in tmp_path.iterdir()] == ["draagvlak.dump"]
