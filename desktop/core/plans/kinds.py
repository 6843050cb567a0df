"""The kinds of items a rollout plan lists, with their translated names (no database imports,
so the table definitions can use the enum)."""

from __future__ import annotations

import enum

from desktop.core.common.i18n import translate


class PlanItemKind(enum.StrEnum):
    """A goal with a target date, or an item for the board's or HR's standing agenda."""

    GOAL = "goal"
    BOARD = "board"
    HR = "hr"


def default_phase_names() -> list[str]:
    """The four growth phases a new plan starts with, in order."""
    return [
        translate("Plans", "Preparation"),
        translate("Plans", "Pilot"),
        translate("Plans", "Rollout"),
        translate("Plans", "Embedding"),
    ]
