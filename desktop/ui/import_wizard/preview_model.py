"""Table model for the preview: the first rows as text, problem cells red with the reason."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.core.imports.preview import PreviewRow
from desktop.core.imports.report import ERROR, problem_line

ERROR_BRUSH = QBrush(QColor(244, 180, 180))
WARNING_BRUSH = QBrush(QColor(255, 226, 160))

Index = QModelIndex | QPersistentModelIndex


class PreviewModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.headers: tuple[str, ...] = ()
        self.rows: list[PreviewRow] = []

    def set_rows(self, headers: tuple[str, ...], rows: list[PreviewRow]) -> None:
        self.beginResetModel()
        self.headers, self.rows = headers, rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.texts[index.column()] if index.column() < len(row.texts) else ""
        problems = row.problems.get(index.column())
        if not problems:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return ERROR_BRUSH if any(p.severity == ERROR for p in problems) else WARNING_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(problem_line(p) for p in problems)
        return None

    def headerData(  # noqa: N802 (Qt override)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if section < len(self.headers) else None
        return str(self.rows[section].row) if section < len(self.rows) else None  # Excel's row

    def error_rows(self) -> int:
        return sum(
            1
            for row in self.rows
            if any(p.severity == ERROR for problems in row.problems.values() for p in problems)
        )
