"""Projects, stages, segment limits and segment approaches."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desktop.core.common.errors import ConflictError, ValidationError
from desktop.core.common.vocab import ApproachChannel, StageKind, approach_channel_label
from desktop.core.db.models import Stage, StageSegmentLimit
from desktop.core.pipelines.approaches import (
    get_segment_approach,
    list_segment_approaches,
    set_segment_approach,
)
from desktop.core.pipelines.enrollment import enroll_clients
from desktop.core.pipelines.moves import move_client
from desktop.core.pipelines.projects import (
    busiest_project,
    create_project,
    list_projects,
    project_choices,
    update_project,
)
from desktop.core.pipelines.stages import (
    add_stage,
    delete_stage,
    list_stages,
    rename_stage,
    reorder_stages,
    segment_limits,
    set_segment_limit,
    set_stage_kind,
    set_stage_max_days,
)
from tests.core.pipeline_helpers import enrollment_of, make_office


def names(session, project_id):
    return [s.name for s in list_stages(session, project_id)]


def test_new_project_starts_from_the_client_portal_template(session):
    project = create_project(
        session, "  Client portal ", "Portal for all", 80, date(2026, 12, 31), "Pilot"
    )
    assert project.name == "Client portal"
    assert names(session, project.id) == [
        "Not approached",
        "Informed",
        "Invited",
        "Activated",
        "First use",
        "Active",
        "Declined",
    ]
    stages = list_stages(session, project.id)
    assert [s.position for s in stages] == list(range(7))
    assert stages[-2].kind == StageKind.WON and stages[-1].kind == StageKind.LOST
    assert stages[0].max_days == 60


def test_empty_template_and_several_projects(session):
    create_project(session, "Client portal")
    empty = create_project(session, "Digital receipts", template="empty")
    assert names(session, empty.id) == []
    assert [p.name for p in list_projects(session)] == ["Client portal", "Digital receipts"]


def test_project_choices_and_the_busiest_project_are_those_of_list_projects(session):
    assert busiest_project(session) is None and project_choices(session) == []
    office = make_office(session, clients=4)
    assert busiest_project(session) == office.project_id  # the only one
    receipts = create_project(session, "Digital receipts")  # after "Client portal" by name
    create_project(session, "Abacus", template="empty")  # first by name, nobody enrolled
    clients = list(office.clients.values())
    enroll_clients(session, receipts.id, clients[:2])
    enroll_clients(session, office.project_id, clients[:2])  # a tie: the first by name
    projects = list_projects(session)
    assert project_choices(session) == [(p.id, p.name) for p in projects]
    assert busiest_project(session) == max(projects, key=lambda p: p.enrolled).id
    assert busiest_project(session) == office.project_id
    enroll_clients(session, receipts.id, clients[2:3])
    assert busiest_project(session) == receipts.id


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"name": "   "}, ValidationError),
        ({"name": "client PORTAL"}, ConflictError),
        ({"name": "New", "goal_percent": 101}, ValidationError),
        ({"name": "New", "goal_percent": -1}, ValidationError),
        ({"name": "New", "template": "nope"}, ValidationError),
        ({"name": "N" * 201}, ValidationError),  # PostgreSQL would refuse it, SQLite not
        ({"name": "New", "phase": "P" * 101}, ValidationError),
    ],
)
def test_project_validation(session, kwargs, error):
    create_project(session, "Client portal")
    with pytest.raises(error) as raised:
        create_project(session, **kwargs)
    assert str(raised.value)  # a readable message


def test_update_project_changes_only_given_fields(session):
    project = create_project(session, "Client portal", "Text", 50)
    other = create_project(session, "Receipts", template="empty")
    update_project(session, project.id, goal_percent=None, phase="Roll-out")
    assert (project.description, project.goal_percent, project.phase) == ("Text", None, "Roll-out")
    with pytest.raises(ConflictError):
        update_project(session, other.id, name="Client Portal")
    update_project(session, project.id, name="Client portal")  # its own name is fine


def test_edit_stages(session):
    project = create_project(session, "Receipts", template="empty")
    first = add_stage(session, project.id, "Asked")
    done = add_stage(session, project.id, "Delivered", StageKind.WON)
    rename_stage(session, first.id, "Requested")
    set_stage_kind(session, done.id, StageKind.LOST)
    set_stage_max_days(session, first.id, 10)
    stages = list_stages(session, project.id)
    assert [(s.name, s.kind, s.max_days) for s in stages] == [
        ("Requested", StageKind.OPEN, 10),
        ("Delivered", StageKind.LOST, None),
    ]
    with pytest.raises(ValidationError):
        set_stage_max_days(session, first.id, 0)
    with pytest.raises(ConflictError):
        add_stage(session, project.id, "requested")
    with pytest.raises(ValidationError):
        rename_stage(session, first.id, " ")
    with pytest.raises(ValidationError, match="Longer than 100 characters"):
        add_stage(session, project.id, "S" * 101)
    add_stage(session, project.id, "S" * 100)


def test_reorder_stages_with_clients_in_them(session):
    office = make_office(session)
    enroll_clients(session, office.project_id)
    s = office.stages
    enrollment = enrollment_of(session, office, "Client 1")
    move_client(session, enrollment.id, s["Invited"], office.staff["AB"])
    order = [s[n] for n in ["Invited", "Not approached", "Informed", "Activated", "First use"]]
    order += [s["Declined"], s["Active"]]
    reorder_stages(session, office.project_id, order)
    assert [r.id for r in list_stages(session, office.project_id)] == order
    assert enrollment.stage_id == s["Invited"]  # clients stay where they are
    with pytest.raises(ValidationError):
        reorder_stages(session, office.project_id, order[:-1])
    with pytest.raises(ValidationError):
        reorder_stages(session, office.project_id, [*order[:-1], order[0]])


def test_delete_stage_is_refused_while_clients_are_in_it(session):
    office = make_office(session, clients=1)
    enroll_clients(session, office.project_id)
    with pytest.raises(ConflictError, match="still holds clients"):
        delete_stage(session, office.stages["Not approached"])


def test_stage_with_history_is_archived_unused_stage_deleted(session):
    office = make_office(session, clients=1)
    enroll_clients(session, office.project_id)
    s = office.stages
    enrollment = enrollment_of(session, office, "Client 1")
    move_client(session, enrollment.id, s["Informed"], None)
    set_segment_limit(session, s["Invited"], office.segments["Fast"], 5)

    assert delete_stage(session, s["Not approached"]) == "archived"
    assert delete_stage(session, s["Invited"]) == "deleted"
    assert session.get(Stage, s["Invited"]) is None
    assert session.scalars(select(StageSegmentLimit)).all() == []
    active = list_stages(session, office.project_id)
    assert [r.name for r in active][:2] == ["Informed", "Activated"]
    assert [r.position for r in active] == list(range(5))
    archived = [r for r in list_stages(session, office.project_id, True) if r.archived]
    assert [r.name for r in archived] == ["Not approached"]
    # Enrolment now starts in the first remaining stage.
    assert names(session, office.project_id)[0] == "Informed"


def test_segment_limits(session):
    office = make_office(session, clients=0)
    stage, fast = office.stages["Invited"], office.segments["Fast"]
    set_segment_limit(session, stage, fast, 3)
    set_segment_limit(session, stage, fast, 4)
    assert segment_limits(session, office.project_id) == {(stage, fast): 4}
    with pytest.raises(ValidationError):
        set_segment_limit(session, stage, fast, -2)
    set_segment_limit(session, stage, fast, None)
    assert segment_limits(session, office.project_id) == {}


def test_segment_approach(session):
    office = make_office(session, clients=0)
    fast, slow = office.segments["Fast"], office.segments["Slow"]
    empty = get_segment_approach(session, office.project_id, slow)
    assert (empty.approach, empty.channels, empty.incentive) == ("", (), "")
    set_segment_approach(
        session, office.project_id, fast, " Webinar first ", ["letter", "webinar"], "Discount"
    )
    row = get_segment_approach(session, office.project_id, fast)
    assert row.channels == ("webinar", "letter")  # in the standard order
    assert (row.approach, row.incentive, row.segment_name) == ("Webinar first", "Discount", "Fast")
    assert [r.segment_name for r in list_segment_approaches(session, office.project_id)] == [
        "Fast",
        "Slow",
    ]
    with pytest.raises(ValidationError):
        set_segment_approach(session, office.project_id, fast, "", ["fax"], "")
    assert [approach_channel_label(key) for key in ApproachChannel] == [
        "Personal visit",
        "Phone",
        "Webinar",
        "Instruction video",
        "Letter",
    ]
