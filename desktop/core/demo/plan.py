"""The demo office's rollout plan: context, goals, phases with milestones, agenda items and a
few measures, dated around the demo's nine months of history."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from sqlalchemy.orm import Session

from desktop.core.common.i18n import translate
from desktop.core.common.vocab import MeasureKind, MeasureStatus
from desktop.core.demo.history import PROJECT_START_DAY
from desktop.core.measures.editing import MeasureData, create_measure, set_measure_status
from desktop.core.plans.content import (
    add_item,
    add_milestone,
    add_phase,
    set_context,
    update_milestone,
)
from desktop.core.plans.kinds import PlanItemKind, default_phase_names


def create_demo_plan(session: Session, project_id: int, today: date, owner_ids: list[int]) -> None:
    """Write the demo project's plan (in the current language) and its measures."""

    def day(offset: int) -> date:
        return today + timedelta(days=offset)

    start = PROJECT_START_DAY
    set_context(
        session,
        project_id,
        translate(
            "Demo",
            "Every year we chase hundreds of clients for receipts, bank statements and signed "
            "forms. That costs our staff evenings in the busy season and our clients patience.",
        )
        + "\n\n"
        + translate(
            "Demo",
            "With the client portal, clients deliver documents when it suits them and see what "
            "is still missing. We only succeed when our own people believe in it and our "
            "clients feel helped, not pushed.",
        ),
    )
    goals = [
        (translate("Demo", "80% of our clients actively use the portal"), 183),
        (translate("Demo", "Half the paper post compared with last year"), 120),
        (translate("Demo", "Every team has a champion who helps colleagues"), 30),
    ]
    for title, offset in goals:
        add_item(session, project_id, PlanItemKind.GOAL, title, day(offset))
    phases = list(
        zip(
            default_phase_names(),
            ((start - 14, start + 30), (start + 30, start + 120), (start + 120, 90), (90, 183)),
            (
                translate("Demo", "Choose the portal, set up the office, train the champions."),
                translate("Demo", "Two teams invite their front-runner clients."),
                translate("Demo", "All teams invite their clients, segment by segment."),
                translate("Demo", "The portal becomes the normal way to work together."),
            ),
            strict=True,
        )
    )
    milestones = (
        ((translate("Demo", "Champions trained"), start + 20, True),),
        (
            (translate("Demo", "First 100 clients active"), start + 80, True),
            (translate("Demo", "Pilot evaluated with the partners"), start + 115, True),
        ),
        (
            (translate("Demo", "All segments invited"), -20, True),
            (translate("Demo", "Half of the clients active"), 30, False),
        ),
        (
            (translate("Demo", "Paper post only on request"), 120, False),
            (translate("Demo", "Goal reached: 80% active"), 183, False),
        ),
    )
    for (name, (begin, end), description), marks in zip(phases, milestones, strict=True):
        phase_id = add_phase(session, project_id, name, day(begin), day(end), description)
        for title, offset, done in marks:
            milestone_id = add_milestone(session, phase_id, title, day(offset))
            if done:
                update_milestone(session, milestone_id, title, day(offset), done=True)
    board = [
        (translate("Demo", "Progress of the portal rollout (monthly)"), 14),
        (translate("Demo", "Decision on charging for paper delivery"), 60),
    ]
    for title, offset in board:
        add_item(session, project_id, PlanItemKind.BOARD, title, day(offset))
    hr = [
        (translate("Demo", "Portal skills in every annual review"), 45),
        (translate("Demo", "Champion hours recognised in the planning"), 21),
    ]
    for title, offset in hr:
        add_item(session, project_id, PlanItemKind.HR, title, day(offset))
    _measures(session, project_id, day, owner_ids)


def _measures(
    session: Session, project_id: int, day: Callable[[int], date], owner_ids: list[int]
) -> None:
    owners: list[int | None] = list(owner_ids) or [None]
    rows = [
        (
            translate("Demo", "Short video: uploading a receipt"),
            MeasureKind.COMMUNICATION,
            translate("Demo", "All clients"),
            -40,
            MeasureStatus.DONE,
        ),
        (
            translate("Demo", "Lunch session for the assistants"),
            MeasureKind.TRAINING,
            translate("Demo", "Assistants"),
            10,
            MeasureStatus.IN_PROGRESS,
        ),
        (
            translate("Demo", "Portal on the partners' meeting agenda"),
            MeasureKind.BOARD,
            translate("Demo", "Partners"),
            -5,
            MeasureStatus.PLANNED,
        ),
        (
            translate("Demo", "Bonus points for every activated client"),
            MeasureKind.REWARD,
            translate("Demo", "Champions"),
            30,
            MeasureStatus.PLANNED,
        ),
        (
            translate("Demo", "Portal skills in the job profiles"),
            MeasureKind.HR,
            translate("Demo", "All staff"),
            60,
            MeasureStatus.PLANNED,
        ),
    ]
    for index, (title, kind, group, offset, status) in enumerate(rows):
        measure_id = create_measure(
            session,
            MeasureData(
                title=title,
                kind=kind,
                project_id=project_id,
                target_group=group,
                owner_id=owners[index % len(owners)],
                due_on=day(offset),
            ),
        )
        if status is not MeasureStatus.PLANNED:
            set_measure_status(session, measure_id, status, on=day(offset))
