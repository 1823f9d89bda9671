"""Quotes and their speakers.

Two shapes are read.  Speeches, as official sites print them: a line
"President X said:" followed by paragraphs opened by a dash, or "X: words"
on one line; the speech runs until the next speaker or the first paragraph
that is plainly narration (no first or second person).  And quotations inside
narration: text in straight or typographic quotes, attributed to the subject
of a speech verb in the same sentence ("…," Otieno said), where "he"/"she"
is the person last spoken of.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .facts import Span
from .linking import Linked
from .rules import entries, forms, forms_alternation, marked, one_of, quote_marks

_QUOTE_CHARS = quote_marks("marks")
_INTRO = re.compile(r"^(?P<who>[^\n:]{2,160}?)\s+"
                    + forms_alternation("speech_verbs", "speech", "past") + r"\s*:\s*$")
_INLINE_SPEAKER = re.compile(r"^(?P<who>[^\n:" + quote_marks("label")
                             + r"]{2,80}):\s+(?P<text>\S.*)$")
_DASH = re.compile(r"^\s*[-–—]\s*")
_FIRST_SECOND = re.compile(r"\b" + one_of(
    form for row in entries("pronouns") if row["speech"]
    for form in ((row["word"], row["word"].capitalize()) if row["capital"] else (row["word"],)))
    + r"\b")
_PRONOUNS = frozenset(form for word in marked("pronouns", "subject")
                      for form in (word, word.capitalize()))


@dataclass(frozen=True)
class SpeechBlock:
    """A stretch of text spoken by one person (character offsets in the body)."""

    start: int
    end: int
    speaker: str


@dataclass(frozen=True)
class FoundQuote:
    """Quoted words with the speaker's person key and where they were found."""

    speaker: str
    text: str
    span: Span
    rule: str


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, offset = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((offset, offset + len(line)))
        offset += len(line) + 1
    return spans


def _speaker_in(doc, linked: Linked, start: int, end: int) -> str | None:
    for ref in linked.refs:
        if ref.span.start >= start and ref.span.end <= end and len(ref.persons) == 1:
            return ref.persons[0]
    # A speaker line the tagger did not read as a name ("Jane Doe said:" alone on a
    # line) still names someone the article names elsewhere.
    text = doc.text[start:end]
    persons = [p for p in linked.persons.values() if not p.is_author]
    for person in sorted(persons, key=lambda p: -len(p.name)):
        if re.search(rf"\b{re.escape(person.name)}\b", text):
            return person.key
    by_surname = [p for p in persons if re.search(rf"\b{re.escape(p.surname)}\b", text)]
    return by_surname[0].key if len(by_surname) == 1 else None


def find_speeches(doc, body: str, linked: Linked,
                  story_start: int = 0) -> tuple[list[SpeechBlock], list[FoundQuote]]:
    """Speech blocks and the quotes they make (one quote per speech)."""
    blocks: list[SpeechBlock] = []
    quotes: list[FoundQuote] = []
    paragraphs = [p for p in _paragraphs(body) if p[0] >= story_start]
    i = 0
    while i < len(paragraphs):
        start, end = paragraphs[i]
        line = body[start:end].strip()
        intro = _INTRO.match(line)
        inline = _INLINE_SPEAKER.match(line) if not intro else None
        speaker = None
        if intro or inline:
            who_end = start + (intro or inline).end("who") + (len(body[start:end])
                                                               - len(body[start:end].lstrip()))
            # "Name: words" is a speaker line only when it is a short label, not a
            # sentence ("X met Y. Z said: ..." is narration with an inline quote).
            who = (intro or inline)["who"]
            if inline and (len(who.split()) > 8 or re.search(r"[.!?]\s", who)):
                who_end = None
            speaker = _speaker_in(doc, linked, start, who_end) if who_end else None
        if speaker and inline:
            text_start = start + body[start:end].index(inline["text"])
            text = inline["text"].strip()
            blocks.append(SpeechBlock(text_start, end, speaker))
            quotes.append(FoundQuote(speaker, text, Span(text_start, end, body[text_start:end]),
                                     "quotes:speaker-line"))
            i += 1
            continue
        if speaker and intro and i + 1 < len(paragraphs):
            j = i + 1
            parts: list[tuple[int, int]] = []
            while j < len(paragraphs):
                p_start, p_end = paragraphs[j]
                text = body[p_start:p_end]
                if _INTRO.match(text.strip()) or (_INLINE_SPEAKER.match(text.strip()) and
                                                  _speaker_in(doc, linked, p_start, p_end)):
                    break
                if parts and not _FIRST_SECOND.search(text) and not _DASH.match(text):
                    break
                if not parts and not (_DASH.match(text) or text.lstrip()[:1] in _QUOTE_CHARS
                                      or _FIRST_SECOND.search(text)):
                    break
                parts.append((p_start, p_end))
                j += 1
            if parts:
                b_start, b_end = parts[0][0], parts[-1][1]
                text = "\n\n".join(_DASH.sub("", body[s:e]).strip() for s, e in parts)
                blocks.append(SpeechBlock(b_start, b_end, speaker))
                quotes.append(FoundQuote(speaker, text, Span(b_start, b_end,
                                                             body[b_start:b_end]),
                                         "quotes:speech"))
                i = j
                continue
        i += 1
    return blocks, quotes


def _quote_segments(text: str, offset: int) -> list[tuple[int, int]]:
    """Pairs of quote marks in a paragraph, as (start, end) of the words inside."""
    marks = [m.start() for m in re.finditer(f"[{_QUOTE_CHARS}]", text)]
    # A quotation running on into the next paragraph opens a paragraph and is not closed
    # in it (the print convention): it ends with the paragraph.
    if len(marks) % 2 and marks and not text[:marks[0]].strip():
        marks.append(len(text.rstrip()))
    segments = []
    for open_at, close_at in zip(marks[::2], marks[1::2], strict=False):
        segments.append((offset + open_at + 1, offset + close_at))
    return segments


def _person_at(linked: Linked, token_i: int) -> str | None:
    for ref in linked.refs:
        if ref.start <= token_i < ref.end and len(ref.persons) == 1:
            return ref.persons[0]
    return None


def find_inline_quotes(doc, body: str, linked: Linked, blocks: list[SpeechBlock],
                       story_start: int = 0) -> list[FoundQuote]:
    """Quotations inside narration, attributed through speech verbs and pronouns."""
    verbs = frozenset(forms("speech_verbs", "narration", "lemma"))
    quotes: list[FoundQuote] = []
    last_subject: str | None = None
    subject_by_sentence: dict[int, str | None] = {}
    for sent in doc.sents:
        subject = None
        for token in sent:
            if token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ROOT":
                subject = _person_at(linked, token.i)
                if subject is None and token.text in _PRONOUNS:
                    subject = last_subject
                break
        subject_by_sentence[sent.start] = subject
        if subject:
            last_subject = subject
    last_subject = None
    paragraph_speaker = None  # who spoke last in the paragraph before
    for p_start, p_end in _wrapped_paragraphs(body):
        if p_end <= story_start or any(b.start <= p_start < b.end for b in blocks):
            paragraph_speaker = None
            continue
        from_char = max(p_start, story_start)
        # A paragraph that opens with a quotation and names nobody goes on the words of
        # whoever spoke in the paragraph before ("…, Vidal said." / "We discussed…").
        opens_quoted = body[from_char:p_end].lstrip()[:1] in _QUOTE_CHARS
        previous_speaker = paragraph_speaker if opens_quoted else None
        for q_start, q_end in _quote_segments(body[from_char:p_end], from_char):
            text = body[q_start:q_end].strip().strip(",;: ").strip()
            if len(text.split()) < 2:
                continue
            # '"…," Ruto said. "That time is over."': a quote standing alone as its own
            # sentence goes on the words of the speaker just quoted.
            if previous_speaker and _stands_alone(doc, body, q_start, q_end):
                speaker = previous_speaker
            else:
                speaker = _attribute(doc, linked, q_start, q_end, verbs, subject_by_sentence) \
                    or (previous_speaker if q_start == from_char + 1 + (
                        len(body[from_char:p_end]) - len(body[from_char:p_end].lstrip()))
                        else None)
            previous_speaker = speaker or previous_speaker
            if speaker:
                quotes.append(FoundQuote(speaker, text, Span(q_start, q_end,
                                                             body[q_start:q_end]),
                                         "quotes:inline"))
        paragraph_speaker = previous_speaker or _speech_subject(
            doc, linked, from_char, p_end, verbs)
    return quotes


def _wrapped_paragraphs(body: str) -> list[tuple[int, int]]:
    """Paragraphs, with hard-wrapped lines (a line that ends mid-sentence) joined to the
    next, so a quotation running over a line break stays one."""
    merged: list[tuple[int, int]] = []
    for start, end in _paragraphs(body):
        if merged and body[merged[-1][0]:merged[-1][1]].rstrip()[-1:] not in '.!?:;"”»)' \
                and body[merged[-1][1]:start].count("\n") == 1:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _speech_subject(doc, linked: Linked, start: int, end: int,
                    verbs: frozenset[str]) -> str | None:
    """The person who speaks last in a stretch of narration ("…, Vidal said")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    speaker = None
    for token in span:
        if token.lemma_.lower() in verbs and token.pos_ == "VERB":
            for child in token.children:
                if child.dep_ in ("nsubj", "nsubjpass") and (
                        person := _person_at(linked, child.i)):
                    speaker = person
    return speaker


def _stands_alone(doc, body: str, q_start: int, q_end: int) -> bool:
    """Whether nothing but the quotation (and punctuation) fills its sentences."""
    first = doc.char_span(q_start, q_start + 1, alignment_mode="expand")
    last = doc.char_span(max(q_start, q_end - 1), q_end, alignment_mode="expand")
    if first is None or last is None or not len(first) or not len(last):
        return False
    before = body[first[0].sent.start_char:q_start]
    after = body[q_end:last[0].sent.end_char]
    return not re.search(r"\w", before) and not re.search(r"\w", after)


def _attribute(doc, linked: Linked, q_start: int, q_end: int, verbs: frozenset[str],
               subject_by_sentence: dict[int, str | None]) -> str | None:
    """The speaker of quoted words: subject of a speech verb outside the quote."""
    candidates = []
    end_token = doc.char_span(q_end, q_end + 1, alignment_mode="expand")
    start_token = doc.char_span(q_start, q_start + 1, alignment_mode="expand")
    for piece in (end_token, start_token):
        if piece is not None and piece.sent not in candidates:
            candidates.append(piece.sent)
    previous = None
    for sent in candidates:
        for token in sent:
            if q_start <= token.idx < q_end:
                continue
            # "..., according to Ruto": the person named after the phrase.
            if token.lower_ == "according" and token.i + 1 < len(doc) \
                    and doc[token.i + 1].lower_ == "to":
                for i in range(token.i + 2, min(token.i + 8, sent.end)):
                    if person := _person_at(linked, i):
                        return person
            if token.lemma_.lower() in verbs and token.pos_ == "VERB":
                if token.idx >= q_end and not any(
                        child.dep_ in ("nsubj", "nsubjpass") and child.i < token.i
                        for child in token.children) \
                        and (after := _named_after(doc, linked, token)):
                    return after  # "“…”, added Weber." / "“…”, said Ruto"
                for child in token.children:
                    if child.dep_ in ("nsubj", "nsubjpass"):
                        person = _person_at(linked, child.i)
                        if person:
                            return person
                        if child.text in _PRONOUNS:
                            previous = _previous_subject(doc, sent, subject_by_sentence)
                            if previous:
                                return previous
                # "adding ..." / "noting ...": the subject of the verb it hangs on.
                if token.dep_ in ("advcl", "xcomp", "conj"):
                    person = subject_by_sentence.get(sent.start)
                    if person:
                        return person
    return previous


def _named_after(doc, linked: Linked, verb) -> str | None:
    """The person named right after a speech verb that follows the quote: the inverted
    "“…”, said NAME" and "“…”, pointed out NAME" (a particle may stand between)."""
    i = verb.i + 1
    while i < len(doc) and doc[i].dep_ == "prt":
        i += 1
    return _person_at(linked, i) if i < len(doc) else None


def _previous_subject(doc, sent, subject_by_sentence: dict[int, str | None]) -> str | None:
    own = subject_by_sentence.get(sent.start)
    if own:
        return own
    for start in sorted((s for s in subject_by_sentence if s < sent.start), reverse=True):
        if subject_by_sentence[start]:
            return subject_by_sentence[start]
    return None
