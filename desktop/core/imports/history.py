"""The import history: every committed import, what it did per client, and undoing it.

An import records itself in the transaction that writes its clients (see importer.py), so a
rolled-back import leaves no history. Undo is all or nothing: it deletes the clients the import
created (with the enrollments it made), restores the fields it updated, and refuses, naming the
clients, when anything else changed them since: an edit (their ``updated_at`` is not the one
the import left), a move, a logged contact or another enrollment.
"""

from __future__ import annotations

import getpass
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Date, delete, func, literal, select, update
from sqlalchemy.orm import Session

from desktop.core.common.errors import ConflictError, NotFoundError
from desktop.core.common.i18n import translate
from desktop.core.common.search_text import search_key
from desktop.core.common.vocab import ClientType
from desktop.core.db import tables as t
from desktop.core.db.bulk_insert import BulkInserter
from desktop.core.db.tables import utcnow

if TYPE_CHECKING:
    from desktop.core.imports.options import ImportOptions
    from desktop.core.imports.report import ImportReport

CREATED, UPDATED = "created", "updated"
_SHOWN_CLIENTS = 10  # clients named in a refusal; the rest are counted


@dataclass(frozen=True, slots=True)
class ImportRun:
    id: int
    file_name: str
    sheet: str | None
    at: datetime
    by: str
    rows_read: int
    created: int
    updated: int
    unchanged: int
    skipped: int
    undone_at: datetime | None


@dataclass(frozen=True, slots=True)
class UndoResult:
    import_id: int
    file_name: str
    deleted: int
    restored: int


def _who(options: ImportOptions, session: Session) -> str:
    if options.by_name:
        return options.by_name[:200]
    if options.by_staff_id is not None:
        name = session.scalar(select(t.staff.c.name).where(t.staff.c.id == options.by_staff_id))
        if name:
            return str(name)
    try:
        return getpass.getuser()[:200]
    except Exception:  # no login name (a service account): unknown rather than a failure
        return ""


def _json_value(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    return value.value if isinstance(value, ClientType) else value


def record_import(
    session: Session,
    report: ImportReport,
    options: ImportOptions,
    at: datetime,
    created_ids: Sequence[int],
    plan: Any,
) -> int:
    """Store the import and what it did per client; returns its id. Inside the import's
    transaction."""
    import_id = session.execute(
        t.imports.insert()
        .values(
            file_name=report.file_name[:260],
            sheet=report.sheet,
            at=at,
            by_staff_id=options.by_staff_id,
            by_name=_who(options, session),
            rows_read=report.rows_read,
            created=report.created,
            updated=report.updated,
            unchanged=report.unchanged,
            skipped=report.skipped,
            project_id=options.project_id,
        )
        .returning(t.imports.c.id)
    ).scalar_one()
    rows: list[dict[str, Any]] = []
    if plan.created_at_now:
        _record_created(session, import_id, at, plan.id_before)
    else:
        rows = [
            {
                "import_id": import_id,
                "client_id": client_id,
                "action": CREATED,
                "previous_json": "{}",
                "updated_at": at,
            }
            for client_id in created_ids
        ]
    rows += [
        {
            "import_id": import_id,
            "client_id": client_id,
            "action": UPDATED,
            "previous_json": json.dumps(
                {column: _json_value(value) for column, value in previous.items()}
            ),
            "updated_at": at,
        }
        for client_id, previous in plan.previous.items()
    ]
    BulkInserter(session.connection(), t.import_clients).insert(rows)
    return int(import_id)


def _record_created(session: Session, import_id: int, at: datetime, id_before: int) -> None:
    """The created clients' history rows straight from the clients table (no parameters per
    client): those above the highest id before the import, stamped with its time."""
    c, ic = t.clients.c, t.import_clients.c
    constants = {
        "import_id": literal(import_id, ic.import_id.type),
        "action": literal(CREATED, ic.action.type),
        "previous_json": literal("{}", ic.previous_json.type),
        "updated_at": literal(at, ic.updated_at.type),
    }
    chosen = select(
        constants["import_id"],
        c.id,
        constants["action"],
        constants["previous_json"],
        constants["updated_at"],
    ).where(c.id > id_before, c.created_at == at)
    session.execute(
        t.import_clients.insert().from_select(
            ["import_id", "client_id", "action", "previous_json", "updated_at"], chosen
        )
    )


def list_imports(session: Session) -> list[ImportRun]:
    """Every recorded import, newest first."""
    i = t.imports
    statement = select(
        i.c.id,
        i.c.file_name,
        i.c.sheet,
        i.c.at,
        i.c.by_name,
        i.c.rows_read,
        i.c.created,
        i.c.updated,
        i.c.unchanged,
        i.c.skipped,
        i.c.undone_at,
    ).order_by(i.c.id.desc())
    return [ImportRun(*row) for row in session.execute(statement)]


def last_import_id(session: Session) -> int:
    """The newest import that is not undone; NotFoundError when there is none."""
    found = session.scalar(select(func.max(t.imports.c.id)).where(t.imports.c.undone_at.is_(None)))
    if found is None:
        raise NotFoundError(translate("Import", "There is no import to undo."))
    return int(found)


def undo_import(session: Session, import_id: int) -> UndoResult:
    """Undo one import, all or nothing; the caller commits. Raises NotFoundError for an
    unknown import and ConflictError when it was undone already or its clients changed since."""
    run = session.execute(select(t.imports).where(t.imports.c.id == import_id)).first()
    if run is None:
        raise NotFoundError(translate("Import", "There is no import {id}.").format(id=import_id))
    if run.undone_at is not None:
        raise ConflictError(
            translate("Import", "Import {id} ({file}) was undone already.").format(
                id=import_id, file=run.file_name
            )
        )
    entries = session.execute(
        select(
            t.import_clients.c.client_id,
            t.import_clients.c.action,
            t.import_clients.c.previous_json,
            t.import_clients.c.updated_at,
        ).where(t.import_clients.c.import_id == import_id)
    ).all()
    ids = [entry.client_id for entry in entries]
    clients = {
        row.id: row
        for chunk in _chunks(ids)
        for row in session.execute(select(t.clients).where(t.clients.c.id.in_(chunk)))
    }
    own_enrollments = _own_enrollments(session, run, ids)
    changed = _changed_since(session, run, entries, clients, own_enrollments)
    if changed:
        shown = ", ".join(changed[:_SHOWN_CLIENTS])
        if len(changed) > _SHOWN_CLIENTS:
            shown += translate("Import", " and {count} more").format(
                count=len(changed) - _SHOWN_CLIENTS
            )
        raise ConflictError(
            translate(
                "Import",
                "Import {id} ({file}) cannot be undone: these clients were changed since: "
                "{clients}. Nothing was changed.",
            ).format(id=import_id, file=run.file_name, clients=shown)
        )
    enrollment_ids = [eid for eids in own_enrollments.values() for eid in eids]
    for chunk in _chunks(enrollment_ids):
        session.execute(delete(t.stage_stays).where(t.stage_stays.c.enrollment_id.in_(chunk)))
        e = t.stage_transitions.c.enrollment_id
        session.execute(delete(t.stage_transitions).where(e.in_(chunk)))
        session.execute(delete(t.enrollments).where(t.enrollments.c.id.in_(chunk)))
    session.execute(delete(t.import_clients).where(t.import_clients.c.import_id == import_id))
    created = [entry.client_id for entry in entries if entry.action == CREATED]
    for chunk in _chunks(created):
        session.execute(delete(t.clients).where(t.clients.c.id.in_(chunk)))
    now = utcnow()
    restored = 0
    for entry in entries:
        if entry.action != UPDATED:
            continue
        values = _restored_values(json.loads(entry.previous_json))
        after = {**clients[entry.client_id]._asdict(), **values}
        values["search_text"] = search_key(
            after["name"], after["client_number"], after["city"], after["email"]
        )
        session.execute(
            update(t.clients)
            .where(t.clients.c.id == entry.client_id)
            .values(**values, updated_at=now, updated_by=None)
        )
        restored += 1
    session.execute(update(t.imports).where(t.imports.c.id == import_id).values(undone_at=now))
    session.flush()
    return UndoResult(import_id, run.file_name, len(created), restored)


def _restored_values(previous: dict[str, Any]) -> dict[str, Any]:
    values = dict(previous)
    if values.get("client_type") is not None:
        values["client_type"] = ClientType(values["client_type"])
    for column, value in values.items():
        if isinstance(t.clients.c[column].type, Date) and isinstance(value, str):
            values[column] = date.fromisoformat(value)
    return values


def _own_enrollments(session: Session, run: Any, ids: list[int]) -> dict[int, list[int]]:
    """client id -> the enrollments this import made (dated with the import's time)."""
    result: dict[int, list[int]] = {}
    if run.project_id is None:
        return result
    e = t.enrollments.c
    for chunk in _chunks(ids):
        statement = select(e.client_id, e.id).where(
            e.client_id.in_(chunk), e.project_id == run.project_id, e.created_at == run.at
        )
        for client_id, enrollment_id in session.execute(statement):
            result.setdefault(client_id, []).append(enrollment_id)
    return result


def _changed_since(
    session: Session,
    run: Any,
    entries: Sequence[Any],
    clients: dict[int, Any],
    own_enrollments: dict[int, list[int]],
) -> list[str]:
    """'number name' of every client something else changed after the import."""
    created = {entry.client_id for entry in entries if entry.action == CREATED}
    enrollments: dict[int, int] = {}
    others: set[int] = set()
    moved: set[int] = set()
    contacted: set[int] = set()
    own = {eid for eids in own_enrollments.values() for eid in eids}
    ids = [entry.client_id for entry in entries]
    e, s, c = t.enrollments.c, t.stage_transitions.c, t.contact_log.c
    for chunk in _chunks(ids):
        for client_id, enrollment_id in session.execute(
            select(e.client_id, e.id).where(e.client_id.in_(chunk))
        ):
            enrollments[enrollment_id] = client_id
            if enrollment_id not in own and client_id in created:
                others.add(client_id)
        contacted.update(
            session.scalars(select(c.client_id).where(c.client_id.in_(chunk)).distinct())
        )
    for chunk in _chunks(sorted(own)):
        counts = select(s.enrollment_id).where(s.enrollment_id.in_(chunk))
        counts = counts.group_by(s.enrollment_id).having(func.count() > 1)
        moved.update(enrollments[eid] for eid in session.scalars(counts))
    changed = []
    for entry in entries:
        client = clients.get(entry.client_id)
        if client is None:
            changed.append(translate("Import", "client {id} (deleted)").format(id=entry.client_id))
            continue
        edited = client.updated_at != entry.updated_at
        if (
            edited
            or entry.client_id in moved
            or entry.client_id in others
            or (entry.client_id in created and entry.client_id in contacted)
        ):
            changed.append(f"{client.client_number} {client.name}")
    return changed


def _chunks(ids: Sequence[int], size: int = 500) -> list[Sequence[int]]:
    return [ids[start : start + size] for start in range(0, len(ids), size)]
