"""`draagvlak staff handover NAME --to NAME|--spread` and `draagvlak staff coverage`."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from desktop.core.common.i18n import Context, translate


def register(
    subparsers: argparse._SubParsersAction,  # type: ignore[type-arg]
    add_db_option: Callable[[argparse.ArgumentParser], None],
) -> None:
    group = subparsers.add_parser("staff", help=translate("Cli", "staff and champions"))
    actions = group.add_subparsers(
        title=translate("Cli", "actions"), metavar="ACTION", required=True
    )
    handover = actions.add_parser(
        "handover",
        help=translate("Cli", "hand a leaver's clients over to other champions, all or nothing"),
        description=translate(
            "Cli",
            "Moves the staff member's active clients to one champion (--to) or spreads them "
            "over the champions with free capacity (--spread), and writes the hand-over into "
            "each client's history.",
        ),
    )
    add_db_option(handover)
    handover.add_argument(
        "name", metavar="NAME", help=translate("Cli", "the leaver: name, initials or e-mail")
    )
    target = handover.add_mutually_exclusive_group(required=True)
    target.add_argument("--to", metavar="NAME", help=translate("Cli", "the champion taking over"))
    target.add_argument(
        "--spread",
        action="store_true",
        help=translate("Cli", "spread over the champions by free capacity"),
    )
    handover.set_defaults(handler=run_handover)
    coverage = actions.add_parser(
        "coverage",
        help=translate("Cli", "check the champion network: ratio, segments, teams, capacity"),
    )
    add_db_option(coverage)
    coverage.set_defaults(handler=run_coverage)


def run_handover(args: argparse.Namespace) -> int:
    from desktop.core.champions.handover import hand_over
    from desktop.core.champions.people import find_staff
    from desktop.core.common.i18n import number_text
    from desktop.core.db.engine import open_database

    database = open_database(args.db, create=False)
    try:
        with database.session() as session:
            leaver = find_staff(session, args.name)
            to_id = find_staff(session, args.to).id if args.to else None
            plan = hand_over(session, leaver.id, to_id)
            session.commit()
    finally:
        database.dispose()
    if not plan.client_count:
        print(
            translate("Cli", "{name} has no active clients to hand over.").format(name=leaver.name)
        )
        return 0
    shares = ", ".join(f"{t.name} {number_text(t.receives)}" for t in plan.takers)
    Cli = Context("Cli")  # noqa: N806 (lupdate reads plurals from <context>.tr calls)
    print(
        Cli.tr("Handed over %n clients of {name}: {shares}.", "", plan.client_count).format(
            name=leaver.name, shares=shares
        )
    )
    return 0


def run_coverage(args: argparse.Namespace) -> int:
    from desktop.core.champions.coverage import STAFF_PER_CHAMPION, coverage_report
    from desktop.core.db.engine import open_database

    database = open_database(args.db, create=False)
    try:
        with database.connect() as connection:
            report = coverage_report(connection)
    finally:
        database.dispose()
    print(report.summary())
    rule = translate("Cli", "Rule: at least one champion per {per} staff members.")
    print(rule.format(per=STAFF_PER_CHAMPION))
    for warning in report.warnings:
        print(f"- {warning.message}")
    if report.ok:
        print(translate("Cli", "The champion network covers the office."))
    return 0 if report.ok else 1
