"""A file without a header row: the file page's check box keeps its first client."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from desktop.core.db.models import Client
from desktop.ui.import_wizard import ImportWizard
from tests.core.imports.samples import write_csv
from tests.ui.import_wizard.steps import import_from_preview, next_to, opened_wizard


def test_a_headerless_csv_keeps_its_first_client(qtbot, database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "zonder-kop.csv",
        [
            "1001;Bakkerij Jansen;info@jansen.nl;3811 AA;Amersfoort",
            "1002;Zeeman Bouw B.V.;post@zeeman.nl;3511 AB;Utrecht",
            "1003;Stichting Het Anker;anker@example.nl;8011 CD;Zwolle",
        ],
    )
    wizard = opened_wizard(qtbot, database, path)
    wizard.file_page.no_header_check.setChecked(True)
    next_to(qtbot, wizard, wizard.source_page)
    assert wizard.source_page.header_label.text() == "none (the first row holds data)"
    next_to(qtbot, wizard, wizard.mapping_page)
    combos = wizard.mapping_page.combos
    assert set(combos) == {f"Column {n}" for n in range(1, 6)}
    assert combos["Column 2"].currentData() == "name"
    next_to(qtbot, wizard, wizard.preview_page)
    assert wizard.preview_page.model.rowCount() == 3
    import_from_preview(qtbot, wizard)
    with database.session() as session:
        names = session.scalars(select(Client.name).order_by(Client.name)).all()
    assert names == ["Bakkerij Jansen", "Stichting Het Anker", "Zeeman Bouw B.V."]


def test_the_check_box_is_off_by_default(qtbot, database) -> None:
    wizard = ImportWizard(database)
    qtbot.addWidget(wizard)
    assert not wizard.file_page.no_header_check.isChecked()
