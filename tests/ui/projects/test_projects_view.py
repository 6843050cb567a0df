from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop.core.office.settings import initialise_office
from desktop.core.pipelines.approaches import list_segment_approaches
from desktop.core.pipelines.projects import get_project
from desktop.core.pipelines.stages import list_stages
from desktop.ui.projects.project_dialog import ProjectDialog
from desktop.ui.projects.projects_view import ProjectsView
from tests.ui.pipeline_office import make_office

PORTAL_STAGES = [
    "Not approached",
    "Informed",
    "Invited",
    "Activated",
    "First use",
    "Active",
    "Declined",
]


def new_office(database) -> None:
    with database.session() as session:
        initialise_office(session, "Kantoor", "en")
        session.commit()


def test_new_project_from_the_template_gets_the_seven_portal_stages(qtbot, database) -> None:
    new_office(database)
    view = ProjectsView(database)
    qtbot.addWidget(view)
    assert view.empty_label.isVisibleTo(view)

    def fill_in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ProjectDialog)
        qtbot.keyClicks(dialog.name_edit, "Client portal")
        dialog.goal_check.setChecked(True)
        dialog.goal_spin.setValue(75)
        dialog.target_date_edit.setDate(QDate(2027, 6, 30))
        dialog.save_button.click()

    QTimer.singleShot(0, fill_in_dialog)
    view.new_button.click()

    assert [p.name for p in view.projects] == ["Client portal"]
    assert [s.name for s in view.stage_editor.stage_model.stages] == PORTAL_STAGES
    assert "75%" in view.goal_label.text()
    with database.session() as session:
        project = get_project(session, view.current_project_id())
        assert (project.goal_percent, project.target_date) == (75, date(2027, 6, 30))
        assert [s.name for s in list_stages(session, project.id)] == PORTAL_STAGES


def test_new_empty_project_has_no_stages(qtbot, database) -> None:
    new_office(database)
    dialog = ProjectDialog(database)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name_edit, "Digital receipts")
    dialog.template_combo.setCurrentIndex(dialog.template_combo.findData("empty"))
    dialog.save_button.click()
    assert dialog.result() == ProjectDialog.DialogCode.Accepted
    with database.session() as session:
        assert list_stages(session, dialog.project_id) == []


def test_missing_or_duplicate_name_is_shown_next_to_the_name(qtbot, database) -> None:
    office = make_office(database)
    dialog = ProjectDialog(database)
    qtbot.addWidget(dialog)
    dialog.save_button.click()
    assert dialog.result() != ProjectDialog.DialogCode.Accepted
    assert "Project name is required" in dialog.errors.message("name")
    assert dialog.name_edit.property("invalid") is True
    qtbot.keyClicks(dialog.name_edit, "client PORTAL")
    dialog.save_button.click()
    assert "already exists" in dialog.errors.message("name")
    assert dialog.project_id is None and office.project_id == 1


def test_editing_a_project_saves_description_and_phase(qtbot, database) -> None:
    office = make_office(database)
    dialog = ProjectDialog(database, office.project_id)
    qtbot.addWidget(dialog)
    assert dialog.name_edit.text() == "Client portal"
    dialog.description_edit.setPlainText("Everyone on the portal.")
    dialog.phase_combo.setCurrentText("Pilot")
    dialog.save_button.click()
    with database.session() as session:
        project = get_project(session, office.project_id)
        assert (project.description, project.phase, project.goal_percent) == (
            "Everyone on the portal.",
            "Pilot",
            None,
        )


def test_view_shows_numbers_per_stage_and_per_champion(qtbot, database) -> None:
    office = make_office(database)
    view = ProjectsView(database)
    qtbot.addWidget(view)
    qtbot.waitSignal(view.stage_editor.counts_loaded).wait()
    assert "Now: <b>0%</b> Active (0 of 4 clients)" in view.goal_label.text()
    with qtbot.waitSignal(view.numbers_widget.loaded):
        view.tabs.setCurrentWidget(view.numbers_widget)
    rows = view.numbers_widget.model.rows
    assert [(r.stage_name, r.current, r.reached) for r in rows[:3]] == [
        ("Not approached", 3, 4),
        ("Informed", 0, 1),
        ("Invited", 1, 1),
    ]
    combo = view.numbers_widget.champion_combo
    assert combo.itemText(1) == "Clients of Anna de Wit"
    combo.setCurrentIndex(1)
    assert view.numbers_widget.model.rows[0].reached == 4
    assert view.numbers_widget.chart.svg.startswith(b"<?xml")
    assert office.champion_id == combo.itemData(1)


def test_segment_approach_is_saved_per_segment(qtbot, database) -> None:
    office = make_office(database)
    view = ProjectsView(database)
    qtbot.addWidget(view)
    editor = view.approach_editor
    editor.segment_list.setCurrentRow(3)
    qtbot.keyClicks(editor.approach_edit, "Visit in person")
    editor.channel_checks["visit"].setChecked(True)
    editor.channel_checks["letter"].setChecked(True)
    qtbot.keyClicks(editor.incentive_edit, "Free first quarter")
    editor.segment_list.setCurrentRow(0)  # switching saves what was typed
    with database.session() as session:
        approach = list_segment_approaches(session, office.project_id)[3]
    assert approach.approach == "Visit in person"
    assert approach.channels == ("visit", "letter")
    assert approach.incentive == "Free first quarter"
    assert editor.segment_list.item(3).text().startswith("✓")


def test_ctrl_n_opens_the_new_project_dialog_and_cancel_changes_nothing(qtbot, database):
    new_office(database)
    view = ProjectsView(database)
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitActive(view)
    view.project_list.setFocus()
    qtbot.waitUntil(view.project_list.hasFocus)
    seen = []

    def cancel_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(type(dialog).__name__)
        dialog.reject()

    QTimer.singleShot(0, cancel_dialog)
    qtbot.keyClick(view.project_list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen == ["ProjectDialog"]
    assert view.projects == []
