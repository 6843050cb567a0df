"""The Dashboard area: first in the sidebar, its sentence and figures, the change signal, and the
click-through: a champion and the stalled count to the filtered board, a stage bar and the
overdue next actions to the client list holding the clients they count."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt

from desktop.core.common.vocab import UNASSIGNED
from desktop.core.pipelines.moves import move_client
from desktop.core.pipelines.next_actions import set_next_action
from desktop.ui.board.board_view import BoardView
from desktop.ui.clients.clients_view import ClientsView
from desktop.ui.common.changes import Changes
from desktop.ui.dashboard.champion_model import ChampionModel, relative_text
from desktop.ui.dashboard.dashboard_view import DashboardView
from desktop.ui.shell.main_window import MainWindow
from tests.board_office import Office, make_office
from tests.ui.waiting import workers_idle

WAIT_MS = 10_000


@pytest.fixture
def office(database) -> Office:
    return make_office(database)


@pytest.fixture
def window(qtbot, database, office) -> MainWindow:
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    workers_idle(qtbot)
    return window


def dashboard(window: MainWindow) -> DashboardView:
    view = window.area("dashboard")
    assert isinstance(view, DashboardView)
    return view


def test_the_dashboard_is_the_first_area_and_says_where_the_project_stands(qtbot, window):
    assert window.sidebar.item(0).text() == "Dashboard"
    assert window.current_area() == "dashboard"
    view = dashboard(window)
    assert view.headline_label.text() == (
        "0% of the enrolled clients are Active; the project has no goal yet."
    )
    assert view.project_page.active_tile.value.text() == "0%"
    assert "0 of 6 enrolled clients" in view.project_page.active_tile.detail.text()
    assert view.project_page.stalled_tile.value.text() == "4"  # four clients have no next action
    names = [
        view.project_page.champion_model.rows[r].name
        for r in range(view.project_page.champion_model.rowCount())
    ]
    assert names == ["Anna de Vries", "Bram Jansen", ""]  # by name, no ranking; then "none"
    index = view.project_page.champion_model.index(2, ChampionModel.NAME)
    assert view.project_page.champion_model.data(index) == "No champion"
    assert not view.project_page.readiness_table.isVisible()  # no assessment rounds yet


def test_a_move_elsewhere_shows_on_the_dashboard(qtbot, window, database, office):
    view = dashboard(window)
    with database.session() as session:
        move_client(session, office.enrollments["Alfa Bouw BV"], office.stage("Active").id, None)
        session.commit()
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        window.apply_changes(Changes.PIPELINE)
    assert view.project_page.active_tile.value.text() == "17%"  # 1 of 6
    assert view.headline_label.text().startswith("17% of the enrolled clients are Active")
    assert view.project_page.moves_tile.value.text() == "1"


def open_board(qtbot, window: MainWindow, action) -> BoardView:  # noqa: ANN001
    board = window.area("board")
    assert isinstance(board, BoardView)
    with qtbot.waitSignal(board.board_loaded, timeout=WAIT_MS):
        action()
    assert window.current_area() == "board"
    return board


def board_names(board: BoardView) -> list[str]:
    return sorted(c.client_name for col in board.columns.values() for c in col.model.cards())


def test_a_champion_opens_the_board_with_only_their_clients(qtbot, window, office):
    view = dashboard(window)
    row = next(
        r
        for r, c in enumerate(view.project_page.champion_model.rows)
        if c.champion_id == office.bram
    )
    board = open_board(
        qtbot,
        window,
        lambda: view.project_page.champion_table.activated.emit(
            view.project_page.champion_model.index(row, 0)
        ),
    )
    assert board.filter_bar.champion_id() == office.bram
    assert not board.filter_bar.stalled_only()
    assert board_names(board) == ["Cafe Centraal", "Delta Zorg"]
    window.show_area("dashboard")
    unassigned = next(
        r
        for r, c in enumerate(view.project_page.champion_model.rows)
        if c.champion_id is UNASSIGNED
    )
    board = open_board(
        qtbot,
        window,
        lambda: view.project_page.champion_table.activated.emit(
            view.project_page.champion_model.index(unassigned, 0)
        ),
    )
    assert board_names(board) == ["Echo Advies"]


def test_the_stalled_count_opens_the_board_of_the_stalled_clients(qtbot, window, office):
    view = dashboard(window)
    board = open_board(qtbot, window, view.project_page.stalled_tile.value.click)
    assert board.filter_bar.stalled_only() and board.filter_bar.champion_id() is None
    assert board_names(board) == ["Cafe Centraal", "Delta Zorg", "Echo Advies", "Fokker Akkerbouw"]


def test_a_stage_bar_lists_the_clients_it_counts(qtbot, window, database, office):
    with database.session() as session:  # one straight to Active, past Informed; one in Informed
        move_client(session, office.enrollments["Alfa Bouw BV"], office.stage("Active").id, None)
        move_client(session, office.enrollments["Bakkerij Bol"], office.stage("Informed").id, None)
        session.commit()
    view = dashboard(window)
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        window.apply_changes(Changes.PIPELINE)
    page = view.project_page
    informed = office.stage("Informed").id
    index = page.funnel.stage_ids.index(informed)
    assert page.funnel.bars[index].value == 2
    y = int(6 + index * 24 + 9)  # the middle of that bar (see FunnelChart's geometry)
    assert page.funnel.stage_at(y) == informed
    clients = window.area("clients")
    assert isinstance(clients, ClientsView)
    with qtbot.waitSignal(view.clients_requested, timeout=WAIT_MS):
        qtbot.mouseClick(page.funnel, Qt.MouseButton.LeftButton, pos=QPoint(200, y))
    assert window.current_area() == "clients"
    qtbot.waitUntil(lambda: not clients.model.counting and clients.model.rowCount() == 2)
    names = sorted(clients.model.row_at(r).name for r in range(clients.model.rowCount()))  # type: ignore[union-attr]
    assert names == ["Alfa Bouw BV", "Bakkerij Bol"]  # the bar's 2, not the 1 in it now
    chip = clients.filter_bar.pinned_button
    assert chip.isVisible() and chip.text().startswith("Reached: Informed")
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)  # removed like any other filter
    assert not chip.isVisible()
    qtbot.waitUntil(lambda: not clients.model.counting and clients.model.rowCount() == 6)


def test_relative_results_are_points_against_the_project():
    assert relative_text(0.7, 0.59) == "+11"
    assert relative_text(0.5, 0.59) == "−9"
    assert relative_text(0.5, 0.5) == "±0"
    assert relative_text(None, 0.5) == "–"


def test_all_projects_side_by_side_and_a_project_opens_its_dashboard(
    qtbot, window, database, office
):
    from desktop.core.pipelines.projects import create_project

    with database.session() as session:
        create_project(session, "Digitaal archief", goal_percent=50)
        session.commit()
    view = dashboard(window)
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        window.apply_changes(Changes.PIPELINE)
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        view.show_project(None)
    assert view.projects_model.rowCount() == 2
    assert view.headline_label.text() == "On track or at their goal: 0 of 2 projects."
    names = [row.project_name for row in view.projects_model.rows]
    assert names == ["Client portal", "Digitaal archief"]
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        view.projects_table.activated.emit(view.projects_model.index(1, 0))
    assert view.headline_label.text() == "No clients are enrolled in Digitaal archief yet."


def test_the_overdue_next_actions_list_their_clients(qtbot, window, database, office):
    late = date.today() - timedelta(days=2)
    with database.session() as session:
        set_next_action(session, office.enrollments["Alfa Bouw BV"], "Call", late)
        set_next_action(session, office.enrollments["Cafe Centraal"], "Mail", late)
        session.commit()
    view = dashboard(window)
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        window.apply_changes(Changes.PIPELINE)
    page = view.project_page
    assert "2 overdue next actions" in page.stalled_tile.detail.text()
    clients = window.area("clients")
    assert isinstance(clients, ClientsView)
    page.stalled_tile.detail.linkActivated.emit("overdue")
    assert window.current_area() == "clients"
    qtbot.waitUntil(lambda: not clients.model.counting and clients.model.rowCount() == 2)
    assert clients.filter_bar.pinned_button.text().startswith("Overdue: Client portal")
    window.show_area("dashboard")
    row = next(r for r, c in enumerate(page.champion_model.rows) if c.champion_id == office.bram)
    page.champion_table.activated.emit(page.champion_model.index(row, ChampionModel.OVERDUE))
    assert window.current_area() == "clients"
    qtbot.waitUntil(lambda: not clients.model.counting and clients.model.rowCount() == 1)
    assert clients.model.row_at(0).name == "Cafe Centraal"  # type: ignore[union-attr]
    assert clients.filter_bar.champion_combo.currentData() == office.bram
