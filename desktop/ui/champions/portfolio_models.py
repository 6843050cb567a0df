"""Table models of a champion's page: clients per stage (with a bar) and next actions due."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from desktop.core.champions.portfolio import DueAction, StageCount
from desktop.core.common.vocab import StageKind
from desktop.ui.common.locale_format import date_text, number_text
from desktop.ui.common.row_table_model import ModelIndex, RowTableModel

OVERDUE = QBrush(QColor("#b03a2e"))
BAR_COLOURS = {  # won green, lost grey, open blue (the board's colours for the kinds)
    StageKind.OPEN: QColor("#4a7fb5"),
    StageKind.WON: QColor("#2e8b57"),
    StageKind.LOST: QColor("#9aa6b5"),
}
SHARE_ROLE = Qt.ItemDataRole.UserRole + 1  # the bar's length: 0..1


class StageCountsModel(RowTableModel):
    STAGE, CLIENTS, BAR = range(3)
    rows: list[StageCount]

    def headers(self) -> Sequence[str]:
        return (self.tr("Stage"), self.tr("Clients"), "")

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole and column < self.BAR:
            return row.name if column == self.STAGE else number_text(row.clients)
        if role == SHARE_ROLE:
            largest = max((r.clients for r in self.rows), default=0)
            return row.clients / largest if largest else 0.0
        if role == Qt.ItemDataRole.DecorationRole and column == self.BAR:
            return BAR_COLOURS[row.kind]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.CLIENTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row.kind == StageKind.WON:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None


class BarDelegate(QStyledItemDelegate):
    """Paints the share of the largest stage as a horizontal bar in the stage's colour."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, QModelIndex())  # background and selection only
        share = float(index.data(SHARE_ROLE) or 0.0)
        colour = index.data(Qt.ItemDataRole.DecorationRole)
        rect: QRect = option.rect.adjusted(4, 5, -4, -5)  # type: ignore[attr-defined]
        if share <= 0 or not isinstance(colour, QColor):
            return
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(
            QRect(rect.left(), rect.top(), max(int(rect.width() * share), 3), rect.height()), 2, 2
        )
        painter.restore()


class DueActionsModel(RowTableModel):
    DUE, CLIENT, PROJECT, STAGE, ACTION = range(5)
    rows: list[DueAction]

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Due"),
            self.tr("Client"),
            self.tr("Project"),
            self.tr("Stage"),
            self.tr("Next action"),
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            due = date_text(row.due)
            if row.overdue:
                due = self.tr("{date} (overdue)").format(date=due)
            return (due, row.client_name, row.project_name, row.stage_name, row.action or "")[
                index.column()
            ]
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue and index.column() == self.DUE:
            return OVERDUE
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.ACTION:
            return row.action or None
        return None
