"""Plan content: context, goals and agenda items, phases with milestones, printed versions."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.orm import Session

from desktop.core.common.errors import ConflictError, NotFoundError, ValidationError
from desktop.core.pipelines.projects import create_project
from desktop.core.plans.content import (
    add_default_phases,
    add_item,
    add_milestone,
    add_phase,
    delete_item,
    delete_phase,
    get_plan,
    set_context,
    update_item,
    update_milestone,
    update_phase,
)
from desktop.core.plans.kinds import PlanItemKind
from desktop.core.plans.versions import list_versions, next_version, record_version


def _project(session: Session) -> int:
    return create_project(session, "Klantportaal").id


def test_an_empty_plan_reads_as_empty(session: Session) -> None:
    plan = get_plan(session, _project(session))
    assert (plan.context, plan.items, plan.phases) == ("", (), ())


def test_context_is_written_and_rewritten(session: Session) -> None:
    project = _project(session)
    set_context(session, project, "  Minder papier.  ")
    set_context(session, project, "Minder papier, meer rust.")
    assert get_plan(session, project).context == "Minder papier, meer rust."


def test_goals_and_agenda_items_keep_their_order_and_kind(session: Session) -> None:
    project = _project(session)
    goal = add_item(session, project, PlanItemKind.GOAL, "80% actief", date(2027, 6, 1))
    add_item(session, project, "board", "Voortgang maandelijks")
    add_item(session, project, PlanItemKind.GOAL, "Half zoveel post")
    update_item(session, goal, "80% van de klanten actief", date(2027, 6, 1), "Telt per klant")
    plan = get_plan(session, project)
    assert [i.title for i in plan.of_kind(PlanItemKind.GOAL)] == [
        "80% van de klanten actief",
        "Half zoveel post",
    ]
    assert plan.of_kind(PlanItemKind.GOAL)[0].notes == "Telt per klant"
    assert [i.title for i in plan.of_kind(PlanItemKind.BOARD)] == ["Voortgang maandelijks"]
    delete_item(session, goal)
    assert len(get_plan(session, project).of_kind(PlanItemKind.GOAL)) == 1


def test_bad_items_are_refused_with_a_clear_error(session: Session) -> None:
    project = _project(session)
    with pytest.raises(ValidationError, match="Title"):
        add_item(session, project, PlanItemKind.HR, "   ")
    with pytest.raises(ValidationError):
        add_item(session, project, "agenda", "Iets")
    with pytest.raises(ValidationError):
        add_item(session, project, PlanItemKind.HR, "x" * 201)
    with pytest.raises(NotFoundError):
        add_item(session, project + 99, PlanItemKind.HR, "Iets")
    with pytest.raises(NotFoundError):
        update_item(session, 12345, "Iets")


def test_default_phases_come_once_in_order(session: Session) -> None:
    project = _project(session)
    assert len(add_default_phases(session, project)) == 4
    assert add_default_phases(session, project) == []
    names = [phase.name for phase in get_plan(session, project).phases]
    assert names == ["Preparation", "Pilot", "Rollout", "Embedding"]


def test_phases_carry_their_milestones_by_date(session: Session) -> None:
    project = _project(session)
    pilot = add_phase(session, project, "Pilot", date(2026, 3, 1), date(2026, 6, 1))
    late = add_milestone(session, pilot, "Evaluatie", date(2026, 5, 30))
    add_milestone(session, pilot, "Eerste 100 actief", date(2026, 4, 15))
    update_milestone(session, late, "Evaluatie met de partners", date(2026, 5, 30), done=True)
    (phase,) = get_plan(session, project).phases
    assert [(m.title, m.done) for m in phase.milestones] == [
        ("Eerste 100 actief", False),
        ("Evaluatie met de partners", True),
    ]
    with pytest.raises(ValidationError, match="end before it starts"):
        update_phase(session, pilot, "Pilot", date(2026, 6, 1), date(2026, 3, 1))
    delete_phase(session, pilot)
    assert get_plan(session, project).phases == ()
    with pytest.raises(NotFoundError):
        add_milestone(session, pilot, "Te laat")


def test_versions_count_up_per_project_and_refuse_a_taken_number(session: Session) -> None:
    project = _project(session)
    other = create_project(session, "Digitaal ondertekenen").id
    assert next_version(session, project) == 1
    record_version(session, project, 1, "nl", 12)
    record_version(session, project, 2, "en", 13)
    assert next_version(session, project) == 3
    assert next_version(session, other) == 1
    with pytest.raises(ConflictError, match="version 2"):
        record_version(session, project, 2, "nl", 12)
    assert [(v.version, v.language, v.pages) for v in list_versions(session, project)] == [
        (2, "en", 13),
        (1, "nl", 12),
    ]


def test_a_project_is_found_by_name(session: Session) -> None:
    from desktop.core.pipelines.projects import find_project

    project = _project(session)
    assert find_project(session, " klantportaal ").id == project
    assert find_project(session, None).id == project  # the only one
    with pytest.raises(NotFoundError, match="'Nope'. Projects: Klantportaal"):
        find_project(session, "Nope")
