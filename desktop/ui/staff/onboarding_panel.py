"""The staff card's onboarding checklist: items ticked off with the day, saved with the card,
and a note when the person should take part in the next assessment round."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.db.engine import Database
from desktop.core.staff.onboarding import (
    ChecklistRow,
    ensure_template,
    list_template,
    staff_checklist,
    staff_for_next_round,
)
from desktop.ui.common.locale_format import date_text

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole
TEXT_ROLE = Qt.ItemDataRole.UserRole + 1
DONE_ROLE = Qt.ItemDataRole.UserRole + 2


class OnboardingPanel(QGroupBox):
    def __init__(
        self, database: Database, staff_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.staff_id = staff_id
        self._loaded: dict[int, date | None] = {}
        self.setTitle(self.tr("Onboarding in the new way of working"))
        layout = QVBoxLayout(self)
        self.round_label = QLabel(self)
        self.round_label.setObjectName("notice_banner")
        self.round_label.setWordWrap(True)
        self.round_label.hide()
        self.list = QListWidget(self)
        self.list.setObjectName("onboarding_list")
        self.list.setSpacing(2)
        self.edit_button = QPushButton(self.tr("Edit the c&hecklist…"), self)
        self.edit_button.setToolTip(self.tr("The same checklist for everyone in the office"))
        self.edit_button.setAutoDefault(False)
        bottom = QHBoxLayout()
        hint = QLabel(self.tr("Tick what is done; the day is recorded."), self)
        hint.setObjectName("view_subtitle")
        bottom.addWidget(hint, 1)
        bottom.addWidget(self.edit_button)
        layout.addWidget(self.round_label)
        layout.addWidget(self.list)
        layout.addLayout(bottom)
        self.list.itemChanged.connect(self._on_item_changed)
        self.edit_button.clicked.connect(self._edit_template)
        self.reload()

    def reload(self) -> None:
        """Read the checklist again (keeping ticks made here but not saved yet)."""
        pending = self.changes()
        with self.database.session() as session:
            ensure_template(session)
            session.commit()
            if self.staff_id is not None:
                rows = staff_checklist(session, self.staff_id)
            else:  # a new person: the checklist, nothing ticked yet
                rows = [ChecklistRow(i.id, i.text, None) for i in list_template(session)]
            newcomers = {row.id for row in staff_for_next_round(session)}
        self._loaded = {item_id: done_on for item_id, _text, done_on in rows}
        self.list.blockSignals(True)
        self.list.clear()
        for item_id, text, done_on in rows:
            item = QListWidgetItem(self.list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setData(ITEM_ID_ROLE, item_id)
            item.setData(TEXT_ROLE, text)
            self._show(item, pending.get(item_id, done_on))
        self.list.blockSignals(False)
        # Tall enough for the whole checklist (up to eight items; more scroll).
        rows = min(max(self.list.count(), 3), 8)
        row_height = self.list.sizeHintForRow(0) if self.list.count() else 20
        spacing = 2 * self.list.spacing()
        self.list.setFixedHeight(rows * (row_height + spacing) + 2 * self.list.frameWidth() + 2)
        suggested = self.staff_id is None or self.staff_id in newcomers
        self.round_label.setText(
            self.tr("New here: include this person in the next readiness assessment round.")
        )
        self.round_label.setVisible(suggested)

    def _show(self, item: QListWidgetItem, done_on: date | None) -> None:
        item.setData(DONE_ROLE, done_on)
        item.setCheckState(Qt.CheckState.Checked if done_on else Qt.CheckState.Unchecked)
        text = item.data(TEXT_ROLE)
        if done_on is not None:
            text = self.tr("{item} — done on {date}").format(item=text, date=date_text(done_on))
        item.setText(text)

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        checked = item.checkState() == Qt.CheckState.Checked
        if checked == (item.data(DONE_ROLE) is not None):
            return
        self.list.blockSignals(True)
        self._show(item, date.today() if checked else None)
        self.list.blockSignals(False)

    def changes(self) -> dict[int, date | None]:
        """Items ticked or unticked here since loading: item id -> day (None: not done)."""
        result: dict[int, date | None] = {}
        for row in range(self.list.count()):
            item = self.list.item(row)
            item_id, done_on = item.data(ITEM_ID_ROLE), item.data(DONE_ROLE)
            if self._loaded.get(item_id) != done_on:
                result[item_id] = done_on
        return result

    def _edit_template(self) -> None:
        from desktop.ui.staff.onboarding_template_dialog import OnboardingTemplateDialog

        OnboardingTemplateDialog(self.database, self).exec()
        self.reload()
