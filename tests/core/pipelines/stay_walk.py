"""The median days in each stage by replaying the whole history: the oracle that the kept stays
(desktop/core/pipelines/stays.py) must agree with.

Each client's real history (undos, and the moves they took back, left out) is a row of stays: one
ends where the next real move starts, the last one runs to today (never below 0 days). Days are
whole local calendar days.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from statistics import median

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.common.vocab import UNASSIGNED
from desktop.core.db.models import Client, Enrollment, StageTransition
from desktop.core.pipelines.stages import list_stages
from desktop.core.pipelines.stalled import local_date

WHOLE = "project"


def walked_medians(
    session: Session, project_id: int, today: date
) -> dict[object, dict[int, float | None]]:
    """Median days per active stage, for the whole project (WHOLE) and per current champion of
    the non-archived clients (UNASSIGNED: no champion)."""
    champions = {
        enrollment_id: UNASSIGNED if champion_id is None else champion_id
        for enrollment_id, champion_id in session.execute(
            select(Enrollment.id, Client.champion_id)
            .join(Client, Client.id == Enrollment.client_id)
            .where(Enrollment.project_id == project_id, Client.archived.is_(False))
        )
    }
    rows = session.execute(
        select(
            StageTransition.id,
            StageTransition.enrollment_id,
            StageTransition.to_stage_id,
            StageTransition.at,
            StageTransition.reverts_id,
        )
        .join(Enrollment, Enrollment.id == StageTransition.enrollment_id)
        .where(Enrollment.project_id == project_id)
        .order_by(StageTransition.enrollment_id, StageTransition.at, StageTransition.id)
    ).all()
    undone = {row.reverts_id for row in rows if row.reverts_id is not None}
    real: dict[int, list[tuple[int, date]]] = defaultdict(list)
    for row in rows:
        if row.reverts_id is None and row.id not in undone:
            real[row.enrollment_id].append((row.to_stage_id, local_date(row.at)))
    stays: dict[object, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
    for enrollment_id, history in real.items():
        if enrollment_id not in champions:
            continue  # an archived client
        ends = [entered for _stage, entered in history[1:]] + [None]
        for (stage_id, entered), ended in zip(history, ends, strict=True):
            days = (ended - entered).days if ended is not None else max((today - entered).days, 0)
            for group in (WHOLE, champions[enrollment_id]):
                stays[group][stage_id].append(days)
    stage_ids = [stage.id for stage in list_stages(session, project_id)]
    return {
        group: {
            stage_id: float(median(by_stage[stage_id])) if by_stage[stage_id] else None
            for stage_id in stage_ids
        }
        for group, by_stage in stays.items()
    }
