"""One change signal: an edit in one area shows in every other area without restarting."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox

from desktop.core.clients.editing import ClientData, create_client
from desktop.core.staff.editing import StaffData, create_staff
from desktop.ui.board.board_view import BoardView
from desktop.ui.clients.client_dialog import ClientDialog
from desktop.ui.clients.clients_view import ClientsView
from desktop.ui.common.changes import Changes
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.staff.staff_view import StaffView
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
    return window


def show_board(qtbot, window: MainWindow) -> BoardView:
    board = window.area("board")
    assert isinstance(board, BoardView)
    if window.stack.currentWidget() is board:
        return board
    with qtbot.waitSignal(board.board_loaded, timeout=WAIT_MS):
        window.show_area("board")
    return board


def texts(combo: QComboBox) -> list[str]:
    return [combo.itemText(row) for row in range(combo.count())]


def client_names(view: ClientsView) -> list[str]:
    return [view.model.row_at(row).name for row in range(view.model.rowCount())]


def board_card_names(board: BoardView) -> list[str]:
    return [card.client_name for column in board.columns.values() for card in column.model.cards()]


def test_a_champion_marked_in_staff_shows_in_the_clients_and_board_filters(
    qtbot, window, database
) -> None:
    with database.session() as session:
        kees = create_staff(session, StaffData(name="Kees Smit", initials="KS"))
        session.commit()
    window.show_area("clients")
    clients = window.area("clients")
    assert isinstance(clients, ClientsView)
    board = show_board(qtbot, window)
    assert "Kees Smit (KS)" not in texts(clients.champion_combo)
    assert not any("Kees Smit" in text for text in texts(board.filter_bar.champion_combo))

    window.show_area("staff")
    staff = window.area("staff")
    assert isinstance(staff, StaffView)
    staff.select_staff(kees)
    staff.champion_button.click()

    window.show_area("clients")
    assert "Kees Smit (KS)" in texts(clients.champion_combo)
    show_board(qtbot, window)
    assert any("Kees Smit" in text for text in texts(board.filter_bar.champion_combo))


def test_a_client_renamed_in_clients_shows_on_the_board(qtbot, window, office, monkeypatch) -> None:
    board = show_board(qtbot, window)
    assert "Alfa Bouw BV" in board_card_names(board)
    window.show_area("clients")
    clients = window.area("clients")
    assert isinstance(clients, ClientsView)
    workers_idle(qtbot)
    clients.select_client(clients.model.row_at(client_names(clients).index("Alfa Bouw BV")).id)

    def rename(dialog: ClientDialog) -> int:
        dialog.name_edit.setText("Alfa Bouw en Infra BV")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ClientDialog, "exec", rename)
    clients.edit_client()
    assert board.is_stale()  # told, and waiting to be shown

    show_board(qtbot, window)
    assert "Alfa Bouw en Infra BV" in board_card_names(board)
    assert "Alfa Bouw BV" not in board_card_names(board)


def test_an_import_reloads_every_view(qtbot, window, database, office) -> None:
    views = {key: window.area(key) for key in ("clients", "staff", "projects")}
    show_board(qtbot, window)
    window.show_area("clients")
    with database.session() as session:  # what an import writes
        create_client(session, ClientData(client_number="K900", name="Zeeman Import BV"))
        create_staff(session, StaffData(name="Ilse Import", initials="II", is_champion=True))
        session.commit()

    wizard = window.file_commands.open_import_wizard()
    with qtbot.waitSignal(window.changes_applied, timeout=WAIT_MS) as applied:
        wizard.clients_imported.emit()
    wizard.close()
    assert applied.args == [Changes.ALL]

    clients = views["clients"]
    assert isinstance(clients, ClientsView)
    workers_idle(qtbot)
    assert "Zeeman Import BV" in client_names(clients)
    assert "Ilse Import (II)" in texts(clients.champion_combo)
    for key in ("staff", "projects", "board"):
        assert window.area(key).is_stale(), key
    window.show_area("staff")
    staff = views["staff"]
    assert isinstance(staff, StaffView)
    assert "Ilse Import" in [row.name for row in staff.model.rows]
    board = show_board(qtbot, window)
    assert "Zeeman Import BV" not in board_card_names(board)  # not enrolled: not on the board
    assert any("Ilse Import" in text for text in texts(board.filter_bar.champion_combo))


def test_a_hidden_view_reloads_when_shown_not_before(qtbot, window, database, office) -> None:
    window.show_area("staff")
    staff = window.area("staff")
    assert isinstance(staff, StaffView)
    window.show_area("clients")
    reloads: list[int] = []
    original = staff.model.reload
    staff.model.reload = lambda: (reloads.append(1), original())[-1]  # type: ignore[method-assign]
    with database.session() as session:
        create_client(
            session, ClientData(client_number="K901", name="Nieuw BV", champion_id=office.anna)
        )
        session.commit()

    window.apply_changes(Changes.CLIENTS)  # e.g. a client was added in Clients
    window.apply_changes(Changes.CLIENTS)
    assert reloads == [] and staff.is_stale()
    anna_before = next(row for row in staff.model.rows if row.id == office.anna).client_count

    window.show_area("staff")
    assert reloads == [1] and not staff.is_stale()
    anna = next(row for row in staff.model.rows if row.id == office.anna)
    assert anna.client_count == anna_before + 1


def test_a_change_a_view_does_not_show_leaves_it_alone(qtbot, window) -> None:
    window.show_area("staff")
    staff = window.area("staff")
    window.show_area("clients")
    assert not staff.is_stale()
    window.apply_changes(Changes.PIPELINE)  # a move on the board: no staff column shows it
    assert not staff.is_stale()
