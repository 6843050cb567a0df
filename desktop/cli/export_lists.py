"""`draagvlak export clients|calllists|overview`: the Excel workbooks staff work from."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.core.common.i18n import Context, translate

Cli = Context("Cli")
AddDbOption = Callable[[argparse.ArgumentParser], None]


def register_export(
    kinds: argparse._SubParsersAction,  # type: ignore[type-arg]
    add_db_option: AddDbOption,
) -> None:
    clients = _kind(
        kinds, add_db_option, "clients", translate("Cli", "the client list, as filtered")
    )
    clients.add_argument("--search", default="", metavar="TEXT", help=translate("Cli", "search"))
    clients.add_argument("--segment", metavar="NAME", help=translate("Cli", "only this segment"))
    clients.add_argument(
        "--champion", metavar="NAME", help=translate("Cli", "only this champion's clients")
    )
    clients.add_argument(
        "--stage", metavar="NAME", help=translate("Cli", "only clients in this stage now")
    )
    clients.add_argument(
        "--project", metavar="NAME", help=translate("Cli", "the project of --stage")
    )
    clients.add_argument(
        "--include-archived",
        action="store_true",
        help=translate("Cli", "archived clients too"),
    )
    clients.set_defaults(handler=run_clients)

    calls = _kind(kinds, add_db_option, "calllists", translate("Cli", "a call list per champion"))
    calls.add_argument("--project", metavar="NAME", help=translate("Cli", "the project"))
    calls.add_argument(
        "--champion", metavar="NAME", help=translate("Cli", "only this champion's list")
    )
    calls.set_defaults(handler=run_call_lists)

    overview = _kind(
        kinds, add_db_option, "overview", translate("Cli", "a project's overview workbook")
    )
    overview.add_argument("--project", metavar="NAME", help=translate("Cli", "the project"))
    overview.set_defaults(handler=run_overview)


def _kind(
    kinds: argparse._SubParsersAction,  # type: ignore[type-arg]
    add_db_option: AddDbOption,
    name: str,
    help_text: str,
) -> argparse.ArgumentParser:
    parser = kinds.add_parser(name, help=help_text)
    add_db_option(parser)
    parser.add_argument(
        "--out", required=True, metavar="FILE.xlsx", type=Path, help=translate("Cli", "target")
    )
    return parser


def run_clients(args: argparse.Namespace) -> int:
    def export(session: Any) -> Any:
        from desktop.core.champions.people import find_staff
        from desktop.core.clients.listing import ArchiveState, ClientFilter
        from desktop.core.common.errors import ValidationError
        from desktop.core.exports.xlsx.client_list import export_client_list
        from desktop.core.office.segments import find_segment
        from desktop.core.pipelines.projects import find_project
        from desktop.core.pipelines.stages import find_stage

        if args.project and not args.stage:
            raise ValidationError(translate("Cli", "--project goes with --stage."), "project")
        stage_id = None
        if args.stage:
            project = find_project(session, args.project)
            stage_id = find_stage(session, project.id, args.stage).id
        client_filter = ClientFilter(
            search=args.search,
            segment_id=find_segment(session, args.segment).id if args.segment else None,
            champion_id=find_staff(session, args.champion).id if args.champion else None,
            archived=ArchiveState.ALL if args.include_archived else ArchiveState.ACTIVE,
            stage_id=stage_id,
        )
        return export_client_list(session, args.out, client_filter)

    return _run(args, export, lambda rows: Cli.tr("%n clients", "", rows))


def run_call_lists(args: argparse.Namespace) -> int:
    def export(session: Any) -> Any:
        from desktop.core.exports.xlsx.call_lists import export_call_lists

        return export_call_lists(session, args.out, args.project, args.champion)

    return _run(args, export, lambda rows: Cli.tr("%n clients to call", "", rows))


def run_overview(args: argparse.Namespace) -> int:
    def export(session: Any) -> Any:
        from desktop.core.exports.xlsx.overview import export_overview

        return export_overview(session, args.out, args.project)

    return _run(args, export, lambda rows: Cli.tr("%n clients", "", rows))


def _run(
    args: argparse.Namespace, export: Callable[[Any], Any], rows_text: Callable[[int], str]
) -> int:
    from desktop.core.db.engine import open_database

    database = open_database(args.db, create=False)
    try:
        with database.session() as session:
            result = export(session)
    finally:
        database.dispose()
    print(
        translate("Cli", "Saved {path} ({rows})").format(
            path=result.path, rows=rows_text(result.rows)
        )
    )
    return 0
