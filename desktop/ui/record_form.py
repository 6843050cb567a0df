"""Shared pieces of the record dialogs: form layout, fields with errors, saving."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget
from sqlalchemy.orm import Session

from desktop.core.db import Database
from desktop.core.errors import ConflictError, DraagvlakError
from desktop.ui.field_errors import FieldErrors, error_label, with_error


def form_layout(parent: QWidget | None = None) -> QFormLayout:
    form = QFormLayout(parent) if parent is not None else QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    # Explicit, or a nested form inherits the spacing of the layout it sits in.
    form.setVerticalSpacing(8)
    form.setHorizontalSpacing(10)
    return form


def align_labels(*forms: QFormLayout) -> None:
    """Give the label columns of forms stacked above each other one width."""
    labels = [
        item.widget()
        for form in forms
        for row in range(form.rowCount())
        if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None
    ]
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)


def line_edit(parent: QWidget, max_length: int, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setMaxLength(max_length)
    edit.setPlaceholderText(placeholder)
    return edit


def add_field_row(
    form: QFormLayout, errors: FieldErrors, text: str, field: str, widget: QWidget
) -> None:
    """A labelled row whose error message (for core field ``field``) shows under the widget."""
    label = error_label(widget.parentWidget())
    errors.add(field, widget, label)
    form.addRow(text, with_error(widget, label))


def save_record(
    database: Database,
    errors: FieldErrors,
    save: Callable[[Session], int],
    conflict_field: str,
) -> int | None:
    """Run ``save`` in one transaction; on a domain error show it by its field, return None."""
    errors.clear()
    try:
        with database.session() as session:
            record_id = save(session)
            session.commit()
    except ConflictError as error:  # a duplicate: shown at the field that must be unique
        errors.show(error, conflict_field)
        return None
    except DraagvlakError as error:
        errors.show(error)
        return None
    return record_id
