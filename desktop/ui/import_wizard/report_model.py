"""Table model for a report: every problem, then every update, one line each."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.core.imports.report import ERROR, ImportReport, severity_label
from desktop.ui.import_wizard.preview_model import ERROR_BRUSH, WARNING_BRUSH

Index = QModelIndex | QPersistentModelIndex


class ReportModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.lines: list[tuple[int | None, str, str, str, str]] = []  # row, column, kind, text

    def set_report(self, report: ImportReport | None) -> None:
        self.beginResetModel()
        self.lines = []
        if report is not None:
            self.lines = [
                (p.row or None, p.column, p.severity, severity_label(p.severity), p.reason)
                for p in report.problems
            ]
            updated = self.tr("updated")
            self.lines.extend(
                (c.row, c.client_number, "update", updated, ", ".join(c.fields))
                for c in report.changes
            )
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column, kind, label, text = self.lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (row, column, label, text)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return text
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 2:
            return ERROR_BRUSH if kind == ERROR else WARNING_BRUSH if kind != "update" else None
        return None

    def headerData(  # noqa: N802 (Qt override)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Row"), self.tr("Column"), self.tr("Kind"), self.tr("Details"))[section]
