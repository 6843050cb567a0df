"""The project's measures as a table: title, kind, for whom, owner, due date, status."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from desktop.core.common.vocab import measure_kind_label, measure_status_label
from desktop.core.measures.editing import MeasureRow
from desktop.ui.common.locale_format import date_text
from desktop.ui.common.row_table_model import RowTableModel


class MeasuresModel(RowTableModel):
    def headers(self) -> Sequence[str]:
        return (
            QCoreApplication.translate("PlanEditor", "Measure"),
            QCoreApplication.translate("PlanEditor", "Kind"),
            QCoreApplication.translate("PlanEditor", "For"),
            QCoreApplication.translate("PlanEditor", "Owner"),
            QCoreApplication.translate("PlanEditor", "Due"),
            QCoreApplication.translate("PlanEditor", "Status"),
        )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row: MeasureRow = self.rows[index.row()]
        values = (
            row.title,
            measure_kind_label(row.kind),
            row.target_name or row.target_group or row.segment_name or "",
            row.owner_name or "",
            date_text(row.due_on),
            measure_status_label(row.status),
        )
        return values[index.column()]
