"""ORM classes mapped onto the tables of desktop/core/db/tables/, for editing single records.

Bulk reads and lists use the Core tables directly (house rule 4); the annotations here only
type the attributes, the columns themselves are defined once, in desktop/core/db/tables/.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Connection, event
from sqlalchemy.orm import DeclarativeBase, Mapped, Mapper

from desktop.core.common.search_text import search_key
from desktop.core.common.vocab import ClientType, ContactChannel, StaffRole, StageKind
from desktop.core.db import tables


class Base(DeclarativeBase):
    metadata = tables.metadata


class OfficeSettings(Base):
    """One row: the office's own settings (they affect documents, so they live here)."""

    __table__ = tables.office_settings

    id: Mapped[int]
    name: Mapped[str]
    language: Mapped[str]
    logo_path: Mapped[str | None]
    updated_at: Mapped[datetime | None]
    updated_by: Mapped[int | None]


class Staff(Base):
    __table__ = tables.staff

    id: Mapped[int]
    name: Mapped[str]
    initials: Mapped[str]
    email: Mapped[str | None]
    role: Mapped[StaffRole]
    team: Mapped[str | None]
    start_date: Mapped[date | None]
    end_date: Mapped[date | None]
    is_champion: Mapped[bool]
    champion_since: Mapped[date | None]
    focus_area: Mapped[str | None]
    capacity: Mapped[int | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    updated_by: Mapped[int | None]


class Segment(Base):
    __table__ = tables.segments

    id: Mapped[int]
    name: Mapped[str]
    description: Mapped[str]
    position: Mapped[int]


class Client(Base):
    __table__ = tables.clients

    id: Mapped[int]
    client_number: Mapped[str]
    name: Mapped[str]
    client_type: Mapped[ClientType]
    segment_id: Mapped[int | None]
    champion_id: Mapped[int | None]
    contact_person: Mapped[str | None]
    email: Mapped[str | None]
    phone: Mapped[str | None]
    postcode: Mapped[str | None]
    city: Mapped[str | None]
    kvk_number: Mapped[str | None]
    notes: Mapped[str]
    mobile: Mapped[str | None]
    address: Mapped[str | None]
    country: Mapped[str | None]
    client_since: Mapped[date | None]
    archived: Mapped[bool]
    archived_at: Mapped[datetime | None]
    anonymised_at: Mapped[datetime | None]
    search_text: Mapped[str]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    updated_by: Mapped[int | None]


@event.listens_for(Client, "before_insert")
@event.listens_for(Client, "before_update")
def _fill_search_text(_mapper: Mapper[Client], _connection: Connection, client: Client) -> None:
    # Every client written through the ORM keeps its search text current, whoever writes it.
    # Bulk statements (the import, the demo office) skip these events: they call search_key.
    client.search_text = search_key(client.name, client.client_number, client.city, client.email)


class Project(Base):
    __table__ = tables.projects

    id: Mapped[int]
    name: Mapped[str]
    description: Mapped[str]
    goal_percent: Mapped[int | None]
    target_date: Mapped[date | None]
    phase: Mapped[str]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime | None]
    updated_by: Mapped[int | None]


class Stage(Base):
    """A stage of a project's pipeline. Stages that hold history are archived, never deleted."""

    __table__ = tables.stages

    id: Mapped[int]
    project_id: Mapped[int]
    position: Mapped[int]
    name: Mapped[str]
    kind: Mapped[StageKind]
    max_days: Mapped[int | None]
    archived: Mapped[bool]
    updated_at: Mapped[datetime | None]
    updated_by: Mapped[int | None]


class StageSegmentLimit(Base):
    """Per-segment override of a stage's maximum days (capability 4)."""

    __table__ = tables.stage_segment_limits

    id: Mapped[int]
    stage_id: Mapped[int]
    segment_id: Mapped[int]
    max_days: Mapped[int]


class SegmentApproach(Base):
    """How a project treats clients of one segment: approach, channels and incentive."""

    __table__ = tables.segment_approaches

    id: Mapped[int]
    project_id: Mapped[int]
    segment_id: Mapped[int]
    approach: Mapped[str]
    channels: Mapped[str]
    incentive: Mapped[str]
    updated_at: Mapped[datetime | None]
    updated_by: Mapped[int | None]


class Enrollment(Base):
    """A client taking part in a project: where it is now and what happens next."""

    __table__ = tables.enrollments

    id: Mapped[int]
    project_id: Mapped[int]
    client_id: Mapped[int]
    stage_id: Mapped[int]
    stage_since: Mapped[datetime]
    next_action: Mapped[str | None]
    next_action_due: Mapped[date | None]
    next_action_at: Mapped[datetime | None]
    next_action_by: Mapped[int | None]
    created_at: Mapped[datetime]
    reached_stages: Mapped[str]
    client_champion_id: Mapped[int | None]  # copies kept by triggers (client_copies.py)
    client_archived: Mapped[bool]


class StageTransition(Base):
    """One recorded move. An undo is a new transition that points at the one it reverts."""

    __table__ = tables.stage_transitions

    id: Mapped[int]
    enrollment_id: Mapped[int]
    from_stage_id: Mapped[int | None]
    to_stage_id: Mapped[int]
    at: Mapped[datetime]
    by_staff_id: Mapped[int | None]
    note: Mapped[str]
    reason: Mapped[str | None]
    reverts_id: Mapped[int | None]


class ContactLogEntry(Base):
    __table__ = tables.contact_log

    id: Mapped[int]
    client_id: Mapped[int]
    at: Mapped[datetime]
    by_staff_id: Mapped[int | None]
    channel: Mapped[ContactChannel]
    note: Mapped[str]


class ImportMapping(Base):
    """A saved column mapping, found again by the signature of a file's headers."""

    __table__ = tables.import_mappings

    id: Mapped[int]
    header_signature: Mapped[str]
    headers_json: Mapped[str]
    mapping_json: Mapped[str]
    updated_at: Mapped[datetime]
