"""The import itself: check every row first (planning.py), then write everything in bulk, all or
nothing.

``import_clients`` works inside the caller's transaction (it flushes, never commits);
``run_import`` is the whole job for the CLI and the GUI worker: open the file, import in one
transaction, commit, or roll back on a dry run, an error, blocking row errors or Cancel.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Index, Table, bindparam, func, select, update
from sqlalchemy.orm import Session
from sqlalchemy.schema import CreateIndex, DropIndex

from desktop.core.common.errors import OperationCancelled
from desktop.core.common.i18n import translate
from desktop.core.db import search_index
from desktop.core.db.bulk_insert import BulkInserter
from desktop.core.db.engine import Database, begin_write
from desktop.core.db.models import Client, Segment, Staff
from desktop.core.imports import mapping as m
from desktop.core.imports.duplicates import ExistingClients
from desktop.core.imports.options import (
    CREATE,
    ON_DUPLICATE,
    SKIP,
    UPDATE,
    CancelCheck,
    ImportOptions,
    Progress,
)
from desktop.core.imports.planning import Plan, check_rows
from desktop.core.imports.readers import TableSource, open_table
from desktop.core.imports.report import ImportReport
from desktop.core.imports.rows import Lookups, RowConverter

__all__ = [
    "CREATE",
    "ON_DUPLICATE",
    "SKIP",
    "UPDATE",
    "ImportOptions",
    "import_clients",
    "load_lookups",
    "run_import",
]

WRITE_CHUNK = 5_000


def _never_cancelled() -> bool:
    return False


def _no_progress(_done: int, _total: int) -> None:
    return None


def load_lookups(session: Session) -> Lookups:
    """Staff by name and initials, segments by name (case-insensitive), in two queries."""
    staff: dict[str, int | None] = {}
    for staff_id, name, initials in session.execute(select(Staff.id, Staff.name, Staff.initials)):
        for key in {name.casefold(), initials.casefold()}:
            # A name two staff members share is ambiguous: better unassigned than wrong.
            staff[key] = None if key in staff and staff[key] != staff_id else staff_id
    segments = {
        name.casefold(): segment_id
        for segment_id, name in session.execute(select(Segment.id, Segment.name))
    }
    return Lookups(staff={k: v for k, v in staff.items() if v is not None}, segments=segments)


def import_clients(
    session: Session,
    table: TableSource,
    mapping: Mapping[str, str],
    options: ImportOptions,
    progress: Progress | None = None,
    is_cancelled: CancelCheck | None = None,
) -> ImportReport:
    """Check all rows, then write them unless errors block; flushes, never commits.

    A written import is recorded in the import history (see history.py), in the same
    transaction. Runs on a worker for big files. Raises OperationCancelled when
    ``is_cancelled()`` turns true; the caller then rolls back so nothing of the import remains.
    """
    progress = progress or _no_progress
    is_cancelled = is_cancelled or _never_cancelled
    table.is_cancelled = is_cancelled  # also during long stretches of blank rows
    mapping = m.check_mapping(table.headers, mapping)
    report = ImportReport(
        file_name=table.path.name,
        sheet=table.sheet,
        notices=list(table.notices),
        mapping={h: mapping[h] for h in table.headers if h in mapping},
        headers=tuple(table.headers),
    )
    lookups = load_lookups(session)
    staff = dict(lookups.staff)
    staff.update({name.casefold(): staff_id for name, staff_id in options.staff_names.items()})
    lookups = Lookups(staff=staff, segments=lookups.segments)
    converter = RowConverter(table.headers, mapping, lookups, table.formulas_without_value)
    existing = ExistingClients(session)
    plan = Plan()
    with _collector_paused():
        check_rows(
            session, table, converter, existing, options, report, plan, progress, is_cancelled
        )
        if report.error_rows and not options.skip_errors:
            report.blocked = True
            return report
        _write(session, plan, progress, is_cancelled, report.rows_read)
    m.save_mapping(session, table.headers, mapping)
    created_ids = _created_ids(session, plan)
    if options.project_id is not None:
        report.enrolled = _enroll(session, plan, created_ids, options.project_id, is_cancelled)
    from desktop.core.imports.history import record_import

    report.import_id = record_import(session, report, options, plan.now, created_ids, plan)
    progress(report.rows_read, report.rows_read)
    return report


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while the rows are checked and written: those phases
    make hundreds of thousands of small objects and no cycles, and every few thousand of them
    the collector would walk all the objects made so far (a third of the time of checking)."""
    if not gc.isenabled():  # paused already (or switched off by the application)
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _write(
    session: Session, plan: Plan, progress: Progress, is_cancelled: CancelCheck, total: int
) -> None:
    """Bulk statements: the one bulk inserter for new clients (in chunks), one executemany
    per shape of update."""
    table = Client.__table__
    connection = session.connection()
    plan.id_before = session.scalar(select(func.max(Client.id))) or 0
    rebuilt = _indexes_to_rebuild(session, table, len(plan.inserts))
    with _large_page_cache(connection, len(plan.inserts)), _search_index_after(connection, plan):
        for index in rebuilt:
            connection.execute(DropIndex(index))
        inserter = BulkInserter(connection, table)
        for start in range(0, len(plan.inserts), WRITE_CHUNK):
            if is_cancelled():
                raise OperationCancelled(translate("Import", "The import was cancelled."))
            inserter.insert(plan.inserts[start : start + WRITE_CHUNK])
        for index in rebuilt:
            connection.execute(CreateIndex(index))
    for columns, rows in plan.updates.items():
        if is_cancelled():
            raise OperationCancelled(translate("Import", "The import was cancelled."))
        statement = (
            update(table)
            .where(table.c.id == bindparam("_id"))
            .values({column: bindparam(column) for column in (*columns, "updated_at")})
        )
        session.connection().execute(statement, rows)
    session.flush()
    progress(total, total + 1)


# Inserting at least this many clients, and more than are stored, into SQLite: its secondary
# indexes are dropped and built again afterwards (one sort each instead of a B-tree insert per
# row and index), inside the import's transaction, so a rollback restores them as they were.
REBUILD_INDEXES_FROM = 10_000


# SQLite's page cache (and sort memory) while a big import writes: the default 2 MB makes the
# index B-trees and the index builds spill to disk; 64 MB at most, given back afterwards.
IMPORT_CACHE_KIB = 65_536


@contextmanager
def _large_page_cache(connection: Connection, inserts: int) -> Iterator[None]:
    if connection.dialect.name != "sqlite" or inserts < REBUILD_INDEXES_FROM:
        yield
        return
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size=-{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={int(before or -2000)}")


@contextmanager
def _search_index_after(connection: Connection, plan: Plan) -> Iterator[None]:
    """A big import fills SQLite's client search index after its inserts, in one statement."""
    if len(plan.inserts) < REBUILD_INDEXES_FROM:
        yield
        return
    with search_index.indexed_after_bulk_insert(connection, plan.id_before):
        yield


def _indexes_to_rebuild(session: Session, table: Table, inserts: int) -> list[Index]:
    if session.get_bind().dialect.name != "sqlite" or inserts < REBUILD_INDEXES_FROM:
        return []
    stored = session.scalar(select(func.count()).select_from(table)) or 0
    if stored >= inserts:
        return []
    return sorted(
        (index for index in table.indexes if not index.unique), key=lambda i: i.name or ""
    )


def _created_ids(session: Session, plan: Plan) -> list[int]:
    """The ids the inserted clients got: above the highest id before, with the import's time
    (on PostgreSQL another PC may have added clients meanwhile). Checked by count; else found
    by number, as clients' numbers are unique."""
    if not plan.inserts:
        return []
    c = Client.__table__.c  # Core, not the ORM: no per-row loading machinery for 50,000 ids
    ids = list(
        session.connection().scalars(
            select(c.id).where(c.id > plan.id_before, c.created_at == plan.now)
        )
    )
    if len(ids) == len(plan.inserts):
        plan.created_at_now = True
        return ids
    numbers = {row["client_number"] for row in plan.inserts}
    return [
        client_id
        for client_id, number in session.execute(select(Client.id, Client.client_number))
        if number in numbers
    ]


def _enroll(
    session: Session,
    plan: Plan,
    created_ids: list[int],
    project_id: int,
    is_cancelled: CancelCheck,
) -> int:
    from desktop.core.pipelines.enrollment import enroll_clients

    # Dated with the import's time: an undo knows the enrollments it made by that.
    ids = [*plan.touched_ids, *created_ids]
    return enroll_clients(session, project_id, ids, at=plan.now, is_cancelled=is_cancelled)


def run_import(
    database: Database,
    path: Path | str,
    mapping: Mapping[str, str] | None,
    options: ImportOptions,
    *,
    sheet: str | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
    is_cancelled: CancelCheck | None = None,
    no_header: bool = False,
    encoding: str | None = None,
) -> ImportReport:
    """Open the file and import it in one transaction, committed unless it is a dry run or
    errors block it. ``mapping=None`` uses the saved mapping for these headers, else the
    suggestions. Runs on a worker (own Session); Cancel or any error rolls everything back."""
    opened = open_table(path, sheet, no_header=no_header, encoding=encoding)
    with opened as table, database.session() as session:
        begin_write(session)
        table.is_cancelled = is_cancelled
        if mapping is None:
            mapping, _saved = m.initial_mapping(session, table.headers, table.samples())
        report = import_clients(session, table, mapping, options, progress, is_cancelled)
        report.dry_run = dry_run
        if report.written:
            session.commit()
        else:
            session.rollback()
        return report
