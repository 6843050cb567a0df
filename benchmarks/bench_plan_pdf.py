"""The rollout plan PDF with call lists for a 5,000-client project, side by side with raw
reportlab building the same call-list tables (same rows, columns, style and embedded font, the
style as one TableStyle) from one raw SQL select; target at most 1.5x. Then the peak memory of printing the plan with call
lists at 100,000 clients, in a child process of its own; target under 1 GB.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any

from benchmarks.common import BENCH_DIR, report

if TYPE_CHECKING:
    from reportlab.platypus import Table

    from desktop.core.db.engine import Database
    from desktop.core.exports.pdf.layout import Styles

CLIENTS, BIG, REPEATS = 5_000, 100_000, 5


def plan_database(clients: int) -> Path:
    """A demo office of its own per schema revision (other benchmarks' files may be newer)."""
    from desktop.core.db.engine import open_database
    from desktop.core.db.migrate import head_revision
    from desktop.core.demo.office import DemoOptions, create_demo_office

    path = BENCH_DIR / f"plan-demo-{clients}-rev{head_revision()}.sqlite3"
    if path.exists():
        return path
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial.sqlite3")
    partial.unlink(missing_ok=True)
    database = open_database(partial)
    with database.session() as session:
        create_demo_office(session, DemoOptions(clients=clients))
        session.commit()
    database.dispose()
    partial.rename(path)
    return path


def raw_table(
    styles: Styles,
    header: list[str],
    rows: list[list[str]],
    widths: list[float],
    numeric: tuple[int, ...] = (),
) -> Table:
    """The plan's table look the way reportlab's documentation writes it: one TableStyle with
    the font, colours, lines, padding and alignment (the plan sets the cells' styles directly,
    see data_table)."""
    from reportlab.platypus import Table, TableStyle

    from desktop.core.exports.pdf.layout import ACCENT, INK, RULE

    table = Table([header, *rows], colWidths=widths, repeatRows=1)
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, 0), styles.bold, 8),
        ("FONT", (0, 1), (-1, -1), styles.font, 8),
        ("TEXTCOLOR", (0, 0), (-1, 0), ACCENT),
        ("TEXTCOLOR", (0, 1), (-1, -1), INK),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    commands += [("ALIGN", (column, 0), (column, -1), "RIGHT") for column in numeric]
    table.setStyle(TableStyle(commands))
    return table


def raw_reportlab(path: Path) -> float:
    """The same tables (stages, champions per stage, measures, call lists) straight from plain
    SQL into a SimpleDocTemplate: no figures, charts, contents, header or footer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate
    from sqlalchemy import create_engine, text

    from desktop.core.exports.pdf.layout import TEXT_WIDTH, make_styles
    from desktop.core.plans.chapters.appendix import CALL_COLUMNS, CALL_ROWS_PER_TABLE

    started = time.perf_counter()
    styles = make_styles()
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT s.name, c.name, c.contact_person, c.phone, st.name, e.stage_since, "
                "e.next_action, e.next_action_due FROM enrollments e "
                "JOIN clients c ON c.id = e.client_id JOIN staff s ON s.id = c.champion_id "
                "JOIN stages st ON st.id = e.stage_id AND st.kind = 'open' "
                "WHERE c.archived = 0 ORDER BY s.name, e.next_action_due IS NULL, "
                "e.next_action_due, c.search_text"
            )
        ).all()
        per_stage = connection.execute(
            text(
                "SELECT st.name, count(e.id) FROM stages st LEFT JOIN enrollments e "
                "ON e.stage_id = st.id GROUP BY st.id ORDER BY st.position"
            )
        ).all()
        per_champion = connection.execute(
            text(
                "SELECT s.name, e.stage_id, count(*) FROM enrollments e "
                "JOIN clients c ON c.id = e.client_id JOIN staff s ON s.id = c.champion_id "
                "WHERE c.archived = 0 GROUP BY s.name, e.stage_id ORDER BY s.name, e.stage_id"
            )
        ).all()
        measure_rows = connection.execute(
            text(
                "SELECT m.title, m.kind, m.target_group, o.name, m.due_on, m.status "
                "FROM measures m LEFT JOIN staff o ON o.id = m.owner_id ORDER BY m.due_on"
            )
        ).all()
    engine.dispose()
    story: list[Flowable] = [
        raw_table(styles, ["Stage", "Now"], [list(map(str, r)) for r in per_stage], [300, 80]),
    ]
    champions: dict[str, list[str]] = {}
    for name, _stage, count in per_champion:
        champions.setdefault(name, [name]).append(str(count))
    width = TEXT_WIDTH / 10
    story.append(raw_table(styles, ["Champion"] + [""] * 9, list(champions.values()), [width] * 10))
    story.append(
        raw_table(
            styles,
            ["Measure", "Kind", "For", "Owner", "Due", "Status"],
            [[str(v or "") for v in r] for r in measure_rows],
            [TEXT_WIDTH / 6] * 6,
        )
    )
    widths = [TEXT_WIDTH * w for w in CALL_COLUMNS]
    header = ["Client", "Contact", "Phone", "Stage", "Days", "Next action", "Due"]
    by_champion: dict[str, list[list[str]]] = {}
    for champion, *cells in rows:
        name, contact, phone, stage, since, action, due = cells
        by_champion.setdefault(champion, []).append(
            [
                name[:34],
                (contact or "")[:22],
                (phone or "")[:16],
                stage[:15],
                str(since)[:2],
                (action or "")[:22],
                str(due or ""),
            ]
        )
    for champion, table_rows in by_champion.items():
        story.append(Paragraph(champion, styles.h2))
        for start in range(0, len(table_rows), CALL_ROWS_PER_TABLE):
            chunk = table_rows[start : start + CALL_ROWS_PER_TABLE]
            story.append(raw_table(styles, header, chunk, widths, numeric=(4,)))
    SimpleDocTemplate(BytesIO(), pagesize=A4).build(story)
    return time.perf_counter() - started


def ours(database: Database, folder: Path) -> float:
    """The whole print: figures, both layout passes, the file moved into place."""
    from sqlalchemy import select

    from desktop.core.db.tables import projects
    from desktop.core.plans.document import PlanOptions, print_plan

    started = time.perf_counter()
    with database.session() as session:
        project_id = session.scalars(select(projects.c.id)).first()
        assert project_id is not None
        print_plan(session, project_id, folder / "plan.pdf", PlanOptions("nl", call_lists=True))
        session.rollback()  # keep the benchmark database as it was
    return time.perf_counter() - started


def peak_memory_child(path: Path) -> None:
    import resource

    from desktop.core.db.engine import open_database

    with tempfile.TemporaryDirectory() as folder:
        ours(open_database(path, create=False), Path(folder))
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"{peak_kib}")


def main() -> None:
    from desktop.core.db.engine import open_database

    path = plan_database(CLIENTS)
    database = open_database(path, create=False)  # the app has its database open already
    with tempfile.TemporaryDirectory() as folder:
        ours(database, Path(folder))  # warm up: fonts, imports
        raw_reportlab(path)
        # Interleaved, so a busy moment on a shared machine hits both sides alike.
        pairs = [(raw_reportlab(path), ours(database, Path(folder))) for _ in range(REPEATS)]
        baseline = statistics.median(raw for raw, _ in pairs)
        mine = statistics.median(mine for _, mine in pairs)
    database.dispose()
    report(f"plan PDF with call lists, {CLIENTS:,} clients", mine, baseline, "<= 1.5x")
    big = plan_database(BIG)
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            f"from benchmarks.bench_plan_pdf import peak_memory_child as m; "
            f"from pathlib import Path; m(Path({str(big)!r}))",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    peak_mib = int(result.stdout.strip().splitlines()[-1]) / 1024
    print(
        f"{'peak memory, plan with call lists, 100,000 clients':<48} {peak_mib:9.0f} MiB"
        "   (target < 1024 MiB)"
    )


if __name__ == "__main__":
    main()
