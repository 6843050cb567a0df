"""`draagvlak export plan`: the rollout plan of a project as a PDF."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from desktop.core.common.i18n import LANGUAGES, Context, translate

Cli = Context("Cli")


def register_export(
    kinds: argparse._SubParsersAction,  # type: ignore[type-arg]
    add_db_option: Callable[[argparse.ArgumentParser], None],
) -> None:
    """`draagvlak export plan` (the export group lives in desktop.cli.export)."""
    plan = kinds.add_parser("plan", help=translate("Cli", "a project's rollout plan as a PDF"))
    add_db_option(plan)
    plan.add_argument(
        "--project", metavar="NAME", help=translate("Cli", "project (default: the only one)")
    )
    plan.add_argument(
        "--out", required=True, metavar="FILE.pdf", type=Path, help=translate("Cli", "target")
    )
    plan.add_argument(
        "--call-lists",
        action="store_true",
        help=translate("Cli", "add an appendix with each champion's open clients"),
    )
    plan.set_defaults(handler=run_export_plan)


def run_export_plan(args: argparse.Namespace) -> int:
    from desktop.core.db.engine import open_database
    from desktop.core.office.settings import get_settings
    from desktop.core.pipelines.projects import find_project
    from desktop.core.plans.document import PlanOptions, print_plan

    database = open_database(args.db, create=False)
    try:
        with database.session() as session:
            project_id = find_project(session, args.project).id
            language = getattr(args, "lang", None)
            if language not in LANGUAGES:
                office = get_settings(session)
                language = office.language if office and office.language in LANGUAGES else "nl"
            printed = print_plan(
                session,
                project_id,
                args.out,
                PlanOptions(language=language, call_lists=args.call_lists),
            )
            session.commit()
    finally:
        database.dispose()
    print(
        Cli.tr("Saved {path} (%n pages, version {version})", "", printed.pages).format(
            path=printed.path, version=printed.version
        )
    )
    return 0
