"""Where the packaged reference data lives.

A built wheel carries the repository's ``ontologies/`` folder as ``alliance_graph/_ontologies``
(see ``[tool.hatch.build.targets.wheel.force-include]`` in pyproject.toml); a source checkout
or editable install reads ``ontologies/`` beside the package. Nothing is looked up at import time.
"""

from __future__ import annotations

from pathlib import Path

from alliance_graph.errors import AllianceGraphError


class ResourceError(AllianceGraphError):
    """The packaged reference data (the ``ontologies`` folder) cannot be found."""


def ontology_dir() -> Path:
    """The ``ontologies`` folder: installed package data first, else the source checkout.

    Raises:
        ResourceError: when neither location exists (a broken install).

    Examples:
        >>> (ontology_dir() / "registry").is_dir()
        True
    """
    package = Path(__file__).resolve().parent
    for candidate in (package / "_ontologies", package.parent / "ontologies"):
        if candidate.is_dir():
            return candidate
    raise ResourceError(
        f"Cannot find the ontologies folder: looked in {package / '_ontologies'} "
        f"and {package.parent / 'ontologies'}. Reinstall alliance-graph."
    )
