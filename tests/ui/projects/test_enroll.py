from __future__ import annotations

from sqlalchemy import func, select

from desktop.core.clients.listing import ClientFilter
from desktop.core.db.models import Enrollment
from desktop.core.pipelines.board import stage_counts
from desktop.ui.projects.enroll_dialog import EnrollDialog
from tests.ui.pipeline_office import make_office


def enrolled_client_ids(database, project_id):
    with database.session() as session:
        return set(
            session.scalars(select(Enrollment.client_id).where(Enrollment.project_id == project_id))
        )


def test_enroll_all_active_clients_puts_them_in_the_first_stage(qtbot, database) -> None:
    office = make_office(database, enroll=False)
    dialog = EnrollDialog(database, office.project_id)
    qtbot.addWidget(dialog)
    assert dialog.all_radio.isChecked() and not dialog.selection_radio.isVisibleTo(dialog)
    assert "(4)" in dialog.all_radio.text()
    assert "'Not approached'" in dialog.first_stage_label.text()
    with qtbot.waitSignal(dialog.enrolled, timeout=10_000) as signal:
        dialog.enroll_button.click()
    assert signal.args == [office.project_id, 4]
    assert enrolled_client_ids(database, office.project_id) == set(office.client_ids)
    with database.session() as session:
        assert stage_counts(session, office.project_id)[office.stage_ids[0]] == 4


def test_enroll_the_filtered_list_only(qtbot, database) -> None:
    office = make_office(database, enroll=False)
    dialog = EnrollDialog(database, office.project_id, client_filter=ClientFilter(search="bak"))
    qtbot.addWidget(dialog)
    assert dialog.selection_radio.isChecked()
    assert "(2)" in dialog.selection_radio.text()
    with qtbot.waitSignal(dialog.enrolled, timeout=10_000):
        dialog.enroll_button.click()
    # "Bakkerij De Vries" and "Bloemen Bakker".
    assert enrolled_client_ids(database, office.project_id) == {
        office.client_ids[0],
        office.client_ids[2],
    }


def test_enrolling_again_skips_clients_already_in_the_project(qtbot, database) -> None:
    office = make_office(database)  # everyone is enrolled; the first client has moved on
    dialog = EnrollDialog(database, office.project_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.enrolled, timeout=10_000) as signal:
        dialog.enroll_button.click()
    assert signal.args[1] == 0
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Enrollment)) == 4
        assert stage_counts(session, office.project_id)[office.stage_ids[2]] == 1


def test_project_without_stages_cannot_be_enrolled_into(qtbot, database) -> None:
    from desktop.core.pipelines.projects import create_project

    office = make_office(database, enroll=False)
    with database.session() as session:
        empty = create_project(session, "Digital receipts", template="empty").id
        session.commit()
    dialog = EnrollDialog(database, empty)
    qtbot.addWidget(dialog)
    assert not dialog.enroll_button.isEnabled()
    assert "no stages" in dialog.first_stage_label.text()
    dialog.project_combo.setCurrentIndex(dialog.project_combo.findData(office.project_id))
    assert dialog.enroll_button.isEnabled()


def test_clients_view_action_offers_the_filtered_list(qtbot, database, monkeypatch) -> None:
    from desktop.ui.projects import enroll_dialog

    office = make_office(database, enroll=False)
    opened = []

    def fake_exec(dialog) -> int:
        opened.append(dialog)
        with qtbot.waitSignal(dialog.enrolled, timeout=10_000):
            dialog.enroll_button.click()
        return 1

    monkeypatch.setattr(EnrollDialog, "exec", fake_exec)
    count = enroll_dialog.enroll_filtered_clients(None, database, ClientFilter(search="Garage"))
    assert count == 1 and opened[0].selection_radio.isChecked()
    assert enrolled_client_ids(database, office.project_id) == {office.client_ids[1]}


def test_clients_view_enrolls_its_filtered_list(qtbot, database, monkeypatch) -> None:
    from desktop.ui.clients.clients_view import ClientsView

    office = make_office(database, enroll=False)
    view = ClientsView(database)
    qtbot.addWidget(view)
    view.search_edit.setText("Garage")
    shown = []

    def fake_exec(dialog) -> int:
        shown.append(dialog.selection_radio.text())
        with qtbot.waitSignal(dialog.enrolled, timeout=10_000):
            dialog.enroll_button.click()
        return 1

    monkeypatch.setattr(EnrollDialog, "exec", fake_exec)
    view.enroll_button.click()
    assert "(1)" in shown[0]
    assert enrolled_client_ids(database, office.project_id) == {office.client_ids[1]}
