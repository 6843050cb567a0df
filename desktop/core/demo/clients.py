"""Rows for demo clients with their enrollment, stage history and contact log (no database)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from itertools import count

from desktop.core.common.i18n import QT_TRANSLATE_NOOP
from desktop.core.common.search_text import search_key
from desktop.core.common.vocab import ClientType
from desktop.core.demo.history import (
    ASSISTANT,
    CHAMPION,
    PROJECT_START_DAY,
    History,
    HistorySimulator,
    demo_text,
    moment,
    next_action,
)
from desktop.core.demo.names import City, NameMaker
from desktop.core.demo.random import Weighted, between, pick
from desktop.core.demo.staff import StaffPlan
from desktop.core.pipelines.moves import decline_reasons
from desktop.core.pipelines.reached import reached_text
from desktop.core.pipelines.stalled import LocalDays

Row = dict[str, object]

_T = ClientType
_TYPES = Weighted(
    (
        _T.PRIVATE_PERSON,
        _T.BV,
        _T.SOLE_TRADER,
        _T.AGRICULTURAL,
        _T.ASSOCIATION_FOUNDATION,
        _T.OTHER,
    ),
    (28, 27, 25, 10, 7, 3),
)
# Segment positions (Front-runner, Willing, Wait-and-see, Resistant) weighted per client type.
_SEGMENTS = {
    client_type: Weighted(range(4), weights)
    for client_type, weights in (
        (_T.BV, (20, 45, 25, 10)),
        (_T.SOLE_TRADER, (12, 40, 33, 15)),
        (_T.PRIVATE_PERSON, (8, 30, 37, 25)),
        (_T.ASSOCIATION_FOUNDATION, (10, 40, 35, 15)),
        (_T.AGRICULTURAL, (8, 32, 40, 20)),
        (_T.OTHER, (12, 38, 33, 17)),
    )
}
_ARCHIVED_CHANCE = 0.03
_NEW_CLIENT_CHANCE = 0.07  # became a client after the project started
_HANDED_OVER_CHANCE = 0.05  # belonged to the relationship manager who left
_CLIENT_NOTES = (
    QT_TRANSLATE_NOOP("Demo", "Always discuss the annual accounts in March."),
    QT_TRANSLATE_NOOP("Demo", "Prefers a phone call to e-mail."),
    QT_TRANSLATE_NOOP("Demo", "Does part of the bookkeeping themselves."),
    QT_TRANSLATE_NOOP("Demo", "Income tax return for the partner too."),
    QT_TRANSLATE_NOOP("Demo", "Reachable after 4 pm."),
    QT_TRANSLATE_NOOP("Demo", "Also owns a holiday home in Zeeland."),
)
_ARCHIVE_NOTES = (
    QT_TRANSLATE_NOOP("Demo", "Business closed down."),
    QT_TRANSLATE_NOOP("Demo", "Moved to another firm."),
    QT_TRANSLATE_NOOP("Demo", "File closed after the business was sold."),
)


@dataclass
class ChunkRows:
    clients: list[Row] = field(default_factory=list)
    enrollments: list[Row] = field(default_factory=list)
    transitions: list[Row] = field(default_factory=list)
    stays: list[Row] = field(default_factory=list)  # each ended by the transition named
    contacts: list[Row] = field(default_factory=list)


class ClientFactory:
    """Makes demo clients one chunk at a time, continuing ids and numbers between chunks."""

    def __init__(
        self,
        rng: random.Random,
        *,
        today: date,
        staff: StaffPlan,
        segment_ids: list[int],
        project_id: int,
        stage_ids: list[int],
    ) -> None:
        self.rng = rng
        self.today = today
        self.midnight = moment(today, 0, 0)
        self.staff = staff
        self.segment_ids = segment_ids
        self.project_id = project_id
        self.stage_ids = stage_ids
        # The tables were emptied first, so ids count from 1.
        self.client_ids, self.enrollment_ids = count(1), count(1)
        self.transition_ids, self.contact_ids = count(1), count(1)
        self.moments: dict[int, datetime] = {}  # minutes from midnight -> moment; many repeat
        self.local_days = LocalDays(today)
        self.names = NameMaker(rng)
        self.history = HistorySimulator(rng, today.weekday(), decline_reasons())
        self.made = 0
        self.number = between(rng, 100, 900)
        self.kvk_numbers: set[int] = set()

    def make(self, count: int) -> ChunkRows:
        """Rows for the next `count` clients."""
        rows = ChunkRows()
        for _ in range(count):
            self._client(rows)
        self.made += count
        return rows

    def _moment(self, day: int, minute: int) -> datetime:
        minutes = day * 1440 + minute
        found = self.moments.get(minutes)
        if found is None:
            found = self.moments[minutes] = self.midnight + timedelta(minutes=minutes)
        return found

    def _client(self, rows: ChunkRows) -> None:
        rng = self.rng
        client_id = next(self.client_ids)
        client_type = _TYPES.draw(rng)
        private = client_type is _T.PRIVATE_PERSON
        city = self.names.city(rural=client_type is _T.AGRICULTURAL)
        identity = self.names.client(client_type, city)
        segment = _SEGMENTS[client_type].draw(rng)
        champion_id, previous_id = self._champion(client_type)
        archived = rng.random() < _ARCHIVED_CHANCE
        new_client = rng.random() < _NEW_CLIENT_CHANCE
        joined_day = -between(rng, 7, 250) if new_client else -between(rng, 300, 4500)
        self.number += between(rng, 1, 4)
        created = self._moment(joined_day, between(rng, 7 * 60, 16 * 60))
        notes = demo_text(pick(rng, _CLIENT_NOTES)) if rng.random() < 0.08 else ""
        if archived:
            notes = demo_text(pick(rng, _ARCHIVE_NOTES))
        number = f"{self.number:06d}"
        email = self._email(identity.email_local, identity.email_domain, private)
        client: Row = {
            "id": client_id,
            "client_number": number,
            "name": identity.name,
            "client_type": client_type,
            "segment_id": self.segment_ids[segment],
            "champion_id": champion_id,
            "contact_person": None if private else identity.contact_person,
            "email": email,
            "phone": self._phone(city, private),
            "postcode": self.names.postcode(city),
            "city": city.name,
            "kvk_number": None if private or rng.random() < 0.05 else self._kvk(),
            "notes": notes,
            "archived": archived,
            "search_text": search_key(identity.name, number, city.name, email),
            "created_at": created,
            "updated_at": created,
        }
        rows.clients.append(client)
        if archived:
            return
        # New clients are enrolled the day after they joined, the others with their segment.
        history = self.history.simulate(segment, max(joined_day + 1, PROJECT_START_DAY))
        client["updated_at"] = self._add_history(rows, client_id, history, champion_id, previous_id)

    def _add_history(
        self,
        rows: ChunkRows,
        client_id: int,
        history: History,
        champion_id: int | None,
        previous_id: int | None,
    ) -> datetime:
        enrollment_id = next(self.enrollment_ids)
        stage_ids = self.stage_ids
        entered: tuple[int, datetime] | None = None  # the stage the client is in, since when
        ordinal = self.local_days.ordinal
        for move in history.moves:
            transition_id = next(self.transition_ids)
            stage_id = stage_ids[move.to_stage]
            at = self._moment(move.day, move.minute)
            rows.transitions.append(
                {
                    "id": transition_id,
                    "enrollment_id": enrollment_id,
                    "from_stage_id": None
                    if move.from_stage is None
                    else stage_ids[move.from_stage],
                    "to_stage_id": stage_id,
                    "at": at,
                    "by_staff_id": self._actor(move.actor, move.day, champion_id, previous_id),
                    "note": demo_text(move.note),
                    "reason": move.reason,
                    "reverts_id": None,
                }
            )
            if entered is not None:  # the demo has no undos: every move ends a stay
                rows.stays.append(
                    {
                        "transition_id": transition_id,
                        "enrollment_id": enrollment_id,
                        "stage_id": entered[0],
                        "days": ordinal(at) - ordinal(entered[1]),
                    }
                )
            entered = (stage_id, at)
        for contact in history.contacts:
            rows.contacts.append(
                {
                    "id": next(self.contact_ids),
                    "client_id": client_id,
                    "at": self._moment(contact.day, contact.minute),
                    "by_staff_id": self._actor(
                        contact.actor, contact.day, champion_id, previous_id
                    ),
                    "channel": contact.channel,
                    "note": demo_text(contact.note),
                }
            )
        action, due_day = next_action(self.rng, history.stage)
        if due_day is not None:
            due_day = max(due_day, history.moves[-1].day + 1)  # planned after the last move
        last = rows.transitions[-1]["at"]
        rows.enrollments.append(
            {
                "id": enrollment_id,
                "project_id": self.project_id,
                "client_id": client_id,
                "stage_id": stage_ids[history.stage],
                "stage_since": last,
                "next_action": demo_text(action),
                "next_action_due": None if due_day is None else self.today + timedelta(due_day),
                "created_at": self._moment(history.moves[0].day, history.moves[0].minute),
                "reached_stages": reached_text(stage_ids[move.to_stage] for move in history.moves),
            }
        )
        return last  # type: ignore[return-value]

    def _champion(self, client_type: ClientType) -> tuple[int | None, int | None]:
        """The client's champion now, and the leaver who had the client before, if any."""
        rng, plan = self.rng, self.staff
        if plan.leaver_id is not None and rng.random() < _HANDED_OVER_CHANCE:
            return plan.successor_id, plan.leaver_id
        roll = rng.random()
        if roll < 0.7 and plan.champion_ids:
            focused = plan.champion_by_type.get(client_type)
            pool = focused if focused and rng.random() < 0.7 else plan.champion_ids
        elif roll < 0.92 and plan.manager_ids:
            pool = plan.manager_ids
        else:
            pool = plan.partner_ids or plan.champion_ids or plan.all_ids
        return (pick(rng, pool) if pool else None), None

    def _actor(
        self, actor: str, day: int, champion_id: int | None, previous_id: int | None
    ) -> int | None:
        plan = self.staff
        if actor == CHAMPION:
            if previous_id is not None and day < plan.left_day:
                return previous_id
            return champion_id
        if actor == ASSISTANT and plan.assistant_ids:
            return pick(self.rng, plan.assistant_ids)
        if actor != ASSISTANT and plan.office_manager_id is not None:
            return plan.office_manager_id
        return champion_id

    def _email(self, local: str, domain: str, private: bool) -> str | None:
        if self.rng.random() < (0.25 if private else 0.12):
            return None
        return f"{local}@{domain}"

    def _phone(self, city: City, private: bool) -> str | None:
        rng = self.rng
        if rng.random() < 0.05:
            return None
        mobile = rng.random() < (0.7 if private else 0.35)
        return self.names.phone(city, mobile)

    def _kvk(self) -> str:
        while True:
            number = between(self.rng, 1_000_000, 99_999_999)
            if number not in self.kvk_numbers:
                self.kvk_numbers.add(number)
                return f"{number:08d}"
