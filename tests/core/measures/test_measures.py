"""Measures: created validated, listed open-first by due date, status changes, stale edits."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.orm import Session

from desktop.core.assessments.elements import AdkarElement
from desktop.core.common.errors import NotFoundError, StaleEditError, ValidationError
from desktop.core.common.vocab import MeasureKind, MeasureStatus
from desktop.core.measures.editing import (
    MeasureData,
    create_measure,
    delete_measure,
    get_measure,
    list_measures,
    set_measure_status,
    update_measure,
)
from desktop.core.pipelines.projects import create_project
from desktop.core.staff.editing import StaffData, create_staff


def _anna(session: Session) -> int:
    return create_staff(session, StaffData(name="Anna Bakker", initials="AB"))


def test_a_measure_is_stored_with_its_names(session: Session) -> None:
    project = create_project(session, "Klantportaal").id
    anna = _anna(session)
    measure = create_measure(
        session,
        MeasureData(
            title="  Training portaal ",
            kind="training",
            project_id=project,
            target_staff_id=anna,
            owner_id=anna,
            element=AdkarElement.KNOWLEDGE,
            due_on=date(2026, 3, 1),
        ),
    )
    row = get_measure(session, measure)
    assert (row.title, row.kind, row.status) == (
        "Training portaal",
        MeasureKind.TRAINING,
        MeasureStatus.PLANNED,
    )
    assert (row.project_name, row.target_name, row.owner_name) == (
        "Klantportaal",
        "Anna Bakker",
        "Anna Bakker",
    )
    assert row.element is AdkarElement.KNOWLEDGE


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (MeasureData(title=" ", kind="training"), "title"),
        (MeasureData(title="x" * 201, kind="training"), "title"),
        (MeasureData(title="Mail", kind="newsletter"), "kind"),
        (MeasureData(title="Mail", kind="communication", element="courage"), "element"),
        (MeasureData(title="Mail", kind="communication", owner_id=999), "owner_id"),
    ],
)
def test_bad_measures_are_refused_by_field(session: Session, data: MeasureData, field: str) -> None:
    with pytest.raises(ValidationError) as refused:
        create_measure(session, data)
    assert refused.value.field == field
    assert list_measures(session) == []


def test_open_measures_come_first_by_due_date(session: Session) -> None:
    def add(title: str, due: date | None) -> int:
        return create_measure(session, MeasureData(title=title, kind="communication", due_on=due))

    done = add("Done early", date(2026, 1, 1))
    add("No date", None)
    add("Later", date(2026, 6, 1))
    add("Sooner", date(2026, 2, 1))
    set_measure_status(session, done, MeasureStatus.DONE, on=date(2026, 1, 2))
    assert [row.title for row in list_measures(session)] == [
        "Sooner",
        "Later",
        "No date",
        "Done early",
    ]
    assert [row.title for row in list_measures(session, statuses=(MeasureStatus.DONE,))] == [
        "Done early"
    ]


def test_done_records_the_day_and_reopening_clears_it(session: Session) -> None:
    measure = create_measure(session, MeasureData(title="Webinar", kind="communication"))
    before = set_measure_status(session, measure, "done", on=date(2026, 5, 4))
    assert before is MeasureStatus.PLANNED
    assert get_measure(session, measure).done_on == date(2026, 5, 4)
    assert set_measure_status(session, measure, "in_progress") is MeasureStatus.DONE
    assert get_measure(session, measure).done_on is None


def test_an_edit_of_a_changed_measure_is_refused(session: Session) -> None:
    measure = create_measure(session, MeasureData(title="Webinar", kind="communication"))
    session.commit()
    read_at = get_measure(session, measure).updated_at
    update_measure(session, measure, MeasureData(title="Webinar 1", kind="communication"), read_at)
    session.commit()
    with pytest.raises(StaleEditError):
        update_measure(
            session, measure, MeasureData(title="Webinar 2", kind="communication"), read_at
        )
    session.rollback()
    assert get_measure(session, measure).title == "Webinar 1"


def test_a_deleted_measure_is_gone(session: Session) -> None:
    measure = create_measure(session, MeasureData(title="Webinar", kind="communication"))
    delete_measure(session, measure)
    with pytest.raises(NotFoundError):
        get_measure(session, measure)
    with pytest.raises(NotFoundError):
        set_measure_status(session, measure, "done")
