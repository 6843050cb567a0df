"""The migrations build exactly the tables the code declares: a column, index, type or default
changed in desktop/core/db/tables/ without a migration (or the other way round) fails here, on SQLite and on
PostgreSQL."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from desktop.core.db import search_index
from desktop.core.db.tables import metadata


def _same_default_in_brackets(
    context, inspected_column, metadata_column, inspected, metadata_default, rendered
) -> bool | None:
    # A table rebuilt by a batch migration reads back an empty-text default as "('')", which
    # Alembic compares with the bare '': the same default.
    if inspected is not None and rendered is not None and _bare(inspected) == _bare(rendered):
        return False
    return None  # Alembic's own comparison decides


def _bare(default: str) -> str:
    return default.strip().strip("()").strip("'")


def _not_the_search_index(name, type_, _parent_names) -> bool:  # noqa: ANN001
    # The trigram index is made outside the table definitions (desktop/core/db/search_index.py)
    # and has tests of its own.
    if type_ == "table":
        return not search_index.is_index_table(name)
    return not (type_ == "index" and name == search_index.POSTGRESQL_INDEX)


def test_a_freshly_migrated_database_matches_the_table_definitions(database) -> None:
    with database.engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={
                "compare_type": True,
                "compare_server_default": _same_default_in_brackets,
                "include_name": _not_the_search_index,
            },
        )
        differences = compare_metadata(context, metadata)
    assert differences == [], "\n".join(map(str, differences))
