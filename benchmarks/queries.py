"""Questions on the networkx projection as the graph grows: 10k → 100k events.

On synthetic events between the registry's states and organisations (``network.build_graph``):

* membership: ``network.members(G, org, as_of=date, include_all=True)`` for random
  organisations and dates;
* path: ``networkx.shortest_path`` between two random states over the undirected projection
  (state → organisation → state ...);
* and building the projection itself (``network.build_graph``), which every CLI question does
  once after reading the events back.

Prints the time per query at each size and the growth ratio from the smallest to the largest
size (10x more events; 1.0 = no growth, 10 = linear in the number of events).

Run: ``python benchmarks/queries.py [--quick] [--sizes 10000,100000]``
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._common import header, parser, ratio, synthetic_corpus, timed  # noqa: E402


def per_query(calls, *, repeat: int) -> float:
    """Median seconds of one call over ``repeat`` calls of the callables in ``calls`` (cycled)."""
    times = []
    for i in range(repeat):
        call = calls[i % len(calls)]
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    times.sort()
    return times[len(times) // 2]


def measure(n_events: int, repeat: int) -> dict[str, float]:
    import networkx as nx

    from alliance_graph import network

    events = [e for _, evs in synthetic_corpus(n_events // 5, 5, seed=n_events) for e in evs]
    G = None

    def build() -> None:
        nonlocal G
        G = network.build_graph(events)

    seconds_build = timed(build)
    assert G is not None
    rng = random.Random(3)
    orgs = [n for n, d in G.nodes(data=True) if d["kind"] == "organization"]
    states = [n for n, d in G.nodes(data=True) if d["kind"] == "state"]
    U = G.to_undirected(as_view=True)
    member_calls = [
        (lambda o=rng.choice(orgs), d=f"{rng.randint(1960, 2024)}-06-01":
         network.members(G, o, as_of=d, include_all=True))
        for _ in range(repeat)
    ]
    path_calls = [
        (lambda a=rng.choice(states), b=rng.choice(states): nx.shortest_path(U, a, b))
        for _ in range(repeat)
    ]
    result = {
        "events": len(events), "nodes": G.number_of_nodes(), "edges": G.number_of_edges(),
        "pairs": len(G.graph["memberships"]), "build": seconds_build,
        "members": per_query(member_calls, repeat=repeat), "path": per_query(path_calls, repeat=repeat),
    }
    print(f"   {len(events):>8,} events: {result['nodes']} nodes, {result['edges']:,} edges, "
          f"{result['pairs']:,} (member, organisation) pairs; build_graph {seconds_build:.2f} s; "
          f"members {1000 * result['members']:.2f} ms; shortest path {1000 * result['path']:.3f} ms")
    return result


def main(argv: list[str] | None = None) -> None:
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--sizes", help="comma-separated event counts (default 10000,100000; --quick 1000,10000)")
    p.add_argument("--repeat", type=int, default=50, help="queries timed per size (median reported)")
    args = p.parse_args(argv)
    sizes = [int(s) for s in (args.sizes or ("1000,10000" if args.quick else "10000,100000")).split(",")]
    header("queries on the networkx projection: members on a date, shortest path")
    results = [measure(n, args.repeat) for n in sizes]
    first, last = results[0], results[-1]
    growth = last["events"] / first["events"]
    print(f"-- growth {first['events']:,} → {last['events']:,} events ({growth:.0f}x):")
    for key, label in (("members", "members on a date"), ("path", "shortest path"),
                       ("build", "build_graph")):
        print(f"   {label:<18} {ratio(last[key], first[key]):>6}x")


if __name__ == "__main__":
    main()
