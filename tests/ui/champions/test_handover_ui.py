"""Setting an end date on someone with clients asks who takes them over; the Staff area shows
the champion coverage and hands clients over on request."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desktop.core.clients.history import contact_log
from desktop.core.db.tables import clients, staff
from desktop.ui.champions.handover_dialog import HandoverDialog
from desktop.ui.staff.staff_dialog import StaffDialog
from desktop.ui.staff.staff_view import StaffView
from tests.core.champions.office import add_clients, add_staff
from tests.ui.waiting import workers_idle


def make_office(database) -> dict[str, int]:
    with database.session() as session:
        ids = {
            "jan": add_staff(session, "Jan Leaver", "JL", champion=True, capacity=50),
            "anna": add_staff(session, "Anna Bakker", "AB", champion=True, capacity=10),
            "bert": add_staff(session, "Bert Smit", "BS", champion=True, capacity=4),
        }
        add_clients(session, ids["jan"], 6)
        add_clients(session, ids["anna"], 2, prefix="A")
        session.commit()
    return ids


def make_view(qtbot, database) -> StaffView:
    view = StaffView(database)
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.show()
    workers_idle(qtbot)
    return view


def champions_of_clients(database) -> dict[int, int]:
    with database.connect() as connection:
        rows = connection.execute(select(clients.c.champion_id, clients.c.id))
        counts: dict[int, int] = {}
        for champion_id, _id in rows:
            counts[champion_id] = counts.get(champion_id, 0) + 1
        return counts


def test_an_end_date_asks_for_the_hand_over_and_saves_both_together(qtbot, database) -> None:
    ids = make_office(database)
    view = make_view(qtbot, database)
    view.select_staff(ids["jan"])
    seen: dict[str, object] = {}

    def choose_spread() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, HandoverDialog)
        seen["default_spread"] = dialog.spread_radio.isChecked()
        seen["rows"] = [
            (dialog.model.index(r, 0).data(), dialog.model.index(r, 3).data())
            for r in range(dialog.model.rowCount())
        ]
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    def set_end_date() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, StaffDialog)
        assert dialog.end_date_edit.check.isChecked()
        dialog.end_date_edit.date_edit.setDate(QDate(2026, 6, 30))
        QTimer.singleShot(0, choose_spread)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, set_end_date)
    with qtbot.waitSignal(view.changed) as signal:
        qtbot.mouseClick(view.leaver_button, Qt.MouseButton.LeftButton)
    # Free places: Anna 8, Bert 4; six clients even it out to Anna 5, Bert 1.
    assert seen == {"default_spread": True, "rows": [("Anna Bakker", "5"), ("Bert Smit", "1")]}
    assert champions_of_clients(database) == {ids["anna"]: 7, ids["bert"]: 1}
    with database.connect() as connection:
        end = connection.execute(select(staff.c.end_date).where(staff.c.id == ids["jan"]))
        assert end.scalar_one() == date(2026, 6, 30)
    assert "CLIENTS" in repr(signal.args[0])
    with database.session() as session:
        client_id = session.scalar(select(clients.c.id).where(clients.c.champion_id == ids["bert"]))
        (entry,) = contact_log(session, client_id)
    assert entry.channel_label == "Hand-over"
    assert entry.note == "Jan Leaver → Bert Smit"


def test_cancelling_the_hand_over_saves_nothing(qtbot, database) -> None:
    ids = make_office(database)
    view = make_view(qtbot, database)
    view.select_staff(ids["jan"])

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, HandoverDialog)
        dialog.reject()

    def set_end_date() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, StaffDialog)
        QTimer.singleShot(0, cancel)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()  # back in the form, nothing saved
        dialog.reject()

    QTimer.singleShot(0, set_end_date)
    qtbot.mouseClick(view.leaver_button, Qt.MouseButton.LeftButton)
    with database.connect() as connection:
        end = connection.execute(select(staff.c.end_date).where(staff.c.id == ids["jan"]))
        assert end.scalar_one() is None
    assert champions_of_clients(database)[ids["jan"]] == 6


def test_hand_over_button_to_one_champion_and_the_coverage_banner(qtbot, database) -> None:
    ids = make_office(database)
    view = make_view(qtbot, database)
    assert view.coverage_panel.report is not None and view.coverage_panel.report.ok
    assert "Champion coverage is fine" in view.coverage_panel.label.text()
    view.select_staff(ids["jan"])

    def choose_bert() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, HandoverDialog)
        assert not dialog.later_radio.isVisible()
        dialog.one_radio.setChecked(True)
        dialog.taker_combo.setCurrentIndex(dialog.taker_combo.findData(ids["bert"]))
        assert dialog.model.index(0, 4).data() == "6 (over capacity)"
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, choose_bert)
    with qtbot.waitSignal(view.coverage_panel.loaded):
        qtbot.mouseClick(view.handover_button, Qt.MouseButton.LeftButton)
    assert champions_of_clients(database)[ids["bert"]] == 6
    report = view.coverage_panel.report
    assert [w.message for w in report.warnings] == [
        "Bert Smit holds 6 clients against a capacity of 4."
    ]
    assert "needs attention" in view.coverage_panel.label.text()
    # The champion's name in the warning is a link to them in the list.
    view.select_staff(ids["anna"])
    view.coverage_panel.label.linkActivated.emit(f"staff:{ids['bert']}")
    assert view.current_staff_id() == ids["bert"]
