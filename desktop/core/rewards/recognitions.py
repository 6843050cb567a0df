"""Recognitions by hand: points from a tier, a tag (one of the office's values or goals) and a
message, never to oneself, out of a monthly allowance per giver that expires at the month's end
(points received never expire)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import func, insert, select, update

from desktop.core.common.errors import ConflictError, NotFoundError, ValidationError
from desktop.core.common.i18n import translate
from desktop.core.common.validation import check_length, require_text
from desktop.core.db.engine import begin_write
from desktop.core.db.tables import reward_recognitions, reward_settings, reward_tags, staff, utcnow
from desktop.core.rewards.ledger import append_entries
from desktop.core.rewards.vocab import RECOGNITION_TIERS, BoardMode, EntrySource

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

DEFAULT_ALLOWANCE = 100
MESSAGE_LENGTH = 1000


class Tag(NamedTuple):
    id: int
    name: str
    archived: bool


class RewardSettings(NamedTuple):
    board_mode: BoardMode
    monthly_allowance: int


def default_tags() -> list[str]:
    return [
        translate("Rewards", "Client first"),
        translate("Rewards", "Going digital"),
        translate("Rewards", "Helping a colleague"),
        translate("Rewards", "Ahead of time"),
    ]


def list_tags(session: Session | Connection, *, archived: bool = False) -> list[Tag]:
    """The office's tags in their order (archived ones only when asked)."""
    query = select(reward_tags.c.id, reward_tags.c.name, reward_tags.c.archived).order_by(
        reward_tags.c.position, reward_tags.c.id
    )
    if not archived:
        query = query.where(reward_tags.c.archived.is_(False))
    return [Tag(*row) for row in session.execute(query)]


def ensure_default_tags(session: Session) -> None:
    """Give an office without tags the default values to recognise."""
    if session.scalar(select(func.count()).select_from(reward_tags)):
        return
    session.execute(
        insert(reward_tags),
        [{"name": name, "position": i} for i, name in enumerate(default_tags())],
    )


def add_tag(session: Session, name: str) -> int:
    name = require_text(name, "name", translate("Rewards", "Tag"))
    check_length(name, reward_tags.c.name, "name")
    begin_write(session)
    if session.scalar(select(reward_tags.c.id).where(reward_tags.c.name == name)) is not None:
        raise ConflictError(
            translate("Rewards", "The tag '{name}' exists already.").format(name=name)
        )
    position = (
        int(session.scalar(select(func.coalesce(func.max(reward_tags.c.position), -1))) or 0) + 1
    )
    return session.execute(
        insert(reward_tags).values(name=name, position=position).returning(reward_tags.c.id)
    ).scalar_one()


def archive_tag(session: Session, tag_id: int, archived: bool = True) -> None:
    """Stop (or resume) offering a tag; recognitions keep theirs."""
    done = session.execute(
        update(reward_tags).where(reward_tags.c.id == tag_id).values(archived=archived)
    )
    if not done.rowcount:  # type: ignore[attr-defined]
        raise NotFoundError(translate("Rewards", "This tag no longer exists."))


def get_reward_settings(session: Session | Connection) -> RewardSettings:
    row = session.execute(
        select(reward_settings.c.board_mode, reward_settings.c.monthly_allowance)
        .order_by(reward_settings.c.id)
        .limit(1)
    ).first()
    if row is None:
        return RewardSettings(BoardMode.RELATIVE, DEFAULT_ALLOWANCE)
    return RewardSettings(BoardMode(row.board_mode), int(row.monthly_allowance))


def set_reward_settings(
    session: Session, board_mode: BoardMode | str, monthly_allowance: int, by: int | None = None
) -> None:
    """The office's leaderboard mode and each giver's monthly allowance."""
    mode = BoardMode(board_mode)
    if monthly_allowance < 0:
        raise ValidationError(
            translate("Rewards", "The monthly allowance cannot be negative."), "monthly_allowance"
        )
    begin_write(session)
    values = {"board_mode": mode, "monthly_allowance": monthly_allowance, "updated_by": by}
    done = session.execute(update(reward_settings).values(**values))
    if not done.rowcount:  # type: ignore[attr-defined]
        session.execute(insert(reward_settings).values(**values))


def month_start(day: date) -> datetime:
    return datetime(day.year, day.month, 1, tzinfo=UTC)


def next_month_start(day: date) -> datetime:
    return datetime(day.year + day.month // 12, day.month % 12 + 1, 1, tzinfo=UTC)


def given_this_month(session: Session | Connection, giver_id: int, today: date) -> int:
    """Points a person has given in the month of ``today``."""
    r = reward_recognitions.c
    return int(
        session.scalar(
            select(func.coalesce(func.sum(r.points), 0)).where(
                r.giver_id == giver_id,
                r.at >= month_start(today),
                r.at < next_month_start(today),
            )
        )
        or 0
    )


def allowance_left(session: Session | Connection, giver_id: int, today: date | None = None) -> int:
    """What a person can still give this month (the rest expires at the month's end)."""
    today = today or utcnow().date()
    allowance = get_reward_settings(session).monthly_allowance
    return max(0, allowance - given_this_month(session, giver_id, today))


def give_recognition(
    session: Session,
    giver_id: int,
    receiver_id: int,
    points: int,
    tag_id: int,
    message: str,
    *,
    at: datetime | None = None,
) -> int:
    """Recognise a colleague; their points are in the ledger in the same transaction. The id."""
    if points not in RECOGNITION_TIERS:
        raise ValidationError(translate("Rewards", "Choose 5, 10, 20 or 50 points."), "points")
    if giver_id == receiver_id:
        raise ValidationError(translate("Rewards", "You cannot recognise yourself."), "receiver")
    message = require_text(message, "message", translate("Rewards", "Message"))
    if len(message) > MESSAGE_LENGTH:
        raise ValidationError(
            translate("Rewards", "The message is longer than {count} characters.").format(
                count=MESSAGE_LENGTH
            ),
            "message",
        )
    begin_write(session)
    # The giver's row, locked: two recognitions at once cannot both spend the last allowance.
    people = dict(
        session.execute(
            select(staff.c.id, staff.c.name)
            .where(staff.c.id.in_([giver_id, receiver_id]))
            .order_by(staff.c.id)
            .with_for_update()
        ).all()
    )
    if giver_id not in people or receiver_id not in people:
        raise NotFoundError(translate("Rewards", "This staff member no longer exists."))
    tag = session.execute(
        select(reward_tags.c.name, reward_tags.c.archived).where(reward_tags.c.id == tag_id)
    ).one_or_none()
    if tag is None or tag.archived:
        raise ValidationError(translate("Rewards", "Choose one of the office's tags."), "tag")
    moment = at or utcnow()
    left = allowance_left(session, giver_id, moment.astimezone(UTC).date())
    if points > left:
        raise ValidationError(
            translate("Rewards", "You have {left} points left to give this month.").format(
                left=left
            ),
            "points",
        )
    recognition_id = session.execute(
        insert(reward_recognitions)
        .values(
            at=moment,
            giver_id=giver_id,
            receiver_id=receiver_id,
            points=points,
            tag_id=tag_id,
            message=message,
        )
        .returning(reward_recognitions.c.id)
    ).scalar_one()
    reason = translate("Rewards", "Recognised by {giver} for '{tag}': {message}").format(
        giver=people[giver_id], tag=tag.name, message=message
    )
    append_entries(
        session,
        [
            {
                "at": moment,
                "staff_id": receiver_id,
                "points": points,
                "reason": reason[:500],
                "source": EntrySource.RECOGNITION,
                "recognition_id": recognition_id,
                "by_staff_id": giver_id,
            }
        ],
    )
    return recognition_id
