"""The import history and undo: recorded with the import, all or nothing, refused when the
clients changed since."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.core.clients.editing import get_client, update_client
from desktop.core.clients.history import add_contact
from desktop.core.common.errors import ConflictError, NotFoundError
from desktop.core.common.vocab import ContactChannel
from desktop.core.db import tables as t
from desktop.core.db.engine import Database
from desktop.core.db.models import Client, Enrollment, StageTransition
from desktop.core.imports.history import last_import_id, list_imports, undo_import
from desktop.core.imports.importer import ImportOptions, run_import
from desktop.core.pipelines.moves import move_client
from desktop.core.pipelines.projects import create_project
from desktop.core.pipelines.stages import list_stages
from tests.core.imports.samples import write_csv


def _clients(database: Database) -> dict[str, tuple[object, ...]]:
    with database.session() as session:
        rows = session.execute(
            select(Client.client_number, Client.name, Client.city, Client.search_text)
        )
        return {row[0]: tuple(row) for row in rows}


def _stored_client(database: Database) -> None:
    with database.session() as session:
        session.add(Client(client_number="1", name="Oud BV", city="Epe", search_text="oud bv"))
        session.commit()


def _second_import(database: Database, tmp_path: Path, **options: object) -> int:
    path = write_csv(
        tmp_path / "tweede.csv",
        ["Relatiecode;Naam;Plaats", "1;Oud BV;Ede", "2;Nieuw BV;Ede", "3;Ander BV;Epe"],
    )
    report = run_import(database, path, None, ImportOptions(on_duplicate="update", **options))
    assert (report.created, report.updated) == (2, 1)
    assert report.import_id is not None
    return report.import_id


def _undo(database: Database, import_id: int) -> object:
    with database.session() as session:
        result = undo_import(session, import_id)
        session.commit()
        return result


def test_import_is_recorded_and_undone(database: Database, tmp_path: Path) -> None:
    _stored_client(database)
    before = _clients(database)
    import_id = _second_import(database, tmp_path, by_name="Marieke")
    with database.session() as session:
        [run] = list_imports(session)
        assert (run.id, run.file_name, run.by, run.created, run.updated) == (
            import_id,
            "tweede.csv",
            "Marieke",
            2,
            1,
        )
        assert last_import_id(session) == import_id
    result = _undo(database, import_id)
    assert (result.deleted, result.restored) == (2, 1)  # type: ignore[attr-defined]
    assert _clients(database) == before  # the city and the search text are back
    with database.session() as session:
        [run] = list_imports(session)
        assert run.undone_at is not None
        with pytest.raises(NotFoundError):
            last_import_id(session)
        with pytest.raises(ConflictError, match="undone already"):
            undo_import(session, import_id)


def test_dry_run_and_blocked_imports_are_not_recorded(database: Database, tmp_path: Path) -> None:
    good = write_csv(tmp_path / "g.csv", ["Naam", "Een"])
    bad = write_csv(tmp_path / "b.csv", ["Naam;E-mail", "Twee;twee@"])
    run_import(database, good, None, ImportOptions(), dry_run=True)
    run_import(database, bad, None, ImportOptions())
    with database.session() as session:
        assert list_imports(session) == []


def test_undo_refuses_after_an_edit_and_changes_nothing(database: Database, tmp_path: Path) -> None:
    _stored_client(database)
    import_id = _second_import(database, tmp_path)
    with database.session() as session:
        client_id = session.scalar(select(Client.id).where(Client.client_number == "2"))
        read = get_client(session, client_id).data
        update_client(session, client_id, dataclasses.replace(read, city="Zwolle"), read=read)
        session.commit()
    before = _clients(database)
    with database.session() as session, pytest.raises(ConflictError) as refused:
        undo_import(session, import_id)
    assert "2 Nieuw BV" in str(refused.value)
    assert "1 Oud BV" not in str(refused.value)
    assert _clients(database) == before


def test_undo_refuses_after_a_move_or_a_contact(database: Database, tmp_path: Path) -> None:
    with database.session() as session:
        project = create_project(session, "Portaal")
        session.commit()
        project_id = project.id
        stages = list_stages(session, project_id)
    _stored_client(database)
    import_id = _second_import(database, tmp_path, project_id=project_id)
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Enrollment)) == 3
        ids = dict(session.execute(select(Client.client_number, Client.id)).all())
        enrollment = session.scalar(select(Enrollment.id).where(Enrollment.client_id == ids["3"]))
        move_client(session, enrollment, stages[1].id, None)
        add_contact(session, ids["2"], ContactChannel.CALL, "gebeld")
        session.commit()
    with database.session() as session, pytest.raises(ConflictError) as refused:
        undo_import(session, import_id)
    message = str(refused.value)
    assert "3 Ander BV" in message and "2 Nieuw BV" in message
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Client)) == 3


def test_undo_removes_the_enrollments_it_made(database: Database, tmp_path: Path) -> None:
    with database.session() as session:
        project_id = create_project(session, "Portaal").id
        session.commit()
    _stored_client(database)
    import_id = _second_import(database, tmp_path, project_id=project_id)
    _undo(database, import_id)
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Enrollment)) == 0
        assert session.scalar(select(func.count()).select_from(StageTransition)) == 0
        assert session.scalar(select(func.count()).select_from(t.import_clients)) == 0
        assert session.scalar(select(func.count()).select_from(Client)) == 1


def test_unknown_import_is_not_found(database: Database) -> None:
    with database.session() as session, pytest.raises(NotFoundError):
        undo_import(session, 99)
