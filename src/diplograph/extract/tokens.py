"""Token-level lookups the mention steps share: the gazetteer hits by token, title phrases
starting or ending at a token, a state written right before or after one.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..world import World
from .facts import Span
from .mention_types import Hit
from .rules import forms, marked, quote_marks, values, words

#: Small words inside a person's name ("bin", "da", "van").
NAME_PARTICLES = frozenset(marked("name_particles", "in_name"))
#: Words that make an office a past one ("former President X"): not asserted as held.
PAST_WORDS = words("past_words")
#: Longest title phrase looked for, in tokens ("speaker of the house of representatives").
TITLE_SPAN = 6


#: Lemmas of the verbs of hosting ("hosted", "received": `hosting_verbs.csv`), and with
#: "meet" those whose object is the person met.
HOSTING_LEMMAS = frozenset(values("hosting_verbs", "lemma"))
RECEIVING_LEMMAS = HOSTING_LEMMAS | {"meet"}


def leaders_of(group) -> list:
    """The tokens after "led by" or "headed by" of a group noun ("a delegation led by X",
    "the delegation, led by X and Y, …"): where the persons who lead it are named."""
    return [name for verb in group.children if verb.dep_ == "acl"
            and verb.lemma_.lower() in _LEADING_VERBS
            for agent in verb.children if agent.dep_ == "agent"
            for name in agent.children if name.dep_ == "pobj"]


_LEADING_VERBS = frozenset(words("leading_verbs"))
#: Lemmas of arriving and travelling ("arrived in", "flew to"): where a person goes.
TRAVEL_LEMMAS = frozenset(words("arrival_verbs")) | frozenset(words("travel_verbs"))
#: Verbs whose subject tells what was said ("…," X said; "…, a spokesman said").
NARRATING_LEMMAS = frozenset(forms("speech_verbs", "narration", "lemma"))


def nearest_verb(token):
    """The verb of the clause ``token`` stands in: the token itself when it is one, else
    the first verb (or auxiliary) above it; the root when there is none."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def outer_subject(token):
    """The subject of the clause that reports the one ``token`` is the subject of: "A
    thanked B and said her minister would travel": A, for "her" (not B, named last).  None
    when the first verb above ``token`` has a subject without it (``token`` then belongs to
    that clause's object or adjuncts), or when there is no such clause."""
    node, own_clause = token, True
    while node.head.i != node.i:
        node = node.head
        if node.pos_ not in ("VERB", "AUX"):
            continue
        verb = node
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        while subject is None and verb.dep_ == "conj":
            verb = verb.head  # "… and said": the subject the verbs share
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            return None
        if token not in subject.subtree:
            return subject if not own_clause else None
        own_clause = False
    return None


def state_of_hit(hit, world: World) -> str | None:
    """The state a gazetteer hit names: a state's own code, or the state of the city,
    venue or airport it names; None for any other hit."""
    if hit is None or hit.kind not in ("place", "state"):
        return None
    if hit.kind == "state":
        return hit.key
    place = world.locality(hit.span.text)
    return place.iso2 if place is not None else None


def span_of(doc, start: int, end: int) -> Span:
    """The characters of tokens ``start`` to ``end`` as a :class:`Span`."""
    piece = doc[start:end]
    return Span(piece.start_char, piece.end_char, piece.text)


def phrase_of(tokens: list[str]) -> str:
    """Lower-case tokens as a title phrase: the tagger splits "Vice-President" into "vice",
    "-", "president", which the world data knows as "vice-president"."""
    return " ".join(tokens).replace(" - ", "-")


def title_at_end(tokens: list[str], world: World) -> tuple[int, object] | None:
    """Longest title phrase ending at the last of ``tokens``: (length, TitleInfo), read
    through portfolio joiners as :func:`title_at_start` is."""
    if not tokens or not world.may_close_title(tokens[-1]):
        return None
    return _through_joiners(tokens, world, _longest_at_end, from_end=True)


def _through_joiners(tokens: list[str], world: World, longest, from_end: bool
                     ) -> tuple[int, object] | None:
    """``longest(tokens, world)``, first with each portfolio joiner read as "for"; a
    title found so counts the text's own tokens it covers."""
    joined = _without_joiners(tokens)
    if joined is not None:
        reduced, widths = joined
        found = longest(reduced, world)
        if found is not None and found[0] > 1:
            covered = widths[-found[0]:] if from_end else widths[:found[0]]
            return sum(covered), found[1]
    return longest(tokens, world)


def _longest_at_end(tokens: list[str], world: World) -> tuple[int, object] | None:
    for length in range(min(TITLE_SPAN, len(tokens)), 0, -1):
        info = world.title(phrase_of(tokens[-length:]))
        if info is not None:
            return length, info
    return None


#: "responsible for", "in charge of": joiners read as "for" in a title.
_PORTFOLIO_JOINERS = tuple(tuple(j.split()) for j in words("portfolio_joiners"))
JOINER_HEADS = frozenset(j[0] for j in _PORTFOLIO_JOINERS)
#: The rarest word of each joiner ("responsible", "charge"), looked for first.
_JOINER_MARKS = frozenset(max(j, key=len) for j in _PORTFOLIO_JOINERS)


def _without_joiners(tokens: list[str]) -> tuple[list[str], list[int]] | None:
    """``tokens`` with each portfolio joiner read as "for", and how many of the text's
    tokens each stands for; None when there is no joiner."""
    for mark in _JOINER_MARKS:
        if mark in tokens:
            break
    else:
        return None  # cheap: most title lookups see no joiner
    reduced, widths, i = [], [], 0
    while i < len(tokens):
        joiner = next((j for j in _PORTFOLIO_JOINERS if tuple(tokens[i:i + len(j)]) == j), None)
        reduced.append("for" if joiner else tokens[i])
        widths.append(len(joiner) if joiner else 1)
        i += len(joiner) if joiner else 1
    return (reduced, widths) if len(reduced) < len(tokens) else None


def title_at_start(tokens: list[str], world: World) -> tuple[int, object] | None:
    """Longest title phrase starting at the first of ``tokens``: (length, TitleInfo).
    "Minister responsible for Trade" is "Minister for Trade" (the length counts the
    text's own tokens)."""
    if not tokens or not world.may_open_title(tokens[0]):
        return None
    return _through_joiners(tokens, world, _longest_at_start, from_end=False)


def _longest_at_start(tokens: list[str], world: World) -> tuple[int, object] | None:
    if not tokens or not world.may_open_title(tokens[0]):
        return None
    for length in range(min(TITLE_SPAN, len(tokens)), 0, -1):
        info = world.title(phrase_of(tokens[:length]))
        if info is not None:
            return length, info
    return None


class HitIndex:
    """Token-level lookups over the gazetteer hits of one document."""

    def __init__(self, doc, hits: list[Hit]):
        self.doc = doc
        self.by_start = {hit.start: hit for hit in hits}
        self.by_end = {hit.end: hit for hit in hits}
        self.covered = {i: hit for hit in hits for i in range(hit.start, hit.end)}

    def state_ending_at(self, end: int) -> Hit | None:
        """The state name ending right before token ``end``, if any."""
        hit = self.by_end.get(end)
        return hit if hit and hit.kind == "state" else None

    def state_or_demonym_ending_at(self, end: int) -> Hit | None:
        """The state name or demonym ending right before token ``end``, if any."""
        hit = self.by_end.get(end)
        return hit if hit and hit.kind in ("state", "demonym") else None


def state_phrase_after(doc, index: HitIndex, i: int) -> tuple[list[str], int]:
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


def state_before(doc, index: HitIndex, i: int) -> tuple[str | None, int]:
    """A demonym ("Belarusian") or possessive state ("Azerbaijan's") ending at token ``i``."""
    if i > 0 and doc[i - 1].lower_ in ("'s", "’s", "'"):
        hit = index.state_ending_at(i - 1)
        if hit:
            return hit.key, hit.start
    hit = index.state_or_demonym_ending_at(i)
    if hit:
        return hit.key, hit.start
    return None, i


def of_state_ending_at(doc, index: HitIndex, j: int, floor: int) -> tuple[str | None, int]:
    """ "of [the] Republic of Belarus" ending at token ``j``: (iso2, where "of" stands), or
    (None, j)."""
    hit = index.state_ending_at(j)
    of = None if hit is None else of_before(doc, hit.start, floor)
    return (hit.key, of) if of is not None else (None, j)


def of_before(doc, start: int, floor: int) -> int | None:
    """Where "of [the]" right before token ``start`` has its "of" (not before ``floor``),
    or None."""
    k = start
    if k - 1 >= floor and doc[k - 1].lower_ == "the":
        k -= 1
    return k - 1 if k - 1 >= floor and doc[k - 1].lower_ == "of" else None


def opens_a_line(doc, i: int) -> bool:
    """The token ``i`` begins the text or a line (a paragraph, in news as crawled): the
    token before it ends with a line break, or it is one itself."""
    return i == 0 or "\n" in doc[i - 1].text_with_ws or "\n" in doc[i].text


def name_head(doc, end: int):
    """The token a name ending before ``end`` hangs on the rest of its sentence by: its
    last word, past the words of the name and its apposition ("the Speaker, NAME")."""
    token = doc[end - 1]
    while token.dep_ in ("compound", "appos", "flat") and token.head.i != token.i:
        token = token.head
    return token


#: How many words a body's short name in brackets may have ("(Majlis)", "(NPC)").
_BRACKETED_WORDS = 3


def _capitalised_words(tokens) -> bool:
    return all(t.is_alpha and t.text[:1].isupper() for t in tokens)


def brackets_after(doc, j: int) -> int | None:
    """Past a body's short name in brackets opening at token ``j`` ("… Assembly (Majlis)
    NAME"): where the next word starts; None when no such brackets open there."""
    if j >= len(doc) or doc[j].text != "(":
        return None
    close = next((k for k in range(j + 2, min(len(doc), j + 2 + _BRACKETED_WORDS))
                  if doc[k].text == ")"), None)
    return close + 1 if close is not None and _capitalised_words(doc[j + 1:close]) else None


def brackets_before(doc, end: int, floor: int) -> int | None:
    """Where a body's short name in brackets closing right before token ``end`` opens
    (its "("), no earlier than ``floor``; None when no such brackets close there."""
    if end - 3 <= floor or doc[end - 1].text != ")":
        return None
    opening = next((k for k in range(end - 3, max(floor, end - 2 - _BRACKETED_WORDS) - 1, -1)
                    if doc[k].text == "("), None)
    return opening if opening is not None and _capitalised_words(doc[opening + 1:end - 1]) \
        else None


def cell_start(doc, i: int, floor: int) -> int:
    """Where the cell of a table row holding token ``i`` starts, no further back than
    ``floor`` (a sentence's start): after the last "|" between them.  An office or a
    qualifier read backwards from a name stays in the name's cell ("… Minister of Youth
    Affairs and Sports | Mr. NAME" is no office of NAME's)."""
    return next((k + 1 for k in range(i - 1, floor - 1, -1) if doc[k].text == "|"), floor)


def is_numeral(token) -> bool:
    """A Roman numeral: "II" in "Minister of Defence II" or "Abdullah II"."""
    return 1 <= len(token.text) <= 4 and set(token.text) <= set("IVX")


def is_style(info) -> bool:
    """A form of address rather than an office: "Sheikh", "His Highness", "Prince"."""
    return info.kind == "honorific" or (info.kind == "royal" and info.rank <= 60)


def starts_name(doc, index: HitIndex, i: int, world: World) -> bool:
    """Token ``i`` opens a name: capitalised proper noun, no gazetteer entry, no title."""
    if i >= len(doc):
        return False
    token = doc[i]
    return (token.pos_ == "PROPN" and token.text[:1].isupper() and token.is_alpha
            and i not in index.covered and world.title(token.lower_) is None) \
        or family_name_read_as_word(token, world) \
        or token.text in SHORT_GIVEN_NAMES and i + 1 < len(doc) \
        and doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha  # "Ma. NAME"


def family_name_read_as_word(token, world: World) -> bool:
    """ "Vice Premier He NAME": a family name written first that is also a common word or
    a courtesy title ("he", "HE"); written with one capital inside a sentence and followed
    by a given name."""
    return token.lower_ in world.family_names_first and token.text.istitle() \
        and not token.is_sent_start \
        and token.i + 1 < len(token.doc) and token.nbor().pos_ == "PROPN" \
        and token.nbor().text[:1].isupper()


def is_style_role(role: str, world: World) -> bool:
    """Whether ``role`` is a form of address (see :func:`is_style`), not an office."""
    info = world.title(role)
    return info is not None and is_style(info)


#: Given names written short with a stop, as the tokenizer keeps them ("Ma.", "Mohd.").
SHORT_GIVEN_NAMES = frozenset(w[:1].upper() + w[1:] + "."
                              for w in values("given_name_abbreviations", "short"))
#: Words naming the institution an official speaks for ("Foreign Ministry spokesperson").
INSTITUTION_WORDS = words("institution_words")
#: Prepositions that put what was talked about after them ("talks on Sudan", "about X").
TALKED_ABOUT = frozenset(forms("topic_prepositions", "talked_about", "word"))
#: Small words inside an office's name ("Minister of Industry and Trade").
OFFICE_JOINERS = words("office_name_joiners")
#: Prepositions that carry an office's qualifier ("Ambassador to X").
QUALIFIER_PREPOSITIONS = words("qualifier_prepositions")


def doc_tokens(doc) -> list:
    """The Doc's tokens as one list, built once per Doc: spaCy builds a new Token object
    at every step of every walk over a Doc, and the mention steps walk it a dozen times."""
    tokens = doc.user_data.get("diplograph_tokens")
    if tokens is None or len(tokens) != len(doc):
        tokens = doc.user_data["diplograph_tokens"] = list(doc)
    return tokens


def doc_sentences(doc) -> list:
    """The Doc's sentences as one list, built once per Doc (``Doc.sents`` walks every
    token each time it is read)."""
    sentences = doc.user_data.get("diplograph_sentences")
    if sentences is None:
        sentences = doc.user_data["diplograph_sentences"] = list(doc.sents)
    return sentences


def token_lowers(doc) -> list[str]:
    """Every token's ``lower_``, computed once per Doc: title lookups at each token
    would otherwise build thousands of Token objects."""
    lowers = doc.user_data.get("diplograph_lowers")
    if lowers is None or len(lowers) != len(doc):
        lowers = doc.user_data["diplograph_lowers"] = [t.lower_ for t in doc_tokens(doc)]
    return lowers


def token_depths(doc) -> list[int]:
    """How many heads lie above each token of ``doc`` (its number of ancestors), counted
    once per Doc: walking a token's ancestors at each comparison was a hot loop."""
    depths = doc.user_data.get("diplograph_depths")
    if depths is None or len(depths) != len(doc):
        heads = [token.head.i for token in doc_tokens(doc)]
        depths = [-1] * len(heads)
        for i in range(len(heads)):
            path = []
            j = i
            while depths[j] < 0 and heads[j] != j:
                path.append(j)
                j = heads[j]
            depth = 0 if depths[j] < 0 else depths[j]
            depths[j] = depth
            for k in reversed(path):
                depth += 1
                depths[k] = depth
        doc.user_data["diplograph_depths"] = depths
    return depths


def token_at_char(doc, char: int):
    """The token of ``doc`` that holds character ``char``, or None (a space between
    tokens, or past the end): what ``doc.char_span(char, char + 1, "expand")`` gives, by
    bisection on token offsets kept once per Doc."""
    starts = doc.user_data.get("diplograph_token_starts")
    if starts is None or len(starts) != len(doc):
        starts = doc.user_data["diplograph_token_starts"] = [
            token.idx for token in doc_tokens(doc)]
    k = bisect_right(starts, char) - 1
    if k < 0:
        return None
    token = doc_tokens(doc)[k]
    return token if char < token.idx + len(token.text) else None


def ents_between(doc, start: int, end: int) -> list:
    """The named entities starting within tokens ``start`` to ``end``: a Span's own
    ``.ents`` walks the whole document each time, so a loop over sentences grew with
    the square of the text."""
    ents = doc.user_data.get("diplograph_ents")
    if ents is None:
        ents = doc.user_data["diplograph_ents"] = list(doc.ents)
        doc.user_data["diplograph_ent_starts"] = [ent.start for ent in ents]
    starts = doc.user_data["diplograph_ent_starts"]
    return ents[bisect_left(starts, start):bisect_left(starts, end)]


def text_before(text: str, end: int, width: int, floor: int = 0) -> str:
    """The words of ``text`` in the ``width`` characters before ``end`` (not before
    ``floor``), without a word the window cuts: "shall" is no word of "Marshall"."""
    start = max(floor, end - width)
    window = text[start:end]
    if start > floor and text[start - 1].isalnum() and window[:1].isalnum():
        cut = re.search(r"\W", window)
        window = window[cut.start():] if cut else ""
    return window


def doc_text(doc) -> str:
    """The document's text, read once: Doc.text joins every token each time it is read."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text


def office_holder(token):
    """The subject a verb says holds the office named at ``token``: "NAME has been
    Colombia's foreign minister" (a verb of being), "NAME was sworn in as president", "NAME,
    who took office as prime minister" (a verb of taking office and "as"); None otherwise."""
    if token.dep_ == "attr" and token.head.lemma_.lower() in words("copula_verbs"):
        verb = token.head
    elif token.dep_ == "pobj" and token.head.lower_ == "as" \
            and token.head.head.lemma_.lower() in words("office_taking_verbs"):
        verb = token.head.head
    else:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.tag_ == "WP" and verb.dep_ == "relcl":
        subject = verb.head  # "NAME, who took office as president": NAME
    return subject


def honorific_at(doc, i: int, world: World) -> bool:
    """Whether an honorific ("His Highness", "Her Royal Highness") starts at token i."""
    for n in (2, 3):
        info = world.title(" ".join(t.lower_ for t in doc[i:i + n]))
        if info is not None and info.kind == "honorific":
            return True
    return False


#: Quotation marks as the tokenizer gives them (the model writes "``" and "''" too).
_QUOTE_TOKENS = frozenset(quote_marks("marks")) | {"``", "''"}


def is_quote_mark(token) -> bool:
    """The token opens or closes a quotation."""
    return token.text in _QUOTE_TOKENS


def building_named_before(doc, end: int) -> bool:
    """The name ending at ``end`` opens a building's ("Belém [Palace]", "the [NAME]
    Building"): a capitalised building noun follows it."""
    return end < len(doc) and doc[end].text[:1].isupper() \
        and doc[end].lower_ in words("building_nouns")


def envoy_sent_by(token):
    """The envoy whose sender ``token`` is ("NAME, special envoy of President X": X), as
    the token the envoy is named by (the apposition's head, NAME); None when ``token`` sends
    no one (`envoy_nouns.txt`)."""
    if token.dep_ != "pobj" or token.head.lower_ != "of" \
            or token.head.head.lemma_.lower() not in words("envoy_nouns"):
        return None
    envoy = token.head.head
    return envoy.head if envoy.dep_ == "appos" else envoy


def sender_of_a_message(doc, ref) -> bool:
    """ "conveyed the greetings of His Highness the Amir NAME to …", "a letter from
    President NAME", "NAME2, special envoy of President NAME": the sender of what (or who)
    is delivered, no participant; nor is the addressee of a message its bearer carries
    ("NAME2, bearer of a written message to King NAME")."""
    root = next((t for t in doc[ref.start:ref.end]
                 if not ref.start <= t.head.i < ref.end or t.head.i == t.i), None)
    while root is not None and root.dep_ == "appos" and root.head.i != root.i:
        root = root.head  # "the Amir, NAME": the apposition's head carries the "of"
    if root is None or root.dep_ != "pobj" or root.head.lower_ not in ("of", "from", "to"):
        return False
    noun = root.head.head
    if root.head.lower_ != "to" and envoy_sent_by(root) is not None:
        return True  # "NAME, special envoy of President X": X sent NAME
    messages = words("message_nouns")
    if root.head.lower_ == "to" and _addressed_past_a_receiver(noun, messages):
        # "handed Y a message from NAME to President X": X is whom it is addressed to,
        # not the one it was handed to
        return True
    if root.head.lower_ == "to" or noun.lemma_.lower() not in messages:
        # "NAME2, bearer of a written message to King X from President NAME": what the
        # bearer carries is a message, its addressee and its sender are elsewhere
        carried = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.lemma_.lower() in messages), None)
        if carried is None or noun.dep_ != "appos":
            return False
        noun = carried
    in_person = words("in_person_objects")
    # (not "letters of credence from four ambassadors": presented in person)
    return noun.lemma_.lower() in messages and not any(
        g.lower_ in in_person for c in noun.children if c.dep_ == "prep" for g in c.children)


def _addressed_past_a_receiver(holder, messages) -> bool:
    """The "to" under ``holder`` (a message, its "from", or the verb) names a message's
    addressee: the verb that hands the message over has a receiver of its own ("handed Y
    a message from NAME to X")."""
    if holder.lower_ == "from":
        holder = holder.head
    verb = holder if holder.pos_ in ("VERB", "AUX") else holder.head
    carried = holder.lemma_.lower() in messages or any(
        c.dep_ == "dobj" and c.lemma_.lower() in messages for c in verb.children)
    # (a receiver named as the verb's object, not "delivered a letter … to X" itself)
    return carried and any(c.dep_ == "dative" and c.pos_ != "ADP" for c in verb.children)


def opening_phrase_end(sent) -> int | None:
    """Where the comma stands that closes a phrase opening the sentence without a verb of
    its own ("According to NAME,", "In a statement by NAME,"), or None."""
    if not (sent[0].pos_ == "ADP" or sent[0].lower_ == "according"):
        return None
    for token in sent[1:]:
        if token.text == ",":
            return token.i
        if token.pos_ in ("VERB", "AUX") and token.lower_ != "according":
            return None
    return None
