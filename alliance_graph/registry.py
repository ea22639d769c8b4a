"""Canonical states and organisations: ids, names, aliases, and name lookup.

The data is two TOML files in ``ontologies/registry/`` (``states.toml``, ``organisations.toml``);
this module reads and checks them and answers "which entity does this name mean?". The same
forms feed the spaCy gazetteer (:meth:`Registry.surface_forms`) and the CLI's name resolution
(:meth:`Registry.resolve`), so the extractor and the commands agree on what a name means.

Examples:
    >>> reg = default_registry()
    >>> reg.resolve("Collective Security Treaty Organisation").id
    'CSTO'
    >>> reg.find("the Kremlin").name
    'Russia'
"""

from __future__ import annotations

import datetime
import difflib
import functools
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alliance_graph.errors import AllianceGraphError, UnknownNameError
from alliance_graph.resources import ontology_dir

#: The values an organisation's ``type`` may take.
ORGANISATION_TYPES: frozenset[str] = frozenset({
    "military alliance", "political union", "economic union", "economic bloc", "trade bloc",
    "intergovernmental organisation", "regional organisation", "court", "forum", "cartel",
    "monetary union", "border-free area", "development bank", "security partnership",
    "human rights body",
})

#: The ``form`` labels :meth:`Registry.surface_forms` yields.
FORMS: tuple[str, ...] = ("name", "alias", "demonym", "metonym", "description")

_UN_STATUSES = ("member", "observer", None)
_ID_RE = re.compile(r"^[A-Z0-9_]+$")
_DATE_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?$")
_QUOTES = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u00b4": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
})


class RegistryError(AllianceGraphError, ValueError):
    """The registry data is malformed: a missing field, a duplicate id, or a shared alias."""


@dataclass(frozen=True)
class Entity:
    """A state or an organisation, with every name by which news may refer to it.

    ``aliases`` include an organisation's full names and a state's official name;
    ``full_names`` repeats an organisation's official long names on their own. ``dissolved``
    is the ISO date ("1991", "1991-12" or "1991-12-26") on which an entity ceased to exist,
    None while it exists.

    Examples:
        >>> Entity("ARM", "Armenia", "state", demonyms=("Armenian",)).is_state
        True
        >>> Entity("SUN", "Soviet Union", "state", dissolved="1991-12-26").is_historical
        True
    """

    id: str
    name: str
    kind: str  # "state" | "organization"
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    descriptions: tuple[str, ...] = ()
    heads: tuple[str, ...] = ()
    type: str | None = None
    founded: str | None = None
    wikidata: str | None = None
    official_name: str | None = None
    un_status: str | None = None
    full_names: tuple[str, ...] = ()
    dissolved: str | None = None

    @property
    def is_state(self) -> bool:
        """True for a state, False for an organisation."""
        return self.kind == "state"

    @property
    def is_historical(self) -> bool:
        """True for an entity that no longer exists (it has a ``dissolved`` date)."""
        return self.dissolved is not None


def normalise_name(text: str) -> str:
    """The lookup key of a name: what :meth:`Registry.find` compares.

    Lowercases; folds diacritics, curly quotes and dashes; drops dots ("U.S." is "us") and a
    leading "the"; treats hyphens as spaces and joins a lone letter to a number ("G-7" is "g7").

    Examples:
        >>> normalise_name("The U.S.")
        'us'
        >>> normalise_name("Türkiye") == normalise_name("turkiye")
        True
        >>> normalise_name("G-7"), normalise_name("mini-NATO"), normalise_name("Côte d’Ivoire")
        ('g7', 'mini nato', "cote d'ivoire")
    """
    text = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = text.replace(".", "").replace("-", " ").replace("_", " ")
    text = " ".join(text.split())
    text = re.sub(r"\b([a-z]) (?=\d)", r"\1", text)
    if text.startswith("the "):
        text = text[4:]
    return text


def _kind(kind: str | None) -> str | None:
    if kind is None:
        return None
    if kind in ("state", "country"):
        return "state"
    if kind in ("organization", "organisation", "org"):
        return "organization"
    raise ValueError(f"kind must be 'state', 'organisation' or None, not {kind!r}")


def _kind_word(kind: str | None) -> str:
    return {"state": "state", "organization": "organisation"}.get(kind or "", "state or organisation")


def _strings(record: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = record.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise RegistryError(f"{where}: '{key}' must be a list of non-empty strings.")
    return tuple(dict.fromkeys(value))  # drop exact repeats, keep order


def _optional(record: dict[str, Any], key: str, where: str) -> str | None:
    value = record.get(key)
    if value is not None and not isinstance(value, str):
        raise RegistryError(f"{where}: '{key}' must be a string.")
    return value


def _date(record: dict[str, Any], key: str, where: str) -> str | None:
    """An optional ISO date field: "YYYY", "YYYY-MM" or "YYYY-MM-DD"."""
    value = _optional(record, key, where)
    if value is None:
        return None
    valid = bool(_DATE_RE.match(value))
    if valid and len(value) == 10:
        try:
            datetime.date.fromisoformat(value)
        except ValueError:
            valid = False
    if not valid:
        raise RegistryError(f"{where}: '{key}' must be a date 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', "
                            f"not {value!r}.")
    return value


def _entity(record: dict[str, Any], kind: str, source: str) -> Entity:
    where = f"{source}: {record.get('id', '?')}"
    for key in ("id", "name"):
        if not isinstance(record.get(key), str) or not record[key].strip():
            raise RegistryError(f"{where}: missing '{key}'.")
    if not _ID_RE.match(record["id"]):
        raise RegistryError(f"{where}: id must match [A-Z0-9_]+.")
    official = _optional(record, "official_name", where)
    full_names = _strings(record, "full_names", where)
    extra = (official,) if official else full_names
    aliases = tuple(a for a in dict.fromkeys(extra + _strings(record, "aliases", where))
                    if a != record["name"])
    entity = Entity(
        id=record["id"], name=record["name"], kind=kind, aliases=aliases,
        demonyms=_strings(record, "demonyms", where), metonyms=_strings(record, "metonyms", where),
        descriptions=_strings(record, "descriptions", where),
        heads=tuple(h.lower() for h in _strings(record, "heads", where)),
        type=_optional(record, "type", where), founded=_optional(record, "founded", where),
        wikidata=_optional(record, "wikidata", where), official_name=official,
        un_status=_optional(record, "un_status", where), full_names=full_names,
        dissolved=_date(record, "dissolved", where),
    )
    if kind == "organization" and entity.type not in ORGANISATION_TYPES:
        raise RegistryError(f"{where}: type must be one of {sorted(ORGANISATION_TYPES)}, "
                            f"not {entity.type!r}.")
    if kind == "state" and entity.un_status not in _UN_STATUSES:
        raise RegistryError(f"{where}: un_status must be 'member', 'observer' or absent.")
    if entity.is_historical and entity.un_status is not None:
        raise RegistryError(f"{where}: a dissolved state has no un_status.")
    return entity


def _names(entity: Entity) -> Iterator[tuple[str, str]]:
    """(text, form) for every name of an entity except demonyms."""
    yield entity.name, "name"
    for form, texts in (("alias", entity.aliases), ("metonym", entity.metonyms),
                        ("description", entity.descriptions)):
        for text in texts:
            yield text, form


class Registry:
    """The known states and organisations, indexed by normalised name.

    Build one with :meth:`load` (or use :func:`default_registry`). Names are unique across
    the registry: loading fails if two entities share a name, alias, metonym or description
    (after :func:`normalise_name`), or a demonym. A name takes precedence over an id, so the
    Non-Aligned Movement's "NAM" is not Namibia (whose id is ``NAM``).

    Examples:
        >>> reg = default_registry()
        >>> reg.get("TUR").name
        'Turkey'
        >>> [e.id for e in reg.by_head("cartel")][:2]
        ['OPEC', 'OPECPLUS']
    """

    def __init__(self, states: Iterable[Entity], organizations: Iterable[Entity],
                 state_groups: Mapping[str, Iterable[str]] | None = None) -> None:
        self.states: tuple[Entity, ...] = tuple(states)
        self.organizations: tuple[Entity, ...] = tuple(organizations)
        self._by_id: dict[str, Entity] = {}
        self._by_name: dict[str, Entity] = {}
        self._by_demonym: dict[str, Entity] = {}
        self._id_keys: dict[str, Entity] = {}
        for entity in self.states + self.organizations:
            if entity.id in self._by_id:
                raise RegistryError(f"Duplicate id {entity.id!r}.")
            self._by_id[entity.id] = entity
            self._id_keys[normalise_name(entity.id)] = entity
            for text, _form in _names(entity):
                self._claim(self._by_name, text, entity, "name")
            for text in entity.demonyms:
                self._claim(self._by_demonym, text, entity, "demonym")
        self._groups: dict[str, tuple[Entity, ...]] = {}
        for word, members in (state_groups or {}).items():
            found = tuple(self._by_id.get(m) for m in members)
            if not found or any(e is None or not e.is_state for e in found):
                raise RegistryError(f"The group {word!r} must list known state ids, not {list(members)!r}.")
            self._groups[normalise_name(word)] = found  # type: ignore[assignment]

    @staticmethod
    def _claim(index: dict[str, Entity], text: str, entity: Entity, what: str) -> None:
        key = normalise_name(text)
        if not key:
            raise RegistryError(f"{entity.id}: the {what} {text!r} is empty once normalised.")
        other = index.setdefault(key, entity)
        if other is not entity:
            raise RegistryError(f"The {what} {text!r} is shared by {other.id} ({other.name}) "
                                f"and {entity.id} ({entity.name}).")

    @classmethod
    def load(cls, directory: Path | None = None) -> "Registry":
        """Read ``states.toml`` and ``organisations.toml`` (and ``groups.toml`` when present)
        from ``directory``.

        ``directory`` defaults to ``ontologies/registry``. Raises :class:`RegistryError`
        when the data is malformed and ``FileNotFoundError`` when a file is missing.
        """
        directory = Path(directory) if directory is not None else ontology_dir() / "registry"
        tables = {}
        for filename, table in (("states.toml", "state"), ("organisations.toml", "organisation")):
            path = directory / filename
            try:
                with path.open("rb") as fh:
                    data = tomllib.load(fh)
            except tomllib.TOMLDecodeError as exc:
                raise RegistryError(f"{path}: {exc}") from None
            tables[table] = [_entity(r, _kind(table) or "", filename) for r in data.get(table, [])]
        return cls(tables["state"], tables["organisation"], _state_groups(directory / "groups.toml"))

    def __len__(self) -> int:
        return len(self._by_id)

    def __iter__(self) -> Iterator[Entity]:
        return iter(self.states + self.organizations)

    def __repr__(self) -> str:
        return f"<Registry: {len(self.states)} states, {len(self.organizations)} organisations>"

    def get(self, entity_id: str) -> Entity:
        """The entity with this id (case-insensitive); raises :class:`UnknownNameError`.

        Examples:
            >>> default_registry().get("csto").name
            'CSTO'
        """
        entity = self._by_id.get(entity_id.strip().upper())
        if entity is None:
            close = difflib.get_close_matches(entity_id.upper(), list(self._by_id), n=3)
            raise UnknownNameError("state or organisation", entity_id, close)
        return entity

    def find(self, name: str, kind: str | None = None) -> Entity | None:
        """The entity a name, alias, metonym, description or id means, or None.

        ``kind`` ("state" or "organisation"/"organization") restricts the answer. Demonyms are
        not names: see :meth:`find_demonym`.

        Examples:
            >>> reg = default_registry()
            >>> reg.find("U.S.").id, reg.find("the G-7").id, reg.find("Brussels").id
            ('USA', 'G7', 'EU')
            >>> reg.find("NAM").name, reg.find("NAM", kind="state").name
            ('Non-Aligned Movement', 'Namibia')
            >>> reg.find("Armenian") is None
            True
        """
        wanted = _kind(kind)
        key = normalise_name(name)
        for index in (self._by_name, self._id_keys):
            entity = index.get(key)
            if entity is not None and wanted in (None, entity.kind):
                return entity
        return None

    def resolve(self, name: str, kind: str | None = None) -> Entity:
        """Like :meth:`find`, but raise :class:`UnknownNameError` with close names when unknown.

        Examples:
            >>> default_registry().resolve("CTSO", kind="organisation")
            Traceback (most recent call last):
            ...
            alliance_graph.errors.UnknownNameError: No organisation named 'CTSO'. Did you mean CSTO?
        """
        entity = self.find(name, kind)
        if entity is not None:
            return entity
        raise UnknownNameError(_kind_word(_kind(kind)), name, self.suggest(name, kind))

    def resolve_member(self, name: str) -> Entity:
        """A state by name, else an organisation that can be a member (e.g. the African Union
        in the G20); UnknownNameError with close state names when neither.

        Examples:
            >>> reg = default_registry()
            >>> reg.resolve_member("Armenia").id, reg.resolve_member("African Union").id
            ('ARM', 'AU')
        """
        entity = self.find(name, kind="state") or self.find(name, kind="organisation")
        return entity or self.resolve(name, kind="state")

    def suggest(self, name: str, kind: str | None = None, *, n: int = 3) -> tuple[str, ...]:
        """Up to ``n`` canonical names that look like ``name``, closest first.

        Examples:
            >>> default_registry().suggest("Armenai")
            ('Armenia',)
        """
        wanted = _kind(kind)
        query = normalise_name(name)
        scores: dict[str, float] = {}
        for index in (self._id_keys, self._by_name):
            for key, entity in index.items():
                if wanted not in (None, entity.kind):
                    continue
                score = difflib.SequenceMatcher(None, query, key).ratio()
                if len(query) >= 4 and query in key.split():
                    score = max(score, 0.8)
                if score >= 0.7 and score > scores.get(entity.name, 0.0):
                    scores[entity.name] = score
        ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
        best = ranked[0][1] if ranked else 0.0
        return tuple(name for name, score in ranked if score >= best - 0.1)[:n]

    def find_demonym(self, word: str) -> Entity | None:
        """The state a demonym ("Armenian", "Finns") names, or None (also for shared ones).

        Examples:
            >>> reg = default_registry()
            >>> reg.find_demonym("Armenians").id, reg.find_demonym("Congolese")
            ('ARM', None)
        """
        return self._by_demonym.get(normalise_name(word))

    def surface_forms(self) -> Iterator[tuple[str, Entity, str]]:
        """Every (text, entity, form) as written in the data, for building gazetteer patterns.

        ``form`` is one of :data:`FORMS`. Texts are unique per entity and form.

        Examples:
            >>> forms = {(t, e.id, f) for t, e, f in default_registry().surface_forms()}
            >>> ("Kyiv", "UKR", "metonym") in forms and ("Finns", "FIN", "demonym") in forms
            True
        """
        for entity in self:
            yield from ((text, entity, form) for text, form in _names(entity))
            yield from ((text, entity, "demonym") for text in entity.demonyms)

    def state_group(self, words: str) -> tuple[Entity, ...]:
        """The states a named group stands for ("the Baltic states"), by the words before the
        plural noun; empty when no group has that name.

        Examples:
            >>> [e.id for e in default_registry().state_group("Baltic")]
            ['EST', 'LVA', 'LTU']
        """
        return self._groups.get(normalise_name(words), ())

    def by_head(self, head: str) -> tuple[Entity, ...]:
        """Organisations an article may call by this generic noun (lemma, any case).

        Examples:
            >>> [e.id for e in default_registry().by_head("court")]
            ['ICC', 'ICJ', 'ECHR']
        """
        head = head.strip().lower()
        return tuple(e for e in self.organizations if head in e.heads)


def _state_groups(path: Path) -> dict[str, tuple[str, ...]]:
    """``[[group]]`` tables of ``groups.toml``: a ``name`` and the ``members`` (state ids)."""
    if not path.exists():
        return {}
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise RegistryError(f"{path}: {exc}") from None
    groups: dict[str, tuple[str, ...]] = {}
    for record in data.get("group", []):
        name = _optional(record, "name", path.name)
        if not name:
            raise RegistryError(f"{path.name}: a group without a name.")
        groups[name] = _strings(record, "members", path.name)
    return groups


@functools.lru_cache(maxsize=1)
def default_registry() -> Registry:
    """The registry of the packaged data, loaded once on first use."""
    return Registry.load()
