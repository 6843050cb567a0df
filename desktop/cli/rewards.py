"""`draagvlak rewards incentives --project NAME --incentive TEXT [--active-before] [--segment]`,
`draagvlak export ledger --out FILE.xlsx [--from] [--to]` and `draagvlak export incentives`
(--lang nl|en, like --db, comes with every command)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from desktop.core.common.i18n import Context, translate

Cli = Context("Cli")  # lupdate files Cli.tr(...) texts under "Cli"


def register(
    subparsers: argparse._SubParsersAction,  # type: ignore[type-arg]
    add_db_option: Callable[[argparse.ArgumentParser], None],
) -> None:
    group = subparsers.add_parser("rewards", help=translate("Cli", "points and client rewards"))
    actions = group.add_subparsers(
        title=translate("Cli", "actions"), metavar="ACTION", required=True
    )
    mark = actions.add_parser(
        "incentives",
        help=translate("Cli", "mark a project's Active clients for an incentive (client rewards)"),
    )
    add_db_option(mark)
    mark.add_argument("--project", required=True, metavar="NAME", help=translate("Cli", "project"))
    mark.add_argument(
        "--incentive", required=True, metavar="TEXT", help=translate("Cli", "the incentive")
    )
    mark.add_argument(
        "--active-before",
        metavar="YYYY-MM-DD",
        help=translate("Cli", "only clients Active before this day"),
    )
    mark.add_argument("--segment", metavar="NAME", help=translate("Cli", "only this segment"))
    mark.set_defaults(handler=run_mark_incentives)
    reverse = actions.add_parser(
        "reverse",
        help=translate("Cli", "correct a ledger entry by a reversal entry (nothing is deleted)"),
    )
    add_db_option(reverse)
    reverse.add_argument("entry", metavar="ENTRY", type=int, help=translate("Cli", "entry number"))
    reverse.add_argument("--reason", required=True, metavar="TEXT", help=translate("Cli", "why"))
    reverse.add_argument(
        "--by", metavar="INITIALS", help=translate("Cli", "who corrects it (staff initials)")
    )
    reverse.set_defaults(handler=run_reverse)


def register_export(
    kinds: argparse._SubParsersAction,  # type: ignore[type-arg]
    add_db_option: Callable[[argparse.ArgumentParser], None],
) -> None:
    """`draagvlak export ledger` (the export group lives in desktop.cli.export)."""
    ledger = kinds.add_parser(
        "ledger", help=translate("Cli", "the points ledger and balances as an Excel workbook")
    )
    add_db_option(ledger)
    ledger.add_argument(
        "--out", required=True, metavar="FILE.xlsx", type=Path, help=translate("Cli", "target")
    )
    ledger.add_argument(
        "--from", dest="start", metavar="YYYY-MM-DD", help=translate("Cli", "first day")
    )
    ledger.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help=translate("Cli", "last day"))
    ledger.set_defaults(handler=run_export_ledger)
    incentives = kinds.add_parser(
        "incentives",
        help=translate("Cli", "a project's clients marked for an incentive, for invoicing"),
    )
    add_db_option(incentives)
    incentives.add_argument(
        "--project", required=True, metavar="NAME", help=translate("Cli", "project")
    )
    incentives.add_argument(
        "--out", required=True, metavar="FILE.xlsx", type=Path, help=translate("Cli", "target")
    )
    incentives.set_defaults(handler=run_export_incentives)


def run_export_ledger(args: argparse.Namespace) -> int:
    from desktop.core.common.validation import parse_date
    from desktop.core.db.engine import open_database
    from desktop.core.rewards.export_xlsx import export_ledger

    start = parse_date(args.start, "from")
    end = parse_date(args.end, "to")
    database = open_database(args.db)
    try:
        with database.session() as session:
            path, count = export_ledger(session, args.out, start, end)
    finally:
        database.dispose()
    print(Cli.tr("%n ledger entries written to {path}.", "", count).format(path=path))
    return 0


def _project(session, name: str) -> int:  # noqa: ANN001
    from desktop.core.pipelines.projects import find_project

    return find_project(session, name).id


def run_mark_incentives(args: argparse.Namespace) -> int:
    from desktop.core.common.validation import parse_date
    from desktop.core.db.engine import open_database
    from desktop.core.office.segments import find_segment
    from desktop.core.rewards.incentives import mark_incentives

    before = parse_date(args.active_before, "active_before")
    database = open_database(args.db)
    try:
        with database.session() as session:
            project = _project(session, args.project)
            segment = find_segment(session, args.segment).id if args.segment else None
            count = mark_incentives(
                session, project, args.incentive, active_before=before, segment_id=segment
            )
            session.commit()
    finally:
        database.dispose()
    print(Cli.tr("%n clients marked for the incentive.", "", count))
    return 0


def run_export_incentives(args: argparse.Namespace) -> int:
    from desktop.core.db.engine import open_database
    from desktop.core.rewards.export_xlsx import export_incentives

    database = open_database(args.db)
    try:
        with database.session() as session:
            project = _project(session, args.project)
            path, count = export_incentives(session, project, args.out)
    finally:
        database.dispose()
    print(Cli.tr("%n clients written to {path}.", "", count).format(path=path))
    return 0


def run_reverse(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from desktop.core.common.errors import NotFoundError
    from desktop.core.db.engine import open_database
    from desktop.core.db.tables import staff
    from desktop.core.rewards.ledger import reverse_entry

    database = open_database(args.db)
    try:
        with database.session() as session:
            by = None
            if args.by:
                by = session.scalar(select(staff.c.id).where(staff.c.initials == args.by))
                if by is None:
                    message = translate("Cli", "No staff member has the initials {initials}.")
                    raise NotFoundError(message.format(initials=args.by))
            new = reverse_entry(session, args.entry, args.reason, by)
            session.commit()
    finally:
        database.dispose()
    message = translate("Cli", "Entry {entry} reversed by entry {new}.")
    print(message.format(entry=args.entry, new=new))
    return 0
