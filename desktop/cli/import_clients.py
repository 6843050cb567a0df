"""`draagvlak import clients FILE`: import a client list (CSV or XLSX) without the GUI.

Prints the report (counts first, then one line per problem and per update). Exit 0 when the
clients were imported or a dry run is clean; 1 when nothing was written because of row errors
or unreadable input.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.common.i18n import Context, translate

Cli = Context("Cli")  # lupdate files Cli.tr(...) texts under "Cli"

if TYPE_CHECKING:
    from desktop.core.imports.report import ImportReport


def register(
    subparsers: argparse._SubParsersAction,  # type: ignore[type-arg]
    add_db_option: Callable[[argparse.ArgumentParser], None],
) -> None:
    import_parser = subparsers.add_parser(
        "import", help=translate("Cli", "import data exported from other software")
    )
    kinds = import_parser.add_subparsers(
        title=translate("Cli", "what to import"), metavar="KIND", required=True
    )
    parser = kinds.add_parser(
        "clients",
        help=translate("Cli", "import a client list (CSV or XLSX), all or nothing"),
        description=translate(
            "Cli",
            "Import a client list exported from the practice software. Without --mapping the "
            "mapping saved for files with the same headers is used, else the suggested one.",
        ),
    )
    add_db_option(parser)
    parser.add_argument("file", metavar="FILE", type=Path, help=translate("Cli", "CSV or XLSX"))
    parser.add_argument(
        "--sheet", metavar="NAME", help=translate("Cli", "worksheet (default: the first visible)")
    )
    parser.add_argument(
        "--mapping",
        metavar="FILE.json",
        type=Path,
        help=translate("Cli", 'column mapping as JSON: {"Header": "field", ...}'),
    )
    parser.add_argument(
        "--no-header",
        action="store_true",
        help=translate(
            "Cli",
            'the first row is a client, not column names: the columns are called "Column 1", '
            '"Column 2", … and are mapped by their content',
        ),
    )
    parser.add_argument(
        "--encoding",
        metavar="NAME",
        type=_text_encoding,
        help=translate(
            "Cli",
            "the character encoding of a CSV file, e.g. utf-8, cp1252 (Windows) or iso8859-15 "
            "(default: detected)",
        ),
    )
    parser.add_argument(
        "--update",
        action="store_true",
        help=translate("Cli", "short for --on-duplicate update"),
    )
    parser.add_argument(
        "--on-duplicate",
        choices=("update", "skip", "create"),
        help=translate(
            "Cli",
            "a row that is a stored client: update it (only the fields that changed), skip it "
            "(the default), or create a new client anyway",
        ),
    )
    parser.add_argument(
        "--create-staff",
        action="store_true",
        help=translate("Cli", "add unknown relationship managers as staff members"),
    )
    parser.add_argument(
        "--rejected",
        metavar="FILE",
        type=Path,
        help=translate(
            "Cli",
            "save the rows that were not imported, with a reason column (CSV for CSV, XLSX "
            "for XLSX), to correct and import again",
        ),
    )
    parser.add_argument(
        "--skip-errors",
        action="store_true",
        help=translate("Cli", "import the good rows and skip rows with errors"),
    )
    parser.add_argument(
        "--project", metavar="NAME", help=translate("Cli", "enroll the clients in this project")
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("Cli", "check everything and report, but write nothing"),
    )
    parser.add_argument(
        "--report", metavar="FILE.xlsx", type=Path, help=translate("Cli", "save the report")
    )
    parser.set_defaults(handler=run)
    _register_history(kinds, add_db_option)


def _text_encoding(name: str) -> str:
    """Python's name for a text encoding; a usage error for a name Python does not know."""
    import codecs

    try:
        info = codecs.lookup(name)
    except LookupError:
        info = None
    # Python also has codecs that are not character encodings (base64, rot13).
    if info is None or not getattr(info, "_is_text_encoding", True):
        raise argparse.ArgumentTypeError(
            translate(
                "Cli",
                "'{name}' is not a character encoding; use for example utf-8, cp1252 (Windows) "
                "or iso8859-15",
            ).format(name=name)
        )
    return info.name


def _register_history(
    kinds: argparse._SubParsersAction,  # type: ignore[type-arg]
    add_db_option: Callable[[argparse.ArgumentParser], None],
) -> None:
    list_parser = kinds.add_parser(
        "list", help=translate("Cli", "list the imports done, newest first")
    )
    add_db_option(list_parser)
    list_parser.set_defaults(handler=run_list)
    undo_parser = kinds.add_parser(
        "undo",
        help=translate("Cli", "undo an import: remove the clients it created, restore the rest"),
    )
    add_db_option(undo_parser)
    which = undo_parser.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "import_id", metavar="ID", type=int, nargs="?", help=translate("Cli", "the import's id")
    )
    which.add_argument(
        "--last", action="store_true", help=translate("Cli", "the newest import not undone")
    )
    undo_parser.set_defaults(handler=run_undo)


def run_list(args: argparse.Namespace) -> int:
    from desktop.core.db.engine import open_database
    from desktop.core.imports.history import list_imports

    database = open_database(args.db)
    try:
        with database.session() as session:
            runs = list_imports(session)
    finally:
        database.dispose()
    if not runs:
        print(translate("Cli", "No imports yet."))
    for run in runs:
        line = translate(
            "Cli",
            "{id}  {at}  {file}  by {by}: {created} created, {updated} updated, "
            "{unchanged} unchanged, {skipped} skipped",
        ).format(
            id=run.id,
            at=run.at.astimezone().strftime("%d-%m-%Y %H:%M"),
            file=run.file_name,
            by=run.by or "-",
            created=run.created,
            updated=run.updated,
            unchanged=run.unchanged,
            skipped=run.skipped,
        )
        if run.undone_at is not None:
            line += translate("Cli", " (undone {at})").format(
                at=run.undone_at.astimezone().strftime("%d-%m-%Y %H:%M")
            )
        print(line)
    return 0


def run_undo(args: argparse.Namespace) -> int:
    from desktop.core.db.engine import begin_write, open_database
    from desktop.core.imports.history import last_import_id, undo_import

    database = open_database(args.db)
    try:
        with database.session() as session:
            begin_write(session)
            import_id = last_import_id(session) if args.last else args.import_id
            result = undo_import(session, import_id)
            session.commit()
    finally:
        database.dispose()
    print(
        translate(
            "Cli", "Import {id} ({file}) undone: {deleted} clients removed, {restored} restored."
        ).format(
            id=result.import_id,
            file=result.file_name,
            deleted=result.deleted,
            restored=result.restored,
        )
    )
    return 0


def run(args: argparse.Namespace) -> int:
    from desktop.core.common.errors import ValidationError
    from desktop.core.db.engine import open_database
    from desktop.core.imports.importer import ImportOptions, run_import
    from desktop.core.imports.mapping import read_mapping_file
    from desktop.core.imports.readers import check_input_file
    from desktop.core.imports.report import check_report_target

    mapping = read_mapping_file(args.mapping) if args.mapping else None
    check_input_file(args.file)  # before the database is opened (and perhaps created)
    for target in (args.report, args.rejected):
        if target:  # refused now rather than after the import is committed
            check_report_target(target, source=args.file)
    database = open_database(args.db)
    try:
        options = ImportOptions(
            update_existing=args.update,
            on_duplicate=args.on_duplicate or "",
            create_staff=args.create_staff,
            skip_errors=args.skip_errors,
            project_id=_project_id(database, args.project) if args.project else None,
        )
        try:
            report = run_import(
                database,
                args.file,
                mapping,
                options,
                sheet=args.sheet,
                dry_run=args.dry_run,
                progress=_terminal_progress(),
                no_header=args.no_header,
                encoding=args.encoding,
            )
        except ValidationError as error:
            if error.field != "mapping":
                raise
            hint = translate(
                "Cli",
                'Say which column is which with --mapping FILE.json: {{"Header": "name", ...}}.',
            ).format()
            raise ValidationError(f"{error.message} {hint}", error.field) from None
    finally:
        database.dispose()
    for line in report.lines():
        print(line)
    if args.report:
        _save_report(report, args.report)
    if args.rejected:
        _save_rejected(report, args.rejected, args.file)
    return 1 if report.blocked else 0


def _save_report(report: ImportReport, path: Path) -> None:
    """Save the report; when that fails after a committed import, say what did happen."""
    from desktop.core.common.errors import DraagvlakError
    from desktop.core.imports.report import ReportSaveError, save_report_xlsx

    try:
        saved = save_report_xlsx(report, path)
    except Exception as error:
        if isinstance(error, ReportSaveError):
            reason = error.reason
        else:  # unforeseen: the one line says what it was, the log has the traceback
            from desktop.core.common.logs import log_exception

            log_exception(error)
            reason = str(error) or type(error).__name__
        if not report.written:
            raise ReportSaveError(path, reason) from None
        raise DraagvlakError(
            Cli.tr(
                "Imported %n clients; the report could not be written: {reason}",
                "",
                report.created + report.updated,
            ).format(reason=reason)
        ) from None
    print(translate("Cli", "Report saved as {path}").format(path=saved))


def _save_rejected(report: ImportReport, path: Path, source: Path) -> None:
    from desktop.core.imports.rejected import save_rejected

    saved = save_rejected(report, path, source)
    print(Cli.tr("%n rejected rows saved as {path}", "", len(report.rejected)).format(path=saved))


def _project_id(database: object, name: str) -> int:
    from desktop.core.pipelines.projects import find_project

    with database.session() as session:  # type: ignore[attr-defined]
        return find_project(session, name).id


def _terminal_progress() -> Callable[[int, int], None] | None:
    """A progress line on stderr for people at a terminal; nothing when output is redirected."""
    if sys.stderr is None or not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        end = "\n" if done >= total else ""
        text = translate("Cli", "Checking rows: {done} of about {total}").format(
            done=f"{done:,}", total=f"{total:,}"
        )
        print(f"\r{text}", end=end, file=sys.stderr, flush=True)

    return show
