"""Extraction throughput: ``Extractor.extract_many`` against bare ``nlp.pipe``.

Both run over the same documents with the same pipeline (``alliance_graph.nlp.load_pipeline()``)
and the same batch size, at 1 and 2 processes, on two corpora:

* alliance news: tests/devset/articles and seeds/, repeated to ~300 documents;
* general news: the PLOVER gold-standard sentences (../shared/data) in documents of 10
  sentences, repeated to ~300 documents; few sentences there qualify, so this shows the cost of
  our rules on text that mostly yields nothing (skipped when ../shared is absent).

The ratio ours/bare is in docs/s (1.00 = no overhead beyond parsing); ours skips sentences that
cannot hold an event (the default), and at 1 process it is also timed with
``skip_sentences=False`` (documents that name an organisation parsed whole), with a check that
both give the same events. Last, bare ``nlp.pipe`` in
two fresh processes, one with thinc's ``NumpyOps(use_blis=False)`` set before loading, one with
the default ops, and their ratio (cython-blis issue 53: generic kernels on some CPUs).

Run: ``python benchmarks/extraction.py [--quick]``
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._common import ROOT, SHARED, header, load, parser, ratio, run_python, timed_cpu  # noqa: E402

BATCH_SIZE = 16  # Extractor.extract_many's default; bare nlp.pipe gets the same


def alliance_texts(n_docs: int) -> list[tuple[str, str | None]]:
    """(text, published) of the development-set articles and seeds, repeated to ``n_docs``."""
    from alliance_graph.documents import read_documents

    docs = list(read_documents([str(ROOT / "tests" / "devset" / "articles"), str(ROOT / "seeds")]))
    return [(d.text, d.published) for d in (docs * (n_docs // len(docs) + 1))[:n_docs]]


def plover_texts(n_docs: int, per_doc: int = 10) -> list[tuple[str, str | None]] | None:
    """PLOVER sentences grouped ``per_doc`` to a document, repeated to ``n_docs``; None when absent."""
    path = SHARED / "data" / "plover_gold_standard_records.json"
    if not path.exists():
        return None
    records = json.loads(path.read_text(encoding="utf-8"))
    sentences = [r["text"].strip() for r in records if isinstance(r.get("text"), str) and r["text"].strip()]
    docs = [" ".join(sentences[i:i + per_doc]) for i in range(0, len(sentences), per_doc)]
    return [(t, None) for t in (docs * (n_docs // len(docs) + 1))[:n_docs]]


def bare_rate(nlp, texts: list[str], n_process: int) -> tuple[float, float]:
    """(wall, CPU) docs/s of ``nlp.pipe`` alone, consuming every Doc."""
    wall, cpu = timed_cpu(lambda: sum(1 for _ in nlp.pipe(texts, n_process=n_process, batch_size=BATCH_SIZE)))
    return len(texts) / wall, len(texts) / cpu


def ours_rate(extractor, documents, n_process: int) -> tuple[float, float, int]:
    """(wall, CPU) docs/s of ``extract_many`` (parse + our rules), and the events found."""
    found = [0]

    def run() -> None:
        for _, events in extractor.extract_many(documents, n_process=n_process, batch_size=BATCH_SIZE):
            found[0] += len(events)

    wall, cpu = timed_cpu(run)
    return len(documents) / wall, len(documents) / cpu, found[0]


def compare(title: str, corpus: list[tuple[str, str | None]], nlp, extractor, whole=None) -> None:
    """Ours against bare ``nlp.pipe``; with ``whole`` (an Extractor with ``skip_sentences=False``)
    also that one at 1 process (CPU time), and whether both give the same events."""
    from alliance_graph.model import Document

    documents = [Document(id=f"doc-{i}.txt", text=t, published=p) for i, (t, p) in enumerate(corpus)]
    texts = [d.text for d in documents]
    words = sum(len(t.split()) for t in texts)
    parsed = 0
    for d in documents:
        wanted, reduced = extractor._plan(d, ())
        parsed += (len(d.text) if reduced is None else len(reduced.text)) if wanted else 0
    print(f"-- {title}: {len(texts)} docs, {words / len(texts):.0f} words/doc; "
          f"{100 * parsed / max(1, sum(map(len, texts))):.0f} % of the characters parsed with skipping")
    print(f"   {'processes':>9} {'bare docs/s':>12} {'ours docs/s':>12} {'ours/bare':>10} {'events':>7}")
    for n_process in (1, 2):
        bare, bare_cpu = bare_rate(nlp, texts, n_process)
        ours, ours_cpu, events = ours_rate(extractor, documents, n_process)
        print(f"   {n_process:>9} {bare:>12.1f} {ours:>12.1f} {ratio(ours, bare):>10} {events:>7}   (wall)")
        if n_process == 1:
            print(f"   {n_process:>9} {bare_cpu:>12.1f} {ours_cpu:>12.1f} {ratio(ours_cpu, bare_cpu):>10} "
                  f"{'':>7}   (CPU time of this process: robust to other load)")
            if whole is not None:
                _, whole_cpu, whole_events = ours_rate(whole, documents, 1)
                same = [e for _, es in extractor.extract_many(documents) for e in es] == [
                    e for _, es in whole.extract_many(documents) for e in es]
                print(f"   {'':>9} {'':>12} {whole_cpu:>12.1f} {ratio(whole_cpu, bare_cpu):>10} {whole_events:>7}   "
                      f"(CPU, skip_sentences=False; skipping is {ratio(ours_cpu, whole_cpu)}x, same events: {same})")
    print(f"   {load()}")


def component_profile(nlp, texts: list[str]) -> None:
    """Seconds per pipeline component over ``texts`` (1 process), largest first."""
    docs = [nlp.make_doc(t) for t in texts]
    costs = {"tokenizer": timed_cpu(lambda: [nlp.make_doc(t) for t in texts])[1]}
    for name, proc in nlp.pipeline:
        if hasattr(proc, "pipe"):
            costs[name] = timed_cpu(lambda: docs.__setitem__(slice(None), list(proc.pipe(docs, batch_size=BATCH_SIZE))))[1]
        else:
            costs[name] = timed_cpu(lambda: docs.__setitem__(slice(None), [proc(d) for d in docs]))[1]
    total = sum(costs.values())
    print(f"-- where bare nlp.pipe spends its time ({len(texts)} alliance docs, 1 process, CPU seconds)")
    for name, seconds in sorted(costs.items(), key=lambda kv: -kv[1]):
        print(f"   {name:<20} {seconds:7.2f} s  {100 * seconds / total:5.1f} %")


def blis_child(mode: str, n_docs: int) -> None:
    """In a fresh process: set the ops (``noblis``) or not (``default``), load, time bare pipe."""
    if mode == "noblis":
        from thinc.api import NumpyOps, set_current_ops

        set_current_ops(NumpyOps(use_blis=False))
    from alliance_graph.nlp import load_pipeline

    nlp = load_pipeline()
    texts = [t for t, _ in alliance_texts(n_docs)]
    list(nlp.pipe(texts[:8]))  # warm-up
    print(json.dumps({"mode": mode, "docs_per_s": bare_rate(nlp, texts, 1)[1]}))


def blis_comparison(n_docs: int, rounds: int = 2) -> None:
    """Fresh processes with and without blis, alternated ``rounds`` times; the best of each."""
    rates: dict[str, float] = {}
    for _ in range(rounds):
        for mode in ("default", "noblis"):
            out = run_python([str(Path(__file__).resolve()), "--blis-child", mode, "--docs", str(n_docs)])
            rate = json.loads(out.stdout.strip().splitlines()[-1])["docs_per_s"]
            rates[mode] = max(rates.get(mode, 0.0), rate)
    print(f"-- thinc ops: bare nlp.pipe, 1 process, {n_docs} alliance docs, a fresh process each, "
          f"best of {rounds} alternated runs, docs per CPU second")
    print(f"   default ops (blis):       {rates['default']:.1f} docs/s")
    print(f"   NumpyOps(use_blis=False): {rates['noblis']:.1f} docs/s")
    print(f"   ratio no-blis/default: {ratio(rates['noblis'], rates['default'])}"
          " (> 1 would mean blis's kernels are slower than numpy's on this CPU)")
    print(f"   {load()} at the end")


def main(argv: list[str] | None = None) -> None:
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--docs", type=int, default=None, help="documents per corpus (default 300; --quick 24)")
    p.add_argument("--blis-child", choices=("default", "noblis"), help=argparse_hidden())
    args = p.parse_args(argv)
    n_docs = args.docs or (24 if args.quick else 300)
    if args.blis_child:
        blis_child(args.blis_child, n_docs)
        return
    header("extraction: Extractor.extract_many vs bare nlp.pipe (same model, batch size 16)")
    from alliance_graph.extract import Extractor
    from alliance_graph.nlp import load_pipeline

    nlp = load_pipeline()
    extractor = Extractor(nlp=nlp)
    whole = Extractor(nlp=nlp, skip_sentences=False)
    list(nlp.pipe(["Armenia froze its membership of the CSTO."] * 4))  # warm-up
    compare("alliance news (devset + seeds)", alliance_texts(n_docs), nlp, extractor, whole)
    plover = plover_texts(n_docs)
    if plover is None:
        print("-- general news (PLOVER): skipped, ../shared/data is absent")
    else:
        compare("general news (PLOVER sentences, 10 per doc)", plover, nlp, extractor, whole)
    component_profile(nlp, [t for t, _ in alliance_texts(max(8, n_docs // 3))])
    blis_comparison(max(8, n_docs // 3))


def argparse_hidden() -> str:
    import argparse

    return argparse.SUPPRESS


if __name__ == "__main__":
    main()
