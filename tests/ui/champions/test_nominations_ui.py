"""Nominating a suggested person and approving the nomination, through the dialogs."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from desktop.core.champions.nominations import list_nominations
from desktop.core.champions.vocab import NominationStatus
from desktop.core.staff.editing import get_staff
from desktop.ui.champions.nominate_dialog import NominateDialog
from desktop.ui.champions.nominations_dialog import NominationsDialog
from tests.core.champions.office import add_round, add_staff

EDITOR = "desktop.ui.champions.nominations_dialog.current_editor"  # who sits at this PC


def make_office(database) -> dict[str, int]:
    with database.session() as session:
        ids = {
            "rita": add_staff(session, "Rita Relatie", "RR"),
            "lars": add_staff(session, "Lars Laag", "LL"),
            "mia": add_staff(session, "Mia Manager", "MM"),
        }
        add_round(
            session,
            "Nulmeting",
            date(2026, 1, 15),
            {ids["rita"]: (3, 5, 4, 4.5, 3), ids["lars"]: (5, 2, 5, 5, 5)},
        )
        session.commit()
    return ids


def test_nominate_a_suggestion_then_approve_it(qtbot, database, monkeypatch) -> None:
    ids = make_office(database)
    monkeypatch.setattr(EDITOR, lambda _db: ids["mia"])
    dialog = NominationsDialog(database)
    qtbot.addWidget(dialog)
    dialog.show()
    assert [row.name for row in dialog.suggestions_model.rows] == ["Rita Relatie"]
    assert "Round: Nulmeting." in dialog.suggestions_hint.text()
    dialog.suggestions_table.selectRow(0)

    def fill_in() -> None:
        form = QApplication.activeModalWidget()
        assert isinstance(form, NominateDialog)
        assert form.staff_id() == ids["rita"]
        qtbot.keyClicks(form.focus_area_edit, "Agrarisch")
        form.capacity_spin.setValue(80)
        qtbot.keyClicks(form.motivation_edit, "Kent de boeren")
        qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill_in)
    qtbot.mouseClick(dialog.nominate_suggested_button, Qt.MouseButton.LeftButton)
    (row,) = dialog.nominations_model.rows
    assert (row.staff_name, row.nominated_by_name, row.status) == (
        "Rita Relatie",
        "Mia Manager",
        NominationStatus.PENDING,
    )
    assert dialog.suggestions_model.rows == []  # nominated: no longer suggested
    assert dialog.nominations_model.index(0, 6).data() == "Awaiting decision"

    dialog.nominations_table.selectRow(0)
    assert dialog.approve_button.isEnabled()

    def approve() -> None:
        form = QApplication.activeModalWidget()
        assert isinstance(form, NominateDialog)
        assert form.focus_area_edit.text() == "Agrarisch"
        form.capacity_spin.setValue(60)
        qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, approve)
    qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)
    with database.session() as session:
        rita = get_staff(session, ids["rita"])
    assert (rita.is_champion, rita.focus_area, rita.capacity) == (True, "Agrarisch", 60)
    assert dialog.nominations_model.index(0, 6).data() == "Approved"
    assert not dialog.approve_button.isEnabled()
    assert dialog.changes


def test_decline_with_a_reason(qtbot, database, monkeypatch) -> None:
    ids = make_office(database)
    monkeypatch.setattr(EDITOR, lambda _db: ids["mia"])
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args, **_kw: ("Volgend jaar", True))
    dialog = NominationsDialog(database)
    qtbot.addWidget(dialog)

    def self_nominate() -> None:
        form = QApplication.activeModalWidget()
        assert isinstance(form, NominateDialog)
        form.person_combo.setCurrentIndex(form.person_combo.findData(ids["lars"]))
        qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, self_nominate)
    qtbot.mouseClick(dialog.nominate_button, Qt.MouseButton.LeftButton)
    dialog.nominations_table.selectRow(0)
    qtbot.mouseClick(dialog.decline_button, Qt.MouseButton.LeftButton)
    with database.connect() as connection:
        (row,) = list_nominations(connection)
    assert (row.status, row.decision_note) == (NominationStatus.DECLINED, "Volgend jaar")
