"""Small helpers shared by the services that edit one record from a form's dataclass."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from desktop.core.common.errors import NotFoundError, StaleEditError, ValidationError
from desktop.core.common.i18n import translate
from desktop.core.db import tables
from desktop.core.db.engine import begin_write
from desktop.core.db.tables import utcnow

Model = TypeVar("Model")


def field_names(form: Any) -> list[str]:
    """The field names of a form dataclass (class or instance)."""
    return [field.name for field in fields(form)]


def get_or_not_found(session: Session, model: type[Model], record_id: int, message: str) -> Model:
    """The record by id; NotFoundError(message) when it no longer exists."""
    record = session.get(model, record_id)
    if record is None:
        raise NotFoundError(message)
    return record


Form = TypeVar("Form")


def read_form(form_class: type[Form], record: object) -> Form:
    """A form dataclass filled from the record's attributes of the same names."""
    return form_class(**{name: getattr(record, name) for name in field_names(form_class)})


def form_values(form: Any) -> dict[str, Any]:
    """The form's values by field name, to construct a new record."""
    return {name: getattr(form, name) for name in field_names(form)}


# --- edits that keep other people's changes ------------------------------------------------------


def lock_for_edit(session: Session, model: type[Model], record_id: int, message: str) -> Model:
    """The record as it is in the database now, locked until the transaction ends.

    SQLite: the write lock is taken first (BEGIN IMMEDIATE), so nobody writes between this read
    and the edit's write; PostgreSQL: the row is read FOR UPDATE. Values held by the session from
    an earlier read are refreshed, so the conflict check compares with the truth.
    """
    begin_write(session)
    record = session.get(model, record_id, with_for_update=True, populate_existing=True)
    if record is None:
        raise NotFoundError(message)
    return record


def edited_fields(read: Any, wanted: Any) -> list[str]:
    """The fields the user changed: where the wanted form differs from the form as read.

    Both are compared normalised (``validated()``), so a field shown and sent back untouched
    ("" for None, a postcode spelled as stored long ago) is not taken for an edit.
    """
    read = _normalised(read)
    return [name for name in field_names(wanted) if getattr(wanted, name) != getattr(read, name)]


def _normalised(form: Any) -> Any:
    try:
        return form.validated()
    except (AttributeError, ValidationError):
        return form  # stored before today's rules: compared as it is


def refuse_stale(
    session: Session | Connection,
    current: Any,
    read: Mapping[str, Any],
    wanted: Mapping[str, Any],
    labels: Mapping[str, str],
    stamp_columns: tuple[str, str] = ("updated_by", "updated_at"),
) -> None:
    """StaleEditError for the first wanted field someone else changed since ``read``.

    ``current`` is the record as it is now (ORM object or Core row); a field changed meanwhile
    to the very value wanted is no conflict. ``stamp_columns`` name its who/when columns.
    """
    for name, value in wanted.items():
        now = getattr(current, name)
        if now != read[name] and now != value:
            who, when = (getattr(current, column) for column in stamp_columns)
            raise stale_edit_error(session, name, labels[name], who, when)


def stale_edit_error(
    session: Session | Connection,
    field: str,
    label: str,
    changed_by: int | None,
    changed_at: datetime | None,
) -> StaleEditError:
    """The refusal that names the field, who changed it (if known) and when."""
    name = None
    if changed_by is not None:
        name = session.scalar(select(tables.staff.c.name).where(tables.staff.c.id == changed_by))
    if changed_at is None:
        if name is None:
            text = translate(
                "Conflicts", "{field} was changed by someone else; your change was not saved."
            )
        else:
            text = translate(
                "Conflicts", "{field} was changed by {name}; your change was not saved."
            )
    elif name is None:
        text = translate(
            "Conflicts",
            "{field} was changed at {moment} by someone else; your change was not saved.",
        )
    else:
        text = translate(
            "Conflicts", "{field} was changed by {name} at {moment}; your change was not saved."
        )
    moment = _moment(changed_at) if changed_at is not None else ""
    return StaleEditError(text.format(field=label, name=name, moment=moment), field)


def _moment(value: datetime) -> str:
    local = value.astimezone()
    if local.date() == datetime.now().astimezone().date():
        return local.strftime("%H:%M")
    return local.strftime("%d-%m-%Y %H:%M")


def write_edit(
    session: Session,
    record: Any,
    read: Any,
    wanted: Any,
    labels: Mapping[str, str],
    by: int | None,
) -> list[str]:
    """Write only the fields the user changed (form ``wanted`` against form ``read``).

    ``record`` comes from lock_for_edit; see write_changes. Returns the names of the written
    fields.
    """
    edits = {name: getattr(wanted, name) for name in edited_fields(read, wanted)}
    return write_changes(session, record, form_values(read), edits, labels, by)


def write_changes(
    session: Session,
    record: Any,
    read: Mapping[str, Any],
    edits: Mapping[str, Any],
    labels: Mapping[str, str],
    by: int | None,
    stamp_columns: tuple[str, str] = ("updated_by", "updated_at"),
) -> list[str]:
    """Write ``edits`` (field -> new value) onto the locked ``record``, and who and when.

    Refuses with StaleEditError when one of them was changed in the database since ``read``
    (field -> value as the user saw it); fields the user left alone keep whatever others saved
    meanwhile. Returns the names of the fields whose value changed.
    """
    refuse_stale(session, record, read, edits, labels, stamp_columns)
    changed = [name for name, value in edits.items() if getattr(record, name) != value]
    for name in changed:
        setattr(record, name, edits[name])
    if changed:
        who, when = stamp_columns
        setattr(record, when, utcnow())
        setattr(record, who, by)
        # An unchanged value is left out of the UPDATE, and the column's onupdate would then
        # clear it: flagged, it is always written.
        flag_modified(record, who)
    session.flush()
    return changed
