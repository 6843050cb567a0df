"""Rewards: rules, the append-only points ledger, recognitions, the catalogue and redemptions.

The ledger (``reward_entries``) is append-only: a correction is a reversal entry, never an
edit (a trigger refuses UPDATE; no code deletes). Its references to the events an entry rests
on (the move, the client, the stage, the measure, the round) are plain numbers without a foreign
key, so the ledger outlives an undone import. ``reward_balances`` holds each person's sum,
written in the same statement batch as the entry; `draagvlak check` compares the two.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from desktop.core.db.tables.base import (
    UTCDateTime,
    enum_type,
    id_column,
    metadata,
    updated_by_column,
    updated_column,
    utcnow,
)
from desktop.core.rewards.vocab import (
    BoardMode,
    EntrySource,
    RedemptionStatus,
    RuleKind,
)

# A rule: points for one kind of verified behaviour, in an active period, maybe held for approval.
reward_rules = Table(
    "reward_rules",
    metadata,
    id_column(),
    Column("kind", enum_type(RuleKind, "reward_rule_kind"), nullable=False),
    # Only for a stage rule: the stage; none means every stage of the kind "won" (Active).
    Column("stage_id", ForeignKey("stages.id")),
    Column("points", Integer, nullable=False),
    Column("active_from", Date),
    Column("active_until", Date),
    Column("needs_approval", Boolean, nullable=False, default=False),
    Column("enabled", Boolean, nullable=False, default=True),
    updated_column(nullable=True),
    updated_by_column(),
    CheckConstraint("points > 0", name="points_positive"),
)

# The office's values and goals a recognition is tagged with.
reward_tags = Table(
    "reward_tags",
    metadata,
    id_column(),
    Column("name", String(100), nullable=False, unique=True),
    Column("position", Integer, nullable=False, default=0),
    Column("archived", Boolean, nullable=False, default=False),
)

reward_recognitions = Table(
    "reward_recognitions",
    metadata,
    id_column(),
    Column("at", UTCDateTime, nullable=False, default=utcnow),
    Column("giver_id", ForeignKey("staff.id"), nullable=False),
    Column("receiver_id", ForeignKey("staff.id"), nullable=False),
    Column("points", Integer, nullable=False),
    Column("tag_id", ForeignKey("reward_tags.id"), nullable=False),
    Column("message", Text, nullable=False),
    Index("ix_reward_recognitions_giver_id_at", "giver_id", "at"),
    CheckConstraint("giver_id <> receiver_id", name="not_to_oneself"),
    CheckConstraint("points IN (5, 10, 20, 50)", name="points_tier"),
)

reward_catalogue = Table(
    "reward_catalogue",
    metadata,
    id_column(),
    Column("name", String(200), nullable=False, unique=True),
    Column("description", Text, nullable=False, default=""),
    Column("price", Integer, nullable=False),
    Column("stock", Integer),  # none: unlimited
    Column("archived", Boolean, nullable=False, default=False),
    updated_column(nullable=True),
    updated_by_column(),
    CheckConstraint("price > 0", name="price_positive"),
    CheckConstraint("stock IS NULL OR stock >= 0", name="stock_not_negative"),
)

reward_redemptions = Table(
    "reward_redemptions",
    metadata,
    id_column(),
    Column("reward_id", ForeignKey("reward_catalogue.id"), nullable=False),
    Column("staff_id", ForeignKey("staff.id"), nullable=False),
    Column("price", Integer, nullable=False),
    Column("requested_at", UTCDateTime, nullable=False, default=utcnow),
    Column(
        "status",
        enum_type(RedemptionStatus, "reward_redemption_status"),
        nullable=False,
        default=RedemptionStatus.PENDING,
    ),
    Column("decided_by", ForeignKey("staff.id")),
    Column("decided_at", UTCDateTime),
    Column("fulfilled_at", UTCDateTime),
    Column("note", String(500)),
    Index("ix_reward_redemptions_status", "status"),
    Index("ix_reward_redemptions_staff_id", "staff_id"),
)

reward_entries = Table(
    "reward_entries",
    metadata,
    id_column(),
    Column("at", UTCDateTime, nullable=False, default=utcnow),
    Column("staff_id", ForeignKey("staff.id"), nullable=False),
    Column("points", Integer, nullable=False),
    Column("reason", String(500), nullable=False),
    Column("source", enum_type(EntrySource, "reward_entry_source"), nullable=False),
    Column("rule_id", ForeignKey("reward_rules.id")),
    # A rule's award held for a manager's approval: the points it would give (points is 0).
    Column("held_points", Integer),
    Column("decides_id", ForeignKey("reward_entries.id"), unique=True),
    Column("reverses_id", ForeignKey("reward_entries.id"), unique=True),
    Column("recognition_id", ForeignKey("reward_recognitions.id")),
    Column("redemption_id", ForeignKey("reward_redemptions.id")),
    Column("by_staff_id", ForeignKey("staff.id")),  # the giver, the decider, the corrector
    Column("transition_id", Integer),
    Column("enrollment_id", Integer),
    Column("client_id", Integer),
    Column("stage_id", Integer),
    Column("project_id", Integer),
    Column("measure_id", Integer),
    Column("round_id", Integer),
    Index("ix_reward_entries_staff_id_at", "staff_id", "at"),
    Index("ix_reward_entries_at", "at"),
    Index("ix_reward_entries_transition_id", "transition_id"),
    Index("ix_reward_entries_measure_id", "measure_id"),
)

# What a rule has paid for (client+stage+person, measure+person, ...): each pays once, ever.
reward_claims = Table(
    "reward_claims",
    metadata,
    Column("key", String(100), primary_key=True),
    Column("entry_id", ForeignKey("reward_entries.id"), nullable=False),
    Index("ix_reward_claims_entry_id", "entry_id"),  # an undo withdraws claims by entry
)

reward_balances = Table(
    "reward_balances",
    metadata,
    Column("staff_id", ForeignKey("staff.id"), primary_key=True),
    Column("balance", Integer, nullable=False),
)

reward_settings = Table(
    "reward_settings",
    metadata,
    id_column(),
    Column(
        "board_mode",
        enum_type(BoardMode, "reward_board_mode"),
        nullable=False,
        default=BoardMode.RELATIVE,
    ),
    Column("monthly_allowance", Integer, nullable=False, default=100),
    updated_column(nullable=True),
    updated_by_column(),
    CheckConstraint("monthly_allowance >= 0", name="allowance_not_negative"),
)

# People who asked not to be ranked on the leaderboard.
reward_opt_outs = Table(
    "reward_opt_outs",
    metadata,
    Column("staff_id", ForeignKey("staff.id"), primary_key=True),
)

# Clients marked for an incentive (say, a fee discount) in a project, for invoicing.
client_incentives = Table(
    "client_incentives",
    metadata,
    id_column(),
    Column("project_id", ForeignKey("projects.id"), nullable=False),
    Column("client_id", ForeignKey("clients.id"), nullable=False),
    Column("incentive", String(200), nullable=False),
    Column("marked_at", UTCDateTime, nullable=False, default=utcnow),
    Column("marked_by", ForeignKey("staff.id")),
    Column("invoiced", Boolean, nullable=False, default=False),
    UniqueConstraint("project_id", "client_id"),
    Index("ix_client_incentives_client_id", "client_id"),
)
