"""Subcommands that live in their own module (bigger than a few lines of glue)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

# Each module exposes register(subparsers, add_db_option); imported lazily by name.
COMMAND_MODULES: tuple[str, ...] = (
    "desktop.cli.import_clients",
    "desktop.cli.assessments",
    "desktop.cli.export",
    "desktop.cli.status",
    "desktop.cli.rewards",
    "desktop.cli.staff",
    "desktop.cli.backups",
    "desktop.cli.privacy",
)


def register_all(
    subparsers: argparse._SubParsersAction,  # type: ignore[type-arg]
    add_db_option: Callable[[argparse.ArgumentParser], None],
) -> None:
    from importlib import import_module

    for name in COMMAND_MODULES:
        import_module(name).register(subparsers, add_db_option)
