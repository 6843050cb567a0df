"""Per-PC UI state in QSettings, declared in one place.

Anything that affects documents lives in the database instead (office settings).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QWidget

ORGANISATION = "Draagvlak"
APPLICATION = "Draagvlak"

LANGUAGE = "ui/language"
MAIN_GEOMETRY = "main_window/geometry"
MAIN_STATE = "main_window/state"
MAIN_AREA = "main_window/area"
LAST_FOLDER = "files/last_folder"
CURRENT_STAFF_ID = "user/staff_id"  # who "I" am on this PC, asked the first time it is needed
HEADER_STATE = "tables/{name}/header"
SPLITTER_STATE = "splitters/{name}"


def settings() -> QSettings:
    return QSettings(ORGANISATION, APPLICATION)


def value(key: str, default: object = None) -> object:
    return settings().value(key, default)


def set_value(key: str, data: object) -> None:
    settings().setValue(key, data)


def save_geometry(key: str, widget: QWidget) -> None:
    set_value(key, widget.saveGeometry())


def restore_geometry(key: str, widget: QWidget) -> bool:
    data = value(key)
    return isinstance(data, QByteArray) and widget.restoreGeometry(data)


def save_header(name: str, header: QHeaderView) -> None:
    """Column widths, order and sort indicator of a table."""
    set_value(HEADER_STATE.format(name=name), header.saveState())


def restore_header(name: str, header: QHeaderView) -> bool:
    data = value(HEADER_STATE.format(name=name))
    return isinstance(data, QByteArray) and header.restoreState(data)


def last_folder() -> str:
    folder = value(LAST_FOLDER, "")
    return folder if isinstance(folder, str) else ""


def set_last_folder(folder: str) -> None:
    set_value(LAST_FOLDER, folder)


def current_staff_id() -> int | None:
    raw = value(CURRENT_STAFF_ID)
    try:
        return int(raw) if raw not in (None, "") else None
    except (TypeError, ValueError):
        return None


def set_current_staff_id(staff_id: int | None) -> None:
    set_value(CURRENT_STAFF_ID, "" if staff_id is None else staff_id)
