"""The right to erasure: a client's personal data blanked, its history kept as anonymous rows.

The client row stays (with its type, segment, champion and archived state) and so do its
enrollments, moves and logged contacts, so the funnel, the plan's figures and every count stay
what they were; what identifies a person goes: name and number (replaced by a neutral one),
contact details, notes, the search text, free text on moves, contacts and next actions, the
values in the audit log and the previous values an import kept for its undo.

The database file still holds the old bytes in free pages and the WAL until ``compact``
rewrites it; backups hold them until the rotation lets them age out (about a year).
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Engine, String, cast, literal, select, update
from sqlalchemy.orm import Session

from desktop.core.common.errors import ConflictError, NotFoundError
from desktop.core.common.i18n import translate
from desktop.core.db import search_index
from desktop.core.db.engine import begin_write
from desktop.core.db.tables import (
    audit_log,
    champion_changes,
    clients,
    contact_log,
    enrollments,
    import_clients,
    stage_transitions,
    utcnow,
)
from desktop.core.privacy.audit import ANONYMISED, CLIENT, log_changes

ANONYMOUS_NUMBER_PREFIX = "ANON-"
CHUNK = 5000
_BLANKED = (
    "contact_person",
    "email",
    "phone",
    "mobile",
    "address",
    "postcode",
    "city",
    "country",
    "kvk_number",
    "client_since",
)


def anonymised_name_prefix() -> str:
    return translate("Privacy", "Anonymised client") + " "


def anonymise_clients(session: Session, client_ids: Sequence[int], by: int | None = None) -> int:
    """Erase the personal data of these clients (set-based: fast for many); returns how many.

    NotFoundError for an id that does not exist; clients anonymised before are left as they
    are. The caller commits; then ``compact`` removes the old bytes from the file.
    """
    ids = sorted(set(client_ids))
    if not ids:
        return 0
    begin_write(session)
    # In chunks: a statement takes at most some thousands of parameters (SQLite: 32,766).
    return sum(_anonymise(session, ids[at : at + CHUNK], by) for at in range(0, len(ids), CHUNK))


def _anonymise(session: Session, ids: list[int], by: int | None) -> int:
    found = dict(
        session.execute(
            select(clients.c.id, clients.c.anonymised_at).where(clients.c.id.in_(ids))
        ).all()
    )
    missing = [client_id for client_id in ids if client_id not in found]
    if missing:
        raise NotFoundError(
            translate("Clients", "Client {id} no longer exists.").format(id=missing[0])
        )
    ids = [client_id for client_id in ids if found[client_id] is None]
    if not ids:
        return 0
    numbers = [f"{ANONYMOUS_NUMBER_PREFIX}{client_id}" for client_id in ids]
    clash = session.execute(
        select(clients.c.client_number).where(
            clients.c.client_number.in_(numbers), clients.c.id.not_in(ids)
        )
    ).first()
    if clash is not None:
        raise ConflictError(
            translate(
                "Privacy", "Client number {number} is in use; rename that client first."
            ).format(number=clash[0])
        )
    now = utcnow()
    text_id = cast(clients.c.id, String)
    session.execute(
        update(clients)
        .where(clients.c.id.in_(ids))
        .values(
            {
                **dict.fromkeys(_BLANKED),
                "client_number": literal(ANONYMOUS_NUMBER_PREFIX, String) + text_id,
                "name": literal(anonymised_name_prefix(), String) + text_id,
                "notes": "",
                "search_text": "",
                "anonymised_at": now,
                "updated_at": now,
                "updated_by": by,
            }
        )
    )
    session.execute(update(contact_log).where(contact_log.c.client_id.in_(ids)).values(note=""))
    session.execute(
        update(champion_changes).where(champion_changes.c.client_id.in_(ids)).values(note="")
    )
    enrollment_ids = select(enrollments.c.id).where(enrollments.c.client_id.in_(ids))
    session.execute(
        update(enrollments).where(enrollments.c.client_id.in_(ids)).values(next_action=None)
    )
    session.execute(
        update(stage_transitions)
        .where(stage_transitions.c.enrollment_id.in_(enrollment_ids))
        .values(note="", reason=None)
    )
    session.execute(
        update(import_clients).where(import_clients.c.client_id.in_(ids)).values(previous_json="{}")
    )
    session.execute(
        update(audit_log)
        .where(audit_log.c.record_type == CLIENT, audit_log.c.record_id.in_(ids))
        .values(old_value=None, new_value=None)
    )
    for client_id in ids:  # one small insert each; the updates above are set-based
        log_changes(session, CLIENT, client_id, {ANONYMISED: (None, None)}, by)
    session.expire_all()  # ORM objects read before must not write the old values back
    return len(ids)


def compact(engine: Engine) -> None:
    """Rewrite the database so erased data is gone from the file too (SQLite: the trigram
    index merged, VACUUM, then the WAL emptied). PostgreSQL: VACUUM of the tables involved
    makes the old row versions' space reusable, so they are overwritten as the tables are
    used; removing them at once takes VACUUM FULL, which locks the tables (the administrator's
    choice). Runs outside a transaction; may
    take a while on a large database (run it on a worker)."""
    with engine.connect() as connection:
        auto = connection.execution_options(isolation_level="AUTOCOMMIT")
        if engine.dialect.name == "sqlite":
            search_index.purge_deleted(auto)
            auto.exec_driver_sql("VACUUM")
            auto.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        else:
            tables = ", ".join(
                table.name
                for table in (
                    clients,
                    contact_log,
                    enrollments,
                    stage_transitions,
                    import_clients,
                    audit_log,
                )
            )
            auto.exec_driver_sql(f"VACUUM {tables}")
