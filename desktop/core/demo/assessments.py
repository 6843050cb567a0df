"""Readiness rounds for the demo office: a baseline and a follow-up three months later.

Profiles follow what ADKAR assessments usually show: awareness runs ahead, reinforcement lags,
champions are further along, and most people improve between rounds while a few stay stuck.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import insert

from desktop.core.assessments.elements import ELEMENTS, MAX_SCORE, MIN_SCORE
from desktop.core.common.i18n import translate
from desktop.core.db.tables import assessment_rounds, assessment_scores

if TYPE_CHECKING:
    from desktop.core.db.engine import Executor

# How far each element typically trails awareness (A, D, K, A, R).
_ELEMENT_OFFSETS = (0.0, -0.4, -0.8, -1.1, -1.4)


def demo_scores(
    rng: random.Random, staff_ids: Sequence[int], champion_ids: Sequence[int], rounds: int
) -> list[dict[int, tuple[float, ...]]]:
    """Per round, per staff member, five scores (whole numbers, some averaged like 3.4)."""
    champions = set(champion_ids)
    base = {
        sid: rng.uniform(3.6, 4.8) if sid in champions else rng.uniform(2.4, 4.4)
        for sid in staff_ids
    }
    growth = {sid: rng.choice((0.0, 0.3, 0.6, 0.9, 1.2)) for sid in staff_ids}
    result = []
    for number in range(rounds):
        scores = {}
        for sid in staff_ids:
            values = []
            for offset in _ELEMENT_OFFSETS:
                raw = base[sid] + offset + growth[sid] * number + rng.uniform(-0.5, 0.5)
                value = round(raw) if rng.random() < 0.7 else round(raw, 1)
                values.append(min(max(value, MIN_SCORE), MAX_SCORE))
            scores[sid] = tuple(float(v) for v in values)
        result.append(scores)
    return result


def create_demo_rounds(
    session: Executor,
    rng: random.Random,
    staff_ids: Sequence[int],
    champion_ids: Sequence[int],
    today: date,
    project_id: int | None = None,
) -> int:
    """Two rounds (baseline four months ago, follow-up one month ago); returns the score count."""
    if not staff_ids:
        return 0
    names = (translate("Demo", "Baseline"), translate("Demo", "Follow-up"))
    days = (today - timedelta(days=120), today - timedelta(days=30))
    written = 0
    for name, held_on, scores in zip(
        names, days, demo_scores(rng, staff_ids, champion_ids, len(names)), strict=True
    ):
        round_id = session.execute(
            insert(assessment_rounds)
            .values(name=name, held_on=held_on, project_id=project_id)
            .returning(assessment_rounds.c.id)
        ).scalar_one()
        rows = [
            {"round_id": round_id, "staff_id": sid, "element": element, "score": value}
            for sid, values in scores.items()
            for element, value in zip(ELEMENTS, values, strict=True)
        ]
        session.execute(insert(assessment_scores), rows)
        written += len(rows)
    return written
