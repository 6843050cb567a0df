"""The catalogue of rewards and their redemption: redeem (the price leaves the balance at once)
-> pending -> approved (then fulfilled) or declined (a refund entry gives the points back)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import insert, select, update

from desktop.core.common.errors import ConflictError, NotFoundError, ValidationError
from desktop.core.common.i18n import translate
from desktop.core.common.validation import check_length, clean_text, require_text
from desktop.core.db.engine import begin_write
from desktop.core.db.tables import (
    reward_balances,
    reward_catalogue,
    reward_redemptions,
    staff,
    utcnow,
)
from desktop.core.rewards.awards import require_manager
from desktop.core.rewards.ledger import append_entries, balance
from desktop.core.rewards.vocab import EntrySource, RedemptionStatus

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class CatalogueItem(NamedTuple):
    id: int
    name: str
    description: str
    price: int
    stock: int | None
    archived: bool


class RedemptionRow(NamedTuple):
    id: int
    requested_at: datetime
    staff_id: int
    staff_name: str
    reward_name: str
    price: int
    status: RedemptionStatus
    decided_by: str | None
    fulfilled_at: datetime | None
    note: str | None


def list_catalogue(session: Session, *, archived: bool = False) -> list[CatalogueItem]:
    c = reward_catalogue.c
    query = select(c.id, c.name, c.description, c.price, c.stock, c.archived).order_by(
        c.price, c.name
    )
    if not archived:
        query = query.where(c.archived.is_(False))
    return [CatalogueItem(*row) for row in session.execute(query)]


def add_reward(
    session: Session,
    name: str,
    price: int,
    stock: int | None = None,
    description: str = "",
    by_staff_id: int | None = None,
) -> int:
    """A new reward in the catalogue; returns its id."""
    name = require_text(name, "name", translate("Rewards", "Name"))
    check_length(name, reward_catalogue.c.name, "name")
    _check_price(price, stock)
    begin_write(session)
    if session.scalar(select(reward_catalogue.c.id).where(reward_catalogue.c.name == name)):
        raise ConflictError(
            translate("Rewards", "The catalogue already has a reward '{name}'.").format(name=name)
        )
    return session.execute(
        insert(reward_catalogue)
        .values(
            name=name,
            price=price,
            stock=stock,
            description=(description or "").strip(),
            updated_by=by_staff_id,
        )
        .returning(reward_catalogue.c.id)
    ).scalar_one()


def _check_price(price: int, stock: int | None) -> None:
    if price <= 0:
        raise ValidationError(translate("Rewards", "A price is at least one point."), "price")
    if stock is not None and stock < 0:
        raise ValidationError(translate("Rewards", "The stock cannot be negative."), "stock")


def redeem(
    session: Session,
    staff_id: int,
    reward_id: int,
    note: str | None = None,
    *,
    at: datetime | None = None,
) -> int:
    """Ask for a reward: its price leaves the balance now (a refund follows a decline); the
    redemption awaits approval. Refused without enough points or stock. Returns its id."""
    note = clean_text(note)
    check_length(note, reward_redemptions.c.note, "note")
    begin_write(session)
    item = session.execute(
        select(reward_catalogue).where(reward_catalogue.c.id == reward_id).with_for_update()
    ).one_or_none()
    if item is None or item.archived:
        raise NotFoundError(translate("Rewards", "This reward is no longer offered."))
    if item.stock is not None and item.stock <= 0:
        raise ConflictError(
            translate("Rewards", "'{name}' is out of stock.").format(name=item.name)
        )
    # The balance row, locked: two redemptions at once cannot both spend the same points.
    session.execute(
        select(reward_balances.c.staff_id)
        .where(reward_balances.c.staff_id == staff_id)
        .with_for_update()
    ).all()
    have = balance(session, staff_id)
    if have < item.price:
        raise ValidationError(
            translate(
                "Rewards", "'{name}' costs {price} points; your balance is {balance}."
            ).format(name=item.name, price=item.price, balance=have),
            "reward",
        )
    if item.stock is not None:
        session.execute(
            update(reward_catalogue)
            .where(reward_catalogue.c.id == reward_id)
            .values(stock=item.stock - 1)
        )
    redemption_id = session.execute(
        insert(reward_redemptions)
        .values(
            reward_id=reward_id,
            staff_id=staff_id,
            price=item.price,
            note=note,
            requested_at=at or utcnow(),
        )
        .returning(reward_redemptions.c.id)
    ).scalar_one()
    append_entries(
        session,
        [
            {
                "at": at or utcnow(),
                "staff_id": staff_id,
                "points": -item.price,
                "reason": translate("Rewards", "Redeemed: {name}").format(name=item.name)[:500],
                "source": EntrySource.REDEMPTION,
                "redemption_id": redemption_id,
            }
        ],
    )
    return redemption_id


def decide_redemption(
    session: Session,
    redemption_id: int,
    approve: bool,
    by_staff_id: int,
    *,
    at: datetime | None = None,
) -> None:
    """A manager approves or declines a pending redemption; a decline refunds the points and
    returns the reward to stock."""
    require_manager(session, by_staff_id)
    row = _lock(session, redemption_id)
    if row.status != RedemptionStatus.PENDING:
        raise ConflictError(translate("Rewards", "This redemption has already been decided."))
    now = at or utcnow()
    status = RedemptionStatus.APPROVED if approve else RedemptionStatus.DECLINED
    session.execute(
        update(reward_redemptions)
        .where(reward_redemptions.c.id == redemption_id)
        .values(status=status, decided_by=by_staff_id, decided_at=now)
    )
    if approve:
        return
    name, stock = session.execute(
        select(reward_catalogue.c.name, reward_catalogue.c.stock).where(
            reward_catalogue.c.id == row.reward_id
        )
    ).one()
    if stock is not None:
        session.execute(
            update(reward_catalogue)
            .where(reward_catalogue.c.id == row.reward_id)
            .values(stock=reward_catalogue.c.stock + 1)
        )
    append_entries(
        session,
        [
            {
                "at": now,
                "staff_id": row.staff_id,
                "points": row.price,
                "reason": translate("Rewards", "Refund: '{name}' was declined").format(name=name)[
                    :500
                ],
                "source": EntrySource.REFUND,
                "redemption_id": redemption_id,
                "by_staff_id": by_staff_id,
            }
        ],
    )


def mark_fulfilled(
    session: Session,
    redemption_id: int,
    by_staff_id: int | None = None,
    *,
    at: datetime | None = None,
) -> None:
    """Tick an approved redemption as handed over."""
    row = _lock(session, redemption_id)
    if row.status != RedemptionStatus.APPROVED:
        raise ConflictError(translate("Rewards", "Only an approved redemption can be fulfilled."))
    if row.fulfilled_at is not None:
        raise ConflictError(translate("Rewards", "This redemption has already been fulfilled."))
    session.execute(
        update(reward_redemptions)
        .where(reward_redemptions.c.id == redemption_id)
        .values(fulfilled_at=at or utcnow())
    )


def _lock(session: Session, redemption_id: int) -> Any:
    begin_write(session)
    row = session.execute(
        select(reward_redemptions).where(reward_redemptions.c.id == redemption_id).with_for_update()
    ).one_or_none()
    if row is None:
        raise NotFoundError(translate("Rewards", "This redemption no longer exists."))
    return row


def list_redemptions(
    session: Session,
    *,
    staff_id: int | None = None,
    status: RedemptionStatus | None = None,
) -> list[RedemptionRow]:
    """Redemptions, newest first (one person's, or in one state)."""
    r = reward_redemptions.c
    decider = staff.alias("decider")
    query = (
        select(
            r.id,
            r.requested_at,
            r.staff_id,
            staff.c.name,
            reward_catalogue.c.name,
            r.price,
            r.status,
            decider.c.name,
            r.fulfilled_at,
            r.note,
        )
        .join(staff, staff.c.id == r.staff_id)
        .join(reward_catalogue, reward_catalogue.c.id == r.reward_id)
        .outerjoin(decider, decider.c.id == r.decided_by)
        .order_by(r.requested_at.desc(), r.id.desc())
    )
    if staff_id is not None:
        query = query.where(r.staff_id == staff_id)
    if status is not None:
        query = query.where(r.status == status)
    return [RedemptionRow._make(row) for row in session.execute(query)]
