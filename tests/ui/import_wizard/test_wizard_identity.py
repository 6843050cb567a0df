"""The wizard's identity choices: what to do with stored clients, and unknown relationship
managers mapped to an existing staff member or added as new ones."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core.common.vocab import StaffRole
from desktop.core.db.models import Client, Staff
from desktop.core.imports.importer import ImportOptions, run_import
from tests.core.imports.samples import write_csv
from tests.ui.import_wizard.test_import_wizard import WAIT, _next_to, _wizard, _workers_done


def test_unknown_staff_mapped_or_created_and_duplicates_updated(
    qtbot, database, tmp_path: Path
) -> None:
    with database.session() as session:
        session.add(Staff(name="Marieke de Boer", initials="MdB", role=StaffRole.PARTNER))
        session.commit()
    path = write_csv(
        tmp_path / "kantoor.csv",
        [
            "Naam;Plaats;Relatiebeheerder",
            "Een BV;Ede;M. de Boer",
            "Twee BV;Epe;Joke Bos",
            "Drie BV;Ede;Joke Bos",
        ],
    )
    run_import(
        database,
        write_csv(tmp_path / "oud.csv", ["Naam;Plaats", "Een BV;Ede"]),
        None,
        ImportOptions(),
    )
    wizard = _wizard(qtbot, database, path)
    for page in (
        wizard.source_page,
        wizard.mapping_page,
        wizard.preview_page,
        wizard.options_page,
    ):
        _next_to(qtbot, wizard, page)
    wizard.options_page.update_radio.setChecked(True)
    _next_to(qtbot, wizard, wizard.dry_run_page)
    qtbot.waitUntil(lambda: wizard.dry_run_page.isComplete(), timeout=WAIT)
    _workers_done(qtbot)
    box = wizard.dry_run_page.staff_box
    assert box.isVisibleTo(wizard)
    assert set(box.combos) == {"M. de Boer", "Joke Bos"}  # each name once
    marieke = box.combos["M. de Boer"]
    marieke.setCurrentIndex(marieke.findText("Marieke de Boer"))
    joke = box.combos["Joke Bos"]
    joke.setCurrentIndex(joke.findText("Add as a new staff member"))
    _next_to(qtbot, wizard, wizard.report_page)
    report = wizard.report
    assert report is not None and (report.created, report.updated) == (2, 1)
    with database.session() as session:
        staff = dict(session.execute(select(Staff.name, Staff.id)).all())
        champions = dict(session.execute(select(Client.name, Client.champion_id)).all())
    assert champions == {
        "Een BV": staff["Marieke de Boer"],
        "Twee BV": staff["Joke Bos"],
        "Drie BV": staff["Joke Bos"],
    }


@pytest.mark.parametrize(
    ("choice", "expected"),
    [
        ("skip_existing_radio", [("Een BV", None)]),
        ("create_radio", [("Een BV", None), ("Een BV", "info@een.nl")]),
    ],
)
def test_a_stored_client_is_skipped_or_created_anew_as_chosen(
    qtbot, database, tmp_path: Path, choice: str, expected: list[tuple[str, str | None]]
) -> None:
    run_import(
        database,
        write_csv(tmp_path / "oud.csv", ["Naam;Plaats", "Een BV;Ede"]),
        None,
        ImportOptions(),
    )
    path = write_csv(tmp_path / "nieuw.csv", ["Naam;Plaats;E-mail", "Een BV;Ede;info@een.nl"])
    wizard = _wizard(qtbot, database, path)
    for page in (
        wizard.source_page,
        wizard.mapping_page,
        wizard.preview_page,
        wizard.options_page,
    ):
        _next_to(qtbot, wizard, page)
    assert wizard.options_page.skip_existing_radio.isChecked()  # the default
    getattr(wizard.options_page, choice).setChecked(True)
    _next_to(qtbot, wizard, wizard.dry_run_page)
    qtbot.waitUntil(lambda: wizard.dry_run_page.isComplete(), timeout=WAIT)
    _workers_done(qtbot)
    _next_to(qtbot, wizard, wizard.report_page)
    with database.session() as session:
        clients = session.execute(select(Client.name, Client.email).order_by(Client.id)).all()
    assert [tuple(client) for client in clients] == expected
