"""The overview workbook of a project: every figure staff and partners ask for, one sheet each.

Sheets: the pipeline per stage (with a native Excel bar chart of the funnel), the results per
champion, the clients with their stage, the staff and champions, and the latest readiness round
when there is one. Each sheet is a real Excel table (filters, frozen header, widths, formats).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.assessments.elements import ELEMENTS, element_label
from desktop.core.assessments.results import round_results
from desktop.core.assessments.rounds import list_rounds
from desktop.core.clients.listing import ClientFilter, iter_clients
from desktop.core.common.i18n import current_language, translate
from desktop.core.common.vocab import (
    StageKind,
    client_type_label,
    staff_role_label,
    stage_kind_label,
)
from desktop.core.db.tables import enrollments
from desktop.core.exports.xlsx.client_list import ExportResult
from desktop.core.exports.xlsx.saving import write_workbook
from desktop.core.exports.xlsx.table_sheet import (
    CancelCheck,
    ExportColumn,
    Progress,
    ProgressCallback,
    sheet_title,
    write_table_sheet,
)
from desktop.core.pipelines.board import BoardCard, BoardFilter, board_cards
from desktop.core.pipelines.projects import ProjectRow, find_project
from desktop.core.pipelines.stages import StageRow, list_stages
from desktop.core.pipelines.stalled import local_today
from desktop.core.pipelines.stats import pipeline_stats
from desktop.core.staff.listing import list_staff

PERCENT = "0%"
SCORE = "0.0"


def export_overview(
    session: Session,
    path: Path | str,
    project: str | None = None,
    today: date | None = None,
    report: ProgressCallback | None = None,
    is_cancelled: CancelCheck | None = None,
) -> ExportResult:
    """Write the overview of a project (by name; the only project when None) to ``path``."""
    project_row = find_project(session, project)
    today = today or local_today()
    stages = list_stages(session, project_row.id)
    cards = [
        card
        for column in board_cards(session, project_row.id, BoardFilter(today=today)).values()
        for card in column
    ]
    progress = Progress(len(cards), report, is_cancelled)
    language = current_language()

    def fill(workbook: Workbook) -> None:
        _pipeline_sheet(workbook, session, project_row, language)
        _champion_sheet(workbook, stages, cards, today, language)
        _client_sheet(workbook, session, project_row, stages, language, progress)
        _staff_sheet(workbook, session, language)
        _readiness_sheet(workbook, session, language)
        progress.check()

    return ExportResult(write_workbook(path, fill), progress.done)


def _pipeline_sheet(
    workbook: Workbook, session: Session, project: ProjectRow, language: str
) -> None:
    stats = pipeline_stats(session, project.id)
    columns = [
        ExportColumn(translate("Overview", "Stage")),
        ExportColumn(translate("Overview", "Kind")),
        ExportColumn(translate("Overview", "Clients now"), "#,##0"),
        ExportColumn(translate("Overview", "Reached this stage or beyond"), "#,##0"),
        ExportColumn(translate("Overview", "On to the next stage"), PERCENT),
        ExportColumn(translate("Overview", "Median days in stage"), SCORE),
    ]
    rows = [
        (
            stage.stage_name,
            stage_kind_label(stage.kind),
            stage.current,
            stage.reached_or_beyond,
            stage.conversion,
            stage.median_days,
        )
        for stage in stats
    ]
    sheet = write_table_sheet(
        workbook, translate("Overview", "Pipeline"), "Pipeline", columns, rows, language
    )
    funnel = [index for index, stage in enumerate(stats) if stage.kind is not StageKind.LOST]
    if not funnel:
        return
    chart = BarChart()
    chart.type = "bar"  # horizontal bars, the first stage on top: a funnel
    chart.title = translate("Overview", "Funnel: clients that reached each stage")
    chart.legend = None
    chart.y_axis.title = None
    chart.x_axis.scaling.orientation = "maxMin"
    chart.height, chart.width = 9, 18
    last = funnel[-1] + 2
    chart.add_data(Reference(sheet, min_col=4, min_row=1, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=2, max_row=last))
    sheet.add_chart(chart, "H2")


def _champion_sheet(
    workbook: Workbook,
    stages: Sequence[StageRow],
    cards: Sequence[BoardCard],
    today: date,
    language: str,
) -> None:
    kinds = {stage.id: stage.kind for stage in stages}
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    nobody = translate("CallLists", "No champion")
    for card in cards:
        tally = counts[card.champion_name or nobody]
        kind = kinds[card.stage_id]
        tally["enrolled"] += 1
        tally[kind.value] += 1
        if kind is StageKind.OPEN:
            tally["stalled"] += card.stalled
            due = card.next_action_due
            tally["overdue"] += due is not None and due < today
    columns = [
        ExportColumn(translate("Overview", "Champion")),
        ExportColumn(translate("Overview", "Enrolled clients"), "#,##0"),
        ExportColumn(translate("Overview", "Active"), "#,##0"),
        ExportColumn(translate("Overview", "Active of enrolled"), PERCENT),
        ExportColumn(translate("Overview", "Under way"), "#,##0"),
        ExportColumn(translate("Overview", "Declined"), "#,##0"),
        ExportColumn(translate("Overview", "Stalled"), "#,##0"),
        ExportColumn(translate("Overview", "Next action overdue"), "#,##0"),
    ]
    names = sorted((name for name in counts if name != nobody), key=str.casefold)
    names += [nobody] if nobody in counts else []
    rows = [
        (
            name,
            counts[name]["enrolled"],
            counts[name][StageKind.WON.value],
            counts[name][StageKind.WON.value] / counts[name]["enrolled"],
            counts[name][StageKind.OPEN.value],
            counts[name][StageKind.LOST.value],
            counts[name]["stalled"],
            counts[name]["overdue"],
        )
        for name in names
    ]
    write_table_sheet(
        workbook, translate("Overview", "Per champion"), "PerChampion", columns, rows, language
    )


def _client_sheet(
    workbook: Workbook,
    session: Session,
    project: ProjectRow,
    stages: Sequence[StageRow],
    language: str,
    progress: Progress,
) -> None:
    stage_names = {stage.id: stage.name for stage in stages}
    in_project = select(enrollments.c.client_id, enrollments.c.stage_id).where(
        enrollments.c.project_id == project.id
    )
    stage_of: dict[int, int] = {client: stage for client, stage in session.execute(in_project)}
    columns = [
        ExportColumn(translate("Overview", "Number")),
        ExportColumn(translate("Overview", "Name")),
        ExportColumn(translate("Overview", "Type")),
        ExportColumn(translate("Overview", "Segment")),
        ExportColumn(translate("Overview", "Champion")),
        ExportColumn(translate("Overview", "Stage")),
        ExportColumn(translate("Overview", "City")),
        ExportColumn(translate("Overview", "E-mail")),
        ExportColumn(translate("Overview", "Phone")),
    ]

    def rows() -> Iterator[Sequence[object]]:
        for client in iter_clients(session, ClientFilter()):
            stage = stage_of.get(client.id)
            yield (
                client.client_number,
                client.name,
                client_type_label(client.client_type),
                client.segment_name,
                client.champion_name,
                stage_names.get(stage) if stage is not None else None,
                client.city,
                client.email,
                client.phone,
            )

    write_table_sheet(
        workbook, translate("Overview", "Clients"), "Clients", columns, rows(), language, progress
    )


def _staff_sheet(workbook: Workbook, session: Session, language: str) -> None:
    yes = translate("Overview", "yes")
    columns = [
        ExportColumn(translate("Overview", "Name")),
        ExportColumn(translate("Overview", "Initials")),
        ExportColumn(translate("Overview", "Role")),
        ExportColumn(translate("Overview", "Team")),
        ExportColumn(translate("Overview", "Champion")),
        ExportColumn(translate("Overview", "Capacity"), "#,##0"),
        ExportColumn(translate("Overview", "Clients"), "#,##0"),
        ExportColumn(translate("Overview", "Leaves on")),
    ]
    rows = [
        (
            person.name,
            person.initials,
            staff_role_label(person.role),
            person.team,
            yes if person.is_champion else None,
            person.capacity,
            person.client_count,
            person.end_date,
        )
        for person in list_staff(session)
    ]
    write_table_sheet(workbook, translate("Overview", "Staff"), "Staff", columns, rows, language)


def _readiness_sheet(workbook: Workbook, session: Session, language: str) -> None:
    rounds = list_rounds(session)
    if not rounds:
        return
    latest = rounds[-1]
    results = round_results(session, latest.id)
    columns = [
        ExportColumn(translate("Overview", "Name")),
        ExportColumn(translate("Overview", "Team")),
        *(ExportColumn(element_label(element), SCORE) for element in ELEMENTS),
        ExportColumn(translate("Overview", "Barrier point")),
    ]
    rows = [
        (
            person.name,
            person.team,
            *person.scores,
            element_label(person.barrier) if person.barrier else None,
        )
        for person in results.people
    ]
    title = translate("Overview", "Readiness {round}").format(round=latest.name)
    write_table_sheet(workbook, sheet_title(title, set()), "Readiness", columns, rows, language)
