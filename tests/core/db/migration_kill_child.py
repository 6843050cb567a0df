"""Child process for the kill tests: opens (and so migrates) a database and kills itself with
SIGKILL at a chosen moment, found from SQLite's statement trace and the backup copy's progress
(a file copy, or SQLite's backup API when the snapshot cannot be copied as a file).

usage: python migration_kill_child.py DB MOMENT
MOMENT is "backup" (halfway through the backup copy) or "STATEMENT_PREFIX#N": just before the
N-th statement starting with that prefix, or "after-commit" (migration committed, the
database not yet handed to the application).
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import sqlite3.dbapi2
import sys
from pathlib import Path

KILL = getattr(signal, "SIGKILL", signal.SIGTERM)  # Windows: SIGTERM is TerminateProcess


def _die() -> None:
    os.kill(os.getpid(), KILL)


def main(db: str, moment: str) -> int:
    prefix, _, nth = moment.partition("#")
    wanted = int(nth or 1)
    seen = 0

    def trace(statement: str) -> None:
        nonlocal seen
        text = statement.lstrip().upper()
        if text.startswith(prefix.upper()):
            seen += 1
            if seen == wanted:
                _die()

    class KillableConnection(sqlite3.Connection):
        def backup(self, target, **kwargs):  # type: ignore[no-untyped-def]
            def progress(_status: int, remaining: int, total: int) -> None:
                if moment == "backup" and remaining <= total // 2:
                    _die()

            return super().backup(target, pages=64, progress=progress)

    def copyfile_halfway(source: str, target: str) -> None:
        data = Path(source).read_bytes()
        with Path(target).open("wb") as writer:
            writer.write(data[: len(data) // 2])
            writer.flush()
            _die()

    if moment == "backup":
        shutil.copyfile = copyfile_halfway  # type: ignore[assignment]

    real_connect = sqlite3.connect

    def connect(*args, **kwargs):  # type: ignore[no-untyped-def]
        kwargs.setdefault("factory", KillableConnection)
        connection = real_connect(*args, **kwargs)
        connection.set_trace_callback(trace)
        return connection

    sqlite3.connect = connect  # type: ignore[assignment]
    sqlite3.dbapi2.connect = connect  # type: ignore[assignment]

    from desktop.core.db import migrate as schema
    from desktop.core.db.engine import open_database

    if moment == "after-commit":
        real_upgrade = schema.upgrade

        def upgrade_then_die(*args, **kwargs):  # type: ignore[no-untyped-def]
            real_upgrade(*args, **kwargs)
            _die()

        schema.upgrade = upgrade_then_die  # type: ignore[assignment]

    open_database(db).dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
