"""Offices a name takes from the names or words around it rather than from its own
title: "NAME and NAME respectively", a plural title before a list of names, "his
counterpart NAME".
"""

from __future__ import annotations

from dataclasses import replace
from itertools import islice

from spacy.attrs import TAG

from ..world import World
from .facts import Position
from .mention_types import PersonMention
from .offices import (
    address_start,
    counterpart_word_end,
    office_state_before,
    portfolio_role,
    subject_after_an_opening_phrase,
)
from .rules import entries, marked, words
from .tokens import (
    TITLE_SPAN,
    HitIndex,
    doc_tokens,
    is_style,
    name_head,
    state_before,
    title_at_end,
    token_lowers,
)

#: Heads that refer to a leader without naming an office.
GENERIC_HEADS = words("generic_heads")


def apply_respectively(doc, index: HitIndex, mentions: list[PersonMention],
                       world: World) -> list[PersonMention]:
    """ "The Kenyan and Ghanaian foreign ministers, NAME and NAME respectively", "the
    European Commission and Irish Presidents (NAME and NAME respectively)", "Kenyan and
    Ghanaian presidents NAME and NAME", "the presidents of Kenya and Ghana, NAME and NAME":
    the i-th state or body of a plural title goes with the i-th name of the list, which
    then has that office whatever the words around each name suggested."""
    result = list(mentions)
    for names, k in _listed_names(doc, result):
        owners, title = _owners_and_plural_title(doc, index, k, world)
        if title is None and (counterparts := _counterparts_of_states(
                doc, index, k, result[:names[0]], len(names), world)) is not None:
            for n, state in zip(names, counterparts[1], strict=True):
                result[n] = replace(result[n], position=Position(counterparts[0], state),
                                    also=(), counterpart=True)
            continue
        if title is None or len(owners) != len(names):
            continue
        for n, (kind, key) in zip(names, owners, strict=True):
            position = Position(title[1].role, key) if kind != "org" else \
                Position(title[1].role, None, key)
            result[n] = replace(result[n], position=position, also=())
    return result


def _counterparts_of_states(doc, index: HitIndex, k: int, before: list[PersonMention],
                            count: int, world: World) -> tuple[str, list[str]] | None:
    """ "X hosted his French and German counterparts, A and B": the office of X, named
    with one in the sentence, and the states listed before the plural counterpart word
    ending at token ``k`` (one per name); None when that is not what precedes a list."""
    if k < 2 or doc[k - 1].lemma_.lower() not in words("counterpart_words") \
            or doc[k - 1].lower_ == doc[k - 1].lemma_.lower():  # (the plural, however tagged)
        return None
    owners, _ = _owners_before(doc, index, k - 1)
    if len(owners) != count or any(kind != "state" for kind, _ in owners):
        return None
    sent_start = doc[k].sent.start
    owner = next((m.position for m in reversed(before)
                  if m.start >= sent_start and m.position is not None), None) \
        or _office_written_with_the_name_before(sent_start, k, before)
    if owner is None or owner.role.lower() in GENERIC_HEADS \
            or owner.state in {key for _, key in owners}:
        return None
    role = owner.role
    if world.title(role) is None and role.startswith("Minister of "):
        role = "Minister"  # a portfolio of one government only (as for one counterpart)
    return role, [key for _, key in owners]


def apply_state_name_pairs(doc, index: HitIndex, mentions: list[PersonMention],
                           world: World) -> list[PersonMention]:
    """ "The presidents of Chile, NAME; Peru, NAME, and Bolivia, NAME": a plural title
    followed by pairs of a state and a name gives each name the title of its state."""
    result = list(mentions)
    by_start = {mention.start: n for n, mention in enumerate(result)}
    # Plural nouns read from the parse's array: no Token made for every word.
    tags = doc.to_array(TAG)
    plural = (tags == doc.vocab.strings["NNS"]) | (tags == doc.vocab.strings["NNPS"])
    for i in plural.nonzero()[0].tolist():
        token = doc[i]
        if token.i + 2 >= len(doc) or doc[token.i + 1].lower_ != "of" \
                or (info := world.title(token.lemma_.lower())) is None or is_style(info):
            continue
        j, pairs = token.i + 2, []
        while j < len(doc):
            hit = index.by_start.get(j)
            if hit is None or hit.kind != "state" or hit.end + 1 >= len(doc) \
                    or doc[hit.end].text != "," or hit.end + 1 not in by_start:
                break
            n = by_start[hit.end + 1]
            pairs.append((n, hit.key))
            j = result[n].end
            while j < len(doc) and doc[j].text in (",", ";") or j < len(doc) \
                    and doc[j].lower_ == "and":
                j += 1
        if len(pairs) < 2:
            continue
        for n, state in pairs:
            if result[n].position is None or result[n].position.state != state:
                # (an office already read with this state keeps its portfolio)
                result[n] = replace(result[n], position=Position(info.role, state), also=())
    return result


def _listed_names(doc, mentions: list[PersonMention]):
    """Lists of two or more names joined by commas and "and" (ended by "respectively" or
    not): (indices of the mentions, the token right before the list once a comma, dash or
    bracket is stepped over)."""
    run: list[int] = []
    for n, mention in enumerate(mentions + [None]):
        if mention is not None and run:
            previous = mentions[run[-1]]
            between = doc[previous.end:mention.start]
            if len(between) <= 2 and all(t.text == "," or t.lower_ == "and" for t in between) \
                    and mention.start < doc[previous.start].sent.end:
                run.append(n)
                continue
        if len(run) >= 2:
            end = first = mentions[run[0]].start
            k = end
            while k > doc[first].sent.start and end - k < 2 and not doc[k - 1].is_alpha:
                k -= 1
            yield run, k
        run = [n] if mention is not None else []


def _owners_and_plural_title(doc, index: HitIndex, k: int, world: World):
    """The owners and plural title ending at token ``k``: "Kenyan and Ghanaian presidents"
    or "the presidents of Kenya and Ghana"; ([], None) when there are none."""
    title = _plural_title_ending_at(doc, k, world)
    if title is not None:
        return _owners_before(doc, index, k - title[0])[0], title
    owners, start = _owners_before(doc, index, k)
    if start > 0 and doc[start - 1].lower_ == "the":
        start -= 1
    if owners and start > 1 and doc[start - 1].lower_ == "of":
        title = _plural_title_ending_at(doc, start - 1, world)
        if title is not None:
            return owners, title
    return [], None


#: Number words of a plural ("the two countries").
_COUNT_WORDS = frozenset(row["word"] for row in entries("counts"))


def _plural_title_ending_at(doc, end: int, world: World):
    """A title in the plural ending at token ``end``: (length, TitleInfo of the singular)."""
    if end == 0 or not doc[end - 1].lower_.endswith("s"):
        return None
    for length in range(min(3, end), 0, -1):
        # Spelt as written, so that "Co-Presidents" is the title "co-president".
        phrase = doc[end - length:end].text.lower()[:-1]
        info = world.title(phrase)
        if info is not None and not is_style(info):
            return length, info
    return None


def _owners_before(doc, index: HitIndex, j: int) -> tuple[list[tuple[str, str]], int]:
    """The states and bodies listed right before token ``j`` ("European Commission and
    Irish"), in text order, as (kind, key); and where the listing starts."""
    owners: list[tuple[str, str]] = []
    k = j
    while k > 0:
        hit = index.by_end.get(k)
        if hit is not None and hit.kind in ("state", "demonym", "org"):
            owners.insert(0, ("org" if hit.kind == "org" else "state", hit.key))
            k = hit.start
        elif doc[k - 1].text == "," or doc[k - 1].lower_ == "and":
            if not owners:
                return [], j
            k -= 1
        else:
            break
    return owners, k


def plural_title_of_list(doc, index: HitIndex, start: int, mentions: list[PersonMention],
                          world: World) -> Position | None:
    """ "Presidents NAME and NAME", "Prime Ministers NAME, NAME and NAME", "members of the
    Federal Council: NAME, NAME and NAME": a plural title before a list of names is each
    name's office (its state is found as for any office)."""
    if interleaved := _office_of_state_pair(doc, index, start, mentions):
        return interleaved
    first, first_start = None, start
    for mention in reversed(mentions):
        # "NAME of Nigeria and NAME2 of Ghana": each name's state stands between them.
        # (three words at most are read: more than two is no list)
        between = list(islice((t for t in doc_tokens(doc)[mention.end:first_start]
                               if not _of_state_word(doc, index, t)), 3))
        if not all(t.text in (",", "&") or t.lower_ == "and" for t in between) \
                or len(between) > 2:
            break
        first, first_start = mention, mention.start
    if first_start > 1 and doc[first_start - 1].text in (",", "-", "–", "—") \
            and not subject_after_an_opening_phrase(doc, first_start - 1, first_start) \
            and (listed := _plural_title_before_comma(doc, index, first_start - 1, world)):
        return listed  # "the tourism ministers - NAME for Jamaica and NAME2 …"
    if first_start > 1 and doc[first_start - 1].text == ":":
        colon = first_start - 1
        plural = [t.lower_ for t in doc[max(doc[colon].sent.start, colon - TITLE_SPAN):colon]]
        for i in range(len(plural)):
            phrase = plural[i:]
            # The plural is the head: first word ("members of the Federal Council") or
            # last ("foreign ministers").
            for head in (0, len(phrase) - 1):
                if phrase[head].endswith("s"):
                    singular = list(phrase)
                    singular[head] = phrase[head][:-1]
                    info = world.title(" ".join(singular))
                    if info is not None and not is_style(info):
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
    title = doc[address_start(doc, first.start) - 1].lower_
    # The title's head word in the plural: "Presidents", "Ministers" (not "Affairs").
    if not title.endswith("s") or world.title(title[:-1]) is None:
        return None
    # "the then presidents NAME and NAME2": past offices both
    return Position(first.position.role, None, first.position.org, first.position.former)


def _office_of_state_pair(doc, index: HitIndex, start: int, mentions: list[PersonMention]
                          ) -> Position | None:
    """ "the foreign ministers of Ecuador, NAME, and Peru, NAME2": NAME2 holds NAME's
    office, of the state written just before it."""
    if start < 3 or doc[start - 1].text != ",":
        return None
    hit = next((h for h in index.by_start.values() if h.end == start - 1 and h.kind == "state"),
               None)
    previous = next((m for m in reversed(mentions) if hit and m.end <= hit.start), None)
    if hit is None or previous is None or previous.position is None \
            or previous.position.state in (None, hit.key):
        return None
    gap = doc[previous.end:hit.start]
    if len(gap) > 2 or not all(t.text == "," or t.lower_ == "and" for t in gap):
        return None
    return Position(previous.position.role, hit.key, previous.position.org)


def _of_state_word(doc, index: HitIndex, token) -> bool:
    """A word of "of STATE" written after a name ("NAME of Nigeria")."""
    hit = index.covered.get(token.i)
    if hit is not None and hit.kind == "state":
        return True
    following = index.covered.get(token.i + 1)
    return token.lower_ in ("of", "for", "the") and following is not None \
        and following.kind == "state"


def _plural_title_before_comma(doc, index: HitIndex, comma: int, world: World
                               ) -> Position | None:
    """ "the defence ministers of the two nations, NAME and NAME", "the two
    presidents, NAME and NAME": a plural title, with the countries it counts, before the
    comma that opens a list of names.  The state is left to the world data and the
    article: the list does not say which name is whose; "the co-presidents of STATE,
    NAME and NAME" share the one state it names."""
    floor = doc[comma].sent.start
    k = comma
    state = index.covered.get(k - 1)
    if state is not None and state.kind == "state" and state.start - 1 > floor \
            and doc[state.start - 1].lower_ == "of":
        title = _plural_title_ending_at(doc, state.start - 1, world)
        return Position(title[1].role, state.key) if title is not None else None
    noun = doc[k - 1] if k - 1 > floor else None
    if noun is not None and noun.lemma_.lower() in words("country_nouns") \
            and noun.lower_ != noun.lemma_.lower():
        k -= 1  # "of the two countries", "of both nations"
        if k - 1 > floor and doc[k - 1].lower_ in _COUNT_WORDS:
            k -= 1
        if k - 1 > floor and doc[k - 1].lower_ == "the":
            k -= 1
        if not (k - 1 > floor and doc[k - 1].lower_ == "of"):
            return None
        k -= 1
    title = _plural_title_ending_at(doc, k, world)
    return Position(title[1].role, None) if title is not None else None


def counterpart_position(doc, index: HitIndex, start: int, earlier: list[PersonMention],
                          world: World, name: str = "") -> Position | None:
    """"his Russian counterpart NAME", "her counterpart NAME", "his Estonian colleague
    NAME": the office of the person named (or described by title) before, of the state
    given, or with its state left to be found (the world data, the article).  Of an owner
    of two offices ("Deputy Premier and Foreign Minister X"), the one the world data
    knows ``name`` to hold."""
    j = counterpart_word_end(doc, start)
    state_after = None
    if j is None and (found := _counterpart_of_state_before(doc, index, start)):
        j, state_after = found  # "his counterpart from Peru, NAME"
    if j is None:
        return None
    state, _ = state_before(doc, index, j - 1)
    state = state or state_after
    sent_start = doc[start].sent.start
    owning = next((m for m in reversed(earlier) if m.start >= sent_start and m.position), None)
    owner = owning.position if owning is not None else None
    if owning is not None and len(owning.positions) > 1 and name:
        held = {leader.role.lower() for leader in world.leaders_named(name)}
        owner = next((p for p in owning.positions if p.role.lower() in held), owner)
    if owner is not None and _owned_by_a_pronoun_subject(doc, j - 1) \
            and name_head(doc, owning.end).dep_ not in ("nsubj", "nsubjpass"):
        # "He … was received by President X before holding talks with his counterpart
        # NAME": "his" is the subject's, named in the sentence before, not X's.
        owner = _owner_named_before(doc, start, sent_start, j, earlier) or owner
    if owner is None:
        # "the Danish Foreign Minister held a call with his Estonian colleague NAME": the
        # office of the description before.
        for k in range(j - 2, sent_start - 1, -1):
            found = title_at_end(token_lowers(doc)[max(sent_start, k - TITLE_SPAN + 1):k + 1],
                                  world)
            if found is not None and not is_style(found[1]):
                owner = Position(portfolio_role(doc, k - found[0] + 1, found[1], world),
                                 office_state_before(doc, index, k - found[0] + 1, world))
                break
    if owner is None and doc[j - 1].tag_ != "NNS":
        # (not "his Luxembourg and Belgian counterparts, A and B": each of a state told in
        # order, elsewhere)
        owner = _office_written_with_the_name_before(sent_start, j, earlier)
    if owner is None:
        owner = _owner_named_before(doc, start, sent_start, j, earlier)
    if owner is None or owner.role.lower() in GENERIC_HEADS or (
            state is not None and owner.state == state):
        return None
    role = owner.role
    if world.title(role) is None and role.startswith("Minister of "):
        # A portfolio of one government ("Minister of Foreign and CARICOM Affairs") is
        # not the counterpart's own: the counterpart is a minister.
        role = "Minister"
    return Position(role, state)


def _owner_named_before(doc, start: int, sent_start: int, j: int,
                        earlier: list[PersonMention]) -> Position | None:
    """ "Foreign Minister NAME arrived on Monday. He held talks with his Lebanese
    counterpart NAME2": a sentence whose subject is "he" or "she" owns the counterpart
    of the person last named, with an office, in the sentence before."""
    if not any(doc[k].lower_ in _SUBJECT_PRONOUNS and doc[k].dep_.startswith("nsubj")
               for k in range(sent_start, j)):
        return None
    before = [m for m in earlier if m.start < sent_start]
    if not before or sent_start == 0:
        return None
    last = before[-1]
    previous = doc[sent_start - 1].sent.start
    if last.start < previous:
        return None  # the person last named is further back than the sentence before
    # "A, who …, accompanied B. She met her counterpart NAME": the subject named there
    # before the person named last.
    last = next((m for m in before if m.start >= previous
                 and doc[m.end - 1].dep_ in ("nsubj", "nsubjpass")), last)
    if last.position is None:
        # "Safadi had a busy week. He held talks with his counterpart…": the office
        # written with the full name earlier.
        last = next((m for m in reversed(before) if m.position is not None
                     and m.name.split()[-1] == last.name.split()[-1]), last)
    return last.position


def _owned_by_a_pronoun_subject(doc, k: int) -> bool:
    """Whether the first verb above the noun at ``k`` that has a subject ("before holding
    talks with his counterpart": the verb the clause hangs on, or the one it is joined
    to) has "he" or "she" for it."""
    token = doc[k]
    while token.head.i != token.i:
        token = token.head
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")] \
            if token.pos_ in ("VERB", "AUX") else []
        if subjects:
            return subjects[0].lower_ in _SUBJECT_PRONOUNS
    return False


def _office_written_with_the_name_before(sent_start: int, j: int,
                                         earlier: list[PersonMention]) -> Position | None:
    """ "Egyptian Foreign Minister NAME began a tour. … SURNAME held talks with his
    Djiboutian counterpart, NAME2": the office written with the full name of the person
    the sentence names by surname alone before "counterpart"."""
    named = [m for m in earlier if sent_start <= m.start < j]
    if not named or named[-1].position is not None:
        return None
    surname = named[-1].name.split()[-1]
    # "Deputy Prime Minister and Minister of Foreign Affairs, NAME": the office written
    # last, next to the name, is the one a counterpart shares
    return next((m.positions[-1] for m in reversed(earlier) if m.start < sent_start
                 and m.position is not None and m.name.split()[-1] == surname), None)


_SUBJECT_PRONOUNS = frozenset(marked("pronouns", "subject"))


def _counterpart_of_state_before(doc, index: HitIndex, start: int) -> tuple[int, str] | None:
    """ "his counterpart from Peru, NAME": (where "counterpart" ends, the state)."""
    j = start - 1 if start > 0 and doc[start - 1].text == "," else start
    hit = next((h for h in index.by_start.values() if h.end == j and h.kind == "state"), None)
    if hit is None or hit.start < 2 or doc[hit.start - 1].lower_ not in ("from", "of") \
            or doc[hit.start - 2].lemma_.lower() not in words("counterpart_words"):
        return None
    return hit.start - 1, hit.key


def predecessor_position(doc, start: int, earlier: list[PersonMention]) -> Position | None:
    """ "Motta's predecessor, NAME", "his predecessor NAME": the office of the person named
    (with an office) before in the sentence, of the same state, held before."""
    j = start
    if j > 0 and doc[j - 1].text == ",":
        j -= 1
    if j == 0 or doc[j - 1].lemma_.lower() not in words("predecessor_words"):
        return None
    sent_start = doc[start].sent.start
    owner = next((m.position for m in reversed(earlier)
                  if m.position is not None and sent_start <= m.start < j), None)
    if owner is None and j >= 3 and doc[j - 2].lower_ in ("'s", "’s"):
        # "Motta's predecessor": the one of that surname named before, in any sentence
        surname = doc[j - 3].text
        owner = next((m.position for m in reversed(earlier) if m.position is not None
                      and m.name.split()[-1] == surname), None)
    return replace(owner, former=True) if owner is not None else None

