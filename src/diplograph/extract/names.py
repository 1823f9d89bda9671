"""Person name spans: the tagger's PERSON entities cleaned of titles, states and
agencies, and the names it missed (after a title, before an appositive office, after a
courtesy title, surnames standing alone).
"""

from __future__ import annotations

import bisect
import re

from spacy.attrs import DEP
from spacy.lang.en.stop_words import STOP_WORDS

from ..world import World
from .dates import MONTHS, WEEKDAYS
from .gazetteer import leaders_surname_again
from .mention_types import Hit
from .offices import list_closed_by_and, office_at, qualifier_state_after
from .rules import entries, marked, quote_pairs, words
from .tokens import (
    NAME_PARTICLES,
    QUALIFIER_PREPOSITIONS,
    TITLE_SPAN,
    HitIndex,
    brackets_after,
    building_named_before,
    doc_sentences,
    doc_text,
    doc_tokens,
    family_name_read_as_word,
    is_numeral,
    is_style,
    office_holder,
    starts_name,
    state_phrase_after,
    title_at_end,
    title_at_start,
    token_lowers,
)

#: Honorifics that are also part of some persons' names ("Sheikh" as a given name): kept in the
#: name when the word after them is never the first word of a longer name in the article.
_NAME_FORMING_HONORIFICS = words("name_forming_honorifics")
#: The nouns of documents as their words, by their last word ("statement": {("joint",
#: "statement"), …}), so a name is checked against the few that could close it.
def _document_nouns_by_last_word() -> dict[str, set[tuple[str, ...]]]:
    nouns: dict[str, set[tuple[str, ...]]] = {}
    for row in entries("document_nouns"):
        for column in ("singular", "plural"):
            for form in filter(None, (row.get(column) or "").split("|")):
                nouns.setdefault(form.lower().split()[-1], set()).add(tuple(form.lower().split()))
    return nouns


_DOCUMENT_NOUNS = _document_nouns_by_last_word()


def _is_name_token(token, index: HitIndex, world: World) -> bool:
    if token.i in index.covered:
        return False
    text = token.text
    if token.lower_ in NAME_PARTICLES:
        return True
    if not text[:1].isupper() or not any(c.isalpha() for c in text):
        return False
    if world.title(token.lower_) is not None:
        return False
    if family_name_read_as_word(token, world):
        return True
    # A capitalised word inside an entity the tagger also called a verb ("Amadou" of
    # "Amadou Diallo" as ORG) is a tagging slip, not a verb.
    return token.pos_ in ("PROPN", "NOUN", "ADJ", "X") or token.ent_type_ == "PERSON" \
        or (token.ent_type_ == "ORG" and token.pos_ == "VERB")


def _first_name_place(doc, index: HitIndex, i: int, end: int) -> bool:
    """A one-word place opening a longer name is a first name ("Santiago Cafiero"), not
    after "in" or "at" ("High Commissioner in Accra NAME"); so is a one-word name of an
    organisation (a news agency's, "Petra") that the tagger reads as part of one person."""
    hit = index.covered.get(i)
    return (hit is not None and hit.start == i and hit.end == i + 1
            and (hit.kind == "place" or hit.kind == "org" and doc[i].ent_type_ == "PERSON"
                 and i + 1 < end and doc[i + 1].ent_type_ == "PERSON"
                 and doc[i + 1].ent_iob_ == "I")
            and not (i > 0 and doc[i - 1].lower_ in ("in", "at"))
            and i + 1 < end and doc[i + 1].text[:1].isupper() and i + 1 not in index.covered)


def _surname_place(doc, index: HitIndex, i: int) -> bool:
    """A one-word place closing a name the tagger reads as one person is a surname
    ("President Joao [Lima]", "Minister Ana [Paz]")."""
    hit = index.covered.get(i)
    return hit is not None and hit.kind == "place" and hit.start == i and hit.end == i + 1 \
        and doc[i].ent_type_ == "PERSON" and doc[i].ent_iob_ == "I" \
        and doc[i - 1].ent_type_ == "PERSON" \
        and not (i + 1 < len(doc) and doc[i + 1].is_lower and doc[i + 1].pos_ == "NOUN")
    # (not "NAME Tokyo trip" in a headline: the city names where the trip goes)


def _is_rank(token) -> bool:
    """A capitalised military rank ("Adm", "General", "Marshal"): never part of a name."""
    return token.text[:1].isupper() and token.lower_.rstrip(".") in words("military_ranks")


def clean_person(doc, start: int, end: int, index: HitIndex, world: World,
                  entity: bool = False):
    """Trim a PERSON entity to the name proper; None when it is not a person.

    ``entity`` marks a span the tagger called a person, whose first word may be a place
    name used as a first name.
    """
    while start < end:
        found = title_at_start([t.lower_ for t in doc[start:end]], world)
        if found is not None and found[0] == 1 and doc[start].lower_ in words(
                "given_name_titles") and start + 1 < end and doc[start + 1].text.islower() \
                and doc[start + 1].lower_ in NAME_PARTICLES:
            break  # "Sultan bin NAME": a given name before the patronymic, no title
        if found is not None:
            start += found[0]  # "Crown Prince", "His Royal Highness", "Mr"
        elif entity and start > 0 and (inside := _title_words_inside(doc, start, end, world)):
            start += inside  # "Queen [Consort NAME]": the tagger took the title's last word
        elif start > 0 and doc[start - 1].lower_ in words("office_name_joiners") \
                and doc[start].lower_ in world.portfolios and end - start > 2:
            start += 1  # "Minister of Foreign Affairs and [Expatriates NAME]"
        elif end - start > 1 and _is_rank(doc[start]):
            start += 1  # "Adm NAME", "Gen NAME": a rank, written short or not
        elif doc[start].lower_ == "the" or is_numeral(doc[start]) \
                or doc[start].lower_.rstrip(".") in words("courtesy_titles") \
                and not family_name_read_as_word(doc[start], world) \
                or end - start > 1 and doc[start].lower_ in words("not_names") \
                and not _leader_known(doc, start, end, world) \
                or (start in index.covered
                    and not (entity and _first_name_place(doc, index, start, end))):
            start += 1  # "the", "HH [Amir]", "Hon.": no part of the name
        else:
            break
    # A name holds no run of spaces: the columns of a table turned into text are cells
    # of their own ("Jan. 13, 2026   Nara      Lee visits Nara …", a timeline's row); a
    # cell the gazetteer knows (a place, a state) goes, else the name ends at the gap.
    gap = next((k for k in range(start + 1, end - 1) if doc[k].is_space), None)
    if gap is not None:
        if all(k in index.covered for k in range(start, gap)):
            return clean_person(doc, gap + 1, end, index, world, entity)
        end = gap
    # A name holds no spaced dash: "STEPPE INFORM - President …" is an agency's dateline
    # before the story's first words, "NAME - Reuters" a name and its credit.
    dash = next((k for k in range(start + 1, end - 1) if doc[k].text in ("-", "–", "—")
                 and doc[k - 1].whitespace_), None)
    if dash is not None:
        if doc[start:dash].text.isupper():
            return clean_person(doc, dash + 1, end, index, world, entity)
        end = dash
    # A name holds no comma: "[NAME, Emir] of Qatar" is the name and its apposition; nor
    # a verb of a headline in title case ("[Wang Yi] Holds Phone Talks with …").
    end = next((k for k in range(start + 1, end) if doc[k].text == ","
                or doc[k].tag_ == "VBZ"), end)
    # "[NAME SURNAME of Nigeria]": the state after the name is no part of it (not "the
    # Order of the Republic of Serbia", a single word before "of").
    end = next((k for k in range(start + 2, end) if doc[k].lower_ == "of" and all(
        (hit := index.covered.get(i)) is not None and hit.kind == "state"
        or doc[i].lower_ == "the" for i in range(k + 1, end))), end)
    while end > start and doc[end - 1].lower_ in ("'s", "’s", "'", ",", "."):
        end -= 1
    while end - start > 1 and _is_rank(doc[end - 1]):
        end -= 1  # "[… Defence Force] Field Marshal NAME": a name never ends in a rank
    while end - start > 1 and doc[end - 1].is_alpha and doc[end - 1].text.islower() \
            and not doc[start].text.islower() and doc[end - 2].text not in ("-", "‐") \
            and doc[end - 1].lower_ not in NAME_PARTICLES:
        end -= 1  # "[NAME this afternoon]": a name never ends in a lower-case word (but
        # "Halla-aho", "Hye-kyung" end in the lower-case part after a hyphen, and a tagged
        # "Ursula von der" goes on past its particles)
    if start < end and (runs_on := title_at_start(token_lowers(doc)[start:end + TITLE_SPAN],
                                                  world)) is not None \
            and runs_on[0] > end - start:
        return None  # "His Royal Highness [Crown] Prince NAME": the first word of a title
    if end - start == 1 and doc[start].lower_ in world.portfolios \
            and start > 0 and doc[start - 1].lower_ in (",", *words("office_name_joiners")):
        return None  # "Minister of Foreign Affairs, [Francophonie] and …": a portfolio
    if 1 < end - start <= 3 and doc[end - 1].lower_ in world.portfolios \
            and start > 0 and doc[start - 1].lower_ in (",", *words("office_name_joiners")) \
            and end < len(doc) and doc[end].lower_ in (",", "and"):
        return None  # "Minister of Foreign Affairs, [Regional Trade] and …"
    if start < end and doc[start].lower_ in words("portfolio_tail_words") and start > 0 \
            and doc[start - 1].lower_ in world.portfolios and doc[start - 1].text[:1].isupper():
        # "Minister of Digital [Transformation] NAME", "for Climate [Change] and Energy": the
        # rest of a portfolio's name
        return clean_person(doc, start + 1, end, index, world, entity) \
            if end - start > 1 else None
    if start >= end or doc[start].lower_ in words("event_name_nouns") or (
            start > 0 and doc[start - 1].lower_ in words("event_name_nouns")):
        return None  # "Cyclone Benoni": a storm
    if _in_capital_headline(doc, start, end):
        return None  # "ENVOYS PRESENT CREDENTIALS TO …": a headline's words
    if any(i in index.covered and not (i == end - 1 and _surname_place(doc, index, i))
           for i in range(start + 1, end)) or (
            start in index.covered and not _first_name_place(doc, index, start, end)):
        return None
    text = doc[start:end].text
    if not text[:1].isupper() or any(c.isdigit() for c in text) or "@" in text or "/" in text:
        return None
    if all(t.lower_.replace(".", "") in words("post_nominals") for t in doc[start:end]):
        return None  # "NAME, M.P., and …": the letters after a name, set off by commas
    if end - start == 1 and doc[start].dep_ == "conj" and (
            (hit := index.covered.get(doc[start].head.i)) is not None and hit.kind == "place"
            or doc[start].head.dep_ == "pobj" and doc[start].head.head.lower_ in ("at", "in")
            and doc[start].head.ent_type_ != "PERSON"):
        return None  # "a crossing at Tunduma and Nakonde": a place joined to a place
    if all(t.lower_ in words("headline_words") for t in doc[start:end]) \
            or doc[start].lower_ in words("headline_words") and doc[start].text[:1].isupper():
        return None  # "… Minister Receives Phone Call …", "Counterpart Sign MoU": a headline's
    if end - start == 1 and doc[start].lower_.rstrip(".") in MONTHS and end < len(doc) \
            and doc[end].like_num:
        return None  # "Mar 14 - Talks with X": a timeline's month, no one's name
    if end - start >= 2 and all(world.is_title_word(t.lower_) for t in doc[start:end]):
        return None  # "Deputy Prime": words of an office the tagger took for a name
    if end - start == 1 and start > 0 and doc[start - 1].lower_ == "the" \
            and world.is_title_word(doc[start].lower_):
        return None  # "…," the Chair told the press conference: an office, no one's name
    if end - start >= 2 and world.names_a_town(text) and not world.leaders_named(text):
        return None  # "Nuevo León", "Hat Yai": a province or a town the tagger took for a name
    last = doc[end - 1].lower_
    if last in words("building_nouns") or any(
            form in words("landform_nouns") or form in words("gathering_nouns")
            or form in words("infrastructure_nouns")
            for form in (last, last[:-1] if last.endswith("s") else last)):
        # "Credentials Room", "State House", "Mirror Lake", "the Sulu and Celebes Seas": a
        # place; "the ASEAN Summit and Related Summits": gatherings; "the Kessa Railway": a
        # work
        return None
    if start >= 2 and doc[start - 1].text in ("'s", "’s") \
            and doc[start - 2].lower_ in words("town_nouns"):
        return None  # "on the capital's Obelisco", "the city's Malecón": a place of the town
    first = start - 2 if start >= 2 and doc[start - 1].lower_ == "and" \
        and doc[start - 2].text[:1].isupper() else start
    if first >= 2 and doc[first - 1].lower_ == "of" \
            and doc[first - 2].lower_ in words("landform_nouns"):
        return None  # "the islands of Malekula and Ambae": places of that kind
    if end + 2 < len(doc) and start > 0 and doc[start - 1].lower_ == "the" \
            and doc[end].lower_ == "and" and doc[end + 1].text[:1].isupper() \
            and doc[end + 2].text in words("landform_nouns"):
        return None  # "the Ili and Naryn rivers": two of a kind, named before it
    if end - start >= 2 and doc[start].lower_ in words("landform_nouns"):
        return None  # "Lake Issyk-Kul", "Mount Elgon": a place named by its kind first
    if end < len(doc) and doc[end].text[:1].isupper() \
            and doc[end].lower_ in words("infrastructure_nouns"):
        return None  # "the [Trans-Kessa] Railway", however the name was cut
    if end < len(doc) and doc[end].lower_ in words("landform_nouns") \
            and start > 0 and doc[start - 1].lower_ == "the":
        return None  # "the [Kessa] islands", "the [Oroma] river": a place
    if any(tuple(t.lower_ for t in doc[max(start, end - len(noun)):end]) == noun
           for noun in _DOCUMENT_NOUNS.get(last, ())):
        return None  # "Issue Joint Statement" in a headline: a document, no one's name
    if end - start > 1 and doc[start].lower_.rstrip(".") in words("saint_titles"):
        return None  # "at a St Patrick's Day reception": a saint's feast, no one of the day
    if building_named_before(doc, end) or (
            end - start >= 2 and doc[start].lower_ in words("building_nouns")
            and doc[start + 1].is_lower):
        return None  # "the [NAME] Building", "Palacio de las Garzas": a building's name
    if start >= 2 and doc[start - 1].lower_ == "of" \
            and doc[start - 2].lower_ in words("building_nouns") \
            and doc[start - 2].text[:1].isupper():
        return None  # "the Patio of [Honour]", "the Hall of [Flags]": a room's name
    if start > 0 and doc[start - 1].lower_ == "the" and end < len(doc) \
            and doc[end].lower_ in words("building_nouns") \
            and not world.leaders_named(doc[start:end].text):
        return None  # "at the [Bocharov Ruchei] residence": a residence's name
    if doc[end - 1].lower_ in words("body_nouns"):
        return None  # "Central Committee": a body
    if _names_a_place(doc, start, end) or _end_of_a_route(doc, start, world):
        return None
    if end - start == 1 and (doc[start].lower_ in words("not_names") or doc[start].ent_type_ in (
            "DATE", "TIME") or len(doc[start].text.rstrip(".")) == 1):
        return None  # (nor a letter alone: "[Annex] C")
    if end - start == 1 and _qualifies_talks(doc, start):
        return None  # "Frank and useful talks with …": an adjective opening the sentence
    if end - start == 1 and _describes_people(doc, start) \
            and not leaders_surname_again(doc, start, world):
        return None  # "to meet Kansai business leaders": a word for whom, no one's name
    if (world.org_by_name(text) or world.state_by_name(text) or world.place_by_name(text)) \
            and not (end - start == 1 and leaders_surname_again(doc, start, world)):
        return None
    if entity and _town_not_surname(doc, start, end, world):
        return None  # "the Trincomalee energy hub", "In Niagara-on-the-Lake on Tuesday"
    return start, end


def _qualifies_talks(doc, start: int) -> bool:
    """A capitalised word opening its sentence and joined by "and" or a comma to an adjective
    before a meeting noun ("Frank and useful talks", "Candid, open discussions") describes the
    talks; it names no one."""
    opens = doc[start].is_sent_start or start > 0 and doc[start - 1].is_quote
    return bool(opens) and start + 3 < len(doc) and doc[start + 1].lower_ in ("and", ",") \
        and doc[start + 2].pos_ == "ADJ" and doc[start + 3].lower_ in words("meeting_nouns")


def _describes_people(doc, start: int) -> bool:
    """A lone capitalised word modifying a plural noun after common nouns ("Kansai business
    leaders", "Mekong farmers"): it says which people, it names none of them."""
    token = doc[start]
    head = token.head
    return token.dep_ in ("compound", "amod") and head.i > start + 1 and head.tag_ == "NNS" \
        and all(t.is_lower and t.pos_ in ("NOUN", "ADJ") for t in doc[start + 1:head.i + 1])


def _town_not_surname(doc, start: int, end: int, world: World) -> bool:
    """A word the tagger called a person is a town: a town of the world data that closes no
    longer name of the text ("Wilson" after "Jane Wilson" is a surname), or a name right
    after "in" with no possessive ("in Niagara-on-the-Lake on Tuesday") or after a noun
    and "in" ("breakfast at a cafe in [Kessa Bay]": where the cafe is)."""
    if world.leaders_named(doc[start:end].text):
        return False
    if end - start == 1 and world.town_by_name(doc[start].text) is not None:
        return not any(ent.label_ == "PERSON" and len(ent) > 1
                       and ent[-1].lower_ == doc[start].lower_ for ent in doc.ents)
    return start > 0 and doc[start - 1].lower_ == "in" \
        and (end >= len(doc) or doc[end].lower_ not in ("'s", "’s")) \
        and (any(t.text == "-" for t in doc[start:min(len(doc), end + 1)])
             or start > 1 and doc[start - 2].pos_ == "NOUN" and doc[start - 2].is_lower)


def _in_capital_headline(doc, start: int, end: int) -> bool:
    """Words in capitals inside a line in capitals of several words (a headline) that are
    no name: none of them tagged a person ("FOUR NEW ENVOYS PRESENT CREDENTIALS"), or
    with a word no name has, or never written in small letters below the headline."""
    words_ = doc[start:end]
    if not words_.text.isupper():
        return False
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, words_.start_char) + 1
    line_end = text.find("\n", words_.end_char)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if not (line.isupper() and len(line.split()) >= 4):
        return False
    # "… AS MINISTER [HEADS BUSINESS DELEGATION TO] LOME": no name has a "to", even one the
    # tagger took for a person; nor is one a name that the text below never writes in
    # small letters (a person in a headline is named in the story too)
    if any(t.lower_ in STOP_WORDS and t.lower_ not in NAME_PARTICLES and t.is_alpha
           for t in words_[1:]) or not any(t.ent_type_ == "PERSON" for t in words_):
        return True
    rest = text[:line_start] + " " + text[line_end if line_end >= 0 else len(text):]
    return not any(not found.group(0).isupper() for found in re.finditer(
        r"\b" + re.escape(words_.text) + r"\b", rest, re.IGNORECASE))


def _names_a_place(doc, start: int, end: int) -> bool:
    """ "the Kessa border", "the Kessa/Tolo crossing": a proper noun after "the" that a noun of
    a place follows (another name joined by a slash between) names that place; so does one
    after a town's noun and "of" ("the port town of Kessa") or after a street's opening word
    ("Jalan Kessa")."""
    first, k = start, end
    if first > 1 and doc[first - 1].text == "/" and doc[first - 2].text[:1].isupper():
        first -= 2
    if end - start == 1 and k < len(doc) and doc[k].lower_ in words("place_nouns") \
            and doc[k].text.islower():
        return True  # "the use of Chattogram and Mongla ports": a word before a place noun
    if first > 0 and doc[first - 1].text[:1].isupper() \
            and doc[first - 1].lower_.rstrip(".") in words("street_openers"):
        return True  # "on Jalan Teuku Umar": a street named after someone
    if _street_of_a_building(doc, first):
        return True
    # "the cities of [A] and [B]", "the [A] and [B] regions": every name of a list stands
    # where the list's first or last name would
    first, k = _list_of_names(doc, first, k)
    if first > 1 and doc[first - 1].lower_ == "of" and doc[first - 2].text.islower() \
            and doc[first - 2].lower_ in words("town_nouns"):
        return True  # "in the border town of NAME": a town the gazetteer lacks
    if first == 0 or doc[first - 1].lower_ != "the":
        return False
    if k + 1 < len(doc) and doc[k].text == "/" and doc[k + 1].text[:1].isupper():
        k += 2
    return k < len(doc) and doc[k].text.islower() and (
        doc[k].lower_ in words("place_nouns") or doc[k].lemma_ in words("place_nouns"))


def _list_of_names(doc, start: int, end: int) -> tuple[int, int]:
    """The bounds of the pair of capitalised names joined by "and" or "or" that the name
    ``start:end`` is one of (not by a comma: "in the city of Kessa, NAME and NAME2 met")."""
    joiners = ("and", "or")
    while start > 1 and doc[start - 1].lower_ in joiners and doc[start - 2].text[:1].isupper():
        start -= 2
        while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha:
            start -= 1
    while end + 1 < len(doc) and doc[end].lower_ in joiners and doc[end + 1].text[:1].isupper():
        end += 2
        while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
            end += 1
    return start, end


def _street_of_a_building(doc, first: int) -> bool:
    """ "at the foreign ministry on NAME", "the Presidency on NAME street": a proper noun
    after an "on" that hangs on a building or an institution is the street it stands on
    (a person is called on, not stood on)."""
    if first < 2 or doc[first - 1].lower_ != "on" or doc[first - 1].dep_ != "prep":
        return False
    owner = doc[first - 1].head
    return owner.pos_ in ("NOUN", "PROPN") and owner.i < first - 1 and (
        owner.lower_ in words("building_nouns") or owner.lower_ in words("institution_words"))


def _end_of_a_route(doc, start: int, world: World) -> bool:
    """The proper noun at ``start`` is one end of a way between two places, its noun right
    before "between" or "from": "a second bridge between [Kessa] and [Tolo]", "the railway
    line from [Kessa] to the port of …", "the rail link to [Kessa]" (not "the border talks
    between President A and …", nor a name with an office: persons)."""
    if start >= 2 and doc[start - 1].lower_ == "to" and doc[start - 2].text.islower() \
            and doc[start - 2].lower_ in words("route_nouns"):
        return True  # "the planned rail link to [Kessa]": where the way leads
    k = start - 1
    while k > max(0, start - 6) and (doc[k].text[:1].isupper() and doc[k].is_alpha
                                     or doc[k].lower_ in ("and", "to", "the")):
        if doc[k].text[:1].isupper() and world.is_title_word(doc[k].lower_):
            return False  # "between President A and …"
        k -= 1  # back over the first end of the way: "between NAME and", "from NAME to"
    if k < 1 or doc[k].lower_ not in ("between", "from") \
            or doc[k - 1].lower_ not in words("route_nouns") or not doc[k - 1].text.islower():
        return False
    return doc[k].lower_ == "between" or any(t.lower_ == "to" for t in doc[k + 1:start]) \
        or any(t.lower_ == "to" for t in doc[start:start + 5])


def _title_words_inside(doc, start: int, end: int, world: World) -> int:
    """How many words of a title that begins before ``start`` open the span ``start:end``
    ("Queen [Consort NAME]", "di-[Pertuan Agong NAME]"); 0 when none does.  A name
    word stays after them."""
    lowers = token_lowers(doc)
    for inside in (2, 1):
        if end - start <= inside:
            continue
        found = title_at_end(lowers[max(0, start + inside - TITLE_SPAN):start + inside], world)
        if found is not None and found[0] > inside and found[1].kind != "honorific":
            return inside
    return 0


def join_hyphened_styles(doc, ranges: dict[int, int], world: World) -> None:
    """ "[Al-Sultan] [NAME NAME Shah]": a royal style joined to a particle by a hyphen
    opens a regnal name; the tagger often splits it from the rest of the name."""
    for start in sorted(ranges):
        end = ranges.get(start)
        if end is None or end not in ranges or end - start < 3:
            continue
        style = world.title(doc[end - 1].lower_)
        if style is not None and style.kind == "royal" and doc[end - 2].text == "-" \
                and doc[end - 3].lower_ in NAME_PARTICLES and not doc[end - 3].whitespace_ \
                and not doc[end - 2].whitespace_:
            ranges[start] = ranges.pop(end)


#: Quotation marks around a nickname: (opening, closing) pairs.
_NICKNAME_QUOTES = frozenset(quote_pairs("nickname"))


def _nickname_at(doc, i: int) -> int | None:
    """Where a nickname in quotes opening at token ``i`` ends (after its closing mark):
    one or two capitalised words between a pair of quotation marks; None otherwise."""
    for length in (1, 2):
        close = i + length + 1
        if close >= len(doc) or (doc[i].text, doc[close].text) not in _NICKNAME_QUOTES:
            continue
        if all(t.is_alpha and t.text[:1].isupper() for t in doc[i + 1:close]):
            return close + 1
    return None


def find_nicknames(doc, ranges: dict[int, int]) -> dict[int, tuple[str, frozenset[int]]]:
    """Nicknames in quotes written with a name, by the name's start: (nickname, its tokens
    with the quotation marks).  The nickname is no mention of its own; "Given 'Nick'
    Surname", which the tagger splits or runs into, becomes one range (its text is read
    without the nickname)."""
    found: dict[int, tuple[str, frozenset[int]]] = {}
    for start in sorted(ranges):
        end = ranges.get(start)
        if end is None:
            continue
        for k in range(start + 1, min(end + 1, len(doc))):
            stop = _nickname_at(doc, k)
            if stop is None:
                continue
            ranges.pop(k + 1, None)
            if stop in ranges:
                end = ranges.pop(stop)  # "[Given] 'Nick' [Surname]"
            elif k < end or (k == end and stop < len(doc) and doc[stop].pos_ == "PROPN"
                             and doc[stop].text[:1].isupper()):
                # "[Given 'Nick] Surname": the tagger stopped inside the quotes, or before
                # them and took the rest for a title of a work.
                end = max(end, stop)
                while end < len(doc) and end - stop < 3 and doc[end].pos_ == "PROPN" \
                        and doc[end].is_alpha and doc[end].text[:1].isupper():
                    end += 1
            ranges[start] = end
            found[start] = (doc[k + 1:stop - 1].text, frozenset(range(k, stop)))
            break
    return found


#: "bin", "bint", "ibn": a particle that goes on with the father's name.
ANCESTRY = frozenset(marked("name_particles", "ancestry"))


def join_ancestry_chains(doc, ranges: dict[int, int]) -> None:
    """ "[Lina] bint [Omar Al Rashed]": two names the tagger split at "bin"/"bint" are
    one name."""
    for start in sorted(ranges):
        if start not in ranges:
            continue
        end = ranges[start]
        while end < len(doc) and doc[end].lower_ in ANCESTRY and end + 1 in ranges:
            end = ranges.pop(end + 1)
        ranges[start] = end


def join_name_tails(doc, ranges: dict[int, int], world: World) -> None:
    """ "[NAME NAME] Mu'izzaddin [Waddaulah]": a full name that goes on, with no mark
    between, through proper nouns no title is made of to a name the tagger found after
    them (a ruler's long style, a regnal name) is one name, not two persons."""
    for start in sorted(ranges):
        if start not in ranges:
            continue
        end = ranges[start]
        tail = next((k for k in range(end, min(end + _TAIL_GAP + 1, len(doc))) if k in ranges),
                    None)
        if end - start < 2 or tail is None or ranges[tail] - tail > 2 \
                or doc[tail].sent.start != doc[start].sent.start:
            continue
        between = doc[end:ranges[tail]]
        if all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.ent_type_ in ("", "PERSON")
               and not world.is_title_word(t.text) and doc[t.i - 1].whitespace_ == " "
               for t in between):
            ranges[start] = ranges.pop(tail)


#: How many proper nouns may stand between a full name and the rest of it.
_TAIL_GAP = 2


def join_particle_surnames(doc, ranges: dict[int, int]) -> None:
    """ "[NAME Ould NAME] El NAME": a name the tagger ended before a particle goes on
    through it and the proper nouns after it that the tagger gave no other type."""
    for start in sorted(ranges):
        if start not in ranges:
            continue
        end = ranges[start]
        if end + 1 in ranges and end < len(doc) and doc[end].is_lower \
                and doc[end].lower_ in NAME_PARTICLES:
            end = ranges[start] = ranges.pop(end + 1)  # "[NAME] dos [Santos]": one name
        k = end
        if end - start >= 2 and doc[end - 1].lower_ in NAME_PARTICLES:
            # "[Ursula von] der Leyen": a name never ends on a particle; it goes on through
            # the particles after it to the proper noun they announce, whatever its type.
            while k < len(doc) and doc[k].lower_ in NAME_PARTICLES and k not in ranges:
                k += 1
            if k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() \
                    and k not in ranges:
                k += 1
                ranges[start] = k
            else:
                k = end
        # "[João Ernesto] dos Santos", "[Bendito] dos Santos Freitas": a lowercase particle
        # right after a name goes on with it, even to a word the tagger took for a place.
        while k + 1 < len(doc) and doc[k].lower_ in NAME_PARTICLES \
                and doc[k + 1].text[:1].isupper() \
                and not doc[k + 1].is_sent_start and k + 1 not in ranges \
                and ((doc[k].text[:1].isupper() or doc[k].lower_ in ANCESTRY)
                     and doc[k + 1].pos_ == "PROPN" and doc[k + 1].ent_type_ in ("", "PERSON")
                     or doc[k].is_lower and k == end and doc[k + 1].is_alpha
                     and doc[k + 1].pos_ in ("PROPN", "NOUN")):
            k += 2
            # "dos Santos Freitas": the family name may have a second word; so may a
            # father's name ("bin Hamad Albusaidi")
            if doc[k - 2].is_lower and k < len(doc) \
                    and doc[k].pos_ == "PROPN" and doc[k].text.istitle() and k not in ranges \
                    and doc[k].lower_ not in NAME_PARTICLES:
                k += 1
        if k > end:
            ranges[start] = k


def _leader_known(doc, start: int, end: int, world: World) -> bool:
    """Whether the world data knows a leader by the words, or by their first and last."""
    return bool(world.leaders_named(doc[start:end].text)) \
        or _known_by_first_and_last(doc, start, end, world)


def _known_by_first_and_last(doc, start: int, end: int, world: World) -> bool:
    """ "Duma Boko" of "Duma Gideon Boko": a leader the world data knows without the
    middle name."""
    return end - start > 2 \
        and bool(world.leaders_named(f"{doc[start].text} {doc[end - 1].text}"))


def extend_left(doc, start: int, index: HitIndex, world: World, floor: int) -> int:
    """Take in given names the tagger left out: "[Samia Suluhu] Hassan"."""
    k = start
    while k - 1 >= floor and start - (k - 1) <= 3:
        token = doc[k - 1]
        if token.ent_type_ not in ("", "PERSON") and not _lone_unknown_group(doc, token, index) \
                or token.is_sent_start and not _family_name_first(token, index, world) \
                or not starts_name(doc, index, k - 1, world) \
                or token.lower_.rstrip(".") in words("courtesy_titles") \
                and not family_name_read_as_word(token, world) \
                or token.lower_ in words("not_names") or _is_rank(token) \
                or token.lower_ in words("portfolio_tail_words") and k >= 2 \
                and doc[k - 2].lower_ in world.portfolios:
            break  # "Hon.", "Haji": a courtesy title, no given name; "on Thursday NAME";
            # "Adm NAME": a rank; "Minister of Emergency Management NAME": a portfolio
        ends_title = title_at_end(token_lowers(doc)[max(floor, k - TITLE_SPAN):k], world)
        if ends_title is not None and ends_title[0] >= 2:
            break  # "Queen Consort NAME": "Consort" closes the title, it is no given name
        k -= 1
    # "Minister of Rural Development [NAME]": capitalised words after "of"/"and" close an
    # office, they are not given names.
    if k < start and k > floor and doc[k - 1].lower_ in ("of", "and", "for"):
        office = [i for i in range(k, start) if _office_word(doc[i].lower_, world)]
        j = k - 2
        while j >= floor and doc[j].text[:1].isupper():
            j -= 1
        if office or doc[k - 1].lower_ != "and" \
                or j >= floor and doc[j].lower_ in ("of", "for"):
            return office[-1] + 1 if office else start
        # "Defence Ministers A and [Władysław] Kosiniak-Kamysz": after a name and "and",
        # words of no office are the next name's given names (not "Minister of
        # Communication and Multimedia NAME")
    return k


def extend_right(doc, end: int, index: HitIndex) -> int:
    """Take in a last given name the tagger read as a group of people: "Choe Son [Hui]",
    or the family name after a particle it read as a verb: "NAME bin NAME Al [Said]"."""
    if end < len(doc) and (_lone_unknown_group(doc, doc[end], index)
                           or doc[end - 1].lower_ in NAME_PARTICLES
                           and doc[end].is_alpha and end not in index.covered) \
            and doc[end].text.istitle() and not doc[end].is_sent_start:
        return end + 1
    if end + 2 < len(doc) and doc[end - 1].whitespace_ and doc[end].text.istitle() \
            and doc[end].is_alpha and doc[end + 1].text in ("-", "‑") \
            and not doc[end].whitespace_ and not doc[end + 1].whitespace_ \
            and doc[end + 2].text.istitle() and doc[end + 2].is_alpha \
            and not any(i in index.covered for i in range(end, end + 3)):
        return end + 3  # "José Pedro [Aguiar-Branco]": a double surname the tagger left out
    return end


def _family_name_first(token, index: HitIndex, world: World) -> bool:
    """ "[Ri] Chol Nam, vice-chairman …" opening a sentence: a family name written first,
    which the tagger left out of the name after it (another capitalised word opening a
    sentence is not taken in: "Meanwhile", "Yesterday")."""
    return token.lower_ in world.family_names_first and token.text.istitle() \
        and token.pos_ == "PROPN" and token.i not in index.covered


def _lone_unknown_group(doc, token, index: HitIndex) -> bool:
    """A one-word "nationality" the gazetteer does not know, right before a name: the
    tagger's reading of a family name ("Han", "Kim") as a group of people."""
    return token.ent_type_ == "NORP" and token.pos_ == "PROPN" and token.ent_iob_ == "B" \
        and token.i not in index.covered \
        and (token.i + 1 >= len(doc) or doc[token.i + 1].ent_iob_ != "I")


def extend_surname(doc, ranges: dict[int, int], start: int, run_end: int) -> None:
    """ "President [Marc Okemba] Ndinga": a title announced a longer run of name words than
    the tagger's name at ``start``; proper nouns the tagger gave no other type close the
    name."""
    end = ranges[start]
    if any(end <= s < run_end for s in ranges):
        return
    if all((t.pos_ == "PROPN" or t.lower_ in NAME_PARTICLES or _inner_hyphen(doc, t.i))
           and t.ent_type_ in ("", "PERSON") for t in doc[end:run_end]):
        ranges[start] = run_end


def _office_word(lower: str, world: World) -> bool:
    """A word of an office's or an institution's name ("Affairs", "Development")."""
    return world.is_title_word(lower) or lower in world.portfolios \
        or lower in words("office_nouns") or lower in words("institution_words")


def _inner_hyphen(doc, k: int) -> bool:
    """The hyphen inside "Jean-Pierre": no space around it, capitals on both sides."""
    return (doc[k].text == "-" and k > 0 and k + 1 < len(doc) and not doc[k - 1].whitespace_
            and not doc[k].whitespace_ and doc[k + 1].text[:1].isupper())


def title_openings(doc, world: World) -> list[int]:
    """The tokens a title or "counterpart" may start at, the only ones
    :func:`name_after_title` reads: one pass over the lower-cased words instead of a call
    per token."""
    lowers = token_lowers(doc)
    opening = {lower for lower in set(lowers) if _may_open_title(lower, world)}
    return [i for i, lower in enumerate(lowers) if lower in opening]


def _may_open_title(lower: str, world: World) -> bool:
    """Whether a word (lower-cased) may open a title or be "counterpart"."""
    return lower in words("counterpart_words") or world.may_open_title(lower)


def name_after_title(doc, index: HitIndex, i: int, world: World) -> tuple[int, int] | None:
    """The name a title (or "counterpart") starting at token ``i`` announces: "President
    Jane Doe", "Deputy Prime Minister for Restoration of Ukraine Jane Doe", "Minister
    Prince X"."""
    lowers = token_lowers(doc)
    if not _may_open_title(lowers[i], world) or doc[i].ent_type_ == "TIME":
        return None  # (nor the time "6:15 p.m. ET", whose "p.m." is no prime minister)
    found = title_at_start(lowers[i:i + TITLE_SPAN], world)
    if found is None and lowers[i] in words("counterpart_words"):
        # "her Malian counterpart Boubacar Traore", which the tagger may call a body: two
        # name words at least.
        k = _name_run_end(doc, i + 1, index, world, 5)
        return (i + 1, k) if k - i > 2 and doc[i + 1].text[:1].isupper() else None
    if found is None:
        return None
    j = i + found[0]
    if (inside := index.covered.get(j - 1)) is not None and inside.end > j \
            and _a_states_body(inside, world):
        # "Speaker of the House of Peoples' Representatives NAME": the title's last words
        # open the name of the legislature, which closes the office
        j = inside.end
    portfolio_run = False
    if found[1].role.startswith("Minister of") and not (
            j + 1 < len(doc) and doc[j].lower_ == "for" and doc[j + 1].text[:1].isupper()
            and (doc[j + 1].lower_ in world.portfolios or _opens_a_portfolio(doc, j + 1, world))):
        j = _past_portfolios(doc, j, world)
    elif (found[1].role.startswith("Minister") or found[1].role == "Secretary") \
            and j + 1 < len(doc) \
            and doc[j].lower_ in ("of", "for") and doc[j + 1].text[:1].isupper() \
            and (doc[j + 1].lower_ in world.portfolios or _opens_a_portfolio(doc, j + 1, world)):
        # (also "Minister of State for Foreign Trade NAME", a full name: not "Minister of
        # State for Economic Coordination, NAME")
        portfolio_run = found[1].role != "Minister"
        # "Minister of Water and Energy NAME", "Minister for Foreign Trade NAME",
        # "Secretary of Trade and Industry NAME": a portfolio the titles do not list, its
        # words capitalised up to the name
        k = j + 1
        while k < len(doc) and doc[k].text[:1].isupper() \
                and (doc[k].lower_ in world.portfolio_words or _opens_a_portfolio(doc, k, world)):
            k += 1
        j = _past_portfolios(doc, k, world)
    states, j = state_phrase_after(doc, index, j)
    if not states:
        _, j = qualifier_state_after(doc, index, j)
    if not states and j + 1 < len(doc) and doc[j].lower_ in QUALIFIER_PREPOSITIONS \
            and (host := index.by_start.get(j + 1)) is not None \
            and (host.kind == "state" or host.kind == "place" and doc[j].lower_ in ("in", "at")
                 or host.kind == "place" and doc[j].lower_ == "of"
                 and found[1].kind not in ("head_of_state", "head_of_government")):
        # "Ambassador to Peru NAME", "High Commissioner in Colombo NAME", "Mayor of Dushanbe
        # NAME" (the tagger may read the city and the name as one body); "Governor of Riyadh
        # Region NAME": the region's noun closes the place
        j = host.end
        if j < len(doc) and doc[j].lower_ in words("subdivision_nouns") \
                and doc[j].text[:1].isupper():
            j += 1
    if not states and j + 1 < len(doc) and doc[j].lower_ == "of":
        # "Chairman of the Senate of the Oliy Majlis NAME": a state's legislature or
        # government closes the office
        k = j + 1 + (doc[j + 1].lower_ == "the")
        if (end := _end_of_a_states_body(doc, index, k, world)) is not None:
            j = end
    if (past := brackets_after(doc, j)) is not None:
        j = past  # "Speaker of the Islamic Consultative Assembly (Majlis) NAME"
    # Styles between the office and the name: "Minister of Foreign Affairs Prince X"; a
    # numeral closing the office ("Minister of Defence II") is no part of the name.
    while j < len(doc):
        if is_numeral(doc[j]) or _is_rank(doc[j]):
            j += 1  # "… Defence Force Field Marshal NAME": a rank is no part of the name
        elif (style := title_at_start(token_lowers(doc)[j:j + 3], world)) \
                and is_style(style[1]):
            j += style[0]
        else:
            break
    if any(t.is_space and "\n" in t.text for t in doc[i:j]):
        return None  # "… receives Kazakh Prime Minister" ending a headline: no name below
    k = _name_run_end(doc, j, index, world, 5)
    if k > j and j < len(doc) and doc[j].text[:1].isupper() \
            and not (portfolio_run and k - j < 2):
        return j, k
    return None


def _end_of_a_states_body(doc, index: HitIndex, k: int, world: World) -> int | None:
    """Where a state's legislature or government that starts at token ``k`` ends ("the
    Oliy Majlis"), or a committee of one ("the Standing Committee of the National
    People's Congress"); None when no such body starts there."""
    body = index.by_start.get(k)
    if body is None:
        m = k
        while m < min(len(doc) - 1, k + 3) and doc[m].text[:1].isupper() \
                and doc[m].lower_ not in words("committee_nouns"):
            m += 1
        if m + 1 < len(doc) and doc[m].lower_ in words("committee_nouns") \
                and doc[m + 1].lower_ == "of":
            body = index.by_start.get(m + 2 + (m + 2 < len(doc) and doc[m + 2].lower_ == "the"))
    return body.end if body is not None and _a_states_body(body, world) else None


def _a_states_body(hit: Hit, world: World) -> bool:
    """Whether the gazetteer's ``hit`` is a state's legislature or government."""
    return hit.kind == "org" and (info := world.org_by_name(hit.key)) is not None \
        and info.kind in ("legislature", "government") and bool(info.iso2)


def _opens_a_portfolio(doc, k: int, world: World) -> bool:
    """ "Public" of "Public Health", "Higher" of "Higher Education": a word that opens a
    portfolio's name, right before a capitalised portfolio word."""
    return doc[k].lower_ in words("portfolio_openers") and k + 1 < len(doc) \
        and doc[k + 1].text[:1].isupper() and doc[k + 1].lower_ in world.portfolio_words


def _past_portfolios(doc, j: int, world: World) -> int:
    """ "Minister of Ecology[, Sustainable Development and Energy] NAME": past the further
    portfolios of a ministerial title (the stretch of capitalised words after "," or "and"
    up to its last portfolio word), where the name begins; "Minister of Emergency
    [Management] NAME": past the rest of the portfolio's name."""
    while 0 < j < len(doc) and doc[j].lower_ in words("portfolio_tail_words") \
            and doc[j].text[:1].isupper() and doc[j - 1].lower_ in world.portfolios:
        j += 1
    if j >= len(doc) or doc[j].lower_ not in (",", "and"):
        return j
    last = None
    for k in range(j, min(len(doc), j + TITLE_SPAN)):
        token = doc[k]
        if token.lower_ in world.portfolios:
            last = k
        elif not (token.lower_ in (",", "and") or token.text[:1].isupper() and token.is_alpha):
            break
    if last is None:
        return j
    # "and Foreign Affairs": the rest of the portfolio's own name
    named = world.portfolios[doc[last].lower_].split()
    while last + 1 < len(doc) and doc[last + 1].text in named:
        last += 1
    return last + 1


def _name_run_end(doc, j: int, index: HitIndex, world: World, most: int) -> int:
    """The end of the run of name words (at most ``most``) starting at ``j``, without a
    particle left dangling at its end ("NAME bin").  Particles and the hyphens inside a
    name do not count ("NAME bin NAME bin NAME Al-NAME" is four words)."""
    k, counted = j, 0
    while k < len(doc) and counted < most:
        if k > j and (stop := _nickname_at(doc, k)) is not None and stop < len(doc) \
                and _is_name_token(doc[stop], index, world):
            k = stop  # 'Given "Nick" Surname': the nickname is no name word
            continue
        if not (_is_name_token(doc[k], index, world) or _inner_hyphen(doc, k)
                or k == j and _first_name_place(doc, index, k, len(doc))
                or k > j and _surname_place(doc, index, k)):
            break  # a place opening a name is a given name ("Santiago NAME")
        counted += doc[k].lower_ not in NAME_PARTICLES and doc[k].text != "-"
        k += 1
    while k > j and doc[k - 1].lower_ in NAME_PARTICLES:
        k -= 1
    return k


def keep_name_forming_honorific(doc, ranges: dict[int, int], world: World) -> None:
    """"Sheikh NAME": the honorific is part of a name when the word after it never opens
    a longer name in the article ("Sheikh Fahad" beside "Fahad bin Nasser Al Hamdan"), or
    when the world data knows a leader by the name with it ("Sheikh Amina Rahman" for a
    leader whose name or alias opens with "Sheikh")."""
    first_words = {doc[s].text for s, e in ranges.items() if e - s >= 2}
    for start, end in list(ranges.items()):
        if start == 0 or doc[start - 1].lower_ not in _NAME_FORMING_HONORIFICS \
                or not doc[start - 1].text[:1].isupper():
            continue
        if (end - start == 1 and doc[start].text not in first_words) \
                or world.leaders_named(doc[start - 1:end].text):
            del ranges[start]
            ranges[start - 1] = end


def keep_given_name_titles(doc, ranges: dict[int, int], index: HitIndex,
                           world: World) -> None:
    """"Major General [Amir] Hatami", "Minister of Industry [Sultan] Al Jaber": a royal
    title that is also a given name, written right before a name, is that name's first
    word unless "the", a courtesy ("HH"), a state ("Qatari", "Kuwait's") comes before it,
    the state follows the name ("Sultan NAME of Oman") or the world data knows a ruler by
    the name ("Sultan Haitham bin Tarik"); and it is, whatever stands before it, when the
    world data knows the whole name and no ruler by it."""
    for start, end in list(ranges.items()):
        if start == 0 or doc[start - 1].lower_ not in words("given_name_titles") \
                or not doc[start - 1].text[:1].isupper() or start - 1 in ranges.values():
            continue
        before = doc[start - 2] if start >= 2 else None
        known = world.leaders_named(doc[start - 1:end].text)
        if known and not any((info := world.title(leader.role)) is not None
                             and info.kind == "royal" for leader in known):
            # "Mawlawi Amir Khan Muttaqi": a minister the world data knows by the whole
            # name, whatever courtesy stands before it
            del ranges[start]
            ranges[start - 1] = end
            continue
        if before is not None and (
                before.lower_ in ("the", "'s", "’s")
                or before.lower_.rstrip(".") in words("courtesy_titles")
                or before.lower_ in ("highness", "majesty")  # "His Highness Emir …"
                or (hit := index.covered.get(before.i)) is not None
                and hit.kind in ("state", "demonym")):
            continue
        after = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ == "the")
        if end < len(doc) and doc[end].lower_ == "of" and after < len(doc) \
                and (hit := index.covered.get(after)) is not None and hit.kind == "state":
            continue  # "Sultan NAME of Oman"
        if any((info := world.title(leader.role)) is not None and info.kind == "royal"
               for name in (doc[start:end].text, doc[start - 1:end].text)
               for leader in world.leaders_named(name)):
            continue
        del ranges[start]
        ranges[start - 1] = end


def add_names_before_offices(doc, ranges: dict[int, int], index: HitIndex, world: World,
                              story_start: int) -> None:
    """Names an appositive office follows: "Li Wei, general secretary of ..."."""
    covered = {i for s, e in ranges.items() for i in range(s, e)}
    for token in doc_tokens(doc):
        if token.text != "," or token.idx < story_start or token.i - 1 in covered:
            continue
        if office_at(doc, index, token.i + 1, world) is None:
            continue
        k = token.i
        # The tagger may take the name for a body or a place ("NAME, Mali's president," as
        # ORG or GPE); a body the world data knows is left out by clean_person, a place the
        # gazetteer knows is no name token.
        while k - 1 >= 0 and token.i - (k - 1) <= 5 \
                and doc[k - 1].ent_type_ in ("", "PERSON", "ORG", "GPE") \
                and (_is_name_token(doc[k - 1], index, world) or _inner_hyphen(doc, k - 1)):
            k -= 1
        while k < token.i and doc[k].lower_ in NAME_PARTICLES:
            k += 1
        # Two words at least: a lone capitalised word before a comma is too often no name.
        if token.i - k >= 2 and doc[k].idx >= story_start \
                and (cleaned := clean_person(doc, k, token.i, index, world)):
            ranges[cleaned[0]] = cleaned[1]


def add_names_of_copula_offices(doc, ranges: dict[int, int], index: HitIndex, world: World,
                                story_start: int) -> None:
    """Names a verb of being or of taking office gives an office: "NAME has been Colombia's
    foreign minister", "NAME was sworn in as president"."""
    covered = {i for s, e in ranges.items() for i in range(s, e)}
    # The few attributes and objects of "as" found through the parse's array: no Token made
    # for every word.
    deps = doc.to_array(DEP)
    predicates = ((deps == doc.vocab.strings["attr"]) | (deps == doc.vocab.strings["pobj"])
                  ).nonzero()[0]
    for i in predicates.tolist():
        token = doc[i]
        if token.idx < story_start or world.title(token.lower_) is None:
            continue
        subject = office_holder(token)
        if subject is None or subject.pos_ != "PROPN" or subject.i in covered:
            continue
        k = subject.i
        while k - 1 >= 0 and subject.i - (k - 1) <= 3 and doc[k - 1].dep_ == "compound" \
                and doc[k - 1].head.i == subject.i and _is_name_token(doc[k - 1], index, world):
            k -= 1
        if subject.i + 1 - k >= 2 and (cleaned := clean_person(doc, k, subject.i + 1, index,
                                                                 world)):
            ranges[cleaned[0]] = cleaned[1]


def add_names_after_courtesy(doc, ranges: dict[int, int], index: HitIndex, world: World,
                              story_start: int) -> None:
    """Names a courtesy title announces, which the tagger missed: "…, Hon. NAME, signed",
    "the President of X, His Excellency, NAME, …".  Two name words at least."""
    courtesy = words("courtesy_titles")
    for token in doc_tokens(doc):
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
        cleaned = clean_person(doc, j, k, index, world)
        if cleaned and cleaned[1] - cleaned[0] >= 2:
            for s in inside:
                del ranges[s]
            ranges[cleaned[0]] = cleaned[1]


_COMMA_BEFORE_CAPITAL = re.compile(r"(?:,|(?<=\s)[-–—])\s+(?=[^\W\d_])")
#: How far back before a comma an office or "counterpart" may stand for the name after it.
_APPOSITION_REACH = 14


def _ends_office_qualifier(before, world: World) -> bool:
    """ "the President of the Paraguayan Congress", "the Speaker of Brazil's Chamber of
    Deputies": a title, then only the words of its qualifier (capitalised words, "of",
    "the", a possessive), up to the comma."""
    for k in range(len(before) - 1, -1, -1):
        token = before[k]
        if world.title(token.lower_) is not None:
            return k < len(before) - 1
        if not (token.text[:1].isupper() and (token.pos_ in ("PROPN", "NOUN", "ADJ")
                                               or token.is_alpha and token.pos_ != "VERB")
                or token.lower_ in words("office_name_joiners") or token.lower_ in ("'s", "’s")
                # "Special Adviser to the President on Media": what the office deals with
                or token.lower_ == "on" and k + 1 < len(before)
                and before[k + 1].text[:1].isupper() and before[k + 1].ent_type_ != "DATE"
                # "the Ambassador of Mauritania to the Kingdom": where an envoy serves
                or token.lower_ == "to" and k + 1 < len(before)
                and (before[k + 1].text[:1].isupper() or before[k + 1].lower_ == "the")
                # "Minister of Industry, Energy and Mining": a list of portfolios
                or token.text in (",", "&") and k + 1 < len(before)
                and before[k + 1].text[:1].isupper()
                or token.lemma_.lower() in words("country_nouns")  # "of the two countries"
                or token.like_num):
            return False
    return False


def _after_styles(doc, j: int, world: World) -> int:
    """Where the name starts after the styles and courtesy titles opening at ``j``."""
    while j < len(doc):
        style = title_at_start(token_lowers(doc)[j:j + 5], world)
        if style is not None and is_style(style[1]):
            j += style[0]
        elif doc[j].lower_.rstrip(".") in words("courtesy_titles"):
            j += 1
        else:
            return j
    return j


def add_names_in_apposition(doc, ranges: dict[int, int], index: HitIndex, world: World,
                            story_start: int) -> None:
    """Names the tagger missed between commas after an office or a counterpart: "his
    counterpart from Peru, Dina Salazar, …", "the Minister of Trade, Ana Ruiz, said".
    Two name words at least, closed by a comma, a full stop or "who"."""
    counterparts = words("counterpart_words")
    starts: list[int] | None = None  # sentence starts, read once (Token.sent reads them all)
    # Only commas before a capital can open a name: found in the text, not token by token.
    for found in _COMMA_BEFORE_CAPITAL.finditer(doc_text(doc), story_start):
        piece = doc.char_span(found.start(), found.start() + 1)
        if piece is None or piece[0].i + 2 >= len(doc) \
                or not doc[piece[0].i + 1].text[:1].isupper():
            continue
        comma = piece[0]
        if starts is None:
            starts = [sent.start for sent in doc_sentences(doc)]
        sent_start = starts[bisect.bisect_right(starts, comma.i) - 1]
        if comma.i == sent_start:
            continue
        before = doc[max(sent_start, comma.i - _APPOSITION_REACH):comma.i]
        last = before[-1]
        if not (title_at_end([t.lower_ for t in before], world) is not None
                or last.lower_ in counterparts or last.i in index.covered
                or _ends_office_qualifier(before, world)
                or _apposed_to_a_title(doc, comma, before, world)):
            continue  # "… Minister of Foreign Affairs, NAME", "his counterpart, NAME"
        if not any(world.title(t.lower_) is not None or t.lower_ in counterparts
                   or t.lower_.endswith("s") and world.title(t.lower_[:-1]) is not None
                   for t in before) \
                and title_at_end([t.lower_ for t in before], world) is None:
            continue  # "his counterpart", "the presidents of A and B"
        j = _after_styles(doc, comma.i + 1, world)  # "the Prime Minister, YAB Dato' Seri NAME"
        k = _name_run_end(doc, j, index, world, 4)
        if k - j < 2 or k >= len(doc) or doc[k].lower_ not in (",", ".", ";", "who", "(") and not (
                doc[k].lower_ == "and" and k + 1 in ranges) and not (
                doc[k].lower_ in ("of", "for") and (hit := index.by_start.get(
                    k + 2 if doc[k + 1].lower_ == "the" else k + 1)) is not None
                and hit.kind == "state"):
            continue  # closed by a comma, a full stop, "who", "of STATE", or "and" + a name
        if any(world.portfolios.get(t.lower_) for t in doc[j:k]) \
                or _portfolio_list_goes_on(doc, k):
            continue  # "Minister of Foreign Affairs, Regional Trade and …": its portfolios
        if any(s < k and e > j for s, e in ranges.items()):
            continue
        # Named after an office, a place opening the name is a given name ("Santiago").
        cleaned = clean_person(doc, j, k, index, world, entity=True)
        if cleaned and cleaned[1] - cleaned[0] >= 2:
            ranges[cleaned[0]] = cleaned[1]


def _apposed_to_a_title(doc, comma, before, world: World) -> bool:
    """ "The director of the ministry's Africa Department, NAME, met …": the words after the
    comma stand in apposition to an office's word the parse hangs them on, however long the
    office's own words run before the comma."""
    titles = [t.i for t in before if world.title(t.lower_) is not None]
    # (the parse may hang the name on the office's last word: "…Bureau, NAME"; one phrase,
    # no comma inside: not "the President, Mr NAME, at his residence, PLACE")
    return bool(titles) and not any(t.text == "," for t in doc[titles[0]:comma.i]) and any(
        t.dep_ == "appos" and titles[0] <= t.head.i < comma.i and t.pos_ == "PROPN"
        for t in doc[comma.i + 1:min(len(doc), comma.i + 1 + _APPOSITION_NAME_WORDS)])


#: How many words after the comma the name in apposition may end within.
_APPOSITION_NAME_WORDS = 4


def _portfolio_list_goes_on(doc, k: int) -> bool:
    """At the comma ``k``, capitalised words and commas run on into "and" and a capitalised
    word: "Minister for Finance, [Strategic Planning], National Development and Statistics,
    NAME" lists portfolios, the words between the commas are none of the name's."""
    def word(i: int) -> bool:
        return doc[i].is_alpha and doc[i].text[:1].isupper() and doc[i].ent_type_ != "PERSON"

    return k < len(doc) and doc[k].text == "," and list_closed_by_and(doc, k + 1, word)


def drop_listed_portfolios(doc, ranges: dict[int, int], world: World) -> None:
    """ "Minister of Foreign Affairs, African Integration and [Citizens Abroad], NAME": the
    last item of an office's list of portfolios, after "and", is no name (the tagger may
    read it as one), nor the item after the office's comma that "and" joins to it."""
    for start, end in sorted(ranges.items()):
        # (the item's first word may be left out of the name: "and Foreign [Trade]")
        first = start - 1 if start >= 3 and end - start == 1 \
            and doc[start - 1].text[:1].isupper() and doc[start - 2].lower_ in ("and", "&") \
            else start
        if first < 2 or doc[first - 1].lower_ not in ("and", "&") \
                or end >= len(doc) or doc[end].text != ",":
            continue
        sent_start = doc[start].sent.start
        before = doc[max(sent_start, first - 1 - _APPOSITION_REACH):first - 1]
        # ("the Minister of Labour and Foreign Trade, NAME": two portfolios need no comma
        # between them when the office's holder is named after them)
        if _portfolio_list_of_office(before, world, listed=end + 1 in ranges):
            del ranges[start]
            # the item before "and", read as a name joined to this one, goes too
            for other, other_end in list(ranges.items()):
                if other_end == first - 1 and other > 0 and doc[other - 1].text == ",":
                    del ranges[other]


def drop_building_names(doc, ranges: dict[int, int]) -> None:
    """ "met at the Quilla convention hall", "at the NAME Hall": a name that modifies a
    building's noun after it (a word between allowed) is the building's, no person's."""
    buildings = words("building_nouns")
    for start, end in list(ranges.items()):
        last = doc[end - 1]
        if last.dep_ != "compound" or last.head.i not in (end, end + 1) \
                or last.head.lemma_.lower() not in buildings:
            continue
        if last.head.i == end + 1 and not (doc[end].dep_ == "compound" and doc[end].is_lower):
            continue
        del ranges[start]


def drop_street_names(doc, ranges: dict[int, int]) -> None:
    """ "on Queen Elizabeth Highway", "along Nelson Mandela Avenue": a name that a street's
    closing noun follows, capitalised, is the street's, not a person's in the story."""
    for start, end in list(ranges.items()):
        if end < len(doc) and doc[end].text[:1].isupper() \
                and doc[end].lower_ in words("street_nouns"):
            del ranges[start]


def drop_names_of_works_and_acronyms(doc, ranges: dict[int, int]) -> None:
    """ "the Karameh-Trebil border crossing": a name after "the" that a work's noun
    follows (a word between allowed) is the work's; "the Ministers' Meeting (AMM)": a word
    in capitals alone in brackets after no name is an acronym, not a person; so is any one
    word in brackets after a committee's noun ("the Joint Trade Committee (Jefco)")."""
    works = words("infrastructure_nouns")
    short_names: set[str] = set()
    for start, end in list(ranges.items()):
        first = start
        while first >= 2 and doc[first - 1].text in ("-", "–") and not doc[first - 1].whitespace_:
            first -= 2  # "Karameh-[Trebil]"
        last = end
        while last + 1 < len(doc) and doc[last].text in ("-", "–") \
                and not doc[last - 1].whitespace_ and doc[last + 1].text[:1].isupper():
            last += 2  # "[Karameh]-Trebil"
        if first > 0 and doc[first - 1].lower_ == "the" and any(
                doc[k].lower_ in works for k in range(last, min(len(doc), last + 2))):
            del ranges[start]
        elif end - start == 1 and doc[start].is_alpha \
                and 0 < start and end < len(doc) and doc[start - 1].text == "(" \
                and doc[end].text == ")" \
                and not any(e == start - 1 for e in ranges.values()) \
                and (doc[start].text.isupper() or start >= 2
                     and doc[start - 2].lower_ in words("committee_nouns")):
            # ("the Trade Committee (Jefco)": a body's short name)
            del ranges[start]
            short_names.add(doc[start].text)
    for start, end in list(ranges.items()):
        if doc[start:end].text in short_names:
            del ranges[start]  # "a sixth Jefco in the spring": the body again


def drop_bodies_with_titles(doc, ranges: dict[int, int], world: World) -> None:
    """ "called on [PARTY Chairperson] and former Prime Minister NAME", "with [CITY Mayor]
    NAME": an acronym or a place and the title after it, no more, name a body's or a
    city's office, not a person."""
    for start, end in list(ranges.items()):
        if end - start != 2 or doc[start + 1].lower_ in _NAME_FORMING_HONORIFICS \
                or world.title(doc[start + 1].lower_) is None:
            continue
        first = doc[start]
        if first.is_alpha and len(first.text) > 1 and first.text.isupper() \
                or first.ent_type_ == "GPE" or world.place_by_name(first.text) is not None:
            del ranges[start]


def drop_office_words(doc, ranges: dict[int, int], world: World) -> None:
    """ "Deputy Prime Minister for Defence [Affairs]", "Minister of Commerce, Industry and
    Investment [Promotion]", "Minister of Energy and Energy [Industries]": a one-word name
    that is a word of an office's name (its plural too) ends the office, no person."""
    for start, end in list(ranges.items()):
        if end - start != 1 or start == 0:
            continue
        before = start - 2 if doc[start - 1].lower_ in ("and", "&") and start > 1 else start - 1
        if not doc[before].text[:1].isupper():
            continue  # ("Ports, Shipping and [Waterways]")
        lower = doc[start].lower_
        singular = lower[:-3] + "y" if lower.endswith("ies") else lower.removesuffix("s")
        if _office_word(lower, world) or _office_word(singular, world):
            del ranges[start]


def _portfolio_list_of_office(before, world: World, listed: bool = False) -> bool:
    """``before`` ends in a title, "of"/"for" and capitalised portfolios with a comma
    among them ("Minister of Foreign Affairs, African Integration"), not in a title and
    a list of names ("The two presidents, NAME", "the ministers of the three nations, NAME,
    NAME and NAME"); with ``listed`` (a name after the item) no comma is needed."""
    for k in range(len(before) - 1, -1, -1):
        if world.title(before[k].lower_) is not None:
            return before[k].tag_ not in ("NNS", "NNPS") \
                and k + 1 < len(before) and before[k + 1].lower_ in ("of", "for") \
                and (listed or any(t.text == "," for t in before[k + 1:])) \
                and not any(t.ent_type_ == "PERSON" for t in before[k + 1:]) \
                and _ends_office_qualifier(before, world)
    return False


def trim_names(doc, ranges: dict[int, int], world: World) -> None:
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
                                       or doc[new_end - 1].text.isupper()
                                       and doc[new_end - 1].lower_.replace(".", "")
                                       in words("post_nominals")
                                       or doc[new_end - 1].lower_ in headline
                                       and doc[new_end - 2].lower_ not in NAME_PARTICLES):
            new_end -= 1  # "NAME -", "NAME of", "NAME Call" (the tagger took a word too many)
        # "President NAME Returns Home After …": a title-case headline's verb ends the name
        new_end = next((k for k in range(start + 1, new_end)
                        if doc[k].lower_ in headline and doc[k].text[:1].isupper()
                        and doc[k - 1].lower_ not in NAME_PARTICLES), new_end)
        if all(_rank_or_courtesy(t) for t in doc[start:end]):
            del ranges[start]  # "Lt Gen (ret.) NAME": the tagger's name is the rank alone
            continue
        new_start = start
        # "Sheikh NAME NAME" the world data knows by that name keeps its honorific; so does
        # a leader's given name that is a word of a title but no title, when the world data
        # knows the leader by first and last name ("Duma [Gideon] Boko"; not "King NAME" nor
        # "Grand Duke NAME", titles the world data may keep in an alias).
        known = doc[start].lower_ in _NAME_FORMING_HONORIFICS \
            and bool(world.leaders_named(doc[start:new_end].text)) \
            or world.title(doc[start].lower_) is None \
            and _known_by_first_and_last(doc, start, new_end, world)
        while not known and new_end - new_start > 2 \
                and doc[new_start].lower_ not in NAME_PARTICLES \
                and (world.is_title_word(doc[new_start].lower_)
                     or f"{doc[new_start].lower_} {doc[new_start + 1].lower_}" in _PAIRS
                     or doc[new_start].lower_.rstrip(".") in words("military_ranks")
                     or doc[new_start].lower_.rstrip(".") in words("courtesy_titles")
                     or doc[new_start].lower_ in words("office_nouns") and new_start > 0
                     and doc[new_start - 1].lower_ in ("and", "of", "'s", "’s")):
            new_start += 1
        if new_end - new_start >= 2 and new_start > 0 \
                and world.is_title_word(doc[new_start].lower_) \
                and world.title(f"{doc[new_start - 1].lower_} {doc[new_start].lower_}"):
            new_start += 1  # "Grand [Duke NAME]": the title cut in two is no name
        if (new_start, new_end) != (start, end):
            del ranges[start]
            if not any(s <= new_start < e for s, e in ranges.items()):
                ranges[new_start] = new_end


#: Two-word honorifics whose first word is a name elsewhere ("Tan Sri NAME").
_PAIRS = words("honorific_pairs")


def _rank_or_courtesy(token) -> bool:
    word = token.lower_.rstrip(".")
    return word in words("military_ranks") or word in words("courtesy_titles")


#: A given name's initial: "U." of "U. Khurelsukh".
_INITIAL = re.compile(r"[A-Z]\.")


_APOSTROPHES = re.compile(r"(?<=\w)['’](?=\w)")


def add_surnames(doc, ranges: dict[int, int], index: HitIndex, world: World,
                  story_start: int) -> None:
    """Surnames standing alone ("..., Ruto said"), which the tagger often misses.

    A capitalised proper noun counts when it is the last word of a full name found in
    the story, or the surname of a serving leader the world data knows.
    """
    covered = {i for s, e in ranges.items() for i in range(s, e)}
    surnames = {doc[e - 1].text for s, e in ranges.items() if e - s >= 2}
    # A one-word name a title announced ("Queen Consort Mathilde") is how the story goes on
    # naming that person ("Mathilde later visited …").
    surnames |= {doc[s].text for s, e in ranges.items() if e - s == 1 and title_at_end(
        token_lowers(doc)[max(0, s - TITLE_SPAN):s], world) is not None}
    # "Prabowo" of "Prabowo Subianto", "Lula" of "Luiz Inácio Lula da Silva": the short
    # name the world data knows the person by, named in full in the story.
    surnames |= {alias for s, e in ranges.items() if e - s >= 2
                 for leader in world.leaders_named(doc[s:e].text)
                 for alias in leader.aliases if " " not in alias and alias[:1].isupper()}
    # "Albares" of "José Manuel Albares Bueno", whom the world data knows as "José Manuel
    # Albares": the surname of the leader's name the text's longer name begins with.
    surnames |= {doc[k - 1].text for s, e in ranges.items() if e - s >= 3
                 for k in range(s + 2, e) if doc[k - 1].is_alpha
                 and world.leaders_named(doc[s:k].text)}
    # "Zhou" of "Zhou Ming", "Tran" of "Tran Van Long": family names written first.
    surnames |= {doc[s].text for s, e in ranges.items()
                 if e - s >= 2 and doc[s].lower_ in world.family_names_first}
    # "Takaichi" of "Takaichi Sanae", a name the world data knows given name first
    # ("Sanae Takaichi"): written family name first, as some outlets do.
    surnames |= {doc[s].text for s, e in ranges.items() if e - s == 2 and any(
        leader.name == f"{doc[s + 1].text} {doc[s].text}"
        for leader in world.leaders_named(f"{doc[s + 1].text} {doc[s].text}"))}
    # "SURNAME" alone, the surname of a serving leader the tagger reads as no place nor
    # organisation somewhere in the story: every other "SURNAME" of the story is that
    # person, though the tagger calls one an organisation.
    surnames |= {token.text for token in doc_tokens(doc)
                 if token.pos_ == "PROPN" and token.idx >= story_start and token.is_alpha
                 and token.ent_type_ in ("", "PERSON") and token.text[:1].isupper()
                 and any(not leader.end for leader in world.leaders_named(token.text))}
    # "Budi" of "Budi Santosa": the first word of a two-word name, as Indonesian and Thai
    # stories name a person, when no other name of the story has that word.
    # (A name the tagger calls a person: not "Johor Causeway".)
    words_of_names = [doc[s:e].text.split() for s, e in ranges.items()]
    surnames |= {doc[s].text for s, e in ranges.items() if e - s == 2 and doc[s].is_alpha
                 and all(t.ent_type_ == "PERSON" for t in doc[s:e])
                 and sum(doc[s].text in other for other in words_of_names) == 1}
    # Two-word surnames of longer names ("García Lorca" of "Ana María García
    # Lorca", "Costa da Silva") are names on their own too.
    # The first word is compared without case: "van Weel" opens a sentence as "Van Weel".
    double = {(doc[e - 2].lower_, doc[e - 1].text) for s, e in ranges.items()
              if e - s >= 3 and doc[e - 2].is_alpha and doc[e - 3].text != "-"}
    tokens = doc_tokens(doc)
    firsts = {first for first, _ in double}
    # (a pass over the lower-cased words: most open no such pair)
    for i in [i for i, lower in enumerate(token_lowers(doc)[:-1]) if lower in firsts]:
        token, following = tokens[i], tokens[i + 1]
        pair = (token.lower_, following.text)
        if pair in double and token.idx >= story_start and token.i not in covered \
                and token.i + 1 not in covered and token.i not in index.covered:
            ranges[token.i] = token.i + 2
            covered |= {token.i, token.i + 1}
    for token in tokens:
        if token.idx < story_start or token.i in covered or token.i in index.covered:
            continue
        # "Sa'ar", "O'Brien": an apostrophe inside a name keeps it a word
        if not token.text[:1].isupper() or not _APOSTROPHES.sub("", token.text).isalpha():
            continue
        # A surname of someone named in full is a name even where the tagger, at the
        # start of a sentence, calls it a common noun ("Baker later held…").
        if token.pos_ != "PROPN" and not (token.text in surnames and (
                token.pos_ in ("NOUN", "ADJ", "X") or token.is_sent_start)):
            continue
        if token.ent_type_ in ("DATE", "TIME"):
            if token.text in surnames and token.lower_ not in MONTHS \
                    and token.lower_ not in WEEKDAYS and token.pos_ == "PROPN" \
                    and not token.is_sent_start:
                # "In the afternoon NAME was received …": the tagger takes the surname
                # of one named in full into the time before it (no month: "in May")
                ranges[token.i] = token.i + 1
            continue
        # Part of a longer name ("Ruto Avenue", "Otieno government" stays a name reference).
        if token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN" \
                and doc[token.i + 1].text[:1].isupper():
            continue
        before = doc[token.i - 1] if token.i > 0 else None
        if before is not None and _INITIAL.fullmatch(before.text) and before.i not in covered \
                and token.text in surnames:
            # "received by U. Khurelsukh": the surname of a name told in full, with the
            # initial of its given name
            ranges[before.i] = token.i + 1
            continue
        if before is not None and before.pos_ == "PROPN" and before.i not in covered \
                and before.text[:1].isupper() and not world.title(before.lower_) \
                and not _is_rank(before) \
                and not (token.text in surnames and _rank_or_courtesy(before)) \
                and before.ent_type_ not in ("DATE", "TIME"):
            continue  # but "On Wednesday Abiy will meet …": a day, then the name; "Adm"
            # (and "H.E. NAME": a courtesy title before a surname the story gave in full)
        # The tagger often calls a lone surname a place or an organisation; the name
        # found in full earlier in the story outweighs that guess, world data alone not.
        known = token.text in surnames or (
            token.ent_type_ not in ("GPE", "LOC", "ORG", "NORP", "FAC")
            and any(not leader.end for leader in world.leaders_named(token.text)))
        if known and clean_person(doc, token.i, token.i + 1, index, world):
            ranges[token.i] = token.i + 1
        elif token.text in surnames and world.title(token.lower_) is not None \
                and (before is None or before.lower_ not in ("the", "a", "an", "'s", "’s")
                     and not before.text[:1].isupper()):
            # "Madeleine King … King said": the surname of someone named in full, though
            # a title's word, alone and with no name after it (not "King Charles")
            ranges[token.i] = token.i + 1
