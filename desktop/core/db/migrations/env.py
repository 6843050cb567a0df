"""Alembic environment: always runs on the connection handed over by desktop.core.db.migrate."""

from alembic import context

from desktop.core.db.tables import metadata

connection = context.config.attributes.get("connection")
if connection is None or not connection.in_transaction():
    raise RuntimeError("Run migrations through desktop.core.db.migrate.upgrade().")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,
    compare_type=True,
    # The runner holds one real transaction around all migrations (on SQLite too: see
    # desktop.core.db.engine.create_sqlite_migration_engine), so DDL is transactional everywhere.
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
