"""`draagvlak status`: the key figures as text, in Dutch and English, and its errors."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.cli.main import main
from desktop.core.db.engine import open_database
from desktop.core.db.models import Enrollment, Project
from desktop.core.pipelines.enrollment import enroll_clients
from desktop.core.pipelines.moves import move_clients
from desktop.core.pipelines.projects import create_project
from desktop.core.pipelines.stalled import local_midnight_utc, local_today
from tests.core.pipeline_helpers import make_office


@pytest.fixture
def office(db_path: Path) -> Path:
    """Ten clients enrolled five weeks ago; one becomes Active each week; goal 80%."""
    database = open_database(db_path)
    today = local_today()
    with database.session() as session:
        office = make_office(session, clients=10)
        project = session.get(Project, office.project_id)
        project.goal_percent, project.target_date = 80, today + timedelta(weeks=30)
        start = local_midnight_utc(today - timedelta(weeks=5)) + timedelta(hours=10)
        enroll_clients(session, office.project_id, at=start)
        ids = list(session.scalars(select(Enrollment.id).order_by(Enrollment.id)))
        for week in range(5):
            at = start + timedelta(weeks=week, days=1)
            move_clients(session, [ids[week]], office.stages["Active"], None, at=at)
        create_project(session, "Digitaal archief")
        session.commit()
    database.dispose()
    return db_path


def test_status_prints_the_key_figures_of_one_project(
    office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["status", "--project", "Client portal", "--db", str(office), "--lang", "en"])
    assert code == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Client portal"
    assert lines[1].startswith("On track: 50% of the enrolled clients are Active; at this pace")
    assert "the goal of 80% is reached around" in lines[1]
    assert ", in time for the target date of " in lines[1]
    assert "Active: 5 of 10 enrolled clients (50%)" in lines
    assert "Pace: 1.0 clients Active per week (last 5 weeks)" in lines
    assert "Status: on track" in lines
    assert "Stalled clients: 5; overdue next actions: 0" in lines  # five have no next action


def test_status_of_every_project_in_dutch(office: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["status", "--db", str(office), "--lang", "nl", "--weeks", "3"]) == 0
    out = capsys.readouterr().out
    assert "Nog geen klanten ingeschreven in Digitaal archief." in out
    assert "Status: op schema" in out
    assert "Tempo: 1,0 klanten per week naar Actief (afgelopen 3 weken)" in out


def test_status_refuses_an_unknown_project_and_a_bad_number_of_weeks(
    office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["status", "--project", "Nope", "--db", str(office), "--lang", "en"]) == 1
    assert capsys.readouterr().err.startswith(
        "draagvlak: There is no project named 'Nope'. Projects: "
    )
    assert main(["status", "--weeks", "0", "--db", str(office), "--lang", "en"]) == 1
    assert "between 1 and 52" in capsys.readouterr().err
