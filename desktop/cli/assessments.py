"""`draagvlak assessments import FILE --round NAME` and `draagvlak export assessments`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from desktop.core.assessments.categories import AdopterCategory
from desktop.core.common.i18n import current_language, translate


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
    trends = actions.add_parser(
        "trends",
        help=translate("Cli", "a round's adopter categories, fast learners and people stuck"),
    )
    add_db_option(trends)
    trends.add_argument("--round", required=True, metavar="NAME", help=translate("Cli", "round"))
    trends.set_defaults(handler=run_trends)
    category = actions.add_parser(
        "category",
        help=translate("Cli", "set a person's adopter category by hand, or back to the rule"),
    )
    add_db_option(category)
    category.add_argument("person", metavar="NAME", help=translate("Cli", "name or initials"))
    category.add_argument(
        "category",
        choices=[*(str(c) for c in AdopterCategory), "rule"],
        help=translate("Cli", "the category, or rule to let the scores decide"),
    )
    category.set_defaults(handler=run_category)


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


def run_trends(args: argparse.Namespace) -> int:
    from desktop.core.assessments.adopters import adopter_label, round_trends, stuck_text
    from desktop.core.assessments.elements import element_label
    from desktop.core.assessments.results import round_results
    from desktop.core.assessments.rounds import find_round
    from desktop.core.db.engine import open_database

    database = open_database(args.db, create=False)
    try:
        with database.session() as session:
            round_row = find_round(session, args.round)
            people = round_results(session, round_row.id).people
            trends = round_trends(session, round_row.id)
    finally:
        database.dispose()
    for person in people:
        trend = trends.get(person.staff_id)
        if trend is None:
            continue
        parts = [
            person.name,
            element_label(person.barrier) if person.barrier else translate("Cli", "no barrier"),
            translate("Cli", "{category} (by hand)").format(category=adopter_label(trend.category))
            if trend.override
            else adopter_label(trend.category),
        ]
        if trend.speed is not None:
            speed = f"{trend.speed:+.2f}"
            if current_language() == "nl":
                speed = speed.replace(".", ",")
            parts.append(translate("Cli", "{speed} per round").format(speed=speed))
        if trend.is_stuck:
            parts.append(translate("Cli", "stuck: {text}").format(text=stuck_text(trend)))
        print("\t".join(parts))
    return 0


def run_category(args: argparse.Namespace) -> int:
    from sqlalchemy import func, or_, select

    from desktop.core.assessments.adopters import adopter_label, set_adopter_override
    from desktop.core.common.errors import NotFoundError
    from desktop.core.db.engine import open_database
    from desktop.core.db.tables import staff

    database = open_database(args.db, create=False)
    try:
        with database.session() as session:
            key = args.person.strip().casefold()
            ids = session.scalars(
                select(staff.c.id).where(
                    or_(func.lower(staff.c.name) == key, func.lower(staff.c.initials) == key)
                )
            ).all()
            if len(ids) != 1:
                raise NotFoundError(
                    translate("Cli", "No single staff member is called {name}.").format(
                        name=args.person
                    )
                )
            chosen = None if args.category == "rule" else AdopterCategory(args.category)
            set_adopter_override(session, ids[0], chosen)
            session.commit()
    finally:
        database.dispose()
    print(
        translate("Cli", "{name}: {category}").format(
            name=args.person,
            category=adopter_label(chosen) if chosen else translate("Cli", "by the rule"),
        )
    )
    return 0
