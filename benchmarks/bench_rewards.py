"""Rewards at 100 staff and 100,000 ledger entries: balances, the points page, the leaderboard
and the balance check, against a plain SUM over the ledger; and what awarding adds to a bulk
move of 2,000 clients (the rule on) against the same move with the rule switched off."""

from __future__ import annotations

import random
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, insert, select, update

from benchmarks.common import median_time, report
from desktop.core.common.vocab import StaffRole
from desktop.core.db.engine import open_database
from desktop.core.db.tables import (
    clients,
    reward_balances,
    reward_entries,
    reward_rules,
    staff,
    stages,
)
from desktop.core.rewards.vocab import EntrySource

STAFF, ENTRIES, MOVED, REPEATS = 100, 100_000, 2_000, 7


def build(path: Path) -> None:
    rng = random.Random(11)
    database = open_database(path)
    with database.session() as session:
        session.execute(
            insert(staff),
            [
                {
                    "name": f"Medewerker {i:03}",
                    "initials": f"M{i}",
                    "team": f"Team {i % 6}",
                    "role": StaffRole.RELATIONSHIP_MANAGER,
                }
                for i in range(STAFF)
            ],
        )
        ids = list(session.scalars(select(staff.c.id)))
        start = datetime(2026, 1, 1, tzinfo=UTC)
        rows = [
            {
                "at": start + timedelta(minutes=rng.randrange(0, 480_000)),
                "staff_id": rng.choice(ids),
                "points": rng.choice((5, 10, 10, 20, -40)),
                "reason": "Benchmark entry",
                "source": EntrySource.RULE,
                "client_id": rng.randrange(1, 50_000),
                "stage_id": 6,
            }
            for _ in range(ENTRIES)
        ]
        for chunk in range(0, ENTRIES, 5_000):
            session.execute(insert(reward_entries), rows[chunk : chunk + 5_000])
        sums = session.execute(
            select(reward_entries.c.staff_id, func.sum(reward_entries.c.points)).group_by(
                reward_entries.c.staff_id
            )
        ).all()
        session.execute(
            insert(reward_balances), [{"staff_id": s, "balance": int(b)} for s, b in sums]
        )
        session.commit()
    database.dispose()


def _timed(action) -> float:  # noqa: ANN001
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def _move_office(database, rule_on: bool) -> tuple[list[int], int]:  # noqa: ANN001
    from desktop.core.pipelines.enrollment import enroll_clients
    from desktop.core.pipelines.projects import create_project
    from desktop.core.rewards.rules import ensure_default_rules

    with database.session() as session:
        champions = list(session.scalars(select(staff.c.id)))
        first = session.scalar(select(func.coalesce(func.max(clients.c.id), 0)))
        session.execute(
            insert(clients),
            [
                {
                    "client_number": f"B{first + i:06}",
                    "name": f"Klant {first + i}",
                    "champion_id": champions[i % len(champions)],
                }
                for i in range(MOVED)
            ],
        )
        project = create_project(session, f"Project {first}")
        new = list(session.scalars(select(clients.c.id).where(clients.c.id > first)))
        enroll_clients(session, project.id, new, at=datetime(2026, 1, 1, tzinfo=UTC))
        ensure_default_rules(session)
        session.execute(update(reward_rules).values(enabled=rule_on))
        active = session.scalar(
            select(stages.c.id).where(stages.c.project_id == project.id, stages.c.kind == "won")
        )
        from desktop.core.db.tables import enrollments

        enrolled = list(
            session.scalars(select(enrollments.c.id).where(enrollments.c.project_id == project.id))
        )
        session.commit()
    return enrolled, int(active or 0)


def main() -> None:
    from desktop.core.pipelines.moves import move_clients
    from desktop.core.rewards.badges import badges
    from desktop.core.rewards.leaderboard import leaderboard
    from desktop.core.rewards.ledger import balance, balance_problems, balances, entries_for
    from desktop.core.rewards.vocab import BoardPeriod

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "rewards.sqlite3"
        build(path)
        database = open_database(path)
        me = 50
        today = datetime(2026, 11, 15, tzinfo=UTC).date()

        def raw_sum() -> float:
            with database.session() as session:
                query = select(reward_entries.c.staff_id, func.sum(reward_entries.c.points))
                return _timed(
                    lambda: session.execute(query.group_by(reward_entries.c.staff_id)).all()
                )

        def all_balances() -> float:
            with database.session() as session:
                return _timed(lambda: balances(session))

        def points_page() -> float:
            with database.session() as session:
                return _timed(
                    lambda: (
                        balance(session, me),
                        entries_for(session, me, 500),
                        badges(session, [me]),
                    )
                )

        def board() -> float:
            with database.session() as session:
                return _timed(lambda: leaderboard(session, me, BoardPeriod.QUARTER, today=today))

        def check() -> float:
            with database.session() as session:
                return _timed(lambda: balance_problems(session))

        raw_sum()
        baseline = median_time(raw_sum, REPEATS)
        report("ledger SUM per person (baseline)", baseline)
        report("all balances", median_time(all_balances, REPEATS), baseline)
        report(
            "my points page (balance, 500 entries, badges)",
            median_time(points_page, REPEATS),
            baseline,
            "< 100 ms",
        )
        report("leaderboard, quarter, around me", median_time(board, REPEATS), baseline, "< 100 ms")
        report("check: balances == ledger sums", median_time(check, REPEATS), baseline)

        timings = {}
        for rule_on in (False, True):
            enrolled, active = _move_office(database, rule_on)
            with database.session() as session:
                moment = datetime(2026, 2, 1, tzinfo=UTC)
                timings[rule_on] = _timed(
                    lambda: move_clients(session, enrolled, active, None, at=moment)  # noqa: B023
                )
                session.commit()
        report(f"bulk move of {MOVED} clients, no rule (baseline)", timings[False])
        report(f"bulk move of {MOVED} clients, points awarded", timings[True], timings[False])
        database.dispose()


if __name__ == "__main__":
    main()
