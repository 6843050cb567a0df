"""The database schema as SQLAlchemy Core tables: the one definition of every table.

Lists and start-up queries use these tables directly, so they need no ORM import (which costs
start-up time); desktop/core/db/models.py maps ORM classes onto the same tables for editing.
History tables (stage transitions, contact log) are never removed by a cascade: their foreign
keys use the database default (no action), so deleting a referenced row fails instead of silently
erasing history. Timestamps are stored as naive UTC and come back as aware UTC datetimes.

One module per area (office, clients, pipelines, imports, assessments, …); this package
exposes every table and the shared metadata, so `from desktop.core.db.tables import clients`
works wherever a table is needed. A new area adds its module and one import line here.
"""

# ruff: noqa: F401 (this module re-exports the tables)

from desktop.core.db.tables.assessments import assessment_rounds, assessment_scores
from desktop.core.db.tables.audit import audit_log
from desktop.core.db.tables.base import metadata, utcnow
from desktop.core.db.tables.champions import (
    champion_changes,
    champion_nominations,
    onboarding_items,
    staff_onboarding,
)
from desktop.core.db.tables.clients import clients, contact_log
from desktop.core.db.tables.imports import import_clients, import_mappings, imports
from desktop.core.db.tables.measures import measures
from desktop.core.db.tables.office import office_settings, segments, staff
from desktop.core.db.tables.pipelines import (
    enrollments,
    projects,
    segment_approaches,
    stage_segment_limits,
    stage_stays,
    stage_transitions,
    stages,
)
from desktop.core.db.tables.plans import (
    plan_items,
    plan_milestones,
    plan_phases,
    plan_versions,
    plans,
)
from desktop.core.db.tables.readiness import (
    adopter_overrides,
    assessment_answers,
    assessment_questions,
    client_readiness,
    interventions,
)
from desktop.core.db.tables.rewards import (
    client_incentives,
    reward_balances,
    reward_catalogue,
    reward_claims,
    reward_entries,
    reward_opt_outs,
    reward_recognitions,
    reward_redemptions,
    reward_rules,
    reward_settings,
    reward_tags,
)
