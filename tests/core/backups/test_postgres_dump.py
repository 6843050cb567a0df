"""`pg_dump` for a PostgreSQL database: an argument list without the password, a clear message
when it is missing, and a real dump when testing on a server."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

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


def test_the_urls_connection_parameters_reach_pg_dump_and_its_schema_limits_the_dump(
    tmp_path: Path,
) -> None:
    arguments, _ = pg_dump_command(
        "postgresql+psycopg://anna@db/draagvlak?sslmode=require&options=-csearch_path%3Dkantoor_2",
        tmp_path / "out.dump",
        "pg_dump",
    )
    assert arguments[-4:] == [
        "--schema",
        "kantoor_2",
        "--dbname",
        "dbname='draagvlak' sslmode='require' options='-csearch_path=kantoor_2'",
    ]


def test_quotes_in_a_connection_parameter_are_escaped(tmp_path: Path) -> None:
    arguments, _ = pg_dump_command(
        "postgresql+psycopg://anna@db/draagvlak?application_name=O%27Brien%5Ckantoor",
        tmp_path / "out.dump",
        "pg_dump",
    )
    assert arguments[-1] == "dbname='draagvlak' application_name='O\\'Brien\\\\kantoor'"
    assert "--schema" not in arguments


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


@pytest.mark.skipif(not test_server.TEST_URL, reason="needs a PostgreSQL server")
def test_a_database_in_a_schema_of_its_own_is_dumped_alone(tmp_path: Path) -> None:
    pg_restore = postgres.shutil.which("pg_restore")
    if postgres.shutil.which("pg_dump") is None or pg_restore is None:
        pytest.skip("pg_dump or pg_restore is not installed")
    server = str(test_server.TEST_URL)
    with test_server.empty_schema(server) as other, test_server.empty_schema(server) as url:
        for schema_url, table in ((other, "elsewhere"), (url, "only_here")):
            engine = create_engine(schema_url)
            with engine.begin() as connection:
                connection.exec_driver_sql(f"CREATE TABLE {table} (id integer)")
            engine.dispose()
        target = dump_postgresql(url, tmp_path / "kantoor.dump")
        schema = make_url(url).query["options"].removeprefix("-csearch_path=")
    listing = subprocess.run(  # noqa: S603 (an argument list, no shell)
        [pg_restore, "--list", str(target)], capture_output=True, text=True, check=True
    ).stdout
    # Table entries read "id; oid oid TABLE schema name owner" (and "TABLE DATA …" their rows).
    entries = [line.split() for line in listing.splitlines() if not line.startswith(";")]
    tables = [entry[4:6] for entry in entries if entry[3] == "TABLE" and entry[4] != "DATA"]
    assert tables == [[schema, "only_here"]]
