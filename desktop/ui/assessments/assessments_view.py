"""The Readiness area (organisatiemeting): pick a round, see the heatmap, enter scores."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.core.assessments.adopters import PersonTrend, round_trends, set_adopter_override
from desktop.core.assessments.elements import ELEMENTS, AdkarElement, element_label
from desktop.core.assessments.interventions import (
    Intervention,
    interventions_for,
    list_interventions,
)
from desktop.core.assessments.results import (
    PersonResult,
    RoundResults,
    round_results,
    score_sheet,
)
from desktop.core.assessments.rounds import RoundRow, list_rounds, set_scores
from desktop.core.db.engine import Database
from desktop.core.measures.editing import list_measures
from desktop.ui.assessments.accept_dialog import AcceptDialog
from desktop.ui.assessments.heatmap_model import (
    NAME,
    HeatmapModel,
)
from desktop.ui.assessments.heatmap_widgets import ScoreLegend, heatmap_table
from desktop.ui.assessments.library_dialog import LibraryDialog
from desktop.ui.assessments.person_panel import PersonPanel
from desktop.ui.assessments.questions_dialog import AnswersDialog, QuestionnaireDialog
from desktop.ui.assessments.round_dialog import RoundDialog
from desktop.ui.assessments.score_grid import ScoreGrid
from desktop.ui.assessments.score_grid_model import ScoreGridModel
from desktop.ui.board.identity import current_editor
from desktop.ui.common.area_view import AreaView
from desktop.ui.common.changes import Changes, commit_change
from desktop.ui.common.locale_format import date_text, number_text
from desktop.ui.shell.error_handler import show_error


class AssessmentsView(AreaView):
    watches = Changes.ASSESSMENTS | Changes.STAFF | Changes.MEASURES

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.rounds: list[RoundRow] = []
        self.results: RoundResults | None = None
        self.trends: dict[int, PersonTrend] = {}
        self.library: list[Intervention] = []
        self.heatmap_model = HeatmapModel(self)
        self.grid_model = ScoreGridModel(self._save_score, self)
        self._sheet_round: int | None = None
        self._build_ui()
        self._connect_signals()
        self.mark_stale()  # read when first shown

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        title = QLabel(self.tr("Readiness"), self)
        title.setObjectName("view_title")
        subtitle = QLabel(
            self.tr(
                "How the staff stand towards the change, per ADKAR element. The barrier point "
                "is the first element scoring 3 or lower."
            ),
            self,
        )
        subtitle.setObjectName("view_subtitle")
        subtitle.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(subtitle)

        bar = QHBoxLayout()
        round_label = QLabel(self.tr("&Round:"), self)
        self.round_combo = QComboBox(self)
        self.round_combo.setMinimumWidth(260)
        round_label.setBuddy(self.round_combo)
        self.new_round_button = QPushButton(self.tr("&New round…"), self)
        self.new_round_button.setProperty("primary", True)
        self.library_button = QPushButton(self.tr("Intervention &library…"), self)
        self.questionnaire_button = QPushButton(self.tr("&Questionnaire…"), self)
        bar.addWidget(round_label)
        bar.addWidget(self.round_combo)
        bar.addStretch(1)
        bar.addWidget(self.questionnaire_button)
        bar.addWidget(self.library_button)
        bar.addWidget(self.new_round_button)
        layout.addLayout(bar)

        self.tabs = QTabWidget(self)
        heatmap_page = QSplitter(Qt.Orientation.Vertical, self.tabs)
        heatmap_page.setChildrenCollapsible(False)
        heatmap_side = QWidget(heatmap_page)
        heatmap_layout = QVBoxLayout(heatmap_side)
        heatmap_layout.setContentsMargins(0, 8, 0, 0)
        self.barrier_label = QLabel(heatmap_page)
        self.barrier_label.setObjectName("barrier_summary")
        self.barrier_label.setWordWrap(True)
        heatmap_layout.addWidget(self.barrier_label)
        self.heatmap = heatmap_table(self.heatmap_model, heatmap_page)
        heatmap_layout.addWidget(self.heatmap, 1)
        heatmap_layout.addWidget(ScoreLegend(heatmap_page))
        self.person_panel = PersonPanel(heatmap_page)
        self.person_panel.setMinimumHeight(150)
        heatmap_page.addWidget(heatmap_side)
        heatmap_page.addWidget(self.person_panel)
        heatmap_page.setStretchFactor(0, 1)
        heatmap_page.setSizes([440, 200])
        self.tabs.addTab(heatmap_page, self.tr("&Heatmap"))

        self.grid = ScoreGrid(self.grid_model, self.tabs)
        grid_page = self.grid_page = QWidget(self.tabs)
        grid_layout = QVBoxLayout(grid_page)
        grid_layout.setContentsMargins(0, 8, 0, 0)
        hint = QLabel(
            self.tr(
                "Type 1 to 5 and the cursor moves to the next element; Delete clears a score; "
                "F2 enters an average such as 3,4."
            ),
            grid_page,
        )
        hint.setObjectName("view_subtitle")
        hint_row = QHBoxLayout()
        hint_row.addWidget(hint, 1)
        self.answers_button = QPushButton(self.tr("Enter per &question…"), grid_page)
        self.answers_button.setToolTip(
            self.tr("Answer the questionnaire for the chosen person; scores become averages")
        )
        hint_row.addWidget(self.answers_button)
        grid_layout.addLayout(hint_row)
        grid_layout.addWidget(self.grid, 1)
        self.tabs.addTab(grid_page, self.tr("&Scores"))
        layout.addWidget(self.tabs, 1)
        self.empty_label = QLabel(
            self.tr("No assessment rounds yet. Create a round, then enter or import its scores."),
            self,
        )
        self.empty_label.setObjectName("view_subtitle")
        layout.addWidget(self.empty_label)

    def _connect_signals(self) -> None:
        self.round_combo.currentIndexChanged.connect(self._on_round_chosen)
        self.tabs.currentChanged.connect(self._load_sheet)
        self.new_round_button.clicked.connect(self.new_round)
        self.library_button.clicked.connect(self.edit_library)
        self.questionnaire_button.clicked.connect(self.edit_questionnaire)
        self.answers_button.clicked.connect(self.enter_answers)
        self.heatmap.selectionModel().currentRowChanged.connect(self._show_person)
        self.person_panel.person_chosen.connect(self.select_person)
        self.person_panel.category_chosen.connect(self._set_category)
        self.person_panel.plan_requested.connect(self.plan_step)
        self.grid_model.score_refused.connect(self._on_score_refused)
        self.grid_model.score_saved.connect(self._on_score_saved)

    # -- data ---------------------------------------------------------------------------------

    def reload(self, changes: Changes = Changes.ALL) -> None:
        """Read the rounds and the chosen round again."""
        keep = self.current_round_id()
        with self.database.session() as session:
            self.rounds = list_rounds(session)
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        for row in reversed(self.rounds):  # the latest round first: that is the one to look at
            self.round_combo.addItem(f"{row.name} · {date_text(row.held_on)}", row.id)
        position = self.round_combo.findData(keep) if keep is not None else 0
        self.round_combo.setCurrentIndex(max(position, 0))
        self.round_combo.blockSignals(False)
        has_rounds = bool(self.rounds)
        self.tabs.setVisible(has_rounds)
        self.empty_label.setVisible(not has_rounds)
        self._load_round()

    def current_round_id(self) -> int | None:
        return self.round_combo.currentData()

    def select_round(self, round_id: int) -> None:
        self.round_combo.setCurrentIndex(self.round_combo.findData(round_id))

    def _on_round_chosen(self, _index: int) -> None:
        self._load_round()

    def _load_round(self) -> None:
        round_id = self.current_round_id()
        with self.database.session() as session:
            self.results = round_results(session, round_id) if round_id is not None else None
            self.trends = round_trends(session, round_id) if round_id is not None else {}
            self.library = list_interventions(session)
        self._show_results()
        self._sheet_round = None  # the grid loads when its tab is shown
        self._load_sheet()
        self.barrier_label.setText(self._barrier_text())
        self.status_changed.emit(self.status_text())

    def _show_results(self) -> None:
        """The heatmap and the panel for the loaded round, keeping the chosen person."""
        keep = self.current_person()
        self.heatmap_model.set_results(self.results, self.trends)
        names = {person.staff_id: person.name for person in self.heatmap_model.people}
        self.person_panel.set_trends(self.trends, names)
        if keep is not None and keep.staff_id in names:
            self.select_person(keep.staff_id)
        else:
            self._show_person()
        self.barrier_label.setText(self._barrier_text())

    def current_person(self) -> PersonResult | None:
        index = self.heatmap.currentIndex()
        return self.heatmap_model.person_at(index.row()) if index.isValid() else None

    def select_person(self, staff_id: int) -> None:
        for row, person in enumerate(self.heatmap_model.people, start=1):
            if person.staff_id == staff_id:
                self.heatmap.selectRow(row)
                self.heatmap.setCurrentIndex(self.heatmap_model.index(row, NAME))
                break
        self._show_person()

    def _show_person(self, *_args: object) -> None:
        person = self.current_person()
        measures = []
        if person is not None:
            with self.database.session() as session:
                measures = list_measures(session, target_staff_id=person.staff_id)
        trend = self.trends.get(person.staff_id) if person is not None else None
        self.person_panel.show_person(person, trend, self.library, measures)

    def _load_sheet(self, *_args: object) -> None:
        round_id = self.current_round_id()
        if self.tabs.currentWidget() is not self.grid_page or self._sheet_round == round_id:
            return
        with self.database.session() as session:
            sheet = score_sheet(session, round_id) if round_id is not None else []
        self.grid_model.set_rows(sheet)
        self._sheet_round = round_id

    def _barrier_text(self) -> str:
        if self.results is None or not self.results.people:
            return self.tr(
                "Nobody has been scored in this round yet: enter scores on the Scores tab."
            )
        counts = self.results.barrier_counts
        parts = [f"{element_label(element)} {number_text(counts[element])}" for element in ELEMENTS]
        parts.append(self.tr("none {count}").format(count=number_text(counts[None])))
        return self.tr("Barrier points: {counts}").format(counts=" · ".join(parts))

    def status_text(self) -> str:
        if self.results is None:
            return ""
        return self.tr("%n people scored in this round", "", len(self.results.people))

    # -- actions ------------------------------------------------------------------------------

    def new_round(self) -> None:
        dialog = RoundDialog(self.database, self)
        if dialog.exec() and dialog.round_id is not None:
            self.reload()
            self.report(Changes.ASSESSMENTS)
            self.select_round(dialog.round_id)
            self.tabs.setCurrentIndex(1)
            self.grid.start()

    def edit_library(self) -> None:
        dialog = LibraryDialog(self.database, self)
        if dialog.exec() and dialog.saved:
            self.report(Changes.ASSESSMENTS)
            self._load_round()

    def edit_questionnaire(self) -> None:
        dialog = QuestionnaireDialog(self.database, self)
        if dialog.exec() and dialog.saved:
            self.report(Changes.ASSESSMENTS)

    def enter_answers(self) -> None:
        """The questionnaire for the person on the grid's current row."""
        round_id = self.current_round_id()
        index = self.grid.currentIndex()
        if round_id is None or not index.isValid():
            return
        row = self.grid_model.rows[index.row()]
        dialog = AnswersDialog(self.database, round_id, row.staff_id, row.name, self)
        if dialog.exec() and dialog.saved:
            self.report(Changes.ASSESSMENTS)
            self._load_round()
            self.grid.setCurrentIndex(self.grid_model.index(index.row(), index.column()))

    def _set_category(self, staff_id: int, category: object) -> None:
        def change(session: Session) -> None:
            set_adopter_override(session, staff_id, category)  # type: ignore[arg-type]

        if commit_change(self, self.database, change, Changes.ASSESSMENTS):
            self.report(Changes.ASSESSMENTS)
        self._load_round()

    def plan_step(self) -> None:
        person = self.current_person()
        if person is None or person.barrier is None:
            return
        steps = interventions_for(self.library, person.barrier)
        if not steps:
            return
        round_row = next((r for r in self.rounds if r.id == self.current_round_id()), None)
        dialog = AcceptDialog(
            self.database,
            person.staff_id,
            person.name,
            person.barrier,
            steps,
            project_id=round_row.project_id if round_row else None,
            by_staff_id=current_editor(self.database),
            parent=self,
        )
        if dialog.exec() and dialog.measure_id is not None:
            self.report(Changes.MEASURES)
            self._show_person()

    def _save_score(self, staff_id: int, element: AdkarElement, value: float | None) -> None:
        round_id = self.current_round_id()
        assert round_id is not None
        with self.database.session() as session:
            set_scores(session, round_id, staff_id, {element: value})
            session.commit()

    def _on_score_refused(self, error: Exception) -> None:
        show_error(self, error)

    def _on_score_saved(self, _staff_id: int) -> None:
        # The heatmap follows the grid; the grid keeps its own rows (and the cursor).
        round_id = self.current_round_id()
        assert round_id is not None
        with self.database.session() as session:
            self.results = round_results(session, round_id)
            self.trends = round_trends(session, round_id)
        self._show_results()
        self.report(Changes.ASSESSMENTS)
