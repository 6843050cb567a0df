"""Table model of a project's pipeline numbers: one row per stage (see core pipeline_stats)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.core.common.vocab import StageKind
from desktop.core.pipelines.stats import StageStats
from desktop.ui.common.locale_format import number_text
from desktop.ui.common.row_table_model import ModelIndex, RowTableModel

KIND_COLOURS = {StageKind.WON: QColor("#2e7d57"), StageKind.LOST: QColor("#a93226")}


def format_percent(value: float | None) -> str:
    return "–" if value is None else QLocale().toString(value * 100, "f", 0) + "%"


def format_days(value: float | None) -> str:
    if value is None:
        return "–"
    return QLocale().toString(value, "f", 0 if value == int(value) else 1)


class StageStatsModel(RowTableModel):
    STAGE, CURRENT, REACHED, CONVERSION, MEDIAN_DAYS = range(5)
    rows: list[StageStats]

    def headers(self) -> Sequence[str]:
        return (
            QCoreApplication.translate("StageStatsModel", "Stage"),
            QCoreApplication.translate("StageStatsModel", "Now"),
            QCoreApplication.translate("StageStatsModel", "Ever reached"),
            QCoreApplication.translate("StageStatsModel", "On to next stage"),
            QCoreApplication.translate("StageStatsModel", "Median days"),
        )

    def header_tips(self) -> Sequence[str | None]:
        return (
            None,
            QCoreApplication.translate("StageStatsModel", "Clients in this stage today"),
            QCoreApplication.translate(
                "StageStatsModel", "Clients that were ever in this stage, each counted once"
            ),
            QCoreApplication.translate(
                "StageStatsModel",
                "Share of the clients that reached this stage (or beyond) who got further",
            ),
            QCoreApplication.translate(
                "StageStatsModel", "Median number of days clients spent in this stage"
            ),
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.stage_name,
                number_text(row.current),
                number_text(row.reached),
                format_percent(row.conversion),
                format_days(row.median_days),
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.STAGE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STAGE:
            colour = KIND_COLOURS.get(row.kind)
            return QBrush(colour) if colour is not None else None
        return None
