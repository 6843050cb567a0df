"""The import itself: check every row first, then write everything in bulk, all or nothing.

``import_clients`` works inside the caller's transaction (it flushes, never commits);
``run_import`` is the whole job for the CLI and the GUI worker: open the file, import in one
transaction, commit, or roll back on a dry run, an error, blocking row errors or Cancel.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import Column, MetaData, Table, bindparam, select, update
from sqlalchemy.orm import Session

from desktop.core.common.errors import OperationCancelled
from desktop.core.common.i18n import translate
from desktop.core.common.search_text import search_key
from desktop.core.common.vocab import ClientType
from desktop.core.db.engine import Database, begin_write
from desktop.core.db.models import Client, Segment, Staff
from desktop.core.db.tables import utcnow
from desktop.core.imports import mapping as m
from desktop.core.imports.duplicates import (
    ExistingClients,
    FileKeys,
    changed_columns,
    key_label,
)
from desktop.core.imports.readers import TableSource, open_table
from desktop.core.imports.report import ERROR, WARNING, FieldChange, ImportProblem, ImportReport
from desktop.core.imports.rows import ClientRecord, Lookups, RowConverter

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

CHECK_EVERY = 500  # rows between progress reports and Cancel checks
WRITE_CHUNK = 5_000


@dataclass(frozen=True)
class ImportOptions:
    update_existing: bool = False
    skip_errors: bool = False
    project_id: int | None = None


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


class _Plan:
    """What the checked rows will do."""

    def __init__(self) -> None:
        self.inserts: list[tuple[Any, ...]] = []
        self.updates: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
        self.touched_ids: list[int] = []


def import_clients(
    session: Session,
    table: TableSource,
    mapping: Mapping[str, str],
    options: ImportOptions,
    progress: Progress | None = None,
    is_cancelled: CancelCheck | None = None,
) -> ImportReport:
    """Check all rows, then write them unless errors block; flushes, never commits.

    Runs on a worker for big files. Raises OperationCancelled when ``is_cancelled()`` turns
    true; the caller then rolls back so nothing of the import remains.
    """
    progress = progress or _no_progress
    is_cancelled = is_cancelled or _never_cancelled
    mapping = m.check_mapping(table.headers, mapping)
    report = ImportReport(
        file_name=table.path.name,
        sheet=table.sheet,
        notices=list(table.notices),
        mapping={h: mapping[h] for h in table.headers if h in mapping},
    )
    converter = RowConverter(
        table.headers, mapping, load_lookups(session), table.formulas_without_value
    )
    existing = ExistingClients(session)
    plan = _check_rows(session, table, converter, existing, options, report, progress, is_cancelled)
    if report.error_rows and not options.skip_errors:
        report.blocked = True
        return report
    _write(session, plan, progress, is_cancelled, report.rows_read)
    m.save_mapping(session, table.headers, mapping)
    if options.project_id is not None:
        report.enrolled = _enroll(session, plan, options.project_id, is_cancelled)
    progress(report.rows_read, report.rows_read)
    return report


def _check_rows(
    session: Session,
    table: TableSource,
    converter: RowConverter,
    existing: ExistingClients,
    options: ImportOptions,
    report: ImportReport,
    progress: Progress,
    is_cancelled: CancelCheck,
) -> _Plan:
    plan = _Plan()
    seen = FileKeys()
    numbers = None if converter.numbered else existing.next_number()
    total = max(table.estimated_rows, 1)
    now = utcnow()
    stamp = _database_timestamp(session, now)
    for row, values in table.rows():
        report.rows_read += 1
        if report.rows_read % CHECK_EVERY == 0:
            if is_cancelled():
                raise OperationCancelled(translate("Import", "The import was cancelled."))
            progress(report.rows_read, max(total, report.rows_read + 1))
        record, problems = converter.convert(row, values)
        report.problems.extend(problems)
        if record is None:
            report.skipped += 1
            continue
        earlier = seen.first_row(record)
        if earlier is not None:
            report.problems.append(duplicate_row_problem(record, earlier, converter))
            report.skipped += 1
            continue
        match, key = existing.match(record)
        if match is None:
            if record.client_number is not None and existing.by_number:
                _warn_possible_twin(record, existing, converter, report)
            number = record.client_number or next(numbers)  # type: ignore[arg-type]
            plan.inserts.append(_insert_row(number, record, stamp))
            report.created += 1
            continue
        _plan_existing(record, match, key, options, plan, report, converter, now)
    return plan


# Column order of the rows _insert_row builds (and of the INSERT statement).
INSERT_COLUMNS = (
    "client_number",
    *m.COLUMN_FIELDS,
    "search_text",
    "archived",
    "created_at",
    "updated_at",
)
# The columns search_text is made of (besides the client number, which an import never changes).
_SEARCHED = frozenset(("name", "city", "email"))

# A new client's values before the file's are laid over them (client_type as stored).
_NEW_CLIENT: dict[str, Any] = {
    **dict.fromkeys(m.COLUMN_FIELDS),
    "client_type": ClientType.OTHER.value,
    "notes": "",
}
_in_column_order = itemgetter(*m.COLUMN_FIELDS)


def _insert_row(number: str, record: ClientRecord, stamp: object) -> tuple[Any, ...]:
    """A new client as database-ready values in INSERT_COLUMNS order (no per-row processing
    by SQLAlchemy: the timestamp is already in the database's format)."""
    values = {**_NEW_CLIENT, **record.values, "name": record.name}
    client_type = record.values.get("client_type")
    if client_type is not None:
        values["client_type"] = client_type.value
    searched = search_key(record.name, number, values["city"], values["email"])
    return (number, *_in_column_order(values), searched, False, stamp, stamp)


def _plan_existing(
    record: ClientRecord,
    match: Any,
    key: str,
    options: ImportOptions,
    plan: _Plan,
    report: ImportReport,
    converter: RowConverter,
    now: Any,
) -> None:
    changed = changed_columns(match, record.values, record.name)
    plan.touched_ids.append(match.id)
    if not changed:
        report.unchanged += 1
        return
    labels = tuple(m.field_label(m.COLUMN_FIELDS[column]) for column in changed)
    if not options.update_existing:
        report.skipped += 1
        report.problems.append(
            ImportProblem(
                record.row,
                converter.header_of.get(m.CLIENT_NUMBER, ""),
                translate(
                    "Import",
                    "Client {number} exists already (same {key}) with other values for: "
                    "{fields}. Not updated; choose 'update existing clients' to update it.",
                ).format(number=match.client_number, key=key_label(key), fields=", ".join(labels)),
                WARNING,
            )
        )
        return
    report.updated += 1
    report.changes.append(FieldChange(record.row, match.client_number, record.name, labels))
    values = {"name": record.name, **record.values}
    row = {column: values[column] for column in changed}
    if _SEARCHED.intersection(changed):
        after = match._replace(**row)
        row["search_text"] = search_key(after.name, after.client_number, after.city, after.email)
    row["_id"] = match.id
    row["updated_at"] = now
    plan.updates[tuple(sorted(row.keys() - {"_id", "updated_at"}))].append(row)


def _warn_possible_twin(
    record: ClientRecord, existing: ExistingClients, converter: RowConverter, report: ImportReport
) -> None:
    twin, key = existing.twin(record)
    if twin is None:
        return
    report.problems.append(
        ImportProblem(
            record.row,
            converter.header_of.get(m.CLIENT_NUMBER, ""),
            translate(
                "Import",
                "New client {number} has the same {key} as existing client {other} ({name}); "
                "imported as a separate client.",
            ).format(
                number=record.client_number,
                key=key_label(key),
                other=twin.client_number,
                name=twin.name,
            ),
            WARNING,
        )
    )


def duplicate_row_problem(
    record: ClientRecord, earlier: tuple[int, str], converter: RowConverter
) -> ImportProblem:
    first_row, key = earlier
    return ImportProblem(
        record.row,
        converter.header_of.get(m.CLIENT_NUMBER, converter.header_of[m.NAME]),
        translate(
            "Import", "The same client as row {row} (same {key}); this row was not imported."
        ).format(row=first_row, key=key_label(key)),
        ERROR,
    )


def _insert_new_clients(
    session: Session, rows: list[tuple[Any, ...]], is_cancelled: CancelCheck
) -> None:
    """executemany straight on the driver cursor, in chunks.

    SQLAlchemy's per-row parameter processing took about half of the insert time at 50,000
    rows, so the statement is compiled once and fed database-ready tuples (see _insert_row).
    """
    connection = session.connection()
    untyped = Table("clients", MetaData(), *(Column(name) for name in INSERT_COLUMNS))
    compiled = untyped.insert().compile(dialect=connection.dialect, column_keys=INSERT_COLUMNS)
    positional = compiled.positiontup is not None
    assert not positional or tuple(compiled.positiontup) == INSERT_COLUMNS
    sql = str(compiled)
    for start in range(0, len(rows), WRITE_CHUNK):
        if is_cancelled():
            raise OperationCancelled(translate("Import", "The import was cancelled."))
        chunk = rows[start : start + WRITE_CHUNK]
        if positional:  # qmark drivers (sqlite3) take the tuples as they are
            connection.exec_driver_sql(sql, chunk)
        else:  # named drivers (psycopg) take dicts
            connection.exec_driver_sql(
                sql, [dict(zip(INSERT_COLUMNS, row, strict=True)) for row in chunk]
            )


def _database_timestamp(session: Session, now: datetime) -> object:
    """``now`` as the timestamp columns store it on this database (processed once, not per row)."""
    dialect = session.get_bind().dialect
    processor = Client.__table__.c.created_at.type.dialect_impl(dialect).bind_processor(dialect)
    return processor(now) if processor else now


def _write(
    session: Session, plan: _Plan, progress: Progress, is_cancelled: CancelCheck, total: int
) -> None:
    """Bulk Core statements: one executemany per chunk of new clients and per shape of update."""
    table = Client.__table__
    if plan.inserts:
        _insert_new_clients(session, plan.inserts, is_cancelled)
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


def _enroll(session: Session, plan: _Plan, project_id: int, is_cancelled: CancelCheck) -> int:
    from desktop.core.pipelines.moves import enroll_clients

    numbers = {row[0] for row in plan.inserts}  # INSERT_COLUMNS starts with client_number
    ids = list(plan.touched_ids)
    if numbers:
        ids.extend(
            client_id
            for client_id, number in session.execute(select(Client.id, Client.client_number))
            if number in numbers
        )
    return enroll_clients(session, project_id, ids, is_cancelled=is_cancelled)


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
) -> ImportReport:
    """Open the file and import it in one transaction, committed unless it is a dry run or
    errors block it. ``mapping=None`` uses the saved mapping for these headers, else the
    suggestions. Runs on a worker (own Session); Cancel or any error rolls everything back."""
    with open_table(path, sheet, no_header=no_header) as table, database.session() as session:
        begin_write(session)
        if mapping is None:
            mapping, _saved = m.initial_mapping(session, table.headers, table.samples())
        report = import_clients(session, table, mapping, options, progress, is_cancelled)
        report.dry_run = dry_run
        if report.written:
            session.commit()
        else:
            session.rollback()
        return report
