"""Peak memory while ingesting a stream of small documents (no spaCy: a fake extractor).

Each mode runs in a fresh process and samples VmRSS and VmHWM (/proc/self/status) every
``--every`` documents:

* ``ingest``: one ``AllianceGraph.ingest`` of a JSON Lines file of N documents into an embedded
  store; the fake extractor's ``extract_many`` (a generator) takes the samples as it hands out
  documents, and a last sample follows the re-derivation of memberships at the end.
* ``store``: ``Store.add_document`` in a loop over a generated stream (the store alone).
* ``chunks``: N documents as 10 files ingested one ``ingest`` call each, as a daily cron job
  would; each call re-derives only the (member, organisation) pairs its events touch, and the
  time per call is printed to show it does not grow with the store.

Memory must not grow with the corpus: the verdict compares RSS at the first sample after
warm-up with RSS at the end. The count of allocated Python objects (``sys.getallocatedblocks``)
tells Python-side growth from native growth (Oxigraph's RocksDB caches and memtables).

Run: ``python benchmarks/memory.py [--quick] [--docs N] [--every K]``
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._common import entities, header, load, parser, rss_kib, run_python, synthetic_corpus  # noqa: E402


def sample(docs: int, label: str = "") -> dict:
    rss, hwm = rss_kib()
    return {"docs": docs, "rss_mib": rss / 1024, "hwm_mib": hwm / 1024, "label": label,
            "py_blocks": sys.getallocatedblocks()}


class FakeExtractor:
    """Two events a document, chosen from the document id; samples memory as it goes."""

    version = "fake-extractor 1"

    def __init__(self, every: int, samples: list[dict]) -> None:
        self.every = every
        self.samples = samples
        self.seen = 0
        self.states, self.orgs = entities()

    def extract(self, doc):
        from alliance_graph.model import Event, Evidence

        n = int(doc.id.rsplit("-", 1)[-1])
        out = []
        for k in range(2):
            (sid, sname), (oid, oname) = self.states[(n + k) % len(self.states)], self.orgs[(n * 7 + k) % len(self.orgs)]
            out.append(Event(doc.id, sname, sid, ("member", "joins")[k], oname, oid,
                             doc.published, "asserted", None, 0.8, Evidence(doc.text[:40], 0, 40)))
        return out

    def extract_many(self, documents: Iterable, **_: object) -> Iterator:
        for doc in documents:
            if self.seen % self.every == 0:
                self.samples.append(sample(self.seen))
            self.seen += 1
            yield doc, self.extract(doc)


def write_jsonl(path: Path, start: int, n: int) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(start, start + n):
            text = (f"Report {i}. Delegates met on day {i % 365} to discuss the organisation's "
                    f"enlargement, budget line {i * 31 % 9973} and the summit agenda. ") * 3
            fh.write(json.dumps({"id": f"doc-{i}", "text": text,
                                 "published": f"{1990 + i % 34}-{1 + i % 12:02d}-{1 + i % 28:02d}"}) + "\n")


def child(mode: str, n_docs: int, every: int) -> None:
    """Run one mode in this (fresh) process and print the samples as JSON."""
    from alliance_graph.graph import AllianceGraph
    from alliance_graph.store import Store

    samples: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="ag-bench-") as tmp:
        db = str(Path(tmp) / "db")
        samples.append(sample(0, "start"))
        if mode == "ingest":
            path = Path(tmp) / "docs.jsonl"
            write_jsonl(path, 0, n_docs)
            with AllianceGraph.open(db, extractor=FakeExtractor(every, samples)) as graph:
                graph.ingest([str(path)])
                samples.append(sample(n_docs, "after ingest (memberships re-derived)"))
        elif mode == "store":
            with Store.open(db) as store:
                for i, (doc, events) in enumerate(synthetic_corpus(n_docs, 2)):
                    if i % every == 0:
                        samples.append(sample(i))
                    store.add_document(doc, events, extractor_version="bench")
                samples.append(sample(n_docs, "end"))
        else:  # chunks
            size = max(1, n_docs // 10)
            with AllianceGraph.open(db, extractor=FakeExtractor(10**9, [])) as graph:
                for start in range(0, n_docs, size):
                    path = Path(tmp) / f"chunk-{start}.jsonl"
                    write_jsonl(path, start, size)
                    began = time.perf_counter()
                    graph.ingest([str(path)])
                    s = sample(start + size, f"ingest call {time.perf_counter() - began:.2f} s")
                    samples.append(s)
    print(json.dumps(samples))


def report(mode: str, samples: list[dict], every: int) -> None:
    print(f"-- {mode}")
    print(f"   {'docs':>6} {'RSS MiB':>8} {'peak MiB':>9} {'Python objects':>15}  note")
    for s in samples:
        print(f"   {s['docs']:>6} {s['rss_mib']:>8.1f} {s['hwm_mib']:>9.1f} {s['py_blocks']:>15,}  {s['label']}")
    warm = next((s for s in samples if s["docs"] >= every), samples[0])
    last = samples[-1]
    docs = max(1, last["docs"] - warm["docs"])
    growth = last["rss_mib"] - warm["rss_mib"]
    per_k = 1000 * growth / docs
    flat = growth <= max(5.0, 0.05 * warm["rss_mib"])
    print(f"   RSS {warm['rss_mib']:.1f} MiB at {warm['docs']} docs → {last['rss_mib']:.1f} MiB at "
          f"{last['docs']} docs: {growth:+.1f} MiB ({per_k:+.2f} MiB per 1k docs): "
          f"{'FLAT' if flat else 'GROWS'}; peak {last['hwm_mib']:.1f} MiB")


def main(argv: list[str] | None = None) -> None:
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--docs", type=int, help="documents (default 10000; --quick 1000)")
    p.add_argument("--every", type=int, help="sample every K documents (default 1000; --quick 100)")
    p.add_argument("--child", choices=("ingest", "store", "chunks"), help="(internal) run one mode")
    args = p.parse_args(argv)
    n_docs = args.docs or (1000 if args.quick else 10000)
    every = args.every or (100 if args.quick else 1000)
    if args.child:
        child(args.child, n_docs, every)
        return
    header(f"memory: ingesting {n_docs} small documents with a fake extractor (no spaCy)")
    for mode in ("ingest", "store", "chunks"):
        out = run_python([str(Path(__file__).resolve()), "--child", mode, "--docs", str(n_docs),
                          "--every", str(every)])
        report(mode, json.loads(out.stdout.strip().splitlines()[-1]), every)
    print(f"   {load()} at the end")


if __name__ == "__main__":
    main()
