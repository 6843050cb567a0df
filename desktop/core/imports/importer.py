"""The import itself: check every row first, then write everything in bulk, all or nothing.

``import_clients`` works inside the caller's transaction (it flushes, never commits);
``run_import`` is the whole job for the CLI and the GUI worker: open the file, import in one
transaction, commit, or roll back on a dry run, an error, blocking row errors or Cancel.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from desktop.core.common.errors import OperationCancelled
from desktop.core.common.i18n import translate
from desktop.core.common.search_text import search_key
from desktop.core.common.vocab import ClientType, StaffRole
from desktop.core.db.bulk_insert import BulkInserter
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
from desktop.core.imports.report import (
    ERROR,
    WARNING,
    DuplicateGroup,
    FieldChange,
    ImportProblem,
    ImportReport,
    RejectedRow,
)
from desktop.core.imports.rows import ClientRecord, Lookups, RowConverter, cell_text

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

CHECK_EVERY = 500  # rows between progress reports and Cancel checks
WRITE_CHUNK = 5_000


UPDATE, SKIP, CREATE = "update", "skip", "create"
ON_DUPLICATE = (UPDATE, SKIP, CREATE)


@dataclass(frozen=True)
class ImportOptions:
    """``on_duplicate``: what a row that is a stored client does: update it (only the fields
    that changed), skip it (listed in the report), or create a new client anyway (not for a
    row whose client number is taken). ``staff_names`` maps champion names in the file to
    staff ids; ``create_staff`` adds the names still unknown as staff members."""

    update_existing: bool = False
    skip_errors: bool = False
    project_id: int | None = None
    on_duplicate: str = ""
    create_staff: bool = False
    staff_names: Mapping[str, int] = field(default_factory=dict)
    new_staff: frozenset[str] = frozenset()  # names to add as staff members (the wizard's pick)
    by_staff_id: int | None = None
    by_name: str = ""

    @property
    def duplicates(self) -> str:
        return self.on_duplicate or (UPDATE if self.update_existing else SKIP)


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
        self.inserts: list[dict[str, Any]] = []
        self.updates: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
        self.previous: dict[int, dict[str, Any]] = {}  # client id -> values before the update
        self.touched_ids: list[int] = []
        self.now = utcnow()


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
    plan = _Plan()
    _check_rows(session, table, converter, existing, options, report, plan, progress, is_cancelled)
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


def _check_rows(
    session: Session,
    table: TableSource,
    converter: RowConverter,
    existing: ExistingClients,
    options: ImportOptions,
    report: ImportReport,
    plan: _Plan,
    progress: Progress,
    is_cancelled: CancelCheck,
) -> None:
    seen = FileKeys()
    numbers = existing.next_number()
    total = max(table.estimated_rows, 1)
    champion = converter.header_of.get(m.CHAMPION)
    champion_index = table.headers.index(champion) if champion else -1
    maker = _StaffMaker(session, converter.lookups.staff)
    chosen = {name.casefold() for name in options.new_staff}
    twins = _Twins(report)
    for row, values in table.rows():
        report.rows_read += 1
        if report.rows_read % CHECK_EVERY == 0:
            if is_cancelled():
                raise OperationCancelled(translate("Import", "The import was cancelled."))
            progress(report.rows_read, max(total, report.rows_read + 1))
        record, problems = converter.convert(row, values)
        if champion and (record is None or "champion_id" not in record.values):
            name = _cell(values, champion_index)
            create = options.create_staff or name.casefold() in chosen
            problems = _unknown_champion(
                problems, champion, name, record, maker if create else None, report
            )
        if problems:
            problems = _described(problems, table.headers, values, converter)
            report.problems.extend(problems)
        if record is None:
            report.skipped += 1
            _reject(report, row, values, problems)
            continue
        earlier = seen.first_row(record)
        if earlier is not None:
            problem = duplicate_row_problem(record, earlier, converter)
            report.problems.append(problem)
            report.skipped += 1
            _reject(report, row, values, [problem])
            continue
        match, key = existing.match(record)
        mode = options.duplicates
        if match is not None and mode == CREATE and key != "client_number":
            match = None
        if match is None:
            if record.client_number is not None and record.client_number in existing.by_number:
                report.skipped += 1
                report.problems.append(_number_taken(record, converter))
                continue
            for twin_key, twin in existing.possible_twins(record):
                twins.add(twin_key, twin, record)
            for twin_key, value, other_row, other_name in seen.possible_twins(record):
                twins.add_rows(twin_key, value, other_row, other_name, record)
            number = record.client_number or next(numbers)
            existing.by_number.setdefault(number, None)
            plan.inserts.append(_insert_row(number, record, plan.now))
            report.created += 1
            continue
        _plan_existing(record, match, key, mode, plan, report, converter)
    report.possible_duplicates = twins.groups()


def _cell(values: Sequence[object], index: int) -> str:
    return (cell_text(values[index]) or "") if 0 <= index < len(values) else ""


def _unknown_champion(
    problems: list[ImportProblem],
    header: str,
    name: str,
    record: ClientRecord | None,
    new_staff: _StaffMaker | None,
    report: ImportReport,
) -> list[ImportProblem]:
    """One line per unknown name in the report instead of one warning per row; with
    create_staff the name becomes a staff member and the client gets them as champion."""
    unknown = [p for p in problems if p.column == header and p.severity == WARNING]
    if not name or not unknown:
        return problems
    if new_staff is not None and record is not None:
        staff_id, created = new_staff.get(name)
        record.values["champion_id"] = staff_id
        if created:
            report.created_staff.append(name)
    else:
        report.unknown_staff[name] = report.unknown_staff.get(name, 0) + 1
    return [p for p in problems if p not in unknown]


class _StaffMaker:
    """Creates a staff member (a champion) per unknown name, once, inside the import."""

    def __init__(self, session: Session, staff: Mapping[str, int | None]) -> None:
        self.session = session
        self.staff = staff
        self.initials = {
            initials.casefold() for initials in session.scalars(select(Staff.initials))
        }

    def get(self, name: str) -> tuple[int, bool]:
        known = self.staff.get(name.casefold())
        if known is not None:
            return known, False
        initials = "".join(word[0] for word in name.split() if word[0].isalnum())[:12] or "X"
        candidate, suffix = initials, 1
        while candidate.casefold() in self.initials:
            suffix += 1
            candidate = f"{initials}{suffix}"
        self.initials.add(candidate.casefold())
        staff_id = self.session.execute(
            insert(Staff)
            .values(
                name=name[:200],
                initials=candidate,
                role=StaffRole.RELATIONSHIP_MANAGER,
                is_champion=True,
                champion_since=date.today(),
            )
            .returning(Staff.id)
        ).scalar_one()
        self.staff[name.casefold()] = staff_id  # type: ignore[index]
        return staff_id, True


def _described(
    problems: list[ImportProblem],
    headers: Sequence[str],
    values: Sequence[object],
    converter: RowConverter,
) -> list[ImportProblem]:
    """The problems with the offending value and the client's name filled in."""
    name_header = converter.header_of.get(m.NAME)
    name = _cell(values, headers.index(name_header)) if name_header else ""
    result = []
    for problem in problems:
        value = _cell(values, headers.index(problem.column)) if problem.column in headers else ""
        result.append(replace(problem, value=problem.value or value, name=name))
    return result


def _reject(
    report: ImportReport, row: int, values: Sequence[object], problems: list[ImportProblem]
) -> None:
    reasons = [p.reason for p in problems if p.severity == ERROR] or [p.reason for p in problems]
    report.rejected.append(RejectedRow(row, tuple(values), " ".join(reasons)))


class _Twins:
    """Possible duplicates grouped by the shared value."""

    def __init__(self, report: ImportReport) -> None:
        self.members: dict[tuple[str, str], list[str]] = {}

    def _group(self, key: str, value: object) -> list[str]:
        return self.members.setdefault((key, str(value)), [])

    def add(self, key: str, twin: Any, record: ClientRecord) -> None:
        group = self._group(key, getattr(twin, key, None) or _shown(key, record))
        self._append(group, _client_member(twin.client_number, twin.name))
        self._append(group, _row_member(record.row, record.name))

    def add_rows(self, key: str, value: object, row: int, name: str, record: ClientRecord) -> None:
        group = self._group(key, value)
        self._append(group, _row_member(row, name))
        self._append(group, _row_member(record.row, record.name))

    @staticmethod
    def _append(group: list[str], member: str) -> None:
        if member not in group:
            group.append(member)

    def groups(self) -> list[DuplicateGroup]:
        return [
            DuplicateGroup(key_label(key), value, tuple(members))
            for (key, value), members in self.members.items()
        ]


def _shown(key: str, record: ClientRecord) -> str:
    if key in record.values:
        return str(record.values[key])
    return record.name


def _client_member(number: str, name: str) -> str:
    return translate("Import", "client {number}: {name}").format(number=number, name=name)


def _row_member(row: int, name: str) -> str:
    return translate("Import", "row {row}: {name}").format(row=row, name=name)


def _number_taken(record: ClientRecord, converter: RowConverter) -> ImportProblem:
    return ImportProblem(
        record.row,
        converter.header_of.get(m.CLIENT_NUMBER, ""),
        translate(
            "Import", "Client number {number} is taken; a new client cannot be created with it."
        ).format(number=record.client_number),
        WARNING,
        value=record.client_number or "",
        name=record.name,
    )


# The columns search_text is made of (besides the client number, which an import never changes).
_SEARCHED = frozenset(("name", "city", "email"))

# A new client's values before the file's are laid over them.
_NEW_CLIENT: dict[str, Any] = {
    **dict.fromkeys(m.COLUMN_FIELDS),
    "client_type": ClientType.OTHER,
    "notes": "",
    "archived": False,
}


def _insert_row(number: str, record: ClientRecord, now: datetime) -> dict[str, Any]:
    """A new client as a row for the bulk inserter."""
    row = {**_NEW_CLIENT, **record.values, "name": record.name, "client_number": number}
    row["search_text"] = search_key(record.name, number, row["city"], row["email"])
    row["created_at"] = row["updated_at"] = now
    return row


def _plan_existing(
    record: ClientRecord,
    match: Any,
    key: str,
    mode: str,
    plan: _Plan,
    report: ImportReport,
    converter: RowConverter,
) -> None:
    changed = changed_columns(match, record.values, record.name)
    plan.touched_ids.append(match.id)
    if not changed:
        report.unchanged += 1
        return
    labels = tuple(m.field_label(m.COLUMN_FIELDS[column]) for column in changed)
    if mode != UPDATE:
        report.skipped += 1
        report.problems.append(
            ImportProblem(
                record.row,
                converter.header_of.get(m.CLIENT_NUMBER, ""),
                translate(
                    "Import",
                    "Client {number} exists already (same {key}) with other values for: "
                    "{fields}. Not updated; choose to update stored clients "
                    "(--on-duplicate update) to update it.",
                ).format(number=match.client_number, key=key_label(key), fields=", ".join(labels)),
                WARNING,
                name=record.name,
            )
        )
        return
    report.updated += 1
    report.changes.append(FieldChange(record.row, match.client_number, record.name, labels))
    values = {"name": record.name, **record.values}
    row = {column: values[column] for column in changed}
    plan.previous[match.id] = {column: getattr(match, column) for column in changed}
    if _SEARCHED.intersection(changed):
        after = match._replace(**row)
        row["search_text"] = search_key(after.name, after.client_number, after.city, after.email)
    row["_id"] = match.id
    row["updated_at"] = plan.now
    plan.updates[tuple(sorted(row.keys() - {"_id", "updated_at"}))].append(row)


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
        name=record.name,
    )


def _write(
    session: Session, plan: _Plan, progress: Progress, is_cancelled: CancelCheck, total: int
) -> None:
    """Bulk statements: the one bulk inserter for new clients (in chunks), one executemany
    per shape of update."""
    table = Client.__table__
    inserter = BulkInserter(session.connection(), table)
    for start in range(0, len(plan.inserts), WRITE_CHUNK):
        if is_cancelled():
            raise OperationCancelled(translate("Import", "The import was cancelled."))
        inserter.insert(plan.inserts[start : start + WRITE_CHUNK])
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


def _created_ids(session: Session, plan: _Plan) -> list[int]:
    numbers = {row["client_number"] for row in plan.inserts}
    if not numbers:
        return []
    return [
        client_id
        for client_id, number in session.execute(select(Client.id, Client.client_number))
        if number in numbers
    ]


def _enroll(
    session: Session,
    plan: _Plan,
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
        if mapping is None:
            mapping, _saved = m.initial_mapping(session, table.headers, table.samples())
        report = import_clients(session, table, mapping, options, progress, is_cancelled)
        report.dry_run = dry_run
        if report.written:
            session.commit()
        else:
            session.rollback()
        return report
