"""Small helpers shared by the services that edit one record from a form's dataclass."""

from __future__ import annotations

from dataclasses import fields
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from desktop.core.errors import NotFoundError

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


def apply_changes(record: object, form: Any) -> list[str]:
    """Copy the form's values onto the record; returns the names of the fields that changed."""
    changed = []
    for name in field_names(form):
        value = getattr(form, name)
        if getattr(record, name) != value:
            setattr(record, name, value)
            changed.append(name)
    return changed


Form = TypeVar("Form")


def read_form(form_class: type[Form], record: object) -> Form:
    """A form dataclass filled from the record's attributes of the same names."""
    return form_class(**{name: getattr(record, name) for name in field_names(form_class)})


def form_values(form: Any) -> dict[str, Any]:
    """The form's values by field name, to construct a new record."""
    return {name: getattr(form, name) for name in field_names(form)}
