"""Gazetteer hits: names of states, demonyms, places and organisations of ``data/world``
found in a parsed ``Doc``.
"""

from __future__ import annotations

from ..world import World
from .mention_types import Hit
from .rules import words
from .tokens import doc_tokens, span_of, token_lowers

# Words a place follows ("in Aachen", "visited Johor"), so an untagged name there is one.
_PLACE_BEFORE = frozenset(words("place_before_words"))

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


def find_gazetteer_hits(doc, nlp, world: World, home_state: str | None = None) -> list[Hit]:
    """Longest non-overlapping matches of state, demonym, place and org names; a demonym
    several states share is ``home_state``'s when that is one of them."""
    from spacy.util import filter_spans

    forms = world.surface_forms()
    spans = filter_spans([doc[s:e] for _, s, e in _matcher(nlp, world)(doc)])
    hits = []
    shared = []
    for piece in spans:
        entries = forms.get(piece.text, [])
        kinds = {kind for kind, _ in entries}
        # A name that is both a state and something else is the state;
        # demonyms shared by several states stay unresolved, but in a story told from
        # Kinshasa "the Congolese leader" is DR Congo's.
        for kind in ("state", "place", "org", "demonym"):
            keys = {k for entry_kind, k in entries if entry_kind == kind}
            if kind == "demonym" and len(keys) > 1 and home_state in keys:
                keys = {home_state}
            if kind in kinds and len(keys) == 1:
                hits.append(Hit(kind, keys.pop(), piece.start, piece.end,
                                span_of(doc, piece.start, piece.end)))
                break
            if kind in kinds and kind == "demonym":
                shared.append((piece, keys))
    hits += _shared_demonyms(doc, shared, hits, world)
    # "Finance Minister Jovan Mali": a state's name closing a person's name is a surname.
    surnames = {(ent.start, ent.end) for ent in doc.ents if ent.label_ == "PERSON"}
    covered = {i for hit in hits for i in range(hit.start, hit.end)}
    hits = [hit for hit in hits if not (
        hit.kind == "state" and any(s < hit.start and e == hit.end for s, e in surnames)
        and doc[hit.start - 1].pos_ == "PROPN" and doc[hit.start - 1].text[:1].isupper()
        and not world.is_title_word(doc[hit.start - 1].lower_)
        and (hit.start - 1) not in covered)]
    covered = {i for hit in hits for i in range(hit.start, hit.end)}
    full_surnames = {ent[-1].text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1}
    for ent in doc.ents:
        # A town of towns.csv counts where the tagger, too, sees a place: "Aachen" the
        # city, not a person or a common word that happens to name a town somewhere.
        before = doc[ent.start - 1].lower_ if ent.start else ""
        placed = ent.label_ in ("GPE", "LOC", "FAC") or before in _PLACE_BEFORE or (
            before == "of" and ent.start > 1 and doc[ent.start - 2].lower_ in ("city", "town")) \
            or office_of_the_province(doc, ent, world)
        # (but "A and SURNAME held talks" after "NAME SURNAME": the surname of a person
        # the story named in full, where no preposition puts a place)
        surname = len(ent) == 1 and before not in _PLACE_BEFORE and ent.text in full_surnames
        # (and a name has a capital: "in the spring" names no town called Spring)
        if placed and not surname and not ent.text.islower() \
                and not covered.intersection(range(ent.start, ent.end)) \
                and (town := world.town_by_name(ent.text)):
            hits.append(Hit("place", town.name, ent.start, ent.end,
                            span_of(doc, ent.start, ent.end)))
    covered = {i for hit in hits for i in range(hit.start, hit.end)}
    lowers = token_lowers(doc)
    for token in doc_tokens(doc):
        # "a visit by X to Jaffna", "flew into Cork", "visited Johor": a town or province
        # right after "to"/"in"/"into" or a visiting verb
        # that the tagger left untagged (not a person's name or anything else it tagged);
        # so is a province an office around it names ("the Premier of Sarawak").
        if token.pos_ != "PROPN" or not token.text.istitle() \
                or token.ent_type_ or token.i in covered:
            continue
        after_a_place_word = token.i > 0 and lowers[token.i - 1] in _PLACE_BEFORE
        for end in range(min(len(doc), token.i + 3), token.i, -1):
            span = doc[token.i:end]
            if all(t.pos_ == "PROPN" and not t.ent_type_ and t.i not in covered
                   for t in span) \
                    and (after_a_place_word or office_of_the_province(doc, span, world)) \
                    and (town := world.town_by_name(span.text)):
                hits.append(Hit("place", town.name, token.i, end,
                                span_of(doc, token.i, end)))
                covered.update(range(token.i, end))
                break
    hits.sort(key=lambda hit: hit.start)
    return [hit for hit in hits if not _a_language(doc, hit)
            and not _names_a_currency(doc, hit)
            and not _closes_a_landforms_name(doc, hit)
            and not _opens_a_leaders_name(doc, hit, world)
            and not _closes_a_leaders_name(doc, hit, world)
            and not (hit.kind in ("state", "place") and hit.end - hit.start == 1
                     and leaders_surname_again(doc, hit.start, world))]


def _shared_demonyms(doc, shared: list, hits: list[Hit], world: World) -> list[Hit]:
    """Demonyms several states share ("Congolese", "Korean"), each read as the one of
    those states the story names most often by its name, its cities and other
    demonyms: a story from Luanda on talks with Brazzaville that names Kinshasa once
    still means the Republic of the Congo by "the Congolese minister". None where the
    story names none of them, or two of them as often."""
    if not shared:
        return []
    named: dict[str, int] = {}
    for hit in hits:
        state = hit.key if hit.kind in ("state", "demonym") else \
            getattr(world.place_by_name(hit.key), "iso2", None) if hit.kind == "place" \
            else None
        if state is not None:
            named[state] = named.get(state, 0) + 1
    found = []
    for piece, keys in shared:
        counts = sorted(((named.get(key, 0), key) for key in keys), reverse=True)
        if counts[0][0] > counts[1][0]:
            found.append(Hit("demonym", counts[0][1], piece.start, piece.end,
                             span_of(doc, piece.start, piece.end)))
    return found


def _a_language(doc, hit) -> bool:
    """ "the French Service", "rendered from the Portuguese", "said first in Czech, then in
    English": a people's adjective naming a language, no state of the story."""
    if hit.kind != "demonym":
        return False
    after = doc[hit.end] if hit.end < len(doc) else None
    if after is not None and after.lower_ in words("language_nouns"):
        return True
    k = hit.start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    alone = after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ")
    return alone and k >= 0 and doc[k].lower_ in ("in", "into", "from")


def _names_a_currency(doc, hit) -> bool:
    """ "worth 650 million US dollars", "a grant of 30 million Australian dollars": the
    state or people's adjective opens the name of a money, no state of the story (not the
    office of a minister in the sentence, nor a party to a document)."""
    return hit.kind in ("state", "demonym") and hit.end < len(doc) \
        and doc[hit.end].lower_ in words("currency_words")


def _closes_a_landforms_name(doc, hit) -> bool:
    """ "drills off the Gulf of Thailand", "the Sea of Japan": a state's name closing the
    name of a water or a landform names no state of the story."""
    return hit.kind == "state" and hit.start >= 2 and doc[hit.start - 1].lower_ == "of" \
        and doc[hit.start - 2].text[:1].isupper() \
        and doc[hit.start - 2].lower_ in words("landform_nouns")


def leaders_surname_again(doc, i: int, world: World) -> bool:
    """ "Luís Montenegro … Montenegro said": a one-word name of a state or place (token
    ``i``) alone as a clause's subject, once the story has named before it a leader the
    world data knows whose full name it closes, is that person again; so is one opening
    the subject "SURNAME and X's Prime Minister, NAME2, co-chaired …", which the parser
    reads as a modifier of the office; so is one after a form of address ("Mr
    Montenegro"), wherever it stands."""
    subjects = ("nsubj", "nsubjpass")
    addressed = i > 0 and (style := world.title(doc[i - 1].lower_)) is not None \
        and style.kind == "honorific"
    if not addressed and doc[i].dep_ not in subjects and not (
            doc[i].dep_ in ("nmod", "compound", "poss") and i + 1 < len(doc)
            and doc[i + 1].lower_ == "and" and doc[i].head.dep_ in subjects):
        return False
    return any(token.text == doc[i].text and any(
        all(t.text[:1].isupper() for t in doc[start:token.i])
        and _known_leader_name(doc[start:token.i + 1].text, world)
        for start in range(max(0, token.i - 3), token.i)) for token in doc[:i])


def office_of_the_province(doc, ent, world: World) -> bool:
    """ "Chief Minister of Tamil Nadu", "the Punjab Governor": a province's name right
    after an office and "of", or right before an office, whatever the tagger took it
    for (a chief minister, a governor or a premier of the province's state)."""
    if ent.start > 1 and doc[ent.start - 1].lower_ == "of" and any(
            world.title(doc[i:ent.start - 1].text) for i in range(max(0, ent.start - 4),
                                                                 ent.start - 1)):
        return True
    # (on its line: not a headline's city over a lead that opens with a title)
    return any(world.title(doc[ent.end:end].text)
               for end in range(ent.end + 1, min(len(doc), ent.end + 3) + 1)
               if doc[end - 1].pos_ in ("PROPN", "NOUN")
               and not any(t.is_space for t in doc[ent.end:end]))


def _known_leader_name(text: str, world: World) -> bool:
    return any(text in (leader.name, *leader.aliases) for leader in world.leaders_named(text))


def _opens_a_leaders_name(doc, hit: Hit, world: World) -> bool:
    """ "Santiago Peña": a place's name (Santiago) that opens the full name of a
    leader the world data knows, written as it knows it, is that person's given name."""
    if hit.kind != "place":
        return False
    return any(_known_leader_name(doc[hit.start:end].text, world)
               for end in range(hit.end + 1, min(len(doc), hit.end + 3) + 1))


def _closes_a_leaders_name(doc, hit: Hit, world: World) -> bool:
    """ "Luís Montenegro": a state's or place's name that closes the full name of a leader
    the world data knows, written as it knows it, is that person's surname."""
    if hit.kind not in ("state", "place"):
        return False
    # (not "Abdullah II of Jordan", a known name that is a title's "of STATE")
    return any(all(t.text[:1].isupper() for t in doc[start:hit.start])
               and _known_leader_name(doc[start:hit.end].text, world)
               for start in range(max(0, hit.start - 3), hit.start))
