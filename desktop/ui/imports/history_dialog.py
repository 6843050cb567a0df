"""File ▸ Import history…: every committed import, and undoing one (all or nothing)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.db.engine import Database, begin_write
from desktop.core.imports.history import ImportRun, UndoResult, list_imports, undo_import
from desktop.ui.common.row_table_model import ModelIndex, RowTableModel, read_only_table
from desktop.ui.common.workers import CancelCheck, ProgressCallback, run_with_progress
from desktop.ui.shell.error_handler import show_error


class ImportHistoryModel(RowTableModel):
    def headers(self) -> Sequence[str]:
        return (
            self.tr("#"),
            self.tr("When"),
            self.tr("File"),
            self.tr("By"),
            self.tr("Created"),
            self.tr("Updated"),
            self.tr("Unchanged"),
            self.tr("Skipped"),
            self.tr("Undone"),
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        run: ImportRun = self.rows[index.row()]
        locale = QLocale()
        when = locale.toString(run.at.astimezone(), QLocale.FormatType.ShortFormat)
        undone = (
            locale.toString(run.undone_at.astimezone(), QLocale.FormatType.ShortFormat)
            if run.undone_at is not None
            else ""
        )
        values = (
            run.id,
            when,
            run.file_name,
            run.by,
            run.created,
            run.updated,
            run.unchanged,
            run.skipped,
            undone,
        )
        return values[index.column()]


class ImportHistoryDialog(QDialog):
    """Lists the imports; Undo removes what the chosen one did. Emits ``import_undone``."""

    import_undone = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.worker: Any = None
        self._build_ui()
        self._connect_signals()
        self.reload()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Import history"))
        self.resize(820, 420)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Undo removes the clients an import created and restores the fields it "
                    "updated. It is refused when those clients were changed since."
                ),
                self,
            )
        )
        self.model = ImportHistoryModel()
        self.table = read_only_table(self, "history_table", self.model)
        layout.addWidget(self.table, 1)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.undo_button = QPushButton(self.tr("&Undo import…"), self)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _connect_signals(self) -> None:
        self.undo_button.clicked.connect(lambda: self.undo_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

    def reload(self) -> None:
        with self.database.session() as session:
            self.model.set_rows(list_imports(session))
        if self.model.rows:
            self.table.selectRow(0)
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def selected_run(self) -> ImportRun | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        run = self.selected_run()
        self.undo_button.setEnabled(run is not None and run.undone_at is None)

    def undo_selected(self, confirm: bool = True) -> None:
        run = self.selected_run()
        if run is None or run.undone_at is not None:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Undo import"),
                self.tr(
                    "Undo import {id} ({file})? The {created} clients it created are removed "
                    "and the {updated} clients it updated get their previous values back."
                ).format(id=run.id, file=run.file_name, created=run.created, updated=run.updated),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        database, import_id = self.database, run.id

        def task(_progress: ProgressCallback, _is_cancelled: CancelCheck) -> UndoResult:
            with database.session() as session:
                begin_write(session)
                result = undo_import(session, import_id)
                session.commit()
                return result

        self.worker = run_with_progress(
            self,
            self.tr("Undoing the import…"),
            task,
            self._undone,
            on_error=self._failed,
            cancellable=False,
        )

    def _failed(self, error: BaseException) -> None:
        self.status_label.setText(str(error))
        show_error(self, error)

    def _undone(self, result: UndoResult) -> None:
        self.status_label.setText(
            self.tr(
                "Import {id} ({file}) undone: {deleted} clients removed, {restored} restored."
            ).format(
                id=result.import_id,
                file=result.file_name,
                deleted=result.deleted,
                restored=result.restored,
            )
        )
        self.reload()
        self.import_undone.emit()
