"""Finding a record by the name a person typed (command-line options, imported files)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from desktop.core.common.errors import NotFoundError

Item = TypeVar("Item")


def find_named(
    items: Sequence[Item], name: str, name_of: Callable[[Item], str], not_found: str
) -> Item:
    """The item whose name is ``name`` (case-insensitive, surrounding spaces ignored);
    NotFoundError(``not_found`` with {name} and {names}, the names there are) otherwise."""
    wanted = name.strip().casefold()
    for item in items:
        if name_of(item).casefold() == wanted:
            return item
    names = ", ".join(name_of(item) for item in items) or "-"
    raise NotFoundError(not_found.format(name=name, names=names))
