"""A champion's portfolio: clients per stage, conversion to Active, stalled, next actions due."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.orm import Session

from desktop.core.champions.portfolio import champion_portfolio
from desktop.core.clients.editing import archive_client
from desktop.core.pipelines.enrollment import enroll_clients
from desktop.core.pipelines.moves import move_client
from desktop.core.pipelines.next_actions import set_next_action
from tests.core.pipeline_helpers import enrollment_of, make_office

TODAY = date.today()


def test_portfolio_counts_only_the_champions_active_clients(session: Session) -> None:
    office = make_office(session, clients=8)  # Client 1-4: Anna (AB), 5-8: Cees (CD)
    anna = office.staff["AB"]
    enroll_clients(
        session, office.project_id, [office.clients[f"Client {n}"] for n in (1, 2, 3, 5, 6, 7, 8)]
    )
    active, informed = office.stages["Active"], office.stages["Informed"]
    for name, stage in (("Client 1", active), ("Client 2", informed), ("Client 5", active)):
        move_client(session, enrollment_of(session, office, name).id, stage, None)
    # Client 2 has a next action overdue, Client 3 one next week, Client 1 is finished.
    set_next_action(
        session, enrollment_of(session, office, "Client 2").id, "Call", TODAY - timedelta(days=2)
    )
    set_next_action(
        session, enrollment_of(session, office, "Client 3").id, "Visit", TODAY + timedelta(days=6)
    )
    set_next_action(session, enrollment_of(session, office, "Client 1").id, "Thank", TODAY)
    far = enrollment_of(session, office, "Client 6").id
    set_next_action(session, far, "Later", TODAY + timedelta(days=30))  # Cees's client anyway
    archive_client(session, office.clients["Client 4"])  # not enrolled, archived: not counted

    portfolio = champion_portfolio(session, anna, TODAY)
    assert (portfolio.name, portfolio.clients, portfolio.not_enrolled) == ("Anna Bakker", 3, 0)
    (project,) = portfolio.projects
    stages = {s.name: s.clients for s in project.stages}
    assert stages["Active"] == 1 and stages["Informed"] == 1 and stages["Not approached"] == 1
    assert sum(stages.values()) == project.enrolled == 3
    assert project.conversion == 1 / 3
    assert project.office_conversion == 2 / 7  # Client 1 and 5 of the seven enrolled
    # Each open client has a next action and is within its stage's limit: none stalled.
    assert project.stalled == 0
    assert [(d.client_name, d.action, d.overdue) for d in portfolio.due] == [
        ("Client 2", "Call", True),
        ("Client 3", "Visit", False),
    ]
    assert portfolio.due_total == 2


def test_stalled_clients_and_an_empty_portfolio(session: Session) -> None:
    office = make_office(session, clients=4)
    enroll_clients(session, office.project_id)  # nobody has a next action: all stalled
    portfolio = champion_portfolio(session, office.staff["CD"], TODAY)
    assert portfolio.projects[0].stalled == 2
    assert portfolio.projects[0].conversion == 0
    archive = [office.clients["Client 3"], office.clients["Client 4"]]
    for client_id in archive:
        archive_client(session, client_id)
    empty = champion_portfolio(session, office.staff["CD"], TODAY)
    assert (empty.clients, empty.projects, empty.due, empty.due_total) == (0, [], [], 0)
