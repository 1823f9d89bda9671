"""Which language an article is written in, and whether the spaCy model reads it.

The extractor's rules, gazetteers and its default model are English, so an
article in another language would yield nonsense (or nothing) while looking
processed.  :func:`check_language` detects the language offline with
py3langid (langid.py's model, 97 languages, no download) and refuses an
article that is confidently in a language other than the model's; a
multi-language model (spaCy's ``xx``) reads every language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import islice

from .errors import InputError

#: Texts with fewer letters than this are too short to tell; they are never refused.
MIN_LETTERS = 40
#: An article is refused only when the detector is at least this sure of another language.
MIN_CONFIDENCE = 0.9
#: spaCy's code for multi-language models.
MULTI_LANGUAGE = "xx"


@dataclass(frozen=True)
class Language:
    """A detected language: ISO 639-1 ``code`` ("de"), English ``name`` ("German") and the
    detector's ``confidence`` (0 to 1)."""

    code: str
    name: str
    confidence: float


@cache
def _identifier():
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)


def language_name(code: str) -> str:
    """English name of an ISO 639-1 code ("de" → "German"); the code itself when unknown."""
    import pycountry

    found = pycountry.languages.get(alpha_2=code)
    # "Swahili (macrolanguage)", "Modern Greek (1453-)": the qualifier says nothing to a reader.
    return re.sub(r"\s*\(.*\)$", "", found.name) if found else code


def detect_language(text: str) -> Language | None:
    """The language ``text`` is written in, or None when it is too short to tell."""
    # The first 20,000 characters decide: the detector is linear, an article's
    # language does not change half-way, and a huge file should not cost more.
    text = text[:20000]
    # Letters are counted only up to the few needed: counting a whole article's cost
    # a third of the check.
    letters = (ch for ch in text if ch.isalpha())
    if next(islice(letters, MIN_LETTERS - 1, None), None) is None:
        return None
    code, confidence = _identifier().classify(text)
    return Language(code, language_name(code), float(confidence))


def check_language(text: str, source: str, accepted: str = "en") -> Language | None:
    """Raise :class:`InputError` when ``text`` is confidently not in language ``accepted``.

    ``accepted`` is the spaCy model's language (``nlp.lang``); "xx" accepts
    every language.  Returns what was detected (None for short texts).  The
    message names the language and how to read it anyway.
    """
    found = detect_language(text)
    if (found is None or accepted == MULTI_LANGUAGE or found.code == accepted
            or found.confidence < MIN_CONFIDENCE):
        return found
    model = language_name(accepted)
    raise InputError(f"{source}: written in {found.name} ({found.code}), not {model}; "
                     f"set DIPLOGRAPH_SPACY_MODEL to a {found.name} spaCy model to read it")
