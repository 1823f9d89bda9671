"""Quotes and their speakers.

Two shapes are read.  Speeches, as official sites print them: a line
"President X said:" followed by paragraphs opened by a dash, or "X: words"
on one line; the speech runs until the next speaker or the first paragraph
that is plainly narration (no first or second person).  And quotations inside
narration: text in straight or typographic quotes, attributed to the subject
of the speech verb it hangs on ("…," Otieno said; "Otieno described ties as
“…”"), read through that verb's clause record (extract/clauses.py), else of a
speech verb beside it; "he"/"she" is the subject of the sentence before, "the
visiting president" or "the Chilean official" the office holder described, and
what a statement or a ministry says is no person's words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .facts import Span
from .linking import Linked, answers_office
from .rules import (
    alternation,
    entries,
    forms,
    forms_alternation,
    marked,
    one_of,
    quote_marks,
    quote_pairs,
    words,
)
from .tokens import (
    INSTITUTION_WORDS,
    doc_sentences,
    doc_text,
    doc_tokens,
    opening_phrase_end,
    token_at_char,
)

_QUOTE_CHARS = quote_marks("marks")
#: Marks that open a quotation, each with the marks whose quotation it closes ("“" closes
#: a quotation opened by "„").
_OPENERS = {open_: frozenset(other for other, close in quote_pairs("marks") if close == open_)
            for open_, close in quote_pairs("marks") if open_ != close}
_INTRO = re.compile(r"^(?P<who>[^\n:]{2,160}?)\s+"
                    + forms_alternation("speech_verbs", "speech", "past") + r"\s*:\s*$")
#: "Quotes attributable to Minister for Foreign Affairs NAME:": a media release's label
#: over quotations that are NAME's.
_LABEL = re.compile(r"^" + alternation("quote_labels") + r"\s+(?P<who>[^\n:]{2,160}?)\s*:\s*$",
                    re.IGNORECASE)
#: "Address by President X, …", "Speech of His Majesty the King": a heading over the full
#: text of a speech; "Prime Minister X:" alone on its line, over the speaker's paragraphs.
_SPEECH_HEADING = re.compile(r"^" + alternation("speech_headings")
                             + r"\s+(?P<who>[^\n:]{2,160}?)\s*:?\s*$", re.IGNORECASE)
_BARE_LABEL = re.compile(r"^(?P<who>[^\n:|]{2,80}?)\s*:\s*$")
#: The lines that open a speaker's paragraphs, and so end the speech before them.
_SPEAKER_HEADINGS = (_INTRO, _LABEL, _SPEECH_HEADING, _BARE_LABEL)
# (a page's "|" separates furniture, never a speaker's label: "By NAME | Published: …")
_INLINE_SPEAKER = re.compile(r"^(?P<who>[^\n:|" + quote_marks("label")
                             + r"]{2,80}):\s+(?P<text>\S.*)$")
#: "A: …", "Answer: …": an interview's answer, by the person interviewed; "Q: …" its
#: question.
_ANSWER = re.compile(r"^" + one_of(marked("interview_labels", "answer"))
                     + r"\s*:\s+(?P<text>\S.*)$", re.IGNORECASE)
_QUESTION = re.compile(r"^" + one_of(marked("interview_labels", "question")) + r"\s*:\s+\S",
                       re.IGNORECASE)
_DASH = re.compile(r"^\s*[-–—]\s*")
#: The time a live page's entry opens with, and its flag in capitals: "17:14 - ",
#: "13:41 URGENT - ".
_TIME_STAMP = re.compile(r"\s*\d{1,2}[:.]\d{2}(?:\s+[A-Z]{2,})*\s+[-–—]\s+")
#: An embedded post's attribution line under its text: "— NAME (@handle) October 14, 2025".
_POSTED_BY = re.compile(r"\s*[-–—]\s*(?P<who>[^()\n@]{2,80}?)\s*\(@[\w.]{1,30}\)")
#: A post's header line above its text, as pages render an embedded post: "NAME @handle",
#: with the time or date after a dot or bar ("NAME @handle · 16:49").
_POST_HEADER = re.compile(r"\s*(?P<who>[^()\n@:\"“”]{2,80}?)\s+@[\w.]{1,30}"
                          r"(?:\s*[·•|]\s*[^\n]{1,40})?\s*")
_FIRST_SECOND = re.compile(r"\b" + one_of(
    form for row in entries("pronouns") if row["speech"]
    for form in ((row["word"], row["word"].capitalize()) if row["capital"] else (row["word"],)))
    + r"\b")
_PRONOUNS = frozenset(form for word in marked("pronouns", "subject")
                      for form in (word, word.capitalize()))
_SPEAKER_NOUNS = frozenset(forms("speaker_descriptions", "noun", "word"))
_GUEST_WORDS = frozenset(forms("speaker_descriptions", "guest", "word"))


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


def _speaker_in(doc, linked: Linked, start: int, end: int,
                labelled: frozenset[str] = frozenset()) -> str | None:
    """The person a speaker's label (characters ``start`` to ``end``) names.
    ``labelled``: the persons the transcript's other labels name by name (a bare office
    label is then the holder none of them names)."""
    for ref in linked.refs:
        if ref.span.start >= start and ref.span.end <= end and len(ref.persons) == 1:
            return ref.persons[0]
    # A speaker line the tagger did not read as a name ("Jane Doe said:" alone on a
    # line) still names someone the article names elsewhere.
    text = doc_text(doc)[start:end]
    persons = [p for p in linked.persons.values() if not p.is_author]
    for person in sorted(persons, key=lambda p: -len(p.name)):
        if re.search(rf"\b{re.escape(person.name)}\b", text):
            return person.key
    # A transcript's label in capitals ("MOTTLEY:") names the person too.
    flags = re.IGNORECASE if text.strip().isupper() else 0
    by_surname = [p for p in persons if p.surname
                  and re.search(rf"\b{re.escape(p.surname)}\b", text, flags)]
    if len(by_surname) == 1:
        return by_surname[0].key
    # A transcript's label that is an office ("PRIME MINISTER:") names its one holder in
    # the story.
    office = " ".join(text.split()).lower()
    holders = [p for p in persons if any(q.role.lower() == office and not q.former
                                         for q in p.positions)]
    if len(holders) > 1:
        # "PRIME MINISTER LUXON: …" and "PRIME MINISTER: …": the bare office is the
        # holder the transcript labels by no name (its host)
        holders = [p for p in holders if p.key not in labelled]
    return holders[0].key if len(holders) == 1 and not by_surname else None


def _a_thing_of_someones(linked: Linked, body: str, start: int, end: int) -> bool:
    """ "X's year: a chronology": a headline whose label is a thing of a person's (the name
    before "'s", common words after it), not the person speaking ("Ghana's president:" is
    a description of one, read whole)."""
    return any(start <= ref.span.start and ref.span.end <= end
               and _POSSESSED.match(body, ref.span.end, end) for ref in linked.refs)


_POSSESSED = re.compile(r"['’]s\s+[a-z]")


def _labelled_by_name(doc, body: str, linked: Linked,
                      paragraphs: list[tuple[int, int]]) -> frozenset[str]:
    """The persons the speaker labels of a transcript name ("PRIME MINISTER LUXON: …")."""
    named = set()
    for start, end in paragraphs:
        line = body[start:end]
        if (inline := _INLINE_SPEAKER.match(line.strip())) and len(inline["who"].split()) <= 8:
            who_start = start + len(line) - len(line.lstrip())
            who_end = who_start + inline.end("who")
            office = " ".join(inline["who"].split()).lower()
            if not any(q.role.lower() == office for p in linked.persons.values()
                       for q in p.positions) \
                    and (key := _speaker_in(doc, linked, who_start, who_end)):
                named.add(key)
    return frozenset(named)


def _names_several(doc, linked: Linked, start: int, end: int) -> bool:
    """A label naming two persons ("NAME and NAME: …") heads a story, not a speech."""
    persons = {key for ref in linked.refs if ref.span.start >= start and ref.span.end <= end
               for key in ref.persons}
    if len(persons) > 1:
        return True
    # A second name the linker left alone ("NAME and NAME: …"): two names joined.
    label = doc.char_span(start, end, alignment_mode="expand")
    return label is not None and any(
        token.dep_ == "conj" and token.ent_type_ == "PERSON"
        and token.head.ent_type_ == "PERSON" for token in label)


_NARRATION_VERBS = frozenset(forms("speech_verbs", "narration", "lemma"))
_TALK_VERBS = words("talk_verbs")
#: A closing quotation mark and a dash: the speaker's name follows ('"…" - NAME').
#: (on the quote's line or the next, where a release signs its quote block)
_DASHED_BY = re.compile(r"[\"”»’']?[ \t]*(?:\n[ \t]*)?[-–—][ \t]+(?=\w)")
#: How many words after that dash may stand before the name ("The Honourable NAME").
_SIGNATURE_REACH = 6

#: A paragraph opened by a dash and a space: a speech printed after its speaker's name.
_SPEECH_DASH = re.compile(r"\s*[-–—]\s+(?=\S)")
#: "REPORTER (NAME)", "PRESENTER": a transcript's label for the newsroom's own lines.
_INTERVIEWER = re.compile(r"\s*" + alternation("interviewer_words") + r"\b", re.IGNORECASE)


def _has_verb(doc, start: int, end: int) -> bool:
    """ "NAME, the minister, wrote: …" is narration with a quote, not a speaker's label
    ("PM NAME in his press statement: …" is a label)."""
    label = doc.char_span(start, end, alignment_mode="expand")
    return label is not None and any(token.pos_ == "VERB" and token.lemma_.lower()
                                     in _NARRATION_VERBS for token in label)


def find_speeches(doc, body: str, linked: Linked,
                  story_start: int = 0) -> tuple[list[SpeechBlock], list[FoundQuote]]:
    """Speech blocks and the quotes they make (one quote per speech)."""
    blocks: list[SpeechBlock] = []
    quotes: list[FoundQuote] = []
    paragraphs = [p for p in _paragraphs(body) if p[0] >= story_start]
    interviewee = _interviewee(body, linked, paragraphs)
    labelled = _labelled_by_name(doc, body, linked, paragraphs) if any(
        _INLINE_SPEAKER.match(body[a:b].strip()) for a, b in paragraphs) else frozenset()
    turns = {a: label for a, b in paragraphs if (label := _a_turn(body[a:b]))}
    i = 0
    while i < len(paragraphs):
        start, end = paragraphs[i]
        if stamp := _TIME_STAMP.match(body, start, end):
            start = stamp.end()  # a live page's "17:14 - NAME: …": the label after the time
        line = body[start:end].strip()
        if i + 1 < len(paragraphs) and (head := _POST_HEADER.fullmatch(body, start, end)) \
                and (poster := _speaker_in(doc, linked, head.start("who"), head.end("who"))):
            # An embedded post under its header: the text is the words of the person the
            # header names (the quotation marks a page may set around it are not).
            p_start, p_end = paragraphs[i + 1]
            text = body[p_start:p_end].strip()
            if len(text) > 2 and text[0] in _QUOTE_CHARS and text[-1] in _QUOTE_CHARS:
                text = text[1:-1].strip()
            blocks.append(SpeechBlock(p_start, p_end, poster))
            quotes.append(FoundQuote(poster, text, Span(p_start, p_end, body[p_start:p_end]),
                                     "quotes:post"))
            i += 2
            continue
        if i + 1 < len(paragraphs) and not _POSTED_BY.match(body, start, end) \
                and (post := _POSTED_BY.match(body, *paragraphs[i + 1])) \
                and (poster := _speaker_in(doc, linked, post.start("who"), post.end("who"))):
            # An embedded post: its text is the words of the person the line under it names.
            blocks.append(SpeechBlock(start, end, poster))
            quotes.append(FoundQuote(poster, line, Span(start, end, body[start:end]),
                                     "quotes:post"))
            i += 2
            continue
        if interviewee and (answer := _ANSWER.match(line)):
            text_start = start + body[start:end].index(answer["text"])
            blocks.append(SpeechBlock(text_start, end, interviewee))
            quotes.append(FoundQuote(interviewee, answer["text"].strip(),
                                     Span(text_start, end, body[text_start:end]),
                                     "quotes:answer"))
            i += 1
            continue
        labelled_quotes = _LABEL.match(line) or _SPEECH_HEADING.match(line) \
            or _BARE_LABEL.match(line)
        intro = _INTRO.match(line) or labelled_quotes
        inline = _INLINE_SPEAKER.match(line) if not intro else None
        speaker = None
        if intro or inline:
            who_end = start + (intro or inline).end("who") + (len(body[start:end])
                                                               - len(body[start:end].lstrip()))
            # "Name: words" is a speaker line only when it is a short label, not a
            # sentence ("X met Y. Z said: ..." is narration with an inline quote).
            who = (intro or inline)["who"]
            if _INTERVIEWER.match(who):
                who_end = None  # "REPORTER (NAME): …": the newsroom's line, no one quoted
            elif inline and (len(who.split()) > 8 or re.search(r"[.!?]\s", who)
                           or _a_thing_of_someones(linked, body, start, who_end)
                           or _names_several(doc, linked, start, who_end)
                           or inline["text"][:1] in _QUOTE_CHARS
                           and _has_verb(doc, start, who_end)):
                who_end = None
            speaker = _speaker_in(doc, linked, start, who_end, labelled) if who_end else None
        if speaker and inline:
            text_start = start + body[start:end].index(inline["text"])
            # "NAME: Mr President, dear friend," and the paragraphs of the same speech
            # after it, up to the next speaker or plain narration
            j = i + 1
            while j < len(paragraphs) and _goes_on_speaking(doc, body, linked,
                                                             *paragraphs[j], labelled):
                j += 1
            j = _turn_goes_on(body, paragraphs, j, turns, turns.get(paragraphs[i][0]))
            end = paragraphs[j - 1][1]
            text = "\n\n".join([inline["text"].strip()] + [
                _DASH.sub("", body[s:e]).strip() for s, e in paragraphs[i + 1:j]])
            blocks.append(SpeechBlock(text_start, end, speaker))
            quotes.append(FoundQuote(speaker, text, Span(text_start, end, body[text_start:end]),
                                     "quotes:speaker-line"))
            i = j
            continue
        if speaker and intro and i + 1 < len(paragraphs):
            j = i + 1
            parts: list[tuple[int, int]] = []
            while j < len(paragraphs):
                p_start, p_end = paragraphs[j]
                text = body[p_start:p_end]
                stripped = text.strip()
                if any(pattern.match(stripped) for pattern in _SPEAKER_HEADINGS) or (
                        _INLINE_SPEAKER.match(stripped)
                        and _speaker_in(doc, linked, p_start, p_end)):
                    break
                # Under a label every quotation is the speaker's; under "NAME said:" a
                # quotation after the first may be another's ("…," Y added).
                if parts and not _FIRST_SECOND.search(text) and not _DASH.match(text) \
                        and not (labelled_quotes and text.lstrip()[:1] in _QUOTE_CHARS):
                    break
                if not parts and not (_DASH.match(text) or text.lstrip()[:1] in _QUOTE_CHARS
                                      or _FIRST_SECOND.search(text)):
                    break
                parts.append((p_start, p_end))
                j += 1
            if parts:
                b_start, b_end = parts[0][0], parts[-1][1]
                text = "\n\n".join(_DASH.sub("", body[s:e]).strip().strip(_QUOTE_CHARS)
                                     for s, e in parts)
                blocks.append(SpeechBlock(b_start, b_end, speaker))
                quotes.append(FoundQuote(speaker, text, Span(b_start, b_end,
                                                             body[b_start:b_end]),
                                         "quotes:speech"))
                i = j
                continue
        i += 1
    return blocks, quotes


def _a_turn(text: str) -> str | None:
    """The label of a paragraph opened by a short one ("NAME: …", "Pan-Africa Wire: …"),
    a turn of a transcript, a speaker's or a questioner's; None for any other."""
    inline = _INLINE_SPEAKER.match(text.strip())
    if inline is None or len(inline["who"].split()) > 4 or not inline["who"][:1].isalpha() \
            or re.search(r"[.!?]\s", inline["who"]):
        return None
    return " ".join(inline["who"].lower().split())


def _turn_goes_on(body: str, paragraphs: list[tuple[int, int]], j: int,
                  turns: dict[int, str], own: str | None) -> int:
    """Past the paragraphs of a transcript's turn that carry no label of their own: in a
    transcript of three turns or more, where the speaker takes several turns, plain
    paragraphs (no quotation, no label) between that speaker's turn and the next label are
    still the turn ("Spokesperson: … / Once the talks ended, … / Reporter: …"). Not those
    after the last turn, which the page may go on to narrate, nor after the one turn of a
    speaker quoted once among narration ("NAME: … / On Friday NAME will travel … /
    Topics: …")."""
    labels = list(turns.values())
    if len(turns) < 3 or own is None or labels.count(own) < 2:
        return j
    k = j
    # (a paragraph with a colon early on may be another speaker's label the turns did not
    # read: "NAME, President of X (through an interpreter): …")
    while k < len(paragraphs) and paragraphs[k][0] not in turns \
            and ":" not in body[paragraphs[k][0]:min(paragraphs[k][1], paragraphs[k][0] + 100)] \
            and not any(mark in body[slice(*paragraphs[k])] for mark in _QUOTE_CHARS):
        k += 1
    return k if k < len(paragraphs) and paragraphs[k][0] in turns else j


def _goes_on_speaking(doc, body: str, linked: Linked, start: int, end: int,
                      labelled: frozenset[str] = frozenset()) -> bool:
    """A paragraph after a speaker's words that is still the speech: no label of another
    speaker, no quotation (narration quoting someone), and in the first or second person
    ("We last saw each other …")."""
    text = body[start:end].strip()
    if any(mark in text for mark in _QUOTE_CHARS) or _INTRO.match(text) \
            or _ANSWER.match(text) or _QUESTION.match(text):
        return False
    if inline := _INLINE_SPEAKER.match(text):
        label_start = start + len(body[start:end]) - len(body[start:end].lstrip())
        if _speaker_in(doc, linked, start, end) or _speaker_in(
                doc, linked, label_start, label_start + inline.end("who"), labelled):
            return False  # another speaker's label ("PRIME MINISTER: …" after a guest's)
    return bool(_FIRST_SECOND.search(text) or _DASH.match(text))


def _interviewee(body: str, linked: Linked, paragraphs: list[tuple[int, int]]) -> str | None:
    """The person an interview's answers ("A: …") are by: the first office holder the
    story names before the first answer, not its author.  None unless a question ("Q: …")
    comes before that answer (a line "A: …" alone is no interview)."""
    lines = [(start, body[start:end].strip()) for start, end in paragraphs]
    first = next((start for start, line in lines if _ANSWER.match(line)), None)
    if first is None or not any(_QUESTION.match(line) for start, line in lines
                                if start < first):
        return None
    return next((ref.persons[0] for ref in sorted(linked.refs, key=lambda r: r.span.start)
                 if ref.span.end <= first and len(ref.persons) == 1
                 and ref.span.start >= paragraphs[0][0]
                 and not linked.persons[ref.persons[0]].is_author
                 and linked.persons[ref.persons[0]].positions), None)


def _quote_segments(text: str, offset: int) -> list[tuple[int, int]]:
    """Pairs of quote marks in a paragraph, as (start, end) of the words inside."""
    marks = [m.start() for m in re.finditer(f"[{_QUOTE_CHARS}]", text)]
    # A quotation running on into the next paragraph opens a paragraph and is not closed
    # in it (the print convention): it ends with the paragraph.
    if len(marks) % 2 and marks and not text[:marks[0]].strip():
        marks.append(len(text.rstrip()))
    # Left open inside a paragraph ("…, saying the talks were “bilateral, meaning …"): a
    # last mark that only opens (not a closing mark of any pair) runs to the paragraph's
    # end, as a quotation running on does.
    elif len(marks) % 2 and (text[marks[-1]] in _OPENERS
                             and not any(text[m] in _OPENERS[text[marks[-1]]]
                                         for m in marks[:-1])
                             # 'X said: "… (the quotation going on in the next
                             # paragraph)': a straight mark after a colon opens
                             or text[:marks[-1]].rstrip().endswith(":")) \
            and len(text[marks[-1] + 1:].split()) >= 2:
        marks.append(len(text.rstrip()))
    segments = []
    for open_at, close_at in zip(marks[::2], marks[1::2], strict=False):
        segments.append((offset + open_at + 1, offset + close_at))
    return segments


#: Pairs whose marks are apostrophes too (quote_marks.csv, step "single"): "‘…’", "'…'".
_SINGLE_PAIRS = dict(quote_pairs("single"))
#: Every quotation mark, apostrophe-like ones too.
_ALL_MARKS = _QUOTE_CHARS + "".join(_SINGLE_PAIRS) + "".join(_SINGLE_PAIRS.values())
#: Furthest a speech verb stands before the colon it closes ("told Y on the phone:").
_COLON_REACH = 6
#: Fewest words of a quotation in single marks: papers that quote in double marks set a
#: name or a catchword in single ones ("the ‘Green Corridor’", "the ‘island way’").
_SINGLE_MARK_WORDS = 3
#: Any mark of those pairs.
_SINGLE_MARKS = re.compile("[" + re.escape("".join(_SINGLE_PAIRS) + "".join(_SINGLE_PAIRS.values()))
                           + "]")
#: What may end a quotation's last word before its closing mark.
_CLOSING_PUNCTUATION = frozenset(".,!?;:…")


def single_mark_segments(text: str, offset: int) -> list[tuple[int, int]]:
    """Quotations in single marks in a paragraph, as (start, end) of the words inside: a
    mark opens at a word's start ("‘We will …") and closes at a word's end; an apostrophe
    inside a word ("don’t") does neither.  "s’ " may be a plural's possessive ("the
    farmers’ union"): it closes only when no other closing mark follows before the next
    opening one.  A quotation left open at the paragraph's end runs to it (the print
    convention for a quotation going on into the next paragraph)."""
    def opens(i: int) -> bool:
        return text[i] in _SINGLE_PAIRS and (i == 0 or not text[i - 1].isalnum()) \
            and i + 1 < len(text) and text[i + 1].isalpha()

    def closes(i: int, mark: str) -> bool:
        return text[i] == mark and i > 0 and (
            text[i - 1].isalnum() or text[i - 1] in _CLOSING_PUNCTUATION) \
            and (i + 1 == len(text) or not text[i + 1].isalnum())

    def possessive(i: int) -> bool:
        return text[i - 1] in "sS" and text[i + 1:i + 2] == " "

    # (only the marks themselves are looked at: a paragraph is read at C speed)
    marks = [m.start() for m in _SINGLE_MARKS.finditer(text)]
    openers = [k for k in marks if opens(k)]
    segments = []
    after = 0  # where the last quotation found ended
    for number, i in enumerate(openers):
        if i < after:
            continue
        mark = _SINGLE_PAIRS[text[i]]
        following = openers[number + 1] if number + 1 < len(openers) else len(text)
        ends = [k for k in marks if i < k < following and closes(k, mark)]
        end = next((k for k in ends if not possessive(k)), ends[-1] if ends else None)
        if end is None:
            if text[:i].strip():
                continue  # "the ’90s", "rock ’n’ roll": no quotation left open mid-paragraph
            end = len(text.rstrip())
        segments.append((offset + i + 1, offset + end))
        after = end + 1
    return segments


#: Longest telling between the halves of a split quotation ("…”, said X to reporters after
#: the talks on Tuesday, “…").
_SPLIT_REACH = 120


def _split_by_the_telling(body: str, first_end: int, second_start: int) -> bool:
    """Between the halves only a telling, no sentence's end: '“…,” X said, “…”'."""
    between = body[first_end + 1:second_start - 1]
    return len(between) <= _SPLIT_REACH and re.search(r"\w", between) is not None \
        and re.search(r"[.!?;]\s", between) is None


#: What a person says (speech_nouns.txt): "struck a similar note", "with a message".
_SPEECH_NOUNS = frozenset(words("speech_nouns"))


def _says_something(verb) -> bool:
    """ "X began the briefing with a message for Y", "X struck a similar note": a
    verb whose object, or the noun after its preposition, is something said."""
    if verb.pos_ != "VERB":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in _SPEECH_NOUNS for o in objects)


def _person_at(linked: Linked, token_i: int) -> str | None:
    for ref in linked.refs:
        if ref.start <= token_i < ref.end and len(ref.persons) == 1:
            return ref.persons[0]
    return None


def find_inline_quotes(doc, body: str, linked: Linked, blocks: list[SpeechBlock],
                       story_start: int = 0, ctx=None) -> list[FoundQuote]:
    """Quotations inside narration, attributed through speech verbs and pronouns.

    With the story's context ``ctx`` (extract/context.py) a speech verb is read through
    its clause record (:func:`~.clauses.clause_at`): its subject person, whether it is
    negated, whether it stands inside a quotation itself.
    """
    reader = _Attribution(doc, linked, ctx)
    quotes: list[FoundQuote] = []
    paragraph_speaker = None  # who spoke last in the paragraph before
    # Paragraphs of a quotation running on, opened by a mark and left open, whose speaker
    # the paragraph that closes it names ("“…" / "“…" / "“…,” Ouattara said.")
    running: list[tuple[int, int, str]] = []
    for p_start, p_end in _wrapped_paragraphs(body):
        if p_end <= story_start or any(b.start <= p_start < b.end for b in blocks):
            paragraph_speaker = None
            running = []
            continue
        from_char = max(p_start, story_start)
        paragraph = body[from_char:p_end]
        first_char = from_char + len(paragraph) - len(paragraph.lstrip())
        doubles = _quote_segments(paragraph, from_char)
        singles = single_mark_segments(paragraph, from_char)
        # (single marks crossing double ones are apostrophes after all)
        singles = [q for q in singles if not any(
            s < q[1] and q[0] < e and not (q[0] <= s <= e <= q[1] or s <= q[0] <= q[1] <= e)
            for s, e in doubles)]
        # '"X told me, 'We …,' and …," Y said', "‘X told me, “We …,” and …’": the marks
        # inside a quotation give the words of someone the quotation itself quotes
        nested = [q for q in doubles + singles if any(
            s <= q[0] and q[1] <= e and (s, e) != q for s, e in doubles + singles)]
        segments = sorted(q for q in doubles + singles if q not in nested)
        # A paragraph that opens with a quotation and names nobody goes on the words of
        # whoever spoke in the paragraph before ("…, Vidal said." / "We discussed…").
        opens_quoted = bool(segments) and segments[0][0] == first_char + 1
        previous_speaker = paragraph_speaker if opens_quoted else None
        if not opens_quoted:
            running = []
        if paragraph_speaker and (dash := _SPEECH_DASH.match(body, from_char, p_end)) \
                and _FIRST_SECOND.search(body, dash.end(), p_end):
            # "In his statement, X stressed that …" then "- Dear guests. The sea does not
            # divide us …": the paragraph a dash opens, in the first or second person, is
            # X's speech, as some agencies print it (a readout's dashed points are not).
            text = body[dash.end():p_end].strip()
            if len(text.split()) >= 2:
                quotes.append(FoundQuote(paragraph_speaker, text,
                                         Span(dash.end(), p_end, body[dash.end():p_end]),
                                         "quotes:dash"))
            continue
        said_last = None  # where the last quotation with a speaker ended, and its speaker
        for q_start, q_end in segments:
            text = body[q_start:q_end].strip().strip(",;: ").strip()
            if len(text.split()) < (_SINGLE_MARK_WORDS if body[q_start - 1] in _SINGLE_PAIRS
                                    else 2):
                continue
            # '"…," Ruto said. "That time is over."': a quote standing alone as its own
            # sentence goes on the words of the speaker just quoted.
            alone = _stands_alone(doc, body, q_start, q_end)
            if previous_speaker and alone:
                speaker = previous_speaker
            elif alone and (told := reader.last_teller(_sentence_before(doc, q_start),
                                                       q_start)):
                # 'She added one more line. "The president thinks in decades."': the
                # speaker the sentence just before announces.
                speaker = told
            else:
                speaker = reader.speaker(q_start, q_end) \
                    or (previous_speaker if q_start == first_char + 1 else None)
            if not speaker and said_last is not None and _split_by_the_telling(
                    body, said_last[0], q_start):
                # '“…”, said X to reporters, “and …”': a quotation split by its
                # telling goes on with the speaker of its first half
                speaker = said_last[1]
            if not speaker and (by := _DASHED_BY.match(body, q_end)):
                # '"The Forum is a family." - NAME, opening the plenary': a pull quote
                # signed with the speaker's name after a dash, on its line or the next (a
                # release's quote block: "- The Honourable NAME, Minister of …")
                speaker = reader.signed_after(by)
            previous_speaker = speaker or previous_speaker
            said_last = (q_end, speaker) if speaker else None
            if q_start == first_char + 1:
                if speaker:
                    quotes.extend(FoundQuote(speaker, words, Span(start, end, body[start:end]),
                                             "quotes:running") for start, end, words in running)
                    running = []
                elif q_end == from_char + len(paragraph.rstrip()):
                    running.append((q_start, q_end, text))
            if speaker:
                quotes.append(FoundQuote(speaker, text, Span(q_start, q_end,
                                                             body[q_start:q_end]),
                                         "quotes:inline"))
        for q_start, q_end in nested:
            text = body[q_start:q_end].strip().strip(",;: ").strip()
            if len(text.split()) >= _SINGLE_MARK_WORDS \
                    and (speaker := reader.inner_speaker(q_start)):
                quotes.append(FoundQuote(speaker, text, Span(q_start, q_end,
                                                             body[q_start:q_end]),
                                         "quotes:nested"))
        paragraph_speaker = previous_speaker or reader.last_teller(from_char, p_end)
    return quotes


#: "his words", "her words": whose words a quotation is said to be.
_WORDS_OWNERS = frozenset(("his", "her"))

#: Told by no person: the speech verb next to the quotation has a subject that names
#: none ("“…”, the statement says"), so no other verb of the sentence may claim it.
_NOBODY = object()


class _Attribution:
    """Who said quoted words: the subject of the speech verb the quotation hangs on (read
    through that verb's clause record), else of a speech verb beside it, "he"/"she" the
    subject of the sentence before, "the visiting president" the person it describes."""

    def __init__(self, doc, linked: Linked, ctx=None) -> None:
        # clauses.py reads the story's context, which imports this module's SpeechBlock.
        from .clauses import clause_at, noun_phrase
        self._clause_at, self._noun_phrase = clause_at, noun_phrase
        self.doc, self.linked, self.ctx = doc, linked, ctx
        self.verbs = frozenset(forms("speech_verbs", "narration", "lemma"))
        self.sentences = {s.start: s for s in ctx.sentences} if ctx is not None else {}
        self.subject_by_sentence: dict[int, object] = {}
        last_subject = None  # a person's key, or _NOBODY after a name no person stands for
        for sent in doc_sentences(doc):
            subject = None
            for token in sent:
                if token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ROOT":
                    # "he"/"she": the subject of the sentence before, as this chain of
                    # subjects reads it (persons named in a title's phrase included).
                    if token.text in _PRONOUNS:
                        subject = self.pronoun_person(token, last_subject)
                    else:
                        subject = self.person_in_phrase(token)
                        if subject is None and self._unknown_name(token):
                            # "Ngata said …": someone named whom no person stands for; a
                            # "he" after it is not the one named before.
                            subject = _NOBODY
                    break
            if subject is None and sent.root.pos_ in ("NOUN", "PROPN") \
                    and not any(t.dep_ in ("nsubj", "nsubjpass") for t in sent.root.children):
                # "The mayor of X, NAME, watched from the tribune", the verb parsed as a
                # modifier of the subject made the root: the person the root names
                subject = self.person_in_phrase(sent.root)
            if subject is None and sent.root.pos_ == "VERB" \
                    and (comma := opening_phrase_end(sent)) is not None \
                    and comma < sent.root.i \
                    and not any(t.dep_ in ("nsubj", "nsubjpass") for t in sent.root.children):
                # "In Quito, Ecuador's Minister of Defence, NAME, welcomed the agreement",
                # the subject parsed into the opening phrase: the one person named between
                # its comma and the verb
                named = {p for ref in self.linked.refs if comma < ref.start < sent.root.i
                         for p in ref.persons}
                subject = named.pop() if len(named) == 1 else None
            self.subject_by_sentence[sent.start] = subject
            if subject:
                last_subject = subject

    # -- persons ---------------------------------------------------------------------

    def person_at(self, token_i: int) -> str | None:
        return _person_at(self.linked, token_i)

    def pronoun_person(self, token, chain):
        """Whom "he"/"she" stands for: the subject of the sentence before (``chain``),
        unless the pronoun was linked to another person the text shows to be of its sex
        ("… met Ms NAME. "…," she said"); a text that gets the sex wrong keeps the chain."""
        linked = self.person_at(token.i)
        key = chain if isinstance(chain, str) else None
        if linked and linked != key and self.linked.genders.get(linked) \
                and self.linked.fits(linked, token.text) and (
                    not self.linked.fits(key, token.text) or self._named_just_before(
                        linked, token) or key is None):
            # the text shows the linked person to be of the pronoun's sex, and the
            # subject before not to be, or does not say and the linked person was named
            # right there ("A met Ms B. '…,' she said"; but not a man named paragraphs
            # before the subject of unknown sex)
            return linked
        return chain or linked

    def _named_just_before(self, key: str, token) -> bool:
        """``key`` is named in the sentence before the one of ``token``."""
        sent = token.sent
        if sent.start == 0:
            return False
        before = self.doc[sent.start - 1].sent
        return any(key in ref.persons and before.start <= ref.start < sent.start
                   for ref in self.linked.refs)

    def person_in_phrase(self, token) -> str | None:
        """The one person a subject names: at the token, else in its noun phrase
        ("Minister of Foreign Affairs NAME (Party)": the name hangs on the title)."""
        person = self.person_at(token.i)
        if person or token.pos_ == "PRON":
            return person
        found = {p for t in _name_words(token) if (p := self.person_at(t.i))}
        if not found and self.ctx is not None and self.ctx.world.is_title_word(token.text):
            # "Minister of Foreign Affairs NAME said", parsed as two things joined: the
            # name joined to a title that names no one itself.
            found = {p for child in token.children if child.dep_ == "conj"
                     for t in _name_words(child) if (p := self.person_at(t.i))}
            if not found:
                # "The Chairman of Parliament, NAME, told reporters …": the parser hangs
                # the apposition on the office's last word.
                found = {p for prep in token.children if prep.dep_ == "prep"
                         for body in prep.children if body.dep_ == "pobj"
                         for name in body.children if name.dep_ == "appos"
                         for t in _name_words(name) if (p := self.person_at(t.i))}
        if not found and self.ctx is not None and token.lower_ in INSTITUTION_WORDS:
            # "Department of Foreign Affairs spokesperson NAME said", the name parsed as
            # the object of "of": the official the title before the name makes of it (not
            # "the office of President NAME", which speaks for its head)
            found = {p for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of"
                     for name in prep.children if name.dep_ == "pobj"
                     and (p := self.person_at(name.i)) and self._titled_official(name)}
        return found.pop() if len(found) == 1 else None

    def _titled_official(self, name) -> bool:
        """A title of an official, no head of state, government or royal, stands among
        the words the name's head holds ("spokesperson NAME")."""
        for child in name.children:
            info = self.ctx.world.title(child.lower_) if child.dep_ == "compound" else None
            if info is not None and info.kind not in (
                    "head_of_state", "head_of_government", "royal"):
                return True
        return False

    def previous_subject(self, sent) -> str | None:
        own = self.subject_by_sentence.get(sent.start)
        if own is _NOBODY:
            return None
        if own:
            return own
        for start in sorted((s for s in self.subject_by_sentence if s < sent.start),
                            reverse=True):
            subject = self.subject_by_sentence[start]
            if subject is _NOBODY:
                return None
            if subject:
                return subject
        return None

    def clause(self, verb):
        """The clause record of a speech verb (None without the story's context)."""
        if self.ctx is None:
            return None
        sentence = self.sentences.get(verb.sent.start)
        return self._clause_at(self.ctx, sentence, verb.idx) if sentence is not None else None

    def _unknown_name(self, token) -> bool:
        """A subject that reads as a person's name (no state, place, body or other thing
        the tagger or the gazetteer knows) yet links to no person."""
        if token.pos_ != "PROPN" or token.ent_type_ not in ("PERSON", ""):
            return False
        hits = self.ctx.mentions.hits if self.ctx is not None else ()
        return not any(hit.start <= token.i < hit.end for hit in hits)

    # -- speech verbs ----------------------------------------------------------------

    def is_speech_verb(self, token) -> bool:
        # "X spoke with Y", "spoke to his counterpart": a talk (talk_verbs.txt), not words
        # of X's that a quotation after it gives ("X spoke about the debt at a briefing").
        return token.lemma_.lower() in self.verbs and token.pos_ == "VERB" and not (
            token.lower_ in _TALK_VERBS and any(
                c.dep_ == "prep" and c.lower_ in ("with", "to") for c in token.children))

    def teller(self, verb, q_start: int, q_end: int):
        """The person a speech verb gives its words to, None, or ``_NOBODY`` when its
        subject names something that is no person ("the ministry said")."""
        clause = self.clause(verb)
        if clause is not None and (clause.negated or clause.quoted):
            return None  # "did not say", or a verb inside another quotation
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            if (named := self.person_at(verb.i - 1)) and any(
                    ref.end == verb.i and named in ref.persons for ref in self.linked.refs):
                return named  # "To Lam said …": a name the parser read as no subject
            if verb.idx >= q_end and (after := _named_after(self.doc, self.linked, verb)):
                return after  # "“…”, added Weber." / "“…”, said Ruto"
            if verb.idx >= q_end and (between := _named_between(self.linked, q_end, verb)):
                return between
            if verb.dep_ == "pcomp" and verb.head.head.pos_ == "VERB":
                # "“…”, X was quoted as saying": the subject of the verb "as" hangs on;
                # "the ministry quoted X as saying": its object.
                children = verb.head.head.children
                quoted = next((c for c in children if c.dep_ == "dobj"), None) \
                    or next((c for c in verb.head.head.children
                             if c.dep_ in ("nsubj", "nsubjpass")), None)
                if quoted is not None and (person := self.person_in_phrase(quoted)):
                    return person
            if verb.dep_ in ("advcl", "xcomp", "conj"):
                # "adding ..." / "noting ...": the subject of the verb it hangs on.
                above = clause.subject if clause is not None else None
                root = self.subject_by_sentence.get(verb.sent.start)
                if above or (root and root is not _NOBODY):
                    return above or root
                # "The visiting president said … and described X as “…”".
                told = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
                return self.described(told) if told is not None and told.pos_ in (
                    "NOUN", "PROPN") else None
            if verb.dep_ == "ROOT" and len(named := {
                    key for ref in self.linked.refs if verb.sent.start <= ref.start < verb.i
                    for key in ref.persons}) == 1:
                # "In CITY, STATE's Minister of Trade, NAME, said …", the name
                # parsed as an apposition of the place: the one person named before
                return named.pop()
            return None
        if _within_according_to(subject) and (apposed := next(
                (c for c in subject.children if c.dep_ == "appos" and c.i > subject.i),
                None)) is not None and (person := self.person_in_phrase(apposed)
                                        or self.described(apposed)):
            # "According to NAME, the premier stressed …", parsed with NAME for the
            # subject and the words after the comma for an apposition of it: those words
            return person
        if subject.lower_ == "who" and verb.dep_ == "relcl":
            # "… by Foreign Minister X, who says the two are “…”": X, whom "who" stands for
            subject = verb.head
        if subject.text in _PRONOUNS:
            if self.subject_by_sentence.get(verb.sent.start) is _NOBODY:
                return None
            return self.pronoun_person(subject, self.previous_subject(verb.sent))
        person = (clause.subject if clause is not None and subject.dep_ == "nsubj"
                  else None) or self.person_in_phrase(subject)
        if person:
            return person
        if subject.pos_ in ("NOUN", "PROPN") and subject.tag_ not in ("NNS", "NNPS"):
            # "“…”, the statement says": told by no person, unless the words describe
            # one ("the visiting president"); a phrase with a name in it is left to the
            # other verbs of the sentence.
            described = self.described(subject)
            if described:
                return described
            if subject.pos_ == "NOUN" and not any(self.person_at(t.i) or t.ent_type_ == "PERSON"
                       for t in subject.subtree):
                return _NOBODY
        return None

    def inner_speaker(self, q_start: int) -> str | None:
        """ '"Minister X said to me, 'Let us …,' and …," Y said': the person a speech
        verb before the inner quotation, inside the outer one, gives the inner words to
        (its subject, named in the outer speaker's words)."""
        at = token_at_char(self.doc, q_start - 1) or token_at_char(self.doc, q_start)
        if at is None:
            return None
        sent = at.sent
        verb = next((t for t in reversed(self.doc[sent.start:at.i])
                     if self.is_speech_verb(t)), None)
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")),
                       None) if verb is not None else None
        if subject is None or subject.text in _PRONOUNS:
            return None  # "he told me": whom "he" stands for, inside a quotation, is unsure
        return self.person_in_phrase(subject)

    def governing(self, q_start: int, q_end: int):
        """The speech verb the quotation hangs on ("X said that “…”", "described ties as
        “…”", "“…”, the statement said"), within its sentence, or None."""
        inside = self.doc.char_span(q_start, q_end, alignment_mode="expand")
        if inside is None or not len(inside):
            return None
        root = next((t for t in inside if not (q_start <= t.head.idx < q_end)
                     or t.head.i == t.i), None)
        if root is not None and root.head.i != root.i:
            for token in [root.head, *root.head.ancestors]:
                if q_start <= token.idx < q_end:
                    continue
                if self.is_speech_verb(token):
                    return token
                # "“…,” X was quoted as saying": the speech verb after "as".
                if (said := self._said_as(token)) is not None:
                    return said
        # "The statement quoted X as telling Y: “…”", however the parse hangs the words:
        # the speech verb after "as" of a verb of quoting before them in the sentence
        sent = inside[0].sent
        return next((said for token in reversed(sent[:inside[0].i - sent.start])
                     if token.lemma_.lower() == "quote" and token.pos_ == "VERB"
                     and (said := self._said_as(token)) is not None), None)

    def _said_as(self, token):
        """The speech verb after the "as" of ``token`` ("quoted X as saying"), or None."""
        return next((p for prep in token.children if prep.dep_ == "prep"
                     and prep.lower_ == "as" for p in prep.children
                     if p.dep_ == "pcomp" and self.is_speech_verb(p)), None)

    def speaker(self, q_start: int, q_end: int) -> str | None:
        """The speaker of the quoted words between ``q_start`` and ``q_end``."""
        if (told := self._told_before_the_colon(q_start)) is not None:
            return told
        verb = self.governing(q_start, q_end)
        if verb is not None:
            told = self.teller(verb, q_start, q_end)
            if told is _NOBODY:
                return None
            if told:
                return told
        return self._attribute(q_start, q_end)

    def _another_teller(self, sent, q_start: int, q_end: int, source: str) -> bool:
        """A speech verb of ``sent`` outside the quote has a person other than ``source``
        for its subject."""
        return any(self.is_speech_verb(token) and not q_start <= token.idx < q_end
                   and any(child.dep_ in ("nsubj", "nsubjpass")
                           and (person := self.person_at(child.i)) and person != source
                           for child in token.children)
                   for token in sent)

    def _attribute(self, q_start: int, q_end: int) -> str | None:
        """The subject of a speech verb outside the quote, in the sentences it touches."""
        doc = self.doc
        candidates = []
        end_token = doc.char_span(q_end, q_end + 1, alignment_mode="expand")
        start_token = doc.char_span(q_start, q_start + 1, alignment_mode="expand")
        for piece in (end_token, start_token):
            if piece is not None and piece.sent not in candidates:
                candidates.append(piece.sent)
        if end_token is not None and doc_text(doc)[q_start:q_end].rstrip()[-1:] in ("?", "!") \
                and end_token.sent.end < len(doc):
            # '"Why not?" she asked.': the question mark ended the parser's sentence, the
            # telling comes in the next one.
            following = doc[end_token.sent.end].sent
            if following not in candidates and following.start - end_token.end <= 1:
                candidates.append(following)
        previous = None
        for sent in candidates:
            for token in sent:
                if q_start <= token.idx < q_end:
                    continue
                # "..., according to Ruto": the person named after the phrase.
                if token.lower_ == "according" and token.i + 1 < len(doc) \
                        and doc[token.i + 1].lower_ == "to":
                    for i in range(token.i + 2, min(token.i + 8, sent.end)):
                        if person := self.person_at(i):
                            # (but "According to NAME, the premier stressed that …":
                            # the words are the subject's, NAME only reports them)
                            if not self._another_teller(sent, q_start, q_end, person):
                                return person
                            break
                # "According to her words, "…"", "In his words, …": the one "her" or "his"
                # stands for, as for a pronoun subject of a speech verb.
                if token.lower_ in _WORDS_OWNERS and token.i + 1 < sent.end \
                        and doc[token.i + 1].lower_ == "words" and token.i > sent.start \
                        and doc[token.i - 1].lower_ in ("to", "in") \
                        and (person := self.pronoun_person(token, self.previous_subject(sent))):
                    return person
                if not self.is_speech_verb(token):
                    continue
                clause = self.clause(token)
                if clause is not None and (clause.negated or clause.quoted):
                    continue
                if token.idx >= q_end and not any(
                        child.dep_ in ("nsubj", "nsubjpass") and child.i < token.i
                        for child in token.children) \
                        and (after := _named_after(doc, self.linked, token)
                             or _named_between(self.linked, q_end, token)):
                    return after  # "“…”, added Weber." / "“…”, said Ruto"
                for child in token.children:
                    if child.dep_ in ("nsubj", "nsubjpass"):
                        person = self.person_at(child.i)
                        if person:
                            return person
                        if child.text in _PRONOUNS:
                            previous = self.pronoun_person(child, self.previous_subject(sent))
                            if previous:
                                return previous
                if token.dep_ in ("advcl", "xcomp", "conj"):
                    person = self.subject_by_sentence.get(sent.start)
                    if person and person is not _NOBODY:
                        return person
        return previous or self._opened_by_a_colon(q_start)

    def signed_after(self, by) -> str | None:
        """The person whose name signs a quote after a dash (``by``, a match of
        ``_DASHED_BY``), past a style before it ("- The Honourable NAME, Minister of …"),
        on the dash's line."""
        piece = self.doc.char_span(by.end(), by.end() + 1, alignment_mode="expand")
        if piece is None or not len(piece):
            return None
        for i in range(piece.start, min(piece.start + _SIGNATURE_REACH, len(self.doc))):
            if self.doc[i].text == "," or "\n" in self.doc[i].text:
                break
            if person := self.person_at(i):
                return person
        return None

    def _told_before_the_colon(self, q_start: int) -> str | None:
        """ 'X wrote that Y had told Z: "…"': the named subject of the speech verb that the
        colon before the quotation closes, rather than of a verb above it."""
        colon = self._colon_before(q_start)
        if colon is None:
            return None
        verb = next((t for t in reversed(self.doc[max(colon.sent.start,
                                                      colon.i - _COLON_REACH):colon.i])
                     if self.is_speech_verb(t)), None)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) \
            if verb is not None else None
        if subject is None or subject.text in _PRONOUNS:
            return None
        return self.person_in_phrase(subject)

    def _opened_by_a_colon(self, q_start: int) -> str | None:
        """ 'NAME kept it practical: "…"': the one person subject of the clause that a
        colon right before the quote closes, whatever its verb (not one asked, nor a
        passive's)."""
        colon = self._colon_before(q_start)
        if colon is None:
            return None
        verb = colon.sent.root
        if verb.i > colon.i:
            # 'X was more expansive: ‘Y told me, “…,” and …’': the parser took a verb of
            # the quotation for the root; the clause the colon closes is the one before it
            verb = next((t for t in reversed(self.doc[colon.sent.start:colon.i])
                         if t.pos_ in ("VERB", "AUX") and any(
                             c.dep_ in ("nsubj", "nsubjpass") for c in t.children)), verb)
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if verb.lemma_.lower() == "ask" or len(subjects) != 1 \
                or subjects[0].dep_ == "nsubjpass" or subjects[0].i > colon.i:
            return None
        return self.person_at(subjects[0].i)

    def _colon_before(self, q_start: int):
        """The colon right before a quotation's opening mark ('X said: "…"'), or None."""
        before = doc_text(self.doc)[:q_start].rstrip().rstrip(_ALL_MARKS).rstrip()
        if not before.endswith(":"):
            return None
        return token_at_char(self.doc, len(before) - 1)

    def last_teller(self, start: int, end: int) -> str | None:
        """The person who speaks last in a stretch of narration ("…, Vidal said")."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return None
        speaker = None
        for token in doc_tokens(self.doc)[span.start:span.end]:
            said = self.is_speech_verb(token) or _says_something(token)
            teller = token
            if said and token.dep_ == "relcl" and _says_something(token) \
                    and token.head.dep_ in ("dobj", "pobj"):
                # "X began the briefing that came next with a message": the message X
                # began it with, however the parser hung it
                teller = token.head.head
            if said:
                for child in teller.children:
                    if child.dep_ in ("nsubj", "nsubjpass") and (
                            person := self.person_at(child.i)):
                        speaker = person
        return speaker

    def described(self, subject) -> str | None:
        """The person a definite description names: "the Ethiopian premier", "the
        visiting president", "the Chilean official": the holder of that office (of that
        state; for a visitor, not of the dateline's state) last named before it."""
        if self.ctx is None:
            return None
        phrase = sorted(self._noun_phrase(subject), key=lambda t: t.i)
        if not phrase or phrase[0].lower_ != "the" or phrase[-1].i != subject.i:
            return None
        world = self.ctx.world
        words = phrase[1:]

        def state_of(token):
            info = world.state_by_demonym(token.text) or world.state_by_name(token.text)
            return info.iso2 if info else None

        guest = any(t.lower_ in _GUEST_WORDS for t in words)
        state = next((iso for t in words if (iso := state_of(t))), None)
        named = [t for t in words if t.lower_ not in _GUEST_WORDS and not state_of(t)]
        role = bare = None
        for k in range(len(named)):
            info = world.title(" ".join(t.text for t in named[k:]))
            if info is not None:
                role = info.role
                # "the minister", "the secretary": a minister's title alone, which any
                # minister's office answers ("the secretary" of a Secretary of State)
                bare = role.lower() if len(named) - k == 1 and info.kind == "minister" \
                    else None
                break
        if role is None and subject.lemma_.lower() not in _SPEAKER_NOUNS:
            return None
        host = self.ctx.dateline.state if guest and self.ctx.dateline else None
        if guest and host is None:
            return None

        def fits(key: str) -> bool:
            person = self.linked.persons.get(key)
            if person is None or key == self.linked.author:
                return False
            return any((role is None or position.role == role or bare is not None and (
                            answers_office(world, position.role, role)
                            or bare in position.role.lower().split()))
                       and (state is None or position.state == state)
                       and (not guest or (position.state and position.state != host))
                       for position in person.positions)

        before = [ref for ref in self.linked.refs if ref.end <= subject.i
                  and len(ref.persons) == 1 and fits(ref.persons[0])]
        if before:
            return before[-1].persons[0]
        fitting = [key for key in self.linked.persons if fits(key)]
        return fitting[0] if len(fitting) == 1 else None


def _name_words(token) -> list:
    """The token and the words that name it with it (a title's name, an apposition), not
    those of phrases hanging on it ("a spokesperson for NAME's office") or joined to it."""
    found = [token]
    for child in token.children:
        if child.dep_ in ("compound", "appos", "flat", "amod", "nmod"):
            found.extend(_name_words(child))
    return found


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


def _sentence_before(doc, char: int) -> int:
    """Where the sentence before the one at ``char`` starts (``char`` itself if none)."""
    at = token_at_char(doc, char)
    if at is None or at.sent.start == 0:
        return char
    return doc[at.sent.start - 1].sent.start_char


def _stands_alone(doc, body: str, q_start: int, q_end: int) -> bool:
    """Whether nothing but the quotation (and punctuation) fills its sentences."""
    first = token_at_char(doc, q_start)
    last = token_at_char(doc, q_end - 1) if q_end > q_start else None
    if first is None or last is None:
        return False
    before = body[first.sent.start_char:q_start]
    after = body[q_end:last.sent.end_char]
    return not re.search(r"\w", before) and not re.search(r"\w", after)


def _named_between(linked: Linked, q_end: int, verb) -> str | None:
    """ "“…,” PM NAME posted on X": the one person named between the closing mark and
    the speech verb, however the parser hung the name (not as the verb's subject)."""
    between = {p for t in verb.sent if q_end <= t.idx < verb.idx
               if (p := _person_at(linked, t.i))}
    return between.pop() if len(between) == 1 else None


def _named_after(doc, linked: Linked, verb) -> str | None:
    """The person named right after a speech verb that follows the quote: the inverted
    "“…”, said NAME" and "“…”, pointed out NAME" (a particle may stand between)."""
    i = verb.i + 1
    while i < len(doc) and doc[i].dep_ == "prt":
        i += 1
    if i >= len(doc):
        return None
    # "…," declared the Head of Government: the description after its article
    return _person_at(linked, i) or (
        _person_at(linked, i + 1) if doc[i].dep_ in ("det", "poss")
        and i + 1 < len(doc) else None)


def _within_according_to(token) -> bool:
    """The token stands in a sentence's opening "According to …," phrase, before its
    comma."""
    sent = token.sent
    if len(sent) < 3 or sent[0].lower_ != "according" or sent[1].lower_ != "to":
        return False
    comma = opening_phrase_end(sent)
    return comma is not None and token.i < comma
