"""A round's results as a real Excel workbook: a table per person (header frozen, filters,
widths, number formats) and a sheet with the firm's averages and barrier counts per element.

Runs on a worker in the GUI. The file is written under a temporary name beside the target and
moved into place, so an open or failed target never ends up half-written.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils.cell import get_column_letter
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy.orm import Session

from desktop.core.assessments.adopters import PersonTrend, adopter_label, round_trends
from desktop.core.assessments.elements import ELEMENTS, element_label
from desktop.core.assessments.results import RoundResults, round_results
from desktop.core.assessments.rounds import RoundRow, find_round
from desktop.core.common.i18n import translate
from desktop.core.common.vocab import staff_role_label
from desktop.core.exports.xlsx.saving import save_atomically

SCORE_FORMAT = "0.0"
CHANGE_FORMAT = "+0.0;-0.0;0.0"
_MAX_WIDTH = 60
# Text starting with one of these would run as a formula in Excel (spreadsheet injection).
_FORMULA_START = ("=", "+", "-", "@", "#")


def export_round(session: Session, round_name: str, path: Path | str) -> Path:
    """Write the named round's results to ``path`` (.xlsx) in the current language."""
    round_row = find_round(session, round_name)
    workbook = build_workbook(
        round_row, round_results(session, round_row.id), round_trends(session, round_row.id)
    )
    return save_workbook(workbook, Path(path))


def build_workbook(
    round_row: RoundRow, results: RoundResults, trends: Mapping[int, PersonTrend] | None = None
) -> Workbook:
    trends = trends or {}
    workbook = Workbook()
    people = workbook.active
    assert people is not None
    people.title = translate("Assessments", "Results")
    headers = [
        translate("Assessments", "Name"),
        translate("Assessments", "Team"),
        translate("Assessments", "Role"),
        *(element_label(element) for element in ELEMENTS),
        translate("Assessments", "Barrier point"),
        translate("Assessments", "Adopter category"),
        translate("Assessments", "Change since previous round"),
    ]
    rows = [
        [
            person.name,
            person.team or "",
            staff_role_label(person.role),
            *person.scores,
            element_label(person.barrier) if person.barrier else "",
            adopter_label(trend.category) if (trend := trends.get(person.staff_id)) else "",
            person.mean_change(),
        ]
        for person in results.people
    ]
    formats = [None, None, None, *[SCORE_FORMAT] * len(ELEMENTS), None, None, CHANGE_FORMAT]
    _table(people, "Results", headers, rows, formats)

    firm = workbook.create_sheet(translate("Assessments", "Firm"))
    _put(firm, 1, 1, translate("Assessments", "Round")).font = Font(bold=True)
    _put(firm, 1, 2, round_row.name)
    _put(firm, 2, 1, translate("Assessments", "Date")).font = Font(bold=True)
    _put(firm, 2, 2, round_row.held_on, "DD-MM-YYYY")
    firm_headers = [
        translate("Assessments", "Element"),
        translate("Assessments", "Firm average"),
        translate("Assessments", "Previous round"),
        translate("Assessments", "Barrier point for"),
    ]
    previous = results.previous_averages or (None,) * len(ELEMENTS)
    firm_rows: list[list[object]] = [
        [element_label(element), average, before, results.barrier_counts[element]]
        for element, average, before in zip(ELEMENTS, results.averages, previous, strict=True)
    ]
    firm_rows.append(
        [translate("Assessments", "No barrier point"), None, None, results.barrier_counts[None]]
    )
    _table(
        firm, "FirmAverages", firm_headers, firm_rows, [None, SCORE_FORMAT, SCORE_FORMAT, "0"], 4
    )
    return workbook


def _put(
    sheet: Worksheet, row: int, column: int, value: object, number_format: str | None = None
) -> Cell:
    """One cell; text is stored as text, never run as a formula, and control characters
    (which openpyxl refuses) show as a replacement character."""
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
    cell = sheet.cell(row, column, value)
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        cell.data_type = "s"
    elif number_format and isinstance(value, int | float | date):
        cell.number_format = number_format
    return cell


def _table(
    sheet: Worksheet,
    name: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    formats: Sequence[str | None],
    first_row: int = 1,
) -> None:
    """A styled Excel table (filters, banding) with its header frozen and fitting widths."""
    for column, header in enumerate(headers, start=1):
        _put(sheet, first_row, column, header).font = Font(bold=True)
    for offset, row in enumerate(rows, start=1):
        for column, value in enumerate(row, start=1):
            _put(sheet, first_row + offset, column, value, formats[column - 1])
    for column, header in enumerate(headers, start=1):
        width = max([len(header), *(len(str(row[column - 1] or "")) for row in rows)]) + 3
        sheet.column_dimensions[get_column_letter(column)].width = min(width, _MAX_WIDTH)
    sheet.freeze_panes = sheet.cell(first_row + 1, 1).coordinate
    ref = f"A{first_row}:{get_column_letter(len(headers))}{first_row + max(len(rows), 1)}"
    if rows:
        table = Table(displayName=name, ref=ref)
        table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
        sheet.add_table(table)
    else:  # a table needs a data row; an empty round still gets filter buttons
        sheet.auto_filter.ref = ref


def save_workbook(workbook: Workbook, path: Path) -> Path:
    """Save under a temporary name in the target folder, then move it over ``path``."""
    return save_atomically(workbook.save, path)
