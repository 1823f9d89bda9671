"""Background knowledge about the world, read from the CSV files in ``data/world/``.

States, places, titles, ministerial portfolios, organizations and leaders live in
data files a researcher can extend without touching Python; this module reads
them once (:func:`load_world`) and answers lookups by the names news uses.

Every lookup normalises its input the same way (Unicode NFKC, curly apostrophes
made straight, whitespace collapsed) and ignores case, except for acronyms such
as "AA", "AP" or "US", which match only as written, so that the word "us" is not
the United States and "Aa" is not Anadolu Agency. A name that two entries share
is ambiguous and finds nothing.
"""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from diplograph.errors import DiplographError
from diplograph.resources import world_dir

__all__ = [
    "LeaderInfo",
    "OrgInfo",
    "PlaceInfo",
    "StateInfo",
    "TitleInfo",
    "World",
    "load_world",
    "normalize",
]


@dataclass(frozen=True)
class StateInfo:
    """A sovereign state: ISO codes, the name news uses, other names and demonyms."""

    iso2: str
    iso3: str
    name: str
    official_name: str | None
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capital: str | None
    wikidata: str | None


@dataclass(frozen=True)
class PlaceInfo:
    """A city, region or venue; ``iso2`` is None where sovereignty is disputed or shared."""

    name: str
    aliases: tuple[str, ...]
    iso2: str | None
    kind: str
    wikidata: str | None
    city: str | None = None  # the city a venue stands in ("Kremlin": Moscow)


@dataclass(frozen=True)
class TitleInfo:
    """A lowercase phrase naming an office ("foreign minister") and the role it denotes."""

    phrase: str
    role: str
    kind: str
    rank: int
    #: Composed from a chamber's name ("Marshal of the Sejm"): the chamber's words ("Sejm",
    #: "Oli" of "Majlisi Oli") are no words of titles, so no name loses them.
    composed: bool = False


@dataclass(frozen=True)
class OrgInfo:
    """A news agency, outlet or international body."""

    name: str
    aliases: tuple[str, ...]
    kind: str
    iso2: str | None
    wikidata: str | None


@dataclass(frozen=True)
class LeaderInfo:
    """One term of one person in one office; ``start``/``end`` are ISO dates or years."""

    name: str
    aliases: tuple[str, ...]
    role: str
    iso2: str
    start: str | None
    end: str | None
    wikidata: str | None


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'"})
_SPACE = re.compile(r"\s+")
_PARTICLES = frozenset({"da", "de", "del", "della", "der", "di", "do", "dos", "du", "la", "le"})
_PATRONYMICS = frozenset({"bin", "ibn", "bint"})
_ROMAN = re.compile(r"^[IVXLC]+$")


def normalize(text: str) -> str:
    """Return ``text`` in NFKC with straight apostrophes and single spaces, stripped."""
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES)
    return _SPACE.sub(" ", text).strip()


def _fold(text: str) -> str:
    return normalize(text).casefold()


#: Letters that Unicode decomposition leaves whole ("ł" of "Władysław", "ø", "ß").
_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                               "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ß": "ss",
                               "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ı": "i",
                               "ħ": "h", "Ħ": "H"})


def spell_out(text: str) -> str:
    """``text`` with the Latin letters no decomposition reaches spelt out ("Władysław" ->
    "Wladyslaw"), other scripts kept."""
    return text.translate(_UNDECOMPOSED)


def ascii_fold(text: str) -> str:
    """``text`` in ASCII letters: accents dropped, and letters no decomposition reaches
    spelt out ("Władysław Kosiniak-Kamysz" -> "Wladyslaw Kosiniak-Kamysz")."""
    return unicodedata.normalize("NFKD", spell_out(text)).encode("ascii", "ignore").decode()


def _is_acronym(form: str) -> bool:
    """Short forms with two or more capitals ("AA", "U.S.", "BiH") match only as written."""
    letters = [char for char in form if char.isalpha()]
    return len(letters) <= 6 and sum(char.isupper() for char in letters) >= 2


def _strip_article(text: str) -> str:
    return text[4:] if text[:4].casefold() == "the " else text


def _strip_possessive(text: str) -> str:
    if text.endswith("'s"):
        return text[:-2]
    if text.endswith("s'"):
        return text[:-1]
    return text


class _Index:
    """Surface form -> keys, with acronyms kept case-sensitive and the rest case-folded."""

    def __init__(self) -> None:
        self._exact: dict[str, list[str]] = {}
        self._folded: dict[str, list[str]] = {}

    def add(self, form: str, key: str) -> None:
        form = normalize(form)
        if not form:
            return
        if _is_acronym(form):
            table, lookup = self._exact, form
        else:
            table, lookup = self._folded, form.casefold()
        keys = table.setdefault(lookup, [])
        if key not in keys:
            keys.append(key)

    def keys(self, text: str) -> list[str]:
        """Every key whose form matches ``text`` (already normalised)."""
        return self._exact.get(text) or self._folded.get(text.casefold()) or []

    def __contains__(self, text: str) -> bool:
        return bool(self.keys(normalize(text)))


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (cell or "").split("|") if part.strip())


def _optional(cell: str | None) -> str | None:
    cell = (cell or "").strip()
    return cell or None


def _read(path: Path, columns: Iterable[str]) -> Iterator[dict[str, str]]:
    """Rows of a UTF-8 CSV file, after checking that it has the ``columns`` it must have."""
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as error:
        raise DiplographError(f"cannot read world data file {path}: {error.strerror}") from error
    with handle:
        reader = csv.DictReader(handle)
        missing = [column for column in columns if column not in (reader.fieldnames or [])]
        if missing:
            raise DiplographError(
                f"{path} lacks the column(s) {', '.join(missing)}; "
                "restore it from the repository or add them to its header row"
            )
        yield from reader


def _family_key(name: str) -> str:
    """A name folded for comparing its last words: "Al-Sabah" and "Al Sabah" are one."""
    return " ".join(_fold(name).replace("-", " ").split())


def _surnames(leader: LeaderInfo) -> tuple[str, ...]:
    """Family names a leader is called by, derived from the full name where that is safe.

    Western order is assumed ("Anna Berger" -> "Berger", "Luca Di Marco" -> "Di Marco").
    Where the data gives the first token alone as an alias ("Li" for "Li Wei"),
    the family name comes first and is already an alias. Regnal numbers ("Charles III")
    and Arabic patronymic chains ("Karim bin Tariq") are left to the aliases.
    """
    tokens = leader.name.split()
    if len(tokens) < 2 or _ROMAN.match(tokens[-1]):
        return ()
    if any(token.casefold() in _PATRONYMICS for token in tokens):
        return ()
    if any(alias == tokens[0] for alias in leader.aliases):
        return ()
    start = len(tokens) - 1
    while start > 1 and tokens[start - 1].casefold() in _PARTICLES:
        start -= 1
    surname = " ".join(tokens[start:])
    return (surname, tokens[-1]) if start < len(tokens) - 1 else (surname,)


class World:
    """Everything in ``data/world/``, indexed for lookup by name. Build with :func:`load_world`."""

    def __init__(
        self,
        states: Iterable[StateInfo],
        places: Iterable[PlaceInfo],
        titles: Iterable[TitleInfo],
        portfolios: dict[str, str],
        organizations: Iterable[OrgInfo],
        leaders: Iterable[LeaderInfo],
        towns: Iterable[PlaceInfo] = (),
    ) -> None:
        self.states: dict[str, StateInfo] = {state.iso2: state for state in states}
        self.places: list[PlaceInfo] = list(places)
        #: Cities of towns.csv (GeoNames) and provinces of regions.csv (ISO 3166-2): found by
        #: name, but read in a text only where the tagger also sees a place
        #: (:meth:`town_by_name`), so not among the surface forms.
        self.towns: list[PlaceInfo] = list(towns)
        self.titles: list[TitleInfo] = sorted(
            titles, key=lambda title: (-len(title.phrase.split()), -len(title.phrase), title.phrase)
        )
        self.portfolios: dict[str, str] = dict(portfolios)
        self.organizations: list[OrgInfo] = list(organizations)
        self.leaders: list[LeaderInfo] = list(leaders)
        #: What a title means in some states only: {(role, iso2): role}, from
        #: state_titles.csv ("Chancellor" of Peru is its foreign minister, the canciller).
        self.state_roles: dict[tuple[str, str], str] = {}
        #: Offices only one state has, {role: iso2}, from one_state_roles.csv ("Pope": the
        #: Holy See), so an office stated without its state is of that one.
        self.one_state_roles: dict[str, str] = {}
        #: Offices only a few states have, {role: iso2s}, from few_state_roles.csv (a
        #: Governor-General: the realms whose monarch lives abroad), so a guess of the
        #: state of such an office stated without one is made among them only.
        self.few_state_roles: dict[str, frozenset[str]] = {}
        #: Family names written first ("Zhou" of "Zhou Ming"), from family_names_first.txt.
        self.family_names_first: frozenset[str] = frozenset()
        #: Reigning dynasties' family names, folded ("al sabah"), and their states, from
        #: ruling_families.csv.
        self.ruling_families: dict[str, str] = {}

        self._state_names = _Index()
        self._demonyms = _Index()
        for state in self.states.values():
            for form in self._state_forms(state):
                self._state_names.add(form, state.iso2)
            for demonym in state.demonyms:
                self._demonyms.add(demonym, state.iso2)

        self._places_by_name = {place.name: place for place in self.places}
        self._place_names = _Index()
        for place in self.places:
            for form in (place.name, *place.aliases):
                if form not in self._state_names:
                    self._place_names.add(form, place.name)
        self._town_names = _Index()
        for town in self.towns:
            if town.name in self._places_by_name:
                continue
            self._places_by_name[town.name] = town
            for form in (town.name, *town.aliases):
                if form not in self._state_names and form not in self._place_names:
                    self._town_names.add(form, town.name)

        self._orgs_by_name = {org.name: org for org in self.organizations}
        self._org_names = _Index()
        for org in self.organizations:
            for form in (org.name, *org.aliases):
                self._org_names.add(form, org.name)

        self._titles = {title.phrase: title for title in self.titles}
        # title() is asked about the same few phrases hundreds of thousands of times.
        self._title_cache: dict[str, TitleInfo | None] = {}
        self._surface_forms: dict[str, list[tuple[str, str]]] | None = None
        self._title_words = {word for phrase, info in self._titles.items() if not info.composed
                             for word in phrase.split()}
        # The first words of every title, also of its hyphenated form split ("vice" of
        # "vice-president"): a lookup starting on another word needs no phrase built.
        self._title_firsts = {form.split()[0] for phrase in self._titles
                              for form in (phrase, phrase.replace("-", " ")) if form.split()}
        self._title_lasts = {form.split()[-1] for phrase in self._titles
                             for form in (phrase, phrase.replace("-", " ")) if form.split()}
        self._edge_cache: dict[tuple[str, bool], bool] = {}

        self._leader_names: dict[str, list[int]] = {}
        for number, leader in enumerate(self.leaders):
            for form in (leader.name, *leader.aliases, *_surnames(leader)):
                numbers = self._leader_names.setdefault(_family_key(form), [])
                if number not in numbers:
                    numbers.append(number)

    @staticmethod
    def _state_forms(state: StateInfo) -> tuple[str, ...]:
        official = (state.official_name,) if state.official_name else ()
        return (state.name, *official, *state.aliases)

    # --- states -----------------------------------------------------------------------

    def state(self, iso2: str) -> StateInfo:
        """The state with ISO 3166-1 alpha-2 code ``iso2`` (any case); KeyError if unknown."""
        try:
            return self.states[iso2.strip().upper()]
        except KeyError:
            raise KeyError(f"no state with iso2 code {iso2!r} in data/world/states.csv") from None

    def state_by_name(self, text: str) -> StateInfo | None:
        """The state called ``text`` (name, official name or alias), or None.

        Tolerates a leading "the" and a trailing possessive: "the Republic of Belarus",
        "Azerbaijan's" and "the Philippines'" all resolve.
        """
        return self._unique_state(self._state_names, self._variants(text))

    def state_by_demonym(self, text: str) -> StateInfo | None:
        """The state whose demonym is ``text`` ("Azeri" -> Azerbaijan, "Belarusians" ->
        Belarus); None when unknown or shared by two or more states ("Congolese")."""
        variants = list(self._variants(text))
        variants += [variant[:-1] for variant in variants if variant.endswith("s")]
        return self._unique_state(self._demonyms, variants)

    def _unique_state(self, index: _Index, variants: Iterable[str]) -> StateInfo | None:
        for variant in variants:
            keys = index.keys(variant)
            if keys:
                return self.states[keys[0]] if len(keys) == 1 else None
        return None

    @staticmethod
    def _variants(text: str) -> list[str]:
        """``text`` as given, then without "the", then without a possessive, then both."""
        text = normalize(text)
        variants = [text, _strip_article(text)]
        variants += [_strip_possessive(variant) for variant in variants]
        return list(dict.fromkeys(variant for variant in variants if variant))

    # --- places and organizations ------------------------------------------------------

    def place_by_name(self, text: str) -> PlaceInfo | None:
        """The city, region or venue called ``text``, or None.

        A name that is also a state's ("Singapore", "Monaco") is the state, so finds no place.
        """
        for variant in self._variants(text):
            keys = self._place_names.keys(variant)
            if keys:
                return self._places_by_name[keys[0]] if len(keys) == 1 else None
        return None

    def locality(self, text: str) -> PlaceInfo | None:
        """The place, else the town, called ``text``: where an event is, once a text has
        named it as a place."""
        return self.place_by_name(text) or self.town_by_name(text)

    def town_by_name(self, text: str) -> PlaceInfo | None:
        """The town of ``towns.csv`` or province of ``regions.csv`` called ``text`` (not a
        state or a place), or None."""
        for variant in self._variants(text):
            keys = self._town_names.keys(variant)
            if keys:
                return self._places_by_name[keys[0]] if len(keys) == 1 else None
        return None

    def names_a_town(self, text: str) -> bool:
        """``text`` is the name of one or more towns of ``towns.csv`` or provinces of
        ``regions.csv`` ("Nuevo León", "Hat Yai")."""
        return any(self._town_names.keys(variant) for variant in self._variants(text))

    def org_by_name(self, text: str) -> OrgInfo | None:
        """The news agency, outlet or international body called ``text``, or None."""
        for variant in self._variants(text):
            keys = self._org_names.keys(variant)
            if keys:
                return self._orgs_by_name[keys[0]] if len(keys) == 1 else None
        return None

    # --- titles -------------------------------------------------------------------------

    @functools.cached_property
    def portfolio_words(self) -> frozenset[str]:
        """Every word that names a ministry's portfolio, folded: the words of
        portfolios.csv ("water", "marine") and of the portfolios they name ("affairs")."""
        return frozenset({*self.portfolios,
                          *(w.lower() for name in self.portfolios.values() for w in name.split())})

    @functools.cached_property
    def monarchies(self) -> frozenset[str]:
        """States the world data knows a royal office of (a king, an emir, a crown
        prince): a royal title of no stated state is guessed only among them, and "the
        kingdom" of a story told from nowhere is the one of them it names."""
        return frozenset(leader.iso2 for leader in self.leaders
                         if (info := self.title(leader.role.lower())) is not None
                         and info.kind == "royal")

    def diplomat_heads(self) -> frozenset[str]:
        """The last words of the diplomats' titles ("envoy", "representative",
        "coordinator"), folded: "Special Envoy for Yemen" is for a state, not of it."""
        return self._diplomat_heads

    @functools.cached_property
    def _diplomat_heads(self) -> frozenset[str]:
        return frozenset(t.phrase.split()[-1].lower() for t in self.titles
                         if t.kind == "diplomat")

    def title(self, phrase: str) -> TitleInfo | None:
        """The office named by ``phrase`` ("Prime Minister", "foreign ministers"), or None.

        Case and spacing are ignored; a hyphenated form falls back to spaces
        ("vice-premier") and a plural head word to its singular ("ministers").
        """
        if phrase in self._title_cache:
            return self._title_cache[phrase]
        key = _fold(phrase)
        candidates = [key, key.replace("-", " ")]
        # (the head's plural only: "states" in "United States Secretary" is no "state")
        words_ = key.split()
        candidates.append(" ".join(
            self._singular(word) if at + 1 == len(words_) or words_[at + 1] in ("of", "for")
            else word for at, word in enumerate(words_)))
        found = next((self._titles[c] for c in candidates if c in self._titles), None)
        if len(self._title_cache) < 100_000:  # bounded: phrases come from article text
            self._title_cache[phrase] = found
        return found

    def ruling_family_state(self, name: str) -> str | None:
        """The state whose reigning family's name ends ``name`` ("… Al-Mubarak Al-Sabah":
        Kuwait), or None."""
        words_ = _family_key(name).split()
        # the family names' own lengths ("al sabah": 2), longest first
        for size in sorted({len(family.split()) for family in self.ruling_families},
                           reverse=True):
            if len(words_) > size and (state := self.ruling_families.get(
                    " ".join(words_[-size:]))):
                return state
        return None

    def may_open_title(self, word: str) -> bool:
        """Whether some title may start with ``word`` (any case, a plural head too): a
        cheap test before :meth:`title` is asked about every phrase starting there."""
        return self._on_title_edge(word, first=True)

    def may_close_title(self, word: str) -> bool:
        """Whether some title may end with ``word`` (any case, a plural head too)."""
        return self._on_title_edge(word, first=False)

    def _on_title_edge(self, word: str, first: bool) -> bool:
        found = self._edge_cache.get((word, first))
        if found is None:
            edges = self._title_firsts if first else self._title_lasts
            folded = _fold(word)
            part = folded.split("-")[0 if first else -1]
            found = folded in edges or self._singular(folded) in edges or part in edges
            if len(self._edge_cache) < 100_000:  # bounded: words come from article text
                self._edge_cache[(word, first)] = found
        return found

    def is_title_word(self, word: str) -> bool:
        """Whether ``word`` (any case) is a word of some title or portfolio ("minister",
        "affairs", "transport"): such a word opening a name is the office's, not the name's."""
        folded = _fold(word)
        return folded in self._title_words or folded in self.portfolios

    def _singular(self, word: str) -> str:
        # "ministers" is a title word too ("council of ministers"); its singular wins.
        # A word ending in "ss" is no plural ("press" is not "pres").
        if word.endswith("ss"):
            return word
        for plural, singular in (("ies", "y"), ("s", "")):
            if word.endswith(plural) and word[: -len(plural)] + singular in self._title_words:
                return word[: -len(plural)] + singular
        return word

    # --- leaders ------------------------------------------------------------------------

    def leaders_named(self, name: str) -> list[LeaderInfo]:
        """Every term, in file order, of the leaders called ``name`` (full name, alias, surname),
        a hyphen read as a space ("Willem Alexander" is "Willem-Alexander")."""
        return [self.leaders[number] for number in self._leader_names.get(_family_key(name), [])]

    # --- surface forms ------------------------------------------------------------------

    def surface_forms(self) -> dict[str, list[tuple[str, str]]]:
        """Every exact surface string -> [(kind, key)] for a spaCy PhraseMatcher.

        ``kind`` is "state" or "demonym" (key: iso2), "place" (key: place name) or "org"
        (key: organization name). Names, aliases, official names and demonyms are all
        included, each also with a curly apostrophe where it has a straight one. A place
        form that is also a state form is left out, so no string is both.
        Computed once per World; the same dict is returned each time (read it, don't change it).
        """
        if self._surface_forms is not None:
            return self._surface_forms
        forms: dict[str, list[tuple[str, str]]] = {}

        def add(form: str, kind: str, key: str) -> None:
            form = normalize(form)
            for variant in dict.fromkeys((form, form.replace("'", "\u2019"))):
                entries = forms.setdefault(variant, [])
                if (kind, key) not in entries:
                    entries.append((kind, key))

        for state in self.states.values():
            for form in self._state_forms(state):
                add(form, "state", state.iso2)
            for demonym in state.demonyms:
                add(demonym, "demonym", state.iso2)
        for place in self.places:
            for form in (place.name, *place.aliases):
                if form not in self._state_names:
                    add(form, "place", place.name)
        for org in self.organizations:
            for form in (org.name, *org.aliases):
                add(form, "org", org.name)
        self._surface_forms = forms
        return forms


def _load_states(folder: Path) -> list[StateInfo]:
    columns = (
        "iso2", "iso3", "name", "official_name", "aliases", "demonyms", "capital", "wikidata"
    )
    return [
        StateInfo(
            iso2=row["iso2"].strip().upper(),
            iso3=row["iso3"].strip().upper(),
            name=row["name"].strip(),
            official_name=_optional(row["official_name"]),
            aliases=_split(row["aliases"]),
            demonyms=_split(row["demonyms"]),
            capital=_optional(row["capital"]),
            wikidata=_optional(row["wikidata"]),
        )
        for row in _read(folder / "states.csv", columns)
    ]


def _load_places(folder: Path) -> list[PlaceInfo]:
    return [
        PlaceInfo(
            name=row["name"].strip(),
            aliases=_split(row["aliases"]),
            iso2=_optional(row["iso2"]),
            kind=row["kind"].strip(),
            wikidata=_optional(row["wikidata"]),
            city=_optional(row.get("city") or ""),
        )
        # airports.csv (generated by tools/make_airports.py) may be absent from a trimmed folder
        for file in ("places.csv", "airports.csv")
        if file == "places.csv" or (folder / file).exists()
        for row in _read(folder / file, ("name", "aliases", "iso2", "kind", "wikidata"))
    ]


def _load_read_only_where_tagged(folder: Path, file: str, kind: str) -> list[PlaceInfo]:
    """The towns of towns.csv or the provinces of regions.csv, of ``kind``."""
    if not (folder / file).exists():
        return []  # an older or trimmed world folder: none of them, nothing else changes
    return [
        PlaceInfo(name=row["name"].strip(), aliases=_split(row["aliases"]),
                  iso2=_optional(row["iso2"]), kind=kind, wikidata=None)
        for row in _read(folder / file, ("name", "aliases", "iso2"))
    ]


def _load_titles(folder: Path, organizations: Iterable[OrgInfo] = ()) -> list[TitleInfo]:
    written = [
        TitleInfo(
            phrase=_fold(row["phrase"]),
            role=row["role"].strip(),
            kind=row["kind"].strip(),
            rank=int(row["rank"]),
        )
        for row in _read(folder / "titles.csv", ("phrase", "role", "kind", "rank"))
    ]
    return written + _chamber_titles(folder, {title.phrase for title in written}, organizations)


def _chamber_titles(folder: Path, written: set[str],
                    organizations: Iterable[OrgInfo]) -> list[TitleInfo]:
    """The presiding offices of every chamber (``chamber_offices.csv`` × ``chambers.csv``
    and the parliaments of ``organizations.csv`` known by their own names): "Marshal of the
    Sejm", "National Assembly President", "Deputy Chairman of the Federation Council";
    the titles of ``titles.csv`` written out stay as written."""
    if not (folder / "chambers.csv").is_file() or not (folder / "chamber_offices.csv").is_file():
        return []  # an older or trimmed world folder
    chambers = {_fold(row["name"]) for row in _read(folder / "chambers.csv", ("name",))}
    chambers |= {_fold(form) for org in organizations if org.kind == "legislature"
                 for form in (org.name, *org.aliases)}
    titles: dict[str, TitleInfo] = {}
    for row in _read(folder / "chamber_offices.csv", ("form", "role", "rank")):
        form = _fold(row["form"])
        for chamber in chambers:
            for phrase in (f"{form} of the {chamber}", f"{form} of {chamber}",
                           f"{chamber} {form}"):
                if phrase not in written and phrase not in titles:
                    titles[phrase] = TitleInfo(phrase, row["role"].strip(), "legislator",
                                               int(row["rank"]), composed=True)
    return list(titles.values())


def _load_portfolios(folder: Path) -> dict[str, str]:
    rows = _read(folder / "portfolios.csv", ("word", "portfolio"))
    return {_fold(row["word"]): row["portfolio"].strip() for row in rows}


def _load_organizations(folder: Path) -> list[OrgInfo]:
    return [
        OrgInfo(
            name=row["name"].strip(),
            aliases=_split(row["aliases"]),
            kind=row["kind"].strip(),
            iso2=_optional(row["iso2"]),
            wikidata=_optional(row["wikidata"]),
        )
        for row in _read(
            folder / "organizations.csv", ("name", "aliases", "kind", "iso2", "wikidata")
        )
    ]


def _load_leaders(folder: Path) -> list[LeaderInfo]:
    columns = ("name", "aliases", "role", "iso2", "start", "end", "wikidata")
    return [
        LeaderInfo(
            name=row["name"].strip(),
            aliases=_split(row["aliases"]),
            role=row["role"].strip(),
            iso2=row["iso2"].strip().upper(),
            start=_optional(row["start"]),
            end=_optional(row["end"]),
            wikidata=_optional(row["wikidata"]),
        )
        for row in _read(folder / "leaders.csv", columns)
    ]


@functools.cache
def load_world(folder: Path | None = None) -> World:
    """Read every file in ``folder`` (default: :func:`diplograph.resources.world_dir`) once.

    Raises :class:`~diplograph.errors.DiplographError` when a file is missing or lacks
    a column.
    """
    folder = Path(folder) if folder is not None else world_dir()
    organizations = _load_organizations(folder)
    world = World(
        states=_load_states(folder),
        places=_load_places(folder),
        titles=_load_titles(folder, organizations),
        portfolios=_load_portfolios(folder),
        organizations=organizations,
        leaders=_load_leaders(folder),
        towns=[*_load_read_only_where_tagged(folder, "towns.csv", "town"),
               *_load_read_only_where_tagged(folder, "regions.csv", "region")],
    )
    if (folder / "state_titles.csv").is_file():
        world.state_roles = {
            (row["role"].strip(), iso2): row["means"].strip()
            for row in _read(folder / "state_titles.csv", ("role", "states", "means"))
            for iso2 in _split(row["states"])}
    if (folder / "one_state_roles.csv").is_file():
        world.one_state_roles = {
            row["role"].strip(): row["iso2"].strip()
            for row in _read(folder / "one_state_roles.csv", ("role", "iso2"))}
    if (folder / "few_state_roles.csv").is_file():
        world.few_state_roles = {
            row["role"].strip(): frozenset(_split(row["states"]))
            for row in _read(folder / "few_state_roles.csv", ("role", "states"))}
    if (folder / "ruling_families.csv").is_file():
        world.ruling_families = {
            _family_key(row["family"]): row["iso2"].strip()
            for row in _read(folder / "ruling_families.csv", ("family", "iso2"))}
    family_first = folder / "family_names_first.txt"
    if family_first.is_file():
        world.family_names_first = frozenset(
            line.strip().lower() for line in family_first.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#"))
    return world
