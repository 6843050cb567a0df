"""Beside the heatmap: adopter categories (overridable), trends, and planning a person's next
step from the intervention library as a measure."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from desktop.core.assessments.adopters import AdopterCategory, round_trends
from desktop.core.assessments.elements import ELEMENTS, AdkarElement
from desktop.core.assessments.interventions import list_interventions, seed_library
from desktop.core.assessments.questionnaire import seed_questionnaire
from desktop.core.assessments.rounds import create_round, set_scores
from desktop.core.common.vocab import MeasureKind
from desktop.core.db.engine import Database
from desktop.core.measures.editing import list_measures
from desktop.core.staff.editing import StaffData, create_staff
from desktop.ui.assessments.accept_dialog import AcceptDialog
from desktop.ui.assessments.heatmap_model import ADOPTER
from desktop.ui.assessments.library_dialog import TITLE_COLUMN, LibraryDialog
from desktop.ui.common import changes
from tests.ui.assessments.test_assessments_view import _view


def _seed(database: Database) -> None:
    # A migrated database holds the defaults; on PostgreSQL the tests start from empty tables.
    with database.session() as session:
        seed_library(session, "en")
        seed_questionnaire(session, "en")
        session.commit()


def _office(database: Database) -> tuple[dict[str, int], int]:
    _seed(database)
    with database.session() as session:
        ids = {
            name: create_staff(session, StaffData(name=name, initials=initials))
            for name, initials in (("Anna Bakker", "AB"), ("Kees de Vries", "KdV"))
        }
        rounds = [
            create_round(session, name, day)
            for name, day in (
                ("Nulmeting", "2026-01-15"),
                ("Vervolg", "2026-04-15"),
                ("Derde", "2026-07-15"),
            )
        ]
        history = {
            "Anna Bakker": [(1, 1, 1, 1, 1), (3, 3, 3, 3, 3), (5, 5, 4, 4, 4)],
            "Kees de Vries": [(4, 4, 2, 4, 4), (4, 4, 2, 4, 4), (4, 4, 3, 4, 4)],
        }
        for name, scores in history.items():
            for round_id, values in zip(rounds, scores, strict=True):
                set_scores(session, round_id, ids[name], dict(zip(ELEMENTS, values, strict=True)))
        session.commit()
    return ids, rounds[-1]


def test_categories_trends_and_an_override(qtbot, database) -> None:
    ids, last = _office(database)
    view = _view(qtbot, database)
    model, panel = view.heatmap_model, view.person_panel
    texts = {model.index(r, 0).data(): model.index(r, ADOPTER).data() for r in (1, 2)}
    assert texts == {"Anna Bakker": "Early adopter", "Kees de Vries": "Early majority"}
    assert [panel.fast_list.item(i).text() for i in range(panel.fast_list.count())] == [
        "Anna Bakker · +1.7"
    ]
    assert panel.stuck_list.item(0).text() == "Kees de Vries · Knowledge, 3 rounds"

    panel.stuck_list.itemClicked.emit(panel.stuck_list.item(0))
    assert view.current_person().name == "Kees de Vries"
    assert panel.category_combo.currentText() == "By the rule: Early majority"
    assert panel.step_label.text() == "Training in working with the client portal"
    panel.category_combo.setCurrentIndex(panel.category_combo.findData(AdopterCategory.LAGGARD))
    with database.session() as session:
        assert round_trends(session, last)[ids["Kees de Vries"]].override is AdopterCategory.LAGGARD
    row = next(r for r in (1, 2) if model.index(r, 0).data() == "Kees de Vries")
    assert model.index(row, ADOPTER).data() == "Laggard"
    assert "by the rule: Early majority" in model.index(row, ADOPTER).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert view.current_person().name == "Kees de Vries"  # the choice stays on the person
    panel.category_combo.setCurrentIndex(0)  # back to the rule
    assert model.index(row, ADOPTER).data() == "Early majority"


def test_accepting_the_suggested_step_plans_a_measure(qtbot, database) -> None:
    ids, _ = _office(database)
    view = _view(qtbot, database)
    view.select_person(ids["Kees de Vries"])
    assert view.person_panel.plan_button.isEnabled()
    seen: dict[str, object] = {}

    def fill_dialog() -> None:
        dialog = next(w for w in view.findChildren(AcceptDialog) if w.isVisible())
        seen["kind"] = dialog.kind_label.text()
        dialog.owner_combo.setCurrentIndex(dialog.owner_combo.findText("Anna Bakker"))
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)

    QTimer.singleShot(0, fill_dialog)
    view.person_panel.plan_button.click()
    assert seen["kind"] == "Training"
    with database.session() as session:
        (measure,) = list_measures(session, target_staff_id=ids["Kees de Vries"])
    assert (measure.kind, measure.element, measure.owner_name) == (
        MeasureKind.TRAINING,
        AdkarElement.KNOWLEDGE,
        "Anna Bakker",
    )
    assert measure.title == "Training in working with the client portal"
    shown = view.person_panel.measures_list.item(0).text()
    assert shown.startswith("Training in working with the client portal · Training · Anna Bakker")
    assert shown.endswith("Planned")
    # Anna has no barrier point: nothing to plan.
    view.select_person(ids["Anna Bakker"])
    assert not view.person_panel.plan_button.isEnabled()
    assert view.person_panel.measures_list.item(0).text() == "none yet"


def test_the_library_is_edited_and_restored(qtbot, database, monkeypatch) -> None:
    _seed(database)
    dialog = LibraryDialog(database)
    qtbot.addWidget(dialog)
    count = dialog.table.rowCount()
    assert count == 8
    dialog.table.item(4, TITLE_COLUMN).setText("Workshop portal")
    dialog.table.setCurrentCell(0, TITLE_COLUMN)
    dialog.remove_row()
    dialog.accept()
    with database.session() as session:
        library = list_interventions(session)
    assert len(library) == count - 1
    assert [r.title for r in library if r.element == AdkarElement.KNOWLEDGE] == ["Workshop portal"]
    assert not [r for r in library if r.element == AdkarElement.AWARENESS]

    again = LibraryDialog(database)
    qtbot.addWidget(again)
    again.table.item(0, TITLE_COLUMN).setText("  ")
    shown: list[str] = []
    monkeypatch.setattr(changes, "show_error", lambda _parent, error: shown.append(str(error)))
    again.accept()  # refused: a step needs a title; nothing saved
    assert not again.saved and shown == ["Line 1 needs a title."]
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    again.restore_defaults()
    again.accept()
    with database.session() as session:
        assert len(list_interventions(session)) == count


def test_entering_per_question_averages_into_the_scores(qtbot, database) -> None:
    from desktop.core.assessments.results import round_results
    from desktop.ui.assessments.questions_dialog import AnswersDialog, QuestionnaireDialog

    ids, last = _office(database)
    editor = QuestionnaireDialog(database)
    qtbot.addWidget(editor)
    assert editor.table.rowCount() == 10 and editor.table.isColumnHidden(1)
    editor.table.setCurrentCell(2, TITLE_COLUMN)  # a Desire question: the new one joins it
    editor.add_row()
    editor.table.item(editor.table.rowCount() - 1, TITLE_COLUMN).setText("I tell colleagues")
    editor.accept()
    assert editor.saved

    view = _view(qtbot, database)
    view.tabs.setCurrentIndex(1)
    row = next(i for i, r in enumerate(view.grid_model.rows) if r.staff_id == ids["Anna Bakker"])
    view.grid.setCurrentIndex(view.grid_model.index(row, 2))
    seen: dict[str, str] = {}

    def answer() -> None:
        dialog = next(w for w in view.findChildren(AnswersDialog) if w.isVisible())
        desire = [q.id for q in dialog.questions if q.element is AdkarElement.DESIRE]
        assert len(desire) == 3
        for question_id, value in zip(desire, (4, 3, 3), strict=True):
            dialog.spins[question_id].setValue(value)
        seen["average"] = dialog.average_labels[AdkarElement.DESIRE].text()
        dialog.button_box.button(dialog.button_box.StandardButton.Save).click()

    QTimer.singleShot(0, answer)
    view.answers_button.click()
    assert seen["average"] == "3.3"
    with database.session() as session:
        anna = next(
            p for p in round_results(session, last).people if p.staff_id == ids["Anna Bakker"]
        )
    assert anna.scores[1] == 3.33 and anna.scores[0] == 5  # unanswered elements keep their score
    assert view.grid_model.rows[row].scores[1] == 3.33
