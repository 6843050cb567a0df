"""What happens next for a client in a project, and when (shown on the board and in the client)."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from desktop.core.common.errors import ConflictError
from desktop.core.common.i18n import translate
from desktop.core.common.validation import check_length, clean_text
from desktop.core.db.models import Enrollment
from desktop.core.db.records import lock_for_edit, write_changes
from desktop.core.db.tables import enrollments
from desktop.core.rewards.award_hooks import on_action_completed


def set_next_action(
    session: Session,
    enrollment_id: int,
    text: str | None,
    due_date: date | None,
    *,
    read: tuple[str | None, date | None] | None = None,
    by: int | None = None,
) -> Enrollment:
    """Set (or, with empty text, clear) what happens next for a client and when.

    ``read`` is (action, due date) as the user saw them: only what differs from it is written,
    and StaleEditError refuses a part that someone else changed since.
    """
    message = translate("Pipelines", "A client is no longer in this project.")
    enrollment = lock_for_edit(session, Enrollment, enrollment_id, message)
    action = clean_text(text)
    check_length(action, enrollments.c.next_action)
    wanted = {"next_action": action, "next_action_due": due_date if action is not None else None}
    seen = (
        dict(zip(wanted, read, strict=True))
        if read is not None
        else {field: getattr(enrollment, field) for field in wanted}
    )
    edits = {field: value for field, value in wanted.items() if value != seen[field]}
    labels = {
        "next_action": translate("Pipelines", "The next action"),
        "next_action_due": translate("Pipelines", "Its due date"),
    }
    stamp = ("next_action_by", "next_action_at")
    write_changes(session, enrollment, seen, edits, labels, by, stamp)
    return enrollment


def complete_next_action(
    session: Session,
    enrollment_id: int,
    *,
    read: tuple[str | None, date | None] | None = None,
    by: int | None = None,
    on: date | None = None,
) -> Enrollment:
    """Mark the next action done (it is cleared); done on or before its due date, it earns
    points for whoever did it, in the same transaction."""
    message = translate("Pipelines", "A client is no longer in this project.")
    enrollment = lock_for_edit(session, Enrollment, enrollment_id, message)
    action, due = enrollment.next_action, enrollment.next_action_due
    if action is None:
        raise ConflictError(translate("Pipelines", "This client has no next action to complete."))
    if read is not None and read != (action, due):
        raise ConflictError(
            translate("Pipelines", "Someone else changed the next action meanwhile; read it again.")
        )
    set_next_action(session, enrollment_id, None, None, read=(action, due), by=by)
    on_action_completed(session, enrollment_id, due, on or date.today(), by)
    return enrollment
