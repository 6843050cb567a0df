"""Backups at 100,000 clients: the backup's consistent copy against a plain file copy.

Side by side on the same database file, in the same run: ``shutil.copyfile`` of the file (the
baseline: what copying it in Explorer costs; also with an fsync), the backup's copy (a
snapshot of the live database, flushed to disk, renamed into place; target ≤ 2× the file copy) and the whole backup as
the program makes it (the copy, then ``PRAGMA integrity_check`` of it, then the rename that
marks it verified). The check reads the copy once more and costs several times the copy, so
it is a step of its own after the copy (on the same worker; nobody waits for it); both ratios
are printed.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

from benchmarks.common import demo_database, median_time, report

CLIENTS = 100_000
REPEATS = 5


def main() -> None:
    from desktop.core.backups.sqlite_copy import copy_database
    from desktop.core.backups.store import make_backup

    source = demo_database(CLIENTS)
    print(f"  database: {source.stat().st_size / 1e6:.1f} MB, {CLIENTS:,} clients")
    folder = Path(tempfile.mkdtemp(prefix="draagvlak-bench-backup-"))
    try:

        def plain_copy() -> float:
            started = time.perf_counter()
            shutil.copyfile(source, folder / "copy.sqlite3")
            return time.perf_counter() - started

        def synced_copy() -> float:
            started = time.perf_counter()
            shutil.copyfile(source, folder / "copy.sqlite3")
            descriptor = os.open(folder / "copy.sqlite3", os.O_RDWR)
            os.fsync(descriptor)
            os.close(descriptor)
            return time.perf_counter() - started

        def api_copy() -> float:
            started = time.perf_counter()
            copy_database(source, folder / "api.sqlite3")
            return time.perf_counter() - started

        def full_backup() -> float:
            started = time.perf_counter()
            make_backup(source, folder / "backups", rotate=False)
            return time.perf_counter() - started

        plain_copy()  # the file in the page cache for all of them
        baseline = median_time(plain_copy, REPEATS)
        synced = median_time(synced_copy, REPEATS)
        api = median_time(api_copy, REPEATS)
        whole = median_time(full_backup, REPEATS)
        report("file copy (baseline)", baseline)
        report("file copy + fsync", synced, baseline)
        report("backup copy (snapshot, fsync, rename)", api, baseline, "≤ 2×")
        report("backup copy, vs file copy + fsync", api, synced, "≤ 2×")
        report("copy + integrity_check (verified backup)", whole, baseline)
        report("integrity_check alone", whole - api, baseline)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
