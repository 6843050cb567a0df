"""`draagvlak backup [--out FILE]`, `draagvlak backups` and `draagvlak restore FILE [--yes]`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from desktop.core.common.i18n import Context, translate

Cli = Context("Cli")  # lupdate files Cli.tr(...) texts under "Cli"


def register(
    subparsers: argparse._SubParsersAction,  # type: ignore[type-arg]
    add_db_option: Callable[[argparse.ArgumentParser], None],
) -> None:
    backup = subparsers.add_parser(
        "backup",
        help=translate(
            "Cli", "back up the database (SQLite: a verified copy; PostgreSQL: pg_dump)"
        ),
    )
    add_db_option(backup)
    backup.add_argument(
        "--out",
        metavar="FILE",
        type=Path,
        help=translate("Cli", "write the backup to this file (default: the backup folder)"),
    )
    backup.set_defaults(handler=run_backup)
    listing = subparsers.add_parser(
        "backups", help=translate("Cli", "list the backups with date, size and client count")
    )
    add_db_option(listing)
    listing.set_defaults(handler=run_list)
    restore = subparsers.add_parser(
        "restore",
        help=translate("Cli", "replace the database by a backup (the current one is backed up)"),
    )
    add_db_option(restore)
    restore.add_argument("file", metavar="FILE", type=Path, help=translate("Cli", "a backup"))
    restore.add_argument(
        "--yes", action="store_true", help=translate("Cli", "do not ask for confirmation")
    )
    # The restore takes the exclusive instance lock itself, not the shared one of the others.
    restore.set_defaults(handler=run_restore, instance_lock=False)


def _sqlite_file(args: argparse.Namespace) -> Path | None:
    from desktop.core.db.engine import resolve_url, sqlite_path

    return sqlite_path(resolve_url(args.db))


def run_backup(args: argparse.Namespace) -> int:
    from desktop.core.backups.sqlite_copy import copy_database, verify_copy
    from desktop.core.backups.store import backup_folder, client_count, make_backup, size_text
    from desktop.core.db.engine import open_database, resolve_url

    url = resolve_url(args.db)
    if _sqlite_file(args) is None:
        return _dump_postgresql(url, args.out)
    database = open_database(args.db)
    try:
        path = database.file_path
        assert path is not None
        if args.out is not None:
            target = copy_database(path, args.out.expanduser().absolute())
            verify_copy(target)
            clients = client_count(target)
        else:
            info = make_backup(path, backup_folder(database))
            target, clients = info.path, info.clients
    finally:
        database.dispose()
    print(
        Cli.tr("Backup written to {path} ({size}, %n clients).", "", clients or 0).format(
            path=target, size=size_text(target.stat().st_size)
        )
    )
    return 0


def _dump_postgresql(url: str, out: Path | None) -> int:
    from sqlalchemy.engine import make_url

    from desktop.core.backups.postgres import dump_postgresql
    from desktop.core.backups.store import BACKUPS_FOLDER, size_text
    from desktop.core.common.paths import data_dir

    if out is None:
        name = make_url(url).database or "draagvlak"
        stamp = datetime.now().strftime("%Y-%m-%d-%H%M%S")
        out = data_dir() / BACKUPS_FOLDER / f"{name}-{stamp}.dump"
    target = dump_postgresql(url, out.expanduser().absolute())
    print(
        translate("Cli", "pg_dump wrote {path} ({size}); restore it with pg_restore.").format(
            path=target, size=size_text(target.stat().st_size)
        )
    )
    return 0


def _postgresql_refusal() -> int:
    print(
        translate(
            "Cli",
            "draagvlak: a PostgreSQL database has no backup folder; back it up with "
            "`draagvlak backup` (pg_dump) and restore with pg_restore.",
        ),
        file=sys.stderr,
    )
    return 1


def run_list(args: argparse.Namespace) -> int:
    from desktop.core.backups.store import backup_folder, list_backups, size_text
    from desktop.core.db.engine import open_database

    if _sqlite_file(args) is None:
        return _postgresql_refusal()
    database = open_database(args.db)
    try:
        path = database.file_path
        assert path is not None
        folder = backup_folder(database)
    finally:
        database.dispose()
    backups = list_backups(folder, path)
    print(translate("Cli", "Backups in {folder}:").format(folder=folder))
    if not backups:
        print("  " + translate("Cli", "(none yet)"))
    for info in backups:
        note = "  " + translate("Cli", "(before a restore)") if info.before_restore else ""
        if not info.verified:
            note += "  " + translate("Cli", "(not checked)")
        print(
            f"  {info.moment:%d-%m-%Y %H:%M}  {size_text(info.size):>9}  "
            + (Cli.tr("%n clients", "", info.clients) if info.clients is not None else "?")
            + f"  {info.path.name}{note}"
        )
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from desktop.core.backups.restore import check_backup_file, restore_backup
    from desktop.core.backups.store import folder_of_file

    path = _sqlite_file(args)
    if path is None:
        return _postgresql_refusal()
    backup = args.file.expanduser().absolute()
    _revision, clients = check_backup_file(backup)
    if not args.yes and not _confirmed(backup, path, clients):
        print(translate("Cli", "draagvlak: not restored."), file=sys.stderr)
        return 1
    result = restore_backup(path, backup, folder_of_file(path))
    print(Cli.tr("Restored {path} (%n clients).", "", result.clients).format(path=backup.name))
    if result.safety_backup is not None:
        print(
            translate("Cli", "The database as it was is kept in {path}.").format(
                path=result.safety_backup
            )
        )
    return 0


def _confirmed(backup: Path, database: Path, clients: int) -> bool:
    if sys.stdin is None or not sys.stdin.isatty():
        print(
            translate("Cli", "draagvlak: add --yes to restore without being asked."),
            file=sys.stderr,
        )
        return False
    question = Cli.tr("Replace {database} by {backup} (%n clients)? [y/N] ", "", clients).format(
        database=database, backup=backup.name
    )
    answer = input(question).strip().casefold()
    return answer in {"y", "yes", "j", "ja"}
