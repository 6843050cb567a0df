"""Baseline for the start-up benchmark: the least a PySide6 + SQLAlchemy program must do to
open the database and show 50 client rows in a QTableView. Prints when its rows are painted."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("DRAAGVLAK_STARTUP_PROBE", "1")

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402

from desktop.ui.shell.startup_probe import CLIENT_TABLE, install_if_requested  # noqa: E402


class RowsModel(QAbstractTableModel):
    def __init__(self, rows: list[tuple]) -> None:
        super().__init__()
        self.rows = rows

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 4

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return str(self.rows[index.row()][index.column()])
        return None


def main() -> int:
    app = QApplication(sys.argv[:1])
    engine = create_engine(f"sqlite:///{sys.argv[1]}")
    with engine.connect() as connection:
        rows = connection.execute(
            text("SELECT client_number, name, city, email FROM clients ORDER BY name LIMIT 50")
        ).all()
    view = QTableView()
    view.setObjectName(CLIENT_TABLE)
    view.setModel(RowsModel([tuple(row) for row in rows]))
    view.resize(1000, 700)
    view.show()
    install_if_requested(app, view)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
