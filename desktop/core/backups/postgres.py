"""A PostgreSQL database is backed up with ``pg_dump`` when it is installed; otherwise the
server's own backup is the office's job (and the message says so)."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from pathlib import Path

from sqlalchemy.engine import make_url

from desktop.core.backups.sqlite_copy import partial_file
from desktop.core.common.errors import DatabaseError
from desktop.core.common.i18n import translate


def pg_dump_command(url: str, target: Path, executable: str) -> tuple[list[str], dict[str, str]]:
    """The argument list and environment for pg_dump; the password goes in the environment,
    never on the command line (which other users of the PC can see).

    The URL's query (``sslmode``, ``options``, ``application_name``…) are libpq connection
    parameters, as they are for the app's own connection, so they travel in a connection string;
    a ``search_path`` set in ``options`` (an office database in a schema of its own) limits the
    dump to that schema.
    """
    parsed = make_url(url)
    arguments = [executable, "--format=custom", "--no-password", f"--file={target}"]
    if parsed.host:
        arguments += ["--host", parsed.host]
    if parsed.port:
        arguments += ["--port", str(parsed.port)]
    if parsed.username:
        arguments += ["--username", parsed.username]
    parameters = {key: _single(value) for key, value in parsed.query.items()}
    schema = _search_path_schema(parameters.get("options", ""))
    if schema:
        arguments += ["--schema", schema]
    database = parsed.database or ""
    if parameters:
        database = " ".join(
            f"{key}={_conninfo_value(value)}"
            for key, value in {"dbname": database, **parameters}.items()
        )
    arguments += ["--dbname", database]
    environment = dict(os.environ)
    if parsed.password:
        environment["PGPASSWORD"] = str(parsed.password)
    return arguments, environment


def _single(value: str | tuple[str, ...]) -> str:
    return value if isinstance(value, str) else value[-1]


def _conninfo_value(value: str) -> str:
    """A value quoted the way libpq's key=value connection strings read it."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _search_path_schema(options: str) -> str | None:
    """The first schema of a ``-csearch_path=…`` (or ``-c search_path=…``) in libpq options."""
    words = options.replace("-c ", "-c").split()
    for word in words:
        if word.startswith("-csearch_path="):
            first = word.removeprefix("-csearch_path=").split(",")[0].strip()
            return first or None  # as written: pg_dump reads a quoted name as case-sensitive
    return None


def dump_postgresql(url: str, target: Path) -> Path:
    """Write a pg_dump archive (custom format: restore with pg_restore) to ``target``, under a
    temporary name until complete. DatabaseError when pg_dump is missing or fails."""
    executable = shutil.which("pg_dump")
    if executable is None:
        raise DatabaseError(
            translate(
                "Backups",
                "pg_dump was not found on this PC (it comes with the PostgreSQL client tools; "
                "add its folder to PATH). Without it, backing up the PostgreSQL server is the "
                "server's own job.",
            )
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = partial_file(target)
    arguments, environment = pg_dump_command(url, temp, executable)
    result = subprocess.run(  # noqa: S603 (an argument list, no shell)
        arguments, env=environment, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        with contextlib.suppress(OSError):
            temp.unlink()
        lines = (result.stderr or "").strip().splitlines()
        raise DatabaseError(
            translate("Backups", "pg_dump failed: {error}").format(
                error=lines[0] if lines else result.returncode
            )
        )
    temp.replace(target)
    return target
