"""The report: text lines for the CLI and a real XLSX table that is saved atomically."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.core.imports import fields
from desktop.core.imports.report import (
    ERROR,
    WARNING,
    DuplicateGroup,
    FieldChange,
    ImportProblem,
    ImportReport,
    ReportSaveError,
    save_report_xlsx,
)


def _report() -> ImportReport:
    return ImportReport(
        file_name="relaties.csv",
        created=3,
        updated=1,
        unchanged=2,
        skipped=1,
        rows_read=7,
        problems=[
            ImportProblem(
                5, "E-mail", "'x' is not a valid e-mail address.", ERROR, "x", "Bakker BV"
            ),
            ImportProblem(6, "Relatiebeheerder", "No staff member is called 'Q'.", WARNING),
        ],
        changes=[FieldChange(3, "000101", "Jansen BV", ("City", "Phone"))],
        mapping={"Relatiecode": fields.CLIENT_NUMBER, "E-mail": fields.EMAIL},
        possible_duplicates=[
            DuplicateGroup("e-mail address", "info@a.nl", ("client 9: A BV", "row 4: A Holding"))
        ],
        unknown_staff={"Q": 12},
    )


def test_lines_put_counts_first_then_problems() -> None:
    lines = _report().lines()
    assert lines[0] == "Imported: 3 created, 1 updated, 2 unchanged, 1 skipped."
    assert lines[1].startswith("No staff member is called 'Q' (12 rows)")  # once, not per row
    assert lines[2] == (
        "Possible duplicates (same e-mail address info@a.nl), imported apart: "
        "client 9: A BV; row 4: A Holding"
    )
    # The offending value and the client's name (defect 13).
    assert lines[3] == "Row 5 (Bakker BV), E-mail 'x': error: 'x' is not a valid e-mail address."
    assert lines[4].startswith("Row 6, Relatiebeheerder: warning:")
    assert lines[5] == "Row 3: 000101 Jansen BV: updated City, Phone"


def test_dry_run_lines_state_the_mapping_used() -> None:
    report = _report()
    report.dry_run = True
    lines = report.lines()
    start = lines.index("Columns used:")
    assert lines[start + 1 : start + 3] == [
        "Relatiecode \u2192 Client number",
        "E-mail \u2192 E-mail",
    ]


def test_xlsx_is_a_real_table(tmp_path: Path) -> None:
    path = save_report_xlsx(_report(), tmp_path / "verslag.xlsx")
    workbook = load_workbook(path)
    assert workbook.sheetnames == [
        "Summary",
        "Problems",
        "Updates",
        "Possible duplicates",
        "Unknown staff",
        "Mapping",
    ]
    problems = workbook["Problems"]
    assert [c.value for c in problems[1]] == [
        "Row",
        "Name",
        "Column",
        "Value",
        "Severity",
        "Reason",
    ]
    assert [c.value for c in problems[2]] == [
        5,
        "Bakker BV",
        "E-mail",
        "x",
        "error",
        "'x' is not a valid e-mail address.",
    ]
    assert problems.freeze_panes == "A2"
    table = problems.tables["Problems"]
    assert table.ref == "A1:F3" and table.autoFilter is not None
    assert problems.column_dimensions["F"].width > 30
    assert workbook["Updates"]["D2"].value == "City, Phone"
    mapping = [[c.value for c in row] for row in workbook["Mapping"].iter_rows()]
    assert mapping == [
        ["Column in the file", "Field"],
        ["Relatiecode", "Client number"],
        ["E-mail", "E-mail"],
    ]
    assert [c.value for c in workbook["Unknown staff"][2]] == ["Q", 12]
    assert workbook["Possible duplicates"]["C2"].value == "client 9: A BV; row 4: A Holding"


def test_locked_target_gives_clear_error_and_keeps_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "verslag.xlsx"
    target.write_bytes(b"the old report")

    def locked(self: Path, _target: Path) -> Path:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "replace", locked)
    with pytest.raises(ReportSaveError, match="open in another program"):
        save_report_xlsx(_report(), target)
    assert target.read_bytes() == b"the old report"
    assert [p.name for p in tmp_path.iterdir()] == ["verslag.xlsx"]  # no temp file left


def test_blocked_and_dry_run_summaries() -> None:
    report = _report()
    report.blocked = True
    assert report.summary().startswith("Nothing was imported: rows with errors: 1.")
    report.blocked, report.dry_run = False, True
    assert report.summary().startswith("Dry run, nothing was written.")


def test_text_from_the_file_is_never_a_formula_in_the_report(tmp_path: Path) -> None:
    """Spreadsheet injection: a client name like =HYPERLINK(...) must stay plain text."""
    hyperlink = '=HYPERLINK("http://evil.example","Click")'
    report = ImportReport(
        file_name="=1+1.csv",
        problems=[ImportProblem(4, "=cmd|' /C calc'!A0", "=SUM(A1:A9)", ERROR)],
        changes=[FieldChange(3, "=000101", hyperlink, ("#N/A",))],
        notices=["=2*3"],
    )
    workbook = load_workbook(save_report_xlsx(report, tmp_path / "verslag.xlsx"))
    cells = [
        workbook["Problems"]["C2"],
        workbook["Problems"]["F2"],
        workbook["Updates"]["B2"],
        workbook["Updates"]["C2"],
        workbook["Updates"]["D2"],
    ]
    summary = {row[0].value: row[1] for row in workbook["Summary"].iter_rows(min_row=3)}
    cells += [summary["File"], summary["Note"]]
    assert [c.value for c in cells] == [
        "=cmd|' /C calc'!A0",
        "=SUM(A1:A9)",
        "=000101",
        hyperlink,
        "#N/A",
        "=1+1.csv",
        "=2*3",
    ]
    assert {c.data_type for c in cells} == {"s"}
