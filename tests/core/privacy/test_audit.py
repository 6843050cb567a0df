"""The audit log: every changed field of a client or staff member, who and when, written in the
edit's transaction (a refused edit logs nothing)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.clients.editing import (
    ClientData,
    archive_client,
    create_client,
    get_client,
    update_client,
)
from desktop.core.common.errors import StaleEditError
from desktop.core.db.tables import audit_log
from desktop.core.office.segments import list_segments
from desktop.core.office.settings import initialise_office
from desktop.core.privacy.audit import CLIENT, STAFF, audit_entries
from desktop.core.staff.editing import StaffData, create_staff, get_staff, update_staff


def _fields(session: Session, kind: str, record_id: int) -> list[tuple]:
    return [
        (entry.field, entry.old_value, entry.new_value, entry.by_name)
        for entry in audit_entries(session, kind, record_id)
    ]


def test_client_edits_are_logged_with_who_and_from_what_to_what(session: Session) -> None:
    initialise_office(session, "Kantoor", "en")
    anna = create_staff(session, StaffData(name="Anna Bakker", initials="AB"))
    segment = list_segments(session)[0]
    client_id = create_client(session, ClientData(client_number="K1", name="Bakkerij"), by=anna)
    read = get_client(session, client_id).data
    update_client(
        session,
        client_id,
        replace(read, city="Delft", segment_id=segment.id, email=" info@bakkerij.nl "),
        read=read,
        by=anna,
    )
    archive_client(session, client_id, by=anna)
    entries = _fields(session, CLIENT, client_id)
    assert entries[0] == ("archived", "0", "1", "Anna Bakker")
    assert entries[-1] == ("(created)", None, None, "Anna Bakker")
    assert set(entries[1:-1]) == {
        ("email", None, "info@bakkerij.nl", "Anna Bakker"),  # as stored (trimmed)
        ("city", None, "Delft", "Anna Bakker"),
        ("segment_id", None, segment.name, "Anna Bakker"),  # by name
    }


def test_a_refused_edit_logs_nothing(session: Session) -> None:
    client_id = create_client(session, ClientData(client_number="K1", name="Bakkerij"))
    read = get_client(session, client_id).data
    update_client(session, client_id, replace(read, city="Delft"), read=read)
    count = session.scalar(select(func.count()).select_from(audit_log))
    with pytest.raises(StaleEditError):
        update_client(session, client_id, replace(read, city="Gouda"), read=read)
    assert session.scalar(select(func.count()).select_from(audit_log)) == count


def test_staff_edits_are_logged(session: Session) -> None:
    staff_id = create_staff(session, StaffData(name="Kees", initials="KV"))
    read = get_staff(session, staff_id)
    update_staff(session, staff_id, replace(read, team="Audit", capacity=12), read=read)
    assert sorted(_fields(session, STAFF, staff_id)) == [
        ("(created)", None, None, None),
        ("capacity", None, "12", None),
        ("team", None, "Audit", None),
    ]
