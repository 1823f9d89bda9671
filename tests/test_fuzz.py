"""Hostile articles: a few hundred of benchmarks/fuzz_build.py's build with no crash."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from diplograph.ingest import build
from diplograph.stores.embedded import EmbeddedStore

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from fuzz_build import fuzz, hostile_files  # noqa: E402

#: Crashes inside src/diplograph/extract/ reported to the extraction work, not fixed here:
#: resolve_date adds days to a publication date of year 1 or 9999 and overflows.
KNOWN_EXTRACT_CRASH = "OverflowError"


def test_the_generator_is_deterministic_and_counts_records():
    first = list(hostile_files(50, seed=3))
    assert first == list(hostile_files(50, seed=3))
    assert first != list(hostile_files(50, seed=4))


def test_a_few_hundred_hostile_articles_build_without_a_crash(tmp_path):
    result = fuzz(300, seed=7, store=tmp_path / "store")
    assert result["read"] >= result["files"]  # a dump whose file is refused counts once
    unknown = [c for c in result["crashes"] if KNOWN_EXTRACT_CRASH not in c[1]]
    assert not unknown, unknown
    assert result["added"] > 50  # junk is skipped, but the readable reports are built
    store = EmbeddedStore(tmp_path / "store", read_only=True)
    try:  # the store the fuzzing built still answers
        from diplograph.queries import run_query

        assert run_query(store, "meetings", {}).kind == "select"
    finally:
        store.close()


@pytest.mark.parametrize("name, data", [
    ("cut.txt", "A met B in Velm on Monday.".encode("utf-16")[:-1]),
    ("cut.html", "<html><body><p>A met B.</p></body></html>".encode("utf-16")[:-1]),
    ("mark-only.txt", b"\xff\xfe\x00\xd8"),  # a BOM, then a lone surrogate
])
def test_a_utf16_file_cut_short_is_skipped_with_a_reason(tmp_path, name, data):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / name).write_bytes(data)
    (tmp_path / "in" / "good.txt").write_text(
        " date 2024-03-06\nPresident Arlo Venn met Prime Minister Ysolde Karr on Monday.")
    report = build([tmp_path / "in"], tmp_path / "store")
    assert [Path(s).name for s in report.added] == ["good.txt"]
    [(source, reason)] = report.skipped
    assert source.endswith(name) and "UTF-16" in reason and "\n" not in reason


def test_relative_dates_next_to_the_ends_of_the_calendar_resolve_or_give_none():
    from diplograph.extract.dates import resolve_date

    assert resolve_date("Friday", dt.date(1, 1, 1)) in (None, dt.date(1, 1, 5))
    assert resolve_date("tomorrow", dt.date(9999, 12, 31)) is None


def test_xml_exports_of_text_with_control_characters_still_parse(tmp_path):
    """Article text may hold control characters, which XML 1.0 cannot: RDF/XML, GraphML and
    GEXF write them as U+FFFD (they were an unreadable file, or a ValueError traceback)."""
    import io

    import networkx
    from rdflib import Graph, Literal
    from rdflib.namespace import RDF, RDFS

    from diplograph.export import export
    from diplograph.graph import iris
    from diplograph.namespaces import DG, DGR

    store = EmbeddedStore(tmp_path / "store")
    article, guest, host = iris.article_iri("0" * 64), iris.person_iri("a"), iris.person_iri("b")
    meeting = DGR["meeting/2024-03-04-000000000000"]
    store.replace_graph(article, [
        (article, RDF.type, DG.Article), (guest, RDF.type, DG.Person),
        (guest, RDFS.label, Literal("Arlo\x07 Venn\x0c")), (host, RDF.type, DG.Person),
        (host, RDFS.label, Literal("Ysolde Karr")), (meeting, RDF.type, DG.Meeting),
        (meeting, DG.participant, guest), (meeting, DG.participant, host)])
    try:
        def written(fmt: str) -> bytes:
            out = io.BytesIO()
            export(store, fmt, out, articles_only=True)
            return out.getvalue()

        labels = {str(o) for o in Graph().parse(data=written("rdfxml"), format="xml")
                  .objects(guest, RDFS.label)}
        assert labels == {"Arlo\ufffd Venn\ufffd"}
        for fmt, read in (("graphml", networkx.read_graphml), ("gexf", networkx.read_gexf)):
            network = read(io.BytesIO(written(fmt)))
            assert network.number_of_nodes() >= 2, fmt
        turtle = Graph().parse(data=written("turtle"), format="turtle")
        assert {str(o) for o in turtle.objects(guest, RDFS.label)} == {"Arlo\x07 Venn\x0c"}
    finally:
        store.close()
