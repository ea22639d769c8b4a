"""Pictures: valid PNG/SVG/HTML files of the expected size, with the expected bars, nodes and labels."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from alliance_graph.errors import InputError, UnknownNameError
from alliance_graph.plot import STATUS_COLOURS, plot_network, plot_timeline, timeline_height

try:
    from tests.conftest import DOC_CSTO, DOC_NATO
except ImportError:  # tests/ is not a package: pytest puts it on sys.path
    from conftest import DOC_CSTO, DOC_NATO

pytest.importorskip("matplotlib")

SVG = "{http://www.w3.org/2000/svg}"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def graph(memory_graph):
    memory_graph.ingest_text(DOC_CSTO, doc_id="csto.txt")
    memory_graph.ingest_text(DOC_NATO, doc_id="nato.txt")
    return memory_graph


def svg_ids(path) -> dict[str, ET.Element]:
    root = ET.parse(path).getroot()
    assert root.tag == SVG + "svg"
    return {g.get("id"): g for g in root.iter(SVG + "g") if g.get("id")}


def svg_texts(path) -> list[str]:
    return [t.text or "" for t in ET.parse(path).getroot().iter(SVG + "text")]


def read_png(path):
    from matplotlib import image

    with open(path, "rb") as fh:
        assert fh.read(8) == PNG_MAGIC
    return image.imread(str(path))


def has_colour(pixels, hex_colour: str, tolerance: float = 0.02) -> bool:
    import numpy as np

    rgb = np.array([int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)])
    return bool((np.abs(pixels[..., :3] - rgb) < tolerance).all(axis=-1).any())


def test_timeline_png_size_and_colours(graph, tmp_path):
    out = tmp_path / "csto.png"
    summary = plot_timeline(graph, "csto", str(out), as_of="2024-06-01")
    pixels = read_png(out)
    assert (summary.fmt, summary.items) == ("png", 3)
    assert pixels.shape[:2] == (timeline_height(3), 1000) == (summary.height, summary.width)
    # members (green) and Armenia's suspension (orange) are drawn; nobody was expelled
    assert out.stat().st_mode & 0o044 == 0o044  # readable by others, like any saved file
    assert has_colour(pixels, STATUS_COLOURS["member"])
    assert has_colour(pixels, STATUS_COLOURS["suspended"])
    assert not has_colour(pixels, STATUS_COLOURS["expelled"])


def test_timeline_svg_bars_labels_and_events(graph, tmp_path):
    out = tmp_path / "csto.svg"
    plot_timeline(graph, "Collective Security Treaty Organization", str(out), as_of="2024-06-01")
    ids = svg_ids(out)
    assert {i for i in ids if i.startswith("bar-")} == {"bar-ARM", "bar-RUS", "bar-KAZ"}
    # Armenia: member then suspended -> two segments; Russia one
    assert len(list(ids["bar-ARM"].iter(SVG + "path"))) == 2
    assert len(list(ids["bar-RUS"].iter(SVG + "path"))) == 1
    # Kazakhstan's start rests on a statement: hatched; Russia's on a founding: not
    assert "unknown-start-KAZ" in ids and "unknown-start-RUS" not in ids
    assert {"event-ARM-founds", "event-ARM-suspends", "event-ARM-leaves", "event-KAZ-member"} <= set(ids)
    texts = svg_texts(out)
    assert {"Armenia", "Russia", "Kazakhstan", "suspended", "founds"} <= set(texts)
    assert any("CSTO" in t and "2024-06-01" in t for t in texts)


def test_timeline_as_of_hides_later_members(graph, tmp_path):
    out = tmp_path / "nato.svg"
    summary = plot_timeline(graph, "NATO", str(out), as_of="2022-12-01")
    ids = svg_ids(out)
    assert summary.items == 1 and "bar-SWE" in ids and "bar-FIN" not in ids
    assert "Finland" not in svg_texts(out)
    with pytest.raises(InputError, match="on or before 1990-01-01"):
        plot_timeline(graph, "NATO", str(tmp_path / "x.svg"), as_of="1990")


def test_timeline_of_a_state_has_one_bar_per_organisation(graph, tmp_path):
    out = tmp_path / "arm.svg"
    plot_timeline(graph, "Armenia", str(out), as_of="2024-06-01")
    assert {i for i in svg_ids(out) if i.startswith("bar-")} == {"bar-CSTO"}
    assert "CSTO" in svg_texts(out)


def test_timeline_html_is_self_contained(graph, tmp_path):
    out = tmp_path / "csto.html"
    plot_timeline(graph, "CSTO", str(out), as_of="2024-06-01")
    text = out.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and "<title>CSTO membership timeline</title>" in text
    start, end = text.index("<svg"), text.index("</svg>") + len("</svg>")
    svg = ET.fromstring(text[start:end])
    assert {g.get("id") for g in svg.iter(SVG + "g")} >= {"bar-ARM", "bar-RUS", "bar-KAZ"}
    assert "<script" not in text and 'href="http' not in text and "<?xml" not in text


def test_timeline_errors(graph, tmp_path):
    with pytest.raises(UnknownNameError, match="CTSO"):
        plot_timeline(graph, "CTSO", str(tmp_path / "a.png"))
    with pytest.raises(InputError, match="No events about"):
        plot_timeline(graph, "European Union", str(tmp_path / "a.png"))
    with pytest.raises(InputError, match=r"\.png, \.svg or \.html"):
        plot_timeline(graph, "CSTO", str(tmp_path / "a.gif"))
    with pytest.raises(InputError, match="no such directory"):
        plot_timeline(graph, "CSTO", str(tmp_path / "nope" / "a.png"))
    assert list(tmp_path.iterdir()) == []


def test_network_png_and_svg(graph, tmp_path):
    png, svg = tmp_path / "net.png", tmp_path / "net.svg"
    summary = plot_network(graph, str(png), as_of="2024-06-01")
    assert read_png(png).shape[:2] == (800, 1000)
    assert (summary.items, summary.edges) == (7, 5)
    plot_network(graph, str(svg), as_of="2024-06-01")
    ids = svg_ids(svg)
    nodes = {i for i in ids if i.startswith("node-")}
    edges = {i for i in ids if i.startswith("edge-")}
    assert nodes == {f"node-{n}" for n in ("ARM", "RUS", "KAZ", "CSTO", "FIN", "SWE", "NATO")}
    assert edges == {"edge-ARM-CSTO", "edge-RUS-CSTO", "edge-KAZ-CSTO", "edge-FIN-NATO", "edge-SWE-NATO"}
    suspended = ET.tostring(ids["edge-ARM-CSTO"], encoding="unicode")
    assert STATUS_COLOURS["suspended"] in suspended and STATUS_COLOURS["member"] not in suspended
    assert {"Armenia", "NATO", "Sweden", "member", "suspended", "applicant"} <= set(svg_texts(svg))


def test_network_on_an_earlier_date(graph, tmp_path):
    out = tmp_path / "net.html"
    summary = plot_network(graph, str(out), as_of="2023-01-01")
    text = out.read_text(encoding="utf-8")
    assert (summary.items, summary.edges) == (5, 3)  # Finland not yet, Kazakhstan not yet known
    assert 'id="edge-SWE-NATO"' in text and 'id="node-FIN"' not in text
    empty = plot_network(graph, str(tmp_path / "empty.svg"), as_of="1900")
    assert (empty.items, empty.edges) == (0, 0)
    assert any("No memberships hold on 1900-01-01" in t for t in svg_texts(tmp_path / "empty.svg"))


def test_plot_cli(run, ingested, tmp_path):
    out = tmp_path / "csto.png"
    result = run("--store", ingested, "plot", "timeline", "CSTO", "-o", str(out), "--as-of", "2024-06-01")
    assert result.exit_code == 0, result.output
    assert "3 bars" in result.output and read_png(out).shape[:2] == (timeline_height(3), 1000)
    result = run("--store", ingested, "plot", "network", "-o", str(tmp_path / "n.svg"))
    assert result.exit_code == 0 and "edges" in result.output
    assert "node-NATO" in svg_ids(tmp_path / "n.svg")
    bad = run("--store", ingested, "plot", "timeline", "CSTO", "-o", str(tmp_path / "x.jpg"))
    assert bad.exit_code == 1 and "x.jpg" in bad.output
    bad = run("--store", ingested, "plot", "network", "-o", str(tmp_path / "x.png"), "--as-of", "24/02/2024")
    assert bad.exit_code == 1 and "Malformed date" in bad.output
    for args in (["plot"], ["plot", "timeline"], ["plot", "network"]):
        helped = run(*args, "--help")
        assert helped.exit_code == 0 and "Example:" in helped.output
