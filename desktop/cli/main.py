"""Command line: the GUI by default, subcommands for headless work.

Exit codes: 0 success, 1 an error (one line on stderr, details in the log file), 2 usage.
Heavy modules are imported inside the handlers so that start-up stays fast.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from collections.abc import Callable, Sequence

from desktop import __version__
from desktop.core.common import i18n
from desktop.core.common.i18n import translate

log = logging.getLogger("draagvlak")

Handler = Callable[[argparse.Namespace], int]


def _add_db_option(parser: argparse.ArgumentParser, default: object) -> None:
    """``--db`` and ``--lang``. A subcommand with a database runs holding its shared instance
    lock (see ``_database_lock``)."""
    if default is argparse.SUPPRESS:
        parser.set_defaults(instance_lock=True)
    parser.add_argument(
        "--db",
        default=default,
        metavar="PATH|URL",
        help=translate(
            "Cli",
            "database file or SQLAlchemy URL (default: $DRAAGVLAK_DB, else the data folder)",
        ),
    )
    parser.add_argument(
        "--lang", choices=i18n.LANGUAGES, default=default, help=translate("Cli", "language")
    )


class _HelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None) -> None:  # noqa: ANN001
        if prefix is None:
            prefix = translate("Cli", "usage: ")
        super().add_usage(usage, actions, groups, prefix)


class TranslatedArgumentParser(argparse.ArgumentParser):
    """argparse with its own words (usage, options, help, errors) in the chosen language.

    Subcommand parsers are of the same class (argparse creates them with type(parent)).
    """

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs["add_help"] = False
        kwargs.setdefault("formatter_class", _HelpFormatter)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._positionals.title = translate("Cli", "positional arguments")
        self._optionals.title = translate("Cli", "options")
        self.add_argument(
            "-h", "--help", action="help", help=translate("Cli", "show this help and exit")
        )

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(
            2,
            translate("Cli", "{prog}: error: {message}").format(prog=self.prog, message=message)
            + "\n",
        )


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The command line; without ``commands`` only the program's own options, which is all that
    starting the window needs (the subcommands' modules cost ~30 ms of start-up)."""
    parser = TranslatedArgumentParser(
        prog="draagvlak",
        description=translate("Cli", "Draagvlak: adoption management for accounting firms."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"draagvlak {__version__}",
        help=translate("Cli", "show the version and exit"),
    )
    parser.add_argument(
        "--self-test",
        dest="handler",
        action="store_const",
        const=_run_self_test,
        help=translate("Cli", "check that the program has everything it needs, and exit"),
    )
    _add_db_option(parser, None)
    parser.set_defaults(handler=_run_gui)
    if not commands:
        return parser
    subparsers = parser.add_subparsers(title=translate("Cli", "commands"), metavar="COMMAND")

    demo = subparsers.add_parser(
        "demo", help=translate("Cli", "fill the database with a demo office")
    )
    _add_db_option(demo, argparse.SUPPRESS)
    demo.add_argument("--clients", type=_positive_int, default=400)
    demo.add_argument("--staff", type=_positive_int, default=18)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument(
        "--force", action="store_true", help=translate("Cli", "replace a non-empty database")
    )
    demo.set_defaults(handler=_run_demo)

    check = subparsers.add_parser(
        "check", help=translate("Cli", "check the database: integrity, schema revision, counts")
    )
    _add_db_option(check, argparse.SUPPRESS)
    check.set_defaults(handler=_run_check)

    from desktop.cli.commands import register_all

    register_all(subparsers, lambda sub: _add_db_option(sub, argparse.SUPPRESS))
    return parser


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = -1
    if number < 0:
        raise argparse.ArgumentTypeError(translate("Cli", "must be 0 or more"))
    return number


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    i18n.set_language(_language_from(args_list))
    args = build_parser(commands=not _only_gui_options(args_list)).parse_args(args_list)
    handler: Handler = args.handler
    from desktop.core.common.errors import DraagvlakError

    try:
        with _database_lock(args):
            code = handler(args)
        if sys.stdout is not None:
            sys.stdout.flush()  # a closed pipe shows here, not as "Exception ignored" at exit
        return code
    except BrokenPipeError:
        return _output_closed()
    except DraagvlakError as error:
        print(f"draagvlak: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(translate("Cli", "draagvlak: interrupted"), file=sys.stderr)
        return 1
    except Exception as error:  # never a traceback for the user: log it, say one line
        from desktop.core.common.logs import log_exception

        known = _known_database_error(error, args)
        if known is not None:
            print(f"draagvlak: {known}", file=sys.stderr)
            return 1
        path = log_exception(error)
        print(
            translate("Cli", "draagvlak: unexpected error ({error}); details in {path}").format(
                error=error, path=path
            ),
            file=sys.stderr,
        )
        return 1


def _database_lock(args: argparse.Namespace) -> contextlib.AbstractContextManager[object]:
    """The shared instance lock on the SQLite file for the command's run, as the program holds
    it while it runs: a restore (which needs it exclusively) is refused meanwhile, and the
    command is refused while a restore is under way. Not for the GUI (it holds its own for
    its lifetime) nor for ``restore`` (which takes the exclusive one itself)."""
    if not getattr(args, "instance_lock", False):
        return contextlib.nullcontext()
    from desktop.core.backups.instance_lock import shared_lock
    from desktop.core.db.engine import resolve_url, sqlite_path

    return shared_lock(sqlite_path(resolve_url(args.db))) or contextlib.nullcontext()


def _known_database_error(error: Exception, args: argparse.Namespace) -> Exception | None:
    """Busy, read-only, damaged or full: a designed message instead of "unexpected error"."""
    from desktop.core.db.engine import BUSY_TIMEOUT_MS, resolve_url, sqlite_path
    from desktop.core.db.files import known_database_error

    path = sqlite_path(resolve_url(getattr(args, "db", None)))
    return known_database_error(error, path, BUSY_TIMEOUT_MS / 1000)


def _output_closed() -> int:
    """Whoever read our output stopped early (`draagvlak check | head`): end quietly."""
    import os

    # Python flushes stdout once more at exit; aimed at the null device that flush is silent.
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return 1


def _only_gui_options(argv: list[str]) -> bool:
    """Whether the arguments are only ``--db`` and ``--lang`` with valid values, as a start of
    the window has them: anything else (a command, help, a mistake) gets the whole parser."""
    rest = list(argv)
    while rest:
        option, has_value, value = rest.pop(0).partition("=")
        if not has_value:
            if not rest or rest[0].startswith("-"):
                return False
            value = rest.pop(0)
        if option not in ("--db", "--lang") or (option == "--lang" and value not in i18n.LANGUAGES):
            return False
    return True


def _language_from(argv: list[str]) -> str:
    # Read --lang before parsing so that help and argparse messages are translated too.
    for index, value in enumerate(argv):
        if value.startswith("--lang="):
            return value.split("=", 1)[1]
        if value == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
    return i18n.system_language()


# The Qt-free modules the window's start needs. They are imported before PySide6, whose import
# hook reads the source of every module imported after it (looking for a `from __feature__`
# line): ~0.2 ms a module, for SQLAlchemy and these ~200 modules. So are platformdirs (the data
# folder, for the log) and the database's SQLAlchemy dialect and driver (``_preload_dialect``).
_GUI_CORE_MODULES = (
    "platformdirs",
    "desktop.core.db.engine",
    "desktop.core.db.migrate",
    "desktop.core.db.files",
    "desktop.core.backups.instance_lock",
    "desktop.core.backups.location",
    "desktop.core.common.logs",
    "desktop.core.office.settings",
    "desktop.core.office.segments",
    "desktop.core.staff.listing",
    "desktop.core.clients.search_page",
)


def _run_gui(args: argparse.Namespace) -> int:
    from importlib import import_module

    for name in _GUI_CORE_MODULES:
        import_module(name)
    _preload_dialect(args.db)
    from desktop.ui.shell.app import run_app

    return run_app(db=args.db, language=args.lang)


def _preload_dialect(db: str | None) -> None:
    """Import the SQLAlchemy dialect and driver for this database (which opening it would
    import later). A URL that names none is left to be reported where the database opens."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    from desktop.core.db.engine import resolve_url

    try:
        make_url(resolve_url(db)).get_dialect().import_dbapi()
    except (ArgumentError, ImportError):
        return


def _run_self_test(_args: argparse.Namespace) -> int:
    from desktop.cli.self_test import run_self_test

    return run_self_test()


def _run_demo(args: argparse.Namespace) -> int:
    import time

    from desktop.core.common.errors import ConflictError
    from desktop.core.db.engine import open_database
    from desktop.core.demo.office import DemoOptions, create_demo_office

    started = time.perf_counter()
    database = open_database(args.db)
    options = DemoOptions(
        clients=args.clients,
        staff=args.staff,
        seed=args.seed,
        language=getattr(args, "lang", None),  # else the office's language, else the system's
    )
    show_progress = (
        sys.stderr is not None and sys.stderr.isatty()
    )  # a percentage is noise in logs and pipes
    progress_shown = False

    def progress(done: int, total: int) -> None:
        nonlocal progress_shown
        if show_progress:
            percent = 100 * done // total if total else 100
            text = translate("Cli", "Creating the demo office… {percent}%").format(percent=percent)
            print(f"\r{text}", end="", file=sys.stderr, flush=True)
            progress_shown = True

    try:
        with database.session() as session:
            summary = create_demo_office(session, options, force=args.force, progress=progress)
            session.commit()
    except ConflictError as error:
        hint = translate("Cli", "Add --force to replace it with the demo office.")
        print(f"draagvlak: {error} {hint}", file=sys.stderr)
        return 1
    finally:
        if progress_shown:
            print(file=sys.stderr)
        database.dispose()
    seconds = time.perf_counter() - started
    print(
        translate("Cli", "Demo office created in {seconds} s:").format(
            seconds=_number(seconds, decimals=1)
        )
    )
    print(
        "  "
        + translate("Cli", "{staff} staff, of whom {champions} champions").format(
            staff=_number(summary.staff), champions=_number(summary.champions)
        )
    )
    print("  " + translate("Cli", "{clients} clients").format(clients=_number(summary.clients)))
    print(
        "  "
        + translate("Cli", "{projects} project with {transitions} stage moves").format(
            projects=_number(summary.projects), transitions=_number(summary.transitions)
        )
    )
    print(
        "  "
        + translate("Cli", "{contacts} contact log entries").format(
            contacts=_number(summary.contacts)
        )
    )
    return 0


def _run_check(args: argparse.Namespace) -> int:
    from desktop.core.db.engine import open_database
    from desktop.core.db.files import with_backup_hint
    from desktop.core.office.health import check_database

    database = open_database(args.db, create=False)  # a mistyped path is not a new database
    try:
        report = check_database(database)
    finally:
        database.dispose()
    print(translate("Cli", "Database: {url}").format(url=report.url))
    print(translate("Cli", "Schema revision: {revision}").format(revision=report.revision))
    print(
        translate("Cli", "Integrity: {result}").format(
            result="ok" if report.ok else translate("Cli", "problems found:")
        )
    )
    for problem in report.problems[:10]:
        print(f"  {problem}")
    print(translate("Cli", "Checked: {what}").format(what="; ".join(report.checked)))
    print(translate("Cli", "Rows per table:"))
    width = max((len(table) for table in report.counts), default=0)
    for table, count in report.counts.items():
        shown = _number(count) if count is not None else translate("Cli", "unreadable")
        print(f"  {table:<{width}}  {shown:>11}")
    if not report.ok:
        message = translate("Cli", "the database is damaged: {problem}").format(
            problem=report.problems[0]
        )
        print(f"draagvlak: {with_backup_hint(message, database.file_path)}", file=sys.stderr)
    return 0 if report.ok else 1


def _number(value: float, decimals: int = 0) -> str:
    # Dutch writes 100.000 and 1,5 (the GUI uses QLocale; the CLI must not import Qt).
    text = f"{value:,.{decimals}f}"
    if i18n.current_language() == "nl":
        text = text.translate(str.maketrans(",.", ".,"))
    return text
