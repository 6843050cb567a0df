"""Table models of the client detail: the stage timeline of one project and the contact log."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.core.clients.history import ClientEnrollmentRow, ContactRow, TimelineRow
from desktop.core.pipelines.stalled import needs_next_action
from desktop.ui.common.locale_format import date_text, moment_text
from desktop.ui.common.row_table_model import ModelIndex, RowTableModel

MUTED = QBrush(QColor("#8a97a8"))


class TimelineModel(RowTableModel):
    """Moves newest first; moves taken back by an undo are struck through."""

    WHEN, MOVE, DAYS, BY, NOTE = range(5)
    rows: list[TimelineRow]

    def headers(self) -> Sequence[str]:
        return (
            QCoreApplication.translate("ClientHistoryModels", "When"),
            QCoreApplication.translate("ClientHistoryModels", "Move"),
            QCoreApplication.translate("ClientHistoryModels", "Days in stage"),
            QCoreApplication.translate("ClientHistoryModels", "By"),
            QCoreApplication.translate("ClientHistoryModels", "Note"),
        )

    def set_rows(self, rows: Sequence[TimelineRow]) -> None:
        super().set_rows(list(reversed(rows)))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                moment_text(row.at),
                self._move_text(row),
                self._days_text(row),
                row.by_name or "",
                self._note_text(row),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.NOTE, self.BY):
            return (self._note_text(row) if column == self.NOTE else row.by_name) or None
        if role == Qt.ItemDataRole.ForegroundRole and (row.reverted or row.is_undo):
            return MUTED
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setStrikeOut(row.reverted)
            font.setBold(row.is_current and column == self.MOVE)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.DAYS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _no_action_text(row: ClientEnrollmentRow) -> str:
        if needs_next_action(row.stage_kind):
            return QCoreApplication.translate("ClientHistoryModels", "none")
        return QCoreApplication.translate("ClientHistoryModels", "not needed (finished)")

    @staticmethod
    def _move_text(row: TimelineRow) -> str:
        if row.from_stage is None:
            return QCoreApplication.translate("ClientHistoryModels", "Enrolled in {stage}").format(
                stage=row.to_stage
            )
        return f"{row.from_stage} → {row.to_stage}"

    @staticmethod
    def _days_text(row: TimelineRow) -> str:
        if row.is_current:
            return QCoreApplication.translate("ClientHistoryModels", "{days} (so far)").format(
                days=row.days_in_stage
            )
        return str(row.days_in_stage)

    @staticmethod
    def _note_text(row: TimelineRow) -> str:
        parts = []
        if row.reason:
            parts.append(
                QCoreApplication.translate("ClientHistoryModels", "Reason: {reason}").format(
                    reason=row.reason
                )
            )
        if row.note:
            parts.append(row.note)
        if row.reverted:
            parts.append(QCoreApplication.translate("ClientHistoryModels", "(taken back)"))
        return " · ".join(parts)


class ContactLogModel(RowTableModel):
    WHEN, CHANNEL, BY, NOTE = range(4)
    rows: list[ContactRow]

    def headers(self) -> Sequence[str]:
        return (
            QCoreApplication.translate("ClientHistoryModels", "When"),
            QCoreApplication.translate("ClientHistoryModels", "Contact"),
            QCoreApplication.translate("ClientHistoryModels", "By"),
            QCoreApplication.translate("ClientHistoryModels", "Note"),
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                date_text(row.at.astimezone().date()),
                row.channel_label,
                row.by_name or "",
                row.note,
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (self.BY, self.NOTE):
            return (row.note if index.column() == self.NOTE else row.by_name) or None
        return None


class EnrollmentsModel(RowTableModel):
    """The client's place in each project it takes part in."""

    PROJECT, STAGE, DAYS, NEXT_ACTION, DUE = range(5)
    rows: list[ClientEnrollmentRow]

    def headers(self) -> Sequence[str]:
        return (
            QCoreApplication.translate("ClientHistoryModels", "Project"),
            QCoreApplication.translate("ClientHistoryModels", "Stage"),
            QCoreApplication.translate("ClientHistoryModels", "Days in stage"),
            QCoreApplication.translate("ClientHistoryModels", "Next action"),
            QCoreApplication.translate("ClientHistoryModels", "Due"),
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            stage = row.stage_name + (
                "  " + QCoreApplication.translate("ClientHistoryModels", "(stalled)")
                if row.stalled
                else ""
            )
            return (
                row.project_name,
                stage,
                str(row.days_in_stage),
                row.next_action or self._no_action_text(row),
                date_text(row.next_action_due),
            )[column]
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.STAGE and row.stalled:
                return QBrush(QColor("#b03a2e"))
            if column == self.NEXT_ACTION and not row.next_action:
                return MUTED
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.DAYS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _no_action_text(row: ClientEnrollmentRow) -> str:
        if needs_next_action(row.stage_kind):
            return QCoreApplication.translate("ClientHistoryModels", "none")
        return QCoreApplication.translate("ClientHistoryModels", "not needed (finished)")
