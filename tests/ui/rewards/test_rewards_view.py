"""The Rewards area: giving a recognition, redeeming and approving, leaderboard modes, opt-out."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from desktop.core.common.vocab import StaffRole
from desktop.core.db.engine import Database
from desktop.core.rewards.catalogue import add_reward, list_redemptions
from desktop.core.rewards.ledger import balance
from desktop.core.rewards.recognitions import (
    ensure_default_tags,
    get_reward_settings,
    give_recognition,
    list_tags,
)
from desktop.core.rewards.vocab import BoardMode, RedemptionStatus
from desktop.core.staff.editing import StaffData, create_staff
from desktop.ui.rewards import rewards_view
from desktop.ui.rewards.rewards_view import RewardsView
from desktop.ui.shell import settings
from tests.ui.waiting import WORK_TIMEOUT_MS, workers_idle

PEOPLE = (
    ("Anna Bakker", "AB", "Audit", StaffRole.RELATIONSHIP_MANAGER),
    ("Kees de Vries", "KdV", "Payroll", StaffRole.ASSISTANT),
    ("Maria Maas", "MM", "Audit", StaffRole.PARTNER),
)


def _office(database: Database) -> dict[str, int]:
    with database.session() as session:
        ids = {
            name: create_staff(session, StaffData(name=name, initials=ini, team=team, role=role))
            for name, ini, team, role in PEOPLE
        }
        ensure_default_tags(session)
        session.commit()
    return ids


def _view(qtbot, database: Database, me: int) -> RewardsView:  # noqa: ANN001
    settings.set_current_staff_id(me)
    view = RewardsView(database)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    with _read_again(qtbot, view):
        view.show()
    return view


def _read_again(qtbot, view: RewardsView):  # noqa: ANN001, ANN202
    """Until the tabs show what the action inside it changed (they are read on a worker)."""
    return qtbot.waitSignal(view.loaded, timeout=WORK_TIMEOUT_MS)


def _choose(qtbot, view: RewardsView, person: int) -> None:  # noqa: ANN001
    view.me_combo.setCurrentIndex(view.me_combo.findData(person))
    with _read_again(qtbot, view):
        view.me_combo.activated.emit(view.me_combo.currentIndex())


def test_giving_a_recognition_from_the_form(qtbot, database) -> None:  # noqa: ANN001
    ids = _office(database)
    view = _view(qtbot, database, ids["Anna Bakker"])
    page = view.recognition_page
    view.tabs.setCurrentWidget(page)
    names = [page.receiver_combo.itemText(i) for i in range(page.receiver_combo.count())]
    assert names == ["Kees de Vries", "Maria Maas"]  # never myself
    assert not page.give_button.isEnabled()  # a message is required
    page.receiver_combo.setCurrentIndex(0)
    qtbot.mouseClick(page.tier_buttons[20], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.message_edit, "Thanks for the portal demo")
    with _read_again(qtbot, view):
        qtbot.mouseClick(page.give_button, Qt.MouseButton.LeftButton)
    with database.session() as session:
        assert balance(session, ids["Kees de Vries"]) == 20
    assert page.message_edit.toPlainText() == ""
    assert "80" in page.allowance_label.text()


def test_redeeming_then_approving_and_declining(qtbot, database, monkeypatch) -> None:  # noqa: ANN001
    ids = _office(database)
    kees, maria = ids["Kees de Vries"], ids["Maria Maas"]
    with database.session() as session:
        tag = list_tags(session)[0].id
        give_recognition(session, maria, kees, 50, tag, "Great", at=datetime.now(UTC))
        add_reward(session, "Lunch", 20)
        session.commit()
    view = _view(qtbot, database, kees)
    page = view.catalogue_page
    view.tabs.setCurrentWidget(page)
    page.catalogue_table.selectRow(0)
    with _read_again(qtbot, view):
        qtbot.mouseClick(page.redeem_button, Qt.MouseButton.LeftButton)
    page.catalogue_table.selectRow(0)
    with _read_again(qtbot, view):
        qtbot.mouseClick(page.redeem_button, Qt.MouseButton.LeftButton)
    assert page.mine_model.rowCount() == 2
    assert view.points_page.balance_label.text() == "10 points"

    approvals = view.approvals_page
    view.tabs.setCurrentWidget(approvals)
    approvals.redemptions_table.selectRow(0)
    assert not approvals.approve_button.isEnabled()  # Kees is no manager
    _choose(qtbot, view, maria)
    approvals.redemptions_table.selectRow(0)
    with _read_again(qtbot, view):
        qtbot.mouseClick(approvals.approve_button, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(rewards_view, "confirm", lambda *args: True)
    pending = [
        row for row, r in enumerate(approvals.redemptions_model.rows) if r.status == "pending"
    ]
    approvals.redemptions_table.selectRow(pending[0])
    with _read_again(qtbot, view):
        qtbot.mouseClick(approvals.decline_button, Qt.MouseButton.LeftButton)
    approved = [row for row, r in enumerate(approvals.redemptions_model.rows)]
    approvals.redemptions_table.selectRow(approved[0])
    with _read_again(qtbot, view):
        qtbot.mouseClick(approvals.fulfilled_button, Qt.MouseButton.LeftButton)
    with database.session() as session:
        states = sorted((r.status, r.fulfilled_at is not None) for r in list_redemptions(session))
        assert states == [(RedemptionStatus.APPROVED, True), (RedemptionStatus.DECLINED, False)]
        assert balance(session, kees) == 30
    assert approvals.redemptions_model.rowCount() == 0


@pytest.mark.parametrize("mode", [BoardMode.TEAMS, BoardMode.FULL, BoardMode.OFF])
def test_a_manager_sets_the_leaderboard_mode(qtbot, database, mode: BoardMode) -> None:  # noqa: ANN001
    ids = _office(database)
    with database.session() as session:
        tag = list_tags(session)[0].id
        give_recognition(session, ids["Maria Maas"], ids["Anna Bakker"], 10, tag, "Thanks")
        session.commit()
    view = _view(qtbot, database, ids["Anna Bakker"])
    page = view.leaderboard_page
    view.tabs.setCurrentWidget(page)
    assert [place.name for place in page.board_model.rows][0] == "Anna Bakker"
    assert not page.mode_combo.isEnabled()
    _choose(qtbot, view, ids["Maria Maas"])
    with _read_again(qtbot, view):
        page.mode_combo.setCurrentIndex(page.mode_combo.findData(mode.value))
    with database.session() as session:
        assert get_reward_settings(session).board_mode is mode
    names = [place.name for place in page.board_model.rows]
    if mode is BoardMode.TEAMS:
        assert names == ["Audit", "Payroll"]
    elif mode is BoardMode.FULL:
        assert names == ["Anna Bakker", "Kees de Vries", "Maria Maas"]
    else:
        assert names == [] and not page.board_table.isVisible()
        assert "off" in page.note_label.text()


def test_opting_out_removes_me_from_the_ranking(qtbot, database) -> None:  # noqa: ANN001
    ids = _office(database)
    view = _view(qtbot, database, ids["Kees de Vries"])
    page = view.leaderboard_page
    view.tabs.setCurrentWidget(page)
    assert ids["Kees de Vries"] in [place.staff_id for place in page.board_model.rows]
    with _read_again(qtbot, view):
        page.opt_out_check.click()
    assert page.opt_out_check.isChecked()
    assert ids["Kees de Vries"] not in [place.staff_id for place in page.board_model.rows]
    assert "0 points" in page.note_label.text()


def test_a_manager_edits_a_rule_and_the_allowance(qtbot, database, monkeypatch) -> None:  # noqa: ANN001
    from desktop.core.rewards.rules import list_rules
    from desktop.ui.rewards.rule_dialog import RuleDialog

    ids = _office(database)
    view = _view(qtbot, database, ids["Kees de Vries"])
    page = view.rules_page
    view.tabs.setCurrentWidget(page)
    assert page.rules_model.rowCount() == 4 and not page.edit_button.isEnabled()
    _choose(qtbot, view, ids["Maria Maas"])

    def accept(dialog: RuleDialog) -> int:
        dialog.points_spin.setValue(25)
        dialog.approval_check.setChecked(True)
        return RuleDialog.DialogCode.Accepted

    monkeypatch.setattr(RuleDialog, "exec", accept)
    page.rules_table.selectRow(0)
    with _read_again(qtbot, view):
        qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    page.allowance_spin.setValue(40)
    with _read_again(qtbot, view):
        page.allowance_spin.editingFinished.emit()
    with database.session() as session:
        edited = list_rules(session)[0]
        assert (edited.points, edited.needs_approval) == (25, True)
        assert get_reward_settings(session).monthly_allowance == 40


def test_a_manager_corrects_an_entry_by_a_reversal(qtbot, database, monkeypatch) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QInputDialog

    ids = _office(database)
    maria = ids["Maria Maas"]
    with database.session() as session:
        tag = list_tags(session)[0].id
        give_recognition(session, ids["Anna Bakker"], maria, 10, tag, "By mistake")
        session.commit()
    view = _view(qtbot, database, maria)
    page = view.points_page
    page.entries_table.selectRow(0)
    assert page.correct_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *args: ("Given twice", True))
    with _read_again(qtbot, view):
        qtbot.mouseClick(page.correct_button, Qt.MouseButton.LeftButton)
    assert page.entries_model.rowCount() == 2
    assert page.entries_model.rows[0].reason == "Given twice"
    assert page.balance_label.text() == "0 points"


def test_clients_are_marked_for_an_incentive_and_invoiced(qtbot, database) -> None:  # noqa: ANN001
    from desktop.core.pipelines.moves import move_client
    from tests.core.pipeline_helpers import utc
    from tests.core.rewards.office import make_reward_office

    with database.session() as session:
        office = make_reward_office(session)
        move_client(
            session, office.enrollments["Client 1"], office.stage("Active"), None, at=utc(2)
        )
        session.commit()
    view = _view(qtbot, database, office.manager)
    page = view.incentives_page
    view.tabs.setCurrentWidget(page)
    qtbot.keyClicks(page.incentive_edit, "10% off the annual fee")
    with _read_again(qtbot, view):
        qtbot.mouseClick(page.mark_button, Qt.MouseButton.LeftButton)
    assert [(row.client_name, row.invoiced) for row in page.model.rows] == [("Client 1", False)]
    page.table.selectRow(0)
    with _read_again(qtbot, view):
        qtbot.mouseClick(page.invoiced_button, Qt.MouseButton.LeftButton)
    assert page.model.rows[0].invoiced


def test_a_manager_adds_a_rule_for_a_stage(qtbot, database, monkeypatch) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QInputDialog

    from desktop.core.pipelines.projects import create_project
    from desktop.core.rewards.rules import list_rules
    from desktop.core.rewards.vocab import RuleKind

    ids = _office(database)
    with database.session() as session:
        create_project(session, "Portal")
        session.commit()
    view = _view(qtbot, database, ids["Maria Maas"])
    page = view.rules_page
    view.tabs.setCurrentWidget(page)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args: ("Portal › Invited", True))
    monkeypatch.setattr(QInputDialog, "getInt", lambda *args: (3, True))
    with _read_again(qtbot, view):
        qtbot.mouseClick(page.add_rule_button, Qt.MouseButton.LeftButton)
    with database.session() as session:
        named = [r for r in list_rules(session, RuleKind.STAGE_REACHED) if r.stage_id is not None]
        assert [(rule.stage_name, rule.points) for rule in named] == [("Invited", 3)]
    assert page.rules_model.rowCount() == 5


def test_the_tabs_are_read_off_the_gui_thread_and_show_a_quiet_loading_state(
    qtbot, database, monkeypatch
) -> None:  # noqa: ANN001
    import threading

    from desktop.ui.rewards import reading

    ids = _office(database)
    read_on: list[threading.Thread] = []
    release = threading.Event()
    real_incentives, real_projects = reading.list_incentives, reading.list_projects

    def projects(session):  # noqa: ANN001, ANN202
        read_on.append(threading.current_thread())
        release.wait(WORK_TIMEOUT_MS / 1000)
        return real_projects(session)

    def incentives(session, project_id):  # noqa: ANN001, ANN202
        read_on.append(threading.current_thread())
        return real_incentives(session, project_id)

    monkeypatch.setattr(reading, "list_projects", projects)
    monkeypatch.setattr(reading, "list_incentives", incentives)
    settings.set_current_staff_id(ids["Anna Bakker"])
    view = RewardsView(database)
    qtbot.addWidget(view)
    try:
        view.show()
        qtbot.waitUntil(lambda: bool(read_on), timeout=WORK_TIMEOUT_MS)
        assert view.loading_sign.isVisible() and view.read is None
    finally:
        release.set()
    qtbot.waitUntil(lambda: view.read is not None, timeout=WORK_TIMEOUT_MS)
    workers_idle(qtbot)
    assert not view.loading_sign.isVisible()
    assert view.me_combo.currentText() == "Anna Bakker"
    assert read_on and all(thread is not threading.main_thread() for thread in read_on)


def test_a_view_closed_while_it_reads_gets_nothing_and_logs_nothing(
    qtbot, database, monkeypatch, caplog
) -> None:  # noqa: ANN001
    import sys
    import threading

    from desktop.ui.rewards import reading

    ids = _office(database)
    hooked: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, tb: hooked.append(error))
    started, release = threading.Event(), threading.Event()
    real_tags = reading.list_tags

    def held_tags(session):  # noqa: ANN001, ANN202
        started.set()
        release.wait(WORK_TIMEOUT_MS / 1000)  # until the view is gone
        return real_tags(session)

    shown: list[object] = []
    monkeypatch.setattr(reading, "list_tags", held_tags)
    monkeypatch.setattr(RewardsView, "_show", lambda view, read: shown.append(read))
    settings.set_current_staff_id(ids["Anna Bakker"])
    view = RewardsView(database)
    view.show()
    gone: list[bool] = []
    view.destroyed.connect(lambda: gone.append(True))
    try:
        assert started.wait(WORK_TIMEOUT_MS / 1000)
        view.close()
        view.deleteLater()
        qtbot.waitUntil(lambda: bool(gone), timeout=WORK_TIMEOUT_MS)
    finally:
        release.set()
    workers_idle(qtbot)  # the worker has ended and all it reported has been handled
    assert shown == [] and hooked == []
    assert not [record for record in caplog.records if record.levelname == "ERROR"]
