"""diplograph stats: centrality, communities, busiest relationships and a shortest path, on a
real embedded store holding the invented research sample (tests/research_sample.py), and
through the command line on a store built from the example articles."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from research_sample import A1, A2, article_one, article_two, background

import diplograph
from diplograph.errors import InputError, StoreError
from diplograph.namespaces import BACKGROUND_GRAPH
from diplograph.stats import format_stats, network_stats
from diplograph.stores.embedded import EmbeddedStore

ARTICLES = Path(__file__).resolve().parent.parent / "data" / "articles"


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "diplograph.cli", *args], check=False,
                          capture_output=True, text=True, timeout=300, env=dict(os.environ))


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("stats") / "store"
    with EmbeddedStore(folder) as store:
        store.replace_graph(A1, article_one())
        store.replace_graph(A2, article_two())
        store.replace_graph(BACKGROUND_GRAPH, background())
    return str(folder)


def test_the_leader_who_met_everyone_ranks_first(sample):
    stats = network_stats(sample)
    first = stats.leaders[0]
    assert first.label == "Amani Odhiambo" and first.detail == "Kenya"
    # Odhiambo met Mushi (twice) and Aydin, and witnessed what Juma signed.
    assert first.partners == 3 and first.betweenness > 0
    assert stats.leaders[0].events >= stats.leaders[-1].events
    assert [s.label for s in stats.top_states][:1] == ["Kenya"]
    assert stats.top_states[0].detail == "KEN"


def test_busiest_relationship_is_kenya_and_tanzania(sample):
    busiest = network_stats(sample).relationships[0]
    assert (busiest.state1, busiest.state2) == ("Kenya", "Tanzania")
    assert (busiest.iso3_1, busiest.iso3_2) == ("KEN", "TZA")
    # Two meetings, a visit and an MoU; planned and cancelled events do not count.
    assert (busiest.meetings, busiest.visits, busiest.agreements) == (2, 1, 1)
    assert busiest.events == 4 and busiest.first == "2023-03-01"


def test_communities_cover_every_leader_once(sample):
    stats = network_stats(sample)
    members = [name for group in stats.leader_communities for name in group]
    assert sorted(members) == sorted(set(members))
    assert set(members) == {"Amani Odhiambo", "Neema Mushi", "Kerem Aydin", "Halima Juma"}


def test_shortest_path_goes_through_the_common_partner(sample):
    stats = network_stats(sample, path=("aydin", "halima juma"))
    assert stats.path_ends == ("Kerem Aydin", "Halima Juma")
    assert [(h.source, h.target) for h in stats.path] == [
        ("Kerem Aydin", "Amani Odhiambo"), ("Amani Odhiambo", "Halima Juma")]
    # The planned meeting of Mushi and Aydin links them only when planned events count.
    direct = network_stats(sample, path=("aydin", "mushi"), statuses=("all",))
    assert len(direct.path) == 1 and direct.path[0].events == 1


@pytest.mark.parametrize("names, words", [
    (("nobody", "mushi"), ["no leader named 'nobody'"]),
    (("a", "mushi"), ["'a' names", "give more of the name"]),
])
def test_unknown_or_ambiguous_leader_is_a_one_line_error(sample, names, words):
    with pytest.raises(InputError) as caught:
        network_stats(sample, path=names)
    assert all(w in str(caught.value) for w in words)


def test_json_and_table_carry_the_same_figures(sample):
    stats = network_stats(sample, top=2, path=("aydin", "juma"))
    data = json.loads(format_stats(stats, "json"))
    assert [c["label"] for c in data["leaders"]] == [c.label for c in stats.leaders]
    assert len(data["leaders"]) == 2 and data["persons_count"] == 4
    assert data["path_ends"] == ["Kerem Aydin", "Halima Juma"] and len(data["path"]) == 2
    table = format_stats(stats, "table")
    for heading in ("Most central leaders", "Most central states",
                    "Busiest bilateral relationships", "Communities of leaders",
                    "Shortest path from Kerem Aydin to Halima Juma"):
        assert heading in table
    assert json.loads(format_stats(network_stats(sample), "json"))["path"] is None


def test_stats_of_a_missing_store_is_an_error_and_creates_nothing(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        network_stats(tmp_path / "nowhere")
    assert not (tmp_path / "nowhere").exists()


# --- the command line ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("stats-cli") / "store"
    diplograph.build([ARTICLES], folder)
    return str(folder)


def test_cli_stats_table_on_the_example_articles(built):
    result = cli("stats", "--store", built, "--path", "aliyev", "lukashenko")
    assert result.returncode == 0, result.stderr
    assert "Azerbaijan – Belarus" in result.stdout
    assert "Shortest path from Ilham Aliyev to Alexander Lukashenko" in result.stdout


def test_cli_stats_json(built):
    result = cli("stats", "--store", built, "--format", "json", "--top", "1")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert len(data["leaders"]) == 1 and len(data["relationships"]) == 1
    assert {data["relationships"][0]["iso3_1"], data["relationships"][0]["iso3_2"]} == {
        "AZE", "BLR"}


@pytest.mark.parametrize("args, words", [
    (("--format", "xml"), ["unknown format 'xml'"]),
    (("--status", "maybe"), ["--status 'maybe'"]),
    (("--top", "0"), ["--top"]),
    (("--path", "nobody", "aliyev"), ["no leader named 'nobody'"]),
])
def test_cli_stats_bad_input_is_one_line(built, args, words):
    result = cli("stats", "--store", built, *args)
    assert result.returncode == 2
    assert all(w in result.stderr for w in words) and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("args", [
    ("query", "meetings"),
    ("export", "--format", "turtle"),
    ("render", "-o", "{tmp}/net.html"),
    ("stats",),
])
def test_read_commands_on_a_missing_store_say_so_and_create_nothing(tmp_path, args):
    missing = tmp_path / "no-store"
    result = cli(*(a.replace("{tmp}", str(tmp_path)) for a in args), "--store", str(missing))
    assert result.returncode == 3
    assert f"no store at {missing}: the folder does not exist" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not missing.exists() and not (tmp_path / "net.html").exists()
    assert result.stdout == ""


def test_read_commands_on_a_folder_that_is_no_store_say_so(tmp_path):
    (tmp_path / "empty").mkdir()
    result = cli("query", "meetings", "--store", str(tmp_path / "empty"))
    assert result.returncode == 3 and "is not a diplograph store" in result.stderr
    assert list((tmp_path / "empty").iterdir()) == []


def test_notebook_functions_refuse_a_missing_store_too(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        diplograph.dataframe(tmp_path / "nowhere", "meetings")
    assert not (tmp_path / "nowhere").exists()
