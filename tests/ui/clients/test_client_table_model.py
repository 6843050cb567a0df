"""The windowed client table model, without a view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QSignalSpy

from desktop.core.clients.editing import archive_client
from desktop.core.clients.listing import ArchiveState, ClientFilter
from desktop.ui.clients import client_table_model
from desktop.ui.clients.client_table_model import BLOCK_SIZE, CLIENT_ID_ROLE, ClientTableModel
from tests.ui.client_office import make_office, wait_loaded
from tests.ui.waiting import workers_idle


def column_values(model: ClientTableModel, sort_key: str) -> list[str]:
    column = model.column_of(sort_key)
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_shows_active_clients_by_name(qtbot, database) -> None:
    make_office(database)
    model = ClientTableModel(database)
    model.reload()
    wait_loaded(qtbot, model)
    assert model.rowCount() == 5
    assert column_values(model, "name") == [
        "Autobedrijf De Wit",
        "Bakkerij Jansen",
        "Melkveebedrijf Mulder",
        "Stichting Het Anker",
        "Zeeman Bouw B.V.",
    ]
    assert column_values(model, "client_type")[0] == "BV"
    assert column_values(model, "champion")[:3] == ["Anna Bakker", "Anna Bakker", ""]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:3] == ["Number", "Name", "Type"]
    assert model.index(0, 0).data(CLIENT_ID_ROLE) == model.row_at(0).id


def test_rows_are_fetched_in_blocks_on_demand(qtbot, database, monkeypatch) -> None:
    make_office(database, extra_clients=2 * BLOCK_SIZE + 50)
    calls: list[int] = []
    real = client_table_model.list_clients

    def counting(session, client_filter, **kwargs):
        calls.append(kwargs["offset"])
        return real(session, client_filter, **kwargs)

    monkeypatch.setattr(client_table_model, "list_clients", counting)
    model = ClientTableModel(database)
    model.reload()
    wait_loaded(qtbot, model)
    assert model.rowCount() == 2 * BLOCK_SIZE + 55
    assert calls == []  # the first block came with the count
    last = model.index(model.rowCount() - 1, model.column_of("client_number"))
    assert last.data() is None  # being fetched in the background
    assert model.index(last.row(), model.column_of("name")).data() == "…"
    with qtbot.waitSignal(model.dataChanged) as changed:
        pass
    first_changed, last_changed = changed.args[:2]
    assert (first_changed.row(), last_changed.row()) == (2 * BLOCK_SIZE, last.row())
    assert last.data() == "K003"  # Zeeman, last by name
    assert calls == [2 * BLOCK_SIZE]
    model.index(last.row() - 1, 0).data()
    model.index(3, 0).data()
    assert calls == [2 * BLOCK_SIZE]  # both blocks were cached
    assert model.row_at(model.rowCount()) is None


def test_blocks_scrolled_past_are_not_fetched(qtbot, database, monkeypatch) -> None:
    make_office(database, extra_clients=7 * BLOCK_SIZE)
    model = ClientTableModel(database)
    model.reload()
    wait_loaded(qtbot, model)
    offsets: list[int] = []
    real = client_table_model.list_clients

    def recording(session, client_filter, **kwargs):
        offsets.append(kwargs["offset"])
        return real(session, client_filter, **kwargs)

    monkeypatch.setattr(client_table_model, "list_clients", recording)
    for block in range(1, 7):  # a fast drag of the scroll bar
        assert model.row_at(block * BLOCK_SIZE) is None
    qtbot.waitUntil(lambda: len(offsets) == 5 and model.row_at(3 * BLOCK_SIZE) is not None)
    # The first wish was already under way; then the latest four, newest first.
    assert offsets == [b * BLOCK_SIZE for b in (1, 6, 5, 4, 3)]
    workers_idle(qtbot)
    assert len(offsets) == 5


def test_sort_requeries_both_ways(qtbot, database) -> None:
    make_office(database)
    model = ClientTableModel(database)
    model.reload()
    wait_loaded(qtbot, model)
    city = model.column_of("city")
    model.sort(city, Qt.SortOrder.AscendingOrder)
    wait_loaded(qtbot, model)
    assert column_values(model, "city") == [
        "Amersfoort",
        "Amersfoort",
        "Utrecht",
        "Zwolle",
        "Zwolle",
    ]
    # Ties are broken on id, so the two Amersfoort clients keep their creation order.
    assert column_values(model, "client_number")[:2] == ["K001", "K004"]
    model.sort(city, Qt.SortOrder.DescendingOrder)
    wait_loaded(qtbot, model)
    assert column_values(model, "client_number") == ["K005", "K002", "K003", "K004", "K001"]


def test_only_the_latest_query_is_shown(qtbot, database) -> None:
    make_office(database)
    model = ClientTableModel(database)
    with qtbot.waitSignal(model.reloaded) as loaded:
        model.set_filter(ClientFilter(search="a"))
        model.set_filter(ClientFilter(search="am"))
        model.set_filter(ClientFilter(search="amersfoort"))
    assert loaded.args == [2]
    workers_idle(qtbot)  # the answers to "a" and "am" have landed too
    assert model.rowCount() == 2 and not model.loading


def test_a_short_search_shows_rows_before_it_counts_them(qtbot, database, monkeypatch) -> None:
    make_office(database)
    monkeypatch.setattr(client_table_model, "BLOCK_SIZE", 2)
    model = ClientTableModel(database)
    with qtbot.waitSignal(model.reloaded) as loaded:
        model.set_filter(ClientFilter(search="b"))
    # One character has no trigram: its count is a scan of every client, so it comes later.
    assert loaded.args == [2] and model.rowCount() == 2 and model.counting
    with qtbot.waitSignal(model.counted) as counted:
        pass
    # Bakkerij, Melkveebedrijf, Zeeman Bouw, Autobedrijf
    assert counted.args == [4] and model.rowCount() == 4 and not model.counting
    with qtbot.waitSignal(model.reloaded) as loaded:
        model.set_filter(ClientFilter(search="bakkerij"))
    assert loaded.args == [1] and not model.counting


def test_the_first_rows_show_before_they_are_counted(qtbot, database, monkeypatch) -> None:
    ids = make_office(database)
    monkeypatch.setattr(client_table_model, "BLOCK_SIZE", 2)
    model = ClientTableModel(database)
    with qtbot.waitSignal(model.reloaded) as loaded:
        model.reload()
    assert loaded.args == [2] and model.counting  # the count of every client comes later
    with qtbot.waitSignal(model.counted) as counted:
        pass
    assert counted.args == [5] and model.rowCount() == 5
    with database.session() as session:
        archive_client(session, ids["K001"])
        session.commit()
    # The list on screen, reloaded after a change, comes with its count: its length (and the
    # scroll position) holds.
    with qtbot.waitSignal(model.reloaded) as loaded:
        model.reload()
    assert loaded.args == [4] and not model.counting


def test_set_filter_resets_and_reports_count(qtbot, database) -> None:
    ids = make_office(database)
    model = ClientTableModel(database)
    model.reload()
    wait_loaded(qtbot, model)
    spy = QSignalSpy(model.modelReset)
    model.set_filter(ClientFilter(search="zwolle"))
    assert model.rowCount() == 5  # the old rows stay until the new ones are in
    wait_loaded(qtbot, model)
    assert spy.count() == 1
    assert column_values(model, "client_number") == ["K005", "K002"]
    model.set_filter(ClientFilter(search="zwolle"))  # unchanged: no new query, no reset
    assert not model.loading and spy.count() == 1
    with database.session() as session:
        archive_client(session, ids["K001"])
        session.commit()
    model.set_filter(ClientFilter(archived=ArchiveState.ALL))
    wait_loaded(qtbot, model)
    row = model.row_of_client(ids["K001"])
    assert row is not None
    assert model.index(row, 0).data(Qt.ItemDataRole.FontRole).italic()
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole) is None
