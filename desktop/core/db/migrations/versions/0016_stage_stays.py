"""the finished stays of clients in stages, kept beside the history

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-02 16:20:00.000000

The median days in a stage used to replay every stage transition on each request. A finished
stay (from entering a stage to the real move that ended it, in whole local calendar days) is now
a row of its own, written by the move that ends it and deleted by the undo of that move. Filled
here from the recorded history with the same rules as the replay: undos, and the moves they took
back, are left out (a client whose move was undone never left its stage). Days are counted on
this computer's clock, as the replay did.
"""

from datetime import UTC, datetime, timedelta
from itertools import groupby

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

CHUNK = 5_000

_enrollments = sa.table("enrollments", sa.column("id", sa.Integer))
_transitions = sa.table(
    "stage_transitions",
    sa.column("id", sa.Integer),
    sa.column("enrollment_id", sa.Integer),
    sa.column("to_stage_id", sa.Integer),
    sa.column("at", sa.DateTime),
    sa.column("reverts_id", sa.Integer),
)


def upgrade() -> None:
    stays = op.create_table(
        "stage_stays",
        sa.Column("transition_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("enrollment_id", sa.Integer(), nullable=False),
        sa.Column("stage_id", sa.Integer(), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["enrollment_id"],
            ["enrollments.id"],
            name=op.f("fk_stage_stays_enrollment_id_enrollments"),
        ),
        sa.ForeignKeyConstraint(
            ["stage_id"], ["stages.id"], name=op.f("fk_stage_stays_stage_id_stages")
        ),
        sa.ForeignKeyConstraint(
            ["transition_id"],
            ["stage_transitions.id"],
            name=op.f("fk_stage_stays_transition_id_stage_transitions"),
        ),
        sa.PrimaryKeyConstraint("transition_id", name=op.f("pk_stage_stays")),
    )
    _fill(op.get_bind(), stays)
    op.create_index(
        "ix_stage_stays_enrollment_id_stage_id_days",
        "stage_stays",
        ["enrollment_id", "stage_id", "days"],
    )
    op.create_index("ix_stage_stays_stage_id", "stage_stays", ["stage_id"])


def downgrade() -> None:
    op.drop_index("ix_stage_stays_stage_id", table_name="stage_stays")
    op.drop_index("ix_stage_stays_enrollment_id_stage_id_days", table_name="stage_stays")
    op.drop_table("stage_stays")


def _fill(connection: sa.Connection, stays: sa.Table) -> None:
    t = _transitions.c
    undone = set(
        connection.execute(sa.select(t.reverts_id).where(t.reverts_id.is_not(None))).scalars()
    )
    local = _LocalDates()
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
            sa.select(t.id, t.enrollment_id, t.to_stage_id, t.at, t.reverts_id)
            .where(t.enrollment_id.in_(ids))
            .order_by(t.enrollment_id, t.at, t.id)
        ).all()
        values = []
        for enrollment_id, history in groupby(rows, key=lambda row: row.enrollment_id):
            real = [r for r in history if r.reverts_id is None and r.id not in undone]
            for before, after in zip(real, real[1:], strict=False):
                values.append(
                    {
                        "transition_id": after.id,
                        "enrollment_id": enrollment_id,
                        "stage_id": before.to_stage_id,
                        "days": local.ordinal(after.at) - local.ordinal(before.at),
                    }
                )
        if values:
            connection.execute(sa.insert(stays), values)
        last_id = ids[-1]


class _LocalDates:
    """Local calendar dates of stored (naive UTC) moments, one time-zone lookup per UTC hour."""

    def __init__(self) -> None:
        self._by_hour: dict[datetime, int | None] = {}

    def ordinal(self, moment: datetime) -> int:
        moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment
        hour = moment.replace(minute=0, second=0, microsecond=0)
        if hour not in self._by_hour:
            first = hour.astimezone().date().toordinal()
            last = (hour + timedelta(seconds=3599.999999)).astimezone().date().toordinal()
            self._by_hour[hour] = first if first == last else None
        known = self._by_hour[hour]
        return known if known is not None else moment.astimezone().date().toordinal()
