"""The board as a user drives it: drops, the reason dialog, bulk moves, undo, filters, identity."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt
from sqlalchemy import select

from desktop.core.common.vocab import UNASSIGNED
from desktop.core.db.models import Enrollment, StageTransition
from desktop.core.pipelines.moves import move_client
from desktop.ui.board import identity, move_dialogs, moves
from desktop.ui.board.board_view import BoardView
from desktop.ui.board.move_dialogs import MoveRequest
from desktop.ui.shell import settings
from tests.board_office import CLIENTS, Office, make_office


@pytest.fixture(autouse=True)
def _nobody_remembered() -> Iterator[None]:
    settings.set_current_staff_id(None)
    yield
    settings.set_current_staff_id(None)


@pytest.fixture
def office(database) -> Office:
    return make_office(database)


def names(view: BoardView, stage_id: int) -> list[str]:
    return [card.client_name for card in view.columns[stage_id].model.cards()]


def stage_of(database, enrollment_id: int) -> int:
    with database.session() as session:
        return session.get(Enrollment, enrollment_id).stage_id


def transitions(database, enrollment_id: int) -> list[StageTransition]:
    with database.session() as session:
        return list(
            session.scalars(
                select(StageTransition)
                .where(StageTransition.enrollment_id == enrollment_id)
                .order_by(StageTransition.id)
            )
        )


def drop(view: BoardView, names_to_drag: list[str], from_stage: int, to_stage: int) -> bool:
    """What a drag from one column onto another does: the source's MIME data, the target's drop."""
    source = view.columns[from_stage].model
    rows = [names(view, from_stage).index(name) for name in names_to_drag]
    data = source.mimeData([source.index(row) for row in rows])
    target = view.columns[to_stage].model
    return target.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())


def test_one_column_per_stage_with_counts(board, office) -> None:
    first = office.stages[0].id
    assert list(board.columns) == [stage.id for stage in office.stages]
    assert board.columns[first].count_label.text() == "6"
    assert names(board, first) == [name for name, *_ in CLIENTS]
    assert board.columns[office.stages[1].id].count_label.text() == "0"
    assert "6 clients" in board.summary_label.text()


def test_drop_moves_the_client_and_records_who_did_it(qtbot, board, database, office) -> None:
    settings.set_current_staff_id(office.anna)
    first, informed = office.stages[0].id, office.stage("Informed").id

    assert drop(board, ["Cafe Centraal"], first, informed)

    qtbot.waitUntil(lambda: names(board, informed) == ["Cafe Centraal"])
    assert "Cafe Centraal" not in names(board, first)
    assert board.columns[first].count_label.text() == "5"
    assert board.columns[informed].count_label.text() == "1"
    enrollment = office.enrollments["Cafe Centraal"]
    assert stage_of(database, enrollment) == informed
    last = transitions(database, enrollment)[-1]
    assert (last.from_stage_id, last.to_stage_id, last.by_staff_id) == (
        first,
        informed,
        office.anna,
    )


def test_drop_on_own_column_is_refused(board, office) -> None:
    first = office.stages[0].id
    assert not drop(board, ["Alfa Bouw BV"], first, first)


def test_identity_is_asked_once_and_remembered(qtbot, board, database, office, monkeypatch) -> None:
    asked: list[int] = []

    def answer(_parent, staff, _current):
        asked.append(len(staff))
        return office.bram

    monkeypatch.setattr(identity, "ask_identity", answer)
    first, informed, invited = (office.stages[i].id for i in range(3))
    assert board.identity_button.text() == "Who are you?"

    drop(board, ["Alfa Bouw BV"], first, informed)
    qtbot.waitUntil(lambda: "Alfa Bouw BV" in names(board, informed))
    drop(board, ["Alfa Bouw BV"], informed, invited)
    qtbot.waitUntil(lambda: "Alfa Bouw BV" in names(board, invited))

    assert asked == [2]
    assert settings.current_staff_id() == office.bram
    moves = transitions(database, office.enrollments["Alfa Bouw BV"])[1:]
    assert [t.by_staff_id for t in moves] == [office.bram, office.bram]


def test_cancelling_the_identity_question_cancels_the_move(
    qtbot, board, database, office, monkeypatch
) -> None:
    monkeypatch.setattr(identity, "ask_identity", lambda *_args: None)
    first, informed = office.stages[0].id, office.stages[1].id
    board.columns[first].select_rows([0])
    board.move_selected_by(1)
    assert stage_of(database, office.enrollments["Alfa Bouw BV"]) == first
    assert names(board, informed) == []


def test_lost_stage_asks_a_reason_and_cancel_changes_nothing(
    qtbot, board, database, office, monkeypatch
) -> None:
    settings.set_current_staff_id(office.anna)
    first, declined = office.stages[0].id, office.stage("Declined").id
    asked: list[tuple[str, int]] = []

    def cancel(_parent, stage, count):
        asked.append((stage.name, count))
        return None

    monkeypatch.setattr(move_dialogs, "ask_reason", cancel)
    drop(board, ["Delta Zorg"], first, declined)
    qtbot.waitUntil(lambda: asked == [("Declined", 1)])  # the move ended with the answer
    enrollment = office.enrollments["Delta Zorg"]
    assert stage_of(database, enrollment) == first
    assert len(transitions(database, enrollment)) == 1  # only the enrollment
    assert "Delta Zorg" in names(board, first)

    monkeypatch.setattr(move_dialogs, "ask_reason", lambda *_a: ("Prefers paper", "Asked twice"))
    drop(board, ["Delta Zorg"], first, declined)
    qtbot.waitUntil(lambda: names(board, declined) == ["Delta Zorg"])
    last = transitions(database, enrollment)[-1]
    assert (last.to_stage_id, last.reason, last.note) == (declined, "Prefers paper", "Asked twice")


def test_bulk_move_with_move_to(qtbot, board, database, office, monkeypatch) -> None:
    settings.set_current_staff_id(office.anna)
    first, invited = office.stages[0].id, office.stage("Invited").id
    offered: list[int] = []

    def choose(_parent, stages, current, count):
        offered.append(count)
        assert current == first and len(stages) == len(office.stages)
        return MoveRequest(invited, note="Mailing of March")

    monkeypatch.setattr(move_dialogs, "ask_move", choose)
    column = board.columns[first]
    column.select_rows([0, 1, 2])
    column.list_view.setFocus()
    qtbot.keyClick(column.list_view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)

    assert offered == [3]
    assert names(board, invited) == ["Alfa Bouw BV", "Bakkerij Bol", "Cafe Centraal"]
    assert board.columns[invited].selected_cards()[0].client_name == "Alfa Bouw BV"
    moved = [transitions(database, office.enrollments[n])[-1] for n in names(board, invited)]
    assert {(t.to_stage_id, t.note, t.at) for t in moved} == {
        (invited, "Mailing of March", moved[0].at)
    }


def test_keyboard_moves_to_next_and_previous_stage(qtbot, board, database, office) -> None:
    settings.set_current_staff_id(office.anna)
    first, informed = office.stages[0].id, office.stages[1].id
    column = board.columns[first]
    column.select_rows([names(board, first).index("Echo Advies")])
    column.list_view.setFocus()

    qtbot.keyClick(column.list_view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert names(board, informed) == ["Echo Advies"]
    target = board.columns[informed].list_view
    assert target.hasFocus()  # the focus follows the card, so the next Ctrl+Right moves it on
    qtbot.keyClick(target, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert "Echo Advies" in names(board, first)
    assert stage_of(database, office.enrollments["Echo Advies"]) == first


def test_undo_takes_back_the_last_move_and_keeps_history(qtbot, board, database, office) -> None:
    settings.set_current_staff_id(office.anna)
    first, informed = office.stages[0].id, office.stages[1].id
    drop(board, ["Alfa Bouw BV", "Bakkerij Bol"], first, informed)
    qtbot.waitUntil(lambda: len(names(board, informed)) == 2)
    assert board.undo_action.isEnabled()

    board.columns[informed].list_view.setFocus()
    qtbot.keyClick(
        board.columns[informed].list_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
    )

    assert names(board, informed) == []
    assert names(board, first)[:2] == ["Alfa Bouw BV", "Bakkerij Bol"]
    assert not board.undo_action.isEnabled()
    history = transitions(database, office.enrollments["Alfa Bouw BV"])
    assert [(t.from_stage_id, t.to_stage_id) for t in history] == [
        (None, first),
        (first, informed),
        (informed, first),
    ]
    assert history[-1].reverts_id == history[1].id
    assert stage_of(database, office.enrollments["Bakkerij Bol"]) == first


def test_a_card_moved_at_another_pc_is_refused_and_shown_where_it_is(
    qtbot, board, database, office, monkeypatch
) -> None:
    settings.set_current_staff_id(office.anna)
    first, informed, invited = (office.stages[i].id for i in range(3))
    enrollment = office.enrollments["Cafe Centraal"]
    with database.session() as other:  # Bram moves it on while Anna's board shows it unmoved
        move_client(other, enrollment, invited, office.bram)
        other.commit()
    shown: list[str] = []
    monkeypatch.setattr(moves, "show_error", lambda _parent, error: shown.append(str(error)))

    with qtbot.waitSignal(board.board_loaded, timeout=5000):  # the refusal reads afresh
        drop(board, ["Cafe Centraal"], first, informed)

    [message] = shown
    assert message.startswith("Cafe Centraal was moved to 'Invited' by Bram Jansen at ")
    assert message.endswith(" meanwhile; your move was not saved.")
    assert names(board, invited) == ["Cafe Centraal"]
    assert "Cafe Centraal" not in names(board, first) + names(board, informed)
    assert stage_of(database, enrollment) == invited
    assert len(transitions(database, enrollment)) == 2  # enrolled, Bram's move
    assert not board.undo_action.isEnabled()


def test_filters_reduce_the_cards(qtbot, board, office) -> None:
    first = office.stages[0].id
    bar = board.filter_bar
    with qtbot.waitSignal(board.board_loaded, timeout=5000):
        bar.champion_combo.setCurrentIndex(bar.champion_combo.findData(office.anna))
    assert names(board, first) == ["Alfa Bouw BV", "Bakkerij Bol", "Fokker Akkerbouw"]
    with qtbot.waitSignal(board.board_loaded, timeout=5000):
        bar.stalled_check.setChecked(True)  # Fokker has no next action: stalled
    assert names(board, first) == ["Fokker Akkerbouw"]
    with qtbot.waitSignal(board.board_loaded, timeout=5000):
        bar.stalled_check.setChecked(False)
    with qtbot.waitSignal(board.board_loaded, timeout=5000):
        qtbot.keyClicks(bar.search_edit, "bol")  # debounced: one reload after typing
    assert names(board, first) == ["Bakkerij Bol"]
    assert board.columns[first].count_label.text() == "1"


def test_my_clients_asks_who_you_are_and_filters(qtbot, board, office, monkeypatch) -> None:
    monkeypatch.setattr(identity, "ask_identity", lambda *_args: office.bram)
    first = office.stages[0].id
    with qtbot.waitSignal(board.board_loaded, timeout=5000):
        board.filter_bar.my_clients_button.click()
    assert names(board, first) == ["Cafe Centraal", "Delta Zorg"]
    assert board.identity_button.text() == "Working as Bram Jansen"


def test_enter_opens_the_client_detail(qtbot, board, office, monkeypatch) -> None:
    from desktop.ui.clients import client_detail_dialog

    opened: list[tuple[int, int | None]] = []

    def fake_exec(dialog) -> int:
        opened.append((dialog.client_id, office.project_id))
        return 0

    monkeypatch.setattr(client_detail_dialog.ClientDetailDialog, "exec", fake_exec)
    column = board.columns[office.stages[0].id]
    column.list_view.setFocus()
    column.list_view.setCurrentIndex(column.model.index(2))
    qtbot.keyClick(column.list_view, Qt.Key.Key_Return)
    assert opened == [(column.model.card(2).client_id, office.project_id)]


def test_edits_in_the_client_detail_show_on_the_card(qtbot, board, database, office) -> None:
    from desktop.core.pipelines.next_actions import set_next_action

    first = office.stages[0].id
    card = board.columns[first].model.card(names(board, first).index("Echo Advies"))
    assert card.next_action is None and card.stalled
    with database.session() as session:
        set_next_action(session, card.enrollment_id, "Send the invitation", None)
        session.commit()
    board.card_actions.reload_card(card)  # what the detail dialog's client_changed triggers
    fresh = board.columns[first].model.card(names(board, first).index("Echo Advies"))
    assert fresh.next_action == "Send the invitation" and not fresh.stalled
    assert board.columns[first].count_label.text() == "6"


def test_coming_back_to_the_board_shows_changes_made_elsewhere(
    qtbot, board, database, office
) -> None:
    from desktop.core.pipelines.moves import move_clients

    first, invited = office.stages[0].id, office.stage("Invited").id
    board.hide()
    with database.session() as session:
        move_clients(session, [office.enrollments["Echo Advies"]], invited, office.bram)
        session.commit()
    with qtbot.waitSignal(board.board_loaded, timeout=5000):
        board.show()
    assert names(board, invited) == ["Echo Advies"]
    assert "Echo Advies" not in names(board, first)


def test_long_columns_load_further_pages_as_they_scroll(
    qtbot, database, office, monkeypatch
) -> None:
    from desktop.ui.board import loading

    monkeypatch.setattr(loading, "PAGE_SIZE", 4)
    view = BoardView(database)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.board_loaded, timeout=5000):
        view.show()
    model = view.columns[office.stages[0].id].model
    assert (model.rowCount(), model.total) == (4, 6)
    assert view.columns[office.stages[0].id].count_label.text() == "6"
    model.fetchMore(QModelIndex())  # what the list view does when scrolled to the end
    qtbot.waitUntil(lambda: model.rowCount() == 6)
    assert [card.client_name for card in model.cards()] == [name for name, *_ in CLIENTS]
    assert not model.canFetchMore(QModelIndex())


def test_identity_button_follows_the_name_chosen_for_a_move(
    qtbot, board, office, monkeypatch
) -> None:
    monkeypatch.setattr(identity, "ask_identity", lambda _parent, _staff, _current: office.anna)
    first, informed = office.stages[0].id, office.stages[1].id
    assert board.identity_button.text() == "Who are you?"
    drop(board, ["Alfa Bouw BV"], first, informed)
    qtbot.waitUntil(lambda: "Alfa Bouw BV" in names(board, informed))
    assert board.identity_button.text() == "Working as Anna de Vries"


def test_the_no_champion_filter_shows_clients_without_one(qtbot, board, office) -> None:
    combo = board.filter_bar.champion_combo
    with qtbot.waitSignal(board.board_loaded, timeout=5000):
        combo.setCurrentIndex(combo.findData(UNASSIGNED))
    assert board.current_filters().champion_id is UNASSIGNED
    assert names(board, office.stages[0].id) == ["Echo Advies"]
    with qtbot.waitSignal(board.board_loaded, timeout=5000):
        combo.setCurrentIndex(0)  # "All champions": None, any champion or none
    assert board.current_filters().champion_id is None
    assert len(names(board, office.stages[0].id)) == len(CLIENTS)


def test_a_new_search_starts_at_the_top_left(qtbot, board) -> None:
    board.resize(420, 260)  # narrower than the columns and lower than a full column
    area = board.columns_area
    horizontal = area.horizontalScrollBar()
    qtbot.waitUntil(lambda: horizontal.maximum() > 0)
    horizontal.setValue(horizontal.maximum())
    lists = [column.list_view.verticalScrollBar() for column in board.columns.values()]
    for bar in lists:
        bar.setValue(bar.maximum())
    assert horizontal.value() > 0
    with qtbot.waitSignal(board.board_loaded, timeout=5000):
        qtbot.keyClicks(board.filter_bar.search_edit, "a")
    assert horizontal.value() == horizontal.minimum()
    assert area.verticalScrollBar().value() == area.verticalScrollBar().minimum()
    assert all(bar.value() == bar.minimum() for bar in lists)
