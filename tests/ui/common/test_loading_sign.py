"""The quiet sign of a read under way: at once for the first read, later for a read again."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.ui.common.loading_sign import LoadingSign
from tests.ui.waiting import WORK_TIMEOUT_MS


def test_the_first_read_says_so_at_once_a_read_again_only_after_a_moment(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    sign = LoadingSign("Reading…", parent)
    parent.show()
    sign.begin(first=True)
    assert sign.isVisible()
    sign.end()
    assert not sign.isVisible()
    sign.begin(first=False)
    assert not sign.isVisible()  # the old rows are still there to look at
    qtbot.waitUntil(sign.isVisible, timeout=WORK_TIMEOUT_MS)
    sign.end()
    assert not sign.isVisible()


def test_a_read_that_ends_before_the_moment_shows_nothing(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    sign = LoadingSign("Reading…", parent)
    parent.show()
    sign.begin(first=False)
    sign.end()
    assert not sign._later.isActive() and not sign.isVisible()
