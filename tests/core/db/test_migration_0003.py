"""Migration 0003 (who changed a record, and when) keeps every row of a database at 0002."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from desktop.core.db.engine import create_db_engine, open_database, sqlite_url
from desktop.core.db.migrate import current_revision, upgrade


def test_database_at_0002_with_data_migrates_to_0003_with_data_kept(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = create_db_engine(sqlite_url(path))
    upgrade(engine, "0002")
    with engine.begin() as connection:
        for statement in (
            "INSERT INTO office_settings (id, name, language) VALUES (1, 'Kantoor', 'nl')",
            "INSERT INTO staff (id, name, initials, role, is_champion, created_at, updated_at)"
            " VALUES (1, 'Sanne', 'SB', 'relationship_manager', 1, '2026-01-02', '2026-01-03')",
            "INSERT INTO segments (id, name, description, position) VALUES (1, 'Willing', '', 0)",
            "INSERT INTO clients (id, client_number, name, client_type, segment_id, champion_id,"
            " email, notes, archived, search_text, created_at, updated_at) VALUES (1, 'K1',"
            " 'Bakkerij', 'bv', 1, 1, 'a@b.nl', '', 0, 'bakkerij k1', '2026-01-02',"
            " '2026-01-04')",
            "INSERT INTO projects (id, name, description, phase, created_at)"
            " VALUES (1, 'Portaal', 'x', 'Pilot', '2026-01-02')",
            "INSERT INTO stages (id, project_id, position, name, kind, max_days, archived)"
            " VALUES (1, 1, 0, 'Informed', 'open', 14, 0)",
            "INSERT INTO segment_approaches (id, project_id, segment_id, approach, channels,"
            " incentive) VALUES (1, 1, 1, 'Bellen', 'phone', '')",
            "INSERT INTO enrollments (id, project_id, client_id, stage_id, stage_since,"
            " next_action, next_action_due, created_at) VALUES (1, 1, 1, 1, '2026-01-05',"
            " 'Call', '2026-02-01', '2026-01-05')",
        ):
            connection.exec_driver_sql(statement)
    engine.dispose()

    database = open_database(path)  # migrates to head, as a start of the program does
    assert current_revision(database.engine) >= "0003"
    with database.connect() as connection:

        def row(sql: str) -> tuple:
            return tuple(connection.execute(text(sql)).one())

        assert row("SELECT name, language, updated_at, updated_by FROM office_settings") == (
            "Kantoor",
            "nl",
            None,
            None,
        )
        assert row("SELECT name, initials, is_champion, updated_by FROM staff") == (
            "Sanne",
            "SB",
            1,
            None,
        )
        assert row(
            "SELECT client_number, email, champion_id, search_text, updated_at, updated_by"
            " FROM clients"
        ) == ("K1", "a@b.nl", 1, "bakkerij k1", "2026-01-04", None)
        assert row("SELECT name, phase, updated_at FROM projects") == ("Portaal", "Pilot", None)
        assert row("SELECT name, max_days, updated_by FROM stages") == ("Informed", 14, None)
        assert row("SELECT approach, channels FROM segment_approaches") == ("Bellen", "phone")
        assert row(
            "SELECT next_action, next_action_due, next_action_at, next_action_by FROM enrollments"
        ) == ("Call", "2026-02-01", None, None)
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").first() is None
    database.dispose()
