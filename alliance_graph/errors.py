"""Errors that alliance-graph raises on purpose.

Every error a user can cause derives from :class:`AllianceGraphError`; the CLI turns
exactly these into a one-line message and exit status 1. Anything else is a bug and keeps
its traceback.
"""

from __future__ import annotations

from collections.abc import Sequence


class AllianceGraphError(Exception):
    """Base class of every error alliance-graph raises for bad input or state."""


class UnknownNameError(AllianceGraphError, LookupError):
    """A state or organisation name that the registry does not know."""

    def __init__(self, kind: str, name: str, suggestions: Sequence[str] = ()) -> None:
        self.kind = kind
        self.name = name
        self.suggestions = tuple(suggestions)
        message = f"No {kind} named {name!r}."
        if self.suggestions:
            message += " Did you mean " + ", ".join(self.suggestions) + "?"
        super().__init__(message)


class InputError(AllianceGraphError, ValueError):
    """A document, corpus line, date or option value that cannot be read."""


class QueryError(AllianceGraphError, ValueError):
    """A SPARQL query that is malformed or not allowed (e.g. an update on a read-only path)."""


class StoreError(AllianceGraphError):
    """The store cannot be opened or written (locked, unreachable, not a store)."""


class ModelError(AllianceGraphError):
    """No usable spaCy pipeline is installed."""
