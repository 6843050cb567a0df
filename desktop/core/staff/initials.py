"""Initials for a new staff member made from their name, unique in the office."""

from __future__ import annotations

from collections.abc import Collection

from desktop.core.common.validation import max_length
from desktop.core.db.tables import staff


def initials_for(name: str, taken: Collection[str]) -> str:
    """The first letter of each word as written ("Anna de Vries" → "AdV", "J. Smit" → "JS"),
    numbered when already taken (compared case-insensitively): "AdV2"."""
    letters = "".join(word[0] for word in name.split() if word[0].isalnum())
    base = letters[: max_length(staff.c.initials) - 3] or "X"
    used = {initials.casefold() for initials in taken}
    candidate, number = base, 2
    while candidate.casefold() in used:
        candidate, number = f"{base}{number}", number + 1
    return candidate
