"""The RDF store at scale: bulk load and the membership query, Oxigraph against rdflib Memory.

1. Bulk load: N synthetic documents x M pre-extracted events (``alliance_graph.model.Event``),
   written through ``Store.add_documents`` in batches of 256 documents (one transaction each,
   as ingest writes) into an embedded Oxigraph store (a temp directory), against an rdflib
   in-memory ``Dataset`` receiving the same quads (``store.document_quads``, converted to
   rdflib terms, then ``Dataset.addN``). Both times include building the quads; the builder
   alone is printed too. Then the derived memberships: all pairs derived from the pending
   marks (what the first ingest does), one full ``Store.replace_memberships``, and an
   incremental ingest of 50 more documents (write + re-derive the pairs they touch).
2. The membership query ``alliance_graph/sparql/members-on-date.rq`` through ``Store.query``
   with bindings, at >= 1M triples (``--quick``: ~100k), against the same SPARQL on the rdflib
   Dataset (``default_union=True``), which is cut off after ``--timeout`` seconds.
3. ``Store.events()`` (what every ingest and every question reads back) on Oxigraph.
4. The questions ``members ORG --as-of D`` and ``memberships STATE --as-of D`` through
   ``AllianceGraph`` (answered from the derived graph) against the same calls answered by the
   networkx projection of the entity's events (the path before issue 5, still the fallback),
   rows checked equal; and the CLI ``python -m alliance_graph --store S members NATO --as-of
   2020-01-01`` both ways (median of 3 processes each).

Run: ``python benchmarks/store.py [--quick] [--docs N] [--events M] [--timeout T]``, or
``python benchmarks/store.py --questions STORE`` for part 4 alone on a store it built.
"""

from __future__ import annotations

import multiprocessing
import random
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._common import (  # noqa: E402
    ROOT, entities, header, parser, ratio, run_python, synthetic_corpus, timed,
)

EXTRACTED_AT = "2024-03-01T12:00:00+00:00"
QUERY = (ROOT / "alliance_graph" / "sparql" / "members-on-date.rq").read_text(encoding="utf-8")


def _rdflib_query_child(dataset, org_iri, date, conn) -> None:
    from rdflib import Literal

    from alliance_graph import vocab

    start = time.perf_counter()
    rows = list(dataset.query(QUERY, initNs=vocab.PREFIXES, initBindings={"org": org_iri, "date": Literal(date)}))
    conn.send((time.perf_counter() - start, len(rows)))


def rdflib_query(dataset, org_iri, date: str, timeout: float) -> tuple[float | None, int]:
    """(seconds, rows) of the membership query on an rdflib Dataset; (None, 0) past ``timeout``.

    Runs in a forked child so that a query past the timeout can be stopped."""
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_rdflib_query_child, args=(dataset, org_iri, date, child))
    proc.start()
    if parent.poll(timeout):
        seconds, n = parent.recv()
        proc.join()
        return seconds, n
    proc.terminate()
    proc.join()
    return None, 0


def rdflib_quads(quads):
    """pyoxigraph quads as rdflib tuples (the baseline stores rdflib terms)."""
    from alliance_graph.rdf import from_ox

    return [tuple(from_ox(t) for t in q) for q in quads]


def derive_pending(store) -> None:
    """What an ingest does after writing: re-derive the pending pairs, 256 at a time."""
    from alliance_graph.membership import derive_memberships

    pairs = store.pending_pairs()
    for start in range(0, len(pairs), 256):
        chunk = pairs[start:start + 256]
        store.update_memberships(chunk, derive_memberships(store.pair_events(chunk)))
    store.settle_memberships(pairs)


def main(argv: list[str] | None = None) -> None:
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--docs", type=int, help="documents (default 5000; --quick 500)")
    p.add_argument("--events", type=int, default=5, help="events per document (default 5)")
    p.add_argument("--timeout", type=float, help="cut-off for one rdflib query, s (default 120; --quick 30)")
    p.add_argument("--queries", type=int, default=20, help="membership queries timed on Oxigraph")
    p.add_argument("--questions", metavar="STORE", help="only time members/memberships on this store")
    args = p.parse_args(argv)
    if args.questions:
        header(f"store: members / memberships on {args.questions}")
        questions(args.questions, args.queries)
        return
    n_docs = args.docs or (500 if args.quick else 5000)
    timeout = args.timeout or (30.0 if args.quick else 120.0)

    from rdflib import Dataset

    from alliance_graph import vocab
    from alliance_graph.membership import derive_memberships
    from alliance_graph.store import Store, document_quads, membership_quads

    header(f"store: {n_docs} documents x {args.events} events, Oxigraph (embedded) vs rdflib Memory")
    corpus = list(synthetic_corpus(n_docs, args.events))
    events = [e for _, evs in corpus for e in evs]

    build = timed(lambda: [document_quads(d, evs, extractor_version="bench", extracted_at=EXTRACTED_AT)
                           for d, evs in corpus])
    n_quads = sum(len(document_quads(d, evs, extractor_version="bench", extracted_at=EXTRACTED_AT))
                  for d, evs in corpus)
    states = derive_memberships(events)

    with tempfile.TemporaryDirectory(prefix="ag-bench-") as tmp:
        store = Store.open(str(Path(tmp) / "db"))
        batches = [corpus[i:i + 256] for i in range(0, len(corpus), 256)]
        ox_load = timed(lambda: [store.add_documents(b, extractor_version="bench", extracted_at=EXTRACTED_AT)
                                 for b in batches])
        ox_derive = timed(lambda: derive_pending(store))
        ox_members = timed(lambda: store.replace_memberships(states))
        extra = list(synthetic_corpus(50, args.events, seed=99))
        ox_incremental = timed(lambda: (store.add_documents(extra, extractor_version="bench"), derive_pending(store)))
        stored = int(store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").rows[0]["n"])

        dataset = Dataset(default_union=True)
        rd_load = timed(lambda: [dataset.addN(rdflib_quads(document_quads(d, evs, extractor_version="bench",
                                                                          extracted_at=EXTRACTED_AT)))
                                 for d, evs in corpus])
        rd_members = timed(lambda: dataset.addN(rdflib_quads(membership_quads(states))))

        print(f"-- bulk load: {n_quads} quads generated ({n_quads / len(events):.1f} per event), "
              f"{stored} distinct quads stored, {len(states)} membership intervals")
        print(f"   building the quads alone (document_quads): {n_quads / build:,.0f} quads/s")
        print(f"   Oxigraph, Store.add_documents: {n_quads / ox_load:>10,.0f} quads/s ({ox_load:.1f} s)")
        print(f"   rdflib Memory, Dataset.addN:   {n_quads / rd_load:>10,.0f} quads/s ({rd_load:.1f} s)")
        print(f"   ratio Oxigraph/rdflib: {ratio(rd_load, ox_load)}")
        print(f"   derived memberships: every pair from the pending marks {ox_derive:.2f} s; "
              f"Oxigraph replace_memberships {ox_members:.2f} s, rdflib addN {rd_members:.2f} s")
        print(f"   incremental: 50 more documents written and their pairs re-derived: {ox_incremental:.2f} s")

        rng = random.Random(7)
        orgs = [oid for oid, _ in entities()[1]]
        asks = [(str(vocab.org_iri(rng.choice(orgs))), f"{rng.randint(1960, 2024)}-06-01")
                for _ in range(args.queries)]
        ox_times, ox_rows = [], 0
        for org, date in asks:
            start = time.perf_counter()
            ox_rows += len(store.query(QUERY, iri_bindings={"org": org}, bindings={"date": date}).rows)
            ox_times.append(time.perf_counter() - start)
        ox_times.sort()
        ox_median = ox_times[len(ox_times) // 2]
        print(f"-- membership query (members-on-date.rq, Store.query with bindings) at {stored:,} quads")
        print(f"   Oxigraph: median {1000 * ox_median:.1f} ms, max {1000 * ox_times[-1]:.1f} ms "
              f"over {len(asks)} queries ({ox_rows / len(asks):.1f} rows each)")
        org, date = asks[0]
        rd_seconds, rd_rows = rdflib_query(dataset, vocab.check_iri(org), date, timeout)
        one = store.query(QUERY, iri_bindings={"org": org}, bindings={"date": date}).rows
        if rd_seconds is None:
            print(f"   rdflib Memory (default_union): > {timeout:.0f} s (stopped); "
                  f"ratio rdflib/Oxigraph > {ratio(timeout, ox_median)}")
        else:
            agree = "same rows" if rd_rows == len(one) else f"ROWS DIFFER: {rd_rows} vs {len(one)}"
            print(f"   rdflib Memory (default_union): {rd_seconds:.2f} s ({agree}); "
                  f"ratio rdflib/Oxigraph {ratio(rd_seconds, ox_median)}")

        read = timed(store.events)
        print(f"-- Store.events() (read back every event, as ingest and every question do): "
              f"{read:.2f} s for {len(events):,} events ({len(events) / read:,.0f} events/s)")
        store.close()
        diagnose(str(Path(tmp) / "db"), org, date)
        questions(str(Path(tmp) / "db"), args.queries)


def _median_ms(times: list[float]) -> float:
    return 1000 * sorted(times)[len(times) // 2]


# The CLI with the derived graph switched off: the networkx path, as before issue 5.
_CLI_NETWORKX = ("import sys; from alliance_graph.store import Store; "
                 "Store.memberships_on = lambda self, *a, **k: None; "
                 "from alliance_graph.cli import cli; cli(sys.argv[1:])")


def questions(path: str, n: int) -> None:
    """``AllianceGraph.members`` / ``memberships`` from the derived graph against the networkx
    path (the derived reader switched off on the same store), then the CLI both ways."""
    from alliance_graph.graph import AllianceGraph

    rng = random.Random(11)
    orgs = [oid for oid, _ in entities()[1]]
    states = [sid for sid, _ in entities()[0]]
    asks = [(rng.choice(orgs), f"{rng.randint(1960, 2024)}-06-01") for _ in range(n)]
    asks_m = [(rng.choice(states), f"{rng.randint(1960, 2024)}-06-01") for _ in range(n)]
    times: dict[str, list[float]] = {k: [] for k in ("members", "members_nx", "memberships", "memberships_nx")}
    rows = 0
    with AllianceGraph.open(path, read_only=True) as graph:
        store = graph.store
        for (org, date), (state, day) in zip(asks, asks_m):
            for key, call in (("members", lambda: graph.members(org, as_of=date, include_all=True)),
                              ("memberships", lambda: graph.memberships(state, as_of=day))):
                start = time.perf_counter()
                derived = call()
                times[key].append(time.perf_counter() - start)
                store.memberships_on = lambda *a, **k: None  # the networkx path
                start = time.perf_counter()
                projected = call()
                times[key + "_nx"].append(time.perf_counter() - start)
                del store.memberships_on
                assert derived == projected, (key, org, date, state, day)
                rows += len(derived)
        quads = graph.stats()["triples"]
    print(f"-- questions through AllianceGraph at {quads:,} quads ({n} each, random entities and dates, "
          f"{rows / (2 * n):.1f} rows each, rows equal both ways)")
    for key, label in (("members", "members ORG --all"), ("memberships", "memberships STATE")):
        derived, projected = _median_ms(times[key]), _median_ms(times[key + "_nx"])
        print(f"   {label:<18} derived graph median {derived:.1f} ms (max {1000 * max(times[key]):.1f}); "
              f"networkx path {projected:.1f} ms (max {1000 * max(times[key + '_nx']):.1f}); "
              f"ratio networkx/derived {ratio(projected, derived)}")
    args = ["--store", path, "members", "NATO", "--as-of", "2020-01-01"]
    cli: dict[str, list[float]] = {"derived": [], "networkx": []}
    outputs: dict[str, str] = {}
    for _ in range(3):
        for key, argv in (("derived", ["-m", "alliance_graph", *args]), ("networkx", ["-c", _CLI_NETWORKX, *args])):
            start = time.perf_counter()
            outputs[key] = run_python(argv).stdout
            cli[key].append(time.perf_counter() - start)
    same = "same output" if outputs["derived"] == outputs["networkx"] else "OUTPUT DIFFERS"
    derived, projected = _median_ms(cli["derived"]), _median_ms(cli["networkx"])
    print(f"   CLI `members NATO --as-of 2020-01-01` (whole process): derived {derived:.0f} ms, "
          f"networkx {projected:.0f} ms ({same}); ratio {ratio(projected, derived)}")


def diagnose(path: str, org: str, date: str) -> None:
    """Where Store.query's time goes: rdflib's parse in check_query, then Oxigraph itself
    (the same store opened read-only with bare pyoxigraph, bindings as substitutions and inlined)."""
    import pyoxigraph as ox

    from alliance_graph import vocab
    from alliance_graph.sparql import check_query

    prefixes = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in vocab.PREFIXES.items())
    store = ox.Store.read_only(path)
    subs = {ox.Variable("org"): ox.NamedNode(org), ox.Variable("date"): ox.Literal(date)}
    inlined = (QUERY.replace("?org ?date ", "").replace("?org ;", f"<{org}> ;")
               .replace("STR(?date)", ox.Literal(date).__str__()))
    parse = timed(lambda: check_query(QUERY))
    sub = timed(lambda: list(store.query(prefixes + QUERY, use_default_graph_as_union=True, substitutions=subs)))
    inl = timed(lambda: list(store.query(prefixes + inlined, use_default_graph_as_union=True)))
    print("-- where the membership query's time goes (one query)")
    print(f"   check_query (rdflib parses the text to vet it): {1000 * parse:.1f} ms")
    print(f"   bare pyoxigraph, bindings as substitutions:      {1000 * sub:.1f} ms")
    print(f"   bare pyoxigraph, constants inlined:              {1000 * inl:.1f} ms")


if __name__ == "__main__":
    main()
