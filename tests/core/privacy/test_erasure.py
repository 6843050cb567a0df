"""Erasing a client: no personal data left anywhere in the database file, every count equal;
its data exported first; retention offers archived clients past the office's period."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.clients.editing import ClientData, archive_client, get_client, update_client
from desktop.core.clients.history import add_contact
from desktop.core.common.vocab import ContactChannel
from desktop.core.db.engine import Database
from desktop.core.db.tables import clients, contact_log, enrollments, stage_transitions
from desktop.core.office.settings import initialise_office
from desktop.core.pipelines.enrollment import enroll_clients
from desktop.core.pipelines.moves import move_client
from desktop.core.pipelines.next_actions import set_next_action
from desktop.core.privacy.audit import CLIENT, audit_entries
from desktop.core.privacy.erasure import anonymise_clients, compact
from desktop.core.privacy.export import client_id_by_number, write_client_export
from desktop.core.privacy.retention import (
    due_for_anonymisation,
    months_before,
    retention_months,
    set_retention_months,
)
from tests.core.pipeline_helpers import enrollment_of, make_office

SECRETS = (
    "Zwaluwstraat 917",
    "Wilhelmina Zwaluwveer",
    "w.zwaluwveer@example.nl",
    "0612345987",
    "Kwetsbare gezondheid",
    "Belt terug na ziekenhuisopname",
    "Zwaluwdorp",
    "Verhuisd naar Zwaluwhaven",
    "Vraag naar haar dochter Zwaluwina",
)


def _personal_client(session: Session) -> int:
    office = make_office(session, clients=4)
    initialise_office(session, "Kantoor", "en")
    client_id = office.clients["Client 1"]
    read = get_client(session, client_id).data
    update_client(
        session,
        client_id,
        ClientData(
            **{
                **read.__dict__,
                "name": "Wilhelmina Zwaluwveer",
                "address": "Zwaluwstraat 917",
                "email": "w.zwaluwveer@example.nl",
                "mobile": "0612345987",
                "city": "Zwaluwdorp",
                "notes": "Kwetsbare gezondheid",
            }
        ),
        read=read,
    )
    update_client(  # the audit log now holds the old city as well
        session,
        client_id,
        ClientData(**{**get_client(session, client_id).data.__dict__, "city": "Zwaluwhaven"}),
        read=get_client(session, client_id).data,
    )
    add_contact(session, client_id, ContactChannel.CALL, "Belt terug na ziekenhuisopname")
    enroll_clients(session, office.project_id)
    enrollment = enrollment_of(session, office, "Client 1")
    stage = sorted(office.stages.values())[1]
    move_client(session, enrollment.id, stage, None, note="Verhuisd naar Zwaluwhaven")
    set_next_action(session, enrollment.id, "Vraag naar haar dochter Zwaluwina", date(2026, 5, 1))
    session.commit()
    return client_id


def _counts(session: Session) -> dict[str, object]:
    return {
        "clients": session.scalar(select(func.count()).select_from(clients)),
        "by_segment": sorted(
            session.execute(
                select(clients.c.segment_id, clients.c.client_type, func.count()).group_by(
                    clients.c.segment_id, clients.c.client_type
                )
            ).all()
        ),
        "by_stage": sorted(
            session.execute(
                select(enrollments.c.stage_id, func.count()).group_by(enrollments.c.stage_id)
            ).all()
        ),
        "moves": session.scalar(select(func.count()).select_from(stage_transitions)),
        "contacts": session.scalar(select(func.count()).select_from(contact_log)),
    }


def _file_bytes(database: Database) -> bytes:
    path = database.file_path
    assert path is not None
    return b"".join(
        side.read_bytes() for side in (path, path.with_name(path.name + "-wal")) if side.exists()
    )


@pytest.mark.sqlite_only("searches the database file's bytes")
def test_erasure_leaves_no_personal_data_in_the_file_and_every_count_equal(
    database: Database, session: Session
) -> None:
    client_id = _personal_client(session)
    data = _file_bytes(database)
    assert all(secret.encode() in data for secret in SECRETS[:3])  # the search can find them
    before = _counts(session)
    assert anonymise_clients(session, [client_id]) == 1
    session.commit()
    session.close()
    compact(database.engine)
    data = _file_bytes(database)
    for secret in SECRETS:
        assert secret.encode() not in data, secret
        assert secret.encode("utf-16-le") not in data
    with database.session() as fresh:
        assert _counts(fresh) == before
        details = get_client(fresh, client_id)
        assert details.data.name == f"Anonymised client {client_id}"
        assert details.data.client_number == f"ANON-{client_id}"
        entries = audit_entries(fresh, CLIENT, client_id)
        assert entries[0].field == "(anonymised)"
        assert all(entry.old_value is None and entry.new_value is None for entry in entries)
        assert anonymise_clients(fresh, [client_id]) == 0  # once is enough


def test_everything_about_a_client_in_one_file(session: Session, tmp_path: Path) -> None:
    client_id = _personal_client(session)
    number = get_client(session, client_id).data.client_number
    assert client_id_by_number(session, number) == client_id
    target = write_client_export(session, client_id, tmp_path / "export" / "client.json")
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["client"]["name"] == "Wilhelmina Zwaluwveer"
    assert data["client"]["address"] == "Zwaluwstraat 917"
    assert data["client"]["segment"] == "Fast" and data["client"]["champion"] == "Anna Bakker"
    assert data["contacts"][0]["note"] == "Belt terug na ziekenhuisopname"
    project = data["projects"][0]
    assert project["project"] == "Client portal"
    assert project["next_action"] == "Vraag naar haar dochter Zwaluwina"
    assert [move["note"] for move in project["history"]][-1] == "Verhuisd naar Zwaluwhaven"
    changes = {(change["field"], change["new_value"]) for change in data["changes"]}
    assert ("city", "Zwaluwhaven") in changes and ("(created)", None) not in changes
    assert [path.name for path in target.parent.iterdir()] == ["client.json"]


def test_retention_offers_archived_clients_past_the_period(session: Session) -> None:
    office = make_office(session, clients=3)
    initialise_office(session, "Kantoor", "en")
    assert retention_months(session) is None
    set_retention_months(session, 24)
    assert retention_months(session) == 24
    old, recent = office.clients["Client 1"], office.clients["Client 2"]
    archive_client(session, old)
    archive_client(session, recent)
    session.execute(
        clients.update()
        .where(clients.c.id == old)
        .values(archived_at=datetime(2023, 1, 10, tzinfo=UTC))
    )
    session.flush()
    due = due_for_anonymisation(session, 24, today=date(2026, 6, 1))
    assert [client.id for client in due] == [old]
    anonymise_clients(session, [old])
    assert due_for_anonymisation(session, 24, today=date(2026, 6, 1)) == []
    assert months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert months_before(date(2026, 1, 15), 13) == date(2024, 12, 15)


def test_many_clients_are_anonymised_in_chunks(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.core.privacy import erasure

    office = make_office(session, clients=5)
    monkeypatch.setattr(erasure, "CHUNK", 2)
    assert anonymise_clients(session, list(office.clients.values())) == 5
    names = session.scalars(select(clients.c.name).order_by(clients.c.id)).all()
    assert names == [
        f"Anonymised client {client_id}" for client_id in sorted(office.clients.values())
    ]


def test_the_same_data_as_an_excel_workbook(session: Session, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    client_id = _personal_client(session)
    target = write_client_export(session, client_id, tmp_path / "client.xlsx")
    workbook = load_workbook(target)
    assert workbook.sheetnames == ["Client", "Projects", "Moves", "Contacts", "Changes", "Imports"]
    fields = {row[0]: row[1] for row in workbook["Client"].iter_rows(min_row=2, values_only=True)}
    assert (
        fields["Name"] == "Wilhelmina Zwaluwveer" and fields["Street address"] == "Zwaluwstraat 917"
    )
    notes = [row[3] for row in workbook["Contacts"].iter_rows(min_row=2, values_only=True)]
    assert notes == ["Belt terug na ziekenhuisopname"]
    changes = list(workbook["Changes"].iter_rows(min_row=2, values_only=True))
    assert any(row[2] == "City" and row[4] == "Zwaluwhaven" for row in changes)


@pytest.mark.sqlite_only("searches the database file's bytes")
def test_erasure_leaves_no_trigram_of_the_name_in_the_search_index(
    database: Database, session: Session
) -> None:
    # The trigram index stores "zwa", "wal", … of the folded name; a delete only marks them.
    client_id = _personal_client(session)
    session.commit()
    anonymise_clients(session, [client_id])
    session.commit()
    session.close()
    compact(database.engine)
    data = _file_bytes(database)
    for trigram in (b"zwa", b"luw", b"vee"):
        assert trigram not in data, trigram


def test_the_export_holds_the_champion_changes_and_the_workbook_a_sheet_for_them(
    session: Session, tmp_path: Path
) -> None:
    import openpyxl

    from desktop.core.champions.assign import assign_clients
    from desktop.core.staff.editing import StaffData, create_staff

    client_id = _personal_client(session)
    bram = create_staff(session, StaffData(name="Bram Jansen", initials="BJ", is_champion=True))
    assign_clients(session, [client_id], champion=bram)
    target = write_client_export(session, client_id, tmp_path / "client.json")
    data = json.loads(target.read_text(encoding="utf-8"))
    (change,) = data["champion_changes"]
    assert (change["from_champion"], change["to_champion"]) == ("Anna Bakker", "Bram Jansen")
    assert data["readiness_check"] is None and data["incentives"] == []
    workbook = write_client_export(session, client_id, tmp_path / "client.xlsx")
    assert "Champions" in openpyxl.load_workbook(workbook).sheetnames
