"""The board's "Working as …" button: shows whom moves are recorded under; a click asks again."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from desktop.core.common.errors import OperationCancelled
from desktop.core.db.engine import Database
from desktop.ui.board import identity


class IdentityButton(QPushButton):
    identity_changed = Signal()  # the user chose a name (again) through this button

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.setObjectName("identity_button")
        self.setFlat(True)
        self.setToolTip(self.tr("Moves are recorded under this name"))
        self.clicked.connect(self._change_identity)
        identity.notifier().identity_chosen.connect(self.show_identity)
        self.show_identity()

    def confirm_identity(self) -> bool:
        """Whether the user is known, asking once if not; False when they cancel or pick none."""
        try:
            staff_id = identity.who_am_i(self, self.database)
        except OperationCancelled:
            return False
        self.show_identity()
        return staff_id is not None

    def _change_identity(self) -> None:
        try:
            identity.who_am_i(self, self.database, ask_again=True)
        except OperationCancelled:
            return
        self.show_identity()
        self.identity_changed.emit()

    def show_identity(self) -> None:
        name = identity.remembered_name(self.database)
        self.setText(
            self.tr("Working as {name}").format(name=name) if name else self.tr("Who are you?")
        )
