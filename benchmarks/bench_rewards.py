"""Rewards at 100 staff and 100,000 ledger entries: balances, the points page, the leaderboard
and the balance check, against a plain SUM over the ledger; the badges of champions with
5,000 and 38,000 clients, every one approached (the whole-portfolio badge is then dated from
each client's history) or all but one; and what awarding adds to a bulk move of 2,000 clients
(the rule on) against the same move with the rule switched off."""

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
# Champions (staff ids of the office built) and how many clients each: all approached but the
# last one's first client, whose move was undone.
PORTFOLIOS = {1: (5_000, True), 2: (38_000, True), 3: (38_000, False)}


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
        _portfolios(session, rng, start)
        session.commit()
    database.dispose()


def _portfolios(session, rng: random.Random, start: datetime) -> None:  # noqa: ANN001
    """The PORTFOLIOS' clients, each enrolled and moved one to four times; some moves undone."""
    from desktop.core.db.tables import enrollments, stage_transitions
    from desktop.core.pipelines.projects import create_project
    from desktop.core.pipelines.reached import reached_text

    project = create_project(session, "Portaal")
    path = list(
        session.scalars(
            select(stages.c.id).where(stages.c.project_id == project.id).order_by(stages.c.position)
        )
    )[:6]
    for champion, (count, whole) in PORTFOLIOS.items():
        first = session.scalar(select(func.coalesce(func.max(clients.c.id), 0)))
        session.execute(
            insert(clients),
            [
                {
                    "client_number": f"P{first + i:06}",
                    "name": f"Klant {first + i}",
                    "champion_id": champion,
                }
                for i in range(1, count + 1)
            ],
        )
        histories = []
        for number in range(count):
            left_out = not whole and number == 0  # moved once, and that move undone
            moves = 1 if left_out else rng.randint(1, 4)
            undone = left_out or (moves > 1 and rng.random() < 0.1)
            real = moves - 1 if undone else moves
            histories.append((moves, undone, path[: real + 1]))
        session.execute(
            insert(enrollments),
            [
                {
                    "project_id": project.id,
                    "client_id": first + 1 + number,
                    "stage_id": reached[-1],
                    "stage_since": start,
                    "reached_stages": reached_text(reached),
                }
                for number, (_, _, reached) in enumerate(histories)
            ],
        )
        ids = dict(
            session.execute(
                select(enrollments.c.client_id, enrollments.c.id).where(
                    enrollments.c.client_id > first
                )
            ).all()
        )
        rows: list[dict[str, object]] = []
        for number, (moves, undone, _) in enumerate(histories):
            enrollment = ids[first + 1 + number]
            at = start + timedelta(days=rng.randrange(0, 200))
            rows.append({"enrollment_id": enrollment, "to_stage_id": path[0], "at": start})
            for step in range(1, moves + 1):
                at += timedelta(days=rng.randrange(1, 20))
                rows.append(
                    {
                        "enrollment_id": enrollment,
                        "from_stage_id": path[step - 1],
                        "to_stage_id": path[step],
                        "at": at,
                    }
                )
            if undone:  # the last move taken back
                rows.append(
                    {
                        "enrollment_id": enrollment,
                        "from_stage_id": path[moves],
                        "to_stage_id": path[moves - 1],
                        "at": at + timedelta(hours=1),
                        "undo_of_last": True,
                    }
                )
        _insert_transitions(session, stage_transitions, rows)


def _insert_transitions(session, table, rows: list[dict[str, object]]) -> None:  # noqa: ANN001
    """Insert in order; an undo points at the transition inserted just before it."""
    last_id = None
    batch: list[dict[str, object]] = []

    def flush() -> None:
        if batch:
            session.execute(insert(table), batch)
            batch.clear()

    for row in rows:
        if row.pop("undo_of_last", False):
            flush()
            last_id = session.scalar(select(func.max(table.c.id)))
            session.execute(insert(table).values(**row, reverts_id=last_id))
        else:
            batch.append({"from_stage_id": None, **row})
            if len(batch) >= 5_000:
                flush()
    flush()


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
        for champion, (count, whole) in PORTFOLIOS.items():

            def champion_badges() -> float:
                with database.session() as session:
                    return _timed(lambda: badges(session, [champion]))  # noqa: B023

            state = "all approached" if whole else "all but one approached"
            report(
                f"badges, {count:,} clients, {state}",
                median_time(champion_badges, REPEATS),
                baseline,
            )

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
