"""Shared helpers for the benchmarks: the 100k demo database, timing and reporting."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

BENCH_DIR = Path(tempfile.gettempdir()) / "draagvlak-bench"
# Client counts to measure at, e.g. DRAAGVLAK_BENCH_CLIENTS=1000,10000,100000,300000.
CLIENTS_ENV = "DRAAGVLAK_BENCH_CLIENTS"
# A database to measure on instead of the SQLite files, e.g. a PostgreSQL URL; it must be empty
# (the demo office is made in it) or hold the demo office of the size measured.
DATABASE_URL_ENV = "DRAAGVLAK_BENCH_DATABASE_URL"


def client_counts(*default: int) -> tuple[int, ...]:
    """The office sizes a benchmark runs at: its defaults, or those of DRAAGVLAK_BENCH_CLIENTS."""
    value = os.environ.get(CLIENTS_ENV, "").replace("_", "")
    return tuple(int(part) for part in value.split(",") if part.strip()) or default


def demo_database(clients: int = 100_000, seed: int = 1) -> Path | str:
    """A demo office database with this many clients, made once and reused between runs: the
    database of DRAAGVLAK_BENCH_DATABASE_URL when set, else a file in the temp folder.

    The file name carries the schema revision: a checkout with another migration history gets
    a database of its own instead of migrating (and so breaking) another checkout's.
    """
    from desktop.core.db.engine import open_database
    from desktop.core.db.migrate import head_revision
    from desktop.core.demo.office import DemoOptions, create_demo_office

    url = os.environ.get(DATABASE_URL_ENV)
    if url:
        return _demo_at_url(url, clients, seed)
    path = BENCH_DIR / f"demo-{clients}-seed{seed}-rev{head_revision()}.sqlite3"
    if path.exists():
        return path
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    # A name of its own: two benchmarks started together each build their copy, the first to
    # finish names it, and neither writes into the other's file.
    handle, name = tempfile.mkstemp(dir=BENCH_DIR, prefix=f"{path.stem}-", suffix=".partial")
    os.close(handle)
    partial = Path(name)
    started = time.perf_counter()
    database = open_database(partial)
    with database.session() as session:
        create_demo_office(session, DemoOptions(clients=clients, seed=seed))
        session.commit()
    database.dispose()
    try:
        partial.rename(path)
    except FileExistsError:  # Windows: another run finished first; its copy is the same
        partial.unlink()
    print(f"  (created {path.name} in {time.perf_counter() - started:.1f} s)")
    return path


def _demo_at_url(url: str, clients: int, seed: int) -> str:
    from sqlalchemy import func, select

    from desktop.core.db.engine import open_database
    from desktop.core.db.tables import clients as clients_table
    from desktop.core.demo.office import DemoOptions, create_demo_office

    database = open_database(url)
    with database.session() as session:
        present = session.scalar(select(func.count()).select_from(clients_table)) or 0
        if present == 0:
            started = time.perf_counter()
            create_demo_office(session, DemoOptions(clients=clients, seed=seed))
            session.commit()
            print(
                f"  (created the demo office of {clients:,} clients in {time.perf_counter() - started:.1f} s)"
            )
        elif present != clients:
            raise SystemExit(f"{DATABASE_URL_ENV} holds {present:,} clients, not {clients:,}")
    database.dispose()
    return url


def median_time(action: Callable[[], float], repeats: int) -> float:
    return statistics.median(action() for _ in range(repeats))


def report(name: str, value: float, baseline: float | None = None, target: str = "") -> None:
    line = f"{name:<48} {value * 1000:9.1f} ms"
    if baseline:
        line += f"   baseline {baseline * 1000:8.1f} ms   ratio {value / baseline:5.2f}x"
    if target:
        line += f"   (target {target})"
    print(line)
