"""What an import did (or would do): counts, every problem with row and column, and which
fields changed per updated client; printable as lines and savable as a real XLSX table."""

from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.errors import DraagvlakError
from desktop.core.i18n import translate

ERROR, WARNING = "error", "warning"


@dataclass(frozen=True, slots=True)
class ImportProblem:
    row: int  # as the user sees it in Excel; 0 for the file as a whole
    column: str  # the file's header, "" when the problem is not about one column
    reason: str
    severity: str = ERROR


@dataclass(frozen=True, slots=True)
class FieldChange:
    """An existing client that the import updated (or would update), and how."""

    row: int
    client_number: str
    name: str
    fields: tuple[str, ...]  # translated field labels


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
            result.append(
                translate("Import", "{count} clients enrolled in the project.").format(
                    count=self.enrolled
                )
            )
        result.extend(self.notices)
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
    if problem.column:
        where = f"{where}, {problem.column}"
    return f"{where}: {severity_label(problem.severity)}: {problem.reason}"


class ReportSaveError(DraagvlakError):
    """The report file cannot be written (open in Excel, read-only folder, ...)."""


def save_report_xlsx(report: ImportReport, path: Path | str) -> Path:
    """Write the report as a workbook (summary, problems, updates); atomically replaces ``path``.

    Written to a temporary file beside the target and then moved into place, so a target that
    Excel holds open gives a clear error and never a half-written file.
    """
    from desktop.core.imports.report_xlsx import build_workbook

    path = Path(path)
    workbook = build_workbook(report)
    try:
        handle, temp_name = tempfile.mkstemp(suffix=".xlsx", prefix=".~import-", dir=path.parent)
    except OSError as error:
        raise _save_error(path, error) from None
    os.close(handle)
    temp = Path(temp_name)
    try:
        workbook.save(temp)
        temp.replace(path)
    except OSError as error:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise _save_error(path, error) from None
    return path


def _save_error(path: Path, error: OSError) -> ReportSaveError:
    if isinstance(error, PermissionError):
        return ReportSaveError(
            translate(
                "Import",
                "The report cannot be saved as {name}: the file is open in another program "
                "(Excel?) or the folder is read-only. Close it and try again.",
            ).format(name=path.name)
        )
    return ReportSaveError(
        translate("Import", "The report cannot be saved as {name}: {error}").format(
            name=path.name, error=error.strerror or error
        )
    )
