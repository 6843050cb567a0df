"""Automatic backups while the program runs: every 30 minutes and at exit, only when the
database changed since the newest backup, always on a worker (the GUI never waits).

Only a SQLite file is backed up here; a PostgreSQL server is backed up by its own means (or
`draagvlak backup`, which runs pg_dump).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.db.engine import Database
from desktop.ui.common.workers import CancelCheck, LatestWork, ProgressCallback

log = logging.getLogger("draagvlak.backups")

INTERVAL_MS = 30 * 60 * 1000


class AutoBackup(QObject):
    backed_up = Signal(object)  # BackupInfo
    failed = Signal(str)

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._work = LatestWork(self)
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.back_up_if_changed)
        if database.file_path is not None:
            self.timer.start()

    @property
    def running(self) -> bool:
        return self._work.running

    def back_up_if_changed(self) -> bool:
        """Start a backup on a worker when the database changed; False when none was needed
        (or one is under way)."""
        # Imported here, at the first backup, not with the window at start-up.
        from desktop.core.backups.store import backup_folder, make_backup, needs_backup

        path = self.database.file_path
        if path is None or self._work.running:
            return False
        try:
            folder = backup_folder(self.database)
        except Exception as error:  # the database went away: nothing to back up now
            log.warning("No automatic backup: %s", error)
            return False
        if not needs_backup(path, folder):
            return False

        def task(_progress: ProgressCallback, _cancelled: CancelCheck) -> Any:
            return make_backup(path, folder)

        self._work.run(task, self.backed_up.emit, self._failed)
        return True

    def _failed(self, error: BaseException) -> None:
        # Never a dialog every 30 minutes: the status bar says it, the log keeps it.
        log.warning("Automatic backup failed: %s", error)
        self.failed.emit(str(error))

    def stop(self) -> None:
        self.timer.stop()
