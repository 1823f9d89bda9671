"""Offices written around a name: before it ("President of Belarus NAME", "Belarusian
President NAME"), with a long qualifier ("Minister of Foreign Affairs, Trade and ...,
NAME") or in apposition after it ("NAME, the Belarusian President,").
"""

from __future__ import annotations

from dataclasses import replace

from ..world import World
from .facts import Position
from .rules import entries, words
from .tokens import (
    INSTITUTION_WORDS,
    OFFICE_JOINERS,
    PAST_WORDS,
    QUALIFIER_PREPOSITIONS,
    TITLE_SPAN,
    HitIndex,
    brackets_before,
    cell_start,
    is_numeral,
    is_style,
    of_before,
    of_state_ending_at,
    opening_phrase_end,
    starts_name,
    state_before,
    state_phrase_after,
    title_at_end,
    title_at_start,
    token_lowers,
)

#: Kinds of organizations.csv that are one state's own bodies: an office of one ("Chairman
#: of the Mazhilis", "State Department spokesperson") is of that state.
STATE_BODY_KINDS = frozenset({"government", "legislature"})


def qualifier_state_after(doc, index: HitIndex, i: int, limit: int = 8,
                           at: bool = False, world: World | None = None
                           ) -> tuple[str | None, int]:
    """The state closing a qualifier after a title: "for Restoration of Ukraine",
    "of the Communist Party of Vietnam"; with ``at``, also through the institution the
    office sits in: "of the Press Office at the Chancellery of the Republic of Austria";
    with ``world``, a body of a state's government or ruling party ("of the General Office
    of the CPC Central Committee"). Returns (iso2, end) or (None, i)."""
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
        if hit and hit.kind == "org" and world is not None \
                and (body := state_body(world, hit.key)) is not None \
                and doc[k - 1].lower_ in ("of", "the"):
            end = hit.end
            while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha \
                    and end not in index.covered and doc[end].ent_type_ != "PERSON":
                end += 1  # "… of the CPC Central Committee"
            return body, end
        token = doc[k]
        if token.lower_ in OFFICE_JOINERS or (at and token.lower_ == "at") or (
                token.text[:1].isupper() and token.is_alpha and k not in index.covered):
            k += 1
            continue
        if token.text == "," and k + 1 < len(doc) and doc[k + 1].text[:1].isupper() \
                and doc[k + 1].is_alpha and doc[k + 1].ent_type_ != "PERSON":
            k += 1  # "for Investments, Trade and Industry of Kenya": a list of portfolios
            limit += 1
            continue
        break
    return None, i


def _qualifier_start_before(doc, index: HitIndex, j: int, end: int, floor: int,
                            world: World) -> int:
    """Where a qualifier that closes with a state at ``end`` begins, scanning back from
    ``j``: the "for"/"of" right after a title ("Minister| for Restoration of Ukraine").
    ``j`` when there is none."""
    for k in range(j, max(floor, j - 6), -1):
        token = doc[k]
        if token.lower_ in ("for", "of") and \
                title_at_end([t.lower_ for t in doc[max(floor, k - TITLE_SPAN):k]], world):
            state, stop = qualifier_state_after(doc, index, k)
            if state is not None and stop == end:
                return k
        if not (token.lower_ in OFFICE_JOINERS
                or (token.text[:1].isupper() and token.is_alpha)):
            break
    return j


def _office_right_before(doc, j: int, floor: int, world: World) -> bool:
    """An office that is neither a style nor a diplomat's rank ends right before token
    ``j`` ("spokesman" in "presidential spokesman Ambassador NAME")."""
    found = title_at_end([t.lower_ for t in doc[max(floor, j - TITLE_SPAN):j]], world) \
        if j > floor else None
    return found is not None and found[1].kind != "diplomat" and not is_style(found[1])


def _past_before(doc, j: int) -> bool:
    """ "former President", "ex-President", "then-President": an office no longer held."""
    k = j - 1
    if k >= 0 and doc[k].text == "-":
        k -= 1
    # "Then Prime Minister NAME and … held talks": a sentence's opening "Then" is the next
    # step of the story, not "then-Prime Minister".
    return k >= 0 and doc[k].lower_ in PAST_WORDS \
        and not (doc[k].is_sent_start and doc[k].text == "Then" and k == j - 1)


def office_state_before(doc, index: HitIndex, j: int, world: World) -> str | None:
    """The state of a title starting at token ``j``: "Belarusian President", "Chinese
    Foreign Ministry spokesperson", "Kremlin spokesman" (a venue stands for its state)."""
    state, _ = state_before(doc, index, j)
    if state:
        return state
    k = j
    while k > 0 and j - k < 3 and doc[k - 1].lower_ in INSTITUTION_WORDS:
        k -= 1
    if k < j:
        state, _ = state_before(doc, index, k)
        if state:
            return state
    hit = index.by_end.get(k)
    if hit is None and k > 0 and doc[k - 1].lower_ in ("'s", "’s"):
        hit = index.by_end.get(k - 1)  # "The Kremlin's spokesperson"
    if hit is not None and hit.kind == "place":
        place = world.locality(hit.key)
        if place is not None and (place.kind == "venue" or k == j and hit.start > 0
                                  and place.kind in ("city", "region") and doc[hit.start - 1]
                                  .lower_ not in words("place_before_words") | {"at", "from"}):
            # "Kremlin spokesman": a venue stands for its state; "Busan Mayor", "Texas
            # Governor": the office of a city or a region is one of its state (not "met in
            # Riyadh Crown Prince NAME"; nor a mere town's name, "Commonwealth")
            return place.iso2
    for before in (index.by_end.get(j), hit):
        if before is not None and before.kind == "org" \
                and (body := state_body(world, before.key)) is not None:
            return body  # "State Department spokesperson": a state's own institution
    return None


def _of_region_at(doc, index: HitIndex, k: int, world: World):
    """ "of [the] Kurdistan Region" at token ``k``: the span naming the region and its
    place, or None (a city, a state, anything else)."""
    if k + 1 >= len(doc) or doc[k].lower_ != "of":
        return None
    start = k + 1 + (doc[k + 1].lower_ == "the")
    hit = index.by_start.get(start)
    if hit is None or hit.kind != "place" or (place := world.locality(hit.key)) is None \
            or place.kind != "region":
        return None
    return doc[k + 1:hit.end], place


def _region_right_before(doc, index: HitIndex, j: int, world: World):
    """ "Queensland Premier NAME", "Greenland's premier": the region named right before the
    title at token ``j`` and its place (not "met in Riyadh Crown Prince NAME"), or None."""
    if j > 1 and doc[j - 1].lower_ in ("'s", "’s"):
        j -= 1
    hit = index.by_end.get(j)
    if hit is None or hit.kind != "place" or (place := world.locality(hit.key)) is None \
            or place.kind != "region" or hit.start > 0 and doc[hit.start - 1].lower_ in (
                words("place_before_words") | {"at", "from"}):
        return None
    return doc[hit.start:hit.end], place


def _region_head_role(doc, title_start: int, title_end: int, region, place, info
                     ) -> str | None:
    """ "Premier of Ontario", "Queensland Premier", "President of Zanzibar": a head's title
    a region (not a state) qualifies is that region's own office, written out with the
    region's name ("Premier of Ontario"): its holder is no head of the state the region
    lies in.  ``region`` is the span naming it; None for other titles and places."""
    if info.kind not in ("head_of_state", "head_of_government") or place.kind != "region":
        return None
    title = " ".join(t.text if t.text[:1].isupper() or t.lower_ in OFFICE_JOINERS
                     else t.text.capitalize() for t in doc[title_start:title_end])
    return f"{title} of {region.text}"


def heads_a_body(role: str) -> bool:
    """An office of an international body, its rank words aside ("Secretary-General",
    "Deputy Secretary-General", "Assistant Director-General")."""
    words_ = role.lower().split()
    while len(words_) > 1 and words_[0] in words("rank_words"):
        words_ = words_[1:]
    return " ".join(words_) in words("body_roles")


def position_before(doc, index: HitIndex, start: int, world: World) -> Position | None:
    """The office written right before a name: "President of Belarus", "Belarusian President".

    Honorifics ("His Highness Sheikh") are skipped, never an office; a royal style such as
    "Prince" counts only when no office stands before it ("Foreign Minister Prince X").
    """
    return _office_before(doc, index, start, world)[0]


#: {"king", "queen"}: a monarch's title and the consort's, two persons when joined by "and"
_MONARCH_AND_CONSORT = frozenset(frozenset((row["consort"].lower(), row["monarch"].lower()))
                                 for row in entries("consort_titles"))


def offices_before(doc, index: HitIndex, start: int, world: World) -> list[Position]:
    """Every office written right before a name, in text order: the one of
    :func:`position_before` and those joined to it by "and" or a spaced dash
    ("Prime Minister and Minister of Defence NAME"), which share its state ("Kuwait's
    Prime Minister and ...")."""
    position, title_start = _office_before(doc, index, start, world)
    return _with_joined_offices(doc, index, position, title_start, world)


def _with_joined_offices(doc, index: HitIndex, position: Position | None, title_start: int,
                         world: World, bare: bool = False) -> list[Position]:
    """The office ``position`` starting at ``title_start`` and, before it, the offices
    joined to it by "and" or a spaced dash, all of the state stated before the first.
    With ``bare``, a joined office may not follow a determiner or a preposition of an
    office ("the Crown Prince and Minister of …", "Adviser to the Prime Minister and …"
    speak of another person)."""
    if position is None or position.org is not None \
            or position.role.lower() in words("body_roles"):
        # "The Prime Minister and Secretary General NAME": an office heading an
        # international body shares no "and" with a state's office; two persons are meant.
        return [position] if position else []
    sent_start = doc[title_start].sent.start
    lowers = token_lowers(doc)
    joined: list[Position] = []
    k = title_start
    if k - 3 > sent_start and lowers[k - 2] == "and" and doc[k - 1].is_alpha \
            and doc[k - 1].pos_ in ("NOUN", "PROPN", "ADJ") and doc[k - 1].whitespace_:
        # "… and Climate Envoy NAME", "… and government spokesperson NAME": the word that
        # qualifies the last title is part of it
        k -= 1
    info = world.title(position.role.lower())
    if info is not None and info.kind == "legislator" and k - 1 > sent_start \
            and (found := title_at_end(lowers[max(sent_start, k - TITLE_SPAN):k], world)) \
            and not is_style(found[1]):
        # "Deputy Prime Minister and Foreign Minister Senator NAME": the seat in the
        # chamber written after the offices, which come first
        k -= found[0]
        joined.insert(0, Position(portfolio_role(doc, k, found[1], world), None,
                                  former=position.former))
    if info is not None and info.kind == "royal" and k - 1 > sent_start \
            and (found := title_at_end(lowers[max(sent_start, k - TITLE_SPAN):k], world)) \
            and found[1].kind == "royal" and not is_style(found[1]) \
            and found[1].role != position.role:
        # "the Yang di-Pertuan Agong Sultan NAME": a monarch's office written right before
        # the royal title the name goes with; both are the person's
        k -= found[0]
        joined.insert(0, Position(found[1].role, None, former=position.former))
    # "Deputy Prime Minister - Minister of Foreign Affairs NAME": a spaced dash joins too.
    # ", and Minister for Foreign Affairs, NAME": the comma before "and" ends the item
    # before, the offices of another name.
    while k - 2 > sent_start and (lowers[k - 1] == "and" and doc[k - 2].text != ","
                                  or lowers[k - 1] in ("-", "–", "—")
                                  and doc[k - 2].whitespace_ and doc[k - 1].whitespace_):
        found = title_at_end(lowers[max(sent_start, k - 1 - TITLE_SPAN):k - 1], world)
        if found is None and (qualified := _office_with_qualifier_ending_at(
                doc, index, k - 1, world)) is not None and qualified[0].org is None:
            # "Minister of Government Communication and government spokesperson NAME": a
            # title with a portfolio the title list does not know
            if bare and _after_determiner_or_preposition(doc, qualified[1]):
                break
            k = qualified[1]
            joined.insert(0, replace(qualified[0], state=None, former=position.former))
            continue
        if found is None or is_style(found[1]) or heads_a_body(found[1].role):
            break  # "the Secretary-General and Minister NAME co-chaired": two persons
        if info is not None and {found[1].kind, info.kind} == {"royal", "head_of_state"}:
            break  # "His Highness the Amir and President NAME spoke": a monarch, a president
        if frozenset((found[1].role.lower(), position.role.lower())) in _MONARCH_AND_CONSORT:
            break  # "The King and Queen NAME landed": the monarch and the consort
        if bare and _after_determiner_or_preposition(doc, k - 1 - found[0]):
            break
        k = k - 1 - found[0]
        joined.insert(0, Position(portfolio_role(doc, k, found[1], world), None,
                                  former=position.former))
    if not joined:
        return [position]
    state = position.state or office_state_before(doc, index, k, world)
    return [replace(p, state=state) for p in [*joined, position]]


def office_before_the_comma(doc, index: HitIndex, start: int, world: World
                            ) -> Position | None:
    """ "the Swiss foreign minister, Federal Councillor NAME": the office written before the
    comma that opens the title next to the name (its state with it), or None."""
    position, title_start = _office_before(doc, index, start, world)
    if position is None:
        return None
    k = title_start
    while k > 0 and doc[k - 1].lower_.rstrip(".") in words("courtesy_titles"):
        k -= 1
    return _office_before_comma_at(doc, index, k, start, world)


def office_before_a_qualified_office(doc, index: HitIndex, address: int, world: World,
                                     names: frozenset[int] | None = None) -> Position | None:
    """ "The Senior Minister, Minister of Trade, Industry and X, Mrs. NAME": the
    office written before the comma that opens a long office the name's address closes
    (:func:`offices_with_qualifier_before`), or None."""
    found = _office_with_qualifier_ending_at(doc, index, address, world, names)
    return None if found is None else _office_before_comma_at(doc, index, found[1],
                                                              address, world)


def _office_before_comma_at(doc, index: HitIndex, k: int, start: int, world: World
                            ) -> Position | None:
    """The office ending at the comma right before token ``k`` (where the office next to
    the name at ``start`` begins), stated with its state or after a determiner."""
    if k < 2 or doc[k - 1].text != "," or doc[k - 1].sent.start != doc[start].sent.start:
        return None
    earlier, earlier_start = _office_before(doc, index, k - 1, world)
    if earlier is None:
        # "the Minister of Power, Chief NAME": an office whose portfolio the world data
        # does not list, read forward from its determiner up to the comma
        earlier, earlier_start = _office_from_determiner_to(doc, index, k - 1, world)
    if earlier is None and (qualified := _office_with_qualifier_ending_at(
            doc, index, k - 1, world)) is not None:
        # "Saudi Arabia's envoy for Lebanon, Prince NAME": an office with its qualifier
        earlier, earlier_start = qualified
    # (an office of a body too: "the AU Chairperson, President NAME of X")
    if earlier is None or earlier_start == 0 \
            or not (earlier.state or earlier.org
                    or doc[earlier_start - 1].lower_ in words("determiners")):
        return None
    opening = earlier_start - 1 if doc[earlier_start - 1].lower_ in words("determiners") \
        else earlier_start
    if opening > 1 and doc[opening - 1].text == "," and doc[opening - 2].pos_ == "PROPN" \
            and doc[opening - 2].ent_type_ not in ("DATE", "TIME"):
        # "NAME2, the finance minister, Senator NAME": NAME2's apposition (not "Late on
        # Monday, the Vice President, Senator NAME")
        return None
    return earlier


def _office_from_determiner_to(doc, index: HitIndex, comma: int, world: World
                               ) -> tuple[Position | None, int]:
    """An office that opens after a determiner and ends right at ``comma``."""
    floor = max(doc[comma].sent.start + 1, comma - _OFFICE_SPAN)
    for j in range(comma - 1, floor - 1, -1):
        if doc[j - 1].lower_ in words("determiners") \
                and (parsed := office_at(doc, index, j, world)) is not None \
                and parsed[1] == comma:
            return parsed[0], j
    return None, comma


#: How many tokens an office written out ("the Minister of Industry, Trade and Tourism")
#: may take.
_OFFICE_SPAN = 10


#: Ranks that may stand between an office and its holder's name ("army commander General
#: NAME"), written capitalised.
_RANKS = words("military_ranks") | words("ranks_after_offices")


def _office_before(doc, index: HitIndex, start: int, world: World
                   ) -> tuple[Position | None, int]:
    """:func:`position_before` and where its title starts."""
    sent_start = cell_start(doc, start, doc[start].sent.start)
    if (chamber := _office_comma_chamber(doc, index, start, sent_start, world)) is not None:
        return chamber
    if (opening := brackets_before(doc, start, sent_start)) is not None:
        start = opening  # "Speaker of the Islamic Consultative Assembly (Majlis) NAME"
    # "... of [the] Republic of Belarus NAME"
    state, j = of_state_ending_at(doc, index, start, sent_start)
    if state is None:
        state, j = _of_place_ending_at(doc, index, start, sent_start, world)
    style = None
    portfolio_words = None
    while True:
        window = [t.lower_ for t in doc[max(sent_start, j - TITLE_SPAN):j]]
        found = title_at_end(window, world) if window else None
        if found is None and j - 1 > sent_start and is_numeral(doc[j - 1]) \
                and (numbered := title_at_end(window[:-1], world)) is not None \
                and not is_style(numbered[1]):
            # "Minister of Defence II NAME": the numeral closes the office.
            j -= 1
            found = numbered
        if found is None and j - 1 > sent_start and doc[j - 1].text[:1].isupper() \
                and doc[j - 1].lower_.rstrip(".") in _RANKS:
            # "army commander General NAME": the rank between the office and the name
            k = j - 1
            while k - 1 > sent_start and doc[k - 1].text[:1].isupper() \
                    and doc[k - 1].lower_.rstrip(".") in _RANKS:
                k -= 1
            ranked = [t.lower_ for t in doc[max(sent_start, k - TITLE_SPAN):k]]
            if ranked and (before_rank := title_at_end(ranked, world)) is not None \
                    and not is_style(before_rank[1]):
                j, window, found = k, ranked, before_rank
        if found is None and state is not None:
            # "Deputy Prime Minister for Restoration of Ukraine NAME"
            k = _qualifier_start_before(doc, index, j, start, sent_start, world)
            if k < j:
                if doc[k].lower_ == "of" and all(
                        t.lower_ in OFFICE_JOINERS or (t.text[:1].isupper() and t.is_alpha)
                        for t in doc[k + 1:j]):
                    # "Minister of Trade and Industry of Ghana": the words up to the state
                    # are the portfolio of a bare "Minister"
                    portfolio_words = doc[k + 1:j]
                j = k
                window = [t.lower_ for t in doc[max(sent_start, j - TITLE_SPAN):j]]
                found = title_at_end(window, world) if window else None
        if found is None:
            break
        length, info = found
        if (info.kind == "diplomat" or length == 1 and doc[j - 1].lower_ in _RANKS) \
                and _office_right_before(doc, j - length, sent_start, world):
            # "presidential spokesman Ambassador NAME": the rank of a career diplomat
            # holding another office, which is the one stated before it; so is "Palace
            # Press Officer Undersecretary NAME" (a rank of `ranks_after_offices.txt`)
            j -= length
            continue
        if is_style(info):
            style = style or (info, j - length)
            j -= length
            state = None  # "Foreign Minister Prince X of ...": the state went with the style
            # "Emir of Qatar Sheikh NAME": the state of the office before the style.
            state, j = of_state_ending_at(doc, index, j, sent_start)
            continue
        j -= length
        if _complement_of_office(doc, j):
            return None, j
        title_at = j
        former = _past_before(doc, j) or (
            # "former Nigerian President", "ex-Lebanese President"
            (hit := index.state_or_demonym_ending_at(j)) is not None
            and _past_before(doc, hit.start))
        role = portfolio_role(doc, j, info, world)
        if info.composed and state is None and (body := index.covered.get(j)) is not None \
                and body.kind == "org" and body.start < j and state_body(world, body.key) is None:
            # "European Parliament President NAME": the chamber's word is the end of an
            # international body's name; the office is the body's, of no state
            return Position(doc[body.end:j + length].text, None, body.key, former=former), \
                body.start
        if role in _PORTFOLIO_TITLES and portfolio_words:
            # a portfolio the world data knows ("of Trade [and Industry]") by its name
            known = title_at_start([t.lower_ for t in doc[j:portfolio_words.end]], world)
            role = known[1].role if known and j + known[0] > portfolio_words.start \
                else f"{role} of {portfolio_words.text}"
        elif role in _PORTFOLIO_TITLES and (
                portfolio := _portfolio_before(doc, index, j, world)):
            j, role = portfolio[0], f"{role} of {portfolio[1]}"
        elif role.startswith("Minister of ") and doc[j].lower_ == "minister" \
                and (portfolio := _portfolio_before(doc, index, j, world)) \
                and any(t.lower_ == "and" for t in doc[portfolio[0]:j - 1]):
            # "Energy and Natural Resources Minister": the whole portfolio, not its last word
            j, role = portfolio[0], f"Minister of {portfolio[1]}"
        elif role.startswith("Minister of ") and doc[j].lower_ != "minister" and j > 1 \
                and (portfolio := _portfolio_before(
                    doc, index, j - 1 if doc[j - 1].lower_ == "and" else j, world)):
            # "Trade and Industry Minister", "Coastal Fisheries Minister": the words before
            # a portfolio the world data knows belong to it.
            title_end = next((i for i in range(j, j + length) if doc[i].lower_ == "minister"),
                             j + length)
            j, role = portfolio[0], "Minister of " + " ".join(
                t.text for t in doc[portfolio[0]:title_end])
        if (chamber := _its_chamber_office(doc, index, j, length, sent_start, world)):
            role = chamber  # "the Senate of Chile and its President, NAME"
        if (region := _of_region_at(doc, index, title_at + length, world)
                or _region_right_before(doc, index, title_at, world)) is not None:
            role = _region_head_role(doc, title_at, title_at + length, *region, info) or role
        if state is None:
            state = office_state_before(doc, index, j, world)
        if state is None and (counterpart := counterpart_word_end(doc, j)) is not None:
            # "his Chilean counterpart, Foreign Minister NAME": the counterpart's state
            state, _ = state_before(doc, index, counterpart - 1)
        if state is None and (ranked := _rank_start(doc, j)) < j:
            # "Chile's Executive Vice President NAME": the state stands before the rank word.
            state = office_state_before(doc, index, ranked, world)
        if state is None and (org := _org_of_office(doc, index, j, start)):
            if (body := state_body(world, org)) is not None:
                return Position(role, body, former=former), j  # "of the Mazhilis": Kazakh
            return Position(role, None, org, former=former), j
        return Position(role, state, former=former), j
    if style is not None and style[0].kind != "honorific":
        info, j = style
        return Position(info.role, office_state_before(doc, index, j, world)), j
    return None, start


def _office_comma_chamber(doc, index: HitIndex, j: int, floor: int, world: World
                          ) -> tuple[Position, int] | None:
    """ "the Speaker, Lok Sabha, Shri NAME", "the Deputy Chairman, Rajya Sabha, NAME": the
    office of the chamber written after it between commas (Indian usage), of the chamber's
    state; None otherwise."""
    hit = index.by_end.get(j)
    if hit is None or hit.kind != "org" or hit.start - 2 <= floor \
            or doc[hit.start - 1].text != "," \
            or (org := world.org_by_name(hit.key)) is None or org.kind != "legislature":
        return None
    comma = hit.start - 1
    found = title_at_end([t.lower_ for t in doc[max(floor, comma - TITLE_SPAN):comma]], world)
    if found is None or is_style(found[1]):
        return None
    title = " ".join(t.lower_ for t in doc[comma - found[0]:comma])
    info = world.title(f"{title} of the {org.name.lower()}")
    if info is None or info.kind != "legislator":
        return None
    return Position(info.role, org.iso2), comma - found[0]


def _its_chamber_office(doc, index: HitIndex, j: int, length: int, floor: int,
                        world: World) -> str | None:
    """ "a delegation of the National Assembly led by its President": the office of the
    chamber "its" stands for, the last one named shortly before in the sentence ("President
    of the National Assembly"), or None."""
    if j - 1 < floor or doc[j - 1].lower_ != "its":
        return None
    reach = max(floor, j - 1 - _CHAMBER_REACH)
    if j - 1 == floor:
        if floor == 0:
            return None
        # "Spain's Senate … was represented by NAME. Its president, NAME2, did not
        # travel": the chamber the sentence before names
        floor = reach = doc[floor - 1].sent.start
    title = " ".join(t.lower_ for t in doc[j:j + length])
    for k in range(j - 2, reach - 1, -1):
        if doc[k].lower_ not in words("legislature_nouns"):
            continue
        start = k
        while start - 1 > floor and doc[start - 1].pos_ in ("PROPN", "ADJ") \
                and doc[start - 1].text[:1].isupper():
            start -= 1  # "the National Assembly", "the Federal Council"
        # "the Chamber of Deputies" named whole; the chamber's noun alone only when no
        # "of" goes on to something else than a state ("the Chamber of Commerce").
        end = k + 1
        if end < j - 1 and doc[end].lower_ == "of" \
                and not state_phrase_after(doc, index, end)[0]:
            end += 1
            while end < j - 1 and doc[end].text[:1].isupper() and doc[end].is_alpha:
                end += 1
        bodies = [doc[start:end]] if end > k + 1 else [doc[start:k + 1], doc[k:k + 1]]
        for body in bodies:
            info = world.title(f"{title} of the {body.text.lower()}")
            if info is not None and info.kind == "legislator":
                return info.role
        return None
    return None


#: How many tokens before "its" the chamber it stands for may be named.
_CHAMBER_REACH = 12


def counterpart_word_end(doc, start: int) -> int | None:
    """Where "counterpart"/"colleague" ends right before the name at ``start`` (a comma
    between allowed); None when there is none."""
    j = start
    while j > 0 and doc[j - 1].lower_.rstrip(".") in words("courtesy_titles"):
        j -= 1  # "his counterpart, H.E. NAME"
    if j > 0 and doc[j - 1].text == ",":
        j -= 1
    if j == 0 or doc[j - 1].lemma_.lower() not in words("counterpart_words"):
        return None
    return j


#: Most words of a portfolio written before "Minister" ("Trade and Industry Minister").
_PORTFOLIO_SPAN = 5


def _portfolio_before(doc, index: HitIndex, j: int, world: World) -> tuple[int, str] | None:
    """ "Rural Development Minister", "Trade and Industry Minister": the capitalised
    words of a portfolio the world data does not list, before a bare "Minister" at ``j``;
    (where they start, the portfolio) or None."""
    not_portfolio = words("rank_words") | words("courtesy_titles") | words("past_words") \
        | words("not_portfolio_words")
    # "Lazaro and External Affairs Minister NAME": a word the story writes as a person's
    # last name ("Theresa Lazaro") is that person beside the minister, not a portfolio.
    surnames = {ent[-1].text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1}
    k = j
    while k > 0 and j - k < _PORTFOLIO_SPAN:
        token = doc[k - 1]
        if token.lower_ == "and" and k < j and k - 1 > 0 and doc[k - 2].text[:1].isupper():
            k -= 1
            continue
        hit = index.covered.get(token.i)
        if not (token.is_alpha and token.text[:1].isupper()
                and token.pos_ in ("PROPN", "NOUN", "ADJ") and token.ent_type_ in ("", "ORG")
                and (hit is None or hit.kind == "org")  # "CARICOM Affairs", not "Kenyan"
                and token.lower_ not in not_portfolio and world.title(token.lower_) is None) \
                or token.text in surnames or _after_an_initial(token):
            break
        k -= 1
    if k < j and doc[k].lower_ == "and":
        k += 1
    if k == j or j - k == 1 and doc[k].lower_ in ("affairs", "matters"):
        return None  # "… Affairs Minister" cut short: no portfolio rather than half of one
    if k > 1 and (doc[k - 1].lower_ == "of"
                  or doc[k - 1].lower_ == "the" and doc[k - 2].lower_ == "of"):
        return None  # "Member of the CPC Central Committee and Foreign Minister"
    return k, " ".join(t.text for t in doc[k:j])


def _after_an_initial(token) -> bool:
    """ "of Mongolia D. Tsogtbaatar and Foreign Minister": a word after a given name's
    initial is a surname."""
    before = token.doc[token.i - 1] if token.i else None
    return before is not None and len(before.text) == 2 and before.text[0].isupper() \
        and before.text[1] == "."


def _rank_start(doc, j: int) -> int:
    """Where the capitalised rank words written before a title starting at ``j`` begin
    ("Executive Vice President", "Acting Deputy Minister"); ``j`` when there are none."""
    ranks = words("rank_words")
    k = j
    while k > 0 and j - k < 2 and doc[k - 1].lower_ in ranks and doc[k - 1].text[:1].isupper():
        k -= 1
    return k


#: Parts of speech a qualifier after a title may hold ("of Foreign Affairs, Trade and
#: Nationals Abroad", "of the Republic of Chile in Peru").
_QUALIFIER_POS = frozenset({"PROPN", "NOUN", "ADJ", "ADP", "CCONJ", "DET", "PUNCT", "PART"})
#: Longest qualifier looked through, in tokens.
_QUALIFIER_SPAN = 16


def offices_with_qualifier_before(doc, index: HitIndex, j: int, world: World,
                                  names: frozenset[int] | None = None) -> list[Position]:
    """An office whose title is followed by a longer qualifier before the name or its
    comma: "Minister of Foreign Affairs, Trade and Nationals Abroad, NAME",
    "minister of energy and water resources, NAME", with the offices joined before it
    ("Deputy Prime Minister and Minister of Industries, Mines and Energy NAME").  The
    state is the first state or demonym of the qualifier, else one right before the
    title."""
    found = _office_with_qualifier_ending_at(doc, index, j, world, names)
    if found is None:
        return []
    position, title_start = found
    if position.state is not None:
        return [position]  # the qualifier's state is the last office's alone
    return _with_joined_offices(doc, index, position, title_start, world, bare=True)


def _after_determiner_or_preposition(doc, start: int) -> bool:
    return start > 0 and (doc[start - 1].lower_ in words("determiners")
                          or doc[start - 1].lower_ in QUALIFIER_PREPOSITIONS)


def _office_with_qualifier_ending_at(doc, index: HitIndex, j: int, world: World,
                                     names: frozenset[int] | None = None
                                     ) -> tuple[Position, int] | None:
    """The office of :func:`offices_with_qualifier_before` and where its title starts."""
    sent_start = cell_start(doc, j, doc[j - 1].sent.start) if j > 0 else 0
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
        if token.pos_ not in _QUALIFIER_POS and k not in index.covered \
                and not (token.text[:1].isupper() and token.is_alpha):
            return None  # ("… and Ivorians Abroad, NAME": a capitalised word of any kind)
        if token.text in ('"', "“", "”", "(", ")", ";", ":", ".", "!", "?"):
            return None  # ("with the King of Bhutan. Mr. NAME said": another sentence)
        if token.lower_ in ("and", "or") and k > floor and doc[k - 1].text == ",":
            return None  # ", and NAME": the list's next item, not the office's qualifier
        if (k in names if names is not None else token.ent_type_ == "PERSON") \
                and k not in index.covered and token.lower_ not in world.portfolios:
            return None  # "Minister of X NAME, NAME2": the office is NAME's, not NAME2's
        if token.lower_ not in QUALIFIER_PREPOSITIONS:
            continue
        found = title_at_end([t.lower_ for t in doc[max(floor, k - TITLE_SPAN):k]], world) \
            or _title_around_a_state(doc, index, k, j, floor, world)
        if found is None or is_style(found[1]):
            continue
        length, info = found
        if info.kind == "legislator" and _committee_in(doc, k, j):
            continue  # "Chairman of the Federation Council Committee on …": the committee's
        title_start = k - length
        if _past_before(doc, title_start):
            return None
        if _complement_of_office(doc, title_start):
            # "Special Envoy of the Secretary-General on X, NAME": the office whose envoy
            # NAME is; the title before it is NAME's
            continue
        longer = title_at_start(token_lowers(doc)[title_start:j], world)
        if longer is not None and longer[1].kind == "legislator" \
                and _committee_in(doc, title_start + longer[0], j):
            longer = None  # "chairman of the Sejm Foreign Affairs Committee": no speaker
        if longer is not None and longer[0] > length and not is_style(longer[1]):
            info = longer[1]  # "Minister of Foreign Affairs and Tourism": its first portfolio
        elif (bare := _title_without_states(doc, index, title_start, j, world)) is not None:
            info = bare  # "President of the Paraguayan Congress": of the Congress
        # "Ambassador to Turkey", "ambassador in Algeria": the state named after "to"/"in"
        # is the host; the office is of the state before the title ("US ambassador").
        host_qualifier = doc[k].lower_ in ("to", "in", "at")
        state = office_state_before(doc, index, title_start, world) if host_qualifier else None
        for m in range(k, j):
            if state is not None or (m > k and doc[m].lower_ in ("to", "in", "at")):
                break  # "of the African Union to Sudan": Sudan is the host
            hit = index.by_start.get(m)
            if hit is not None and hit.kind in ("state", "demonym") and not host_qualifier \
                    and not (info.kind == "diplomat" and doc[m - 1].lower_ in ("for", "on")):
                # (not "Special Envoy for Yemen", "on Yemen": the state the envoy deals with)
                state = hit.key
        if state is None and not host_qualifier:
            state = office_state_before(doc, index, title_start, world)
        if state is None and not host_qualifier \
                and (ranked := _rank_start(doc, title_start)) < title_start:
            # "National Security Council Senior Director for …": before the rank word
            state = office_state_before(doc, index, ranked, world)
        org = None if state else _org_of_office(doc, index, title_start, j)
        if org is not None and (body := state_body(world, org)) is not None:
            state, org = body, None
        role = portfolio_role(doc, title_start, info, world)
        if doc[k].lower_ in ("of", "for") and info.role in _PORTFOLIO_TITLES \
                and (portfolio := _portfolio_after(doc, index, k + 1, j)):
            # "Minister of Culture, Sports and Tourism", "Minister for Pacific Island Affairs";
            # "Deputy Assistant Secretary for East Asian Affairs" keeps its rank words
            role = f"{role} {doc[k].lower_} {portfolio}"
        elif state is None and org is None and heads_a_body(role) \
                and (body := _state_body_words(doc, index, k, j)) is not None:
            role = f"{role} {body}"  # "the Director General of the Guardia Civil, NAME"
        return Position(role, state, org), title_start
    return None


def _title_around_a_state(doc, index: HitIndex, k: int, end: int, floor: int, world: World
                          ) -> tuple[int, object] | None:
    """ "the commander of the Peruvian Army": no title ends at the "of" at ``k``, but one
    runs through it once the state's words are left out ("commander of the army"): the
    words from its start to ``k`` and that title."""
    for start in range(max(floor + 1, k - TITLE_SPAN), k):
        if (found := _title_through_a_state(doc, index, start, world, end)) is not None \
                and start + found[0] > k + 1:
            return k - start, found[1]
    return None


def _before_a_state(index: HitIndex, start: int) -> int:
    """Where the words an office's title may take from token ``start`` end: at a state's
    name ("President of the Republic of Kenya" is the President of Kenya, not a
    "President of the Republic" followed by "of Kenya")."""
    return next((k for k in range(start + 1, start + TITLE_SPAN)
                 if (hit := index.by_start.get(k)) is not None and hit.kind == "state"),
                start + TITLE_SPAN)


def _title_through_a_state(doc, index: HitIndex, start: int, world: World,
                           end: int | None = None) -> tuple[int, object, str] | None:
    """A title from ``start`` with a state or demonym inside ("chairman of the US Joint
    Chiefs of Staff", "commander of the Peruvian Army") read without it: how many of the
    text's tokens it covers, its title and the state; None when no state's word stands
    inside a title of at least two words."""
    stop = min(len(doc), start + TITLE_SPAN + 3, end if end is not None else len(doc))
    if not any((hit := index.by_start.get(k)) is not None and hit.kind in ("state", "demonym")
               for k in range(start + 1, stop)) or not world.may_open_title(doc[start].lower_):
        return None
    kept: list[int] = []
    state = None
    k = start
    while k < stop:
        hit = index.covered.get(k)
        if hit is not None and hit.kind in ("state", "demonym") and hit.start == k \
                and state is None and kept:
            state, k = hit.key, hit.end
            continue
        kept.append(k)
        k += 1
    if state is None:
        return None
    found = title_at_start([doc[i].lower_ for i in kept], world)
    if found is None or found[0] < 2 or is_style(found[1]):
        return None
    last = kept[found[0] - 1]
    dropped_inside = any(kept[i + 1] - kept[i] > 1 for i in range(found[0] - 1))
    return (last + 1 - start, found[1], state) if dropped_inside else None


def _state_body_words(doc, index: HitIndex, of: int, end: int) -> str | None:
    """ "of [the] Guardia Civil", "of National Security": the capitalised words after an
    office heading a body ("Director-General") from its "of" at ``of`` up to ``end``,
    when they name a state's own body, not an international one the world data does not
    list ("of the Zorba Organisation"); None otherwise."""
    opening = of + 2 if of + 1 < len(doc) and doc[of + 1].lower_ == "the" else of + 1
    if doc[of].lower_ != "of" or _portfolio_after(doc, index, opening, end) is None \
            or any(t.lower_ in words("international_body_words") for t in doc[opening:end]):
        return None
    while end > opening and doc[end - 1].text in (",", "("):
        end -= 1
    return doc[of:end].text


#: Bare titles a portfolio after "of" completes ("Secretary of National Defense").
_PORTFOLIO_TITLES = frozenset({"Minister", "Secretary"})


def _portfolio_after(doc, index: HitIndex, start: int, end: int) -> str | None:
    """The capitalised words of a portfolio from ``start`` up to the name at ``end`` (its
    comma left out): "National Defense", "Culture, Sports and Tourism"; None when a state,
    a place or a lowercase word stands among them."""
    while end > start and doc[end - 1].text in (",", "("):
        end -= 1
    words_ = doc[start:end]
    if not len(words_) or not words_[0].text[:1].isupper() \
            or words_[-1].text in (",", "and", "&"):
        return None
    for token in words_:
        if token.i in index.covered or not (
                token.text[:1].isupper() and token.is_alpha or token.text in (",", "&", "-")
                or token.lower_ in words("office_name_joiners")):
            return None
    return words_.text


def _past_body_name(doc, j: int) -> int:
    """Past the capitalised words of a body that close a state's office ("premier of the
    DPRK [Cabinet]", "of the Chinese [Central Committee]"): not a name after the office."""
    for k in range(j, min(len(doc), j + 3)):
        if not (doc[k].is_alpha and doc[k].text[:1].isupper()):
            break
        if doc[k].lower_ in words("body_nouns"):
            return k + 1
    return j


def _portfolio_end(doc, index: HitIndex, start: int) -> int:
    """Where the capitalised words of a portfolio starting at ``start`` end: "Rural
    Development", "Ecology, Sustainable Development and Energy" (a comma goes on only to a
    list that "and" closes); not into a name, a state or a lowercase word."""
    def word(k: int) -> bool:
        token = doc[k]
        return token.is_alpha and token.text[:1].isupper() and k not in index.covered \
            and token.ent_type_ != "PERSON"

    k = start
    while k < len(doc):
        if word(k):
            k += 1
        elif doc[k].lower_ in ("and", "&") and k > start and k + 1 < len(doc) and word(k + 1):
            k += 1
        elif doc[k].text == "," and k > start and list_closed_by_and(doc, k + 1, word):
            k += 1
        else:
            break
    return k


def list_closed_by_and(doc, k: int, word) -> bool:
    """From ``k``, words ``word`` accepts (one at least) and commas run into "and" and one
    more such word: a list of portfolios goes on (", and NAME" is the next item of a list
    of persons)."""
    start = k
    while k < len(doc) and (word(k) or doc[k].text == ","):
        k += 1
    return k > start and word(start) and k + 1 < len(doc) and doc[k].lower_ in ("and", "&") \
        and word(k + 1)


def _committee_in(doc, start: int, end: int) -> bool:
    """A noun of a chamber's committee stands between ``start`` and ``end``."""
    return any(t.lower_ in words("committee_nouns") for t in doc[start:end])


def _title_without_states(doc, index: HitIndex, start: int, end: int, world: World):
    """The longest title of the words from ``start`` to ``end`` once the states and
    demonyms inside are left out ("President of the Paraguayan Congress" is a "president
    of the congress"), when it is longer than its first word; else None."""
    kept, dropped = [], False
    for k in range(start, end):
        hit = index.covered.get(k)
        if hit is None or hit.kind not in ("state", "demonym"):
            kept.append(doc[k].lower_)
            continue
        dropped = True
        if k == hit.start and kept[-1:] == ["of"] and hit.end < end \
                and doc[hit.end].lower_ in ("'s", "’s"):
            kept.append("the")  # "President of Portugal's Assembly": of the Assembly
    if not dropped:
        return None
    if kept[-1:] and kept[-1] in ("'s", "’s"):
        kept.pop()
    kept = [w for w in kept if w not in ("'s", "’s")]
    found = title_at_start(kept, world)
    return found[1] if found is not None and found[0] > 1 and not is_style(found[1]) else None


def _acronym_opening(doc, close: int, floor: int) -> int | None:
    """Where a parenthesis closing at ``close`` opens when it holds one acronym ("(WMO)",
    "(CPC)"); None otherwise."""
    k = close - 2
    if k > floor and doc[k].text == "(" and doc[k + 1].text.isupper() \
            and doc[k + 1].text.isalpha() and len(doc[k + 1].text) >= 2:
        return k
    return None


#: Nouns of the events an office holder has ("the State Visit of Prime Minister NAME").
_EVENT_NOUNS = words("visit_nouns") | words("meeting_nouns")


def _complement_of_office(doc, j: int) -> bool:
    """ "Special Assistant to the Prime Minister NAME", "Adviser to the President":
    the title starting at ``j`` names whom another office serves, not NAME's office."""
    k = j
    if k > 1 and doc[k - 1].text.isupper() and doc[k - 1].is_alpha and len(doc[k - 1]) <= 5 \
            and doc[k - 2].lower_ == "the":
        k -= 1  # "Special Envoy of the UN Secretary-General": a body's letters before it
    if k > 0 and doc[k - 1].lower_ == "the":
        k -= 1
    # Not "a message from President X to Sultan NAME": a person's name before "to"; nor
    # "the State Visit of Prime Minister NAME": an event of NAME's, capitalised.
    return k > 1 and doc[k - 1].lower_ in ("to", "of") and doc[k - 2].text[:1].isupper() \
        and doc[k - 2].pos_ in ("PROPN", "NOUN") and doc[k - 2].ent_type_ != "PERSON" \
        and doc[k - 2].lower_ not in _EVENT_NOUNS


def state_body(world: World, name: str) -> str | None:
    """The state whose own body (parliament, ministry) the organisation ``name`` is."""
    org = world.org_by_name(name)
    return org.iso2 if org is not None and org.kind in STATE_BODY_KINDS and org.iso2 else None


def _org_of_office(doc, index: HitIndex, j: int, end: int) -> str | None:
    """The international body an office starting at ``j`` (and ending before ``end``)
    belongs to: "NATO Secretary General", "Secretary-General of the United Nations"."""
    hit = index.by_end.get(j)
    if hit is None and j > 0 and doc[j - 1].lower_ in ("'s", "’s"):
        hit = index.by_end.get(j - 1)
    # "the UN Secretary-General's (Personal) Envoy": the envoy of a body's head is the
    # body's
    owner = next((p for p in (_rank_start(doc, j), j - 1) if p > 1
                  and doc[p - 1].lower_ in ("'s", "’s")), None)
    if hit is None and owner is not None:
        head = next((m for m in range(owner - 2, max(0, owner - 5), -1)
                     if heads_a_body(doc[m:owner - 1].text)), None)
        hit = index.by_end.get(head) if head is not None else None
    if hit is None:
        hit = index.by_start.get(j)  # "Lok Sabha Speaker": the title opens with the body
    if hit is not None and hit.kind == "org":
        return hit.key
    # "SADC Executive Secretary", "ECOWAS Commission President": the body's name before
    # the rank words and its executive's noun
    k = _rank_start(doc, j)
    if k > 0 and doc[k - 1].lower_ in words("executive_body_nouns"):
        k -= 1
    if k < j and (hit := index.by_end.get(k)) is not None and hit.kind == "org":
        return hit.key
    for k in range(j + 1, end):
        hit = index.by_start.get(k)
        if hit is not None and hit.kind == "org" and doc[k - 1].lower_ in ("of", "the"):
            if doc[k - 1].lower_ == "the" and doc[k - 2].lower_ in ("to", "in", "at"):
                # "Permanent Representative to the United Nations": the body is where
                # the envoy is sent; the office is of the sending state.
                continue
            return hit.key
    return None


def portfolio_role(doc, j: int, info, world: World) -> str:
    """"Agriculture Minister" → "Minister of Agriculture" when the title is a bare minister;
    "Deputy Chief of Staff", "Assistant Secretary of State": a rank word written before
    the title stays part of the role."""
    if info.role in _PORTFOLIO_TITLES and j > 0:
        portfolio = world.portfolios.get(doc[j - 1].lower_)
        if portfolio:
            return f"{info.role} of {portfolio}"  # "Health Secretary": Secretary of Health
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


def _of_place_ending_at(doc, index: HitIndex, j: int, floor: int, world: World
                        ) -> tuple[str | None, int]:
    """ "Governor of Texas NAME", "Governor of Lagos State NAME": the state of the city or
    region and where "of" stands, or (None, j)."""
    k = j
    if k - 1 >= floor and doc[k - 1].lower_ in words("subdivision_nouns") \
            and doc[k - 1].text[:1].isupper():
        k -= 1
    hit = index.by_end.get(k)
    if hit is None or hit.kind != "place" \
            or (place := world.locality(hit.key)) is None or not place.iso2 \
            or (of := of_before(doc, hit.start, floor)) is None:
        return None, j
    return place.iso2, of


def office_at(doc, index: HitIndex, j: int, world: World) -> tuple[Position, int] | None:
    """An office starting at token ``j``: "[the] [Belarusian] President [of X]", "a
    vice-chairman of X"."""
    if j < len(doc) and doc[j].lower_ in ("the", "a", "an"):
        j += 1
    state = body = None
    if (hit := index.by_start.get(j)) and hit.kind in ("state", "demonym"):
        state, j = hit.key, hit.end
        if j < len(doc) and doc[j].lower_ in ("'s", "’s"):
            j += 1
    elif hit is not None and hit.kind == "org" \
            and (known := world.org_by_name(hit.key)) is not None and known.kind == "international":
        # "NAME, the UN Special Envoy for X,": an office of the body named before it, of no
        # state (not X's, nor one the person served before)
        k = hit.end + (hit.end < len(doc) and doc[hit.end].lower_ in ("'s", "’s"))
        if (mandate := index.by_start.get(k)) is not None and mandate.kind == "state":
            k = mandate.end  # "the UN Libya envoy": the state the envoy is for
        if title_at_start([t.lower_ for t in doc[k:k + TITLE_SPAN]], world) is not None:
            body, j = hit.key, k
    former = j < len(doc) and doc[j].lower_ in PAST_WORDS
    if former:
        j += 2 if j + 1 < len(doc) and doc[j + 1].text == "-" else 1
    title_start = info = None
    if j < len(doc) and world.portfolios.get(doc[j].lower_) and j + 1 < len(doc) \
            and doc[j + 1].lower_ == "minister":
        role = f"Minister of {world.portfolios[doc[j].lower_]}"
        j += 2
    else:
        rank = None
        if j + 1 < len(doc) and doc[j].lower_ in words("rank_words") \
                and title_at_start([t.lower_ for t in doc[j:j + TITLE_SPAN]], world) is None \
                and title_at_start([t.lower_ for t in doc[j + 1:j + 1 + TITLE_SPAN]], world):
            rank, j = doc[j].text.capitalize(), j + 1  # "NAME, first vice-chairman of X"
        found = title_at_start([t.lower_ for t in doc[j:_before_a_state(index, j)]], world)
        k = j
        while found is None and k < len(doc) and k - j < 3 \
                and doc[k].lower_ in words("institution_words"):
            # "NAME, Presidential Spokesperson,": the institution is not the office; nor
            # is it in "NAME, the Slovak government's Secretary of State".
            k += 1 + (k + 1 < len(doc) and doc[k + 1].lower_ in ("'s", "’s"))
            found = title_at_start([t.lower_ for t in doc[k:k + TITLE_SPAN]], world)
            j = k if found is not None else j
        if found is None or is_style(found[1]) or _plural_title(doc[j:j + found[0]]):
            return None
        if j + found[0] + 1 < len(doc) and doc[j + found[0]].lower_ in ("'s", "’s"):
            # "NAME, the president's spokesman,": NAME holds the spokesman's office; the
            # president is whose spokesman he is
            j += found[0] + 1
            found = title_at_start([t.lower_ for t in doc[j:j + TITLE_SPAN]], world)
            if found is None or is_style(found[1]) or _plural_title(doc[j:j + found[0]]):
                return None
        length, info = found
        if (through := _title_through_a_state(doc, index, j, world)) is not None \
                and through[0] > length:
            # "NAME, the chairman of the US Joint Chiefs of Staff": the whole title, its state
            length, info, state = through
        title_start = j
        role, j = info.role, j + length
        if rank is not None and not role.lower().startswith(rank.lower()):
            role = f"{rank} {role}"
        if role in _PORTFOLIO_TITLES and j < len(doc) and doc[j].lower_ in ("of", "for") \
                and (end := _portfolio_end(doc, index, j + 1)) > j + 1 \
                and (portfolio := _portfolio_after(doc, index, j + 1, end)):
            # "NAME, Minister of Rural Development,": a portfolio the world data lacks
            role, j = f"{role} {doc[j].lower_} {portfolio}", end
        elif "Minister of " in role and (end := _portfolio_tail_end(doc, j, world)) > j:
            # "NAME, Minister for Climate Change and Energy,": the rest of the portfolio's
            # name, which would otherwise read as the next name
            role, j = f"{role} {doc[j:end].text}", end
        if state is None and info.kind == "official" \
                and (served := _served_office_after(doc, index, j, world)) is not None:
            # "NAME, the adviser to the Qatari prime minister,": an aide serves the state
            # of the office holder named after "to"
            state, j = served
    title_end = j
    if state is None and body is None:
        states, end = state_phrase_after(doc, index, j)
        if states:
            state, j = states[0], _past_body_name(doc, end)
        else:
            state, j = qualifier_state_after(doc, index, j, 2 * _QUALIFIER_SPAN, at=True,
                                             world=world)
            j = _past_body_name(doc, j) if state else j
        if state is None and j + 1 < len(doc) and doc[j].lower_ == "of" \
                and (hit := index.by_start.get(j + 1)) is not None and hit.kind == "place" \
                and (place := world.place_by_name(hit.key)) is not None and place.iso2:
            # "Deputy Ruler of Sharjah", "Governor of Texas": an office of a city or a region
            # is an office of its state ("Governor of Lagos State": "State" closes the place).
            state, j = place.iso2, hit.end
            if j < len(doc) and doc[j].lower_ in words("subdivision_nouns") \
                    and doc[j].text[:1].isupper():
                j += 1
    if title_start is not None and info is not None \
            and (region := _of_region_at(doc, index, title_end, world)) is not None:
        role = _region_head_role(doc, title_start, title_end, *region, info) or role
    if state is not None and title_start is not None \
            and (bare := _title_without_states(doc, index, title_start, j, world)) is not None \
            and bare.kind == "legislator" and (info is None or info.kind != "legislator"):
        role = bare.role  # "NAME, vice president of the Lao National Assembly,": its chamber's
    org = body
    if state is None and org is None and j + 1 < len(doc) and doc[j].lower_ == "of":
        # "NAME, President of the European Commission": an international body's office
        body_start = j + 2 if doc[j + 1].lower_ == "the" else j + 1
        if (hit := index.by_start.get(body_start)) is not None and hit.kind == "org":
            state = state_body(world, hit.key)  # "Speaker of the Mazhilis": Kazakh
            org = None if state else hit.key
            j = _past_body_name(doc, hit.end)
    if state is None and org is None and heads_a_body(role) and j + 1 < len(doc) \
            and doc[j].lower_ == "of":
        opening = j + 2 if doc[j + 1].lower_ == "the" else j + 1
        end = _portfolio_end(doc, index, opening)
        if (body := _state_body_words(doc, index, j, end)) is not None:
            role, j = f"{role} {body}", end  # "NAME, Director General of Customs,"
    # A title followed by a name belongs to that name ("X, Prime Minister Y and Z"), also
    # across a comma in a list ("X, the President of the United States, Y, ...").
    if starts_name(doc, index, j, world) or (
            j + 1 < len(doc) and doc[j].text == "," and starts_name(doc, index, j + 1, world)
            and j + 2 < len(doc) and starts_name(doc, index, j + 2, world)
            and title_at_start(token_lowers(doc)[j + 1:j + 1 + TITLE_SPAN], world) is None
            and not _portfolios_go_on(doc, j + 1, world)
            and not _name_with_own_office(doc, index, j + 1, world)):
        return None
    return Position(role, state, org, former=former), j


def _served_office_after(doc, index: HitIndex, j: int, world: World
                         ) -> tuple[str, int] | None:
    """ "to the Qatari Prime Minister", "to Kenya's President" at ``j``: the state of the
    office holder an aide serves, and where the office ends; else None."""
    if j + 2 >= len(doc) or doc[j].lower_ != "to":
        return None
    k = j + 1 + (doc[j + 1].lower_ == "the")
    hit = index.by_start.get(k)
    if hit is None or hit.kind not in ("state", "demonym") or hit.end >= len(doc):
        return None
    m = hit.end + (doc[hit.end].lower_ in ("'s", "’s"))
    served = title_at_start(token_lowers(doc)[m:m + TITLE_SPAN], world)
    if served is None or is_style(served[1]):
        return None
    return hit.key, m + served[0]


def _portfolio_tail_end(doc, j: int, world: World) -> int:
    """Where the rest of a portfolio's name that starts at ``j`` ends ("Change and Energy"
    of "Climate Change and Energy", "Transition" of "Energy Transition"), or ``j``: words
    of `portfolio_tail_words.txt`, then "and" and further portfolio words."""
    k = j
    while k < len(doc) and doc[k].text[:1].isupper() and doc[k].lower_ in words(
            "portfolio_tail_words"):
        k += 1
    if k > j and k + 1 < len(doc) and doc[k].lower_ == "and":
        m = k + 1
        while m < len(doc) and doc[m].text[:1].isupper() and doc[m].lower_ in world.portfolio_words:
            m += 1
        k = m if m > k + 1 else k
    return k


def _name_with_own_office(doc, index: HitIndex, k: int, world: World) -> bool:
    """The name at ``k`` has an office of its own after a comma ("…, foreign minister,
    NAME, vice-chairman of X"): the office before it is the name before's."""
    while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper():
        k += 1
    return k + 1 < len(doc) and doc[k].text == "," and office_at(doc, index, k + 1,
                                                                   world) is not None


def _plural_title(title) -> bool:
    """ "heads of state", "foreign ministers": a title in the plural is no one person's
    office (its head is the first word before "of", else the last)."""
    lowers = [t.lower_ for t in title]
    head = title[0] if "of" in lowers else title[-1]
    return head.tag_ in ("NNS", "NNPS") and head.lemma_.lower() != head.lower_


def _portfolios_go_on(doc, i: int, world: World) -> bool:
    """ "Minister of Ecology, Sustainable Development and Energy": the capitalised words
    after the comma go on listing portfolios (one of them is a portfolio word), not a name."""
    k = i
    while k < len(doc) and k - i < TITLE_SPAN and (
            doc[k].lower_ == "and" or (doc[k].text[:1].isupper() and doc[k].is_alpha)):
        if doc[k].lower_ in world.portfolios:
            return True
        k += 1
    return False


def _skip_trailer(doc, index: HitIndex, j: int, world: World) -> int:
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


def positions_after(doc, index: HitIndex, end: int, world: World,
                     titled: bool = False) -> list[Position]:
    """Appositive offices: "NAME, the Belarusian President," / "NAME, President of X" /
    "NAME, general secretary of the Communist Party of China and Chinese president".

    For a name that already has its office before it (``titled``), an office after the
    comma counts only when it is closed by punctuation: in a list such as "Foreign
    Minister NAME, Minister of Energy and Mines NAME, ..." it is the next name's, and so
    it is in a list of offices each followed by a comma and its name ("the President of X,
    NAME, the President of Y, NAME2")."""
    if end < len(doc) and doc[end].text == "(" \
            and (parsed := office_at(doc, index, end + 1, world)) is not None \
            and parsed[1] < len(doc) and doc[parsed[1]].text == ")":
        return [parsed[0]]  # "Sir NAME (Governor-General of Jamaica) was received"
    end = _past_post_nominals(doc, end)  # "the Hon. NAME MP, Deputy Prime Minister and …"
    if end >= len(doc) or doc[end].text != ",":
        return []
    positions: list[Position] = []
    j = end + 1
    while True:
        parsed = office_at(doc, index, j, world)
        if parsed is None and j + 1 < len(doc) and doc[j].lower_ in ("a", "an") \
                and doc[j + 1].lower_ == "member":
            j += 1  # "NAME, a member of the Political Bureau … and foreign minister"
        if parsed is None and j < len(doc) and doc[j].lower_ == "member":
            # "NAME, member of the Political Bureau and premier of the Cabinet": a
            # membership before the office is looked over.
            parsed = _office_after_membership(doc, index, j, world)
        if parsed is None and (member := _member_after_body(doc, j, world)) is not None:
            # "NAME, Politburo member and Minister of National Defence"
            parsed = _office_after_membership(doc, index, member, world)
        if parsed is None:
            break
        position, j = parsed
        j = _skip_trailer(doc, index, j, world)
        if j < len(doc) and doc[j].tag_ in ("VBP", "VB") and doc[j].pos_ == "VERB":
            break  # "Museveni, Tanzanian VP discuss …": a headline's two subjects
        if j < len(doc) and doc[j].tag_ in ("VBD", "VBZ", "MD") \
                and doc[j].pos_ in ("VERB", "AUX") and opening_phrase_end(doc[end].sent) == end:
            # "According to the Prime Minister's spokesman NAME, the premier stressed
            # …": the comma closes the phrase the name is in; the office is the subject's
            break
        if j < len(doc) and doc[j].pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass") and end < c.i < j for c in doc[j].children):
            # "In his meeting with Prime Minister NAME, the President thanked …": the
            # office is the subject of the verb after it, not NAME's apposition
            break
        if titled and (not _closes_apposition(doc, index, j, world)
                       or j + 1 < len(doc) and doc[j].text == ","
                       and _a_name_right_after(doc, index, j + 1, world)) \
                or _a_name_right_after(doc, index, j, world) \
                or _portfolios_go_on_to_a_name(doc, index, j, world):
            break  # "Erdogan, Emir Sheikh Tamim witness …": the next name's title
        if position.state is None and (state := _state_past_portfolios(doc, index, j, world)):
            position = replace(position, state=state)
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


def _past_post_nominals(doc, end: int) -> int:
    """Where the letters after a name end ("NAME MP", "NAME KC", "NAME, GCMG, OBE"), from
    ``end``: at the comma before what follows them."""
    def letters(k: int) -> bool:
        return k < len(doc) and doc[k].text.isupper() \
            and doc[k].lower_.replace(".", "") in words("post_nominals")

    while letters(end) or doc[end:end + 1].text == "," and letters(end + 1):
        end += 1
    return end


def office_on_next_line(doc, end: int, world: World) -> Position | None:
    """A name closing its line with the next line an office and nothing else, as a
    release's header block sets them ("The Hon NAME MP" over "Speaker of the House of
    Representatives"): that office, or None."""
    k = _past_post_nominals(doc, end)  # "NAME MP"
    if k >= len(doc) or not doc[k].is_space or "\n" not in doc[k].text \
            or "\n\n" in doc[k].text:
        return None
    line_end = next((i for i in range(k + 1, len(doc))
                     if doc[i].is_space and "\n" in doc[i].text), len(doc))
    line = [t.lower_ for t in doc[k + 1:line_end]]
    found = title_at_start(line, world) if line else None
    if found is None or found[0] != len(line) or is_style(found[1]):
        return None
    return Position(found[1].role, None)


def office_in_relative_clause(doc, index: HitIndex, end: int, world: World
                              ) -> Position | None:
    """ "NAME, who resigned as Prime Minister in January 2022,", "NAME, who was appointed
    Prime Minister in November": the office a relative clause right after a name gives
    its holder; one held before the story when the clause tells it was left or served
    ("resigned", "served", past tense)."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "who" \
            or doc[end + 1].head.dep_ != "relcl":
        return None
    verb = doc[end + 1].head
    for k in range(end + 2, min(len(doc), end + 2 + _RELATIVE_SPAN)):
        if doc[k].text in (",", ";", ".") or doc[k].lower_ == "who":
            return None
        before = doc[k - 1]
        if not (before.lower_ == "as" or before.lemma_.lower() in words("office_taking_verbs")
                and before.tag_ == "VBN"):
            continue
        if (parsed := office_at(doc, index, k, world)) is None:
            continue
        position = parsed[0]
        if position.org is not None:
            return None
        left = verb.lemma_.lower() in words("office_leaving_verbs") \
            and verb.tag_ in ("VBD", "VBN")
        return replace(position, former=position.former or left)
    return None


#: How many tokens a relative clause may run before the office it gives its subject.
_RELATIVE_SPAN = 8


def _member_after_body(doc, j: int, world: World) -> int | None:
    """Where "member" stands after a body's capitalised name at ``j`` ("Politburo
    member"), or None."""
    k = j
    while k < len(doc) and k - j < 3 and doc[k].is_alpha and doc[k].text[:1].isupper() \
            and world.title(doc[k].lower_) is None:
        k += 1
    return k if j < k < len(doc) and doc[k].lower_ == "member" else None


def _office_after_membership(doc, index: HitIndex, j: int, world: World):
    """The office after "member of <body> and" at ``j``: the body may be long and hold
    its acronym after a comma ("member of the Presidium of the Political Bureau of the
    C.C., WPK and premier of the Cabinet"), and memberships may follow each other
    ("member of X, member of Y and foreign minister")."""
    for k in range(j + 1, min(len(doc), j + _MEMBERSHIP_SPAN)):
        token = doc[k]
        if token.text == "," and (parsed := office_at(doc, index, k + 1, world)):
            return parsed  # "member of the Presidium of …, first vice-chairman of …"
        if token.text in (";", ".") or (token.text == "," and not (
                k + 1 < len(doc) and (doc[k + 1].is_upper and doc[k + 1].is_alpha
                                      or doc[k + 1].lower_ == "member"))):
            return None  # a further "member of …" goes on with the chain
        if token.lower_ == "and" and (parsed := office_at(doc, index, k + 1, world)):
            return parsed
    return None


#: How far a membership's body may run before the office it is joined to.
_MEMBERSHIP_SPAN = 24


def _office_list_goes_on(doc, index: HitIndex, j: int, world: World) -> bool:
    """An office starts at ``j`` and, after offices joined by commas, "and" another one
    closes the list: the offices are one person's, not the next name's title."""
    while (parsed := office_at(doc, index, j, world)) is not None:
        end = _skip_trailer(doc, index, parsed[1], world)
        if end < len(doc) and doc[end].lower_ == "and":
            # "…, Minister of Defence and Veterans Affairs;": a further portfolio closes it
            return office_at(doc, index, end + 1, world) is not None \
                or _ends_in_portfolio_words(doc, end + 1)
        if end < len(doc) and doc[end].text in (";", "."):
            return True  # "NAME, Minister of State, Minister of Defence; NAME2, …"
        if not (end + 1 < len(doc) and doc[end].text == ","):
            return False
        j = end + 1
    return False


def _ends_in_portfolio_words(doc, k: int) -> bool:
    """Capitalised words from ``k`` up to a ";" or "." ("Veterans Affairs;"): the last
    portfolio of an office, no name."""
    start = k
    while k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha \
            and doc[k].ent_type_ != "PERSON":
        k += 1
    return k > start and k < len(doc) and doc[k].text in (";", ".")


def _a_name_right_after(doc, index: HitIndex, j: int, world: World) -> bool:
    """A person's name (after an honorific, maybe) starts right at ``j``: the office before
    it is that name's title."""
    while j < len(doc) and (title := world.title(doc[j].lower_)) is not None \
            and title.kind == "honorific":
        j += 1
    return j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].is_title \
        and j not in index.covered and not world.is_title_word(doc[j].lower_)


def _state_past_portfolios(doc, index: HitIndex, j: int, world: World) -> str | None:
    """ "NAME, Minister of Foreign Affairs, Migration and Tunisians Abroad of the Republic
    of Tunisia": the one state named after the portfolios an office lists past the comma
    at ``j``."""
    if j >= len(doc) or doc[j].text != "," or not _portfolios_go_on(doc, j + 1, world):
        return None
    k = j + 1
    while k < min(len(doc), j + 1 + TITLE_SPAN) and (
            doc[k].lower_ == "and" or doc[k].text[:1].isupper() and doc[k].is_alpha):
        k += 1
    states, _ = state_phrase_after(doc, index, k)
    return states[0] if len(states) == 1 else None


def _portfolios_go_on_to_a_name(doc, index: HitIndex, j: int, world: World) -> bool:
    """ "NAME, Egyptian Minister of Foreign Affairs, Emigration and Egyptian Expatriates
    NAME2": past the comma at ``j`` the office's portfolios go on (portfolio words, "and",
    a people's name) to a name: the office is NAME2's title, not NAME's apposition."""
    if j >= len(doc) or doc[j].text != ",":
        return False
    k, portfolio = j + 1, False
    while k < min(len(doc), j + _QUALIFIER_SPAN):
        hit = index.covered.get(k)
        if hit is not None and hit.kind == "demonym":
            k = hit.end
            continue
        lower = doc[k].lower_
        if lower in world.portfolios and doc[k].text[:1].isupper():
            portfolio = True
        elif lower not in ("and", ","):
            # (two words of a name: not "Tunisians Abroad", a portfolio's own words)
            return portfolio and doc[k - 1].text != "," and all(
                _a_name_right_after(doc, index, i, world) and doc[i].lower_ not in
                world.portfolios for i in (k, k + 1))
        k += 1
    return False


def _closes_apposition(doc, index: HitIndex, j: int, world: World) -> bool:
    """No name follows the office before the next punctuation: the office is the
    apposition's, not the title of a next name."""
    run = 0  # name-like words in a row: two before the punctuation make a name
    for k in range(j, min(len(doc), j + _QUALIFIER_SPAN)):
        if k > j and doc[k].is_sent_start or doc[k].text in (",", ";", ".", ")", ":"):
            return run < 2
        if doc[k].ent_type_ == "PERSON" and k not in index.covered:
            return False
        lower = doc[k].lower_
        run = run + 1 if starts_name(doc, index, k, world) and not world.is_title_word(
            lower) and lower not in words("office_nouns") else 0
    return True


def ends_coordinated_offices(doc, address: int, world: World) -> bool:
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
            # Food and Agriculture"); ", and Minister for Foreign Affairs, NAME2" opens the
            # next item of a list.
            return doc[k - 1].text != "," \
                and any(t.text == "," for t in doc[sentence_start:k]) and title_at_start(
                    [t.lower_ for t in doc[k + 1:k + 1 + TITLE_SPAN]], world) is not None \
                and _opens_an_apposition(doc, k, sentence_start)
    return False


def _opens_an_apposition(doc, k: int, sentence_start: int) -> bool:
    """Whether the offices joined at the "and" at ``k`` begin after a comma (an apposition
    of the name before: "NAME, member of X and premier of Y,"), not after a name and "and"
    ("NAME of Peru and the Deputy Prime Minister and Minister of Commerce of X, NAME2")."""
    m = k - 1
    while m > sentence_start:
        token = doc[m]
        if token.text in (",", ";", ":") or token.ent_type_ == "PERSON":
            break
        if token.lower_ == "and" and doc[m + 1].lower_ == "the":
            break  # "… and the Deputy Prime Minister and …": a new person's offices
        m -= 1
    if doc[m].text != ",":
        return False
    # Not "…, where she is to see Premier of X and Chair of Y, NAME2": a
    # clause with a verb of its own names NAME2's offices, not the previous name's (a
    # relative clause, "NAME, who is member of X and premier of Y,", still describes NAME).
    stretch = doc[m + 1:k]
    if any(t.pos_ in ("VERB", "AUX") for t in stretch) \
            and not any(t.tag_ == "WP" for t in stretch):
        return False
    # Not "Meanwhile in Lima, the Deputy Prime Minister and Trade Minister, NAME,": the
    # comma closes a phrase that opens the sentence and names no one.
    opening = doc[sentence_start:m]
    return not (len(opening) and opening[0].pos_ in ("ADV", "ADP", "SCONJ") and not any(
        t.ent_type_ == "PERSON" or t.pos_ == "PROPN" and not t.ent_type_ for t in opening))


def subject_after_an_opening_phrase(doc, address: int, start: int) -> bool:
    """ "In the presence of the two presidents, A and B signed": the plural office before
    the comma closes a phrase that opens the sentence (a preposition's, no verb in it) and the
    names after it run straight into the verb, its subject, not the office's apposition
    ("The two presidents, A and B, signed" is one)."""
    if doc[address].text != "," or address == 0 or doc[address - 1].tag_ not in ("NNS", "NNPS"):
        return False  # (a plural office: "the two presidents", "the leaders")
    floor = doc[address].sent.start
    if any(t.pos_ in ("VERB", "AUX") for t in doc[floor:address]):
        return False
    # the phrase the office closes hangs from a preposition (not "At the talks the
    # President of X, NAME said", its comma after the name left out)
    top = doc[address - 1]
    while floor <= top.head.i < address and top.head.i != top.i:
        top = top.head
    if top.pos_ != "ADP":
        return False
    k, end = start, min(len(doc), start + _LIST_SPAN)
    while k < end and (doc[k].pos_ == "PROPN" or doc[k].lower_ in ("and", "&")):
        k += 1
    return k < end and k > start and doc[k].pos_ in ("VERB", "AUX") \
        and doc[k].tag_ in ("VBD", "VBZ", "VBP", "MD")


#: How many words a list of names runs to before its verb.
_LIST_SPAN = 10


def address_start(doc, start: int, world: World | None = None) -> int:
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
        elif _a_rank_of_two_words(doc, j - 1, floor):
            j -= 2  # "the Commander of the Army, Major General NAME" (not "Attorney General")
        elif j - 2 >= floor and f"{doc[j - 2].lower_} {token.lower_}" in words("honorific_pairs"):
            j -= 2  # "the Premier of Sarawak, Tan Sri NAME"
        elif j == start and token.text == "General" and j - 2 >= floor \
                and doc[j - 2].text == ",":
            j -= 1  # "Sweden's Supreme Commander, General NAME": the rank, set off alone
        elif token.lower_ == "the" and j < start and doc[j].lower_.rstrip(".") in courtesy:
            j -= 1  # "Minister for Defence, the Hon NAME": the article of the style
            if world is not None and j - 1 > floor and doc[j - 1].text[:1].isupper() \
                    and (seat := world.title(doc[j - 1].lower_)) is not None \
                    and seat.kind == "legislator":
                j -= 1  # "Minister for Foreign Affairs, Senator the Hon NAME"
        elif opening is not None:
            j = opening  # "Brigadier (Ret'd)"
        elif world is not None and (style := title_at_end(
                token_lowers(doc)[max(floor, j - 3):j], world)) is not None \
                and style[1].kind == "honorific":
            j -= style[0]  # "Datuk Seri", "His Excellency": a style of address, no office
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


def _a_rank_of_two_words(doc, k: int, floor: int) -> bool:
    """ "Major General", "Lieutenant General" ending at ``k``: two capitalised rank words,
    the second one that is a rank only after another (ranks_after_offices.txt)."""
    return k > floor and doc[k].text[:1].isupper() and doc[k - 1].text[:1].isupper() \
        and doc[k].lower_ in _RANKS and doc[k - 1].lower_.rstrip(".") in _RANKS


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
