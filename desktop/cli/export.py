"""`draagvlak export KIND …`: one group, each kind registered by the module that owns it."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from importlib import import_module

from desktop.core.common.i18n import translate

# Each module exposes register_export(kinds, add_db_option); imported when the parser is built.
EXPORT_MODULES: tuple[str, ...] = ("desktop.cli.assessments", "desktop.cli.export_lists")


def register(
    subparsers: argparse._SubParsersAction,  # type: ignore[type-arg]
    add_db_option: Callable[[argparse.ArgumentParser], None],
) -> None:
    export = subparsers.add_parser("export", help=translate("Cli", "export to Excel or PDF"))
    kinds = export.add_subparsers(
        title=translate("Cli", "what to export"), metavar="KIND", required=True
    )
    for name in EXPORT_MODULES:
        import_module(name).register_export(kinds, add_db_option)
