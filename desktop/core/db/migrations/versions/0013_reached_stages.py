"""the stages each enrollment ever really reached, kept on the enrollment

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02 06:30:00.000000

The funnel ("clients that ever reached this stage") used to replay every client's whole history
on each request. The set of stages a client really reached (moves taken back by an undo, and the
undos themselves, left out) is now kept on the enrollment as ",3,5,7,", filled here from the
recorded history. Transitions get an index on their moment, for "moves this week".
"""

from itertools import groupby

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

CHUNK = 5_000

_enrollments = sa.table(
    "enrollments", sa.column("id", sa.Integer), sa.column("reached_stages", sa.Text)
)
_transitions = sa.table(
    "stage_transitions",
    sa.column("id", sa.Integer),
    sa.column("enrollment_id", sa.Integer),
    sa.column("to_stage_id", sa.Integer),
    sa.column("at", sa.DateTime),
    sa.column("reverts_id", sa.Integer),
)


def upgrade() -> None:
    with op.batch_alter_table("enrollments", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("reached_stages", sa.Text(), server_default="", nullable=False)
        )
    connection = op.get_bind()
    t = _transitions.c
    undone = set(
        connection.execute(sa.select(t.reverts_id).where(t.reverts_id.is_not(None))).scalars()
    )
    fill = (
        sa.update(_enrollments)
        .where(_enrollments.c.id == sa.bindparam("enrollment_id"))
        .values(reached_stages=sa.bindparam("reached"))
    )
    last_id = 0
    while True:
        ids = list(
            connection.execute(
                sa.select(_enrollments.c.id)
                .where(_enrollments.c.id > last_id)
                .order_by(_enrollments.c.id)
                .limit(CHUNK)
            ).scalars()
        )
        if not ids:
            break
        rows = connection.execute(
            sa.select(t.id, t.enrollment_id, t.to_stage_id, t.reverts_id)
            .where(t.enrollment_id.in_(ids))
            .order_by(t.enrollment_id, t.at, t.id)
        ).all()
        values = []
        for enrollment_id, history in groupby(rows, key=lambda row: row.enrollment_id):
            reached: list[int] = []
            for row in history:
                real = row.reverts_id is None and row.id not in undone
                if real and row.to_stage_id not in reached:
                    reached.append(row.to_stage_id)
            text = "," + "".join(f"{stage_id}," for stage_id in reached)
            values.append({"enrollment_id": enrollment_id, "reached": text})
        if values:
            connection.execute(fill, values)
        last_id = ids[-1]
    op.create_index("ix_stage_transitions_at", "stage_transitions", ["at"])


def downgrade() -> None:
    op.drop_index("ix_stage_transitions_at", table_name="stage_transitions")
    with op.batch_alter_table("enrollments", schema=None) as batch_op:
        batch_op.drop_column("reached_stages")
