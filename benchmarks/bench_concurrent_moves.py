"""Two processes moving and undoing the same few clients for 20 seconds: zero history breaks.

SQLite in the temp folder; set DRAAGVLAK_BENCH_DATABASE_URL (a PostgreSQL database you may
fill, e.g. postgresql+psycopg://me@localhost/draagvlak_bench) to run it there too, in a schema
of its own that is dropped afterwards.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from benchmarks.concurrent_moves import history_breaks, prepare, run
from desktop.core.db.engine import open_database

SECONDS = 20.0
PROCESSES = 2
URL_ENV = "DRAAGVLAK_BENCH_DATABASE_URL"


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="draagvlak-bench-moves-") as folder:
        measure("SQLite", str(Path(folder) / "moves.sqlite3"))
    server = os.environ.get(URL_ENV)
    if server:
        from tests.postgres import migrated_schema

        for url in migrated_schema(server):
            measure("PostgreSQL", url)
    else:
        print(f"  (PostgreSQL skipped: set {URL_ENV} to run it there too)")


def measure(name: str, url: str) -> None:
    database = open_database(url)
    prepare(database)
    tally = run(database.url, PROCESSES, seconds=SECONDS)
    with database.session() as session:
        breaks = history_breaks(session)
    database.dispose()
    print(
        f"{name:<11} {PROCESSES} processes x {SECONDS:.0f} s: {tally.moves:,} clients moved, "
        f"{tally.undos:,} undone, {tally.refused:,} stale moves/undos refused, "
        f"{tally.failed} failed, {breaks} history breaks"
    )
