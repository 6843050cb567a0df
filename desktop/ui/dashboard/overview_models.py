"""Small tables of the dashboard: the readiness trend per element, and every project's headline
figures for the office-wide view."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

from desktop.core.assessments.elements import ELEMENTS, element_label
from desktop.core.dashboard.forecast import status_label
from desktop.core.dashboard.texts import percent_text
from desktop.ui.common.locale_format import date_text, number_text
from desktop.ui.common.row_table_model import ModelIndex, RowTableModel

if TYPE_CHECKING:  # the figures' queries (and the ORM) stay out of the GUI's start-up
    from desktop.core.dashboard.figures import ProjectFigures, ReadinessRound

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def score_text(score: float | None, before: float | None) -> str:
    """An average with its change since the previous round: '3,4 ▲0,3'."""
    if score is None:
        return "–"
    text = _decimal(score)
    if before is None:
        return text
    change = round(score - before, 1)
    if change > 0:
        return f"{text}  ▲{_decimal(change)}"
    if change < 0:
        return f"{text}  ▼{_decimal(-change)}"
    return text


def _decimal(value: float) -> str:
    from desktop.core.common.i18n import current_language

    text = f"{value:.1f}"
    return text.replace(".", ",") if current_language() == "nl" else text


class ReadinessModel(RowTableModel):
    """One row per assessment round, one column per ADKAR element (the firm's average)."""

    def headers(self) -> Sequence[str]:
        return (
            QCoreApplication.translate("ReadinessModel", "Round"),
            *(element_label(e) for e in ELEMENTS),
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row: ReadinessRound = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.name
            before = self.rows[index.row() - 1].averages if index.row() > 0 else None
            previous = before[column - 1] if before is not None else None
            return score_text(row.averages[column - 1], previous)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return date_text(row.held_on)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return RIGHT
        return None


class ProjectsModel(RowTableModel):
    """Every project's headline figures, office-wide."""

    def headers(self) -> Sequence[str]:
        return (
            QCoreApplication.translate("ProjectsOverview", "Project"),
            QCoreApplication.translate("ProjectsOverview", "Enrolled"),
            QCoreApplication.translate("ProjectsOverview", "Active"),
            QCoreApplication.translate("ProjectsOverview", "Goal"),
            QCoreApplication.translate("ProjectsOverview", "Forecast"),
            QCoreApplication.translate("ProjectsOverview", "Status"),
            QCoreApplication.translate("ProjectsOverview", "Stalled"),
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row: ProjectFigures = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            goal = "" if row.goal_percent is None else f"{row.goal_percent}%"
            if row.goal_percent is not None and row.target_date is not None:
                goal = f"{goal} · {date_text(row.target_date)}"
            values = (
                row.project_name,
                number_text(row.enrolled),
                percent_text(row.share),
                goal,
                date_text(row.forecast.expected) if row.forecast.expected else "–",
                status_label(row.forecast.status),
                number_text(row.stalled) if row.stalled is not None else "–",
            )
            return values[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2, 6):
            return RIGHT
        return None
