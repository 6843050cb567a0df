"""The staff card's onboarding checklist and the checklist editor."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from desktop.core.staff.onboarding import default_items, list_template, staff_checklist
from desktop.ui.common.locale_format import date_text
from desktop.ui.staff.onboarding_template_dialog import OnboardingTemplateDialog
from desktop.ui.staff.staff_dialog import StaffDialog
from tests.core.champions.office import add_round, add_staff


def test_ticking_items_on_the_card_saves_them_with_the_day(qtbot, database) -> None:
    with database.session() as session:
        add_round(session, "Nulmeting", date(2026, 1, 15), {})
        sanne = add_staff(session, "Sanne Nieuw", "SN", start_date=date.today())
        session.commit()
    dialog = StaffDialog(database, sanne)
    qtbot.addWidget(dialog)
    dialog.show()
    panel = dialog.onboarding_panel
    assert panel.list.count() == len(default_items())
    assert panel.round_label.isVisible()  # started after the last round, never scored
    first = panel.list.item(0)
    first.setCheckState(Qt.CheckState.Checked)
    assert first.text() == f"{default_items()[0]} — done on {date_text(date.today())}"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with database.connect() as connection:
        checklist = staff_checklist(connection, sanne)
    assert checklist[0].done_on == date.today()
    assert all(row.done_on is None for row in checklist[1:])


def test_the_checklist_editor_adds_and_removes_items(qtbot, database, monkeypatch) -> None:
    dialog = OnboardingTemplateDialog(database)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Webinar gegeven", True))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.list.currentItem().text() == "Webinar gegeven"
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    assert dialog.list.currentRow() == len(default_items()) - 1

    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    dialog.list.setCurrentRow(0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    with database.connect() as connection:
        texts = [item.text for item in list_template(connection)]
    assert texts[0] == default_items()[1]
    assert texts[-2:] == ["Webinar gegeven", default_items()[-1]]
