"""A small office for the rewards tests: the pipeline office plus a manager, all enrolled."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import HealthCheck, settings
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.common.vocab import StaffRole
from desktop.core.db.models import Staff
from desktop.core.db.tables import stage_transitions
from desktop.core.pipelines.board import board_cards
from desktop.core.pipelines.enrollment import enroll_clients
from tests.core.pipeline_helpers import Office, make_office, utc


@dataclass
class RewardOffice:
    office: Office
    manager: int
    enrollments: dict[str, int]  # client name -> enrollment id

    @property
    def anna(self) -> int:
        return self.office.staff["AB"]

    @property
    def cees(self) -> int:
        return self.office.staff["CD"]

    def stage(self, name: str) -> int:
        return self.office.stages[name]


def make_reward_office(session: Session, clients: int = 4) -> RewardOffice:
    office = make_office(session, clients)
    manager = Staff(name="Maria Manager", initials="MM", role=StaffRole.PARTNER, team="Board")
    session.add(manager)
    session.flush()
    enroll_clients(session, office.project_id, at=utc(1))
    enrollment_of = {
        card.client_id: card.enrollment_id
        for cards in board_cards(session, office.project_id).values()
        for card in cards
    }
    enrollments = {name: enrollment_of[client_id] for name, client_id in office.clients.items()}
    return RewardOffice(office, manager.id, enrollments)  # type: ignore[arg-type]


# The property tests' runs: each example builds an office, so fewer than hypothesis's default.
property_settings = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def latest_transition(session: Session, enrollment_id: int) -> int:
    """The id of the enrollment's newest transition (0 if none): the one an undo takes back."""
    t = stage_transitions.c
    latest = session.scalar(
        select(t.id)
        .where(t.enrollment_id == enrollment_id)
        .order_by(t.at.desc(), t.id.desc())
        .limit(1)
    )
    return int(latest or 0)
