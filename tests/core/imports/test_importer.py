"""The import end to end against a real database: what lands, what is reported, and that a
failing or cancelled import leaves the database exactly as it was."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.common.errors import OperationCancelled, ValidationError
from desktop.core.common.search_text import search_key
from desktop.core.common.vocab import ClientType, StaffRole
from desktop.core.db.engine import Database
from desktop.core.db.models import Client, Enrollment, ImportMapping, Segment, Staff
from desktop.core.imports.importer import ImportOptions, run_import
from desktop.core.imports.mapping import COLUMN_FIELDS, field_label, load_saved_mapping
from desktop.core.imports.readers import open_table
from desktop.core.pipelines.projects import create_project
from tests.core.imports.samples import CAFE_CSV, EXACT_CSV, title_row_xlsx, write_csv


def _clients(database: Database) -> dict[str, dict[str, object]]:
    columns = [c for c in Client.__table__.columns if c.name not in ("created_at", "updated_at")]
    with database.session() as session:
        return {row.client_number: row._asdict() for row in session.execute(select(*columns))}


def _snapshot(database: Database) -> tuple[object, ...]:
    with database.session() as session:
        return (
            tuple(session.execute(select(Client.__table__)).all()),
            session.scalar(select(func.count()).select_from(ImportMapping)),
            session.scalar(select(func.count()).select_from(Enrollment)),
        )


def _add_staff(database: Database) -> None:
    with database.session() as session:
        session.add(Staff(name="Marieke de Boer", initials="MdB", role=StaffRole.PARTNER))
        session.add(Staff(name="Joost Smit", initials="JS", role=StaffRole.ASSISTANT))
        session.commit()


def test_exact_export_imports_and_normalises(database: Database) -> None:
    report = run_import(database, EXACT_CSV, None, ImportOptions())
    assert (report.created, report.updated, report.skipped, report.blocked) == (4, 0, 0, False)
    clients = _clients(database)
    first = clients["000101"]  # leading zeros kept
    assert first["name"] == "Jansen Installatietechniek B.V."  # surrounding spaces trimmed
    assert first["postcode"] == "1234 AB"
    assert first["city"] == "Amersfoort"
    assert first["contact_person"] == "Piet Jansen"
    assert first["email"] == "info@jansen-installatie.nl"
    assert clients["000102"]["contact_person"] == "Anna de Vries"
    assert clients["000104"]["contact_person"] is None
    with open_table(EXACT_CSV) as table, database.session() as session:
        saved = load_saved_mapping(session, table.headers)
    assert saved is not None and saved["Relatiecode"] == "client_number"


def test_windows_1252_legal_forms_and_champions(database: Database) -> None:
    _add_staff(database)
    report = run_import(database, CAFE_CSV, None, ImportOptions())
    assert report.created == 4 and not report.blocked
    clients = _clients(database)
    with database.session() as session:
        staff = dict(session.execute(select(Staff.initials, Staff.id)).all())
    assert clients["2001"]["name"] == "Café De Zwaan"
    assert clients["2001"]["client_type"] == ClientType.SOLE_TRADER
    assert clients["2001"]["champion_id"] == staff["MdB"]  # matched on initials
    assert clients["2002"]["champion_id"] == staff["MdB"]  # matched on the name
    assert clients["2002"]["client_type"] == ClientType.BV
    assert clients["2003"]["client_type"] == ClientType.ASSOCIATION_FOUNDATION
    assert clients["2003"]["champion_id"] is None
    assert clients["2004"]["client_type"] == ClientType.PRIVATE_PERSON
    # An unknown relationship manager is listed once with its row count, not per row.
    assert report.unknown_staff == {"Onbekende Collega": 1}
    assert not any(p.column == "Relatiebeheerder" for p in report.problems)


def test_xlsx_numbers_kvk_and_dates(database: Database, tmp_path: Path) -> None:
    report = run_import(database, title_row_xlsx(tmp_path / "k.xlsx"), None, ImportOptions())
    assert report.created == 3, report.lines()
    clients = _clients(database)
    assert set(clients) == {"123", "00124", "125"}  # number cell 123 -> "123"; text keeps zeros
    assert clients["123"]["kvk_number"] == "01234567"
    assert clients["123"]["postcode"] == "1234 AB"
    assert clients["123"]["client_type"] == ClientType.PARTNERSHIP  # VOF
    assert clients["123"]["client_since"] == date(2019, 3, 7)  # a real Excel date
    assert clients["125"]["client_since"] == date(2020, 3, 7)  # a DD-MM-YYYY text date


def test_errors_block_by_default_and_nothing_is_written(database: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "fouten.csv",
        [
            "Relatiecode;Naam;E-mail;KvK;Klant sinds",
            "1;Goed BV;goed@example.nl;12345678;01-02-2020",
            "2;Fout BV;geen-adres;;",
            "3;;x@example.nl;;",
            "4;Ander BV;;123;31-02-2020",
        ],
    )
    before = _snapshot(database)
    report = run_import(database, path, None, ImportOptions())
    assert report.blocked and not report.written
    assert _snapshot(database) == before
    where = {(p.row, p.column) for p in report.problems if p.severity == "error"}
    assert where == {(3, "E-mail"), (4, "Naam"), (5, "Klant sinds")}
    # A KvK number that is not one drops only the field (issue 9 defect 7).
    assert any(
        p.row == 5 and p.column == "KvK" and p.severity == "warning" for p in report.problems
    )
    assert report.error_rows == 3
    assert "Nothing was imported" in report.summary()


def test_skip_errors_imports_the_good_rows(database: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "fouten.csv",
        ["Relatiecode;Naam;E-mail", "1;Goed BV;goed@example.nl", "2;Fout BV;geen-adres"],
    )
    report = run_import(database, path, None, ImportOptions(skip_errors=True))
    assert (report.created, report.skipped) == (1, 1)
    assert set(_clients(database)) == {"1"}


def test_duplicate_rows_in_the_file_are_reported_not_merged(
    database: Database, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "dubbel.csv",
        ["Relatiecode;Naam", "7;Eerste", "8;Ander", "7;Tweede"],
    )
    report = run_import(database, path, None, ImportOptions())
    assert report.blocked
    problem = next(p for p in report.problems if p.severity == "error")
    assert (problem.row, problem.column) == (4, "Relatiecode")
    assert "row 2" in problem.reason
    assert _clients(database) == {}


def test_reimport_updates_only_changed_fields_and_says_which(
    database: Database, tmp_path: Path
) -> None:
    run_import(database, EXACT_CSV, None, ImportOptions())
    text = EXACT_CSV.read_text(encoding="utf-8-sig")
    changed = text.replace("Amersfoort", "Leusden").replace("030-1234567", "030-7654321")
    path = tmp_path / "relaties.csv"
    path.write_text(changed, encoding="utf-8-sig")

    report = run_import(database, path, None, ImportOptions())
    assert (report.created, report.updated, report.unchanged, report.skipped) == (0, 0, 2, 2)
    assert _clients(database)["000101"]["city"] == "Amersfoort"
    assert any("City" in p.reason and p.severity == "warning" for p in report.problems)

    report = run_import(database, path, None, ImportOptions(update_existing=True))
    assert (report.created, report.updated, report.unchanged, report.skipped) == (0, 2, 2, 0)
    by_number = {c.client_number: c.fields for c in report.changes}
    assert by_number == {"000101": ("City",), "000102": ("Phone",)}
    clients = _clients(database)
    assert clients["000101"]["city"] == "Leusden"
    assert clients["000101"]["email"] == "info@jansen-installatie.nl"


def test_every_client_column_is_imported_and_updated(database: Database, tmp_path: Path) -> None:
    """New, segment and changed columns reach inserts, comparison and the report alike."""
    _add_staff(database)
    with database.session() as session:
        session.add_all([Segment(name="Groot", position=1), Segment(name="Klein", position=2)])
        session.commit()
    header = (
        "Relatiecode;Naam;Rechtsvorm;Segment;Relatiebeheerder;Contactpersoon;E-mail;Telefoon;"
        "Postcode;Plaats;KvK-nummer;Opmerkingen;Mobiel;Adres;Land;Klant sinds"
    )
    first = write_csv(
        tmp_path / "eerst.csv",
        [
            header,
            "7;Alfa;BV;Groot;MdB;Piet;a@alfa.nl;030-1111111;1234 AB;Ede;12345678;Eerste;"
            "0611111111;Dorpsstraat 1;Nederland;01-02-2003",
        ],
    )
    second = write_csv(
        tmp_path / "daarna.csv",
        [
            header,
            "7;Alfa Twee;Stichting;Klein;JS;Kees;b@alfa.nl;030-2222222;5678 CD;Epe;87654321;Tweede;"
            "0622222222;Kerkweg 2;België;04-05-2006",
        ],
    )
    run_import(database, first, None, ImportOptions())
    before = _clients(database)["7"]
    report = run_import(database, second, None, ImportOptions(update_existing=True))
    after = _clients(database)["7"]

    assert report.updated == 1
    assert set(report.changes[0].fields) == {field_label(f) for f in COLUMN_FIELDS.values()}
    changed = {column for column in after if after[column] != before[column]}
    assert changed == {*COLUMN_FIELDS, "search_text"}
    assert after["search_text"] == search_key("Alfa Twee", "7", "Epe", "b@alfa.nl")
    assert after["segment_id"] is not None and after["champion_id"] is not None
    assert after["client_type"] == ClientType.ASSOCIATION_FOUNDATION


def test_empty_cells_never_clear_stored_values(database: Database, tmp_path: Path) -> None:
    run_import(database, EXACT_CSV, None, ImportOptions())
    path = write_csv(
        tmp_path / "r.csv", ["Relatiecode;Naam;E-Mail", "000101;Jansen Installatietechniek B.V.;"]
    )
    report = run_import(database, path, None, ImportOptions(update_existing=True))
    assert report.unchanged == 1
    assert _clients(database)["000101"]["email"] == "info@jansen-installatie.nl"


def test_dry_run_reports_but_writes_nothing(database: Database) -> None:
    before = _snapshot(database)
    report = run_import(database, EXACT_CSV, None, ImportOptions(), dry_run=True)
    assert report.created == 4 and report.dry_run and not report.written
    assert _snapshot(database) == before


def test_cancel_leaves_nothing(database: Database, tmp_path: Path) -> None:
    lines = ["Relatiecode;Naam"] + [f"{n};Klant {n}" for n in range(1, 3001)]
    path = write_csv(tmp_path / "groot.csv", lines)
    before = _snapshot(database)
    seen: list[tuple[int, int]] = []
    checks = iter(range(1000))

    def cancel_on_third_check() -> bool:
        return next(checks) >= 2

    with pytest.raises(OperationCancelled):
        run_import(
            database,
            path,
            None,
            ImportOptions(),
            progress=lambda done, total: seen.append((done, total)),
            is_cancelled=cancel_on_third_check,
        )
    assert _snapshot(database) == before
    assert seen and seen[0][1] >= 3000  # progress knew the size up front


def test_generated_numbers_and_matching_without_number_column(
    database: Database, tmp_path: Path
) -> None:
    with database.session() as session:
        session.add(Client(client_number="000123", name="Bestaand", email="b@example.nl"))
        session.add(Client(client_number="A-7", name="Letters"))
        session.commit()
    path = write_csv(
        tmp_path / "zonder.csv",
        [
            "Naam;E-mail;Plaats",
            "Bestaand;B@Example.nl;Ede",
            "Nieuw een;n1@example.nl;Ede",
            "Nieuw twee;n2@example.nl;Ede",
            "Nieuw een (dubbel);n1@example.nl;Ede",
        ],
    )
    report = run_import(database, path, None, ImportOptions(update_existing=True, skip_errors=True))
    # A shared e-mail address with another name is a possible duplicate, imported apart.
    assert (report.created, report.updated, report.skipped) == (3, 1, 0)
    clients = _clients(database)
    assert clients["000124"]["name"] == "Nieuw een"
    assert clients["000125"]["name"] == "Nieuw twee"
    assert clients["000126"]["name"] == "Nieuw een (dubbel)"
    assert clients["000123"]["city"] == "Ede"  # matched on name and e-mail
    [group] = report.possible_duplicates
    assert group.members == ("row 3: Nieuw een", "row 5: Nieuw een (dubbel)")


def test_possible_twin_is_warned_about(database: Database, tmp_path: Path) -> None:
    with database.session() as session:
        session.add(Client(client_number="9", name="Holding", kvk_number="12345678"))
        session.commit()
    path = write_csv(tmp_path / "t.csv", ["Relatiecode;Naam;KvK", "10;Werk BV;12345678"])
    report = run_import(database, path, None, ImportOptions())
    assert report.created == 1
    [group] = report.possible_duplicates
    assert group.value == "12345678"
    assert group.members == ("client 9: Holding", "row 2: Werk BV")


def test_enroll_in_project(database: Database, session: Session) -> None:
    project = create_project(session, "Klantportaal")
    session.commit()
    report = run_import(database, EXACT_CSV, None, ImportOptions(project_id=project.id))
    assert report.enrolled == 4
    # Re-importing the same clients enrolls nobody twice.
    report = run_import(database, EXACT_CSV, None, ImportOptions(project_id=project.id))
    assert (report.unchanged, report.enrolled) == (4, 0)


def test_explicit_mapping_must_name_the_name_column(database: Database) -> None:
    with pytest.raises(ValidationError, match="name"):
        run_import(database, EXACT_CSV, {"Relatiecode": "client_number"}, ImportOptions())
    with pytest.raises(ValidationError, match="not an import field"):
        run_import(database, EXACT_CSV, {"Naam": "naam"}, ImportOptions())
