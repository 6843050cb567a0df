"""Shared pieces of the record dialogs: form layout, fields with errors, saving."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QWidget
from sqlalchemy import Column
from sqlalchemy.orm import Session

from desktop.core.common.errors import ConflictError, DraagvlakError, StaleEditError
from desktop.core.common.validation import max_length
from desktop.core.db.engine import Database
from desktop.ui.common.field_errors import FieldErrors, error_label, with_error


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


def line_edit(parent: QWidget, column: Column[Any] | int, placeholder: str = "") -> QLineEdit:
    """A line edit that takes no more than ``column`` holds (or a number of characters)."""
    edit = QLineEdit(parent)
    edit.setMaxLength(column if isinstance(column, int) else max_length(column))
    edit.setPlaceholderText(placeholder)
    return edit


def add_field_row(
    form: QFormLayout, errors: FieldErrors, text: str, field: str, widget: QWidget
) -> None:
    """A labelled row whose error message (for core field ``field``) shows under the widget."""
    label = error_label(widget.parentWidget())
    errors.add(field, widget, label)
    form.addRow(text, with_error(widget, label))


class ConflictBar(QWidget):
    """Says that someone else changed what the user edited, and offers to read it again.

    Hidden until ``show_conflict``; Reload emits ``reload_requested`` (the form then reads the
    record afresh, dropping the stale values) and hides the bar.
    """

    reload_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.message_label = error_label(self)
        self.message_label.show()
        self.reload_button = QPushButton(self.tr("&Reload current values"), self)
        self.reload_button.setAutoDefault(False)
        self.reload_button.setToolTip(
            self.tr("Read the record again as it is now; your unsaved changes are discarded")
        )
        layout.addWidget(self.message_label, 1)
        layout.addWidget(self.reload_button)
        self.reload_button.clicked.connect(self._reload)
        self.hide()

    def show_conflict(self, error: StaleEditError) -> None:
        self.message_label.setText(str(error))
        self.show()
        self.reload_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _reload(self) -> None:
        self.hide()
        self.reload_requested.emit()


def save_record(
    database: Database,
    errors: FieldErrors,
    save: Callable[[Session], int],
    conflict_field: str,
    conflict_bar: ConflictBar | None = None,
) -> int | None:
    """Run ``save`` in one transaction; on a domain error show it by its field, return None.

    A stale edit (someone else changed a field meanwhile) shows on ``conflict_bar``.
    """
    errors.clear()
    if conflict_bar is not None:
        conflict_bar.hide()
    try:
        with database.session() as session:
            record_id = save(session)
            session.commit()
    except StaleEditError as error:
        if conflict_bar is None:
            errors.show(error, error.field)
        else:
            conflict_bar.show_conflict(error)
        return None
    except ConflictError as error:  # a duplicate: shown at the field that must be unique
        errors.show(error, conflict_field)
        return None
    except DraagvlakError as error:
        errors.show(error)
        return None
    return record_id
