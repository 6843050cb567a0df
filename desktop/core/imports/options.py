"""The choices an import is run with (the CLI's options, the wizard's pages)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

UPDATE, SKIP, CREATE = "update", "skip", "create"
ON_DUPLICATE = (UPDATE, SKIP, CREATE)


@dataclass(frozen=True)
class ImportOptions:
    """``on_duplicate``: what a row that is a stored client does: update it (only the fields
    that changed), skip it (listed in the report), or create a new client anyway (not for a
    row whose client number is taken). ``staff_names`` maps champion names in the file to
    staff ids; ``create_staff`` adds the names still unknown as staff members."""

    update_existing: bool = False
    skip_errors: bool = False
    project_id: int | None = None
    on_duplicate: str = ""
    create_staff: bool = False
    staff_names: Mapping[str, int] = field(default_factory=dict)
    new_staff: frozenset[str] = frozenset()  # names to add as staff members (the wizard's pick)
    by_staff_id: int | None = None
    by_name: str = ""

    @property
    def duplicates(self) -> str:
        return self.on_duplicate or (UPDATE if self.update_existing else SKIP)
