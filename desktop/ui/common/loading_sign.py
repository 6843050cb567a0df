"""A quiet sign that a view is reading on a worker: a grey word beside its controls.

The first read says so at once (there is nothing to show yet); a read again keeps the old
rows on screen and says so only when it takes a moment, so quick re-reads do not flicker.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

DELAY_MS = 300


class LoadingSign(QLabel):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName("view_subtitle")
        self.hide()
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(DELAY_MS)
        self._later.timeout.connect(self.show)

    def begin(self, first: bool) -> None:
        """A read has started; ``first`` when the view has shown nothing yet."""
        if first:
            self.show()
        else:
            self._later.start()

    def end(self) -> None:
        self._later.stop()
        self.hide()
