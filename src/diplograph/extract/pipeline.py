"""The extraction pipeline: read → parse → mentions → link → quotes → events → resolve.

:func:`extract_article` runs every step on one article and returns its
:class:`~diplograph.extract.facts.ArticleFacts`; graph building turns those
into triples.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, replace

from spacy.lang.en.stop_words import STOP_WORDS

from ..articles import Article
from ..furniture import blank_furniture
from ..linewrap import join_cut_sentences, unwrap_lines
from ..world import World, load_world
from .agreements import (
    enumerated_agreements,
    find_agreements,
    parties_of_the_gathering,
    signed_by_the_pair_met,
)
from .clauses import (
    PUT_OFF,
    REPORTING_VERBS,
    commemorated,
    event_status,
    some_time_apart,
    status_of,
)
from .context import Context, build_context, city_of_venue, dated_to_come, place_of_hit
from .dates import day_of_a_stay
from .facts import ArticleFacts, ArticleMeta, Meeting, OrgRef, PlaceRef, Quote
from .gazetteer import office_of_the_province
from .linking import (
    Linked,
    consort_by_title,
    introduced_as_spouse,
    link_delegations,
    link_described_subjects,
    link_persons,
    link_plural_pronouns,
    link_pronouns,
    link_quoted_first_person,
    link_release_author_first_person,
    link_speakers_first_person,
    offices_known_on,
)
from .meetings import find_meetings, meetings_of_signings
from .mentions import Mentions, find_mentions
from .metadata import extract_metadata
from .nlp import load_model
from .quotes import find_inline_quotes, find_speeches
from .rules import alternation, words
from .signing_sides import sides_from_signing_order
from .tokens import doc_sentences, text_before, title_at_start
from .visits import (
    accepted_invitations,
    find_visits,
    honoured_invitations,
    invited_visits,
    plans_of_those_in_office,
    typed_by_meetings,
    visits_hosted_by_states,
    visits_of_meetings,
    without_resident_envoys,
)


@dataclass(frozen=True)
class Prepared:
    """An article read before the model: its ``body`` with page furniture blanked, the
    ``meta`` read from it, and the ``text`` the model parses (the body without the
    dateline).  Made once per article, for the parse and for :func:`read_story`."""

    body: str
    meta: ArticleMeta
    text: str


def prepare_article(article: Article, world: World | None = None) -> Prepared:
    """Blank ``article``'s furniture and read its metadata: see :func:`prepare_body`."""
    world = world or load_world()
    body, meta = _body_and_metadata(article, world)
    return Prepared(body, meta, _lead_words_in_title_case(
        _without_state_labels(_without_dateline(body, meta), world), world))


def prepare_body(article: Article, world: World | None = None) -> str:
    """The text of ``article`` the model parses: its body with page furniture (menus, page
    dates, photo credits), the dateline ("Nairobi — ", "DAKAR, 3 Mar (APS) –") and long
    runs of one symbol blanked, and a lead's first word set in capitals ("FIJI Prime
    Minister …") written as a word; every offset stays.  A dateline left in the text is parsed
    as part of the lead's sentence ("Nairobi" as a second subject of its verb)."""
    return prepare_article(article, world).text


def _body_and_metadata(article: Article, world: World) -> tuple[str, ArticleMeta]:
    """The body with furniture blanked, and the metadata read from it."""
    body = join_cut_sentences(unwrap_lines(_blank_symbol_runs(blank_furniture(article.body))))
    return body, extract_metadata(body, article.header, article.published, world,
                                  raw=article.body)


def _lead_words_in_title_case(text: str, world: World) -> str:
    """ "FIJI Prime Minister X's visit …", "PRIME Minister X says …": a paragraph's first
    word set in capitals, as some papers print it, written as a word for the model (which
    reads "FIJI" as a name of its own), when it is a state's name or opens a title; an
    acronym ("NATO Secretary General …") stays.  Every offset stays."""
    def title_case(match: re.Match[str]) -> str:
        word = match.group(0)
        following = [w.lower() for w in text[match.end():match.end() + 60].split()[:3]]
        if world.state_by_name(word.title()) is not None \
                or title_at_start([word.lower(), *following], world) is not None:
            return word.title()
        return word
    return _CAPITALISED_LEAD.sub(title_case, text)


def _without_state_labels(text: str, world: World) -> str:
    """ "Qatar: The Emir received …": a digest item's label, a state's name and a colon
    opening the line, blanked for the model like a dateline (read with the sentence, the
    state is a subject of its verb).  Every offset stays."""
    def blank(match: re.Match[str]) -> str:
        if world.state_by_name(match["state"]) is None:
            return match.group(0)
        return " " * len(match.group(0))
    return _STATE_LABEL.sub(blank, text)


#: A line opening with a name and a colon before a capitalised word ("Qatar: The Emir").
_STATE_LABEL = re.compile(r"(?m)^(?P<state>[A-Z][A-Za-z'’. -]{2,40}?):[ \t]+(?=[A-Z])")
#: A paragraph's first word in capitals before a capitalised word ("FIJI Prime Minister").
_CAPITALISED_LEAD = re.compile(r"(?m)^[A-Z]{3,}(?= [A-Z][a-z])")


def _without_dateline(body: str, meta: ArticleMeta) -> str:
    if meta.dateline_span is None:
        return body
    start, end = meta.dateline_span
    return body[:start] + "".join(c if c == "\n" else " " for c in body[start:end]) + body[end:]


@dataclass
class Story:
    """An article read up to its events: what :func:`read_story` hands the event steps."""

    meta: ArticleMeta
    mentions: Mentions
    quotes: list[Quote]
    ctx: Context  # sentences, persons, places, dates and the clauses read from them


def read_story(article: Article, nlp=None, world: World | None = None, doc=None,
               prepared: Prepared | None = None) -> Story:
    """Read one article up to its events: metadata, mentions, linked persons, quotes and
    each sentence's context.  Every event step (meetings, visits, agreements) reads the
    returned ``ctx``, so each can be run and tested alone on a small text.

    ``doc`` is the article already parsed: ``nlp`` run over :func:`prepare_body`'s
    text, typically by ``nlp.pipe`` over a batch of articles, which is faster than
    one call per article.  Without it the article is parsed here.  ``prepared`` is
    :func:`prepare_article`'s reading of ``article`` when the parse was made from it, so
    the furniture and metadata are not read twice.
    """
    nlp = nlp or load_model()
    world = world or load_world()
    # The metadata is read from the text before the dateline is blanked for the model;
    # blanking keeps every offset, so the two texts line up.
    prepared = prepared or prepare_article(article, world)
    body, meta = prepared.body, prepared.meta
    if doc is None:
        doc = nlp(prepared.text)
    home_state = meta.dateline.state if meta.dateline else None
    mentions = find_mentions(doc, nlp, world, meta.story_start, home_state)
    # Spokespersons and aides with no state stated are the dateline state's.
    linked = link_persons(mentions, world, meta.author, article.published,
                          home_state=home_state,
                          publisher_state=meta.publisher.state if meta.publisher else None,
                          lead_state=_lead_state(doc, mentions, world, meta.story_start),
                          doc=doc)
    blocks, speech_quotes = find_speeches(doc, body, linked, meta.story_start)
    speech = [(b.start, b.end) for b in blocks]
    link_pronouns(doc, linked, speech, meta.story_start)
    link_speakers_first_person(doc, linked, blocks)
    link_release_author_first_person(doc, linked, world, meta.story_start)
    link_delegations(doc, linked)
    link_plural_pronouns(doc, linked, speech, meta.story_start)
    link_described_subjects(doc, linked)
    ctx = build_context(doc, linked, mentions, world, blocks, article.published,
                        meta.dateline_date, meta.story_start, meta.dateline,
                        meta.dateline_span)
    ctx.page = body
    # Quotations read their speech verb's clause record, so they come after the context.
    inline_quotes = find_inline_quotes(doc, body, linked, blocks, meta.story_start, ctx)
    # (a quotation over a line break, or over an advert line blanked inside it, is one run
    # of words)
    quotes = _once_each([Quote(q.speaker, " ".join(q.text.split()), q.span, rule=q.rule)
                         for q in speech_quotes + inline_quotes])
    if (told := link_quoted_first_person(doc, linked, inline_quotes)):
        _add_tellers(ctx, linked, told)
    return Story(meta, mentions, quotes, ctx)


def _add_tellers(ctx: Context, linked: Linked, tokens: list[int]) -> None:
    """The speakers now referred to by their quoted "I" are persons of those sentences;
    the clause records read before them are read again."""
    told = set(tokens)
    for sentence in ctx.sentences:
        for ref in linked.refs_between(sentence.start, sentence.end):
            if ref.start in told:
                for key in ref.persons:
                    if key not in sentence.persons:
                        sentence.persons.append(key)
    # ``person_tokens`` is a cached property read from the references: built again
    ctx.__dict__.pop("person_tokens", None)
    ctx.clauses.clear()


#: Fewer words than this make a line of the page (a masthead, a menu), not a lead sentence.
_LEAD_WORDS = 8


def _lead_state(doc, mentions: Mentions, world: World, story_start: int) -> str | None:
    """The state of the first city the story's first two sentences name, or of the first
    state they name after "in"."""
    lead = list(itertools.islice((sent for sent in doc_sentences(doc)
                                  if sent.end_char > story_start
                                  and sum(1 for t in sent if t.is_alpha) >= _LEAD_WORDS), 2))
    in_names = {i for m in mentions.persons for i in range(m.start, m.end)}
    for hit in mentions.hits:
        if hit.start in in_names or not any(s.start <= hit.start < s.end for s in lead):
            continue
        if hit.kind == "place" and (state := place_of_hit(world, hit).state) is not None \
                and not (getattr(world.locality(hit.key), "kind", None) == "region"
                         and office_of_the_province(doc, doc[hit.start:hit.end], world)):
            # (not "the Premier of Sarawak", whose province names no place of the story)
            return state
        # "received … the Ambassador of the United States in Algeria": the state the story
        # is in; so is the state of "is on a state visit to India"
        if hit.kind == "state" and hit.start > 0 and (
                doc[hit.start - 1].lower_ == "in"
                or (hit.start > 1 and doc[hit.start - 1].lower_ == "to"
                    and doc[hit.start - 2].lemma_.lower() in words("visit_nouns"))):
            return hit.key
    return None


_QUOTE_EDGES = re.compile(r"^[\W_]+|[\W_]+$")


def _once_each(quotes: list[Quote]) -> list[Quote]:
    """One quote per speaker and words: 'X told reporters: "…"' is read both as a speech
    line and as a quotation in narration; the copy with its quotation marks goes."""
    def key(quote: Quote) -> tuple:
        return quote.speaker, _QUOTE_EDGES.sub("", quote.text).lower()

    kept: dict[tuple, Quote] = {}
    for quote in quotes:
        if key(quote) not in kept or len(quote.text) < len(kept[key(quote)].text):
            kept[key(quote)] = quote
    return [quote for quote in quotes if kept[key(quote)] is quote]


def extract_article(article: Article, nlp=None, world: World | None = None,
                    doc=None, prepared: Prepared | None = None) -> ArticleFacts:
    """Extract the persons, events, agreements and quotes one article states.

    ``doc`` is the article already parsed, ``prepared`` the reading it was parsed from
    (see :func:`read_story`).
    """
    world = world or load_world()
    story = read_story(article, nlp, world, doc, prepared)
    ctx = story.ctx
    facts = ArticleFacts(meta=story.meta, persons=ctx.linked.persons,
                         story_date=ctx.story_date)
    welcomes: list = []
    facts.meetings = find_meetings(ctx, welcomes)
    facts.visits = find_visits(ctx, ctx.doc)
    # (a welcome on arrival is no meeting, but the start of the guest's stay)
    facts.visits += visits_of_meetings(ctx, facts.meetings + welcomes, facts.visits)
    facts.visits = typed_by_meetings(ctx, facts.meetings, facts.visits)
    facts.visits += invited_visits(ctx, facts.visits)
    facts.visits += accepted_invitations(ctx, facts.visits)
    facts.visits += visits_hosted_by_states(ctx, facts.visits)
    facts.visits = plans_of_those_in_office(ctx, honoured_invitations(ctx, facts.visits))
    facts.visits = without_resident_envoys(ctx, facts.visits)
    # Beside the story's office holders, a name holding no office (a statesman recalled, a
    # word the tagger took for a name) makes no state visit of this graph.
    if any(p.positions for p in ctx.linked.persons.values()):
        facts.visits = [v for v in facts.visits if ctx.linked.persons[v.guest].positions]
    facts.meetings = _meetings_of_trips_put_off(facts.meetings, facts.visits)
    facts.agreements = signed_by_the_pair_met(ctx, parties_of_the_gathering(
        ctx, enumerated_agreements(ctx, find_agreements(ctx)), facts.meetings), facts.meetings)
    facts.meetings += meetings_of_signings(ctx, facts.meetings, facts.agreements)
    _drop_events_across_digest_items(facts, ctx)
    facts.quotes = story.quotes
    _collect_entities(facts, story.mentions, world, ctx.dateline)
    # (before the quotes' occasions are the meetings')
    _drop_spouses(facts, ctx.text, world, ctx.published)
    resolve_article(facts, ctx)
    sides_from_signing_order(facts, ctx)
    _offices_of_those_involved(facts, world)
    _drop_company_offices(facts, ctx.text)
    _drop_heads_of_unnamed_bodies(facts, ctx.text)
    _drop_heads_of_business_bodies(facts, ctx.text)
    _drop_commentators(facts, ctx.text)
    _drop_the_remembered(facts, ctx)
    _drop_onlookers(facts, ctx.text, world)
    _drop_party_roles(facts, ctx.text)
    _drop_domestic_meetings(facts, world, ctx.published)
    _drop_bystanders(facts)
    return facts


#: Where a digest's contents line cuts its items: at each comma after the colon.
_ITEM_CUTS = re.compile(r",\s*(?:and\s+)?")
#: How many of the story's first sentences may be a digest's contents line, and how many
#: words each of its items has at most (a teaser's, not a list of documents signed).
_CONTENTS_LINE_REACH = 5
_ITEM_WORDS = 10


def _digest_items(ctx: Context, char: int) -> list[tuple[int, int]]:
    """ "Six things to know: A and B sign a pact, C is in X, D meets E": the items of the
    digest's contents line that the sentence at ``char`` is, as character ranges; none for
    any other sentence (three items at least, two of them telling something)."""
    index = ctx.sentence_index(char)
    if index is None or index >= _CONTENTS_LINE_REACH or ctx.doc is None:
        return []  # (a contents line opens the page, before the items it lists)
    sentence = ctx.sentences[index]
    colon = sentence.text.find(": ")
    if colon < 0 and index and ctx.sentences[index - 1].text.endswith(":"):
        colon = -2  # "Tonight:" the tagger cut off as a sentence of its own
    elif colon < 0:
        return []
    items, at = [], colon + 2
    for cut in _ITEM_CUTS.finditer(sentence.text, at):
        items.append((sentence.char_start + at, sentence.char_start + cut.start()))
        at = cut.end()
    items.append((sentence.char_start + at, sentence.char_start + len(sentence.text)))
    telling = 0
    for start, end in items:
        piece = ctx.doc.char_span(start, end, alignment_mode="expand")
        telling += piece is not None and any(
            # (a verb, or a place word: "A and B in New York"; a list of attendees only
            # names)
            t.pos_ in ("VERB", "AUX") or t.lower_ in words("place_before_words")
            for t in piece)
    short = all(len(ctx.text[start:end].split()) <= _ITEM_WORDS for start, end in items)
    return items if len(items) >= 3 and telling >= 2 and short else []


def _drop_events_across_digest_items(facts: ArticleFacts, ctx: Context) -> None:
    """A digest's contents line ("Tonight: X in Suva, a call between A and B, C's next
    trip") tells each item apart: a meeting or a document is never made of those named in
    two of its items (the body tells each item again)."""
    def within_one_item(meeting_or_document, keys, states) -> bool:
        items = _digest_items(ctx, meeting_or_document.evidence.start)
        if not items:
            return True
        start, end = items[0][0], items[-1][1]
        seen = [{i for i, (a, b) in enumerate(items) if a <= ref.span.start < b}
                for key in keys for ref in ctx.linked.refs
                if key in ref.persons and start <= ref.span.start < end]
        seen += [{i for i, (a, b) in enumerate(items) if a <= hit.span.start < b}
                 for hit in ctx.mentions.hits
                 if hit.kind in ("state", "demonym") and hit.key in states
                 and start <= hit.span.start < end]
        named = set().union(*seen) if seen else set()
        return len(named) <= 1
    facts.meetings = [m for m in facts.meetings
                      if within_one_item(m, m.participants, frozenset())]
    facts.agreements = [a for a in facts.agreements
                        if within_one_item(a, a.signatories, a.parties)]


def _meetings_of_trips_put_off(meetings: list[Meeting], visits) -> list[Meeting]:
    """ "X had been due to visit Y on Wednesday to meet Z. That visit has been postponed":
    a meeting planned in the sentence of a trip put off later is put off with it."""
    put_off = [v for v in visits if v.status in PUT_OFF]
    result = []
    for meeting in meetings:
        trip = next((v for v in put_off if v.evidence.start == meeting.evidence.start
                     and v.guest in meeting.participants), None)
        put = meeting.status == "planned" and trip is not None
        result.append(replace(meeting, status=trip.status) if put else meeting)
    return result


_SUBNATIONAL_ROLES = frozenset(words("subnational_roles"))  # (lower case)


def _drop_domestic_meetings(facts: ArticleFacts, world: World, day) -> None:
    """A held meeting whose participants all hold, by the world data on the story's day
    and by the story, offices of one and the same state (a president and his prime
    minister, the speaker of his parliament; or a governor, chief minister or mayor the
    story places in that state) is home politics, no contact between states: this graph
    does not hold it.  (The offices the story alone gives are not enough: a state read
    wrongly for a guest would lose a meeting of two states.)"""
    def known(key: str) -> set[str]:
        person = facts.persons[key]
        told = {(p.state if p.state and not p.org else None) for p in person.positions
                if not p.former}
        found = {p.state for p in offices_known_on(world, person.name, day) if p.state}
        if not found and told and None not in told and all(
                p.role.lower() in _SUBNATIONAL_ROLES for p in person.positions if not p.former):
            return told  # "Mombasa Governor NAME": of a part of the state the text names
        # (the story's offices and the world data's must agree: "Chairperson of the
        # African Union Commission" is no office of the state he served before)
        return found if told == found else set()

    states = {key: known(key) for meeting in facts.meetings if meeting.status == "held"
              for key in meeting.participants if key in facts.persons}
    kept = []
    for meeting in facts.meetings:
        held = [states[key] for key in meeting.participants if key in states]
        # (a coming or called-off meeting read with two of one state has mostly one of
        # them read wrongly, the host's minister for the guest's: the event stays)
        if meeting.status == "held" and len(held) == len(meeting.participants) \
                and all(len(s) == 1 for s in held) \
                and len(set().union(*held)) == 1:
            continue
        kept.append(meeting)
    facts.meetings = kept
    ids = {meeting.id for meeting in kept}
    facts.quotes = [replace(q, occasion=None) if q.occasion and q.occasion not in ids else q
                    for q in facts.quotes]


#: "NAME, a political scientist at …", "NAME, who lectures in …", "NAME of the X Forum, a
#: think tank": the words right after a name that make it a commentator's.
_COMMENTATOR_AFTER = re.compile(r"^(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,5}?)?,\s+"
                                r"(?:[\w-]+\s+){0,6}?"
                                + alternation("commentator_words") + r"\b")


#: "Political scientist NAME said", "A Senegalese economist, NAME, told …", "analyst Dr
#: NAME": the words right before a name that make it a commentator's.
_COMMENTATOR_BEFORE = re.compile(r"\b" + alternation("commentator_words")
                                 + r",?\s+(?:[A-Z][a-z]{0,5}\.?\s+)?$", re.IGNORECASE)


def _drop_commentators(facts: ArticleFacts, text: str) -> None:
    """A name the story gives no office and describes as an analyst, an academic, a
    lawyer or a think tank's researcher takes part in nothing a leader does: no person of
    this graph, and their words no quote of it (unless they meet, travel or sign)."""
    _drop_speakers(facts, lambda person: any(
        _COMMENTATOR_AFTER.match(text[span.end:span.end + 120])
        or _COMMENTATOR_BEFORE.search(text_before(text, span.start, 80))
        for span in person.mentions))


def _drop_the_remembered(facts: ArticleFacts, ctx: Context) -> None:
    """A name the story only ever remembers ("beneath the statue of King NAME", "the
    mausoleum of NAME") is a historical figure, no person of this graph, whatever office the
    title before it names, and takes part in no meeting of it (unless they sign or
    speak)."""
    if ctx.doc is None:
        return
    acting = {key for a in facts.agreements for key in a.signatories | a.witnesses} \
        | {quote.speaker for quote in facts.quotes}

    def remembered(span) -> bool:
        tokens = ctx.doc.char_span(span.start, span.end, alignment_mode="expand")
        return tokens is not None and len(tokens) > 0 and commemorated(ctx.doc, tokens.start)

    gone = [key for key, person in facts.persons.items()
            if key not in acting and not person.is_author and person.mentions
            and all(remembered(span) for span in person.mentions)]
    for key in gone:
        del facts.persons[key]
    if gone:
        for meeting in facts.meetings:
            meeting.participants = meeting.participants - set(gone)
        facts.meetings = [m for m in facts.meetings if len(m.participants) >= 2]
        facts.visits = [v for v in facts.visits if v.guest not in gone]


def _drop_speakers(facts: ArticleFacts, gone_if) -> None:
    """Drop the persons of no office who do nothing but speak (no author, no one who meets,
    travels, signs or witnesses) for whom ``gone_if(person)`` holds, and their quotes."""
    acting = _acting(facts) | {key for a in facts.agreements
                               for key in a.signatories | a.witnesses}
    gone = {key for key, person in facts.persons.items()
            if not (person.positions or person.is_author or key in acting)
            and gone_if(person)}
    for key in gone:
        del facts.persons[key]
    facts.quotes = [quote for quote in facts.quotes if quote.speaker not in gone]


def _drop_company_offices(facts: ArticleFacts, text: str) -> None:
    """ "NAME, chief executive of the shipping firm X", "managing director NAME of a
    cement producer": an office a company gives, stated beside a business, is the
    company's, no office of a state."""
    for person in facts.persons.values():
        company = {p for p in person.positions if p.role.lower() in words("company_roles")}
        if company and any(_BUSINESS.search(_clause_around(text, span))
                           for span in person.mentions):
            person.positions -= company


_BUSINESS = re.compile(r"\b" + alternation("company_nouns") + r"\b", re.IGNORECASE)


def _drop_heads_of_business_bodies(facts: ArticleFacts, text: str) -> None:
    """ "the chairman of the X Business Council, NAME", "NAME, president of the Y Chamber
    of Commerce": an office of a body of business, whatever its word, is no office of a
    state; a person holding nothing else and doing nothing but speak is no person of this
    graph."""
    def heads_one(person) -> bool:
        return any(_BUSINESS_HEAD_BEFORE.search(text_before(text, span.start, 100))
                   or _BUSINESS_HEAD_AFTER.match(text, span.end) for span in person.mentions)

    for person in facts.persons.values():
        if person.positions and heads_one(person):
            person.positions = set()
    _drop_speakers(facts, heads_one)


#: "chairman of the X Business Council": an office's words, "of" and the body's name.
_HEAD_OF_A_BUSINESS_BODY = (r"(?-i:[a-z])[\w-]*(?:\s+(?-i:[a-z])[\w-]*){0,2}\s+of\s+"
                            r"(?:the\s+)?(?:[\w'’.-]+\s+){0,4}?" + alternation("business_bodies")
                            + r"(?:\s+and\s+\w+)?")
#: "… the chairman of the X Business Council, NAME" and "NAME, chairman of the X …"
_BUSINESS_HEAD_BEFORE = re.compile(r"\b" + _HEAD_OF_A_BUSINESS_BODY + r"\s*,\s*$",
                                   re.IGNORECASE)
_BUSINESS_HEAD_AFTER = re.compile(r",\s+(?:the\s+)?" + _HEAD_OF_A_BUSINESS_BODY + r"\b",
                                  re.IGNORECASE)


def _drop_heads_of_unnamed_bodies(facts: ArticleFacts, text: str) -> None:
    """ "said NAME, president of a free-zone association": an office of a body the story
    names only as "a …" is of no state; a person holding nothing else and doing nothing
    but speak is no person of this graph."""
    for person in facts.persons.values():
        if any(_OF_A_BODY.match(text, span.end) for span in person.mentions):
            person.positions = {p for p in person.positions if p.state or p.org}
    _drop_speakers(facts, lambda person: any(_OF_A_BODY.match(text, span.end)
                                             for span in person.mentions))


#: ", president of a …", ", the head of an …": an office set off after a name, of a body
#: told with the indefinite article.
_OF_A_BODY = re.compile(r",\s+(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+of\s+an?\s")


def _clause_around(text: str, span) -> str:
    """The words that describe a mention: the phrase before it back to a comma, and the
    apposition after it ("NAME, chief executive of X,") or the phrase up to a comma."""
    before = re.split(r"[,.!?\n;]", text_before(text, span.start, 80))[-1]
    after = text[span.end:span.end + 120]
    parts = re.split(r"[,.!?\n;]", after)
    return before + " " + (parts[1] if after.startswith(",") and len(parts) > 1 else parts[0])


def _drop_onlookers(facts: ArticleFacts, text: str, world: World) -> None:
    """A name the story gives no office, that only speaks, with no word of an office in
    the words around it (a supporter "who drove up from CITY", "a pupil", "a writer at X")
    is no person of this graph, and its words no quote of it; a name described as an
    adviser, an aide, a counterpart or a spokesman holds some office the story tells."""
    _drop_speakers(facts, lambda person: bool(person.mentions) and not any(
        _office_word_near(text, span, world) for span in person.mentions))


_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _office_word_near(text: str, span, world: World) -> bool:
    before = re.split(r"[.!?\n]", text_before(text, span.start, 80))[-1]
    after = re.split(r"[.!?\n]", text[span.end:span.end + 120])[0]
    return any(lower not in STOP_WORDS and world.may_open_title(lower)
               or lower in words("counterpart_words")
               for lower in map(str.lower, _WORD.findall(before + " " + after)))


def _acting(facts: ArticleFacts) -> set[str]:
    """The persons who meet or travel in the story."""
    return {key for meeting in facts.meetings for key in meeting.participants} \
        | {visit.guest for visit in facts.visits}


_PARTY_WORD = re.compile(r"\b" + alternation("opposition_words") + r"\b", re.IGNORECASE)
#: "Opposition foreign affairs spokesperson NAME", "the Opposition spokesman on energy, NAME":
#: the party's word opening the title phrase that ends at the name.
_PARTY_TITLE_BEFORE = re.compile(r"\b" + alternation("opposition_words")
                                 + r"\b[^.,;:!?\"“”()\n]{0,50},?\s*$", re.IGNORECASE)


def _drop_party_roles(facts: ArticleFacts, text: str) -> None:
    """A title an opposition party gives ("Opposition spokesman on energy", "shadow
    foreign secretary") is no office of a state: its holder is no person of this graph,
    their words no quote of it and their name no signatory of a state's document, unless
    they meet or travel.  The Leader of the Opposition holds an office, and the role says
    so."""
    acting = _acting(facts)
    gone = set()
    for key, person in list(facts.persons.items()):
        if key in acting or person.is_author or not person.positions \
                or any(_PARTY_WORD.search(p.role) for p in person.positions):
            continue
        first = person.mentions[0] if person.mentions else None
        if first is not None and _PARTY_TITLE_BEFORE.search(
                text_before(text, first.start, 60)):
            gone.add(key)
            del facts.persons[key]
    if gone:
        facts.quotes = [quote for quote in facts.quotes if quote.speaker not in gone]
        facts.agreements = [replace(a, signatories=a.signatories - gone,
                                    witnesses=a.witnesses - gone) for a in facts.agreements]


def _offices_of_those_involved(facts: ArticleFacts, world: World) -> None:
    """A name the story gives no office but that signs, meets, travels or speaks ("Signed
    by: NAME and NAME") holds the offices the world data gives that full name on the
    story's day."""
    involved = set(_involved(facts))
    for key in involved:
        person = facts.persons.get(key)
        if person is not None and not person.positions and not person.is_author:
            person.positions.update(offices_known_on(world, person.name, facts.story_date))


#: A run of one symbol this long ("🙂" * 5000, "—" * 5000) says nothing and stalls spaCy's
#: tokenizer for minutes; it is blanked, offsets kept.
_SYMBOL_RUN = re.compile(r"([^\w\s])\1{49,}")


def _blank_symbol_runs(text: str) -> str:
    return _SYMBOL_RUN.sub(lambda m: " " * len(m.group(0)), text)


def _involved(facts: ArticleFacts):
    """The persons who speak, meet, travel, sign or witness in the story."""
    for quote in facts.quotes:
        yield quote.speaker
    for meeting in facts.meetings:
        yield from meeting.participants
    for visit in facts.visits:
        yield visit.guest
    for agreement in facts.agreements:
        yield from agreement.signatories | agreement.witnesses


def _drop_spouses(facts: ArticleFacts, text: str, world: World, day) -> None:
    """A name that holds no office, introduced as someone's spouse ("Wong's wife, NAME",
    "First Lady NAME"), is no office holder: no person of this graph, nor a participant in
    the meetings the spouses hold beside the leaders' ("NAME hosted OTHER's wife, …"); nor
    is a monarch's consort ("Queen NAME" of a state a King reigns over)."""
    spouses = {key for key, person in facts.persons.items()
               if not person.positions and person.mentions
               and introduced_as_spouse(text, person.mentions[0].start)
               or person.positions
               and consort_by_title(world, person.name, person.positions, day)}
    if not spouses:
        return
    kept = []
    for meeting in facts.meetings:
        participants = meeting.participants - spouses
        if participants == meeting.participants:
            kept.append(meeting)
        elif len(participants) >= 2 and len(meeting.participants & spouses) == 1:
            # "President X and his wife, NAME, received Y": X received Y; two spouses
            # together are the spouses' own programme, whoever else the parse joined to it
            kept.append(replace(meeting, participants=frozenset(participants)))
    facts.meetings = kept
    facts.visits = [v for v in facts.visits if v.guest not in spouses]
    facts.quotes = [q for q in facts.quotes if q.speaker not in spouses]
    for key in spouses:
        del facts.persons[key]


def _drop_bystanders(facts: ArticleFacts) -> None:
    """A name with no office that takes part in nothing (a historical figure, a name in a
    museum's, a word the tagger took for a name) is not a person of this graph."""
    involved = set(_involved(facts))
    for key, person in list(facts.persons.items()):
        if not person.positions and not person.is_author and key not in involved:
            del facts.persons[key]


def _collect_entities(facts: ArticleFacts, mentions, world: World,
                      dateline: PlaceRef | None = None) -> None:
    for hit in mentions.hits:
        if hit.kind == "state":
            facts.states.add(hit.key)
        elif hit.kind == "place":
            place = place_of_hit(world, hit, dateline)  # the dateline's town, if it names it
            facts.places[place.name] = place
        elif hit.kind == "org":
            info = world.org_by_name(hit.span.text)
            if info:
                facts.organizations[info.name] = OrgRef(info.name, info.kind, info.iso2,
                                                        info.wikidata)
    if facts.meta.dateline:
        facts.places[facts.meta.dateline.name] = facts.meta.dateline
    if facts.meta.publisher:
        facts.organizations[facts.meta.publisher.name] = facts.meta.publisher
    for person in facts.persons.values():
        facts.states.update(p.state for p in person.positions if p.state)
    for place in facts.places.values():
        if place.state:
            facts.states.add(place.state)


def _person_states(facts: ArticleFacts, key: str) -> set[str]:
    return {p.state for p in facts.persons[key].positions if p.state}


#: Longest stretch between a visit's first known day and a meeting held during it.
VISIT_DAYS = 10


def _during(facts: ArticleFacts, visit, meeting: Meeting, story_date) -> bool:
    """Whether a meeting took place during a visit: the guest meets someone of the host
    state (or meets in the host state), with the same status, within the visit's days."""
    if visit.guest not in meeting.participants \
            or (meeting.date is None and not meeting.within_visit) \
            or meeting.status != visit.status or visit.dated_to_a_period:
        return False
    start = visit.start or story_date
    if start is not None and meeting.date is not None:
        earliest = visit.start or start - dt.timedelta(days=VISIT_DAYS)
        if not earliest <= meeting.date <= start + dt.timedelta(days=VISIT_DAYS):
            return False
    hosts = any(visit.host in _person_states(facts, k)
                for k in meeting.participants - {visit.guest})
    return hosts or bool(meeting.place and meeting.place.state == visit.host)


def resolve_article(facts: ArticleFacts, ctx: Context) -> None:
    """Tie events together: visits and their meetings, places, quote occasions."""
    dateline = facts.meta.dateline
    visits = {visit.id: visit for visit in facts.visits}
    for visit in facts.visits:
        during = [m for m in facts.meetings if _during(facts, visit, m, ctx.story_date)]
        # A day known to fall within the visit gives it its identity across articles.
        visit.anchor = visit.start or min((m.date for m in during if m.date), default=None) \
            or (None if visit.dated_to_a_period else ctx.story_date)
        if visit.place is None:
            # Not from an undated meeting: "last received him in X in January" was
            # another occasion.
            visit.place = next((m.place for m in during if m.place and m.date is not None
                                and m.place.state == visit.host), None)
        if visit.place is None and dateline and dateline.state == visit.host:
            visit.place = dateline
        if visit.place is None and visit.status == "held":
            # "Within the framework of the visit, X toured a museum in Tbilisi": the one
            # city of the host state where the story has the guest during the stay.
            other_days = {m.evidence.start for m in facts.meetings
                          if m.date is None or visit.start and m.date < visit.start}
            cities = {place for s in ctx.sentences if visit.guest in s.persons
                      and s.date in (None, visit.anchor) and not s.speech
                      and s.char_start not in other_days
                      and (place := _place_in(ctx, [s], plans_too=True)) is not None
                      and place.state == visit.host}
            if len(cities) == 1:
                visit.place = cities.pop()
        for meeting in during:
            meeting.visit = visit.id
            if (meeting.assumed_date or meeting.within_visit) and visit.start is not None \
                    and (day := meeting.stay_day or day_of_a_stay(meeting.evidence.text)):
                # "On the second day of the visit, X met Y": the visit's first day and one
                meeting.date = visit.start + dt.timedelta(days=day - 1)
    for meeting in facts.meetings:
        if meeting.place is not None and meeting.place.state is None \
                and (city := _city_around_a_site(ctx, facts, visits, meeting)):
            meeting.venue = meeting.venue or meeting.place
            meeting.place = city
    for meeting in facts.meetings:
        if meeting.place is not None or meeting.phase in ("phone", "video"):
            continue  # a call has no place of its own
        if label := _label_place(ctx, meeting):
            meeting.place = label  # a timeline's row: "4 June 2025, Nairobi: X met Y"
        elif meeting.venue is not None and (city := city_of_venue(ctx.world, meeting.venue)):
            meeting.place = city  # "at the Kremlin": in Moscow
        elif meeting.visit is not None and visits[meeting.visit].place is not None:
            # ("arrived at the Élysée": the stay's venue, whose city its meetings were in)
            meeting.place = city_of_venue(ctx.world, visits[meeting.visit].place) \
                or visits[meeting.visit].place
        elif meeting.status == "held" and meeting.date is None:
            continue  # "met in December 2019": another occasion, not where the story is
        elif meeting.status == "held" and (
                near := _place_nearby(ctx, meeting, others := _other_events(facts, meeting))
                or _place_of_same_meeting(ctx, meeting, others)
                or _place_of_same_day(ctx, facts.meetings, meeting)):
            meeting.place = near
        elif meeting.status == "held" and (heading := _heading_place(ctx, meeting)):
            meeting.place = heading  # a day-by-day page: "FREETOWN, WEDNESDAY 21 JANUARY"
        elif meeting.status == "held" and (item := _item_place(ctx, meeting)) is not None \
                and item.state and any(item.state in _person_states(facts, k)
                                       for k in meeting.participants):
            meeting.place = item  # a digest's item: "PHNOM PENH — X held talks with Y …"
        elif dateline and meeting.status == "held" and (
                (dateline.state and any(dateline.state in _person_states(facts, k)
                                        for k in meeting.participants)
                 and not _second_datelines_too(facts, meeting))
                or _here(ctx, meeting) or "on the sidelines" in meeting.formats
                or (ctx.gathering_at_dateline and _on_the_gatherings_days(ctx, meeting))):
            # The dateline's city: the host's, or "met … here", or the summit's where a
            # meeting on its sidelines (or on one of its days) is reported from.
            meeting.place = dateline
        elif dateline is None and meeting.status == "held" \
                and meeting.phase not in ("phone", "video") \
                and (city := ctx.gathering_city) is not None \
                and ("on the sidelines" in meeting.formats
                     or _on_the_gatherings_days(ctx, meeting)):
            # No dateline, but the lead names the gathering's city ("the Forum's summit in
            # X"): where the meetings of its days were held.
            meeting.place = city
    for meeting in facts.meetings:
        if meeting.place is None and meeting.status == "held" and meeting.date is not None \
                and meeting.phase not in ("phone", "video") \
                and (place := _place_of_same_day(ctx, facts.meetings, meeting, whoever_met=True)):
            meeting.place = place
    main = _main_meeting(facts.meetings, ctx.story_date)
    for agreement in facts.agreements:
        if agreement.place is None and main is not None and agreement.date == main.date:
            agreement.place = main.place
    for quote in facts.quotes:
        occasion = _main_meeting([m for m in facts.meetings if quote.speaker in m.participants],
                                 ctx.story_date)
        if occasion is not None:
            quote.occasion = occasion.id
            quote.date = occasion.date
        else:
            quote.date = ctx.story_date


#: How many days a gathering a story is filed from may run around the story's day.
_GATHERING_DAYS = 3


def _on_the_gatherings_days(ctx: Context, meeting: Meeting) -> bool:
    """The meeting falls within a few days of the story's (a summit of several days, told
    from its city: "On Monday, the first day, X held bilateral meetings with A and B")."""
    return meeting.date is not None and ctx.story_date is not None \
        and abs((meeting.date - ctx.story_date).days) <= _GATHERING_DAYS


def _second_datelines_too(facts: ArticleFacts, meeting: Meeting) -> bool:
    """A story filed from two cities ("SEOUL/BEIJING") has a participant of the second
    city's state too: the meeting may have been in either."""
    second = facts.meta.second_dateline
    return second is not None and second.state is not None and any(
        second.state in _person_states(facts, key) for key in meeting.participants)


def _city_around_a_site(ctx: Context, facts: ArticleFacts, visits: dict, meeting: Meeting):
    """ "at the presidential office in Yongsan": a place the world data does not know is a
    district or a site of the city the story has the meeting in, the city of the visit it
    took place during or the dateline's city of a participant's state."""
    if ctx.world.locality(meeting.place.name) is not None:
        return None
    visit = visits.get(meeting.visit) if meeting.visit is not None else None
    if visit is not None and visit.place is not None and visit.place.state is not None:
        return visit.place
    if meeting.date is None and meeting.dated_to_a_period:
        return None  # "first met at the summit in Banff in June": another occasion's place
    # (a digest's item: its own dateline's city before the page's)
    for dateline in (_item_place(ctx, meeting), facts.meta.dateline):
        if dateline is not None and dateline.state is not None and any(
                dateline.state in _person_states(facts, key) for key in meeting.participants):
            return dateline
    return None


def _here(ctx: Context, meeting: Meeting) -> bool:
    """The meeting's sentence says it took place "here": in the dateline's city."""
    for match in _HERE.finditer(meeting.evidence.text):
        char = meeting.evidence.start + match.start()
        if not ctx.in_quotation(char):
            return True  # a speaker's "here" is where the speaker is, not the story
    return False


_HERE = re.compile(r"\bhere\b", re.IGNORECASE)


#: How many sentences back a meeting's place may be named ("X arrived in Lima on Monday.
#: … The two leaders met at noon.").
PLACE_LOOKBACK = 3


def _other_events(facts: ArticleFacts, meeting: Meeting) -> set[int]:
    """Where the sentences start that tell another occasion than the meeting: a meeting of
    another status or day ("… agreed to meet again in Lima"), or a held one dated only to
    a period ("last met in X in January"). Their places are theirs."""
    return {m.evidence.start for m in facts.meetings
            if m.status != meeting.status or m.date not in (None, meeting.date)
            or m.date is None and m.dated_to_a_period and meeting.date is not None}


def _heading_place(ctx: Context, meeting: Meeting):
    sentence = _sentence_of(ctx, meeting)
    return sentence.heading_place if sentence is not None else None


def _item_place(ctx: Context, meeting: Meeting):
    sentence = _sentence_of(ctx, meeting)
    return sentence.item_place if sentence is not None else None


def _label_place(ctx: Context, meeting: Meeting):
    sentence = _sentence_of(ctx, meeting)
    return sentence.label_place if sentence is not None else None


def _sentence_of(ctx: Context, meeting: Meeting):
    index = ctx.sentence_index(meeting.evidence.start)
    return ctx.sentences[index] if index is not None else None


def _place_nearby(ctx: Context, meeting: Meeting, others: set[int]):
    """The city named "in …" in the meeting's own sentence or the sentences just before it,
    for a meeting whose clause names none."""
    index = ctx.sentence_index(meeting.evidence.start)
    if index is None:
        return None
    # Not the place of an event still to come ("… would hold its next meeting in Baghdad")
    # nor of another item of a readouts page
    item = ctx.sentences[index].item
    before = [s for s in ctx.sentences[max(0, index - PLACE_LOOKBACK):index]
              if s.char_start not in others and status_of(s.text) == "held"
              and s.item == item]
    return _place_in(ctx, [ctx.sentences[index], *reversed(before)])


def _place_of_same_meeting(ctx: Context, meeting: Meeting, others: set[int]):
    """The city named "in …" in another sentence naming every participant of the meeting
    on its day ("X told Y … during talks in Bali on Tuesday" … "his summit with Y")."""
    if len(meeting.participants) < 2:
        return None
    same = [s for s in ctx.sentences if set(meeting.participants) <= set(s.persons)
            and s.date in (None, meeting.date) and not s.speech
            and s.char_start not in others]
    return _place_in(ctx, same)


def _place_of_same_day(ctx: Context, meetings: list[Meeting], meeting: Meeting,
                       whoever_met: bool = False):
    """Where the same person met others in person on the same day ("held a series of
    meetings in Buenos Aires … Afterwards, X met with Y"): one place, if there is one; not
    across the items of a readouts page, each told on its own.  With ``whoever_met``, where
    the story has that day's other meetings in person, whoever met ("Also on Wednesday,
    the two foreign ministers held separate talks"): the day's one city, if it has one."""
    item = _item_of(ctx, meeting)
    places = {m.place.name: m.place for m in meetings
              if m is not meeting and m.place is not None and m.date == meeting.date
              and m.date is not None and m.status == "held"
              and m.phase not in ("phone", "video")
              and (whoever_met or m.participants & meeting.participants)
              and _item_of(ctx, m) == item}
    return next(iter(places.values())) if len(places) == 1 else None


def _item_of(ctx: Context, meeting: Meeting) -> int | None:
    """The item of a readouts page the meeting is told in (see Sentence.item)."""
    index = ctx.sentence_index(meeting.evidence.start)
    return ctx.sentences[index].item if index is not None else None


_BEING_THERE = words("being_there_verbs")


def _place_in(ctx: Context, sentences, plans_too: bool = False):
    """The first city named "in …" in the sentences, where an event is told, not a city of
    a clause about something else nor, unless ``plans_too`` (the cities of a stay, its
    morning preview's "is expected to land in X" too), of an event still to come."""
    doc = ctx.doc
    for sentence in sentences:
        for token_i, place in zip(sentence.place_tokens, sentence.places, strict=True):
            info = ctx.world.locality(place.name)
            if info is not None and info.kind not in ("city", "capital", "town"):
                continue
            if doc is None or token_i == 0 or doc[token_i - 1].lower_ != "in":
                continue
            preposition = doc[token_i - 1]
            # "met … in Lima", "talks in Lima"; not "rein in X's ambitions", not a place of a
            # clause about something else ("who hosted a summit in Minsk").
            if preposition.dep_ != "prep" or any(
                    a.dep_ in ("relcl", "acl") and a.lemma_.lower() not in _BEING_THERE
                    for a in preposition.ancestors) or some_time_apart(preposition) \
                    or preposition.head.lemma_.lower() in REPORTING_VERBS \
                    or _of_the_teller(preposition) or dated_to_come(ctx, sentence, token_i) \
                    or not plans_too \
                    and event_status(ctx, sentence, preposition.idx) != "held":
                continue  # but "X, who is attending the summit in Kigali, met Y": there;
                # "…, a day after her summit with Z in La Paz" is the summit's place; "In
                # Tokyo, the spokesman told reporters" is where the telling was; "the
                # summit in X on 7–8 July" is still to come, as is "agreed to hold the next
                # one in X"
            return place
    return None


def _of_the_teller(preposition) -> bool:
    """ "…, the Foreign Office in London said": a place in the subject of the verb that
    reports the event is the teller's, not the event's."""
    for token in (preposition, *preposition.ancestors):
        if token.dep_ in ("nsubj", "nsubjpass") \
                and token.head.lemma_.lower() in REPORTING_VERBS:
            return True
    return False


def _main_meeting(meetings: list[Meeting], day) -> Meeting | None:
    candidates = [m for m in meetings if m.date == day and m.status == "held"]
    main = [m for m in candidates if m.phase == "main"]
    return (main or candidates or [None])[0]
