"""Awarding points for verified behaviour, in the same transaction as the event.

The core functions that record such events call one of the small hooks in award_hooks.py (a move,
its undo, a measure's status, a round's scores, a completed next action). Each hook builds
``Award``s and hands them to ``award``, which finds the active rule, pays each claim once ever
(the claim key: client + stage + person, measure + person, round + person, ...) and writes the
ledger entries. An award of a rule that needs approval is held (no points) until a manager decides.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import delete, insert, or_, select

from desktop.core.common.errors import ConflictError, NotFoundError, ValidationError
from desktop.core.common.i18n import translate
from desktop.core.common.vocab import StaffRole, StageKind
from desktop.core.db.engine import begin_write
from desktop.core.db.tables import reward_claims, reward_entries, staff, stages
from desktop.core.rewards.ledger import CHUNK_SIZE, append_entries, reversal_of
from desktop.core.rewards.rules import Rule, ensure_default_rules, list_rules
from desktop.core.rewards.vocab import EntrySource, RuleKind

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

MANAGER_ROLES = (StaffRole.PARTNER, StaffRole.OFFICE_MANAGER, StaffRole.HR)


class Award(NamedTuple):
    """One event that may earn points: whom, the once-ever key, why, when, and references."""

    staff_id: int
    key: str
    reason: str
    at: datetime
    refs: dict[str, Any]
    stage_id: int | None = None  # for a stage rule: the stage reached


def award(session: Session, kind: RuleKind, awards: Sequence[Award]) -> list[int]:
    """Pay each award by the active rule of its kind, once per key ever; returns the entry ids.

    Awards whose key was paid before, or for which no rule is active on their day, earn nothing.
    """
    if not awards:
        return []
    ensure_default_rules(session)
    rules = [rule for rule in list_rules(session, kind) if rule.enabled]
    if not rules:
        return []
    won = _won_stages(session, {a.stage_id for a in awards if a.stage_id is not None})
    paid = _claimed(session, [a.key for a in awards])
    rows: list[dict[str, Any]] = []
    keys: list[str] = []
    for item in awards:
        if item.key in paid:
            continue
        rule = _best_rule(rules, item, won)
        if rule is None:
            continue
        paid.add(item.key)
        held = rule.needs_approval
        rows.append(
            {
                "at": item.at,
                "staff_id": item.staff_id,
                "points": 0 if held else rule.points,
                "held_points": rule.points if held else None,
                "reason": item.reason,
                "source": EntrySource.RULE,
                "rule_id": rule.id,
                **item.refs,
            }
        )
        keys.append(item.key)
    ids = append_entries(session, rows)
    if ids:
        session.execute(
            insert(reward_claims),
            [{"key": key, "entry_id": entry_id} for key, entry_id in zip(keys, ids, strict=True)],
        )
    return ids


def _best_rule(rules: Sequence[Rule], item: Award, won: set[int]) -> Rule | None:
    """The rule that pays an award: a stage rule naming the stage wins over the general one."""
    day = item.at.astimezone(UTC).date()
    active = [rule for rule in rules if rule.active_on(day)]
    if item.stage_id is None:
        return max(active, key=lambda rule: rule.points, default=None)
    named = [rule for rule in active if rule.stage_id == item.stage_id]
    if named:
        return max(named, key=lambda rule: rule.points)
    general = [rule for rule in active if rule.stage_id is None and item.stage_id in won]
    return max(general, key=lambda rule: rule.points, default=None)


def _won_stages(session: Session, stage_ids: set[int]) -> set[int]:
    if not stage_ids:
        return set()
    return set(
        session.scalars(
            select(stages.c.id).where(stages.c.id.in_(stage_ids), stages.c.kind == StageKind.WON)
        )
    )


def _claimed(session: Session, keys: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(keys), CHUNK_SIZE):
        chunk = keys[start : start + CHUNK_SIZE]
        found.update(
            session.scalars(select(reward_claims.c.key).where(reward_claims.c.key.in_(chunk)))
        )
    return found


def withdraw(session: Session, entry_ids: Sequence[int], reason: str, by: int | None) -> None:
    """Take back rule awards whose event was undone: reverse what they paid (or refuse what is
    still held) and free their keys, so the event earns again when it really happens."""
    rows: list[dict[str, Any]] = []
    for start in range(0, len(entry_ids), CHUNK_SIZE):
        chunk = list(entry_ids[start : start + CHUNK_SIZE])
        paying = reward_entries.alias("paying")
        reversal = reward_entries.alias("reversal")
        decision = reward_entries.alias("decision")
        # The rule entries and the approvals of held ones: whatever paid and is not reversed.
        candidates = session.execute(
            select(paying)
            .outerjoin(reversal, reversal.c.reverses_id == paying.c.id)
            .where(
                or_(paying.c.id.in_(chunk), paying.c.decides_id.in_(chunk)),
                paying.c.points != 0,
                reversal.c.id.is_(None),
            )
        ).all()
        rows.extend(reversal_of(entry, reason, by) for entry in candidates)
        undecided = session.execute(
            select(paying)
            .outerjoin(decision, decision.c.decides_id == paying.c.id)
            .where(
                paying.c.id.in_(chunk), paying.c.held_points.is_not(None), decision.c.id.is_(None)
            )
        ).all()
        rows.extend(_decision_row(entry, False, reason, by) for entry in undecided)
        session.execute(delete(reward_claims).where(reward_claims.c.entry_id.in_(chunk)))
    append_entries(session, rows)


def _decision_row(entry: Any, approve: bool, reason: str, by: int | None) -> dict[str, Any]:
    refs = ("rule_id", "transition_id", "enrollment_id", "client_id", "stage_id", "project_id")
    return {
        "staff_id": entry.staff_id,
        "points": entry.held_points if approve else 0,
        "reason": reason,
        "source": EntrySource.DECISION,
        "decides_id": entry.id,
        "by_staff_id": by,
        **{ref: getattr(entry, ref) for ref in (*refs, "measure_id", "round_id")},
    }


def decide_award(session: Session, entry_id: int, approve: bool, by_staff_id: int) -> int:
    """A manager approves (the points are paid) or declines a held award; the decision's id."""
    require_manager(session, by_staff_id)
    begin_write(session)
    entry = session.execute(
        select(reward_entries).where(reward_entries.c.id == entry_id).with_for_update()
    ).one_or_none()
    if entry is None or entry.held_points is None:
        raise NotFoundError(translate("Rewards", "This award does not await approval."))
    if session.scalar(select(reward_entries.c.id).where(reward_entries.c.decides_id == entry_id)):
        raise ConflictError(translate("Rewards", "This award has already been decided."))
    reason = (
        translate("Rewards", "Approved: {reason}")
        if approve
        else translate("Rewards", "Declined: {reason}")
    ).format(reason=entry.reason)
    [decision] = append_entries(session, [_decision_row(entry, approve, reason[:500], by_staff_id)])
    return decision


def require_manager(session: Session, staff_id: int | None) -> None:
    role = session.scalar(select(staff.c.role).where(staff.c.id == staff_id))
    if role not in MANAGER_ROLES:
        raise ValidationError(
            translate("Rewards", "Only a partner, office manager or HR can approve."), "by"
        )


def held_awards(session: Session) -> list[Any]:
    """Awards awaiting a manager's approval, oldest first: (entry id, at, name, points, reason)."""
    decision = reward_entries.alias("decision")
    e = reward_entries
    return list(
        session.execute(
            select(e.c.id, e.c.at, staff.c.name, e.c.held_points, e.c.reason)
            .join(staff, staff.c.id == e.c.staff_id)
            .outerjoin(decision, decision.c.decides_id == e.c.id)
            .where(e.c.held_points.is_not(None), decision.c.id.is_(None))
            .order_by(e.c.at, e.c.id)
        )
    )
