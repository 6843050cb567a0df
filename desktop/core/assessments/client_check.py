"""The client readiness check: five yes/no questions that suggest the client's segment; the
champion confirms the suggestion or chooses another segment, which is then set on the client.

The suggestion: count the yes answers (0-5) and place the client on the office's segments in
their order (the first is the most digital, the last the least): five yes is the first segment,
none the last, evenly in between. A client who does not want to go digital is never placed in
the better half of the segments, whatever the other answers.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import insert, select, update

from desktop.core.common.errors import NotFoundError
from desktop.core.common.i18n import translate
from desktop.core.db.tables import clients, segments
from desktop.core.db.tables.readiness import client_readiness
from desktop.core.office.segments import list_segments

if TYPE_CHECKING:
    from desktop.core.db.engine import Executor

QUESTION_FIELDS = (
    "uses_email",
    "uses_online_banking",
    "wants_digital",
    "shares_documents",
    "logs_in_alone",
)


def question_texts() -> dict[str, str]:
    """The five questions, translated, by field."""
    return {
        "uses_email": translate("ClientCheck", "Does the client use e-mail to contact the office?"),
        "uses_online_banking": translate("ClientCheck", "Does the client use online banking?"),
        "wants_digital": translate(
            "ClientCheck", "Does the client want to deal with the office digitally?"
        ),
        "shares_documents": translate(
            "ClientCheck", "Does the client already send documents digitally (scan, photo, upload)?"
        ),
        "logs_in_alone": translate(
            "ClientCheck", "Can the client log in to websites on their own (e.g. with DigiD)?"
        ),
    }


@dataclass(frozen=True)
class CheckAnswers:
    uses_email: bool = False
    uses_online_banking: bool = False
    wants_digital: bool = False
    shares_documents: bool = False
    logs_in_alone: bool = False

    def yes_count(self) -> int:
        return sum(bool(value) for value in asdict(self).values())


def suggest_position(answers: CheckAnswers, segment_count: int) -> int | None:
    """The index (0 = most digital) of the suggested segment; None without segments."""
    if segment_count <= 0:
        return None
    last = segment_count - 1
    position = round((5 - answers.yes_count()) * last / 5)
    if not answers.wants_digital:
        position = max(position, segment_count // 2)
    return min(position, last)


def suggest_segment(executor: Executor, answers: CheckAnswers) -> int | None:
    """The id of the suggested segment (the office's segments in their order)."""
    rows = list_segments(executor)
    position = suggest_position(answers, len(rows))
    return rows[position].id if position is not None else None


@dataclass(frozen=True)
class ClientCheck:
    answers: CheckAnswers
    suggested_segment_id: int | None
    chosen_segment_id: int | None
    checked_on: date
    checked_by: int | None


def get_check(executor: Executor, client_id: int) -> ClientCheck | None:
    row = executor.execute(
        select(client_readiness).where(client_readiness.c.client_id == client_id)
    ).first()
    if row is None:
        return None
    return ClientCheck(
        CheckAnswers(*(bool(getattr(row, field)) for field in QUESTION_FIELDS)),
        row.suggested_segment_id,
        row.chosen_segment_id,
        row.checked_on,
        row.checked_by,
    )


def save_check(
    executor: Executor,
    client_id: int,
    answers: CheckAnswers,
    chosen_segment_id: int | None,
    by_staff_id: int | None = None,
    today: date | None = None,
) -> int | None:
    """Store the check (replacing an earlier one) and set the chosen segment on the client
    (None keeps the suggestion). Returns the segment set. The caller commits."""
    if executor.scalar(select(clients.c.id).where(clients.c.id == client_id)) is None:
        raise NotFoundError(translate("ClientCheck", "This client no longer exists."))
    if (
        chosen_segment_id is not None
        and executor.scalar(select(segments.c.id).where(segments.c.id == chosen_segment_id)) is None
    ):
        raise NotFoundError(translate("ClientCheck", "This segment no longer exists."))
    suggested = suggest_segment(executor, answers)
    chosen = chosen_segment_id if chosen_segment_id is not None else suggested
    values = {
        **asdict(answers),
        "suggested_segment_id": suggested,
        "chosen_segment_id": chosen,
        "checked_on": today or date.today(),
        "checked_by": by_staff_id,
    }
    where = client_readiness.c.client_id == client_id
    if executor.scalar(select(client_readiness.c.id).where(where)) is None:
        executor.execute(insert(client_readiness).values(client_id=client_id, **values))
    else:
        executor.execute(update(client_readiness).where(where).values(values))
    executor.execute(
        update(clients)
        .where(clients.c.id == client_id)
        .values(segment_id=chosen, updated_by=by_staff_id)
    )
    return chosen
