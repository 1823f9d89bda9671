"""Scoring extraction against hand-read gold facts, per fact type.

The gold format is the one of the real-news corpus (``ID.json`` beside
``ID.txt``): persons with role and state, meetings, visits, agreements,
quotes and planned events.  :func:`evaluate` builds the articles into a store
(or reads one already built), reads each article's named graph back and pairs
gold and found facts one to one.  The matching rules, documented in the
README, are those of the corpus:

- names match without case, diacritics, punctuation and particles ("bin",
  "al-", "da"...); a lone surname (any part of the name) matches the full name
  when it matches no other gold person of the article;
- roles match by core title: the world data's canonical role of each side
  (Foreign Minister = Minister of Foreign Affairs = Secretary of State,
  Premier = Prime Minister, Economy Secretary = Secretary of Economy, and a
  title the world data gives a meaning in the gold state: "Chancellor" of
  Mexico = Minister of Foreign Affairs), or one title containing the other with only a
  qualifier added ("Ambassador" ~ "Ambassador to France"), never a change of
  rank ("Vice-President" is not "President");
- states match by ISO code through the world data; places by name, or as one
  place of the world data under two of its names ("Washington" = "Washington,
  D.C.").
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import RDF, RDFS

from .errors import InputError
from .namespaces import DG
from .world import World, load_world, spell_out

#: Fact types scored for precision and recall, in report order.
TYPES = ("persons", "meetings", "visits", "agreements", "quotes", "planned")

#: Words that are not part of what makes two names the same person.
_PARTICLES = frozenset({"bin", "ibn", "bint", "binti", "al", "el", "ul", "da", "de", "di", "do",
                        "dos", "das", "del", "van", "von", "der", "den", "la", "le", "du", "abu",
                        "y", "e", "mr", "mrs", "ms", "dr", "jr", "sr",
                        # forms of address written with a name, not part of it
                        "sheikh", "shaikh", "sheikha", "king", "queen", "prince", "princess",
                        "emir", "amir", "sultan", "hh", "hrh", "he", "his", "her", "highness",
                        "majesty", "excellency", "hon"})
#: Core titles the corpus counts as one (after the world data's own synonyms).
_ROLE_SYNONYMS = {"secretary of state": "minister of foreign affairs",
                  "foreign secretary": "minister of foreign affairs",
                  "premier": "prime minister", "head of government": "prime minister",
                  "chancellor": "chancellor"}
#: Words that change an office's rank when put before a title: "Vice-President" is not
#: "President", "Prime Minister" is not "Minister".
_RANK_WORDS = frozenset({"vice", "deputy", "prime", "assistant", "under", "associate", "first",
                         "second", "former", "acting", "co", "general", "chief", "crown",
                         "lieutenant", "parliamentary", "junior", "state"})
_QUALIFIER_WORDS = frozenset({"to", "for", "of", "on", "at", "in", "and"})


# --- names, roles, states ------------------------------------------------------------------

def name_tokens(name: str) -> tuple[str, ...]:
    """A name folded for comparison: no case, diacritics, punctuation or particles."""
    folded = unicodedata.normalize("NFKD", spell_out(name))  # "Władysław" is "Wladyslaw"
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    words = re.sub(r"[^\w]+", " ", folded).split()
    return tuple(w for w in words if w not in _PARTICLES)


def _own_tokens(name: str) -> set[str]:
    """A name's words without those of a father or ancestor ("bin Salman")."""
    words = re.sub(r"[^\w]+", " ", unicodedata.normalize("NFKD", spell_out(name)).lower()).split()
    own = [w for i, w in enumerate(words)
           if not (i > 0 and words[i - 1] in ("bin", "ibn", "bint", "binti"))]
    return set(name_tokens(" ".join(own)))


def names_match(gold: str, found: str) -> int:
    """2 for the same name, 1 when one is part of the other (a lone surname), else 0.

    A father's name after "bin" is no surname: "Salman" is not "Mohammed bin Salman"."""
    a, b = name_tokens(gold), name_tokens(found)
    if not a or not b:
        return 0
    if a == b or sorted(a) == sorted(b):
        return 2
    (short, long), long_name = ((a, b), found) if len(a) < len(b) else ((b, a), gold)
    # The shorter name's first word must be the person's own, not a father's.
    return 1 if set(short) <= set(long) and short[0] in _own_tokens(long_name) else 0


def _fold_role(role: str, keep_the: bool = False) -> str:
    text = unicodedata.normalize("NFKD", role)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[-–—]", " ", text)
    text = re.sub(r"[^\w ]+", " ", text)
    return " ".join(w for w in text.split() if keep_the or w != "the")


def core_role(role: str, world: World) -> str:
    """The canonical, folded core title of ``role`` ("Foreign Minister" ->
    "minister of foreign affairs")."""
    folded = _fold_role(role)
    # The longest known title at the start, canonical, with its qualifier kept:
    # "vice foreign minister for latin america" -> "deputy minister of foreign affairs for …".
    # Titles are looked up with their "the" ("member of the federal council").
    for words in (_fold_role(role, keep_the=True).split(), folded.split()):
        for end in range(len(words), 0, -1):
            info = world.title(" ".join(words[:end]))
            if info is not None:
                head = _fold_role(info.role)
                head = _ROLE_SYNONYMS.get(head, head)
                return " ".join([head, *(w for w in words[end:] if w != "the")])
    first, _, rest = folded.partition(" ")
    if first in _RANK_WORDS and rest and core_role(rest, world) != rest:
        # "First Vice Foreign Minister": the rank before a title the world data knows in
        # another wording ("first deputy minister of foreign affairs")
        return f"{first} {core_role(rest, world)}"
    if folded.endswith(" minister") and " of " not in folded:
        # "Rural Development Minister" is "Minister of Rural Development".
        # "International Relations and Cooperation Minister" is the foreign minister
        # that "Minister of International Relations and Cooperation" is.
        folded = "minister of " + folded[: -len(" minister")]
        info = world.title(folded)
        if info is not None:
            folded = _fold_role(info.role)
        return _ROLE_SYNONYMS.get(folded, folded)
    if folded.endswith(" secretary") and " of " not in folded \
            and all(w in world.portfolios or w == "and"
                    for w in folded[: -len(" secretary")].split()):
        # "Economy Secretary" is "Secretary of Economy", as "Economy Minister" is
        # "Minister of Economy" (only a portfolio's words: "State Secretary" is none)
        return "secretary of " + folded[: -len(" secretary")]
    words = folded.split()
    for start in range(1, len(words)):
        # "Foreign Ministry Spokesman": the known title at the end, canonical, with the
        # words before it kept ("foreign ministry spokesperson"), when they only qualify
        # it (no "of", "for": "… Secretary of State for Western Hemisphere Affairs"; no
        # rank: an "Assistant Secretary of State" is no Secretary of State)
        if set(words[:start]) & (_JOINING_WORDS | _RANK_WORDS):
            break
        info = world.title(" ".join(words[start:]))
        if info is not None:
            head = _fold_role(info.role)
            return " ".join([*words[:start], _ROLE_SYNONYMS.get(head, head)])
    return _ROLE_SYNONYMS.get(folded, folded)


def roles_match(gold: str, found: str, world: World) -> bool:
    """Same core title, or one title is the other plus a qualifier ("Ambassador to X").

    A gold role naming several offices ("Crown Prince, Deputy Prime Minister and Minister
    of Defence", "Deputy Prime Minister - Minister of Foreign Affairs") matches any one of
    them."""
    if _one_role_matches(gold, found, world):
        return True
    parts = [p for p in re.split(r",\s*|\s+and\s+|\s+[-–—]\s+", gold) if p.strip()]
    return len(parts) > 1 and any(_one_role_matches(p, found, world) for p in parts
                                  if world.title(_fold_role(p).split(" of ")[0]) is not None
                                  or world.title(_fold_role(p)) is not None)


def _one_role_matches(gold: str, found: str, world: World) -> bool:
    a, b = core_role(gold, world), core_role(found, world)
    if a == b:
        return True
    short_raw, long_raw = sorted((gold.lower().strip(), found.lower().strip()), key=len)
    if short_raw and long_raw.startswith(short_raw + ","):
        return True  # "Minister of Culture" ~ "Minister of Culture, Sports and Tourism"
    short, long = (a, b) if len(a) < len(b) else (b, a)
    if not short:
        return False
    if long.startswith(short + " "):
        return long[len(short) + 1:].split()[0] in _QUALIFIER_WORDS
    if long.endswith(" " + short):
        added = long[: -len(short) - 1].split()
        return not (set(added) & _RANK_WORDS)
    if (at := long.find(" " + short + " ")) > 0:
        # "United Nations Special Envoy for Yemen" ~ "Special Envoy": the body's name
        # before the title, a qualifier after it
        added = long[:at].split()
        return long[at + len(short) + 2:].split()[0] in _QUALIFIER_WORDS \
            and not (set(added) & (_RANK_WORDS | _JOINING_WORDS))
    return False


def same_place(gold: str, found: str, world: World) -> bool:
    """The gold's place and a found one are one place: the same name, or two names the
    world data gives one place ("Washington", "Washington, D.C.")."""
    if name_tokens(gold) == name_tokens(found):
        return True
    a, b = world.locality(gold), world.locality(found)
    return a is not None and b is not None and (a.name, a.iso2) == (b.name, b.iso2)


def state_code(name: str | None, world: World) -> str | None:
    """ISO alpha-2 code of a state named in gold ("United States", "US", "Türkiye")."""
    if not name:
        return None
    if len(name) == 2 and name.upper() in world.states:
        return name.upper()
    info = world.state_by_name(name) or world.state_by_demonym(name)
    return info.iso2 if info else f"?{name}"


def _iso(node) -> str:
    return str(node).rsplit("/", 1)[-1]


# --- found facts, read back from an article's graph ---------------------------------------

@dataclass
class FoundFacts:
    """What one article's named graph states, in the gold's shape."""

    persons: list[dict] = field(default_factory=list)
    meetings: list[dict] = field(default_factory=list)
    visits: list[dict] = field(default_factory=list)
    agreements: list[dict] = field(default_factory=list)
    quotes: list[dict] = field(default_factory=list)
    planned: list[dict] = field(default_factory=list)


def _label(graph: Graph, node) -> str:
    return str(graph.value(node, RDFS.label) or "")


def _lit(graph: Graph, node, prop) -> str | None:
    value = graph.value(node, prop)
    return str(value) if value is not None else None


def _extra(graph: Graph, node) -> dict:
    return {"evidence": _lit(graph, node, DG.evidence) or "",
            "rule": _lit(graph, node, DG.rule) or ""}


def found_facts(graph: Graph) -> FoundFacts:
    """The persons, events, agreements and quotes an article graph states."""
    found = FoundFacts()
    article = next(graph.subjects(RDF.type, DG.Article), None)
    authors = set(graph.objects(article, DG.author)) if article is not None else set()
    for person in graph.subjects(RDF.type, DG.Person):
        positions = []
        for position in graph.objects(person, DG.holdsPosition):
            state = graph.value(position, DG.ofState)
            positions.append((_lit(graph, position, DG.role) or "", _iso(state) if state else None))
        if person in authors and not positions:
            continue
        found.persons.append({"name": _label(graph, person), "positions": sorted(
            positions, key=lambda p: (p[0], p[1] or "")), "evidence": "", "rule": ""})
    for meeting in graph.subjects(RDF.type, DG.Meeting):
        fact = {"participants": sorted(_label(graph, p)
                                       for p in graph.objects(meeting, DG.participant)),
                "date": _lit(graph, meeting, DG.date),
                "places": sorted(_label(graph, p) for p in graph.objects(meeting, DG.location)),
                "formats": sorted(str(f) for f in graph.objects(meeting, DG["format"])),
                **_extra(graph, meeting)}
        _by_status(found, graph, meeting, "meetings", fact)
    for visit in graph.subjects(RDF.type, DG.Visit):
        host = graph.value(visit, DG.hostState)
        fact = {"guest": _label(graph, graph.value(visit, DG.guest)),
                "host_state": _iso(host) if host else None,
                "type": _lit(graph, visit, DG.visitType),
                "start": _lit(graph, visit, DG.startDate), **_extra(graph, visit)}
        _by_status(found, graph, visit, "visits", fact)
    agreements = set(graph.subjects(RDF.type, DG.Agreement)) | set(
        graph.subjects(RDF.type, DG.MoU))
    for agreement in agreements:
        signatories, signers = [], []
        for signer in graph.objects(agreement, DG.signatory):
            if (signer, RDF.type, DG.Position) in graph:
                signatories.append(_lit(graph, signer, DG.role) or "")
            else:
                signatories.append(_label(graph, signer))
                signers.append(signatories[-1])
        fact = {"kind": "MoU" if (agreement, RDF.type, DG.MoU) in graph else "Agreement",
                "parties": sorted(_iso(p) for p in graph.objects(agreement, DG.party)),
                "fields": sorted(_label(graph, t) for t in graph.objects(agreement, DG.topic)),
                "signatories": sorted(signatories),
                "date": _lit(graph, agreement, DG.date), **_extra(graph, agreement)}
        # The persons of a signing still to come are those who are to sign.
        _by_status(found, graph, agreement, "agreements", fact, sorted(signers))
    for quote in graph.subjects(RDF.type, DG.Quote):
        found.quotes.append({"speaker": _label(graph, graph.value(quote, DG.speaker)),
                             "text": _lit(graph, quote, DG.text) or "", "evidence": "",
                             "rule": ""})
    for kind in ("persons", "meetings", "visits", "agreements", "quotes", "planned"):
        getattr(found, kind).sort(key=lambda fact: json.dumps(fact, sort_keys=True,
                                                              default=str))
    return found


def _by_status(found: FoundFacts, graph: Graph, node, kind: str, fact: dict,
               signers: list[str] | None = None) -> None:
    status = _lit(graph, node, DG.status) or "held"
    if status == "held":
        getattr(found, kind).append(fact)
    else:
        who = fact.get("participants") or ([fact["guest"]] if fact.get("guest") else []) \
            or signers or []
        found.planned.append({"what": kind[:-1], "who": who, "status": status,
                              "date": fact.get("date") or fact.get("start"),
                              "evidence": fact["evidence"], "rule": fact["rule"]})


# --- pairing -------------------------------------------------------------------------------

def _pair(gold: list, found: list, score: Callable[[object, object], float]
          ) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, found index), best scores first."""
    candidates = sorted(((score(g, f), i, j) for i, g in enumerate(gold)
                         for j, f in enumerate(found)), key=lambda c: (-c[0], c[1], c[2]))
    used_gold: set[int] = set()
    used_found: set[int] = set()
    pairs = []
    for value, i, j in candidates:
        if value <= 0 or i in used_gold or j in used_found:
            continue
        pairs.append((i, j))
        used_gold.add(i)
        used_found.add(j)
    return sorted(pairs)


class _Names:
    """Name matching within one article: a partial name counts only when it fits exactly one
    of the article's gold persons."""

    def __init__(self, gold_names: Iterable[str]):
        self.gold_names = list(dict.fromkeys(gold_names))

    def match(self, gold: str, found: str) -> int:
        value = names_match(gold, found)
        if value == 1:
            fits = [g for g in self.gold_names if names_match(g, found)]
            if len(fits) > 1 and any(names_match(g, found) == 2 for g in fits):
                return 0
            if len({name_tokens(g) for g in fits}) > 1 and not _same_person(fits):
                return 0
        return value


def _same_person(names: list[str]) -> bool:
    """Gold may write one person two ways ("Amani" and "Amani Otieno"): names nested in one
    another are one person."""
    longest = max(names, key=lambda n: len(name_tokens(n)))
    return all(set(name_tokens(n)) <= set(name_tokens(longest)) for n in names)


def _set_match(names: _Names, gold: list[str], found: list[str]) -> int:
    if len(gold) != len(found) or not gold:
        return 0
    pairs = _pair(gold, found, names.match)
    if len(pairs) != len(gold):
        return 0
    return 1 + sum(names.match(gold[i], found[j]) for i, j in pairs)


# --- scoring one article -------------------------------------------------------------------

@dataclass
class ArticleScore:
    """Counts and details of one article: per type matched, missed and false finds."""

    id: str
    matched: dict[str, int] = field(default_factory=dict)
    misses: dict[str, list] = field(default_factory=dict)
    false: dict[str, list] = field(default_factory=dict)
    accuracy: dict[str, list[bool]] = field(default_factory=dict)
    rules: dict[str, list[bool]] = field(default_factory=dict)
    #: Matched facts with a wrong attribute: {attribute, gold, found, evidence}.
    wrong: list[dict] = field(default_factory=list)


def score_article(article_id: str, gold: dict, found: FoundFacts, world: World) -> ArticleScore:
    """Pair an article's gold facts with the found ones, type by type."""
    score = ArticleScore(article_id)
    names = _Names([p["name"] for p in gold.get("persons", [])]
                   + [n for m in gold.get("meetings", []) for n in m.get("participants", [])]
                   + [v["guest"] for v in gold.get("visits", [])])

    def person(g, f) -> int:
        value = names.match(g["name"], f["name"])
        if not value:
            return 0
        if g.get("role") is None:
            return value
        code = state_code(g.get("state"), world)
        # "Chancellor" of Mexico is its foreign minister: the world data's meaning of a
        # title in the gold state matches too
        meant = next((means for (role, iso2), means in world.state_roles.items()
                      if iso2 == code and role.lower() == g["role"].lower()), None)
        ok = any((roles_match(g["role"], role, world)
                  or meant is not None and roles_match(meant, role, world)) and state == code
                 for role, state in f["positions"])
        return value if ok else 0

    def meeting(g, f) -> float:
        value = _set_match(names, list(g["participants"]), f["participants"])
        # Among equal participant sets, the one with the right date and place is the pair,
        # then the one of the right kind (a call and a video link of the same two that day).
        return value and value + 0.5 * (g.get("date") == f["date"]) + 0.25 * bool(
            g.get("place") and any(same_place(g["place"], p, world) for p in f["places"])) \
            + 0.1 * bool(g.get("kind") in ("phone", "video")
                         and any(g["kind"] in form for form in f["formats"]))

    def visit(g, f) -> float:
        if state_code(g.get("host_state"), world) != f["host_state"]:
            return 0
        # Among visits of one guest to one state (an earlier one told too), the one that
        # starts on the gold's day is the pair.
        value = names.match(g["guest"], f["guest"])
        return value and value + 0.5 * bool(g.get("start") and g.get("start") == f["start"])

    def agreement(g, f) -> float:
        gold_parties = sorted(state_code(p, world) for p in g.get("parties", []))
        if gold_parties != f["parties"]:
            return 0
        gold_fields = {w for field in g.get("fields", []) for w in name_tokens(field)}
        found_fields = {w for field in f["fields"] for w in name_tokens(field)}
        overlap = len(gold_fields & found_fields) / (len(gold_fields | found_fields) or 1)
        return 1 + overlap

    def planned(g, f) -> float:
        # A planned event matches on what it is and who it involves: at least one person
        # in common (a signing names nobody, so kinds alone match there).
        what = {"signing": "agreement"}.get(g.get("what", ""), g.get("what", ""))
        if what and what != f["what"]:
            return 0
        who = g.get("who") or []
        who = [who] if isinstance(who, str) else who
        hits = sum(1 for w in who if any(names.match(w, n) for n in f["who"]))
        if who and not hits:
            return 0
        return 1 + hits + 0.5 * (bool(g.get("date")) and g.get("date") == f.get("date"))

    for kind, matcher in (("persons", person), ("meetings", meeting), ("visits", visit),
                          ("agreements", agreement), ("planned", planned)):
        golds, founds = gold.get(kind, []), getattr(found, kind)
        pairs = _pair(golds, founds, matcher)
        paired_gold = {i for i, _ in pairs}
        paired_found = {j for _, j in pairs}
        score.matched[kind] = len(pairs)
        score.misses[kind] = [g for i, g in enumerate(golds) if i not in paired_gold]
        score.false[kind] = [f for j, f in enumerate(founds) if j not in paired_found]
        for j, f in enumerate(founds):
            if f.get("rule"):
                score.rules.setdefault(f["rule"], []).append(j in paired_found)
        for i, j in pairs:
            _accuracies(score, kind, golds[i], founds[j], names, world)
    # Quotes: recall only; a gold fragment inside a found quote of the same speaker.
    hits = 0
    misses = []
    for g in gold.get("quotes", []):
        # The words count, not the punctuation at their edges: '"… a competitor," she
        # said' quotes "… a competitor", with or without its comma.
        fragment = " ".join(g["text"].split()).strip(_QUOTE_EDGES)
        if any(fragment in " ".join(f["text"].split()) and names.match(g["speaker"], f["speaker"])
               for f in found.quotes):
            hits += 1
        else:
            misses.append(g)
    score.matched["quotes"] = hits
    score.misses["quotes"] = misses
    score.false["quotes"] = []
    return score


def _accuracies(score: ArticleScore, kind: str, gold: dict, found: dict, names: _Names,
                world: World) -> None:
    def note(name: str, ok: bool) -> None:
        score.accuracy.setdefault(name, []).append(ok)
        if not ok:
            wanted = {"meeting date": gold.get("date"), "meeting place": gold.get("place"),
                      "meeting kind": gold.get("kind"), "visit type": gold.get("type"),
                      "visit start": gold.get("start"), "agreement fields": gold.get("fields"),
                      "agreement signatories": gold.get("signatories")}[name]
            got = {"meeting date": found.get("date"), "meeting place": found.get("places"),
                   "meeting kind": found.get("formats"), "visit type": found.get("type"),
                   "visit start": found.get("start"), "agreement fields": found.get("fields"),
                   "agreement signatories": found.get("signatories")}[name]
            score.wrong.append({"attribute": name, "gold": wanted, "found": got,
                                "evidence": found.get("evidence", "")})

    if kind == "meetings":
        note("meeting date", gold.get("date") == found["date"])
        place = gold.get("place")
        note("meeting place", (not place and not found["places"]) or bool(place) and any(
            same_place(place, p, world) for p in found["places"]))
        if gold.get("kind") in ("phone", "video"):
            note("meeting kind", any(gold["kind"] in f for f in found["formats"]))
    elif kind == "visits":
        if gold.get("type"):
            note("visit type", (found["type"] or "").lower() == gold["type"].lower())
        if gold.get("start"):
            note("visit start", found["start"] == gold["start"])
    elif kind == "agreements":
        gold_fields = [" ".join(name_tokens(f)) for f in gold.get("fields", [])]
        found_fields = [" ".join(name_tokens(f)) for f in found["fields"]]
        note("agreement fields", all(any(g in f or f in g for f in found_fields)
                                     for g in gold_fields) and len(found_fields)
             <= max(len(gold_fields), 1) * 2)
        signers = gold.get("signatories") or []
        if signers:
            note("agreement signatories", all(
                any(names.match(s, f) or roles_match(s, f, world) for f in found["signatories"])
                for s in signers))


# --- the whole corpus ----------------------------------------------------------------------

@dataclass
class Evaluation:
    """Scores of a set of articles: per-type precision, recall and F1, accuracies, details."""

    articles: list[ArticleScore]
    gold_counts: dict[str, int]
    found_counts: dict[str, int]
    #: Articles the build could not extract, (article id, reason): scored with nothing
    #: found, and named in the report so that a zero is not taken for the extractor's.
    skipped: list[tuple[str, str]] = field(default_factory=list)

    def totals(self) -> dict[str, dict[str, float]]:
        """Per type: matched, gold, found, precision, recall, F1."""
        result = {}
        for kind in TYPES:
            matched = sum(a.matched.get(kind, 0) for a in self.articles)
            gold, found = self.gold_counts.get(kind, 0), self.found_counts.get(kind, 0)
            precision = matched / found if found else (1.0 if not gold else 0.0)
            recall = matched / gold if gold else 1.0
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            if kind == "quotes":  # quotes are a sample of what was said: recall only
                precision = f1 = None
            result[kind] = {"matched": matched, "gold": gold, "found": found,
                            "precision": precision, "recall": recall, "f1": f1}
        return result

    def accuracies(self) -> dict[str, dict[str, float]]:
        """Accuracy of each attribute over matched facts ("meeting date", "visit start"...)."""
        merged: dict[str, list[bool]] = defaultdict(list)
        for article in self.articles:
            for name, values in article.accuracy.items():
                merged[name] += values
        return {name: {"correct": sum(v), "of": len(v), "accuracy": sum(v) / len(v)}
                for name, v in sorted(merged.items()) if v}

    def rules(self) -> dict[str, dict[str, float]]:
        """Precision of each extraction rule id over the facts it produced."""
        merged: dict[str, list[bool]] = defaultdict(list)
        for article in self.articles:
            for name, values in article.rules.items():
                merged[name] += values
        return {name: {"correct": sum(v), "of": len(v), "precision": sum(v) / len(v)}
                for name, v in sorted(merged.items())}

    def to_json(self) -> dict:
        """Everything as plain JSON data, for scripts."""
        return {"totals": self.totals(), "accuracies": self.accuracies(), "rules": self.rules(),
                "skipped": [{"id": i, "reason": r} for i, r in self.skipped],
                "articles": [{"id": a.id, "matched": a.matched, "misses": a.misses,
                              "false": a.false, "wrong": a.wrong} for a in self.articles]}

    def report(self, details: bool = True) -> str:
        """A plain-text report: the totals, accuracies, rules, then each article's misses."""
        lines = [f"{len(self.articles)} articles",
                 *(f"skipped {i}: {reason}" for i, reason in self.skipped), "",
                 f"{'type':12} {'precision':>9} {'recall':>7} {'F1':>6}   matched/gold/found"]
        for kind, t in self.totals().items():
            def fmt(value):
                return "     -" if value is None else f"{value:6.3f}"
            lines.append(f"{kind:12} {fmt(t['precision']):>9} {fmt(t['recall']):>7} "
                         f"{fmt(t['f1'])}   {t['matched']}/{t['gold']}/{t['found']}")
        lines.append("")
        for name, a in self.accuracies().items():
            lines.append(f"{name:24} accuracy {a['accuracy']:.3f} ({a['correct']}/{a['of']})")
        rules = self.rules()
        if rules:
            lines += ["", "precision per rule:"]
            for name, r in rules.items():
                lines.append(f"  {name:28} {r['precision']:.2f} ({r['correct']}/{r['of']})")
        if details:
            for article in self.articles:
                rows = []
                for kind in TYPES:
                    # "persons" -> "person"; "planned" stays "planned".
                    one = kind[:-1] if kind.endswith("s") else kind
                    rows += [f"  miss  {one}: {_short(g)}"
                             for g in article.misses.get(kind, [])]
                    rows += [f"  false {one}: {_short(f)}"
                             + (f"\n        from: {f['evidence'][:200]}" if f.get("evidence")
                                else "")
                             for f in article.false.get(kind, [])]
                rows += [f"  wrong {w['attribute']}: gold "
                         f"{json.dumps(w['gold'], ensure_ascii=False)}, found "
                         f"{json.dumps(w['found'], ensure_ascii=False)}"
                         + (f"\n        from: {w['evidence'][:200]}" if w["evidence"] else "")
                         for w in article.wrong]
                if rows:
                    lines += ["", f"article {article.id}:"] + rows
        return "\n".join(lines)


def _short(fact: dict) -> str:
    shown = {k: v for k, v in fact.items() if k not in ("evidence", "rule") and v not in
             (None, [], "")}
    if fact.get("rule"):
        shown["rule"] = fact["rule"]
    return json.dumps(shown, ensure_ascii=False)


def load_gold(gold_dir: str | Path, ids: Iterable[str] | None = None) -> dict[str, dict]:
    """Gold files ``ID.json`` of a folder, by id (only ``ids`` when given)."""
    folder = Path(gold_dir)
    if not folder.is_dir():
        raise InputError(f"gold folder not found: {folder}")
    wanted = set(ids) if ids else None
    gold = {}
    for path in sorted(folder.glob("*.json")):
        if wanted is not None and path.stem not in wanted:
            continue
        try:
            gold[path.stem] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InputError(f"cannot read gold file {path}: {exc}") from None
    if wanted is not None and (unknown := wanted - set(gold)):
        raise InputError(f"no gold file for id(s) {', '.join(sorted(unknown))} in {folder}")
    if not gold:
        raise InputError(f"no gold files (*.json) in {folder}")
    return gold


def _article_path(articles_dir: Path, article_id: str) -> Path:
    for suffix in (".txt", ".text", ".md"):
        candidate = articles_dir / f"{article_id}{suffix}"
        if candidate.is_file():
            return candidate
    raise InputError(f"no article file for gold id {article_id} in {articles_dir}")


#: Words that join a title to what follows it: the words before one are no qualifier.
_JOINING_WORDS = frozenset({"of", "for", "to"})
#: Punctuation a quotation may carry at either end that is not its words.
_QUOTE_EDGES = " ,.;:!?…\"'“”‘’«»"


def evaluate(gold_dir: str | Path, articles_dir: str | Path | None = None, store=None,
             ids: Iterable[str] | None = None, world: World | None = None,
             progress=None) -> Evaluation:
    """Score the articles of ``articles_dir`` (default: ``gold_dir``'s sibling ``articles``)
    against the gold files of ``gold_dir``.

    Without ``store`` the articles are built into a temporary embedded store; with one,
    what it holds is scored (articles it lacks are built into it first).  ``progress``
    is passed to :func:`~diplograph.ingest.build` (called once per article built).
    """
    import tempfile

    from .articles import read_article
    from .gold import article_graph_from_store
    from .graph import iris
    from .ingest import build
    from .stores import open_store

    world = world or load_world()
    gold = load_gold(gold_dir, ids)
    folder = Path(articles_dir) if articles_dir else Path(gold_dir).parent / "articles"
    if not folder.is_dir():
        raise InputError(f"articles folder not found: {folder}")
    paths = {article_id: _article_path(folder, article_id) for article_id in gold}
    with tempfile.TemporaryDirectory(prefix="diplograph-eval-") as tmp:
        target = store if store is not None else open_store(str(Path(tmp) / "store"))
        try:
            report = build([str(p) for p in paths.values()], target, progress=progress)
            ids_of = {str(p): article_id for article_id, p in paths.items()}
            skipped = [(ids_of.get(path, path), reason) for path, reason in report.skipped]
            scores = []
            gold_counts: dict[str, int] = defaultdict(int)
            found_counts: dict[str, int] = defaultdict(int)
            unread = {article_id for article_id, _ in skipped}
            for article_id, path in paths.items():
                if article_id in unread:
                    found = FoundFacts()
                else:
                    article = read_article(path)
                    found = found_facts(article_graph_from_store(
                        target, iris.article_iri(article.sha256)))
                expected = gold[article_id]
                scores.append(score_article(article_id, expected, found, world))
                for kind in TYPES:
                    gold_counts[kind] += len(expected.get(kind, []))
                    found_counts[kind] += len(getattr(found, kind))
        finally:
            if store is None:
                target.close()
    return Evaluation(scores, dict(gold_counts), dict(found_counts), skipped)
