"""Small hand-built offices for the pipeline tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.common.vocab import ClientType, StaffRole
from desktop.core.db.models import Client, Enrollment, Segment, Staff, Stage
from desktop.core.pipelines.projects import create_project


@dataclass
class Office:
    project_id: int
    stages: dict[str, int]  # stage name -> id (client portal template)
    segments: dict[str, int] = field(default_factory=dict)
    staff: dict[str, int] = field(default_factory=dict)  # initials -> id
    clients: dict[str, int] = field(default_factory=dict)  # name -> id


def utc(day: int, hour: int = 12, month: int = 3) -> datetime:
    """A moment in March 2026 (UTC noon by default)."""
    return datetime(2026, month, day, hour, tzinfo=UTC)


def make_office(session: Session, clients: int = 4) -> Office:
    """Two champions, two segments, clients named Client 1..n, a client-portal project."""
    segments = {name: Segment(name=name, position=i) for i, name in enumerate(["Fast", "Slow"])}
    staff = {
        "AB": Staff(name="Anna Bakker", initials="AB", role=StaffRole.RELATIONSHIP_MANAGER),
        "CD": Staff(name="Cees Dijk", initials="CD", role=StaffRole.RELATIONSHIP_MANAGER),
    }
    session.add_all([*segments.values(), *staff.values()])
    session.flush()
    client_rows = {}
    for number in range(1, clients + 1):
        client = Client(
            client_number=f"C{number:03d}",
            name=f"Client {number}",
            client_type=ClientType.BV if number % 2 else ClientType.SOLE_TRADER,
            segment_id=segments["Fast" if number % 2 else "Slow"].id,
            champion_id=staff["AB" if number <= clients // 2 else "CD"].id,
        )
        session.add(client)
        client_rows[client.name] = client
    project = create_project(session, "Client portal")
    stages = {
        s.name: s.id for s in session.scalars(select(Stage).where(Stage.project_id == project.id))
    }
    session.flush()
    return Office(
        project_id=project.id,
        stages=stages,
        segments={name: s.id for name, s in segments.items()},
        staff={initials: s.id for initials, s in staff.items()},
        clients={name: c.id for name, c in client_rows.items()},
    )


def enrollment_of(session: Session, office: Office, client_name: str) -> Enrollment:
    return session.scalars(
        select(Enrollment).where(
            Enrollment.project_id == office.project_id,
            Enrollment.client_id == office.clients[client_name],
        )
    ).one()
