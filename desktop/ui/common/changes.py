"""What a committed operation changed, and the one way a user action commits.

Every action that saves returns a ``Changes`` value naming the kinds of data it touched (in the
spirit of Anki's OpChanges). The area that made the change emits it on its ``changed`` signal;
the main window hands it to every other area (``AreaView.on_changes``), which reloads what the
change touches now if it is shown, or marks itself stale and reloads when it is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Flag, auto
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from desktop.core.common.errors import DraagvlakError
from desktop.core.db.engine import Database
from desktop.ui.shell.error_handler import show_error

if TYPE_CHECKING:  # the ORM stays out of start-up; it loads with the first session
    from sqlalchemy.orm import Session


class Changes(Flag):
    """Kinds of data an operation changed; combine with ``|``, test with ``&``."""

    NONE = 0
    CLIENTS = auto()  # client records: names, types, segments, champions, archived
    STAFF = auto()  # staff records, champions
    PIPELINE = auto()  # projects, stages, limits, approaches, enrollments, moves, next actions
    OFFICE = auto()  # the office's own settings: name, logo, language
    ASSESSMENTS = auto()  # readiness rounds, their scores, questionnaires
    MEASURES = auto()  # measures (interventions) and the rollout plan's content
    REWARDS = auto()  # rules, the points ledger, badges, the catalogue and redemptions
    ALL = (
        CLIENTS | STAFF | PIPELINE | OFFICE | ASSESSMENTS | MEASURES | REWARDS
    )  # an import, the demo


def commit_change(
    parent: QWidget,
    database: Database,
    change: Callable[[Session], object],
    changes: Changes,
) -> Changes:
    """Run ``change`` and commit; returns ``changes``, or ``Changes.NONE`` when the core refused
    (the refusal is shown and nothing is saved)."""
    try:
        with database.session() as session:
            change(session)
            session.commit()
    except DraagvlakError as error:
        show_error(parent, error)
        return Changes.NONE
    return changes
