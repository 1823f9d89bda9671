"""States for offices stated without one, from the sentence, the paragraph or the
officials listed with the name; and where the office's owner ("his foreign minister")
is named, for the linker.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..world import World
from .mention_types import PersonMention
from .offices import address_start, counterpart_word_end, heads_a_body, state_body
from .rules import words
from .tokens import (
    HOSTING_LEMMAS,
    NAME_PARTICLES,
    RECEIVING_LEMMAS,
    TALKED_ABOUT,
    HitIndex,
    doc_text,
    honorific_at,
    is_quote_mark,
    name_head,
    state_of_hit,
    title_at_end,
)


def _paragraph(doc, token_i: int) -> tuple[int, int]:
    """Character range of the paragraph (text between blank lines) around a token."""
    text, char = doc_text(doc), doc[token_i].idx
    start = text.rfind("\n\n", 0, char)
    end = text.find("\n\n", char)
    return (0 if start < 0 else start), (len(text) if end < 0 else end)


def _delegation_state(doc, mention: PersonMention, mentions: list[PersonMention],
                      world: World) -> str | None:
    """The state of a paragraph listing one side's officials ("The Amir was accompanied by
    …; NAME, Minister of State for Energy Affairs; …"): when the paragraph speaks of a
    delegation or an entourage and every other office stated in it is of one state."""
    start, end = _paragraph(doc, mention.start)
    paragraph = doc.char_span(start, end, alignment_mode="expand")
    # "the two sides", "both delegations": the plural speaks of both parties, not one's;
    # "delegation-level talks" name a format, no side's list of officials
    if paragraph is None or not any(t.lemma_.lower() in words("delegation_words")
                                    and t.tag_ not in ("NNS", "NNPS")
                                    and t.dep_ != "compound" for t in paragraph):
        return None
    sent = doc[mention.start].sent
    if not any(t.lemma_.lower() in words("delegation_words") for t in paragraph
               if t.i < sent.end):
        # "Present were NAME, Minister of Power; …. On the Ghanaian side were …": the side
        # a later sentence opens is its own officials', not those listed before it
        return None
    if any(t.lemma_.lower() in words("delegation_words") for t in sent) \
            and _after_a_verb_past_the_delegation(doc, mention.start, sent):
        return None  # "…, accompanied by NAME, called on President NAME2": the host
    others = [m for m in mentions if m is not mention and start <= m.span.start < end]
    if any(t.lemma_.lower() in words("delegation_words") for t in sent):
        # "X was accompanied by A and B. A met her Finnish counterpart C": the sentence
        # that names the delegation lists its members; the next ones may name the hosts.
        others = [m for m in others if sent.start_char <= m.span.start < sent.end_char]
    states = {p.state for m in others for p in m.positions if p.state and not p.former}
    # "accompanied by NAME, Minister of Foreign Affairs; NAME2, …": the office holders the
    # world data knows by those names tell the side, when the text states none of theirs
    # (a fuller form of a leader's name counts too: "President John Dramani Mahama" beside
    # the guest's minister leaves the side undecided)
    states |= {leader.iso2 for m in others if not any(p.state for p in m.positions)
               for leader in world.leaders_named(m.name)
               if leader.name == m.name or len(m.name.split()) > len(leader.name.split())}
    return next(iter(states)) if len(states) == 1 else None


def states_from_sentence(doc, index: HitIndex, mentions: list[PersonMention],
                          world: World) -> list[PersonMention]:
    """Offices stated without a state get a hint from their sentence: "his foreign minister,
    NAME" is of the state of the person "his" refers to; otherwise the one state the
    sentence names that no other person's office there claims ("For Chile, the team was
    headed by Foreign Minister NAME")."""
    result = []
    columns = _table_column_sides(doc, index)
    for number, mention in enumerate(mentions):
        position = mention.position
        # "her counterpart NAME" is of another state than "her": no hint from the owner.
        if position is None or position.state is not None or position.org is not None \
                or heads_a_body(position.role) \
                or counterpart_word_end(doc, mention.start) is not None:
            result.append(mention)
            continue
        if (body := _body_of_its_head(doc, index, mention, mentions, world)) is not None:
            result.append(replace(mention, position=replace(position, org=body)))
            continue
        sent = doc[mention.start].sent
        others = [m for m in mentions if m is not mention and sent.start <= m.start < sent.end]
        state = reporting = None
        k = address_start(doc, mention.start, None) - 1 if mention.start else -1
        while k >= sent.start and doc[k].lower_ not in ("his", "her", "their", ","):
            k -= 1
        if k - 2 >= sent.start and doc[k].text == "," \
                and doc[k - 1].lower_ in words("spouse_words") \
                and doc[k - 2].lower_ in ("his", "her"):
            k -= 2  # "King X and his wife, Queen Consort NAME": "his" owns the office
        if k >= sent.start and doc[k].lower_ in ("his", "her") and k >= mention.start - 5 \
                and not honorific_at(doc, k, world):
            reporting = _reporting_subject(doc, mention, result[:number])
            owner = reporting or next((m for m in reversed(result[:number])
                                       if m.start >= sent.start
                                       and m.position and m.position.state), None)
            state = owner.position.state if owner else None
        if state is None and (side := _side_before(doc, index, mention)
                              or _side_after(doc, index, mention)
                              or columns.get(mention.start)) is not None:
            # "on the Omani side by Foreign Minister NAME": the text states the side
            result.append(replace(mention, position=replace(position, state=side)))
            continue
        if state is None:
            state = _represented(doc, index, mention) or _side_of_subject(
                doc, index, mention) or _state_of_those_led(
                doc, index, mention) or _state_body_of_office(doc, index, mention, world)
        if state is None and (opening := _place_set_before(doc, index, mention, world)):
            # "In Tokyo, Chief Cabinet Secretary NAME told reporters … North Korea's …":
            # the opening city's state before one the sentence names later; the text
            # states it, so it holds over the dateline's for a spokesperson too
            result.append(replace(mention, position=replace(position, state=opening)))
            continue
        if state is None:
            # A past office holder recalled in the sentence ("the late Amir of X") is none
            # of the officials it lists.
            claimed = {p.state for m in others for p in m.positions if p.state and not p.former}
            # A state an office or a trip is "to"/"in" ("Ambassador to Peru") is a host, not
            # a side whose officials the sentence lists.
            # "…, and, for the Panamanian side, by …": states named past it are that side's
            side_opened = min((hit.end for hit in index.by_start.values()
                               if sent.start <= hit.start < sent.end
                               and hit.kind in ("state", "demonym")
                               and _side_named_after(doc, hit, mention)), default=sent.end)
            named = {hit.key for hit in index.by_start.values()
                     if sent.start <= hit.start < min(sent.end, side_opened)
                     and hit.kind in ("state", "demonym")
                     and not (hit.start > 0 and doc[hit.start - 1].lower_ in ("to", "in"))
                     and not _the_other_side_with(doc, hit)
                     and not _listed_after_to_or_in(doc, hit)
                     and not _envoys_subject(doc, hit.start, world)
                     and not _describes_another(doc, hit, world)
                     and not _of_a_name(doc, hit, others)
                     and not _of_an_enterprise(doc, hit)
                     and not _owner_of_a_thing(doc, hit, world)
                     and not _talked_about(doc, hit)
                     and not _visited(doc, hit, mention)
                     and not _of_an_office(doc, hit, world)
                     and not _listed_after_an_office(doc, index, hit, world)
                     and not _side_named_after(doc, hit, mention)
                     and not _quoted(doc, sent.start, hit.start)}
            free = named - claimed
            # "Foreign Secretary NAME and Pakistan's Foreign Secretary NAME2": no list of one
            # state's officials, whose one office NAME2 holds
            held = {p.state for m in others for p in m.positions
                    if p.state and not p.former and p.role == position.role} & {
                hit.key for hit in index.by_start.values()
                if sent.start <= hit.start < sent.end and hit.kind in ("state", "demonym")}
            if len(free) == 1:
                state = free.pop()
            elif not free and len(claimed) == 1 and not claimed & held and (
                    sum(1 for m in others if m.position and m.position.state
                        and not m.position.former) >= 2
                    or _in_delegation(doc[mention.start])) \
                    and not _claimed_by_a_later_title(doc, index, mention, others):
                # A list of officials of one state ("accompanied by NAME, Manpower
                # Minister, and NAME, Cabinet Secretary"): the others' state.
                state = next(iter(claimed))
        if state is None:
            state = _place_of_office(doc, index, mention, world) \
                or _place_set_before(doc, index, mention, world)
        if state is None and not _claimed_by_a_later_title(doc, index, mention, others):
            state = _delegation_state(doc, mention, mentions, world)
            if state is not None and _head_held_by_another(mention, mentions, state, world):
                state = None  # the host "President NAME" beside the guest President of X
        if state is None:
            state = _met_where_received(doc, index, mention, world)
        owner = (reporting.start, reporting.end, True) if reporting is not None else (
            _owner_at(doc, mention, k, world) or _list_peer_at(doc, index, mention, others, world))
        if state is None and owner is None:
            result.append(mention)
            continue
        result.append(replace(mention, state_hint=state, owner_at=owner))
    return result


def _body_of_its_head(doc, index: HitIndex, mention: PersonMention,
                      mentions: list[PersonMention], world: World) -> str | None:
    """ "NAME, the Secretary-General's Special Representative in the Sahel": an office the
    head of an international body owns is that body's (the one named with the head's
    title, or the one another person of the story heads by it), no state's."""
    sent = doc[mention.start].sent
    first_word = mention.position.role.lower().split()[0]
    for k in range(max(sent.start + 1, mention.start - 8), min(sent.end - 1, mention.end + 8)):
        if doc[k].lower_ not in ("'s", "’s"):
            continue
        after = k + 1
        while after < sent.end and doc[after].pos_ == "ADJ" \
                and doc[after].lower_ != first_word:
            after += 1
        found = title_at_end([t.lower_ for t in doc[max(sent.start, k - 4):k]], world)
        if after >= sent.end or doc[after].lower_ != first_word or found is None \
                or not heads_a_body(found[1].role):
            continue
        title_start = k - found[0]
        named = next((hit.key for hit in index.by_start.values()
                      if hit.kind == "org" and hit.end == title_start), None)
        return named or next((p.org for m in mentions for p in m.positions
                              if p.org and p.role == found[1].role), None)
    return None


def _reporting_subject(doc, mention: PersonMention, before: list[PersonMention]
                       ) -> PersonMention | None:
    """ "X held talks with Y, his press secretary NAME wrote", "X met Y, according to her
    spokesperson NAME": the aide who reports is the subject's, not the last person named;
    the person (with a state) the reported clause or the reporting verb has for subject."""
    token = doc[mention.end - 1]
    while token.dep_ in ("appos", "compound", "flat") and token.head is not token:
        token = token.head
    if token.dep_ == "nsubj":
        verb = token.head
        reported = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis")
                    and c.i < token.i]
    elif token.dep_ == "pobj" and token.head.lower_ == "to" \
            and token.head.head.lower_ == "according":
        reported = [token.head.head.head]
    else:
        return None
    for clause in reported:
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        owner = next((m for m in before if m.start <= subject.i < m.end
                      and m.position and m.position.state), None)
        if owner is not None:
            return owner
    return None


def _envoys_subject(doc, i: int, world: World) -> bool:
    """ "Special Envoy for Yemen", "Special Envoy of the Secretary-General on Myanmar": the
    state an envoy is for or on is what the office deals with, no side whose officials the
    sentence lists."""
    if i < 2 or doc[i - 1].lower_ not in ("for", "on"):
        return False
    for token in reversed(doc[max(0, i - 8):i - 1]):
        if token.lower_ in world.diplomat_heads():
            return True
        if token.is_punct or token.pos_ in ("VERB", "AUX"):
            return False  # "met on …", "the envoy, who left for …": not the title's
    return False


def _quoted(doc, start: int, i: int) -> bool:
    """Token ``i`` is inside a quotation opened after ``start``: a speaker's words
    ("… the sovereignty of Mauritius …"), not a side the narrator names."""
    return sum(1 for t in doc[start:i] if is_quote_mark(t)) % 2 == 1


def _after_a_verb_past_the_delegation(doc, start: int, sent) -> bool:
    """A finite verb of its own ("called on") stands between the sentence's word of
    delegation and the name ("made up of" does not end the list)."""
    words_ = [t.i for t in sent if t.lemma_.lower() in words("delegation_words") and t.i < start]
    return bool(words_) and any(_ends_a_list(t) for t in doc[words_[-1] + 1:start])


def _ends_a_list(token) -> bool:
    """A finite verb of its own ("called on") ends a list of a delegation's officials;
    "made up of", "accompanied by" do not."""
    return token.pos_ == "VERB" and token.tag_ in ("VBD", "VBZ", "VBP") \
        and token.lemma_.lower() not in words("delegation_words") \
        and token.lower_ not in NAME_PARTICLES \
        and (token.i + 1 >= len(token.doc) or token.doc[token.i + 1].lower_ not in ("up", "of"))


def _place_of_office(doc, index: HitIndex, mention: PersonMention, world: World) -> str | None:
    """ "the Mayor of Berlin, NAME", "NAME, Minister-President of Brandenburg": an office of
    a city or a region is of the state the place lies in."""
    sent = doc[mention.start].sent
    before = range(mention.start - 1, max(sent.start, mention.start - 10) - 1, -1)
    after = range(mention.end, min(sent.end, mention.end + 10))
    for span in (before, after):
        for k in span:
            hit = index.by_start.get(k)
            if hit is not None and hit.kind == "place" and k > 0 and (
                    doc[k - 1].lower_ == "of" or doc[k - 1].lower_ == "the" and k > 1
                    and doc[k - 2].lower_ == "of"
                    # "the Secretary of State for Wales, NAME": a minister's region, not
                    # an envoy's ("Special Envoy for Darfur")
                    # (an office's own "for": not "leaves for Kuala Lumpur, Cabinet
                    # Secretary NAME said")
                    or doc[k - 1].lower_ == "for" and _not_an_envoy(mention, world)
                    and k > 1 and world.is_title_word(doc[k - 2].lower_)
                    # "Brandenburg's Minister-President NAME", "Kurdistan Region Prime
                    # Minister NAME": the place before the office
                    or span is before and hit.end < len(doc) and (
                        doc[hit.end].lower_ in ("'s", "’s")
                        or world.is_title_word(doc[hit.end].lower_))):
                return state_of_hit(hit, world)
            if hit is not None and hit.kind in ("state", "demonym"):
                break  # "the Mayor of Lima of Peru": the state stated
            if doc[k].text in (".", ";"):
                break
    return None


def _not_an_envoy(mention: PersonMention, world: World) -> bool:
    info = world.title(mention.position.role.lower()) if mention.position else None
    return info is not None and info.kind in ("minister", "head_of_government")


def _met_where_received(doc, index: HitIndex, mention: PersonMention, world: World
                        ) -> str | None:
    """ "Foreign Secretary NAME met Vice Foreign Minister NAME2 in Beijing", "she was
    received in Luanda by the Speaker, NAME2": the one met or receiving, whose state
    nothing else says, is of the state of the city the meeting was in."""
    name = doc[mention.start:mention.end].root
    if name.dep_ == "appos":
        name = name.head  # "by the President of the National Assembly, NAME"
        while name.dep_ == "pobj" and name.head.lower_ == "of" and name.head.head.i < name.i:
            name = name.head.head  # the parser hangs NAME on "Assembly"
    verb = name.head
    if name.dep_ == "pobj" and verb.dep_ == "agent":
        verb = verb.head
    elif name.dep_ != "dobj":
        return None
    if verb.lemma_.lower() not in RECEIVING_LEMMAS:
        return None
    # the parser hangs "in Beijing" on the verb or on the name
    for prep in (c for c in (*verb.children, *name.children)
                 if c.dep_ == "prep" and c.lower_ == "in"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            hit = index.by_start.get(obj.left_edge.i) or index.by_start.get(obj.i)
            if hit is not None and hit.kind == "place" \
                    and (state := state_of_hit(hit, world)) is not None:
                return state
    return _received_there(doc, index, verb, world)


def _received_there(doc, index: HitIndex, verb, world: World) -> str | None:
    """ "… for a trip to Uganda, and was greeted there by Vice President NAME", "flew to
    Honiara, where he met Prime Minister NAME": the place "there" or "where" stands for,
    the last the sentence names before the verb."""
    if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
        hit = index.by_start.get(verb.head.left_edge.i) or index.by_start.get(verb.head.i)
        return state_of_hit(hit, world)
    if not any(c.lower_ == "there" and c.dep_ == "advmod" for c in verb.children):
        return None
    named = [hit for hit in index.by_start.values()
             if verb.sent.start <= hit.start and hit.end <= verb.i
             and hit.kind in ("place", "state")]
    return state_of_hit(max(named, key=lambda hit: hit.start), world) if named else None


def _place_set_before(doc, index: HitIndex, mention: PersonMention, world: World
                      ) -> str | None:
    """ "In Paramaribo, Vice President NAME told …", "Back in CITY, NAME …": the official
    the sentence opens on, placed by its opening "in CITY,", is of that city's state; "In
    Guatemala, Vice President NAME is in charge": of the state named."""
    sent = doc[mention.start].sent
    k = sent.start + (doc[sent.start].lower_ == "back")
    hit = index.by_start.get(k + 1)
    if doc[k].lower_ != "in" or hit is None or hit.kind not in ("place", "state") \
            or hit.end >= mention.start or doc[hit.end].text != "," \
            or mention.start - hit.end > 8 \
            or any(t.pos_ in ("VERB", "AUX") or t.text == "," or t.ent_type_ == "PERSON"
                   for t in doc[hit.end + 1:_before_apposed_name(doc, mention.start)]):
        return None
    return state_of_hit(hit, world)


def _before_apposed_name(doc, start: int) -> int:
    """Where the words before a name end: before the comma of "the Leader of the
    Opposition, NAME", whose office the comma sets beside the name."""
    return start - 1 if start > 0 and doc[start - 1].text == "," else start


def _claimed_by_a_later_title(doc, index: HitIndex, mention: PersonMention,
                              others: list[PersonMention]) -> bool:
    """ "Security Secretary NAME and Guatemala's Interior Minister NAME2 joined the talks":
    the state is named for the later official's office alone, so NAME is of the other
    side, not of NAME2's delegation."""
    return any(hit.kind in ("state", "demonym") and mention.end <= hit.start < other.start
               and hit.key == other.position.state
               for other in others if other.start > mention.end and other.position
               for hit in index.by_start.values())


def _head_held_by_another(mention: PersonMention, mentions: list[PersonMention], state: str,
                          world: World) -> bool:
    """Another person holds the mention's office of head of state or government for
    ``state``: a state has one president, so this one is another state's."""
    info = world.title(mention.position.role)
    if info is None or info.kind not in ("head_of_state", "head_of_government"):
        return False
    surname = mention.name.split()[-1]
    return any(m.name.split()[-1] != surname and m.position is not None
               and m.position.role == mention.position.role and m.position.state == state
               and not m.position.former for m in mentions)


def _in_delegation(token) -> bool:
    """The name hangs on a word of delegation ("accompanied by NAME", "the delegation
    included NAME") with no other verb between: one of a side's officials, not the host
    they "called on" after the list."""
    for ancestor in [token, *list(token.ancestors)[:6]]:
        if ancestor.lemma_.lower() in words("delegation_words"):
            return True
        if ancestor is not token and _ends_a_list(ancestor):
            return False  # "called on NAME" (not "made up of NAME")
    return False


def _subject_token(token):
    """The subject the name at ``token`` is part of ("NAME and the consul sat …": the
    subject's head), or None when the name is no subject."""
    while token.dep_ not in ("nsubj", "nsubjpass") and token.head.i != token.i \
            and token.dep_ in ("compound", "appos", "conj", "flat"):
        token = token.head
    return token if token.dep_ in ("nsubj", "nsubjpass") else None


def _represented(doc, index: HitIndex, mention: PersonMention) -> str | None:
    """ "STATE was represented by Deputy President NAME": the state the passive's
    subject names is the one NAME stands for."""
    token = name_head(doc, mention.end)
    if token.dep_ != "pobj" or token.head.dep_ != "agent" \
            or token.head.head.lemma_.lower() != "represent":
        return None
    subjects = [c for c in token.head.head.children if c.dep_ == "nsubjpass"]
    return next((hit.key for hit in index.by_start.values() for subject in subjects
                 if hit.kind in ("state", "demonym") and hit.start <= subject.i < hit.end),
                None)


def _side_of_subject(doc, index: HitIndex, mention: PersonMention) -> str | None:
    """ "Vice Foreign Minister NAME and the consul … sat on the Chilean side": the side the
    verb puts the persons its subject names on."""
    token = _subject_token(doc[mention.end - 1])
    if token is None:
        return None
    verb, sent = token.head, token.sent
    for hit in index.by_start.values():
        if not sent.start <= hit.start < sent.end or hit.kind not in ("state", "demonym") \
                or hit.end >= len(doc):
            continue
        side = doc[hit.end]
        if side.lemma_.lower() in words("delegation_words") and side.dep_ == "pobj" \
                and side.head.dep_ == "prep" and side.head.head.i == verb.i:
            return hit.key
    return None


def _state_body_of_office(doc, index: HitIndex, mention: PersonMention, world: World
                          ) -> str | None:
    """ "Chairman of the Mazhilis NAME", "NAME, Speaker of the Knesset": an office of a
    body of one state (its parliament, a ministry) is of that state."""
    sent = doc[mention.start].sent
    before = range(mention.start - 1, max(sent.start, mention.start - _BODY_REACH) - 1, -1)
    after = range(mention.end, min(sent.end, mention.end + _BODY_REACH))
    for span in (before, after):
        for k in span:
            if doc[k].text in (".", ";", ":") or (span is before and doc[k].text == ","):
                break
            hit = index.by_start.get(k)
            if hit is None or hit.kind != "org" or k == 0 \
                    or doc[k - 1].lower_ not in ("of", "the"):
                continue
            if (body := state_body(world, hit.key)) is not None:
                return body
    return None


#: How many tokens from a name the body of its office may be named.
_BODY_REACH = 8


def _state_of_those_led(doc, index: HitIndex, mention: PersonMention) -> str | None:
    """ "a delegation of Kenyan lawmakers led by Speaker NAME": the state of those the
    person leads, named in the words the verb of leading hangs on."""
    token = name_head(doc, mention.end)
    by = token.head
    verb = by.head
    if token.dep_ != "pobj" or by.lower_ != "by" or verb.dep_ != "acl" \
            or verb.lemma_.lower() not in words("leading_verbs"):
        return None
    states = {hit.key for t in verb.head.subtree if t.i < verb.i
              and (hit := index.by_start.get(t.i)) is not None
              and hit.kind in ("state", "demonym")}
    return states.pop() if len(states) == 1 else None


def _the_other_side_with(doc, hit) -> bool:
    """ "NAME signed a memorandum with the United Arab Emirates": the state after "with"
    is the other side of what the sentence tells, not the office's (not an adjective or a
    possessive before a title: "with Iranian Majlis Speaker NAME" may be the office's own)."""
    if hit.kind != "state" or (hit.end < len(doc) and doc[hit.end].tag_ == "POS"):
        return False
    k = hit.start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    return k >= 0 and doc[k].lower_ == "with"


def _listed_after_to_or_in(doc, hit) -> bool:
    """ "… schemes in Australia and [New Zealand]": a state listed after one that is "in"
    or "to", a place as much as the first."""
    token = doc[hit.start:hit.end].root
    if token.dep_ != "conj":
        return False
    while token.dep_ == "conj":
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in ("to", "in")


def _side_before(doc, index: HitIndex, mention: PersonMention) -> str | None:
    """ "attended on the Egyptian side by NAME and NAME2, and on the Omani side by NAME3":
    the side named before the persons it lists, back to the punctuation before."""
    floor = max(doc[mention.start].sent.start, mention.start - _SIDE_REACH)
    for k in range(mention.start - 1, floor - 1, -1):
        if doc[k].text in (",", ";", ".", ":"):
            return None
        if doc[k].lemma_.lower() in words("delegation_words") \
                and (hit := index.by_end.get(k)) is not None \
                and hit.kind in ("state", "demonym"):
            return hit.key
    return None


#: How many tokens before a name the side its list is on may be named.
_SIDE_REACH = 16


def _side_after(doc, index: HitIndex, mention: PersonMention) -> str | None:
    """ "NAME attended from the Kazakh side": the side named after the person in the same
    stretch of the clause (up to the next punctuation; a side after a comma opens the
    next list, see :func:`_side_named_after`)."""
    ceiling = min(doc[mention.start].sent.end, mention.end + _SIDE_REACH)
    for k in range(mention.end, ceiling):
        if doc[k].text in (",", ";", ".", ":"):
            return None
        if doc[k].lemma_.lower() in words("delegation_words") \
                and (hit := index.by_end.get(k)) is not None \
                and hit.kind in ("state", "demonym") and hit.start >= 2 \
                and doc[hit.start - 1].lower_ == "the" \
                and doc[hit.start - 2].lower_ in ("from", "on", "for") \
                and not _given_for_them(doc[hit.start - 2]):
            return hit.key
    return None


def _given_for_them(preposition) -> bool:
    """ "NAME hosted a dinner for the Ghanaian delegation": a thing given or an event
    hosted for a delegation, the host's side not theirs (not "signed for the X side")."""
    if preposition.lower_ != "for":
        return False
    head = preposition.head
    return head.pos_ in ("NOUN", "PROPN") or head.lemma_.lower() in HOSTING_LEMMAS


#: What divides the cells of a table turned into text: a bar or a tab.
_CELL_BREAK = re.compile(r"[|\t]")


def _table_column_sides(doc, index: HitIndex) -> dict[int, str]:
    """The side of each token of a table's cell whose column's header names one state
    ("Sr. No. | Name of MoU | Signed by (Indian side) | Signed by (Maldivian side)"): the
    officials listed under it sign for that side.  A table is a run of lines with as many
    cells each; its first line is its header."""
    text = doc_text(doc)
    sides: dict[int, str] = {}
    header: list[str | None] | None = None
    offset = 0
    for line in text.split("\n"):
        start, offset = offset, offset + len(line) + 1
        breaks = [m.start() for m in _CELL_BREAK.finditer(line)]
        if not breaks:
            header = None
            continue
        cells = list(zip([-1, *breaks], [*breaks, len(line)], strict=True))
        if header is None or len(cells) != len(header):
            header = []
            for a, b in cells:
                piece = doc.char_span(start + a + 1, start + b, alignment_mode="contract")
                keys = {hit.key for t in (piece or ()) if (hit := index.covered.get(t.i))
                        and hit.kind in ("state", "demonym")}
                header.append(keys.pop() if len(keys) == 1 else None)
            continue
        for (a, b), side in zip(cells, header, strict=True):
            piece = doc.char_span(start + a + 1, start + b, alignment_mode="contract")
            if side is not None and piece is not None:
                sides.update((t.i, side) for t in piece)
    return sides


def _side_named_after(doc, hit, mention: PersonMention) -> bool:
    """ "attended by NAME, Vice President; and, from the Indonesian side, NAME2": a side
    named after a person opens the list of its own officials, which follow it."""
    return hit.start > mention.start and hit.end < len(doc) \
        and doc[hit.end].pos_ == "NOUN" \
        and doc[hit.end].lemma_.lower() in words("delegation_words")


def _describes_another(doc, hit, world: World) -> bool:
    """ "received the Lao leader", "his Malian counterpart": the adjective is the state of
    the person the words describe, not of an office named elsewhere in the sentence."""
    if hit.kind == "state" and hit.end + 1 < len(doc) and doc[hit.end].lower_ in ("'s", "’s"):
        # "Foreign Secretary NAME and Bhutan's Foreign Secretary then signed": the state of
        # the office the possessive names, held by another
        return _opens_a_title(doc, hit.end + 1, world)
    if hit.kind != "demonym" or hit.end >= len(doc):
        return False
    head = doc[hit.end].lower_
    if head in words("generic_heads") or head in words("counterpart_words"):
        return True  # "the Lao leader", "his Malian counterpart"
    # "received the Senegalese president", "met with Qatari Minister of State NAME": the
    # adjective before a title is that office's state, not one the sentence leaves free
    return _opens_a_title(doc, hit.end, world)


def _opens_a_title(doc, i: int, world: World) -> bool:
    """A title of one or two words starts at token ``i`` ("president", "Foreign
    Secretary")."""
    return world.title(doc[i].lower_) is not None or world.title(
        " ".join(t.lower_ for t in doc[i:i + 2])) is not None


def _of_a_name(doc, hit, others: list[PersonMention]) -> bool:
    """ "hosts Singapore's NAME", "greets Malaysian NAME": the state is the named person's,
    not one the sentence leaves free for another office."""
    after = hit.end + 1 if hit.end < len(doc) and doc[hit.end].lower_ in ("'s", "’s") \
        else hit.end
    return any(m.start == after for m in others)


def _owner_of_a_thing(doc, hit, world: World) -> bool:
    """ "Speaker NAME praised Qatar's mediation efforts", "… before going aboard the Indian
    ships": a state owning a thing, not an office or a side ("Qatar's Foreign Minister",
    "Qatar's delegation"), is what the sentence speaks of, not whose official NAME is."""
    owner = doc[hit.end - 1]
    if hit.kind == "demonym" and owner.dep_ in ("amod", "compound") and owner.head.i > owner.i:
        owned = owner.head  # "go aboard the Indian ships": a thing of the state's
        if owned.lemma_.lower() in words("team_nouns"):
            return False  # "members of the Turkish IPU group": a body of its people
    elif hit.kind != "state" or hit.end >= len(doc) \
            or doc[hit.end].lower_ not in ("'s", "’s", "'", "’") or owner.dep_ != "poss":
        return False
    else:
        owned = owner.head
    return owned.pos_ == "NOUN" and owned.text.islower() \
        and owned.lemma_.lower() not in words("state_agent_nouns") \
        and owned.lemma_.lower() not in words("delegation_words") \
        and (not world.is_title_word(owned.lower_)
             # "the Sri Lankan army": a word of titles that makes none with the words
             # before it is a thing of the state's, no office ("Qatar's foreign minister")
             # nor the owner of one ("the Argentine national government's Chief of Cabinet")
             or title_at_end([t.lower_ for t in doc[hit.end:owned.i + 1]
                              if t.lower_ not in ("'s", "’s", "'", "’")], world) is None
             and doc[owned.i + 1:owned.i + 2].text not in ("'s", "’s"))


def _root_of(doc, hit):
    """The token of a hit's words that hangs outside them (its head in the parse), or None."""
    return next((t for t in doc[hit.start:hit.end]
                 if not hit.start <= t.head.i < hit.end or t.head.i == t.i), None)


def _visited(doc, hit, mention: PersonMention) -> bool:
    """ "NAME accepted an invitation to visit Croatia": the state NAME is to visit is a host,
    not NAME's side (as a state "to" or "in" which one travels is not); it may still be the
    side of another official ("NAME2's spokesperson said NAME had accepted …")."""
    root = _root_of(doc, hit)
    if root is None or root.dep_ != "dobj" \
            or root.head.lemma_.lower() not in words("visit_nouns"):
        return False
    # the subject of the first verb above the visit that has one: its guest
    for verb in [root.head, *list(root.head.ancestors)[:5]]:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return any(s.left_edge.i <= mention.start <= s.right_edge.i for s in subjects)
    return False


def _of_an_office(doc, hit, world: World) -> bool:
    """ "The Prime Minister of X, in town for talks, met …": the state of an office the
    sentence names (its holder's, named or not), not one it leaves free for another."""
    k = _before_the_name(doc, hit.start)
    if k < 2 or doc[k].lower_ != "of":
        return False
    j = k - 1
    # (over "the First Deputy Premier and Minister of Finance of")
    while j > 0 and doc[j].lower_ != "the" and (world.is_title_word(doc[j].lower_)
                                                 or doc[j].lower_ in ("of", "and", "for", "-")):
        j -= 1
    # "the Prime Minister of", not "…, Minister of Foreign Affairs and Cooperation of the
    # Union of X" (the name's own office, its state unparsed) nor "on behalf of the
    # Government of X"
    return j < k - 1 and doc[j].lower_ == "the" \
        and any(world.title(" ".join(t.lower_ for t in doc[i:k])) is not None
                for i in range(j + 1, k))


def _before_the_name(doc, start: int) -> int:
    """The token before a state's name starting at ``start``, past the words the
    gazetteer may leave out of it: "the", "the Republic of" ("… of the Republic of
    Greece", "…, the Republic of Poland")."""
    k = start - 1
    if k > 1 and doc[k].lower_ == "of" and doc[k - 1].lower_ == "republic":
        k -= 2
    if k > 0 and doc[k].lower_ == "the":
        k -= 1
    return k


def _listed_after_an_office(doc, index: HitIndex, hit, world: World) -> bool:
    """ "the foreign ministers of Romania, the Republic of Poland and Türkiye": every
    state of the list after an office's "of" is an office's, as the first is."""
    for _ in range(_LIST_REACH):
        k = _before_the_name(doc, hit.start)
        if k < 1 or doc[k].lower_ not in (",", "and"):
            return False
        k -= doc[k - 1].text == ","  # ", and"
        hit = index.covered.get(k - 1)
        if hit is None or hit.kind not in ("state", "demonym"):
            return False
        if _of_an_office(doc, hit, world):
            return True
    return False


#: How many states back a list is followed to the office it comes after.
_LIST_REACH = 6


def _talked_about(doc, hit) -> bool:
    """ "President NAME discussed Sudan with …", "talks on Sudan": the state talked about
    is no side of the sentence's officials."""
    root = _root_of(doc, hit)
    if root is None:
        return False
    if root.dep_ == "dobj":
        return root.head.lemma_.lower() in words("deliberation_verbs")
    return root.dep_ == "pobj" and root.head.lower_ in TALKED_ABOUT


def _of_an_enterprise(doc, hit) -> bool:
    """ "the Export-Import Bank of China", "the Embassy of Cabo Verde", "the Indian agency",
    "Chinese companies": a state naming an enterprise or a mission, whose people are not
    the sentence's other officials."""
    if hit.kind == "demonym" and hit.end < len(doc) \
            and doc[hit.end].lemma_.lower() in words("enterprise_nouns"):
        return True
    k = hit.start - 1
    if k > 0 and doc[k].lower_ == "the":
        k -= 1
    return k > 0 and doc[k].lower_ == "of" and doc[k - 1].text[:1].isupper() \
        and doc[k - 1].lower_ in words("enterprise_nouns")


def _list_peer_at(doc, index: HitIndex, mention: PersonMention, others: list[PersonMention],
                  world: World) -> tuple[int, int, bool] | None:
    """In a list of three or more officials ("Foreign Minister NAME, Manpower Minister NAME,
    Cabinet Secretary NAME"), an office with no state is of the state of the listed
    official the world data knows: the owner position of that official's name.  A later
    official whose own title names a state ("NAME and Chile's Minister NAME2") is of the
    other side, not a peer."""
    titled = [m for m in others if m.position is not None and not m.position.former]
    if len(titled) < 2 and not (titled and _joined_offices(doc, titled[0], mention, world)):
        return None
    # "… at the invitation of President NAME, Press Secretary NAME2 told reporters": the
    # subject of a clause heads its own list, whose peers follow it
    subject = doc[mention.start:mention.end].root.dep_ in ("nsubj", "nsubjpass")
    for peer in sorted(titled, key=lambda m: abs(m.start - mention.start)):
        if subject and peer.start < mention.start:
            continue
        between = doc[min(peer.end, mention.end):max(peer.start, mention.start)]
        if any(t.text in (";", ":", ".") or t.pos_ == "VERB" for t in between):
            continue
        if any(t.pos_ == "ADP" and not between.start <= t.head.i < between.end
               for t in between):
            continue  # "the greetings of President NAME to President NAME2": no list
        if peer.start > mention.start and any(
                (hit := index.covered.get(t.i)) is not None and hit.kind in ("state", "demonym")
                for t in [*between, *_own_apposition(doc, peer, others)]):
            continue  # "A, Minister of State, and B, Cabinet Secretary … of Kenya": two sides
        if peer.position.state or len({leader.iso2 for leader in
                                        world.leaders_named(peer.name)}) == 1:
            return peer.start, peer.end, True
    return None


def _joined_offices(doc, peer: PersonMention, mention: PersonMention, world: World) -> bool:
    """ "STATE's Minister of Foreign Affairs, NAME, and Minister of Defence, NAME2": an
    office joined by "and" to the one before, with nothing but its title between, and set
    off by a comma as the first was, shares the state of the first (not "signed by X's
    Minister, NAME, and Foreign Secretary NAME2", each side's signer)."""
    between = doc[peer.end:mention.start]
    return peer.position.state is not None and peer.end < mention.start \
        and doc[mention.start - 1].text == "," and doc[peer.start - 1].text == "," \
        and any(t.lower_ == "and" for t in between) \
        and all(t.text == "," or t.lower_ == "and" or t.pos_ in ("ADP", "DET")
                or world.is_title_word(t.lower_) for t in between)


def _own_apposition(doc, mention: PersonMention, others: list[PersonMention]):
    """The words after a name up to the next name or the end of its clause: where its own
    office ("NAME, Cabinet Secretary for Trade of Kenya") is written."""
    stop = min([m.start for m in others if m.start > mention.start]
               + [doc[mention.start].sent.end])
    words_ = []
    for token in doc[mention.end:stop]:
        if token.text in (";", ":", ".") or token.pos_ == "VERB":
            break
        words_.append(token)
    return words_


#: How many tokens back a sentence-initial "he" may find the person it stands for.
_PRONOUN_REACH = 300


def _owner_at(doc, mention: PersonMention, his: int, world: World
              ) -> tuple[int, int, bool] | None:
    """Where the owner of a stateless office is named: before "his"/"her" next to the
    office, before the possessive of "NAME's press secretary", or before the verb of
    "X was accompanied by" a list the office is part of."""
    sent = doc[mention.start].sent
    if his >= sent.start and doc[his].lower_ in ("his", "her") and his >= mention.start - 5 \
            and not honorific_at(doc, his, world):
        return sent.start, his, False
    j = address_start(doc, mention.start, None) - 1
    while j > sent.start and doc[j].lower_ not in ("'s", "’s") and j >= mention.start - 6 \
            and doc[j].text not in (",", ";"):
        j -= 1
    if j > sent.start and doc[j].lower_ in ("'s", "’s") and doc[j - 1].pos_ == "PROPN" \
            and not world.is_title_word(doc[j - 1].lower_) \
            and doc[j - 1].ent_type_ != "GPE" and world.state_by_name(doc[j - 1].text) is None:
        # (not "Prime Minister's Office", nor "Kenya's Trade Cabinet Secretary, NAME")
        return sent.start, j, True
    if j > sent.start and doc[j].lower_ in ("'s", "’s") \
            and world.is_title_word(doc[j - 1].lower_):
        # "The Chief Adviser's press secretary, NAME": the state of that office's holder
        return sent.start, j, False
    subject = _subject_token(doc[mention.end - 1])
    if subject is not None and subject.head.lemma_.lower() == "accompany":
        # "NAME and several cabinet secretaries accompanied President NAME2": NAME2's side
        accompanied = next((c for c in subject.head.children if c.dep_ == "dobj"), None)
        if accompanied is not None:
            return accompanied.left_edge.i, accompanied.right_edge.i + 1, False
    for k in range(mention.start - 1, sent.start, -1):
        if doc[k].lemma_.lower() == "accompany" and _by_after(doc, k) \
                and doc[k] in doc[mention.start].ancestors \
                and not any(_ends_a_list(t) for t in doc[k + 2:mention.start]):
            # Not the host the guest then "called on": a verb ends the list of companions.
            if doc[sent.start].lower_ in ("he", "she"):
                # "He will be accompanied by …": "he" is the latest sentence's named subject.
                return _latest_named_subject(doc, sent.start)
            return sent.start, k, False
    return None


#: How many words a phrase between "accompanied" and "by" may have ("on the trip").
_ACCOMPANIED_REACH = 4


def _by_after(doc, verb: int) -> bool:
    """ "accompanied by", "accompanied on the trip by": the verb's agent follows, past a
    short phrase of no punctuation."""
    for k in range(verb + 1, min(len(doc), verb + 2 + _ACCOMPANIED_REACH)):
        if doc[k].lower_ == "by":
            return True
        if doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX"):
            return False
    return False


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
