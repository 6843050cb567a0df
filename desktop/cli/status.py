"""`draagvlak status [--project NAME] [--weeks N]`: the dashboard's key figures as text."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from desktop.core.common.i18n import translate


def register(
    subparsers: argparse._SubParsersAction,  # type: ignore[type-arg]
    add_db_option: Callable[[argparse.ArgumentParser], None],
) -> None:
    status = subparsers.add_parser(
        "status",
        help=translate("Cli", "where the projects stand: Active share, forecast, stalled clients"),
        description=translate(
            "Cli",
            "Prints the dashboard's key figures of each project (or of one), for a mail or a "
            "scheduled task.",
        ),
    )
    add_db_option(status)
    status.add_argument("--project", metavar="NAME", help=translate("Cli", "only this project"))
    status.add_argument(
        "--weeks",
        type=int,
        default=None,
        metavar="N",
        help=translate("Cli", "weeks of history the forecast's pace is based on (default: 8)"),
    )
    status.set_defaults(handler=run_status)


def run_status(args: argparse.Namespace) -> int:
    from desktop.core.common.errors import ValidationError
    from desktop.core.dashboard.figures import project_figures
    from desktop.core.dashboard.forecast import DEFAULT_WEEKS
    from desktop.core.dashboard.overview import project_ids
    from desktop.core.dashboard.texts import status_lines
    from desktop.core.db.engine import open_database

    weeks = DEFAULT_WEEKS if args.weeks is None else args.weeks
    if not 1 <= weeks <= 52:
        raise ValidationError(translate("Cli", "--weeks must be between 1 and 52."), "weeks")
    database = open_database(args.db)
    try:
        with database.session() as session:
            ids = project_ids(session, args.project)
            if not ids:
                print(translate("Cli", "There are no projects yet."))
                return 0
            blocks = [status_lines(project_figures(session, i, weeks=weeks)) for i in ids]
    finally:
        database.dispose()
    print("\n\n".join("\n".join(lines) for lines in blocks))
    return 0
