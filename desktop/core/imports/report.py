"""What an import did (or would do): counts, every problem with row and column, and which
fields changed per updated client; printable as lines and savable as a real XLSX table."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.common.errors import DraagvlakError
from desktop.core.common.i18n import Context, translate

Import = Context("Import")  # lupdate files Import.tr(...) texts under "Import"

ERROR, WARNING = "error", "warning"


@dataclass(frozen=True, slots=True)
class ImportProblem:
    row: int  # as the user sees it in Excel; 0 for the file as a whole
    column: str  # the file's header, "" when the problem is not about one column
    reason: str
    severity: str = ERROR
    value: str = ""  # the offending cell as written in the file
    name: str = ""  # the client's name on that row, to find it without the row number


@dataclass(frozen=True, slots=True)
class FieldChange:
    """An existing client that the import updated (or would update), and how."""

    row: int
    client_number: str
    name: str
    fields: tuple[str, ...]  # translated field labels


@dataclass(frozen=True, slots=True)
class DuplicateGroup:
    """Clients and rows that share an e-mail address or KvK number but not a name: possibly
    one client, imported apart unless the user chose otherwise."""

    key: str  # translated: "e-mail address", "KvK number", ...
    value: str
    members: tuple[str, ...]  # "row 5: Name" / "client 000123: Name"


@dataclass(frozen=True, slots=True)
class RejectedRow:
    """A row that was not imported, as read from the file, with why."""

    row: int
    values: tuple[object, ...]
    reason: str


@dataclass
class ImportReport:
    file_name: str
    sheet: str | None = None
    dry_run: bool = False
    blocked: bool = False
    rows_read: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    enrolled: int = 0
    problems: list[ImportProblem] = field(default_factory=list)
    changes: list[FieldChange] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    # The mapping used: source column -> import field, in column order.
    mapping: dict[str, str] = field(default_factory=dict)
    headers: tuple[str, ...] = ()
    unknown_staff: dict[str, int] = field(default_factory=dict)  # name -> rows
    created_staff: list[str] = field(default_factory=list)
    possible_duplicates: list[DuplicateGroup] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)
    import_id: int | None = None

    def mapping_lines(self) -> list[str]:
        """'Column → field' per mapped column, after a heading line."""
        from desktop.core.imports.mapping import describe_mapping

        return [translate("Import", "Columns used:"), *describe_mapping(self.mapping)]

    @property
    def error_rows(self) -> int:
        return len({p.row for p in self.problems if p.severity == ERROR})

    @property
    def warnings(self) -> int:
        return sum(1 for p in self.problems if p.severity == WARNING)

    @property
    def written(self) -> bool:
        return not self.blocked and not self.dry_run

    def summary(self) -> str:
        """One sentence that says what happened to the database."""
        counts = translate(
            "Import",
            "{created} created, {updated} updated, {unchanged} unchanged, {skipped} skipped",
        ).format(
            created=self.created,
            updated=self.updated,
            unchanged=self.unchanged,
            skipped=self.skipped,
        )
        if self.blocked:
            return translate(
                "Import",
                "Nothing was imported: rows with errors: {rows}. Correct them in the file, or "
                "choose to skip rows with errors. (Without errors: {counts}.)",
            ).format(rows=self.error_rows, counts=counts)
        if self.dry_run:
            return translate(
                "Import", "Dry run, nothing was written. It would give: {counts}."
            ).format(counts=counts)
        return translate("Import", "Imported: {counts}.").format(counts=counts)

    def lines(self) -> list[str]:
        """The report as text: counts first, then one line per problem and per update."""
        result = [self.summary()]
        if self.enrolled:
            result.append(Import.tr("%n clients enrolled in the project.", "", self.enrolled))
        result.extend(self.notices)
        if self.dry_run and self.mapping:
            result.extend(self.mapping_lines())
        for name, count in self.unknown_staff.items():
            result.append(
                Import.tr(
                    "No staff member is called '{name}' (%n rows): those clients stay "
                    "without a champion (--create-staff adds them as staff members).",
                    "",
                    count,
                ).format(name=name)
            )
        for name in self.created_staff:
            result.append(translate("Import", "New staff member: {name}.").format(name=name))
        for group in self.possible_duplicates:
            result.append(
                translate(
                    "Import", "Possible duplicates (same {key} {value}), imported apart: {members}"
                ).format(key=group.key, value=group.value, members="; ".join(group.members))
            )
        for problem in self.problems:
            result.append(problem_line(problem))
        for change in self.changes:
            result.append(
                translate("Import", "Row {row}: {number} {name}: updated {fields}").format(
                    row=change.row,
                    number=change.client_number,
                    name=change.name,
                    fields=", ".join(change.fields),
                )
            )
        return result


def severity_label(severity: str) -> str:
    return translate("Import", "error") if severity == ERROR else translate("Import", "warning")


def problem_line(problem: ImportProblem) -> str:
    where = (
        translate("Import", "Row {row}").format(row=problem.row)
        if problem.row
        else translate("Import", "File")
    )
    if problem.name:
        where = f"{where} ({problem.name})"
    if problem.column:
        where = f"{where}, {problem.column}"
        if problem.value:
            where = f"{where} '{problem.value}'"
    return f"{where}: {severity_label(problem.severity)}: {problem.reason}"


class ReportSaveError(DraagvlakError):
    """The report file cannot be written (open in Excel, read-only folder, ...).

    ``reason`` is the cause alone, for a caller that words the sentence itself.
    """

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            translate("Import", "The report cannot be saved as {name}: {reason}").format(
                name=path.name, reason=reason
            )
        )
        self.reason = reason


def check_report_target(path: Path | str, source: Path | str | None = None) -> Path:
    """Refuse, before an import writes anything, a report target that cannot work: a folder,
    a device or pipe, the file being imported, a missing or read-only folder, a file that
    another program holds open. Creates nothing that stays."""
    path = Path(path)
    if source is not None and _same_file(path, Path(source)):
        raise ReportSaveError(path, translate("Import", "that is the file being imported"))
    _refuse_irregular(path)
    try:
        handle, temp_name = tempfile.mkstemp(suffix=".xlsx", prefix=".~import-", dir=path.parent)
    except OSError as error:
        raise _save_error(path, error) from None
    os.close(handle)
    Path(temp_name).unlink()
    if path.exists():
        try:  # appending nothing changes nothing, but fails where Excel holds the file open
            with path.open("ab"):
                pass
        except OSError as error:
            raise _save_error(path, error) from None
    return path


def save_report_xlsx(report: ImportReport, path: Path | str) -> Path:
    """Write the report as a workbook (summary, problems, updates); atomically replaces ``path``.

    The workbook is built in memory and written to a temporary file beside the target, then
    moved into place: a target that Excel holds open gives a clear error and never a
    half-written file, a full disk fails in our own write (openpyxl left half-way through a
    save prints "Exception ignored" tracebacks), and only an ordinary file is ever replaced.
    """
    from desktop.core.imports.report_xlsx import workbook_bytes

    path = Path(path)
    _refuse_irregular(path)
    try:
        content = workbook_bytes(report)
    except OSError as error:  # openpyxl's own temporary files, in a full temp folder
        raise _save_error(path, error) from None
    return write_atomically(path, content)


def write_atomically(path: Path, content: bytes) -> Path:
    """Write ``content`` to a temporary file beside ``path``, then move it into place."""
    _refuse_irregular(path)
    try:
        handle, temp_name = tempfile.mkstemp(
            suffix=path.suffix, prefix=".~import-", dir=path.parent
        )
    except OSError as error:
        raise _save_error(path, error) from None
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        _refuse_irregular(path)  # again, just before the rename: never over a device node
        temp.replace(path)
    except BaseException as error:
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(error, OSError):
            raise _save_error(path, error) from None
        raise
    return path


def _same_file(first: Path, second: Path) -> bool:
    try:
        return first.exists() and second.exists() and first.samefile(second)
    except OSError:
        return False


def _refuse_irregular(path: Path) -> None:
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return
    except OSError as error:
        raise _save_error(path, error) from None
    if stat.S_ISDIR(mode):
        raise ReportSaveError(path, translate("Import", "that is a folder"))
    if not stat.S_ISREG(mode):
        raise ReportSaveError(
            path, translate("Import", "that is not an ordinary file (it is a device or a pipe)")
        )


def _save_error(path: Path, error: OSError) -> ReportSaveError:
    if isinstance(error, FileNotFoundError):
        reason = translate("Import", "the folder {folder} does not exist").format(
            folder=path.parent
        )
    elif isinstance(error, PermissionError):
        reason = translate(
            "Import",
            "the file is open in another program (Excel?) or the folder is read-only; close "
            "it and try again",
        )
    else:
        reason = str(error.strerror or error)
    return ReportSaveError(path, reason)
