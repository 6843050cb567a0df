"""The board's dialogs on their own: lost reason, "Move to…" and "Who are you?"."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from desktop.core.common.errors import OperationCancelled
from desktop.core.common.vocab import StageKind
from desktop.core.pipelines.stages import StageRow
from desktop.ui.board import identity
from desktop.ui.board.move_dialogs import MoveRequest, MoveToDialog, ReasonDialog
from desktop.ui.shell import settings
from tests.board_office import make_office

STAGES = [
    StageRow(1, 1, 0, "Informed", StageKind.OPEN, None, False),
    StageRow(2, 1, 1, "Invited", StageKind.OPEN, None, False),
    StageRow(3, 1, 2, "Declined", StageKind.LOST, None, False),
]


@pytest.fixture(autouse=True)
def _nobody_remembered() -> Iterator[None]:
    settings.set_current_staff_id(None)
    yield
    settings.set_current_staff_id(None)


def test_reason_dialog_needs_a_reason(qtbot) -> None:
    dialog = ReasonDialog("Declined", 2)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    dialog.reason_picker.reason_list.setCurrentRow(0)
    assert dialog.ok_button.isEnabled()
    assert dialog.reason() == "Prefers paper"
    qtbot.keyClicks(dialog.reason_picker.other_edit, "Moved abroad")
    qtbot.keyClicks(dialog.note_edit, "Said so on the phone")
    assert (dialog.reason(), dialog.note()) == ("Moved abroad", "Said so on the phone")


def test_move_to_offers_the_next_stage_and_asks_a_reason_only_for_lost(qtbot) -> None:
    dialog = MoveToDialog(STAGES, current_stage_id=1, count=3)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Move 3 clients"
    assert dialog.stage().name == "Invited"
    assert not dialog.reason_picker.isVisible()
    assert dialog.ok_button.isEnabled()

    dialog.stage_list.setCurrentRow(2)
    assert dialog.reason_picker.isVisible()
    assert not dialog.ok_button.isEnabled()
    dialog.reason_picker.reason_list.setCurrentRow(1)
    assert dialog.ok_button.isEnabled()
    assert dialog.request() == MoveRequest(3, "", "No time or interest")


def test_identity_dialog_finds_a_name(qtbot, database) -> None:
    office = make_office(database)
    from desktop.core.staff.listing import list_staff

    with database.session() as session:
        staff = list_staff(session, include_leavers=False)
    dialog = identity.IdentityDialog(staff, None)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.search_edit, "bram")
    assert dialog.staff_id() == office.bram and ok.isEnabled()


def test_who_am_i_asks_once_then_remembers(qtbot, database, monkeypatch) -> None:
    office = make_office(database)
    asked: list[int | None] = []

    def answer(_parent, _staff, current):
        asked.append(current)
        return office.anna

    monkeypatch.setattr(identity, "ask_identity", answer)
    assert identity.who_am_i(None, database) == office.anna
    assert identity.who_am_i(None, database) == office.anna
    assert asked == [None]
    assert identity.remembered_name(database) == "Anna de Vries"
    # Asking again offers the remembered person as the default.
    identity.who_am_i(None, database, ask_again=True)
    assert asked == [None, office.anna]


def test_who_am_i_cancelled_raises(database, monkeypatch) -> None:
    make_office(database)
    monkeypatch.setattr(identity, "ask_identity", lambda *_args: None)
    with pytest.raises(OperationCancelled):
        identity.who_am_i(None, database)
    assert settings.current_staff_id() is None


def test_who_am_i_without_staff_records_no_name(database, monkeypatch) -> None:
    monkeypatch.setattr(identity, "ask_identity", lambda *_args: pytest.fail("asked"))
    assert identity.who_am_i(None, database) is None
