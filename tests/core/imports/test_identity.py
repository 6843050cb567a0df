"""Who is who on import: strong evidence only, possible duplicates reported and kept apart,
the duplicate choice, and unknown relationship managers."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.core.common.vocab import StaffRole
from desktop.core.db.engine import Database
from desktop.core.db.models import Client, Staff
from desktop.core.imports import fields
from desktop.core.imports.importer import ImportOptions, run_import
from tests.core.imports.samples import write_csv, write_xlsx


def _count(database: Database, model: type = Client) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _names(database: Database) -> list[str]:
    with database.session() as session:
        return sorted(session.scalars(select(Client.name)))


def test_reimport_of_bare_names_changes_nothing(database: Database, tmp_path: Path) -> None:
    """Defect 1: rows with only a name (and a city) were added again on every run."""
    path = write_csv(
        tmp_path / "gemeenten.csv",
        ["Naam;Plaats", "Gemeente Delft;Delft", "Gemeente Ede;", "Stichting Kinderopvang;"],
    )
    first = run_import(database, path, None, ImportOptions(update_existing=True))
    assert first.created == 3
    for _ in range(2):
        again = run_import(database, path, None, ImportOptions(update_existing=True))
        assert (again.created, again.unchanged) == (0, 3)
    assert _count(database) == 3
    # Folded names: case, accents and punctuation do not make another client.
    variant = write_csv(tmp_path / "v.csv", ["Naam;Plaats", "GEMEENTE  delft.;delft"])
    assert run_import(database, variant, None, ImportOptions()).created == 0


def test_same_name_in_another_city_is_another_client(database: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "b.csv", ["Naam;Plaats", "Bakkerij Jansen;Ede", "Bakkerij Jansen;Epe"]
    )
    assert run_import(database, path, None, ImportOptions()).created == 2


def test_shared_kvk_with_other_names_are_separate_clients(
    database: Database, tmp_path: Path
) -> None:
    """Defect 8: locations sharing one KvK number were merged into one client."""
    path = write_csv(
        tmp_path / "kinderopvang.csv",
        [
            "Naam;KvK;Postcode",
            "Kinderopvang Zon locatie Noord;12345678;1234 AB",
            "Kinderopvang Zon locatie Zuid;12345678;1234 CD",
            "Kinderopvang Zon locatie Noord;12345678;1234 AB",
        ],
    )
    report = run_import(database, path, None, ImportOptions(skip_errors=True))
    assert report.created == 2  # the third row is the first one again (same KvK and name)
    assert _names(database) == ["Kinderopvang Zon locatie Noord", "Kinderopvang Zon locatie Zuid"]
    [group] = report.possible_duplicates
    assert (group.key, group.value) == ("KvK number", "12345678")
    assert group.members == (
        "row 2: Kinderopvang Zon locatie Noord",
        "row 3: Kinderopvang Zon locatie Zuid",
    )


def test_ten_companies_sharing_one_email_stay_ten(database: Database, tmp_path: Path) -> None:
    """Defect 8: a shared e-mail address merged different companies."""
    lines = ["Naam;E-mail"] + [f"Bedrijf {n};admin@holding.nl" for n in range(10)]
    path = write_csv(tmp_path / "mail.csv", lines)
    report = run_import(database, path, None, ImportOptions())
    assert report.created == 10 and not report.problems
    [group] = report.possible_duplicates
    assert len(group.members) == 10
    again = run_import(database, path, None, ImportOptions(on_duplicate="update"))
    assert (again.created, again.unchanged) == (0, 10)
    assert _count(database) == 10


def test_stored_twin_with_shared_email_is_reported(database: Database, tmp_path: Path) -> None:
    with database.session() as session:
        session.add(Client(client_number="7", name="Holding Smit", email="info@smit.nl"))
        session.commit()
    path = write_csv(tmp_path / "s.csv", ["Naam;E-mail", "Smit Bouw BV;info@smit.nl"])
    report = run_import(database, path, None, ImportOptions())
    assert report.created == 1
    assert report.possible_duplicates[0].members == (
        "client 7: Holding Smit",
        "row 2: Smit Bouw BV",
    )


@pytest.mark.parametrize(
    ("mode", "created", "updated", "skipped", "city"),
    [("update", 0, 1, 0, "Ede"), ("skip", 0, 0, 1, "Epe"), ("create", 1, 0, 0, "Epe")],
)
def test_on_duplicate_choice(
    database: Database,
    tmp_path: Path,
    mode: str,
    created: int,
    updated: int,
    skipped: int,
    city: str,
) -> None:
    with database.session() as session:
        session.add(Client(client_number="1", name="Visser BV", postcode="1234 AB", city="Epe"))
        session.commit()
    path = write_csv(tmp_path / "d.csv", ["Naam;Postcode;Plaats", "Visser B.V.;1234ab;Ede"])
    report = run_import(database, path, None, ImportOptions(on_duplicate=mode))
    assert (report.created, report.updated, report.skipped) == (created, updated, skipped)
    with database.session() as session:
        assert session.scalar(select(Client.city).where(Client.client_number == "1")) == city


def test_update_is_the_short_form(database: Database) -> None:
    assert ImportOptions(update_existing=True).duplicates == "update"
    assert ImportOptions().duplicates == "skip"
    assert ImportOptions(update_existing=True, on_duplicate="create").duplicates == "create"


def _champions_file(tmp_path: Path) -> Path:
    rows = [["Naam", "Relatiebeheerder"]]
    rows += [[f"Klant {n}", "Anouk Visser" if n % 3 else "Bram de Wit"] for n in range(30)]
    return write_xlsx(tmp_path / "kantoor.xlsx", rows)


def test_unknown_staff_listed_once_with_row_count(database: Database, tmp_path: Path) -> None:
    """Defect 16: one warning per row buried the real errors."""
    report = run_import(database, _champions_file(tmp_path), None, ImportOptions())
    assert report.created == 30
    assert report.unknown_staff == {"Bram de Wit": 10, "Anouk Visser": 20}
    assert not report.problems
    lines = report.lines()
    assert sum("Anouk Visser" in line for line in lines) == 1


def test_create_staff_makes_champions(database: Database, tmp_path: Path) -> None:
    with database.session() as session:
        session.add(Staff(name="Bea Visser", initials="AV", role=StaffRole.PARTNER))
        session.commit()
    report = run_import(database, _champions_file(tmp_path), None, ImportOptions(create_staff=True))
    assert sorted(report.created_staff) == ["Anouk Visser", "Bram de Wit"]
    assert not report.unknown_staff
    with database.session() as session:
        staff = {s.name: s for s in session.scalars(select(Staff))}
        assert staff["Anouk Visser"].is_champion and staff["Anouk Visser"].initials == "AV2"
        counts = dict(
            session.execute(
                select(Client.champion_id, func.count()).group_by(Client.champion_id)
            ).all()
        )
    assert counts == {staff["Anouk Visser"].id: 20, staff["Bram de Wit"].id: 10}


def test_staff_names_map_to_existing_staff(database: Database, tmp_path: Path) -> None:
    with database.session() as session:
        bea = Staff(name="Bea Visser", initials="BV", role=StaffRole.PARTNER)
        session.add(bea)
        session.commit()
        bea_id = bea.id
    options = ImportOptions(staff_names={"Anouk Visser": bea_id})
    report = run_import(database, _champions_file(tmp_path), None, options)
    assert report.unknown_staff == {"Bram de Wit": 10}
    with database.session() as session:
        assert session.scalar(select(func.count()).where(Client.champion_id == bea_id)) == 20
    assert _count(database, Staff) == 1


def test_problems_carry_value_and_name(database: Database, tmp_path: Path) -> None:
    """Defect 13: the report names the offending value and the client."""
    path = write_csv(tmp_path / "p.csv", ["Naam;E-mail", "Bakker BV;bakker@"])
    report = run_import(database, path, None, ImportOptions())
    [problem] = report.problems
    assert (problem.value, problem.name, problem.column) == ("bakker@", "Bakker BV", "E-mail")
    assert report.mapping == {"Naam": fields.NAME, "E-mail": fields.EMAIL}
