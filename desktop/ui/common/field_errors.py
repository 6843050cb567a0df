"""Validation messages shown next to the field they are about (core's ValidationError.field)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.core.common.errors import DraagvlakError, ValidationError, ValidationErrors


def error_label(parent: QWidget) -> QLabel:
    """A hidden red label for a field's message (styled by QLabel[role="error"])."""
    label = QLabel(parent)
    label.setProperty("role", "error")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def with_error(widget: QWidget, label: QLabel) -> QWidget:
    """The field with its error label right under it, as one form-row widget."""
    box = QWidget(widget.parentWidget())
    box.setSizePolicy(widget.sizePolicy())
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    layout.addWidget(label)
    return box


class FieldErrors:
    """Maps core field names to their widget and error label; shows and clears messages."""

    def __init__(self, general: QLabel | None = None) -> None:
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self._general = general

    def add(self, field: str, widget: QWidget, label: QLabel) -> None:
        self._fields[field] = (widget, label)

    def clear(self) -> None:
        for widget, label in self._fields.values():
            _mark(widget, False)
            label.clear()
            label.hide()
        if self._general is not None:
            self._general.clear()
            self._general.hide()

    def reserve_space(self) -> None:
        """Keep one line under every field for its message, so the form does not grow (and
        jump) when messages appear."""
        for _widget, label in self._fields.values():
            label.setMinimumHeight(label.fontMetrics().lineSpacing())
            policy = label.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            label.setSizePolicy(policy)

    def show(self, error: DraagvlakError, field: str | None = None) -> bool:
        """Show the message by its field (or ``field``), every message of ValidationErrors at
        once; the first field shown gets the focus. False when there is nowhere to show it."""
        self.clear()
        errors = error.errors if isinstance(error, ValidationErrors) and not field else [error]
        focus: QWidget | None = None
        general: list[str] = []
        for one in errors:
            name = field or (one.field if isinstance(one, ValidationError) else None)
            if name in self._fields:
                widget, label = self._fields[name]
                _mark(widget, True)
                label.setText(str(one))
                label.show()
                focus = focus or widget
            else:
                general.append(str(one))
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        if general and self._general is not None:
            self._general.setText("\n".join(general))
            self._general.show()
        return focus is not None or (bool(general) and self._general is not None)

    def message(self, field: str) -> str:
        return self._fields[field][1].text()


def _mark(widget: QWidget, invalid: bool) -> None:
    if bool(widget.property("invalid")) == invalid:
        return  # re-polishing costs tens of milliseconds with the style sheet
    widget.setProperty("invalid", invalid)
    # A dynamic property only restyles after an unpolish/polish round.
    widget.style().unpolish(widget)
    widget.style().polish(widget)
