"""A small office for the projects-area GUI tests: staff, segments, clients, one portal project."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.clients.editing import ClientData, archive_client, create_client
from desktop.core.common.vocab import StaffRole
from desktop.core.db.engine import Database
from desktop.core.db.models import Staff
from desktop.core.office.segments import list_segments
from desktop.core.office.settings import initialise_office
from desktop.core.pipelines.board import board_cards
from desktop.core.pipelines.enrollment import enroll_clients
from desktop.core.pipelines.moves import move_client
from desktop.core.pipelines.projects import create_project
from desktop.core.pipelines.stages import list_stages


@dataclass(frozen=True)
class PipelineOffice:
    project_id: int
    stage_ids: list[
        int
    ]  # Not approached, Informed, Invited, Activated, First use, Active, Declined
    segment_ids: list[int]
    champion_id: int
    client_ids: list[int]  # active clients, all enrolled
    archived_client_id: int


CLIENT_NAMES = ["Bakkerij De Vries", "Garage Jansen", "Bloemen Bakker", "Hoeve Smit"]


def make_office(database: Database, enroll: bool = True) -> PipelineOffice:
    """Four active clients (enrolled when ``enroll``), one archived; the first moved on twice."""
    with database.session() as session:
        initialise_office(session, "Kantoor", "en")
        champion = Staff(name="Anna de Wit", initials="AW", role=StaffRole.RELATIONSHIP_MANAGER)
        session.add(champion)
        session.flush()
        segment_ids = [segment.id for segment in list_segments(session)]
        client_ids = [
            create_client(
                session,
                ClientData(
                    client_number=f"{100 + index}",
                    name=name,
                    segment_id=segment_ids[index % len(segment_ids)],
                    champion_id=champion.id,
                ),
            )
            for index, name in enumerate(CLIENT_NAMES)
        ]
        archived = create_client(session, ClientData(client_number="900", name="Oud Archief"))
        archive_client(session, archived)
        project = create_project(session, "Client portal")
        stage_ids = [stage.id for stage in list_stages(session, project.id)]
        if enroll:
            enroll_clients(session, project.id, by_staff_id=champion.id)
            enrollment = next(
                card.enrollment_id
                for cards in board_cards(session, project.id).values()
                for card in cards
                if card.client_id == client_ids[0]
            )
            move_client(session, enrollment, stage_ids[1], champion.id, "Explained at the desk")
            move_client(session, enrollment, stage_ids[2], champion.id)
        session.commit()
        return PipelineOffice(project.id, stage_ids, segment_ids, champion.id, client_ids, archived)
