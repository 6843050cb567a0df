"""The client detail's projects table: a finished client is not told it lacks a next action."""

from __future__ import annotations

from desktop.core.clients.history import ClientEnrollmentRow
from desktop.core.common.vocab import StageKind
from desktop.ui.clients.client_history_models import EnrollmentsModel


def row(kind: StageKind, next_action: str | None = None) -> ClientEnrollmentRow:
    return ClientEnrollmentRow(
        enrollment_id=1,
        project_id=1,
        project_name="Client portal",
        stage_id=1,
        stage_name="Stage",
        stage_kind=kind,
        days_in_stage=3,
        next_action=next_action,
        next_action_due=None,
        stalled=False,
    )


def next_action_text(model: EnrollmentsModel, number: int) -> str:
    return model.index(number, EnrollmentsModel.NEXT_ACTION).data()


def test_next_action_is_only_missing_in_an_open_stage(qapp) -> None:
    model = EnrollmentsModel()
    model.set_rows(
        [row(StageKind.OPEN), row(StageKind.WON), row(StageKind.LOST), row(StageKind.WON, "Call")]
    )
    assert next_action_text(model, 0) == "none"
    assert next_action_text(model, 1) == next_action_text(model, 2) == "not needed (finished)"
    assert next_action_text(model, 3) == "Call"
