"""The Readiness heatmap at 50 staff x 8 rounds: opening a round must take under 100 ms.

Measures the whole path the view takes (rounds list, round results with the previous round,
the trends and adopter categories over all earlier rounds, the intervention library, the model
filled and every cell's text and colour read; the score grid loads only when its
tab is shown) against the raw
SQL select of the round's scores.
"""

from __future__ import annotations

import os
import random
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import insert, select

from benchmarks.common import median_time, report
from desktop.core.assessments.elements import ELEMENTS
from desktop.core.common.vocab import StaffRole
from desktop.core.db.engine import open_database
from desktop.core.db.tables import assessment_rounds, assessment_scores, staff

STAFF, ROUNDS, REPEATS = 50, 8, 15


def build(path: Path) -> None:
    rng = random.Random(5)
    database = open_database(path)
    with database.session() as session:
        session.execute(
            insert(staff),
            [
                {
                    "name": f"Medewerker {i:02}",
                    "initials": f"M{i}",
                    "team": f"Team {i % 5}",
                    "role": StaffRole.RELATIONSHIP_MANAGER,
                }
                for i in range(STAFF)
            ],
        )
        staff_ids = list(session.scalars(select(staff.c.id)))
        for number in range(ROUNDS):
            round_id = session.execute(
                insert(assessment_rounds)
                .values(
                    name=f"Meting {number + 1}", held_on=date(2025, 1, 1) + timedelta(90 * number)
                )
                .returning(assessment_rounds.c.id)
            ).scalar_one()
            session.execute(
                insert(assessment_scores),
                [
                    {
                        "round_id": round_id,
                        "staff_id": sid,
                        "element": e,
                        "score": round(rng.uniform(1, 5), 1),
                    }
                    for sid in staff_ids
                    for e in ELEMENTS
                ],
            )
        session.commit()
    database.dispose()


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from desktop.core.assessments.adopters import round_trends
    from desktop.core.assessments.interventions import list_interventions
    from desktop.core.assessments.results import round_results
    from desktop.core.assessments.rounds import list_rounds
    from desktop.ui.assessments.heatmap_model import HeatmapModel

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "assessments.sqlite3"
        build(path)
        database = open_database(path)
        model = HeatmapModel()

        def raw() -> float:
            started = time.perf_counter()
            with database.session() as session:
                last = session.scalar(
                    select(assessment_rounds.c.id)
                    .order_by(assessment_rounds.c.held_on.desc())
                    .limit(1)
                )
                session.execute(
                    select(assessment_scores).where(assessment_scores.c.round_id == last)
                ).all()
            return time.perf_counter() - started

        def heatmap() -> float:
            started = time.perf_counter()
            with database.session() as session:
                rounds = list_rounds(session)
                results = round_results(session, rounds[-1].id)
                trends = round_trends(session, rounds[-1].id)
                list_interventions(session)
            model.set_results(results, trends)
            for row in range(model.rowCount()):
                for column in range(model.columnCount()):
                    index = model.index(row, column)
                    index.data()
                    index.data(Qt.ItemDataRole.BackgroundRole)
            return time.perf_counter() - started

        heatmap()  # warm the ORM-free paths and Qt
        baseline = median_time(raw, REPEATS)
        value = median_time(heatmap, REPEATS)
        report(f"heatmap {STAFF} staff x {ROUNDS} rounds", value, baseline, "< 100 ms")
        database.dispose()
    del app


if __name__ == "__main__":
    main()
