"""The leaderboard: points earned this month, quarter or in a project, per team, in the mode
the office chose (around me by default); anyone can opt out of being ranked."""

from __future__ import annotations

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

from desktop.core.rewards.vocab import BoardMode, BoardPeriod, board_mode_label, board_period_label
from desktop.ui.common.row_table_model import read_only_table
from desktop.ui.rewards.models import BoardModel
from desktop.ui.rewards.reading import RewardsRead


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

    def period(self) -> BoardPeriod:
        return BoardPeriod(self.period_combo.currentData())

    def chosen_project(self) -> int | None:
        return self.project_combo.currentData()

    def chosen_team(self) -> str | None:
        return self.team_combo.currentData()

    def show_board(self, read: RewardsRead) -> None:
        self._loading = True
        try:
            self._fill_choices(read)
            mode = read.settings.board_mode
            self.mode_combo.setCurrentIndex(self.mode_combo.findData(mode.value))
            self.mode_combo.setEnabled(read.manager)
            self.mode_combo.setToolTip(
                "" if read.manager else self.tr("A partner, office manager or HR chooses this.")
            )
            self.opt_out_check.setEnabled(read.me is not None)
            self.opt_out_check.setChecked(read.opted_out)
        finally:
            self._loading = False
        self.project_combo.setVisible(self.period() is BoardPeriod.PROJECT)
        board = read.board
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

    def _fill_choices(self, read: RewardsRead) -> None:
        self.project_combo.clear()
        for project_id, name in read.projects:
            self.project_combo.addItem(name, project_id)
        if read.board_project is not None:
            self.project_combo.setCurrentIndex(self.project_combo.findData(read.board_project))
        self.team_combo.clear()
        self.team_combo.addItem(self.tr("Everyone"), None)
        for team in read.teams:
            self.team_combo.addItem(team, team)
        if read.team is not None:
            self.team_combo.setCurrentIndex(self.team_combo.findData(read.team))
