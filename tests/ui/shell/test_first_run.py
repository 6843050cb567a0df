"""The first start: office name, logo, language and who works at this PC, then import, demo or
an empty office; the language choice shows the program in that language at once."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desktop.core.common import i18n
from desktop.core.office.settings import get_settings
from desktop.core.staff.listing import list_staff
from desktop.ui.shell import settings
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.translator import install_translators


def _window(qtbot, database) -> MainWindow:
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    return window


def test_start_empty_stores_the_office_and_me(qtbot, database, tmp_path) -> None:
    window = _window(qtbot, database)
    welcome = window.welcome_view
    from PySide6.QtGui import QColor, QPixmap

    logo = tmp_path / "logo.png"
    pixmap = QPixmap(32, 32)
    pixmap.fill(QColor("#1f6fb2"))
    assert pixmap.save(str(logo))
    qtbot.keyClicks(welcome.office_name_edit, "Kantoor De Boer")
    welcome.logo_edit.setText(str(logo))
    qtbot.keyClicks(welcome.my_name_edit, "Anna de Vries")
    welcome.empty_button.click()
    assert window.sidebar.isVisible()
    with database.session() as session:
        office = get_settings(session)
        (me,) = list_staff(session)
    assert office is not None
    assert (office.name, office.logo_path) == ("Kantoor De Boer", str(logo))
    assert (me.name, me.initials, me.role.value) == ("Anna de Vries", "AdV", "office_manager")
    assert settings.current_staff_id() == me.id  # "who am I" is answered already
    shown = window.windowIcon().pixmap(32, 32).toImage()
    assert shown.pixelColor(16, 16).name() == "#1f6fb2"  # the logo is in the title bar


def test_a_refused_setup_keeps_the_welcome_screen_and_stores_nothing(
    qtbot, database, monkeypatch
) -> None:
    from desktop.core.common.errors import ValidationError
    from desktop.core.office import first_run

    def refuse(session, setup):  # noqa: ANN001, ANN202
        first_run.initialise_office(session, "Half", "en")  # written, then refused
        raise ValidationError("Initials are taken.", "initials")

    shown: list[str] = []
    monkeypatch.setattr(first_run, "set_up_office", refuse)
    monkeypatch.setattr(
        "desktop.ui.shell.welcome_view.show_error", lambda parent, error: shown.append(str(error))
    )
    window = _window(qtbot, database)
    window.welcome_view.empty_button.click()
    assert shown == ["Initials are taken."]
    assert window.stack.currentWidget() is window.welcome_view
    with database.session() as session:
        assert get_settings(session) is None  # all or nothing


def test_import_opens_the_wizard_for_the_new_office(qtbot, database) -> None:
    window = _window(qtbot, database)
    opened: list[object] = []
    window.welcome_view.import_requested.connect(lambda: opened.append(True))
    window.welcome_view.import_button.click()
    assert opened and window.sidebar.isVisible()
    with database.session() as session:
        office = get_settings(session)
    assert office is not None and office.name == "My office"
    wizards = [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "ImportWizard"]
    assert wizards and wizards[0].isVisible()
    for wizard in wizards:
        wizard.close()


def test_the_demo_office_gets_my_name_and_language(qtbot, database) -> None:
    window = _window(qtbot, database)
    qtbot.keyClicks(window.welcome_view.my_name_edit, "Bram Jansen")
    with qtbot.waitSignal(window.welcome_view.office_ready, timeout=60_000):
        window.welcome_view.demo_button.click()
    with database.session() as session:
        office = get_settings(session)
        me = [row for row in list_staff(session) if row.name == "Bram Jansen"]
    assert office is not None and office.language == "en" and office.name  # the demo's name
    assert len(me) == 1 and settings.current_staff_id() == me[0].id


def test_choosing_dutch_shows_the_program_in_dutch_at_once(qtbot, database) -> None:
    window = _window(qtbot, database)
    try:
        combo = window.welcome_view.language_combo
        combo.setCurrentIndex(combo.findData("nl"))
        combo.activated.emit(combo.currentIndex())
        dutch = window.replaced_by
        assert dutch is not None
        qtbot.addWidget(dutch)
        assert not window.isVisible() and dutch.isVisible()
        assert dutch.welcome_view.import_button.text() == "Klantenlijst &importeren…"
        assert dutch.menus.file_menu.title() == "&Bestand"
        assert settings.value(settings.LANGUAGE) == "nl" and i18n.current_language() == "nl"
    finally:
        install_translators(QApplication.instance(), "en")
