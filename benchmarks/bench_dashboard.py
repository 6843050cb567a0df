"""The dashboard as a partner meets it: from showing the view to the figures painted.

Runs the real DashboardView offscreen on the pipeline office of bench_board_core (100,000
clients enrolled in one project, nine months of history). Target (issue 13): first paint with
numbers ≤ 300 ms. The baseline is the raw SQL of the same aggregates (the grouped enrollments
with stalled and overdue counts, the burn-up's changes per hour, the moves of this calendar week
and month), run on the same connection without any Python around it.
"""

from __future__ import annotations

import os
import tempfile
import time
from datetime import date, timedelta

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp(prefix="draagvlak-bench-config-"))

from benchmarks.common import median_time, report  # noqa: E402

REPEATS = 5

ENROLLED = """EXISTS (SELECT 1 FROM enrollments e JOIN clients c ON c.id = e.client_id
               WHERE e.id = t.enrollment_id AND e.project_id = :project AND c.archived = 0)"""
WON = "(SELECT id FROM stages WHERE kind = 'won')"
RAW_SQL = (
    """SELECT c.champion_id, e.stage_id, e.reached_stages, count(*),
              sum(CASE WHEN trim(coalesce(e.next_action, '')) = '' THEN 1 ELSE 0 END),
              sum(CASE WHEN e.next_action_due < :today THEN 1 ELSE 0 END)
       FROM enrollments e JOIN clients c ON c.id = e.client_id
       WHERE e.project_id = :project AND c.archived = 0
       GROUP BY c.champion_id, e.stage_id, e.reached_stages""",
    f"""SELECT substr(t.at, 1, 13),
              sum((t.to_stage_id IN {WON}) - coalesce(t.from_stage_id IN {WON}, 0))
       FROM stage_transitions t
       WHERE (t.to_stage_id IN {WON} OR t.from_stage_id IN {WON})
         AND {ENROLLED}
       GROUP BY 1""",
    f"""SELECT sum(CASE WHEN real AND at >= :week THEN 1 ELSE 0 END),
              sum(CASE WHEN real AND at >= :month THEN 1 ELSE 0 END)
       FROM (SELECT t.at, (t.from_stage_id IS NOT NULL AND t.reverts_id IS NULL AND NOT EXISTS
                          (SELECT 1 FROM stage_transitions u WHERE u.reverts_id = t.id)) AS real
             FROM stage_transitions t
             WHERE t.at >= :since AND {ENROLLED})""",
)


def _application():  # noqa: ANN202
    from PySide6.QtWidgets import QApplication

    from desktop.core.common.paths import resources_dir

    app = QApplication.instance()
    if app is None:
        app = QApplication([])
        app.setStyleSheet((resources_dir() / "style.qss").read_text(encoding="utf-8"))
    return app


def _open_dashboard(database) -> float:  # noqa: ANN001
    """Seconds from opening the area (building the view, as the main window does when the
    Dashboard is first chosen) to the figures painted."""
    from PySide6.QtCore import QEventLoop

    from desktop.ui.dashboard.dashboard_view import DashboardView

    _application()
    started = time.perf_counter()
    view = DashboardView(database)
    view.resize(1090, 760)
    loop = QEventLoop()
    view.loaded.connect(loop.quit)
    view.show()
    loop.exec()
    view.repaint()
    seconds = time.perf_counter() - started
    assert view.active_tile.value.text() not in ("", "–"), "no figures on screen"
    view.close()
    view.deleteLater()
    return seconds


def main() -> None:
    from sqlalchemy import text, update

    from benchmarks.bench_board_core import pipeline_database
    from desktop.core.dashboard.figures import project_figures
    from desktop.core.dashboard.periods import month_start, week_start
    from desktop.core.db.engine import open_database
    from desktop.core.db.models import Project
    from desktop.core.pipelines.stalled import local_midnight_utc

    def moment(day: date) -> str:
        return local_midnight_utc(day).strftime("%Y-%m-%d %H:%M:%S")

    database = open_database(pipeline_database())
    today = date.today()
    with database.session() as session:  # a goal, so that the forecast has something to judge
        session.execute(
            update(Project)
            .where(Project.id == 1)
            .values(goal_percent=80, target_date=today + timedelta(days=365))
        )
        session.commit()
    params = {
        "project": 1,
        "today": today,
        "week": moment(week_start(today)),
        "month": moment(month_start(today)),
        "since": moment(min(week_start(today), month_start(today))),
    }

    def raw() -> float:
        with database.connect() as connection:
            started = time.perf_counter()
            for sql in RAW_SQL:
                connection.execute(text(sql), params).all()
            return time.perf_counter() - started

    def core() -> float:
        with database.session() as session:
            started = time.perf_counter()
            project_figures(session, 1)
            return time.perf_counter() - started

    raw(), core(), _open_dashboard(database)  # warm the file cache and Qt's first-use costs
    baseline = median_time(raw, REPEATS)
    report("raw SQL of the dashboard's aggregates", baseline)
    report("project_figures (core)", median_time(core, REPEATS), baseline)
    report(
        "dashboard first paint with numbers (100,000)",
        median_time(lambda: _open_dashboard(database), REPEATS),
        baseline,
        target="≤ 300 ms",
    )
    database.dispose()


if __name__ == "__main__":
    main()
