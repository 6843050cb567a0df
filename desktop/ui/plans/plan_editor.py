"""The Plan tab of a project: context, goals, phases with milestones, agenda items, measures,
and printing the rollout plan. Each change is one committed action (commit_change); the measures
tab is its own panel (measures_panel.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.core.common.validation import max_length
from desktop.core.db.engine import Database
from desktop.core.db.tables import plan_items, plan_milestones, plan_phases
from desktop.core.measures import editing as measure_editing
from desktop.core.plans import content
from desktop.core.plans.kinds import PlanItemKind
from desktop.core.plans.versions import list_versions
from desktop.ui.board.identity import current_editor
from desktop.ui.common.changes import Changes, commit_change
from desktop.ui.common.locale_format import moment_text
from desktop.ui.common.row_table_model import read_only_table
from desktop.ui.plans.entry_dialog import Entry, EntryDialog, EntryFields
from desktop.ui.plans.measures_panel import MeasuresPanel
from desktop.ui.plans.outline_model import OutlineModel, OutlineRow, outline_rows, part_label
from desktop.ui.plans.printing import PlanPrinter


class PlanEditor(QWidget):
    changed = Signal(object)  # the Changes committed here

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.project_id: int | None = None
        self.project_name = ""
        self.plan: content.PlanContent | None = None
        self._build_ui()
        self._connect_signals()
        self.setEnabled(False)

    # -- construction -------------------------------------------------------------------------

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        context_label = QLabel(self.tr("&Why we change (the plan's context):"), self)
        self.context_edit = QPlainTextEdit(self)
        self.context_edit.setObjectName("context_edit")
        self.context_edit.setTabChangesFocus(True)
        self.context_edit.setFixedHeight(84)
        self.context_edit.setPlaceholderText(
            self.tr("What goes wrong today, and what the change brings clients and staff.")
        )
        context_label.setBuddy(self.context_edit)
        self.save_context_button = QPushButton(self.tr("Sa&ve context"), self)
        self.save_context_button.setToolTip(self.tr("Save the context text (Ctrl+S)"))
        context_row = QHBoxLayout()
        context_row.addWidget(self.context_edit, 1)
        context_row.addWidget(self.save_context_button)
        layout.addWidget(context_label)
        layout.addLayout(context_row)

        self.parts = QTabWidget(self)
        outline_page = QWidget(self.parts)
        outline_layout = QVBoxLayout(outline_page)
        self.outline_model = OutlineModel()
        self.outline_table = read_only_table(outline_page, "outline_table", self.outline_model)
        self.outline_table.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.Stretch
        )
        outline_buttons = QHBoxLayout()
        self.add_button = QToolButton(outline_page)
        self.add_button.setText(self.tr("&Add"))
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_menu = QMenu(self.add_button)
        self.add_actions: dict[str, QAction] = {}
        for part in ("goal", "phase", "milestone", "board", "hr"):
            self.add_actions[part] = self.add_menu.addAction(part_label(part) + "…")
        self.add_menu.addSeparator()
        self.default_phases_action = self.add_menu.addAction(self.tr("The four default phases"))
        self.add_button.setMenu(self.add_menu)
        self.edit_part_button = QPushButton(self.tr("&Edit…"), outline_page)
        self.delete_part_button = QPushButton(self.tr("&Delete"), outline_page)
        for widget in (self.add_button, self.edit_part_button, self.delete_part_button):
            outline_buttons.addWidget(widget)
        outline_buttons.addStretch(1)
        outline_layout.addWidget(self.outline_table, 1)
        outline_layout.addLayout(outline_buttons)
        self.parts.addTab(outline_page, self.tr("&Goals, phases and agendas"))

        self.measures = MeasuresPanel(self.database, self._commit, self._confirm, self.parts)
        self.parts.addTab(self.measures, self.tr("Measu&res"))
        layout.addWidget(self.parts, 1)

        print_row = QHBoxLayout()
        self.versions_label = QLabel(self)
        self.versions_label.setObjectName("view_subtitle")
        self.call_lists_check = QCheckBox(self.tr("With &call lists per champion"), self)
        self.call_lists_check.setToolTip(
            self.tr("An appendix with each champion's clients that are not yet active")
        )
        self.print_button = QPushButton(self.tr("&Print rollout plan…"), self)
        self.print_button.setProperty("primary", True)
        print_row.addWidget(self.versions_label, 1)
        print_row.addWidget(self.call_lists_check)
        print_row.addWidget(self.print_button)
        layout.addLayout(print_row)

        self.save_context_action = QAction(self.tr("Save context"), self)
        self.save_context_action.setShortcut(QKeySequence.StandardKey.Save)
        self.context_edit.addAction(self.save_context_action)

    def _connect_signals(self) -> None:
        self.save_context_button.clicked.connect(self.save_context)
        self.save_context_action.triggered.connect(self.save_context)
        for part, action in self.add_actions.items():
            action.triggered.connect(lambda _checked=False, p=part: self.add_part(p))
        self.default_phases_action.triggered.connect(self.add_default_phases)
        self.edit_part_button.clicked.connect(self.edit_part)
        self.outline_table.doubleClicked.connect(lambda _index: self.edit_part())
        self.delete_part_button.clicked.connect(self.delete_part)
        self.print_button.clicked.connect(self.print_plan)

    # -- data ---------------------------------------------------------------------------------

    def set_project(self, project_id: int | None, name: str = "") -> None:
        self.project_id, self.project_name = project_id, name
        self.measures.project_id = project_id
        self.reload()

    def reload(self) -> None:
        self.setEnabled(self.project_id is not None)
        if self.project_id is None:
            self.plan = None
            self.context_edit.clear()
            self.outline_model.set_rows([])
            self.measures.measures_model.set_rows([])
            self.versions_label.clear()
            return
        with self.database.session() as session:
            self.plan = content.get_plan(session, self.project_id)
            measure_rows = measure_editing.list_measures(session, project_id=self.project_id)
            versions = list_versions(session, self.project_id)
        self.context_edit.setPlainText(self.plan.context)
        self.outline_model.set_rows(outline_rows(self.plan))
        self.measures.measures_model.set_rows(measure_rows)
        for table in (self.outline_table, self.measures.measures_table):
            table.resizeColumnsToContents()
        if versions:
            latest = versions[0]
            self.versions_label.setText(
                self.tr("Version {version} printed {moment}").format(
                    version=latest.version, moment=moment_text(latest.printed_at)
                )
            )
        else:
            self.versions_label.setText(self.tr("Not printed yet"))

    def _commit(
        self, change: Callable[[Session], object], changes: Changes = Changes.MEASURES
    ) -> bool:
        done = commit_change(self, self.database, change, changes)
        if done:
            self.reload()
            self.changed.emit(done)
        return bool(done)

    # -- context and parts --------------------------------------------------------------------

    def save_context(self) -> None:
        project_id, text, by = self.project_id, self.context_edit.toPlainText(), self._by()
        if project_id is not None:
            self._commit(lambda s: content.set_context(s, project_id, text, by))

    def add_default_phases(self) -> None:
        project_id = self.project_id
        if project_id is not None:
            self._commit(lambda s: content.add_default_phases(s, project_id))

    def _fields(self, part: str) -> EntryFields:
        if part == "phase":
            return EntryFields(
                self.tr("&Name:"),
                max_length(plan_phases.c.name),
                self.tr("&Starts on"),
                self.tr("&Ends on"),
                self.tr("&Description:"),
            )
        if part == "milestone":
            return EntryFields(
                self.tr("&Title:"),
                max_length(plan_milestones.c.title),
                self.tr("&Date"),
                done_label=self.tr("&Reached"),
            )
        return EntryFields(
            self.tr("&Title:"),
            max_length(plan_items.c.title),
            self.tr("&Date"),
            notes_label=self.tr("&Notes:"),
        )

    def _ask(self, part: str, entry: Entry | None) -> Entry | None:
        dialog = EntryDialog(part_label(part), self._fields(part), entry, self)
        return dialog.entry() if dialog.exec() else None

    def add_part(self, part: str) -> None:
        project_id, by = self.project_id, self._by()
        if project_id is None:
            return
        phase_id = self._phase_for_milestone() if part == "milestone" else None
        if part == "milestone" and phase_id is None:
            QMessageBox.information(
                self, part_label(part), self.tr("Choose the phase the milestone belongs to first.")
            )
            return
        entry = self._ask(part, None)
        if entry is None:
            return
        if part == "phase":
            self._commit(
                lambda s: content.add_phase(
                    s, project_id, entry.title, entry.due_on, entry.ends_on, entry.notes, by
                )
            )
        elif part == "milestone":
            assert phase_id is not None

            def add(s: Session) -> None:
                new = content.add_milestone(s, phase_id, entry.title, entry.due_on, by)
                if entry.done:
                    content.update_milestone(s, new, entry.title, entry.due_on, True, by)

            self._commit(add)
        else:
            kind = PlanItemKind(part)
            self._commit(
                lambda s: content.add_item(
                    s, project_id, kind, entry.title, entry.due_on, entry.notes, by
                )
            )

    def _phase_for_milestone(self) -> int | None:
        row = self.current_part()
        if row is not None and row.phase_id is not None:
            return row.phase_id
        return None

    def current_part(self) -> OutlineRow | None:
        index = self.outline_table.currentIndex()
        return self.outline_model.rows[index.row()] if index.isValid() else None

    def edit_part(self) -> None:
        row = self.current_part()
        if row is None or self.plan is None:
            return
        if row.part == "phase":
            phase = next(p for p in self.plan.phases if p.id == row.id)
            old = Entry(phase.name, phase.starts_on, phase.ends_on, phase.description)
        elif row.part == "milestone":
            mark = next(m for p in self.plan.phases for m in p.milestones if m.id == row.id)
            old = Entry(mark.title, mark.due_on, done=mark.done)
        else:
            item = next(i for i in self.plan.items if i.id == row.id)
            old = Entry(item.title, item.due_on, notes=item.notes)
        entry = self._ask(row.part, old)
        if entry is not None:
            self._commit(lambda s: self._save_part(s, row, entry))

    def _save_part(self, session: Session, row: OutlineRow, entry: Entry) -> None:
        by = self._by()
        if row.part == "phase":
            content.update_phase(
                session, row.id, entry.title, entry.due_on, entry.ends_on, entry.notes, by
            )
        elif row.part == "milestone":
            content.update_milestone(session, row.id, entry.title, entry.due_on, entry.done, by)
        else:
            content.update_item(session, row.id, entry.title, entry.due_on, entry.notes, by)

    def delete_part(self) -> None:
        row = self.current_part()
        if row is None:
            return
        question = (
            self.tr("Delete the phase “{title}” and its milestones?")
            if row.part == "phase"
            else self.tr("Delete “{title}”?")
        ).format(title=row.title.removeprefix("✓ "))
        if not self._confirm(question):
            return
        delete = {
            "phase": content.delete_phase,
            "milestone": content.delete_milestone,
        }.get(row.part, content.delete_item)
        self._commit(lambda s: delete(s, row.id))

    # -- printing -----------------------------------------------------------------------------

    def printer(self) -> PlanPrinter | None:
        if self.project_id is None:
            return None
        printer = PlanPrinter(
            self,
            self.database,
            self.project_id,
            self.project_name,
            self.call_lists_check.isChecked(),
        )
        printer.changed.connect(lambda _changes: self.reload())
        return printer

    def print_plan(self) -> None:
        printer = self.printer()
        if printer is not None:
            printer.start()

    # -- helpers ------------------------------------------------------------------------------

    def _by(self) -> int | None:
        return current_editor(self.database)

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
