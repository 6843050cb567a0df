"""New staff: the office's onboarding checklist for the new way of working, ticked off per
person with the day it was done, and who should take part in the next assessment round.

The checklist is a template the office edits; the first time it is read an empty template is
filled with a default one (in the office's language at that moment). Items are removed by
archiving them, so what someone ticked off stays in their history.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from desktop.core.champions.people import is_current, staff_ref
from desktop.core.common.errors import NotFoundError
from desktop.core.common.i18n import translate
from desktop.core.common.validation import column_text
from desktop.core.db.tables import (
    assessment_rounds,
    assessment_scores,
    onboarding_items,
    staff,
    staff_onboarding,
)

if TYPE_CHECKING:
    from desktop.core.db.engine import Executor


def default_items() -> list[str]:
    return [
        translate("Onboarding", "Account for the client portal set up"),
        translate("Onboarding", "Introduction to the portal by a champion"),
        translate("Onboarding", "Own first client invited to the portal"),
        translate("Onboarding", "Knows where the instructions and the approach per segment are"),
        translate("Onboarding", "Took part in a readiness assessment round"),
    ]


class ItemRow(NamedTuple):
    id: int
    position: int
    text: str


class ChecklistRow(NamedTuple):
    item_id: int
    text: str
    done_on: date | None


def _missing() -> NotFoundError:
    return NotFoundError(translate("Onboarding", "This checklist item no longer exists."))


def ensure_template(session: Session) -> None:
    """Fill a never-used template with the default items."""
    if session.execute(select(func.count()).select_from(onboarding_items)).scalar_one():
        return
    session.execute(
        insert(onboarding_items),
        [{"position": i, "text": text} for i, text in enumerate(default_items())],
    )


def list_template(executor: Executor) -> list[ItemRow]:
    """The checklist's items in order (removed ones left out)."""
    rows = executor.execute(
        select(onboarding_items.c.id, onboarding_items.c.position, onboarding_items.c.text)
        .where(onboarding_items.c.archived.is_(False))
        .order_by(onboarding_items.c.position, onboarding_items.c.id)
    )
    return [ItemRow(*row) for row in rows]


def _text(value: str) -> str:
    text = column_text(
        value, onboarding_items.c.text, required=translate("Onboarding", "The item's text")
    )
    assert text is not None
    return text


def add_item(session: Session, text: str) -> int:
    """Append an item to the checklist; returns its id."""
    ensure_template(session)
    position = session.execute(
        select(func.coalesce(func.max(onboarding_items.c.position), -1) + 1)
    ).scalar_one()
    return int(
        session.execute(
            insert(onboarding_items)
            .returning(onboarding_items.c.id)
            .values(position=position, text=_text(text))
        ).scalar_one()
    )


def rename_item(session: Session, item_id: int, text: str) -> None:
    result = session.execute(
        update(onboarding_items).where(onboarding_items.c.id == item_id).values(text=_text(text))
    )
    if not result.rowcount:  # type: ignore[attr-defined]
        raise _missing()


def remove_item(session: Session, item_id: int) -> None:
    """Take an item off the checklist; ticks already made stay in people's history."""
    result = session.execute(
        update(onboarding_items).where(onboarding_items.c.id == item_id).values(archived=True)
    )
    if not result.rowcount:  # type: ignore[attr-defined]
        raise _missing()


def move_item(session: Session, item_id: int, step: int) -> None:
    """Move an item up (-1) or down (+1) the checklist."""
    items = list_template(session)
    index = next((i for i, item in enumerate(items) if item.id == item_id), None)
    if index is None:
        raise _missing()
    target = min(max(index + step, 0), len(items) - 1)
    ordered = [item.id for item in items]
    ordered.insert(target, ordered.pop(index))
    for position, moved_id in enumerate(ordered):
        session.execute(
            update(onboarding_items)
            .where(onboarding_items.c.id == moved_id)
            .values(position=position)
        )


def staff_checklist(executor: Executor, staff_id: int) -> list[ChecklistRow]:
    """The checklist for one person: every current item, and when they did it."""
    done = dict(
        (item_id, done_on)
        for item_id, done_on in executor.execute(
            select(staff_onboarding.c.item_id, staff_onboarding.c.done_on).where(
                staff_onboarding.c.staff_id == staff_id
            )
        )
    )
    return [ChecklistRow(item.id, item.text, done.get(item.id)) for item in list_template(executor)]


def set_checklist(session: Session, staff_id: int, ticks: Mapping[int, date | None]) -> None:
    """Tick items off (with the day) or untick them (None) for one person."""
    staff_ref(session, staff_id)
    known = {item.id for item in list_template(session)}
    for item_id, done_on in ticks.items():
        if item_id not in known:
            raise _missing()
        session.execute(
            delete(staff_onboarding).where(
                staff_onboarding.c.staff_id == staff_id, staff_onboarding.c.item_id == item_id
            )
        )
        if done_on is not None:
            session.execute(
                insert(staff_onboarding).values(staff_id=staff_id, item_id=item_id, done_on=done_on)
            )


class NewcomerRow(NamedTuple):
    id: int
    name: str
    start_date: date | None


def staff_for_next_round(executor: Executor, today: date | None = None) -> list[NewcomerRow]:
    """Current staff never scored in any assessment round, who should take part in the next
    one: people who started after the latest round (or all unscored staff when there is no
    round yet). By start date, newest first."""
    today = today or date.today()
    scored = (
        select(assessment_scores.c.id).where(assessment_scores.c.staff_id == staff.c.id).exists()
    )
    latest = executor.execute(select(func.max(assessment_rounds.c.held_on))).scalar()
    statement = select(staff.c.id, staff.c.name, staff.c.start_date).where(
        is_current(today), ~scored
    )
    if latest is not None:
        statement = statement.where(staff.c.start_date > latest)
    statement = statement.order_by(staff.c.start_date.desc(), staff.c.name)
    return [NewcomerRow(*row) for row in executor.execute(statement)]
