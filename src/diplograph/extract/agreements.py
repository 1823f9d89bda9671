"""Agreements and memorandums: what was signed, by whom, for which states.

A sentence reports a signing when a signing verb and a document noun
(``data/extraction/signing.csv``, ``agreements.csv``) both occur in it.
Fields of cooperation ("in the fields of veterinary medicine, tourism and
energy") become topics; documents named one by one are one agreement each,
documents counted together ("signed five agreements on A, B and C") one
bundle with all the fields.  Persons and offices in the sentence sign, unless they
stand in a witness phrase ("attended by the two leaders"); offices named
without a person ("the foreign ministers of A and B") sign as positions.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..world import ascii_fold
from .clauses import (
    clause_at,
    forward_if_planned,
    present_in_a_future_clause,
    signing_day,
    token_at,
)
from .context import Context, Sentence, city_of_venue, row_label
from .dates import MONTHS, ORDINALS, WEEKDAYS
from .facts import Agreement, PlaceRef, Position, Span
from .linking import answers_office
from .nlp import unstopped
from .offices import address_start
from .rules import (
    alternation,
    count_of,
    entries,
    forms,
    forms_alternation,
    one_of,
    quote_marks,
    quote_pairs,
    rules,
    word_list,
    words,
)
from .tokens import TALKED_ABOUT, nearest_verb

#: Nouns of fields of cooperation, singular and plural: "fields?", "areas?".
_FIELD_NOUNS = forms_alternation("field_nouns", "fields", "singular", "plural")
#: "on the sidelines of …" is no topic.
_NOT_A_TOPIC = r"(?!the " + alternation("not_topic_nouns") + r"\b)"
_TOPIC_PREPOSITIONS = forms_alternation("topic_prepositions", "after_noun", "word")
#: "on Monday", "on 3 March", "on March 3": when, not what (but "on 5G networks" is what).
_NOT_A_DAY = (r"(?!\w+day\b|\d{1,2}(?:st|nd|rd|th)?\s+" + one_of(MONTHS) + r"\b|"
              + one_of(MONTHS) + r"\.?\s+\d)")
#: "between the Governments of A and B", before a document's topic (two governments named
#: by their states' full official names run past 100 characters).
_BETWEEN = r"between\s+[^.;:()\n]{1,160}?"
#: A number of documents, in figures or words: "11", "three".
_COUNT_WORD = r"(?P<number>\d+|" + one_of(row["word"] for row in entries("counts")) + r")"

_FIELDS = re.compile(
    r"\b(?:in|on|cover(?:s|ed|ing)?) (?:" + forms_alternation("field_openers", "determiner", "word")
    + r" )?" + _FIELD_NOUNS + r",? " + forms_alternation("field_openers", "list", "word") + r" "
    r"(?P<list>[^.;:()]+)"
    # "three memoranda covering tourism, mining and water"
    # (not "cover cooperation in the fields of …": the next alternative's)
    r"|\b" + alternation("coverage_verbs") + r" (?!(?:the )?" + _FIELD_NOUNS
    + r"|(?:[a-z]+ )?(?:cooperation|collaboration) in )(?P<list4>[^.;:()]+)"
    r"|\b(?:on )?(?:cooperation|collaboration) (?:in(?! the presence\b)|on(?! (?:\w+day\b|\d)))"
    r" (?:the )?"
    r"(?:" + _FIELD_NOUNS + r" of )?(?P<list2>[^.;:()]+)"
    # "on river and port cooperation": a few words, not "on Monday and … cooperation"
    r"|\bon (?P<list3>(?:[\w-]+ ){0,3}[\w-]+) cooperation\b"
    # "in the energy sector", "in the mining, energy and health sectors"
    r"|\bin (?:the )?(?P<list5>[a-z][\w-]*(?:(?:,\s*(?:and\s+)?|\s+and\s+)[a-z][\w-]*){0,6}) "
    + forms_alternation("field_nouns", "after", "singular", "plural") + r"\b"
    # "a slew of agreements, including on labour mobility, health and shipping"
    r"|\b" + forms_alternation("document_nouns", "plural", "plural") + r",? (?:"
    + forms_alternation("field_openers", "list", "word") + r") (?:on|in) (?P<list6>[^.;:()]+)",
    re.IGNORECASE)
#: "a memorandum of understanding on trade", "an agreement for visa exemption".
_DOCUMENT_ON = re.compile(
    r"\b" + forms_alternation("document_nouns", "topic", "singular", "plural")
    # "an agreement between the two countries on trade"; "five agreements, on water, …,"
    + r",? (?:" + _BETWEEN + r" (?=" + _TOPIC_PREPOSITIONS + r" ))?"
    + _TOPIC_PREPOSITIONS + r" " + _NOT_A_TOPIC + _NOT_A_DAY
    + r"(?P<list>[^.;:()]+)", re.IGNORECASE)
_LIST_END = re.compile(r"\s+(?:" + forms_alternation("topic_end_words", "listing", "word")
                       + r"|as (?:\w+ ){1,4}looked on|in the (?:\w+ ){0,3}?\w+['’]s? presence"
                       r"|(?:next|last|this) (?:week|month|year)"
                       r"|on [A-Z]\w+day|on [A-Z][a-z]{2,8}\.? \d|on \d"
                       # "a treaty of friendship in 1964", "in May 2023": when, not what
                       r"|in (?:[A-Z][a-z]{2,8}\.? )?\d{4})\b.*$")
#: Where one document's topic ends because the next document begins (also after a verb
#: of its own: "…, and issued a joint statement").
_NEXT_DOCUMENT = re.compile(
    r",?\s+and\s+(?:[a-z]+ed\s+)?" + forms_alternation("document_determiners", "next", "word")
    + r"\s+(?=(?:\w+\s+){0,2}"
    + forms_alternation("document_nouns", "next", "stem") + ")",
    re.IGNORECASE)
_ANAPHORIC_DOCUMENTS = re.compile(
    r"\b" + forms_alternation("anaphora", "documents", "word")
    + r"\s+(?:signed\s+|two\s+|\w+\s+)?"
    + forms_alternation("document_nouns", "anaphoric", "plural") + r"\b", re.IGNORECASE)
#: "Besides the memoranda, they signed …": the documents told before, and others.
_BESIDES = re.compile(r"\b" + alternation("besides_words") + r"\s*$", re.IGNORECASE)
#: Every form of every document noun, the longest first, with the family of its noun.
_NOUN_FORMS = sorted(((form, row.get("family") or "") for row in entries("document_nouns")
                      for column in ("singular", "plural")
                      for form in (row.get(column) or "").split("|") if form),
                     key=lambda pair: -len(pair[0]))
_ANY_NOUN = one_of(form for form, _ in _NOUN_FORMS)
_ANY_DOCUMENT = re.compile(r"\b(" + _ANY_NOUN + r")\b", re.IGNORECASE)
_NOUN_OF = {form.lower(): family for form, family in _NOUN_FORMS}


_PLURAL = re.compile(r"\b" + forms_alternation("document_nouns", "plural", "plural") + r"\b",
                     re.IGNORECASE)
#: "the 1929 boundary documents": documents of a year gone by, not those signed now.
_OF_A_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\s+(?:[\w-]+\s+)?$")


def _documents_signed_now(text: str) -> bool:
    """Whether the sentence names documents in the plural, not of a year gone by."""
    return any(not _OF_A_YEAR.search(text, 0, match.start()) for match in _PLURAL.finditer(text))


_LISTING_ENDS = frozenset(row["word"] for row in entries("topic_end_words")
                          if "listing" in row["steps"].split())


def _topics(text: str) -> list[str]:
    match = _FIELDS.search(text)
    if match:
        listing = match["list"] or match["list2"] or match["list3"] or match["list4"] \
            or match["list5"] or match["list6"] or ""
    elif match := _DOCUMENT_ON.search(text):
        listing = match["list"]
    else:
        return []
    several = bool(_PLURAL.search(text) or _SEVERAL_FIELDS.search(text))
    return _split_topics(listing, split_pair=several)


_STOPWORDS = words("topic_stopwords")
#: "various areas", "several fields, such as": a phrase naming no field itself.
_GENERIC_FIELDS_OPENING = re.compile(
    r"^\s*(?:the\s+)?(?:" + forms_alternation("field_openers", "determiner", "word") + r"|all)\s+"
    + _FIELD_NOUNS + r"\b\s*,?\s*(?:" + forms_alternation("field_openers", "list", "word")
    + r"\s+)?", re.IGNORECASE)
#: ", including A, B and C" after narration that followed a generic phrase of fields.
_LATER_LISTING = re.compile(r",\s*(?:" + forms_alternation("field_openers", "list", "word")
                            + r")\s+(?P<rest>.+)$", re.IGNORECASE | re.DOTALL)
_SEVERAL_FIELDS = re.compile(r"\b" + forms_alternation("field_nouns", "several", "plural") + r"\b",
                             re.IGNORECASE)


_SHARED_HEAD = re.compile(r"(?P<first>[\w-]+)\s+and\s+(?P<second>[\w-]+)\s+(?P<head>"
                          + alternation("shared_heads") + r")", re.IGNORECASE)


#: A reporting clause after a comma ends a listing: "…, the ministry said", "…, saying it
#: would …" (the verbs of speech_verbs.csv, past and participle).
_REPORTED = re.compile(
    r",\s+(?:(?:[\w'’.-]+\s+){0,4}?(?:" + forms_alternation("speech_verbs", "narration", "past")
    + r")|" + one_of(re.sub(r"e$", "", lemma) + "ing"
                     for lemma in forms("speech_verbs", "narration", "lemma"))
    + r")\b.*$", re.IGNORECASE | re.DOTALL)


#: "other areas", "many other fields": the rest of a listing, no field.
_OTHER_FIELDS = re.compile(r"(?:many |several |various )?other " + _FIELD_NOUNS,
                           re.IGNORECASE)


_COVERING = re.compile(r"^" + alternation("coverage_verbs") + r"(?:\s+|$)", re.IGNORECASE)


def _split_topics(listing: str, split_pair: bool = False) -> list[str]:
    """Fields in a listing: "A, B and C" is three; "A and B" alone stays one field
    ("science and technology") unless each part has its own "on" ("on A and on B")
    or ``split_pair`` says several documents or fields are meant."""
    if listing.split()[:1] and listing.split()[0].lower() in _LISTING_ENDS:
        return []  # "the agreement on which was signed": a relative clause, no topic
    # "various areas, including A and B": the fields are those listed, "various areas"
    # none of its own.
    opening = _GENERIC_FIELDS_OPENING.match(listing)
    listing = listing[opening.end():] if opening else listing
    if opening and (later := _LATER_LISTING.search(listing)):
        # "on cooperation in various areas was signed …, including A, B and C"
        listing = later["rest"]
    if not listing.strip() or listing.split()[0].lower() in _LISTING_ENDS:
        return []  # "… in various areas were signed": no field named
    listing = _LIST_END.sub("", _REPORTED.sub("", listing))
    # (a clause blanked out of the sentence ends the listing: "on police cooperation
    # [ahead of …, which …,] providing for …")
    listing = next((piece for piece in re.split(r"[ \t]{3,}", listing) if piece.strip()), "")
    # (a title's or a phrase's quotation marks are no part of a field)
    listing = re.sub(f"[{quote_marks('marks')}]", "", listing)
    # (not the comma of a number: "50,000")
    parts = [p for p in re.split(r",(?!\d)\s*(?:and\s+|or\s+)?", listing) if p.strip()]
    if len(parts) > 1 and re.match(r"\s*an?\s", parts[1], re.IGNORECASE) \
            and not re.search(r"\b(?:and|or)\b", ",".join(parts[1:])):
        parts = parts[:1]  # "on X, a question for many families": an apposition, no field
    if len(parts) > 1:
        parts[-1:] = re.split(r"\s+and\s+", parts[-1])
    elif split_pair and (shared := _SHARED_HEAD.fullmatch(listing.strip(" ,."))):
        # "maritime and academic cooperation": two fields with one head noun.
        parts = [f"{shared['first']} {shared['head']}", f"{shared['second']} {shared['head']}"]
    elif re.search(r"\s+and\s+(?:on|in|for)\s+", listing):
        # "on youth and sports and on fisheries": each part has its own "on".
        parts = re.split(r"\s+and\s+(?=(?:on|in|for)\s)", listing)
    elif re.search(r"\s+and\s+(?:a|an)\s+", listing) or (
            re.search(r"\s+and\s+the\s+", listing)
            and not re.search(r"\b(?:between|of|from)\b",
                              re.split(r"\s+and\s+the\s+", listing, maxsplit=1)[0])):
        # "joint patrols and an exchange of data", "hydrogen supply and the storage of
        # carbon": each part has its own article (not "between A and the B").
        parts = re.split(r"\s+and\s+(?=(?:a|an|the)\s)", listing)
    elif split_pair:
        parts = re.split(r"\s+and\s+", listing)
    cleaned = []
    for part in parts:
        topic = re.sub(r"^(?:on|in|for)\s+", "", part.strip(" ."), flags=re.IGNORECASE)
        topic = re.sub(r"^(?:(?:cooperation|collaboration|partnership) (?:in|on)\s+)?"
                       r"(?:(?:the|a|an)\s+)?", "", topic, flags=re.IGNORECASE)
        # "on port safety, covering river patrols, …": the listing's verb
        topic = _COVERING.sub("", topic)
        # (a listing's dangling joiner, not the end of "corridor" or "Thailand")
        topic = re.sub(r"\s*,?\s*\b(?:and|or)$", "", topic).strip(" ,")
        first = topic.split()[0].lower() if topic else ""
        if first in WEEKDAYS or first == "years":
            continue  # "on Wednesday", "for the years 2024–2026"
        if _OTHER_FIELDS.fullmatch(topic):
            continue  # "… and other areas": no field of its own
        # One topic may be a long noun phrase ("the main principles of developing …
        # in the new era"); each of a list's is short.
        if topic and topic.lower() not in _STOPWORDS \
                and len(topic.split()) <= (8 if len(parts) > 1 else 12):
            cleaned.append(topic)
    return cleaned


def find_agreements(ctx: Context) -> list[Agreement]:
    """Agreements of the story: one per document enumerated, one bundle for documents
    counted but not enumerated ("four agreements in the fields of A, B and C").

    A sentence may report several signings ("A and B signed a memorandum on X,
    and the defence ministers signed an agreement on Y"): each signing verb's
    clause is read on its own, with the sentence's witnesses shared.
    """
    found: list[Agreement] = []
    signed_later: set[int] = set()  # signings whose signers a later sentence gave
    sign_rules = [r for r in rules("signing") if r.values["role"] in ("sign", "sign-joint")]
    witness_rules = [r for r in rules("signing") if r.values["role"].startswith("witness")]
    for sentence in ctx.sentences:
        if sentence.speech is not None and not _signed_as_told_in_speech(ctx, sentence,
                                                                         sign_rules):
            continue
        if sentence.text.rstrip().endswith("?"):
            continue  # "Will the two ministers sign any documents?": a question, no signing
        # Words inside quotes ("the treaty will be concluded soon") report no signing.
        narrated = ctx.narrated(sentence)
        lowered = narrated.lower()
        signs = sorted(m.start() for r in sign_rules if r.may_match(lowered)
                       for m in r.pattern.finditer(narrated))
        if not signs:
            continue
        if not any(r.pattern.search(narrated) for r in rules("agreements")):
            # "NAME signed for A, while NAME signed for B": who signed what was just told.
            _told_signers(ctx, sentence, signs, found, witness_rules, _SIGNER_VERBS,
                          signed_later)
            continue
        if _only_about_signing(narrated, signs):
            continue  # "arrangements for the signing ceremony": no document signed
        if found and (told := _ANAPHORIC_DOCUMENTS.search(narrated)) \
                and not _BESIDES.search(narrated, 0, told.start()):
            # "officials exchanged the signed documents": those already found (who
            # exchanged them, and before whom, may be new).
            _told_signers(ctx, sentence, signs, found, witness_rules, _TOLD_SIGNER_VERBS,
                          signed_later)
            continue
        witness_chars = _witness_ranges(sentence, witness_rules, ctx, signs)
        _, witnesses, _ = _signers(ctx, sentence, witness_chars, None)
        joint = {sentence.char_start + m.start() for r in sign_rules
                 if r.values["role"] == "sign-joint" for m in r.pattern.finditer(narrated)}
        for clause_start, tokens in _signing_clauses(ctx, sentence, signs):
            made = _clause_agreements(ctx, sentence, clause_start, tokens, witness_chars,
                                      witnesses)
            # "X announced a roadmap": one state's plan, no agreement between states.
            found.extend(_with_count(a) for a in made
                         if clause_start not in joint or len(a.parties) >= 2)
    return found + _signings_to_come(ctx, found) + _the_page_itself(ctx, found)


#: A page's title that is a document's ("Joint Statement between A and B on …", "A - B
#: Joint Statement on …"): the noun first, perhaps after capitalised names and the signs
#: between them.
_PAGE_TITLE = re.compile(r"[ \t]*(?P<names>(?:[A-Z][\w'’.]*(?:[ \t]*[-–—,&][ \t]*|[ \t]+and[ \t]+"
                         r"|[ \t]+))*?)(?i:(?P<noun>" + forms_alternation("document_nouns", "page",
                                                                        "singular")
                         + r"))\b(?P<rest>[^\n]*)")
#: The words that open a body's paragraph: a line of this many words or more ends the
#: page's header.
_BODY_WORDS = 15


def _the_page_itself(ctx: Context, found: list[Agreement]) -> list[Agreement]:
    """A page whose title is a joint statement's ("Joint Statement between the Republic of
    A and the Kingdom of B on …") is that statement published in full: one agreement of the
    states its title names, dated and placed by its foot ("Beijing, 15 April 2026"), unless
    the story reports it otherwise ("the two sides issued a joint statement")."""
    text = ctx.text
    offset, title = 0, None
    for line in text.split("\n"):
        line_start, offset = offset, offset + len(line) + 1
        if len(line.split()) >= _BODY_WORDS and line.rstrip()[-1:] in ".!?\"”":
            break  # the body begins
        if (match := _PAGE_TITLE.fullmatch(line)) is not None:
            title = (line_start, line_start + len(line), match)
            break
    if title is None:
        return []
    start, end, match = title
    noun = match["noun"].lower()
    if any(noun in agreement.evidence.text.lower() for agreement in found):
        return []  # "the two countries issued a joint statement": the story's own report
    parties = {state for sentence in ctx.sentences
               if start <= sentence.char_start < end for state in sentence.states}
    if len(parties) != 2 and len(parties) != 3:
        return []
    day, place = _foot(ctx, end)
    rest = re.sub(r"\s*\(.*$", "", match["rest"]).strip(" .:")
    topic = re.split(r"\bon\s+(?:the\s+occasion\s+of\s+)?(?:the\s+)?", rest, maxsplit=1,
                     flags=re.I)
    return [Agreement("Agreement", Span(start, end, text[start:end]),
                      topics=(topic[1].strip(),) if len(topic) == 2 and topic[1].strip() else (),
                      parties=frozenset(parties), date=day or ctx.story_date, place=place,
                      title=text[start:end].strip(), rule="agreements:page")]


def _foot(ctx: Context, after: int) -> tuple:
    """The day and city a document's foot gives after its text ("Beijing, 15 April 2026",
    or "New Delhi" over "March 05, 2026"), or (None, None)."""
    lines = (ctx.page or ctx.text)[after:].split("\n")
    for before, line in zip(["", *lines], lines, strict=False):  # (each line, the one above)
        day, place = row_label(line.strip(), ctx.published, ctx.world)
        if day is not None and place is None and before.strip():
            _, place = row_label(f"{before.strip()}, {line.strip()}", ctx.published, ctx.world)
        if day is not None and place is not None:
            return day, place
    return None, None


#: A signing still to come of a document just told: "which is to be signed next spring",
#: "It will be signed at the summit", "the ministers are expected to sign it".
_TO_BE_SIGNED = re.compile(
    r"\b(?:is|are) to be signed\b|\b(?:will|would|shall) (?:\w+ )?be signed\b"
    r"|\b(?:" + alternation("planned_words") + r"|due|set) to sign (?:it|them)\b"
    r"|\bwill sign (?:it|them)\b", re.IGNORECASE)
_TO_SIGN_IT = re.compile(r"\bto sign (?:it|them)\b|\bwill sign (?:it|them)\b"
                         r"|\bbe signed by\b", re.IGNORECASE)


def _signed_as_told_in_speech(ctx: Context, sentence: Sentence, sign_rules) -> bool:
    """A speech's sentence that tells a signing done, in the past tense of its own verb
    ("A few minutes ago our foreign ministers signed a memorandum on …"): a fact its
    speaker reports, unlike a wish or a plan ("we will sign", "we hope to sign")."""
    for rule in sign_rules:
        for match in rule.pattern.finditer(sentence.text):
            token = token_at(ctx, sentence.char_start + match.start())
            if token is not None and token.pos_ == "NOUN":
                # "Then we saw the signing of three more accords": the verb the signing
                # hangs on tells it done
                token = nearest_verb(token)
            if token is not None and token.tag_ == "VBD" and token.pos_ == "VERB" \
                    and not any(c.dep_ == "neg" or c.tag_ == "MD" for c in token.children):
                return True
    return False


def _signings_to_come(ctx: Context, found: list[Agreement]) -> list[Agreement]:
    """A document told as signed, initialled or agreed (this sentence or the one before),
    whose signing the sentence says is still to come ("an agreement on X was initialled,
    which is to be signed next spring"): a planned signing of it, by whoever the sentence
    says will sign it."""
    planned = []
    for number, sentence in enumerate(ctx.sentences):
        if sentence.speech is not None:
            continue
        narrated = ctx.narrated(sentence)
        if not _TO_BE_SIGNED.search(narrated):
            continue
        before = ctx.sentences[number - 1] if number else None
        starts = {sentence.char_start} | ({before.char_start} if before else set())
        if any(a.status == "planned" and a.evidence.start == sentence.char_start
               for a in found):
            continue
        told = [a for a in found if a.evidence.start in starts and a.status != "planned"
                and _single(a)]
        if not told and not any(a.evidence.start in starts for a in found):
            # "The two agreed in principle on an agreement on X. It is to be signed …":
            # the document named, though not signed yet.
            naming = sentence if _documents(narrated) or before is None else before
            named = [d for d in _documents(ctx.narrated(naming)) if d[1]]
            if len(named) == 1:
                parties = frozenset(naming.states if len(set(naming.states)) >= 2 else (
                    _parties_nearby(ctx, naming) or _parties_from_story(ctx)))
                told = [Agreement(named[0][0], _sentence_span(sentence),
                                  topics=tuple(named[0][1]), parties=parties)]
        if len(told) != 1:
            continue
        signers = frozenset(key for key in sentence.persons  # office holders, not "at Rosso"
                            if ctx.linked.persons[key].positions) \
            if _TO_SIGN_IT.search(narrated) else frozenset()
        # "it will be signed by the two presidents on 15 December": the day still to come
        # (a day of a month already past this year is next year's)
        day = forward_if_planned(ctx, sentence.date, "planned")
        day = day if day and ctx.published and day > ctx.published else None
        planned.append(replace(told[0], evidence=_sentence_span(sentence), status="planned",
                               signatories=signers, signatory_positions=frozenset(),
                               witnesses=frozenset(), date=day, rule="agreements:to-come"))
    return planned


#: "the two countries", "both nations": a document of two parties.
#: "countries", "kingdoms": the plurals of the nouns that stand for a state.
_COUNTRY_PLURALS = one_of(re.sub(r"y$", "ie", noun) + "s" for noun in word_list("country_nouns"))
_TWO_COUNTRIES = re.compile(r"\b(?:the two|both) " + _COUNTRY_PLURALS + r"\b", re.IGNORECASE)


def _with_count(agreement: Agreement) -> Agreement:
    """A bundle with the number of documents its sentence states ("signed 11 agreements
    and memoranda"), unless the number is a rough one ("more than 20 documents")."""
    if not agreement.rule.endswith(":bundle") \
            or not (number := _NUMBER.search(agreement.evidence.text)) \
            or _ROUGHLY.search(agreement.evidence.text, 0, number.start()):
        return agreement
    return replace(agreement, count=count_of(number["number"]))


#: Verbs whose subject or agent signs a document told before ("NAME signed on behalf of
#: A"); "exchanged" only with the documents named again ("signer-told").
_SIGNER_VERBS = tuple(r.pattern for r in rules("signing") if r.values["role"] == "signer")
_TOLD_SIGNER_VERBS = tuple(r.pattern for r in rules("signing")
                           if r.values["role"] in ("signer", "signer-told"))
#: How many sentences after a signing may still say who signed it.
_SIGNERS_AFTER = 3


def _names_in_apposition_after(doc, end: int) -> set[int]:
    """ "by the two foreign ministers, Mr A and Mr B, as …": the names set off by a comma
    after the agent phrase ending at ``end``, which the parser may hang elsewhere."""
    if end + 2 >= len(doc) or doc[end + 1].text != "," or doc[end + 2].pos_ != "PROPN":
        return set()
    k = end + 2
    while k < len(doc) and (doc[k].pos_ in ("PROPN", "CCONJ") or doc[k].text == "."
                            and doc[k - 1].pos_ == "PROPN" and len(doc[k - 1]) <= 3
                            and k + 1 < len(doc) and doc[k + 1].pos_ == "PROPN"):
        k += 1
    return set(range(end + 2, k))


def _told_signers(ctx: Context, sentence: Sentence, signs: list[int], found: list[Agreement],
                  witness_rules, verbs: tuple[re.Pattern, ...], signed_later: set[int]) -> None:
    """Signatories and witnesses a sentence gives for the documents of a signing told just
    before ("The MoU was signed on Monday. NAME signed for A while NAME signed for B";
    "The agreements were exchanged in the presence of the two leaders"): they go to the
    agreements of the latest signing sentence that lack them (``found`` is updated;
    ``signed_later`` holds the signing sentences whose signers came so, which a further
    sentence may add to)."""
    if not found or ctx.doc is None:
        return
    index = ctx.sentences.index(sentence)
    earlier = {s.char_start for s in ctx.sentences[max(0, index - _SIGNERS_AFTER):index]}
    latest = found[-1].evidence.start
    if latest not in earlier or found[-1].status != "held":
        return
    witness_chars = _witness_ranges(sentence, witness_rules, ctx, signs)
    _, witnesses, _ = _signers(ctx, sentence, witness_chars, None)
    # Only who the signing verb's subject or "by" agent names signs.
    tokens: set[int] = set()
    for offset in signs:
        verb = token_at(ctx, sentence.char_start + offset)
        if verb is None or verb.pos_ != "VERB" or not any(v.match(verb.text) for v in verbs):
            continue
        for child in verb.children:
            if child.dep_ in ("nsubj", "agent"):
                tokens |= {t.i for t in child.subtree}
            if child.dep_ == "agent":
                tokens |= _names_in_apposition_after(ctx.doc, child.right_edge.i)
        if verb.dep_ == "acl":
            # "NAME, signed on behalf of his country": the verb hangs on its signer.
            tokens |= {t.i for t in verb.head.subtree if t.i < verb.i}
    signers, _, positions = _signers(ctx, sentence, witness_chars, tokens) if tokens \
        else (set(), set(), set())
    signers -= witnesses
    for number, agreement in enumerate(found):
        if agreement.evidence.start not in earlier or agreement.status != "held":
            continue
        update = {}
        if witnesses and not agreement.witnesses:
            # "The signing ceremony took place in the presence of …": every document of
            # the signings just told.
            update["witnesses"] = frozenset(witnesses - agreement.signatories)
        if agreement.evidence.start != latest:
            found[number] = replace(agreement, **update) if update else agreement
            continue
        # A signer told in a sentence of his own joins those told in the one before.
        if signers and (latest in signed_later or not agreement.signatories
                        and not agreement.signatory_positions):
            update["signatories"] = agreement.signatories | signers
            update["witnesses"] = update.get("witnesses", agreement.witnesses) - signers
        elif positions and not agreement.signatories and not agreement.signatory_positions:
            update["signatory_positions"] = frozenset(
                _offices_of_both(sentence.text, positions, set(agreement.parties)))
        if update:
            found[number] = replace(agreement, **update)
            if "signatories" in update:
                signed_later.add(latest)


_BEFORE_SIGNING = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?")
#: "joint statements for the press": words spoken to reporters, no document.
_TO_REPORTERS = re.compile(r"\s+(?:for|to)\s+the\s+(?:press|media)\b", re.IGNORECASE)


def _signing_first(text: str) -> bool:
    """Whether a topic opens with the signing itself: "(arrangements for) the signing …"."""
    rest = re.sub(r"^\s*(?:the\s+)?", "", text, flags=re.IGNORECASE)
    return any(r.pattern.match(rest) for r in rules("signing") if r.values["role"] == "sign")


def _only_about_signing(text: str, signs: list[int]) -> bool:
    """Whether every document noun of the sentence has the signing as its topic
    ("arrangements for the signing", "the plan of the signing") or is words for reporters
    ("a signing ceremony and statements to the press followed"): nothing is signed."""
    nouns = list(_ANY_DOCUMENT.finditer(text))
    return bool(nouns) and all(
        (gap := _BEFORE_SIGNING.match(text, noun.end())) and gap.end() in signs
        or _TO_REPORTERS.match(text, noun.end()) for noun in nouns)


def _signing_clauses(ctx: Context, sentence: Sentence, signs: list[int]):
    """(char offset of the signing word, token indices of its clause) per signing verb."""
    doc = ctx.doc
    whole = set(range(sentence.start, sentence.end))
    if doc is None:
        return [(sentence.char_start + signs[0], whole)]
    verbs = []
    for offset in signs:
        piece = doc.char_span(sentence.char_start + offset, sentence.char_start + offset + 1,
                              alignment_mode="expand")
        # "a memorandum, signed by the ministers": the participle belongs to the clause
        # of the document it describes.
        if piece is not None and len(piece) and piece[0].pos_ == "VERB" \
                and piece[0].dep_ != "acl":
            verbs.append(piece[0])
    # "jointly signed and issued a joint statement": two verbs of one object sign once.
    verbs = [v for v in verbs if not (
        v.dep_ == "conj" and v.head in verbs
        and not any(c.dep_ in ("dobj", "nsubjpass") for c in v.head.children))]
    if len(verbs) < 2:
        return [(sentence.char_start + signs[0], whole)]
    clauses = []
    for verb in verbs:
        tokens = {t.i for t in verb.subtree}
        for other in verbs:
            if other is not verb and other.i in tokens:
                tokens -= {t.i for t in other.subtree}
        clauses.append((verb.idx, tokens))
    return clauses


def _in_relative_clause(ctx: Context, index: int, sign_token) -> bool:
    """Whether token ``index`` stands in a relative clause that does not hold the signing
    verb: "signed an accord which also covers fishing off X" names X as
    the document's subject matter, not as a party."""
    if ctx.doc is None or sign_token is None:
        return False
    token = ctx.doc[index]
    if sign_token.dep_ == "conj" and token not in sign_token.subtree and any(
            child.dep_ in ("nsubj", "nsubjpass") for child in sign_token.children) \
            and not any(ref.start <= sign_token.head.i < ref.end for ref in ctx.linked.refs):
        # "The ministers of A, B and C met …, and the ministers of A and B signed …": the
        # signing verb's own subject signs, not the one of the verb it is joined to (a
        # word of a name the parser took for that verb, "NAME dos Santos", joins nothing)
        return True
    for node in (token, *token.ancestors):
        if node.dep_ == "relcl":
            return sign_token not in node.subtree
        if node.i == sign_token.i:
            return False
    return False


#: Words that put the talks they govern before or after the signing: "signed … after the
#: talks between A and B" (A and B talked; the text does not say they signed).
_BEFORE_PREPOSITIONS = frozenset(forms("topic_end_words", "around", "word"))
#: … and words whose phrase holds no signer: "signed … during X's visit".
_NO_SIGNER_PREPOSITIONS = _BEFORE_PREPOSITIONS | frozenset(forms("topic_end_words", "outside",
                                                                 "word"))


#: Relative pronouns as a subject ("X, who signed …"): the clause's subject is X.
_WH_TAGS = frozenset({"WP", "WDT"})


def _signed_by_a_past_holder(sign_token) -> bool:
    """The signing verb tells, in a relative clause, what a former office holder or a
    predecessor once did ("the former prime minister who signed …", "his predecessor,
    who signed …"): the story's background, no document of its own."""
    if sign_token.dep_ != "relcl":
        return False
    past = words("past_words") | words("predecessor_words")
    antecedent = sign_token.head
    return antecedent.lemma_.lower() in past or any(
        t.lower_ in past for t in antecedent.subtree if t.i < antecedent.i)


def _names_persons(ctx: Context, subject) -> bool:
    """The subject's words name persons the story links ("the two ministers", "A and B")."""
    words_of = {t.i for t in subject.subtree}
    return any(ref.persons and ref.start in words_of for ref in ctx.linked.refs)


def _in_other_clause(ctx: Context, index: int, sign_token) -> bool:
    """Whether token ``index`` stands in an adverbial or relative clause with a subject
    of its own, or an "after/following/before …" phrase, that does not hold the signing verb: in
    "inked five agreements after A and B held talks" A and B are the talks' subject, not
    signers ("documents aimed at X, including one by A and B": no clause of its own)."""
    if ctx.doc is None or sign_token is None:
        return False
    token = ctx.doc[index]
    if sign_token.dep_ == "conj" and token not in sign_token.subtree and any(
            child.dep_ in ("nsubj", "nsubjpass") for child in sign_token.children) \
            and not any(ref.start <= sign_token.head.i < ref.end for ref in ctx.linked.refs):
        # "The ministers of A, B and C met …, and the ministers of A and B signed …": the
        # signing verb's own subject signs, not the one of the verb it is joined to (a
        # word of a name the parser took for that verb, "NAME dos Santos", joins nothing)
        return True
    if sign_token.dep_ in ("relcl", "advcl") and token not in sign_token.subtree \
            and any(child.dep_ in ("nsubj", "nsubjpass") and child.tag_ not in _WH_TAGS
                    and _names_persons(ctx, child) for child in sign_token.children):
        # "… held consultations with Y, after which the two ministers signed …": the
        # signing clause has a subject of its own that names its signers; those of the
        # clause it hangs on do not sign
        return True
    for node in (token, *token.ancestors):
        if node.i == sign_token.i:
            return False
        if node.dep_ == "conj" and node.head.i == sign_token.i and node.pos_ == "VERB":
            return True  # "X signed an agreement … and was received by President Y"
        if node.dep_ in ("advcl", "relcl") and any(
                child.dep_ in ("nsubj", "nsubjpass") for child in node.children) or (
                node.i != index and node.lower_ in _NO_SIGNER_PREPOSITIONS):
            if sign_token not in node.subtree:
                return True
    return False


def _without_other_clauses(ctx: Context, sentence: Sentence, sign_token) -> str:
    """The sentence with the clauses and phrases of :func:`_in_other_clause` blanked out
    (same length, so offsets hold)."""
    if ctx.doc is None or sign_token is None:
        return sentence.text
    text = sentence.text
    for token in ctx.doc[sentence.start:sentence.end]:
        if token.i == sign_token.i or sign_token in token.subtree:
            continue
        if token.dep_ in ("advcl", "relcl") and any(
                child.dep_ in ("nsubj", "nsubjpass") for child in token.children) \
                and token.dep_ == "advcl" or token.lower_ in _BEFORE_PREPOSITIONS:
            start = token.left_edge.idx - sentence.char_start
            end = token.right_edge.idx + len(token.right_edge) - sentence.char_start
            if 0 <= start < end <= len(text):
                text = text[:start] + " " * (end - start) + text[end:]
    return text


def _a_side_at_home(ctx: Context, sign_token) -> bool:
    """One side of the signing ("the government and the union signed", "an agreement
    between the authority and the union", "signed by the union") is a body that is no
    state's (non_state_signers.txt): a deal at home, not between states.  (Not a body
    the gazetteer knows, "the European Union", named in an office's title.)"""
    known = {i for hit in ctx.mentions.hits for i in range(hit.start, hit.end)}
    sides = [c for c in sign_token.children if c.dep_ in ("nsubj", "nsubjpass")]
    sides += [g for c in sign_token.children if c.dep_ == "agent"
              for g in c.children if g.dep_ == "pobj"]
    sides += [g for c in sign_token.children if c.dep_ == "dobj"
              for p in c.children if p.dep_ == "prep" and p.lower_ == "between"
              for g in p.children if g.dep_ == "pobj"]
    sides += [c for side in sides for c in side.conjuncts]
    return any(side.lemma_.lower() in _HOME_SIDES and side.i not in known for side in sides)


def _signed_by_others(ctx: Context, tokens: set[int], sign_token=None) -> bool:
    """A passive signing whose agent ("by the CSTO leaders") names no person and no state
    of the story: the document is someone else's, its parties are not the story's."""
    if ctx.doc is None:
        return False
    named = {i for ref in ctx.linked.refs for i in range(ref.start, ref.end)}
    named |= {i for hit in ctx.mentions.hits if hit.kind in ("state", "demonym")
              for i in range(hit.start, hit.end)}
    # Only the signing verb's agent: "talks, then crowned by a signing of …" names the signing
    # itself, not who signed.
    # "concluded by an exchange of letters" says how, not by whom.
    agents = [t for t in (ctx.doc[i] for i in tokens) if t.dep_ == "agent"
              and (sign_token is None or sign_token not in t.subtree)
              and not any(c.dep_ == "pobj" and c.lemma_.lower() == "exchange"
                          for c in t.children)]
    # "by the railway boards of both states": the story's states after all; so are
    # "officials", "the two ministers" who go unnamed.
    return bool(agents) and all(not any(d.i in named for d in agent.subtree)
                                and not _BOTH.search(ctx.doc[agent.left_edge.i:
                                                             agent.right_edge.i + 1].text)
                                and not _unnamed_agents_of_a_state(agent)
                                for agent in agents)


def _unnamed_agents_of_a_state(agent) -> bool:
    """ "by officials", "by the two ministers": an agent that is only a noun of people acting
    for a state, with no other name or owner ("by the bank's officials" is the bank's)."""
    heads = [c for c in agent.children if c.dep_ == "pobj"]
    # "by members of both delegations": the members of such a noun's group act for it
    heads = [next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"), head)
             if head.lemma_.lower() in words("member_nouns") else head for head in heads]
    return bool(heads) and all(
        head.lemma_.lower() in words("state_agent_nouns")
        and not any(c.dep_ in ("poss", "compound", "prep") for c in head.children)
        for head in heads)


def _clause_text(ctx: Context, sentence: Sentence, tokens: set[int]) -> str:
    if ctx.doc is None or tokens == set(range(sentence.start, sentence.end)):
        return sentence.text
    return " ".join(ctx.doc[i].text for i in sorted(tokens))


def _capitals_signed_with(ctx: Context, tokens: set[int], sign_token) -> set[str]:
    """ "X signed a defence pact with CAPITAL": a capital the document was signed with
    stands for its state (not a capital named after "with" elsewhere in the clause, "…
    closer to each other than with CAPITAL")."""
    if sign_token is None:
        return set()
    found = set()
    for hit in ctx.mentions.hits:
        last = ctx.doc[hit.end - 1]
        if hit.kind == "place" and hit.start in tokens and last.dep_ == "pobj" \
                and last.head.lower_ == "with" \
                and sign_token.i in (last.head.head.i, last.head.head.head.i) \
                and (place := ctx.world.place_by_name(hit.span.text)) is not None \
                and (state := ctx.world.states.get(place.iso2 or "")) is not None \
                and state.capital == place.name:
            found.add(state.iso2)
    return found


def _without_places(topics: list[str], sentence: Sentence) -> list[str]:
    """ "on mining in Lima": where it was signed ends the topic; "cooperation in
    Warsaw" names where, no field (but "the Declaration of Montevideo" is the document's
    name)."""
    places = {ascii_fold(place.name) for place in sentence.places}
    kept = []
    for topic in topics:
        if ascii_fold(topic) in places and f" in {topic}" in sentence.text \
                and f" of {topic}" not in sentence.text:
            continue
        where = re.search(r"\s+in\s+(?P<where>[^,;]+)$", topic)
        kept.append(topic[:where.start()] if where and ascii_fold(where["where"]) in places
                    else topic)
    return kept


#: A state's own acts signed by its leader ("a law on ratification", "a decree").
_LAW_NOUNS = words("law_nouns")
_HOME_SIDES = frozenset(words("non_state_signers"))


def _clause_agreements(ctx: Context, sentence: Sentence, sign_char: int, tokens: set[int],
                       witness_chars, witnesses: set[str]) -> list[Agreement]:
    text = _clause_text(ctx, sentence, tokens)
    kind_rule = next((r for r in rules("agreements") if r.pattern.search(text)), None)
    if kind_rule is None:
        return []
    sign = clause_at(ctx, sentence, sign_char)
    sign_token = sign.token
    if sign.negated or sign.denied:
        return []  # "would not sign any agreement that …", "denied that X would sign …"
    if sign_token is not None and _signed_by_a_past_holder(sign_token):
        return []  # "NAME, the former prime minister who signed the accord with Greece"
    if sign_token is not None and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _LAW_NOUNS
            # "signed into law" (not "signed the accord under a 2020 law")
            or c.dep_ == "prep" and c.lower_ == "into"
            and any(g.lemma_.lower() in _LAW_NOUNS for g in c.children if g.dep_ == "pobj")
            for c in sign_token.children):
        return []  # "signed Federal Law On Ratification of the Agreement …", "signed into law"
    if sign_token is not None and _a_side_at_home(ctx, sign_token):
        return []  # "the government and the oil workers' union signed a pay agreement"
    if sign_token is not None and _a_tally_since(sign_token):
        return []  # "Since 2012 the sides have concluded some forty texts": a running count
    if sign_token is not None and _years_after_its_signing(sign_token):
        return []  # "…, thirty years after the Treaty of X was signed": a date, no signing
    if text == sentence.text:
        # "inked seven agreements after A and B held talks on energy and trade": the
        # talks' fields are not the documents'.
        text = _without_other_clauses(ctx, sentence, sign_token)
    signatories, _, positions = _signers(ctx, sentence, witness_chars, tokens, sign_token)
    signatories -= witnesses
    if not signatories and not positions and _signed_by_others(ctx, tokens, sign_token):
        return []  # "(the agreement on which was signed by the CSTO leaders)"
    # A state named in a witness phrase ("witnessed by Chile's President X") is no party.
    clause_states = [hit.key for hit in ctx.mentions.hits
                     if hit.kind == "state" and hit.start in tokens
                     and not _in_relative_clause(ctx, hit.start, sign_token)
                     and not any(a <= hit.span.start < b for a, b in witness_chars)
                     and not _in_a_route_name(ctx.doc, hit)
                     and not _in_the_documents_topic(ctx.doc, hit)]
    parties = set(clause_states) | {p.state for p in positions if p.state} \
        | _capitals_signed_with(ctx, tokens, sign_token)
    # "Foreign Minister X and his Seychellois counterpart signed": the counterpart's state
    parties |= {state for d in ctx.mentions.descriptions
                if d.counterpart and d.start in tokens
                and not _in_other_clause(ctx, d.start, sign_token)
                and not any(a <= d.span.start < b for a, b in witness_chars)
                for state in d.states}
    # The signers' and witnesses' states fill in parties the clause does not name
    # ("Foreign Minister X and her New Zealand counterpart Y signed…").
    # An international body's official signs for the body: no state of theirs is a party
    # ("the World Bank President and the Minister of Finance signed …").
    for_bodies = {key for key in signatories | witnesses if _official_of_a_body(ctx, key)}
    # (an office held before signs for no one: "NAME, once Kenya's trade minister",
    # signing for a regional bank, binds no Kenya)
    for group in (signatories, witnesses):
        if len(parties) < 2:
            parties |= {p.state for key in group - for_bodies
                        for p in ctx.linked.persons[key].positions
                        if p.state and not p.former}
    if not parties:
        parties = set(sentence.states) or _parties_nearby(ctx, sentence) \
            or _parties_from_story(ctx)
    # "X signed an agreement with the African Union": the other party is the body the
    # clause names, no state of the story.
    with_body = bool(for_bodies & signatories) or any(
        hit.kind == "org" and hit.start in tokens
        and not _in_relative_clause(ctx, hit.start, sign_token)
        for hit in ctx.mentions.hits)
    if len(parties) > 2 and _TWO_COUNTRIES.search(text):
        # "signed a memorandum on linking the two countries' grids via Jordan": the two
        # are the signers' states, not the one the topic passes through.
        signers_states = {p.state for key in signatories
                          for p in ctx.linked.persons[key].positions
                          if p.state and not p.former}
        if len(signers_states) == 2 and signers_states <= parties:
            parties = signers_states
    if not signatories and _TWO_COUNTRIES.search(text) \
            and len(near := _states_of_persons(ctx, sentence.start, sentence.end)) == 2:
        # "A phoned B; the two countries then released a joint statement urging calm in
        # C": the states of the two who spoke, not the one the statement is about
        parties = near
    if len(parties) == 1 and not with_body:
        # "signed on behalf of Bangladesh", "the Ghana Government and her counterpart":
        # the other party is the other state of the story's leaders.
        story = _parties_from_story(ctx)
        if parties < story:
            parties = story
    positions = _offices_of_both(
        text, positions | _counterpart_offices(ctx, tokens, positions, witness_chars), parties)
    status = sign.status
    if status == "held" and sign_token is not None and present_in_a_future_clause(sign_token):
        return []  # "… will come when the agreement is signed": no signing told, held or set
    common = dict(evidence=Span(sentence.char_start, sentence.char_start + len(sentence.text),
                                sentence.text),
                  parties=frozenset(parties), signatories=frozenset(signatories),
                  signatory_positions=frozenset(positions), witnesses=frozenset(witnesses),
                  # ("will be signed in CITY on March 12", published in December: next
                  # year's March)
                  date=forward_if_planned(ctx, signing_day(ctx, sentence, held=status == "held"),
                                          status, sentence.text)
                  or (ctx.story_date if status == "held" else None),
                  place=_city(ctx, sentence.places[0]) if sentence.places else None,
                  status=status)
    documents = [(kind, _without_places(topics, sentence)) for kind, topics in _documents(text)]
    if len(documents) > 1:
        # "an agreement on railways and a memorandum on the digital economy"
        return [Agreement(kind, topics=tuple(topics), rule="agreements:documents", **common)
                for kind, topics in documents]
    kind = documents[0][0] if documents else kind_rule.values["kind"]
    fields = _FIELDS.search(text)
    # "an agreement on industrial cooperation": the document's own topic, unless a
    # listing of fields ("in the fields of A, B and C") says more.
    topics = documents[0][1] if documents and (not fields or fields["list3"] or fields["list5"]) \
        else _without_places(_topics(text), sentence) or (documents[0][1] if documents else [])
    if documents and fields and fields["list4"]:
        # "an agreement on tea which also covers coffee": both.
        topics = documents[0][1] + [t for t in topics if t not in documents[0][1]]
    if not topics and len(documents) <= 1:
        compounds = _compound_topics(ctx, tokens)
        if len(compounds) > 1 and len({noun for *_, noun in compounds}) == len(compounds):
            # "an extradition treaty and a free trade agreement": two documents.
            return [Agreement(noun_kind, topics=(topic,), rule="agreements:documents",
                              **common) for noun_kind, topic, _ in compounds]
        if len(compounds) == 1 and not _PLURAL.search(text):
            # "a friendship treaty": a topic the noun's modifier names, which a fuller
            # report of the same document ("a declaration on …") may complete.
            return [Agreement(compounds[0][0], topics=(compounds[0][1],),
                              rule=f"{kind_rule.name}:{_MODIFIER}", **common)]
        # "five trade agreements", "cultural and military agreements"
        topics = [topic for _, topic, _ in compounds]
    # "The charter foresees cooperation in A and B": a following sentence adds topics.
    topics = list(topics) + [t for t in _topics_in_next_sentence(ctx, sentence, bool(topics))
                             if t not in topics]
    # "four agreements in the fields of A, B and C", "a package of agreements on A and B":
    # documents not enumerated one by one are one bundle with all its fields.
    rule = f"{kind_rule.name}:bundle" if _documents_signed_now(text) else kind_rule.name
    if not topics and (purpose := _PURPOSE.search(text)):
        # "documents aimed at deeper trade ties", "a memorandum to promote investment"
        topics = [t for t in (_split_topics(_LIST_END.sub("", purpose["field"].strip()))
                              if not rule.endswith(":bundle") else [purpose["field"].strip()])
                  if t.lower() not in _GENERIC_FIELDS]  # "to boost ties": no field
    one = _AND_ONE.search(text) if rule.endswith(":bundle") else None
    if one and (plural := _PLURAL.search(text[:one.start()])):
        # "two agreements and a memorandum (on X)": a bundle and one document of its own.
        named = _documents(text[one.start():])
        single = Agreement(named[0][0] if named else _kind_of(one["noun"]),
                           topics=tuple(named[0][1]) if named else (),
                           rule=f"{kind_rule.name}:counted", **common)
        own = _topics(text[:one.start()]) or [t for t in topics if t not in single.topics]
        return [Agreement(_kind_of(plural.group(0)), topics=tuple(own), rule=rule, **common),
                single]
    plural = _PLURAL.search(text) if rule.endswith(":bundle") else None
    first = _ONE_BEFORE.search(text, 0, plural.start()) if plural else None
    if first is not None and not _PLURAL.fullmatch(first["noun"]):
        # "signed a joint statement and witnessed the signing of 20 documents": the one
        # document, signed by the leaders, and the bundle, signed in their presence.
        signed = common["signatories"]
        if not any(r.pattern.search(text, 0, first.start()) for r in _WITNESS_RULES):
            # The witnesses of the bundle are the subject of "signed": they signed the one.
            signed = signed | common["witnesses"]
        own = tuple(_split_topics(first["topic"])) if first["topic"] else ()
        topics = [t for t in topics if t not in own and not (own and t.startswith(own[0]))]
        single = Agreement(_kind_of(first["noun"]), topics=own,
                           rule=f"{kind_rule.name}:counted",
                           **dict(common, signatories=signed,
                                  witnesses=common["witnesses"] - signed))
        bundle = dict(common, signatories=frozenset(), witnesses=common["witnesses"]
                      | common["signatories"])
        return [single, Agreement(_kind_of(plural.group(0)), topics=tuple(topics), rule=rule,
                                  **bundle)]
    included = _INCLUDED.search(text) if rule.endswith(":bundle") else None
    if included is None or ctx.doc is None or len(text) != len(sentence.text):
        return [Agreement(kind, topics=tuple(topics), rule=rule, **common)]
    # "six papers were signed, among them a joint statement of the leaders": the bundle,
    # and the document it names signed by those named after "including".
    cut = sentence.char_start + included.start()
    # Its signers hang on the document ("a joint statement by the presidents"), not on a
    # clause after it ("…, after A and B held talks").
    noun = token_at(ctx, sentence.char_start + included.start("noun"))
    inner = _signers(ctx, sentence, witness_chars,
                     {i for i in tokens if ctx.doc[i].idx >= cut}, noun)[0] - witnesses
    named = _documents(text[included.start():]) or [(_kind_of(included["noun"]), [])]
    # The named document's own topic is not the bundle's ("five agreements, including a
    # treaty on extradition").
    owned = {topic for _, own in named for topic in own}
    counted = _PLURAL.search(text[:included.start()])  # "12 agreements, including an MoU"
    bundle = Agreement(_kind_of(counted.group(0)) if counted else kind,
                       topics=tuple(t for t in topics if t not in owned), rule=rule, **common)
    common["signatories"] = frozenset(inner)
    return [bundle] + [Agreement(noun_kind, topics=tuple(own),
                                 rule=f"{kind_rule.name}:included", **common)
                       for noun_kind, own in named]


#: Single-word document nouns ("treaty", "agreements") whose modifiers may name the topic.
_ONE_WORD_NOUNS = frozenset(form.lower() for form, _ in _NOUN_FORMS if " " not in form)
_PERIODS = words("period_nouns")
#: Head nouns of fields ("cooperation", "partnership"): no topic on their own.
_GENERIC_FIELDS = words("shared_heads") | _STOPWORDS


def _compound_topics(ctx: Context, tokens: set[int]) -> list[tuple[str, str, int]]:
    """[(kind, topic, noun index)] of document nouns whose topic is the common noun before them: "an
    extradition treaty", "a free trade agreement", "the new friendship treaty" (not "the
    Downing Street Accord", a name, nor "cooperation agreements")."""
    if ctx.doc is None:
        return []
    found = []
    for index in sorted(tokens):
        noun = ctx.doc[index]
        if noun.lower_ not in _ONE_WORD_NOUNS or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        phrase = [noun]
        left = noun.i - 1
        # Contiguous modifiers to the left: common nouns, and adjectives of those nouns
        # ("free" of "free trade"); a proper noun or an adjective of the document stops it.
        while left >= 0 and left in tokens:
            word = ctx.doc[left]
            if word.dep_ == "compound" and word.pos_ == "NOUN" and word.head in phrase \
                    or word.dep_ in ("amod", "compound") and word.head in phrase[:-1] \
                    or (word.dep_ == "amod" and word.head.i == noun.i and len(phrase) > 1
                        and word.lower_ in _FIELD_ADJECTIVES):
                # ("maritime" of "a maritime cooperation agreement", hung on the noun)
                phrase.insert(0, word)
                left -= 1
                continue
            break
        words_ = phrase[:-1]
        while words_ and (words_[0].lower_ in _STOPWORDS or _signing_word(words_[0])):
            words_ = words_[1:]  # "a landmark security pact": security
        if any(w.lemma_.lower() in _PERIODS or w.lower_ in _PERIODS for w in words_):
            continue  # "a 10-year agreement": how long, not what
        topic = " ".join(w.text for w in words_)
        if topic and topic.lower() not in _GENERIC_FIELDS and \
                not any(w.lower_ in _ONE_WORD_NOUNS for w in words_):
            found.append((_kind_of(noun.text), topic, noun.i))
        elif not words_:
            found += [(_kind_of(noun.text), word, noun.i)
                      for word in _field_modifiers(noun, tokens)]
    return found


_FIELD_ADJECTIVES = words("field_adjectives")


def _signing_word(word) -> bool:
    """A verb of signing the tagger read as a noun, as in a headline's "X, Y ink pacts":
    how the documents were made, not what they are about."""
    return any(verb.match(word.text) for verb in _SIGNER_VERBS)


def _field_modifiers(noun, tokens: set[int]) -> list[str]:
    """Fields the document noun's modifiers name, coordinated or not: "a cultural
    agreement", "cultural, military and investment agreements" (an adjective counts only
    when it names a field, not "a new agreement")."""
    def names_field(word) -> bool:
        return word.i in tokens and word.i < noun.i and (
            word.lower_ in _FIELD_ADJECTIVES
            or word.pos_ == "NOUN" and word.lower_ not in _GENERIC_FIELDS
            and word.lower_ not in _ONE_WORD_NOUNS
            and word.lemma_.lower() not in _PERIODS
            and not _signing_word(word))
    for child in noun.lefts:
        if child.dep_ not in ("amod", "compound") or not names_field(child):
            continue
        chain = [child, *(c for c in child.conjuncts if c.i < noun.i)]
        if all(names_field(c) for c in chain):
            return [c.text for c in sorted(chain, key=lambda c: c.i)]
    return []


#: "aimed at X": the purpose of documents signed together.
_PURPOSE = re.compile(
    r"\b(?:" + alternation("purpose_words")
    # "an agreement to jointly fight X": an adverb between "to" and its verb
    + r"|to\s+\w+ly\s+" + one_of(w[3:] for w in word_list("purpose_words")
                                   if w.startswith("to ")) + r")\s+(?P<field>[^,.;:()]+)",
    re.IGNORECASE)
_WITNESS_RULES = [r for r in rules("signing") if r.values["role"].startswith("witness")]
#: "…, including a joint statement": one document a bundle names.
_INCLUDED = re.compile(r"\bincluding\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?"
                       r"(?P<noun>" + _ANY_NOUN + r")\b", re.IGNORECASE)


#: "signed a joint statement and …": one document named before documents counted together.
_ONE_BEFORE = re.compile(r"\b(?:a|an)\s+(?:[\w-]+\s+)?(?P<noun>" + _ANY_NOUN + r")\b"
                         # "a joint statement on deepening the partnership, and witnessed …"
                         r"(?:\s+(?:on|for)\s+(?P<topic>[^,;.()]+?))?,?\s+and\b",
                         re.IGNORECASE)
#: "… and a memorandum": one document named after documents counted together.
_AND_ONE = re.compile(r"\band\s+(?:a|an|one)\s+(?:[\w-]+\s+)?(?P<noun>" + _ANY_NOUN + r")\b",
                      re.IGNORECASE)


def _kind_of(noun: str) -> str:
    return "MoU" if noun.lower().startswith(("memorand", "mou")) else "Agreement"


_DOCUMENT_NOUN = re.compile(
    r"\b" + forms_alternation("document_nouns", "named", "singular", "plural") + r"\b",
    re.IGNORECASE)
#: What lies between a document noun and a second one named in its topic: "on a pilot ".
_NESTED_DOCUMENT = re.compile(r"\s+" + _TOPIC_PREPOSITIONS
                              + r"\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}", re.IGNORECASE)
#: "… amendments to the Agreement": a document named inside an amending one's title.
_AMENDED = re.compile(r"\b" + alternation("amending_words") + r"\s+(?:the\s+)?$", re.IGNORECASE)
_AMENDING = re.compile(
    r"^\s*" + alternation("amending_words") + r"\s+(?:the\s+)?"
    + forms_alternation("document_nouns", "named", "singular", "plural")
    + r"\s+(?:" + _BETWEEN + r"\s+)?" + _TOPIC_PREPOSITIONS + r"\s+(?:the\s+)?",
    re.IGNORECASE)
#: "of" opens a topic only before a bare noun: "a programme of exchanges".
_BARE_PREPOSITIONS = (forms_alternation("topic_prepositions", "bare", "word") + r"(?!\s+(?:"
                      + forms_alternation("document_determiners", "next", "word") + "|"
                      + alternation("determiners") + r")\b|\s+\d)")
_TOPIC_AFTER = re.compile(r"^(?P<comma>[,:])?"
                          # "the Agreement between the Governments of A and B on X"
                          r"(?:\s+" + _BETWEEN + r"(?=\s+" + _TOPIC_PREPOSITIONS
                          + r"\s))?"
                          r"\s+(?:" + _TOPIC_PREPOSITIONS + "|(?P<bare>"
                          + _BARE_PREPOSITIONS + r"))\s+" + _NOT_A_TOPIC
                          + _NOT_A_DAY + r"(?P<list>[^.;:()\n]+)", re.IGNORECASE)
#: "a memorandum on tourism and another on mining": a second document of the same noun.
_ANOTHER_ON = re.compile(r",?\s+and\s+(?:" + alternation("another_words") + r")\s+(?:one\s+)?"
                         + _TOPIC_PREPOSITIONS + r"\s+(?P<list>.+)$", re.IGNORECASE)
#: A trailing "and"/"or" (with "a", "the", "other"…) left at the end of a listing.
_LISTING_TAIL = re.compile(r",?\s+(?:and|or)(?:\s+[a-z]+ed)?(?:\s+"
                           + forms_alternation("document_determiners", "listing", "word")
                           + r")?\s*$")


_JOINER = alternation("office_name_joiners")
#: A document's title after "of": capitalised words and the small words between them.
_TITLE = re.compile(r"[A-Z][\w'-]*(?:\s+(?:" + _JOINER + r"\s+)*[A-Z][\w'-]*)*")


def _quoted_title(text: str) -> str | None:
    """The title in quotation marks a topic opens with: 'a declaration on "Lasting
    Relations"' (a title, not speech)."""
    text = text.lstrip()
    for opening, closing in quote_pairs("marks"):
        end = text.find(closing, len(opening)) if text.startswith(opening) else -1
        if end > len(opening):
            return text[len(opening):end].strip(" ,.")
    return None


def _documents(text: str) -> list[tuple[str, list[str]]]:
    """Each document noun with the topic written right after it: [(kind, topics)]."""
    # "the Protocol on amendments to the Agreement on X": the agreement amended is in the
    # protocol's title, no document of its own.
    nouns = [m for m in _DOCUMENT_NOUN.finditer(text)
             if not _AMENDED.search(text, 0, m.start())]
    # "an agreement on a pilot programme of X": a document noun inside another's topic is
    # part of that topic, no document of its own.
    nouns = [m for number, m in enumerate(nouns)
             if not number or not _NESTED_DOCUMENT.fullmatch(text, nouns[number - 1].end(),
                                                             m.start())]
    documents = []
    for number, match in enumerate(nouns):
        end = nouns[number + 1].start() if number + 1 < len(nouns) else len(text)
        after = _TOPIC_AFTER.match(text[match.end():end])
        if not after:
            if documents and _OWN_VERB_BEFORE.search(text, 0, match.start()):
                # "… on A and on B, and issued a joint statement": a document of its own,
                # with no topic.
                documents.append((_kind_of(match.group(0)), []))
            continue
        noun = match.group(0).lower()
        kind = "MoU" if noun.startswith(("memorand", "mou", "understanding")) else "Agreement"
        if _signing_first(after["list"]):
            continue  # "arrangements for the signing of an agreement on X": the agreement
        if title := _quoted_title(after["list"]):
            documents.append((kind, [title]))
            continue
        listing = after["list"]
        # ("memoranda of understanding" is plural by its first word)
        plural_noun = bool(_PLURAL.match(match.group(0)))
        if after["comma"] and not plural_noun:
            # "A third memorandum, on water, was signed": the topic ends at the comma (but
            # "Five agreements, on water, transport and health, were signed" list them).
            listing = listing.split(",")[0]
        listing = _LISTING_TAIL.sub("", _NEXT_DOCUMENT.split(listing)[0])
        # The field of the protocol amending the agreement on X is X.
        listing = _AMENDING.sub("", listing)
        if another := _ANOTHER_ON.search(listing):
            listing = listing[:another.start()]
            if more := _split_topics(_LIST_END.sub("", another["list"])):
                documents.append((kind, more))
        if after["bare"] and (title := _TITLE.match(listing)):
            # "the Charter of Trade and Navigation, which …": the title; "the Declaration
            # of Panama on logistics": named after a place, its topic after the name
            named_for = _TOPIC_AFTER.match(listing[title.end():])
            listing = named_for["list"] if named_for and not named_for["bare"] \
                else title.group(0)
        # "arrangements for A and B cooperation": several documents, two fields.
        listing = _LIST_END.sub("", listing)
        # "agreements on trade and energy": several documents, a field each.
        topics = _split_topics(listing, split_pair=plural_noun)
        counted = _COUNT_BEFORE.search(text, 0, match.start())
        if plural_noun and len(topics) > 1 and _EACH_ITS_OWN.fullmatch(listing.strip(" ,.")) \
                and counted and count_of(counted["number"]) == len(topics):
            # "three memoranda, on A, on B and on C": as many topics, each with its own
            # preposition, as documents counted: the documents enumerated, one each.
            documents.extend((kind, [topic]) for topic in topics)
            continue
        if topics:
            documents.insert(len(documents) - (1 if another and more else 0), (kind, topics))
    return documents


#: "…, on B and on C" after the first topic: a listing where each topic has its own
#: preposition.
_EACH_ITS_OWN = re.compile(r"[^,]+?(?:(?:,\s*(?:and\s+)?|\s+and\s+)" + _TOPIC_PREPOSITIONS
                           + r"\s+[^,]+?)+", re.IGNORECASE)
#: The number right before a document noun: "three (cooperation) memoranda".
_COUNT_BEFORE = re.compile(r"\b" + _COUNT_WORD + r"\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
#: ", and issued a …" right before a document noun: the document is a clause's own object.
_OWN_VERB_BEFORE = re.compile(r",?\s+and\s+[a-z]+ed\s+(?:a|an|the)\s+$")


_REFERS_BACK = re.compile(
    r"^(?:" + one_of(word.capitalize() for word in forms("anaphora", "opener", "word"))
    + r"|[A-Z]\w+['’]s)\b(?:\s+\w+){0,3}\s+" + alternation("refers_back_verbs") + r"\b")


#: How many sentences after a signing may still give its topics.
_FOLLOWING = 3


def _topics_in_next_sentence(ctx: Context, sentence: Sentence,
                             has_topics: bool = False) -> list[str]:
    """Topics a following sentence gives ("The MoUs cover the fields of A, B and C",
    "The charter of Monday foresees cooperation in A and B").

    The sentence right after a signing without topics may open with any word that refers
    back ("These cover …"); a later one, or one adding to topics already found, must name
    the document ("The declaration …", not "The two leaders are …")."""
    index = ctx.sentences.index(sentence)
    for number, following in enumerate(ctx.sentences[index + 1:index + 1 + _FOLLOWING]):
        opener = _REFERS_BACK.search(following.text)
        if opener and (number == 0 and not has_topics
                       or _ANY_DOCUMENT.search(opener.group(0))):
            return _topics(following.text)
        if not has_topics and _DOCUMENT_SUBJECT.match(following.text) \
                and _FIELDS.search(following.text):
            # "The MoU aims to deepen cooperation in A and B": the document told, its
            # fields in any words.
            return _topics(following.text)
    return []


#: A sentence opened by the document told before: "The MoU …", "These agreements …".
_DOCUMENT_SUBJECT = re.compile(
    r"^(?:" + one_of(word.capitalize() for word in forms("anaphora", "documents", "word"))
    + r")\s+(?:[\w-]+\s+){0,2}?" + _ANY_NOUN + r"\b", re.IGNORECASE)


_BOTH = re.compile(r"\bof (?:both|the two) " + alternation("party_nouns") + r"\b",
                   re.IGNORECASE)


#: "the two countries' ministers", "(by) their (respective) ministers": one office per party.
_BOTH_OWN = re.compile(r"\b(?:(?:both|the two) " + alternation("party_nouns")
                       + r"['’]|their)\b", re.IGNORECASE)
#: "the ministers in charge of fisheries": the office is named by what it is in charge of.
_IN_CHARGE = re.compile(r"\bminister(?P<plural>s)?\s+(?:in charge of|responsible for)\s+"
                        r"(?:the\s+)?(?P<area>[a-z]+(?:(?:,\s*|\s+and\s+)[a-z]+)*)",
                        re.IGNORECASE)


_COUNTERPART_WORDS = words("counterpart_words")


def _fullest(positions: set[Position]) -> set[Position]:
    """"Minister" and "Minister of Trade" of one state: the fuller title says it."""
    return {p for p in positions if not any(
        q.state == p.state and q.role.startswith(p.role + " ") for q in positions)}


def _counterpart_offices(ctx: Context, tokens: set[int], positions: set[Position],
                         witness_chars=()) -> set[Position]:
    """"Kenya's Minister of Trade and his Peruvian counterpart": the same office, of the
    state the counterpart's adjective names (a counterpart named by name is a person)."""
    if ctx.doc is None:
        return set()
    roles = {p.role for p in _fullest(positions) if p.state}
    named = {ref.start for ref in ctx.linked.refs}
    found = set()
    for index in sorted(tokens):
        word = ctx.doc[index]
        if word.lower_.rstrip("s") not in _COUNTERPART_WORDS or len(roles) != 1:
            continue
        if index + 1 in named or index + 2 in named or any(
                a <= word.idx < b for a, b in witness_chars):
            continue  # "his Peruvian counterpart NAME"; "in the presence of … counterpart"
        state = next((hit.key for hit in ctx.mentions.hits
                      if hit.kind in ("state", "demonym") and hit.end == index), None)
        if state and all(p.state != state for p in positions):
            found.add(Position(next(iter(roles)), state))
    return found


def _office_title(area: str) -> str:
    """ "fisheries" → "Fisheries", "trade and industry" → "Trade and Industry"."""
    return " ".join(word if word in ("and", "of") else word.capitalize()
                    for word in area.split())


#: One-word prepositions that put a document's topic after its noun ("an agreement on X").
_TOPIC_WORDS = frozenset(word for word in forms("topic_prepositions", "after_noun", "word")
                         if " " not in word)


def _in_the_documents_topic(doc, hit) -> bool:
    """ "signed an agreement on countering threats along their borders with a third state": a state
    named inside what the document is about is no party to it (but "a grant agreement for
    Jordan" is Jordan's)."""
    if doc is None:
        return False
    child = doc[hit.start]
    for token in doc[hit.start].ancestors:
        beneficiary = token.lower_ == "for" and child.i == hit.start
        if token.dep_ == "prep" and (token.lower_ in _TOPIC_WORDS and not beneficiary
                                     or token.lower_ == "in" and child.tag_ == "VBG") and (
                token.head.lower_ in _ONE_WORD_NOUNS
                # "signed an agreement on Tuesday on countering …", parsed onto the verb
                or (token.lower_ in TALKED_ABOUT or child.tag_ == "VBG")
                and token.head.pos_ == "VERB"
                and child.ent_type_ not in ("DATE", "TIME")
                and any(c.dep_ == "dobj" and c.lower_ in _ONE_WORD_NOUNS
                        for c in token.head.children)):
            return True
        child = token
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("pcomp", "acl", "advcl", "xcomp"):
            return False  # (the clause's own verb: a state in its subject or object)
    return False


def _offices_of_both(text: str, positions: set[Position], parties: set[str]) -> set[Position]:
    """"the foreign ministers of both countries", "the two countries' ministers in charge
    of fisheries": one office per party state ("Minister of Fisheries" of each).  An
    office with neither state nor qualifier ("Minister") says nothing a reader can use:
    it is dropped."""
    if charge := _IN_CHARGE.search(text):
        role = f"Minister of {_office_title(charge['area'])}"
        positions = {Position(role, p.state) if p.role.lower() == "minister" else p
                     for p in positions}
        if charge["plural"] and not any(p.state for p in positions):
            text += " of both countries"  # "the ministers in charge of …" signed for each
    positions = _fullest(positions)
    result = {p for p in positions if p.state}
    if (_BOTH.search(text) or _BOTH_OWN.search(text)) and parties:
        for position in positions - result:
            result |= {Position(position.role, state) for state in parties}
        return result
    stateless = positions - result
    if len(parties) == 2:
        # "signed by the foreign ministers": an office in the plural, one of each party.
        plural = {p for p in stateless if any(
            re.search(rf"\b{re.escape(word)}s\b", text, re.IGNORECASE)
            for word in p.role.lower().split() if len(word) > 3)}
        result |= {Position(p.role, state) for p in plural for state in parties}
        stateless -= plural
    return result | {p for p in stateless if " " in p.role.strip()}


def _in_a_route_name(doc, hit) -> bool:
    """ "the Lamu Port-South Sudan-Ethiopia Transport corridor": a state in a name of
    places joined by two hyphens or more (a route, a corridor) is no party."""
    if doc is None:
        return False
    start, end = hit.start, hit.end
    hyphens = 0
    while start >= 2 and doc[start - 1].text in ("-", "–") and doc[start - 2].text[:1].isupper():
        hyphens += 1
        start -= 2
        while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha:
            start -= 1
    while end + 1 < len(doc) and doc[end].text in ("-", "–") and doc[end + 1].text[:1].isupper():
        hyphens += 1
        end += 2
        while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha \
                and doc[end].text not in ("-", "–"):
            end += 1
    return hyphens >= 2


def _official_of_a_body(ctx: Context, key: str) -> bool:
    """The person holds an office of an international body in the story ("the IMF
    Managing Director", "the Commonwealth Secretary-General") and none of a state."""
    positions = [p for p in ctx.linked.persons[key].positions if not p.former]
    return any(p.org and not p.state for p in positions) and not any(p.state for p in positions)


def _number_of(ctx: Context, sentence: Sentence) -> int | None:
    """Where ``sentence`` stands among the story's sentences."""
    return next((i for i, s in enumerate(ctx.sentences) if s.start == sentence.start), None)


def _parties_nearby(ctx: Context, sentence: Sentence) -> set[str]:
    """ "X received a phone call from Y. … During the call, they reviewed the agreement
    signed between the two countries": the two states of the persons this sentence and
    the one before it name, when there are two (a digest of several stories names more)."""
    number = _number_of(ctx, sentence)
    if number is None:
        return set()
    states = _states_of_persons(ctx, ctx.sentences[max(0, number - 1)].start, sentence.end)
    return states if len(states) == 2 else set()


def _states_of_persons(ctx: Context, start: int, end: int) -> set[str]:
    """The states of the persons named between tokens ``start`` and ``end``."""
    return {p.state for ref in ctx.linked.refs_between(start, end)
            for key in ref.persons for p in ctx.linked.persons[key].positions
            if p.state and not p.former}


def _parties_from_story(ctx: Context) -> set[str]:
    """"The two sides signed…": the states of the story's leaders, when there are two,
    else the two states the story names most."""
    states: list[str] = []
    for key in ctx.linked.salient(4):
        for position in sorted(ctx.linked.persons[key].positions, key=str):
            if position.state and not position.former and position.state not in states:
                states.append(position.state)
    if len(states) >= 2:
        return set(states[:2])
    counts: dict[str, int] = {}
    for hit in ctx.mentions.hits:
        if hit.kind in ("state", "demonym"):
            counts[hit.key] = counts.get(hit.key, 0) + 1
    named = sorted(counts, key=lambda k: -counts[k])
    return set(named[:2]) if len(named) >= 2 else set()


#: What may stand before a person in a list of names: "and", capitalised words of a title
#: or a state ("Chile's President"), "the".
_LIST_PREFIX = re.compile(r"\s*(?:and\s+)?(?:(?:the|of|[A-Z][\w'’.-]*)\s+)*")


def _list_end(ctx: Context, sentence: Sentence, end: int) -> int:
    """Where a list of persons that runs on past the comma at ``end`` (sentence offset)
    ends: "witnessed by A, B and C's President D" names three witnesses, not one."""
    text = sentence.text
    starts = sorted(ref.span.start - sentence.char_start
                    for ref in ctx.linked.refs_between(sentence.start, sentence.end))
    while end < len(text) and text[end] == ",":
        nxt = text.find(",", end + 1)
        nxt = len(text) if nxt < 0 else nxt
        # The next item must name a person after nothing but list words.
        if not any(end < start < nxt and _LIST_PREFIX.fullmatch(text[end + 1:start])
                   for start in starts):
            break
        end = nxt
    return end


def _witness_ranges(sentence: Sentence, witness_rules, ctx: Context | None = None,
                    signs: list[int] = ()) -> list[tuple[int, int]]:
    """Character ranges of witness phrases: from the trigger to the next comma (over a
    list of persons when the phrase follows the signing: "signed …, witnessed by A, B and
    C"; before it, "In the presence of A, B and C signed" names the signers after the
    comma)."""
    ranges = []
    for rule in witness_rules:
        if rule.values["role"] == "witness-group":
            for match in rule.pattern.finditer(sentence.text):
                group = next(name for name in ("who", "who2", "who3") if match[name])
                ranges.append((sentence.char_start + match.start(group),
                               sentence.char_start + match.end(group)))
            continue
        if rule.values["role"] == "witness-subject":
            # The subject before the verb attended; the phrase itself names no one.
            if match := rule.pattern.search(sentence.text):
                ranges.append((sentence.char_start, sentence.char_start + match.start()))
            continue
        for match in rule.pattern.finditer(sentence.text):
            # "witnessed the signing" is the subject rule's; nobody follows it as witness.
            if sentence.text[match.end():].lstrip().lower().startswith(("the signing",
                                                                        "the exchange")):
                continue
            end = sentence.text.find(",", match.end())
            end = len(sentence.text) if end < 0 else end
            if ctx is not None and signs and signs[0] < match.start():
                end = _list_end(ctx, sentence, end)
            # "signed in the presence of A by B": the agent after is the signer.
            agent = re.compile(r"\sby\s").search(sentence.text, match.end(), end)
            end = agent.start() if agent else end
            ranges.append((sentence.char_start + match.start(), sentence.char_start + end))
    return ranges


def _signers(ctx: Context, sentence: Sentence, witness_chars, tokens: set[int] | None,
             sign_token=None):
    """Signatories, witnesses and signing offices among the persons and descriptions of
    the sentence (of the clause ``tokens`` when given); persons in another clause than
    the signing verb's (``sign_token``) do not sign."""
    signatories: set[str] = set()
    witnesses: set[str] = set()
    positions: set[Position] = set()
    for ref in ctx.linked.refs_between(sentence.start, sentence.end):
        as_witness = any(a <= ref.span.start < b for a, b in witness_chars)
        if not as_witness and tokens is not None and ref.start not in tokens:
            continue
        if not as_witness and _in_other_clause(ctx, ref.start, sign_token):
            continue
        if _according_to(ctx, ref.start):
            continue  # "… signed nine texts, according to NAME": the source, no signer
        keys = {k for k in ref.persons if k != ctx.linked.author}
        (witnesses if as_witness else signatories).update(keys)
    linked_starts = {ref.start for ref in ctx.linked.refs}
    # "the Prime Minister, the Hon NAME MP": the office the name's words of address follow
    addresses = {address_start(ctx.doc, m.start, ctx.world) for m in ctx.mentions.persons
                 if sentence.start <= m.start < sentence.end} if ctx.doc is not None else set()
    for description in ctx.mentions.descriptions:
        if not (sentence.start <= description.start < sentence.end):
            continue
        if description.end in addresses and ctx.doc[description.end].text == ",":
            continue
        if tokens is not None and description.start not in tokens:
            continue
        if description.start in linked_starts or any(
                a <= description.span.start < b for a, b in witness_chars):
            continue
        if _in_other_clause(ctx, description.start, sign_token):
            continue
        if pair := _the_two_just_named(ctx, sentence, description):
            signatories.update(pair)
            continue
        for role in description.roles:
            if role is None:
                continue
            for state in description.states or (None,):
                # "The Taoiseach, NAME, and the Prime Minister signed": the one other holder
                # of that office the story names, not NAME again
                others = _other_holders(ctx, role, state, signatories | witnesses)
                if not description.plural and len(description.roles) == 1 \
                        and len(others) == 1:
                    signatories.add(others[0])
                else:
                    positions.add(Position(role, state))
    if not signatories and ctx.doc is not None:
        signatories = _the_co_chairs(ctx, sentence, tokens) - witnesses
    return signatories - witnesses, witnesses, positions


def _a_tally_since(verb) -> bool:
    """ "have signed some forty texts since 2012": a count run up over a
    time told with "since" in the present perfect, no signing of its own."""
    return any(c.dep_ == "aux" and c.tag_ in ("VBP", "VBZ") and c.lemma_ == "have"
               for c in verb.children) \
        and any(c.dep_ == "prep" and c.lower_ == "since" for c in verb.children)


def _years_after_its_signing(verb) -> bool:
    """ "signed a declaration on Monday, thirty years after the Treaty of X had been
    signed": a signing of long ago that dates this one, none told here (the story tells it
    on its own where it does)."""
    mark = next((c for c in verb.children if c.dep_ == "mark"
                 and c.lower_ in ("after", "since")), None)
    if mark is None or verb.dep_ != "advcl":
        return False
    before = verb.doc[max(verb.sent.start, mark.i - 5):mark.i]
    return any(t.lemma_.lower() in ("year", "decade", "century")
               and any(c.dep_ == "nummod" for c in t.children) for t in before)


def _according_to(ctx: Context, start: int) -> bool:
    """The words at token ``start`` are whom an "according to" phrase names."""
    if ctx.doc is None:
        return False
    token = ctx.doc[start]
    while token.dep_ in ("compound", "amod", "appos", "conj") and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ == "to" \
        and token.head.head.lower_ == "according"


def _the_two_just_named(ctx: Context, sentence: Sentence, description) -> set[str]:
    """ "A met Foreign Minister B. Afterwards the ministers signed …": a bare plural
    office of no state or count signing is the two holders of such an office the sentence
    before named; none when it named more or fewer."""
    if not description.plural or description.count or description.states \
            or len(description.roles) != 1 or description.roles[0] is None:
        return set()
    role = description.roles[0]
    index = _number_of(ctx, sentence)
    if not index:
        return set()
    before = ctx.sentences[index - 1]
    named = {key for ref in ctx.linked.refs_between(before.start, before.end)
             if ref.kind == "name" for key in ref.persons}
    holders = {key for key in named if any(
        not p.former and answers_office(ctx.world, p.role, role)
        for p in ctx.linked.persons[key].positions)}
    return holders if len(holders) == 2 == len(named) else set()


#: How many sentences back "the co-chairs" may have been named chairing.
_CHAIRS_LOOKBACK = 3


def _the_co_chairs(ctx: Context, sentence: Sentence, tokens: set[int] | None) -> set[str]:
    """ "The session was held, co-chaired by A and B. … the co-chairs signed its protocol":
    the persons named chairing the session told last, for "the co-chairs" of the clause."""
    doc = ctx.doc
    chairing = words("chairing_verbs")
    prefixes = tuple(chairing)  # "co-chaired", whatever the tagger's lemma
    if not any(t.tag_ == "NNS" and t.lemma_.lower() in chairing
               and (tokens is None or t.i in tokens)
               for t in doc[sentence.start:sentence.end]):
        return set()
    # (by position: an item of a list is a sentence of its own, not one of the story's)
    before = [s for s in ctx.sentences if s.char_start < sentence.char_start]
    for earlier in [sentence, *reversed(before[-_CHAIRS_LOOKBACK:])]:
        for verb in reversed(doc[earlier.start:earlier.end]):
            if verb.pos_ != "VERB" or not verb.lower_.startswith(prefixes):
                continue
            inside = {t.i for t in verb.subtree}
            keys = {key for ref in ctx.linked.refs_between(earlier.start, earlier.end)
                    if ref.start in inside for key in ref.persons if key != ctx.linked.author}
            if len(keys) >= 2:
                return keys
    return set()


def _other_holders(ctx: Context, role: str, state: str | None, besides: set[str]) -> list[str]:
    """The persons of the story holding ``role`` (of ``state``, if given), but ``besides``."""
    return [key for key, person in ctx.linked.persons.items() if key not in besides
            and any(p.role.lower() == role.lower() and not p.former
                    and (state is None or p.state == state) for p in person.positions)]


#: A document named at the head of a list item: "-the Plan for …", "An MoU between …",
#: "framework agreement on …", "Protocol on …".
_ITEM = re.compile(
    r"^\s*(?:[-–—•*·]\s*|\d{1,2}[.)]\s*|\(?(?:[ivx]{1,4}|[a-h])[.)]\s+)?"
    r"(?:(?:the|a|an)\s+)?(?P<pre>(?:[\w-]+\s+){0,3}?)"
    r"(?P<noun>" + forms_alternation("document_nouns", "item", "item")
    + r")s?\b(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL)
#: Words that announce a list of documents: "These include:", "the deals include …".
_LIST_INTRO = re.compile(r"\b" + alternation("list_intro_words") + r"\b\s*:?|:\s*$", re.IGNORECASE)
#: A heading over a list of documents: "Documents signed during the state visit of …"
#: (a line of its own, no full stop).
_HEADING_INTRO = re.compile(r"^\s*(?:list of\s+)?"
                            + forms_alternation("document_nouns", "plural", "plural")
                            + r"\s+signed\b[^.:]*$", re.IGNORECASE)
_COUNTED = re.compile(r"\b" + forms_alternation("document_nouns", "counted", "plural") + r"\b",
                      re.IGNORECASE)
_ITEM_TOPIC = re.compile(r"^\s*(?:" + forms_alternation("topic_prepositions", "item", "word")
                         + r"\s+)(?P<topic>.+)$",
                         re.IGNORECASE | re.DOTALL)
#: "a protocol extending X", "an agreement establishing X": a verb of its own before the
#: item's topic (not "concerning", "regarding": prepositions of topic_prepositions.csv).
_ITEM_DOING = re.compile(r"^\s+(?!" + forms_alternation("topic_prepositions", "item", "word")
                         + r"\b)[a-z]+ing\s+(?:the\s+|a\s+|an\s+)?(?P<topic>\S.*)$", re.DOTALL)
_ITEM_TOPIC_END = re.compile(r"\s+" + forms_alternation("topic_end_words", "item", "word")
                             + r"\b.*$|[,.;]\s*$",
                             re.IGNORECASE | re.DOTALL)


#: A list line with its marker may name a longer document ("- Economic and Technical
#: Cooperation Agreement").
_MARKED_ITEM = re.compile(
    r"^\s*(?:[-–—•*·]\s*|\(?[ivx]{1,4}[.)]\s+)(?:(?:the|a|an)\s+)?(?P<pre>(?:[\w-]+\s+){0,5}?)"
    r"(?P<noun>" + forms_alternation("document_nouns", "item", "item")
    + r")s?\b(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL)


#: A second document noun right after an item's first: "framework agreement on …".
_ITEM_NOUN_AFTER = re.compile(
    r"^\s+(?P<noun>" + forms_alternation("document_nouns", "item", "item")
    + r")s?\b(?P<rest>.*)$", re.IGNORECASE | re.DOTALL)
#: Where an item's topic begins after "between A and B": "on X", "for X", "in the field
#: of X" (the field noun itself opens it).
_TOPIC_OPENER = re.compile(
    r"\s(?:(?P<field>in (?:the )?" + _FIELD_NOUNS + r" of\s+)|(?=(?:on|for)\s))"
    r"(?P<topic>)", re.IGNORECASE)
#: "for the years 2030–2032", "for 2031": the document's period, not its topic.
_ITEM_PERIOD = re.compile(r"\s+for\s+(?:(?:the\s+)?(?:" + alternation("period_nouns")
                          + r")s?\b|\d{4}\b).*$", re.IGNORECASE | re.DOTALL)


def _item_agreement(text: str, base: Agreement, evidence: Span,
                    signers: frozenset[str] | None = None) -> Agreement | None:
    match = _ITEM.match(text) or _MARKED_ITEM.match(text)
    if match is None:
        return None
    noun, rest = match["noun"], match["rest"]
    if compound := _ITEM_NOUN_AFTER.match(rest):
        noun, rest = compound["noun"], compound["rest"]  # "framework agreement on …"
    noun = noun.lower()
    kind = "MoU" if noun.startswith(("memorand", "mou")) else "Agreement"
    topic = ""
    if re.match(r"\s*between\b", rest, re.IGNORECASE):
        # "Protocol between the Ministries of A and B on X", "An MoU between A and B to
        # work together in the field of X": the parties, then the topic.
        opener = _TOPIC_OPENER.search(rest)
        rest = " " + rest[opener.start("topic"):] if opener else ""
        rest = re.sub(r"^\s*(?=[^\W\d_])", " on ", rest) if opener and opener["field"] \
            else rest
    if amended := _AMENDING.match(rest):
        rest = " on " + rest[amended.end():]  # "Protocol amending the Agreement on X": X
    elif doing := _ITEM_DOING.match(rest):
        rest = " on " + doing["topic"]  # "a protocol extending the customs exemptions …"
    if about := _ITEM_TOPIC.match(rest):
        topic = _ITEM_TOPIC_END.sub("", about["topic"].strip()).strip(" ,.;")
        topic = _ITEM_PERIOD.sub("", topic)
        # "(signed by the ministers of …)": who signed, no part of the topic
        topic = re.sub(r"\s*\([^)]*\)?", "", topic).strip(" ,.;")
        topic = re.sub(r"^(?:(?:the|a|an)\s+)?(?:(?:cooperation|collaboration) in (?:the )?"
                       r"(?:fields?|areas?) of\s+)?(?:(?:the|a|an)\s+)?", "", topic,
                       flags=re.IGNORECASE)
    if not topic and _TITLE.fullmatch(match["pre"].strip()):
        topic = match["pre"].strip()  # "- Port and Rail Cooperation Agreement"
    # An item is one document: its topic may be long ("building of river ports and
    # dredging of the channels near the city of X").
    topics = (topic,) if topic and len(topic.split()) <= 16 else ()
    return Agreement(kind, evidence, topics=topics, parties=base.parties, date=base.date,
                     place=base.place, status=base.status, rule="agreements:enumerated",
                     signatories=base.signatories if signers is None else signers,
                     signatory_positions=base.signatory_positions if signers is None
                     else frozenset(), witnesses=base.witnesses)


#: A sentence adverb before the first item: "Also, the MoU on …".
_LEAD_ADVERB = re.compile(r"^\s*[A-Z][a-z]+,\s+")
_AND_NEXT = re.compile(r"\s+and\s+(?=(?:the|a|an)\s)")


#: "the first on A, and the second on B": ordinal words that open the items of a list.
#: (also "one on A and one on B", "one on A, the other on B": the count's documents in
#: turn)
_ORDINAL_ITEM = re.compile(r"(^\s*|[,;]\s*(?:and\s+)?|\s+and\s+)(?:the\s+(?:"
                           + one_of([*ORDINALS, "other"]) + r")|one|another)\b(?=\s+"
                           + _TOPIC_PREPOSITIONS + r"\b)", re.IGNORECASE)
#: A document noun's plural to its singular: "memoranda of understanding" -> "memorandum
#: of understanding".
_SINGULAR = {plural.lower(): row["singular"].split("|")[0] for row in entries("document_nouns")
             for plural in (row.get("plural") or "").split("|") if plural}


#: "signed two memoranda: the first on …": documents counted, then told by ordinals.
_ORDINAL_LIST = re.compile(_PLURAL.pattern + r"[^.:;\n]{0,100}:(?=\s*(?:the\s+"
                           + one_of(ORDINALS) + r"|one\s+" + _TOPIC_PREPOSITIONS + r")\b)",
                           re.IGNORECASE)


def _ordinals_named(rest: str, before: str) -> str:
    """ "signed two memoranda: the first on A, and the second on B": each ordinal stands
    for the document noun the sentence counted ("the memorandum of understanding on A"),
    so that the items read as documents."""
    if not _ORDINAL_ITEM.match(rest):
        return rest
    counted = list(_PLURAL.finditer(before))
    noun = _SINGULAR.get(counted[-1][0].lower()) if counted else None
    return _ORDINAL_ITEM.sub(lambda m: f"{m[1]}the {noun} ", rest) if noun else rest


def _split_items(text: str) -> list[str]:
    """A sentence's enumerated documents: parts split at ";" (else at commas and "and")
    that each open with a document; a part split at ";" may hold one more after "and
    the …" ("a MoU on A between X and Y and the extension of the MoU on B")."""
    for separator in (r"\s*\n\s*", r";\s*(?:and\s+)?",
                      r",\s*(?:and\s+)?|\s+and\s+(?=(?:the|a|an)\s)"):
        parts = [p for p in re.split(separator, text) if p.strip()]
        if parts and not _ITEM.match(parts[0]):
            parts[0] = _LEAD_ADVERB.sub("", parts[0])
        if len(parts) >= 2 and sum(1 for p in parts if _ITEM.match(p)) >= 2:
            items = [p for p in parts if _ITEM.match(p)]
            return [piece for p in items for piece in _joined_items(p)] \
                if separator.startswith(";") else items
    return []


_ITEM_PLURAL = re.compile(forms_alternation("document_nouns", "item", "plural", "item")
                          + r"s?", re.IGNORECASE)


def _one_topic_each(parts: list[str]) -> list[str]:
    """Items whose plural noun has one topic per "on": "memoranda on A and on B" are a
    memorandum on A and a memorandum on B."""
    result = []
    for part in parts:
        match = _ITEM.match(part) or _MARKED_ITEM.match(part)
        rest = match["rest"] if match else ""
        if match and _ITEM_PLURAL.fullmatch(part[match.start("noun"):match.start("rest")]) \
                and re.search(r"\s+and\s+(?:on|for)\s", rest):
            head = part[:match.start("rest")]
            pieces = re.split(r"\s+and\s+(?=(?:on|for)\s)", rest)
            result += [head + (" " if not piece.startswith(" ") else "") + piece
                       for piece in pieces]
        else:
            result.append(part)
    return result


def _joined_items(part: str) -> list[str]:
    """One part of a list, split again where "and the …" opens another document."""
    pieces: list[str] = []
    for piece in _AND_NEXT.split(part):
        if pieces and not _ITEM.match(piece):
            pieces[-1] += " and " + piece  # "between X and the Ministry of Y"
        else:
            pieces.append(piece)
    return pieces


def _passive(ctx: Context, sentence: Sentence, offset: int) -> bool:
    """Whether a past participle follows ``offset``: "the MoUs were exchanged by …" is a
    passive, not "the documents were:" introducing a list."""
    rest = sentence.text[offset:]
    word = token_at(ctx, sentence.char_start + offset + len(rest) - len(rest.lstrip()))
    return word is not None and word.tag_ == "VBN"


def _city(ctx: Context, place: PlaceRef) -> PlaceRef:
    """ "signed in the Kremlin": in Moscow, the city of the venue."""
    return city_of_venue(ctx.world, place) or place


def enumerated_agreements(ctx: Context, found: list[Agreement]) -> list[Agreement]:
    """Documents a story enumerates one by one are one agreement each: after "These
    include:" as list lines or paragraphs, or in one sentence ("The deals include the MoU
    on A; the MoU on B; …").  They replace the bundle the introducing sentence counted."""
    result = list(found)
    sentences = ctx.sentences
    story = _parties_from_story(ctx)
    index = 0
    while index < len(sentences):
        sentence = sentences[index]
        text = ctx.narrated(sentence)
        intro = _LIST_INTRO.search(text) or _heading_intro(ctx, sentence, text) \
            or _ORDINAL_LIST.search(text)
        counted = [s for s in sentences[max(0, index - 1):index + 1]
                   if _PLURAL.search(s.text) or _COUNTED.search(s.text)] if intro else []
        if intro is None or not counted or _passive(ctx, sentence, intro.end()):
            index += 1
            continue
        # The documents a counting sentence reports, else the latest bundle told before
        # ("inked seven agreements …" … "they include …"): its date and witnesses hold.
        base = next((a for a in found for s in counted if a.evidence.start == s.char_start),
                    None) or next((a for a in reversed(found) if a.rule.endswith(":bundle")
                                   and a.evidence.start < sentence.char_start), None)
        parties = base.parties if base is not None and len(base.parties) >= 2 else story
        base = Agreement("Agreement", _sentence_span(sentence), parties=frozenset(parties),
                         date=(base.date if base else None) or sentence.date
                         or ctx.story_date, place=base.place if base else None,
                         signatories=base.signatories if base else frozenset(),
                         signatory_positions=base.signatory_positions if base
                         else frozenset(), witnesses=base.witnesses if base else frozenset(),
                         status=base.status if base else "held")
        items: list[Agreement] = []
        # "The following MoUs were signed:": the list comes after the colon, not the word.
        rest = "" if text.rstrip().endswith(":") else text[intro.end():]
        rest = _ordinals_named(rest, text[:intro.end()])
        # "they include memoranda on A and on B": one item naming two documents.
        for part in _one_topic_each(_split_items(rest) or ([rest] if _ITEM.match(rest)
                                                           else [])):
            if agreement := _item_agreement(part, base, _sentence_span(sentence)):
                items.append(agreement)
        covered = [sentence, *counted]
        following = index + 1
        while following < len(sentences):
            nxt = sentences[following]
            if not _ITEM.match(nxt.text) and following + 1 < len(sentences) \
                    and len(nxt.text.split()) <= 3 and "\n" not in ctx.text[
                        nxt.char_start:sentences[following + 1].char_start]:
                # "-Action | Plan between …": the parser broke a list line; join it again.
                joined = sentences[following + 1]
                nxt = Sentence(nxt.start, joined.end, ctx.text[
                    nxt.char_start:joined.char_start + len(joined.text)], nxt.char_start)
                covered.append(sentences[following])
                following += 1
            if items and _SIGNED_BY.match(nxt.text) and "\n\n" not in ctx.text[
                    covered[-1].char_start:nxt.char_start]:
                # "- Memorandum on X. Signed by NAME, …": the item's own signers, on its
                # line ("Signed by the relevant ministries": none named)
                signers, _, offices = _signers(ctx, nxt, [], None)
                items[-1] = replace(items[-1], signatories=frozenset(signers),
                                    signatory_positions=frozenset(offices))
                covered.append(nxt)
                following += 1
                continue
            parts = _one_topic_each(_split_items(nxt.text) or (
                [nxt.text] if _ITEM.match(nxt.text) or _MARKED_ITEM.match(nxt.text) else []))
            # An item standing as its own sentence may name its own signers ("An MoU on X,
            # signed by NAME, Minister of …, and NAME, …").
            # Persons holding an office, or named after "by": "a bridge between Jaguarão
            # and Río Branco" names towns the tagger took for persons.
            by = re.search(r"\bby\b", nxt.text) is not None
            own = frozenset(key for key in _signers(ctx, nxt, [], None)[0]
                            if by or ctx.linked.persons[key].positions) \
                if len(parts) == 1 else None
            made = [a for p in parts
                    if (a := _item_agreement(p, base, _sentence_span(nxt), own or None))]
            if not made:
                break
            items += made
            covered.append(nxt)
            following += 1
        # The number the listing sentence itself states before its list, run on in prose
        stated = count_of(m["number"]) if (m := _NUMBER.search(text)) \
            and not _ROUGHLY.search(text[:m.start()]) and not re.search(r"[:;]", text) \
            and len(covered) == 1 + len(counted) else None
        if len(items) >= 2 and not (stated and len(items) < stated):
            # ("nine documents were signed, including agreements, a road map and
            # memoranda": some of the nine named in one sentence, the bundle stays one.)
            spans = [(s.char_start, s.char_start + len(s.text)) for s in covered]
            # The enumerated documents are the ones a bundle counted elsewhere ("signed
            # seven instruments" … "the documents include …"): the bundle gives way too;
            # so does a document read from an item's own words ("- the Agreement …,
            # signed by the ministers").
            result = [a for a in result if not any(
                start <= a.evidence.start < end for start, end in spans) and not (
                a.rule.endswith(":bundle") and a.parties == base.parties
                and a.status == base.status
                # (not "In addition, more than 30 commercial agreements were concluded"
                # told after the list)
                and a.evidence.start < spans[-1][1])] + items
            index = following
        else:
            index += 1
    return _without_headlines_told(merge_reports(_without_bundles_listed(result)))


def _topic_words(agreement: Agreement) -> set[str]:
    """The words of a document's topics, without a plural's "s" ("cables", "cable")."""
    return {word.lower().rstrip("s") for topic in agreement.topics for word in topic.split()
            if len(word) > 3}


#: The family of the nouns a headline gives any document ("pact", "deal", "accord").
_ANY_FAMILY = "agreement"


def _without_headlines_told(agreements: list[Agreement]) -> list[Agreement]:
    """The agreements without a headline's report of a signing the story tells in its own
    words ("X, Y sign border health pact" over "… signed a memorandum on cooperation in
    health at the border"): the story's documents (same status, parties of one within the
    other's, on the same day) are what the headline sums up, whatever its shorthand."""
    told = [a for a in agreements if not _a_headline(a)]

    def covered(a: Agreement, b: Agreement) -> bool:
        # the headline's topic in the story's words ("border health pact": "on health at
        # the border"), or no topic and a story of one document, or documents of no topic
        # ("X, Y ink pacts") over a story of any number
        return bool(_topic_words(a) & _topic_words(b)) if a.topics \
            else len(told) == 1 or a.rule.endswith(":bundle")

    # (a headline is a report above the story's, of one document or of documents it
    # neither counts nor names the fields of ("X, Y ink pacts"), not an item of a list)
    return [a for a in agreements if not (_a_headline(a) and (_single(a) or (
            a.rule.endswith(":bundle") and not a.topics and a.count is None)) and any(
        b.evidence.start > a.evidence.start and b.status == a.status
        # (a "pact" or a "deal" may be any document; a declaration is a declaration)
        and _family(a.evidence.text) in ("", _ANY_FAMILY, _family(b.evidence.text))
        and covered(a, b) and a.parties and b.parties
        and (a.parties <= b.parties or b.parties <= a.parties)
        and not (a.date and b.date and abs((a.date - b.date).days) > 1)
        and (a.count is None or b.count is not None or b.rule.endswith(":bundle"))
        for b in told))]


def _heading_intro(ctx: Context, sentence: Sentence, text: str):
    """ "Documents signed during the visit of …" on a line of its own: a heading that
    introduces the list below it (the match covers the whole line)."""
    end = sentence.char_start + len(sentence.text)
    if ctx.text[end:end + 1] not in ("\n", "") or "\n" in sentence.text:
        return None
    return _HEADING_INTRO.match(text)


#: "Signed by NAME …", "Signed on behalf of X by NAME …" standing as its own sentence after
#: a listed document.
_SIGNED_BY = re.compile(r"^\s*signed\s+(?:by|on\s+behalf\s+of)\b", re.IGNORECASE)


#: "three documents", "11 agreements", "two trade deals": a bundle that states its number.
_NUMBER = re.compile(r"\b" + _COUNT_WORD + r"\s+(?:[\w-]+\s+)?"
                     + forms_alternation("document_nouns", "plural", "plural") + r"\b",
                     re.IGNORECASE)


#: "more than 20 documents", "some 30 agreements": a rough number, no count.
_ROUGHLY = re.compile(r"\b" + alternation("approximate_words") + r"\s*$", re.IGNORECASE)


def _without_bundles_listed(agreements: list[Agreement]) -> list[Agreement]:
    """"… and signed agreements on a border crossing and on energy" … "Three documents
    were signed: an agreement on …, …": a bundle that states no number, told again by at
    least as many documents listed one by one (same parties, day and status), is those."""
    listed = [a for a in agreements if a.rule in _LISTED_RULES]
    return [a for a in agreements if not (
        a.rule.endswith(":bundle") and not _NUMBER.search(a.evidence.text)
        # ("Several other memoranda … were also signed": more documents than those listed)
        and not _OTHER_DOCUMENTS.search(a.evidence.text)
        and len([b for b in agreements if (b.parties, b.date, b.status)
                 == (a.parties, a.date, a.status) and (b in listed or (
                     # "Then documents were signed. The \"Joint Declaration …\" was signed
                     # by …": documents told one by one after it
                     _single(b) and b.evidence.start > a.evidence.start))])
        >= max(2, len(a.topics))) and not (
        # "Four MoUs exchanged" (a headline) … "exchanged four memorandums: on A, on B, on
        # C and on D": a counted bundle whose every document is listed is those documents
        # (not "seven instruments" of which the text lists three, nor "three other
        # agreements" told after the list)
        a.rule.endswith(":bundle") and a.count is not None and a not in listed
        and not _ANOTHER.search(a.evidence.text)
        and len([b for b in listed if (b.parties, b.date, b.status)
                 == (a.parties, a.date, a.status)
                 and b.evidence.start > a.evidence.start]) >= a.count)]


#: "other memoranda", "other cooperation agreements": documents besides those told.
_OTHER_DOCUMENTS = re.compile(r"\bother\s+(?:\w+\s+)?"
                              + forms_alternation("document_nouns", "plural", "plural") + r"\b",
                              re.IGNORECASE)
#: "also signed an agreement", "a second memorandum": another document, not a report again.
_ANOTHER = re.compile(r"\b" + alternation("another_words") + r"\b", re.IGNORECASE)
_LISTED_RULES = ("agreements:enumerated", "agreements:documents")


#: Rule suffix of a document whose topic is its noun's modifier ("a friendship treaty").
_MODIFIER = "modifier"


def _has_topics(agreement: Agreement) -> bool:
    """Topics a report states (a noun's modifier, "a trade deal", leaves room for more)."""
    return bool(agreement.topics) and not agreement.rule.endswith(":" + _MODIFIER)


def _single(agreement: Agreement) -> bool:
    """One document reported on its own: not a bundle, not one of a list."""
    return not agreement.rule.endswith(":bundle") and agreement.rule not in _LISTED_RULES




def _family(text: str) -> str:
    """The family of the document noun a sentence names first ("treaty" and "accord":
    agreement); "" for a noun of any family ("documents") or none."""
    match = _ANY_DOCUMENT.search(text)
    return _NOUN_OF.get(match[1].lower(), "") if match else ""


def _noun_row(text: str) -> str:
    """The document noun a sentence names first, by its row's first form ("partnership
    statement" and "statement of partnership" are one noun)."""
    match = _ANY_DOCUMENT.search(text)
    return _ROW_OF.get(match[1].lower(), "") if match else ""


#: Each form of a document noun, to the first singular form of its row.
_ROW_OF = {form.lower(): row["singular"].split("|")[0].lower()
           for row in entries("document_nouns")
           for column in ("singular", "plural") for form in (row.get(column) or "").split("|")
           if form}


def _same_document(first: Agreement, later: Agreement) -> bool:
    """Whether ``later`` reports ``first`` again: one document of the same kind and status,
    parties of one within the other's, at most one of them with topics, on the same day
    (a day apart when the story's and the sentence's dates differ), of one family of
    documents, and no word saying it is another document before the document's noun."""
    # "the document" (a noun of any family) may be the memorandum told before.
    families = {_family(first.evidence.text), _family(later.evidence.text)}
    nouns = {_noun_row(first.evidence.text), _noun_row(later.evidence.text)}
    if families == {_STATEMENTS} and _INTENT in nouns and len(nouns) == 2 \
            and not any(a in b for a in nouns for b in nouns if a != b):
        # "a letter of intent" two ministers signed and "a joint statement" of the talks
        # (but "the declaration" may be the declaration of intent)
        return False
    generic = "" in families
    if not (_single(first) and _single(later)) or first.kind != later.kind and not generic \
            or first.status != later.status \
            or (_has_topics(first) and _has_topics(later)
                and not (_named_by_modifier(first, later) or _topics_within(first, later))
                and _a_headline(first) == _a_headline(later)):
        return False
    if not (first.parties and later.parties) or not (
            first.parties <= later.parties or later.parties <= first.parties):
        return False
    if first.date and later.date and abs((first.date - later.date).days) > 1:
        return False
    # "an agreement on science" and "a joint statement" are two documents; "an agreement"
    # and "the accord", or "a joint declaration" and "the declaration", may be one.
    families = {_family(first.evidence.text), _family(later.evidence.text)} - {""}
    if len(families) > 1:
        return False
    # "A third document, on X" names its own topic: no report of "the joint statement".
    if families and any(not _family(a.evidence.text) and _has_topics(a) for a in (first, later)) \
            and not _named_by_modifier(first, later):
        return False
    # Only the words before the document count: "an accord which will also cover …" is
    # the same accord.
    text = later.evidence.text
    noun = _DOCUMENT_NOUN.search(text)
    # ("a third document, on diplomas" is the headline's "diploma pact" all the same)
    return not _ANOTHER.search(text[:noun.start()] if noun else text) \
        or _named_by_modifier(first, later)


#: The family of joint statements, communiqués and declarations (document_nouns.csv), and
#: its noun of a text of intent, which two ministers sign apart from their leaders' words.
_STATEMENTS = _NOUN_OF["joint statement"]
_INTENT = _ROW_OF["letter of intent"]


#: "the agreement", "this memorandum": a document told before, right before its noun.
_THE_DOCUMENT = re.compile(r"\b(?:the|this|that)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _listed_document_told_again(kept: list[Agreement], later: Agreement) -> int | None:
    """ "… signed an agreement on X and a memorandum on Y. The agreement was signed by A
    and B": a report of "the agreement" with no topics of its own is the one document of
    its kind a list told before (of the same status, parties and day); the index of that
    document in ``kept``, or None when the list holds none or several of its kind."""
    if not _single(later) or _has_topics(later) or not later.parties:
        return None
    text = later.evidence.text
    noun = _DOCUMENT_NOUN.search(text)
    # ("A joint communiqué was issued": a document of its own)
    if noun is None or not _THE_DOCUMENT.search(text[:noun.start()]) \
            or _ANOTHER.search(text[:noun.start()]):
        return None
    listed = [i for i, k in enumerate(kept) if k.rule in _LISTED_RULES
              and k.kind == later.kind and k.status == later.status
              and len({_family(k.evidence.text), _family(text)} - {""}) == 1
              and k.parties and (k.parties <= later.parties or later.parties <= k.parties)
              and not (k.date and later.date and abs((k.date - later.date).days) > 1)]
    return listed[0] if len(listed) == 1 else None


def _a_headline(agreement: Agreement) -> bool:
    """A report in a headline ("X and Y sign declaration on border towns"): a line
    of its own with no full stop, which words the story's document in its own short way."""
    return unstopped(agreement.evidence.text)


def _named_by_modifier(first: Agreement, later: Agreement) -> bool:
    """One report names the document by a modifier ("diploma pact") that a word of the
    other's topic holds ("on the mutual recognition of university diplomas")."""
    for short, full in ((first, later), (later, first)):
        if short.rule.endswith(f":{_MODIFIER}") and len(short.topics) == 1:
            stem = short.topics[0].lower().rstrip("s")
            if len(stem) > 3 and any(word.lower().rstrip("s") == stem
                                     for topic in full.topics for word in topic.split()):
                return True
    return False


def _topics_within(first: Agreement, later: Agreement) -> bool:
    """One report's topics are words of the other's ("on rail links", then "on better rail
    links between two valleys"), signed by the same, or the shorter report naming no
    signers ("A declaration on X was signed", then "A and B signed a declaration on X, Y
    and Z")."""
    for short, full in ((first, later), (later, first)):
        if short.signatories and short.signatories != full.signatories:
            continue
        fuller = [f" {topic.lower()} " for topic in full.topics]
        if all(any(f" {topic.lower()} " in t for t in fuller) for topic in short.topics):
            return True
    return False


def _same_bundle(first: Agreement, later: Agreement) -> bool:
    """ "11 agreements signed in Nairobi" (the headline), then "Kenya and Ghana signed 11
    agreements and memoranda": a bundle of the same stated count, status and parties, on
    the same day, reported twice, whatever noun each report gives it."""
    return first.count is not None and first.count == later.count \
        and first.status == later.status and bool(first.parties and later.parties) \
        and (first.parties <= later.parties or later.parties <= first.parties) \
        and not (first.date and later.date and abs((first.date - later.date).days) > 1)


def merge_reports(agreements: list[Agreement]) -> list[Agreement]:
    """A document reported more than once (the headline, then the story; "signed an
    accord" then "the accord was signed by …") is one agreement: the fullest report
    (topics, then signatories, then parties) keeps its date and evidence and takes the
    others' topics, parties, signatories and witnesses."""
    kept: list[Agreement] = []
    for agreement in agreements:
        index = next((i for i, k in enumerate(kept)
                      if _same_document(k, agreement) or _same_bundle(k, agreement)), None)
        if index is None:
            index = _listed_document_told_again(kept, agreement)
        if index is None:
            kept.append(agreement)
            continue
        first = kept[index]
        keeper, other = (first, agreement) if _fullness(first) >= _fullness(agreement) \
            else (agreement, first)
        # The story's own words for the document's fields, not the headline's shorthand.
        headline_only = _a_headline(other) and not _a_headline(keeper)
        if _a_headline(keeper) and not _a_headline(other) and _has_topics(other):
            keeper, other, headline_only = other, keeper, True
        signatories = keeper.signatories if headline_only and keeper.signatories \
            else keeper.signatories | other.signatories
        kept[index] = replace(
            keeper, evidence=first.evidence if keeper is first else keeper.evidence,
            # "the document" takes the kind of the memorandum it reports again.
            kind=keeper.kind if _family(keeper.evidence.text) else other.kind,
            topics=_without_words_of_another(
                keeper.topics + tuple(t for t in other.topics if t not in keeper.topics
                                      and not (headline_only and keeper.topics))),
            parties=keeper.parties | other.parties, signatories=signatories,
            signatory_positions=keeper.signatory_positions if signatories is keeper.signatories
            else keeper.signatory_positions | other.signatory_positions,
            witnesses=(keeper.witnesses | other.witnesses) - signatories,
            date=keeper.date or other.date, place=keeper.place or other.place)
    return kept


def _without_words_of_another(topics: tuple[str, ...]) -> tuple[str, ...]:
    """The topics, less any that is words of another ("rail services" beside "improving
    rail services between A and B")."""
    return tuple(t for k, t in enumerate(topics) if not any(
        f" {t.lower()} " in f" {u.lower()} " and (t.lower() != u.lower() or j < k)
        for j, u in enumerate(topics) if j != k))


def _fullness(agreement: Agreement) -> tuple[int, int, int]:
    return (_has_topics(agreement), len(agreement.signatories), len(agreement.parties))


def _sentence_span(sentence: Sentence) -> Span:
    return Span(sentence.char_start, sentence.char_start + len(sentence.text), sentence.text)


#: "the meeting", "this summit": a document's sentence that names the gathering told before.
_THE_GATHERING = re.compile(r"\b(?:the|this|that)\s+(?:\w+\s+)?(?:"
                            + alternation("meeting_nouns") + "|"
                            + alternation("gathering_nouns") + r")\b", re.IGNORECASE)


#: "the three countries", "all four states": how many states the words count.
_COUNTED_COUNTRIES = re.compile(r"\b(?:the|all)\s+(?P<count>" + one_of(
    row["word"] for row in entries("counts") if row["count"] not in ("0", "1", "2"))
    + r")\s+(?:" + _COUNTRY_PLURALS + r"|states|nations|governments)\b", re.IGNORECASE)


def _countries_counted(text: str) -> int | None:
    match = _COUNTED_COUNTRIES.search(text)
    return count_of(match["count"]) if match else None


def signed_by_the_pair_met(ctx: Context, agreements: list[Agreement], meetings
                           ) -> list[Agreement]:
    """The agreements, one that names no signatory but is signed by "the two men" (or
    "both women") taking the two of the last meeting told before it that the two held in
    person: "A met B in CITY. … Later the two men signed a protocol on …"."""
    out = []
    for agreement in agreements:
        told = [m for m in meetings if m.status == "held" and len(m.participants) == 2
                and m.phase not in ("phone", "video")
                and m.evidence.start <= agreement.evidence.start]
        if agreement.status == "held" and not agreement.signatories and told \
                and _THE_PAIR.search(agreement.evidence.text):
            out.append(replace(agreement, signatories=frozenset(told[-1].participants)))
        else:
            out.append(agreement)
    return out


#: "the two men signed", "both women signed": persons of no office the count stands for.
_THE_PAIR = re.compile(r"\b(?:the two|both) " + alternation("person_nouns")
                       + r"\s+(?:\w+\s+){0,2}?signed\b", re.IGNORECASE)


def parties_of_the_gathering(ctx: Context, agreements: list[Agreement],
                             meetings) -> list[Agreement]:
    """The agreements, a document adopted at a meeting of three states or more taking all
    their states as parties: "A joint statement issued after the meeting announced …",
    after the foreign ministers of four states met, is the four states' (not the two the
    story names most). Only for a document its sentence gives no signatory and no states
    beyond the meeting's."""
    groups = [m for m in meetings if m.status == "held" and m.phase not in ("phone", "video")
              and len(m.participants) >= 3]
    out = []
    for agreement in agreements:
        told = [m for m in groups if m.evidence.start <= agreement.evidence.start]
        states = {p.state for key in told[-1].participants
                  for p in ctx.linked.persons[key].positions
                  if p.state and not p.former} if told else set()
        if agreement.status == "held" and len(states) >= 3 and agreement.parties < states \
                and (not agreement.signatories and _THE_GATHERING.search(agreement.evidence.text)
                     or _countries_counted(agreement.evidence.text) == len(states)):
            # ("signed by the three countries' power ministers": all three)
            out.append(replace(agreement, parties=frozenset(states)))
        else:
            out.append(agreement)
    return out
