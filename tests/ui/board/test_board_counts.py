"""A search's counts that come after its cards (a second worker): a move meanwhile is counted.

The first count is held back by hand until the move is made and recounted, so the order of
the two answers is fixed by the test, not by timing.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QThreadPool

from desktop.ui.board import board_reader, loading
from desktop.ui.board.board_view import BoardView
from desktop.ui.shell import settings
from tests.board_office import Office, make_office

TIMEOUT_MS = 5000


@pytest.fixture
def office(database) -> Office:
    return make_office(database)


@pytest.fixture(autouse=True)
def _anna_is_working(office) -> Iterator[None]:
    settings.set_current_staff_id(office.anna)  # a move asks nobody who is moving
    yield
    settings.set_current_staff_id(None)


@pytest.mark.sqlite_only("on PostgreSQL a short search's counts come with its cards")
def test_counts_pending_at_a_move_are_recounted_after_it(
    qtbot, database, office, monkeypatch
) -> None:
    monkeypatch.setattr(loading, "PAGE_SIZE", 2)  # six matches: a full page, "2+"
    real_count = board_reader.count_board
    answers: list[dict[int, int]] = []
    first_counted, release = threading.Event(), threading.Event()

    def count_held_back(*args):  # noqa: ANN002, ANN202
        counts = real_count(*args)  # read now (before the move), answered once released
        answers.append(counts)
        if len(answers) == 1:
            first_counted.set()
            release.wait(TIMEOUT_MS / 1000)
        return counts

    monkeypatch.setattr(board_reader, "count_board", count_held_back)
    view = BoardView(database)
    qtbot.addWidget(view)
    view.resize(1400, 700)
    with qtbot.waitSignal(view.board_loaded, timeout=TIMEOUT_MS):
        view.show()
    first, informed = view.columns[office.stages[0].id], view.columns[office.stages[1].id]
    try:
        with qtbot.waitSignal(view.board_loaded, timeout=TIMEOUT_MS):
            view.filter_bar.search_edit.setText("a")  # one letter: counted after the cards
        assert (first.count_label.text(), informed.count_label.text()) == ("2+", "0")
        assert first_counted.wait(TIMEOUT_MS / 1000)
        stale = view.reader._counting.worker
        assert stale is not None and answers == [{office.stages[0].id: 6} | _zero(office, 1)]

        with qtbot.waitSignal(view.reader.counted, timeout=TIMEOUT_MS) as recount:
            view.moves.move([first.model.card(0).enrollment_id], informed.stage_id)
        assert recount.args[0][first.stage_id] == 5 and recount.args[0][informed.stage_id] == 1
        assert (first.count_label.text(), informed.count_label.text()) == ("5", "1")
    finally:
        release.set()
    # The count read before the move answers now: it is dropped, not shown.
    assert QThreadPool.globalInstance().waitForDone(TIMEOUT_MS)
    QCoreApplication.sendPostedEvents()
    assert stale.is_cancelled()
    assert (first.count_label.text(), informed.count_label.text()) == ("5", "1")
    assert (first.model.total, informed.model.total) == (5, 1)
    assert first.model.counted and informed.model.counted


def _zero(office: Office, start: int) -> dict[int, int]:
    return {stage.id: 0 for stage in office.stages[start:] if not stage.archived}
