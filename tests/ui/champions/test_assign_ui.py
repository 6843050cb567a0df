"""Selecting many clients in the list and assigning a champion and a segment at once; undo."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desktop.core.db.tables import clients
from desktop.core.office.segments import list_segments
from desktop.ui.champions.assign_dialog import AssignDialog
from desktop.ui.clients.clients_view import ClientsView
from tests.ui.client_office import make_office
from tests.ui.waiting import workers_idle


def make_view(qtbot, database) -> ClientsView:
    view = ClientsView(database)
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.show()
    workers_idle(qtbot)
    return view


def champions_and_segments(database) -> dict[str, tuple[int | None, int | None]]:
    with database.connect() as connection:
        rows = connection.execute(
            select(clients.c.client_number, clients.c.champion_id, clients.c.segment_id)
        )
        return {number: (champion, segment) for number, champion, segment in rows}


def test_assign_a_champion_and_segment_to_the_selected_clients_and_undo(qtbot, database) -> None:
    ids = make_office(database, extra_clients=300)  # more than one block of rows
    with database.connect() as connection:
        segment = list_segments(connection)[1]
    before = champions_and_segments(database)
    view = make_view(qtbot, database)
    assert not view.assign_button.isEnabled()
    # Rows 0-1 and 250-299: the second range is beyond the rows loaded so far.
    model = view.table.model()
    selection = QItemSelection(model.index(0, 0), model.index(1, model.columnCount() - 1))
    selection.select(model.index(250, 0), model.index(299, model.columnCount() - 1))
    view.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.Select)
    assert view.assign_button.isEnabled()

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AssignDialog)
        assert not dialog.ok_button.isEnabled()  # nothing chosen yet
        dialog.champion_combo.setCurrentIndex(dialog.champion_combo.findData(ids["anna"]))
        dialog.segment_combo.setCurrentIndex(dialog.segment_combo.findData(segment.id))
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, choose)
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(view.assign_button, Qt.MouseButton.LeftButton)
    workers_idle(qtbot)
    after = champions_and_segments(database)
    changed = {number for number in after if after[number] != before[number]}
    assert all(after[number] == (ids["anna"], segment.id) for number in changed)
    assert len([n for n in after if after[n] == (ids["anna"], segment.id)]) == 52
    assert view.undo_assign_button.isVisible()

    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(view.undo_assign_button, Qt.MouseButton.LeftButton)
    workers_idle(qtbot)
    assert champions_and_segments(database) == before
    assert not view.undo_assign_button.isVisible()
