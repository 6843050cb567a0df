"""The commands take the instance lock the program takes: `draagvlak restore` is refused while
another process (the program) has the database open, and a command that uses the database is
refused while another process restores it; both in their own processes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli.main import main
from desktop.core.backups import store
from desktop.core.backups.instance_lock import InstanceLock
from desktop.core.common.errors import DatabaseError

pytestmark = pytest.mark.sqlite_only("the instance lock of a SQLite file")

ROOT = Path(__file__).resolve().parents[2]
HOLDER = (
    "import sys\n"
    "from pathlib import Path\n"
    "from desktop.core.backups.instance_lock import InstanceLock, hold_file\n"
    "path = Path(sys.argv[1])\n"
    "if sys.argv[2] == 'program':\n"
    "    hold_file(path)  # what the program does while it runs\n"
    "else:\n"
    "    lock = InstanceLock(path, exclusive=True)  # what a restore holds while it runs\n"
    "print('held', flush=True)\n"
    "sys.stdin.readline()\n"
)


def _hold(database: Path, how: str) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(database), how],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    return holder


def _draagvlak(database: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args, "--db", str(database), "--lang", "en"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )


def _let_go(holder: subprocess.Popen[str]) -> None:
    assert holder.stdin is not None
    holder.stdin.close()
    holder.wait()


def test_a_restore_is_refused_while_the_program_has_the_database_open(
    db_path: Path, tmp_path: Path
) -> None:
    backup = tmp_path / "copy" / "kopie.sqlite3"
    assert _draagvlak(db_path, "backup", "--out", str(backup)).returncode == 0
    holder = _hold(db_path, "program")
    try:
        refused = _draagvlak(db_path, "restore", str(backup), "--yes")
        assert refused.returncode == 1
        assert "open in another window or command" in refused.stderr
        assert refused.stderr.count("\n") == 1  # one clear line, no traceback
        assert _draagvlak(db_path, "backup").returncode == 0  # shared with the program
    finally:
        _let_go(holder)
    assert _draagvlak(db_path, "restore", str(backup), "--yes").returncode == 0


def test_commands_that_use_the_database_are_refused_during_a_restore(db_path: Path) -> None:
    holder = _hold(db_path, "restore")
    try:
        for command in (["backup"], ["demo", "--clients", "3", "--staff", "2"], ["check"]):
            refused = _draagvlak(db_path, *command)
            assert refused.returncode == 1, command
            assert "being restored" in refused.stderr
    finally:
        _let_go(holder)
    assert _draagvlak(db_path, "backup").returncode == 0


def test_a_command_holds_the_shared_lock_while_it_runs(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_backup = store.make_backup
    refused: list[str] = []

    def backup_while_a_restore_tries(*args: object, **kwargs: object) -> store.BackupInfo:
        with pytest.raises(DatabaseError) as error:
            InstanceLock(db_path, exclusive=True)
        refused.append(str(error.value))
        return make_backup(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(store, "make_backup", backup_while_a_restore_tries)
    assert main(["backup", "--db", str(db_path), "--lang", "en"]) == 0
    assert refused and "open in another window or command" in refused[0]
    InstanceLock(db_path, exclusive=True).release()  # let go after the command
