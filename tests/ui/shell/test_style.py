"""The stylesheet, checked on pixels: what the user sees, not which rules exist."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox


def test_highlighted_drop_down_choice_is_readable(qtbot, styled) -> None:
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItems(["Alle segmenten", "Koploper", "Welwillend", "Afwachtend"])
    combo.show()
    combo.showPopup()
    view = combo.view()
    highlighted = combo.model().index(1, 0)
    view.setCurrentIndex(highlighted)
    qtbot.waitUntil(lambda: view.isVisible())
    image = view.viewport().grab(view.visualRect(highlighted)).toImage()
    combo.hidePopup()
    colours = [
        QColor(image.pixel(x, y)) for x in range(image.width()) for y in range(image.height())
    ]
    background = max(set(c.rgb() for c in colours), key=[c.rgb() for c in colours].count)
    assert QColor(background).lightness() < 250, "the highlighted choice has no highlight"
    dark = sum(1 for colour in colours if colour.lightness() < 110)
    assert dark > 20, "the highlighted choice shows no readable text"
