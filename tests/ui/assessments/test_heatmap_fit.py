"""At 1280x800, in Dutch and English, every heatmap column shows its whole text."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from desktop.core.assessments.elements import ELEMENTS
from desktop.core.assessments.rounds import create_round, set_scores
from desktop.core.common.vocab import StaffRole
from desktop.core.staff.editing import StaffData, create_staff
from desktop.ui.assessments.assessments_view import AssessmentsView
from desktop.ui.assessments.heatmap_model import FIRST_ELEMENT
from desktop.ui.shell.translator import install_translators

# The area's width in a 1280x800 window: the window less the navigation bar.
AREA_WIDTH = 1280 - 190
# The longest texts each column can hold: names, teams, every role, a falling and a rising score.
PEOPLE = (
    ("Jolanda Klein Gebbink", "Bedrijfsvoering", StaffRole.RELATIONSHIP_MANAGER, (2, 2, 2, 2, 2)),
    ("Wilhelmina van der Linden", "Particulieren", StaffRole.OFFICE_MANAGER, (4.6, 4, 4, 4, 2.9)),
    ("Pieter Koster", "MKB", StaffRole.ASSISTANT, (5, 4.4, 3.8, 4.2, 4)),
    ("Joost Smit", "Agro", StaffRole.PARTNER, (1, 1.5, 1.8, 1, 1)),
    ("Karin Lammers", "ICT", StaffRole.HR, (3, 3.1, 3, 3, 3)),
    ("Marco Jansen", "ICT", StaffRole.IT, (4, 4, 4, 4, 4)),
)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_no_heatmap_column_is_narrower_than_its_texts(qtbot, database, language) -> None:
    with database.session() as session:
        first = create_round(session, "Nulmeting", "2026-01-15")
        second = create_round(session, "Vervolg", "2026-04-15")
        for name, team, role, scores in PEOPLE:
            initials = "".join(part[0] for part in name.split())
            staff_id = create_staff(
                session, StaffData(name=name, initials=initials, team=team, role=role)
            )
            before = [max(1.0, score - 1) for score in scores]
            set_scores(session, first, staff_id, dict(zip(ELEMENTS, before, strict=True)))
            set_scores(session, second, staff_id, dict(zip(ELEMENTS, scores, strict=True)))
        session.commit()
    install_translators(QApplication.instance(), language)
    try:
        view = AssessmentsView(database)
        qtbot.addWidget(view)
        view.resize(AREA_WIDTH, 800)
        view.show()
        qtbot.waitExposed(view)
        table = view.heatmap
        header = table.horizontalHeader()
        for column in range(header.count()):
            needed = max(header.sectionSizeHint(column), table.sizeHintForColumn(column))
            assert header.sectionSize(column) >= needed, header.model().headerData(
                column, header.orientation()
            )
        # All of it fits without scrolling sideways, the score columns narrow.
        assert header.length() <= table.viewport().width()
        assert not table.horizontalScrollBar().isVisible()
        assert all(header.sectionSize(FIRST_ELEMENT + e) <= 60 for e in range(len(ELEMENTS)))
    finally:
        install_translators(QApplication.instance(), "en")
