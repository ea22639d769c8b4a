"""Ontology, vocabulary and SHACL shapes stay in step with the data the store writes."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from alliance_graph import vocab
from alliance_graph.model import MEMBERSHIP_STATUSES, RELATIONS, STATUSES, MembershipState
from alliance_graph.store import Store
try:
    from tests.test_store import DOC_A, DOC_B, EVENTS_A, EVENTS_B
except ImportError:  # tests/ is not a package: pytest puts it on sys.path
    from test_store import DOC_A, DOC_B, EVENTS_A, EVENTS_B

ONTOLOGIES = Path(__file__).resolve().parent.parent / "ontologies"


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGIES / "alliance.ttl")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(ONTOLOGIES / "shapes.ttl")


def _ag_terms(graph: Graph) -> set[URIRef]:
    kinds = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, SKOS.ConceptScheme}
    return {s for s, _, k in graph.triples((None, RDF.type, None))
            if k in kinds and str(s).startswith(vocab.ONTOLOGY_NS)}


def test_vocab_matches_ontology(ontology):
    declared = {URIRef(vocab.ONTOLOGY_NS + name) for name in vocab.AG.__annotations__}
    assert declared == _ag_terms(ontology)


def test_every_term_has_label_and_comment(ontology):
    subjects = _ag_terms(ontology) | set(ontology.subjects(RDF.type, SKOS.Concept))
    for term in subjects:
        assert ontology.value(term, RDFS.label) is not None, term
        assert ontology.value(term, RDFS.comment) is not None, term


@pytest.mark.parametrize("mint, values, scheme", [
    (vocab.relation_concept, RELATIONS, vocab.AG.RelationScheme),
    (vocab.status_concept, STATUSES, vocab.AG.ClaimStatusScheme),
    (vocab.membership_status_concept, MEMBERSHIP_STATUSES, vocab.AG.MembershipStatusScheme),
])
def test_concepts_exist(ontology, mint, values, scheme):
    concepts = {mint(v) for v in values}
    assert concepts == set(ontology.subjects(SKOS.inScheme, scheme))
    for v in values:
        assert ontology.value(mint(v), SKOS.notation) == Literal(v)
        assert vocab.concept_value(mint(v)) == v


def test_misspelt_term_fails():
    with pytest.raises(AttributeError):
        vocab.AG.memberof  # noqa: B018


def _validate(data: Graph, shapes: Graph, ontology: Graph):
    pyshacl = pytest.importorskip("pyshacl")
    conforms, _, text = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology, inference="rdfs")
    return conforms, text


@pytest.fixture
def data() -> Graph:
    with Store.open("memory") as store:
        store.add_document(DOC_A, EVENTS_A, extractor_version="0.1.0")
        store.add_document(DOC_B, EVENTS_B, extractor_version="0.1.0")
        store.replace_memberships([MembershipState("Armenia", "ARM", "CSTO", "CSTO", "suspended",
                                                   "2024-02", None, events=(EVENTS_A[0],))])
        return store.to_graph()


def test_store_data_conforms(data, shapes, ontology):
    conforms, text = _validate(data, shapes, ontology)
    assert conforms, text


def test_event_without_evidence_does_not_conform(data, shapes, ontology):
    node = vocab.event_iri(EVENTS_A[0])
    data.remove((node, vocab.AG.evidence, None))
    conforms, text = _validate(data, shapes, ontology)
    assert not conforms and "evidence" in text


def test_bad_date_and_hash_do_not_conform(data, shapes, ontology):
    node = vocab.event_iri(EVENTS_A[0])
    data.set((node, vocab.AG.date, Literal("Feb 2024")))
    data.set((vocab.document_iri(DOC_A.sha256), vocab.AG.sha256, Literal("abc")))
    conforms, text = _validate(data, shapes, ontology)
    assert not conforms and "sha256" in text
