"""What the main window may ask of an area's view: one small, declared interface.

An area view reports its status line (``status_changed``), the changes it committed
(``changed``), offers its Edit-menu actions and saves its UI state. It is told about every
other area's changes through ``on_changes``: a shown view reloads what it ``watches`` at once;
a hidden one remembers it is stale and reloads when it is shown, not before.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import QWidget

from desktop.ui.common.changes import Changes


class AreaView(QWidget):
    status_changed = Signal(str)
    changed = Signal(object)  # Changes this view committed; the main window tells the others

    watches: Changes = Changes.ALL  # the kinds of data this view shows

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stale = Changes.NONE

    # -- what subclasses provide --------------------------------------------------------------

    def reload(self, changes: Changes) -> None:
        """Read again what ``changes`` touched (called while the view is shown)."""
        raise NotImplementedError

    def status_text(self) -> str:
        return ""

    def edit_actions(self) -> list[QAction]:
        """The actions of the main window's Edit menu while this view is shown."""
        return []

    def save_state(self) -> None:
        """Remember UI state (columns, splitters) when the window closes."""

    # -- the change signal --------------------------------------------------------------------

    def on_changes(self, changes: Changes) -> None:
        """Another area (or an import, the demo, the office settings) committed ``changes``."""
        relevant = changes & self.watches
        if not relevant:
            return
        if self.isVisible():
            self.reload(relevant)
        else:
            self.mark_stale(relevant)

    def mark_stale(self, changes: Changes = Changes.ALL) -> None:
        self._stale |= changes & self.watches

    def is_stale(self) -> bool:
        return bool(self._stale)

    def report(self, changes: Changes) -> None:
        """Tell the other areas what this view just committed (nothing when nothing was)."""
        if changes:
            self.changed.emit(changes)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._stale:
            stale, self._stale = self._stale, Changes.NONE
            self.reload(stale)
