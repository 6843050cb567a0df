"""The demo office: a believable Dutch accounting firm with nine months of portal rollout.

Used by `draagvlak demo` and the welcome screen's "Load demo office" (on a worker thread). Rows
are written with bulk Core inserts in chunks, so 100,000 clients take seconds, not minutes.
The same seed gives the same staff, clients and moves; dates are relative to today.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.common.errors import ConflictError, OperationCancelled
from desktop.core.common.i18n import LANGUAGES, current_language, language_set_to, translate
from desktop.core.db.bulk_insert import BulkInserter
from desktop.core.db.models import (
    Base,
    Client,
    ContactLogEntry,
    Enrollment,
    Segment,
    Staff,
    Stage,
    StageTransition,
)
from desktop.core.db.tables import stage_stays
from desktop.core.demo.assessments import create_demo_rounds
from desktop.core.demo.clients import ClientFactory
from desktop.core.demo.history import PROJECT_START_DAY, moment
from desktop.core.demo.names import OFFICE_NAME
from desktop.core.demo.plan import create_demo_plan
from desktop.core.demo.rewards import create_demo_rewards
from desktop.core.demo.staff import plan_staff
from desktop.core.office.settings import get_settings, initialise_office
from desktop.core.pipelines.approaches import set_segment_approach
from desktop.core.pipelines.projects import create_project
from desktop.core.pipelines.stages import set_segment_limit

CHUNK_SIZE = 2_000  # clients per insert round: bounded memory, frequent progress and cancel


@dataclass(frozen=True)
class DemoOptions:
    clients: int = 400
    staff: int = 18
    seed: int = 1
    today: date | None = None  # the day the history leads up to; None = today (UTC)
    office_name: str | None = None  # the name the user typed; None = the demo's own
    # The language the office's texts are written in (stages, segments, project, notes, next
    # actions); None = the office's own language if it has one, else the current one.
    language: str | None = None


@dataclass(frozen=True)
class DemoSummary:
    staff: int
    clients: int
    champions: int
    projects: int
    transitions: int
    contacts: int


def create_demo_office(
    session: Session,
    options: DemoOptions | None = None,
    *,
    force: bool = False,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> DemoSummary:
    """Fill the database with the demo office; runs on a worker in the GUI. The caller commits.

    Refuses (ConflictError) when there are clients or staff, unless force: then all office data
    is deleted first. Raises OperationCancelled when is_cancelled() turns true. Everything the
    demo writes (stages, segments, project, notes, next actions) is in one language, see
    office_language.
    """
    options = options or DemoOptions()
    if _has_clients_or_staff(session) and not force:
        raise ConflictError(
            translate("Demo", "The database already contains an office (clients or staff).")
        )
    with language_set_to(office_language(session, options.language)):
        return _create(session, options, progress, is_cancelled)


def office_language(session: Session, requested: str | None = None) -> str:
    """The language the demo is written in: the requested one, else the office's, else ours."""
    if requested is not None and requested in LANGUAGES:
        return requested
    existing = get_settings(session)
    if existing is not None and existing.language in LANGUAGES:
        return existing.language
    return current_language()


def _create(
    session: Session,
    options: DemoOptions,
    progress: Callable[[int, int], None] | None,
    is_cancelled: Callable[[], bool] | None,
) -> DemoSummary:
    cancelled = is_cancelled or (lambda: False)
    report = progress or (lambda done, total: None)
    report(0, options.clients)
    delete_office_data(session)
    today = options.today or datetime.now(UTC).date()

    initialise_office(session, options.office_name or OFFICE_NAME, current_language())
    segment_ids = list(session.scalars(select(Segment.id).order_by(Segment.position, Segment.id)))
    # The tables are empty now, so ids are given from 1: that lets a chunk link clients,
    # enrollments and transitions without asking the database for each new id.
    staff = plan_staff(
        random.Random(f"{options.seed}-staff"), options.staff, options.clients, today
    )
    BulkInserter(session.connection(), Staff.__table__).insert(staff.rows)
    project_id, stage_ids = _create_project(session, today, segment_ids)
    present = [sid for sid in staff.all_ids if sid != staff.leaver_id]
    rng = random.Random(f"{options.seed}-assessments")
    create_demo_rounds(session, rng, present, staff.champion_ids, today, project_id)
    create_demo_plan(session, project_id, today, staff.champion_ids)

    factory = ClientFactory(
        random.Random(f"{options.seed}-clients"),
        today=today,
        staff=staff,
        segment_ids=segment_ids,
        project_id=project_id,
        stage_ids=stage_ids,
    )
    connection = session.connection()
    # Parents before children, so the foreign keys hold after every statement.
    inserters = [
        BulkInserter(connection, table)
        for table in (
            Client.__table__,
            Enrollment.__table__,
            StageTransition.__table__,
            stage_stays,
            ContactLogEntry.__table__,
        )
    ]
    transitions = contacts = 0
    with _large_page_cache(session):
        for done in _chunks(options.clients):
            if cancelled():
                raise OperationCancelled(
                    translate("Demo", "Creating the demo office was cancelled.")
                )
            rows = factory.make(done - factory.made)
            for inserter, table_rows in zip(
                inserters,
                (rows.clients, rows.enrollments, rows.transitions, rows.stays, rows.contacts),
                strict=True,
            ):
                inserter.insert(table_rows)
            transitions += len(rows.transitions)
            contacts += len(rows.contacts)
            report(done, options.clients)
    _advance_id_sequences(session)
    create_demo_rewards(session, random.Random(f"{options.seed}-rewards"), today)
    session.flush()
    return DemoSummary(
        staff=len(staff.rows),
        clients=options.clients,
        champions=len(staff.champion_ids),
        projects=1,
        transitions=transitions,
        contacts=contacts,
    )


def delete_office_data(session: Session) -> None:
    """Delete every row of office data, children before parents (history included)."""
    for table in reversed(Base.metadata.sorted_tables):
        session.execute(table.delete())


@contextmanager
def _large_page_cache(session: Session) -> Iterator[None]:
    # SQLite's default 2 MB page cache thrashes on the random-order index inserts of a big
    # load (about 15% slower at 100,000 clients); the usual size is restored afterwards.
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    previous = connection.exec_driver_sql("PRAGMA cache_size").scalar_one()
    connection.exec_driver_sql("PRAGMA cache_size = -262144")  # KiB: 256 MB
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(previous)}")


def _advance_id_sequences(session: Session) -> None:
    # Rows were inserted with explicit ids; PostgreSQL's serial sequences don't notice that, so
    # the next ordinary insert would collide. SQLite simply continues after the largest id.
    connection = session.connection()
    if connection.dialect.name != "postgresql":
        return
    for model in (Staff, Client, Enrollment, StageTransition, ContactLogEntry):
        table = model.__table__.name
        connection.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
        )


def _has_clients_or_staff(session: Session) -> bool:
    has_clients = session.scalar(select(Client.id).limit(1)) is not None
    return has_clients or session.scalar(select(Staff.id).limit(1)) is not None


def _chunks(total: int) -> Iterator[int]:
    # Yields the running total of clients after each chunk.
    done = 0
    while done < total:
        done = min(total, done + CHUNK_SIZE)
        yield done


def _create_project(session: Session, today: date, segment_ids: list[int]) -> tuple[int, list[int]]:
    project = create_project(
        session,
        name=translate("Demo", "Client portal"),
        description=translate(
            "Demo",
            "Clients deliver their bookkeeping documents through the client portal and the "
            "app instead of on paper or by e-mail. Fewer reminders, faster year-end work.",
        ),
        goal_percent=80,
        target_date=today + timedelta(days=183),
        phase=translate("Demo", "Phase 2: scaling up to all clients"),
        template="client_portal",
    )
    project.created_at = moment(today, PROJECT_START_DAY - 14, 9 * 60)
    stage_ids = list(
        session.scalars(
            select(Stage.id).where(Stage.project_id == project.id).order_by(Stage.position)
        )
    )
    _add_segment_approaches(session, project.id, segment_ids, stage_ids)
    return project.id, stage_ids


def _add_segment_approaches(
    session: Session, project_id: int, segment_ids: list[int], stage_ids: list[int]
) -> None:
    approaches = [
        (
            translate("Demo", "Invite straight away; ask them to tell others about it."),
            ("webinar", "video"),
            translate("Demo", "Early-bird discount of 10% on the annual fee."),
        ),
        (
            translate("Demo", "Explain by phone, then send the invitation with a short video."),
            ("phone", "webinar", "video"),
            translate("Demo", "Free help with the first upload."),
        ),
        (
            translate("Demo", "Show the portal at the year-end meeting; follow up by phone."),
            ("visit", "phone", "letter"),
            translate("Demo", "Free help with the first upload."),
        ),
        (
            translate("Demo", "Personal visit by the champion; no pressure, take time."),
            ("visit", "letter"),
            translate("Demo", "Paper delivery stays possible during the first year."),
        ),
    ]
    for segment_id, (approach, channels, incentive) in zip(segment_ids, approaches, strict=False):
        set_segment_approach(session, project_id, segment_id, approach, channels, incentive)
    if len(segment_ids) >= 4:
        # Resistant clients get more time in the early stages before they count as stalled.
        for stage_id, days in zip(stage_ids[:3], (120, 45, 30), strict=True):
            set_segment_limit(session, stage_id, segment_ids[3], days)
