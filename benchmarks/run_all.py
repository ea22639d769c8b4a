"""Run every benchmark, one after the other, each in its own process.

Run: ``python benchmarks/run_all.py [--quick] [NAME ...]`` or ``python -m benchmarks ...``;
NAMEs pick some of extraction, cli_startup, store, queries, memory (default: all). The exit
status is 1 when any benchmark failed; the others still run.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._common import ROOT, env, parser  # noqa: E402

BENCHMARKS: tuple[str, ...] = ("cli_startup", "queries", "store", "memory", "extraction")


def main(argv: list[str] | None = None) -> int:
    p = parser(__doc__.splitlines()[0])
    p.add_argument("names", nargs="*", metavar="NAME",
                   help=f"benchmarks to run (default all: {', '.join(BENCHMARKS)})")
    args = p.parse_args(argv)
    unknown = [n for n in args.names if n not in BENCHMARKS]
    if unknown:
        p.error(f"unknown benchmark {unknown[0]!r}: choose from {', '.join(BENCHMARKS)}")
    failed = []
    for name in args.names or BENCHMARKS:
        command = [sys.executable, str(ROOT / "benchmarks" / f"{name}.py")] + (["--quick"] if args.quick else [])
        start = time.perf_counter()
        done = subprocess.run(command, env=env(), cwd=ROOT)
        print(f"   ({name}: {time.perf_counter() - start:.0f} s)\n", flush=True)
        if done.returncode != 0:
            failed.append(name)
    if failed:
        print(f"FAILED: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
