"""Dialogs of a move: the reason for a move into a lost stage, and "Move to…" for the keyboard.

The board calls ``ask_reason`` and ``ask_move`` (tests replace them to answer without a user).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.common.validation import max_length
from desktop.core.common.vocab import StageKind
from desktop.core.db.tables import stage_transitions
from desktop.core.pipelines.moves import decline_reasons
from desktop.core.pipelines.stages import StageRow
from desktop.ui.board.style import DIALOG_STYLE

STAGE_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class MoveRequest:
    stage_id: int
    note: str = ""
    reason: str | None = None


class ReasonPicker(QWidget):
    """A list of usual reasons plus free text; the free text wins when filled in."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.reason_list = QListWidget(self)
        self.reason_list.addItems(decline_reasons())
        self.reason_list.setFixedHeight(_list_height(self.reason_list))
        self.other_edit = QLineEdit(self)
        self.other_edit.setMaxLength(max_length(stage_transitions.c.reason))
        self.other_edit.setPlaceholderText(self.tr("Another reason…"))
        label = QLabel(self.tr("&Reason:"), self)
        label.setBuddy(self.reason_list)
        layout.addWidget(label)
        layout.addWidget(self.reason_list)
        layout.addWidget(self.other_edit)
        self.reason_list.currentRowChanged.connect(self.changed)
        self.other_edit.textChanged.connect(self.changed)

    def reason(self) -> str | None:
        typed = self.other_edit.text().strip()
        if typed:
            return typed
        item = self.reason_list.currentItem()
        return item.text() if item is not None and item.isSelected() else None


class _MoveDialogBase(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(DIALOG_STYLE)

    def _add_note_and_buttons(self, layout: QVBoxLayout) -> None:
        note_label = QLabel(self.tr("&Note (optional):"), self)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setFixedHeight(60)
        self.note_edit.setTabChangesFocus(True)
        note_label.setBuddy(self.note_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Move"))
        layout.addWidget(note_label)
        layout.addWidget(self.note_edit)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def note(self) -> str:
        return self.note_edit.toPlainText().strip()


class ReasonDialog(_MoveDialogBase):
    """Asked when clients move into a lost stage: Cancel aborts the move."""

    def __init__(self, stage_name: str, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move to {stage}").format(stage=stage_name))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Why does this client decline?")
            if count == 1
            else self.tr("Why do these {count} clients decline?").format(count=count),
            self,
        )
        intro.setObjectName("dialog_intro")
        self.reason_picker = ReasonPicker(self)
        layout.addWidget(intro)
        layout.addWidget(self.reason_picker)
        self._add_note_and_buttons(layout)
        self.reason_picker.changed.connect(self._update_ok)
        self._update_ok()
        self.resize(420, self.sizeHint().height())

    def reason(self) -> str | None:
        return self.reason_picker.reason()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(self.reason() is not None)


class MoveToDialog(_MoveDialogBase):
    """Choose the stage (and, for a lost stage, the reason) with the keyboard."""

    def __init__(
        self,
        stages: Sequence[StageRow],
        current_stage_id: int | None,
        count: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Move client") if count == 1 else self.tr("Move %n clients", "", count)
        )
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("&To stage:"), self)
        label.setObjectName("dialog_intro")
        self.stage_list = QListWidget(self)
        label.setBuddy(self.stage_list)
        for stage in stages:
            item = QListWidgetItem(stage.name, self.stage_list)
            item.setData(STAGE_ROLE, stage)
            if stage.id == current_stage_id:
                item.setText(self.tr("{stage} (current)").format(stage=stage.name))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        self.stage_list.setFixedHeight(_list_height(self.stage_list))
        self.reason_picker = ReasonPicker(self)
        layout.addWidget(label)
        layout.addWidget(self.stage_list)
        layout.addWidget(self.reason_picker)
        self._add_note_and_buttons(layout)
        self.stage_list.currentRowChanged.connect(self._update)
        self.stage_list.itemDoubleClicked.connect(lambda _item: self._accept_if_ready())
        self.reason_picker.changed.connect(self._update)
        self._select_first_other(current_stage_id)
        self._update()
        self.resize(400, self.sizeHint().height())

    def stage(self) -> StageRow | None:
        item = self.stage_list.currentItem()
        return item.data(STAGE_ROLE) if item is not None else None

    def request(self) -> MoveRequest | None:
        stage = self.stage()
        if stage is None:
            return None
        reason = self.reason_picker.reason() if stage.kind == StageKind.LOST else None
        return MoveRequest(stage.id, self.note(), reason)

    def _select_first_other(self, current_stage_id: int | None) -> None:
        # The next stage after the current one is the usual destination.
        rows = [self.stage_list.item(r).data(STAGE_ROLE).id for r in range(self.stage_list.count())]
        start = rows.index(current_stage_id) + 1 if current_stage_id in rows else 0
        for row in [*range(start, len(rows)), *range(start)]:
            if rows[row] != current_stage_id:
                self.stage_list.setCurrentRow(row)
                return

    def _ready(self) -> bool:
        stage = self.stage()
        if stage is None:
            return False
        return stage.kind != StageKind.LOST or self.reason_picker.reason() is not None

    def _accept_if_ready(self) -> None:
        if self._ready():
            self.accept()

    def _update(self) -> None:
        stage = self.stage()
        self.reason_picker.setVisible(stage is not None and stage.kind == StageKind.LOST)
        self.ok_button.setEnabled(self._ready())


def _list_height(widget: QListWidget) -> int:
    """Tall enough for every row: short lists need no scrolling."""
    rows = max(widget.count(), 1)
    return widget.sizeHintForRow(0) * rows + 2 * widget.frameWidth() + 4


def ask_reason(parent: QWidget, stage: StageRow, count: int) -> tuple[str, str] | None:
    """(reason, note) for a move into a lost stage, or None when the user cancels."""
    dialog = ReasonDialog(stage.name, count, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    reason = dialog.reason()
    return (reason, dialog.note()) if reason else None


def ask_move(
    parent: QWidget, stages: Sequence[StageRow], current_stage_id: int | None, count: int
) -> MoveRequest | None:
    """Where to move the selected clients (with note and reason), or None when cancelled."""
    dialog = MoveToDialog(stages, current_stage_id, count, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.request()
