"""Shared fixtures: a model-free fake extractor, small documents, stores and a CLI runner."""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterable, Iterator

import pytest
from click.testing import CliRunner

from alliance_graph.model import Document, Event, Evidence
from alliance_graph.registry import default_registry

_LINE = re.compile(r"^(?P<subj>[A-Za-z ]+?) (?P<rel>[a-z_]+) (?P<org>[A-Za-z ]+?)"
                   r"(?: on (?P<date>\d{4}(?:-\d\d){0,2}))?(?: \((?P<status>[a-z]+)\))?\.$")


class FakeExtractor:
    """Reads one claim a line: ``Armenia suspends CSTO on 2024-02-23 (asserted).``

    Names go through the registry like the real extractor's; other lines are ignored.
    ``calls`` counts the documents extracted, to check that unchanged documents are skipped.
    """

    version = "fake-extractor 0"

    def __init__(self) -> None:
        self.calls = 0
        self.registry = default_registry()

    def extract(self, document: Document) -> list[Event]:
        self.calls += 1
        events, offset = [], 0
        for line in document.text.split("\n"):
            m = _LINE.match(line.strip())
            if m:
                subj = self.registry.resolve(m["subj"])
                org = self.registry.resolve(m["org"], kind="organisation")
                start = offset + line.index(line.strip())
                events.append(Event(
                    doc=document.id, subject=subj.name, subject_id=subj.id, relation=m["rel"],
                    organization=org.name, organization_id=org.id, date=m["date"],
                    status=m["status"] or "asserted", attributed_to=None, confidence=0.9,
                    evidence=Evidence(line.strip(), start, start + len(line.strip()))))
            offset += len(line) + 1
        return events

    def extract_many(self, documents: Iterable[Document], *, n_process: int = 1,
                     batch_size: int = 16) -> Iterator[tuple[Document, list[Event]]]:
        for doc in documents:
            yield doc, self.extract(doc)


DOC_CSTO = """Title: Armenia freezes CSTO
Published: 2024-02-23

Russia founds CSTO on 1992-05-15.
Armenia founds CSTO on 1992-05-15.
Kazakhstan member CSTO.
Armenia suspends CSTO on 2024-02-22.
Armenia leaves CSTO (denied).
"""

DOC_NATO = """Published: 2023-04-05

Finland joins NATO on 2023-04-04.
Sweden applies NATO on 2022-05.
"""


@pytest.fixture
def fake_extractor() -> FakeExtractor:
    return FakeExtractor()


@pytest.fixture
def docs_dir(tmp_path) -> str:
    """A directory with two small documents: ``csto.txt`` and ``nato.txt``."""
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "csto.txt").write_text(DOC_CSTO, encoding="utf-8")
    (folder / "nato.txt").write_text(DOC_NATO, encoding="utf-8")
    return str(folder)


@pytest.fixture
def store_dir(tmp_path) -> str:
    """A path for an on-disk store (not created yet)."""
    return str(tmp_path / "store.db")


@pytest.fixture
def memory_graph(fake_extractor):
    """An in-memory AllianceGraph with the fake extractor."""
    from alliance_graph.graph import AllianceGraph

    with AllianceGraph.open("memory", extractor=fake_extractor) as graph:
        yield graph


@pytest.fixture
def run(fake_extractor):
    """Invoke the CLI with the fake extractor: ``run("--store", s, "members", "CSTO")``."""
    from alliance_graph.cli import cli

    runner = CliRunner()

    def invoke(*args: str, input: str | None = None):
        return runner.invoke(cli, list(args), obj={"extractor": fake_extractor}, input=input,
                             catch_exceptions=False)

    return invoke


@pytest.fixture
def ingested(run, docs_dir, store_dir) -> str:
    """An on-disk store holding both documents; returns its path."""
    result = run("--store", store_dir, "ingest", docs_dir)
    assert result.exit_code == 0, result.output
    return store_dir


@pytest.fixture(scope="session")
def real_extractor():
    """One real spaCy extractor for the session (tests using it are marked ``model``)."""
    from alliance_graph.errors import ModelError
    from alliance_graph.extract import Extractor

    ex = Extractor()
    try:
        ex.version  # noqa: B018 (loads the pipeline)
    except ModelError as exc:
        pytest.skip(str(exc))
    return ex


def seeds_dir() -> str:
    return os.path.join(os.path.dirname(os.path.dirname(__file__)), "seeds")


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory) -> Iterator[str]:
    """``oxigraph serve`` on a free loopback port for the session; yields ``http://127.0.0.1:PORT``.

    Skips when no ``oxigraph`` binary is installed (the ``test`` extra installs it).
    """
    import socket
    import time
    import urllib.request

    from alliance_graph.server import oxigraph_binary

    binary = oxigraph_binary()
    if binary is None:
        pytest.skip("no oxigraph server binary next to this Python or on PATH (pip install oxigraph)")
    folder = tmp_path_factory.mktemp("oxigraph-server")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    log = open(folder / "server.log", "wb")  # noqa: SIM115 (closed below)
    process = subprocess.Popen([binary, "serve", "--location", str(folder / "db"),
                                "--bind", f"127.0.0.1:{port}"], stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    try:
        while True:
            try:
                with urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=2):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"oxigraph serve did not start: {(folder / 'server.log').read_text()}")
                time.sleep(0.1)
        yield url
    finally:
        stop_process(process)
        log.close()


def stop_process(process: subprocess.Popen) -> None:
    """Terminate a server the tests started, killing it if it does not stop within 10 s."""
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture
def remote_store(oxigraph_server) -> tuple[str, str]:
    """The session's Oxigraph server, emptied: ``(query_url, update_url)``."""
    import urllib.parse
    import urllib.request

    body = urllib.parse.urlencode({"update": "DROP ALL"}).encode()
    with urllib.request.urlopen(f"{oxigraph_server}/update", data=body, timeout=30):
        pass
    return f"{oxigraph_server}/query", f"{oxigraph_server}/update"
