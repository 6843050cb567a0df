"""Nominating champions, approving and declining, and suggestions from scores and role."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.orm import Session

from desktop.core.champions.nominations import (
    NominationData,
    champion_suggestions,
    decide,
    list_nominations,
    nominate,
)
from desktop.core.champions.vocab import NominationStatus
from desktop.core.common.errors import ConflictError, ValidationError
from desktop.core.common.vocab import StaffRole
from desktop.core.staff.editing import get_staff
from tests.core.champions.office import add_round, add_staff


def test_nominate_then_approve_makes_a_champion_with_focus_and_capacity(session: Session) -> None:
    kees = add_staff(session, "Kees de Vries", "KdV")
    manager = add_staff(session, "Mia Manager", "MM", role=StaffRole.PARTNER)
    nomination = nominate(
        session, kees, NominationData("Agrarisch", "80", " Knows the farmers "), by=manager
    )
    (row,) = list_nominations(session)
    assert (row.staff_name, row.nominated_by_name, row.self_nominated) == (
        "Kees de Vries",
        "Mia Manager",
        False,
    )
    assert (row.focus_area, row.capacity, row.motivation, row.status) == (
        "Agrarisch",
        80,
        "Knows the farmers",
        NominationStatus.PENDING,
    )
    with pytest.raises(ConflictError, match="nominated already"):
        nominate(session, kees)

    decide(session, nomination, True, by=manager, data=NominationData("Agrarisch", 60))
    data = get_staff(session, kees)
    assert (data.is_champion, data.focus_area, data.capacity) == (True, "Agrarisch", 60)
    assert data.champion_since == date.today()
    (row,) = list_nominations(session)
    assert (row.status, row.decided_by_name, row.capacity) == (
        NominationStatus.APPROVED,
        "Mia Manager",
        60,
    )
    with pytest.raises(ConflictError, match="decided already"):
        decide(session, nomination, False, by=manager)
    with pytest.raises(ConflictError, match="champion already"):
        nominate(session, kees)


def test_self_nomination_is_decided_by_someone_else_and_can_be_declined(
    session: Session,
) -> None:
    sanne = add_staff(session, "Sanne Visser", "SV")
    manager = add_staff(session, "Mia Manager", "MM")
    nomination = nominate(session, sanne, NominationData(capacity=-1 + 41))
    assert list_nominations(session)[0].self_nominated
    with pytest.raises(ValidationError, match="Someone else decides"):
        decide(session, nomination, True, by=sanne)
    decide(session, nomination, False, by=manager, note="Next year")
    assert not get_staff(session, sanne).is_champion
    (row,) = list_nominations(session, NominationStatus.DECLINED)
    assert row.decision_note == "Next year"
    nominate(session, sanne)  # a declined nomination can be made again later


def test_bad_capacity_and_leavers_are_refused(session: Session) -> None:
    kees = add_staff(session, "Kees de Vries", "KdV")
    gone = add_staff(session, "Gone", "GO", end_date=date(2020, 1, 1))
    with pytest.raises(ValidationError):
        nominate(session, kees, NominationData(capacity="-3"))
    with pytest.raises(ValidationError, match="has left"):
        nominate(session, gone)
    assert list_nominations(session) == []


def test_suggestions_need_high_desire_knowledge_and_ability_in_the_latest_round(
    session: Session,
) -> None:
    rm = add_staff(session, "Rita Relatie", "RR")
    assistant = add_staff(session, "Arie Assistent", "AA", role=StaffRole.ASSISTANT)
    partner = add_staff(session, "Piet Partner", "PP", role=StaffRole.PARTNER)
    low_ability = add_staff(session, "Lars Laag", "LL")
    champion = add_staff(session, "Cor Champion", "CC", champion=True)
    nominated = add_staff(session, "Nina Genomineerd", "NG")
    add_round(session, "Nulmeting", date(2025, 6, 1), {low_ability: (5, 5, 5, 5, 5)})
    add_round(
        session,
        "Meting 2",
        date(2026, 1, 15),
        {
            rm: (2, 4, 4, 4, 2),  # Awareness and Reinforcement do not count
            assistant: (5, 5, 5, 5, 5),
            partner: (4, 4.5, 4.5, 4.5, 4),
            low_ability: (5, 5, 5, 3.8, 5),
            champion: (5, 5, 5, 5, 5),
            nominated: (5, 5, 5, 5, 5),
        },
    )
    nominate(session, nominated)
    suggestions = champion_suggestions(session)
    # Client-facing roles first, then the highest average; the assistant still appears.
    assert [(s.name, s.round_name) for s in suggestions] == [
        ("Piet Partner", "Meting 2"),
        ("Rita Relatie", "Meting 2"),
        ("Arie Assistent", "Meting 2"),
    ]
    assert suggestions[0].average == pytest.approx(4.5)
