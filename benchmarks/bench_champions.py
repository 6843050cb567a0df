"""The champion network at 100,000 clients: coverage, a champion's page, a hand-over, a bulk
assignment.

Baseline: the staff list as the Staff area loads it (list_staff, with its per-champion client
counts), measured in the same run on the same database. The coverage report runs on a worker;
the champion's page opens on the GUI thread, so it should stay within a few tens of ms.
A copy of the cached demo database is used: opening migrates it, and the cache is shared.
"""

from __future__ import annotations

import shutil
import time

from benchmarks.common import BENCH_DIR, demo_database, median_time, report
from desktop.core.champions.assign import KEEP, assign_clients
from desktop.core.champions.coverage import coverage_report
from desktop.core.champions.handover import hand_over
from desktop.core.champions.portfolio import champion_portfolio
from desktop.core.clients.listing import ArchiveState, ClientFilter, client_ids_in_rows
from desktop.core.db.engine import open_database
from desktop.core.staff.listing import champion_client_counts, list_staff

REPEATS = 7


def timed(action) -> float:  # noqa: ANN001
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def main() -> None:
    source = demo_database(100_000)
    copy = BENCH_DIR / "champions-100000.sqlite3"
    shutil.copyfile(source, copy)
    database = open_database(copy)
    try:
        with database.session() as session:
            counts = champion_client_counts(session)
            busiest = max(counts, key=lambda staff_id: counts[staff_id])
            baseline = median_time(lambda: timed(lambda: list_staff(session)), REPEATS)
            report("staff list (baseline)", baseline)
            report(
                "coverage report",
                median_time(lambda: timed(lambda: coverage_report(session)), REPEATS),
                baseline,
            )
            report(
                f"champion's page ({counts[busiest]:,} clients)",
                median_time(lambda: timed(lambda: champion_portfolio(session, busiest)), REPEATS),
                baseline,
            )
            other = min(c for c in counts if c != busiest)
            moved = timed(lambda: hand_over(session, busiest, other))
            report(f"hand-over of {counts[busiest]:,} clients (one transaction)", moved, baseline)
            session.rollback()
            every = ClientFilter(archived=ArchiveState.ALL)
            started = time.perf_counter()
            ids = client_ids_in_rows(session, every, "name", False, [(0, 9_999)])
            assign_clients(session, ids, other, KEEP)
            report("bulk assign 10,000 selected clients", time.perf_counter() - started, baseline)
            session.rollback()
    finally:
        database.dispose()
        copy.unlink(missing_ok=True)
