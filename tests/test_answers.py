"""shared, path, overlap and conflicts: the library functions and their CLI commands."""

from __future__ import annotations

import csv
import io
import json

import pytest

from alliance_graph import answers
from alliance_graph.errors import InputError, UnknownNameError
from alliance_graph.graph import AllianceGraph
from alliance_graph.model import Event, Evidence
from alliance_graph.network import build_graph

DOC_A = """Published: 2024-03-01

Russia founds CSTO on 1992-05-15.
Armenia founds CSTO on 1992-05-15.
Kazakhstan founds CSTO on 1992-05-15.
Armenia suspends CSTO on 2024-02-22.
Russia joins EAEU on 2015.
Kazakhstan joins EAEU on 2015.
Armenia joins EAEU on 2015-01-02.
Kazakhstan joins SCO on 2001-06-15.
China joins SCO on 2001-06-15.
Armenia leaves CSTO (announced).
"""

DOC_B = """Published: 2024-03-02

Armenia suspends CSTO on 2024-02-23.
Armenia leaves CSTO (denied).
Finland joins NATO on 2023-04-04.
Finland joins EU on 1995.
Sweden joins EU on 1995-01.
"""


@pytest.fixture
def store(run, tmp_path) -> str:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text(DOC_A, encoding="utf-8")
    (folder / "b.txt").write_text(DOC_B, encoding="utf-8")
    spec = str(tmp_path / "store.db")
    assert run("--store", spec, "ingest", str(folder)).exit_code == 0
    return spec


@pytest.fixture
def graph(store, fake_extractor):
    with AllianceGraph.open(store, extractor=fake_extractor) as g:
        yield g


def rows_of(csv_text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(csv_text)))


# ---------------------------------------------------------------------- library
def test_shared_full_members_by_default(graph):
    got = answers.shared(graph, "Russia", "kazakhstan", as_of="2024-03-01")
    assert (got.a, got.a_id, got.b_id, got.as_of) == ("Russia", "RUS", "KAZ", "2024-03-01")
    assert [(o.id, o.status_a, o.status_b, o.since_a) for o in got.organizations] == [
        ("CSTO", "member", "member", "1992-05-15"), ("EAEU", "member", "member", "2015")]
    # Armenia is suspended from the CSTO: only the EAEU, unless every standing counts.
    assert [o.id for o in answers.shared(graph, "Armenia", "Russia", as_of="2024-03").organizations] == ["EAEU"]
    every = answers.shared(graph, "Armenia", "Russia", as_of="2024-03", include_all=True)
    assert [(o.id, o.status_a) for o in every.organizations] == [("CSTO", "suspended"), ("EAEU", "member")]
    assert [o.id for o in answers.shared(graph, "Armenia", "Russia", as_of="2010").organizations] == ["CSTO"]
    assert json.loads(json.dumps(got.to_json()))["organizations"][0]["organization"] == "CSTO"


def test_shared_unknown_name_and_bad_date(graph):
    with pytest.raises(UnknownNameError, match="Did you mean Armenia"):
        answers.shared(graph, "Armenai", "Russia")
    with pytest.raises(InputError, match="Malformed date"):
        answers.shared(graph, "Armenia", "Russia", as_of="1 March")


def test_path_through_organisations(graph):
    got = answers.path(graph, "Finland", "Sweden", as_of="2024-03-01")
    assert [(s.id, s.kind, s.status) for s in got.steps] == [
        ("FIN", "state", None), ("EU", "organization", "member"), ("SWE", "state", "member")]
    assert got.hops == 1
    longer = answers.path(graph, "Armenia", "China", as_of="2024-03-01")
    assert [s.id for s in longer.steps] == ["ARM", "EAEU", "KAZ", "SCO", "CHN"]
    assert longer.hops == 2 and longer.to_json()["steps"][1]["name"] == "EAEU"
    # Before the EAEU existed, Armenia and Kazakhstan were linked by the CSTO.
    assert [s.id for s in answers.path(graph, "Armenia", "China", as_of="2010").steps] == \
        ["ARM", "CSTO", "KAZ", "SCO", "CHN"]


def test_path_not_connected(graph):
    with pytest.raises(answers.NotConnectedError) as info:
        answers.path(graph, "Finland", "Russia", as_of="2024-03-01")
    assert str(info.value) == ("Finland and Russia are not connected through common organisations "
                               "on 2024-03-01.")
    with pytest.raises(answers.NotConnectedError, match="Armenia and Sweden"):
        answers.path(graph, "Armenia", "Sweden", as_of="2024-03-01", include_all=True)


def test_path_counts_a_suspended_member_only_with_include_all(graph):
    default = answers.path(graph, "Armenia", "Kazakhstan", as_of="2024-03")
    assert [(s.id, s.status) for s in default.steps] == [("ARM", None), ("EAEU", "member"), ("KAZ", "member")]
    linked = answers.path(graph, "Armenia", "Kazakhstan", as_of="2024-03", include_all=True)
    assert [(s.id, s.status) for s in linked.steps] == [("ARM", None), ("CSTO", "suspended"), ("KAZ", "member")]


def test_overlap(graph):
    got = answers.overlap(graph, "CSTO", "EAEU", as_of="2024-03-01")
    assert [m.id for m in got.both] == ["KAZ", "RUS"]
    assert got.only_a == () and [m.id for m in got.only_b] == ["ARM"]
    assert got.only_b[0].status_a is None and got.only_b[0].where == "b"
    every = answers.overlap(graph, "CSTO", "EAEU", as_of="2024-03-01", include_all=True)
    assert [(m.id, m.status_a, m.status_b) for m in every.both] == [
        ("ARM", "suspended", "member"), ("KAZ", "member", "member"), ("RUS", "member", "member")]
    assert set(got.to_json()) == {"a", "b", "as_of", "both", "only_a", "only_b"}
    with pytest.raises(UnknownNameError, match="organisation"):
        answers.overlap(graph, "Armenia", "EAEU")


def test_conflicts(graph):
    found = answers.conflicts(graph)
    assert [(c.kind, c.subject_id, c.relation, c.organization_id) for c in found] == [
        ("denied", "ARM", "leaves", "CSTO"), ("date", "ARM", "suspends", "CSTO")]
    denied, dates = found
    assert [(k.status, k.doc.rsplit("/", 1)[-1]) for k in denied.claims] == [
        ("announced", "a.txt"), ("denied", "b.txt")]
    assert [k.date for k in dates.claims] == ["2024-02-22", "2024-02-23"]
    assert dates.claims[0].evidence == "Armenia suspends CSTO on 2024-02-22."
    assert answers.conflicts(graph, "Finland") == []
    assert len(answers.conflicts(graph, "Collective Security Treaty Organization")) == 2
    with pytest.raises(UnknownNameError):
        answers.conflicts(graph, "Atlantis")


def _ev(doc, rel, date, status="asserted", who=None):
    return Event(doc, "Armenia", "ARM", rel, "CSTO", "CSTO", date, status, who, 0.9, Evidence(doc, 0, 1))


def test_conflicting_dates_need_different_sources_and_incompatible_dates():
    assert answers.conflicts(build_graph([_ev("a", "leaves", "2024"), _ev("b", "leaves", "2024-06")])) == []
    assert answers.conflicts(build_graph([_ev("a", "member", "2020"), _ev("b", "member", "2024")])) == []
    same_source = [_ev("a", "leaves", "2024-05", who="X"), _ev("a", "leaves", "2024-06", who="X")]
    assert answers.conflicts(build_graph(same_source)) == []
    speakers = [_ev("a", "leaves", "2024-05", who="X"), _ev("a", "leaves", "2024-06", who="Y")]
    assert [c.kind for c in answers.conflicts(build_graph(speakers))] == ["date"]


def test_functions_take_the_projection_too(graph):
    G = graph.projection()
    assert answers.shared(G, "RUS", "KAZ", as_of="2024-03-01") == \
        answers.shared(graph, "RUS", "KAZ", as_of="2024-03-01")
    assert answers.overlap(G, "CSTO", "EAEU", as_of="2020") == answers.overlap(graph, "CSTO", "EAEU", as_of="2020")


# ---------------------------------------------------------------------- CLI
def test_cli_shared_formats(run, store):
    table = run("--store", store, "shared", "Russia", "Kazakhstan", "--as-of", "2024-03-01")
    assert table.exit_code == 0
    lines = table.stdout.splitlines()
    assert lines[0].split() == ["organization", "id", "status_a", "status_b", "since_a", "since_b"]
    assert [ln.split()[0] for ln in lines[2:]] == ["CSTO", "EAEU"]
    data = json.loads(run("--store", store, "shared", "RUS", "KAZ", "--as-of", "2024-03-01",
                          "--format", "json").stdout)
    assert [r["id"] for r in data] == ["CSTO", "EAEU"] and data[0]["since_b"] == "1992-05-15"
    rows = rows_of(run("--store", store, "shared", "Armenia", "Russia", "--as-of", "2024-03", "--all",
                       "--format", "csv").stdout)
    assert [(r["id"], r["status_a"]) for r in rows] == [("CSTO", "suspended"), ("EAEU", "member")]


def test_cli_path_formats(run, store):
    table = run("--store", store, "path", "Armenia", "China", "--as-of", "2024-03-01")
    assert table.exit_code == 0
    assert [ln.split()[2] for ln in table.stdout.splitlines()[2:]] == ["Armenia", "EAEU", "Kazakhstan", "SCO", "China"]
    data = json.loads(run("--store", store, "path", "ARM", "CHN", "--as-of", "2024-03-01", "--format", "json").stdout)
    assert [(r["step"], r["kind"]) for r in data][:2] == [(0, "state"), (1, "organization")]
    rows = rows_of(run("--store", store, "path", "Finland", "Sweden", "--as-of", "2024", "--format", "csv").stdout)
    assert [r["id"] for r in rows] == ["FIN", "EU", "SWE"] and rows[2]["since"] == "1995-01"


def test_cli_path_not_connected_is_one_line(run, store):
    result = run("--store", store, "path", "Finland", "Russia", "--as-of", "2024-03-01")
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.strip().splitlines() == [
        "Error: Finland and Russia are not connected through common organisations on 2024-03-01."]


def test_cli_overlap_formats(run, store):
    table = run("--store", store, "overlap", "CSTO", "Eurasian Economic Union", "--as-of", "2024-03-01")
    assert table.exit_code == 0
    body = [ln.split() for ln in table.stdout.splitlines()[2:]]
    assert [(r[0], r[1]) for r in body] == [("both", "Kazakhstan"), ("both", "Russia"), ("only", "EAEU")]
    data = json.loads(run("--store", store, "overlap", "CSTO", "EAEU", "--as-of", "2024-03-01",
                          "--format", "json").stdout)
    assert data[-1] == {"in": "only EAEU", "name": "Armenia", "id": "ARM", "status_a": None, "status_b": "member"}
    rows = rows_of(run("--store", store, "overlap", "CSTO", "EAEU", "--as-of", "2024-03-01", "--all",
                       "--format", "csv").stdout)
    assert (rows[0]["in"], rows[0]["id"], rows[0]["status_a"]) == ("both", "ARM", "suspended")


def test_cli_conflicts_formats(run, store):
    table = run("--store", store, "conflicts")
    assert table.exit_code == 0
    body = table.stdout.splitlines()[2:]
    assert [ln.split()[:2] for ln in body] == [["denied", "Armenia"]] * 2 + [["date", "Armenia"]] * 2
    data = json.loads(run("--store", store, "conflicts", "Armenia", "--format", "json").stdout)
    assert [(c["kind"], len(c["claims"])) for c in data] == [("denied", 2), ("date", 2)]
    assert {"status", "date", "attributed_to", "doc", "evidence"} <= set(data[0]["claims"][0])
    rows = rows_of(run("--store", store, "conflicts", "CSTO", "--format", "csv").stdout)
    assert rows[-1]["evidence"] == "Armenia suspends CSTO on 2024-02-23." and rows[-1]["date"] == "2024-02-23"
    empty = run("--store", store, "conflicts", "Finland", "--format", "json")
    assert empty.exit_code == 0 and json.loads(empty.stdout) == []


@pytest.mark.parametrize("args", [
    ["shared", "Armenai", "Russia"], ["path", "Russia", "Kazahkstan"], ["overlap", "CTSO", "EAEU"],
    ["conflicts", "Armenai"],
])
def test_cli_unknown_names(run, store, args):
    result = run("--store", store, *args)
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "Did you mean" in result.stderr


def test_cli_bad_date_and_missing_store(run, store, tmp_path):
    bad = run("--store", store, "shared", "Armenia", "Russia", "--as-of", "2024-13")
    assert bad.exit_code == 1 and "month out of range" in bad.stderr
    missing = run("--store", str(tmp_path / "none.db"), "overlap", "CSTO", "EAEU")
    assert missing.exit_code == 1 and not (tmp_path / "none.db").exists()


def test_cli_commands_share_the_format_option():
    import click

    from alliance_graph.cli import cli

    for name in ("shared", "path", "overlap", "conflicts"):
        option = next(p for p in cli.commands[name].params if p.name == "fmt")
        assert isinstance(option.type, click.Choice) and list(option.type.choices) == ["table", "json", "csv"]
        assert "Example:" in (cli.commands[name].help or "")
