"""Per-sentence context shared by the event steps: dates, persons, places, speech."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from ..needles import HeldNeedles
from ..world import World
from .dates import (
    MONTHS,
    WEEKDAYS,
    date_phrases,
    days_from_an_event,
    in_year,
    is_future_expression,
    period_before,
    relative_to_an_event,
    relative_to_publication,
    relative_to_told_day,
    resolve_date,
    spans_several_days,
    without_preposition,
)
from .facts import PlaceRef
from .linking import Linked
from .mentions import Mentions
from .metadata import item_datelines
from .quotes import SpeechBlock, single_mark_segments
from .rules import alternation, count_of, entries, forms_alternation, one_of, rules, words
from .tokens import doc_sentences, doc_text, doc_tokens, ents_between

#: How many of the story's first sentences make its lead.
_LEAD_SENTENCES = 2
#: A gathering noun: "summit", "conference", "forum".
_GATHERING = re.compile(r"\b" + alternation("gathering_nouns") + r"\b", re.IGNORECASE)
#: "the first tripartite ministerial session": a gathering of a few, which a state hosts.
_OF_A_FEW = re.compile(r"\b(?:bilateral|" + one_of(row["word"] for row in entries("meeting_sizes")
                                                  if int(row["persons"]) <= 3)
                       + r")\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


#: How many sentences from the top (a page's masthead and byline lines among them) may name
#: the gathering a story is about.
_GATHERING_LEAD = 8
#: A gathering's noun and up to five words before "in" and a city: "the summit held at
#: State House in …".
_GATHERING_BEFORE_CITY = re.compile(r"\b(?P<noun>" + alternation("gathering_nouns")
                                    + r")\b(?:\s+[\w'’-]+){0,5}?\s+in\s+$", re.IGNORECASE)
#: "a summit of the three heads of state": a gathering of a few, said after the noun.
_OF_A_FEW_AFTER = re.compile(r"^\s+of\s+(?:the\s+)?(?:two|three|both)\b", re.IGNORECASE)


def _of_many(text: str) -> bool:
    """The text names a gathering of many (a summit, a conference), not one of a few."""
    return any(not _OF_A_FEW.search(text[:m.start()])
               and not _OF_A_FEW_AFTER.search(text[m.end():])
               for m in _GATHERING.finditer(text))


@dataclass
class Sentence:
    """One sentence of the story with what the event steps need to know about it."""

    start: int  # token offsets
    end: int
    text: str
    char_start: int
    persons: list[str] = field(default_factory=list)
    date: dt.date | None = None
    date_expressions: list[tuple[int, str, dt.date | None]] = field(default_factory=list)
    speech: SpeechBlock | None = None
    places: list[PlaceRef] = field(default_factory=list)
    place_tokens: list[int] = field(default_factory=list)  # first token of each place
    states: list[str] = field(default_factory=list)
    #: The city of the day heading the sentence stands under ("FREETOWN, WEDNESDAY 21
    #: JANUARY"), where what the sentence tells took place unless it says otherwise.
    heading_place: PlaceRef | None = None
    #: The day of that heading, the day of what the sentence tells when it names none of
    #: its own outside a clause about something else.
    heading_date: dt.date | None = None
    #: The city of the label opening the sentence's line ("- 4 June 2025, Nairobi: the
    #: two met at State House"), a timeline's row: where its event took place.
    label_place: PlaceRef | None = None
    #: The day of that label ("- 19 March 2025: X's state visit to Y"), the day the row's
    #: event began.
    label_date: dt.date | None = None
    #: The sentence stands in a section headed as what is to come ("COMING UP", "NEXT
    #: WEEK"): an event it tells in the present tense is planned.
    coming: bool = False
    #: The city of the dateline that opens the sentence's paragraph past the story's own
    #: (a digest's item: "PHNOM PENH — …"), where the item is told from.
    item_place: PlaceRef | None = None
    #: On a page of items each under its own day heading (a readouts page), the start of
    #: the heading of the sentence's item: events of two items are two occasions.
    item: int | None = None


@dataclass
class Context:
    """The sentences of a story plus article-wide anchors."""

    sentences: list[Sentence]
    published: dt.date | None
    story_date: dt.date | None
    linked: Linked
    mentions: Mentions
    world: World
    doc: object = None  # the parsed spaCy Doc, for the clause structure of sentences
    dateline: PlaceRef | None = None
    quoted: list[tuple[int, int]] = field(default_factory=list)  # character ranges
    #: The clause of each trigger, by its character: read once, shared by the steps
    #: (extract/clauses.py).
    clauses: dict = field(default_factory=dict, repr=False)
    #: The page's text before furniture was blanked for the model (same offsets): a
    #: document's foot ("Beijing, 15 April 2026") reads like a page's date stamp.
    page: str = field(default="", repr=False)
    #: Each sentence's narration (see :meth:`narrated`), made once: every step asks again.
    narrations: dict = field(default_factory=dict, repr=False)

    @cached_property
    def text(self) -> str:
        """The document's text, joined once (spaCy's ``doc.text`` joins every token anew)."""
        return doc_text(self.doc) if self.doc is not None else ""

    @cached_property
    def person_tokens(self) -> frozenset[int]:
        """The tokens of every reference to a person (names, descriptions, pronouns)."""
        return frozenset(i for ref in self.linked.refs if ref.persons
                         for i in range(ref.start, ref.end))

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [sentence.char_start for sentence in self.sentences]

    def sentence_index(self, char: int) -> int | None:
        """The number of the story's sentence holding character ``char``, or None (before
        the story, or between two sentences)."""
        k = bisect_right(self._sentence_starts, char) - 1
        if k < 0:
            return None
        sentence = self.sentences[k]
        return k if char < sentence.char_start + len(sentence.text) + 1 else None

    def in_quotation(self, char: int) -> bool:
        """The character ``char`` of the text stands inside quotation marks."""
        return any(start <= char < end for start, end in self.quoted)

    @cached_property
    def lowered_text(self) -> str:
        """The story's text in lower case, for the rules' needles (extract/rules.py)."""
        return (self.text or " ".join(s.text for s in self.sentences)).lower()

    @cached_property
    def needles(self) -> HeldNeedles:
        """The rules' needles the story holds (extract/rules.py), each looked for once
        however many rules and steps ask."""
        return HeldNeedles(self.lowered_text)

    @cached_property
    def several_days(self) -> bool:
        """The story tells of a stay of more than one day ("a three-day visit", "on
        March 2-3"), so an undated event of it may fall on any of them."""
        return spans_several_days(self.text or " ".join(s.text for s in self.sentences))

    @cached_property
    def gathering_at_dateline(self) -> bool:
        """The story tells of a gathering in its dateline's city ("the conference in
        Seville", "the summit … in Bali"): the day's meetings of its guests are there too.
        Read once per story."""
        return self.dateline is not None and (any(
            self.dateline.name in sentence.text and _of_many(sentence.text)
            # (not "whether X will come to the city for the summit it hosts later this year")
            and not any(is_future_expression(text) for _, text, _ in sentence.date_expressions)
            for sentence in self.sentences) or any(
            # "JOHANNESBURG - Leaders used the margins of the summit …": the lead's
            # gathering, in no other city, is where the story is filed from
            _of_many(sentence.text) and not sentence.places
            for sentence in self.sentences[:_LEAD_SENTENCES]))

    @cached_property
    def gathering_city(self) -> PlaceRef | None:
        """The city of the gathering the story is about: the dateline's (see
        :attr:`gathering_at_dateline`), else the one its first sentences name right after
        the gathering ("the regional summit in CITY")."""
        if self.gathering_at_dateline:
            return self.dateline
        if self.doc is None:
            return None
        # (not "next month's summit in X": not the gathering the story tells)
        lead = [sentence for sentence in self.sentences[:_GATHERING_LEAD]
                if not any(is_future_expression(text) for _, text, _ in sentence.date_expressions)]
        cities = cities_after_a_gathering(self, lead, of_many=True)
        return cities[0] if cities else None

    def narrated(self, sentence: Sentence) -> str:
        """The sentence with quoted words blanked out (offsets kept): what the
        narrator, not a speaker, says happened."""
        key = (sentence.char_start, sentence.text)
        if (told := self.narrations.get(key)) is None:
            chars = list(sentence.text)
            for start, end in self.quoted:
                for i in range(max(start, sentence.char_start) - sentence.char_start,
                               min(end, sentence.char_start + len(chars)) - sentence.char_start):
                    chars[i] = " "
            told = self.narrations[key] = "".join(chars)
        return told


def _before_a_comma(ent) -> str:
    """A date entity's words up to a comma that runs into words of another phrase
    ("[September], days after …"); "March 5, 2024" and "Monday, 3 March" stay whole."""
    for token in ent:
        if token.text == "," and token.i + 1 < ent.end \
                and not ent.doc[token.i + 1].like_num \
                and ent.doc[token.i + 1].ent_iob_ == "I" \
                and ent.doc[token.i + 1].lower_ not in WEEKDAYS \
                and ent.doc[token.i + 1].lower_ not in MONTHS:
            return ent.doc[ent.start:token.i].text
    return ent.text


def cities_after_a_gathering(ctx: Context, sentences: list[Sentence],
                             gathering: str | None = None,
                             of_many: bool = False) -> list[PlaceRef]:
    """The cities named right after a gathering noun ("the summit held at State House in
    Nairobi"), after ``gathering``'s own words when given; with ``of_many``, only after a
    gathering of many (not "the bilateral summit in X")."""
    cities = []
    for sentence in sentences:
        if len(sentences) > 1 and of_an_earlier_period(ctx, sentence):
            continue  # "… held its first leaders' summit in Washington in 2021": another's
        for token_i, place in zip(sentence.place_tokens, sentence.places, strict=True):
            start = ctx.doc[token_i].idx - sentence.char_start if ctx.doc is not None else 0
            before = sentence.text[:start]
            found = _GATHERING_BEFORE_CITY.search(before) if start > 0 else None
            info = ctx.world.locality(place.name)
            if not found or (info is not None and info.kind != "city") or (
                    gathering is not None
                    and gathering not in before[max(0, found.start() - 40):].lower()):
                continue
            if of_many and (_OF_A_FEW.search(before[:found.start()])
                            or _OF_A_FEW_AFTER.search(sentence.text[found.end("noun"):])):
                continue
            if dated_to_come(ctx, sentence, token_i):
                continue  # "getting ready for the alliance's summit in X on 7–8 July": to come
            cities.append(place)
    return cities


#: How many tokens after a gathering's city its day may follow ("in X on 7–8 July").
_DAY_AFTER_CITY = 6


def dated_to_come(ctx: Context, sentence: Sentence, city_token: int) -> bool:
    """A day after the publication's follows the city ("the summit in X on 7–8 July"):
    the place of an event to come."""
    # (after the day of publication: a story of several days tells of days after its first)
    today = ctx.published or ctx.story_date
    return today is not None and any(
        day is not None and day > today and 0 < token_i - city_token <= _DAY_AFTER_CITY
        for token_i, _, day in sentence.date_expressions)


def of_an_earlier_period(ctx: Context, sentence: Sentence) -> bool:
    """The sentence gives no day, only a month or year before the story's."""
    return not any(day for _, _, day in sentence.date_expressions) and any(
        period_before(text, ctx.published) for _, text, _ in sentence.date_expressions)


def place_of_hit(world: World, hit, dateline: PlaceRef | None = None) -> PlaceRef:
    """The PlaceRef for a gazetteer place hit; the story's ``dateline`` when it names the
    same town ("QUEENSTOWN, New Zealand" above "arrived in Queenstown": not the
    world data's town of that name in another state)."""
    if dateline is not None and dateline.state and dateline.name == hit.span.text:
        return dateline
    info = world.locality(hit.span.text)
    if info is None:
        return PlaceRef(hit.span.text)
    return PlaceRef(info.name, info.iso2, info.wikidata)


#: Institutions that sit in a state's capital (seat_nouns.txt).
_SEATS = frozenset(words("seat_nouns"))


def _seat_after(doc, i: int) -> bool:
    """ "[the Mexican] foreign ministry", "[the Kenyan] presidency": an institution of the
    state, in lower case, within two words after its adjective."""
    for k in range(i, min(i + 2, len(doc))):
        if not doc[k].is_lower:
            return False
        if doc[k].lemma_ in _SEATS:
            return True
    return False


def capital_of_hit(world: World, doc, hit) -> PlaceRef | None:
    """ "the Senegalese capital", "the capital of Senegal", "at the Mexican foreign ministry":
    that state's capital."""
    adjective = hit.kind == "demonym" and hit.end < len(doc) \
        and (doc[hit.end].lower_ == "capital" or _seat_after(doc, hit.end))
    of_state = hit.kind == "state" and hit.start >= 2 and doc[hit.start - 1].lower_ == "of" \
        and doc[hit.start - 2].lower_ == "capital"
    # "in Djibouti", "in Singapore": a state whose capital bears its name is that city
    # where an event is placed.
    same_name = hit.kind == "state" and hit.start >= 1 \
        and doc[hit.start - 1].lower_ in ("in", "at") \
        and (state := world.states.get(hit.key)) is not None \
        and state.capital == hit.span.text
    if not (adjective or of_state or same_name):
        return None
    state = world.states.get(hit.key)
    if state is None or not state.capital:
        return None
    info = world.locality(state.capital)
    return PlaceRef(info.name, info.iso2, info.wikidata) if info is not None \
        else PlaceRef(state.capital, state.iso2)


def build_context(doc, linked: Linked, mentions: Mentions, world: World,
                  blocks: list[SpeechBlock], published: dt.date | None,
                  dateline_date: dt.date | None, story_start: int,
                  dateline: PlaceRef | None = None,
                  dateline_span: tuple[int, int] | None = None) -> Context:
    """Split the story into sentences and resolve each sentence's date."""
    sentences: list[Sentence] = []
    phrases = date_phrases()
    text_of_doc = doc_text(doc)  # spaCy joins every token anew on each doc.text
    for sent in doc_sentences(doc):
        if sent.end_char <= story_start:
            continue
        # A dateline glued to the first sentence is not part of what it reports.
        char_start = max(sent.start_char, story_start)
        text = text_of_doc[char_start:sent.end_char].strip()
        char_start = sent.end_char - len(text_of_doc[char_start:sent.end_char].lstrip())
        sentence = Sentence(sent.start, sent.end, text, char_start)
        for ref in linked.refs_between(sent.start, sent.end):
            for key in ref.persons:
                if key not in sentence.persons and key != linked.author:
                    sentence.persons.append(key)
        sentence.speech = next((b for b in blocks if b.start <= sent.start_char < b.end), None)
        for hit in mentions.hits:
            if sent.start <= hit.start < sent.end:
                if hit.kind == "place" and _based_in(doc, hit.end):
                    continue  # "the Geneva-based agency": where a body sits
                if hit.kind == "place":
                    place = place_of_hit(world, hit, dateline)
                    info = world.locality(place.name)
                    if info is not None and info.kind == "airport":
                        continue  # where a guest lands or is seen off, not where talks are
                    sentence.places.append(place)
                    sentence.place_tokens.append(hit.start)
                elif capital := capital_of_hit(world, doc, hit):
                    sentence.places.append(capital)
                    sentence.place_tokens.append(hit.start)
                if hit.kind == "state":
                    sentence.states.append(hit.key)
        for ent in ents_between(doc, sent.start, sent.end):
            # A dateline's date belongs to the article, not to the first sentence's event.
            if ent.label_ in ("DATE", "TIME") and ent.start_char >= char_start and not (
                    dateline_span and dateline_span[0] <= ent.start_char < dateline_span[1]):
                sentence.date_expressions.append((ent.start, _before_a_comma(ent), None))
        # Relative phrases the tagger left unmarked or cut short ("…the day before"
        # tagged as just "the day"): the phrase replaces what it covers.
        for match in phrases.finditer(text_of_doc, char_start, sent.end_char):
            piece = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if piece is None or not len(piece):
                continue
            inside = [e for e in sentence.date_expressions
                      if piece.start <= e[0] < piece.end]
            # "on Saturday" inside the tagger's "Saturday, May 10": the longer one stays
            core = without_preposition(match.group(0))
            longer = [e for e in sentence.date_expressions
                      if (e[0] <= piece.start or any(c.isdigit() for c in e[1]))
                      and e[0] <= piece.end and len(e[1]) > len(core)
                      and core in e[1].lower()]
            if longer:
                continue
            for expression in inside:
                sentence.date_expressions.remove(expression)
            sentence.date_expressions.append((piece.start, match.group(0), None))
        sentence.date_expressions = [(i, _with_day_note(text_of_doc, doc, i, text), day)
                                     for i, text, day in sorted(sentence.date_expressions)]
        sentences.append(sentence)
    # The lead's own date ("…yesterday exchanged…") dates the story before the dateline,
    # which tells when it was filed.
    if dateline_date and published and dateline_date > published:
        dateline_date = None  # a story is not dated after its own publication (time zones)
    story_date = _lead_date(doc, sentences, published, dateline_date) or dateline_date \
        or published
    # A digest's items, each under a dateline of its own day ("NAIROBI, Jan. 20 - …"):
    # an item's "yesterday" is the day before its own dateline's.
    datelines = item_datelines(text_of_doc, story_start, published, world)
    items = [(d.start, d.end, d.day) for d in datelines if d.day is not None]
    for item in (d for d in datelines if d.opens_text):
        # (a digest item's own city, for the sentences of its paragraph: an item is one)
        line_end = text_of_doc.find("\n", item.start)
        line_end = len(text_of_doc) if line_end < 0 else line_end
        for sentence in sentences:
            if item.start <= sentence.char_start <= line_end:
                sentence.item_place = item.place
    person_starts = {m.start for m in mentions.persons} \
        | {d.start for d in mentions.descriptions}
    for number, sentence in enumerate(sentences):
        # Words spoken at an event are dated from the day they were spoken; the narration
        # from the day the dateline says it was filed ("Kathmandu, Sept. 22: … said
        # today"), else from its publication.
        filed = next((day for line_start, _, day in reversed(items)
                      if line_start <= sentence.char_start), None)
        anchor = story_date if sentence.speech else (dateline_date or published)
        resolved = []
        # "… arrived in Moscow on 15 July. That evening …": the day told just before
        told_day = next((day for s in reversed(sentences[max(0, number - 3):number])
                         if (day := _latest_day_told(s, published))), None)
        # "Later that day": the day told, even paragraphs back
        told_far = told_day or next((day for s in reversed(
            sentences[max(0, number - _TOLD_REACH):number])
            if (day := _latest_day_told(s, published))), None)
        told_only = all(relative_to_told_day(text) for _, text, _ in sentence.date_expressions)
        for token_i, text, _ in sentence.date_expressions:
            if any(a <= doc[token_i].idx < b for a, b, _ in items):
                continue  # an item's dateline: the day it was filed, not an event's
            if not told_only and relative_to_told_day(text) and _ARRIVAL.search(text):
                continue  # "Upon arrival on the 16th": the day the sentence states
            # "… arrived on Monday afternoon and met X that evening": the sentence's own
            # day before it comes first
            own = next((day for _, _, day in reversed(resolved) if day), None)
            told = own or told_day
            if (own or told_far) and relative_to_told_day(text):
                event = own or told_far
            elif relative_to_an_event(text) and token_i == sentence.start \
                    and not told and told_far and _SAME.match(text) \
                    and not _names_its_event(doc, token_i, text):
                # "The same day, the minister held …" after paragraphs of what was said
                # at the audience: the day told last, however far back
                event = told_far
            elif relative_to_an_event(text) and (own or (
                    told and token_i == sentence.start
                    and (days_from_an_event(text) or _SAME.match(text))
                    and not _names_its_event(doc, token_i, text))
                    or told and _SAME.search(text) and _recent(told, published)
                    or told_day and not own and days_from_an_event(text) == 1 and (
                        _ENDS_A_CLAUSE.match(text_of_doc, doc[token_i].idx + len(text))
                        or _on_the_verb(doc, token_i, text))):
                # "arrived on 18 August, … and called on X the following day": the day
                # the sentence told just before; opening a sentence, the day the sentences
                # before told ("… visited Mauritius from 19 to 21 May. The following day
                # he …"; not "Later in the day", the story's day, nor "A day before the
                # talks", counted from the talks); "He was received the same day by Y",
                # "later the same day": the day told, wherever the sentence says it, when
                # that is a day of the story's week (not a treaty's day years before)
                event = told
            elif relative_to_an_event(text) and _names_its_event(doc, token_i, text) \
                    and (named := _day_of_the_event_named(
                        doc, token_i, text, sentences[max(0, number - _TOLD_REACH):number],
                        published)) is not None:
                # "On Tuesday they held talks. … The day before the talks, X had met Y":
                # counted from the day the story gave the talks
                event = named
            else:
                event = story_date
            # An item's "yesterday" from its own dateline's day; its weekdays from the
            # publication, like the page's ("ADDIS ABABA, Nov 5 - … on Wednesday": not a
            # Wednesday before the page's first item's day, which is no dateline of the
            # page's, nor before the item's own day, updated later on)
            if filed and not sentence.speech:
                written = filed if relative_to_publication(text) else (published or anchor)
            else:
                written = anchor
            if relative_to_an_event(text) and _counted_from_a_person(doc, token_i, text,
                                                                     person_starts):
                # "landed two days before the President": counted from another's
                # coming, no day of its own (the day the sentence names stays)
                resolved.append((token_i, text, None))
                continue
            if token_i == sentence.start and (apart := _days_apart_from_a_named_event(
                    doc, token_i, text, sentences[max(0, number - _TOLD_REACH):number],
                    published)) is not None:
                # "Three days after the summit, …": counted from the summit's day (a
                # sentence opened so; not "…, a session A and B chaired on Friday, three
                # days before the summit", whose day is the clause's own)
                resolved.append((token_i, text, apart))
                continue
            resolved.append((token_i, text, resolve_date(text, written, event)))
        sentence.date_expressions = _apposed_days(text_of_doc, doc,
                                                  _in_the_year_named_before(resolved))
        sentence.date = next((d for _, text, d in sentence.date_expressions
                              if d and not _is_duration(text)), None)
        # (looked for only in sentences with no day of their own: most have one)
        sequence = continued = False
        if sentence.date is None and number:
            sequence = bool(_SEQUENCE.match(sentence.text) or any(
                token.dep_ == "advmod" and token.head.dep_ == "ROOT"
                and _SEQUENCE.fullmatch(token.text)
                for token in doc_tokens(doc)[sentence.start:sentence.end]))
            continued = not sequence and _opened_by_a_part_of_the_day(sentence)
        if sequence or continued:
            # "Later, X and Y held talks", "He will then call on Z": the day the story was
            # telling goes on; what happened later did not happen on a day still to come
            # ("… will travel to Madrid from 9 to 11 February. Albares later met …").
            root = doc[sentence.start:sentence.end].root
            # ("was received by Y": the passive's auxiliary tells the past)
            past = root.tag_ == "VBD" or any(c.dep_ == "auxpass" and c.tag_ == "VBD"
                                             for c in root.children)
            days = [day for s in sentences[max(0, number - 3):number]
                    if s.date and (day := _last_day(s) or s.date)
                    and not (past and published and day > published)]
            # "…, arrived on Wednesday night and was welcomed on Thursday morning. The two
            # leaders then held talks": after the latest day the sentences before told;
            # "On Friday she saw X at the ministry. Late that night, Z received her": the
            # day of the sentence just before
            sentence.date = (days[-1] if continued else max(days)) if days else None
    _date_of_a_line_label(text_of_doc, sentences)
    _date_and_place_of_row_labels(text_of_doc, story_start, sentences, published, world)
    _date_under_day_headings(text_of_doc, story_start, sentences, published, world, doc)
    _under_coming_headings(text_of_doc, story_start, sentences)
    return Context(sentences, published, story_date, linked, mentions, world, doc, dateline,
                   [(a, b) for a, b in quoted_ranges(text_of_doc)
                    if not _DOCUMENT_TITLE.match(text_of_doc, a + 1, b - 1)])


def _apposed_days(text: str, doc, resolved: list) -> list:
    """ "The day before, on Monday evening, X and Y spoke": a day counted from an event,
    restated right after it by a day of the calendar or the week, is that day (the event
    counted from may be one told inside a quotation, or still to come)."""
    result = list(resolved)
    for k in range(len(result) - 1):
        (i, first, _), (j, second, day) = result[k], result[k + 1]
        gap = text[doc[i].idx + len(first):doc[j].idx]
        if day and relative_to_an_event(first) and not relative_to_an_event(second) \
                and not relative_to_told_day(second) and _APPOSED.fullmatch(gap):
            result[k] = (i, first, day)
    return result


#: What stands between a day counted from an event and the day restating it.
_APPOSED = re.compile(r"\s*,\s*(?:on|in|at)?\s*")


#: A sentence that is only a date and perhaps a colon: a timeline's label ("Jan. 13, 2026:").
_DATE_LABEL = re.compile(r"[\w.,\s]+:?")


def _date_of_a_line_label(text: str, sentences: list[Sentence]) -> None:
    """A timeline's row "Jan. 13, 2026: Lee visits Nara for talks": the date opening the
    line, which the parser makes a sentence of its own, is the date of the sentence after
    it on the same line, when that one names no day of its own."""
    own = [sentence.date for sentence in sentences]  # (a label's date is never passed on)
    for (label, sentence), (day, _) in zip(itertools.pairwise(sentences),
                                           itertools.pairwise(own), strict=True):
        if day is None or sentence.date is not None \
                or "\n" in text[label.char_start:sentence.char_start] \
                or len(label.date_expressions) != 1 \
                or not _DATE_LABEL.fullmatch(label.text) \
                or len(label.date_expressions[0][1]) < len(label.text.rstrip(":").strip()):
            continue
        sentence.date = day


#: A line opening with a label before a colon, perhaps after a bullet ("- 4 June 2025,
#: Nairobi: …", "Canberra, 19 March 2025: …").
_ROW_LABEL = re.compile(r"[ \t]*(?:[-–—•*·▪][ \t]*)?(?P<label>[^:\n]{3,60}?)[ \t]*:[ \t]+(?=\S)")


#: A timeline's row whose date is set off by a dash ("Dec 2 - Call with X", "3 March
#: – Talks in Y", "3-4 May - Visit to Z"): the label is a day of a month (or the days of a
#: stay), perhaps with its year, and nothing else.
_DASHED_ROW = re.compile(r"[ \t]*(?:[-–—•*·▪][ \t]*)?(?P<label>(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}"
                         r"|(?:\d{1,2}[-–])?\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?)(?:,?[ \t]+\d{4})?)"
                         r"[ \t]+[-–—][ \t]+(?=\S)")
#: A line that is only a year: the heading of a timeline's rows of that year ("2025").
_YEAR_HEADING = re.compile(r"[ \t]*(?P<year>(?:19|20)\d{2})[ \t]*:?[ \t]*")


def _date_and_place_of_row_labels(text: str, start: int, sentences: list[Sentence],
                                  published: dt.date | None, world: World) -> None:
    """A timeline's row "19 March 2025, Canberra: X's official visit; talks with Y": the
    label's date is the date of the row's sentences that name no day of their own, and
    its city the place of what they tell (the parser cuts such a row up anywhere).  Under
    a year's heading ("2025"), a label's day with no year of its own is in that year."""
    offset, year = start, None
    for line in text[start:].split("\n"):
        line_start, offset = offset, offset + len(line) + 1
        if heading := _YEAR_HEADING.fullmatch(line):
            year = int(heading.group("year"))
            continue
        match = _ROW_LABEL.match(line) or _DASHED_ROW.match(line)
        if match is None:
            continue
        day, place = row_label(match.group("label"), published, world)
        if day is None and place is None:
            continue
        label_end, line_end = line_start + match.end(), line_start + len(line)
        # the label's day as the line's sentences read it, counted from publication, moves
        # to the year of the heading the line stands under
        told, moved = day, day is not None and year is not None and day.year != year \
            and not _A_YEAR.search(match.group("label"))
        if moved:
            day = in_year(told, year)
        for sentence in sentences:
            if sentence.char_start >= line_end \
                    or sentence.char_start + len(sentence.text) <= line_start:
                continue
            if moved:
                if sentence.date == told:
                    sentence.date = day
                sentence.date_expressions = [
                    (token_i, words_of_date, day if found == told else found)
                    for token_i, words_of_date, found in sentence.date_expressions]
            if sentence.char_start + len(sentence.text) <= label_end:
                continue
            if place is not None:
                sentence.label_place = place
            sentence.label_date = day
            if day is None or sentence.char_start < line_start:
                continue
            # (a sentence the parser cut from its label, "April: X arrives … and holds
            # talks the same evening", keeps only days counted from the label's)
            if sentence.date is None or not any(
                    found and not relative_to_told_day(words_of_date)
                    for _, words_of_date, found in sentence.date_expressions):
                sentence.date = day
                sentence.date_expressions = [
                    (token_i, words_of_date,
                     day if found and relative_to_told_day(words_of_date) else found)
                    for token_i, words_of_date, found in sentence.date_expressions]


def row_label(label: str, published: dt.date | None, world: World
              ) -> tuple[dt.date | None, PlaceRef | None]:
    """The day and the city of a row's label or a document's foot (a date, perhaps with a
    city before or after it: "4 June 2025, Nairobi", "Beijing, 15 April 2026"), or no day
    when the label is not one."""
    pieces = [piece.strip() for piece in label.split(",")]
    # (a city first: the date reader would take "4 June 2025, Nairobi" for the day alone)
    tries = [(", ".join(pieces[:-1]), pieces[-1]), (", ".join(pieces[1:]), pieces[0])] \
        if len(pieces) > 1 else []
    for date_words, city in [*tries, (label, None)]:
        if not any(c.isdigit() for c in date_words):
            continue  # "Monday, Nairobi": a weekday alone dates no timeline's row
        day = resolve_date(date_words, published)
        if day is None and not _month_of_a_year(date_words):
            continue
        if city is None:
            return (day, None) if day is not None else (None, None)
        if (place := _heading_city(world, city)) is not None:
            return day, place  # ("September 2025, Honiara": a city, and no day)
    return None, None


def _month_of_a_year(words_of_date: str) -> bool:
    """ "September 2025", "Sept. 2025": a month of a year, which names no day."""
    folded = words_of_date.lower().replace(".", " ").split()
    return len(folded) == 2 and folded[0] in MONTHS and folded[1].isdigit() \
        and len(folded[1]) == 4


#: "Yesterday (23)", "this Tuesday afternoon (24th)": the day of the month in brackets
#: right after a relative date, as some agencies write it.
_DAY_NOTE = re.compile(r"\s*\((\d{1,2})(?:st|nd|rd|th)?\)")


def _with_day_note(text: str, doc, token_i: int, expression: str) -> str:
    start = doc[token_i].idx
    end = text.find(expression, start)
    if end < 0:
        return expression
    note = _DAY_NOTE.match(text, end + len(expression))
    return expression + note.group(0) if note else expression


#: A line that is only a date, perhaps after a place ("Tuesday 10 June", "Wednesday, 11 June
#: 2025:", "DAKAR, MONDAY 19 JANUARY").
_DAY_HEADING = re.compile(r"[\W\d]*(?:[A-Za-z]+[\s,]+){0,3}?(?:\d{1,2}(?:[snrt][tdh])?\s+[A-Za-z]+|"
                          r"[A-Za-z]+\s+\d{1,2}(?:[snrt][tdh])?)(?:,?\s+\d{4})?\s*:?"
                          r"(?P<after>\s+[-–—]\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?")
#: An item's title ending with its place and day in brackets: "2. CALL WITH X (Tuesday 3
#: February)", "Visit to Y (Hanoi, 8 and 9 May)"; the day holds a number.
_TITLE_WITH_ITS_DAY = re.compile(r"(?:\d{1,2}[.)]\s*)?[^.!?()\n]{3,80}"
                                 r"\((?:(?P<place>[A-Z][^,()\d]{1,30}),\s*)?"
                                 r"(?P<when>[^(),]*\d[^(),]*)\)")
#: A paragraph of a few words with no full stop: a section heading ("Background").
_SECTION_HEADING_WORDS = 3


def _day_headings(text: str, start: int, published: dt.date | None
                  ) -> list[tuple[int, int, dt.date | None, str]]:
    """The lines of the story from ``start`` that are a day heading, perhaps after a
    place, (line start, line end, day, place words), or a section heading ("Background",
    day None)."""
    found = []
    offset = start
    for line in text[start:].split("\n"):
        line_start, offset = offset, offset + len(line) + 1
        stripped = line.strip()
        if not stripped:
            continue
        words_of_line = stripped.split()
        if heading := _DAY_HEADING.fullmatch(stripped):
            # The date begins at its weekday, month or day number; a place before it, or
            # after a dash ("Monday 1 December - Port Moresby").
            after = heading.group("after") or ""
            if after:
                words_of_line = stripped[:-len(after)].split()
            k = next((k for k, word in enumerate(words_of_line)
                      if (folded := word.strip(",.:").lower()) in WEEKDAYS
                      or folded in MONTHS or folded.isdigit()), 0)
            day = resolve_date(" ".join(words_of_line[k:]).strip(" :"), published)
            if day is not None:
                place = " ".join(words_of_line[:k]).strip(" ,") or after.strip(" -–—")
                found.append((line_start, line_start + len(line), day, place))
        elif (titled := _TITLE_WITH_ITS_DAY.fullmatch(stripped)) \
                and (day := resolve_date(titled.group("when"), published)) is not None:
            # "3. WORKING VISIT TO X (Jakarta, 4 and 5 February)": a digest's item, titled
            # with its place and day
            found.append((line_start, line_start + len(line), day, titled.group("place") or ""))
        elif (weekdays := _weekdays_alone(words_of_line)) and (
                day := resolve_date(weekdays[0], published)) is not None:
            # "MONDAY", "TUESDAY AND WEDNESDAY": a week's review, day by day
            found.append((line_start, line_start + len(line), day, ""))
        elif len(words_of_line) <= _SECTION_HEADING_WORDS and stripped[-1].isalpha():
            found.append((line_start, line_start + len(line), None, ""))
    return found


def _weekday_ahead(heading, text: str, sentences: list[Sentence], published: dt.date | None,
                   doc) -> tuple[int, int, dt.date | None, str]:
    """A weekday heading of a week still to come ("MONDAY" over "X begins a state visit …",
    "… will hold talks"): the next such day, not the last; a heading over a sentence in
    the past tense keeps the last."""
    line_start, line_end, day, place = heading
    weekdays = _weekdays_alone(text[line_start:line_end].split())
    if day is None or not weekdays or doc is None or published is None:
        return heading
    below = next((s for s in sentences if s.char_start >= line_end), None)
    if below is None or doc[below.start:below.end].root.tag_ in ("VBD", "VBN"):
        return heading
    ahead = resolve_date(f"next {weekdays[0]}", published)
    return (line_start, line_end, ahead, place) if ahead is not None else heading


def _weekdays_alone(words_of_line: list[str]) -> list[str]:
    """The weekdays of a line that holds nothing else ("TUESDAY AND WEDNESDAY", "Friday:"),
    or none."""
    folded = [word.strip(",.:").lower() for word in words_of_line]
    days = [word for word in folded if word in WEEKDAYS]
    # between the days only "and", "to" or a sign ("&", "–")
    if not days or any(word not in WEEKDAYS and word not in ("and", "to")
                       and any(c.isalnum() for c in word) for word in folded):
        return []
    return days


def _time_of_day(expression: str) -> bool:
    """ "the evening", "noon": a time of some day, naming no day, month or year of its own
    ("in February" names a month)."""
    folded = {word.strip(",.").lower() for word in expression.split()}
    return not any(c.isdigit() for c in expression) \
        and not folded & (set(WEEKDAYS) | set(MONTHS) | _PERIOD_NOUNS)


_PERIOD_NOUNS = frozenset(words("interval_nouns")) | frozenset(words("period_nouns"))


def _heading_city(world: World, name: str) -> PlaceRef | None:
    """The city a day heading opens with, also in capitals ("DAKAR, MONDAY 19 JANUARY")."""
    if not name:
        return None
    info = world.locality(name) or world.locality(name.title())
    return PlaceRef(info.name, info.iso2, info.wikidata) if info is not None else None


#: A line that heads a section: a few words, no full stop ("ELSEWHERE IN THE REGION",
#: "6. NEXT WEEK", "Looking ahead: March").
_SECTION_LINE = re.compile(r"[ \t]*(?:\d{1,2}[.)][ \t]*)?(?P<words>[^.!?\n]{2,40}?)"
                           r"[ \t]*(?::[^.!?\n]*)?")
_COMING = words("coming_headings")


def _under_coming_headings(text: str, start: int, sentences: list[Sentence]) -> None:
    """Marks the sentences of a section headed as what is to come ("COMING UP", "NEXT
    WEEK", "6. Looking ahead: March"), down to the next heading in capitals or one of
    its kind."""
    coming, offset, sections = False, start, []
    for line in text[start:].split("\n"):
        line_start, offset = offset, offset + len(line) + 1
        match = _SECTION_LINE.fullmatch(line)
        if match is None or len(match.group("words").split()) > _COMING_HEADING_WORDS:
            continue
        heading = match.group("words").strip().lower()
        if heading in _COMING:
            coming = True
        elif line.strip().isupper():
            coming = False  # another section's heading, in capitals
        else:
            continue
        sections.append((line_start, coming))
    for sentence in sentences:
        above = [c for line_start, c in sections if line_start <= sentence.char_start]
        sentence.coming = bool(above) and above[-1]


#: Most words of a heading of a section to come ("In the diary this week").
_COMING_HEADING_WORDS = 6


def _date_under_day_headings(text: str, start: int, sentences: list[Sentence],
                             published: dt.date | None, world: World, doc=None) -> None:
    """A programme or a day-by-day page ("Tuesday 10 June" on a line of its own, then
    "16.00 Talks between …"): a sentence under a day heading that names no day of its own
    ("In the evening, …" names none) is of the heading's day, and of the city the heading
    names, until the next heading or a section heading ("Background").  One such line is
    a page's header, not a programme: two or more are needed."""
    headings = _day_headings(text, start, published)
    if sum(1 for heading in headings if heading[2] is not None) < 2:
        return
    headings = [_weekday_ahead(heading, text, sentences, published, doc)
                for heading in headings]
    cities = {line_start: _heading_city(world, place)
              for line_start, _, day, place in headings if day is not None}
    for sentence in sentences:
        above = [h for h in headings if h[0] <= sentence.char_start]
        # A readouts page: "Prime Minister meets with X" on the line right above "September
        # 23, 2025" is that item's title, of its day.
        titled = next((h for h in headings if h[0] > sentence.char_start), None)
        between = text[sentence.char_start:titled[0]] if titled is not None else ""
        if titled is not None and titled[2] is not None and between.endswith("\n") \
                and between.count("\n") == 1:
            sentence.date, sentence.item = titled[2], titled[0]
            continue
        if not above or above[-1][2] is None:
            continue
        line_start, line_end, day, _ = above[-1]
        if sentence.char_start < line_end:
            sentence.date = day  # the heading itself, which the parser may have cut up
            continue
        sentence.heading_place, sentence.item = cities[line_start], line_start
        sentence.heading_date = day
        if sentence.date is None and all(d is None and _time_of_day(expression)
                                         for _, expression, d in sentence.date_expressions):
            sentence.date = day
        elif sentence.date_expressions and all(relative_to_publication(expression)
                                               for _, expression, _ in sentence.date_expressions):
            # "today" under the item's own day heading is that day, not the page's
            sentence.date_expressions = [(i, expression, resolve_date(expression, day))
                                         for i, expression, _ in sentence.date_expressions]
            sentence.date = sentence.date_expressions[0][2]


def _last_day(sentence: Sentence) -> dt.date | None:
    """The latest day a sentence's dates resolve to (not a duration's): "received X
    today, who arrived yesterday" tells of today last."""
    return max((day for _, text, day in sentence.date_expressions
                if day and not _is_duration(text)), default=None)


def _recent(day: dt.date, published: dt.date | None) -> bool:
    """``day`` falls in the week up to the publication: a day the story itself tells."""
    return published is not None and 0 <= (published - day).days <= _STORY_WEEK


#: How many days before the publication a day told is still one of the story's own.
_STORY_WEEK = 7


def _opened_by_a_part_of_the_day(sentence: Sentence) -> bool:
    """ "In the afternoon, …", "Late at night, …": a sentence opened by a part of a
    day and no day, which goes on with the day told before."""
    if not sentence.date_expressions or sentence.date_expressions[0][0] != sentence.start:
        return False
    _, text, day = sentence.date_expressions[0]
    # (not "Earlier in the morning, …": earlier than the day's main event, told before)
    return day is None and bool(set(text.lower().split()) & _DAY_PARTS) \
        and not text.lower().startswith("earlier") \
        and all(d is None for _, _, d in sentence.date_expressions)


def _days_apart_from_a_named_event(doc, token_i: int, expression: str,
                                   before: list[Sentence],
                                   published: dt.date | None) -> dt.date | None:
    """ "Two days after the talks", "three days before the summit": the day that many days
    from the day the story gave the event named, if it gave one."""
    match = _SOME_DAYS.fullmatch(expression.strip())
    end = token_i + len(expression.split())
    if match is None or end >= len(doc) or doc[end].lower_ not in ("after", "before") \
            or (count := count_of(match["n"])) is None:
        return None
    named = _day_of_the_event_named(doc, end, doc[end].text, before, published)
    if named is None:
        return None
    return named + dt.timedelta(days=count if doc[end].lower_ == "after" else -count)


_SOME_DAYS = re.compile(r"(?P<n>\w+) days?", re.IGNORECASE)


def _day_of_the_event_named(doc, token_i: int, expression: str, before: list[Sentence],
                            published: dt.date | None) -> dt.date | None:
    """The day of the last sentence in ``before`` that tells the event "a day before the
    talks" names (the same noun: "held talks on Tuesday"), if it is a day of the story's
    week."""
    end = token_i + len(expression.split())
    # (the event's noun, however tagged: "the Ankara talks" may be read as a verb)
    noun = next((t.lower_ for t in doc[end:min(end + 4, len(doc))]
                 if t.lower_ in _EVENT_NOUNS), None)
    if noun is None:
        return None
    for sentence in reversed(before):
        if sentence.date is not None and _recent(sentence.date, published) and any(
                t.lower_ == noun for t in doc_tokens(doc)[sentence.start:sentence.end]):
            return sentence.date
    return None


#: Nouns of the events "a day before the talks" may count from.
_EVENT_NOUNS = frozenset(words("meeting_nouns")) | frozenset(words("gathering_nouns")) \
    | frozenset(words("visit_nouns"))


def _based_in(doc, end: int) -> bool:
    """The place ending at token ``end`` says where something is based ("the
    Geneva-based agency"), not where the sentence's event is."""
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ == "based"


def _counted_from_a_person(doc, token_i: int, expression: str, person_starts: set[int]
                           ) -> bool:
    """ "a day before the President", "two days after NAME": the expression counts from a
    person (their coming), not from an event the story dates."""
    end = token_i + len(expression.split())
    if end >= len(doc) or doc[end - 1].lower_ not in _APART_WORDS \
            or any(t.lower_ in _EVENT_NOUNS for t in doc[end:min(end + 4, len(doc))]):
        return False  # ("two days before the ministers' talks": the talks')
    return end in person_starts or doc[end].lower_ in words("determiners") \
        and end + 1 in person_starts


_APART_WORDS = ("before", "after")


def _names_its_event(doc, token_i: int, expression: str) -> bool:
    """ "A day before the talks": the expression goes on to name the event it counts from."""
    end = token_i + len(expression.split())
    return end < len(doc) and doc[end].lower_ in _EVENT_OPENERS


#: Words after "a day before" that open the event it counts from ("the talks", "his visit").
_EVENT_OPENERS = words("determiners")
#: How many sentences back "that evening", "later that day" may find the day told (a wire's
#: paragraphs of what was discussed, a photo credit and a "read also" line stand between).
_TOLD_REACH = 8
#: "On arrival", "upon her arrival": the day of the arrival the story just told.
_ARRIVAL = re.compile(r"\barrival\b", re.IGNORECASE)
_SEQUENCE = re.compile(r"^" + alternation("sequence_words") + r"\b", re.IGNORECASE)
_DAY_PARTS = frozenset(words("day_parts"))
#: "The same afternoon, X called on Y": the day the sentences before told, as "the
#: following day" counts from it (unlike "Later in the day", the story's day).
_SAME = re.compile(r"(?:on\s+)?the\s+same\b", re.IGNORECASE)
def _on_the_verb(doc, token_i: int, text: str) -> bool:
    """ "The two met the next morning in Entebbe": a relative day right after the
    verb it dates, before the rest of the clause."""
    words_ = len(text.split())
    last = doc[min(token_i + words_ - 1, len(doc) - 1)]
    return token_i > 0 and doc[token_i - 1].pos_ in ("VERB", "ADP", "PART") \
        and last.head.pos_ == "VERB" and last.head.i < token_i and last.dep_ == "npadvmod"


#: "… received him at the palace the next day, and …": a day closing its clause, counted
#: from the one the sentence before told.
_ENDS_A_CLAUSE = re.compile(r"\s*[,.;]")


#: The title of a document written in quotation marks ("the \"Memorandum of Understanding
#: on …\" was signed by …"): the story's own words, not someone's, so read as narration.
_DOCUMENT_TITLE = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w-]*\s+){0,3}?(?=[A-Z])(?i:"
                             + forms_alternation("document_nouns", "item", "item")
                             + r")s?\b[^.!?;:]*$")


_MONTH_OF_A_YEAR = re.compile(r"\b(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True))
                              + r")\.?,?\s+(?P<year>\d{4})\b", re.IGNORECASE)
_A_YEAR = re.compile(r"\b\d{4}\b")


def _in_the_year_named_before(resolved: list) -> list:
    """ "his trip there in May 2019, when they talked on May 7": a day of a month
    the sentence named before with its year, given without one, is in that year (not the
    one closest to publication)."""
    years: dict[int, int] = {}
    result = []
    for token_i, text, day in resolved:
        named = _MONTH_OF_A_YEAR.search(text)
        if day is None and named:
            years[MONTHS[named["month"].lower()]] = int(named["year"])
        elif day is not None and not _A_YEAR.search(text) \
                and years.get(day.month, day.year) != day.year:
            result.append((token_i, text, in_year(day, years[day.month]) or day))
            continue
        result.append((token_i, text, day))
    return result


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks, paired paragraph by paragraph; quotations
    in single marks too ("‘We met him, and …’"), told from apostrophes."""
    ranges, offset = [], 0
    for line in text.split("\n"):
        marks = [m.start() for m in re.finditer("[\"“”„«»]", line)]
        doubles = [(offset + a, offset + b + 1) for a, b in zip(marks[::2], marks[1::2],
                                                                strict=False)]
        ranges += doubles + [(a - 1, b + 1) for a, b in single_mark_segments(line, offset)
                             if not any(s <= a < e for s, e in doubles)]
        offset += len(line) + 1
    return sorted(ranges)


def _is_duration(text: str) -> bool:
    return bool(re.search(r"\b\d+-day\b|\bdecades?\b|\byears?\b|\bweeks?\b", text.lower()))


_FULL_STOP = re.compile(r"[.!?][\"”’)\]]*\s*$")


_SCHEDULED_FOR = re.compile(r"\b" + alternation("scheduled_words") + r"\b", re.IGNORECASE)


def _coming(verb) -> bool:
    """The verb tells an event not (yet) held ("will meet", "is scheduled to meet"): its
    auxiliaries and the verbs it completes say so."""
    chain = [verb]
    while chain[-1].dep_ == "xcomp" and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    tokens = sorted({t for v in chain for t in (v, *v.children)
                     if t is v or t.dep_ in ("aux", "auxpass", "neg")}, key=lambda t: t.i)
    text = " ".join(t.text for t in tokens)
    return any(rule.pattern.search(text) for rule in rules("status"))


def _lead_date(doc, sentences: list[Sentence], published: dt.date | None,
               dateline_date: dt.date | None = None) -> dt.date | None:
    """The date the lead sentences give to their main verb (else their first date), when
    it is within a week before publication.  "today" of a story filed the day before it
    was published ("Riyadh, July 2 -- … today") is the dateline's day."""
    if published is None:
        return None
    # A headline or a byline line above the lead ends without a full stop: not the lead.
    lead = [s for s in sentences if _FULL_STOP.search(s.text)][:2]
    for number, sentence in enumerate(lead):
        days = []
        for token_i, text, _ in sentence.date_expressions:
            day = resolve_date(text, dateline_date or published)
            if day and 0 <= (published - day).days <= 7:
                head = doc[token_i]
                while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
                    head = head.head
                if number and head.dep_ != "ROOT":
                    continue  # the second sentence's side clause ("… held from May 5 to 7")
                if _coming(head) or _SCHEDULED_FOR.search(
                        doc[max(sentence.start, token_i - 3):token_i + 1].text):
                    continue  # "… is scheduled to meet Y on Tuesday", "scheduled for
                    # Thursday": a day still ahead
                # the main verb's day first, then one a report's "…, X said" governs, and
                # last a relative clause's ("X, who arrived on Wednesday, held talks on
                # Thursday, the press service reported": Thursday)
                days.append((0 if head.dep_ == "ROOT" else 2 if head.dep_ == "relcl" else 1,
                             day))
        if days:
            return min(days, key=lambda d: d[0])[1]
    return None


def city_of_venue(world: World, venue: PlaceRef) -> PlaceRef | None:
    """The city a venue of the world data stands in ("the Kremlin": Moscow)."""
    info = world.locality(venue.name)
    if info is None or info.kind != "venue" or not info.city:
        return None
    city = world.locality(info.city)
    return PlaceRef(city.name, city.iso2, city.wikidata) if city is not None \
        else PlaceRef(info.city, info.iso2)


def _latest_day_told(sentence: Sentence, published: dt.date | None) -> dt.date | None:
    """The latest day a sentence tells, up to the story's own ("took off on Saturday and
    reached Y on Sunday afternoon. That evening …": Sunday), else its first day."""
    days = [day for _, text, day in sentence.date_expressions
            if day and not _is_duration(text) and (published is None or day <= published)]
    return max(days) if days else sentence.date
