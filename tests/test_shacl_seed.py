"""The graph built from real articles conforms to ontologies/shapes.ttl (pyshacl).

Built with the trained model from the sample articles in seeds/ and, where ../shared
exists, the article the project started from.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from alliance_graph.graph import AllianceGraph
from alliance_graph.resources import ontology_dir

ROOT = Path(__file__).resolve().parents[1]
SHARED_SEED = ROOT.parent / "shared" / "seeds" / "000_1fd79b23296f8899.txt"

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def seeded_graph():
    with AllianceGraph.open("memory") as graph:
        graph.ingest([str(ROOT / "seeds")])
        if SHARED_SEED.exists():
            graph.ingest([str(SHARED_SEED)], published="2024-02-24")
        yield graph


def _validate(data_graph):
    pyshacl = pytest.importorskip("pyshacl")
    from rdflib import Graph

    shapes = Graph().parse(ontology_dir() / "shapes.ttl")
    ontology = Graph().parse(ontology_dir() / "alliance.ttl")
    conforms, _, text = pyshacl.validate(data_graph, shacl_graph=shapes, ont_graph=ontology,
                                         inference="none", advanced=True)
    return conforms, text


def test_seed_graph_conforms(seeded_graph):
    stats = seeded_graph.stats()
    assert stats["documents"] >= 6 and stats["events"] >= 30
    conforms, text = _validate(seeded_graph.store.to_graph())
    assert conforms, text


def test_shapes_catch_a_broken_event(seeded_graph):
    """The same graph with one event's evidence removed no longer conforms."""
    from rdflib import URIRef

    from alliance_graph.vocab import AG

    graph = seeded_graph.store.to_graph()
    event, evidence = next(iter(graph.subject_objects(URIRef(str(AG.evidence)))))
    graph.remove((event, URIRef(str(AG.evidence)), evidence))
    conforms, _ = _validate(graph)
    assert not conforms
