"""Database health: integrity check, schema revision and row counts (`draagvlak check`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from desktop.core.db.engine import Database
from desktop.core.db.migrate import current_revision
from desktop.core.db.tables import metadata


@dataclass(frozen=True)
class HealthReport:
    url: str
    revision: str | None
    problems: list[str] = field(default_factory=list)  # what integrity_check found
    counts: dict[str, int | None] = field(default_factory=dict)  # None: the table is unreadable

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def integrity(self) -> str:
        return "ok" if self.ok else "; ".join(self.problems[:5])


def check_database(database: Database) -> HealthReport:
    """Run SQLite's integrity_check (PostgreSQL checks itself) and count every table; damage is
    reported, not raised."""
    problems: list[str] = []
    counts: dict[str, int | None] = {}
    with database.engine.connect() as connection:
        if database.engine.dialect.name == "sqlite":
            try:
                rows = connection.execute(text("PRAGMA integrity_check")).scalars().all()
            except DBAPIError as error:  # too damaged to check at all
                connection.rollback()
                rows = [str(error.orig).strip()]
            if rows != ["ok"]:
                problems = [
                    line.strip()
                    for row in rows
                    for line in str(row).splitlines()
                    if line.strip() and not line.startswith("***")
                ]
        for table in metadata.sorted_tables:
            try:
                counts[table.name] = connection.execute(
                    select(func.count()).select_from(table)
                ).scalar_one()
            except DBAPIError as error:
                connection.rollback()
                counts[table.name] = None
                if not problems:
                    problems = [str(error.orig).strip()]
    return HealthReport(
        url=database.engine.url.render_as_string(hide_password=True),
        revision=current_revision(database.engine),
        problems=problems,
        counts=counts,
    )
