"""One user action that changes the database: its own transaction, refusals shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from desktop.core.common.errors import DraagvlakError
from desktop.core.db.engine import Database
from desktop.ui.shell.error_handler import show_error

if TYPE_CHECKING:  # the ORM stays out of start-up; it loads with the first session
    from sqlalchemy.orm import Session


def commit_change(parent: QWidget, database: Database, change: Callable[[Session], object]) -> bool:
    """Run ``change`` and commit; a refusal by the core is shown and nothing is saved."""
    try:
        with database.session() as session:
            change(session)
            session.commit()
    except DraagvlakError as error:
        show_error(parent, error)
        return False
    return True
