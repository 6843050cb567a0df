"""The Staff view: add through the dialog, champions, leavers, validation."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core.staff.editing import StaffData, create_staff, get_staff
from desktop.ui.staff.staff_dialog import StaffDialog
from desktop.ui.staff.staff_view import StaffView
from tests.ui.client_office import make_office


def make_view(qtbot, database) -> StaffView:
    view = StaffView(database)
    qtbot.addWidget(view)
    view.resize(1200, 500)
    view.show()
    return view


def cell(view: StaffView, staff_id: int, header: str) -> str:
    headers = [column.header for column in view.model.columns]
    row = view.model.row_of_staff(staff_id)
    return view.model.index(row, headers.index(header)).data()


def test_lists_staff_with_champion_client_counts(qtbot, database) -> None:
    ids = make_office(database)
    view = make_view(qtbot, database)
    assert [row.name for row in view.model.rows] == ["Anna Bakker", "Kees de Vries"]
    assert cell(view, ids["anna"], "Champion") == "Yes"
    assert cell(view, ids["anna"], "Clients") == "3"
    assert cell(view, ids["kees"], "Champion") == ""
    assert view.status_text() == "2 staff members · 1 champion"


def test_add_staff_through_the_dialog(qtbot, database) -> None:
    make_office(database)
    view = make_view(qtbot, database)

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, StaffDialog)
        qtbot.keyClicks(dialog.name_edit, "Sanne Visser")
        qtbot.keyClicks(dialog.initials_edit, "SV")
        qtbot.keyClicks(dialog.team_edit, "Agro")
        dialog.champion_box.setChecked(True)
        qtbot.keyClicks(dialog.focus_area_edit, "Agrarisch")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill_in)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    sanne = view.current_staff()
    assert sanne is not None and sanne.name == "Sanne Visser"
    assert (sanne.team, sanne.is_champion, sanne.focus_area) == ("Agro", True, "Agrarisch")
    assert sanne.champion_since == date.today()
    assert view.status_text() == "3 staff members · 2 champions"


def test_champion_toggle(qtbot, database, monkeypatch) -> None:
    ids = make_office(database)
    view = make_view(qtbot, database)
    view.select_staff(ids["kees"])
    assert view.champion_button.text() == "&Mark as champion"
    qtbot.mouseClick(view.champion_button, Qt.MouseButton.LeftButton)
    assert cell(view, ids["kees"], "Champion") == "Yes"
    assert view.champion_button.text() == "Un&mark champion"

    # Anna has clients: unmarking asks first.
    asked: list[str] = []

    def question(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    view.select_staff(ids["anna"])
    qtbot.mouseClick(view.champion_button, Qt.MouseButton.LeftButton)
    assert "champion for 3 clients" in asked[0]
    assert cell(view, ids["anna"], "Champion") == "Yes"


def test_leavers_are_greyed_and_can_be_hidden(qtbot, database) -> None:
    make_office(database)
    with database.session() as session:
        leaver = create_staff(
            session, StaffData(name="Lotte Smit", initials="LS", end_date=date(2020, 1, 31))
        )
        session.commit()
    view = make_view(qtbot, database)
    row = view.model.row_of_staff(leaver)
    assert view.model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert view.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    view.leavers_check.setChecked(False)
    assert view.model.row_of_staff(leaver) is None
    assert view.model.rowCount() == 2


def test_end_date_for_a_leaver(qtbot, database) -> None:
    ids = make_office(database)
    dialog = StaffDialog(database, ids["kees"], focus_end_date=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.end_date_edit.check.isChecked()
    dialog.start_date_edit.set_value(date(2026, 5, 1))
    dialog.end_date_edit.date_edit.setDate(QDate(2026, 4, 30))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors.message("end_date") == "The end date cannot be before the start date."
    dialog.end_date_edit.date_edit.setDate(QDate(2026, 6, 30))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with database.session() as session:
        assert get_staff(session, ids["kees"]).end_date == date(2026, 6, 30)


def test_duplicate_initials_shown_at_the_field(qtbot, database) -> None:
    make_office(database)
    dialog = StaffDialog(database)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name_edit, "Aad Bos")
    qtbot.keyClicks(dialog.initials_edit, "ab")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "already used by Anna Bakker" in dialog.errors.message("initials")


def test_end_date_button_opens_the_dialog_on_the_end_date(qtbot, database, monkeypatch) -> None:
    ids = make_office(database)
    view = make_view(qtbot, database)
    view.select_staff(ids["kees"])

    def leave_on_30_june() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, StaffDialog) and dialog.end_date_edit.check.isChecked()
        dialog.end_date_edit.date_edit.setDate(QDate(2020, 6, 30))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, leave_on_30_june)
    qtbot.mouseClick(view.leaver_button, Qt.MouseButton.LeftButton)
    kees = view.current_staff()
    assert kees is not None and kees.end_date == date(2020, 6, 30) and kees.has_left()
    assert (
        view.model.index(view.model.row_of_staff(ids["kees"]), 0).data(
            Qt.ItemDataRole.ForegroundRole
        )
        is not None
    )


def test_sort_by_client_count(qtbot, database) -> None:
    ids = make_office(database)
    view = make_view(qtbot, database)
    clients = [column.header for column in view.model.columns].index("Clients")
    view.table.sortByColumn(clients, Qt.SortOrder.DescendingOrder)
    assert view.model.rows[0].id == ids["anna"]
    view.table.sortByColumn(clients, Qt.SortOrder.AscendingOrder)
    assert view.model.rows[0].id == ids["kees"]


def test_loads_when_first_shown(qtbot, database) -> None:
    make_office(database)
    view = StaffView(database)
    qtbot.addWidget(view)
    view.refresh()
    assert view.model.rowCount() == 0  # hidden: nothing read yet
    view.show()
    assert view.model.rowCount() == 2


def test_champion_button_does_what_it_says_for_the_person_selected(qtbot, database) -> None:
    from desktop.core.staff.editing import set_champion

    ids = make_office(database)
    view = make_view(qtbot, database)
    view.select_staff(ids["kees"])
    view.champion_button.click()
    assert view.champion_button.text() == "Un&mark champion"
    view.champion_button.click()
    assert not get_staff_champion(database, ids["kees"])
    assert view.champion_button.text() == "&Mark as champion"

    # Someone else marks Kees meanwhile; this list still says "Mark": a click marks, never
    # silently unmarks.
    with database.session() as session:
        set_champion(session, ids["kees"], True)
        session.commit()
    assert view.champion_button.text() == "&Mark as champion"
    view.champion_button.click()
    assert get_staff_champion(database, ids["kees"])
    assert view.champion_button.text() == "Un&mark champion"


def get_staff_champion(database, staff_id: int) -> bool:
    with database.session() as session:
        return get_staff(session, staff_id).is_champion
