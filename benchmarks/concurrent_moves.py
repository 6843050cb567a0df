"""Several processes moving and undoing the same clients at once; then the history is checked.

Each worker behaves like a person at the board: it reads where a card is, then moves it (or a
column's cards) expecting it still to be there, and sometimes undoes its own latest move. The
workers start together (each waits for a gate file) and stop after a number of operations or
seconds. Afterwards every client's history must form one chain: in time order, each move
starts where the previous one ended, and the last one ends where the client is.

Used by tests/core/pipelines/test_concurrent_moves.py (a few operations) and by bench_concurrent_moves
(20 seconds). A worker runs as ``python -m benchmarks.concurrent_moves URL GATE INDEX SEED
OPERATIONS SECONDS``.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, fields
from itertools import groupby
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.common.errors import ConflictError, NotFoundError
from desktop.core.common.vocab import ClientType, StaffRole, StageKind
from desktop.core.db.engine import Database, open_database
from desktop.core.db.models import Client, Enrollment, Project, Staff, Stage, StageTransition

ROOT = Path(__file__).resolve().parents[1]
GATE_TIMEOUT = 120.0  # seconds a worker waits for the others to be ready


@dataclass
class Tally:
    moves: int = 0  # clients moved (a bulk move of three counts three)
    undos: int = 0
    refused: int = 0  # stale moves and undos the core refused, as it should
    failed: int = 0  # anything else that went wrong (must stay 0)

    def add(self, other: Tally) -> None:
        for field in fields(self):
            setattr(self, field.name, getattr(self, field.name) + getattr(other, field.name))


def prepare(database: Database, clients: int = 6) -> None:
    """A small office: two champions and a few clients in the client portal project."""
    from desktop.core.pipelines.enrollment import enroll_clients
    from desktop.core.pipelines.projects import create_project

    with database.session() as session:
        session.add_all(
            Staff(name=f"Mover {i}", initials=f"M{i}", role=StaffRole.RELATIONSHIP_MANAGER)
            for i in (1, 2)
        )
        session.add_all(
            Client(client_number=f"K{i:03d}", name=f"Client {i}", client_type=ClientType.BV)
            for i in range(1, clients + 1)
        )
        project = create_project(session, "Client portal")
        enroll_clients(session, project.id)
        session.commit()


def run(url: str, processes: int = 2, operations: int = 0, seconds: float = 0.0) -> Tally:
    """Start the workers together on a prepared database and add up what they did."""
    with tempfile.TemporaryDirectory(prefix="draagvlak-moves-") as folder:
        gate = Path(folder)
        workers = [
            subprocess.Popen(
                [sys.executable, "-m", "benchmarks.concurrent_moves", url, str(gate)]
                + [str(index), str(1000 + index), str(operations), str(seconds)],
                cwd=ROOT,
                stdout=subprocess.PIPE,
                text=True,
            )
            for index in range(processes)
        ]
        try:
            _wait_for(lambda: all((gate / f"ready-{i}").exists() for i in range(processes)))
            (gate / "go").touch()
            total = Tally()
            for worker in workers:
                out, _ = worker.communicate(timeout=GATE_TIMEOUT + seconds)
                if worker.returncode != 0:
                    raise RuntimeError(f"a worker failed (exit {worker.returncode})")
                total.add(Tally(**json.loads(out.strip().splitlines()[-1])))
        finally:
            for worker in workers:
                if worker.poll() is None:
                    worker.kill()
                    worker.wait()
    return total


def _wait_for(condition, timeout: float = GATE_TIMEOUT) -> None:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the workers did not get ready")
        time.sleep(0.01)


def history_breaks(session: Session) -> int:
    """Moves that do not start where the previous one ended, and clients not where their
    history ends (0 for a truthful history)."""
    history = session.execute(
        select(StageTransition.enrollment_id, StageTransition.from_stage_id)
        .add_columns(StageTransition.to_stage_id)
        .order_by(StageTransition.enrollment_id, StageTransition.at, StageTransition.id)
    ).all()
    where = {e: s for e, s in session.execute(select(Enrollment.id, Enrollment.stage_id))}
    breaks = 0
    for enrollment_id, moves in groupby(history, key=lambda row: row.enrollment_id):
        previous = None
        for move in moves:
            breaks += move.from_stage_id != previous
            previous = move.to_stage_id
        breaks += previous != where.pop(enrollment_id)
    return breaks + len(where)  # a client without any history is a break too


# --- the worker ---------------------------------------------------------------------------------


def worker(url: str, gate: Path, index: int, seed: int, operations: int, seconds: float) -> Tally:
    from desktop.core.pipelines.moves import move_clients
    from desktop.core.pipelines.undo import undo_moves

    rng = random.Random(seed)
    database = open_database(url, migrate=False)
    with database.session() as session:
        project_id = session.scalars(select(Project.id)).one()
        stages = session.execute(
            select(Stage.id, Stage.kind).where(Stage.project_id == project_id)
        ).all()
        me = session.scalars(select(Staff.id).order_by(Staff.id)).all()[index % 2]
    lost = {stage.id for stage in stages if stage.kind == StageKind.LOST}
    (gate / f"ready-{index}").touch()
    _wait_for((gate / "go").exists)
    tally = Tally()
    mine: list[list[int]] = []  # my moves, latest last: what my Undo button would take back
    deadline = time.monotonic() + seconds
    done = 0
    while (operations and done < operations) or (seconds and time.monotonic() < deadline):
        done += 1
        with database.session() as session:
            board = {e: s for e, s in session.execute(select(Enrollment.id, Enrollment.stage_id))}
        with database.session() as session:
            try:
                if mine and rng.random() < 0.3:
                    undone = undo_moves(session, mine.pop(), me)
                    session.commit()
                    tally.undos += len(undone)
                    continue
                seen = rng.choice(sorted(board.values()))  # a column with cards in it
                column = sorted(e for e, stage in board.items() if stage == seen)
                cards = rng.sample(column, k=1 if rng.random() < 0.7 else min(3, len(column)))
                target = rng.choice([stage.id for stage in stages if stage.id != seen])
                reason = "Prefers paper" if target in lost else None
                moved = move_clients(
                    session, cards, target, me, reason=reason, expected_stage_id=seen
                )
                session.commit()
                tally.moves += len(moved)
                mine.append([move.transition_id for move in moved])
            except (ConflictError, NotFoundError):
                session.rollback()
                tally.refused += 1
            except Exception as error:  # noqa: BLE001 - counted and shown, the run goes on
                session.rollback()
                tally.failed += 1
                print(f"worker {index}: {type(error).__name__}: {error}", file=sys.stderr)
    database.dispose()
    return tally


if __name__ == "__main__":
    url, gate, index, seed, operations, seconds = sys.argv[1:7]
    result = worker(url, Path(gate), int(index), int(seed), int(operations), float(seconds))
    print(json.dumps(result.__dict__))
