"""Importing a round from CSV/XLSX (all or nothing) and exporting its results to Excel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.assessments.elements import ELEMENTS
from desktop.core.assessments.export_xlsx import export_round
from desktop.core.assessments.importing import AssessmentImportError, import_round
from desktop.core.assessments.results import round_results
from desktop.core.assessments.rounds import create_round, list_rounds, set_scores
from desktop.core.common import i18n
from desktop.core.common.errors import ValidationError
from desktop.core.db.tables import assessment_rounds, assessment_scores
from desktop.core.staff.editing import StaffData, create_staff

FIXTURES = Path(__file__).parents[2] / "fixtures" / "assessments"
DUTCH_CSV = FIXTURES / "nulmeting_nl.csv"  # semicolons, Windows-1252, Dutch headers


@pytest.fixture
def office(session: Session) -> dict[str, int]:
    return {
        "anna": create_staff(
            session, StaffData(name="Anna Bakker", initials="AB", email="anna@kantoor.nl")
        ),
        "kees": create_staff(session, StaffData(name="Kees de Vries", initials="KdV")),
        "joelle": create_staff(session, StaffData(name="Joëlle Özdemir", initials="JO")),
    }


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def _count(session: Session, table: object) -> int:
    return session.scalar(select(func.count()).select_from(table)) or 0  # type: ignore[arg-type]


def test_dutch_csv_matches_email_initials_and_name(
    session: Session, office: dict[str, int]
) -> None:
    result = import_round(session, DUTCH_CSV, "Nulmeting", "2026-01-15")
    assert (result.created_round, result.people, result.scores) == (True, 3, 15)
    results = round_results(session, result.round.id)
    by_id = {person.staff_id: person for person in results.people}
    assert by_id[office["anna"]].scores == (4, 3.4, 2, 2, 1)
    assert by_id[office["kees"]].barrier is None
    assert by_id[office["joelle"]].barrier == ELEMENTS[2]
    assert result.round.held_on == date(2026, 1, 15)


def test_english_xlsx_into_an_existing_round(
    session: Session, office: dict[str, int], tmp_path: Path
) -> None:
    round_id = create_round(session, "Spring", "2026-04-01")
    set_scores(session, round_id, office["kees"], {ELEMENTS[0]: 1})
    path = _xlsx(
        tmp_path / "spring.xlsx",
        [
            ["E-mail", "Awareness", "Desire", "Knowledge", "Ability", "Reinforcement"],
            ["ANNA@kantoor.nl", 5, 5, 4.5, 4, 3],
        ],
    )
    result = import_round(session, path, "Spring")
    assert not result.created_round
    people = round_results(session, round_id).people
    assert [p.name for p in people] == ["Anna Bakker", "Kees de Vries"]  # Kees is kept
    with pytest.raises(ValidationError):
        import_round(session, path, "Spring", "2026-05-01")  # not the round's date


def test_unknown_people_and_bad_scores_refuse_the_whole_file(
    session: Session, office: dict[str, int], tmp_path: Path
) -> None:
    path = _xlsx(
        tmp_path / "bad.xlsx",
        [
            ["Naam", "Bewustzijn", "Bereidheid", "Kennis", "Vaardigheid", "Bestendiging"],
            ["Anna Bakker", 4, 4, 4, 4, 4],
            ["Piet Onbekend", 4, 4, 4, 4, 4],
            ["Kees de Vries", 4, 7, 4, 4, 4],
            ["anna bakker", 3, 3, 3, 3, 3],
        ],
    )
    with pytest.raises(AssessmentImportError) as refused:
        import_round(session, path, "Nulmeting", "2026-01-15")
    problems = refused.value.problems
    assert problems[0] == "Row 3: Piet Onbekend is not on the staff."
    assert problems[1].startswith("Row 4: Desire: ")
    assert problems[2] == "Row 5: the same person as row 2."
    assert (_count(session, assessment_rounds), _count(session, assessment_scores)) == (0, 0)


def test_a_file_without_element_columns_is_explained(session: Session, tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "x.xlsx", [["Naam", "Afdeling"], ["Anna", "Audit"]])
    with pytest.raises(ValidationError, match="a column per element"):
        import_round(session, path, "Nulmeting", "2026-01-15")


def test_export_is_a_real_table_with_the_firm_sheet(
    session: Session, office: dict[str, int], tmp_path: Path
) -> None:
    create_round(session, "Nulmeting", "2026-01-15")
    import_round(session, DUTCH_CSV, "Voorjaar", "2026-04-01")
    session.execute(
        assessment_rounds.update().where(assessment_rounds.c.name == "Voorjaar").values(name="=1+1")
    )
    i18n.set_language("nl")
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "meting.xlsx"
    export_round(session, "=1+1", target)
    assert [p.name for p in target.parent.iterdir()] == ["meting.xlsx"]  # no temp file left
    workbook = load_workbook(target)
    results, firm = workbook.worksheets
    assert results.freeze_panes == "A2"
    assert list(results.tables) == ["Results"]
    header = [cell.value for cell in results[1]]
    assert header[3:9] == [
        "Bewustzijn",
        "Bereidheid",
        "Kennis",
        "Vaardigheid",
        "Bestendiging",
        "Knelpunt",
    ]
    anna = [cell.value for cell in results[2]]
    assert anna[0] == "Anna Bakker" and anna[4] == 3.4 and anna[8] == "Kennis"
    assert results.column_dimensions["A"].width > 10
    assert firm["B1"].value == "=1+1" and firm["B1"].data_type == "s"
    assert firm["A5"].value == "Bewustzijn"
    assert firm["B5"].value == pytest.approx(13 / 3, abs=0.01)
    assert firm["D7"].value == 2  # Knowledge is the barrier point for Anna and Joëlle
    assert len(list_rounds(session)) == 2
