"""The board on screen, over the ``office`` fixture each test module defines."""

from __future__ import annotations

import pytest

from desktop.ui.board.board_view import BoardView


@pytest.fixture
def board(qtbot, database, office) -> BoardView:
    view = BoardView(database)
    qtbot.addWidget(view)
    view.resize(1400, 700)
    with qtbot.waitSignal(view.board_loaded, timeout=5000):
        view.show()
    return view
