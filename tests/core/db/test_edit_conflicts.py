"""Two people edit the same record at the same time, each in a session of their own.

Each test opens two sessions on one database (SQLite, or PostgreSQL when the suite runs there):
both read the record, one saves, then the other saves. Edits of different fields both survive;
an edit of a field the other changed is refused, naming the field, who and when.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy.orm import Session

from desktop.core.clients.editing import ClientData, create_client, get_client, update_client
from desktop.core.common.errors import StaleEditError
from desktop.core.db.engine import Database
from desktop.core.db.models import Enrollment, Project, Stage
from desktop.core.office.segments import list_segments
from desktop.core.office.settings import get_settings, initialise_office, update_settings
from desktop.core.pipelines.approaches import get_segment_approach, set_segment_approach
from desktop.core.pipelines.enrollment import enroll_clients
from desktop.core.pipelines.next_actions import set_next_action
from desktop.core.pipelines.projects import (
    create_project,
    get_project,
    project_values,
    update_project,
)
from desktop.core.pipelines.stages import list_stages, rename_stage, set_stage_max_days
from desktop.core.staff.editing import StaffData, create_staff, get_staff, update_staff

TIME = r"\d\d:\d\d"  # today's edits are named by their time of day


@pytest.fixture
def people(database: Database) -> dict[str, int]:
    with database.session() as session:
        ids = {
            "sanne": create_staff(session, StaffData(name="Sanne Bakker", initials="SB")),
            "piet": create_staff(session, StaffData(name="Piet de Boer", initials="PdB")),
        }
        initialise_office(session, "Kantoor Noord", "nl")
        session.commit()
    return ids


@pytest.fixture
def client_id(database: Database, people: dict[str, int]) -> int:
    with database.session() as session:
        new_id = create_client(
            session, ClientData(client_number="K1", name="Bakkerij Jansen", phone="030 111 1111")
        )
        session.commit()
    return new_id


def _commit(session: Session, change) -> object:  # type: ignore[no-untyped-def]
    result = change()
    session.commit()
    return result


def _sanne_saves_an_email_while_b_reads(
    a: Session, b: Session, client_id: int, sanne: int
) -> ClientData:
    read_a = get_client(a, client_id).data
    read_b = get_client(b, client_id).data
    wanted_a = replace(read_a, email="info@jansen.nl")
    _commit(a, lambda: update_client(a, client_id, wanted_a, read=read_a, by=sanne))
    return read_b


def test_edits_of_different_client_fields_both_survive(
    database: Database, client_id: int, people: dict[str, int]
) -> None:
    with database.session() as a, database.session() as b:
        read_b = _sanne_saves_an_email_while_b_reads(a, b, client_id, people["sanne"])
        wanted_b = replace(read_b, phone="030 222 2222")
        _commit(b, lambda: update_client(b, client_id, wanted_b, read=read_b, by=people["piet"]))
    with database.session() as session:
        data = get_client(session, client_id).data
    assert (data.email, data.phone) == ("info@jansen.nl", "030 222 2222")


def test_client_edit_of_a_field_changed_meanwhile_is_refused(
    database: Database, client_id: int, people: dict[str, int]
) -> None:
    with database.session() as a, database.session() as b:
        read_b = _sanne_saves_an_email_while_b_reads(a, b, client_id, people["sanne"])
        wanted_b = replace(read_b, email="post@jansen.nl", phone="030 222 2222")
        with pytest.raises(StaleEditError) as raised:
            update_client(b, client_id, wanted_b, read=read_b, by=people["piet"])
        b.rollback()
    assert raised.value.field == "email"
    assert re.fullmatch(
        f"E-mail was changed by Sanne Bakker at {TIME}; your change was not saved.",
        str(raised.value),
    )
    with database.session() as session:
        data = get_client(session, client_id).data
    assert (data.email, data.phone) == (
        "info@jansen.nl",
        "030 111 1111",
    )  # nothing of B's was saved


def test_unknown_editor_is_someone_else(database: Database, client_id: int) -> None:
    with database.session() as a, database.session() as b:
        read_a = get_client(a, client_id).data
        read_b = get_client(b, client_id).data
        _commit(a, lambda: update_client(a, client_id, replace(read_a, city="Ede"), read=read_a))
        with pytest.raises(StaleEditError, match=f"^City was changed at {TIME} by someone else"):
            update_client(b, client_id, replace(read_b, city="Epe"), read=read_b)


def test_staff_edits(database: Database, people: dict[str, int]) -> None:
    piet = people["piet"]
    with database.session() as a, database.session() as b:
        read_a, read_b = get_staff(a, piet), get_staff(b, piet)
        _commit(a, lambda: update_staff(a, piet, replace(read_a, team="Noord"), read=read_a))
        _commit(b, lambda: update_staff(b, piet, replace(read_b, email="p@k.nl"), read=read_b))
        read_c = get_staff(a, piet)
        _commit(
            a,
            lambda: update_staff(
                a, piet, replace(read_c, team="Zuid"), read=read_c, by=people["sanne"]
            ),
        )
        with pytest.raises(StaleEditError, match="^Team was changed by Sanne Bakker"):
            update_staff(b, piet, replace(read_b, team="Oost"), read=read_b)
    with database.session() as session:
        stored = get_staff(session, piet)
    assert (stored.team, stored.email) == ("Zuid", "p@k.nl")


def test_project_edits(database: Database, people: dict[str, int]) -> None:
    with database.session() as session:
        project_id = create_project(session, "Portaal").id
        session.commit()
    with database.session() as a, database.session() as b:
        read_a = project_values(get_project(a, project_id))
        read_b = project_values(get_project(b, project_id))
        _commit(
            a, lambda: update_project(a, project_id, **(read_a | {"phase": "Pilot"}), read=read_a)
        )
        wanted_b = read_b | {"description": "Iedereen digitaal"}
        _commit(b, lambda: update_project(b, project_id, **wanted_b, read=read_b))
        with pytest.raises(StaleEditError, match="^Phase was changed"):
            update_project(b, project_id, **(read_b | {"phase": "Rollout"}), read=read_b)
    with database.session() as session:
        project = session.get(Project, project_id)
        assert (project.phase, project.description) == ("Pilot", "Iedereen digitaal")


def test_stage_edits(database: Database, people: dict[str, int]) -> None:
    with database.session() as session:
        project_id = create_project(session, "Portaal").id
        session.commit()
        stage = list_stages(session, project_id)[1]
    with database.session() as a, database.session() as b:
        shown_a = list_stages(a, project_id)[1]
        shown_b = list_stages(b, project_id)[1]
        _commit(
            a, lambda: rename_stage(a, stage.id, "Gebeld", read=shown_a.name, by=people["piet"])
        )
        # B changes another field of the same stage: fine.
        _commit(b, lambda: set_stage_max_days(b, stage.id, 9, read=shown_b.max_days))
        with pytest.raises(StaleEditError, match="^Stage name was changed"):
            rename_stage(b, stage.id, "Gemaild", read=shown_b.name)
    with database.session() as session:
        stored = session.get(Stage, stage.id)
        assert (stored.name, stored.max_days) == ("Gebeld", 9)


def test_segment_approach_edits(database: Database, people: dict[str, int]) -> None:
    with database.session() as session:
        project_id = create_project(session, "Portaal").id
        segment_id = list_segments(session)[0].id
        session.commit()
    with database.session() as a, database.session() as b:
        read_a = get_segment_approach(a, project_id, segment_id)
        read_b = get_segment_approach(b, project_id, segment_id)
        _commit(
            a,
            lambda: set_segment_approach(
                a, project_id, segment_id, "Langsgaan", [], "", read=read_a, by=people["sanne"]
            ),
        )
        _commit(
            b,
            lambda: set_segment_approach(b, project_id, segment_id, "", ["phone"], "", read=read_b),
        )
        # Who and when are kept per record: the last edit (B's own, without a name) is named.
        with pytest.raises(StaleEditError, match=f"^Approach was changed at {TIME} by someone"):
            set_segment_approach(b, project_id, segment_id, "Bellen", ["phone"], "", read=read_b)
    with database.session() as session:
        stored = get_segment_approach(session, project_id, segment_id)
    assert (stored.approach, stored.channels) == ("Langsgaan", ("phone",))


def test_next_action_edits(database: Database, client_id: int, people: dict[str, int]) -> None:
    with database.session() as session:
        project_id = create_project(session, "Portaal").id
        enroll_clients(session, project_id, [client_id])
        session.commit()
        enrollment_id = session.query(Enrollment.id).scalar()
    with database.session() as a, database.session() as b:
        read = (None, None)
        _commit(
            a,
            lambda: set_next_action(a, enrollment_id, "Bellen", None, read=read, by=people["piet"]),
        )
        with pytest.raises(StaleEditError, match="^The next action was changed by Piet de Boer"):
            set_next_action(b, enrollment_id, "Mailen", date(2030, 1, 1), read=read)
        b.rollback()
        # With what A saved in view, B may add the due date.
        _commit(
            b,
            lambda: set_next_action(
                b, enrollment_id, "Bellen", date(2030, 1, 1), read=("Bellen", None)
            ),
        )
    with database.session() as session:
        stored = session.get(Enrollment, enrollment_id)
        assert (stored.next_action, stored.next_action_due) == ("Bellen", date(2030, 1, 1))


def test_office_settings_edits(database: Database, people: dict[str, int]) -> None:
    with database.session() as a, database.session() as b:
        read_a, read_b = get_settings(a), get_settings(b)
        _commit(a, lambda: update_settings(a, read_a, read_a._replace(name="Kantoor Zuid")))
        _commit(b, lambda: update_settings(b, read_b, read_b._replace(language="en")))
        with pytest.raises(StaleEditError, match="^Office name was changed at"):
            update_settings(b, read_b, read_b._replace(name="Kantoor Oost"))
    with database.session() as session:
        assert get_settings(session)[:2] == ("Kantoor Zuid", "en")
