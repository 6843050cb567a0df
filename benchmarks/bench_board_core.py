"""Pipeline core at scale: enrolling, the board query, stage counts and pipeline numbers.

Builds (once, cached in the temp folder) an office of 100,000 clients enrolled in the client
portal project with nine months of history: bulk moves forwards, some back and forth, some into
Declined, a few undone. Targets: board ≤ 1 s at 100k (issue 3), a move ≤ 50 ms.
"""

from __future__ import annotations

import random
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, select, update

from benchmarks.common import BENCH_DIR, median_time, report
from desktop.core.common.search_text import search_key
from desktop.core.common.vocab import ClientType, StaffRole
from desktop.core.db.engine import open_database
from desktop.core.db.models import Client, Enrollment, Segment, Staff
from desktop.core.pipelines.board import BoardFilter, board_cards, stage_cards, stage_counts
from desktop.core.pipelines.enrollment import enroll_clients
from desktop.core.pipelines.moves import move_client, move_clients
from desktop.core.pipelines.projects import create_project
from desktop.core.pipelines.stages import list_stages
from desktop.core.pipelines.stats import pipeline_numbers, pipeline_stats
from desktop.core.pipelines.undo import undo_move, undo_moves

CLIENTS = 100_000
REPEATS = 5
START = datetime.now(UTC) - timedelta(days=270)
# (from stage position, to stage position, share of those there, day after start)
FLOW = [
    (0, 1, 0.80, 20),
    (1, 2, 0.70, 60),
    (2, 1, 0.10, 70),  # invitation bounced: back to Informed
    (1, 2, 0.50, 90),
    (2, 3, 0.75, 120),
    (1, 6, 0.10, 130),  # declined
    (3, 4, 0.80, 150),
    (4, 5, 0.70, 200),
    (4, 3, 0.05, 210),
]


def build(path: Path, clients: int) -> None:
    rng = random.Random(7)
    database = open_database(path)
    with database.session() as session:
        segments = [Segment(name=n, position=i) for i, n in enumerate("ABCD")]
        staff = [
            Staff(name=f"Staff {i}", initials=f"S{i}", role=StaffRole.RELATIONSHIP_MANAGER)
            for i in range(20)
        ]
        session.add_all([*segments, *staff])
        session.flush()
        types = list(ClientType)
        rows = [
            {
                "client_number": f"{n:06d}",
                "name": f"Client {rng.randrange(10**6):06d} {n}",
                "client_type": rng.choice(types),
                "segment_id": rng.choice(segments).id,
                "champion_id": rng.choice(staff[:10]).id,
            }
            for n in range(clients)
        ]
        for row in rows:  # a bulk insert skips the ORM event that fills search_text
            row["search_text"] = search_key(row["name"], row["client_number"], None, None)
        session.execute(insert(Client), rows)
        project = create_project(session, "Client portal")
        started = time.perf_counter()
        enroll_clients(session, project.id, at=START)
        report(f"enroll {clients:,} clients", time.perf_counter() - started)
        stages = [s.id for s in list_stages(session, project.id)]
        started = time.perf_counter()
        for source, target, share, day in FLOW:
            ids = list(
                session.scalars(
                    select(Enrollment.id).where(
                        Enrollment.project_id == project.id, Enrollment.stage_id == stages[source]
                    )
                )
            )
            chosen = rng.sample(ids, int(len(ids) * share))
            reason = "Prefers paper" if target == 6 else None
            at = START + timedelta(days=day)
            moves = move_clients(session, chosen, stages[target], staff[0].id, reason=reason, at=at)
        report("history: bulk moves (all flows)", time.perf_counter() - started)
        for move in rng.sample(moves, min(200, len(moves))):  # slips in the last flow, undone
            undo_move(session, move.transition_id, None)
        with_action = rng.sample(range(1, clients + 1), int(clients * 0.6))
        session.execute(
            update(Enrollment)
            .where(Enrollment.id.in_(with_action))
            .values(next_action="Call", next_action_due=START.date() + timedelta(days=280))
        )
        session.commit()
    database.dispose()


def pipeline_database(clients: int = CLIENTS) -> Path:
    """The pipeline office, built once per schema revision (as common.demo_database: another
    checkout's database is never migrated under it)."""
    from desktop.core.db.migrate import head_revision

    path = BENCH_DIR / f"pipeline-{clients}-rev{head_revision()}.sqlite3"
    if not path.exists():
        BENCH_DIR.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial.sqlite3")
        partial.unlink(missing_ok=True)
        build(partial, clients)
        partial.rename(path)
    return path


def timed(action) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def main() -> None:
    path = pipeline_database()
    database = open_database(path)
    with database.session() as session:
        project_id = 1
        stages = [s.id for s in list_stages(session, project_id)]
        champion = session.scalar(select(Staff.id).order_by(Staff.id))
        cases = {
            "board_cards, no filter": BoardFilter(),
            "board_cards, stalled only": BoardFilter(stalled_only=True),
            "board_cards, one champion": BoardFilter(champion_id=champion),
            "board_cards, search 'client 12'": BoardFilter(search="client 12"),
        }
        for name, filters in cases.items():
            seconds = median_time(
                lambda f=filters: timed(lambda: board_cards(session, 1, f)), REPEATS
            )
            report(name, seconds, target="≤ 1000 ms")
        first = median_time(
            lambda: timed(lambda: board_cards(session, project_id, limit_per_stage=200)), REPEATS
        )
        report("board_cards, first 200 per stage", first, target="≤ 1000 ms")
        busiest = max(stage_counts(session, project_id).items(), key=lambda item: item[1])[0]
        page = median_time(
            lambda: timed(
                lambda: stage_cards(session, project_id, busiest, offset=5000, limit=200)
            ),
            REPEATS,
        )
        report("stage_cards, busiest column, 200 from 5,000", page)
        cards = sum(len(c) for c in board_cards(session, project_id).values())
        print(f"  ({cards:,} cards on the board)")
        for name, action in {
            "stage_counts, no filter": lambda: stage_counts(session, project_id),
            "stage_counts, stalled only": lambda: stage_counts(
                session, project_id, BoardFilter(stalled_only=True)
            ),
            "pipeline_stats": lambda: pipeline_stats(session, project_id),
            "pipeline_numbers (project and per champion)": lambda: pipeline_numbers(
                session, project_id
            ),
        }.items():
            report(name, median_time(lambda a=action: timed(a), REPEATS))
        # The median days against the raw SQL of the same aggregates: see bench_pipeline_numbers.
        counts = median_time(
            lambda: timed(lambda: pipeline_numbers(session, project_id, median_days=False)),
            REPEATS,
        )
        report("pipeline_numbers, counts (no median days)", counts, target="≤ 300 ms")
        enrollment = session.get(Enrollment, 12_345)
        targets = [s for s in stages[:5] if s != enrollment.stage_id][:2]

        def move_and_commit() -> None:
            move_client(session, enrollment.id, targets[0], champion, "bench")
            session.commit()
            move_client(session, enrollment.id, targets[1], champion, "bench")
            session.commit()

        report(
            "move_client + commit (each)",
            median_time(lambda: timed(move_and_commit), REPEATS) / 2,
            target="≤ 50 ms",
        )

        def undo_and_commit() -> None:
            move = move_client(session, enrollment.id, targets[0], champion)
            session.commit()
            undo_move(session, move.id, champion)
            session.commit()

        report("move + undo + 2 commits", median_time(lambda: timed(undo_and_commit), REPEATS))
        waiting = list(
            session.scalars(
                select(Enrollment.id).where(Enrollment.stage_id == stages[0]).limit(5_000)
            )
        )

        def bulk_move() -> float:
            seconds = timed(lambda: move_clients(session, waiting, stages[1], champion, "bench"))
            session.rollback()  # keep the cached database as it was
            return seconds

        report(f"move_clients, {len(waiting):,} at once", median_time(bulk_move, REPEATS))

        def bulk_undo() -> float:
            moves = move_clients(session, waiting, stages[1], champion, "bench")
            ids = [move.transition_id for move in moves]
            seconds = timed(lambda: undo_moves(session, ids, champion))
            session.rollback()
            return seconds

        report(f"undo_moves, {len(waiting):,} at once", median_time(bulk_undo, REPEATS))
    database.dispose()


if __name__ == "__main__":
    main()
