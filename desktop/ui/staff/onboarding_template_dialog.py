"""Edit the office's onboarding checklist: add, rename, remove and reorder its items.

Every change is saved at once (one transaction each); removing an item keeps what people
ticked off earlier in their history.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.core.db.engine import Database
from desktop.core.staff.onboarding import (
    add_item,
    ensure_template,
    list_template,
    move_item,
    remove_item,
    rename_item,
)
from desktop.ui.common.changes import Changes, commit_change

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole


class OnboardingTemplateDialog(QDialog):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.setWindowTitle(self.tr("Onboarding checklist"))
        self.resize(560, 380)
        layout = QHBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setObjectName("template_list")
        layout.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.rename_button = QPushButton(self.tr("&Rename…"), self)
        self.remove_button = QPushButton(self.tr("Re&move"), self)
        self.up_button = QPushButton(self.tr("&Up"), self)
        self.down_button = QPushButton(self.tr("&Down"), self)
        for button in (
            self.add_button,
            self.rename_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.remove_button.clicked.connect(self.remove)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.list.itemActivated.connect(lambda _item: self.rename())
        self.list.currentRowChanged.connect(self._update_buttons)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        with self.database.session() as session:
            ensure_template(session)
            session.commit()
            items = list_template(session)
        current = select_id if select_id is not None else self.current_id()
        self.list.clear()
        for item in items:
            row = QListWidgetItem(item.text, self.list)
            row.setData(ITEM_ID_ROLE, item.id)
            if item.id == current:
                self.list.setCurrentItem(row)
        self._update_buttons()

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(ITEM_ID_ROLE)) if item is not None else None

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.current_id() is not None
        row = self.list.currentRow()
        self.rename_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
        self.up_button.setEnabled(chosen and row > 0)
        self.down_button.setEnabled(chosen and row < self.list.count() - 1)

    def _commit(self, change: Callable[[Session], object], select_id: int | None = None) -> None:
        if commit_change(self, self.database, change, Changes.STAFF):
            self.reload(select_id)

    def add(self) -> None:
        text, accepted = QInputDialog.getText(self, self.tr("Add item"), self.tr("Item:"))
        if accepted:
            added: list[int] = []
            self._commit(lambda session: added.append(add_item(session, text)))
            if added:
                self.reload(added[0])

    def rename(self) -> None:
        item_id, item = self.current_id(), self.list.currentItem()
        if item_id is None or item is None:
            return
        text, accepted = QInputDialog.getText(
            self, self.tr("Rename item"), self.tr("Item:"), text=item.text()
        )
        if accepted:
            self._commit(lambda session: rename_item(session, item_id, text), item_id)

    def remove(self) -> None:
        item_id, item = self.current_id(), self.list.currentItem()
        if item_id is None or item is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove item"),
            self.tr("Remove '{item}' from the checklist? What people ticked off is kept.").format(
                item=item.text()
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._commit(lambda session: remove_item(session, item_id))

    def move(self, step: int) -> None:
        item_id = self.current_id()
        if item_id is not None:
            self._commit(lambda session: move_item(session, item_id, step), item_id)
