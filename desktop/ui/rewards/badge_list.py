"""A person's badges with the day each was earned: a read-only box on the staff card and on the
champion's page. Read on a worker: the whole-portfolio badge of a champion of 38,000 clients,
every one approached, is dated from each client's first move (about 0.25 s)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from desktop.core.db.engine import Database
from desktop.core.rewards.badges import Badge, badges
from desktop.ui.common.locale_format import date_text
from desktop.ui.common.workers import LatestWork
from desktop.ui.shell.error_handler import show_error


def load_badges(database: Database, staff_id: int) -> list[Badge]:
    """Runs on a worker: the person's badges, newest first."""
    with database.session() as session:
        return list(reversed(badges(session, [staff_id]).get(staff_id, [])))


class BadgeList(QGroupBox):
    loaded = Signal()  # the box shows the badges read last

    def __init__(
        self, database: Database, staff_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.staff_id = staff_id
        self.badges: list[Badge] | None = None  # None until read
        self._loading = LatestWork(self)
        self._build_ui()
        self.setVisible(staff_id is not None)

    def _build_ui(self) -> None:
        self.setTitle(self.tr("Badges"))
        self.setObjectName("badge_list")
        layout = QVBoxLayout(self)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("view_subtitle")
        layout.addWidget(self.status_label)
        # One row per badge: its name, and right of it the day it was earned.
        self.rows_grid = QGridLayout()
        self.rows_grid.setColumnStretch(0, 1)
        layout.addLayout(self.rows_grid)

    def reload(self) -> None:
        """Reads the badges (again); a person being added has none to read."""
        staff_id = self.staff_id
        if staff_id is None:
            return
        if self.badges is None:
            self.status_label.setText(self.tr("Reading the badges…"))
        self._loading.run(
            lambda _progress, _cancelled: load_badges(self.database, staff_id),
            self._show,
            lambda error: show_error(self, error),
        )

    def _show(self, earned: list[Badge]) -> None:
        self.badges = earned
        while self.rows_grid.count():
            item = self.rows_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        tip = self.tr("Earned on")
        for row, (name, day) in enumerate(self.lines()):
            name_label = QLabel(name, self)
            name_label.setWordWrap(True)
            day_label = QLabel(day, self)
            day_label.setToolTip(tip)
            day_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            self.rows_grid.addWidget(name_label, row, 0, Qt.AlignmentFlag.AlignTop)
            self.rows_grid.addWidget(day_label, row, 1)
        self.status_label.setText("" if earned else self.tr("No badges yet"))
        self.status_label.setVisible(not earned)
        self.loaded.emit()

    def lines(self) -> list[tuple[str, str]]:
        """The rows as shown, newest first: each badge's name and the day it was earned."""
        return [(badge.label, date_text(badge.earned_on)) for badge in self.badges or []]
