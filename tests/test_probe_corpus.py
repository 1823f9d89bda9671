"""Integrity of the probe corpora (data/probe, data/probe2 … data/probe145): every
gold file loads, names an article that exists, and states only facts the scorer can read
(quotes that are exact substrings, participants and speakers who are listed persons, states
the world data knows)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from diplograph.evaluate import load_gold, state_code
from diplograph.world import load_world

DATA = Path(__file__).resolve().parent.parent / "data"
#: Each corpus with the ids it holds: 24 texts p101-p124, 12 texts q101-q112, 12 texts
#: r101-r112, 12 texts s101-s112, 12 texts t101-t112, 12 texts u101-u112, 12 texts
#: v101-v112, 12 texts w101-w112, 12 texts x101-x112, 12 texts y101-y112, 12 texts
#: z101-z112, 12 texts a101-a112, 12 texts b101-b112, 12 texts c101-c112, 12 texts
#: d101-d112, 12 texts e101-e112, 12 texts f101-f112, and 12 texts each for g … o
#: (g101-g112 … o101-o112), then aa … az, ba … bz, ca … cz, da … dz, and ea … eo
#: (aa101-aa112 … az101-az112, ba101-ba112 … bz101-bz112, ca101-ca112 … cz101-cz112,
#: da101-da112 … dz101-dz112, ea101-ea112 … eo101-eo112).
CORPORA = {"probe": [f"p{n}" for n in range(101, 125)],
           "probe2": [f"q{n}" for n in range(101, 113)],
           "probe3": [f"r{n}" for n in range(101, 113)],
           "probe4": [f"s{n}" for n in range(101, 113)],
           "probe5": [f"t{n}" for n in range(101, 113)],
           "probe6": [f"u{n}" for n in range(101, 113)],
           "probe7": [f"v{n}" for n in range(101, 113)],
           "probe8": [f"w{n}" for n in range(101, 113)],
           "probe9": [f"x{n}" for n in range(101, 113)],
           "probe10": [f"y{n}" for n in range(101, 113)],
           "probe11": [f"z{n}" for n in range(101, 113)],
           "probe12": [f"a{n}" for n in range(101, 113)],
           "probe13": [f"b{n}" for n in range(101, 113)],
           "probe14": [f"c{n}" for n in range(101, 113)],
           "probe15": [f"d{n}" for n in range(101, 113)],
           "probe16": [f"e{n}" for n in range(101, 113)],
           "probe17": [f"f{n}" for n in range(101, 113)],
           "probe18": [f"g{n}" for n in range(101, 113)],
           "probe19": [f"h{n}" for n in range(101, 113)],
           "probe20": [f"i{n}" for n in range(101, 113)],
           "probe21": [f"j{n}" for n in range(101, 113)],
           "probe22": [f"k{n}" for n in range(101, 113)],
           "probe23": [f"l{n}" for n in range(101, 113)],
           "probe24": [f"m{n}" for n in range(101, 113)],
           "probe25": [f"n{n}" for n in range(101, 113)],
           "probe26": [f"o{n}" for n in range(101, 113)],
           "probe27": [f"aa{n}" for n in range(101, 113)],
           "probe28": [f"ab{n}" for n in range(101, 113)],
           "probe29": [f"ac{n}" for n in range(101, 113)],
           "probe30": [f"ad{n}" for n in range(101, 113)],
           "probe31": [f"ae{n}" for n in range(101, 113)],
           "probe32": [f"af{n}" for n in range(101, 113)],
           "probe33": [f"ag{n}" for n in range(101, 113)],
           "probe34": [f"ah{n}" for n in range(101, 113)],
           "probe35": [f"ai{n}" for n in range(101, 113)],
           "probe36": [f"aj{n}" for n in range(101, 113)],
           "probe37": [f"ak{n}" for n in range(101, 113)],
           "probe38": [f"al{n}" for n in range(101, 113)],
           "probe39": [f"am{n}" for n in range(101, 113)],
           "probe40": [f"an{n}" for n in range(101, 113)],
           "probe41": [f"ao{n}" for n in range(101, 113)],
           "probe42": [f"ap{n}" for n in range(101, 113)],
           "probe43": [f"aq{n}" for n in range(101, 113)],
           "probe44": [f"ar{n}" for n in range(101, 113)],
           "probe45": [f"as{n}" for n in range(101, 113)],
           "probe46": [f"at{n}" for n in range(101, 113)],
           "probe47": [f"au{n}" for n in range(101, 113)],
           "probe48": [f"av{n}" for n in range(101, 113)],
           "probe49": [f"aw{n}" for n in range(101, 113)],
           "probe50": [f"ax{n}" for n in range(101, 113)],
           "probe51": [f"ay{n}" for n in range(101, 113)],
           "probe52": [f"az{n}" for n in range(101, 113)],
           "probe53": [f"ba{n}" for n in range(101, 113)],
           "probe54": [f"bb{n}" for n in range(101, 113)],
           "probe55": [f"bc{n}" for n in range(101, 113)],
           "probe56": [f"bd{n}" for n in range(101, 113)],
           "probe57": [f"be{n}" for n in range(101, 113)],
           "probe58": [f"bf{n}" for n in range(101, 113)],
           "probe59": [f"bg{n}" for n in range(101, 113)],
           "probe60": [f"bh{n}" for n in range(101, 113)],
           "probe61": [f"bi{n}" for n in range(101, 113)],
           "probe62": [f"bj{n}" for n in range(101, 113)],
           "probe63": [f"bk{n}" for n in range(101, 113)],
           "probe64": [f"bl{n}" for n in range(101, 113)],
           "probe65": [f"bm{n}" for n in range(101, 113)],
           "probe66": [f"bn{n}" for n in range(101, 113)],
           "probe67": [f"bo{n}" for n in range(101, 113)],
           "probe68": [f"bp{n}" for n in range(101, 113)],
           "probe69": [f"bq{n}" for n in range(101, 113)],
           "probe70": [f"br{n}" for n in range(101, 113)],
           "probe71": [f"bs{n}" for n in range(101, 113)],
           "probe72": [f"bt{n}" for n in range(101, 113)],
           "probe73": [f"bu{n}" for n in range(101, 113)],
           "probe74": [f"bv{n}" for n in range(101, 113)],
           "probe75": [f"bw{n}" for n in range(101, 113)],
           "probe76": [f"bx{n}" for n in range(101, 113)],
           "probe77": [f"by{n}" for n in range(101, 113)],
           "probe78": [f"bz{n}" for n in range(101, 113)],
           "probe79": [f"ca{n}" for n in range(101, 113)],
           "probe80": [f"cb{n}" for n in range(101, 113)],
           "probe81": [f"cc{n}" for n in range(101, 113)],
           "probe82": [f"cd{n}" for n in range(101, 113)],
           "probe83": [f"ce{n}" for n in range(101, 113)],
           "probe84": [f"cf{n}" for n in range(101, 113)],
           "probe85": [f"cg{n}" for n in range(101, 113)],
           "probe86": [f"ch{n}" for n in range(101, 113)],
           "probe87": [f"ci{n}" for n in range(101, 113)],
           "probe88": [f"cj{n}" for n in range(101, 113)],
           "probe89": [f"ck{n}" for n in range(101, 113)],
           "probe90": [f"cl{n}" for n in range(101, 113)],
           "probe91": [f"cm{n}" for n in range(101, 113)],
           "probe92": [f"cn{n}" for n in range(101, 113)],
           "probe93": [f"co{n}" for n in range(101, 113)],
           "probe94": [f"cp{n}" for n in range(101, 113)],
           "probe95": [f"cq{n}" for n in range(101, 113)],
           "probe96": [f"cr{n}" for n in range(101, 113)],
           "probe97": [f"cs{n}" for n in range(101, 113)],
           "probe98": [f"ct{n}" for n in range(101, 113)],
           "probe99": [f"cu{n}" for n in range(101, 113)],
           "probe100": [f"cv{n}" for n in range(101, 113)],
           "probe101": [f"cw{n}" for n in range(101, 113)],
           "probe102": [f"cx{n}" for n in range(101, 113)],
           "probe103": [f"cy{n}" for n in range(101, 113)],
           "probe104": [f"cz{n}" for n in range(101, 113)],
           "probe105": [f"da{n}" for n in range(101, 113)],
           "probe106": [f"db{n}" for n in range(101, 113)],
           "probe107": [f"dc{n}" for n in range(101, 113)],
           "probe108": [f"dd{n}" for n in range(101, 113)],
           "probe109": [f"de{n}" for n in range(101, 113)],
           "probe110": [f"df{n}" for n in range(101, 113)],
           "probe111": [f"dg{n}" for n in range(101, 113)],
           "probe112": [f"dh{n}" for n in range(101, 113)],
           "probe113": [f"di{n}" for n in range(101, 113)],
           "probe114": [f"dj{n}" for n in range(101, 113)],
           "probe115": [f"dk{n}" for n in range(101, 113)],
           "probe116": [f"dl{n}" for n in range(101, 113)],
           "probe117": [f"dm{n}" for n in range(101, 113)],
           "probe118": [f"dn{n}" for n in range(101, 113)],
           "probe119": [f"do{n}" for n in range(101, 113)],
           "probe120": [f"dp{n}" for n in range(101, 113)],
           "probe121": [f"dq{n}" for n in range(101, 113)],
           "probe122": [f"dr{n}" for n in range(101, 113)],
           "probe123": [f"ds{n}" for n in range(101, 113)],
           "probe124": [f"dt{n}" for n in range(101, 113)],
           "probe125": [f"du{n}" for n in range(101, 113)],
           "probe126": [f"dv{n}" for n in range(101, 113)],
           "probe127": [f"dw{n}" for n in range(101, 113)],
           "probe128": [f"dx{n}" for n in range(101, 113)],
           "probe129": [f"dy{n}" for n in range(101, 113)],
           "probe130": [f"dz{n}" for n in range(101, 113)],
           "probe131": [f"ea{n}" for n in range(101, 113)],
           "probe132": [f"eb{n}" for n in range(101, 113)],
           "probe133": [f"ec{n}" for n in range(101, 113)],
           "probe134": [f"ed{n}" for n in range(101, 113)],
           "probe135": [f"ee{n}" for n in range(101, 113)],
           "probe136": [f"ef{n}" for n in range(101, 113)],
           "probe137": [f"eg{n}" for n in range(101, 113)],
           "probe138": [f"eh{n}" for n in range(101, 113)],
           "probe139": [f"ei{n}" for n in range(101, 113)],
           "probe140": [f"ej{n}" for n in range(101, 113)],
           "probe141": [f"ek{n}" for n in range(101, 113)],
           "probe142": [f"el{n}" for n in range(101, 113)],
           "probe143": [f"em{n}" for n in range(101, 113)],
           "probe144": [f"en{n}" for n in range(101, 113)],
           "probe145": [f"eo{n}" for n in range(101, 113)]}
#: Corpora of long reports, whose texts run longer than a news story's usual 700 words.
LONG_CORPORA = {"probe120"}
ARTICLES = [(corpus, article_id) for corpus, ids in CORPORA.items() for article_id in ids]
KEYS = {"id", "url", "source", "date", "date_known", "date_source", "persons", "meetings",
        "visits", "agreements", "quotes", "planned", "traps"}
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}$")


@pytest.fixture(scope="module")
def world():
    return load_world()


def _gold(corpus: str, article_id: str) -> dict:
    return json.loads((DATA / corpus / "gold" / f"{article_id}.json").read_text(encoding="utf-8"))


def _text(corpus: str, article_id: str) -> str:
    return (DATA / corpus / "articles" / f"{article_id}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("corpus", CORPORA)
def test_every_gold_file_has_its_article_and_the_reverse(corpus):
    gold = sorted(p.stem for p in (DATA / corpus / "gold").glob("*.json"))
    articles = sorted(p.stem for p in (DATA / corpus / "articles").glob("*.txt"))
    assert gold == articles == CORPORA[corpus]


@pytest.mark.parametrize("corpus", CORPORA)
def test_the_scorer_loads_the_whole_corpus(corpus):
    assert sorted(load_gold(DATA / corpus / "gold")) == CORPORA[corpus]


@pytest.mark.parametrize("corpus, article_id", ARTICLES)
def test_gold_matches_its_article(corpus, article_id, world):
    gold, text = _gold(corpus, article_id), _text(corpus, article_id)
    assert set(gold) == KEYS
    assert gold["id"] == article_id
    # The publication date is the article's first line, as in ../shared/realnews.
    assert text.startswith(f" date {gold['date']}\n")
    words = len(text.split())
    shortest, longest = (900, 1600) if corpus in LONG_CORPORA else (150, 700)
    assert shortest <= words <= longest, words

    persons = {p["name"] for p in gold["persons"]}
    assert len(persons) == len(gold["persons"]), "a person is listed twice"
    for person in gold["persons"]:
        assert person["name"].strip() and person["role"]
        if person["state"] is not None:
            assert not state_code(person["state"], world).startswith("?"), person
    for meeting in gold["meetings"]:
        assert set(meeting["participants"]) <= persons, meeting
        assert len(meeting["participants"]) >= 2
        assert meeting["kind"] in ("in-person", "phone", "video")
        assert meeting["date"] is None or ISO_DATE.match(meeting["date"])
        if meeting["place"]:
            assert meeting["place"] in text, meeting["place"]
    for visit in gold["visits"]:
        assert visit["guest"] in persons
        assert not state_code(visit["host_state"], world).startswith("?")
        assert visit["type"] in (None, "state", "official", "working", "private")
    for agreement in gold["agreements"]:
        assert len(agreement["parties"]) >= 2
        for party in agreement["parties"]:
            assert not state_code(party, world).startswith("?"), party
        assert set(agreement["signatories"]) <= persons
    for quote in gold["quotes"]:
        assert quote["speaker"] in persons
        assert quote["text"] in text, quote["text"]
    for plan in gold["planned"]:
        assert plan["what"] in ("meeting", "visit", "agreement")
        assert plan["status"] in ("planned", "postponed", "cancelled")
        assert set(plan["who"]) <= persons
    assert gold["traps"]
