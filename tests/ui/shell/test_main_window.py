from __future__ import annotations

from desktop.core.office.settings import get_settings
from desktop.ui.shell.main_window import MainWindow


def _set_up_office(database) -> None:  # noqa: ANN001
    from desktop.core.office.settings import initialise_office

    with database.session() as session:
        initialise_office(session, "Kantoor", "en")
        session.commit()


def test_empty_database_shows_welcome_and_start_empty_creates_office(qtbot, database) -> None:
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    assert window.stack.currentWidget() is window.welcome_view
    assert not window.sidebar.isVisible()

    qtbot.keyClicks(window.welcome_view.office_name_edit, "Kantoor De Boer")
    window.welcome_view.empty_button.click()

    assert window.stack.currentWidget() is not window.welcome_view
    assert window.sidebar.isVisible()
    with database.session() as session:
        settings = get_settings(session)
        assert settings is not None and settings.name == "Kantoor De Boer"
    assert window.windowTitle() == "Draagvlak — Kantoor De Boer"


def test_office_with_data_opens_without_welcome_which_is_built_only_when_shown(
    qtbot, database
) -> None:
    from desktop.ui.shell.welcome_view import WelcomeView

    _set_up_office(database)
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    assert window.findChildren(WelcomeView) == []  # a set-up office never needs it
    assert window.stack.currentWidget() is not window.welcome_view

    with database.engine.begin() as connection:  # as after restoring a new database's backup
        connection.exec_driver_sql("DELETE FROM office_settings")
        connection.exec_driver_sql("DELETE FROM staff")
    window.reload_after_restore()
    assert window.stack.currentWidget() is window.welcome_view
    assert window.findChildren(WelcomeView) == [window.welcome_view]
    assert not window.sidebar.isVisible()


def test_geometry_is_remembered(qtbot, database) -> None:
    first = MainWindow(database)
    qtbot.addWidget(first)
    first.show()
    first.resize(781, 577)
    first.close()
    second = MainWindow(database)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (781, 577)


def test_edit_menu_offers_the_board_actions_only_on_the_board(qtbot, database) -> None:
    _set_up_office(database)
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    window.show_area("clients")
    assert not window.menus.edit_menu.isEnabled()
    window.show_area("board")
    titles = [action.text() for action in window.menus.edit_menu.actions()]
    assert window.menus.edit_menu.isEnabled() and "&Undo move" in titles


def test_load_demo_office_from_the_welcome_screen(qtbot, database) -> None:
    from sqlalchemy import func, select

    from desktop.core.db.tables import clients

    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(window.welcome_view.office_name_edit, "Kantoor Zonneveld")
    with qtbot.waitSignal(window.welcome_view.office_ready, timeout=60_000):
        window.welcome_view.demo_button.click()
    assert window.stack.currentWidget() is not window.welcome_view
    with database.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(clients)) > 100
        office = get_settings(connection)
    assert office is not None and office.name == "Kantoor Zonneveld"  # the typed name is kept
    assert window.windowTitle() == "Draagvlak — Kantoor Zonneveld"


def test_about_box_and_package_describe_what_ships(qtbot, database, monkeypatch) -> None:
    import tomllib

    from PySide6.QtWidgets import QMessageBox

    from desktop.core.common.paths import resources_dir

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, _title, text: shown.append(text))
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.menus.about_action.trigger()
    pyproject = resources_dir().parent / "pyproject.toml"
    description = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["description"]
    for text in (shown[0], description):
        lowered = text.lower()
        for feature in ("readiness", "champion", "import", "board", "reward", "rollout plan"):
            assert feature in lowered, (feature, text)


def test_the_file_menu_has_one_shortcut_letter_per_item_in_both_languages(qtbot, database) -> None:
    from desktop.core.common.i18n import catalogue

    window = MainWindow(database)
    qtbot.addWidget(window)
    english = [a.text() for a in window.menus.file_menu.actions() if not a.isSeparator()]
    dutch = [catalogue("nl")[("MainMenus", text)] for text in english]
    for texts in (english, dutch):
        letters = [text[text.index("&") + 1].lower() for text in texts]
        assert len(set(letters)) == len(letters), texts


def test_the_last_area_opens_again_unless_another_is_asked_for(qtbot, database) -> None:
    from desktop.ui.shell import settings

    _set_up_office(database)
    first = MainWindow(database)
    qtbot.addWidget(first)
    first.show_area("staff")
    first.close()
    again = MainWindow(database)
    qtbot.addWidget(again)
    assert again.current_area() == "staff"
    asked = MainWindow(database, "clients")  # as the start-up probe opens the client list
    qtbot.addWidget(asked)
    assert asked.current_area() == "clients"
    assert settings.value(settings.MAIN_AREA) == "staff"  # not written by asking
