"""Person mentions: name spans with the offices stated next to them and the state
hints from their sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..world import World
from .facts import Position
from .mention_types import Hit, PersonMention
from .names import (
    ANCESTRY,
    add_names_after_courtesy,
    add_names_before_offices,
    add_names_in_apposition,
    add_names_of_copula_offices,
    add_surnames,
    clean_person,
    drop_bodies_with_titles,
    drop_building_names,
    drop_listed_portfolios,
    drop_names_of_works_and_acronyms,
    drop_office_words,
    drop_street_names,
    extend_left,
    extend_right,
    extend_surname,
    find_nicknames,
    join_ancestry_chains,
    join_hyphened_styles,
    join_name_tails,
    join_particle_surnames,
    keep_given_name_titles,
    keep_name_forming_honorific,
    name_after_title,
    title_openings,
    trim_names,
)
from .office_lists import (
    apply_respectively,
    apply_state_name_pairs,
    counterpart_position,
    plural_title_of_list,
    predecessor_position,
)
from .offices import (
    address_start,
    ends_coordinated_offices,
    office_before_a_qualified_office,
    office_before_the_comma,
    office_in_relative_clause,
    office_on_next_line,
    offices_before,
    offices_with_qualifier_before,
    positions_after,
    subject_after_an_opening_phrase,
)
from .person_states import states_from_sentence
from .rules import words
from .tokens import (
    HitIndex,
    building_named_before,
    doc_text,
    doc_tokens,
    is_style_role,
    span_of,
    state_phrase_after,
)

# The world data's leaders' full names by their first word, per world: built once.
_LEADER_NAMES: dict[int, dict[str, list[str]]] = {}


def _leader_names(world: World) -> dict[str, list[str]]:
    if id(world) not in _LEADER_NAMES:
        by_first: dict[str, list[str]] = {}
        for form in {form for leader in world.leaders for form in (leader.name, *leader.aliases)
                     if len(form.split()) >= 2 or _is_acronym(form)}:
            # (keyed without a full stop: "Ma. NAME" is the tokens "Ma" and ".")
            by_first.setdefault(re.split(r"[\s'’-]", form, maxsplit=1)[0].rstrip("."),
                                []).append(form)
        for forms in by_first.values():
            forms.sort(key=len, reverse=True)
        _LEADER_NAMES[id(world)] = by_first
    return _LEADER_NAMES[id(world)]


def _is_acronym(form: str) -> bool:
    """A leader's initials the world data knows ("AMLO"): a name of its own."""
    return len(form) >= 3 and form.isalpha() and form.isupper()


def add_known_leaders(doc, ranges: dict[int, int], index: HitIndex, world: World,
                      story_start: int) -> None:
    """A leader's full name the world data knows, written as it knows it, is a person even
    where the tagger saw none ("… of Viet Nam To Lam held talks", read as one body's name)."""
    names = _leader_names(world)
    text = doc_text(doc)
    taken = {i for start, end in ranges.items() for i in range(start, end)}
    for token in doc_tokens(doc):
        forms = names.get(token.text)
        if not forms or token.idx < story_start \
                or token.i in taken and token.i not in ranges:
            continue
        if token.i > 0 and doc[token.i - 1].lower_ in ANCESTRY:
            continue  # "Abdulaziz bin Salman bin Abdulaziz": a father's name, not the father
        form = next((f for f in forms if text.startswith(f, token.idx) and not (
            token.idx + len(f) < len(text) and (text[token.idx + len(f)].isalnum()
                                                or text[token.idx + len(f)] == "-"))), None)
        piece = doc.char_span(token.idx, token.idx + len(form)) if form else None
        if piece is None or any(i in index.covered for i in range(piece.start, piece.end)) \
                or doc[piece.end - 1].sent.start > piece.start:
            continue  # (a name the parser cut in two sentences at "Ma." is left as it is)
        if building_named_before(doc, piece.end):
            continue  # "the [NAME] Building": a building named after the leader
        # The tagger's names inside the known full name are its pieces ("[Hassan Sheikh]
        # Mohamud", "[Kay Rala] [Xanana Gusmão]", "[Ma]. [Theresa Lazaro]"): the whole
        # name replaces them; a tagger's name running past it stays.
        inside = [s for s, e in ranges.items() if s < piece.end and e > piece.start]
        if any(s < piece.start or ranges[s] > piece.end for s in inside) \
                or inside and min(inside) != piece.start \
                or ranges.get(piece.start) == piece.end:
            continue  # (nor a known form with a title before the tagger's name: "King X")
        for s in inside:
            del ranges[s]
        end = piece.end
        full = len(piece) >= 2 and not any(world.is_title_word(t.lower_) for t in piece)
        if full and end < len(doc) and (after := doc[end]).pos_ == "PROPN" and after.is_alpha \
                and after.text.istitle() and after.ent_type_ in ("", "PERSON") \
                and end not in index.covered and end not in taken \
                and not world.is_title_word(after.lower_) and piece[-1].whitespace_:
            end += 1  # "NAME Cuéllar": a second surname the world data's form leaves out
        ranges[piece.start] = end
        taken.update(range(piece.start, end))


def _whole_hyphened_names(doc, ranges: dict[int, int], world: World) -> dict[int, int]:
    """ "Ramos-Horta": the tagger may have taken only the part after the hyphen for a name;
    the word joined before it is the name's too, and a part found inside the hyphened
    name is no name of its own."""
    for start, end in list(ranges.items()):
        if start >= 2 and doc[start - 1].text in ("-", "‐") and not doc[start - 2].whitespace_ \
                and not doc[start - 1].whitespace_ and doc[start - 2].is_title \
                and doc[start - 2].is_alpha and start - 2 not in ranges \
                and not world.is_title_word(doc[start - 2].lower_) \
                and not any(s <= start - 2 < e for s, e in ranges.items()):
            del ranges[start]
            ranges[start - 2] = end
    return {start: end for start, end in ranges.items()
            if not any(s <= start and end <= e and (s, e) != (start, end)
                       for s, e in ranges.items())}


def _without_pairs_of_names(doc, ranges: dict[int, int]) -> dict[int, int]:
    """ "talk of an Abiy-Isaias summit": two persons' names joined by a hyphen, each the
    name of another person of the story, are the pair, no person."""
    words_of = {(s, e): {doc[i].lower_ for i in range(s, e)} for s, e in ranges.items()}

    def pair(start: int, end: int) -> bool:
        if end - start != 3 or doc[start + 1].text not in ("-", "‐") \
                or doc[start].whitespace_ or doc[start + 1].whitespace_:
            return False
        first, second = doc[start].lower_, doc[start + 2].lower_
        names = [name for span, name in words_of.items() if span != (start, end)]
        # (two persons' names: not one name holding both words, "Al Thani" of "Al-Thani")
        return any(first in name for name in names) and any(second in name for name in names) \
            and not any(first in name and second in name for name in names)
    return {start: end for start, end in ranges.items() if not pair(start, end)}


def find_person_mentions(doc, hits: list[Hit], world: World,
                         story_start: int = 0) -> list[PersonMention]:
    """Person names in the story text, each with the office stated next to it."""
    index = HitIndex(doc, hits)
    ranges: dict[int, int] = {}
    in_persons = {i for ent in doc.ents if ent.label_ == "PERSON"
                  for i in range(ent.start, ent.end)}
    for ent in doc.ents:
        # A leader's full name the tagger took for something else ("Ana Ruiz-Tagle" as
        # an organisation) is a person all the same; so is a name joined by "and" to a
        # person's ("the defence ministers, NAME and Margarita Robles"), capitalised words
        # the gazetteer knows nothing of.
        other = ent.label_ != "PERSON" and len(ent.text.split()) >= 2 \
            and not any(i in index.covered for i in range(ent.start, ent.end))
        leader = other and bool(world.leaders_named(ent.text))
        joined = other and ent.label_ in ("ORG", "NORP", "GPE", "PRODUCT") \
            and ent.root.dep_ == "conj" and ent.root.head.i in in_persons \
            and all(t.is_title and t.is_alpha for t in ent)
        if (ent.label_ == "PERSON" or leader or joined) and ent.start_char >= story_start:
            cleaned = clean_person(doc, ent.start, ent.end, index, world, entity=True)
            if cleaned:
                start = extend_left(doc, cleaned[0], index, world, ent.sent.start)
                if doc[start].idx >= story_start:
                    ranges[start] = extend_right(doc, cleaned[1], index) \
                        if cleaned[1] == ent.end else cleaned[1]
    add_known_leaders(doc, ranges, index, world, story_start)
    join_ancestry_chains(doc, ranges)
    join_particle_surnames(doc, ranges)
    join_name_tails(doc, ranges, world)
    join_hyphened_styles(doc, ranges, world)
    # Names spaCy missed but a title announces: "President Jane Doe".
    tokens = doc_tokens(doc)
    for i in title_openings(doc, world):
        if tokens[i].idx < story_start or (found := name_after_title(doc, index, i,
                                                                     world)) is None:
            continue
        j, k = found
        inside = [s for s in ranges if j < s < k]
        if j in ranges and ranges[j] < k:
            extend_surname(doc, ranges, j, k)
        elif len(inside) == 1 and doc[inside[0] - 1].lower_ in ANCESTRY \
                and ranges[inside[0]] <= k and not any(s < j < e for s, e in ranges.items()):
            # "Minister of State NAME bint [NAME bin NAME]": the given name the tagger left
            # out before "bint" opens the name
            ranges[j] = max(k, ranges.pop(inside[0]))
        elif not any(j <= s < k for s in ranges):
            cleaned = clean_person(doc, j, k, index, world)
            if cleaned and not any(s <= cleaned[0] < e for s, e in ranges.items()):
                ranges[cleaned[0]] = cleaned[1]
    add_names_before_offices(doc, ranges, index, world, story_start)
    add_names_after_courtesy(doc, ranges, index, world, story_start)
    add_names_in_apposition(doc, ranges, index, world, story_start)
    add_names_of_copula_offices(doc, ranges, index, world, story_start)
    add_surnames(doc, ranges, index, world, story_start)
    keep_name_forming_honorific(doc, ranges, world)
    drop_listed_portfolios(doc, ranges, world)
    drop_office_words(doc, ranges, world)
    drop_bodies_with_titles(doc, ranges, world)
    drop_street_names(doc, ranges)
    drop_building_names(doc, ranges)
    drop_names_of_works_and_acronyms(doc, ranges)
    trim_names(doc, ranges, world)
    keep_given_name_titles(doc, ranges, index, world)
    ranges = _whole_hyphened_names(doc, ranges, world)
    ranges = _without_pairs_of_names(doc, ranges)
    nicknames = find_nicknames(doc, ranges)
    mentions: list[PersonMention] = []
    # The tokens of the names found (the tagger's persons that are none left out).
    name_tokens = frozenset(i for start, end in ranges.items() for i in range(start, end))
    for start, end in sorted(ranges.items()):
        nickname, nick_tokens = nicknames.get(start, (None, frozenset()))
        # "Prime Minister and Minister of Defence NAME": the offices joined before the one
        # written next to the name come first.
        *joined, before = offices_before(doc, index, start, world) or [None]
        address = address_start(doc, start, world)
        closes_other = address < start and (ends_coordinated_offices(doc, address, world)
                                            or _apposition_of_previous(doc, address, ranges,
                                                                       index, world)
                                            or subject_after_an_opening_phrase(doc, address,
                                                                               start))
        if before is None and address < start and not closes_other:
            # "Minister of Fisheries and Oceans of Chile, Dr. NAME": the office stands
            # before the courtesy title and the comma.
            # "Australia's Deputy Prime Minister and Minister for Defence, the Hon NAME":
            # the offices joined by "and" share the state written before the first.
            *joined, before = offices_before(doc, index, address, world) \
                or offices_with_qualifier_before(doc, index, address, world, name_tokens) \
                or [None]
            if before is not None and (
                    comma := office_before_the_comma(doc, index, address, world)
                    or office_before_a_qualified_office(doc, index, address, world,
                                                        name_tokens)):
                # "The Senior Minister, Minister of Trade, Industry and X, Mrs. NAME":
                # both offices, of one state
                joined = [comma if comma.org else replace(comma, state=comma.state or before.state),
                          *joined]
        if before is None and not closes_other:
            *joined, before = offices_with_qualifier_before(
                doc, index, start, world, name_tokens) or [None]
        # "NAME 'Nick', the president of X": the apposition follows the nickname.
        close = max(end, max((i + 1 for i in nick_tokens), default=end))
        after = positions_after(doc, index, close, world, titled=before is not None
                                 and not is_style_role(before.role, world))
        # A royal style before the name ("Prince X, Crown Prince and Prime Minister")
        # yields to the offices stated after it.
        if before is not None and after and is_style_role(before.role, world):
            before, joined = None, []
        positions = [*joined, *([before] if before else [])]
        if before is not None and (comma := office_before_the_comma(doc, index, start, world)):
            # "the Swiss foreign minister, Federal Councillor NAME": both offices, and the
            # state the first one states
            positions = [comma, *(replace(p, state=p.state or comma.state) for p in positions)]
        positions += [p for p in after if p not in positions]
        if not positions and (relative := office_in_relative_clause(doc, index, close, world)):
            positions = [relative]  # "NAME, who resigned as Prime Minister in 2022,"
        if all(_a_seat(p, world) for p in positions) \
                and (below := office_on_next_line(doc, close, world)) is not None:
            # "Senator the Hon NAME" over "President of the Senate": the header's office
            positions = [below, *positions]
        # "King NAME of Jordan", "President NAME of Nigeria": the state follows the name
        # (of the first office a state's, not "the AU Chairperson, President NAME of X"'s).
        first = next((n for n, p in enumerate(positions) if p.org is None), None)
        if first is not None and positions[first].state is None:
            states, _ = state_phrase_after(doc, index, end)
            if len(states) == 1:
                positions[first] = replace(positions[first], state=states[0])
        counterpart = None
        if not positions:
            counterpart = counterpart_position(doc, index, start, mentions, world,
                                               doc[start:end].text)
            positions = [counterpart] if counterpart else []
        elif all(_a_royal_rank(p, world) for p in positions):
            # "his Saudi counterpart, Prince NAME": the counterpart's office, and the rank
            title_start = start
            while title_start > 0 and world.is_title_word(doc[title_start - 1].lower_):
                title_start -= 1
            counterpart = counterpart_position(doc, index, title_start, mentions, world)
            positions = [counterpart, *positions] if counterpart else positions
        if not positions:
            held = predecessor_position(doc, address, mentions)  # "predecessor, Dr NAME"
            positions = [held] if held else []
        if not positions:
            shared = plural_title_of_list(doc, index, start, mentions, world)
            positions = [shared] if shared else []
        # ("A.Aripov": the initial the tokenizer split off stands apart in the name)
        text = "".join(t.text_with_ws if t.whitespace_ or not t.text.endswith(".")
                       else t.text + " " for t in doc[start:end] if t.i not in nick_tokens)
        name = " ".join(text.replace("’", "'").split())
        if name.endswith(".") and len(doc[end - 1]) > 2 and world.leaders_named(name[:-1]):
            name = name[:-1]  # "Hun Sen." closing a sentence: the tokenizer's "Sen." of Senator
        mentions.append(PersonMention(name, start, end, span_of(doc, start, end),
                                      positions[0] if positions else None,
                                      tuple(positions[1:]), counterpart=counterpart is not None,
                                      nickname=nickname))
    mentions = apply_state_name_pairs(doc, index, mentions, world)
    return states_from_sentence(doc, index, apply_respectively(doc, index, mentions, world),
                                 world)


#: Royal ranks below this are a family's, not a reign's (titles.csv: a prince 60, a crown
#: prince 80; a king, an emir, a sultan 95).
_NOT_REIGNING_BELOW = 85


def _a_royal_rank(position: Position, world: World) -> bool:
    """A royal family's rank ("Prince", "Princess"), no office of a state's government."""
    info = world.title(position.role)
    return info is not None and info.kind == "royal" and info.rank < _NOT_REIGNING_BELOW


def _a_seat(position: Position, world: World) -> bool:
    """A seat in a chamber ("Senator", "Member of Parliament"), no office of its own."""
    info = world.title(position.role)
    return info is not None and info.kind == "legislator" and info.rank < 50


#: Longest office phrase between two names of a list, in tokens.
_APPOSITION_SPAN = 24


#: Commas an office's list of portfolios may hold ("Minister of Foreign Affairs,
#: International Trade and Worship").
_INNER_COMMAS = 2


def _apposition_of_previous(doc, address: int, ranges: dict[int, int], index: HitIndex,
                            world: World) -> bool:
    """ "NAME, premier of the Cabinet, NAME2, foreign minister": in a list of names each
    followed by its office, the office before NAME2's comma is NAME's apposition.  Not in a
    list of offices each followed by its name ("the President of X, NAME, the President of
    Y, NAME2"): there the office before the comma is NAME2's."""
    if doc[address].text != ",":
        return False
    floor = max(doc[address].sent.start, address - _APPOSITION_SPAN)
    k = address - 1
    inner = 0
    while k > floor and (doc[k].text not in (",", ";", ":", "(", ")") or (
            # "NAME, Minister of Foreign Affairs, Trade and Worship of X, NAME2":
            # a comma between the portfolios of one office
            doc[k].text == "," and k not in ranges.values() and inner < _INNER_COMMAS
            and doc[k + 1].text[:1].isupper()
            and doc[k + 1].lower_ not in words("determiners")
            and (k + 1) not in ranges and (inner := inner + 1))):
        if doc[k].pos_ in ("VERB", "AUX"):
            return False  # "NAME, received the Ambassador …, NAME2": a clause, no apposition
        if any(start <= k < end for start, end in ranges.items()):
            return False  # "NAME, Information Minister NAME3 and the Minister of X, NAME2"
        k -= 1
    # ", and X's chief of staff, NAME2": the next item of the list, with its own office;
    # ", in the presence of X's Minister, NAME2": a phrase of the clause, not NAME's office.
    # (", whereas Nepal's Minister, NAME2, …": a clause of its own, opened by its conjunction)
    if not (k > floor and doc[k].text == "," and k in ranges.values()
            and doc[k + 1].lower_ not in ("and", "or")
            and doc[k + 1].pos_ not in ("ADP", "SCONJ")):
        return False
    previous = next(start for start, end in ranges.items() if end == k)
    before = address_start(doc, previous, world)
    return not (before < previous and offices_before(doc, index, before, world))

