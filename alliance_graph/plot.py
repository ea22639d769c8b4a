"""Pictures of the graph: a membership timeline and a state–organisation network.

Both functions take an :class:`~alliance_graph.graph.AllianceGraph` first, draw with
matplotlib (Agg backend, imported on call) and write ``.png``, ``.svg`` or ``.html`` (a
self-contained page with the SVG inline: no scripts, no network). The SVG marks what a reader
or a test may want to find: each timeline bar is a group ``id="bar-<ID>"`` (the member's id,
or the organisation's for a state's timeline), each network node ``id="node-<ID>"`` and each
edge ``id="edge-<MEMBER>-<ORG>"``; labels are ``<text>`` elements, not paths.

Example:
    >>> import os, tempfile
    >>> from alliance_graph.graph import AllianceGraph
    >>> from alliance_graph.model import Event, Evidence
    >>> class Fake:
    ...     version = "fake"
    ...     def extract_many(self, docs, **kw):
    ...         for d in docs:
    ...             yield d, [Event(d.id, "Armenia", "ARM", "founds", "CSTO", "CSTO", "1992-05-15",
    ...                             "asserted", None, 0.9, Evidence(d.text, 0, len(d.text)))]
    >>> with AllianceGraph.open("memory", extractor=Fake()) as g, tempfile.TemporaryDirectory() as d:
    ...     _ = g.ingest_text("Armenia co-founded the CSTO.", doc_id="a.txt")
    ...     s = plot_timeline(g, "CSTO", os.path.join(d, "csto.png"), as_of="2024-03-01")
    ...     (s.fmt, s.items, s.width, s.height) == ("png", 1, 1000, s.height) and os.path.getsize(s.path) > 0
    True
"""

from __future__ import annotations

import datetime
import html
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from alliance_graph.errors import InputError
from alliance_graph.files import replacing
from alliance_graph.membership import as_of_day, day_key, effective_date, state_on
from alliance_graph.model import (
    MEMBERSHIP_STATUSES,
    RELATIONS,
    Event,
    MembershipState,
)
from alliance_graph.network import start_date

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from alliance_graph.graph import AllianceGraph

#: Picture formats, by file extension.
PLOT_FORMATS: dict[str, str] = {".png": "png", ".svg": "svg", ".html": "html", ".htm": "html"}

#: Colour of each membership status (bars and network edges).
STATUS_COLOURS: dict[str, str] = {
    "member": "#2f9e44", "suspended": "#f08c00", "withdrawn": "#868e96", "expelled": "#c92a2a",
    "applicant": "#74c0fc", "candidate": "#1971c2", "observer": "#9c36b5", "partner": "#e64980",
}

#: Marker of each relation on a timeline (matplotlib marker codes).
RELATION_MARKERS: dict[str, str] = {
    "member": "D", "joins": "^", "founds": "*", "readmitted": "P", "leaves": "v", "suspends": "X",
    "suspended_by": "X", "expelled": "x", "applies": ">", "candidate": "d", "observer": "o",
    "partner": "s",
}

DPI = 100
WIDTH_IN = 10.0
_SAFE = re.compile(r"[^A-Za-z0-9_.-]")


@dataclass(frozen=True)
class PlotSummary:
    """What a plot function wrote: ``kind`` (timeline or network), the file, its format, its
    size in pixels, ``items`` (bars of a timeline, nodes of a network) and ``edges`` (network
    edges; 0 for a timeline)."""

    kind: str
    path: str
    fmt: str
    width: int
    height: int
    items: int
    edges: int = 0

    def __str__(self) -> str:
        what = f"{self.items} bars" if self.kind == "timeline" else f"{self.items} nodes, {self.edges} edges"
        return f"{self.path} ({self.fmt}, {self.width}x{self.height} px, {what})"


def plot_format(path: str | Path) -> str:
    """The picture format named by a file extension; InputError when unknown.

    Examples:
        >>> plot_format("a/b.SVG"), plot_format("x.htm")
        ('svg', 'html')
    """
    suffix = Path(path).suffix.lower()
    if suffix not in PLOT_FORMATS:
        raise InputError(f"Cannot tell the picture format of {str(path)!r}: use .png, .svg or .html.")
    return PLOT_FORMATS[suffix]


def timeline_height(rows: int) -> int:
    """Height in pixels of a timeline with ``rows`` bars (the width is always 1000).

    Examples:
        >>> timeline_height(1), timeline_height(10)
        (225, 540)
    """
    return round((1.9 + 0.35 * max(rows, 1)) * DPI)


def gid(prefix: str, *ids: str) -> str:
    """An SVG id: ``prefix-ID[-ID]`` with characters outside ``[A-Za-z0-9_.-]`` as ``_``.

    Examples:
        >>> gid("bar", "ARM"), gid("edge", "ARM", "Alliance of Sahel States")
        ('bar-ARM', 'edge-ARM-Alliance_of_Sahel_States')
    """
    return "-".join([prefix, *(_SAFE.sub("_", i) for i in ids)])


# ---------------------------------------------------------------------- timeline
@dataclass(frozen=True)
class _Row:
    id: str
    label: str
    states: tuple[MembershipState, ...]
    events: tuple[Event, ...]


def _day(value: str) -> datetime.date:
    return datetime.date.fromisoformat(day_key(value))


def _as_of_day(as_of: str | None) -> datetime.date:
    return datetime.date.fromisoformat(as_of_day(as_of))


def _timeline_rows(graph: "AllianceGraph", name: str) -> tuple[str, list[_Row]]:
    """The entity's display name and one row per counterpart (members, or organisations)."""
    entity = graph.resolve(name)
    G = graph.projection()
    pairs: dict[tuple[str, str], tuple[MembershipState, ...]] = G.graph.get("memberships", {})
    events = list(G.graph.get("events", {}).values())
    # An organisation's rows are its members; a state's (or, failing members, an
    # organisation's) rows are the organisations it belongs to.
    as_org = not entity.is_state and any(e.organization_id == entity.id for e in events)
    rows: dict[str, list[Event]] = {}
    for e in events:
        if (e.organization_id if as_org else e.subject_id) == entity.id:
            rows.setdefault(e.subject_id if as_org else e.organization_id, []).append(e)
    out = []
    for other, evs in rows.items():
        pair = (other, entity.id) if as_org else (entity.id, other)
        label = G.nodes[other].get("label", other) if other in G else other
        out.append(_Row(other, str(label), tuple(pairs.get(pair, ())), tuple(evs)))
    return entity.name, out


def _first_evidence(row: _Row) -> str | None:
    days = [day_key(d) for d in (effective_date(e) or e.published for e in row.events) if d]
    return min(days) if days else None


def plot_timeline(graph: "AllianceGraph", name: str, out: str, *, as_of: str | None = None) -> PlotSummary:
    """Draw the membership history of an organisation (one bar per member) or of a state
    (one bar per organisation) and write it to ``out`` (``.png``, ``.svg`` or ``.html``).

    Bar segments are the derived membership intervals, coloured by status; open intervals run
    to ``as_of`` (default today), and nothing after ``as_of`` is drawn. An interval whose start
    is unknown (it rests on a statement of membership, or on an undated fact) is hatched and
    drawn from the earliest evidence. Markers show the dated events (shape by relation; hollow
    grey for denied claims). Bars are ordered by their first date, then by name; a member
    with no evidence by ``as_of`` gets no bar.

    Raises:
        UnknownNameError: ``name`` is not a known state or organisation.
        InputError: no events about it (by ``as_of``), a malformed date, or an
            unwritable/unknown ``out``.
    """
    fmt = plot_format(out)
    end = _as_of_day(as_of)
    title, rows = _timeline_rows(graph, name)
    if not rows:
        raise InputError(f"No events about {title}: nothing to draw.")
    firsts = {r.id: _first_evidence(r) for r in rows}
    rows = [r for r in rows if firsts[r.id] is None or firsts[r.id] <= end.isoformat()]
    if not rows:
        raise InputError(f"No events about {title} on or before {end.isoformat()}: nothing to draw.")
    known = [d for d in firsts.values() if d and d <= end.isoformat()]
    origin = min([datetime.date.fromisoformat(d) for d in known] or [end - datetime.timedelta(days=365)])
    rows.sort(key=lambda r: (firsts[r.id] or "9999", r.label, r.id))

    import matplotlib.dates as mdates
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    fig = _figure(timeline_height(len(rows)))
    ax = fig.add_subplot()
    statuses: set[str] = set()
    relations: set[str] = set()
    any_unknown = any_denied = False
    for y, row in enumerate(rows):
        spans, colours, unknown = [], [], []
        for s in row.states:
            start = _day(s.since) if s.since else _day(firsts[row.id]) if firsts[row.id] else origin
            stop = min(_day(s.until), end) if s.until else end
            if start >= stop:
                continue
            span = (mdates.date2num(start), mdates.date2num(stop) - mdates.date2num(start))
            spans.append(span)
            colours.append(STATUS_COLOURS.get(s.status, "#adb5bd"))
            statuses.add(s.status)
            if s.since is None or start_date(s) is None:
                unknown.append(span)
        bars = ax.broken_barh(spans, (y - 0.35, 0.7), facecolors=colours or ["none"],
                              edgecolor="white", linewidth=0.5)
        bars.set_gid(gid("bar", row.id))
        if unknown:
            any_unknown = True
            hatch = ax.broken_barh(unknown, (y - 0.35, 0.7), facecolors="none", edgecolor="#ffffff",
                                   hatch="///", linewidth=0)
            hatch.set_gid(gid("unknown-start", row.id))
        for e in row.events:
            when = effective_date(e) if e.status != "denied" else (e.date or e.published)
            if when is None or _day(when) > end:
                continue
            denied = e.status == "denied"
            any_denied = any_denied or denied
            if not denied:
                relations.add(e.relation)
            small = e.relation == "member"
            ax.scatter([mdates.date2num(_day(when))], [y], marker=RELATION_MARKERS[e.relation],
                       s=22 if small else 55,
                       zorder=3, facecolors="none" if denied else "#212529",
                       edgecolors="#495057" if denied else "#ffffff", linewidths=0.8,
                       gid=gid("event", row.id, e.relation))
    ax.set_yticks(range(len(rows)), [r.label for r in rows])
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.set_xlim(mdates.date2num(origin - datetime.timedelta(days=60)),
                mdates.date2num(end + datetime.timedelta(days=30)))
    ax.xaxis_date()
    ax.xaxis.set_major_formatter(mdates.AutoDateFormatter(ax.xaxis.get_major_locator()))
    ax.grid(axis="x", color="#dee2e6", linewidth=0.6)
    ax.set_axisbelow(True)
    ax.set_title(f"{title}: membership timeline to {end.isoformat()}")
    handles: list[Any] = [Patch(facecolor=STATUS_COLOURS[s], label=s) for s in MEMBERSHIP_STATUSES
                          if s in statuses]
    if any_unknown:
        handles.append(Patch(facecolor="#adb5bd", hatch="///", edgecolor="white",
                             label="start unknown (from first evidence)"))
    handles += [Line2D([], [], linestyle="none", marker=RELATION_MARKERS[r], color="#212529", label=r)
                for r in RELATIONS if r in relations]
    if any_denied:
        handles.append(Line2D([], [], linestyle="none", marker="o", markerfacecolor="none",
                              markeredgecolor="#495057", label="denied claim (hollow)"))
    if handles:
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8,
                  frameon=False)
    path = _save(fig, out, fmt, title=f"{title} membership timeline")
    return PlotSummary("timeline", path, fmt, round(WIDTH_IN * DPI), timeline_height(len(rows)), len(rows))


# ---------------------------------------------------------------------- network
def network_edges(graph: "AllianceGraph", *, as_of: str | None = None) -> list[MembershipState]:
    """The membership intervals that hold on ``as_of`` (default today), one per pair at most,
    sorted by (member id, organisation id): the edges :func:`plot_network` draws."""
    day = as_of_day(as_of)
    pairs = graph.projection().graph.get("memberships", {})
    found = [s for states in pairs.values() for s in state_on(states, day)]
    return sorted(found, key=lambda s: (s.subject_id, s.organization_id))


def plot_network(graph: "AllianceGraph", out: str, *, as_of: str | None = None) -> PlotSummary:
    """Draw states and organisations as a bipartite network on ``as_of`` (default today).

    Nodes are the entities with a membership that holds on the date (organisations as squares,
    states as circles); edges are those memberships, coloured by status (member, suspended,
    observer, ...). Layout: networkx's spring layout with a fixed seed (so the same graph gives
    the same picture). Writes ``.png``, ``.svg`` or ``.html``; an empty date gives a picture
    that says so.

    Raises:
        InputError: a malformed date, or an unwritable/unknown ``out``.
    """
    import networkx as nx

    fmt = plot_format(out)
    day = as_of_day(as_of)
    edges = network_edges(graph, as_of=day)
    G = graph.projection()
    H = nx.Graph()
    for s in edges:
        for node, fallback in ((s.subject_id, s.subject), (s.organization_id, s.organization)):
            label = G.nodes[node].get("label", fallback) if node in G else fallback
            H.add_node(node, label=str(label))
        H.add_edge(s.subject_id, s.organization_id, status=s.status)
    orgs = {s.organization_id for s in edges}
    if H.number_of_nodes() >= 400:  # the spring layout's large-graph solver needs scipy
        pos = nx.bipartite_layout(H, sorted(orgs))
    else:
        pos = nx.spring_layout(H, seed=7, k=1.5 / max(H.number_of_nodes(), 1) ** 0.5)

    from matplotlib.lines import Line2D

    height = 800
    fig = _figure(height)
    ax = fig.add_subplot()
    ax.set_axis_off()
    for s in edges:
        (x0, y0), (x1, y1) = pos[s.subject_id], pos[s.organization_id]
        ax.plot([x0, x1], [y0, y1], color=STATUS_COLOURS.get(s.status, "#adb5bd"), linewidth=1.4,
                alpha=0.85, zorder=1, gid=gid("edge", s.subject_id, s.organization_id))
    for node, data in H.nodes(data=True):
        x, y = pos[node]
        is_org = node in orgs
        ax.scatter([x], [y], s=260 if is_org else 90, marker="s" if is_org else "o", zorder=2,
                   color="#343a40" if is_org else "#a5d8ff", edgecolors="white",
                   gid=gid("node", node))
        ax.annotate(data["label"], (x, y), xytext=(0, 9 if is_org else 7), textcoords="offset points",
                    ha="center", fontsize=9 if is_org else 7.5,
                    fontweight="bold" if is_org else "normal", zorder=3)
    if not edges:
        ax.text(0.5, 0.5, f"No memberships hold on {day}.", ha="center", va="center",
                transform=ax.transAxes)
    used = {s.status for s in edges}
    handles = [Line2D([], [], color=STATUS_COLOURS[s], linewidth=2, label=s)
               for s in MEMBERSHIP_STATUSES if s in used]
    if handles:
        ax.legend(handles=handles, loc="lower right", fontsize=8, frameon=False)
    ax.set_title(f"Memberships on {day}")
    ax.margins(0.08)
    path = _save(fig, out, fmt, title=f"alliance-graph: memberships on {day}")
    return PlotSummary("network", path, fmt, round(WIDTH_IN * DPI), height, H.number_of_nodes(), len(edges))


# ---------------------------------------------------------------------- writing
def _figure(height_px: int) -> "Figure":
    """A figure of 1000 x ``height_px`` pixels on an Agg canvas, detached from pyplot (no
    global figure manager, no GUI backend)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(WIDTH_IN, height_px / DPI), dpi=DPI, layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def svg_text(fig: "Figure") -> str:
    """The figure as SVG text with real ``<text>`` labels and no timestamp."""
    import matplotlib

    buf = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "alliance-graph"}):
        fig.savefig(buf, format="svg", metadata={"Date": None})
    return buf.getvalue()


def html_page(svg: str, *, title: str) -> str:
    """A self-contained HTML page with ``svg`` inline (its XML prolog removed)."""
    body = re.sub(r"^\s*<\?xml[^>]*\?>\s*(<!DOCTYPE[^>]*>\s*)?", "", svg)
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{html.escape(title)}</title>\n"
            "<style>body{font-family:sans-serif;margin:1em} svg{max-width:100%;height:auto}</style>\n"
            f"</head>\n<body>\n{body}\n</body>\n</html>\n")


def _save(fig: "Figure", out: str, fmt: str, *, title: str) -> str:
    """Write ``fig`` to ``out`` whole or not at all; returns ``out``."""
    with replacing(out, prefix=".plot-") as tmp, open(tmp, "wb") as fh:
        if fmt == "png":
            fig.savefig(fh, format="png", metadata={"Software": None})
        elif fmt == "svg":
            fh.write(svg_text(fig).encode("utf-8"))
        else:
            fh.write(html_page(svg_text(fig), title=title).encode("utf-8"))
    return out


__all__ = ["PLOT_FORMATS", "PlotSummary", "STATUS_COLOURS", "html_page", "network_edges",
           "plot_format", "plot_network", "plot_timeline", "svg_text", "timeline_height"]
