"""Two programs on one SQLite file may both run (shared locks); a restore needs the database to
itself (the exclusive lock), and a program that ends lets go."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.backups.instance_lock import InstanceLock
from desktop.core.common.errors import DatabaseError

HOLDER = (
    "import sys\n"
    "from pathlib import Path\n"
    "from desktop.core.backups.instance_lock import InstanceLock\n"
    "lock = InstanceLock(Path(sys.argv[1]), exclusive=False)\n"
    "print('held', flush=True)\n"
    "sys.stdin.readline()\n"
)


def test_shared_locks_together_and_the_exclusive_one_alone(tmp_path: Path) -> None:
    database = tmp_path / "draagvlak.sqlite3"
    first = InstanceLock(database, exclusive=False)
    second = InstanceLock(database, exclusive=False)
    with pytest.raises(DatabaseError, match="open in another window or command"):
        InstanceLock(database, exclusive=True)
    first.release()
    second.release()
    with InstanceLock(database, exclusive=True), pytest.raises(DatabaseError):
        InstanceLock(database, exclusive=False)
    InstanceLock(database, exclusive=False).release()


def test_another_process_holds_it_until_it_ends(tmp_path: Path) -> None:
    database = tmp_path / "draagvlak.sqlite3"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(database)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[3],
    )
    assert holder.stdout is not None and holder.stdin is not None
    assert holder.stdout.readline().strip() == "held"
    with pytest.raises(DatabaseError):
        InstanceLock(database, exclusive=True)
    holder.kill()  # even a program that crashes lets go
    holder.wait()
    InstanceLock(database, exclusive=True).release()
