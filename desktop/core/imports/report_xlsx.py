"""The import report as a workbook: a summary sheet and real Excel tables (header, filters,
frozen header row, column widths) for the problems and the updates."""

from __future__ import annotations

import io
from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils.cell import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desktop.core.common.i18n import translate
from desktop.core.exports.xlsx.saving import discard_workbook
from desktop.core.exports.xlsx.table_sheet import add_excel_table
from desktop.core.imports.mapping import field_label
from desktop.core.imports.report import ImportReport, severity_label

_MAX_WIDTH = 80
# First characters that make openpyxl store text as a formula ("=") or an error ("#N/A").
_NOT_TEXT_BY_DEFAULT = ("=", "#")


def build_workbook(report: ImportReport) -> Workbook:
    """A write-only workbook (fast for 100,000 problems) holding the whole report."""
    workbook = Workbook(write_only=True)
    _summary_sheet(workbook, report)
    tables = (
        (
            translate("Import", "Problems"),
            "Problems",
            (
                translate("Import", "Row"),
                translate("Import", "Name"),
                translate("Import", "Column"),
                translate("Import", "Value"),
                translate("Import", "Severity"),
                translate("Import", "Reason"),
            ),
            [
                (p.row or None, p.name, p.column, p.value, severity_label(p.severity), p.reason)
                for p in report.problems
            ],
        ),
        (
            translate("Import", "Updates"),
            "Updates",
            (
                translate("Import", "Row"),
                translate("Import", "Client number"),
                translate("Import", "Name"),
                translate("Import", "Changed fields"),
            ),
            [(c.row, c.client_number, c.name, ", ".join(c.fields)) for c in report.changes],
        ),
        (
            translate("Import", "Possible duplicates"),
            "PossibleDuplicates",
            (
                translate("Import", "Shared"),
                translate("Import", "Value"),
                translate("Import", "Clients and rows"),
            ),
            [(g.key, g.value, "; ".join(g.members)) for g in report.possible_duplicates],
        ),
        (
            translate("Import", "Unknown staff"),
            "UnknownStaff",
            (translate("Import", "Name in the file"), translate("Import", "Rows")),
            list(report.unknown_staff.items()),
        ),
        (
            translate("Import", "Mapping"),
            "Mapping",
            (translate("Import", "Column in the file"), translate("Import", "Field")),
            [(column, field_label(key)) for column, key in report.mapping.items()],
        ),
    )
    for title, table_name, headers, rows in tables:
        _table_sheet(workbook, title, table_name, headers, rows)
    return workbook


def workbook_bytes(report: ImportReport) -> bytes:
    """The report workbook as the bytes of an .xlsx file."""
    workbook = build_workbook(report)
    content = io.BytesIO()
    try:
        workbook.save(content)
    except BaseException:
        discard_workbook(workbook)
        raise
    return content.getvalue()


def _summary_sheet(workbook: Workbook, report: ImportReport) -> None:
    sheet = workbook.create_sheet(translate("Import", "Summary"))
    sheet.column_dimensions["A"].width = 28
    sheet.column_dimensions["B"].width = 60
    bold = Font(bold=True)
    title = translate("Import", "Import report")
    sheet.append([_cell(sheet, title, Font(bold=True, size=14))])
    sheet.append([])
    pairs = [
        (translate("Import", "File"), report.file_name),
        (translate("Import", "Sheet"), report.sheet or ""),
        (translate("Import", "Result"), report.summary()),
        (translate("Import", "Rows read"), report.rows_read),
        (translate("Import", "Created"), report.created),
        (translate("Import", "Updated"), report.updated),
        (translate("Import", "Unchanged"), report.unchanged),
        (translate("Import", "Skipped"), report.skipped),
        (translate("Import", "Enrolled in the project"), report.enrolled),
        (translate("Import", "Rows with errors"), report.error_rows),
        (translate("Import", "Warnings"), report.warnings),
    ]
    pairs += [(translate("Import", "Note"), notice) for notice in report.notices]
    for label, value in pairs:
        sheet.append([_cell(sheet, label, bold), _cell(sheet, value)])


def _cell(sheet: Worksheet, value: object, font: Font | None = None) -> object:
    """The value ready for ``append``: text as a text cell (see text_cells), with the font."""
    if isinstance(value, str) and ILLEGAL_CHARACTERS_RE.search(value):
        # Control characters from the imported file (a stray \x01 in an e-mail address) are
        # refused by openpyxl: the report shows them as a visible replacement character.
        value = ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
    if font is None and not _is_risky_text(value):
        return value
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str):
        cell.data_type = "s"
    if font is not None:
        cell.font = font
    return cell


def _is_risky_text(value: object) -> bool:
    return isinstance(value, str) and (
        value.startswith(_NOT_TEXT_BY_DEFAULT) or ILLEGAL_CHARACTERS_RE.search(value) is not None
    )


def text_cells(sheet: Worksheet, row: Sequence[object]) -> Sequence[object]:
    """The row with every text as a text cell.

    openpyxl stores a string starting with "=" as a formula and "#N/A" and the like as an
    error value: text from the imported file (names, headers, reasons) must show as typed,
    never run as a formula in the user's Excel (spreadsheet injection). Other text goes in as
    is, which openpyxl stores as text anyway; a cell object per value would make a
    100,000-problem report half again as slow.
    """
    for value in row:
        if _is_risky_text(value):
            return [_cell(sheet, value) for value in row]
    return row


def _table_sheet(
    workbook: Workbook,
    title: str,
    table_name: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
) -> None:
    sheet = workbook.create_sheet(title)
    sheet.freeze_panes = "A2"
    widths = [len(h) + 4 for h in headers]
    for row in rows:
        for index, value in enumerate(row):
            widths[index] = max(widths[index], len(str(value)) + 2 if value is not None else 0)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(width, _MAX_WIDTH)
    sheet.append(text_cells(sheet, headers))
    for row in rows:
        sheet.append(text_cells(sheet, row))
    add_excel_table(sheet, table_name, headers, len(rows))
