"""Checking every row of a file and planning what it does: a new client, an update of a stored
one, a skip (with the reason in the report), a possible duplicate; unknown champion names become
one report line each, or staff members."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from desktop.core.common.errors import OperationCancelled
from desktop.core.common.i18n import translate
from desktop.core.common.search_text import search_key
from desktop.core.common.vocab import ClientType, StaffRole
from desktop.core.db.models import Staff
from desktop.core.db.tables import utcnow
from desktop.core.imports import mapping as m
from desktop.core.imports.duplicates import (
    ExistingClients,
    FileKeys,
    changed_columns,
    key_label,
)
from desktop.core.imports.options import CREATE, UPDATE, CancelCheck, ImportOptions, Progress
from desktop.core.imports.report import (
    ERROR,
    WARNING,
    DuplicateGroup,
    FieldChange,
    ImportProblem,
    ImportReport,
    RejectedRow,
)
from desktop.core.imports.rows import ClientRecord, RowConverter, cell_text
from desktop.core.imports.table_source import TableSource
from desktop.core.staff.initials import initials_for

CHECK_EVERY = 500  # rows between progress reports and Cancel checks


class Plan:
    """What the checked rows will do."""

    def __init__(self) -> None:
        self.inserts: list[dict[str, Any]] = []
        self.updates: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
        self.previous: dict[int, dict[str, Any]] = {}  # client id -> values before the update
        self.touched_ids: list[int] = []
        self.id_before = 0  # the highest client id before the inserts
        # Whether the inserted clients are exactly those above id_before created at ``now``.
        self.created_at_now = False
        self.now = utcnow()


def check_rows(
    session: Session,
    table: TableSource,
    converter: RowConverter,
    existing: ExistingClients,
    options: ImportOptions,
    report: ImportReport,
    plan: Plan,
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
    mode = options.duplicates
    stored = existing.stored
    inserts, now = plan.inserts, plan.now
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
        if match is not None and mode == CREATE and key != "client_number":
            match = None
        if match is None:
            if record.client_number is not None and record.client_number in existing.by_number:
                report.skipped += 1
                report.problems.append(_number_taken(record, converter))
                continue
            if stored:
                for twin_key, twin in existing.possible_twins(record):
                    twins.add(twin_key, twin, record)
            for twin_key, value, other_row, other_name in seen.possible_twins(record):
                twins.add_rows(twin_key, value, other_row, other_name, record)
            number = record.client_number or next(numbers)
            existing.by_number.setdefault(number, None)
            inserts.append(_insert_row(number, record, now))
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
        candidate = initials_for(name, self.initials)
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
    plan: Plan,
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
