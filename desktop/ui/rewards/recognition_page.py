"""Give recognition: a colleague, a tier (5/10/20/50), one of the office's tags and a message."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.rewards.recognitions import Tag
from desktop.core.rewards.vocab import RECOGNITION_TIERS


class RecognitionPage(QWidget):
    give_requested = Signal(int, int, int, str)  # receiver, points, tag, message

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.receiver_combo = QComboBox(self)
        self.receiver_combo.setMinimumWidth(280)
        form.addRow(self.tr("&Colleague:"), self.receiver_combo)
        tiers = QHBoxLayout()
        self.tier_group = QButtonGroup(self)
        self.tier_buttons: dict[int, QRadioButton] = {}
        for points in RECOGNITION_TIERS:
            button = QRadioButton(self.tr("%n points", "", points), self)
            self.tier_group.addButton(button, points)
            self.tier_buttons[points] = button
            tiers.addWidget(button)
        tiers.addStretch(1)
        self.tier_buttons[RECOGNITION_TIERS[1]].setChecked(True)
        form.addRow(self.tr("Points:"), tiers)
        self.tag_combo = QComboBox(self)
        form.addRow(self.tr("&For:"), self.tag_combo)
        self.message_edit = QPlainTextEdit(self)
        self.message_edit.setPlaceholderText(self.tr("What did your colleague do well?"))
        self.message_edit.setTabChangesFocus(True)
        self.message_edit.setMaximumHeight(120)
        form.addRow(self.tr("&Message:"), self.message_edit)
        layout.addLayout(form)
        bar = QHBoxLayout()
        self.allowance_label = QLabel(self)
        self.give_button = QPushButton(self.tr("&Give recognition"), self)
        self.give_button.setProperty("primary", True)
        bar.addWidget(self.allowance_label, 1)
        bar.addWidget(self.give_button)
        layout.addLayout(bar)
        layout.addStretch(1)

    def _connect_signals(self) -> None:
        self.give_button.clicked.connect(self._give)
        self.message_edit.textChanged.connect(self._update_enabled)

    def _update_enabled(self) -> None:
        self.give_button.setEnabled(
            self.receiver_combo.count() > 0
            and self.tag_combo.count() > 0
            and bool(self.message_edit.toPlainText().strip())
        )

    def _give(self) -> None:
        receiver = self.receiver_combo.currentData()
        tag = self.tag_combo.currentData()
        if receiver is None or tag is None:
            return
        self.give_requested.emit(
            int(receiver), self.tier_group.checkedId(), int(tag), self.message_edit.toPlainText()
        )

    def clear_message(self) -> None:
        self.message_edit.clear()

    def show_choices(
        self, me: int | None, people: list[tuple[int, str]], tags: list[Tag], left: int
    ) -> None:
        keep = self.receiver_combo.currentData()
        self.receiver_combo.clear()
        for staff_id, name in people:
            if staff_id != me:  # never to oneself
                self.receiver_combo.addItem(name, staff_id)
        if keep is not None and (index := self.receiver_combo.findData(keep)) >= 0:
            self.receiver_combo.setCurrentIndex(index)
        keep_tag = self.tag_combo.currentData()
        self.tag_combo.clear()
        for tag in tags:
            self.tag_combo.addItem(tag.name, tag.id)
        if keep_tag is not None and (index := self.tag_combo.findData(keep_tag)) >= 0:
            self.tag_combo.setCurrentIndex(index)
        self.allowance_label.setText(self.tr("You can give %n more points this month.", "", left))
        self.setEnabled(me is not None)
        self._update_enabled()
