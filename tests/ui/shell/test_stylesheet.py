"""The stylesheet names the UI font: Qt's default falls back to a serif face under Wine."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from desktop.core.common.paths import resources_dir


def test_stylesheet_names_windows_ui_font_with_sans_serif_fallbacks(qtbot) -> None:  # noqa: ANN001
    window = QWidget()
    qtbot.addWidget(window)
    window.setStyleSheet((resources_dir() / "style.qss").read_text(encoding="utf-8"))
    label, button = QLabel("Klant", window), QPushButton("Opslaan", window)
    for widget in (window, label, button):
        widget.ensurePolished()
        families = widget.font().families()
        assert families[:2] == ["Segoe UI", "Tahoma"], families
        assert families[-1] == "sans-serif"
