"""Exporting from the GUI: the list as shown, columns the user hid, a file open elsewhere."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.core.exports.xlsx import saving
from desktop.ui.common.record_table import column_menu
from desktop.ui.exports import export_runner
from tests.ui.client_office import make_office
from tests.ui.clients.test_clients_view import make_view, shown_numbers
from tests.ui.waiting import workers_idle


def _answer(monkeypatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_the_export_holds_the_list_as_shown(qtbot, database, tmp_path, monkeypatch) -> None:
    make_office(database)
    view = make_view(qtbot, database)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    qtbot.keyClicks(view.search_edit, "zwol")
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    view.table.horizontalHeader().setSortIndicator(
        view.model.column_of("client_number"), Qt.SortOrder.DescendingOrder
    )
    header = view.table.horizontalHeader()
    menu = column_menu(header)
    email = next(action for action in menu.actions() if action.text() == "E-mail")
    email.trigger()  # hide the e-mail column
    assert header.isSectionHidden(view.model.column_of("email"))
    target = tmp_path / "list.xlsx"
    view.export_list(target)
    workers_idle(qtbot)
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert "E-mail" not in rows[0] and rows[0][0] == "Number"
    assert [row[0] for row in rows[1:]] == shown_numbers(view) == ["K005", "K002"]
    assert asked == ["Saved list.xlsx (2 rows). Open it now?"]


def test_a_file_open_in_excel_offers_another_name(qtbot, database, tmp_path, monkeypatch) -> None:
    make_office(database)
    view = make_view(qtbot, database)
    _answer(monkeypatch, QMessageBox.StandardButton.No)
    locked = tmp_path / "open.xlsx"
    locked.write_bytes(b"open in Excel")
    real_replace = Path.replace

    def replace(self: Path, other: Path) -> Path:
        if Path(other) == locked:
            raise PermissionError(13, "Permission denied")
        return real_replace(self, other)

    monkeypatch.setattr(saving.Path, "replace", replace)
    offered: list[str] = []
    monkeypatch.setattr(
        export_runner,
        "_choose_another_name",
        lambda parent, error: offered.append(str(error)) or True,
    )
    other = tmp_path / "other.xlsx"
    monkeypatch.setattr(export_runner, "ask_target", lambda parent, title, name: other)
    view.export_list(locked)
    workers_idle(qtbot)
    assert offered and "open.xlsx is open in another program" in offered[0]
    assert locked.read_bytes() == b"open in Excel"
    assert len(list(load_workbook(other).active.iter_rows())) == 6


def test_the_last_visible_column_cannot_be_hidden(qtbot, database) -> None:
    make_office(database)
    view = make_view(qtbot, database)
    header = view.table.horizontalHeader()
    for column in range(1, header.count()):
        header.setSectionHidden(column, True)
    actions = column_menu(header).actions()
    assert not actions[0].isEnabled() and all(action.isEnabled() for action in actions[1:])
