"""The Projects area: the list of projects on the left; on the right the chosen project's
details, its stages, the approach per segment and its pipeline numbers.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.common.vocab import StageKind
from desktop.core.db.engine import Database
from desktop.core.pipelines.projects import ProjectRow, list_projects
from desktop.ui.common.area_view import AreaView
from desktop.ui.common.changes import Changes
from desktop.ui.common.locale_format import number_text
from desktop.ui.plans.plan_editor import PlanEditor
from desktop.ui.projects.enroll_dialog import EnrollDialog
from desktop.ui.projects.pipeline_numbers_widget import PipelineNumbersWidget
from desktop.ui.projects.project_dialog import ProjectDialog
from desktop.ui.projects.segment_approach_editor import SegmentApproachEditor
from desktop.ui.projects.stage_editor import StageEditor
from desktop.ui.shell import settings

PROJECT_ID_ROLE = Qt.ItemDataRole.UserRole
SPLITTER_NAME = "projects_view"


class ProjectsView(AreaView):
    # clients: who can be enrolled, the counts; measures: the plan tab's measures and content
    watches = Changes.PIPELINE | Changes.CLIENTS | Changes.MEASURES
    project_changed = Signal(object)  # the shown project's id, or None

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.projects: list[ProjectRow] = []
        self._build_ui()
        self._connect_signals()
        self.refresh()

    # -- construction -------------------------------------------------------------------------

    def _build_ui(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 8)
        title = QLabel(self.tr("Projects"), self)
        title.setObjectName("view_title")
        subtitle = QLabel(
            self.tr("ICT projects, their onboarding stages and how each segment is approached."),
            self,
        )
        subtitle.setObjectName("view_subtitle")
        outer.addWidget(title)
        outer.addWidget(subtitle)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        outer.addWidget(self.splitter, 1)
        left = QWidget(self.splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 8, 8, 0)
        self.new_button = QPushButton(self.tr("&New project…"), left)
        self.new_button.setToolTip(self.tr("Create a project (Ctrl+N)"))
        self.new_button.setProperty("primary", True)
        self.project_list = QListWidget(left)
        self.project_list.setObjectName("project_list")
        self.project_list.setSpacing(1)
        self.project_list.setWordWrap(True)
        self.project_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left_layout.addWidget(self.new_button)
        left_layout.addWidget(self.project_list, 1)

        right = QWidget(self.splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(12, 8, 0, 0)
        header = QFrame(right)
        header.setObjectName("project_header")
        header_layout = QHBoxLayout(header)
        header_layout.setContentsMargins(14, 10, 14, 10)
        texts = QVBoxLayout()
        self.name_label = QLabel(header)
        self.name_label.setObjectName("section_title")
        self.description_label = QLabel(header)
        self.description_label.setWordWrap(True)
        self.goal_label = QLabel(header)
        self.goal_label.setObjectName("view_subtitle")
        self.goal_label.setTextFormat(Qt.TextFormat.RichText)
        self.goal_label.setWordWrap(True)
        texts.addWidget(self.name_label)
        texts.addWidget(self.description_label)
        texts.addWidget(self.goal_label)
        header_layout.addLayout(texts, 1)
        self.edit_button = QPushButton(self.tr("&Edit project…"), header)
        self.edit_button.setToolTip(self.tr("Change name, description, goal and phase (Ctrl+E)"))
        self.enroll_button = QPushButton(self.tr("Enro&ll clients…"), header)
        self.enroll_button.setToolTip(self.tr("Put clients in this project's first stage"))
        for button in (self.edit_button, self.enroll_button):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        header_layout.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        header_layout.addWidget(self.enroll_button, 0, Qt.AlignmentFlag.AlignTop)
        right_layout.addWidget(header)

        self.tabs = QTabWidget(right)
        self.stage_editor = StageEditor(self.database, self.tabs)
        self.approach_editor = SegmentApproachEditor(self.database, self.tabs)
        self.numbers_widget = PipelineNumbersWidget(self.database, self.tabs)
        self.tabs.addTab(self.stage_editor, self.tr("&Stages"))
        self.tabs.addTab(self.approach_editor, self.tr("Approach per se&gment"))
        self.tabs.addTab(self.numbers_widget, self.tr("Nu&mbers"))
        self.plan_editor = PlanEditor(self.database, self.tabs)
        self.tabs.addTab(self.plan_editor, self.tr("P&lan"))
        right_layout.addWidget(self.tabs, 1)
        self.details = right
        self.empty_label = QLabel(
            self.tr(
                "No project yet. Choose “New project…” to start, for example, the rollout "
                "of your client portal."
            ),
            right,
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setObjectName("view_subtitle")
        right_layout.addWidget(self.empty_label)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([270, 900])
        state = settings.value(settings.SPLITTER_STATE.format(name=SPLITTER_NAME))
        if isinstance(state, QByteArray):
            self.splitter.restoreState(state)

        self.new_action = QAction(self.tr("New project"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.edit_action = QAction(self.tr("Edit project"), self)
        self.edit_action.setShortcut(QKeySequence("Ctrl+E"))
        for action in (self.new_action, self.edit_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.setTabOrder(self.new_button, self.project_list)
        self.setTabOrder(self.project_list, self.edit_button)
        self.setTabOrder(self.edit_button, self.enroll_button)
        self.setTabOrder(self.enroll_button, self.tabs)

    def _connect_signals(self) -> None:
        self.new_button.clicked.connect(self.new_project)
        self.new_action.triggered.connect(self.new_project)
        self.edit_button.clicked.connect(self.edit_project)
        self.edit_action.triggered.connect(self.edit_project)
        self.enroll_button.clicked.connect(self.enroll_clients)
        self.project_list.currentItemChanged.connect(self._on_project_changed)
        self.project_list.itemActivated.connect(lambda _item: self.edit_project())
        self.stage_editor.stages_changed.connect(self._on_stages_changed)
        self.approach_editor.approach_saved.connect(lambda _id: self.report(Changes.PIPELINE))
        self.stage_editor.counts_loaded.connect(self._update_goal_text)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.plan_editor.changed.connect(self.report)

    # -- data ---------------------------------------------------------------------------------

    def reload(self, changes: Changes) -> None:
        self.refresh()

    def refresh(self, select_project_id: int | None = None) -> None:
        """Reload the projects (keeps the chosen one) and the shown project's details."""
        keep = select_project_id if select_project_id is not None else self.current_project_id()
        with self.database.session() as session:
            self.projects = list_projects(session)
        self.project_list.blockSignals(True)
        self.project_list.clear()
        for project in self.projects:
            lines = [project.name]
            count = self.tr("%n clients", "", project.enrolled)
            lines.append(f"{count} · {project.phase}" if project.phase else count)
            item = QListWidgetItem("\n".join(lines), self.project_list)
            item.setData(PROJECT_ID_ROLE, project.id)
            item.setToolTip(project.description or project.name)
        row = next((i for i, p in enumerate(self.projects) if p.id == keep), 0)
        if self.projects:
            self.project_list.setCurrentRow(row)
        self.project_list.blockSignals(False)
        self._on_project_changed()  # once, whether or not the current row changed
        self.status_changed.emit(self.status_text())

    def current_project_id(self) -> int | None:
        item = self.project_list.currentItem()
        return item.data(PROJECT_ID_ROLE) if item is not None else None

    def current_project(self) -> ProjectRow | None:
        project_id = self.current_project_id()
        return next((p for p in self.projects if p.id == project_id), None)

    def status_text(self) -> str:
        return self.tr("%n projects", "", len(self.projects))

    def _on_project_changed(self, *_args: object) -> None:
        project = self.current_project()
        has = project is not None
        self.tabs.setVisible(has)
        self.details.findChild(QFrame, "project_header").setVisible(has)
        self.empty_label.setVisible(not has)
        self.edit_action.setEnabled(has)
        project_id = project.id if project else None
        if project is not None:
            self.name_label.setText(project.name)
            self.description_label.setText(project.description)
            self.description_label.setVisible(bool(project.description))
        self.stage_editor.set_project(project_id)
        self.approach_editor.set_project(project_id)
        self.plan_editor.set_project(project_id, project.name if project else "")
        self._update_goal_text()
        self.numbers_widget.project_id = project_id
        if self.tabs.currentWidget() is self.numbers_widget or project_id is None:
            self.numbers_widget.reload()
        self.project_changed.emit(project_id)

    def _on_tab_changed(self) -> None:
        # Numbers read the whole history: computed only when someone looks at them.
        if self.tabs.currentWidget() is self.numbers_widget:
            self.numbers_widget.reload()

    def _on_stages_changed(self) -> None:
        self._update_goal_text()
        self.report(Changes.PIPELINE)

    def _update_goal_text(self) -> None:
        project = self.current_project()
        if project is None:
            self.goal_label.clear()
            return
        model = self.stage_editor.stage_model
        counts = model.counts or {}
        enrolled = sum(counts.values())
        won = sum(counts.get(s.id, 0) for s in model.stages if s.kind == StageKind.WON)
        locale = QLocale()
        parts = []
        if project.phase:
            parts.append(self.tr("Phase: <b>{phase}</b>").format(phase=project.phase))
        if project.goal_percent is not None:
            goal = self.tr("Goal: <b>{percent}%</b> of clients Active").format(
                percent=project.goal_percent
            )
            if project.target_date is not None:
                goal += " " + self.tr("by {date}").format(
                    date=locale.toString(project.target_date, QLocale.FormatType.ShortFormat)
                )
            parts.append(goal)
        share = f"{round(100 * won / enrolled)}%" if enrolled else "–"
        if model.counts is None:
            parts.append(self.tr("Now: counting…"))
        else:
            parts.append(
                self.tr("Now: <b>{share}</b> Active ({won} of {enrolled} clients)").format(
                    share=share, won=number_text(won), enrolled=number_text(enrolled)
                )
            )
        progress = parts.pop()
        self.goal_label.setText(
            " &nbsp;·&nbsp; ".join(parts) + ("<br>" if parts else "") + progress
        )

    # -- actions ------------------------------------------------------------------------------

    def new_project(self) -> None:
        dialog = ProjectDialog(self.database, None, self)
        if dialog.exec():
            self.refresh(dialog.project_id)
            self.tabs.setCurrentWidget(self.stage_editor)
            self.report(Changes.PIPELINE)

    def edit_project(self) -> None:
        project_id = self.current_project_id()
        if project_id is None:
            return
        dialog = ProjectDialog(self.database, project_id, self)
        if dialog.exec():
            self.refresh(project_id)
            self.report(Changes.PIPELINE)

    def enroll_clients(self) -> None:
        dialog = EnrollDialog(self.database, self.current_project_id(), parent=self)
        dialog.enrolled.connect(self._on_enrolled)
        dialog.exec()

    def _on_enrolled(self, project_id: int, _count: int) -> None:
        self.refresh(project_id)
        self.report(Changes.PIPELINE)

    def save_state(self) -> None:
        settings.set_value(
            settings.SPLITTER_STATE.format(name=SPLITTER_NAME), self.splitter.saveState()
        )
