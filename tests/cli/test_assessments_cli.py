"""`draagvlak assessments import` and `draagvlak export assessments`: output and exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.cli.main import main
from desktop.core.db.engine import open_database
from desktop.core.staff.editing import StaffData, create_staff

FIXTURE = Path(__file__).parents[1] / "fixtures" / "assessments" / "nulmeting_nl.csv"


@pytest.fixture
def office(db_path: Path) -> Path:
    database = open_database(db_path)
    with database.session() as session:
        create_staff(session, StaffData(name="Anna Bakker", initials="AB", email="anna@kantoor.nl"))
        create_staff(session, StaffData(name="Kees de Vries", initials="KdV"))
        session.commit()
    database.dispose()
    return db_path


def test_import_then_export_in_dutch(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Joëlle is not on this staff: the whole file is refused, each problem on its own line.
    args = ["assessments", "import", str(FIXTURE), "--round", "Nulmeting", "--db", str(office)]
    assert main([*args, "--date", "2026-01-15", "--lang", "en"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "  Row 4: Joëlle Özdemir is not on the staff.",
        "draagvlak: Nothing was imported; problems in the file: 1.",
    ]
    database = open_database(office)
    with database.session() as session:
        create_staff(session, StaffData(name="Joëlle Özdemir", initials="JO"))
        session.commit()
    database.dispose()
    assert main([*args, "--date", "2026-01-15", "--lang", "en"]) == 0
    assert capsys.readouterr().out.strip() == (
        "3 people, 15 scores imported into round Nulmeting (2026-01-15)."
    )
    target = tmp_path / "meting.xlsx"
    export = ["export", "assessments", "--round", "Nulmeting", "--out", str(target)]
    assert main([*export, "--db", str(office), "--lang", "nl"]) == 0
    sheet = load_workbook(target).worksheets[0]
    assert sheet["I1"].value == "Knelpunt" and sheet["I2"].value == "Kennis"


def test_export_of_an_unknown_round_is_one_line(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = ["export", "assessments", "--round", "Geen", "--out", str(tmp_path / "x.xlsx")]
    assert main([*export, "--db", str(office), "--lang", "en"]) == 1
    assert capsys.readouterr().err == "draagvlak: There is no assessment round named Geen.\n"
    assert not (tmp_path / "x.xlsx").exists()


def _import_nulmeting(office: Path) -> None:
    """The fixture's round, with everyone in it on the staff."""
    database = open_database(office)
    with database.session() as session:
        create_staff(session, StaffData(name="Joëlle Özdemir", initials="JO"))
        session.commit()
    database.dispose()
    args = ["assessments", "import", str(FIXTURE), "--round", "Nulmeting", "--db", str(office)]
    assert main([*args, "--date", "2026-01-15", "--lang", "en"]) == 0


def test_export_in_english_names_elements_and_adopter_categories(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.core.assessments.adopters import set_adopter_override

    _import_nulmeting(office)
    database = open_database(office)
    with database.session() as session:
        set_adopter_override(session, 2, "late_majority")  # Kees, chosen by hand
        session.commit()
    database.dispose()
    target = tmp_path / "round.xlsx"
    export = ["export", "assessments", "--round", "Nulmeting", "--out", str(target)]
    assert main([*export, "--db", str(office), "--lang", "en"]) == 0
    sheet = load_workbook(target).worksheets[0]
    header = [cell.value for cell in sheet[1]]
    assert header[3:10] == [
        "Awareness",
        "Desire",
        "Knowledge",
        "Ability",
        "Reinforcement",
        "Barrier point",
        "Adopter category",
    ]
    rows = {row[0]: row for row in sheet.iter_rows(min_row=2, values_only=True)}
    # Anna averages 2.48 with Knowledge as her barrier; Kees (4.2, none) is overridden.
    assert rows["Anna Bakker"][8:10] == ("Knowledge", "Laggard")
    assert rows["Kees de Vries"][8:10] == (None, "Late majority")
    assert main([*export, "--db", str(office), "--lang", "nl"]) == 0
    dutch = load_workbook(target).worksheets[0]
    assert (dutch["I1"].value, dutch["J1"].value) == ("Knelpunt", "Adoptiecategorie")
    assert (dutch["I2"].value, dutch["J2"].value) == ("Kennis", "Achterblijver")


def test_trends_and_a_category_by_hand(office: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _import_nulmeting(office)
    capsys.readouterr()
    category = ["assessments", "category", "KdV", "laggard", "--db", str(office), "--lang", "en"]
    assert main(category) == 0
    assert capsys.readouterr().out == "KdV: Laggard\n"
    trends = ["assessments", "trends", "--round", "Nulmeting", "--db", str(office), "--lang", "en"]
    assert main(trends) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Anna Bakker\tKnowledge\tLaggard"
    assert lines[2] == "Kees de Vries\tno barrier\tLaggard (by hand)"
    assert main(["assessments", "category", "Nobody", "rule", "--db", str(office)]) == 1
