"""A client's champion changes (hand-overs, bulk assignments), oldest first."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import aliased

from desktop.core.champions.vocab import ChampionChangeReason, champion_change_label
from desktop.core.common.i18n import translate
from desktop.core.db.tables import champion_changes, staff

if TYPE_CHECKING:
    from desktop.core.db.engine import Executor


class ChampionChangeRow(NamedTuple):
    id: int
    at: datetime
    reason: ChampionChangeReason
    from_name: str | None
    to_name: str | None
    by_name: str | None
    note: str

    @property
    def label(self) -> str:
        return champion_change_label(self.reason)

    def description(self) -> str:
        """'Jan de Vries → Piet Bakker', with the note after it."""
        nobody = translate("Champions", "no champion")
        text = f"{self.from_name or nobody} → {self.to_name or nobody}"
        return f"{text} · {self.note}" if self.note else text


def champion_history(session: Executor, client_id: int) -> list[ChampionChangeRow]:
    """Every change of the client's champion, oldest first."""
    source, target, by = aliased(staff), aliased(staff), aliased(staff)
    rows = session.execute(
        select(
            champion_changes.c.id,
            champion_changes.c.at,
            champion_changes.c.reason,
            source.c.name,
            target.c.name,
            by.c.name,
            champion_changes.c.note,
        )
        .outerjoin(source, source.c.id == champion_changes.c.from_staff_id)
        .outerjoin(target, target.c.id == champion_changes.c.to_staff_id)
        .outerjoin(by, by.c.id == champion_changes.c.by_staff_id)
        .where(champion_changes.c.client_id == client_id)
        .order_by(champion_changes.c.at, champion_changes.c.id)
    )
    return [ChampionChangeRow(*row) for row in rows]
