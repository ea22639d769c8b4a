"""CLI start-up: ``alliance-graph members CSTO`` against ``python -c "import rdflib"``.

A question must not pay for spaCy: the CLI imports the extractor only for ingest, extract and
evaluate. This times ``python -m alliance_graph --store <store> members CSTO`` (a fresh
process each time, the seeds/ articles ingested into a temporary store beforehand) against the
bare cost of importing rdflib, as medians of N runs, and checks with ``python -X importtime``
that the command did not import spaCy. The slowest imports are listed too.

Run: ``python benchmarks/cli_startup.py [--quick] [--runs N]``
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._common import ROOT, env, header, load, parser, ratio  # noqa: E402


def wall(args: list[str], runs: int) -> float:
    """Median wall time of running this interpreter with ``args``, in seconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, *args], env=env(), cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def import_times(args: list[str]) -> list[tuple[int, str]]:
    """(cumulative microseconds, module) for every module the command imports."""
    done = subprocess.run([sys.executable, "-X", "importtime", *args], env=env(), cwd=ROOT,
                          capture_output=True, text=True, check=True)
    rows = []
    for line in done.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            _, cumulative, name = (part.strip() for part in line[len("import time:"):].split("|"))
            if cumulative.isdigit():
                rows.append((int(cumulative), name))
    return rows


def main(argv: list[str] | None = None) -> None:
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, help="runs per command, median reported (default 9; --quick 3)")
    args = p.parse_args(argv)
    runs = args.runs or (3 if args.quick else 9)
    header("CLI start-up: members CSTO vs python -c 'import rdflib'")
    from alliance_graph.graph import AllianceGraph

    with tempfile.TemporaryDirectory(prefix="ag-bench-") as tmp:
        store = str(Path(tmp) / "db")
        with AllianceGraph.open(store) as graph:
            summary = graph.ingest([str(ROOT / "seeds")])
        print(f"   store: seeds/ ingested ({summary})")
        command = ["-m", "alliance_graph", "--store", store, "members", "CSTO"]
        check = subprocess.run([sys.executable, *command], env=env(), cwd=ROOT, capture_output=True,
                               text=True, check=True)
        print(f"   members CSTO printed {len(check.stdout.splitlines())} lines")
        baseline_python = wall(["-c", "pass"], runs)
        baseline = wall(["-c", "import rdflib"], runs)
        ours = wall(command, runs)
        modules = import_times(command)

    names = {name for _, name in modules}
    spacy = sorted(n for n in names if n == "spacy" or n.startswith("spacy.") or n in ("thinc", "torch"))
    print(f"-- median of {runs} runs")
    print(f"   python -c pass:            {1000 * baseline_python:7.0f} ms")
    print(f"   python -c 'import rdflib': {1000 * baseline:7.0f} ms")
    print(f"   alliance-graph members CSTO: {1000 * ours:5.0f} ms")
    print(f"   ratio members/import rdflib: {ratio(ours, baseline)}")
    print(f"   spacy imported: {'YES (' + ', '.join(spacy[:5]) + ')' if spacy else 'no'}")
    top = sorted((row for row in modules if "." not in row[1].strip()), reverse=True)[:8]
    print("   slowest top-level imports (cumulative): "
          + ", ".join(f"{name.strip()} {us / 1000:.0f} ms" for us, name in top))
    print(f"   {load()} at the end")


if __name__ == "__main__":
    main()
