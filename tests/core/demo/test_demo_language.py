"""The demo office speaks one language: stages, segments, project, notes and next actions."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.cli.main import main
from desktop.core.common import i18n
from desktop.core.db.engine import open_database
from desktop.core.db.models import Enrollment, Project, Segment, Stage, StageTransition
from desktop.core.demo.history import NEXT_ACTIONS
from desktop.core.demo.office import DemoOptions, create_demo_office
from desktop.core.office.settings import get_settings, initialise_office

TODAY = date(2026, 3, 16)
ENGLISH_ACTIONS = {text for texts in NEXT_ACTIONS.values() for text in texts}
DUTCH_ACTIONS = {i18n.catalogue("nl")[("Demo", text)] for text in ENGLISH_ACTIONS}


def texts(session: Session) -> dict[str, set[str]]:
    return {
        "stages": set(session.scalars(select(Stage.name))),
        "segments": set(session.scalars(select(Segment.name))),
        "project": set(session.scalars(select(Project.name))),
        "actions": set(
            session.scalars(
                select(Enrollment.next_action).where(Enrollment.next_action.is_not(None))
            )
        ),
        "notes": set(
            session.scalars(select(StageTransition.note).where(StageTransition.note != ""))
        ),
    }


def assert_dutch(found: dict[str, set[str]]) -> None:
    assert "Niet benaderd" in found["stages"] and "Not approached" not in found["stages"]
    assert "Koploper" in found["segments"]
    assert found["project"] == {"Klantportaal"}
    assert found["actions"] and found["actions"] <= DUTCH_ACTIONS
    assert "Uitnodiging verstuurd." in found["notes"]


def test_demo_follows_the_offices_language_over_the_current_one(session: Session) -> None:
    initialise_office(session, "Kantoor De Boer", "nl")  # the welcome screen, in Dutch
    assert i18n.current_language() == "en"
    create_demo_office(session, DemoOptions(clients=80, today=TODAY), force=True)
    assert_dutch(texts(session))
    assert get_settings(session).language == "nl"
    assert i18n.current_language() == "en"  # the caller's language is left as it was


def test_a_requested_language_is_used_throughout(session: Session) -> None:
    initialise_office(session, "Kantoor De Boer", "nl")
    create_demo_office(session, DemoOptions(clients=80, today=TODAY, language="en"), force=True)
    found = texts(session)
    assert "Not approached" in found["stages"] and "Front-runner" in found["segments"]
    assert found["project"] == {"Client portal"}
    assert found["actions"] and found["actions"] <= ENGLISH_ACTIONS
    assert "Invitation sent." in found["notes"] and "Uitnodiging verstuurd." not in found["notes"]


def test_cli_demo_without_lang_is_dutch_on_a_dutch_system(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(i18n, "system_language", lambda: "nl")
    db = tmp_path / "demo.sqlite3"
    assert main(["demo", "--db", str(db), "--clients", "80"]) == 0
    database = open_database(db)
    try:
        with database.session() as session:
            assert_dutch(texts(session))
            assert get_settings(session).language == "nl"
    finally:
        database.dispose()
