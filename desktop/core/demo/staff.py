"""The demo office's staff: roles, teams, champions and leavers (rows only, no database)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from desktop.core.common.vocab import ClientType, StaffRole
from desktop.core.demo.history import PROJECT_START_DAY, moment
from desktop.core.demo.names import OFFICE_DOMAIN, NameMaker, slug
from desktop.core.demo.random import between

_R = StaffRole
# The first 18 give the classic small office; larger offices repeat the tail pattern.
_FIRST_ROLES = (
    _R.PARTNER, _R.RELATIONSHIP_MANAGER, _R.RELATIONSHIP_MANAGER, _R.ASSISTANT,
    _R.OFFICE_MANAGER, _R.RELATIONSHIP_MANAGER, _R.PARTNER, _R.RELATIONSHIP_MANAGER,
    _R.ASSISTANT, _R.HR, _R.RELATIONSHIP_MANAGER, _R.RELATIONSHIP_MANAGER, _R.PARTNER,
    _R.ASSISTANT, _R.IT, _R.RELATIONSHIP_MANAGER, _R.RELATIONSHIP_MANAGER, _R.ASSISTANT,
)  # fmt: skip
_MORE_ROLES = (
    _R.RELATIONSHIP_MANAGER, _R.RELATIONSHIP_MANAGER, _R.ASSISTANT,
    _R.RELATIONSHIP_MANAGER, _R.ASSISTANT, _R.PARTNER,
)  # fmt: skip
_CLIENT_TEAMS = ("MKB", "Agro", "Particulieren", "Zakelijk", "Starters", "Non-profit")
_SUPPORT_TEAM = "Bedrijfsvoering"
# A champion's focus area and the client types it attracts.
_FOCUS = (
    ("MKB en BV's", (ClientType.BV, ClientType.SOLE_TRADER, ClientType.OTHER)),
    ("Agrarische ondernemers", (ClientType.AGRICULTURAL,)),
    ("Particulieren", (ClientType.PRIVATE_PERSON,)),
    ("Verenigingen en stichtingen", (ClientType.ASSOCIATION_FOUNDATION,)),
)
_LEFT_DAY = -120  # a relationship manager who left; a champion took over the clients
_LEAVING_DAY = 25  # one who is about to leave: a hand-over still to do


@dataclass
class StaffPlan:
    """The staff rows plus who plays which part in the client history."""

    rows: list[dict[str, object]] = field(default_factory=list)
    champion_ids: list[int] = field(default_factory=list)
    manager_ids: list[int] = field(default_factory=list)  # relationship managers, not champions
    partner_ids: list[int] = field(default_factory=list)
    assistant_ids: list[int] = field(default_factory=list)  # around for the whole project
    office_manager_id: int | None = None
    champion_by_type: dict[ClientType, list[int]] = field(default_factory=dict)
    leaver_id: int | None = None  # left on day _LEFT_DAY; successor took over
    successor_id: int | None = None

    @property
    def all_ids(self) -> list[int]:
        return list(range(1, len(self.rows) + 1))

    @property
    def left_day(self) -> int:
        return _LEFT_DAY


def roles_for(count: int) -> list[StaffRole]:
    """The roles of an office with `count` staff."""
    roles = list(_FIRST_ROLES[:count])
    while len(roles) < count:
        roles.append(_MORE_ROLES[(len(roles) - len(_FIRST_ROLES)) % len(_MORE_ROLES)])
    return roles


def champion_count(count: int) -> int:
    return max(1, round(count / 5.5)) if count else 0


def plan_staff(rng: random.Random, count: int, client_total: int, today: date) -> StaffPlan:
    """Staff rows with ids from 1; champions are relationship managers (else partners)."""
    names = NameMaker(rng)
    plan = StaffPlan()
    roles = roles_for(count)
    team_count = max(1, min(len(_CLIENT_TEAMS), roles.count(StaffRole.PARTNER)))
    managers = [i for i, role in enumerate(roles) if role is StaffRole.RELATIONSHIP_MANAGER]
    champions = _pick_champions(roles, managers, champion_count(count))
    others = [i for i in managers if i not in champions] if count >= 8 else []
    leaver = others[-1] if others else None
    leaving = others[-2] if len(others) >= 2 else None
    newcomer = next((i for i in range(count - 1, -1, -1) if roles[i] is StaffRole.ASSISTANT), None)
    capacity = max(20, -(-int(client_total * 0.75 / max(1, len(champions)) * 1.2) // 10) * 10)
    seen_names: set[str] = set()
    seen_initials: set[str] = set()
    client_team = 0
    registered = moment(today, PROJECT_START_DAY - 60, 9 * 60)  # when the staff list was typed in
    for index, role in enumerate(roles):
        staff_id = index + 1
        first, surname = names.person()
        while f"{first} {surname}" in seen_names:
            first, surname = names.person()
        seen_names.add(f"{first} {surname}")
        if role in (StaffRole.OFFICE_MANAGER, StaffRole.HR, StaffRole.IT):
            team = _SUPPORT_TEAM
        else:
            team = _CLIENT_TEAMS[client_team % team_count]
            client_team += 1
        years = between(rng, 12, 30) if role is StaffRole.PARTNER else between(rng, 1, 15)
        start = today - timedelta(days=years * 365 + between(rng, 0, 300))
        end = None
        if index == newcomer:
            start = today - timedelta(days=40)
        if index == leaver:
            end = today + timedelta(days=_LEFT_DAY)
        elif index == leaving:
            end = today + timedelta(days=_LEAVING_DAY)
        row: dict[str, object] = {
            "id": staff_id,
            "name": f"{first} {surname}",
            "initials": _unique_initials(first, surname, seen_initials),
            "email": f"{slug(first)}.{slug(surname)}@{OFFICE_DOMAIN}",
            "role": role,
            "team": team,
            "start_date": start,
            "end_date": end,
            "is_champion": False,
            "champion_since": None,
            "focus_area": None,
            "capacity": None,
            "created_at": registered,
            "updated_at": registered,
        }
        if index in champions:
            focus, types = _FOCUS[champions.index(index) % len(_FOCUS)]
            since = PROJECT_START_DAY - between(rng, 20, 60)
            row |= {
                "is_champion": True,
                "champion_since": today + timedelta(days=since),
                "focus_area": focus,
                "capacity": capacity,
            }
            plan.champion_ids.append(staff_id)
            for client_type in types:
                plan.champion_by_type.setdefault(client_type, []).append(staff_id)
        elif role is StaffRole.RELATIONSHIP_MANAGER and index != leaver:
            plan.manager_ids.append(staff_id)
        elif role is StaffRole.PARTNER:
            plan.partner_ids.append(staff_id)
        elif role is StaffRole.ASSISTANT and index != newcomer:
            plan.assistant_ids.append(staff_id)
        elif role is StaffRole.OFFICE_MANAGER:
            plan.office_manager_id = staff_id
        plan.rows.append(row)
    if leaver is not None:
        plan.leaver_id = leaver + 1
        plan.successor_id = plan.champion_ids[0]
    return plan


def _pick_champions(roles: list[StaffRole], managers: list[int], wanted: int) -> list[int]:
    partners = [i for i, role in enumerate(roles) if role is StaffRole.PARTNER]
    # Champions come from the relationship managers; a very small office uses a partner.
    candidates = managers[:-2] if len(managers) > wanted + 2 else managers
    return list(dict.fromkeys(candidates + partners + list(range(len(roles)))))[:wanted]


def _unique_initials(first: str, surname: str, seen: set[str]) -> str:
    base = (first[0] + "".join(part[0] for part in surname.split())).upper()
    initials, number = base, 2
    while initials in seen:
        initials, number = f"{base}{number}", number + 1
    seen.add(initials)
    return initials
