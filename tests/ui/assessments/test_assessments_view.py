"""The Readiness area: a round entered by keyboard only, and the heatmap."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor

from desktop.core.assessments.elements import ELEMENTS
from desktop.core.assessments.palette import score_colour
from desktop.core.assessments.results import round_results
from desktop.core.assessments.rounds import create_round, list_rounds, set_scores
from desktop.core.common.vocab import StaffRole
from desktop.core.db.engine import Database
from desktop.core.staff.editing import StaffData, create_staff
from desktop.ui.assessments.assessments_view import AssessmentsView
from desktop.ui.assessments.heatmap_model import BARRIER, CHANGE, FIRST_ELEMENT, SCORE_ROLE, TEAM
from desktop.ui.assessments.round_dialog import RoundDialog

PEOPLE = (
    ("Anna Bakker", "AB", "Audit", StaffRole.PARTNER),
    ("Kees de Vries", "KdV", "Payroll", StaffRole.RELATIONSHIP_MANAGER),
    ("Lotte Smit", "LS", "Audit", StaffRole.ASSISTANT),
)


def _office(database: Database) -> dict[str, int]:
    with database.session() as session:
        ids = {
            name: create_staff(session, StaffData(name=name, initials=ini, team=team, role=role))
            for name, ini, team, role in PEOPLE
        }
        session.commit()
    return ids


def _view(qtbot, database: Database) -> AssessmentsView:
    view = AssessmentsView(database)
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.show()
    return view


def test_a_round_is_created_and_entered_with_the_keyboard_only(qtbot, database) -> None:
    _office(database)
    view = _view(qtbot, database)
    assert view.empty_label.isVisible() and not view.tabs.isVisible()

    def fill_dialog() -> None:
        dialog = next(w for w in view.findChildren(RoundDialog) if w.isVisible())
        qtbot.keyClicks(dialog.name_edit, "Nulmeting")
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)

    QTimer.singleShot(0, fill_dialog)
    view.new_round()
    assert view.tabs.currentIndex() == 1
    assert (view.grid.currentIndex().row(), view.grid.currentIndex().column()) == (0, 2)
    # Anna: 4 4 3 2 5, then the cursor wraps to Kees: 5 5 5 5 5; Lotte's first is cleared.
    qtbot.keyClicks(view.grid, "44325555552")
    qtbot.keyClick(view.grid, Qt.Key.Key_Left)
    qtbot.keyClick(view.grid, Qt.Key.Key_Delete)
    qtbot.keyClicks(view.grid, "7")  # not a score: ignored, nothing moves
    assert view.grid.currentIndex().row() == 2
    (round_row,) = list_rounds_of(database)
    with database.session() as session:
        anna, kees = round_results(session, round_row).people
    assert anna.scores == (4, 4, 3, 2, 5) and anna.barrier == ELEMENTS[2]
    assert kees.scores == (5,) * 5 and kees.barrier is None
    # The heatmap follows the grid without a reload.
    assert view.heatmap_model.rowCount() == 3  # the firm's average and two people
    assert "Knowledge 1" in view.barrier_label.text()


def list_rounds_of(database: Database) -> list[int]:
    with database.session() as session:
        return [row.id for row in list_rounds(session)]


def test_the_heatmap_colours_sorts_and_shows_change(qtbot, database) -> None:
    ids = _office(database)
    with database.session() as session:
        first = create_round(session, "Nulmeting", "2026-01-15")
        second = create_round(session, "Vervolg", "2026-04-15")
        for round_id, scores in (
            (first, {"Anna Bakker": (3, 3, 3, 3, 3), "Kees de Vries": (4, 4, 4, 4, 2)}),
            (
                second,
                {
                    "Anna Bakker": (4, 4, 3.4, 2, 3),
                    "Kees de Vries": (4, 4, 4, 4, 1),
                    "Lotte Smit": (2, 4, 4, 4, 4),
                },
            ),
        ):
            for name, values in scores.items():
                set_scores(session, round_id, ids[name], dict(zip(ELEMENTS, values, strict=True)))
        session.commit()
    view = _view(qtbot, database)
    model = view.heatmap_model
    assert view.round_combo.currentText().startswith("Vervolg")  # the latest round first

    def row_texts(row: int) -> list[str]:
        return [model.index(row, c).data() for c in range(model.columnCount())]

    assert row_texts(0)[0] == "Firm average"
    assert row_texts(0)[FIRST_ELEMENT] == "3.3 ▼"  # (4 + 4 + 2) / 3 against 3.5 before
    anna = row_texts(1)
    assert anna[0] == "Anna Bakker"
    assert anna[FIRST_ELEMENT:BARRIER] == ["4 ▲", "4 ▲", "3.4", "2 ▼", "3"]
    assert anna[BARRIER] == "Ability" and anna[CHANGE] == "▲ +0.3"
    cell = model.index(1, FIRST_ELEMENT + 2)
    assert cell.data(SCORE_ROLE) == 3.4
    assert cell.data(Qt.ItemDataRole.BackgroundRole).color() == QColor(score_colour(3.4))

    view.heatmap.sortByColumn(BARRIER, Qt.SortOrder.AscendingOrder)
    assert [row_texts(r)[0] for r in range(model.rowCount())] == [
        "Firm average",
        "Lotte Smit",
        "Anna Bakker",
        "Kees de Vries",
    ]
    view.heatmap.sortByColumn(TEAM, Qt.SortOrder.DescendingOrder)
    assert [row_texts(r)[TEAM] for r in range(1, 4)] == ["Payroll", "Audit", "Audit"]
    # Lotte was not in the first round: no arrows, no change.
    lotte = next(r for r in range(1, 4) if row_texts(r)[0] == "Lotte Smit")
    assert row_texts(lotte)[FIRST_ELEMENT] == "2" and row_texts(lotte)[CHANGE] == ""

    view.select_round(first)
    assert row_texts(1)[CHANGE] == "" and model.rowCount() == 3
