"""Memory: peak resident memory of the app with the client list and the board open, against the
minimal baseline program (start-up benchmark) showing 50 client rows of the same database.

Each is a fresh process; the app shows its client list, then the board with its cards, and
quits. Target (issue 16): the app's peak ≤ 1.5× the baseline's at 300,000 clients. Needs an
operating system whose processes can tell their peak memory (Linux).
"""

from __future__ import annotations

import statistics

from benchmarks.bench_startup import compile_bytecode, launch, programs
from benchmarks.common import client_counts

REPEATS = 3


def main() -> None:
    compile_bytecode()
    for size in client_counts(100_000):
        app, baseline = programs(size)
        measure(size, app, baseline)


def measure(clients: int, app: list[str], baseline: list[str]) -> None:
    if not launch(baseline)[1]:
        print("  (skipped: this operating system does not tell a process's peak memory)")
        return
    launch(app, "board")  # warm the file cache (and migrate an older benchmark database)
    ours, base = [], []
    for _ in range(REPEATS):
        base.append(launch(baseline)[1])
        moments, peak = launch(app, "board")
        if "board-rows" not in moments:
            raise RuntimeError("the board showed no cards")
        ours.append(peak)
    app_peak, base_peak = statistics.median(ours), statistics.median(base)
    print(
        f"{f'peak memory, Clients + Board open ({clients:,})':<48} {app_peak / 2**20:9.1f} MB"
        f"   baseline {base_peak / 2**20:8.1f} MB   ratio {app_peak / base_peak:5.2f}x"
        "   (target <= 1.5x)"
    )
