"""Run every benchmark: uv run python -m benchmarks [name ...]"""

from __future__ import annotations

import sys
from importlib import import_module

BENCHMARKS = (
    "bench_startup",
    "bench_search",
    "bench_board",
    "bench_board_core",
    "bench_import",
    "bench_concurrent_moves",
    "bench_assessments",
    "bench_champions",
    "bench_export",
    "bench_dashboard",
    "bench_pipeline_numbers",
    "bench_plan_pdf",
    "bench_rewards",
    "bench_backup",
    "bench_memory",
)


def main(names: list[str]) -> int:
    for name in names or BENCHMARKS:
        print(f"== {name}")
        import_module(f"benchmarks.{name}").main()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
