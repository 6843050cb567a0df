"""Edit a project's stages: add, rename, reorder, kind, maximum days and per-segment limits.

Every change is saved at once (one transaction each). A stage that still holds clients cannot be
deleted; a stage with history is archived by the core instead of deleted.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.common.errors import DraagvlakError, StaleEditError
from desktop.core.db.engine import Database
from desktop.core.office.segments import list_segments
from desktop.core.pipelines.board import stage_counts
from desktop.core.pipelines.stages import (
    add_stage,
    delete_stage,
    list_stages,
    rename_stage,
    reorder_stages,
    segment_limits,
    set_segment_limit,
    set_stage_kind,
    set_stage_max_days,
)
from desktop.ui.board.identity import current_editor
from desktop.ui.common import workers
from desktop.ui.common.field_errors import error_label
from desktop.ui.common.record_form import ConflictBar
from desktop.ui.projects.stage_delegates import DaysDelegate, KindDelegate, fit_height
from desktop.ui.projects.stage_models import (
    SegmentLimitModel,
    StageTableModel,
)


def load_stage_counts(database: Database, project_id: int) -> dict[int, int]:
    """Clients per stage; runs on a worker (~80 ms at 100,000 clients)."""
    with database.session() as session:
        return stage_counts(session, project_id)


class StageEditor(QWidget):
    stages_changed = Signal()  # any stage or limit was saved
    counts_loaded = Signal()  # the "Clients now" column is filled in

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.project_id: int | None = None
        self._counts_loading = workers.LatestWork(self)  # of the project shown
        self._build_ui()
        self._connect_signals()
        self._update_buttons()

    # -- construction -------------------------------------------------------------------------

    def _build_ui(self) -> None:
        # The tables are as tall as their rows; in a short window the page scrolls instead of
        # squeezing them over each other (the limits' caption was drawn over the last stage).
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("stage_editor_scroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page = QWidget(self.scroll_area)
        page.setObjectName("stage_editor_page")
        self.scroll_area.setWidget(page)
        outer.addWidget(self.scroll_area)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add stage"), self)
        self.add_button.setToolTip(self.tr("Add a stage at the end (Ins)"))
        self.rename_button = QPushButton(self.tr("&Rename"), self)
        self.rename_button.setToolTip(self.tr("Rename the selected stage (F2)"))
        self.up_button = QPushButton(self.tr("Move &up"), self)
        self.up_button.setToolTip(self.tr("Move the selected stage up (Alt+Up)"))
        self.down_button = QPushButton(self.tr("Move do&wn"), self)
        self.down_button.setToolTip(self.tr("Move the selected stage down (Alt+Down)"))
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.delete_button.setToolTip(self.tr("Delete the selected stage (Del)"))
        for button in (self.add_button, self.rename_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout.addLayout(buttons)

        self.stage_model = StageTableModel(self._save_stage_field)
        self.stage_table = QTableView(self)
        self.stage_table.setObjectName("stage_table")
        self.stage_table.setModel(self.stage_model)
        self.stage_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.stage_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.stage_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.stage_table.setAlternatingRowColors(True)
        self.stage_table.setItemDelegateForColumn(StageTableModel.KIND, KindDelegate(self))
        self.stage_table.setItemDelegateForColumn(
            StageTableModel.MAX_DAYS, DaysDelegate(self.tr("No limit"), self)
        )
        header = self.stage_table.horizontalHeader()
        header.setSectionResizeMode(StageTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (StageTableModel.KIND, StageTableModel.MAX_DAYS, StageTableModel.CLIENTS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.stage_table.verticalHeader().setDefaultSectionSize(26)
        layout.addWidget(self.stage_table)
        self.no_stages_label = QLabel(
            self.tr(
                "This project has no stages yet. Choose “Add stage” (Ins) to create the first."
            ),
            self,
        )
        self.no_stages_label.setObjectName("view_subtitle")
        self.no_stages_label.hide()
        layout.addWidget(self.no_stages_label)
        self.error_label = error_label(self)
        layout.addWidget(self.error_label)
        self.conflict_bar = ConflictBar(self)
        layout.addWidget(self.conflict_bar)

        limits_box = QGroupBox(self.tr("Maximum days per segment"), self)
        limits_layout = QVBoxLayout(limits_box)
        hint = QLabel(
            self.tr(
                "A client is stalled when it stays in a stage longer than this. Grey numbers "
                "are the stage's own limit; type a number to set a different limit for a "
                "segment, 0 to go back to the stage's limit."
            ),
            limits_box,
        )
        hint.setWordWrap(True)
        hint.setObjectName("view_subtitle")
        self.limit_model = SegmentLimitModel(self._save_segment_limit)
        self.limit_table = QTableView(limits_box)
        self.limit_table.setObjectName("segment_limit_table")
        self.limit_table.setModel(self.limit_model)
        self.limit_table.setItemDelegate(DaysDelegate(self.tr("Stage default"), self))
        self.limit_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.limit_table.verticalHeader().setDefaultSectionSize(26)
        self.limit_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        limits_layout.addWidget(hint)
        limits_layout.addWidget(self.limit_table)
        layout.addWidget(limits_box)
        layout.addStretch(1)

        self.setTabOrder(self.add_button, self.rename_button)
        self.setTabOrder(self.rename_button, self.up_button)
        self.setTabOrder(self.up_button, self.down_button)
        self.setTabOrder(self.down_button, self.delete_button)
        self.setTabOrder(self.delete_button, self.stage_table)
        self.setTabOrder(self.stage_table, self.limit_table)

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self.add_new_stage)
        self.rename_button.clicked.connect(self.rename_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.delete_button.clicked.connect(self.delete_current)
        self.stage_table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.stage_model.modelReset.connect(self._update_buttons)
        self.conflict_bar.reload_requested.connect(self.reload)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            ("Alt+Up", lambda: self.move_current(-1)),
            ("Alt+Down", lambda: self.move_current(1)),
            ("Ins", self.add_new_stage),
            (QKeySequence.StandardKey.Delete, self.delete_current),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.stage_table)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)

    # -- data ---------------------------------------------------------------------------------

    def set_project(self, project_id: int | None) -> None:
        self.project_id = project_id
        self.reload()

    def reload(self, select_stage_id: int | None = None) -> None:
        keep = select_stage_id if select_stage_id is not None else self.current_stage_id()
        self.error_label.hide()
        self.conflict_bar.hide()
        if self.project_id is None:
            self._counts_loading.supersede()
            self.stage_model.set_stages([], None)
            self.limit_model.set_rows([], [], {})
            return
        with self.database.session() as session:
            stages = list_stages(session, self.project_id)
            segments = list_segments(session)
            limits = segment_limits(session, self.project_id)
        self.stage_model.set_stages(stages, None)
        self._load_counts()
        self.limit_model.set_rows(stages, segments, limits)
        row = self.stage_model.row_of(keep) if keep is not None else -1
        if row < 0 and stages:
            row = 0
        if row >= 0:
            self.stage_table.selectRow(row)
        fit_height(self.stage_table, len(stages), 12)
        self.no_stages_label.setVisible(not stages)
        fit_height(self.limit_table, self.limit_model.rowCount(), 10)
        self._update_buttons()

    def _load_counts(self) -> None:
        project_id, database = self.project_id, self.database
        self._counts_loading.run(
            lambda _progress, _cancelled: load_stage_counts(database, project_id),
            self._on_counts_loaded,
        )

    def _on_counts_loaded(self, counts: dict[int, int]) -> None:
        self.stage_model.set_counts(counts)
        self.counts_loaded.emit()

    def current_stage_id(self) -> int | None:
        index = self.stage_table.currentIndex()
        if not index.isValid() or index.row() >= len(self.stage_model.stages):
            return None
        return self.stage_model.stages[index.row()].id

    def _update_buttons(self) -> None:
        row = self.stage_table.currentIndex().row()
        has = 0 <= row < len(self.stage_model.stages)
        self.add_button.setEnabled(self.project_id is not None)
        self.rename_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < len(self.stage_model.stages) - 1)

    # -- actions ------------------------------------------------------------------------------

    def add_new_stage(self) -> None:
        if self.project_id is None:
            return
        taken = {stage.name.lower() for stage in self.stage_model.stages}
        name, number = self.tr("New stage"), 2
        while name.lower() in taken:
            name, number = self.tr("New stage {number}").format(number=number), number + 1
        stage_id = self._run(lambda session: add_stage(session, self.project_id, name).id)
        if stage_id is None:
            return
        self.reload(stage_id)
        self.rename_current()
        self.stages_changed.emit()

    def rename_current(self) -> None:
        row = self.stage_table.currentIndex().row()
        if row >= 0:
            index = self.stage_model.index(row, StageTableModel.NAME)
            self.stage_table.setCurrentIndex(index)
            self.stage_table.edit(index)

    def move_current(self, step: int) -> None:
        row = self.stage_table.currentIndex().row()
        ids = [stage.id for stage in self.stage_model.stages]
        target = row + step
        if self.project_id is None or row < 0 or not 0 <= target < len(ids):
            return
        ids[row], ids[target] = ids[target], ids[row]
        project_id = self.project_id
        if self._run(lambda session: reorder_stages(session, project_id, ids)) is None:
            return
        self.reload(ids[target])
        self.stages_changed.emit()

    def delete_current(self) -> None:
        row = self.stage_table.currentIndex().row()
        if row < 0:
            return
        stage = self.stage_model.stages[row]
        # Counts still loading: the core refuses an occupied stage all the same.
        count = (self.stage_model.counts or {}).get(stage.id, 0)
        if count:
            QMessageBox.information(
                self,
                self.tr("Stage still in use"),
                self.tr(
                    "The stage '{name}' still holds %n clients. Move them to another "
                    "stage on the board first; then the stage can be deleted.",
                    "",
                    count,
                ).format(name=stage.name),
            )
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete stage"),
            self.tr(
                "Delete the stage '{name}'? Moves recorded into or out of it stay in the "
                "clients' history."
            ).format(name=stage.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self._run(lambda session: delete_stage(session, stage.id), show_dialog=True) is None:
            return
        self.reload()
        self.stages_changed.emit()

    # -- saving (called by the models) --------------------------------------------------------

    def _save_stage_field(self, stage_id: int, field: str, value: object) -> object | None:
        setters = {"name": rename_stage, "kind": set_stage_kind, "max_days": set_stage_max_days}
        shown = next(stage for stage in self.stage_model.stages if stage.id == stage_id)
        read, by = getattr(shown, field), current_editor(self.database)
        stage = self._run(
            lambda session: setters[field](session, stage_id, value, read=read, by=by)
        )
        if stage is not None:
            self.stages_changed.emit()
        return stage

    def _save_segment_limit(self, stage_id: int, segment_id: int, days: int | None) -> bool:
        done = self._run(
            lambda session: set_segment_limit(session, stage_id, segment_id, days) or True
        )
        if done:
            self.stages_changed.emit()
        return bool(done)

    def _run(self, change, show_dialog: bool = False):  # type: ignore[no-untyped-def]
        """Run one change in its own transaction; a refusal is shown under the table."""
        self.error_label.hide()
        self.conflict_bar.hide()
        try:
            with self.database.session() as session:
                result = change(session)
                session.commit()
        except StaleEditError as error:
            self.conflict_bar.show_conflict(error)
            return None
        except DraagvlakError as error:
            if show_dialog:
                QMessageBox.warning(self, self.tr("Draagvlak"), str(error))
            else:
                self.error_label.setText(str(error))
                self.error_label.show()
            return None
        return True if result is None else result
