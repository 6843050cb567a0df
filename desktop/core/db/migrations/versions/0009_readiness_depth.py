"""readiness depth: adopter-category overrides and the intervention library

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 06:00:00.000000

New tables only: a per-person override of the adopter category, and the intervention library,
seeded with the defaults in the office's language (English when no office is set up yet; the
office's first set-up switches untouched defaults to its language).
"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from desktop.core.assessments.interventions import default_interventions

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "adopter_overrides",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_adopter_overrides_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_adopter_overrides")),
        sa.UniqueConstraint("staff_id", name=op.f("uq_adopter_overrides_staff_id")),
    )
    library = op.create_table(
        "interventions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("element", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interventions")),
    )
    with op.batch_alter_table("interventions", schema=None) as batch_op:
        batch_op.create_index("ix_interventions_element_position", ["element", "position"])
    language = op.get_bind().scalar(
        sa.text("SELECT language FROM office_settings ORDER BY id LIMIT 1")
    )
    now = datetime.now(UTC).replace(tzinfo=None)
    rows = default_interventions(language or "en")
    for position, row in enumerate(rows):
        op.execute(
            library.insert().values(
                element=row.element.value,
                kind=row.kind.value,
                title=row.title,
                position=position,
                created_at=now,
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("interventions", schema=None) as batch_op:
        batch_op.drop_index("ix_interventions_element_position")
    op.drop_table("interventions")
    op.drop_table("adopter_overrides")
