"""The pipeline numbers with their median days, at 100,000 enrolled clients.

Runs on the pipeline office of bench_board_core (nine months of history, ~374,000 transitions).
Target (issue 13): pipeline_numbers, project and per champion with median days, ≤ 300 ms. The
baseline is the raw SQL of the same aggregates, run on the same connection without any Python
around it: the enrollments grouped by stage, champion, stages reached and UTC hour of entering
their stage (the counts and the ongoing stays), and the kept finished stays grouped by stage,
champion and days, both by the copies of the client's champion and archived flag. The same
aggregates joined to the clients for those two (as before the copies) are timed beside them.
CPU times are printed too: on a busy machine they wobble less than wall time.
"""

from __future__ import annotations

import os
import time

from benchmarks.common import median_time, report

REPEATS = 7

ENROLLMENTS = """SELECT stage_id, client_champion_id, reached_stages, {hour}, count(*)
    FROM enrollments e WHERE project_id = :project AND client_archived = false
    GROUP BY stage_id, client_champion_id, reached_stages, {hour}"""
STAYS = """SELECT stage_id, client_champion_id, days, count(*) FROM stage_stays
    WHERE client_archived = false AND stage_id IN (SELECT id FROM stages WHERE project_id = :project)
    GROUP BY stage_id, client_champion_id, days"""
JOINED = (
    """SELECT e.stage_id, c.champion_id, e.reached_stages, {hour}, count(*)
    FROM enrollments e JOIN clients c ON c.id = e.client_id
    WHERE e.project_id = :project AND NOT c.archived
    GROUP BY e.stage_id, c.champion_id, e.reached_stages, {hour}""",
    """SELECT s.stage_id, c.champion_id, s.days, count(*)
    FROM stage_stays s JOIN enrollments e ON e.id = s.enrollment_id
    JOIN clients c ON c.id = e.client_id
    WHERE e.project_id = :project AND NOT c.archived
    GROUP BY s.stage_id, c.champion_id, s.days""",
)
HOUR = {
    "sqlite": "substr(e.stage_since, 1, 13)",
    "postgresql": "to_char(e.stage_since, 'YYYY-MM-DD HH24')",
}


def main() -> None:
    from sqlalchemy import text

    from desktop.core.db.engine import open_database
    from desktop.core.pipelines.stats import pipeline_numbers

    database = open_database(_pipeline_office())
    hour = HOUR[database.engine.dialect.name]
    statements = [text(ENROLLMENTS.format(hour=hour)), text(STAYS)]
    joined = [text(statement.format(hour=hour)) for statement in JOINED]
    params = {"project": 1}
    cpu: dict[str, list[float]] = {"raw": [], "joined": [], "core": [], "counts": []}

    def timed(name: str, action) -> float:  # type: ignore[no-untyped-def]  # noqa: ANN001
        started, started_cpu = time.perf_counter(), time.process_time()
        action()
        cpu[name].append(time.process_time() - started_cpu)
        return time.perf_counter() - started

    with database.connect() as connection, database.session() as session:

        def raw(of: list) -> None:  # type: ignore[type-arg]
            for statement in of:
                connection.execute(statement, params).all()

        actions = {
            "raw": lambda: raw(statements),
            "joined": lambda: raw(joined),
            "core": lambda: pipeline_numbers(session, 1),
            "counts": lambda: pipeline_numbers(session, 1, median_days=False),
        }
        for action in actions.values():  # warm the file cache
            action()
        baseline = median_time(lambda: timed("raw", actions["raw"]), REPEATS)
        before = median_time(lambda: timed("joined", actions["joined"]), REPEATS)
        numbers = median_time(lambda: timed("core", actions["core"]), REPEATS)
        counts = median_time(lambda: timed("counts", actions["counts"]), REPEATS)
    database.dispose()
    report("raw SQL of the same aggregates", baseline)
    report("  the same joined to the clients (no copies)", before, baseline)
    report("pipeline_numbers with median days (100,000)", numbers, baseline, target="≤ 300 ms")
    report("pipeline_numbers, counts only", counts, baseline)
    print(
        "  CPU: "
        + ", ".join(
            f"{name} {sorted(times)[len(times) // 2] * 1000:.0f} ms" for name, times in cpu.items()
        )
    )


def _pipeline_office() -> object:
    """bench_board_core's office: its SQLite file, or built once in DRAAGVLAK_BENCH_DATABASE_URL
    (which must then be empty or hold it)."""
    from sqlalchemy import func, select

    from benchmarks.bench_board_core import CLIENTS, build, pipeline_database
    from benchmarks.common import DATABASE_URL_ENV
    from desktop.core.db.engine import open_database
    from desktop.core.db.tables import clients

    url = os.environ.get(DATABASE_URL_ENV)
    if not url:
        return pipeline_database()
    database = open_database(url)
    with database.connect() as connection:
        present = connection.execute(select(func.count()).select_from(clients)).scalar_one()
    database.dispose()
    if present == 0:
        build(url, CLIENTS)  # type: ignore[arg-type]  # open_database takes a URL too
    elif present != CLIENTS:
        raise SystemExit(f"{DATABASE_URL_ENV} holds {present:,} clients, not {CLIENTS:,}")
    return url


if __name__ == "__main__":
    main()
