"""A dashboard tile: a caption, a big value (a button when it opens something), a line of detail."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget


class FigureTile(QFrame):
    def __init__(self, caption: str, parent: QWidget | None = None, clickable: bool = False):
        super().__init__(parent)
        self.setObjectName("figure_tile")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        self.caption = QLabel(caption, self)
        self.caption.setObjectName("tile_caption")
        self.value: QLabel | QPushButton = QPushButton(self) if clickable else QLabel(self)
        self.value.setObjectName("tile_value")
        if clickable:
            self.value.setCursor(Qt.CursorShape.PointingHandCursor)
        self.detail = QLabel(self)
        self.detail.setObjectName("tile_detail")
        self.detail.setWordWrap(True)
        for widget in (self.caption, self.value, self.detail):
            layout.addWidget(widget)
        layout.addStretch(1)

    def show_values(self, value: str, detail: str, colour: str | None = None) -> None:
        self.value.setText(value)
        self.value.setStyleSheet(f"color: {colour};" if colour else "")
        self.detail.setText(detail)
