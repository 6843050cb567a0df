"""A small office for the board tests: two champions, six clients in the client portal project."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from desktop.core.clients.editing import ClientData, create_client
from desktop.core.common.vocab import ClientType
from desktop.core.db.engine import Database
from desktop.core.office.segments import list_segments
from desktop.core.office.settings import initialise_office
from desktop.core.pipelines.board import board_cards
from desktop.core.pipelines.enrollment import enroll_clients
from desktop.core.pipelines.next_actions import set_next_action
from desktop.core.pipelines.projects import create_project
from desktop.core.pipelines.stages import StageRow, list_stages
from desktop.core.staff.editing import StaffData, create_staff


@dataclass(frozen=True)
class Office:
    project_id: int
    stages: list[StageRow]
    anna: int
    bram: int
    segments: list[int]
    enrollments: dict[str, int]  # client name -> enrollment id

    def stage(self, name: str) -> StageRow:
        return next(stage for stage in self.stages if stage.name == name)


CLIENTS = [
    # name, champion, segment index, type
    ("Alfa Bouw BV", "anna", 0, ClientType.BV),
    ("Bakkerij Bol", "anna", 1, ClientType.SOLE_TRADER),
    ("Cafe Centraal", "bram", 0, ClientType.SOLE_TRADER),
    ("Delta Zorg", "bram", 2, ClientType.ASSOCIATION_FOUNDATION),
    ("Echo Advies", None, 1, ClientType.BV),
    ("Fokker Akkerbouw", "anna", 3, ClientType.AGRICULTURAL),
]


def make_office(database: Database) -> Office:
    with database.session() as session:
        initialise_office(session, "Kantoor Test", "en")
        anna = create_staff(
            session, StaffData(name="Anna de Vries", initials="AV", is_champion=True)
        )
        bram = create_staff(session, StaffData(name="Bram Jansen", initials="BJ", is_champion=True))
        staff = {"anna": anna, "bram": bram, None: None}
        segments = [row.id for row in list_segments(session)]
        project_id = create_project(session, "Client portal").id
        client_ids = {}
        for number, (name, champion, segment, kind) in enumerate(CLIENTS, start=1):
            client_ids[name] = create_client(
                session,
                ClientData(
                    client_number=f"K{number:03}",
                    name=name,
                    client_type=kind,
                    segment_id=segments[segment],
                    champion_id=staff[champion],
                ),
            )
        enroll_clients(session, project_id)
        enrollment_of = {
            card.client_id: card.enrollment_id
            for cards in board_cards(session, project_id).values()
            for card in cards
        }
        enrollments = {name: enrollment_of[client_id] for name, client_id in client_ids.items()}
        # Alfa and Bakkerij have a next action; the others have none (so they count as stalled).
        set_next_action(session, enrollments["Alfa Bouw BV"], "Call", date.today() + timedelta(1))
        set_next_action(session, enrollments["Bakkerij Bol"], "Visit", date.today())
        stages = list_stages(session, project_id)
        session.commit()
    return Office(project_id, stages, anna, bram, segments, enrollments)
