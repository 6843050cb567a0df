"""The audit log: who changed which field of a client or staff member, when, from what to what.

Written by the core edit functions in the edit's own transaction (so a refused edit logs
nothing), and only read otherwise: append-only. Values are kept as text as a person reads them
(a segment or champion by name, a date as YYYY-MM-DD).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, select

from desktop.core.db.tables import audit_log, segments, staff, utcnow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.core.db.engine import Executor

CLIENT, STAFF = "client", "staff"
CREATED = "(created)"  # the field of a record's first entry
ANONYMISED = "(anonymised)"
_NAMED = {"segment_id": segments, "champion_id": staff}


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    by_name: str | None
    field: str
    old_value: str | None
    new_value: str | None


def value_text(executor: Executor, field: str, value: Any) -> str | None:
    """A stored value as the log keeps it."""
    if value is None:
        return None
    table = _NAMED.get(field)
    if table is not None:
        name = executor.scalar(select(table.c.name).where(table.c.id == value))
        return str(name) if name is not None else str(value)
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def log_changes(
    executor: Executor,
    record_type: str,
    record_id: int,
    changes: Mapping[str, tuple[Any, Any]],
    by: int | None,
) -> None:
    """One entry per changed field (field -> (old, new)), all with the same moment."""
    if not changes:
        return
    moment = utcnow()
    executor.execute(
        insert(audit_log),
        [
            {
                "at": moment,
                "by_staff_id": by,
                "record_type": record_type,
                "record_id": record_id,
                "field": field,
                "old_value": value_text(executor, field, old),
                "new_value": value_text(executor, field, new),
            }
            for field, (old, new) in changes.items()
        ],
    )


def logged_edit(
    session: Session,
    record_type: str,
    record: Any,
    read: Any,
    wanted: Any,
    labels: Mapping[str, str],
    by: int | None,
) -> list[str]:
    """``write_edit`` (records.py) that logs each field it changed, from what to what."""
    from desktop.core.db.records import field_names, write_edit

    before = {name: getattr(record, name) for name in field_names(wanted)}
    changed = write_edit(session, record, read, wanted, labels, by)
    changes = {name: (before[name], getattr(record, name)) for name in changed}
    log_changes(session, record_type, record.id, changes, by)
    return changed


def log_event(
    executor: Executor, record_type: str, record_id: int, event: str, by: int | None
) -> None:
    """An entry without values: a record created or anonymised."""
    log_changes(executor, record_type, record_id, {event: (None, None)}, by)


def audit_entries(executor: Executor, record_type: str, record_id: int) -> list[AuditEntry]:
    """The record's log, newest first."""
    rows = executor.execute(
        select(
            audit_log.c.at,
            staff.c.name,
            audit_log.c.field,
            audit_log.c.old_value,
            audit_log.c.new_value,
        )
        .outerjoin(staff, staff.c.id == audit_log.c.by_staff_id)
        .where(audit_log.c.record_type == record_type, audit_log.c.record_id == record_id)
        .order_by(audit_log.c.at.desc(), audit_log.c.id.desc())
    )
    return [AuditEntry(*row) for row in rows]
