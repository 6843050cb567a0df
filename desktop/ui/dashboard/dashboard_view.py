"""The Dashboard area: one sentence on where the project stands, the key figures, the burn-up
with its forecast, the funnel, the champions and the readiness trend; or, for "All projects",
every project side by side. Bars, numbers and champions open the board filtered to them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.common.vocab import ChampionFilter
from desktop.core.dashboard.forecast import DEFAULT_WEEKS, method_text, status_label, status_rule
from desktop.core.dashboard.periods import month_start, week_start
from desktop.core.dashboard.texts import headline, percent_text
from desktop.ui.common import workers
from desktop.ui.common.area_view import AreaView
from desktop.ui.common.changes import Changes
from desktop.ui.common.locale_format import date_text, number_text
from desktop.ui.common.row_table_model import read_only_table
from desktop.ui.dashboard.champion_model import ChampionModel
from desktop.ui.dashboard.chart_widgets import BurnUpChart, FunnelChart
from desktop.ui.dashboard.overview_models import ProjectsModel, ReadinessModel
from desktop.ui.dashboard.style import DASHBOARD_STYLE, STATUS_COLOURS

if TYPE_CHECKING:  # figures, charts and the ORM load with the first reading, not at start-up
    from desktop.core.dashboard.figures import ProjectFigures
    from desktop.core.exports.burn_up_chart import BurnUp
    from desktop.ui.dashboard.loading import DashboardData

ALL_PROJECTS = -1  # the project combo's office-wide entry


class FigureTile(QFrame):
    """A caption, a big value (a button when it opens something) and a line of detail."""

    def __init__(self, caption: str, parent: QWidget | None = None, clickable: bool = False):
        super().__init__(parent)
        self.setObjectName("figure_tile")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        self.caption = QLabel(caption, self)
        self.caption.setObjectName("tile_caption")
        self.value: QLabel | QPushButton = QPushButton(self) if clickable else QLabel(self)
        self.value.setObjectName("tile_value")
        if clickable:
            self.value.setCursor(Qt.CursorShape.PointingHandCursor)
        self.detail = QLabel(self)
        self.detail.setObjectName("tile_detail")
        self.detail.setWordWrap(True)
        for widget in (self.caption, self.value, self.detail):
            layout.addWidget(widget)
        layout.addStretch(1)

    def show_values(self, value: str, detail: str, colour: str | None = None) -> None:
        self.value.setText(value)
        self.value.setStyleSheet(f"color: {colour};" if colour else "")
        self.detail.setText(detail)


class DashboardView(AreaView):
    # project id, champion filter (None = all), stalled only, stage to show (or None)
    board_requested = Signal(int, object, bool, object)
    loaded = Signal()  # new figures are on screen

    watches = Changes.PIPELINE | Changes.CLIENTS | Changes.STAFF | Changes.ASSESSMENTS

    def __init__(self, database, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.database = database
        self.data: DashboardData | None = None
        self._loading = workers.LatestWork(self)
        self._build_ui()
        self._connect_signals()
        self.mark_stale()  # read when first shown

    # -- construction -------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setObjectName("dashboard_view")
        self.setStyleSheet(DASHBOARD_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)
        top = QHBoxLayout()
        title = QLabel(self.tr("Dashboard"), self)
        title.setObjectName("view_title")
        self.project_combo = QComboBox(self)
        self.project_combo.setObjectName("project_combo")
        self.project_combo.setMinimumWidth(200)
        self.project_combo.setAccessibleName(self.tr("Project"))
        weeks_label = QLabel(self.tr("&Pace over the last"), self)
        self.weeks_spin = QSpinBox(self)
        self.weeks_spin.setRange(1, 52)
        self.weeks_spin.setValue(DEFAULT_WEEKS)
        self.weeks_spin.setToolTip(self.tr("Weeks of history the forecast's pace is based on"))
        weeks_label.setBuddy(self.weeks_spin)
        self.weeks_unit = QLabel(self.tr("weeks"), self)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("view_subtitle")
        top.addWidget(title)
        top.addSpacing(12)
        top.addWidget(self.project_combo)
        top.addSpacing(8)
        top.addWidget(self.status_label)
        top.addStretch(1)
        top.addWidget(weeks_label)
        top.addWidget(self.weeks_spin)
        top.addWidget(self.weeks_unit)
        layout.addLayout(top)
        self.headline_label = QLabel(self)
        self.headline_label.setObjectName("dashboard_headline")
        self.headline_label.setWordWrap(True)
        self.headline_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.headline_label)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._project_page())
        self.pages.addWidget(self._office_page())
        self.empty_label = QLabel(
            self.tr(
                "No projects yet. Create a project under Projects and enroll clients in it: "
                "the dashboard then shows where it stands."
            ),
            self,
        )
        self.empty_label.setObjectName("view_subtitle")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.pages.addWidget(self.empty_label)
        layout.addWidget(self.pages, 1)
        self.setTabOrder(self.project_combo, self.weeks_spin)

    def _project_page(self) -> QWidget:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        page = QWidget(scroll)
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
        left.addWidget(self._section(self.tr("Active clients per week"), page))
        self.burn_up = BurnUpChart(page)
        self.burn_up.setMinimumHeight(230)
        left.addWidget(self.burn_up, 1)
        self.method_label = QLabel(page)
        self.method_label.setObjectName("chart_note")
        self.method_label.setWordWrap(True)
        left.addWidget(self.method_label)
        self.readiness_title = self._section(self.tr("Readiness per element"), page)
        self.readiness_model = ReadinessModel()
        self.readiness_table = read_only_table(page, "readiness_table", self.readiness_model)
        readiness_header = self.readiness_table.horizontalHeader()
        readiness_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        readiness_header.setStretchLastSection(True)
        left.addWidget(self.readiness_title)
        left.addWidget(self.readiness_table)
        right = QVBoxLayout()
        right.addWidget(self._section(self.tr("Clients per stage (each client once)"), page))
        self.funnel = FunnelChart(page)
        right.addWidget(self.funnel)
        right.addWidget(self._section(self.tr("Champions"), page))
        self.champion_model = ChampionModel()
        self.champion_table = read_only_table(page, "champion_table", self.champion_model)
        header = self.champion_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ChampionModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.champion_table.setMinimumHeight(150)
        right.addWidget(self.champion_table, 1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        body.addLayout(columns, 1)
        scroll.setWidget(page)
        return scroll

    def _office_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._section(self.tr("All projects"), page))
        self.projects_model = ProjectsModel()
        self.projects_table = read_only_table(page, "projects_overview_table", self.projects_model)
        header = self.projects_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.projects_table.setToolTip(self.tr("Double-click a project to see its dashboard"))
        layout.addWidget(self.projects_table, 1)
        return page

    def _section(self, text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setObjectName("section_title")
        return label

    def _connect_signals(self) -> None:
        self.project_combo.currentIndexChanged.connect(lambda _i: self.reload_figures())
        self.weeks_spin.valueChanged.connect(lambda _v: self.reload_figures())
        self.funnel.stage_clicked.connect(self.open_stage)
        self.champion_table.activated.connect(self.open_champion)
        self.stalled_tile.value.clicked.connect(lambda: self.open_board(None, stalled_only=True))
        self.projects_table.activated.connect(self._open_project_row)

    # -- loading ------------------------------------------------------------------------------

    def reload(self, changes: Changes) -> None:
        self._load_projects()
        self.reload_figures()

    def _load_projects(self) -> None:
        from desktop.core.pipelines.projects import list_projects

        with self.database.session() as session:
            projects = list_projects(session)
        current = self.project_combo.currentData()
        if current is None and projects:
            current = max(projects, key=lambda p: p.enrolled).id
        self.project_combo.blockSignals(True)
        self.project_combo.clear()
        for project in projects:
            self.project_combo.addItem(project.name, project.id)
        if len(projects) > 1:
            self.project_combo.addItem(self.tr("All projects"), ALL_PROJECTS)
        index = self.project_combo.findData(current)
        self.project_combo.setCurrentIndex(index if index >= 0 else 0 if projects else -1)
        self.project_combo.blockSignals(False)

    def current_project_id(self) -> int | None:
        data = self.project_combo.currentData()
        return None if data is None or data == ALL_PROJECTS else int(data)

    def show_project(self, project_id: int | None) -> None:
        """Show one project's dashboard (None: all projects)."""
        index = self.project_combo.findData(ALL_PROJECTS if project_id is None else project_id)
        if index >= 0:
            self.project_combo.setCurrentIndex(index)

    def reload_figures(self) -> None:
        data = self.project_combo.currentData()
        if data is None:
            self._loading.supersede()
            self.data = None
            self.headline_label.clear()
            self.pages.setCurrentWidget(self.empty_label)
            self.loaded.emit()
            return
        project_id = None if data == ALL_PROJECTS else int(data)
        from desktop.ui.dashboard.loading import load_dashboard

        weeks, database = self.weeks_spin.value(), self.database
        self.status_label.setText(self.tr("Calculating…"))
        self._loading.run(
            lambda _p, _c: load_dashboard(database, project_id, weeks),
            self._on_loaded,
            self._on_failed,
        )

    def _on_failed(self, error: BaseException) -> None:
        from desktop.ui.shell.error_handler import show_error

        self.status_label.clear()
        show_error(self, error)

    def _on_loaded(self, data: DashboardData) -> None:
        self.data = data
        self.status_label.clear()
        if data.figures is None:
            self._show_office(data.projects)
        else:
            self._show_project(data.figures)
        self.status_changed.emit(self.status_text())
        self.loaded.emit()

    # -- showing ------------------------------------------------------------------------------

    def _show_office(self, projects: list[ProjectFigures]) -> None:
        self.pages.setCurrentIndex(1)
        self.projects_model.set_rows(projects)
        on_track = sum(1 for p in projects if p.forecast.status.value in ("on_track", "goal_met"))
        self.headline_label.setText(
            self.tr(
                "On track or at their goal: {on_track} of %n projects.", "", len(projects)
            ).format(on_track=number_text(on_track))
        )

    def _show_project(self, f: ProjectFigures) -> None:
        self.pages.setCurrentIndex(0)
        forecast = f.forecast
        self.headline_label.setText(headline(f))
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
        if forecast.expected is not None:
            self.forecast_tile.show_values(
                date_text(forecast.expected), status_label(forecast.status), colour
            )
        else:
            self.forecast_tile.show_values("–", status_label(forecast.status), colour)
        self.moves_tile.show_values(
            number_text(f.moves_week),
            self.tr("this week, since Monday {monday}; {month} since {first}").format(
                monday=date_text(week_start(f.today)),
                month=number_text(f.moves_month),
                first=date_text(month_start(f.today)),
            ),
        )
        self.stalled_tile.show_values(
            number_text(f.stalled),
            self.tr("stalled clients; {overdue} overdue next actions").format(
                overdue=number_text(f.overdue)
            ),
            STATUS_COLOURS["off_track"] if f.stalled else None,
        )
        self.burn_up.set_chart(self._burn_up(f))
        note = method_text(self.weeks_spin.value()) + " " + status_rule()
        self.method_label.setText(note if forecast.velocity is not None else "")
        from desktop.ui.projects.pipeline_numbers_widget import funnel_bars

        self.funnel.set_bars(funnel_bars(f.stages), [row.stage_id for row in f.stages])
        self.champion_model.set_champions(f.champions, f.share)
        self.readiness_model.set_rows(f.readiness)
        has_rounds = bool(f.readiness)
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

    def status_text(self) -> str:
        if self.data is None or self.data.figures is None:
            return ""
        return self.tr("%n enrolled clients", "", self.data.figures.enrolled)

    # -- click-through ------------------------------------------------------------------------

    def open_board(
        self, champion: ChampionFilter, stalled_only: bool = False, stage_id: int | None = None
    ) -> None:
        project_id = self.current_project_id()
        if project_id is not None:
            self.board_requested.emit(project_id, champion, stalled_only, stage_id)

    def open_stage(self, stage_id: int) -> None:
        self.open_board(None, stage_id=stage_id)

    def open_champion(self, index: QModelIndex) -> None:
        row = self.champion_model.champion(index)
        if row is None:
            return
        stalled = index.column() == ChampionModel.STALLED
        self.open_board(row.champion_id, stalled_only=stalled)

    def _open_project_row(self, index: QModelIndex) -> None:
        if index.isValid():
            self.show_project(self.projects_model.rows[index.row()].project_id)
