"""rewards: rules, the append-only points ledger, recognitions, catalogue, client incentives

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 07:00:00.000000

New tables only: existing data is untouched. A trigger refuses any UPDATE of a ledger entry
(corrections are reversal entries).
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_SQLITE_TRIGGER = (
    "CREATE TRIGGER reward_entries_append_only BEFORE UPDATE ON reward_entries "
    "BEGIN SELECT RAISE(ABORT, 'reward_entries is append-only'); END"
)
_POSTGRESQL_FUNCTION = (
    "CREATE FUNCTION reward_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN RAISE EXCEPTION 'reward_entries is append-only'; END $$"
)
_POSTGRESQL_TRIGGER = (
    "CREATE TRIGGER reward_entries_append_only BEFORE UPDATE ON reward_entries "
    "FOR EACH ROW EXECUTE FUNCTION reward_entries_append_only()"
)


def upgrade() -> None:
    op.create_table(
        "reward_tags",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reward_tags")),
        sa.UniqueConstraint("name", name=op.f("uq_reward_tags_name")),
    )
    op.create_table(
        "reward_balances",
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("balance", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_reward_balances_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("staff_id", name=op.f("pk_reward_balances")),
    )
    op.create_table(
        "reward_catalogue",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("price", sa.Integer(), nullable=False),
        sa.Column("stock", sa.Integer(), nullable=True),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.CheckConstraint("price > 0", name=op.f("ck_reward_catalogue_price_positive")),
        sa.CheckConstraint(
            "stock IS NULL OR stock >= 0", name=op.f("ck_reward_catalogue_stock_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by"], ["staff.id"], name=op.f("fk_reward_catalogue_updated_by_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reward_catalogue")),
        sa.UniqueConstraint("name", name=op.f("uq_reward_catalogue_name")),
    )
    op.create_table(
        "reward_opt_outs",
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_reward_opt_outs_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("staff_id", name=op.f("pk_reward_opt_outs")),
    )
    op.create_table(
        "reward_recognitions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("giver_id", sa.Integer(), nullable=False),
        sa.Column("receiver_id", sa.Integer(), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "giver_id <> receiver_id", name=op.f("ck_reward_recognitions_not_to_oneself")
        ),
        sa.CheckConstraint(
            "points IN (5, 10, 20, 50)", name=op.f("ck_reward_recognitions_points_tier")
        ),
        sa.ForeignKeyConstraint(
            ["giver_id"], ["staff.id"], name=op.f("fk_reward_recognitions_giver_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["receiver_id"], ["staff.id"], name=op.f("fk_reward_recognitions_receiver_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["reward_tags.id"], name=op.f("fk_reward_recognitions_tag_id_reward_tags")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reward_recognitions")),
    )
    with op.batch_alter_table("reward_recognitions", schema=None) as batch_op:
        batch_op.create_index(
            "ix_reward_recognitions_giver_id_at", ["giver_id", "at"], unique=False
        )

    op.create_table(
        "reward_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "board_mode",
            sa.Enum(
                "relative",
                "teams",
                "full",
                "off",
                name="reward_board_mode",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("monthly_allowance", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "monthly_allowance >= 0", name=op.f("ck_reward_settings_allowance_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by"], ["staff.id"], name=op.f("fk_reward_settings_updated_by_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reward_settings")),
    )
    op.create_table(
        "client_incentives",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("incentive", sa.String(length=200), nullable=False),
        sa.Column("marked_at", sa.DateTime(), nullable=False),
        sa.Column("marked_by", sa.Integer(), nullable=True),
        sa.Column("invoiced", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_client_incentives_client_id_clients")
        ),
        sa.ForeignKeyConstraint(
            ["marked_by"], ["staff.id"], name=op.f("fk_client_incentives_marked_by_staff")
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["projects.id"], name=op.f("fk_client_incentives_project_id_projects")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client_incentives")),
        sa.UniqueConstraint(
            "project_id", "client_id", name=op.f("uq_client_incentives_project_id")
        ),
    )
    with op.batch_alter_table("client_incentives", schema=None) as batch_op:
        batch_op.create_index("ix_client_incentives_client_id", ["client_id"], unique=False)

    op.create_table(
        "reward_redemptions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reward_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("price", sa.Integer(), nullable=False),
        sa.Column("requested_at", sa.DateTime(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "pending",
                "approved",
                "declined",
                name="reward_redemption_status",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("decided_by", sa.Integer(), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("fulfilled_at", sa.DateTime(), nullable=True),
        sa.Column("note", sa.String(length=500), nullable=True),
        sa.ForeignKeyConstraint(
            ["decided_by"], ["staff.id"], name=op.f("fk_reward_redemptions_decided_by_staff")
        ),
        sa.ForeignKeyConstraint(
            ["reward_id"],
            ["reward_catalogue.id"],
            name=op.f("fk_reward_redemptions_reward_id_reward_catalogue"),
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_reward_redemptions_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reward_redemptions")),
    )
    with op.batch_alter_table("reward_redemptions", schema=None) as batch_op:
        batch_op.create_index("ix_reward_redemptions_staff_id", ["staff_id"], unique=False)
        batch_op.create_index("ix_reward_redemptions_status", ["status"], unique=False)

    op.create_table(
        "reward_rules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "stage_reached",
                "assessment_completed",
                "training_done",
                "action_on_time",
                name="reward_rule_kind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("stage_id", sa.Integer(), nullable=True),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("active_from", sa.Date(), nullable=True),
        sa.Column("active_until", sa.Date(), nullable=True),
        sa.Column("needs_approval", sa.Boolean(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.CheckConstraint("points > 0", name=op.f("ck_reward_rules_points_positive")),
        sa.ForeignKeyConstraint(
            ["stage_id"], ["stages.id"], name=op.f("fk_reward_rules_stage_id_stages")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by"], ["staff.id"], name=op.f("fk_reward_rules_updated_by_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reward_rules")),
    )
    op.create_table(
        "reward_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=False),
        sa.Column(
            "source",
            sa.Enum(
                "rule",
                "recognition",
                "redemption",
                "refund",
                "reversal",
                "decision",
                name="reward_entry_source",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("rule_id", sa.Integer(), nullable=True),
        sa.Column("held_points", sa.Integer(), nullable=True),
        sa.Column("decides_id", sa.Integer(), nullable=True),
        sa.Column("reverses_id", sa.Integer(), nullable=True),
        sa.Column("recognition_id", sa.Integer(), nullable=True),
        sa.Column("redemption_id", sa.Integer(), nullable=True),
        sa.Column("by_staff_id", sa.Integer(), nullable=True),
        sa.Column("transition_id", sa.Integer(), nullable=True),
        sa.Column("enrollment_id", sa.Integer(), nullable=True),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("stage_id", sa.Integer(), nullable=True),
        sa.Column("project_id", sa.Integer(), nullable=True),
        sa.Column("measure_id", sa.Integer(), nullable=True),
        sa.Column("round_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["by_staff_id"], ["staff.id"], name=op.f("fk_reward_entries_by_staff_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["decides_id"],
            ["reward_entries.id"],
            name=op.f("fk_reward_entries_decides_id_reward_entries"),
        ),
        sa.ForeignKeyConstraint(
            ["recognition_id"],
            ["reward_recognitions.id"],
            name=op.f("fk_reward_entries_recognition_id_reward_recognitions"),
        ),
        sa.ForeignKeyConstraint(
            ["redemption_id"],
            ["reward_redemptions.id"],
            name=op.f("fk_reward_entries_redemption_id_reward_redemptions"),
        ),
        sa.ForeignKeyConstraint(
            ["reverses_id"],
            ["reward_entries.id"],
            name=op.f("fk_reward_entries_reverses_id_reward_entries"),
        ),
        sa.ForeignKeyConstraint(
            ["rule_id"], ["reward_rules.id"], name=op.f("fk_reward_entries_rule_id_reward_rules")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_reward_entries_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reward_entries")),
        sa.UniqueConstraint("decides_id", name=op.f("uq_reward_entries_decides_id")),
        sa.UniqueConstraint("reverses_id", name=op.f("uq_reward_entries_reverses_id")),
    )
    with op.batch_alter_table("reward_entries", schema=None) as batch_op:
        batch_op.create_index("ix_reward_entries_at", ["at"], unique=False)
        batch_op.create_index("ix_reward_entries_measure_id", ["measure_id"], unique=False)
        batch_op.create_index("ix_reward_entries_staff_id_at", ["staff_id", "at"], unique=False)
        batch_op.create_index("ix_reward_entries_transition_id", ["transition_id"], unique=False)

    op.create_table(
        "reward_claims",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["reward_entries.id"],
            name=op.f("fk_reward_claims_entry_id_reward_entries"),
        ),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_reward_claims")),
    )
    # An undo withdraws its entries' claims by entry id.
    op.create_index("ix_reward_claims_entry_id", "reward_claims", ["entry_id"])

    if op.get_bind().dialect.name == "postgresql":
        op.execute(_POSTGRESQL_FUNCTION)
        op.execute(_POSTGRESQL_TRIGGER)
    else:
        op.execute(_SQLITE_TRIGGER)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER reward_entries_append_only ON reward_entries")
        op.execute("DROP FUNCTION reward_entries_append_only()")
    else:
        op.execute("DROP TRIGGER reward_entries_append_only")
    op.drop_index("ix_reward_claims_entry_id", table_name="reward_claims")
    op.drop_table("reward_claims")
    with op.batch_alter_table("reward_entries", schema=None) as batch_op:
        batch_op.drop_index("ix_reward_entries_transition_id")
        batch_op.drop_index("ix_reward_entries_staff_id_at")
        batch_op.drop_index("ix_reward_entries_measure_id")
        batch_op.drop_index("ix_reward_entries_at")

    op.drop_table("reward_entries")
    op.drop_table("reward_rules")
    with op.batch_alter_table("reward_redemptions", schema=None) as batch_op:
        batch_op.drop_index("ix_reward_redemptions_status")
        batch_op.drop_index("ix_reward_redemptions_staff_id")

    op.drop_table("reward_redemptions")
    with op.batch_alter_table("client_incentives", schema=None) as batch_op:
        batch_op.drop_index("ix_client_incentives_client_id")

    op.drop_table("client_incentives")
    op.drop_table("reward_settings")
    with op.batch_alter_table("reward_recognitions", schema=None) as batch_op:
        batch_op.drop_index("ix_reward_recognitions_giver_id_at")

    op.drop_table("reward_recognitions")
    op.drop_table("reward_opt_outs")
    op.drop_table("reward_catalogue")
    op.drop_table("reward_balances")
    op.drop_table("reward_tags")
