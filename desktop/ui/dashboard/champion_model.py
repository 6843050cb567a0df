"""The dashboard's champion table: each champion's clients, Active share relative to the
project's, stalled clients and overdue next actions. Rows by name, never ranked."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from desktop.core.common.vocab import UNASSIGNED
from desktop.ui.common.locale_format import number_text
from desktop.ui.common.row_table_model import ModelIndex, RowTableModel

if TYPE_CHECKING:  # the figures' queries (and the ORM) stay out of the GUI's start-up
    from desktop.core.dashboard.figures import ChampionFigures


def relative_text(share: float | None, project_share: float | None) -> str:
    """A champion's Active share against the project's, in percentage points: '+6', '−3', '±0'."""
    if share is None or project_share is None:
        return "–"
    points = round((share - project_share) * 100)
    if points == 0:
        return "±0"
    return f"+{points}" if points > 0 else f"−{-points}"


class ChampionModel(RowTableModel):
    NAME, CLIENTS, ACTIVE, RELATIVE, STALLED, OVERDUE = range(6)

    def __init__(self) -> None:
        super().__init__()
        self.project_share: float | None = None

    def set_champions(self, rows: Sequence[ChampionFigures], project_share: float | None) -> None:
        self.project_share = project_share
        self.set_rows(rows)

    def headers(self) -> Sequence[str]:
        return (
            QCoreApplication.translate("ChampionModel", "Champion"),
            QCoreApplication.translate("ChampionModel", "Clients"),
            QCoreApplication.translate("ChampionModel", "Active"),
            QCoreApplication.translate("ChampionModel", "± project"),
            QCoreApplication.translate("ChampionModel", "Stalled"),
            QCoreApplication.translate("ChampionModel", "Overdue"),
        )

    def header_tips(self) -> Sequence[str | None]:
        return (
            None,
            None,
            QCoreApplication.translate(
                "ChampionModel", "Share of the champion's clients that are Active"
            ),
            QCoreApplication.translate(
                "ChampionModel",
                "Percentage points above (+) or below (−) the project's Active share",
            ),
            QCoreApplication.translate(
                "ChampionModel", "Clients without a next action or longer in a stage than allowed"
            ),
            QCoreApplication.translate("ChampionModel", "Next actions past their due date"),
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row: ChampionFigures = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                if row.champion_id is UNASSIGNED:
                    return QCoreApplication.translate("ChampionModel", "No champion")
                return row.name
            if column == self.CLIENTS:
                return number_text(row.enrolled)
            if column == self.ACTIVE:
                share = "–" if row.share is None else f"{round(row.share * 100)}%"
                return f"{number_text(row.active)}  ({share})"
            if column == self.RELATIVE:
                return relative_text(row.share, self.project_share)
            if column == self.STALLED:
                return number_text(row.stalled)
            if column == self.OVERDUE:
                return number_text(row.overdue)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "ChampionModel", "Double-click to see these clients on the board"
            )
        return None

    def champion(self, index: QModelIndex) -> ChampionFigures | None:
        return self.rows[index.row()] if index.isValid() else None
