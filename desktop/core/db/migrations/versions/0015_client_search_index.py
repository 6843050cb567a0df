"""a trigram index over the clients' search text: searches that do not grow with the office

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02 06:10:00.000000

SQLite gets an FTS5 trigram table kept in step by triggers, PostgreSQL a pg_trgm GIN index
(see desktop/core/db/search_index.py). Both are filled from the existing rows here. Where the
database cannot have one (an SQLite without FTS5, a PostgreSQL without the extension or the
right to create it) nothing is created and searches scan the table, as they did before.
"""

from alembic import op

from desktop.core.db import search_index

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    search_index.create(op.get_bind())


def downgrade() -> None:
    search_index.drop(op.get_bind())
