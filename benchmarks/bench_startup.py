"""Start-up: launch → client list showing its first rows, against a minimal baseline program.

Both are launched the same way (a fresh Python process) on the same 100k-client database (or
each size of DRAAGVLAK_BENCH_CLIENTS) and report the moment the client table's first rows are
painted. Targets: the app ≤ 1.5× the baseline (issue 2), ≤ 1.2× at 300,000 clients (issue 16).
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

from benchmarks.common import client_counts, demo_database, report

ROOT = Path(__file__).resolve().parents[1]
REPEATS = 9


def _launch(arguments: list[str]) -> float:
    return launch(arguments)[0]["first-rows"]


def launch(arguments: list[str], probe: str = "1") -> tuple[dict[str, float], int]:
    """Run a program with the start-up probe: seconds from launch to each moment it reports
    (``first-rows``, ``board-rows``), and its peak resident memory in bytes (0 where the
    operating system does not tell: see desktop/ui/shell/startup_probe.py)."""
    environment = dict(os.environ)
    environment.update(
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        DRAAGVLAK_STARTUP_PROBE=probe,
        XDG_CONFIG_HOME=tempfile.mkdtemp(prefix="draagvlak-bench-config-"),
    )
    started = time.time()
    result = subprocess.run(
        [sys.executable, *arguments],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    text = result.stdout + result.stderr
    moments = {
        parts[0]: float(parts[1]) - started
        for parts in (line.split() for line in text.splitlines())
        if len(parts) == 2 and parts[0] in ("first-rows", "board-rows")
    }
    if "first-rows" not in moments:
        raise RuntimeError(f"no first rows reported:\n{text}")
    peaks = [int(line.split()[1]) for line in text.splitlines() if line.startswith("peak-memory ")]
    return moments, peaks[0] if peaks else 0


def compile_bytecode() -> None:
    """Both programs start from compiled bytecode, as an installed application does.

    (With PYTHONDONTWRITEBYTECODE set, nothing would be cached and every launch would spend
    most of its time compiling SQLAlchemy and our modules from source.)
    """
    for folder in (Path(sysconfig.get_paths()["purelib"]), ROOT / "desktop"):
        compileall.compile_dir(folder, quiet=2, workers=0)


def programs(clients: int) -> tuple[list[str], list[str]]:
    """The arguments that start the app and the baseline on the demo office of this size."""
    database = demo_database(clients)
    app = ["-m", "desktop", "--db", str(database), "--lang", "nl"]
    return app, [str(ROOT / "benchmarks" / "baseline_app.py"), str(database)]


def main() -> None:
    compile_bytecode()
    for clients in client_counts(100_000):
        measure(clients)


def measure(clients: int) -> None:
    app, baseline = programs(clients)
    _launch(app)  # warm the OS file cache for both (and migrate an older benchmark database)
    _launch(baseline)
    # Interleaved pairs: the machine's load drifts, and a pair shares the same moment.
    pairs = [(_launch(baseline), _launch(app)) for _ in range(REPEATS)]
    base = statistics.median(b for b, _ in pairs)
    ours = statistics.median(a for _, a in pairs)
    report(f"start-up to first client rows ({clients:,} clients)", ours, base, "<= 1.2x")
    print(f"  median of paired ratios: {statistics.median(a / b for b, a in pairs):.2f}x")


if __name__ == "__main__":
    main()
