"""The dashboard as a partner meets it: from opening the area to the figures painted.

Runs the real DashboardView offscreen on the pipeline office of bench_board_core (100,000
clients enrolled in one project, nine months of history; other sizes with
DRAAGVLAK_BENCH_CLIENTS, e.g. 1000,10000,100000,300000). Target (issue 13): first paint with
numbers ≤ 300 ms. "First paint" is the headline, the tiles, the burn-up and the funnel on
screen; "complete" adds the champions and the readiness trend, read right after.

The baselines are the raw SQL of the same aggregates: the very statements the core runs,
compiled with their values and run on one connection without any Python around them — the
first step's for the first paint, both steps' for the complete dashboard. Each line quotes the
median of several runs with the fastest and slowest; the ratios are of runs side by side.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp(prefix="draagvlak-bench-config-"))

from benchmarks.common import client_counts  # noqa: E402

REPEATS = 7


def _application():  # noqa: ANN202
    from PySide6.QtWidgets import QApplication

    from desktop.core.common.paths import resources_dir

    app = QApplication.instance()
    if app is None:
        app = QApplication([])
        app.setStyleSheet((resources_dir() / "style.qss").read_text(encoding="utf-8"))
    return app


def _open_dashboard(database) -> tuple[float, float]:  # noqa: ANN001
    """Seconds from opening the area (building the view, as the main window does when the
    Dashboard is first chosen) to the first figures painted, and to all of them painted."""
    from PySide6.QtCore import QEvent, QEventLoop

    from desktop.ui.dashboard.dashboard_view import DashboardView

    app = _application()
    started = time.perf_counter()
    view = DashboardView(database)
    view.resize(1090, 760)
    loop = QEventLoop()
    view.figures_shown.connect(loop.quit)
    view.show()
    loop.exec()
    app.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # as the event loop does before painting
    view.repaint()
    first = time.perf_counter() - started
    assert view.project_page.active_tile.value.text() not in ("", "–"), "no figures on screen"
    if view.project_page.champion_model.rowCount() == 0:
        view.loaded.connect(loop.quit)
        loop.exec()
    app.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    view.project_page.burn_up.draw_now()  # when the event loop has not come to them yet
    view.project_page.funnel.draw_now()
    view.repaint()
    complete = time.perf_counter() - started
    assert view.project_page.champion_model.rowCount() > 0, "no champions on screen"
    view.close()
    view.deleteLater()
    return first, complete


def _captured_sql(database, action: Callable[..., object]) -> list[tuple[str, object]]:  # noqa: ANN001
    """The statements ``action(session)`` sends to the database, with their parameters."""
    from sqlalchemy import event

    statements: list[tuple[str, object]] = []

    def capture(_conn, _cursor, statement, parameters, _context, _many) -> None:  # noqa: ANN001
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    engine = database.engine
    event.listen(engine, "before_cursor_execute", capture)
    try:
        with database.session() as session:
            action(session)
    finally:
        event.remove(engine, "before_cursor_execute", capture)
    return statements


def _spread(
    name: str, runs: list[float], baseline: list[float] | None = None, target: str = ""
) -> None:
    median = statistics.median(runs)
    line = f"{name:<44} {median * 1000:7.1f} ms  ({min(runs) * 1000:.0f}–{max(runs) * 1000:.0f})"
    if baseline:
        ratios = sorted(r / b for r, b in zip(runs, baseline, strict=True))
        line += f"   ratio {statistics.median(ratios):4.2f}x ({ratios[0]:.2f}–{ratios[-1]:.2f})"
    if target:
        line += f"   target {target}"
    print(line)


def main() -> None:
    for clients in client_counts(100_000):
        measure(clients)


def measure(clients: int) -> None:
    from sqlalchemy import update

    from benchmarks.bench_board_core import pipeline_database
    from desktop.core.dashboard.figures import key_figures, project_figures, with_details
    from desktop.core.db.engine import open_database
    from desktop.core.db.models import Project

    database = open_database(pipeline_database(clients))
    today = date.today()
    with database.session() as session:  # a goal, so that the forecast has something to judge
        session.execute(
            update(Project)
            .where(Project.id == 1)
            .values(goal_percent=80, target_date=today + timedelta(days=365))
        )
        session.commit()
    first_sql = _captured_sql(database, lambda s: key_figures(s, 1, today))
    figures = None

    def keep(session) -> None:  # noqa: ANN001
        nonlocal figures
        figures = key_figures(session, 1, today)

    with database.session() as session:
        keep(session)
    detail_sql = _captured_sql(database, lambda s: with_details(s, figures))

    def raw(statements: list[tuple[str, object]]) -> float:
        with database.connect() as connection:
            started = time.perf_counter()
            for sql, parameters in statements:
                connection.exec_driver_sql(sql, parameters).all()  # type: ignore[arg-type]
            return time.perf_counter() - started

    def core() -> float:
        with database.session() as session:
            started = time.perf_counter()
            project_figures(session, 1)
            return time.perf_counter() - started

    raw(first_sql), core(), _open_dashboard(database)  # warm the file cache and Qt's first uses
    raw_first, raw_all, cores, firsts, completes = [], [], [], [], []
    for _ in range(REPEATS):  # side by side, so that the machine's load hits all alike
        raw_first.append(raw(first_sql))
        raw_all.append(raw(first_sql + detail_sql))
        cores.append(core())
        first, complete = _open_dashboard(database)
        firsts.append(first)
        completes.append(complete)
    print(f"{clients:,} enrolled clients, {REPEATS} runs: median (fastest–slowest)")
    _spread("raw SQL, first paint's aggregates", raw_first)
    _spread("raw SQL, all aggregates", raw_all)
    _spread("project_figures (core, all)", cores, raw_all)
    _spread("dashboard first paint with numbers", firsts, raw_first, "≤ 300 ms")
    _spread("dashboard complete (champions too)", completes, raw_all)
    database.dispose()


if __name__ == "__main__":
    main()
