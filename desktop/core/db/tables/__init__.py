"""The database schema as SQLAlchemy Core tables: the one definition of every table.

Lists and start-up queries use these tables directly, so they need no ORM import (which costs
start-up time); desktop/core/db/models.py maps ORM classes onto the same tables for editing.
History tables (stage transitions, contact log) are never removed by a cascade: their foreign
keys use the database default (no action), so deleting a referenced row fails instead of silently
erasing history. Timestamps are stored as naive UTC and come back as aware UTC datetimes.

One module per area (office, clients, pipelines, imports, assessments, …); this package
exposes every table and the shared metadata, so `from desktop.core.db.tables import clients`
works wherever a table is needed. A new area adds its module and its tables to ``_TABLES``
(and to the imports for the type checker) here.

An area's module is imported when one of its tables is first asked for: the window's start
needs the clients, office and pipeline tables only, and defining the other thirty-odd tables
cost it ~20 ms. ``metadata`` is asked for whole (every table defined) by whoever needs all of
them: the migrations, the schema check, the ORM models.
"""

# ruff: noqa: F401 (the package re-exports the tables)

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from desktop.core.db.tables import base
from desktop.core.db.tables.base import utcnow

__all__ = ["metadata", "utcnow"]

if TYPE_CHECKING:  # what the names below are; each module is imported when first asked for
    from desktop.core.db.tables.assessments import assessment_rounds, assessment_scores
    from desktop.core.db.tables.audit import audit_log
    from desktop.core.db.tables.base import metadata
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

# The tables of each area's module.
_TABLES = {
    "assessments": ("assessment_rounds", "assessment_scores"),
    "audit": ("audit_log",),
    "champions": (
        "champion_changes",
        "champion_nominations",
        "onboarding_items",
        "staff_onboarding",
    ),
    "clients": ("clients", "contact_log"),
    "imports": ("import_clients", "import_mappings", "imports"),
    "measures": ("measures",),
    "office": ("office_settings", "segments", "staff"),
    "pipelines": (
        "enrollments",
        "projects",
        "segment_approaches",
        "stage_segment_limits",
        "stage_stays",
        "stage_transitions",
        "stages",
    ),
    "plans": ("plan_items", "plan_milestones", "plan_phases", "plan_versions", "plans"),
    "readiness": (
        "adopter_overrides",
        "assessment_answers",
        "assessment_questions",
        "client_readiness",
        "interventions",
    ),
    "rewards": (
        "client_incentives",
        "reward_balances",
        "reward_catalogue",
        "reward_claims",
        "reward_entries",
        "reward_opt_outs",
        "reward_recognitions",
        "reward_redemptions",
        "reward_rules",
        "reward_settings",
        "reward_tags",
    ),
}
_MODULE_OF = {table: module for module, names in _TABLES.items() for table in names}
__all__ += sorted(_MODULE_OF)


def _load(module: str) -> None:
    """Define an area's tables, and those their foreign keys refer to (a key's column takes
    its type from the column it refers to, once that is defined)."""
    if _TABLES[module][0] in globals():
        return
    loaded = import_module(f"{__name__}.{module}")
    defined = [getattr(loaded, name) for name in _TABLES[module]]
    globals().update(zip(_TABLES[module], defined, strict=True))
    for table in defined:
        for key in table.foreign_keys:
            referred = _MODULE_OF.get(key.target_fullname.split(".")[0])
            if referred is not None:
                _load(referred)


def load_all() -> None:
    """Define every table (``metadata`` then knows the whole schema)."""
    for module in _TABLES:
        _load(module)
    globals()["metadata"] = base.metadata


def __getattr__(name: str) -> Any:
    if name == "metadata":
        load_all()
        return base.metadata
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    _load(module)
    return globals()[name]
