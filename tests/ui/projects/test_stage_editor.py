from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from desktop.core.common.vocab import StageKind
from desktop.core.pipelines.board import stage_counts
from desktop.core.pipelines.stages import list_stages, segment_limits
from desktop.ui.projects.stage_editor import StageEditor
from desktop.ui.projects.stage_models import StageTableModel
from tests.ui.pipeline_office import make_office


@pytest.fixture
def office(database):
    return make_office(database)


@pytest.fixture
def editor(qtbot, database, office):
    widget = StageEditor(database)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.counts_loaded):
        widget.set_project(office.project_id)
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)
    widget.stage_table.setFocus()
    qtbot.waitUntil(widget.stage_table.hasFocus)  # keyboard shortcuts need a focused table
    return widget


def stage_names(database, project_id):
    with database.session() as session:
        return [stage.name for stage in list_stages(session, project_id)]


def name_editor(editor):
    line_edit = editor.stage_table.viewport().findChild(QLineEdit)
    assert line_edit is not None, "the name cell is not being edited"
    return line_edit


def select(editor, row, column=StageTableModel.NAME):
    editor.stage_table.setCurrentIndex(editor.stage_model.index(row, column))


def test_shows_stages_with_their_clients(editor, office) -> None:
    model = editor.stage_model
    assert [s.name for s in model.stages][:3] == ["Not approached", "Informed", "Invited"]
    clients_now = [model.index(row, StageTableModel.CLIENTS).data() for row in range(3)]
    assert clients_now == ["3", "0", "1"]


def test_rename_by_keyboard_is_saved(qtbot, editor, database, office) -> None:
    select(editor, 1)
    qtbot.keyClick(editor.stage_table, Qt.Key.Key_F2)
    line_edit = name_editor(editor)
    line_edit.selectAll()
    qtbot.keyClicks(line_edit, "Told about it")
    qtbot.keyClick(line_edit, Qt.Key.Key_Return)  # the view commits on its next event round
    qtbot.waitUntil(lambda: stage_names(database, office.project_id)[1] == "Told about it")


def test_rename_to_existing_name_is_refused_with_a_message(editor, database, office) -> None:
    index = editor.stage_model.index(2, StageTableModel.NAME)
    assert not editor.stage_model.setData(index, "informed")
    assert "already has a stage named" in editor.error_label.text()
    assert editor.error_label.isVisibleTo(editor)
    assert stage_names(database, office.project_id)[2] == "Invited"


def test_rename_stage_holding_clients_keeps_them(editor, database, office) -> None:
    index = editor.stage_model.index(0, StageTableModel.NAME)
    assert editor.stage_model.setData(index, "Not yet approached")
    with database.session() as session:
        assert stage_counts(session, office.project_id)[office.stage_ids[0]] == 3


def test_alt_down_moves_a_stage_with_clients_and_keeps_them(qtbot, editor, database, office):
    select(editor, 0)
    with qtbot.waitSignal(editor.stages_changed):
        qtbot.keyClick(editor.stage_table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    names = stage_names(database, office.project_id)
    assert names[:3] == ["Informed", "Not approached", "Invited"]
    assert editor.current_stage_id() == office.stage_ids[0]  # the selection follows the stage
    with database.session() as session:
        assert stage_counts(session, office.project_id)[office.stage_ids[0]] == 3
    editor.up_button.click()
    assert stage_names(database, office.project_id)[:2] == ["Not approached", "Informed"]


def test_move_buttons_are_disabled_at_the_ends(editor) -> None:
    select(editor, 0)
    assert not editor.up_button.isEnabled() and editor.down_button.isEnabled()
    select(editor, len(editor.stage_model.stages) - 1)
    assert editor.up_button.isEnabled() and not editor.down_button.isEnabled()


def test_deleting_a_stage_with_clients_is_refused(monkeypatch, editor, database, office):
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args: pytest.fail("no confirmation expected")
    )
    select(editor, 0)
    editor.delete_button.click()
    assert told and "still holds 3 clients" in told[0]
    assert len(stage_names(database, office.project_id)) == 7


def test_deleting_an_empty_stage_asks_first(monkeypatch, editor, database, office) -> None:
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *args: answers.pop(0))
    select(editor, 3)  # Activated: empty
    editor.delete_button.click()
    assert "Activated" in stage_names(database, office.project_id)
    editor.delete_button.click()
    assert "Activated" not in stage_names(database, office.project_id)
    assert len(editor.stage_model.stages) == 6


def test_add_stage_opens_its_name_for_editing(qtbot, editor, database, office) -> None:
    editor.add_button.click()
    assert stage_names(database, office.project_id)[-1] == "New stage"
    line_edit = name_editor(editor)
    line_edit.selectAll()
    qtbot.keyClicks(line_edit, "Reminder sent")
    qtbot.keyClick(line_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stage_names(database, office.project_id)[-1] == "Reminder sent")


def test_kind_and_max_days_are_saved(editor, database, office) -> None:
    model = editor.stage_model
    assert model.setData(model.index(4, StageTableModel.KIND), StageKind.WON)
    assert model.setData(model.index(4, StageTableModel.MAX_DAYS), 45)
    assert model.setData(model.index(1, StageTableModel.MAX_DAYS), 0)  # 0 = no limit
    with database.session() as session:
        stages = list_stages(session, office.project_id)
    assert (stages[4].kind, stages[4].max_days) == (StageKind.WON, 45)
    assert stages[1].max_days is None
    assert model.index(1, StageTableModel.MAX_DAYS).data() == "No limit"


def test_segment_limit_overrides_are_saved_and_removed(editor, database, office) -> None:
    model = editor.limit_model
    assert model.setData(model.index(1, 3), 40)  # Informed × fourth segment
    key = (office.stage_ids[1], office.segment_ids[3])
    with database.session() as session:
        assert segment_limits(session, office.project_id) == {key: 40}
    assert model.index(1, 3).data() == "40"
    assert model.setData(model.index(1, 3), 0)
    with database.session() as session:
        assert segment_limits(session, office.project_id) == {}
    assert model.index(1, 3).data() == "21"  # the stage's own limit again
