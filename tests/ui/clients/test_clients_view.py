"""The Clients view as a user drives it: search, filters, sorting, add, validation, archive."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core.clients.editing import get_client
from desktop.core.clients.listing import ArchiveState
from desktop.core.common.vocab import UNASSIGNED, ClientType
from desktop.ui.clients import client_dialog as client_dialog_module
from desktop.ui.clients.client_dialog import ClientDialog
from desktop.ui.clients.clients_view import ClientsView
from tests.ui.client_office import make_office, wait_loaded


def shown_numbers(view: ClientsView) -> list[str]:
    column = view.model.column_of("client_number")
    return [view.model.index(row, column).data() for row in range(view.model.rowCount())]


def make_view(qtbot, database) -> ClientsView:
    view = ClientsView(database)
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.show()
    wait_loaded(qtbot, view.model)
    return view


def test_typing_in_search_filters_rows(qtbot, database) -> None:
    make_office(database)
    view = make_view(qtbot, database)
    assert view.model.rowCount() == 5
    assert view.status_text() == "5 clients"
    qtbot.keyClicks(view.search_edit, "zwol")
    assert view.model.rowCount() == 5  # debounced: nothing happens while typing
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    assert shown_numbers(view) == ["K005", "K002"]
    with qtbot.waitSignal(view.status_changed) as status:
        view.search_edit.clear()
        qtbot.keyClicks(view.search_edit, "k003")
    assert status.args == ["1 client"]
    assert shown_numbers(view) == ["K003"]


def test_ctrl_f_focuses_search(qtbot, database) -> None:
    make_office(database)
    view = make_view(qtbot, database)
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(view.search_edit.hasFocus)


def choose(qtbot, view: ClientsView, combo, data: object) -> None:  # noqa: ANN001
    combo.setCurrentIndex(combo.findData(data))
    wait_loaded(qtbot, view.model)


def test_filter_combos(qtbot, database) -> None:
    ids = make_office(database)
    view = make_view(qtbot, database)
    choose(qtbot, view, view.champion_combo, UNASSIGNED)
    assert shown_numbers(view) == ["K002", "K004"]
    choose(qtbot, view, view.champion_combo, ids["anna"])
    assert shown_numbers(view) == ["K005", "K001", "K003"]
    choose(qtbot, view, view.type_combo, ClientType.BV)
    assert shown_numbers(view) == ["K005", "K003"]
    assert view.status_text() == "2 clients"
    choose(qtbot, view, view.champion_combo, None)
    choose(qtbot, view, view.type_combo, None)
    assert view.model.rowCount() == 5


def test_clicking_a_header_sorts_in_sql(qtbot, database) -> None:
    make_office(database)
    view = make_view(qtbot, database)
    header = view.table.horizontalHeader()
    number = view.model.column_of("client_number")
    position = header.sectionViewportPosition(number) + header.sectionSize(number) // 2
    click = header.viewport().rect().center()
    click.setX(position)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=click)
    wait_loaded(qtbot, view.model)
    assert shown_numbers(view) == ["K001", "K002", "K003", "K004", "K005"]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=click)
    wait_loaded(qtbot, view.model)
    assert shown_numbers(view) == ["K005", "K004", "K003", "K002", "K001"]


def test_add_client_through_the_dialog(qtbot, database) -> None:
    make_office(database)
    view = make_view(qtbot, database)

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ClientDialog)
        qtbot.keyClicks(dialog.client_number_edit, "K100")
        qtbot.keyClicks(dialog.name_edit, "Aannemersbedrijf Post")
        qtbot.keyClicks(dialog.postcode_edit, "3811ab")
        qtbot.keyClicks(dialog.city_edit, "Amersfoort")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill_in)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, view.model)
    assert shown_numbers(view)[0] == "K100"
    assert view.current_client().name == "Aannemersbedrijf Post"
    assert view.current_client().postcode == "3811 AB"
    assert view.status_text() == "6 clients"


def test_validation_error_keeps_the_dialog_open(qtbot, database) -> None:
    make_office(database)
    dialog = ClientDialog(database)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.client_number_edit, "K001")
    qtbot.keyClicks(dialog.name_edit, "Nieuw")
    qtbot.keyClicks(dialog.postcode_edit, "12345")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.client_id is None
    assert "not a Dutch postcode" in dialog.errors.message("postcode")
    dialog.postcode_edit.setText("1234 ab")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors.message("client_number") == (
        "Client number K001 is already used by Bakkerij Jansen."
    )
    assert dialog.errors.message("postcode") == ""
    dialog.client_number_edit.setText("K101")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.client_id is not None
    with database.session() as session:
        assert get_client(session, dialog.client_id).data.postcode == "1234 AB"


def test_escape_cancels_the_dialog(qtbot, database) -> None:
    ids = make_office(database)
    dialog = ClientDialog(database, ids["K001"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.name_edit.text() == "Bakkerij Jansen"
    dialog.name_edit.setText("Changed")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    with database.session() as session:
        assert get_client(session, ids["K001"]).data.name == "Bakkerij Jansen"


def test_enter_opens_the_selected_client(qtbot, database, monkeypatch) -> None:
    ids = make_office(database)
    view = make_view(qtbot, database)
    opened: list[int | None] = []

    class FakeDialog:
        def __init__(self, _database, client_id, _parent) -> None:
            opened.append(client_id)

        def exec(self) -> int:
            return 0

    monkeypatch.setattr(client_dialog_module, "ClientDialog", FakeDialog)
    view.select_client(ids["K002"])
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened == [ids["K002"]]


def test_archive_asks_first(qtbot, database, monkeypatch) -> None:
    ids = make_office(database)
    view = make_view(qtbot, database)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    questions: list[str] = []

    def question(_parent, _title, text, *args, **kwargs):
        questions.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    view.select_client(ids["K001"])
    assert view.archive_button.text() == "&Archive"
    qtbot.mouseClick(view.archive_button, Qt.MouseButton.LeftButton)
    assert not view.model.loading and view.model.rowCount() == 5  # "No": nothing happened
    qtbot.mouseClick(view.archive_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, view.model)
    assert "Archive Bakkerij Jansen?" in questions[1]
    assert "K001" not in shown_numbers(view)
    assert view.status_text() == "4 clients"
    assert view.current_client().client_number == "K002"  # the place in the list is kept

    choose(qtbot, view, view.archived_combo, ArchiveState.ARCHIVED)
    assert shown_numbers(view) == ["K001"]
    view.select_client(ids["K001"])
    assert view.archive_button.text() == "&Restore"


def test_keyboard_only_find_and_open(qtbot, database, monkeypatch) -> None:
    make_office(database)
    view = make_view(qtbot, database)
    opened: list[int | None] = []

    class FakeDialog:
        def __init__(self, _database, client_id, _parent) -> None:
            opened.append(client_id)
            self.client_id = None

        def exec(self) -> int:
            return 0

    monkeypatch.setattr(client_dialog_module, "ClientDialog", FakeDialog)
    view.activateWindow()
    view.focus_search()
    qtbot.waitUntil(view.search_edit.hasFocus)
    qtbot.keyClicks(view.search_edit, "zeeman")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Down)
    assert view.table.hasFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened == [view.current_client_id()]
    qtbot.keyClick(view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened[-1] is None  # Ctrl+N: a new client


def test_delete_key_archives_from_the_table_only(qtbot, database, monkeypatch) -> None:
    ids = make_office(database)
    view = make_view(qtbot, database)
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
    )
    view.activateWindow()
    view.select_client(ids["K003"])
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    wait_loaded(qtbot, view.model)
    assert "K003" not in shown_numbers(view)
    view.search_edit.setFocus()
    qtbot.waitUntil(view.search_edit.hasFocus)
    qtbot.keyClicks(view.search_edit, "ab")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Home)
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Delete)
    assert view.search_edit.text() == "b"
    assert view.model.rowCount() == 4


def test_column_widths_are_remembered(qtbot, database) -> None:
    make_office(database)
    first = make_view(qtbot, database)
    city = first.model.column_of("city")
    first.table.horizontalHeader().resizeSection(city, 237)
    first.table.sortByColumn(city, Qt.SortOrder.DescendingOrder)
    wait_loaded(qtbot, first.model)
    first.save_state()
    second = make_view(qtbot, database)
    assert second.table.horizontalHeader().sectionSize(city) == 237
    assert (second.model.sort_column, second.model.descending) == (city, True)
    assert shown_numbers(second)[:2] == ["K005", "K002"]  # Zwolle first


def test_every_field_error_shows_at_once_without_resizing(qtbot, database) -> None:
    make_office(database)
    dialog = ClientDialog(database)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    size = dialog.size()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.wait(0)  # let the layout settle, as the event loop would
    assert dialog.errors.message("client_number") == "Client number is required."
    assert dialog.errors.message("name") == "Name is required."
    assert dialog.size() == size  # one-line messages use the line kept free under each field
    dialog.email_edit.setText("not-mail")
    dialog.postcode_edit.setText("12345")
    dialog.kvk_edit.setText("12")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.wait(0)
    assert dialog.isVisible() and dialog.client_id is None
    assert dialog.errors.message("client_number") == "Client number is required."
    assert dialog.errors.message("name") == "Name is required."
    assert "not a valid e-mail address" in dialog.errors.message("email")
    assert "not a Dutch postcode" in dialog.errors.message("postcode")
    assert "not a KvK number" in dialog.errors.message("kvk_number")
    assert dialog.focusWidget() is dialog.client_number_edit  # the first wrong one, form order
    size = dialog.size()
    dialog.client_number_edit.setText("K900")
    dialog.email_edit.setText("info@example.nl")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.wait(0)
    assert dialog.errors.message("client_number") == dialog.errors.message("email") == ""
    assert "not a Dutch postcode" in dialog.errors.message("postcode")
    assert dialog.size() == size  # correcting fields does not make the form jump


def test_line_edits_take_what_their_column_holds(qtbot, database) -> None:
    from desktop.core.db.tables import clients, enrollments, projects, staff
    from desktop.ui.projects.project_dialog import ProjectDialog
    from desktop.ui.staff.staff_dialog import StaffDialog

    make_office(database)
    dialog = ClientDialog(database)
    qtbot.addWidget(dialog)
    for edit, column in [
        (dialog.client_number_edit, clients.c.client_number),
        (dialog.name_edit, clients.c.name),
        (dialog.contact_person_edit, clients.c.contact_person),
        (dialog.email_edit, clients.c.email),
        (dialog.phone_edit, clients.c.phone),
        (dialog.mobile_edit, clients.c.mobile),
        (dialog.address_edit, clients.c.address),
        (dialog.postcode_edit, clients.c.postcode),
        (dialog.city_edit, clients.c.city),
        (dialog.country_edit, clients.c.country),
    ]:
        assert edit.maxLength() == column.type.length, column
    staff_dialog = StaffDialog(database)
    qtbot.addWidget(staff_dialog)
    for edit, column in [
        (staff_dialog.name_edit, staff.c.name),
        (staff_dialog.initials_edit, staff.c.initials),
        (staff_dialog.email_edit, staff.c.email),
        (staff_dialog.team_edit, staff.c.team),
        (staff_dialog.focus_area_edit, staff.c.focus_area),
    ]:
        assert edit.maxLength() == column.type.length, column
    project_dialog = ProjectDialog(database)
    qtbot.addWidget(project_dialog)
    assert project_dialog.name_edit.maxLength() == projects.c.name.type.length
    assert project_dialog.phase_combo.lineEdit().maxLength() == projects.c.phase.type.length
    assert enrollments.c.next_action.type.length == 500  # the detail dialog's: test_client_detail


def test_a_new_search_starts_at_the_top_left(qtbot, database) -> None:
    make_office(database)
    view = make_view(qtbot, database)
    view.resize(360, 220)  # small enough that both scroll bars are needed
    qtbot.waitUntil(lambda: view.table.verticalScrollBar().maximum() > 0)
    qtbot.waitUntil(lambda: view.table.horizontalScrollBar().maximum() > 0)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    view.table.horizontalScrollBar().setValue(view.table.horizontalScrollBar().maximum())
    assert view.table.verticalScrollBar().value() > 0
    assert view.table.horizontalScrollBar().value() > 0
    qtbot.keyClicks(view.search_edit, "k00")  # matches every client: the rows stay as many
    qtbot.waitUntil(lambda: view.model.client_filter.search == "k00")
    wait_loaded(qtbot, view.model)
    vertical, horizontal = view.table.verticalScrollBar(), view.table.horizontalScrollBar()
    assert vertical.value() == vertical.minimum()
    assert horizontal.value() == horizontal.minimum()
