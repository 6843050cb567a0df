"""The Rewards area (Beloningen): my points, giving recognition, the catalogue, approvals and
the leaderboard, for the person chosen at the top (the one at this PC, remembered)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from desktop.core.db.engine import Database
from desktop.core.db.tables import projects, stages
from desktop.core.rewards.awards import decide_award
from desktop.core.rewards.catalogue import add_reward, decide_redemption, mark_fulfilled, redeem
from desktop.core.rewards.export_xlsx import export_ledger
from desktop.core.rewards.incentives import mark_incentives, set_invoiced
from desktop.core.rewards.leaderboard import set_opt_out
from desktop.core.rewards.ledger import reverse_entry
from desktop.core.rewards.recognitions import (
    add_tag,
    archive_tag,
    ensure_default_tags,
    get_reward_settings,
    give_recognition,
    set_reward_settings,
)
from desktop.core.rewards.rules import Rule, add_rule, ensure_default_rules, update_rule
from desktop.core.rewards.vocab import RuleKind
from desktop.ui.common.area_view import AreaView
from desktop.ui.common.changes import Changes, commit_change
from desktop.ui.common.loading_sign import LoadingSign
from desktop.ui.common.workers import LatestWork, run_with_progress
from desktop.ui.rewards.approvals_page import ApprovalsPage
from desktop.ui.rewards.catalogue_page import CataloguePage
from desktop.ui.rewards.incentives_page import IncentivesPage
from desktop.ui.rewards.leaderboard_page import LeaderboardPage
from desktop.ui.rewards.points_page import PointsPage
from desktop.ui.rewards.reading import RewardsRead, Wanted, read_rewards
from desktop.ui.rewards.recognition_page import RecognitionPage
from desktop.ui.rewards.rule_dialog import RuleDialog
from desktop.ui.rewards.rules_page import RulesPage
from desktop.ui.shell import settings
from desktop.ui.shell.error_handler import show_error


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask before an action that cannot be taken back (tests replace this)."""
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


class RewardsView(AreaView):
    # Clients: a next action completed in a client's window may have earned points.
    watches = Changes.REWARDS | Changes.STAFF | Changes.PIPELINE | Changes.CLIENTS
    loaded = Signal()  # the tabs show what was read last

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.read: RewardsRead | None = None  # None until the first read is in
        self._defaults_made = False
        self._reading = LatestWork(self)  # only the newest read is shown
        self._build_ui()
        self._connect_signals()
        self.mark_stale()

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        title = QLabel(self.tr("Rewards"), self)
        title.setObjectName("view_title")
        subtitle = QLabel(
            self.tr(
                "Points for bringing clients on board, completing assessments and trainings and "
                "acting on time, and recognition from colleagues."
            ),
            self,
        )
        subtitle.setObjectName("view_subtitle")
        subtitle.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        bar = QHBoxLayout()
        me_label = QLabel(self.tr("&Points of:"), self)
        self.me_combo = QComboBox(self)
        self.me_combo.setMinimumWidth(260)
        me_label.setBuddy(self.me_combo)
        bar.addWidget(me_label)
        bar.addWidget(self.me_combo)
        self.loading_sign = LoadingSign(self.tr("Reading…"), self)
        bar.addWidget(self.loading_sign)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.tabs = QTabWidget(self)
        self.points_page = PointsPage(self.database, self)
        self.recognition_page = RecognitionPage(self)
        self.catalogue_page = CataloguePage(self)
        self.approvals_page = ApprovalsPage(self)
        self.leaderboard_page = LeaderboardPage(self)
        self.tabs.addTab(self.points_page, self.tr("My points"))
        self.tabs.addTab(self.recognition_page, self.tr("Give recognition"))
        self.tabs.addTab(self.catalogue_page, self.tr("Catalogue"))
        self.tabs.addTab(self.approvals_page, self.tr("Approvals"))
        self.tabs.addTab(self.leaderboard_page, self.tr("Leaderboard"))
        self.rules_page = RulesPage(self)
        self.tabs.addTab(self.rules_page, self.tr("Rules"))
        self.incentives_page = IncentivesPage(self)
        self.tabs.addTab(self.incentives_page, self.tr("Client rewards"))
        layout.addWidget(self.tabs, 1)

    def _connect_signals(self) -> None:
        self.me_combo.activated.connect(self._me_chosen)
        self.recognition_page.give_requested.connect(self._give)
        self.catalogue_page.redeem_requested.connect(self._redeem)
        self.catalogue_page.add_requested.connect(self._add_reward)
        self.approvals_page.redemption_decided.connect(self._decide_redemption)
        self.approvals_page.fulfilled.connect(self._fulfil)
        self.approvals_page.award_decided.connect(self._decide_award)
        self.leaderboard_page.mode_chosen.connect(self._choose_mode)
        self.leaderboard_page.opt_out_chosen.connect(self._opt_out)
        self.leaderboard_page.options_changed.connect(lambda: self.reload(Changes.REWARDS))
        self.rules_page.edit_requested.connect(self._edit_rule)
        self.rules_page.add_stage_rule_requested.connect(self._add_stage_rule)
        self.points_page.correction_requested.connect(self._correct)
        self.incentives_page.mark_requested.connect(self._mark_incentives)
        self.incentives_page.invoiced_requested.connect(
            lambda ids: self._commit(lambda session: set_invoiced(session, ids))
        )
        self.incentives_page.project_changed.connect(lambda: self.reload(Changes.REWARDS))
        self.points_page.export_requested.connect(self._export)
        self.rules_page.tag_added.connect(self._add_tag)
        self.rules_page.tag_archived.connect(
            lambda tag: self._commit(lambda session: archive_tag(session, tag))
        )
        self.rules_page.allowance_chosen.connect(self._choose_allowance)

    # -- who is looking ---------------------------------------------------------------------

    def me(self) -> int | None:
        value = self.me_combo.currentData()
        return int(value) if value is not None else None

    def is_manager(self) -> bool:
        return self.read is not None and self.read.manager and self.read.me == self.me()

    def _me_chosen(self) -> None:
        settings.set_current_staff_id(self.me())
        self.reload(Changes.REWARDS)

    def _fill_people(self, read: RewardsRead) -> None:
        self.me_combo.clear()
        for staff_id, name, _ in read.people:
            self.me_combo.addItem(name, staff_id)
        if read.me is not None:
            self.me_combo.setCurrentIndex(self.me_combo.findData(read.me))

    # -- reading ----------------------------------------------------------------------------

    def reload(self, changes: Changes) -> None:
        """Read everything again on a worker; the tabs show it when it is in."""
        wanted = Wanted(
            me=self.me() or settings.current_staff_id(),
            period=self.leaderboard_page.period(),
            board_project=self.leaderboard_page.chosen_project(),
            team=self.leaderboard_page.chosen_team(),
            incentive_project=self.incentives_page.chosen_project(),
        )
        database = self.database
        self.loading_sign.begin(first=self.read is None)
        self.status_changed.emit(self.status_text())
        self._reading.run(
            lambda _progress, _cancelled: read_rewards(database, wanted),
            self._show,
            lambda error: show_error(self, error),
            on_finished=self.loading_sign.end,
        )

    def _show(self, read: RewardsRead) -> None:
        self.read = read
        self._fill_people(read)  # who may be looking, and who can be recognised
        me, manager = read.me, read.manager
        self.points_page.show_points(me, read.points, manager)
        people = [(staff_id, name) for staff_id, name, _ in read.people]
        left = read.points.allowance_left if read.points is not None else 0
        self.recognition_page.show_choices(me, people, read.tags, left)
        self.catalogue_page.show_catalogue(me, read.catalogue, read.my_redemptions)
        self.approvals_page.show_open(manager, read.open_redemptions, read.held_awards)
        self.leaderboard_page.show_board(read)
        monthly = read.settings.monthly_allowance
        self.rules_page.show_rules(manager, read.rules, read.tags, monthly)
        self.incentives_page.show_incentives(read)
        self.loaded.emit()

    # -- actions ----------------------------------------------------------------------------

    def _commit(self, change, what: Changes = Changes.REWARDS) -> bool:  # noqa: ANN001
        changes = commit_change(self, self.database, change, what)
        if changes:
            self.reload(changes)
            self.report(changes)
        return bool(changes)

    def _give(self, receiver: int, points: int, tag: int, message: str) -> None:
        me = self.me()
        if me is None:
            return
        if self._commit(
            lambda session: give_recognition(session, me, receiver, points, tag, message)
        ):
            self.recognition_page.clear_message()

    def _redeem(self, reward_id: int) -> None:
        me = self.me()
        if me is not None:
            self._commit(lambda session: redeem(session, me, reward_id))

    def _add_reward(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add a reward"), self.tr("Name:"))
        if not ok:
            return
        price, ok = QInputDialog.getInt(
            self, self.tr("Add a reward"), self.tr("Price in points:"), 50, 1, 1_000_000
        )
        if ok:
            self._commit(lambda session: add_reward(session, name, price, by_staff_id=self.me()))

    def _decide_redemption(self, redemption_id: int, approve: bool) -> None:
        me = self.me()
        if me is None:
            return
        if not approve and not confirm(
            self,
            self.tr("Decline"),
            self.tr("Decline this redemption? The points go back to the colleague."),
        ):
            return
        self._commit(lambda session: decide_redemption(session, redemption_id, approve, me))

    def _fulfil(self, redemption_id: int) -> None:
        self._commit(lambda session: mark_fulfilled(session, redemption_id, self.me()))

    def _decide_award(self, entry_id: int, approve: bool) -> None:
        me = self.me()
        if me is None:
            return
        if not approve and not confirm(
            self, self.tr("Decline"), self.tr("Decline this award? It earns no points.")
        ):
            return
        self._commit(lambda session: decide_award(session, entry_id, approve, me))

    def _choose_mode(self, mode: str) -> None:
        def change(session) -> None:  # noqa: ANN001
            allowance = get_reward_settings(session).monthly_allowance
            set_reward_settings(session, mode, allowance, self.me())

        self._commit(change)

    def _mark_incentives(
        self, project: int, incentive: str, before: date | None, segment: int | None
    ) -> None:
        marked: list[int] = []

        def change(session) -> None:  # noqa: ANN001
            marked.append(
                mark_incentives(
                    session,
                    project,
                    incentive,
                    active_before=before,
                    segment_id=segment,
                    by_staff_id=self.me(),
                )
            )

        if self._commit(change):
            self.status_changed.emit(self.tr("%n clients marked.", "", marked[0]))

    def _correct(self, entry_id: int) -> None:
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Correct an entry"),
            self.tr("Why are these points taken back? (a reversal is booked; nothing is deleted)"),
        )
        if ok:
            self._commit(lambda session: reverse_entry(session, entry_id, reason, self.me()))

    def _export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the ledger"),
            str(Path(settings.last_folder() or Path.home()) / self.tr("ledger.xlsx")),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not name:
            return
        target = Path(name)
        settings.set_last_folder(str(target.parent))
        database = self.database

        def task(progress, is_cancelled) -> object:  # noqa: ANN001 (runs on a worker)
            with database.session() as session:
                return export_ledger(session, target)

        def done(result: object) -> None:
            path, count = result  # type: ignore[misc]
            self.status_changed.emit(
                self.tr("%n ledger entries exported to %1.", "", count).replace("%1", path.name)
            )

        run_with_progress(
            self, self.tr("Exporting the ledger…"), task, done, lambda e: show_error(self, e)
        )

    def _choose_allowance(self, allowance: int) -> None:
        def change(session) -> None:  # noqa: ANN001
            mode = get_reward_settings(session).board_mode
            set_reward_settings(session, mode, allowance, self.me())

        self._commit(change)

    def _edit_rule(self, rule: Rule) -> None:
        dialog = RuleDialog(rule, self)
        if dialog.exec() == RuleDialog.DialogCode.Accepted:
            values = dialog.values()
            self._commit(
                lambda session: update_rule(session, rule.id, **values, by_staff_id=self.me())  # type: ignore[arg-type]
            )

    def _add_stage_rule(self) -> None:
        with self.database.session() as session:
            choices = [
                (self.tr("%1 › %2").replace("%1", project).replace("%2", stage), stage_id)
                for stage_id, project, stage in session.execute(
                    select(stages.c.id, projects.c.name, stages.c.name)
                    .join(projects, projects.c.id == stages.c.project_id)
                    .where(stages.c.archived.is_(False))
                    .order_by(projects.c.name, stages.c.position)
                )
            ]
        if not choices:
            return
        title = self.tr("Add a rule for a stage")
        label, ok = QInputDialog.getItem(
            self, title, self.tr("A client of mine reaches:"), [c[0] for c in choices], 0, False
        )
        if not ok:
            return
        stage_id = dict(choices)[label]
        points, ok = QInputDialog.getInt(self, title, self.tr("Points:"), 5, 1, 10_000)
        if ok:
            self._commit(
                lambda session: add_rule(
                    session,
                    RuleKind.STAGE_REACHED,
                    points,
                    stage_id=stage_id,
                    by_staff_id=self.me(),
                )
            )

    def _add_tag(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Add a value"), self.tr("Value or goal to recognise:")
        )
        if ok:
            self._commit(lambda session: add_tag(session, name))

    def _opt_out(self, opted_out: bool) -> None:
        me = self.me()
        if me is not None:
            self._commit(lambda session: set_opt_out(session, me, opted_out))

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt override)
        if not self._defaults_made:  # a few rows, once: before the first read shows them
            with self.database.session() as session:
                ensure_default_tags(session)
                ensure_default_rules(session)
                session.commit()
            self._defaults_made = True
        super().showEvent(event)

    def status_text(self) -> str:
        return ""
