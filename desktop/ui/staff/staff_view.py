"""The Staff area: who works here, who champions the change and for how many clients."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.db.engine import Database
from desktop.core.staff.editing import set_champion
from desktop.core.staff.listing import StaffRow
from desktop.ui.champions.coverage_panel import CoveragePanel
from desktop.ui.common.area_view import AreaView
from desktop.ui.common.changes import Changes, commit_change
from desktop.ui.common.record_table import current_record, record_table, select_record
from desktop.ui.shell import settings
from desktop.ui.staff.staff_dialog import StaffDialog
from desktop.ui.staff.staff_table_model import StaffTableModel

HEADER_NAME = "staff"
DEFAULT_WIDTHS = [180, 65, 150, 110, 90, 90, 90, 120, 170, 75, 60]


class StaffView(AreaView):
    watches = Changes.STAFF | Changes.CLIENTS  # clients change the champions' client counts

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.model = StaffTableModel(database, self)
        self._marks_champion = True  # what the champion button does: mark (or unmark)
        self._build_ui()
        self._connect_signals()
        self.refresh()

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        title = QLabel(self.tr("Staff"), self)
        title.setObjectName("view_title")
        subtitle = QLabel(
            self.tr("Everyone in the office; champions carry the change to their clients."), self
        )
        subtitle.setObjectName("view_subtitle")
        # Two rows of actions: the person's record on the title's row, the champion network
        # beside the leavers switch (one row is too narrow at 1280 pixels in Dutch).
        actions = QHBoxLayout()
        actions.addWidget(title)
        actions.addStretch(1)
        layout.addLayout(actions)
        layout.addWidget(subtitle)

        bar = QHBoxLayout()
        self.leavers_check = QCheckBox(self.tr("Show &leavers"), self)
        self.leavers_check.setChecked(True)
        bar.addWidget(self.leavers_check)
        bar.addStretch(1)
        self.new_button = QPushButton(self.tr("&New staff member…"), self)
        self.new_button.setProperty("primary", True)
        self.new_button.setToolTip(self.tr("Add a staff member (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.champion_button = QPushButton(self.tr("&Mark as champion"), self)
        self.leaver_button = QPushButton(self.tr("End &date…"), self)
        self.leaver_button.setToolTip(self.tr("Record when this person leaves the office"))
        self.handover_button = QPushButton(self.tr("&Hand over clients…"), self)
        self.handover_button.setToolTip(
            self.tr("Give this person's clients to another champion, or spread them")
        )
        self.portfolio_button = QPushButton(self.tr("Champion's &page…"), self)
        self.portfolio_button.setToolTip(
            self.tr("Clients per stage, conversion, stalled clients and next actions due")
        )
        self.nominations_button = QPushButton(self.tr("N&ominations…"), self)
        self.nominations_button.setToolTip(
            self.tr("Nominate champions, approve or decline, and see who is suggested")
        )
        for button in (self.new_button, self.edit_button, self.leaver_button, self.handover_button):
            actions.addWidget(button)
        for button in (self.champion_button, self.portfolio_button, self.nominations_button):
            bar.addWidget(button)
        layout.addLayout(bar)
        self.coverage_panel = CoveragePanel(self.database, self)
        layout.addWidget(self.coverage_panel)

        self.table = record_table(self, self.model, HEADER_NAME, DEFAULT_WIDTHS, 0)
        layout.addWidget(self.table, 1)

        self.new_action = QAction(self.tr("New staff member"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.new_action)

    def _connect_signals(self) -> None:
        self.leavers_check.toggled.connect(self._on_leavers_toggled)
        self.new_button.clicked.connect(self.new_staff)
        self.new_action.triggered.connect(self.new_staff)
        self.edit_button.clicked.connect(lambda: self.edit_staff())
        self.champion_button.clicked.connect(self.toggle_champion)
        self.leaver_button.clicked.connect(lambda: self.edit_staff(focus_end_date=True))
        self.handover_button.clicked.connect(self.hand_over)
        self.nominations_button.clicked.connect(self.open_nominations)
        self.portfolio_button.clicked.connect(self.open_portfolio)
        self.coverage_panel.staff_chosen.connect(self.select_staff)
        self.table.activated.connect(lambda _index: self.edit_staff())
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.model.layoutChanged.connect(self._update_buttons)

    # -- data ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the staff; while the view is hidden, only once it is shown (start-up speed)."""
        if self.isVisible():
            self.reload(Changes.ALL)
        else:
            self.mark_stale()

    def reload(self, changes: Changes) -> None:
        keep = self.current_staff_id()
        self.model.reload()
        self.coverage_panel.reload()
        if keep is not None:
            self.select_staff(keep)
        self._update_buttons()
        self.status_changed.emit(self.status_text())

    def _on_leavers_toggled(self, checked: bool) -> None:
        keep = self.current_staff_id()
        self.model.set_include_leavers(checked)
        if keep is not None:
            self.select_staff(keep)
        self.status_changed.emit(self.status_text())

    def current_staff(self) -> StaffRow | None:
        return current_record(self.table)

    def current_staff_id(self) -> int | None:
        return getattr(self.current_staff(), "id", None)

    def select_staff(self, staff_id: int) -> bool:
        return select_record(self.table, self.model.row_of_staff(staff_id))

    def status_text(self) -> str:
        rows = self.model.rows
        champions = sum(1 for row in rows if row.is_champion and not row.has_left())
        staff = self.tr("%n staff members", "", len(rows))
        return staff + " · " + self.tr("%n champions", "", champions)

    def _update_buttons(self, *_args: object) -> None:
        staff = self.current_staff()
        for button in (self.edit_button, self.champion_button, self.leaver_button):
            button.setEnabled(staff is not None)
        self.handover_button.setEnabled(staff is not None and staff.client_count > 0)
        self.portfolio_button.setEnabled(
            staff is not None and (staff.is_champion or staff.client_count > 0)
        )
        # The label says what a click does, for the person selected now; the click does that
        # (never the opposite, should the row be older than the label).
        self._marks_champion = staff is None or not staff.is_champion
        self.champion_button.setText(
            self.tr("&Mark as champion") if self._marks_champion else self.tr("Un&mark champion")
        )

    # -- actions ------------------------------------------------------------------------------

    def new_staff(self) -> None:
        dialog = StaffDialog(self.database, None, self)
        if dialog.exec() and dialog.staff_id is not None:
            self._after_change(dialog.staff_id)

    def edit_staff(self, focus_end_date: bool = False) -> None:
        staff_id = self.current_staff_id()
        if staff_id is None:
            return
        dialog = StaffDialog(self.database, staff_id, self, focus_end_date=focus_end_date)
        if dialog.exec():
            handed_over = Changes.CLIENTS if dialog.handed_over else Changes.NONE
            self._after_change(staff_id, Changes.STAFF | handed_over)

    def toggle_champion(self) -> None:
        staff = self.current_staff()
        if staff is None:
            return
        mark = self._marks_champion
        if not mark and staff.client_count:
            answer = QMessageBox.question(
                self,
                self.tr("Unmark champion"),
                self.tr(
                    "{name} is champion for %n clients. They keep {name} as their champion "
                    "until you assign another one. Unmark anyway?",
                    "",
                    staff.client_count,
                ).format(name=staff.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        changes = commit_change(
            self,
            self.database,
            lambda session: set_champion(session, staff.id, mark),
            Changes.STAFF,
        )
        self._after_change(staff.id, changes)

    def hand_over(self) -> None:
        """Hand the chosen person's clients to other champions (one transaction)."""
        staff = self.current_staff()
        if staff is None or not staff.client_count:
            return
        from desktop.core.champions.handover import hand_over
        from desktop.ui.board.identity import current_editor
        from desktop.ui.champions.handover_dialog import SPREAD, HandoverDialog
        from desktop.ui.common.workers import run_with_progress

        dialog = HandoverDialog(self.database, staff.id, self, allow_later=False)
        if not dialog.exec() or dialog.choice() is None:
            return
        choice = dialog.choice()
        to_id = None if choice == SPREAD else choice
        editor, database = current_editor(self.database), self.database

        def task(_progress, _is_cancelled):  # noqa: ANN001, ANN202
            with database.session() as session:
                plan = hand_over(session, staff.id, to_id, by=editor)
                session.commit()
                return plan

        # Thousands of clients may move: on a worker, with a progress dialog after 0.5 s.
        run_with_progress(
            self,
            self.tr("Handing the clients over…"),
            task,
            lambda _plan: self._after_change(staff.id, Changes.STAFF | Changes.CLIENTS),
            cancellable=False,
        )

    def open_portfolio(self) -> None:
        staff = self.current_staff()
        if staff is None:
            return
        from desktop.ui.champions.portfolio_dialog import PortfolioDialog

        dialog = PortfolioDialog(self.database, staff.id, self)
        dialog.client_changed.connect(lambda _client_id: self.report(Changes.PIPELINE))
        dialog.exec()

    def open_nominations(self) -> None:
        from desktop.ui.champions.nominations_dialog import NominationsDialog

        dialog = NominationsDialog(self.database, self)
        dialog.exec()
        if dialog.changes:
            self.reload(dialog.changes)
            self.report(dialog.changes)

    def _after_change(self, staff_id: int, changes: Changes = Changes.STAFF) -> None:
        self.model.reload()
        self.coverage_panel.reload()
        self.select_staff(staff_id)
        self._update_buttons()
        self.status_changed.emit(self.status_text())
        self.report(changes)

    def save_state(self) -> None:
        settings.save_header(HEADER_NAME, self.table.horizontalHeader())
