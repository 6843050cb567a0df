"""The backups as a table: date, size, client count, whether it passed its check, file."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt

from desktop.core.backups.store import BackupInfo, size_text
from desktop.ui.common.locale_format import moment_text, number_text
from desktop.ui.common.row_table_model import ModelIndex, RowTableModel


class BackupsModel(RowTableModel):
    DATE, SIZE, CLIENTS, CHECKED, FILE = range(5)

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Date"),
            self.tr("Size"),
            self.tr("Clients"),
            self.tr("Checked"),
            self.tr("File"),
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        info: BackupInfo = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.SIZE, self.CLIENTS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.FILE:
            return str(info.path)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.CHECKED:
            return (
                self.tr("Passed the database's integrity check after it was made.")
                if info.verified
                else self.tr("Not checked yet; a restore checks the file first.")
            )
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.DATE:
            text = moment_text(info.moment.astimezone())
            return text + "  " + self.tr("(before a restore)") if info.before_restore else text
        if column == self.SIZE:
            return size_text(info.size)
        if column == self.CLIENTS:
            return number_text(info.clients) if info.clients is not None else "?"
        if column == self.CHECKED:
            return self.tr("yes") if info.verified else self.tr("not checked")
        return info.path.name
