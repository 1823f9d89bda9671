"""Resolving date expressions against an anchor date.

News states dates relative to the day it was written ("Wednesday",
"yesterday", "the previous day").  :func:`resolve_date` turns one expression
into a calendar date, given the publication date (or, for "the previous day",
the date of the event the sentence is about).
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from .rules import alternation, count_of, entries, marked

WEEKDAYS = marked("calendar", "weekday")
#: The number of the day each weekday word names ("tues" as "tuesday"), Monday 0.
WEEKDAY_NUMBERS = {row["word"]: int(row["weekday"]) for row in entries("calendar")
                   if row["weekday"]}
MONTHS = {row["word"]: int(row["month"]) for row in entries("calendar") if row["month"]}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_ISO = re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")
#: "17.02.2026" (day first, as Europe and Central Asia write it) and "17/02/2026" or
#: "2/17/2026" (either order: read only when one number cannot be a month).
_NUMERIC_WORDS = r"\d{1,2}(?P<sep>[./])\d{1,2}(?P=sep)\d{4}"
_NUMERIC = re.compile(r"\b" + _NUMERIC_WORDS + r"\b")
_DAY_MONTH = re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH
                        + r"(?:,?\s+(?P<year>\d{4}))?\b", re.IGNORECASE)
_MONTH_DAY = re.compile(r"\b" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b"
                        r"(?:,?\s+(?P<year>\d{4}))?", re.IGNORECASE)
#: "11-12 March", "11 to 12 March": the first day of a range written before its month.
#: "12th", "3rd": a day's ordinal ending, if written.
_ORDINAL_SUFFIX = r"(?:st|nd|rd|th)?"
#: What joins the days of a range: "11-12", "11 to 12", "11 and 12".
_RANGE_JOIN = r"\s*(?:-|–|to|and)\s*"
_RANGE_START = re.compile(r"\b(?P<first>\d{1,2})" + _ORDINAL_SUFFIX + _RANGE_JOIN + "$")
_DAY_NOTE = re.compile(r"\s*\((\d{1,2})(?:st|nd|rd|th)?\)\s*$")
#: "on Monday", "since 3 May": the preposition is not part of the date.
_LEADING_PREPOSITION = re.compile(r"^" + alternation("date_prepositions") + r"\s+")
_FUTURE = re.compile(r"\b" + alternation("future_words") + r"\b")
_ORDINAL_DAY = re.compile(r"^(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)(?:\s*\(\w+\))?$")
_YEAR_SHIFT = re.compile(r"\b(last|next|this) year\b")
_YEAR_OFFSETS = {"last": -1, "next": 1, "this": 0}
_DAYS_AGO = re.compile(r"\b(?P<n>\w+) days? ago\b")
_RELATIVE_DAYS = {row["phrase"]: int(row["offset"]) for row in entries("relative_days")
                  if row["anchor"] == "publication"}
#: Expressions relative to the event a sentence speaks of, not to the publication date.
_RELATIVE_TO_EVENT = {row["phrase"]: int(row["offset"]) for row in entries("relative_days")
                      if row["anchor"] in ("event", "told")}
#: Expressions of the day the sentences before were telling ("That evening …").
_RELATIVE_TO_TOLD = re.compile(r"\b(?:" + "|".join(
    re.escape(row["phrase"]) for row in entries("relative_days") if row["anchor"] == "told")
    + r")\b", re.IGNORECASE)


#: The publication's phrases that hold an event's phrase ("the day before yesterday" holds
#: "the day before"): read as the whole, longest first.
_HOLDING_AN_EVENT_PHRASE = re.compile(r"\b(?:" + "|".join(
    re.escape(phrase) for phrase in sorted(_RELATIVE_DAYS, key=len, reverse=True)
    if any(inner in phrase for inner in _RELATIVE_TO_EVENT)) + r")\b")


def _event_words(expression: str) -> str:
    """The expression in lower case without the publication's phrases that hold an
    event's phrase."""
    return _HOLDING_AN_EVENT_PHRASE.sub(" ", " ".join(expression.lower().split()))


def relative_to_an_event(expression: str) -> bool:
    """The expression is a day counted from an event ("the following day", "that
    evening"), not from the publication."""
    text = _event_words(expression)
    return any(phrase in text for phrase in _RELATIVE_TO_EVENT)


def days_from_an_event(expression: str) -> int | None:
    """How many days the expression counts from an event ("the following day": 1, "later
    in the day": 0), or None if it counts from none."""
    text = _event_words(expression)
    return next((offset for phrase, offset in _RELATIVE_TO_EVENT.items() if phrase in text),
                None)


def relative_to_publication(expression: str) -> bool:
    """The expression counts its day from the day of writing ("yesterday", "this
    morning")."""
    text = " ".join(expression.lower().split())
    return any(re.search(r"\b" + re.escape(phrase) + r"\b", text)
               for phrase in _RELATIVE_DAYS)


def relative_to_told_day(expression: str) -> bool:
    """The expression is of the day the story was just telling ("that evening")."""
    return _RELATIVE_TO_TOLD.search(expression) is not None


_ANY_MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"


def _day_of_a_stay_words(determiners: str, full: str = "") -> str:
    """The words naming a day of a stay after one of ``determiners``; ``full`` may stand
    before "day" ("the first full day of …")."""
    return (r"\b(?:day\s+(?P<day_n>\w+)|(?P<nth>\w+)\s+" + full + r"day)\s+of\s+"
            + determiners + r"\s+(?:[\w-]+\s+){0,2}?" + alternation("visit_nouns") + r"\b")


#: "on the second day of his visit", "on day three of the trip": which day of a stay.
_DAY_OF_A_STAY_WORDS = _day_of_a_stay_words(alternation("determiners"))
_DAY_OF_A_STAY = re.compile(_DAY_OF_A_STAY_WORDS, re.IGNORECASE)
#: The same, of any visit ("on the third day of a four-day state visit", "the first full
#: day of a state visit").
_DAY_OF_ANY_STAY = re.compile(
    _day_of_a_stay_words(r"(?:an?|" + alternation("determiners") + ")", r"(?P<full>full\s+)?"),
    re.IGNORECASE)
#: A stay told as lasting several days: "a two-day visit", "on March 2-3", "2–3 March",
#: "on day two of the state visit", "the second day of her trip".
_SEVERAL_DAYS = re.compile(
    r"\b(?P<n>\w+)[ -]day\s+(?:[\w-]+\s+){0,2}?" + alternation("visit_nouns") + r"\b"
    r"|\b" + _ANY_MONTH + r"\s+\d{1,2}\s*[-–]\s*\d{1,2}\b"
    r"|\b\d{1,2}\s*[-–]\s*\d{1,2}\s+" + _ANY_MONTH + r"\b"
    r"|" + _DAY_OF_A_STAY_WORDS, re.IGNORECASE)
#: Ordinal words and their numbers ("third": 3), from ordinals.csv.
ORDINALS = {row["word"]: int(row["number"]) for row in entries("ordinals")}


def _day_number(match) -> int | None:
    word = match["day_n"] or match["nth"]
    return ORDINALS.get(word.lower()) or count_of(word)


def day_of_a_stay(text: str) -> int | None:
    """Which day of a visit ``text`` names ("on the first day of the visit": 1), or None."""
    match = _DAY_OF_A_STAY.search(text)
    return _day_number(match) if match is not None else None


def day_of_a_stay_at(text: str) -> tuple[int, int] | None:
    """Which day of any visit ``text`` names and where the words naming the visit end ("on
    the third day of a state visit| to Ghana": 3 and the offset of "|"), or None."""
    match = _DAY_OF_ANY_STAY.search(text)
    if match is None:
        return None
    number = _day_number(match)
    if number and match["full"]:
        number += 1  # "the first full day of the visit": the guest came the day before
    return (number, match.end()) if number else None


def spans_several_days(text: str) -> bool:
    """Whether the text tells of a stay lasting more than one day ("a three-day visit",
    "paid a state visit on March 2-3", "on day two of the visit")."""
    for match in _SEVERAL_DAYS.finditer(text):
        number = match["n"] or match["day_n"] or match["nth"]
        # "three-day", "day two", "the second day" (a range of days has no number word)
        if number is None or (count_of(number) or ORDINALS.get(number.lower()) or 0) >= 2:
            return True
    return False


def _weekday(anchor: dt.date, name: str, direction: str) -> dt.date:
    target = WEEKDAY_NUMBERS[name.lower()]
    if direction == "next":
        return anchor + dt.timedelta(days=(target - anchor.weekday() - 1) % 7 + 1)
    if direction == "last":
        return anchor - dt.timedelta(days=(anchor.weekday() - target - 1) % 7 + 1)
    # A bare weekday in a news report means the most recent such day, the
    # publication day included ("said Wednesday" in Wednesday's paper).
    return anchor - dt.timedelta(days=(anchor.weekday() - target) % 7)


#: Thai official pages date by the Buddhist Era, 543 years ahead of the Common Era
#: ("20 November 2568"); a year that far ahead of the publication is one of those.
_BUDDHIST_ERA = 543


def _year_for(month: int, day: int, anchor: dt.date | None, year: str | None) -> dt.date | None:
    if year:
        number = int(year)
        if anchor is not None and abs(number - _BUDDHIST_ERA - anchor.year) <= 5:
            number -= _BUDDHIST_ERA
        return _safe_date(number, month, day)
    if anchor is None:
        return None
    candidate = _safe_date(anchor.year, month, day)
    # "Dec. 30" in a January article is last year's.
    if candidate and (candidate - anchor).days > 180:
        candidate = _safe_date(anchor.year - 1, month, day)
    return candidate


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def in_year(day: dt.date, year: int) -> dt.date | None:
    """The same day of the month in another year ("4 April" of last year), or None for a
    29 February that year lacks."""
    return _safe_date(year, day.month, day.day)


def resolve_date(expression: str, anchor: dt.date | None,
                 event_anchor: dt.date | None = None) -> dt.date | None:
    """Resolve a date expression to a date, or None if it names no single day.

    ``anchor`` is the publication date; ``event_anchor`` is the date of the
    event the sentence reports, used by "the previous day"-style phrases
    (it defaults to ``anchor``).  A day beyond the calendar's ends ("tomorrow" of
    9999-12-31) is None.
    """
    try:
        return _resolve(expression, anchor, event_anchor)
    except OverflowError:
        return None


def _resolve(expression: str, anchor: dt.date | None,
             event_anchor: dt.date | None) -> dt.date | None:
    text = " ".join(expression.lower().replace("’", "'").split())
    if (note := _DAY_NOTE.search(text)) and not _DAY_MONTH.search(text) \
            and not _MONTH_DAY.search(text):
        # "yesterday (23)": the stated day of the month wins over the relative reckoning,
        # taken within a week of it.
        day = _resolve(text[:note.start()], anchor, event_anchor)
        wanted = int(note.group(1))
        if day is None:
            return None
        near = [day + dt.timedelta(days=shift) for shift in range(-7, 8)]
        return min((d for d in near if d.day == wanted), key=lambda d: abs((d - day).days),
                   default=day)
    spoken = text  # "on arrival": a phrase that opens with its preposition
    text = _LEADING_PREPOSITION.sub("", text)
    if match := _ISO.search(text):
        return _safe_date(int(match["y"]), int(match["m"]), int(match["d"]))
    if match := _NUMERIC.search(text):
        first, second, year = (int(n) for n in match.group(0).split(match["sep"]))
        return _numeric_date(first, second, year, match["sep"])
    for pattern in (_DAY_MONTH, _MONTH_DAY):
        if match := pattern.search(text):
            number = int(match["day"])
            if pattern is _DAY_MONTH and (first := _RANGE_START.search(text, 0, match.start())):
                number = int(first["first"])  # "11-12 March", "from 11 to 12 March": the 11th
            day = _year_for(MONTHS[match["month"].lower()], number, anchor, match["year"])
            shift = _YEAR_SHIFT.search(text)
            if day and anchor and shift and not match["year"]:
                # "December 20 last year": the year is the anchor's, shifted.
                day = _safe_date(anchor.year + _YEAR_OFFSETS[shift[1]], day.month, day.day)
            return day
    if (match := _ORDINAL_DAY.search(text)) and anchor is not None:
        # "on the 16th": the latest such day of the month up to the anchor.
        wanted = int(match[1])
        back = [anchor - dt.timedelta(days=shift) for shift in range(0, 32)]
        return next((d for d in back if d.day == wanted), None)
    event_text, event_spoken = _event_words(text), _event_words(spoken)
    for phrase, offset in _RELATIVE_TO_EVENT.items():
        if phrase in event_text or phrase in event_spoken:
            base = event_anchor or anchor
            return base + dt.timedelta(days=offset) if base else None
    if (ago := _DAYS_AGO.search(text)) and anchor is not None \
            and (count := count_of(ago["n"])):
        return anchor - dt.timedelta(days=count)  # "two days ago"
    for phrase, offset in sorted(_RELATIVE_DAYS.items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"\b{phrase}\b", text):
            return anchor + dt.timedelta(days=offset) if anchor else None
    if match := re.search(r"\b(?:(?P<dir>last|next|this|on)\s+)?(?P<day>" + "|".join(WEEKDAYS)
                          + r")\b", text):
        if anchor is None:
            return None
        return _weekday(anchor, match["day"], match["dir"] or "")
    return None


_PERIOD = re.compile(r"\b" + alternation("period_words") + r"\s+" + alternation("period_nouns")
                     + r"\b|^(?:in\s+|early\s+|late\s+|mid-?|last\s+|next\s+)?" + _MONTH
                     + r"(?:\s+\d{4})?$"
                     # "at the end of June", "the beginning of the year"
                     + r"|\b" + alternation("period_parts") + r"\s+of\s+(?:(?:the|this|last)\s+)?"
                     + r"(?:" + _ANY_MONTH + r"|" + alternation("period_nouns") + r"|\d{4})\b"
                     # "two weeks ago", "a fortnight ago"
                     + r"|\b\w+\s+" + alternation("ago_periods") + r"s?\s+ago\b",
                     re.IGNORECASE)


def without_preposition(expression: str) -> str:
    """The expression without the preposition that opens it ("on Saturday": "saturday"),
    lower-cased."""
    return _LEADING_PREPOSITION.sub("", " ".join(expression.lower().split()))


def names_a_period(expression: str) -> bool:
    """Whether an expression dates something to a week, month or year but no day ("the
    preceding week", "last month", "in May"): the event's day is then unknown."""
    return bool(_PERIOD.search(" ".join(expression.lower().split())))


def period_span(expression: str, published: dt.date | None
                ) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the month or year an expression names ("in January 2023",
    "in October", "in 2012"); a month without a year is the last one of that name up to
    the month of ``published``.  None when it names no month or year."""
    text = " ".join(expression.lower().split())
    if published is None or not (names_a_period(text)
                                 or re.fullmatch(r"(?:in\s+)?\d{4}", text)):
        return None
    year = re.search(r"\b(1[89]\d\d|20\d\d)\b", text)
    month = next((number for word, number in MONTHS.items()
                  if re.search(r"\b" + re.escape(word.lower()) + r"\b", text)), None)
    if year is None and month is None:
        return None
    if year is None:
        number = published.year if month <= published.month else published.year - 1
    else:
        number = int(year[1])
    if month is None:
        return dt.date(number, 1, 1), dt.date(number, 12, 31)
    last = (dt.date(number + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1))
    return dt.date(number, month, 1), last


def period_before(expression: str, published: dt.date | None) -> bool:
    """A month or year the expression names lies wholly before the month of ``published``
    ("in January 2023", "in October" of a December story, "in 2012")."""
    span = period_span(expression, published)
    return span is not None and published is not None \
        and span[1] < published.replace(day=1)


def is_future_expression(expression: str) -> bool:
    """Whether a date expression points forward ("tomorrow", "next week")."""
    text = expression.lower()
    return bool(_FUTURE.search(text))


def _numeric_date(first: int, second: int, year: int, separator: str) -> dt.date | None:
    """The day "17.02.2026" or "17/02/2026" writes: dots put the day first; with slashes
    the order differs between writers, so a date whose two numbers could each be the month
    ("3/12/2026") stays unknown."""
    if separator == "." or first > 12 or first == second:
        return _safe_date(year, second, first)
    if second > 12:
        return _safe_date(year, first, second)
    return None


@functools.cache
def date_phrases() -> re.Pattern[str]:
    """A pattern for relative date phrases the tagger may not mark ("the day before")."""
    phrases = sorted([*_RELATIVE_TO_EVENT, *_RELATIVE_DAYS], key=len, reverse=True)
    weekdays = "|".join(WEEKDAYS)
    months = "|".join(sorted(MONTHS, key=len, reverse=True))
    # "from 12 to 14 August 2025": the tagger reads "12" as a number and "14 August" or
    # "August 2025" as the date; the range's first day is the one meant.
    day = r"\d{1,2}" + _ORDINAL_SUFFIX
    day_range = r"(?:from )?" + day + _RANGE_JOIN + day + rf" (?:{months})\.?(?: \d{{4}})?"
    # "15 January 2024 - X visits Manila": the tagger may keep only "January 2024".
    full_day = day + rf" (?:{months})\.?(?:,? \d{{4}})?"
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases)
                      + rf"|{day_range}|{full_day}|{_NUMERIC_WORDS}"
                      # "a fortnight ago", which the tagger may leave unmarked
                      + r"|\w+ " + alternation("ago_periods") + r"s? ago"
                      + rf"|(?:on |last |next )?(?:{weekdays})(?: (?:morning|evening|night))?)\b",
                      re.IGNORECASE)
