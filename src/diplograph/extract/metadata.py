"""Byline, publisher and dateline: the article's own metadata.

Wire copy opens with a dateline ("BAKU, Azerbaijan, Apr. 14", "ANKARA (AA) –",
"MOSCOW, April 14 (Reuters) -") and often a byline ("By Jane Doe").  The
byline names the journalist, who is an author and never a participant.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..world import World
from .dates import resolve_date
from .facts import ArticleMeta, OrgRef, PlaceRef
from .rules import marked, one_of, words

# Name words are separated by spaces only: a byline never runs into the next line.
_BYLINE = re.compile(
    r"^[ \t]*(?:(?:Written|Reported|Words)[ \t]+by|By|BY)[ \t]+"
    r"(?P<name>[A-Z][\w'’.-]+(?:[ \t]+(?:[A-Z][\w'’.-]+|"
    + one_of(marked("name_particles", "byline")) + r"))*"
    r"(?:[ \t]+and[ \t]+[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+)+)?)", re.MULTILINE)
_DATELINE = re.compile(
    r"^(?P<city>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ -]{1,40}?"
    # "Brasília, August 27 (…) –", "Bogotá": a capital with its accents
    r"|[A-Z][a-zà-öø-ÿ]+(?:(?:-[a-z]{1,3})*-[A-Z][a-zà-öø-ÿ]+| [A-Z][a-zà-öø-ÿ]+)?)"
    # "SEOUL/BEIJING, March 19", "KESSA and TOLO CITY, April 10": a story filed from two
    # cities is dated from the first, the outlet's own.
    r"(?:(?:/|[ \t]+and[ \t]+)(?P<second_city>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ -]{1,30}?|[A-Z][a-zà-öø-ÿ]+"
    r"(?: [A-Z][a-zà-öø-ÿ]+)?)(?=,))?"
    # "Aachen (Germany), Jan. 22 (AGENCY):", "New Delhi [India], …": the state in brackets.
    r"(?:\s*[(\[](?P<bracketed>[A-Z][A-Za-z. ]{2,30})[)\]](?=,))?"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)*))?"
    # "Lusaka, Thursday 17th July, 2025": a weekday may open the date; a dash set apart
    # may stand for the comma before it ("Nairobi, Kenya - April 1, 2025").
    r"(?:(?:,\s*|[ \t]+[-–—][ \t]+)(?:[A-Z][a-z]{2,5}day,?\s+)?"
    # "Riyadh, Sha'ban 02, 1447, January 21, 2026, SPA --", "Riyadh, 2 Sha'ban 1447 AH,
    # corresponding to 21 January 2026, SPA --": the Hijri date first.
    r"(?:(?:[A-Z][a-z'’]+(?:[ -][A-Z][a-z'’-]+)?\s+\d{1,2},\s*1[34]\d\d"
    r"|\d{1,2}\s+[A-Z][a-z'’]+(?:[ -][A-Za-z][a-z'’-]+)?\s+1[34]\d\d)(?:\s*AH)?,\s*"
    r"(?:corresponding to\s+)?)?"
    r"(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z][a-z]+\.?(?:,?\s*\d{4})?))?"
    # "MOSCOW, March 5. /TASS/.", "MINSK, 5 March /BelTA/ -": the agency between slashes.
    r"(?:\.?\s*/(?P<slash_agency>[A-Za-z][A-Za-z -]{1,20})/(?=\.?\s))?"
    r"\s*,?\s*(?:\((?P<agency>[^)]{1,80})\)|,\s*(?P<bare_agency>[A-Z][A-Za-z]{1,15})"
    # "ASTANA. KAZINFORM –": the agency after a full stop, before the dash
    r"|\.[ \t]+(?P<dot_agency>[A-Z][A-Za-z]+(?:[ \t]+[A-Z][A-Za-z]+){0,3})(?=[ \t]*[–—-]))?"
    # The dash that ends a dateline is set apart or doubled: "PORT-AU-PRINCE" is one name.
    # "New Delhi, Jun 1 (PTI) India and …": an agency's brackets may close it alone.
    r"(?:\s*\.?\s*(?:[–—:]+|-{2,}|-(?=\s)|(?<=[\s.)])-)\s*|(?<=/)\.?\s+|\s*\.?\s*$"
    r"|(?<=\))[ \t]+(?=[A-Z]))",
    re.MULTILINE)
# "(Xinhua) -- …": an agency alone, no city.
_AGENCY_DATELINE = re.compile(r"^\((?P<agency>[A-Z][A-Za-z .-]{1,40})\)\s*(?:[-–—:]+)\s*")
# A byline without "By": "Jane Doe | Anadolu Agency", "Jane Doe, Correspondent".
_SIGNED = re.compile(r"^[ \t]*(?P<name>[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3})"
                     r"[ \t]*(?:\||,|–|—)[ \t]*(?P<rest>[^\n,|]{2,60}?)[ \t]*$", re.MULTILINE)
# Kinds of organisation that publish news (a byline or dateline naming one is the publisher).
_PUBLISHER_KINDS = frozenset({"news_agency", "outlet"})
# Header lines such as "KYODO NEWS - Jun 29, 2019 - 09:40 | World" split into these parts.
_HEADER_PARTS = re.compile(r"\s+[-–—|]\s+|\s*\|\s*")


def extract_metadata(body: str, header: str, published: dt.date | None,
                     world: World, raw: str | None = None) -> ArticleMeta:
    """Find byline, publisher and dateline in the header line and the first lines.

    ``raw`` is the body before its furniture was blanked: a release's dateline written
    date first ("March 17, 2025 - Paris, France") looks like a page date there."""
    meta = ArticleMeta()
    # A byline opens the story; "By Monday, ..." further down is narration.
    lead = body[:_lead_length(body)]
    for text in ((header, lead) if header.strip() not in lead else (lead,)):
        if match := _BYLINE.search(text):
            name = match["name"].split(" and ")[0].strip(" .,")
            # "By Reuters" names an outlet, not a journalist.
            org = world.org_by_name(name)
            if org:
                meta.publisher = meta.publisher or OrgRef(org.name, org.kind, org.iso2,
                                                          org.wikidata)
            elif len(name.split()) >= 2 and not _is_desk(name):
                meta.author = name.title() if name.isupper() else name
            if text is not header and match.start() < 5:
                meta.story_start = match.end()
            break
        if signed := _signed(text, world):
            meta.author, org = signed
            if org and org.kind in _PUBLISHER_KINDS:
                meta.publisher = meta.publisher or OrgRef(org.name, org.kind, org.iso2,
                                                          org.wikidata)
            break
    if meta.author is None:
        _byline_below_the_lead(body, meta, world)
    _dateline(body, meta, published, world)
    if meta.dateline is None and raw is not None:
        _date_first_dateline(raw, meta, published, world)
    if meta.publisher is None:
        meta.publisher = _publisher_in_header(header, world)
    if meta.publisher is None:
        meta.publisher = _masthead(body, world)
    return meta


#: How many of the page's first lines may carry its masthead.
_MASTHEAD_LINES = 3


def _masthead(body: str, world: World) -> OrgRef | None:
    """A page whose first lines name a government body alone ("U.S. DEPARTMENT of STATE",
    "Ministry of Foreign Affairs of Japan") is that body's own page: its publisher."""
    lines = [line for line in body.split("\n") if line.strip()][:_MASTHEAD_LINES]
    for line in lines:
        org = world.org_by_name(line.strip(" .,:|"))
        if org and (org.kind == "government" or org.kind in _PUBLISHER_KINDS):
            return OrgRef(org.name, org.kind, org.iso2, org.wikidata)
        state = _government_of(line, world)
        if state is not None:
            return OrgRef(line.strip(" .,:|"), "government", state)
    # "THE ISLANDS HERALD | Suva, Fiji | Tuesday, 18 November 2025": a masthead giving the
    # paper's city and state as one of its items.
    for line in lines:
        items = [item.strip() for item in line.split("|")]
        for item in items[1:] if len(items) > 2 else []:
            city, _, state_name = item.partition(",")
            state = world.state_by_name(state_name.strip()) if state_name else None
            info = world.place_by_name(city.strip()) if state is not None else None
            if info is not None and info.iso2 == state.iso2:
                name = items[0].title() if items[0].isupper() else items[0]
                return OrgRef(name, "outlet", state.iso2)
    # "THE DHAKA EVENING POST": a paper named after its city, of that city's state.
    first = lines[0].strip() if lines else ""
    found = re.findall(r"[^\W\d_]+", first)
    if 1 < len(found) <= 6 and any(w.lower() in words("outlet_words") for w in found):
        place = _longest_named(found, 3, lambda name: (
            info if (info := world.place_by_name(name)) and info.kind == "city" else None))
        if place is not None:  # "New York" before "York"
            return OrgRef(first.title() if first.isupper() else first, "outlet", place.iso2)
    return None


def _government_of(line: str, world: World) -> str | None:
    """The state of a masthead naming a government body and a state alone ("STATE HOUSE
    ZAMBIA"): no sentence, few words."""
    found = re.findall(r"[^\W\d_]+(?:['’]s)?", line)
    if not 1 < len(found) <= 8:
        return None
    folded = " ".join(found).lower().replace("’", "'")
    if not any(re.search(rf"\b{re.escape(phrase)}\b", folded)
               for phrase in words("government_page_words")):
        return None
    state = _longest_named(found, 4, world.state_by_name)  # "South Africa" before "Africa"
    return state.iso2 if state is not None else None


def _longest_named(found: list[str], most: int, lookup):
    """The first thing ``lookup`` knows by a run of the words ``found``, longest runs
    first (at most ``most`` words)."""
    for length in range(most, 0, -1):
        for k in range(len(found) - length + 1):
            if (known := lookup(" ".join(found[k:k + length]))) is not None:
                return known
    return None


#: A bar or a bullet after a byline, then the page's stamps ("| Published: …").
_STAMPS_AFTER = re.compile(r"[ \t]*[|•·][ \t]*\S")


def _byline_below_the_lead(body: str, meta: ArticleMeta, world: World) -> None:
    """A byline under a headline and a standfirst: one of the top lines that is a byline
    and nothing else ("By Jane Doe and John Smith"); a sentence opening with "By …" is
    narration, so the whole line must be the byline."""
    for line in [line for line in body.split("\n") if line.strip()][2:DATELINE_LINES]:
        match = _BYLINE.match(line)
        # "By Jane Doe | Published: June 9, 2025": the page's own stamps may follow a bar
        if not match or line[match.end():].strip(" .,") and not _STAMPS_AFTER.match(
                line, match.end()):
            continue
        name = match["name"].split(" and ")[0].strip(" .,")
        if len(name.split()) >= 2 and not _is_desk(name) and not world.org_by_name(name):
            meta.author = name.title() if name.isupper() else name
        return


def _signed(text: str, world: World):
    """(author, outlet or None) of a byline written without "By": a name, then a bar or a
    comma, then an outlet the world data knows or a desk word ("Correspondent")."""
    for match in _SIGNED.finditer(text):
        name, rest = match["name"], match["rest"].strip(" .")
        org = world.org_by_name(rest)
        if not (org or _is_desk(rest)) or _is_desk(name) or world.org_by_name(name) \
                or world.state_by_name(name) or world.locality(name) \
                or any(world.title(word) for word in name.split()):
            continue  # "President Ruto | Reuters" is a headline, not a byline
        return (name.title() if name.isupper() else name), org
    return None


def _is_desk(name: str) -> bool:
    """"Our Reporter", "Staff Correspondent", "Web Desk": a newsroom desk, not a person."""
    return any(word.lower().strip(".,") in words("byline_desks") for word in name.split())


def _publisher_in_header(header: str, world: World) -> OrgRef | None:
    """An outlet named as one part of the header line ("KYODO NEWS - Jun 29, 2019 - ...")."""
    for part in _HEADER_PARTS.split(header):
        org = world.org_by_name(part.strip(" .,:"))
        if org and org.kind in _PUBLISHER_KINDS:
            return OrgRef(org.name, org.kind, org.iso2, org.wikidata)
    return None


def _lead_length(body: str) -> int:
    """Length of the first two non-empty lines, where a byline can stand."""
    seen, offset = 0, 0
    for line in body.split("\n"):
        offset += len(line) + 1
        if line.strip():
            seen += 1
            if seen == 2:
                break
    return min(offset, 400)


#: How many non-empty lines at the top of a story are searched for its dateline (a
#: headline, a standfirst and a caption may stand above it; a portal's masthead, motto and
#: language switch too); the byline below the lead is looked for in the same lines, and a
#: date-first dateline three lines further.
DATELINE_LINES = 7


def _dateline(body: str, meta: ArticleMeta, published: dt.date | None,
              world: World) -> None:
    """The dateline: the first of the story's top lines that opens with a place ("BAKU,
    Azerbaijan, Apr. 14 -", "Pyongyang, June 21 (KCNA) --", "SINGAPORE -")."""
    offset = meta.story_start
    seen = 0
    for line in body[offset:].split("\n"):
        if not line.strip():
            offset += len(line) + 1
            continue
        seen += 1
        if seen > DATELINE_LINES:
            return
        start = meta.story_start
        if _read_dateline(line, offset, meta, published, world):
            if seen > 1:
                # Lines above a dateline (a headline, a standfirst) stay in the story.
                meta.story_start = start
            return
        offset += len(line) + 1


def _read_dateline(line: str, offset: int, meta: ArticleMeta, published: dt.date | None,
                   world: World) -> bool:
    # Blanked markup ("**Nairobi** —") or a blanked caption before it leaves spaces.
    indent = len(line) - len(line.lstrip())
    line, offset = line[indent:], offset + indent
    match = _DATELINE.match(line)
    if match and not match["date"] and re.search(r"\)[ \t]+$", match.group()):
        match = None  # an agency's brackets close a dateline alone only after its date
    if not match:
        return _read_agency_dateline(line, offset, meta, world)
    city = match["city"].strip(" .-").title()
    place = world.locality(city)
    state = world.state_by_name(match["region"]) if match["region"] else None
    if state is None and match["bracketed"]:
        state = world.state_by_name(match["bracketed"])
    if place is not None and state is not None and place.iso2 != state.iso2:
        place = None  # "QUEENSTOWN, New Zealand": not the town of that name elsewhere
    # "RIYADH, April 21, 2023, SPA --": an agency written without brackets, which the
    # region group takes when no date stands between.
    agency = match["agency"] or match["bare_agency"] or match["slash_agency"] \
        or match["dot_agency"]
    region_org = world.org_by_name(match["region"]) if match["region"] else None
    if agency is None and region_org and region_org.kind in _PUBLISHER_KINDS:
        agency, state = match["region"], None
    city_state = world.state_by_name(city)
    if city_state is not None and (city_state.capital or "").lower() in (
            city.lower(), f"{city.lower()} city", f"city of {city.lower()}"):
        # "SINGAPORE -": a city-state names its city; "KUWAIT, Feb 17 (KUNA) --": a state
        # named as a dateline whose capital bears its name names that capital.
        place = place or world.place_by_name(city_state.capital)
        if place is None:
            meta.dateline = PlaceRef(city_state.capital, city_state.iso2)
    if place is None and state is None and not agency and meta.dateline is None:
        return False
    # A state name as dateline ("AZERBAIJAN, ...") is not a city; keep only places.
    if place is not None:
        meta.dateline = PlaceRef(place.name, place.iso2, place.wikidata)
    elif city_state is None:
        meta.dateline = PlaceRef(city, state.iso2 if state else None)
    if match["second_city"] and (second := world.locality(
            match["second_city"].strip(" .-").title())) is not None:
        meta.second_dateline = PlaceRef(second.name, second.iso2, second.wikidata)
    if match["date"]:
        meta.dateline_date = resolve_date(match["date"], published)
    if agency:
        org = world.org_by_name(agency.strip())
        if org and meta.publisher is None and org.kind in _PUBLISHER_KINDS:
            meta.publisher = OrgRef(org.name, org.kind, org.iso2, org.wikidata)
    meta.story_start = offset + match.end()
    meta.dateline_span = (offset + match.start(), offset + match.end())
    return True


@dataclass(frozen=True)
class ItemDateline:
    """A dateline opening a line of the story past its own (a digest's item: "PHNOM PENH —
    …", "NAIROBI, Jan. 20 - …"): character offsets, its place, its day (None when it
    states none or one after the publication), and whether text follows it on its line."""

    start: int
    end: int
    place: PlaceRef
    day: dt.date | None
    opens_text: bool


def item_datelines(text: str, start: int, published: dt.date | None, world: World
                   ) -> list[ItemDateline]:
    """The datelines that open lines of the story after ``start`` with a place the world
    data knows, in order: each digest item's own, filed on its own day or from its own
    city."""
    found = []
    offset = 0
    for line in text.split("\n"):
        line_start, offset = offset, offset + len(line) + 1
        if line_start < start:
            continue
        indent = len(line) - len(line.lstrip())
        match = _DATELINE.match(line[indent:])
        if match is None \
                or (place := world.locality(match["city"].strip(" .-").title())) is None:
            continue
        day = resolve_date(match["date"], published) if match["date"] else None
        if day is not None and published is not None and day > published:
            day = None
        at = line_start + indent
        found.append(ItemDateline(at, at + match.end(),
                                  PlaceRef(place.name, place.iso2, place.wikidata), day,
                                  match.end() < len(line) - indent))
    return found


#: "March 17, 2025 - Paris, France", "17 March 2025 – Ottawa, Ontario": a release's
#: dateline, its date first.
_DATE_FIRST = re.compile(
    r"^\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4})"
    r"\s+[-–—]\s+(?P<city>[A-Z][\w.'’ -]{1,40}?)(?:,\s*(?P<region>[A-Z][\w .'’-]{1,40}))?\s*$")


def _date_first_dateline(raw: str, meta: ArticleMeta, published: dt.date | None,
                         world: World) -> None:
    """A dateline written date first on a line of its own among the top lines."""
    seen = 0
    for line in raw.split("\n"):
        if not line.strip():
            continue
        seen += 1
        if seen > DATELINE_LINES + 3:
            return
        match = _DATE_FIRST.match(line)
        place = world.locality(match["city"].strip()) if match else None
        if place is None:
            continue
        meta.dateline = PlaceRef(place.name, place.iso2, place.wikidata)
        meta.dateline_date = resolve_date(match["date"], published)
        return


def _read_agency_dateline(line: str, offset: int, meta: ArticleMeta, world: World) -> bool:
    """"(Xinhua) -- …": a dateline naming only its agency gives the publisher."""
    match = _AGENCY_DATELINE.match(line)
    org = world.org_by_name(match["agency"].strip()) if match else None
    if org is None or org.kind not in _PUBLISHER_KINDS:
        return False
    meta.publisher = meta.publisher or OrgRef(org.name, org.kind, org.iso2, org.wikidata)
    meta.story_start = offset + match.end()
    meta.dateline_span = (offset + match.start(), offset + match.end())
    return True
