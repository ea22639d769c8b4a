"""Named SPARQL queries (package data) and the read-only query gate.

``check_query`` parses a query with rdflib's SPARQL parser and refuses update forms and
(unless allowed) SERVICE; ``QueryResult`` carries answers as plain Python values, so no rdflib
type leaves the store layer.

Example:
    >>> sorted(named_queries())[:2]
    ['all-shortcuts', 'documents']
    >>> check_query("SELECT ?s WHERE { ?s ag:memberOf ?o }")
    'SELECT'
    >>> check_query("CLEAR ALL")
    Traceback (most recent call last):
    ...
    alliance_graph.errors.QueryError: Refused: this endpoint is read-only and the text is a SPARQL update (CLEAR).
"""

from __future__ import annotations

import functools

import csv
import io
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from pyparsing import ParseException, ParseResults
from rdflib import BNode, Literal
from rdflib.namespace import XSD
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue

from alliance_graph.errors import QueryError

Value = str | int | float | bool | None

_QUERY_FORMS = {"SelectQuery": "SELECT", "ConstructQuery": "CONSTRUCT", "AskQuery": "ASK",
                "DescribeQuery": "DESCRIBE"}
_INTEGERS = {XSD.integer, XSD.int, XSD.long, XSD.short, XSD.byte, XSD.nonNegativeInteger,
             XSD.positiveInteger, XSD.negativeInteger, XSD.nonPositiveInteger,
             XSD.unsignedInt, XSD.unsignedLong, XSD.unsignedShort, XSD.unsignedByte}
_FLOATS = {XSD.decimal, XSD.double, XSD.float}


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _contains(node: Any, name: str) -> bool:
    if isinstance(node, CompValue):
        if node.name == name:
            return True
        return any(_contains(v, name) for v in node.values())
    if isinstance(node, (ParseResults, list, tuple)):
        return any(_contains(v, name) for v in node)
    return False


@functools.lru_cache(maxsize=256)
def check_query(sparql: str, *, allow_service: bool = False) -> str:
    """Parse ``sparql`` and return its form (SELECT, ASK, CONSTRUCT, DESCRIBE).

    Raises QueryError (one line) for an update, a SERVICE clause unless ``allow_service``,
    or a malformed query. Results are cached: rdflib's parser takes ~0.15 s a query, while
    the named queries run the same text again and again.
    """
    try:
        parsed = parseQuery(sparql)
    except ParseException as exc:
        try:
            update = parseUpdate(sparql)
        except ParseException:
            raise QueryError(f"Malformed SPARQL query: {_one_line(exc)}") from None
        forms = [getattr(req, "name", "update") for req in update.request]
        form = forms[0].replace("Data", " DATA").replace("Where", " WHERE").upper() if forms else "UPDATE"
        raise QueryError(
            f"Refused: this endpoint is read-only and the text is a SPARQL update ({form}).") from None
    if not allow_service and _contains(parsed, "ServiceGraphPattern"):
        raise QueryError("Refused: SERVICE (federated query) is not allowed here.")
    return _QUERY_FORMS.get(parsed[1].name, parsed[1].name)


def to_python(term: Any) -> Value:
    """A plain Python value for an rdflib term (numbers and booleans typed, others str)."""
    if term is None:
        return None
    if isinstance(term, Literal):
        lexical = str(term)
        try:
            if term.datatype in _INTEGERS:
                return int(lexical)
            if term.datatype in _FLOATS:
                return float(lexical)
        except ValueError:
            return lexical
        if term.datatype == XSD.boolean:
            return lexical in ("true", "1")
        return lexical
    if isinstance(term, BNode):
        return "_:" + str(term)
    return str(term)


def to_json_binding(term: Any) -> dict[str, str]:
    """A term in the SPARQL 1.1 results JSON format."""
    if isinstance(term, Literal):
        out = {"type": "literal", "value": str(term)}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype is not None and term.datatype != XSD.string:
            out["datatype"] = str(term.datatype)
        return out
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    return {"type": "uri", "value": str(term)}


@dataclass
class QueryResult:
    """Answers of a query in plain Python.

    ``vars`` and ``rows`` for SELECT (and s/p/o rows for CONSTRUCT/DESCRIBE); ``boolean`` for ASK.
    """

    form: str
    vars: list[str] = field(default_factory=list)
    rows: list[dict[str, Value]] = field(default_factory=list)
    boolean: bool | None = None
    _json_rows: list[dict[str, dict[str, str]]] = field(default_factory=list, repr=False)

    @classmethod
    def from_terms(cls, form: str, names: list[str], term_rows: list[tuple[Any, ...]]) -> "QueryResult":
        """Build from rows of rdflib terms (None for unbound)."""
        rows, json_rows = [], []
        for terms in term_rows:
            rows.append({n: to_python(t) for n, t in zip(names, terms)})
            json_rows.append({n: to_json_binding(t) for n, t in zip(names, terms) if t is not None})
        return cls(form=form, vars=list(names), rows=rows, _json_rows=json_rows)

    def to_sparql_json(self) -> dict[str, Any]:
        """The SPARQL 1.1 Query Results JSON document."""
        if self.form == "ASK":
            return {"head": {}, "boolean": bool(self.boolean)}
        return {"head": {"vars": list(self.vars)}, "results": {"bindings": list(self._json_rows)}}

    def to_csv(self) -> str:
        """SPARQL 1.1 Query Results CSV (ASK gives one ``boolean`` column)."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        if self.form == "ASK":
            writer.writerows([["boolean"], ["true" if self.boolean else "false"]])
            return out.getvalue()
        writer.writerow(self.vars)
        for row in self.rows:
            writer.writerow(["" if row.get(v) is None else _csv_value(row[v]) for v in self.vars])
        return out.getvalue()


def _csv_value(value: Value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


@dataclass(frozen=True)
class NamedQuery:
    """A packaged query: ``name`` (file stem), ``description`` (first comment line), ``text``."""

    name: str
    description: str
    text: str


def named_queries() -> dict[str, NamedQuery]:
    """Every ``*.rq`` file of this package, by name."""
    found: dict[str, NamedQuery] = {}
    for entry in resources.files(__name__).iterdir():
        if not entry.name.endswith(".rq"):
            continue
        text = entry.read_text(encoding="utf-8")
        first = next((ln for ln in text.splitlines() if ln.strip()), "")
        description = first.lstrip("#").strip() if first.lstrip().startswith("#") else ""
        found[entry.name[:-3]] = NamedQuery(entry.name[:-3], description, text)
    return dict(sorted(found.items()))


__all__ = ["NamedQuery", "QueryResult", "check_query", "named_queries", "to_python"]
