"""alliance-graph: a temporal, evidence-backed knowledge graph of who is a member of which
international organisation, built from news articles with spaCy and stored as RDF.

Importing the package does no I/O and loads no model; spaCy is imported only when something
is extracted.

Example:
    >>> import alliance_graph
    >>> sorted(alliance_graph.__all__)[:3]
    ['AllianceGraph', 'AllianceGraphError', 'Document']
"""

from alliance_graph.errors import (
    AllianceGraphError,
    InputError,
    ModelError,
    QueryError,
    StoreError,
    UnknownNameError,
)
from alliance_graph.graph import AllianceGraph, IngestSummary
from alliance_graph.model import Document, Event, Evidence, MembershipState
from alliance_graph.network import EvidenceRef, Explanation, MemberRow, MembershipRow
from alliance_graph.sparql import QueryResult

__version__ = "0.1.0"

__all__ = [
    "AllianceGraph",
    "AllianceGraphError",
    "Document",
    "Event",
    "Evidence",
    "EvidenceRef",
    "Explanation",
    "IngestSummary",
    "InputError",
    "MemberRow",
    "MembershipRow",
    "MembershipState",
    "ModelError",
    "QueryError",
    "QueryResult",
    "StoreError",
    "UnknownNameError",
    "__version__",
]
