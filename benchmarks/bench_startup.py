"""Start-up: launch → client list showing its first rows, against a minimal baseline program.

Both are launched the same way (a fresh Python process) on the same 100k-client database and
report the moment their first rows are painted. Target: the app ≤ 1.5× the baseline.
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

from benchmarks.common import demo_database, report

ROOT = Path(__file__).resolve().parents[1]
REPEATS = 9


def _launch(arguments: list[str]) -> float:
    environment = dict(os.environ)
    environment.update(
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        DRAAGVLAK_STARTUP_PROBE="1",
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
    for line in result.stdout.splitlines():
        if line.startswith("first-rows "):
            return float(line.split()[1]) - started
    raise RuntimeError(f"no first rows reported:\n{result.stdout}\n{result.stderr}")


def compile_bytecode() -> None:
    """Both programs start from compiled bytecode, as an installed application does.

    (With PYTHONDONTWRITEBYTECODE set, nothing would be cached and every launch would spend
    most of its time compiling SQLAlchemy and our modules from source.)
    """
    for folder in (Path(sysconfig.get_paths()["purelib"]), ROOT / "desktop"):
        compileall.compile_dir(folder, quiet=2, workers=0)


def main() -> None:
    compile_bytecode()
    database = demo_database()
    app = ["-m", "desktop", "--db", str(database), "--lang", "nl"]
    baseline = [str(ROOT / "benchmarks" / "baseline_app.py"), str(database)]
    _launch(app)  # warm the OS file cache for both (and migrate an older benchmark database)
    _launch(baseline)
    # Interleaved pairs: the machine's load drifts, and a pair shares the same moment.
    pairs = [(_launch(baseline), _launch(app)) for _ in range(REPEATS)]
    base = statistics.median(b for b, _ in pairs)
    ours = statistics.median(a for _, a in pairs)
    report("start-up to first client rows (100k clients)", ours, base, "<= 1.5x")
    print(f"  median of paired ratios: {statistics.median(a / b for b, a in pairs):.2f}x")


if __name__ == "__main__":
    main()
