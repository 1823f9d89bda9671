"""Where every instance IRI is minted.

IRIs are deterministic: the same person, state, place, meeting or article
always gets the same IRI, whichever article or run produced it.  Names are
normalised into readable slugs; events are named by their key facts (date,
participants, phase) hashed into a short suffix.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re

from rdflib import URIRef

from ..namespaces import DGR
from ..world import ascii_fold


def slug(text: str) -> str:
    """Lowercase ASCII words joined by hyphens ("Tête-à-tête Talks" → "tete-a-tete-talks")."""
    folded = ascii_fold(text)
    result = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    if result:
        return result[:80]
    # Names in scripts that fold to nothing still need a stable, valid IRI.
    return "x" + _digest(text)[:12]


def _digest(*parts: object) -> str:
    text = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _day(day: dt.date | None) -> str:
    return day.isoformat() if day else "undated"


def article_iri(sha256: str) -> URIRef:
    """The article (and its named graph), from the SHA-256 of its text."""
    return DGR[f"article/{sha256[:32]}"]


def person_iri(key: str) -> URIRef:
    """A person, from the normalised full name."""
    return DGR[f"person/{slug(key)}"]


def state_iri(iso2: str) -> URIRef:
    """A state, from its ISO 3166-1 alpha-2 code."""
    return DGR[f"state/{iso2.upper()}"]


def place_iri(name: str) -> URIRef:
    """A city, region or venue, from its canonical name."""
    return DGR[f"place/{slug(name)}"]


def organization_iri(name: str) -> URIRef:
    """An organisation, from its canonical name."""
    return DGR[f"organization/{slug(name)}"]


def position_iri(role: str, iso2: str | None) -> URIRef:
    """An office such as President of a state, from role and state code."""
    suffix = f"/{iso2.upper()}" if iso2 else ""
    return DGR[f"position/{slug(role)}{suffix}"]


def topic_iri(label: str) -> URIRef:
    """A subject or field of cooperation, from its label."""
    return DGR[f"topic/{slug(label)}"]


def meeting_iri(day: dt.date | None, participants: frozenset[str], phase: str, status: str,
                scope: str = "") -> URIRef:
    """A meeting, from its date, participants' keys, phase and status.

    ``scope`` (the article key) is given for undated meetings, which cannot be
    told apart across articles.
    """
    return DGR[f"meeting/{_day(day)}-{_digest(sorted(participants), phase, status, scope)[:12]}"]


def visit_iri(guest: str, host: str, anchor: dt.date | None, status: str,
              scope: str = "") -> URIRef:
    """A visit, from guest, host state and a day within it."""
    return DGR[f"visit/{_day(anchor)}-{_digest(guest, host.upper(), status, scope)[:12]}"]


def agreement_iri(kind: str, parties: frozenset[str], topics: tuple[str, ...],
                  day: dt.date | None, status: str, scope: str = "",
                  bundle: bool = False) -> URIRef:
    """An agreement, from its kind, parties, topics, date and status; a bundle of documents
    signed together is not the one document of the same kind signed beside it."""
    parts = (kind, sorted(parties), sorted(topics), status, scope) + (("bundle",) if bundle
                                                                      else ())
    key = _digest(*parts)[:12]
    return DGR[f"agreement/{_day(day)}-{key}"]


def quote_iri(speaker: str, text: str) -> URIRef:
    """A quote, from its speaker and its words (whitespace and quote marks normalised)."""
    words = " ".join(re.sub(r"[\"“”'’]", "", text).lower().split())
    return DGR[f"quote/{_digest(speaker, words)[:16]}"]


def coding_iri(event: str, cameo: str, source: str, target: str) -> URIRef:
    """One event code of an event for a pair of actor states (ISO alpha-3), from the event's
    IRI, the CAMEO code and the two actors: the same coding whichever article states it."""
    return DGR[f"coding/{_digest(event, cameo, source.upper(), target.upper())[:16]}"]
