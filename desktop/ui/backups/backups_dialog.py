"""File ▸ Backups…: the backups with date, size and client count; back up now, restore one
(after a confirmation; the database is then reopened), and the folder they go to."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.backups import instance_lock
from desktop.core.backups.restore import RestoreResult, check_backup_file, restore_backup
from desktop.core.backups.store import (
    BackupInfo,
    backup_folder,
    list_backups,
    make_backup,
    set_backup_folder,
)
from desktop.core.db.engine import Database, open_database
from desktop.ui.backups.backups_model import BackupsModel
from desktop.ui.common.changes import commit_change
from desktop.ui.common.locale_format import moment_text
from desktop.ui.common.row_table_model import read_only_table
from desktop.ui.common.workers import (
    CancelCheck,
    LatestWork,
    ProgressCallback,
    run_with_progress,
)
from desktop.ui.shell.error_handler import show_error


class BackupsDialog(QDialog):
    """Emits ``restored`` after a restore, when every view must read the database again."""

    restored = Signal()
    backed_up = Signal(object)  # BackupInfo
    listed = Signal()  # the list was read (on a worker: the folder may be a slow share)

    def __init__(
        self, database: Database, parent: QWidget | None = None, auto_backup: Any = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.auto_backup = auto_backup  # paused while a restore swaps the file
        self.worker: Any = None
        self._listing = LatestWork(self)
        self._build_ui()
        self._connect_signals()
        self.reload()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Backups"))
        self.resize(860, 480)
        layout = QVBoxLayout(self)
        self.intro_label = QLabel(self)
        self.intro_label.setWordWrap(True)
        layout.addWidget(self.intro_label)
        folder_row = QHBoxLayout()
        self.folder_label = QLabel(self)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_button = QPushButton(self.tr("&Change folder…"), self)
        self.default_folder_button = QPushButton(self.tr("&Default folder"), self)
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.folder_button)
        folder_row.addWidget(self.default_folder_button)
        layout.addLayout(folder_row)
        self.model = BackupsModel()
        self.table = read_only_table(self, "backups_table", self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BackupsModel.FILE, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.backup_button = self.buttons.addButton(
            self.tr("&Back up now"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_file_button = self.buttons.addButton(
            self.tr("Restore from &file…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        layout.addWidget(self.buttons)
        sqlite = self.database.file_path is not None
        for widget in (
            self.folder_button,
            self.default_folder_button,
            self.backup_button,
            self.restore_button,
            self.restore_file_button,
        ):
            widget.setEnabled(sqlite)
        if sqlite:
            self.intro_label.setText(
                self.tr(
                    "While Draagvlak is open it backs up the database every 30 minutes and "
                    "when you close it, if anything changed. It keeps the newest backup of "
                    "each of the last 12 days, 10 weeks and 9 months: about a year."
                )
            )
        else:
            self.intro_label.setText(
                self.tr(
                    "This database is on a PostgreSQL server: back it up on the server, or "
                    "run `draagvlak backup` on a PC with the PostgreSQL client tools (pg_dump)."
                )
            )

    def _connect_signals(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button.clicked.connect(self.restore_from_file)
        self.folder_button.clicked.connect(self.choose_folder)
        self.default_folder_button.clicked.connect(lambda: self.set_folder(None))
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())

    # -- data ---------------------------------------------------------------------------------

    def reload(self) -> None:
        path = self.database.file_path
        if path is None:
            self.folder_label.setText("")
            self.model.set_rows([])
            return
        folder = backup_folder(self.database)
        self.folder_label.setText(self.tr("Backup folder: {folder}").format(folder=folder))

        def task(_progress: ProgressCallback, _cancelled: CancelCheck) -> list[BackupInfo]:
            return list_backups(folder, path)

        self._listing.run(task, self._show_rows, lambda error: show_error(self, error))

    def _show_rows(self, rows: list[BackupInfo]) -> None:
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)
        self.restore_button.setEnabled(bool(rows))
        self.listed.emit()

    def selected(self) -> BackupInfo | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    # -- actions ------------------------------------------------------------------------------

    def back_up_now(self) -> None:
        path = self.database.file_path
        assert path is not None
        folder = backup_folder(self.database)

        def task(_progress: ProgressCallback, _cancelled: CancelCheck) -> BackupInfo:
            return make_backup(path, folder)

        def done(info: BackupInfo) -> None:
            self.reload()
            self.backed_up.emit(info)

        self.worker = run_with_progress(self, self.tr("Backing up…"), task, done, cancellable=False)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Backup folder"), str(backup_folder(self.database))
        )
        if folder:
            self.set_folder(folder)

    def set_folder(self, folder: str | None) -> None:
        from desktop.ui.common.changes import Changes

        commit_change(self, self.database, lambda s: set_backup_folder(s, folder), Changes.OFFICE)
        self.reload()

    def restore_selected(self) -> None:
        info = self.selected()
        if info is not None:
            self.restore(info.path)

    def restore_from_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore a backup"),
            str(backup_folder(self.database)),
            self.tr("Draagvlak databases (*.sqlite3);;All files (*)"),
        )
        if name:
            self.restore(Path(name))

    def restore(self, backup: Path) -> None:
        """Check the file (on a worker: its integrity check reads all of it), ask, then
        restore on a worker and reopen the database."""

        def task(_progress: ProgressCallback, _cancelled: CancelCheck) -> tuple[str, int]:
            return check_backup_file(backup)

        self.worker = run_with_progress(
            self,
            self.tr("Checking the backup…"),
            task,
            lambda checked: self._restore_checked(backup, checked[1]),
            cancellable=False,
        )

    def _restore_checked(self, backup: Path, clients: int) -> None:
        path = self.database.file_path
        assert path is not None
        if not self._confirm(backup, clients):
            return
        if self.auto_backup is not None:
            if self.auto_backup.running:
                QMessageBox.information(
                    self,
                    self.tr("Restore backup"),
                    self.tr("An automatic backup is being made; try again in a moment."),
                )
                return
            self.auto_backup.stop()
        folder = backup_folder(self.database)
        url = self.database.url
        self.database.dispose()  # every connection closed: the file can be swapped
        instance_lock.release(self.database)

        def task(_progress: ProgressCallback, _cancelled: CancelCheck) -> Any:
            result = restore_backup(path, backup, folder)
            return result, open_database(url).engine

        def done(outcome: tuple[RestoreResult, Any]) -> None:
            result, engine = outcome
            self.database.replace_engine(engine)
            self._hold_again()
            self.reload()
            self.restored.emit()
            QMessageBox.information(
                self,
                self.tr("Backup restored"),
                self.tr(
                    "The backup was restored. The database as it was is kept as {path}."
                ).format(path=result.safety_backup.name if result.safety_backup else "-"),
            )

        def failed(error: BaseException) -> None:
            self._hold_again()
            show_error(self, error)

        self.worker = run_with_progress(
            self, self.tr("Restoring…"), task, done, failed, cancellable=False
        )

    def _hold_again(self) -> None:
        if self.auto_backup is not None:
            self.auto_backup.timer.start()
        try:
            instance_lock.hold(self.database)
        except Exception as error:
            show_error(self, error)

    def _confirm(self, backup: Path, clients: int) -> bool:
        info = next((row for row in self.model.rows if row.path == backup), None)
        when = moment_text(info.moment.astimezone()) if info is not None else backup.name
        answer = QMessageBox.question(
            self,
            self.tr("Restore backup"),
            self.tr(
                "Replace the database by the backup of {when} (%n clients)?\n\n"
                "Everything changed since then is lost. The current database is backed up "
                "first, so this can be undone.",
                "",
                clients,
            ).format(when=when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
