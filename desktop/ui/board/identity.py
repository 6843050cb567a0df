"""Who is working at this PC: asked the first time an action records a name, then remembered.

Not a log-in: Draagvlak has no passwords. The choice lives in QSettings (per PC and user) and
can be changed at any time; moves and contacts record it as "by whom".
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.common.errors import NotFoundError, OperationCancelled
from desktop.core.db.engine import Database
from desktop.core.staff.editing import get_staff
from desktop.core.staff.listing import StaffRow, list_staff
from desktop.ui.board.style import DIALOG_STYLE
from desktop.ui.shell import settings

STAFF_ROLE = Qt.ItemDataRole.UserRole


class IdentityNotifier(QObject):
    identity_chosen = Signal()  # whoever asked (a move, a contact, the board's button)


_notifier: IdentityNotifier | None = None


def notifier() -> IdentityNotifier:
    """The one notifier: everything that shows who is at this PC updates on its signal."""
    global _notifier
    if _notifier is None:
        _notifier = IdentityNotifier()
    return _notifier


class IdentityDialog(QDialog):
    def __init__(
        self, staff: Sequence[StaffRow], current_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who are you?"))
        self.setStyleSheet(DIALOG_STYLE)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Draagvlak records who moves a client. Choose your name; this PC remembers it "
                "and you can change it later on the board."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Type to find your name"))
        self.search_edit.setClearButtonEnabled(True)
        self.staff_list = QListWidget(self)
        for row in staff:
            item = QListWidgetItem(f"{row.name} ({row.initials})", self.staff_list)
            item.setData(STAFF_ROLE, row.id)
            if row.id == current_id:
                self.staff_list.setCurrentItem(item)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout.addWidget(intro)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.staff_list)
        layout.addWidget(self.buttons)
        self.search_edit.textChanged.connect(self._filter)
        self.staff_list.currentItemChanged.connect(self._update_ok)
        self.staff_list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._update_ok()
        self.resize(380, 420)

    def staff_id(self) -> int | None:
        item = self.staff_list.currentItem()
        if item is None or item.isHidden():
            return None
        return int(item.data(STAFF_ROLE))

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        first_visible: QListWidgetItem | None = None
        for row in range(self.staff_list.count()):
            item = self.staff_list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().lower())
            if not item.isHidden() and first_visible is None:
                first_visible = item
        current = self.staff_list.currentItem()
        if first_visible is not None and (current is None or current.isHidden()):
            self.staff_list.setCurrentItem(first_visible)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.staff_id() is not None)


def ask_identity(
    parent: QWidget | None, staff: Sequence[StaffRow], current: int | None
) -> int | None:
    """Show the picker; the chosen staff id, or None when cancelled."""
    dialog = IdentityDialog(staff, current, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.staff_id()


def who_am_i(parent: QWidget | None, database: Database, *, ask_again: bool = False) -> int | None:
    """The staff id of the person at this PC, asking the first time (or when ``ask_again``).

    None when the office has no staff yet (the move is recorded without a name). Raises
    OperationCancelled when the user closes the picker: the action that needed it stops.
    """
    remembered = settings.current_staff_id()
    if not ask_again and remembered_name(database) is not None:
        return remembered  # the usual case, on every move: one quick lookup
    with database.session() as session:
        staff = list_staff(session, include_leavers=False)
    if not staff:
        return None
    chosen = ask_identity(parent, staff, remembered)
    if chosen is None:
        raise OperationCancelled(
            QCoreApplication.translate("Identity", "No name was chosen; nothing was changed.")
        )
    settings.set_current_staff_id(chosen)
    notifier().identity_chosen.emit()
    return chosen


def remembered_name(database: Database) -> str | None:
    """The name of the remembered person at this PC, if any (without asking)."""
    remembered = settings.current_staff_id()
    if remembered is None:
        return None
    with database.session() as session:
        try:
            person = get_staff(session, remembered)
        except NotFoundError:
            return None
    if person.end_date is not None and person.end_date < date.today():
        return None  # left the office: whoever sits here now should say who they are
    return person.name


def current_editor(database: Database) -> int | None:
    """The staff id of the person at this PC for "changed by", without asking; None if unknown."""
    return settings.current_staff_id() if remembered_name(database) is not None else None
