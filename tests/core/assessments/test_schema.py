"""Migration 0004 builds the assessment tables exactly as desktop/core/db/tables/ defines them."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from desktop.core.db.engine import Database
from desktop.core.db.tables import metadata

OURS = {"assessment_rounds", "assessment_scores"}


def _table_of(diff: object) -> str | None:
    item = diff[0] if isinstance(diff, list) else diff
    for part in item[1:] if isinstance(item, tuple) else ():
        name = getattr(part, "name", None) if not isinstance(part, str) else None
        table = getattr(part, "table", None)
        if table is not None:
            return table.name
        if name in OURS:
            return name
        if isinstance(part, str) and part in OURS:
            return part
    return None


def test_migrated_assessment_tables_match_the_definition(database: Database) -> None:
    with database.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "render_as_batch": True}
        )
        differences = [d for d in compare_metadata(context, metadata) if _table_of(d) in OURS]
    assert differences == []
