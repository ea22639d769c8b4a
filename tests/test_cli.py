"""The CLI contract (shared/design/cli.md) with CliRunner, a fake extractor and temp-dir stores."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import textwrap

import click
import networkx as nx
import pytest
from click.testing import CliRunner

from alliance_graph.cli import cli, format_table

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def lines(text: str) -> list[str]:
    return [ln for ln in text.splitlines() if ln.strip()]


def test_ingest_summary_idempotent(run, docs_dir, store_dir):
    first = run("--store", store_dir, "ingest", docs_dir)
    assert first.exit_code == 0
    assert first.stdout.strip() == "2 documents: 2 new, 0 unchanged; 7 events"
    triples = json.loads(run("--store", store_dir, "stats", "--format", "json").stdout)
    again = run("--store", store_dir, "ingest", docs_dir)
    assert again.stdout.strip() == "2 documents: 0 new, 2 unchanged; 0 events"
    assert json.loads(run("--store", store_dir, "stats", "--format", "json").stdout) == triples


def test_second_document_adds(run, docs_dir, store_dir):
    run("--store", store_dir, "ingest", os.path.join(docs_dir, "csto.txt"))
    result = run("--store", store_dir, "ingest", os.path.join(docs_dir, "nato.txt"))
    assert result.stdout.strip() == "1 document: 1 new, 0 unchanged; 2 events"
    stats = {r["what"]: r["count"] for r in json.loads(run("--store", store_dir, "stats", "--format", "json").stdout)}
    assert stats["documents"] == 2 and stats["events"] == 7


def test_ingest_stdin_with_published(run, store_dir):
    result = run("--store", store_dir, "ingest", "-", "--published", "2023-04-05",
                 input="Finland joins NATO.\n")
    assert result.exit_code == 0, result.output
    out = run("--store", store_dir, "members", "NATO", "--as-of", "2023-05", "--format", "json")
    assert json.loads(out.stdout)[0]["since"] == "2023-04-05"


def test_ingest_lists_skipped_on_stderr(run, store_dir, tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "x.jsonl").write_text('{"id": "n1", "text": "Finland joins NATO on 2023-04-04."}\n{oops\n')
    result = run("--store", store_dir, "ingest", str(folder))
    assert result.exit_code == 0
    assert "skipped" in result.stderr and "line 2" in result.stderr
    assert "1 new" in result.stdout and "skipped" not in result.stdout.split(";")[0]


def test_members_table_and_json(run, ingested):
    table = run("--store", ingested, "members", "csto", "--as-of", "2024-03-01")
    assert table.exit_code == 0
    rows = lines(table.stdout)
    assert rows[0].split() == ["name", "id", "status", "since", "until", "docs"]
    assert [r.split()[0] for r in rows[2:]] == ["Kazakhstan", "Russia"]
    out = run("--store", ingested, "members", "Collective Security Treaty Organization",
              "--as-of", "2024-03-01", "--all", "--format", "json")
    data = json.loads(out.stdout)
    for row in data:
        assert {"name", "id", "status", "since", "evidence"} <= set(row)
        assert list(row)[:5] == ["name", "id", "status", "since", "evidence"]
        assert isinstance(row["evidence"], list)
    russia = next(r for r in data if r["id"] == "RUS")
    assert russia == {**russia, "name": "Russia", "status": "member", "since": "1992-05-15"}
    assert russia["evidence"][0]["doc"].endswith("csto.txt")
    assert ("Armenia", "suspended") in [(r["name"], r["status"]) for r in data]


def test_members_csv(run, ingested):
    out = run("--store", ingested, "members", "NATO", "--as-of", "2024", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert [(r["name"], r["id"], r["since"]) for r in rows] == [("Finland", "FIN", "2023-04-04")]


def test_memberships_timeline_explain_stats(run, ingested):
    m = run("--store", ingested, "memberships", "Armenia", "--as-of", "2024-06", "--format", "json")
    assert [(r["id"], r["status"]) for r in json.loads(m.stdout)] == [("CSTO", "suspended")]
    t = run("--store", ingested, "timeline", "CSTO")
    assert t.exit_code == 0 and "founds" in t.stdout and "denied" in t.stdout
    tj = json.loads(run("--store", ingested, "timeline", "Finland", "--format", "json").stdout)
    assert [e["relation"] for e in tj] == ["joins"]
    x = run("--store", ingested, "explain", "Armenia", "CSTO")
    assert x.exit_code == 0
    assert "suspended  since 2024-02-22" in x.stdout
    assert '"Armenia suspends CSTO on 2024-02-22."' in x.stdout
    assert "denied" in x.stdout.split("History")[1]
    xj = json.loads(run("--store", ingested, "explain", "Armenia", "CSTO", "--format", "json").stdout)
    assert [s["status"] for s in xj[0]["states"]] == ["member", "suspended"]
    s = run("--store", ingested, "stats")
    assert "documents" in s.stdout and "triples" in s.stdout


def test_sparql(run, ingested, tmp_path):
    q = "SELECT ?s ?o WHERE { ?s ag:suspends ?o }"
    out = run("--store", ingested, "sparql", q, "--format", "json")
    assert out.exit_code == 0
    assert json.loads(out.stdout)[0]["s"].endswith("/state/ARM")
    path = tmp_path / "q.rq"
    path.write_text("SELECT DISTINCT ?name ?s WHERE { ?s rdfs:label ?name }")
    bound = run("--store", ingested, "sparql", f"@{path}", "--bind", "name=Finland", "--format", "csv")
    assert bound.stdout.splitlines() == ["name,s", "Finland,https://w3id.org/alliance-graph/id/state/FIN"]
    ask = run("--store", ingested, "sparql", "ASK { ?s ?p ?o }", "--bind-iri",
              "s=https://w3id.org/alliance-graph/id/org/NATO", "--format", "json")
    assert json.loads(ask.stdout) == [{"boolean": True}]
    listed = run("--store", ingested, "sparql", "--list")
    assert "members-on-date" in listed.stdout
    named = run("--store", ingested, "sparql", "--name", "documents", "--format", "json")
    assert named.exit_code == 0, named.output


def test_sparql_update_refused(run, ingested):
    result = run("--store", ingested, "sparql", "DELETE WHERE { ?s ?p ?o }")
    assert result.exit_code == 1
    assert "read-only" in result.stderr and len(lines(result.stderr)) == 1
    assert json.loads(run("--store", ingested, "stats", "--format", "json").stdout)[0]["count"] == 2


def test_sparql_malformed_and_missing(run, ingested):
    assert run("--store", ingested, "sparql", "SELEKT nothing").exit_code == 1
    assert run("--store", ingested, "sparql", "@no/such.rq").exit_code == 1
    assert run("--store", ingested, "sparql", "--name", "nope").exit_code == 1
    assert run("--store", ingested, "sparql").exit_code == 2


def test_export_graphml_read_back(run, ingested, tmp_path):
    out = tmp_path / "g.graphml"
    result = run("--store", ingested, "export", str(out))
    assert result.exit_code == 0
    G = nx.read_graphml(out)
    assert {"ARM", "CSTO", "FIN", "NATO"} <= set(G.nodes)
    assert G.nodes["CSTO"]["type"] == "organization"
    ttl = tmp_path / "g.data"
    assert run("--store", ingested, "export", str(ttl), "--format", "turtle").exit_code == 0
    assert "ag:" in ttl.read_text()
    assert run("--store", ingested, "export", str(tmp_path / "g.xyz")).exit_code == 1


def test_user_errors_exit_1_one_line(run, ingested, store_dir):
    unknown = run("--store", ingested, "members", "CTSO")
    assert unknown.exit_code == 1 and "Did you mean CSTO" in unknown.stderr
    assert len(lines(unknown.stderr)) == 1
    bad_date = run("--store", ingested, "members", "CSTO", "--as-of", "2024-02-30")
    assert bad_date.exit_code == 1 and "Malformed date" in bad_date.stderr
    bad_path = run("--store", store_dir, "ingest", "no/such/file.txt")
    assert bad_path.exit_code == 1 and len(lines(bad_path.stderr)) == 1
    assert "no such file" in bad_path.stderr
    bad_pub = run("--store", store_dir, "ingest", "-", "--published", "yesterday", input="x")
    assert bad_pub.exit_code == 1


def test_usage_errors_exit_2(run):
    assert run("--store", "memory", "members").exit_code == 2
    assert run("--store", "memory", "members", "CSTO", "--format", "xml").exit_code == 2
    assert run("--store", "memory", "nope").exit_code == 2


def test_query_on_missing_store_is_a_user_error(run, tmp_path):
    result = run("--store", str(tmp_path / "none.db"), "members", "CSTO")
    assert result.exit_code == 1 and "No store" in result.stderr
    assert not (tmp_path / "none.db").exists()


def test_memory_store_and_env(run, docs_dir, monkeypatch):
    result = run("--store", "memory", "ingest", docs_dir)
    assert result.exit_code == 0 and "2 new" in result.stdout
    monkeypatch.setenv("ALLIANCE_GRAPH_STORE", "memory")
    assert "(no rows)" in run("members", "CSTO").stdout  # a fresh memory store each invocation


def test_extract_jsonl_and_table(run, docs_dir, store_dir):
    out = run("--store", store_dir, "extract", os.path.join(docs_dir, "nato.txt"))
    events = [json.loads(ln) for ln in out.stdout.splitlines()]
    assert [e["relation"] for e in events] == ["joins", "applies"]
    assert list(events[0])[:11] == ["doc", "subject", "subject_id", "relation", "organization",
                                    "organization_id", "date", "status", "attributed_to",
                                    "confidence", "evidence"]
    table = run("extract", docs_dir, "--format", "table")
    assert "suspends" in table.stdout
    assert not os.path.exists(store_dir)  # extract stores nothing


def test_evaluate(run, docs_dir, tmp_path):
    gold_events = run("extract", os.path.join(docs_dir, "csto.txt")).stdout
    gold = tmp_path / "gold.jsonl"
    gold.write_text(gold_events)
    table = run("evaluate", str(gold), docs_dir, "--errors")
    assert table.exit_code == 0 and "triples" in table.stdout and "spurious" in table.stdout
    data = json.loads(run("evaluate", str(gold), docs_dir, "--format", "json").stdout)
    assert data["triples"]["recall"] == 1.0 and "errors" not in data
    assert run("evaluate", str(tmp_path / "none.jsonl"), docs_dir).exit_code == 1


def test_every_command_has_help_with_example():
    runner = CliRunner()
    assert cli.commands
    for name, command in cli.commands.items():
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Example:" in result.output, name
        assert command.help and command.help.strip(), name
    assert "Example:" in runner.invoke(cli, ["--help"]).output


def test_query_commands_share_format_option():
    for name in ("members", "memberships", "timeline", "explain", "sparql", "stats"):
        option = next(p for p in cli.commands[name].params if p.name == "fmt")
        assert isinstance(option.type, click.Choice) and list(option.type.choices) == ["table", "json", "csv"]


def test_query_commands_do_not_import_spacy(ingested):
    code = textwrap.dedent(f"""
        import sys
        from click.testing import CliRunner
        import alliance_graph.cli as c
        for args in (["members", "CSTO"], ["memberships", "Armenia"], ["timeline", "NATO"],
                     ["explain", "Armenia", "CSTO"], ["stats"], ["sparql", "ASK {{ ?s ?p ?o }}"]):
            r = CliRunner().invoke(c.cli, ["--store", {ingested!r}] + args, obj={{}})
            assert r.exit_code == 0, (args, r.output)
        print("spacy" in sys.modules)
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         env={**os.environ, "PYTHONPATH": ROOT}, check=True)
    assert out.stdout.strip() == "False"


def test_python_dash_m(tmp_path):
    out = subprocess.run([sys.executable, "-m", "alliance_graph", "--store", "memory", "members", "CTSO"],
                         capture_output=True, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": ROOT})
    assert out.returncode == 1
    assert out.stderr.strip() == "Error: No organisation named 'CTSO'. Did you mean CSTO?"


def test_format_table_aligns():
    text = format_table([{"a": "x", "b": None}, {"a": "longer", "b": 1.5}])
    assert text.splitlines() == ["a       b", "------  ---", "x", "longer  1.5"]


@pytest.mark.model
def test_real_model_ingest_members(tmp_path, real_extractor):
    seeds = os.path.join(ROOT, "seeds")
    runner = CliRunner()
    store = str(tmp_path / "s.db")
    result = runner.invoke(cli, ["--store", store, "ingest", seeds], obj={"extractor": real_extractor},
                           catch_exceptions=False)
    assert result.exit_code == 0 and "6 documents" in result.stdout
    members = runner.invoke(cli, ["--store", store, "members", "CSTO", "--as-of", "2024-03-01", "--format", "json"])
    assert "RUS" in [r["id"] for r in json.loads(members.stdout)]
