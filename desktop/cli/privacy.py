"""`draagvlak client export NUMBER --out FILE`, `draagvlak client anonymise NUMBER [--yes]` and
`draagvlak client retention [--anonymise] [--yes]` (AVG/GDPR)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from desktop.core.common.i18n import Context, translate

Cli = Context("Cli")  # lupdate files Cli.tr(...) texts under "Cli"


def register(
    subparsers: argparse._SubParsersAction,  # type: ignore[type-arg]
    add_db_option: Callable[[argparse.ArgumentParser], None],
) -> None:
    group = subparsers.add_parser(
        "client", help=translate("Cli", "one client's data: export or anonymise (AVG/GDPR)")
    )
    actions = group.add_subparsers(
        title=translate("Cli", "actions"), metavar="ACTION", required=True
    )
    export = actions.add_parser(
        "export",
        help=translate("Cli", "everything about one client in one file (JSON, or Excel for .xlsx)"),
    )
    add_db_option(export)
    export.add_argument("number", metavar="NUMBER", help=translate("Cli", "client number"))
    export.add_argument(
        "--out",
        required=True,
        metavar="FILE.json|FILE.xlsx",
        type=Path,
        help=translate("Cli", "target"),
    )
    export.set_defaults(handler=run_export)
    erase = actions.add_parser(
        "anonymise",
        help=translate("Cli", "erase a client's personal data; its history stays, anonymous"),
    )
    add_db_option(erase)
    erase.add_argument("number", metavar="NUMBER", help=translate("Cli", "client number"))
    erase.add_argument(
        "--yes", action="store_true", help=translate("Cli", "do not ask for confirmation")
    )
    erase.set_defaults(handler=run_anonymise)
    retention = actions.add_parser(
        "retention",
        help=translate("Cli", "archived clients past the office's retention period"),
    )
    add_db_option(retention)
    retention.add_argument(
        "--anonymise", action="store_true", help=translate("Cli", "anonymise them all")
    )
    retention.add_argument(
        "--yes", action="store_true", help=translate("Cli", "do not ask for confirmation")
    )
    retention.set_defaults(handler=run_retention)


def run_export(args: argparse.Namespace) -> int:
    from desktop.core.db.engine import open_database
    from desktop.core.privacy.export import client_id_by_number, write_client_export

    database = open_database(args.db)
    try:
        with database.connect() as connection:
            client_id = client_id_by_number(connection, args.number)
            target = write_client_export(connection, client_id, args.out.expanduser().absolute())
    finally:
        database.dispose()
    print(
        translate("Cli", "Everything about client {number} written to {path}.").format(
            number=args.number, path=target
        )
    )
    return 0


def _confirmed(question: str, yes: bool) -> bool:
    if yes:
        return True
    if sys.stdin is None or not sys.stdin.isatty():
        print(
            translate("Cli", "draagvlak: add --yes to go ahead without being asked."),
            file=sys.stderr,
        )
        return False
    return input(question + " [y/N] ").strip().casefold() in {"y", "yes", "j", "ja"}


def _erase(database: object, ids: list[int]) -> int:
    from desktop.core.db.engine import Database
    from desktop.core.privacy.erasure import anonymise_clients, compact

    assert isinstance(database, Database)
    with database.session() as session:
        count = anonymise_clients(session, ids)
        session.commit()
    compact(database.engine)
    return count


def _aged_out_note() -> None:
    print(
        translate(
            "Cli",
            "Backups made before now still hold the old data until the rotation removes them "
            "(about a year).",
        )
    )


def run_anonymise(args: argparse.Namespace) -> int:
    from desktop.core.db.engine import open_database
    from desktop.core.privacy.export import client_id_by_number

    database = open_database(args.db)
    try:
        with database.connect() as connection:
            client_id = client_id_by_number(connection, args.number)
        question = translate(
            "Cli", "Erase the personal data of client {number}? This cannot be undone."
        ).format(number=args.number)
        if not _confirmed(question, args.yes):
            return 1
        _erase(database, [client_id])
    finally:
        database.dispose()
    print(translate("Cli", "Client {number} was anonymised.").format(number=args.number))
    _aged_out_note()
    return 0


def run_retention(args: argparse.Namespace) -> int:
    from desktop.core.db.engine import open_database
    from desktop.core.privacy.retention import due_for_anonymisation, retention_months

    database = open_database(args.db)
    try:
        with database.connect() as connection:
            months = retention_months(connection)
            due = due_for_anonymisation(connection, months) if months else []
        if months is None:
            print(
                translate(
                    "Cli",
                    "The office has set no retention period (File ▸ Retention… in the program); archived "
                    "clients are kept.",
                )
            )
            return 0
        print(Cli.tr("Retention period: %n months.", "", months))
        print(Cli.tr("%n archived clients are past the retention period.", "", len(due)))
        for client in due:
            print(f"  {client.client_number}  {client.name}  {client.archived_since:%d-%m-%Y}")
        if not args.anonymise or not due:
            return 0
        question = Cli.tr("Erase the personal data of these %n clients?", "", len(due))
        if not _confirmed(question, args.yes):
            return 1
        count = _erase(database, [client.id for client in due])
    finally:
        database.dispose()
    print(Cli.tr("%n clients were anonymised.", "", count))
    _aged_out_note()
    return 0
