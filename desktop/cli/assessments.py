"""`draagvlak assessments import FILE --round NAME` and `draagvlak export assessments`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from desktop.core.common.i18n import translate


def register(
    subparsers: argparse._SubParsersAction,  # type: ignore[type-arg]
    add_db_option: Callable[[argparse.ArgumentParser], None],
) -> None:
    group = subparsers.add_parser(
        "assessments", help=translate("Cli", "readiness assessments (ADKAR)")
    )
    actions = group.add_subparsers(
        title=translate("Cli", "actions"), metavar="ACTION", required=True
    )
    importer = actions.add_parser(
        "import",
        help=translate("Cli", "import a round's scores (CSV or XLSX), all or nothing"),
        description=translate(
            "Cli",
            "One row per person (matched on e-mail, initials or name) and one column per "
            "element, with Dutch or English headers. A new round is created when needed.",
        ),
    )
    add_db_option(importer)
    importer.add_argument("file", metavar="FILE", type=Path, help=translate("Cli", "CSV or XLSX"))
    importer.add_argument("--round", required=True, metavar="NAME", help=translate("Cli", "round"))
    importer.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        help=translate("Cli", "date of a new round (default: today)"),
    )
    importer.add_argument(
        "--project", metavar="NAME", help=translate("Cli", "the project a new round belongs to")
    )
    importer.set_defaults(handler=run_import)


def register_export(
    kinds: argparse._SubParsersAction,  # type: ignore[type-arg]
    add_db_option: Callable[[argparse.ArgumentParser], None],
) -> None:
    """`draagvlak export assessments` (the export group lives in desktop.cli.export)."""
    results = kinds.add_parser(
        "assessments", help=translate("Cli", "a round's results as an Excel workbook")
    )
    add_db_option(results)
    results.add_argument("--round", required=True, metavar="NAME", help=translate("Cli", "round"))
    results.add_argument(
        "--out", required=True, metavar="FILE.xlsx", type=Path, help=translate("Cli", "target")
    )
    results.set_defaults(handler=run_export)


def run_import(args: argparse.Namespace) -> int:
    from desktop.core.assessments.importing import AssessmentImportError, import_round
    from desktop.core.db.engine import open_database

    database = open_database(args.db)
    try:
        with database.session() as session:
            try:
                result = import_round(session, args.file, args.round, args.date, args.project)
            except AssessmentImportError as error:
                for problem in error.problems:
                    print(f"  {problem}", file=sys.stderr)
                raise
            session.commit()
    finally:
        database.dispose()
    message = translate(
        "Cli", "{people} people, {scores} scores imported into round {round} ({date})."
    )
    print(
        message.format(
            people=result.people,
            scores=result.scores,
            round=result.round.name,
            date=result.round.held_on.isoformat(),
        )
    )
    return 0


def run_export(args: argparse.Namespace) -> int:
    from desktop.core.assessments.export_xlsx import export_round
    from desktop.core.db.engine import open_database

    database = open_database(args.db, create=False)
    try:
        with database.session() as session:
            path = export_round(session, args.round, args.out)
    finally:
        database.dispose()
    print(translate("Cli", "Saved {path}").format(path=path))
    return 0
