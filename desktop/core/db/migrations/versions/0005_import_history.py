"""import history: what each committed import did, so it can be listed and undone

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04 10:00:00.000000

``imports`` has one row per committed import (file, when, by whom, counts, when undone);
``import_clients`` one row per client it created or updated, with the previous values of the
fields it changed (JSON) and the client's ``updated_at`` as the import left it, so an undo can
tell whether anything else changed the client since.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "imports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=260), nullable=False),
        sa.Column("sheet", sa.String(length=100), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("by_staff_id", sa.Integer(), nullable=True),
        sa.Column("by_name", sa.String(length=200), nullable=False),
        sa.Column("rows_read", sa.Integer(), nullable=False),
        sa.Column("created", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("unchanged", sa.Integer(), nullable=False),
        sa.Column("skipped", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=True),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["by_staff_id"], ["staff.id"], name=op.f("fk_imports_by_staff_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["projects.id"], name=op.f("fk_imports_project_id_projects")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_imports")),
    )
    op.create_table(
        "import_clients",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("import_id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("previous_json", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["import_id"], ["imports.id"], name=op.f("fk_import_clients_import_id_imports")
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_import_clients_client_id_clients")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_clients")),
    )
    with op.batch_alter_table("import_clients", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_import_clients_import_id"), ["import_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_import_clients_client_id"), ["client_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("import_clients", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_import_clients_client_id"))
        batch_op.drop_index(batch_op.f("ix_import_clients_import_id"))
    op.drop_table("import_clients")
    op.drop_table("imports")
