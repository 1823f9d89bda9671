"""Finding mentions: states, places, organisations, persons and descriptions.

Works on a parsed spaCy ``Doc``.  Gazetteer names come from ``data/world``;
person names come from spaCy's PERSON entities and from titles followed by a
name ("President of the Republic of Kenya William Ruto"), cleaned of
anything that is a state, a demonym, an agency or a title.  Descriptions are
references without a name ("Azerbaijan's president", "his Belarusian
counterpart", "the two leaders", "the agriculture and foreign ministers of A
and B"); linking resolves them to persons.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..world import World
from .facts import Position, Span
from .rules import entries, marked, words

#: Heads that refer to a leader without naming an office.
GENERIC_HEADS = words("generic_heads")
_NAME_PARTICLES = frozenset(marked("name_particles", "in_name"))
_COUNTS = {row["word"]: int(row["count"]) for row in entries("counts")}
#: Words that make an office a past one ("former President X"): not asserted as held.
_PAST = words("past_words")
#: Longest title phrase looked for, in tokens ("speaker of the house of representatives").
_TITLE_SPAN = 6
#: Honorifics that are also part of some persons' names ("Sheikh" as a given name): kept in the
#: name when the word after them is never the first word of a longer name in the article.
_NAME_FORMING_HONORIFICS = words("name_forming_honorifics")


@dataclass(frozen=True)
class Hit:
    """A gazetteer match: ``kind`` is state, demonym, place or org; ``key`` identifies it."""

    kind: str
    key: str
    start: int  # token offsets
    end: int
    span: Span


@dataclass(frozen=True)
class PersonMention:
    """A name in the text, with the office stated next to it, if any."""

    name: str
    start: int
    end: int
    span: Span
    position: Position | None = None
    #: Further offices stated with the name ("Crown Prince and Prime Minister").
    also: tuple[Position, ...] = ()
    #: The state the sentence suggests for a stateless office; used only when nothing
    #: else in the article gives the person's state.
    state_hint: str | None = None
    #: Where the office's owner is named, for a stateless office owned by a person ("his
    #: foreign minister", "NAME's press secretary", "X was accompanied by his chief of
    #: staff"): (sentence start, token index, by name only); the linker gives the office
    #: that person's state once it is known.
    owner_at: tuple[int, int, bool] | None = None
    #: The office is the one of the person named before ("her counterpart NAME"), not
    #: written with the name: "the prime minister" later still means that person.
    counterpart: bool = False

    @property
    def positions(self) -> tuple[Position, ...]:
        """Every office stated next to the name, the main one first."""
        return ((self.position,) if self.position else ()) + self.also


@dataclass(frozen=True)
class Description:
    """A reference to persons by office or relation instead of by name."""

    start: int
    end: int
    span: Span
    roles: tuple[str | None, ...] = (None,)
    states: tuple[str, ...] = ()
    plural: bool = False
    count: int | None = None
    counterpart: bool = False
    visiting: bool = False


@dataclass
class Mentions:
    """All mentions of one document, in text order."""

    hits: list[Hit] = field(default_factory=list)
    persons: list[PersonMention] = field(default_factory=list)
    descriptions: list[Description] = field(default_factory=list)

    def of_kind(self, kind: str) -> list[Hit]:
        """Gazetteer hits of one kind."""
        return [hit for hit in self.hits if hit.kind == kind]


def _span(doc, start: int, end: int) -> Span:
    piece = doc[start:end]
    return Span(piece.start_char, piece.end_char, piece.text)


# One PhraseMatcher per (model vocabulary, world): building it costs more than a parse.
_MATCHERS: dict[tuple[int, int], object] = {}


def _matcher(nlp, world: World):
    from spacy.matcher import PhraseMatcher

    key = (id(nlp.vocab), id(world))
    if key not in _MATCHERS:
        matcher = PhraseMatcher(nlp.vocab)
        forms = world.surface_forms()
        patterns = [nlp.make_doc(text) for text in forms]
        matcher.add("GAZ", patterns)
        _MATCHERS[key] = matcher
    return _MATCHERS[key]


def find_gazetteer_hits(doc, nlp, world: World) -> list[Hit]:
    """Longest non-overlapping matches of state, demonym, place and org names."""
    from spacy.util import filter_spans

    forms = world.surface_forms()
    spans = filter_spans([doc[s:e] for _, s, e in _matcher(nlp, world)(doc)])
    hits = []
    for piece in spans:
        entries = forms.get(piece.text, [])
        kinds = {kind for kind, _ in entries}
        # A name that is both a state and something else is the state;
        # demonyms shared by several states stay unresolved.
        for kind in ("state", "place", "org", "demonym"):
            keys = {k for entry_kind, k in entries if entry_kind == kind}
            if kind in kinds and len(keys) == 1:
                hits.append(Hit(kind, keys.pop(), piece.start, piece.end,
                                _span(doc, piece.start, piece.end)))
                break
    # "Finance Minister Jovan Mali": a state's name closing a person's name is a surname.
    surnames = {(ent.start, ent.end) for ent in doc.ents if ent.label_ == "PERSON"}
    covered = {i for hit in hits for i in range(hit.start, hit.end)}
    hits = [hit for hit in hits if not (
        hit.kind == "state" and any(s < hit.start and e == hit.end for s, e in surnames)
        and doc[hit.start - 1].pos_ == "PROPN" and doc[hit.start - 1].text[:1].isupper()
        and not world.is_title_word(doc[hit.start - 1].lower_)
        and (hit.start - 1) not in covered)]
    covered = {i for hit in hits for i in range(hit.start, hit.end)}
    for ent in doc.ents:
        # A town of towns.csv counts where the tagger, too, sees a place: "Aachen" the
        # city, not a person or a common word that happens to name a town somewhere.
        before = doc[ent.start - 1].lower_ if ent.start else ""
        placed = ent.label_ in ("GPE", "LOC", "FAC") or before in ("in", "to") or (
            before == "of" and ent.start > 1 and doc[ent.start - 2].lower_ in ("city", "town"))
        if placed and not covered.intersection(range(ent.start, ent.end)) \
                and (town := world.town_by_name(ent.text)):
            hits.append(Hit("place", town.name, ent.start, ent.end,
                            _span(doc, ent.start, ent.end)))
    hits.sort(key=lambda hit: hit.start)
    return hits


def _title_at_end(tokens: list[str], world: World) -> tuple[int, object] | None:
    """Longest title phrase ending at the last of ``tokens``: (length, TitleInfo)."""
    for length in range(min(_TITLE_SPAN, len(tokens)), 0, -1):
        info = world.title(" ".join(tokens[-length:]))
        if info is not None:
            return length, info
    return None


def _title_at_start(tokens: list[str], world: World) -> tuple[int, object] | None:
    """Longest title phrase starting at the first of ``tokens``: (length, TitleInfo)."""
    for length in range(min(_TITLE_SPAN, len(tokens)), 0, -1):
        info = world.title(" ".join(tokens[:length]))
        if info is not None:
            return length, info
    return None


class _Index:
    """Token-level lookups over the gazetteer hits of one document."""

    def __init__(self, doc, hits: list[Hit]):
        self.doc = doc
        self.by_start = {hit.start: hit for hit in hits}
        self.by_end = {hit.end: hit for hit in hits}
        self.covered = {i: hit for hit in hits for i in range(hit.start, hit.end)}

    def state_ending_at(self, end: int) -> Hit | None:
        hit = self.by_end.get(end)
        return hit if hit and hit.kind == "state" else None

    def state_or_demonym_ending_at(self, end: int) -> Hit | None:
        hit = self.by_end.get(end)
        return hit if hit and hit.kind in ("state", "demonym") else None


def _state_phrase_after(doc, index: _Index, i: int) -> tuple[list[str], int]:
    """States in "of [the] A [and [of] B]" starting at token ``i``: (iso2 codes, end)."""
    states: list[str] = []
    if i >= len(doc) or doc[i].lower_ != "of":
        return states, i
    j = i + 1
    while j < len(doc):
        if doc[j].lower_ in ("the", "of"):
            j += 1
            continue
        hit = index.by_start.get(j)
        if hit and hit.kind == "state":
            states.append(hit.key)
            j = hit.end
            if j < len(doc) and doc[j].lower_ in ("and", ",") and j + 1 < len(doc):
                j += 1
                continue
        break
    # Roll back a dangling "and"/"of"/"the" that led to no state.
    while j > i and doc[j - 1].lower_ in ("and", ",", "the", "of"):
        j -= 1
    return states, (j if states else i)


def _state_before(doc, index: _Index, i: int) -> tuple[str | None, int]:
    """A demonym ("Belarusian") or possessive state ("Azerbaijan's") ending at token ``i``."""
    if i > 0 and doc[i - 1].lower_ in ("'s", "’s", "'"):
        hit = index.state_ending_at(i - 1)
        if hit:
            return hit.key, hit.start
    hit = index.state_or_demonym_ending_at(i)
    if hit:
        return hit.key, hit.start
    return None, i


def _of_state_ending_at(doc, index: _Index, j: int, floor: int) -> tuple[str | None, int]:
    """ "of [the] Republic of Belarus" ending at token ``j``: (iso2, where "of" stands), or
    (None, j)."""
    hit = index.state_ending_at(j)
    if hit is None:
        return None, j
    k = hit.start
    if k - 1 >= floor and doc[k - 1].lower_ == "the":
        k -= 1
    if k - 1 >= floor and doc[k - 1].lower_ == "of":
        return hit.key, k - 1
    return None, j


def _is_style(info) -> bool:
    """A form of address rather than an office: "Sheikh", "His Highness", "Prince"."""
    return info.kind == "honorific" or (info.kind == "royal" and info.rank <= 60)


def _starts_name(doc, index: _Index, i: int, world: World) -> bool:
    """Token ``i`` opens a name: capitalised proper noun, no gazetteer entry, no title."""
    if i >= len(doc):
        return False
    token = doc[i]
    return (token.pos_ == "PROPN" and token.text[:1].isupper() and token.is_alpha
            and i not in index.covered and world.title(token.lower_) is None)


def _qualifier_state_after(doc, index: _Index, i: int, limit: int = 8,
                           at: bool = False) -> tuple[str | None, int]:
    """The state closing a qualifier after a title: "for Restoration of Ukraine",
    "of the Communist Party of Vietnam"; with ``at``, also through the institution the
    office sits in: "of the Press Office at the Chancellery of the Republic of Austria".
    Returns (iso2, end) or (None, i)."""
    if i >= len(doc) or doc[i].lower_ not in ("of", "for"):
        return None, i
    k = i + 1
    while k < min(len(doc), i + limit):
        hit = index.by_start.get(k)
        if hit and hit.kind in ("state", "demonym"):
            # The state must close the phrase ("of Vietnam"), not qualify a word after it.
            if doc[k - 1].lower_ == "of" or hit.kind == "demonym" or (
                    doc[k - 1].lower_ == "the" and doc[k - 2].lower_ == "of"):
                return hit.key, hit.end
            return None, i
        token = doc[k]
        if token.lower_ in _OFFICE_JOINERS or (at and token.lower_ == "at") or (
                token.text[:1].isupper() and token.is_alpha and k not in index.covered):
            k += 1
            continue
        break
    return None, i


def _qualifier_start_before(doc, index: _Index, j: int, end: int, floor: int,
                            world: World) -> int:
    """Where a qualifier that closes with a state at ``end`` begins, scanning back from
    ``j``: the "for"/"of" right after a title ("Minister| for Restoration of Ukraine").
    ``j`` when there is none."""
    for k in range(j, max(floor, j - 6), -1):
        token = doc[k]
        if token.lower_ in ("for", "of") and \
                _title_at_end([t.lower_ for t in doc[max(floor, k - _TITLE_SPAN):k]], world):
            state, stop = _qualifier_state_after(doc, index, k)
            if state is not None and stop == end:
                return k
        if not (token.lower_ in _OFFICE_JOINERS
                or (token.text[:1].isupper() and token.is_alpha)):
            break
    return j


def _past_before(doc, j: int) -> bool:
    """ "former President", "ex-President", "then-President": an office no longer held."""
    k = j - 1
    if k >= 0 and doc[k].text == "-":
        k -= 1
    return k >= 0 and doc[k].lower_ in _PAST


def _is_style_role(role: str, world: World) -> bool:
    info = world.title(role)
    return info is not None and _is_style(info)


#: Words naming the institution an official speaks for ("Foreign Ministry spokesperson").
_INSTITUTION_WORDS = words("institution_words")
#: Small words inside an office's name ("Minister of Industry and Trade").
_OFFICE_JOINERS = words("office_name_joiners")
#: Prepositions that carry an office's qualifier ("Ambassador to X").
_QUALIFIER_PREPOSITIONS = words("qualifier_prepositions")


def _office_state_before(doc, index: _Index, j: int, world: World) -> str | None:
    """The state of a title starting at token ``j``: "Belarusian President", "Chinese
    Foreign Ministry spokesperson", "Kremlin spokesman" (a venue stands for its state)."""
    state, _ = _state_before(doc, index, j)
    if state:
        return state
    k = j
    while k > 0 and j - k < 3 and doc[k - 1].lower_ in _INSTITUTION_WORDS:
        k -= 1
    if k < j:
        state, _ = _state_before(doc, index, k)
        if state:
            return state
    hit = index.by_end.get(k)
    if hit is not None and hit.kind == "place":
        place = world.place_by_name(hit.key)
        if place is not None and place.kind == "venue":
            return place.iso2
    for before in (index.by_end.get(j), hit):
        if before is not None and before.kind == "org":
            # "State Department spokesperson": a national institution stands for its state.
            org = world.org_by_name(before.key)
            if org is not None and org.kind == "government":
                return org.iso2
    return None


def _position_before(doc, index: _Index, start: int, world: World) -> Position | None:
    """The office written right before a name: "President of Belarus", "Belarusian President".

    Honorifics ("His Highness Sheikh") are skipped, never an office; a royal style such as
    "Prince" counts only when no office stands before it ("Foreign Minister Prince X").
    """
    sent_start = doc[start].sent.start
    # "... of [the] Republic of Belarus NAME"
    state, j = _of_state_ending_at(doc, index, start, sent_start)
    style = None
    while True:
        window = [t.lower_ for t in doc[max(sent_start, j - _TITLE_SPAN):j]]
        found = _title_at_end(window, world) if window else None
        if found is None and state is not None:
            # "Deputy Prime Minister for Restoration of Ukraine NAME"
            k = _qualifier_start_before(doc, index, j, start, sent_start, world)
            if k < j:
                j = k
                window = [t.lower_ for t in doc[max(sent_start, j - _TITLE_SPAN):j]]
                found = _title_at_end(window, world) if window else None
        if found is None:
            break
        length, info = found
        if _is_style(info):
            style = style or (info, j - length)
            j -= length
            state = None  # "Foreign Minister Prince X of ...": the state went with the style
            # "Emir of Qatar Sheikh NAME": the state of the office before the style.
            state, j = _of_state_ending_at(doc, index, j, sent_start)
            continue
        j -= length
        if _complement_of_office(doc, j):
            return None
        former = _past_before(doc, j)
        role = _portfolio_role(doc, j, info, world)
        if state is None:
            state = _office_state_before(doc, index, j, world)
        if state is None and (org := _org_of_office(doc, index, j, start)):
            return Position(role, None, org, former=former)
        return Position(role, state, former=former)
    if style is not None and style[0].kind != "honorific":
        info, j = style
        return Position(info.role, _office_state_before(doc, index, j, world))
    return None


#: Parts of speech a qualifier after a title may hold ("of Foreign Affairs, Trade and
#: Nationals Abroad", "of the Republic of Chile in Peru").
_QUALIFIER_POS = frozenset({"PROPN", "NOUN", "ADJ", "ADP", "CCONJ", "DET", "PUNCT", "PART"})
#: Longest qualifier looked through, in tokens.
_QUALIFIER_SPAN = 12


def _office_with_qualifier_before(doc, index: _Index, j: int, world: World) -> Position | None:
    """An office whose title is followed by a longer qualifier before the name or its
    comma: "Minister of Foreign Affairs, Trade and Nationals Abroad, NAME",
    "minister of energy and water resources, NAME".  The state is the
    first state or demonym of the qualifier, else one right before the title."""
    sent_start = doc[j - 1].sent.start if j > 0 else 0
    floor = max(sent_start, j - _QUALIFIER_SPAN)
    k = j
    while k - 1 > floor:
        k -= 1
        token = doc[k]
        if token.text == ")" and (opening := _acronym_opening(doc, k, floor)) is not None:
            k = opening  # "of the World Meteorological Organization (WMO), NAME"
            floor = max(sent_start, floor - 2)
            continue
        hit = index.covered.get(k)
        if hit is not None and hit.start < k:
            # A name of the gazetteer counts as one word of the qualifier ("of the
            # International Labour Organization").
            floor = max(sent_start, floor - (k - hit.start))
            k = hit.start + 1
            continue
        if token.pos_ not in _QUALIFIER_POS and k not in index.covered:
            return None
        if token.text in ('"', "“", "”", "(", ")", ";", ":"):
            return None
        if token.lower_ in ("and", "or") and k > floor and doc[k - 1].text == ",":
            return None  # ", and NAME": the list's next item, not the office's qualifier
        if token.ent_type_ == "PERSON" and k not in index.covered:
            return None  # "Minister of X NAME, NAME2": the office is NAME's, not NAME2's
        if token.lower_ not in _QUALIFIER_PREPOSITIONS:
            continue
        found = _title_at_end([t.lower_ for t in doc[max(floor, k - _TITLE_SPAN):k]], world)
        if found is None or _is_style(found[1]):
            continue
        length, info = found
        title_start = k - length
        if _past_before(doc, title_start) or _complement_of_office(doc, title_start):
            return None
        # "Ambassador to Turkey", "ambassador in Algeria": the state named after "to"/"in"
        # is the host; the office is of the state before the title ("US ambassador").
        host_qualifier = doc[k].lower_ in ("to", "in", "at")
        state = _office_state_before(doc, index, title_start, world) if host_qualifier else None
        for m in range(k, j):
            if state is not None:
                break
            hit = index.by_start.get(m)
            if hit is not None and hit.kind in ("state", "demonym") and not host_qualifier:
                state = hit.key
        if state is None and not host_qualifier:
            state = _office_state_before(doc, index, title_start, world)
        org = None if state else _org_of_office(doc, index, title_start, j)
        return Position(_portfolio_role(doc, title_start, info, world), state, org)
    return None


def _acronym_opening(doc, close: int, floor: int) -> int | None:
    """Where a parenthesis closing at ``close`` opens when it holds one acronym ("(WMO)",
    "(CPC)"); None otherwise."""
    k = close - 2
    if k > floor and doc[k].text == "(" and doc[k + 1].text.isupper() \
            and doc[k + 1].text.isalpha() and len(doc[k + 1].text) >= 2:
        return k
    return None


def _complement_of_office(doc, j: int) -> bool:
    """ "Special Assistant to the Prime Minister NAME", "Adviser to the President":
    the title starting at ``j`` names whom another office serves, not NAME's office."""
    k = j
    if k > 0 and doc[k - 1].lower_ == "the":
        k -= 1
    return k > 1 and doc[k - 1].lower_ in ("to", "of") and doc[k - 2].text[:1].isupper() \
        and doc[k - 2].pos_ in ("PROPN", "NOUN")


def _org_of_office(doc, index: _Index, j: int, end: int) -> str | None:
    """The international body an office starting at ``j`` (and ending before ``end``)
    belongs to: "NATO Secretary General", "Secretary-General of the United Nations"."""
    hit = index.by_end.get(j)
    if hit is None and j > 0 and doc[j - 1].lower_ in ("'s", "’s"):
        hit = index.by_end.get(j - 1)
    if hit is not None and hit.kind == "org":
        return hit.key
    for k in range(j + 1, end):
        hit = index.by_start.get(k)
        if hit is not None and hit.kind == "org" and doc[k - 1].lower_ in ("of", "the"):
            return hit.key
    return None


def _portfolio_role(doc, j: int, info, world: World) -> str:
    """"Agriculture Minister" → "Minister of Agriculture" when the title is a bare minister;
    "Deputy Chief of Staff", "Assistant Secretary of State": a rank word written before
    the title stays part of the role."""
    if info.role.lower() == "minister" and j > 0:
        portfolio = world.portfolios.get(doc[j - 1].lower_)
        if portfolio:
            return f"Minister of {portfolio}"
    ranks = words("rank_words")
    k = j
    while k > 0 and j - k < 2 and doc[k - 1].lower_ in ranks and doc[k - 1].text[:1].isupper():
        k -= 1
    # "Acting Border Police Director", "Deputy Customs Authority Director": a rank word
    # opening the words of an office before its title; "the first President of X".
    m = k
    while m > 0 and k - m < 3 and doc[m - 1].is_alpha and doc[m - 1].text[:1].isupper() \
            and doc[m - 1].ent_type_ not in ("PERSON", "GPE", "NORP") \
            and not doc[m - 1].is_sent_start:
        m -= 1
    opening = next((n for n in range(m, k) if doc[n].lower_ in ranks), None)
    if opening is not None:
        k = opening
    elif k == j and j > 1 and doc[j - 1].lower_ in ranks and doc[j - 2].lower_ == "the":
        k = j - 1
    if k < j and not info.role.lower().startswith(doc[k].lower_):
        return " ".join([*(t.text.capitalize() if t.lower_ in ranks else t.text
                           for t in doc[k:j]), info.role])
    return info.role


def _office_at(doc, index: _Index, j: int, world: World) -> tuple[Position, int] | None:
    """An office starting at token ``j``: "[the] [Belarusian] President [of X]"."""
    if j < len(doc) and doc[j].lower_ == "the":
        j += 1
    state = None
    if (hit := index.by_start.get(j)) and hit.kind in ("state", "demonym"):
        state, j = hit.key, hit.end
        if j < len(doc) and doc[j].lower_ in ("'s", "’s"):
            j += 1
    former = j < len(doc) and doc[j].lower_ in _PAST
    if former:
        j += 2 if j + 1 < len(doc) and doc[j + 1].text == "-" else 1
    if j < len(doc) and world.portfolios.get(doc[j].lower_) and j + 1 < len(doc) \
            and doc[j + 1].lower_ == "minister":
        role = f"Minister of {world.portfolios[doc[j].lower_]}"
        j += 2
    else:
        found = _title_at_start([t.lower_ for t in doc[j:j + _TITLE_SPAN]], world)
        k = j
        while found is None and k < len(doc) and k - j < 3 \
                and doc[k].lower_ in words("institution_words"):
            # "NAME, Presidential Spokesperson,": the institution is not the office.
            k += 1
            found = _title_at_start([t.lower_ for t in doc[k:k + _TITLE_SPAN]], world)
            j = k if found is not None else j
        if found is None or _is_style(found[1]):
            return None
        length, info = found
        role, j = info.role, j + length
    if state is None:
        states, end = _state_phrase_after(doc, index, j)
        if states:
            state, j = states[0], end
        else:
            state, j = _qualifier_state_after(doc, index, j, 2 * _QUALIFIER_SPAN, at=True)
        if state is None and j + 1 < len(doc) and doc[j].lower_ == "of" \
                and (hit := index.by_start.get(j + 1)) is not None and hit.kind == "place" \
                and (place := world.place_by_name(hit.key)) is not None and place.iso2:
            # "Deputy Ruler of Sharjah", "Governor of Texas": an office of a city or a region
            # is an office of its state.
            state, j = place.iso2, hit.end
    # A title followed by a name belongs to that name ("X, Prime Minister Y and Z"), also
    # across a comma in a list ("X, the President of the United States, Y, ...").
    if _starts_name(doc, index, j, world) or (
            j + 1 < len(doc) and doc[j].text == "," and _starts_name(doc, index, j + 1, world)
            and j + 2 < len(doc) and _starts_name(doc, index, j + 2, world)
            and _title_at_start(_lowers(doc)[j + 1:j + 1 + _TITLE_SPAN], world) is None
            and not _portfolios_go_on(doc, j + 1, world)):
        return None
    return Position(role, state, former=former), j


def _portfolios_go_on(doc, i: int, world: World) -> bool:
    """ "Minister of Ecology, Sustainable Development and Energy": the capitalised words
    after the comma go on listing portfolios (one of them is a portfolio word), not a name."""
    k = i
    while k < len(doc) and k - i < _TITLE_SPAN and (
            doc[k].lower_ == "and" or (doc[k].text[:1].isupper() and doc[k].is_alpha)):
        if doc[k].lower_ in world.portfolios:
            return True
        k += 1
    return False


def _skip_trailer(doc, index: _Index, j: int, world: World) -> int:
    """Skip what may close an office before "and": "(CPC) Central Committee"."""
    while j < len(doc):
        if doc[j].text == "(":
            close = next((k for k in range(j, min(len(doc), j + 6)) if doc[k].text == ")"),
                         None)
            if close is None:
                return j
            j = close + 1
        elif doc[j].text[:1].isupper() and doc[j].is_alpha and j not in index.covered \
                and world.title(doc[j].lower_) is None:
            j += 1
        else:
            return j
    return j


def _positions_after(doc, index: _Index, end: int, world: World,
                     titled: bool = False) -> list[Position]:
    """Appositive offices: "NAME, the Belarusian President," / "NAME, President of X" /
    "NAME, general secretary of the Communist Party of China and Chinese president".

    For a name that already has its office before it (``titled``), an office after the
    comma counts only when it is closed by punctuation: in a list such as "Foreign
    Minister NAME, Minister of Energy and Mines NAME, ..." it is the next name's."""
    if end >= len(doc) or doc[end].text != ",":
        return []
    positions: list[Position] = []
    j = end + 1
    while True:
        parsed = _office_at(doc, index, j, world)
        if parsed is None and j < len(doc) and doc[j].lower_ == "member":
            # "NAME, member of the Political Bureau and premier of the Cabinet": a
            # membership before the office is looked over.
            parsed = _office_after_membership(doc, index, j, world)
        if parsed is None:
            break
        position, j = parsed
        j = _skip_trailer(doc, index, j, world)
        if titled and not _closes_apposition(doc, index, j, world):
            break
        positions.append(position)
        if j < len(doc) and doc[j].lower_ == "and":
            j += 1
            continue
        # "NAME, Crown Prince, First Deputy Prime Minister and Minister of the Interior": a comma
        # goes on with the list when another office follows and the list ends in "and".
        if j + 1 < len(doc) and doc[j].text == "," and _office_list_goes_on(doc, index, j + 1,
                                                                           world):
            j += 1
            continue
        break
    return positions


def _office_after_membership(doc, index: _Index, j: int, world: World):
    """The office after "member of <body> and" at ``j``: the body may be long and hold
    its acronym after a comma ("member of the Presidium of the Political Bureau of the
    C.C., WPK and premier of the Cabinet")."""
    for k in range(j + 1, min(len(doc), j + _MEMBERSHIP_SPAN)):
        token = doc[k]
        if token.text in (";", ".") or (token.text == "," and not (
                k + 1 < len(doc) and doc[k + 1].is_upper and doc[k + 1].is_alpha)):
            return None
        if token.lower_ == "and" and (parsed := _office_at(doc, index, k + 1, world)):
            return parsed
    return None


#: How far a membership's body may run before the office it is joined to.
_MEMBERSHIP_SPAN = 24


def _office_list_goes_on(doc, index: _Index, j: int, world: World) -> bool:
    """An office starts at ``j`` and, after offices joined by commas, "and" another one
    closes the list: the offices are one person's, not the next name's title."""
    while (parsed := _office_at(doc, index, j, world)) is not None:
        end = _skip_trailer(doc, index, parsed[1], world)
        if end < len(doc) and doc[end].lower_ == "and":
            return _office_at(doc, index, end + 1, world) is not None
        if not (end + 1 < len(doc) and doc[end].text == ","):
            return False
        j = end + 1
    return False


def _closes_apposition(doc, index: _Index, j: int, world: World) -> bool:
    """No name follows the office before the next punctuation: the office is the
    apposition's, not the title of a next name."""
    run = 0  # name-like words in a row: two before the punctuation make a name
    for k in range(j, min(len(doc), j + _QUALIFIER_SPAN)):
        if k > j and doc[k].is_sent_start or doc[k].text in (",", ";", ".", ")", ":"):
            return run < 2
        if doc[k].ent_type_ == "PERSON" and k not in index.covered:
            return False
        lower = doc[k].lower_
        run = run + 1 if _starts_name(doc, index, k, world) and not world.is_title_word(
            lower) and lower not in words("office_nouns") else 0
    return True


def _is_name_token(token, index: _Index, world: World) -> bool:
    if token.i in index.covered:
        return False
    text = token.text
    if token.lower_ in _NAME_PARTICLES:
        return True
    if not text[:1].isupper() or not any(c.isalpha() for c in text):
        return False
    if world.title(token.lower_) is not None:
        return False
    return token.pos_ in ("PROPN", "NOUN", "ADJ", "X") or token.ent_type_ == "PERSON"


def _first_name_place(doc, index: _Index, i: int, end: int) -> bool:
    """A one-word place opening a longer name is a first name ("Santiago Cafiero")."""
    hit = index.covered.get(i)
    return (hit is not None and hit.kind == "place" and hit.start == i and hit.end == i + 1
            and i + 1 < end and doc[i + 1].text[:1].isupper() and i + 1 not in index.covered)


def _clean_person(doc, start: int, end: int, index: _Index, world: World,
                  entity: bool = False):
    """Trim a PERSON entity to the name proper; None when it is not a person.

    ``entity`` marks a span the tagger called a person, whose first word may be a place
    name used as a first name.
    """
    while start < end:
        found = _title_at_start([t.lower_ for t in doc[start:end]], world)
        if found is not None:
            start += found[0]  # "Crown Prince", "His Royal Highness", "Mr"
        elif entity and start > 0 and end - start >= 2 and (info := world.title(
                f"{doc[start - 1].lower_} {doc[start].lower_}")) is not None \
                and info.kind != "honorific":
            start += 1  # "Queen [Consort NAME]": the tagger took the title's last word
        elif doc[start].lower_ == "the" or doc[start].lower_.rstrip(".") in words(
                "courtesy_titles") or (start in index.covered and not (
                    entity and _first_name_place(doc, index, start, end))):
            start += 1  # "the", "HH [Amir]", "Hon.": no part of the name
        else:
            break
    while end > start and doc[end - 1].lower_ in ("'s", "’s", "'", ",", "."):
        end -= 1
    if start >= end:
        return None
    if any(i in index.covered for i in range(start + 1, end)) or (
            start in index.covered and not _first_name_place(doc, index, start, end)):
        return None
    text = doc[start:end].text
    if not text[:1].isupper() or any(c.isdigit() for c in text) or "@" in text or "/" in text:
        return None
    if all(t.lower_ in words("headline_words") for t in doc[start:end]):
        return None
    if doc[end - 1].lower_ in words("building_nouns"):
        return None  # "Credentials Room", "State House": a place
    if end - start == 1 and (doc[start].lower_ in words("not_names") or doc[start].ent_type_ in (
            "DATE", "TIME")):
        return None
    if world.org_by_name(text) or world.state_by_name(text) or world.place_by_name(text):
        return None
    return start, end


def _join_ancestry_chains(doc, ranges: dict[int, int]) -> None:
    """ "[Lina] bint [Omar Al Rashed]": two names the tagger split at "bin"/"bint" are
    one name."""
    ancestry = set(marked("name_particles", "ancestry"))
    for start in sorted(ranges):
        if start not in ranges:
            continue
        end = ranges[start]
        while end < len(doc) and doc[end].lower_ in ancestry and end + 1 in ranges:
            end = ranges.pop(end + 1)
        ranges[start] = end


def _extend_left(doc, start: int, index: _Index, world: World, floor: int) -> int:
    """Take in given names the tagger left out: "[Samia Suluhu] Hassan"."""
    k = start
    while k - 1 >= floor and start - (k - 1) <= 3:
        token = doc[k - 1]
        if token.ent_type_ not in ("", "PERSON") or token.is_sent_start \
                or not _starts_name(doc, index, k - 1, world):
            break
        ends_title = _title_at_end(_lowers(doc)[max(floor, k - _TITLE_SPAN):k], world)
        if ends_title is not None and ends_title[0] >= 2:
            break  # "Queen Consort NAME": "Consort" closes the title, it is no given name
        k -= 1
    # "Minister of Rural Development [NAME]": capitalised words after "of"/"and" close an
    # office, they are not given names.
    if k < start and k > floor and doc[k - 1].lower_ in ("of", "and", "for"):
        office = [i for i in range(k, start) if _office_word(doc[i].lower_, world)]
        return office[-1] + 1 if office else start
    return k


def _office_word(lower: str, world: World) -> bool:
    """A word of an office's or an institution's name ("Affairs", "Development")."""
    return world.is_title_word(lower) or lower in world.portfolios \
        or lower in words("office_nouns") or lower in words("institution_words")


def _inner_hyphen(doc, k: int) -> bool:
    """The hyphen inside "Jean-Pierre": no space around it, capitals on both sides."""
    return (doc[k].text == "-" and k > 0 and k + 1 < len(doc) and not doc[k - 1].whitespace_
            and not doc[k].whitespace_ and doc[k + 1].text[:1].isupper())


def _lowers(doc) -> list[str]:
    """Every token's ``lower_``, computed once per Doc: title lookups at each token
    would otherwise build thousands of Token objects."""
    lowers = doc.user_data.get("diplograph_lowers")
    if lowers is None or len(lowers) != len(doc):
        lowers = doc.user_data["diplograph_lowers"] = [t.lower_ for t in doc]
    return lowers


def _name_after_title(doc, index: _Index, i: int, world: World) -> tuple[int, int] | None:
    """The name a title starting at token ``i`` announces: "President Jane Doe",
    "Deputy Prime Minister for Restoration of Ukraine Jane Doe", "Minister Prince X"."""
    found = _title_at_start(_lowers(doc)[i:i + _TITLE_SPAN], world)
    if found is None:
        return None
    j = i + found[0]
    states, j = _state_phrase_after(doc, index, j)
    if not states:
        _, j = _qualifier_state_after(doc, index, j)
    if not states and j + 1 < len(doc) and doc[j].lower_ in _QUALIFIER_PREPOSITIONS \
            and (host := index.by_start.get(j + 1)) is not None and host.kind == "state":
        j = host.end  # "Ambassador to Peru NAME"
    # Styles between the office and the name: "Minister of Foreign Affairs Prince X".
    while (style := _title_at_start(_lowers(doc)[j:j + 3], world)) \
            and _is_style(style[1]):
        j += style[0]
    k = _name_run_end(doc, j, index, world, 5)
    if k > j and j < len(doc) and doc[j].text[:1].isupper():
        return j, k
    return None


def _name_run_end(doc, j: int, index: _Index, world: World, most: int) -> int:
    """The end of the run of name words (at most ``most``) starting at ``j``, without a
    particle left dangling at its end ("NAME bin")."""
    k = j
    while k < len(doc) and k - j < most and (_is_name_token(doc[k], index, world)
                                             or _inner_hyphen(doc, k)):
        k += 1
    while k > j and doc[k - 1].lower_ in _NAME_PARTICLES:
        k -= 1
    return k


def _keep_name_forming_honorific(doc, ranges: dict[int, int]) -> None:
    """"Sheikh NAME": the honorific is part of a name when the word after it never opens
    a longer name in the article ("Sheikh Fahad" beside "Fahad bin Nasser Al Hamdan")."""
    first_words = {doc[s].text for s, e in ranges.items() if e - s >= 2}
    for start, end in list(ranges.items()):
        if end - start == 1 and start > 0 and doc[start].text not in first_words \
                and doc[start - 1].lower_ in _NAME_FORMING_HONORIFICS \
                and doc[start - 1].text[:1].isupper():
            del ranges[start]
            ranges[start - 1] = end


def _add_names_before_offices(doc, ranges: dict[int, int], index: _Index, world: World,
                              story_start: int) -> None:
    """Names an appositive office follows: "Li Wei, general secretary of ..."."""
    covered = {i for s, e in ranges.items() for i in range(s, e)}
    for token in doc:
        if token.text != "," or token.idx < story_start or token.i - 1 in covered:
            continue
        if _office_at(doc, index, token.i + 1, world) is None:
            continue
        k = token.i
        while k - 1 >= 0 and token.i - (k - 1) <= 5 and doc[k - 1].ent_type_ in ("", "PERSON") \
                and (_is_name_token(doc[k - 1], index, world) or _inner_hyphen(doc, k - 1)):
            k -= 1
        while k < token.i and doc[k].lower_ in _NAME_PARTICLES:
            k += 1
        # Two words at least: a lone capitalised word before a comma is too often no name.
        if token.i - k >= 2 and doc[k].idx >= story_start \
                and (cleaned := _clean_person(doc, k, token.i, index, world)):
            ranges[cleaned[0]] = cleaned[1]


def _add_names_after_courtesy(doc, ranges: dict[int, int], index: _Index, world: World,
                              story_start: int) -> None:
    """Names a courtesy title announces, which the tagger missed: "…, Hon. NAME, signed",
    "the President of X, His Excellency, NAME, …".  Two name words at least."""
    courtesy = words("courtesy_titles")
    for token in doc:
        if token.idx < story_start or token.pos_ == "PRON" or not token.text[:1].isupper() \
                or token.lower_.rstrip(".") not in courtesy:
            continue
        j = token.i + 1
        while j < len(doc) and (doc[j].text in (".", ",") or doc[j].lower_.rstrip(".")
                                in courtesy) and j - token.i < 4:
            j += 1
        k = _name_run_end(doc, j, index, world, 6)
        if k - j < 2 or not doc[j].text[:1].isupper():
            continue
        # "Hon. [Petrus] Nangolo Shikongo": a name the tagger found without its first word is
        # taken whole; a name reaching beyond the run is left as it is.
        inside = [s for s, e in ranges.items() if s < k and e > j]
        if any(s < j or ranges[s] > k for s in inside) or j in inside:
            continue
        cleaned = _clean_person(doc, j, k, index, world)
        if cleaned and cleaned[1] - cleaned[0] >= 2:
            for s in inside:
                del ranges[s]
            ranges[cleaned[0]] = cleaned[1]


def find_person_mentions(doc, hits: list[Hit], world: World,
                         story_start: int = 0) -> list[PersonMention]:
    """Person names in the story text, each with the office stated next to it."""
    index = _Index(doc, hits)
    ranges: dict[int, int] = {}
    for ent in doc.ents:
        # A leader's full name the tagger took for something else ("Ana Ruiz-Tagle" as
        # an organisation) is a person all the same.
        leader = ent.label_ != "PERSON" and len(ent.text.split()) >= 2 \
            and not any(i in index.covered for i in range(ent.start, ent.end)) \
            and bool(world.leaders_named(ent.text))
        if (ent.label_ == "PERSON" or leader) and ent.start_char >= story_start:
            cleaned = _clean_person(doc, ent.start, ent.end, index, world, entity=True)
            if cleaned:
                start = _extend_left(doc, cleaned[0], index, world, ent.sent.start)
                if doc[start].idx >= story_start:
                    ranges[start] = cleaned[1]
    _join_ancestry_chains(doc, ranges)
    # Names spaCy missed but a title announces: "President Jane Doe".
    for token in doc:
        if token.idx < story_start or (found := _name_after_title(doc, index, token.i,
                                                                   world)) is None:
            continue
        j, k = found
        if not any(j <= s < k for s in ranges):
            cleaned = _clean_person(doc, j, k, index, world)
            if cleaned and not any(s <= cleaned[0] < e for s, e in ranges.items()):
                ranges[cleaned[0]] = cleaned[1]
    _add_names_before_offices(doc, ranges, index, world, story_start)
    _add_names_after_courtesy(doc, ranges, index, world, story_start)
    _add_surnames(doc, ranges, index, world, story_start)
    _keep_name_forming_honorific(doc, ranges)
    _trim_names(doc, ranges, world)
    mentions: list[PersonMention] = []
    for start, end in sorted(ranges.items()):
        before = _position_before(doc, index, start, world)
        address = _address_start(doc, start, world)
        closes_other = address < start and _ends_coordinated_offices(doc, address, world)
        if before is None and address < start and not closes_other:
            # "Minister of Fisheries and Oceans of Chile, Dr. NAME": the office stands
            # before the courtesy title and the comma.
            before = _position_before(doc, index, address, world) \
                or _office_with_qualifier_before(doc, index, address, world)
        if before is None and not closes_other:
            before = _office_with_qualifier_before(doc, index, start, world)
        after = _positions_after(doc, index, end, world, titled=before is not None
                                 and not _is_style_role(before.role, world))
        # A royal style before the name ("Prince X, Crown Prince and Prime Minister")
        # yields to the offices stated after it.
        if before is not None and after and _is_style_role(before.role, world):
            before = None
        positions = ([before] if before else []) + [p for p in after if p != before]
        if positions and positions[0].state is None:
            # "King NAME of Jordan", "President NAME of Nigeria": the state follows the name.
            states, _ = _state_phrase_after(doc, index, end)
            if len(states) == 1:
                positions[0] = replace(positions[0], state=states[0])
        counterpart = None
        if not positions:
            counterpart = _counterpart_position(doc, index, start, mentions, world)
            positions = [counterpart] if counterpart else []
        if not positions:
            shared = _plural_title_of_list(doc, index, start, mentions, world)
            positions = [shared] if shared else []
        name = " ".join(doc[start:end].text.replace("’", "'").split())
        mentions.append(PersonMention(name, start, end, _span(doc, start, end),
                                      positions[0] if positions else None,
                                      tuple(positions[1:]), counterpart=counterpart is not None))
    return _states_from_sentence(doc, index, _respectively(doc, index, mentions, world),
                                 world)


def _respectively(doc, index: _Index, mentions: list[PersonMention],
                  world: World) -> list[PersonMention]:
    """ "The Kenyan and Ghanaian foreign ministers, NAME and NAME respectively", "the
    European Commission and Irish Presidents (NAME and NAME respectively)": the i-th state or
    body before a plural title goes with the i-th name of the list, which then has that
    office whatever the words around each name suggested."""
    result = list(mentions)
    if "respectively" not in _doc_text(doc).lower():
        return result  # the common case, without a pass over every token
    for token in doc:
        if token.lower_ != "respectively":
            continue
        listed = [n for n, m in enumerate(result) if m.end <= token.i
                  and m.start >= token.sent.start]
        names: list[int] = []
        end = token.i
        for n in reversed(listed):
            between = doc[result[n].end:end]
            if len(between) > 2 or not all(t.text == "," or t.lower_ == "and"
                                           for t in between):
                break
            names.insert(0, n)
            end = result[n].start
        k = end
        while k > token.sent.start and end - k < 2 and not doc[k - 1].is_alpha:
            k -= 1  # the dash, comma or bracket between the title and the names
        title = _plural_title_ending_at(doc, k, world)
        if len(names) < 2 or title is None:
            continue
        owners = _owners_before(doc, index, k - title[0])
        if len(owners) != len(names):
            continue
        for n, (kind, key) in zip(names, owners, strict=True):
            position = Position(title[1].role, key) if kind != "org" else \
                Position(title[1].role, None, key)
            result[n] = replace(result[n], position=position, also=())
    return result


def _plural_title_ending_at(doc, end: int, world: World):
    """A title in the plural ending at token ``end``: (length, TitleInfo of the singular)."""
    if end == 0 or not doc[end - 1].lower_.endswith("s"):
        return None
    for length in range(min(3, end), 0, -1):
        phrase = [t.lower_ for t in doc[end - length:end]]
        phrase[-1] = phrase[-1][:-1]
        info = world.title(" ".join(phrase))
        if info is not None and not _is_style(info):
            return length, info
    return None


def _owners_before(doc, index: _Index, j: int) -> list[tuple[str, str]]:
    """The states and bodies listed right before token ``j`` ("European Commission and
    Irish"), in text order, as (kind, key)."""
    owners: list[tuple[str, str]] = []
    k = j
    while k > 0:
        hit = index.by_end.get(k)
        if hit is not None and hit.kind in ("state", "demonym", "org"):
            owners.insert(0, ("org" if hit.kind == "org" else "state", hit.key))
            k = hit.start
        elif doc[k - 1].text == "," or doc[k - 1].lower_ == "and":
            if not owners:
                return []
            k -= 1
        else:
            break
    return owners


def _ends_coordinated_offices(doc, address: int, world: World) -> bool:
    """ "NAME, member of X and premier of the Cabinet, NAME2": an office joined by "and" to
    the offices before it closes the previous name's apposition; it is not NAME2's."""
    if address <= 0 or doc[address].text != ",":
        return False
    sentence_start = doc[address].sent.start
    floor = max(sentence_start, address - 2 * _QUALIFIER_SPAN)
    for k in range(address - 1, floor - 1, -1):
        if doc[k].text in (",", ";", ":") or doc[k].ent_type_ == "PERSON":
            return False
        if doc[k].lower_ == "and":
            # "… and premier of the Cabinet": a title right after "and" (not "Minister of
            # Food and Agriculture").
            return any(t.text == "," for t in doc[sentence_start:k]) and _title_at_start(
                [t.lower_ for t in doc[k + 1:k + 1 + _TITLE_SPAN]], world) is not None
    return False


def _plural_title_of_list(doc, index: _Index, start: int, mentions: list[PersonMention],
                          world: World) -> Position | None:
    """ "Presidents NAME and NAME", "Prime Ministers NAME, NAME and NAME", "members of the
    Federal Council: NAME, NAME and NAME": a plural title before a list of names is each
    name's office (its state is found as for any office)."""
    first, first_start = None, start
    for mention in reversed(mentions):
        between = doc[mention.end:first_start]
        if not all(t.text in (",", "&") or t.lower_ == "and" for t in between) \
                or len(between) > 2:
            break
        first, first_start = mention, mention.start
    if first_start > 1 and doc[first_start - 1].text == ":":
        colon = first_start - 1
        plural = [t.lower_ for t in doc[max(doc[colon].sent.start, colon - _TITLE_SPAN):colon]]
        for i in range(len(plural)):
            phrase = plural[i:]
            # The plural is the head: first word ("members of the Federal Council") or
            # last ("foreign ministers").
            for head in (0, len(phrase) - 1):
                if phrase[head].endswith("s"):
                    singular = list(phrase)
                    singular[head] = phrase[head][:-1]
                    info = world.title(" ".join(singular))
                    if info is not None and not _is_style(info):
                        # "on the Swiss side … members of the Federal Council:": the state
                        # the sentence names last before the list.
                        named = [hit for hit in index.by_start.values()
                                 if doc[colon].sent.start <= hit.start < colon
                                 and hit.kind in ("state", "demonym")]
                        last = max(named, key=lambda hit: hit.start, default=None)
                        return Position(info.role, last.key if last else None)
        return None
    if first is None or first.position is None or first.start == 0:
        return None
    title = doc[_address_start(doc, first.start) - 1].lower_
    # The title's head word in the plural: "Presidents", "Ministers" (not "Affairs").
    if not title.endswith("s") or world.title(title[:-1]) is None:
        return None
    return Position(first.position.role, None, first.position.org)


def _doc_text(doc) -> str:
    """The document's text, read once: Doc.text joins every token each time it is read."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text


def _paragraph(doc, token_i: int) -> tuple[int, int]:
    """Character range of the paragraph (text between blank lines) around a token."""
    text, char = _doc_text(doc), doc[token_i].idx
    start = text.rfind("\n\n", 0, char)
    end = text.find("\n\n", char)
    return (0 if start < 0 else start), (len(text) if end < 0 else end)


def _delegation_state(doc, mention: PersonMention, mentions: list[PersonMention]
                      ) -> str | None:
    """The state of a paragraph listing one side's officials ("The Amir was accompanied by
    …; NAME, Minister of State for Energy Affairs; …"): when the paragraph speaks of a
    delegation or an entourage and every other office stated in it is of one state."""
    start, end = _paragraph(doc, mention.start)
    paragraph = doc.char_span(start, end, alignment_mode="expand")
    if paragraph is None or not any(t.lemma_.lower() in words("delegation_words")
                                    for t in paragraph):
        return None
    states = {p.state for m in mentions if m is not mention and start <= m.span.start < end
              for p in m.positions if p.state and not p.former}
    return next(iter(states)) if len(states) == 1 else None


def _states_from_sentence(doc, index: _Index, mentions: list[PersonMention],
                          world: World) -> list[PersonMention]:
    """Offices stated without a state get a hint from their sentence: "his foreign minister,
    NAME" is of the state of the person "his" refers to; otherwise the one state the
    sentence names that no other person's office there claims ("For Chile, the team was
    headed by Foreign Minister NAME")."""
    result = []
    for number, mention in enumerate(mentions):
        position = mention.position
        # "her counterpart NAME" is of another state than "her": no hint from the owner.
        if position is None or position.state is not None or position.org is not None \
                or _counterpart_word_end(doc, mention.start) is not None:
            result.append(mention)
            continue
        sent = doc[mention.start].sent
        others = [m for m in mentions if m is not mention and sent.start <= m.start < sent.end]
        state = None
        k = _address_start(doc, mention.start, None) - 1 if mention.start else -1
        while k >= sent.start and doc[k].lower_ not in ("his", "her", "their", ","):
            k -= 1
        if k - 2 >= sent.start and doc[k].text == "," \
                and doc[k - 1].lower_ in words("spouse_words") \
                and doc[k - 2].lower_ in ("his", "her"):
            k -= 2  # "King X and his wife, Queen Consort NAME": "his" owns the office
        if k >= sent.start and doc[k].lower_ in ("his", "her") and k >= mention.start - 5 \
                and not _honorific_at(doc, k, world):
            owner = next((m for m in reversed(result[:number]) if m.start >= sent.start
                          and m.position and m.position.state), None)
            state = owner.position.state if owner else None
        if state is None:
            # A past office holder recalled in the sentence ("the late Amir of X") is none
            # of the officials it lists.
            claimed = {p.state for m in others for p in m.positions if p.state and not p.former}
            # A state an office or a trip is "to"/"in" ("Ambassador to Peru") is a host, not
            # a side whose officials the sentence lists.
            named = {hit.key for hit in index.by_start.values()
                     if sent.start <= hit.start < sent.end and hit.kind in ("state", "demonym")
                     and not (hit.start > 0 and doc[hit.start - 1].lower_ in ("to", "in"))}
            free = named - claimed
            if len(free) == 1:
                state = free.pop()
            elif not free and len(claimed) == 1 and (
                    sum(1 for m in others if m.position and m.position.state
                        and not m.position.former) >= 2
                    or any(t.lemma_.lower() in words("delegation_words") for t in sent)):
                # A list of officials of one state ("accompanied by NAME, Manpower
                # Minister, and NAME, Cabinet Secretary"): the others' state.
                state = next(iter(claimed))
        if state is None:
            state = _delegation_state(doc, mention, mentions)
        owner = _owner_at(doc, mention, k, world) or _list_peer_at(doc, mention, others, world)
        if state is None and owner is None:
            result.append(mention)
            continue
        result.append(PersonMention(mention.name, mention.start, mention.end, mention.span,
                                    position, mention.also, state_hint=state,
                                    owner_at=owner))
    return result


def _list_peer_at(doc, mention: PersonMention, others: list[PersonMention], world: World
                  ) -> tuple[int, int, bool] | None:
    """In a list of three or more officials ("Foreign Minister NAME, Manpower Minister NAME,
    Cabinet Secretary NAME"), an office with no state is of the state of the listed
    official the world data knows: the owner position of that official's name."""
    titled = [m for m in others if m.position is not None and not m.position.former]
    if len(titled) < 2:
        return None
    for peer in sorted(titled, key=lambda m: abs(m.start - mention.start)):
        between = doc[min(peer.end, mention.end):max(peer.start, mention.start)]
        if any(t.text in (";", ":", ".") or t.pos_ == "VERB" for t in between):
            continue
        if peer.position.state or len({leader.iso2 for leader in
                                        world.leaders_named(peer.name)}) == 1:
            return peer.start, peer.end, True
    return None


#: How many tokens back a sentence-initial "he" may find the person it stands for.
_PRONOUN_REACH = 300


def _owner_at(doc, mention: PersonMention, his: int, world: World
              ) -> tuple[int, int, bool] | None:
    """Where the owner of a stateless office is named: before "his"/"her" next to the
    office, before the possessive of "NAME's press secretary", or before the verb of
    "X was accompanied by" a list the office is part of."""
    sent = doc[mention.start].sent
    if his >= sent.start and doc[his].lower_ in ("his", "her") and his >= mention.start - 5 \
            and not _honorific_at(doc, his, world):
        return sent.start, his, False
    j = _address_start(doc, mention.start, None) - 1
    while j > sent.start and doc[j].lower_ not in ("'s", "’s") and j >= mention.start - 6 \
            and doc[j].text not in (",", ";"):
        j -= 1
    if j > sent.start and doc[j].lower_ in ("'s", "’s") and doc[j - 1].pos_ == "PROPN" \
            and not world.is_title_word(doc[j - 1].lower_):  # not "Prime Minister's Office"
        return sent.start, j, True
    for k in range(mention.start - 1, sent.start, -1):
        if doc[k].lemma_.lower() == "accompany" and k + 1 < len(doc) \
                and doc[k + 1].lower_ == "by":
            if doc[sent.start].lower_ in ("he", "she"):
                # "He will be accompanied by …": "he" is the latest sentence's named subject.
                return _latest_named_subject(doc, sent.start)
            return sent.start, k, False
    return None


def _latest_named_subject(doc, before: int) -> tuple[int, int, bool] | None:
    """Where the subject of the latest sentence with a named subject ends (within
    ``_PRONOUN_REACH`` tokens), as an owner position; the person "he" stands for."""
    k = before - 1
    while k >= 0 and before - k <= _PRONOUN_REACH:
        sent = doc[k].sent
        # The last such word: the parser may take a demonym before the name as a subject too.
        subjects = [token.i for token in sent if token.dep_ in ("nsubj", "nsubjpass")
                    and token.head.dep_ == "ROOT" and token.pos_ == "PROPN"]
        if subjects:
            return sent.start, subjects[-1] + 1, True
        k = sent.start - 1
    return None


def _honorific_at(doc, i: int, world: World) -> bool:
    """Whether an honorific ("His Highness", "Her Royal Highness") starts at token i."""
    for n in (2, 3):
        info = world.title(" ".join(t.lower_ for t in doc[i:i + n]))
        if info is not None and info.kind == "honorific":
            return True
    return False


def _address_start(doc, start: int, world: World | None = None) -> int:
    """Where the words before a name begin once courtesy titles and one appositive comma
    are stepped over; ``start`` when there are none."""
    j = start
    floor = doc[start].sent.start
    courtesy = words("courtesy_titles") | words("military_ranks")
    commas = 0
    while j > floor:
        token = doc[j - 1]
        opening = _opening_of_rank_note(doc, j - 1, floor, courtesy)
        if token.lower_.rstrip(".") in courtesy or token.lower_ in courtesy or (
                token.text == "." and j - 2 >= floor and doc[j - 2].lower_ in courtesy):
            j -= 1
        elif opening is not None:
            j = opening  # "Brigadier (Ret'd)"
        elif token.text == "," and commas == 0 and j - 2 >= floor and (
                doc[j - 2].lower_ in courtesy or j == start
                or _opening_of_rank_note(doc, j - 2, floor, courtesy) is not None):
            # "President of Ghana, His Excellency, NAME": a comma before and after the
            # courtesy title.
            commas += 1
            j -= 1
        else:
            break
    if j > floor and doc[j - 1].text == "," and (commas == 0 or j < start - 1):
        j -= 1  # "prime minister, Brigadier (Ret'd), NAME": the office's comma too
    return j


def _opening_of_rank_note(doc, close: int, floor: int, courtesy: frozenset[str]) -> int | None:
    """Where a parenthesis closing at token ``close`` opens, when it holds only rank
    words ("(Ret'd)", "(rtd.)"); None otherwise."""
    if close <= floor or doc[close].text != ")":
        return None
    k = close - 1
    while k > floor and close - k <= 4 and doc[k].text != "(":
        k -= 1
    inside = "".join(t.text for t in doc[k + 1:close]).lower().rstrip(".")
    return k if doc[k].text == "(" and inside in courtesy else None


def _trim_names(doc, ranges: dict[int, int], world: World) -> None:
    """Names whole and nothing more: "Ahn Min-jun" keeps its hyphenated part, a
    trailing dash goes, words of an office ("Foreign Affairs NAME", "Secretary General
    NAME") are the office's, not the name's."""
    for start, end in sorted(ranges.items()):
        new_end = end
        while new_end + 1 < len(doc) and doc[new_end].text in ("-", "‑") \
                and not doc[new_end - 1].whitespace_ and not doc[new_end].whitespace_ \
                and doc[new_end + 1].is_alpha:
            new_end += 2
        headline = words("headline_words")
        while new_end > start + 1 and (not doc[new_end - 1].text[:1].isalnum()
                                       or doc[new_end - 1].lower_ in ("of", "and", "the")
                                       or doc[new_end - 1].lower_ in headline):
            new_end -= 1  # "NAME -", "NAME of", "NAME Call" (the tagger took a word too many)
        new_start = start
        while new_end - new_start > 2 and doc[new_start].lower_ not in _NAME_PARTICLES \
                and (world.is_title_word(doc[new_start].lower_)
                     or doc[new_start].lower_.rstrip(".") in words("military_ranks")
                     or doc[new_start].lower_ in words("office_nouns") and new_start > 0
                     and doc[new_start - 1].lower_ in ("and", "of", "'s", "’s")):
            new_start += 1
        if (new_start, new_end) != (start, end):
            del ranges[start]
            if not any(s <= new_start < e for s, e in ranges.items()):
                ranges[new_start] = new_end


def _counterpart_position(doc, index: _Index, start: int, earlier: list[PersonMention],
                          world: World) -> Position | None:
    """"his Russian counterpart NAME", "her counterpart NAME", "his Estonian colleague
    NAME": the office of the person named (or described by title) before, of the state
    given, or with its state left to be found (the world data, the article)."""
    j = _counterpart_word_end(doc, start)
    if j is None:
        return None
    state, _ = _state_before(doc, index, j - 1)
    sent_start = doc[start].sent.start
    owner = next((m.position for m in reversed(earlier)
                  if m.start >= sent_start and m.position), None)
    if owner is None:
        # "the Danish Foreign Minister held a call with his Estonian colleague NAME": the
        # office of the description before.
        for k in range(j - 2, sent_start - 1, -1):
            found = _title_at_end(_lowers(doc)[max(sent_start, k - _TITLE_SPAN + 1):k + 1],
                                  world)
            if found is not None and not _is_style(found[1]):
                owner = Position(_portfolio_role(doc, k - found[0] + 1, found[1], world),
                                 _office_state_before(doc, index, k - found[0] + 1, world))
                break
    if owner is None or owner.role.lower() in GENERIC_HEADS or (
            state is not None and owner.state == state):
        return None
    return Position(owner.role, state)


def _counterpart_word_end(doc, start: int) -> int | None:
    """Where "counterpart"/"colleague" ends right before the name at ``start`` (a comma
    between allowed); None when there is none."""
    j = start
    if j > 0 and doc[j - 1].text == ",":
        j -= 1
    if j == 0 or doc[j - 1].lemma_.lower() not in words("counterpart_words"):
        return None
    return j


def _add_surnames(doc, ranges: dict[int, int], index: _Index, world: World,
                  story_start: int) -> None:
    """Surnames standing alone ("..., Ruto said"), which the tagger often misses.

    A capitalised proper noun counts when it is the last word of a full name found in
    the story, or the surname of a serving leader the world data knows.
    """
    covered = {i for s, e in ranges.items() for i in range(s, e)}
    surnames = {doc[e - 1].text for s, e in ranges.items() if e - s >= 2}
    # A one-word name a title announced ("Queen Consort Mathilde") is how the story goes on
    # naming that person ("Mathilde later visited …").
    surnames |= {doc[s].text for s, e in ranges.items() if e - s == 1 and _title_at_end(
        _lowers(doc)[max(0, s - _TITLE_SPAN):s], world) is not None}
    # "Zhou" of "Zhou Ming", "Tran" of "Tran Van Long": family names written first.
    surnames |= {doc[s].text for s, e in ranges.items()
                 if e - s >= 2 and doc[s].lower_ in world.family_names_first}
    # Two-word surnames of longer names ("García Lorca" of "Ana María García
    # Lorca", "Costa da Silva") are names on their own too.
    double = {(doc[e - 2].text, doc[e - 1].text) for s, e in ranges.items()
              if e - s >= 3 and doc[e - 2].is_alpha and doc[e - 3].text != "-"}
    for token in doc[:-1]:
        pair = (token.text, doc[token.i + 1].text)
        if pair in double and token.idx >= story_start and token.i not in covered \
                and token.i + 1 not in covered and token.i not in index.covered:
            ranges[token.i] = token.i + 2
            covered |= {token.i, token.i + 1}
    for token in doc:
        if token.idx < story_start or token.i in covered or token.i in index.covered:
            continue
        if not token.text[:1].isupper() or not token.is_alpha:
            continue
        # A surname of someone named in full is a name even where the tagger, at the
        # start of a sentence, calls it a common noun ("Baker later held…").
        if token.pos_ != "PROPN" and not (token.text in surnames and (
                token.pos_ in ("NOUN", "ADJ", "X") or token.is_sent_start)):
            continue
        if token.ent_type_ in ("DATE", "TIME"):
            continue
        # Part of a longer name ("Ruto Avenue", "Otieno government" stays a name reference).
        if token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN" \
                and doc[token.i + 1].text[:1].isupper():
            continue
        before = doc[token.i - 1] if token.i > 0 else None
        if before is not None and before.pos_ == "PROPN" and before.i not in covered \
                and before.text[:1].isupper() and not world.title(before.lower_):
            continue
        # The tagger often calls a lone surname a place or an organisation; the name
        # found in full earlier in the story outweighs that guess, world data alone not.
        known = token.text in surnames or (
            token.ent_type_ not in ("GPE", "LOC", "ORG", "NORP", "FAC")
            and any(not leader.end for leader in world.leaders_named(token.text)))
        if known and _clean_person(doc, token.i, token.i + 1, index, world):
            ranges[token.i] = token.i + 1


def find_descriptions(doc, hits: list[Hit], persons: list[PersonMention], world: World,
                      story_start: int = 0) -> list[Description]:
    """References by office or relation: "Azerbaijan's president", "the two leaders"."""
    index = _Index(doc, hits)
    name_starts = {m.start for m in persons}
    inside_names = {i for m in persons for i in range(m.start, m.end)}
    found: list[Description] = []
    for token in doc:
        if token.idx < story_start or token.i in inside_names:
            continue
        lower = token.lower_
        singular = token.lemma_.lower() if token.lemma_ else lower
        title = _title_at_end(_lowers(doc)[max(0, token.i - 3):token.i + 1], world)
        if title is None and world.title(singular) is not None:
            title = (1, world.title(singular))
        if title is not None and title[1].kind == "honorific":
            continue  # "His Highness", "Sheikh": a form of address, not an office
        generic = lower in GENERIC_HEADS
        if title is None and not generic:
            continue
        # The next token starts a name or a state: this is a title of a named person,
        # handled with the person ("President Ruto", "President of Kenya X").
        after = token.i + 1
        states_after, after_end = _state_phrase_after(doc, index, after)
        if after_end in name_starts or after in name_starts:
            continue
        # "her Nigerian counterpart, Yusuf Tuggar,": the name that follows is the one meant.
        if after < len(doc) and doc[after].text == "," and after + 1 in name_starts:
            continue
        if after < len(doc) and doc[after].text[:1].isupper() and doc[after].pos_ == "PROPN" \
                and after not in index.covered:
            continue
        length = title[0] if title else 1
        first = token.i - length + 1
        plural = token.tag_ in ("NNS", "NNPS") or (lower != singular and lower.endswith("s"))
        roles: list[str | None]
        if generic:
            roles = [None]
        else:
            roles = [_portfolio_role(doc, first, title[1], world)]
        # "the agriculture and foreign ministers": several portfolios share one head.
        j = first
        if title and title[1].role.lower().startswith("minister"):
            portfolios = []
            while j > 0 and (world.portfolios.get(doc[j - 1].lower_)
                             or doc[j - 1].lower_ in ("and", ",")):
                if doc[j - 1].lower_ not in ("and", ","):
                    portfolios.append(f"Minister of {world.portfolios[doc[j - 1].lower_]}")
                j -= 1
            if portfolios:
                roles = list(dict.fromkeys(list(reversed(portfolios)) + roles))
        state, j2 = _state_before(doc, index, j)
        states = [state] if state else states_after
        if plural and generic and not states and j2 > 0 and doc[j2 - 1].text.isupper() \
                and len(doc[j2 - 1].text) > 1 and (j2 - 1) not in index.covered:
            continue  # "the CSTO leaders", "G7 leaders": a body's members, not the story's
        count = None
        for t in doc[max(0, j2 - 3):j2]:
            if t.lower_ in _COUNTS:
                count = _COUNTS[t.lower_] or None
                plural = True
        visiting = any(t.lower_ == "visiting" for t in doc[max(0, j2 - 2):j2])
        counterpart = lower in ("counterpart", "counterparts")
        determiners = {t.lower_ for t in doc[max(0, j2 - 3):j2]}
        # A bare "president" with no determiner, state or plural is rarely a reference.
        if not states and not plural and not counterpart and not visiting \
                and not determiners & words("determiners"):
            continue
        found.append(Description(j2, token.i + 1, _span(doc, j2, token.i + 1), tuple(roles),
                                 tuple(states), plural, count, counterpart, visiting))
    return found


def find_mentions(doc, nlp, world: World, story_start: int = 0) -> Mentions:
    """All gazetteer hits, person names and descriptions of ``doc``."""
    hits = find_gazetteer_hits(doc, nlp, world)
    persons = find_person_mentions(doc, hits, world, story_start)
    descriptions = find_descriptions(doc, hits, persons, world, story_start)
    return Mentions(hits, persons, descriptions)
