"""File ▸ Office settings: the name (in the title bar), the logo and the language."""

from __future__ import annotations

from desktop.core.office.settings import get_settings, initialise_office, update_settings
from desktop.ui.office.settings_dialog import OfficeSettingsDialog
from desktop.ui.shell.main_window import MainWindow


def office(database, name: str = "Kantoor Noord") -> None:
    with database.session() as session:
        initialise_office(session, name, "nl")
        session.commit()


def stored(database):
    with database.connect() as connection:
        return get_settings(connection)


def test_office_settings_change_the_name_logo_and_language(qtbot, database, tmp_path) -> None:
    office(database)
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "Draagvlak — Kantoor Noord"
    assert window.menus.office_action in window.menus.file_menu.actions()

    dialog = window.file_commands.open_office_settings()
    assert isinstance(dialog, OfficeSettingsDialog)
    assert dialog.name_edit.text() == "Kantoor Noord"
    logo = tmp_path / "logo.png"
    dialog.name_edit.setText("Kantoor Noord & Zn.")
    dialog.logo_edit.setText(str(logo))
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    with qtbot.waitSignal(window.changes_applied):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    assert stored(database) == ("Kantoor Noord & Zn.", "en", str(logo))
    assert window.windowTitle() == "Draagvlak — Kantoor Noord & Zn."


def test_an_empty_name_is_refused_at_the_field(qtbot, database) -> None:
    office(database)
    dialog = OfficeSettingsDialog(database)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.setText("   ")
    dialog.save()
    assert dialog.isVisible()
    assert dialog.errors.message("name") == "Office name is required."
    assert stored(database).name == "Kantoor Noord"


def test_a_name_changed_elsewhere_meanwhile_is_not_overwritten(qtbot, database) -> None:
    office(database)
    dialog = OfficeSettingsDialog(database)
    qtbot.addWidget(dialog)
    dialog.show()
    with database.session() as session:  # another PC renames the office
        read = get_settings(session)
        update_settings(session, read, read._replace(name="Kantoor Zuid"))
        session.commit()
    dialog.name_edit.setText("Kantoor Oost")
    dialog.save()
    assert dialog.isVisible() and dialog.conflict_bar.isVisibleTo(dialog)
    assert stored(database).name == "Kantoor Zuid"
    dialog.conflict_bar.reload_button.click()
    assert dialog.name_edit.text() == "Kantoor Zuid"
