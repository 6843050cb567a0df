"""Giving many clients another champion at once, with the change kept in each client's history.

Both the hand-over of a leaver and a bulk assignment from the client list come here: one UPDATE
per new champion (in chunks) and one history row per client, written in bulk. The caller owns
the transaction, so a refused or failed change leaves nothing behind.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime

from sqlalchemy import update
from sqlalchemy.orm import Session

from desktop.core.champions.vocab import ChampionChangeReason
from desktop.core.db.bulk_insert import BulkInserter
from desktop.core.db.tables import champion_changes, clients, utcnow

CHUNK_SIZE = 5_000  # SQLite allows 32,766 bound parameters


def chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), CHUNK_SIZE):
        yield ids[start : start + CHUNK_SIZE]


def move_clients(
    session: Session,
    moves: Mapping[int | None, Sequence[int]],
    previous: Mapping[int, int | None],
    reason: ChampionChangeReason,
    by: int | None = None,
    note: str = "",
    at: datetime | None = None,
) -> int:
    """Give each client in ``moves[champion]`` that champion (None: no champion) and record
    it; ``previous`` holds each client's champion before. Clients whose champion stays the
    same are left alone. Returns how many clients changed champion."""
    at = at or utcnow()
    history = []
    connection = session.connection()
    for champion_id, client_ids in moves.items():
        changed = [cid for cid in client_ids if previous.get(cid) != champion_id]
        for chunk in chunks(changed):
            connection.execute(
                update(clients)
                .where(clients.c.id.in_(chunk))
                .values(champion_id=champion_id, updated_at=at, updated_by=by)
            )
        history += [
            {
                "client_id": cid,
                "from_staff_id": previous.get(cid),
                "to_staff_id": champion_id,
                "at": at,
                "by_staff_id": by,
                "reason": reason,
                "note": note,
            }
            for cid in changed
        ]
    BulkInserter(connection, champion_changes).insert(history)
    return len(history)
