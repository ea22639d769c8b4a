"""Helpers shared by the benchmark scripts: options, timing, the machine, synthetic data.

Benchmarks print ratios against a baseline measured in the same run, so the figures compare
across machines; absolute times are printed too, with the machine they came from.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

if str(ROOT) not in sys.path:  # a script run as `python benchmarks/x.py` finds the package
    sys.path.insert(0, str(ROOT))

if TYPE_CHECKING:
    from alliance_graph.model import Document, Event


def parser(description: str) -> argparse.ArgumentParser:
    """An argument parser with the ``--quick`` option every benchmark takes."""
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--quick", action="store_true", help="small sizes: a smoke run of a few seconds")
    return p


def machine() -> str:
    """One line naming the machine: CPU model, cores, Python and OS."""
    model = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (f"{model}, {os.cpu_count()} CPUs (nproc {len(os.sched_getaffinity(0))}), "
            f"Python {platform.python_version()}, {platform.system()} {platform.release()}")


def header(title: str) -> None:
    """Print a benchmark's title and the machine."""
    print(f"== {title}")
    print(f"   machine: {machine()}; {load()}")


def load() -> str:
    """The 1-minute load average: above the number of CPUs, other work shared the machine."""
    return f"load average {os.getloadavg()[0]:.1f}"


def timed(func: Callable[[], object]) -> float:
    """Wall time of one call, in seconds."""
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def timed_cpu(func: Callable[[], object]) -> tuple[float, float]:
    """(wall, CPU) seconds of one call; CPU time is this process's only, so it is not
    inflated by other work on a shared machine (but misses child processes)."""
    wall, cpu = time.perf_counter(), time.process_time()
    func()
    return time.perf_counter() - wall, time.process_time() - cpu


def median_time(func: Callable[[], object], *, repeat: int) -> float:
    """Median wall time of ``repeat`` calls, in seconds."""
    return statistics.median(timed(func) for _ in range(repeat))


def ratio(a: float, b: float) -> str:
    """``a / b`` printed with two decimals ("inf" when ``b`` is 0)."""
    return "inf" if b == 0 else f"{a / b:.2f}"


def env() -> dict[str, str]:
    """The environment for child processes: this checkout first on PYTHONPATH."""
    out = dict(os.environ)
    out["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), out.get("PYTHONPATH")) if p)
    return out


def run_python(args: list[str], *, timeout: float | None = None) -> subprocess.CompletedProcess[str]:
    """Run this interpreter with ``args`` (this checkout importable); raise on failure."""
    return subprocess.run([sys.executable, *args], env=env(), capture_output=True, text=True,
                          check=True, timeout=timeout, cwd=ROOT)


def rss_kib() -> tuple[int, int]:
    """(VmRSS, VmHWM) of this process in KiB, from /proc/self/status (Linux)."""
    values = {"VmRSS": 0, "VmHWM": 0}
    for line in Path("/proc/self/status").read_text().splitlines():
        key = line.split(":", 1)[0]
        if key in values:
            values[key] = int(line.split()[1])
    return values["VmRSS"], values["VmHWM"]


# ---------------------------------------------------------------------- synthetic data
_RELATIONS = ("member", "joins", "leaves", "suspends", "readmitted", "applies", "observer",
              "partner", "candidate", "founds", "expelled", "suspended_by")
_WEIGHTS = (30, 20, 8, 5, 3, 8, 6, 6, 6, 3, 2, 3)
_STATUSES = ("asserted", "reported", "announced", "denied")
_STATUS_WEIGHTS = (70, 20, 5, 5)


def entities() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(id, name) of the registry's states and organisations."""
    from alliance_graph.registry import default_registry

    states, orgs = [], []
    for entity in default_registry():
        (states if entity.is_state else orgs).append((entity.id, entity.name))
    return sorted(states), sorted(orgs)


def synthetic_corpus(n_docs: int, events_per_doc: int, *, seed: int = 1) -> Iterator[tuple["Document", list["Event"]]]:
    """``n_docs`` small documents, each with ``events_per_doc`` events between registry
    entities (random relations, statuses and dates, 1950-2024), deterministic for a seed."""
    from alliance_graph.model import Document, Event, Evidence

    rng = random.Random(seed)
    states, orgs = entities()
    for i in range(n_docs):
        sentences, picks = [], []
        for _ in range(events_per_doc):
            (sid, sname), (oid, oname) = rng.choice(states), rng.choice(orgs)
            relation = rng.choices(_RELATIONS, _WEIGHTS)[0]
            sentences.append(f"{sname} {relation} {oname} (report {i}).")
            picks.append((sid, sname, oid, oname, relation))
        text = " ".join(sentences)
        year = rng.randint(1950, 2024)
        published = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        doc = Document(id=f"synthetic/{i:07d}.txt", text=text, published=published,
                       title=f"Synthetic report {i}")
        events, start = [], 0
        for sentence, (sid, sname, oid, oname, relation) in zip(sentences, picks):
            end = start + len(sentence)
            date = rng.choice((None, str(year), f"{year}-{rng.randint(1, 12):02d}", published))
            if date is not None and date > published:
                date = published
            events.append(Event(
                doc=doc.id, subject=sname, subject_id=sid, relation=relation, organization=oname,
                organization_id=oid, date=date, status=rng.choices(_STATUSES, _STATUS_WEIGHTS)[0],
                attributed_to=rng.choice((None, None, f"{sname} spokesperson")),
                confidence=round(rng.uniform(0.5, 0.95), 3), evidence=Evidence(sentence, start, end),
                published=published, doc_sha256=doc.sha256))
            start = end + 1
        yield doc, events
