"""The leaderboard: points earned this month, quarter or in a project, per team, in the mode
the office chose (around me by default); anyone can opt out of being ranked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.core.pipelines.projects import list_projects
from desktop.core.rewards.leaderboard import is_opted_out, leaderboard, teams
from desktop.core.rewards.recognitions import get_reward_settings
from desktop.core.rewards.vocab import BoardMode, BoardPeriod, board_mode_label, board_period_label
from desktop.ui.common.row_table_model import read_only_table
from desktop.ui.rewards.models import BoardModel

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class LeaderboardPage(QWidget):
    mode_chosen = Signal(str)  # the office's new mode
    opt_out_chosen = Signal(bool)
    options_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.board_model = BoardModel()
        self._loading = False
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.period_combo = QComboBox(self)
        for period in BoardPeriod:
            self.period_combo.addItem(board_period_label(period), period.value)
        # A quarter by default: in a small office a month holds too few points to compare.
        self.period_combo.setCurrentIndex(self.period_combo.findData(BoardPeriod.QUARTER.value))
        self.project_combo = QComboBox(self)
        self.team_combo = QComboBox(self)
        self.mode_combo = QComboBox(self)
        for mode in BoardMode:
            self.mode_combo.addItem(board_mode_label(mode), mode.value)
        period_label = QLabel(self.tr("&Period:"), self)
        period_label.setBuddy(self.period_combo)
        team_label = QLabel(self.tr("&Team:"), self)
        team_label.setBuddy(self.team_combo)
        mode_label = QLabel(self.tr("&Shown as:"), self)
        mode_label.setBuddy(self.mode_combo)
        for widget in (
            period_label,
            self.period_combo,
            self.project_combo,
            team_label,
            self.team_combo,
            mode_label,
            self.mode_combo,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.opt_out_check = QCheckBox(self.tr("Do not rank me (my points stay mine)"), self)
        layout.addWidget(self.opt_out_check)
        self.board_table = read_only_table(self, "board_table", self.board_model)
        header = self.board_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.board_table, 1)
        self.note_label = QLabel(self)
        self.note_label.setObjectName("board_note")
        self.note_label.setWordWrap(True)
        layout.addWidget(self.note_label)

    def _connect_signals(self) -> None:
        for combo in (self.period_combo, self.project_combo, self.team_combo):
            combo.currentIndexChanged.connect(self._options_changed)
        self.mode_combo.currentIndexChanged.connect(self._mode_changed)
        self.opt_out_check.toggled.connect(self._opt_out_toggled)

    def _options_changed(self) -> None:
        if not self._loading:
            self.options_changed.emit()

    def _mode_changed(self) -> None:
        if not self._loading:
            self.mode_chosen.emit(self.mode_combo.currentData())

    def _opt_out_toggled(self, checked: bool) -> None:
        if not self._loading:
            self.opt_out_chosen.emit(checked)

    def load(self, session: Session, me: int | None, manager: bool) -> None:
        self._loading = True
        try:
            self._fill_choices(session)
            mode = get_reward_settings(session).board_mode
            self.mode_combo.setCurrentIndex(self.mode_combo.findData(mode.value))
            self.mode_combo.setEnabled(manager)
            self.mode_combo.setToolTip(
                "" if manager else self.tr("A partner, office manager or HR chooses this.")
            )
            self.opt_out_check.setEnabled(me is not None)
            self.opt_out_check.setChecked(me is not None and is_opted_out(session, me))
        finally:
            self._loading = False
        period = BoardPeriod(self.period_combo.currentData())
        self.project_combo.setVisible(period is BoardPeriod.PROJECT)
        board = leaderboard(
            session,
            me,
            period,
            project_id=self.project_combo.currentData(),
            team=self.team_combo.currentData(),
        )
        self.board_model.teams = board.mode is BoardMode.TEAMS
        self.board_model.set_rows(board.places)
        self.board_table.setVisible(board.mode is not BoardMode.OFF)
        self.note_label.setText(self._note(board.mode, board.my_points))

    def _note(self, mode: BoardMode, my_points: int | None) -> str:
        if mode is BoardMode.OFF:
            return self.tr("The office has switched the leaderboard off.")
        mine = (
            self.tr("You earned %n points in this period.", "", my_points)
            if my_points is not None
            else ""
        )
        if mode is BoardMode.RELATIVE:
            return " ".join([self.tr("Shown: the five places above and below you."), mine]).strip()
        return mine

    def _fill_choices(self, session: Session) -> None:
        keep_project = self.project_combo.currentData()
        self.project_combo.clear()
        for project in list_projects(session):
            self.project_combo.addItem(project.name, project.id)
        if keep_project is not None and (i := self.project_combo.findData(keep_project)) >= 0:
            self.project_combo.setCurrentIndex(i)
        keep_team = self.team_combo.currentData()
        self.team_combo.clear()
        self.team_combo.addItem(self.tr("Everyone"), None)
        for team in teams(session):
            self.team_combo.addItem(team, team)
        if keep_team is not None and (i := self.team_combo.findData(keep_team)) >= 0:
            self.team_combo.setCurrentIndex(i)
