"""The bulk inserter stores exactly what an ordinary SQLAlchemy insert stores."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from desktop.core.common.vocab import StaffRole
from desktop.core.db.bulk_insert import BulkInserter
from desktop.core.db.models import Staff


def _staff_rows(first_id: int) -> list[dict[str, object]]:
    moment = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
    return [
        {
            "id": first_id + index,
            "name": f"Medewerker {index}",
            "initials": f"M{first_id + index}",
            "email": None if index % 2 else f"m{index}@example.nl",
            "role": StaffRole.ASSISTANT if index % 2 else StaffRole.PARTNER,
            "team": "MKB",
            "start_date": date(2020, 1, 1 + index),
            "end_date": None,
            "is_champion": bool(index % 2),
            "champion_since": None,
            "focus_area": None,
            "capacity": index or None,
            "created_at": moment,
            "updated_at": moment,
        }
        for index in range(3)
    ]


def _stored(session: Session, ids: range) -> list[tuple]:
    sql = text("SELECT * FROM staff WHERE id BETWEEN :low AND :high ORDER BY id")
    return [tuple(row)[1:] for row in session.execute(sql, {"low": ids[0], "high": ids[-1]})]


def test_same_stored_values_as_a_core_insert(session: Session) -> None:
    BulkInserter(session.connection(), Staff.__table__).insert(_staff_rows(1))
    session.execute(insert(Staff.__table__), _staff_rows(101))
    fast, core = _stored(session, range(1, 4)), _stored(session, range(101, 104))
    # Initials and names differ by design (unique columns); every other column is identical.
    assert [row[2:] for row in fast] == [row[2:] for row in core]
    staff = session.get(Staff, 2)
    assert staff is not None
    assert staff.role is StaffRole.ASSISTANT and staff.is_champion is True
    assert staff.created_at == datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
    assert staff.start_date == date(2020, 1, 2)


def test_columns_left_to_defaults_are_filled_in(session: Session) -> None:
    rows = [{"id": 7, "name": "Kees", "initials": "K", "role": StaffRole.IT}]
    BulkInserter(session.connection(), Staff.__table__).insert(rows)
    staff = session.get(Staff, 7)
    assert staff is not None
    assert staff.created_at is not None and staff.is_champion is False


def test_nothing_to_insert_is_fine(session: Session) -> None:
    BulkInserter(session.connection(), Staff.__table__).insert([])
    assert session.scalars(select(Staff)).all() == []


def test_the_import_and_the_demo_share_the_one_bulk_inserter(
    database, tmp_path, monkeypatch
) -> None:
    """Issue 8: no hand-rolled bulk insert beside desktop/core/db/bulk_insert.py."""
    from desktop.core.db import bulk_insert
    from desktop.core.demo.office import DemoOptions, create_demo_office
    from desktop.core.imports.importer import ImportOptions, run_import
    from tests.core.imports.samples import write_csv

    tables: list[str] = []
    original = bulk_insert.BulkInserter.insert

    def counting(self, rows):  # type: ignore[no-untyped-def]
        tables.append(self.table.name)
        return original(self, rows)

    monkeypatch.setattr(bulk_insert.BulkInserter, "insert", counting)
    with database.session() as session:
        create_demo_office(session, DemoOptions(clients=5, staff=3))
        session.commit()
    assert {"staff", "clients", "enrollments"} <= set(tables)
    tables.clear()
    path = write_csv(tmp_path / "k.csv", ["Naam", "Nieuwe klant"])
    assert run_import(database, path, None, ImportOptions()).created == 1
    assert tables == ["clients", "import_clients"]
