"""kill -9 during the real 0001 -> 0002 migration of a 20,000-client database, at ten moments:
every time the file opens afterwards, `draagvlak check` passes and every client is there.

The moments come from SQLite's statement trace inside the child (it kills itself just before
the chosen statement), so they are the same on every run and on any machine.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli.main import main
from desktop.core.db.engine import sqlite_url
from desktop.core.db.migrate import head_revision
from tests.core.db.migration_kill_child import KILL
from tests.core.db.old_revision import client_count, make_revision_0001

CLIENTS = 20_000
CHILD = Path(__file__).with_name("migration_kill_child.py")
ROOT = Path(__file__).resolve().parents[3]

MOMENTS = [
    "backup",  # halfway through the backup copy
    "BEGIN#1",  # backup complete, migration not begun
    "ALTER TABLE#1",  # just before the new column
    "UPDATE clients#1",  # column added, backfill not begun
    "UPDATE clients#5001",  # after the first chunk
    "UPDATE clients#12345",
    "UPDATE clients#20000",  # the last client
    "CREATE INDEX#1",
    "COMMIT#1",
    "after-commit",
]

pytestmark = pytest.mark.sqlite_only("kills a process migrating a SQLite file")


@pytest.fixture(scope="module")
def revision_0001(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("kill") / "office-0001.sqlite3"
    make_revision_0001(sqlite_url(path), CLIENTS)
    return path


def _start(*argv: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, *argv],
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


def test_kill_during_migration_leaves_a_database_that_opens(
    revision_0001: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The ten kills run side by side, each on its own copy (they are independent; this keeps
    # the test to a few seconds).
    paths = {}
    for number, moment in enumerate(MOMENTS):
        folder = tmp_path / f"kill-{number}"
        folder.mkdir()
        paths[moment] = folder / "office.sqlite3"
        shutil.copyfile(revision_0001, paths[moment])
    children = {moment: _start(str(CHILD), str(paths[moment]), moment) for moment in MOMENTS}
    for moment, child in children.items():
        _, err = child.communicate(timeout=300)
        if os.name != "nt":
            assert child.returncode == -KILL, (moment, err)  # it really died at that moment
        # Every file named like a backup is complete.
        for backup in paths[moment].parent.glob("office.before-*.sqlite3"):
            assert client_count(sqlite_url(backup)) == CLIENTS, moment

    survived = 0
    for moment in MOMENTS:
        code = main(["--lang", "en", "check", "--db", str(paths[moment])])
        out, err = capsys.readouterr()
        assert code == 0, (moment, err)
        assert "Integrity: ok" in out, moment
        assert f"Schema revision: {head_revision()}" in out, moment
        counts = {p[0]: p[1] for line in out.splitlines() if len(p := line.split()) == 2}
        assert counts["clients"] == f"{CLIENTS:,}", moment
        survived += 1
    assert survived == len(MOMENTS) == 10
