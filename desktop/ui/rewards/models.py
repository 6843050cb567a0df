"""The Rewards area's table models: ledger entries, the catalogue, redemptions, the board."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTableView

from desktop.core.rewards.catalogue import CatalogueItem, RedemptionRow
from desktop.core.rewards.leaderboard import Place
from desktop.core.rewards.ledger import EntryRow
from desktop.core.rewards.vocab import EntrySource, entry_source_label, redemption_status_label
from desktop.ui.common.locale_format import date_text, moment_text, number_text
from desktop.ui.common.row_table_model import ModelIndex, RowTableModel

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def fit_columns(table: QTableView) -> None:
    """Columns as wide as their contents, the last one taking the rest of the width."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)


def _points_text(points: int) -> str:
    return f"+{number_text(points)}" if points > 0 else number_text(points)


class EntriesModel(RowTableModel):
    """A person's ledger, newest first."""

    rows: list[EntryRow]

    def headers(self) -> Sequence[str]:
        return [self.tr("Date"), self.tr("Points"), self.tr("Source"), self.tr("Reason")]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return date_text(entry.at.astimezone().date())
            if column == 1:
                if entry.held_points is not None and entry.points == 0:
                    return self.tr("(%1 held)").replace("%1", number_text(entry.held_points))
                return _points_text(entry.points)
            if column == 2:
                return entry_source_label(entry.source)
            return entry.reason
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return entry.reason
        if role == Qt.ItemDataRole.ForegroundRole and column == 1 and entry.points < 0:
            return Qt.GlobalColor.darkRed
        if role == Qt.ItemDataRole.FontRole and entry.source == EntrySource.REVERSAL:
            font = QFont()
            font.setItalic(True)
            return font
        return None


class CatalogueModel(RowTableModel):
    rows: list[CatalogueItem]

    def headers(self) -> Sequence[str]:
        return [self.tr("Reward"), self.tr("Price"), self.tr("In stock"), self.tr("Description")]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return item.name
            if column == 1:
                return self.tr("%n points", "", item.price)
            if column == 2:
                return self.tr("unlimited") if item.stock is None else number_text(item.stock)
            return item.description
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2):
            return RIGHT
        return None


class RedemptionsModel(RowTableModel):
    rows: list[RedemptionRow]

    def headers(self) -> Sequence[str]:
        return [
            self.tr("Asked"),
            self.tr("Person"),
            self.tr("Reward"),
            self.tr("Price"),
            self.tr("State"),
            self.tr("Fulfilled"),
        ]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = [
                moment_text(row.requested_at),
                row.staff_name,
                row.reward_name,
                number_text(row.price),
                redemption_status_label(row.status),
                moment_text(row.fulfilled_at),
            ]
            return values[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return RIGHT
        return None


class HeldAwardsModel(RowTableModel):
    """Rule awards awaiting a manager: (entry id, at, name, points, reason)."""

    def headers(self) -> Sequence[str]:
        return [self.tr("Date"), self.tr("Person"), self.tr("Points"), self.tr("Reason")]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        _, at, name, points, reason = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return [moment_text(at), name, number_text(points), reason][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return RIGHT
        return None


class BoardModel(RowTableModel):
    rows: list[Place]

    def __init__(self, teams: bool = False) -> None:
        super().__init__()
        self.teams = teams

    def headers(self) -> Sequence[str]:
        name = self.tr("Team") if self.teams else self.tr("Name")
        return [
            self.tr("Place"),
            name,
            self.tr("Team") if not self.teams else "",
            self.tr("Points"),
        ]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        place = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            team = "" if self.teams else (place.team or "")
            return [number_text(place.rank), place.name, team, number_text(place.points)][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 3):
            return RIGHT
        if role == Qt.ItemDataRole.FontRole and place.is_me:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and place.is_me:
            return QColor("#fff1b8")
        return None
