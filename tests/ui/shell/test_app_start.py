"""The GUI asks before it creates a database at a path where there is none."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.ui.shell import app


@pytest.mark.parametrize(
    ("answer", "created"),
    [(QMessageBox.StandardButton.No, False), (QMessageBox.StandardButton.Yes, True)],
)
def test_new_path_is_created_only_when_the_user_agrees(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answer, created: bool
) -> None:
    asked: list[str] = []

    def question(_parent, _title, text, *_args):  # noqa: ANN001, ANN202
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    path = tmp_path / "elsewhere" / "office.sqlite3"
    assert app.confirm_new_database(str(path)) is created
    assert len(asked) == 1 and str(path) in asked[0]
    assert not path.exists()  # asking changes nothing


def test_existing_and_default_databases_are_not_asked_about(
    qtbot, db_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *args: pytest.fail("asked"))
    assert app.confirm_new_database(str(db_path))
    assert app.confirm_new_database(None)  # the data folder's own: first start, welcome screen


def test_refusal_stops_the_start(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)
    monkeypatch.setattr(app, "install_exception_hook", lambda: None)
    monkeypatch.setattr(app.QApplication, "exec", lambda self: 0)  # never block the test
    path = tmp_path / "office.sqlite3"
    assert app.run_app(db=str(path), language="en") == 1
    assert not path.exists()
