"""Descriptions: references to persons by office or relation instead of by name
("Azerbaijan's president", "his Belarusian counterpart", "the two leaders").
"""

from __future__ import annotations

from ..world import World
from .dates import ORDINALS
from .mention_types import Description, Hit, PersonMention
from .office_lists import GENERIC_HEADS
from .offices import portfolio_role, state_body
from .rules import entries, words
from .tokens import (
    JOINER_HEADS,
    QUALIFIER_PREPOSITIONS,
    TITLE_SPAN,
    HitIndex,
    doc_tokens,
    office_holder,
    span_of,
    state_before,
    state_phrase_after,
    title_at_end,
    title_at_start,
    token_lowers,
)

_COUNTS = {row["word"]: int(row["count"]) for row in entries("counts")}
#: "the latter", "the former" standing alone for one of two persons just named.
_ORDER_WORDS = frozenset({"latter", "former"})


#: "incoming", "future", "former", "late": the office is not held on the story's day.
_NOT_NOW = words("coming_office_words") | words("past_words")


def find_descriptions(doc, hits: list[Hit], persons: list[PersonMention], world: World,
                      story_start: int = 0) -> list[Description]:
    """References by office or relation: "Azerbaijan's president", "the two leaders"."""
    index = HitIndex(doc, hits)
    name_starts = {m.start for m in persons}
    inside_names = {i for m in persons for i in range(m.start, m.end)}
    found: list[Description] = []
    lowers = token_lowers(doc)
    for token in doc_tokens(doc):
        if token.idx < story_start or token.i in inside_names:
            continue
        lower = token.lower_
        # "The two last met in March": the tagger may hang the number on "last", read as
        # the subject.
        subject = token.dep_ in ("nsubj", "nsubjpass") or token.dep_ == "nummod" \
            and token.head.i == token.i + 1 and token.head.pos_ in ("ADJ", "ADV") \
            and token.head.dep_ in ("nsubj", "nsubjpass")
        if _COUNTS.get(lower) and token.i > 0 and (
                subject and doc[token.i - 1].lower_ in words("determiners")
                or _number_alone_elsewhere(doc, token)):
            # "The two met at the palace": the number alone stands for those the story told.
            found.append(Description(token.i - 1, token.i + 1,
                                     span_of(doc, token.i - 1, token.i + 1), (None,), (),
                                     True, _COUNTS[lower], False, False))
            continue
        if lower in _ORDER_WORDS and token.i > 0 and doc[token.i - 1].lower_ == "the" \
                and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
            # "A thanked B. The latter replied …": B, the one named last
            found.append(Description(token.i - 1, token.i + 1,
                                     span_of(doc, token.i - 1, token.i + 1), (None,),
                                     order=lower))
            continue
        if (org := _organisation_before(doc, index, token)) is not None:
            # "The UN chief then drove to …": the story's holder of an office of the UN
            start = index.covered[token.i - 1].start - 1
            found.append(Description(start, token.i + 1, span_of(doc, start, token.i + 1),
                                     (None,), (), org=org))
            continue
        if (demonym := _demonym_as_person(doc, index, token)) is not None:
            # "In the afternoon the Chilean met X": the state's adjective stands for its
            # leader of the story, as "the Chilean leader" does.
            found.append(Description(token.i - 1, token.i + 1,
                                     span_of(doc, token.i - 1, token.i + 1), (None,),
                                     (demonym,)))
            continue
        singular = token.lemma_.lower() if token.lemma_ else lower
        title = title_at_end(lowers[max(0, token.i - 3):token.i + 1], world)
        if title is None and world.title(singular) is not None:
            title = (1, world.title(singular))
        if title is not None and title[1].kind == "honorific":
            # "His Royal Highness also received …": the style alone stands for the person
            # the story last named with it.
            if (styled := _styled_before(doc, token.i, title[0], persons)) is not None:
                start = next(i for i in range(token.i - title[0] + 1, token.i + 1)
                             if not doc[i].is_space)
                found.append(Description(start, token.i + 1, span_of(doc, start, token.i + 1),
                                         (None,), (), predicate_of=styled))
            continue  # "His Highness", "Sheikh": a form of address, not an office
        generic = lower in GENERIC_HEADS
        if title is None and not generic:
            continue
        if token.tag_ in ("VBZ", "VBD", "VBP") and token.text.islower():
            continue  # "NAME, who also heads a commission": a verb, no one's description
        if token.tag_ in ("NNS", "NNPS") and token.dep_ == "pobj" and token.head.lower_ == "as":
            continue  # "A, B and C met as leaders of the Group": what they are, no others
        if token.text[:1].isupper() and token.i + 2 < len(doc) \
                and doc[token.i + 1].text in ("'", "’") and doc[token.i + 2].text[:1].isupper():
            continue  # "the Australia-New Zealand Leaders' Meeting": the name of an event
        if lower.endswith("s") and token.i + 2 < len(doc) and doc[token.i + 1].text in ("'", "’") \
                and doc[token.i + 2].pos_ == "NOUN" and _a_setting(doc[token.i + 2]):
            continue  # "talks in the leaders' tent", "a pause in the leaders' supper": a
            # room or a meal of theirs, not each of them (not "the leaders' offices said",
            # "the leaders' retreat is held each year")
        if _body_named_by_members(doc, token, title[0] if title else 1):
            continue  # "at the Council of Ministers": a body, none of its members
        if generic and title is None and any(child.dep_ == "compound" and child.pos_ == "NOUN"
                                             for child in token.children):
            continue  # "a delegation of Mexican business leaders": not the story's leaders
        if lower in words("guest_words") and token.dep_ == "compound" \
                and token.head.pos_ in ("NOUN", "PROPN") and token.head.i > token.i \
                and token.head.i not in inside_names:
            continue  # "the state guest house": a kind of house, no person ("the APEC
            # leaders meeting" is still the leaders')
        # "President-elect NAME": the title goes on past a hyphen; the longer one is
        # the named person's.
        if token.i + 2 < len(doc) and doc[token.i + 1].text in ("-", "‐") \
                and not doc[token.i + 1].whitespace_ and world.title(
                    f"{lower}-{doc[token.i + 2].lower_}") is not None:
            continue
        # The next token starts a name or a state: this is a title of a named person,
        # handled with the person ("President Ruto", "President of Kenya X").
        after = token.i + 1
        states_after, after_end = state_phrase_after(doc, index, after)
        if after_end in name_starts or after in name_starts:
            continue
        if after_end < len(doc) and doc[after_end].text == "," and after_end + 1 in name_starts:
            continue  # "the President of the Government of Spain, NAME": the name's office
        if _body_then_name(doc, after_end, name_starts, of_state=after_end > after):
            continue  # "the President of the Paraguayan Congress and Senate, NAME"
        if title is not None and _joined_office_then_name(doc, index, after, name_starts,
                                                          world):
            continue  # "the Vice-Premier and Minister of Finance of X, NAME"
        if title is not None \
                and (apposed := _name_set_off_after(doc, after, name_starts)) is not None:
            # "the Minister of Agriculture, Dr. NAME", "the Governor of Kano, Mr. NAME": the
            # office of the name set off after it, whoever else holds one
            start = token.i - title[0] + 1
            if not any(d.apposed == apposed for d in found):  # (once: at its first word)
                state, _ = state_before(doc, index, start)
                found.append(Description(start, token.i + 1, span_of(doc, start, token.i + 1),
                                         (title[1].role,), (state,) if state else (),
                                         apposed=apposed))
            continue
        if title is not None and _portfolio_then_name(doc, after_end, name_starts) \
                and not _longer_title(doc, token.i - title[0] + 1, title[0], world):
            continue  # "Fiji's Minister for Policing NAME": NAME's office
        if title is not None and after < len(doc) \
                and (doc[after].lower_ in words("office_name_joiners")
                     or doc[after].lower_ in JOINER_HEADS
                     or world.is_title_word(doc[after].lower_)) \
                and (longer := title_at_start(
                lowers[token.i - title[0] + 1:token.i + 1 + TITLE_SPAN], world)) \
                and longer[0] > title[0] and not any(
                    t.is_space for t in doc[token.i + 1:token.i + 1 + longer[0] - title[0]]) \
                and _names_follow(
                    doc, index, token.i + 1 + longer[0] - title[0], name_starts):
            continue  # "the President [of the Government of Spain, NAME]": NAME's office
        # "her Nigerian counterpart, Yusuf Tuggar,", "his counterpart, Dr NAME": the name
        # that follows is the one meant.
        if after < len(doc) and doc[after].text == "," \
                and _past_office_title(doc, _past_courtesy_titles(doc, after + 1), world) \
                in name_starts:
            continue  # "his Chilean counterpart, Foreign Minister NAME": NAME, too
        if after < len(doc) and doc[after].text[:1].isupper() and doc[after].pos_ == "PROPN" \
                and after not in index.covered:
            continue
        length = title[0] if title else 1
        first = token.i - length + 1
        # The title's head says the number: "Minister of Foreign Affairs" is one minister,
        # "Ministers of Foreign Affairs" several.
        head = doc[first:token.i + 1].root if first < token.i else token
        head_lower = head.lower_
        plural = head.tag_ in ("NNS", "NNPS") or (
            head.i == token.i and lower != singular and lower.endswith("s")) or (
            # "The Heads of State last met": a capitalised plural the tagger took for a
            # proper noun keeps its "s" as lemma
            head.pos_ == "PROPN" and head.lower_.endswith("s")
            and head.lower_[:-1] in GENERIC_HEADS) or (
            head.i != token.i and head_lower.endswith("s") and world.title(head_lower) is None
            and world.title(head_lower[:-1]) is not None)
        roles: list[str | None]
        if generic:
            roles = [None]
        else:
            roles = [portfolio_role(doc, first, title[1], world)]
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
        state, j2 = state_before(doc, index, j)
        states = [state] if state else states_after
        org = None
        if state is not None and not plural and j2 > 0 \
                and (body := index.covered.get(j2 - 1)) is not None and body.kind == "org" \
                and body.end == j2 and state_body(world, body.key) is None \
                and (known := world.org_by_name(body.key)) is not None \
                and known.kind == "international":
            # "the UN Libya envoy": the body's envoy, for that state, of none
            state, states, org, j2 = None, [], body.key, body.start
        if state is None and not states and not plural \
                and (body := index.covered.get(j)) is not None and body.kind == "org" \
                and body.start == j and (own := state_body(world, body.key)) is not None:
            # "the Storting President was received by …": an office named by that state's
            # body (the title itself opens with the body's name)
            state, states = own, [own]
        elif state is None and not states and not plural and j > 1 \
                and (body := index.covered.get(j - 1)) is not None and body.kind == "org" \
                and body.end == j and state_body(world, body.key) is None:
            # "the World Bank President held talks with …": the body's holder of that office,
            # not the story's president of a state
            org, j2 = body.key, body.start
        while state and plural and j2 > 1 and doc[j2 - 1].lower_ in ("and", ","):
            # "the Iraqi and Egyptian foreign ministers": one holder of each state's office
            state, k = state_before(doc, index, j2 - 1)
            if state is None:
                break
            states.insert(0, state)
            j2 = k
        if plural and not states and j2 > 0 and doc[j2 - 1].text.isupper() \
                and len(doc[j2 - 1].text) > 1 and ((j2 - 1) not in index.covered or (
                    not generic and index.covered[j2 - 1].kind == "org")):
            # "the CSTO leaders", "NATO foreign ministers": a body's members ("the APEC
            # leaders' meeting" may still be the story's leaders)
            continue
        count = None
        for t in doc[max(0, j2 - 3):j2]:
            if t.lower_ in _COUNTS:
                count = _COUNTS[t.lower_] or None
                plural = True
        visiting = any(t.lower_ == "visiting" for t in doc[max(0, j2 - 2):j2])
        counterpart = lower in ("counterpart", "counterparts")
        determiners = {t.lower_ for t in doc[max(0, j2 - 3):j2]}
        if determiners & _NOT_NOW:
            continue  # "an incoming Chilean head of state", "the former president": not
            # the holder of the story's day
        if token.dep_ == "appos" and token.head.i in inside_names:
            continue  # "NAME, a former foreign minister of Peru,": NAME's own office
        k = j2 - 1 - (j2 > 0 and doc[j2 - 1].lower_ in words("determiners"))
        if k >= 1 and doc[k].lower_ == "of" and doc[k - 1].lower_ in words("spouse_words"):
            continue  # "the spouse of the Prime Minister": someone else, not the office's
        predicate_of = None if plural else _subject_of_copula(head)
        # A bare "president" with no determiner, state or plural is rarely a reference
        # ("sworn in as president" is the subject's office, though).
        # "PM held talks", "EAM called on X": a government's own copy names its principal
        # by the abbreviation of the office, standing alone as the subject
        abbreviated = length == 1 and token.text.isupper() and len(token.text) > 1 \
            and token.dep_ in ("nsubj", "nsubjpass") and not plural
        if not states and not plural and not counterpart and not visiting and not abbreviated \
                and not determiners & words("determiners") and predicate_of is None \
                and not _capitalised_as_a_name(doc, first, token):
            continue
        if plural and count is None and not states and not visiting and j2 > 0 \
                and not determiners & words("determiners") and (
                    doc[j2 - 1].lower_ == "of" or (
                        (hit := index.covered.get(j2 - 1)) is not None and hit.kind == "place")):
            continue  # "a meeting of Central American foreign ministers": ministers at large
        found.append(Description(j2, token.i + 1, span_of(doc, j2, token.i + 1), tuple(roles),
                                 tuple(states), plural, count, counterpart, visiting,
                                 predicate_of, org=org))
    # "the Qatari Minister of State at the Ministry": "Minister of State" is the office,
    # not "Minister" as well, which would stand for another minister of the story ("the
    # two" of "the two heads of government" stays: the number says who).
    return [d for d in found if not (any(d.roles) and any(
        o.start == d.start and o.end > d.end for o in found))]


#: Prepositions after which a bare capitalised title is a person's ("an invitation to
#: Prime Minister", "talks with President"), not an office's ("the post of President").
_TO_A_PERSON = frozenset(("to", "with", "by"))


def _capitalised_as_a_name(doc, first: int, token) -> bool:
    """ "Prime Minister accepted the invitation", "extended an invitation to Prime
    Minister": an official release's title with capitals and no article stands for the
    holder it names, as the subject or object of a sentence not written in capitals
    throughout (not "sworn in as President", a predicate, nor a headline)."""
    words_of_title = doc[first:token.i + 1]
    if len(words_of_title) < 2 or not all(t.text[:1].isupper() for t in words_of_title):
        return False  # (a lone "President" is too often an office: "ran for President")
    if first > 0 and doc[first - 1].lower_ in ("as", "of"):
        return False
    if not (token.dep_ in ("nsubj", "nsubjpass", "dobj") or (
            token.dep_ == "pobj" and token.head.lower_ in _TO_A_PERSON)):
        return False
    sentence = [t for t in token.sent if t.is_alpha]
    lower = sum(1 for t in sentence if t.text[:1].islower())
    return lower * 2 > len(sentence)


def _organisation_before(doc, index: HitIndex, token) -> str | None:
    """The organisation of "the UN chief", "the NATO official": "the", an organisation's
    name and a noun of organisation_person_nouns.txt."""
    if token.lower_ not in words("organisation_person_nouns") or token.i < 2:
        return None
    hit = index.covered.get(token.i - 1)
    if hit is None or hit.kind != "org" or hit.end != token.i or hit.start < 1 \
            or doc[hit.start - 1].lower_ != "the":
        return None
    return hit.key


def _demonym_as_person(doc, index: HitIndex, token) -> str | None:
    """The state of a demonym standing alone as a clause's subject after "the" ("the
    Chilean met …", "the Timorese was received …"), not one before its noun ("the Chilean
    side") nor a people ("the Chileans")."""
    if token.dep_ not in ("nsubj", "nsubjpass") or token.i == 0 \
            or doc[token.i - 1].lower_ != "the" or token.tag_ in ("NNS", "NNPS") \
            or (token.i + 1 < len(doc) and doc[token.i + 1].pos_ in ("NOUN", "PROPN")):
        return None
    hit = index.by_start.get(token.i)
    return hit.key if hit is not None and hit.kind == "demonym" and hit.end == token.i + 1 \
        else None


def _a_setting(noun) -> bool:
    """The noun (its phrase) tells where or when something happened: "in the leaders'
    tent", "during the leaders' supper"."""
    head = noun
    while head.dep_ in ("compound", "amod") and head.head.i != head.i:
        head = head.head
    # (not "signed in the leaders' presence": there they are, as witnesses)
    return head.dep_ == "pobj" and head.head.lower_ in _SETTING_PREPOSITIONS \
        and head.lemma_.lower() not in words("attendance")


#: Prepositions of a place or a time: "in", "at", "during", "after" …
_SETTING_PREPOSITIONS = words("setting_prepositions")


def _subject_of_copula(token) -> int | None:
    """ "NAME has been Colombia's foreign minister": the subject's token, when the office
    is what a verb of being or of taking office says the subject is."""
    subject = office_holder(token)
    return subject.i if subject is not None and subject.pos_ == "PROPN" else None


def _body_then_name(doc, start: int, name_starts: set[int], of_state: bool = False) -> bool:
    """The words from ``start`` name a body ("Congress and Senate") and a comma, then a
    name: the office before them is that person's ("the president of Peru's Congress,
    NAME": after a state, its possessive may open the body's name; not "the Kazakh
    President's Special Envoy, NAME", the president's own)."""
    if of_state and start < len(doc) and doc[start].text in ("'s", "’s"):
        start += 1
    k = start
    while k < len(doc) and k - start < 6 and (
            doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper()
            or doc[k].lower_ in words("office_name_joiners")) and k not in name_starts:
        k += 1
    return start < k < len(doc) - 1 and doc[k].text == "," and k + 1 in name_starts


def _joined_office_then_name(doc, index: HitIndex, start: int, name_starts: set[int],
                              world: World) -> bool:
    """ "and Minister of Finance of X, NAME" from ``start``: another office joined by
    "and", its state, a comma and a name; the office before it is that person's too (not
    "the President and Prime Minister NAME": two persons, no comma)."""
    if start >= len(doc) or doc[start].lower_ != "and":
        return False
    joined = title_at_start(token_lowers(doc)[start + 1:start + 1 + TITLE_SPAN], world)
    if joined is None:
        return False
    _, after = state_phrase_after(doc, index, start + 1 + joined[0])
    return after + 1 < len(doc) and doc[after].text == "," and after + 1 in name_starts


def _longer_title(doc, first: int, length: int, world: World) -> bool:
    """The title list knows a longer title starting where this one does ("Minister of
    Foreign Affairs" for "Minister"): that title's own rules decide."""
    longer = title_at_start(token_lowers(doc)[first:first + TITLE_SPAN], world)
    return longer is not None and longer[0] > length


def _portfolio_then_name(doc, start: int, name_starts: set[int]) -> bool:
    """ "for Policing NAME", "of Rural Development NAME": a qualifier the title list does
    not know, written in capitals, then a name: the office before it is that person's."""
    if start >= len(doc) or doc[start].lower_ not in QUALIFIER_PREPOSITIONS:
        return False
    k = start + 1
    while k < len(doc) and k - start < 6 and k not in name_starts and (
            doc[k].text[:1].isupper() or doc[k].lower_ in words("office_name_joiners")):
        k += 1
    return k > start + 1 and k in name_starts


def _name_set_off_after(doc, start: int, name_starts: set[int]) -> int | None:
    """Where the name starts that an office's words from ``start`` ("of Agriculture", "of
    Lagos State") set off after a comma and courtesy titles ("…, Dr. NAME"); None when no
    such name follows, or when another office opens first ("the Ivorian minister on the
    Speaker, Rt. Hon. NAME": the Speaker's)."""
    k = start
    while k < len(doc) and k - start < _OFFICE_WORDS and doc[k].text != "," and (
            doc[k].text[:1].isupper() or doc[k].lower_ in words("office_name_joiners")
            or doc[k].lower_ in QUALIFIER_PREPOSITIONS) \
            and doc[k].lower_ not in words("determiners"):
        k += 1
    if k == start or k + 1 >= len(doc) or doc[k].text != ",":
        return None
    name = _past_courtesy_titles(doc, k + 1)
    return name if name > k + 1 and name in name_starts else None


#: How many words an office's portfolio and state may take before its holder's name.
_OFFICE_WORDS = 12


def _names_follow(doc, index: HitIndex, end: int, name_starts: set[int]) -> bool:
    """A name follows the office ending at ``end``, after its state and a comma or not."""
    _, after = state_phrase_after(doc, index, end)
    return after in name_starts or (after + 1 < len(doc) and doc[after].text == ","
                                    and after + 1 in name_starts)


#: Dependencies that lead from a name in a list to the verb the list hangs on (a list
#: item the parser hangs on the subject too: "The dinner was attended by A; B").
_LIST_LINKS = frozenset(("compound", "flat", "appos", "conj", "pobj", "agent", "nsubjpass"))
#: Dependencies that keep a style, offices and a name in one phrase.
_PHRASE_LINKS = frozenset(("compound", "flat", "appos", "amod", "nmod", "det", "poss"))


def _heads_through(token, links: frozenset[str]) -> list:
    """The token and the heads it hangs on through dependencies of ``links``."""
    chain = [token]
    while token.dep_ in links and token.head.i != token.i:
        token = token.head
        chain.append(token)
    return chain


def _an_attendee(token) -> bool:
    """ "The dinner was attended by His Highness A, …; His Highness B": a name in the list
    of those who attended, whom a style standing alone later does not mean."""
    return any(head.lemma_.lower() in words("attendance") and head.pos_ == "VERB"
               for head in _heads_through(token, _LIST_LINKS)[1:])


def _body_named_by_members(doc, token, width: int) -> bool:
    """The office of ``width`` words ending at ``token`` is a capitalised plural after
    "of" and a capitalised noun: a body's name ("the Council of Ministers"), not the
    persons the story named (a "Council of Ministers of Defence" that sat is still its
    ministers' meeting).  (The tagger may read such a plural as a proper noun.)"""
    start = token.i - width + 1
    return token.text[:1].isupper() and token.lower_.endswith("s") and start > 1 \
        and doc[start - 1].lower_ == "of" and doc[start - 2].text[:1].isupper() \
        and (token.i + 1 == len(doc) or doc[token.i + 1].lower_ != "of")


def _a_sender(tokens) -> bool:
    """ "passed on the good wishes of His Highness A": the one a message came from, absent,
    whom a style standing alone later does not mean (the parser may hang the name or the
    style before it under "of")."""
    return any(head.lower_ in ("of", "from") and head.head.lemma_.lower() in words("message_nouns")
               for token in tokens
               for head in _heads_through(token, _PHRASE_LINKS | {"pobj"})[1:])


def _one_phrase(style, name) -> bool:
    """The style's last word and the name meet within one noun phrase ("His Majesty King
    NAME"), not across a clause or a list ("the Office of His Majesty, and, for the guests,
    Foreign Minister NAME")."""
    return bool({t.i for t in _heads_through(style, _PHRASE_LINKS)}
                & {t.i for t in _heads_through(name, _PHRASE_LINKS)})


def _styled_before(doc, end: int, length: int, persons: list[PersonMention]) -> int | None:
    """The start of the last name the style ending at ``end`` introduced before, when the
    style ("His Royal Highness", "Her Majesty") stands alone here, no name after it."""
    first = end - length + 1
    while first < end and doc[first].is_space:
        first += 1  # a paragraph break the title's count took in
    length = end - first + 1
    if length < 2 or doc[first].lower_ not in ("his", "her") or end + 1 >= len(doc) \
            or doc[end + 1].text[:1].isupper() \
            or doc[end + 1].pos_ in ("DET", "NOUN", "PROPN", "ADJ", "NUM"):
        return None  # "His Majesty the King of X": the style of the office that follows
    style = [t.lower_ for t in doc[first:end + 1]]
    absent = None
    for number, mention in reversed(list(enumerate(persons))):
        if mention.start >= first or _an_attendee(doc[mention.end - 1]):
            continue
        sender = _a_sender(doc[max(0, mention.start - 3):mention.end])
        # Offices may stand between ("His Royal Highness Crown Prince and Prime Minister"),
        # no other name.
        floor = max(doc[mention.start].sent.start, mention.start - 3 * TITLE_SPAN,
                    persons[number - 1].end if number else 0)
        window = [t.lower_ for t in doc[floor:mention.start]]
        # the style nearest the name is its own: "His Majesty and Her Majesty Queen NAME"
        # styles NAME "Her Majesty"
        last = max((i for i, word in enumerate(window) if word in ("his", "her")), default=None)
        # The style and the name in one phrase; where the parser breaks it ("His Majesty
        # The Ruler of X, King NAME"), capitalised words alone between them.
        if last is not None and window[last:last + length] == style and (
                _one_phrase(doc[floor + last + length - 1], doc[mention.end - 1])
                or not any(doc[floor + i].is_lower and doc[floor + i].is_alpha
                           and doc[floor + i].lower_ != "of"
                           for i in range(last + length, len(window)))):
            if not sender:
                return mention.start
            # the one whose greetings were conveyed, absent: the style alone means
            # another named so before, if any ("His Highness held talks …")
            absent = absent if absent is not None else mention.start
    return absent


def _past_office_title(doc, i: int, world: World) -> int:
    """Where a name starts after the office title at ``i`` ("Foreign Minister"), if any."""
    found = title_at_start(token_lowers(doc)[i:i + TITLE_SPAN], world)
    return i + found[0] if found is not None else i


def _past_courtesy_titles(doc, i: int) -> int:
    """Where a name starts after the courtesy titles and ranks at ``i`` ("Dr", "H.E.",
    "Vice Admiral", "General" right before a capitalised word)."""
    styles = words("courtesy_titles") | words("military_ranks")
    while i < len(doc) and (doc[i].lower_.rstrip(".") in styles or doc[i].text == "General"
                            and i + 1 < len(doc) and doc[i + 1].text[:1].isupper()):
        i += 1
    return i


def _number_alone_elsewhere(doc, token) -> bool:
    """ "The pair last held talks at X" (the parse may hang "pair" on "talks"), "a call
    between the two": "the" and a count word standing for those the story told, though not
    the subject."""
    return token.pos_ in ("NOUN", "NUM") and doc[token.i - 1].lower_ == "the" and (
        token.dep_ == "pobj" and token.head.lower_ == "between"
        and not _counted_event(token.head.head)
        or doc[token.i - 1].is_sent_start and token.dep_ == "nmod")


def _counted_event(noun) -> bool:
    """ "their third meeting, between the two": an event counted in a series, which a story
    names to say what today's is, not one more of its own."""
    return any(c.dep_ == "amod" and c.lower_ in ORDINALS for c in noun.children)
