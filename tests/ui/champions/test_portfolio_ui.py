"""A champion's page, opened from the staff list and from the board's champion filter."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QGroupBox, QLabel
from sqlalchemy import select

from desktop.core.db.tables import enrollments
from desktop.core.pipelines.next_actions import set_next_action
from desktop.ui.board.board_view import BoardView
from desktop.ui.champions.portfolio_dialog import PortfolioDialog
from desktop.ui.staff.staff_view import StaffView
from tests.ui.pipeline_office import make_office
from tests.ui.waiting import workers_idle


def test_the_page_from_the_staff_list(qtbot, database) -> None:
    office = make_office(database)
    with database.session() as session:
        enrollment = session.scalar(
            select(enrollments.c.id).where(
                enrollments.c.project_id == office.project_id,
                enrollments.c.client_id == office.client_ids[1],
            )
        )
        assert enrollment is not None
        set_next_action(
            session, enrollment, "Bellen over portaal", date.today() - timedelta(days=1)
        )
        session.commit()
    view = StaffView(database)
    qtbot.addWidget(view)
    view.show()
    workers_idle(qtbot)
    view.select_staff(office.champion_id)
    assert view.portfolio_button.isEnabled()
    seen: dict[str, object] = {}

    def look() -> None:
        page = QApplication.activeModalWidget()
        assert isinstance(page, PortfolioDialog)
        qtbot.waitUntil(lambda: page.portfolio is not None)
        seen["title"] = page.windowTitle()
        seen["subtitle"] = page.subtitle_label.text()
        (box,) = page.findChildren(QGroupBox, "project_box")
        seen["project"] = box.title()
        seen["figures"] = [label.text() for label in box.findChildren(QLabel, "figure_value")]
        seen["due"] = [
            page.due_model.index(0, column).data() for column in range(page.due_model.columnCount())
        ]
        seen["due_title"] = page.due_title.text()
        page.reject()

    QTimer.singleShot(0, look)
    qtbot.mouseClick(view.portfolio_button, Qt.MouseButton.LeftButton)
    assert seen["title"] == "Champion: Anna de Wit"
    assert seen["subtitle"] == "not a champion · 4 active clients"
    assert seen["project"] == "Client portal"
    # Four enrolled, none Active; three have no next action, so they are stalled.
    assert seen["figures"] == ["4", "0%", "3"]
    due = seen["due"]
    assert isinstance(due, list) and due[1:] == [
        "Garage Jansen",
        "Client portal",
        "Not approached",
        "Bellen over portaal",
    ]
    assert str(due[0]).endswith("(overdue)")
    assert seen["due_title"] == "Next actions due (overdue and the coming 7 days)"


def test_the_page_from_the_boards_champion_filter(qtbot, database) -> None:
    office = make_office(database)
    board = BoardView(database)
    qtbot.addWidget(board)
    board.resize(1400, 700)
    with qtbot.waitSignal(board.board_loaded):
        board.show()
    bar = board.filter_bar
    assert not bar.portfolio_button.isEnabled()  # all champions
    with qtbot.waitSignal(board.board_loaded):
        bar.champion_combo.setCurrentIndex(bar.champion_combo.findData(office.champion_id))
    assert bar.portfolio_button.isEnabled()
    opened: list[str] = []

    def look() -> None:
        page = QApplication.activeModalWidget()
        assert isinstance(page, PortfolioDialog)
        qtbot.waitUntil(lambda: page.portfolio is not None)
        opened.append(page.title_label.text())
        page.reject()

    QTimer.singleShot(0, look)
    qtbot.mouseClick(bar.portfolio_button, Qt.MouseButton.LeftButton)
    workers_idle(qtbot)
    assert opened == ["Anna de Wit"]
