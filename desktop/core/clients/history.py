"""A client's history for the detail view: the stage timeline per project and the contact log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from desktop.core.champions.history import champion_history
from desktop.core.common.errors import NotFoundError, ValidationError
from desktop.core.common.i18n import translate
from desktop.core.common.validation import clean_text
from desktop.core.common.vocab import ContactChannel, StageKind, contact_channel_label
from desktop.core.db.models import (
    Client,
    ContactLogEntry,
    Enrollment,
    Project,
    Staff,
    Stage,
    StageTransition,
)
from desktop.core.pipelines.stalled import days_between, load_stall_rules, local_today


@dataclass(frozen=True)
class TimelineRow:
    """One move. ``days_in_stage`` counts from this move to the next one (or to today)."""

    transition_id: int
    from_stage: str | None
    to_stage: str
    at: datetime
    by_name: str | None
    note: str
    reason: str | None
    reverted: bool  # a later undo took this move back
    is_undo: bool  # this move is itself the undo of an earlier one
    days_in_stage: int
    is_current: bool  # the client is still in to_stage since this move


@dataclass(frozen=True)
class ContactRow:
    """One logged contact with a client, or a change of its champion (``channel`` None)."""

    id: int
    at: datetime
    channel: ContactChannel | None
    channel_label: str
    by_name: str | None
    note: str


def client_timeline(
    session: Session, enrollment_id: int, today: date | None = None
) -> list[TimelineRow]:
    """Every move of a client in one project, oldest first, with the days spent after each."""
    from_stage, to_stage, undo = aliased(Stage), aliased(Stage), aliased(StageTransition)
    rows = session.execute(
        select(
            StageTransition.id,
            from_stage.name,
            to_stage.name,
            StageTransition.at,
            Staff.name,
            StageTransition.note,
            StageTransition.reason,
            StageTransition.reverts_id,
        )
        .join(to_stage, to_stage.id == StageTransition.to_stage_id)
        .outerjoin(from_stage, from_stage.id == StageTransition.from_stage_id)
        .outerjoin(Staff, Staff.id == StageTransition.by_staff_id)
        .where(StageTransition.enrollment_id == enrollment_id)
        .order_by(StageTransition.at, StageTransition.id)
    ).all()
    reverted = set(
        session.scalars(
            select(undo.reverts_id)
            .join(StageTransition, StageTransition.id == undo.reverts_id)
            .where(StageTransition.enrollment_id == enrollment_id)
        )
    )
    today = today or local_today()
    result = []
    for index, (tid, from_name, to_name, at, by, note, reason, reverts_id) in enumerate(rows):
        following = rows[index + 1] if index + 1 < len(rows) else None
        end = following.at.astimezone().date() if following is not None else today
        result.append(
            TimelineRow(
                transition_id=tid,
                from_stage=from_name,
                to_stage=to_name,
                at=at,
                by_name=by,
                note=note,
                reason=reason,
                reverted=tid in reverted,
                is_undo=reverts_id is not None,
                days_in_stage=max(days_between(at, end), 0),
                is_current=following is None,
            )
        )
    return result


def add_contact(
    session: Session,
    client_id: int,
    channel: ContactChannel,
    note: str,
    at: datetime | None = None,
    by_staff_id: int | None = None,
) -> ContactLogEntry:
    """Log a contact with a client (call, e-mail, visit, letter, webinar)."""
    if session.get(Client, client_id) is None:
        raise NotFoundError(translate("Pipelines", "This client no longer exists."))
    if by_staff_id is not None and session.get(Staff, by_staff_id) is None:
        raise NotFoundError(translate("Pipelines", "This staff member no longer exists."))
    try:
        channel = ContactChannel(channel)
    except ValueError:
        raise ValidationError(
            translate("Pipelines", "Unknown contact channel '{channel}'.").format(channel=channel),
            "channel",
        ) from None
    entry = ContactLogEntry(
        client_id=client_id, channel=channel, note=clean_text(note) or "", by_staff_id=by_staff_id
    )
    if at is not None:
        entry.at = at
    session.add(entry)
    session.flush()
    return entry


def contact_log(session: Session, client_id: int) -> list[ContactRow]:
    """A client's contacts and changes of champion (a hand-over), newest first."""
    rows = session.execute(
        select(
            ContactLogEntry.id,
            ContactLogEntry.at,
            ContactLogEntry.channel,
            Staff.name,
            ContactLogEntry.note,
        )
        .outerjoin(Staff, Staff.id == ContactLogEntry.by_staff_id)
        .where(ContactLogEntry.client_id == client_id)
        .order_by(ContactLogEntry.at.desc(), ContactLogEntry.id.desc())
    )
    contacts = [
        ContactRow(id_, at, channel, contact_channel_label(channel), by, note)
        for id_, at, channel, by, note in rows
    ]
    changes = [
        ContactRow(change.id, change.at, None, change.label, change.by_name, change.description())
        for change in champion_history(session, client_id)
    ]
    return sorted(contacts + changes, key=lambda row: row.at, reverse=True)


@dataclass(frozen=True)
class ClientEnrollmentRow:
    """Where a client stands in one project (the detail view lists one per project)."""

    enrollment_id: int
    project_id: int
    project_name: str
    stage_id: int
    stage_name: str
    stage_kind: StageKind
    days_in_stage: int
    next_action: str | None
    next_action_due: date | None
    stalled: bool


def client_enrollments(
    session: Session, client_id: int, today: date | None = None
) -> list[ClientEnrollmentRow]:
    """The client's stage, next action and stalled state in every project it is enrolled in."""
    today = today or local_today()
    rows = session.execute(
        select(
            Enrollment.id,
            Project.id,
            Project.name,
            Stage.id,
            Stage.name,
            Stage.kind,
            Enrollment.stage_since,
            Enrollment.next_action,
            Enrollment.next_action_due,
            Client.segment_id,
        )
        .join(Project, Project.id == Enrollment.project_id)
        .join(Stage, Stage.id == Enrollment.stage_id)
        .join(Client, Client.id == Enrollment.client_id)
        .where(Enrollment.client_id == client_id)
        .order_by(Project.name)
    ).all()
    result = []
    for eid, pid, pname, sid, sname, kind, since, action, due, segment_id in rows:
        rules = load_stall_rules(session, pid)
        result.append(
            ClientEnrollmentRow(
                eid,
                pid,
                pname,
                sid,
                sname,
                kind,
                days_between(since, today),
                action,
                due,
                rules.is_stalled(sid, segment_id, since, action, today),
            )
        )
    return result
