"""A plausible onboarding history for one demo client (pure simulation, no database).

Days are whole numbers relative to today (negative = past); every event lies before today.
Stages are referred to by their position in stage_templates.client_portal_stages().
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import NamedTuple

from desktop.core.common.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.common.vocab import ContactChannel
from desktop.core.demo.random import Weighted, between, pick

NOT_APPROACHED, INFORMED, INVITED, ACTIVATED, FIRST_USE, ACTIVE, DECLINED = range(7)
OPEN_STAGES = (NOT_APPROACHED, INFORMED, INVITED, ACTIVATED, FIRST_USE)

PROJECT_START_DAY = -270  # nine months of history
# Who acted: the client's champion, an assistant (sends invitations), or the office manager.
CHAMPION, ASSISTANT, OFFICE = "champion", "assistant", "office"


def demo_text(text: str | None) -> str | None:
    """A note or next action of this module, in the language the demo office is written in."""
    return translate("Demo", text) if text else text


def moment(today: date, day: int, minute: int) -> datetime:
    """A naive UTC datetime `day` days from today's midnight plus `minute` minutes."""
    return datetime(today.year, today.month, today.day) + timedelta(minutes=day * 1440 + minute)


@dataclass(frozen=True)
class SegmentBehaviour:
    enrol_day: int  # the firm enrolled its clients in waves, eager segments first
    approach_within: int  # days after enrolment before the first contact (at most)
    pace: float  # multiplies the typical time in a stage
    decline_chance: float  # per step forward out of Informed, Invited or Activated
    channels: Weighted[ContactChannel]  # for the first contact


_C = ContactChannel


def _channels(*channels: ContactChannel) -> Weighted[ContactChannel]:
    # First-contact channels, most likely first.
    return Weighted(channels, (5, 3, 2))


# Indexed by segment position: Front-runner, Willing, Wait-and-see, Resistant.
BEHAVIOUR = (
    SegmentBehaviour(-270, 60, 0.8, 0.005, _channels(_C.EMAIL, _C.WEBINAR, _C.CALL)),
    SegmentBehaviour(-255, 200, 1.4, 0.015, _channels(_C.CALL, _C.EMAIL, _C.WEBINAR)),
    SegmentBehaviour(-180, 200, 2.0, 0.035, _channels(_C.CALL, _C.LETTER, _C.VISIT)),
    SegmentBehaviour(-90, 150, 2.8, 0.1, _channels(_C.VISIT, _C.LETTER, _C.CALL)),
)

# Typical days before moving on from Informed, Invited, Activated and First use.
_TYPICAL_DWELL = {INFORMED: 8, INVITED: 6, ACTIVATED: 4, FIRST_USE: 12}
_STUCK_CHANCE = 0.07
_BACK_CHANCE = 0.05
_RETRY_AFTER_DECLINE_CHANCE = 0.12

FIRST_CONTACT_NOTES = {
    _C.CALL: (
        QT_TRANSLATE_NOOP("Demo", "Explained the client portal by phone."),
        QT_TRANSLATE_NOOP("Demo", "Called; the client is positive about it."),
        QT_TRANSLATE_NOOP("Demo", "Called about delivering digitally; wants to know more first."),
    ),
    _C.EMAIL: (
        QT_TRANSLATE_NOOP("Demo", "Sent an information e-mail about the client portal."),
        QT_TRANSLATE_NOOP("Demo", "Sent an e-mail with an explanation and a how-to video."),
    ),
    _C.VISIT: (
        QT_TRANSLATE_NOOP("Demo", "Looked at the portal together at the annual accounts meeting."),
        QT_TRANSLATE_NOOP("Demo", "Visited; showed the portal on the client's laptop."),
    ),
    _C.LETTER: (
        QT_TRANSLATE_NOOP("Demo", "Sent an information letter about the client portal."),
        QT_TRANSLATE_NOOP("Demo", "Sent a letter with a step-by-step plan and login instructions."),
    ),
    _C.WEBINAR: (
        QT_TRANSLATE_NOOP(
            "Demo", "Took part in the webinar 'Getting started with the client portal'."
        ),
        QT_TRANSLATE_NOOP("Demo", "Signed up for and attended the online demo."),
    ),
}
_MOVE_NOTES = {
    INFORMED: (
        QT_TRANSLATE_NOOP("Demo", "Explained it; the client is thinking it over."),
        QT_TRANSLATE_NOOP("Demo", "Handed over a leaflet."),
    ),
    INVITED: (
        QT_TRANSLATE_NOOP("Demo", "Invitation sent."),
        QT_TRANSLATE_NOOP("Demo", "Invitation sent with a how-to video."),
    ),
    ACTIVATED: (
        QT_TRANSLATE_NOOP("Demo", "Account activated."),
        QT_TRANSLATE_NOOP("Demo", "Logged in together through the app."),
    ),
    FIRST_USE: (
        QT_TRANSLATE_NOOP("Demo", "First bank statements uploaded."),
        QT_TRANSLATE_NOOP("Demo", "First invoices through the portal."),
    ),
    ACTIVE: (
        QT_TRANSLATE_NOOP("Demo", "Now delivers everything digitally."),
        QT_TRANSLATE_NOOP("Demo", "Uses the portal independently."),
    ),
}
_BACK_NOTES = {
    INFORMED: QT_TRANSLATE_NOOP("Demo", "Invitation expired; explained again."),
    INVITED: QT_TRANSLATE_NOOP("Demo", "Activation e-mail did not arrive; sent a new invitation."),
    ACTIVATED: QT_TRANSLATE_NOOP("Demo", "Could not upload documents; starting again together."),
}
_DECLINE_NOTES = (
    QT_TRANSLATE_NOOP("Demo", "Had a talk; the client is giving it a miss for now."),
    QT_TRANSLATE_NOOP("Demo", "The client does not want to switch to the portal."),
    QT_TRANSLATE_NOOP("Demo", "Explained, but the client sticks to the old way."),
)
_FOLLOW_UP_CONTACTS = {
    INVITED: (
        0.6,
        _C.EMAIL,
        QT_TRANSLATE_NOOP("Demo", "Sent the invitation to the client portal."),
    ),
    ACTIVATED: (
        0.2,
        _C.CALL,
        QT_TRANSLATE_NOOP("Demo", "Helped with logging in and two-step verification."),
    ),
    FIRST_USE: (
        0.3,
        _C.CALL,
        QT_TRANSLATE_NOOP("Demo", "Called after the first upload; it went well."),
    ),
    ACTIVE: (
        0.15,
        _C.CALL,
        QT_TRANSLATE_NOOP("Demo", "Paid a compliment; the client is enthusiastic."),
    ),
}


class Move(NamedTuple):
    day: int
    minute: int  # minutes after midnight UTC
    from_stage: int | None
    to_stage: int
    actor: str
    note: str
    reason: str | None


class Contact(NamedTuple):
    day: int
    minute: int
    channel: ContactChannel
    actor: str
    note: str


@dataclass(frozen=True)
class History:
    moves: list[Move]
    contacts: list[Contact]

    @property
    def stage(self) -> int:
        return self.moves[-1].to_stage


class HistorySimulator:
    """Simulates clients moving through the pipeline; today_weekday keeps events on workdays."""

    def __init__(
        self, rng: random.Random, today_weekday: int, decline_reasons: Sequence[str]
    ) -> None:
        self.rng = rng
        self.today_weekday = today_weekday
        self.decline_reasons = decline_reasons  # the pipeline's suggestions, in the UI language

    def simulate(self, segment: int, joined_day: int) -> History:
        """The moves and contacts of a client of the given segment position."""
        rng = self.rng
        behaviour = BEHAVIOUR[segment]
        day = self._workday(max(behaviour.enrol_day, joined_day))
        moves = [Move(day, self._minute(), None, NOT_APPROACHED, OFFICE, "", None)]
        contacts: list[Contact] = []
        stage = NOT_APPROACHED
        day += between(rng, 1, behaviour.approach_within)
        for _ in range(20):  # a handful of moves; the bound only guards against bad settings
            day = self._workday(day)
            if day >= 0:
                break
            target, note, reason = self._next_step(stage, behaviour)
            actor = ASSISTANT if target == INVITED and rng.random() < 0.4 else CHAMPION
            minute = self._minute()
            moves.append(Move(day, minute, stage, target, actor, note, reason))
            contacts.extend(self._contacts_for(stage, target, behaviour, day, minute))
            stage = target
            day += self._dwell(stage, behaviour)
        return History(moves, contacts)

    def _next_step(self, stage: int, behaviour: SegmentBehaviour) -> tuple[int, str, str | None]:
        rng = self.rng
        if stage == DECLINED:
            return (
                INFORMED,
                QT_TRANSLATE_NOOP("Demo", "The client wants to give it a try after all."),
                None,
            )
        if INFORMED <= stage <= ACTIVATED and rng.random() < behaviour.decline_chance:
            note = pick(rng, ("", "", QT_TRANSLATE_NOOP("Demo", "Try again later.")))
            return DECLINED, note, pick(rng, self.decline_reasons)
        if INVITED <= stage <= FIRST_USE and rng.random() < _BACK_CHANCE:
            return stage - 1, _BACK_NOTES[stage - 1], None
        target = stage + 1
        note = pick(rng, _MOVE_NOTES[target]) if rng.random() < 0.25 else ""
        return target, note, None

    def _dwell(self, stage: int, behaviour: SegmentBehaviour) -> int:
        rng = self.rng
        if stage == ACTIVE:
            return 10_000  # nothing more happens
        if stage == DECLINED:
            return between(rng, 30, 120) if rng.random() < _RETRY_AFTER_DECLINE_CHANCE else 10_000
        days = _TYPICAL_DWELL[stage] * behaviour.pace * rng.lognormvariate(0, 0.6)
        if rng.random() < _STUCK_CHANCE:
            days *= rng.uniform(3, 6)  # these become the stalled clients
        return max(1, round(days))

    def _contacts_for(
        self,
        source: int,
        target: int,
        behaviour: SegmentBehaviour,
        day: int,
        minute: int,
    ) -> list[Contact]:
        rng = self.rng
        earlier = max(7 * 60, minute - between(rng, 5, 90))
        if source == NOT_APPROACHED:
            channel = behaviour.channels.draw(rng)
            note = pick(rng, FIRST_CONTACT_NOTES[channel])
            return [Contact(day, earlier, channel, CHAMPION, note)]
        if target == DECLINED:
            channel = _C.VISIT if rng.random() < 0.3 else _C.CALL
            return [Contact(day, earlier, channel, CHAMPION, pick(rng, _DECLINE_NOTES))]
        if target < source:
            return [Contact(day, earlier, _C.CALL, CHAMPION, _BACK_NOTES[target])]
        follow_up = _FOLLOW_UP_CONTACTS.get(target)
        if follow_up and rng.random() < follow_up[0]:
            return [Contact(day, earlier, follow_up[1], CHAMPION, follow_up[2])]
        return []

    def _workday(self, day: int) -> int:
        weekday = (self.today_weekday + day) % 7
        return day + (7 - weekday if weekday >= 5 else 0)

    def _minute(self) -> int:
        # Office hours 08:00-17:00 Dutch time, stored as UTC (an hour earlier in winter).
        return between(self.rng, 7 * 60, 16 * 60)


NEXT_ACTIONS = {
    NOT_APPROACHED: (
        QT_TRANSLATE_NOOP("Demo", "Call the client about the client portal"),
        QT_TRANSLATE_NOOP("Demo", "Send the information letter"),
        QT_TRANSLATE_NOOP("Demo", "Discuss at the annual accounts meeting"),
    ),
    INFORMED: (
        QT_TRANSLATE_NOOP("Demo", "Send the invitation to the portal"),
        QT_TRANSLATE_NOOP("Demo", "Call back: had more questions"),
    ),
    INVITED: (
        QT_TRANSLATE_NOOP("Demo", "Send a reminder: invitation not accepted yet"),
        QT_TRANSLATE_NOOP("Demo", "Follow up the invitation by phone"),
    ),
    ACTIVATED: (
        QT_TRANSLATE_NOOP("Demo", "Help with the first upload of documents"),
        QT_TRANSLATE_NOOP("Demo", "Explain the app"),
    ),
    FIRST_USE: (
        QT_TRANSLATE_NOOP("Demo", "Check that the client uses the portal"),
        QT_TRANSLATE_NOOP("Demo", "Set up the bank link"),
    ),
    ACTIVE: (QT_TRANSLATE_NOOP("Demo", "Review meeting after three months"),),
    DECLINED: (QT_TRANSLATE_NOOP("Demo", "Ask again in six months"),),
}


def next_action(rng: random.Random, stage: int) -> tuple[str | None, int | None]:
    """A next action and its due day for a client now in this stage; (None, None) if none."""
    if stage in OPEN_STAGES:
        if rng.random() < 0.18:
            return None, None  # no next action: these count as stalled
        roll = rng.random()
        if roll < 0.25:
            due = -between(rng, 1, 30)
        elif roll < 0.35:
            due = 0
        else:
            due = between(rng, 1, 35)
        return pick(rng, NEXT_ACTIONS[stage]), due
    if rng.random() < (0.1 if stage == ACTIVE else 0.25):
        return pick(rng, NEXT_ACTIONS[stage]), between(rng, 30, 180)
    return None, None
