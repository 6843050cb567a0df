"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-26 18:10:37.407174
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_mappings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("header_signature", sa.String(length=64), nullable=False),
        sa.Column("headers_json", sa.Text(), nullable=False),
        sa.Column("mapping_json", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_mappings")),
        sa.UniqueConstraint("header_signature", name=op.f("uq_import_mappings_header_signature")),
    )
    op.create_table(
        "office_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("logo_path", sa.String(length=500), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office_settings")),
    )
    op.create_table(
        "projects",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("goal_percent", sa.Integer(), nullable=True),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.Column("phase", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "goal_percent IS NULL OR (goal_percent >= 0 AND goal_percent <= 100)",
            name=op.f("ck_projects_goal_percent_range"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_projects")),
        sa.UniqueConstraint("name", name=op.f("uq_projects_name")),
    )
    op.create_table(
        "segments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_segments")),
        sa.UniqueConstraint("name", name=op.f("uq_segments_name")),
    )
    op.create_table(
        "staff",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("initials", sa.String(length=16), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("team", sa.String(length=100), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("is_champion", sa.Boolean(), nullable=False),
        sa.Column("champion_since", sa.Date(), nullable=True),
        sa.Column("focus_area", sa.String(length=200), nullable=True),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "capacity IS NULL OR capacity >= 0", name=op.f("ck_staff_capacity_not_negative")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff")),
        sa.UniqueConstraint("initials", name=op.f("uq_staff_initials")),
    )
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.create_index("ix_staff_name", ["name"], unique=False)

    op.create_table(
        "clients",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_number", sa.String(length=50), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("client_type", sa.String(length=32), nullable=False),
        sa.Column("segment_id", sa.Integer(), nullable=True),
        sa.Column("champion_id", sa.Integer(), nullable=True),
        sa.Column("contact_person", sa.String(length=200), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=50), nullable=True),
        sa.Column("postcode", sa.String(length=16), nullable=True),
        sa.Column("city", sa.String(length=100), nullable=True),
        sa.Column("kvk_number", sa.String(length=8), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["champion_id"], ["staff.id"], name=op.f("fk_clients_champion_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["segment_id"], ["segments.id"], name=op.f("fk_clients_segment_id_segments")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clients")),
        sa.UniqueConstraint("client_number", name=op.f("uq_clients_client_number")),
    )
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.create_index("ix_clients_archived_name", ["archived", "name"], unique=False)
        batch_op.create_index("ix_clients_champion_id", ["champion_id"], unique=False)
        batch_op.create_index("ix_clients_city", ["city"], unique=False)
        batch_op.create_index("ix_clients_client_type", ["client_type"], unique=False)
        batch_op.create_index("ix_clients_email", ["email"], unique=False)
        batch_op.create_index("ix_clients_kvk_number", ["kvk_number"], unique=False)
        batch_op.create_index("ix_clients_name", ["name"], unique=False)
        batch_op.create_index("ix_clients_name_postcode", ["name", "postcode"], unique=False)
        batch_op.create_index("ix_clients_segment_id", ["segment_id"], unique=False)

    op.create_table(
        "segment_approaches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("segment_id", sa.Integer(), nullable=False),
        sa.Column("approach", sa.Text(), nullable=False),
        sa.Column("channels", sa.String(length=200), nullable=False),
        sa.Column("incentive", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"], ["projects.id"], name=op.f("fk_segment_approaches_project_id_projects")
        ),
        sa.ForeignKeyConstraint(
            ["segment_id"], ["segments.id"], name=op.f("fk_segment_approaches_segment_id_segments")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_segment_approaches")),
        sa.UniqueConstraint(
            "project_id", "segment_id", name=op.f("uq_segment_approaches_project_id")
        ),
    )
    op.create_table(
        "stages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("max_days", sa.Integer(), nullable=True),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "max_days IS NULL OR max_days > 0", name=op.f("ck_stages_max_days_positive")
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["projects.id"], name=op.f("fk_stages_project_id_projects")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stages")),
    )
    with op.batch_alter_table("stages", schema=None) as batch_op:
        batch_op.create_index(
            "ix_stages_project_id_position", ["project_id", "position"], unique=False
        )

    op.create_table(
        "contact_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("by_staff_id", sa.Integer(), nullable=True),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["by_staff_id"], ["staff.id"], name=op.f("fk_contact_log_by_staff_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_contact_log_client_id_clients")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_log")),
    )
    with op.batch_alter_table("contact_log", schema=None) as batch_op:
        batch_op.create_index("ix_contact_log_by_staff_id", ["by_staff_id"], unique=False)
        batch_op.create_index("ix_contact_log_client_id_at", ["client_id", "at"], unique=False)

    op.create_table(
        "enrollments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("stage_id", sa.Integer(), nullable=False),
        sa.Column("stage_since", sa.DateTime(), nullable=False),
        sa.Column("next_action", sa.String(length=500), nullable=True),
        sa.Column("next_action_due", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_enrollments_client_id_clients")
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["projects.id"], name=op.f("fk_enrollments_project_id_projects")
        ),
        sa.ForeignKeyConstraint(
            ["stage_id"], ["stages.id"], name=op.f("fk_enrollments_stage_id_stages")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enrollments")),
        sa.UniqueConstraint("project_id", "client_id", name=op.f("uq_enrollments_project_id")),
    )
    with op.batch_alter_table("enrollments", schema=None) as batch_op:
        batch_op.create_index("ix_enrollments_client_id", ["client_id"], unique=False)
        batch_op.create_index(
            "ix_enrollments_project_id_stage_id", ["project_id", "stage_id"], unique=False
        )
        batch_op.create_index("ix_enrollments_stage_id", ["stage_id"], unique=False)

    op.create_table(
        "stage_segment_limits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stage_id", sa.Integer(), nullable=False),
        sa.Column("segment_id", sa.Integer(), nullable=False),
        sa.Column("max_days", sa.Integer(), nullable=False),
        sa.CheckConstraint("max_days > 0", name=op.f("ck_stage_segment_limits_max_days_positive")),
        sa.ForeignKeyConstraint(
            ["segment_id"],
            ["segments.id"],
            name=op.f("fk_stage_segment_limits_segment_id_segments"),
        ),
        sa.ForeignKeyConstraint(
            ["stage_id"], ["stages.id"], name=op.f("fk_stage_segment_limits_stage_id_stages")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stage_segment_limits")),
        sa.UniqueConstraint(
            "stage_id", "segment_id", name=op.f("uq_stage_segment_limits_stage_id")
        ),
    )
    op.create_table(
        "stage_transitions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enrollment_id", sa.Integer(), nullable=False),
        sa.Column("from_stage_id", sa.Integer(), nullable=True),
        sa.Column("to_stage_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("by_staff_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=True),
        sa.Column("reverts_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["by_staff_id"], ["staff.id"], name=op.f("fk_stage_transitions_by_staff_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["enrollment_id"],
            ["enrollments.id"],
            name=op.f("fk_stage_transitions_enrollment_id_enrollments"),
        ),
        sa.ForeignKeyConstraint(
            ["from_stage_id"], ["stages.id"], name=op.f("fk_stage_transitions_from_stage_id_stages")
        ),
        sa.ForeignKeyConstraint(
            ["reverts_id"],
            ["stage_transitions.id"],
            name=op.f("fk_stage_transitions_reverts_id_stage_transitions"),
        ),
        sa.ForeignKeyConstraint(
            ["to_stage_id"], ["stages.id"], name=op.f("fk_stage_transitions_to_stage_id_stages")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stage_transitions")),
    )
    with op.batch_alter_table("stage_transitions", schema=None) as batch_op:
        batch_op.create_index("ix_stage_transitions_by_staff_id", ["by_staff_id"], unique=False)
        batch_op.create_index(
            "ix_stage_transitions_enrollment_id_at", ["enrollment_id", "at"], unique=False
        )
        batch_op.create_index("ix_stage_transitions_from_stage_id", ["from_stage_id"], unique=False)
        batch_op.create_index("ix_stage_transitions_reverts_id", ["reverts_id"], unique=False)
        batch_op.create_index("ix_stage_transitions_to_stage_id", ["to_stage_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("stage_transitions", schema=None) as batch_op:
        batch_op.drop_index("ix_stage_transitions_to_stage_id")
        batch_op.drop_index("ix_stage_transitions_reverts_id")
        batch_op.drop_index("ix_stage_transitions_from_stage_id")
        batch_op.drop_index("ix_stage_transitions_enrollment_id_at")
        batch_op.drop_index("ix_stage_transitions_by_staff_id")

    op.drop_table("stage_transitions")
    op.drop_table("stage_segment_limits")
    with op.batch_alter_table("enrollments", schema=None) as batch_op:
        batch_op.drop_index("ix_enrollments_stage_id")
        batch_op.drop_index("ix_enrollments_project_id_stage_id")
        batch_op.drop_index("ix_enrollments_client_id")

    op.drop_table("enrollments")
    with op.batch_alter_table("contact_log", schema=None) as batch_op:
        batch_op.drop_index("ix_contact_log_client_id_at")
        batch_op.drop_index("ix_contact_log_by_staff_id")

    op.drop_table("contact_log")
    with op.batch_alter_table("stages", schema=None) as batch_op:
        batch_op.drop_index("ix_stages_project_id_position")

    op.drop_table("stages")
    op.drop_table("segment_approaches")
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.drop_index("ix_clients_segment_id")
        batch_op.drop_index("ix_clients_name_postcode")
        batch_op.drop_index("ix_clients_name")
        batch_op.drop_index("ix_clients_kvk_number")
        batch_op.drop_index("ix_clients_email")
        batch_op.drop_index("ix_clients_client_type")
        batch_op.drop_index("ix_clients_city")
        batch_op.drop_index("ix_clients_champion_id")
        batch_op.drop_index("ix_clients_archived_name")

    op.drop_table("clients")
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.drop_index("ix_staff_name")

    op.drop_table("staff")
    op.drop_table("segments")
    op.drop_table("projects")
    op.drop_table("office_settings")
    op.drop_table("import_mappings")
