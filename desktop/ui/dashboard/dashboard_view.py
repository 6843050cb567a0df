"""The Dashboard area: one sentence on where the project stands, the key figures, the burn-up
with its forecast, the funnel, the champions and the readiness trend; or, for "All projects",
every project side by side.

A funnel bar opens the client list of the clients that reached its stage (the bar's number), the
overdue next actions the list of theirs; the stalled count and a champion open the board
filtered to them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.common.vocab import ChampionFilter
from desktop.core.dashboard.forecast import DEFAULT_WEEKS
from desktop.core.dashboard.texts import headline
from desktop.ui.common import workers
from desktop.ui.common.area_view import AreaView
from desktop.ui.common.changes import Changes
from desktop.ui.common.locale_format import number_text
from desktop.ui.common.row_table_model import read_only_table
from desktop.ui.dashboard.loading import (
    ALL_PROJECTS,
    DashboardData,
    load_details,
    load_key_figures,
)
from desktop.ui.dashboard.overview_models import ProjectsModel
from desktop.ui.dashboard.project_page import ProjectPage, section_title
from desktop.ui.dashboard.style import DASHBOARD_STYLE

if TYPE_CHECKING:  # figures and the ORM load with the first reading, not at start-up
    from desktop.core.dashboard.figures import ProjectFigures
    from desktop.core.pipelines.projects import ProjectRow


class DashboardView(AreaView):
    # project id, champion filter (None = all), stalled only, stage to show (or None)
    board_requested = Signal(int, object, bool, object)
    clients_requested = Signal(int)  # the client list of those that reached this stage
    # the client list of the overdue next actions: project id, champion filter (None = all)
    overdue_requested = Signal(int, object)
    figures_shown = Signal()  # the headline, the tiles and the charts are on screen
    loaded = Signal()  # everything is on screen (the champions and the readiness trend too)

    watches = Changes.PIPELINE | Changes.CLIENTS | Changes.STAFF | Changes.ASSESSMENTS

    def __init__(self, database, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.database = database
        self.data: DashboardData | None = None
        self._loading = workers.LatestWork(self)
        self._details = workers.LatestWork(self)
        # The view is built when the area is first opened: the reading starts first and runs
        # while the widgets are built, laid out and shown (its answer arrives after that).
        self._read(None, DEFAULT_WEEKS)
        self._build_ui()
        self._connect_signals()
        self.status_label.setText(self.tr("Calculating…"))

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
        self.project_page = ProjectPage(self)
        self.pages.addWidget(self.project_page)
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

    def _office_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(section_title(self.tr("All projects"), page))
        self.projects_model = ProjectsModel()
        self.projects_table = read_only_table(page, "projects_overview_table", self.projects_model)
        header = self.projects_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.projects_table.setToolTip(self.tr("Double-click a project to see its dashboard"))
        layout.addWidget(self.projects_table, 1)
        return page

    def _connect_signals(self) -> None:
        self.project_combo.currentIndexChanged.connect(lambda _i: self.reload_figures())
        self.weeks_spin.valueChanged.connect(lambda _v: self.reload_figures())
        page = self.project_page
        page.stage_clicked.connect(self.open_stage)
        page.stalled_clicked.connect(lambda: self.open_board(None, stalled_only=True))
        page.champion_activated.connect(self.open_board)
        page.overdue_clicked.connect(self.open_overdue)
        self.projects_table.activated.connect(self._open_project_row)

    # -- loading ------------------------------------------------------------------------------

    def reload(self, changes: Changes) -> None:
        self.reload_figures()

    def current_project_id(self) -> int | None:
        data = self.project_combo.currentData()
        return None if data is None or data == ALL_PROJECTS else int(data)

    def show_project(self, project_id: int | None) -> None:
        """Show one project's dashboard (None: all projects)."""
        index = self.project_combo.findData(ALL_PROJECTS if project_id is None else project_id)
        if index >= 0:
            self.project_combo.setCurrentIndex(index)

    def reload_figures(self) -> None:
        """Read the project list and the chosen project's figures again (on a worker)."""
        self.status_label.setText(self.tr("Calculating…"))
        self._read(self.project_combo.currentData(), self.weeks_spin.value())

    def _read(self, wanted: int | None, weeks: int) -> None:
        database = self.database
        self._details.supersede()
        self._loading.run(
            lambda _p, _c: load_key_figures(database, wanted, weeks),
            self._on_key_figures,
            self._on_failed,
        )

    def _on_failed(self, error: BaseException) -> None:
        from desktop.ui.shell.error_handler import show_error

        self.status_label.clear()
        show_error(self, error)

    def _on_key_figures(self, data: DashboardData) -> None:
        shown_before = self.data.project_id if self.data is not None else None
        self.data = data
        self._show_choices(data.projects, data.project_id)
        if data.figures is not None:
            if data.project_id != shown_before:  # no other project's champions meanwhile
                self.project_page.clear_details()
            self.pages.setCurrentWidget(self.project_page)
            self.headline_label.setText(headline(data.figures))
            self.project_page.show_figures(data.figures, data.weeks)
            self.status_changed.emit(self.status_text())
            self.figures_shown.emit()
            self._read_details(data.figures)
            return
        self.status_label.clear()
        if data.project_id == ALL_PROJECTS:
            self._show_office(data.overview)
        else:
            self.headline_label.clear()
            self.pages.setCurrentWidget(self.empty_label)
        self.status_changed.emit(self.status_text())
        self.figures_shown.emit()
        self.loaded.emit()

    def _read_details(self, figures: ProjectFigures) -> None:
        database = self.database
        self._details.run(
            lambda _p, _c: load_details(database, figures), self._on_details, self._on_failed
        )

    def _on_details(self, figures: ProjectFigures) -> None:
        self.status_label.clear()
        self.project_page.show_details(figures)
        self.loaded.emit()

    def _show_choices(self, projects: list[ProjectRow], current: int | None) -> None:
        self.project_combo.blockSignals(True)
        self.project_combo.clear()
        for project in projects:
            self.project_combo.addItem(project.name, project.id)
        if len(projects) > 1:
            self.project_combo.addItem(self.tr("All projects"), ALL_PROJECTS)
        self.project_combo.setCurrentIndex(self.project_combo.findData(current))
        self.project_combo.blockSignals(False)

    def _show_office(self, projects: list[ProjectFigures]) -> None:
        self.pages.setCurrentIndex(1)
        self.projects_model.set_rows(projects)
        on_track = sum(1 for p in projects if p.forecast.status.value in ("on_track", "goal_met"))
        self.headline_label.setText(
            self.tr(
                "On track or at their goal: {on_track} of %n projects.", "", len(projects)
            ).format(on_track=number_text(on_track))
        )

    def status_text(self) -> str:
        if self.data is None or self.data.figures is None:
            return ""
        return self.tr("%n enrolled clients", "", self.data.figures.enrolled)

    # -- click-through ------------------------------------------------------------------------

    def open_board(self, champion: ChampionFilter, stalled_only: bool = False) -> None:
        project_id = self.current_project_id()
        if project_id is not None:
            self.board_requested.emit(project_id, champion, stalled_only, None)

    def open_stage(self, stage_id: int) -> None:
        """The client list of those that reached ``stage_id`` (or a later stage)."""
        self.clients_requested.emit(stage_id)

    def open_overdue(self, champion: ChampionFilter) -> None:
        """The client list of the overdue next actions (of one champion)."""
        project_id = self.current_project_id()
        if project_id is not None:
            self.overdue_requested.emit(project_id, champion)

    def _open_project_row(self, index: QModelIndex) -> None:
        if index.isValid():
            self.show_project(self.projects_model.rows[index.row()].project_id)
