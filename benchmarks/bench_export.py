"""Excel export of 50,000 clients: the client list against a raw openpyxl write-only dump.

The baseline fetches the same rows with the same query and appends them as they come to a
write-only workbook: the least any export must do. The export adds what makes the file right
(labels, text that stays text, dates in the language's format, a real table, widths, progress,
a temporary file moved into place); target ≤ 1.25×. The call lists and the overview are timed
beside it. Peak memory of a 100,000-client export runs in a child process (target < 1 GB).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import demo_database, median_time, report

CLIENTS, REPEATS = 50_000, 3


def main() -> None:
    from openpyxl import Workbook

    from desktop.core.clients.listing import ClientFilter, iter_clients
    from desktop.core.db.engine import open_database
    from desktop.core.exports.xlsx.call_lists import export_call_lists
    from desktop.core.exports.xlsx.client_list import export_client_list
    from desktop.core.exports.xlsx.overview import export_overview

    database = open_database(demo_database(CLIENTS), create=False)
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "clients.xlsx"

        def raw() -> float:
            started = time.perf_counter()
            workbook = Workbook(write_only=True)
            sheet = workbook.create_sheet("Clients")
            with database.session() as session:
                for row in iter_clients(session, ClientFilter()):
                    sheet.append(list(row[1:13]))
            workbook.save(target)
            return time.perf_counter() - started

        def timed(export: object) -> float:
            started = time.perf_counter()
            with database.session() as session:
                export(session, target)  # type: ignore[operator]
            return time.perf_counter() - started

        raw()  # warm the page cache and the imports
        baseline = median_time(raw, REPEATS)
        value = median_time(lambda: timed(export_client_list), REPEATS)
        report(f"client list export, {CLIENTS:,} clients", value, baseline, "≤ 1.25×")
        report("call lists, one sheet per champion", timed(export_call_lists), baseline)
        report("overview workbook", timed(export_overview), baseline)
    database.dispose()
    print(
        f"{'peak memory, 100,000-client export':<48} {_peak_memory_mb():9.0f} MB   (target < 1 GB)"
    )


def _peak_memory_mb() -> float:
    """Peak resident memory of a child process exporting the 100,000-client list."""
    path = demo_database(100_000)
    child = f"""
import resource, sys, tempfile
from pathlib import Path
from desktop.core.db.engine import open_database
from desktop.core.exports.xlsx.client_list import export_client_list
database = open_database({str(path)!r}, create=False)
with tempfile.TemporaryDirectory() as folder, database.session() as session:
    export_client_list(session, Path(folder) / "c.xlsx")
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""
    try:
        import resource  # noqa: F401 (POSIX only)
    except ImportError:
        return float("nan")
    out = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, check=True)
    return int(out.stdout.split()[-1]) / 1024  # Linux reports kilobytes


if __name__ == "__main__":
    main()
