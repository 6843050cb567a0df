"""Rules: how many points each kind of verified behaviour earns, when, and whether a manager
approves first. An office starts with a sensible rule of each kind; rules are edited or
switched off, never deleted (entries refer to them)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import func, insert, select, update

from desktop.core.common.errors import NotFoundError, ValidationError
from desktop.core.common.i18n import translate
from desktop.core.db.engine import begin_write
from desktop.core.db.tables import reward_rules, stages
from desktop.core.rewards.vocab import RuleKind

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

DEFAULT_POINTS = {
    RuleKind.STAGE_REACHED: 10,
    RuleKind.ASSESSMENT_COMPLETED: 5,
    RuleKind.TRAINING_DONE: 10,
    RuleKind.ACTION_ON_TIME: 2,
}


class Rule(NamedTuple):
    id: int
    kind: RuleKind
    stage_id: int | None
    stage_name: str | None
    points: int
    active_from: date | None
    active_until: date | None
    needs_approval: bool
    enabled: bool

    def active_on(self, day: date) -> bool:
        return (
            self.enabled
            and (self.active_from is None or self.active_from <= day)
            and (self.active_until is None or day <= self.active_until)
        )


def ensure_default_rules(session: Session) -> None:
    """Give an office without rules one of each kind (a stage rule for every Active stage)."""
    if session.scalar(select(func.count()).select_from(reward_rules)):
        return
    session.execute(
        insert(reward_rules),
        [{"kind": kind, "points": points} for kind, points in DEFAULT_POINTS.items()],
    )


def list_rules(session: Session, kind: RuleKind | None = None) -> list[Rule]:
    query = (
        select(
            reward_rules.c.id,
            reward_rules.c.kind,
            reward_rules.c.stage_id,
            stages.c.name,
            reward_rules.c.points,
            reward_rules.c.active_from,
            reward_rules.c.active_until,
            reward_rules.c.needs_approval,
            reward_rules.c.enabled,
        )
        .outerjoin(stages, stages.c.id == reward_rules.c.stage_id)
        .order_by(reward_rules.c.kind, reward_rules.c.id)
    )
    if kind is not None:
        query = query.where(reward_rules.c.kind == kind)
    return [Rule(*row) for row in session.execute(query)]


def add_rule(
    session: Session,
    kind: RuleKind | str,
    points: int,
    *,
    stage_id: int | None = None,
    active_from: date | None = None,
    active_until: date | None = None,
    needs_approval: bool = False,
    by_staff_id: int | None = None,
) -> int:
    """A new rule (a stage rule may name its stage); returns its id."""
    kind = RuleKind(kind)
    _check(points, active_from, active_until)
    if stage_id is not None and kind is not RuleKind.STAGE_REACHED:
        raise ValidationError(translate("Rewards", "Only a stage rule names a stage."), "stage")
    if (
        stage_id is not None
        and session.scalar(select(stages.c.id).where(stages.c.id == stage_id)) is None
    ):
        raise NotFoundError(translate("Rewards", "This stage no longer exists."))
    return session.execute(
        insert(reward_rules)
        .values(
            kind=kind,
            stage_id=stage_id,
            points=points,
            active_from=active_from,
            active_until=active_until,
            needs_approval=needs_approval,
            updated_by=by_staff_id,
        )
        .returning(reward_rules.c.id)
    ).scalar_one()


def update_rule(
    session: Session,
    rule_id: int,
    *,
    points: int,
    active_from: date | None,
    active_until: date | None,
    needs_approval: bool,
    enabled: bool,
    by_staff_id: int | None = None,
) -> None:
    """Change a rule; entries already made keep their points."""
    _check(points, active_from, active_until)
    begin_write(session)
    done = session.execute(
        update(reward_rules)
        .where(reward_rules.c.id == rule_id)
        .values(
            points=points,
            active_from=active_from,
            active_until=active_until,
            needs_approval=needs_approval,
            enabled=enabled,
            updated_by=by_staff_id,
        )
    )
    if not done.rowcount:  # type: ignore[attr-defined]
        raise NotFoundError(translate("Rewards", "This rule no longer exists."))


def _check(points: int, active_from: date | None, active_until: date | None) -> None:
    if points <= 0:
        raise ValidationError(translate("Rewards", "A rule gives at least one point."), "points")
    if active_from is not None and active_until is not None and active_until < active_from:
        raise ValidationError(
            translate("Rewards", "A rule's period cannot end before it starts."), "active_until"
        )
