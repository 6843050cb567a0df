"""One project's dashboard below the headline: the figure tiles, the burn-up with its forecast,
the funnel, the champions and the readiness trend.

It is filled in two steps, as the figures come in: ``show_figures`` paints the tiles and the
charts, ``show_details`` the champions, the stalled and overdue counts and the readiness trend a
moment later."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.dashboard.forecast import method_text, status_label, status_rule
from desktop.core.dashboard.periods import week_start
from desktop.core.dashboard.texts import percent_text
from desktop.ui.common.locale_format import date_text, number_text
from desktop.ui.common.row_table_model import read_only_table
from desktop.ui.dashboard.champion_model import ChampionModel
from desktop.ui.dashboard.chart_widgets import BurnUpChart, FunnelChart
from desktop.ui.dashboard.figure_tile import FigureTile
from desktop.ui.dashboard.overview_models import ReadinessModel
from desktop.ui.dashboard.style import STATUS_COLOURS

if TYPE_CHECKING:  # figures, charts and the ORM load with the first reading, not at start-up
    from desktop.core.dashboard.figures import ChampionFigures, ProjectFigures, ReadinessRound
    from desktop.core.exports.burn_up_chart import BurnUp


def section_title(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("section_title")
    return label


class ProjectPage(QScrollArea):
    stage_clicked = Signal(int)  # a funnel bar: the stage's id
    stalled_clicked = Signal()
    overdue_clicked = Signal(object)  # the overdue next actions, of one champion (or all: None)
    champion_activated = Signal(object, bool)  # champion id (or UNASSIGNED), stalled only

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        page = QWidget(self)
        body = QVBoxLayout(page)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(10)
        tiles = QHBoxLayout()
        tiles.setSpacing(10)
        self.active_tile = FigureTile(self.tr("Active clients"), page)
        self.forecast_tile = FigureTile(self.tr("Forecast"), page)
        self.moves_tile = FigureTile(self.tr("Moves"), page)
        self.stalled_tile = FigureTile(self.tr("Needs attention"), page, clickable=True)
        self.stalled_tile.value.setToolTip(self.tr("Show the stalled clients on the board"))
        self.stalled_tile.detail.setTextFormat(Qt.TextFormat.RichText)
        self.stalled_tile.detail.setToolTip(
            self.tr("Click the overdue next actions to list their clients")
        )
        self.moves_tile.setToolTip(
            self.tr(
                "Real moves (undone moves left out) in this calendar week, from Monday, and in "
                "this calendar month, both up to and including today on this computer's clock"
            )
        )
        for tile in (self.active_tile, self.forecast_tile, self.moves_tile, self.stalled_tile):
            tiles.addWidget(tile, 1)
        body.addLayout(tiles)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        left = QVBoxLayout()
        left.addWidget(section_title(self.tr("Active clients per week"), page))
        self.burn_up = BurnUpChart(page)
        self.burn_up.setMinimumHeight(230)
        left.addWidget(self.burn_up, 1)
        self.method_label = QLabel(page)
        self.method_label.setObjectName("chart_note")
        self.method_label.setWordWrap(True)
        left.addWidget(self.method_label)
        self.readiness_title = section_title(self.tr("Readiness per element"), page)
        self.readiness_model = ReadinessModel()
        self.readiness_table = read_only_table(page, "readiness_table", self.readiness_model)
        readiness_header = self.readiness_table.horizontalHeader()
        readiness_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        readiness_header.setStretchLastSection(True)
        left.addWidget(self.readiness_title)
        left.addWidget(self.readiness_table)
        self.readiness_title.hide()
        self.readiness_table.hide()
        right = QVBoxLayout()
        right.addWidget(section_title(self.tr("Clients per stage (each client once)"), page))
        self.funnel = FunnelChart(page)
        right.addWidget(self.funnel)
        right.addWidget(section_title(self.tr("Champions"), page))
        self.champion_model = ChampionModel()
        self.champion_table = read_only_table(page, "champion_table", self.champion_model)
        header = self.champion_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ChampionModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.champion_table.setMinimumHeight(150)
        self.champion_table.setToolTip(
            self.tr(
                "Double-click a champion to see their clients on the board (their stalled "
                "clients from the Stalled column, their overdue next actions from Overdue)"
            )
        )
        right.addWidget(self.champion_table, 1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        body.addLayout(columns, 1)
        self.setWidget(page)

    def _connect_signals(self) -> None:
        self.funnel.stage_clicked.connect(self.stage_clicked)
        self.stalled_tile.value.clicked.connect(self.stalled_clicked)
        self.stalled_tile.detail.linkActivated.connect(
            lambda _link: self.overdue_clicked.emit(None)
        )
        self.champion_table.activated.connect(self._on_champion_activated)

    def _on_champion_activated(self, index: QModelIndex) -> None:
        row = self.champion_model.champion(index)
        if row is None:
            return
        if index.column() == ChampionModel.OVERDUE:
            self.overdue_clicked.emit(row.champion_id)
        else:
            self.champion_activated.emit(row.champion_id, index.column() == ChampionModel.STALLED)

    # -- showing ------------------------------------------------------------------------------

    def show_figures(self, f: ProjectFigures, weeks: int) -> None:
        """The tiles, the burn-up and the funnel (the champions keep their last rows until
        ``show_details``)."""
        forecast = f.forecast
        goal = ""
        if f.goal_percent is not None:
            goal = self.tr("goal {goal}").format(goal=f"{f.goal_percent}%")
            if f.target_date is not None:
                goal = self.tr("goal {goal} by {date}").format(
                    goal=f"{f.goal_percent}%", date=date_text(f.target_date)
                )
        self.active_tile.show_values(
            percent_text(f.share),
            self.tr("{active} of {enrolled} enrolled clients").format(
                active=number_text(f.active), enrolled=number_text(f.enrolled)
            )
            + (f"; {goal}" if goal else ""),
        )
        colour = STATUS_COLOURS.get(forecast.status.value)
        expected = date_text(forecast.expected) if forecast.expected is not None else "–"
        self.forecast_tile.show_values(expected, status_label(forecast.status), colour)
        self.moves_tile.show_values(
            number_text(f.moves_week),
            self.tr("this week (from Monday {monday}); {month} this month").format(
                monday=date_text(week_start(f.today)), month=number_text(f.moves_month)
            ),
        )
        if f.stalled is not None:
            self._show_attention(f.stalled, f.overdue or 0)
        self.burn_up.set_chart(self._burn_up(f))
        note = method_text(weeks) + " " + status_rule()
        self.method_label.setText(note if forecast.velocity is not None else "")
        from desktop.ui.projects.pipeline_numbers_widget import funnel_bars

        self.funnel.set_bars(funnel_bars(f.stages), [row.stage_id for row in f.stages])

    def show_details(self, f: ProjectFigures) -> None:
        """The champions' results, the stalled and overdue counts and the readiness trend."""
        self._show_attention(f.stalled or 0, f.overdue or 0)
        self._show_details(f.champions, f.share, f.readiness)

    def clear_details(self) -> None:
        """Another project is shown: nothing of the last one's until its details arrive."""
        self.stalled_tile.show_values("…", self.tr("counting the stalled clients…"))
        self._show_details([], None, [])

    def _show_attention(self, stalled: int, overdue: int) -> None:
        self.stalled_tile.show_values(
            number_text(stalled),
            self.tr('stalled clients; <a href="overdue">{overdue} overdue next actions</a>').format(
                overdue=number_text(overdue)
            ),
            STATUS_COLOURS["off_track"] if stalled else None,
        )

    def _show_details(
        self,
        champions: list[ChampionFigures],
        share: float | None,
        readiness: list[ReadinessRound],
    ) -> None:
        self.champion_model.set_champions(champions, share)
        self.readiness_model.set_rows(readiness)
        has_rounds = bool(readiness)
        self.readiness_title.setVisible(has_rounds)
        self.readiness_table.setVisible(has_rounds)
        if has_rounds:
            table = self.readiness_table
            rows = sum(table.rowHeight(r) for r in range(self.readiness_model.rowCount()))
            table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows + 4)

    def _burn_up(self, f: ProjectFigures) -> BurnUp:
        from desktop.core.exports.burn_up_chart import BurnUp

        forecast = f.forecast
        show_forecast = forecast.velocity is not None and forecast.goal_count is not None
        return BurnUp(
            points=[(p.day, p.active) for p in f.burn_up],
            goal=forecast.goal_count,
            goal_label=self.tr("Goal {goal}").format(goal=f"{f.goal_percent}%")
            if f.goal_percent is not None
            else "",
            target_date=f.target_date,
            target_label=self.tr("target date"),
            pace=forecast.velocity if show_forecast else None,
            fastest=forecast.fastest if show_forecast else None,
            slowest=forecast.slowest if show_forecast else None,
            date_text=date_text,
        )
