from __future__ import annotations

from desktop.ui.shell import settings
from desktop.ui.shell.app import choose_language


def test_command_line_wins_then_the_choice_made_in_the_app(qtbot) -> None:
    settings.set_value(settings.LANGUAGE, "nl")
    try:
        assert choose_language("en") == "en"
        assert choose_language(None) == "nl"
        settings.set_value(settings.LANGUAGE, "en")
        assert choose_language(None) == "en"
    finally:
        settings.set_value(settings.LANGUAGE, "")
