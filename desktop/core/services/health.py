"""Database health: integrity check, schema revision and row counts (`draagvlak check`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select, text

from desktop.core.db import Database
from desktop.core.schema import current_revision
from desktop.core.tables import metadata


@dataclass(frozen=True)
class HealthReport:
    url: str
    revision: str | None
    integrity: str
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.integrity == "ok"


def check_database(database: Database) -> HealthReport:
    """Run SQLite's integrity_check (PostgreSQL checks itself) and count every table."""
    with database.engine.connect() as connection:
        if database.engine.dialect.name == "sqlite":
            rows = connection.execute(text("PRAGMA integrity_check")).scalars().all()
            integrity = "ok" if rows == ["ok"] else "; ".join(rows[:5])
        else:
            integrity = "ok"
        counts = {
            table.name: connection.execute(select(func.count()).select_from(table)).scalar_one()
            for table in metadata.sorted_tables
        }
    return HealthReport(
        url=database.engine.url.render_as_string(hide_password=True),
        revision=current_revision(database.engine),
        integrity=integrity,
        counts=counts,
    )
