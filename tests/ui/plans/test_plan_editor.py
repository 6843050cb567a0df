"""The Plan tab: context, parts, measures and printing the PDF on a worker."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core.common.vocab import MeasureStatus
from desktop.core.exports.xlsx import saving
from desktop.core.measures.editing import list_measures
from desktop.core.office.settings import initialise_office
from desktop.core.pipelines.projects import create_project
from desktop.core.plans.content import get_plan
from desktop.core.plans.kinds import PlanItemKind
from desktop.core.plans.versions import list_versions
from desktop.ui.exports import export_runner
from desktop.ui.plans.entry_dialog import EntryDialog
from desktop.ui.plans.measure_dialog import MeasureDialog
from desktop.ui.projects.projects_view import ProjectsView
from tests.ui.waiting import workers_idle


def _view(qtbot, database) -> tuple[ProjectsView, int]:
    with database.session() as session:
        initialise_office(session, "Kantoor De Vries", "en")
        project_id = create_project(session, "Client portal", goal_percent=80).id
        session.commit()
    view = ProjectsView(database)
    qtbot.addWidget(view)
    view.tabs.setCurrentWidget(view.plan_editor)
    return view, project_id


def _answer(qtbot, fill) -> None:
    def later() -> None:
        dialog = QApplication.activeModalWidget()
        fill(dialog)

    QTimer.singleShot(0, later)


def test_context_goals_phases_and_milestones_are_saved(qtbot, database) -> None:
    view, project_id = _view(qtbot, database)
    editor = view.plan_editor
    editor.context_edit.setPlainText("Less paper, calmer year-end.")
    editor.save_context_button.click()

    def goal(dialog) -> None:
        assert isinstance(dialog, EntryDialog)
        qtbot.keyClicks(dialog.title_edit, "80% active")
        dialog.date_edit.check.setChecked(True)
        dialog.button_box.accepted.emit()

    _answer(qtbot, goal)
    editor.add_actions["goal"].trigger()
    editor.default_phases_action.trigger()
    phase_row = next(i for i, r in enumerate(editor.outline_model.rows) if r.part == "phase")
    editor.outline_table.selectRow(phase_row)

    def milestone(dialog) -> None:
        qtbot.keyClicks(dialog.title_edit, "Champions trained")
        dialog.done_check.setChecked(True)
        dialog.button_box.accepted.emit()

    _answer(qtbot, milestone)
    editor.add_actions["milestone"].trigger()
    with database.session() as session:
        plan = get_plan(session, project_id)
    assert plan.context == "Less paper, calmer year-end."
    assert [g.title for g in plan.of_kind(PlanItemKind.GOAL)] == ["80% active"]
    assert plan.of_kind(PlanItemKind.GOAL)[0].due_on is not None
    assert [p.name for p in plan.phases] == ["Preparation", "Pilot", "Rollout", "Embedding"]
    assert [(m.title, m.done) for m in plan.phases[0].milestones] == [("Champions trained", True)]
    assert [r.part for r in editor.outline_model.rows][:3] == ["goal", "phase", "milestone"]


def test_a_part_is_deleted_only_after_confirmation(qtbot, database, monkeypatch) -> None:
    view, project_id = _view(qtbot, database)
    editor = view.plan_editor
    editor.default_phases_action.trigger()
    editor.outline_table.selectRow(0)
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *args: next(answers))
    editor.delete_part_button.click()
    assert len(editor.outline_model.rows) == 4
    editor.delete_part_button.click()
    assert [r.title for r in editor.outline_model.rows] == ["Pilot", "Rollout", "Embedding"]


def test_measures_are_added_and_their_status_changed(qtbot, database) -> None:
    view, project_id = _view(qtbot, database)
    editor = view.plan_editor
    editor.parts.setCurrentIndex(1)

    def fill(dialog) -> None:
        assert isinstance(dialog, MeasureDialog)
        qtbot.keyClicks(dialog.title_edit, "Lunch session")
        qtbot.keyClicks(dialog.group_edit, "Assistants")
        dialog.button_box.accepted.emit()

    _answer(qtbot, fill)
    editor.measures.add_measure_button.click()
    editor.measures.measures_table.selectRow(0)
    editor.measures.status_actions[MeasureStatus.DONE].trigger()
    with database.session() as session:
        (measure,) = list_measures(session, project_id=project_id)
    assert (measure.title, measure.target_group, measure.status) == (
        "Lunch session",
        "Assistants",
        MeasureStatus.DONE,
    )
    assert editor.measures.measures_model.data(editor.measures.measures_model.index(0, 5)) == "Done"


def test_printing_builds_the_pdf_on_a_worker_and_offers_to_open_it(
    qtbot, database, tmp_path: Path, monkeypatch
) -> None:
    view, project_id = _view(qtbot, database)
    target = tmp_path / "plan.pdf"
    opened: list[str] = []
    asked: list[str] = []
    monkeypatch.setattr(
        export_runner.QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "plan"), "")
    )
    monkeypatch.setattr(
        export_runner.QMessageBox,
        "question",
        lambda parent, title, text: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    monkeypatch.setattr(
        export_runner.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile())
    )
    view.plan_editor.print_button.click()
    workers_idle(qtbot)
    assert opened == [str(target)]
    pages = len(PdfReader(target).pages)
    assert pages >= 8
    assert asked == [f"Saved plan.pdf ({pages} pages, version 1). Open it now?"]
    assert "Version 1 printed" in view.plan_editor.versions_label.text()
    with database.session() as session:
        assert [v.version for v in list_versions(session, project_id)] == [1]


def test_a_pdf_open_in_a_viewer_offers_another_name(
    qtbot, database, tmp_path: Path, monkeypatch
) -> None:
    view, project_id = _view(qtbot, database)
    locked = tmp_path / "plan.pdf"
    locked.write_bytes(b"open in a viewer")
    real_replace = Path.replace

    def replace(self: Path, other: Path) -> Path:
        if Path(other) == locked:
            raise PermissionError(13, "Permission denied")  # what Windows says
        return real_replace(self, other)

    monkeypatch.setattr(saving.Path, "replace", replace)
    other = tmp_path / "plan (2).pdf"
    names = iter([str(locked), str(other)])
    monkeypatch.setattr(export_runner.QFileDialog, "getSaveFileName", lambda *a: (next(names), ""))
    monkeypatch.setattr(
        export_runner.QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No
    )
    seen: list[str] = []

    def choose_another_name(box: QMessageBox) -> int:
        seen.append(box.text())
        next(b for b in box.buttons() if b.text().startswith("Save under another")).click()
        return 0

    monkeypatch.setattr(export_runner.QMessageBox, "exec", choose_another_name)
    view.plan_editor.print_button.click()
    workers_idle(qtbot)
    assert seen == [
        "plan.pdf is open in another program (a PDF viewer?). Close it there, or save under "
        "another name."
    ]
    assert locked.read_bytes() == b"open in a viewer"
    assert other.is_file()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".pdf") == [
        "plan (2).pdf",
        "plan.pdf",
    ]
    with database.session() as session:
        assert [v.version for v in list_versions(session, project_id)] == [1]
