"""The world gazetteer: the data files in data/world/ and the lookups over them."""

from __future__ import annotations

import csv
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from diplograph.resources import world_dir
from diplograph.world import World, load_world, normalize

ROOT = Path(__file__).resolve().parents[1]
TITLE_KINDS = {
    "head_of_state", "head_of_government", "royal", "minister", "deputy",
    "diplomat", "legislator", "official", "honorific",
}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
QID = re.compile(r"^Q[1-9]\d*$")


@pytest.fixture(scope="module")
def world() -> World:
    return load_world()


def _rows(name: str) -> list[dict[str, str]]:
    with (world_dir() / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


# --- data files ---------------------------------------------------------------------------


def test_every_un_member_observer_kosovo_and_taiwan_is_a_state(world: World) -> None:
    assert len(world.states) == 197
    for iso2 in ("VA", "PS", "XK", "TW", "AZ", "BY", "US", "SS"):
        assert iso2 in world.states


def test_state_codes_are_unique(world: World) -> None:
    rows = _rows("states.csv")
    assert len({row["iso2"] for row in rows}) == len(rows)
    assert len({row["iso3"] for row in rows}) == len(rows)


def test_every_state_has_a_capital_and_a_demonym(world: World) -> None:
    for state in world.states.values():
        assert state.capital, state.iso2
        assert state.demonyms, state.iso2


def test_every_capital_is_a_place_in_that_state(world: World) -> None:
    places = {place.name: place for place in world.places}
    for state in world.states.values():
        place = places[state.capital]
        assert place.kind == "city"
        # Jerusalem's sovereignty is disputed, so places.csv leaves its state empty.
        assert place.iso2 in (state.iso2, None), state.capital


def test_states_csv_is_what_make_states_generates() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "make_states.py"), "--check"],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stderr


def test_every_place_lies_in_a_known_state_or_none(world: World) -> None:
    for place in world.places:
        assert place.iso2 is None or place.iso2 in world.states, place.name
        # Rivers and seas are listed so that their names are never taken for persons.
        assert place.kind in {"city", "region", "venue", "river", "sea", "airport"}, place.name


def test_no_place_name_or_alias_is_given_twice(world: World) -> None:
    forms = Counter(
        normalize(form).casefold()
        for place in world.places
        for form in (place.name, *place.aliases)
    )
    assert [form for form, count in forms.items() if count > 1] == []


def test_no_org_name_or_alias_is_given_twice(world: World) -> None:
    forms = Counter(
        normalize(form) for org in world.organizations for form in (org.name, *org.aliases)
    )
    assert [form for form, count in forms.items() if count > 1] == []


def test_org_kinds_and_countries_are_known(world: World) -> None:
    for org in world.organizations:
        # Platforms ("Twitter") are listed so that their names are never taken for persons.
        assert org.kind in {"news_agency", "outlet", "international", "platform",
                            "government", "legislature"}, org.name
        assert org.iso2 is None or org.iso2 in world.states, org.name
        # A state's own body (its parliament) is of one state.
        assert org.kind != "legislature" or org.iso2 is not None, org.name


def test_wikidata_ids_are_well_formed_and_distinct(world: World) -> None:
    entities = [
        *((s.iso2, s.wikidata) for s in world.states.values()),
        *((p.name, p.wikidata) for p in world.places),
        *((o.name, o.wikidata) for o in world.organizations),
    ]
    ids = [qid for _, qid in entities if qid]
    assert all(QID.match(qid) for qid in ids)
    assert len(ids) == len(set(ids))
    for leader in world.leaders:
        if leader.wikidata:
            assert QID.match(leader.wikidata)
            assert {other.wikidata for other in world.leaders if other.name == leader.name} == {
                leader.wikidata
            }


def test_leader_terms_are_dated_and_ordered(world: World) -> None:
    roles = {title.role for title in world.titles}
    for leader in world.leaders:
        assert leader.iso2 in world.states, leader.name
        assert leader.role in roles, leader.role
        assert leader.start and DATE.match(leader.start), leader.name
        if leader.end:
            assert DATE.match(leader.end), leader.name
            assert leader.start[:4] <= leader.end[:4], leader.name


def test_every_state_has_leader_terms_and_none_is_listed_twice(world: World) -> None:
    # The Holy See is not a UN member and has no office with a role the titles know.
    assert set(world.states) - {leader.iso2 for leader in world.leaders} <= {"VA"}
    terms = [(leader.name, leader.role, leader.iso2, leader.start) for leader in world.leaders]
    assert len(terms) == len(set(terms))


def test_titles_are_lowercase_with_known_kinds(world: World) -> None:
    assert [t.phrase for t in world.titles] == sorted(
        (t.phrase for t in world.titles), key=lambda phrase: -len(phrase.split())
    )
    for title in world.titles:
        assert title.phrase == title.phrase.lower()
        assert title.kind in TITLE_KINDS, title.phrase


# --- states -------------------------------------------------------------------------------


def test_state_by_name_reads_the_official_name_with_an_article(world: World) -> None:
    assert world.state_by_name("the Republic of Belarus").iso2 == "BY"
    assert world.state_by_name("Republic of Azerbaijan").iso2 == "AZ"


def test_a_constitutional_name_is_the_state(world: World) -> None:
    # "the President of the Argentine Nation": the name Argentina's constitution uses.
    assert world.state_by_name("the Argentine Nation").iso2 == "AR"


def test_state_by_name_strips_a_possessive(world: World) -> None:
    assert world.state_by_name("Azerbaijan's").iso2 == "AZ"
    assert world.state_by_name("Azerbaijan\u2019s").iso2 == "AZ"
    assert world.state_by_name("the Philippines'").iso2 == "PH"


def test_state_by_name_knows_the_names_news_uses(world: World) -> None:
    expected = {
        "Russia": "RU", "Russian Federation": "RU", "Türkiye": "TR", "Turkey": "TR",
        "Czechia": "CZ", "Côte d\u2019Ivoire": "CI", "Ivory Coast": "CI", "DPRK": "KP",
        "Republic of Korea": "KR", "Britain": "GB", "U.S.": "US", "united states": "US",
        "Holy See": "VA", "Viet Nam": "VN", "  south   korea ": "KR",
    }
    for text, iso2 in expected.items():
        assert world.state_by_name(text).iso2 == iso2, text


def test_acronyms_match_only_as_written(world: World) -> None:
    assert world.state_by_name("US").iso2 == "US"
    assert world.state_by_name("us") is None
    assert world.state_by_name("Us") is None


def test_bare_congo_is_no_state(world: World) -> None:
    assert world.state_by_name("Congo") is None
    assert world.state_by_name("DR Congo").iso2 == "CD"


def test_state_by_demonym_knows_variant_spellings(world: World) -> None:
    assert world.state_by_demonym("Belarussian").iso2 == "BY"
    assert world.state_by_demonym("Belarusian").iso2 == "BY"
    assert world.state_by_demonym("Azeri").iso2 == "AZ"
    assert world.state_by_demonym("Azerbaijani").iso2 == "AZ"
    assert world.state_by_demonym("Emirati").iso2 == "AE"
    assert world.state_by_demonym("Filipino").iso2 == "PH"
    assert world.state_by_demonym("Kazakhstani").iso2 == "KZ"
    assert world.state_by_demonym("Lankan").iso2 == "LK"  # the short form of South Asian news


def test_shared_demonym_is_ambiguous(world: World) -> None:
    assert world.state_by_demonym("Congolese") is None
    assert world.state_by_demonym("Korean") is None
    assert world.state_by_demonym("Dominican") is None
    assert world.state_by_demonym("South Korean").iso2 == "KR"


def test_unknown_demonym_is_none(world: World) -> None:
    assert world.state_by_demonym("Martian") is None


def test_state_by_code(world: World) -> None:
    assert world.state("by").name == "Belarus"
    with pytest.raises(KeyError):
        world.state("ZZ")


# --- places, organizations, titles, leaders -----------------------------------------------


def test_place_by_name_finds_capitals(world: World) -> None:
    assert world.place_by_name("Baku").iso2 == "AZ"
    assert world.place_by_name("Minsk").iso2 == "BY"


def test_old_spelling_finds_the_current_name(world: World) -> None:
    assert world.place_by_name("Kiev").name == "Kyiv"
    assert world.place_by_name("Bombay").name == "Mumbai"
    assert world.place_by_name("St. Petersburg").name == "Saint Petersburg"


def test_disputed_region_has_no_state(world: World) -> None:
    assert world.place_by_name("Crimea").iso2 is None
    assert world.place_by_name("Xinjiang").iso2 == "CN"
    assert world.place_by_name("Gaza").iso2 == "PS"


def test_state_name_is_never_a_place(world: World) -> None:
    assert world.place_by_name("Singapore") is None
    assert world.place_by_name("Luxembourg") is None
    assert world.place_by_name("Azerbaijan") is None


def test_no_surface_form_is_both_a_state_and_a_place(world: World) -> None:
    forms = world.surface_forms()
    for form, entries in forms.items():
        kinds = {kind for kind, _ in entries}
        assert not {"state", "place"} <= kinds, form
        if "place" in kinds:
            assert world.state_by_name(form) is None, form


def test_surface_forms_cover_every_kind(world: World) -> None:
    forms = world.surface_forms()
    assert ("state", "BY") in forms["Republic of Belarus"]
    assert ("demonym", "BY") in forms["Belarussian"]
    assert ("place", "Baku") in forms["Baku"]
    assert ("org", "Xinhua") in forms["Xinhua"]
    assert ("state", "CI") in forms["Côte d\u2019Ivoire"]
    assert set(forms["Congolese"]) == {("demonym", "CD"), ("demonym", "CG")}


def test_org_by_name_finds_news_agencies(world: World) -> None:
    assert world.org_by_name("Kyodo").kind == "news_agency"
    assert world.org_by_name("Kyodo News").name == "Kyodo"
    assert world.org_by_name("AA").name == "Anadolu Agency"
    assert world.org_by_name("the Associated Press").name == "Associated Press"
    assert world.org_by_name("European Union").kind == "international"


def test_org_acronyms_are_case_sensitive(world: World) -> None:
    assert world.org_by_name("Aa") is None
    assert world.org_by_name("ap") is None
    assert world.org_by_name("who") is None
    assert world.org_by_name("reuters").name == "Reuters"


def test_title_lookup_normalises_case_and_space(world: World) -> None:
    assert world.title("prime minister").role == "Prime Minister"
    assert world.title("  Prime   Minister ").kind == "head_of_government"
    assert world.title("premier").role == "Prime Minister"
    assert world.title("president").rank > world.title("foreign minister").rank
    assert world.title("minister of foreign affairs").role == "Minister of Foreign Affairs"
    assert world.title("sheikh").kind == "honorific"
    assert world.title("foreign ministers").role == "Minister of Foreign Affairs"
    assert world.title("dog catcher") is None


def test_portfolio_words_qualify_ministers(world: World) -> None:
    assert world.portfolios["agriculture"] == "Agriculture"
    assert world.portfolios["agricultural"] == "Agriculture"
    assert world.portfolios["foreign"] == "Foreign Affairs"
    assert world.portfolios["defense"] == world.portfolios["defence"]
    assert len(world.portfolios) >= 40


def test_leaders_named_by_full_name_alias_or_surname(world: World) -> None:
    modi = world.leaders_named("Modi")
    assert [(leader.name, leader.role, leader.iso2) for leader in modi] == [
        ("Narendra Modi", "Prime Minister", "IN")
    ]
    assert {leader.name for leader in world.leaders_named("Xi")} == {"Xi Jinping"}
    assert world.leaders_named("Jinping") == []
    assert world.leaders_named("Di Maio")[0].iso2 == "IT"
    assert len(world.leaders_named("Trump")) == 2


def test_a_leaders_hyphened_name_is_found_written_with_a_space(world: World) -> None:
    # A wire writes "Willem Alexander" where the world data has "Willem-Alexander".
    assert [leader.iso2 for leader in world.leaders_named("Willem Alexander")] == ["NL"]


def test_load_world_is_cached() -> None:
    assert load_world() is load_world()


def test_a_province_is_a_region_of_its_state_under_the_name_the_press_writes(world: World
                                                                             ) -> None:
    # ISO 3166-2 writes "Sichuan Sheng" and "Gyeonggi-do"; the news writes "Sichuan", "Gyeonggi".
    for name, iso2 in [("Johor", "MY"), ("Sichuan", "CN"), ("Gyeonggi", "KR"),
                       ("Andhra Pradesh", "IN"), ("Rajasthan", "IN"), ("Nebraska", "US")]:
        place = world.locality(name)
        assert (place.kind, place.iso2) == ("region", iso2), name
    # A division two states share names neither; one a state bears stays the state.
    assert world.locality("Punjab") is None
    assert world.state_by_name("Georgia").iso2 == "GE"
    assert world.locality("Georgia") is None


def test_every_region_lies_in_a_known_state_and_bears_no_other_name(world: World) -> None:
    regions = [town for town in world.towns if town.kind == "region"]
    assert len(regions) > 2000
    for region in regions:
        assert region.iso2 in world.states, region
        assert world.state_by_name(region.name) is None, region
        assert world.place_by_name(region.name) is None, region


def test_a_title_means_another_office_in_the_states_that_use_it_so(world: World) -> None:
    # A Latin American "chancellor" (canciller) is the foreign minister; Germany's heads
    # its government.
    assert world.state_roles[("Chancellor", "PE")] == "Minister of Foreign Affairs"
    assert ("Chancellor", "DE") not in world.state_roles
    assert world.title("National Defence Minister").role == "Minister of Defence"
    assert world.title("Minister of National Defense").role == "Minister of Defence"


def test_the_holy_see_has_its_offices_and_a_pope_is_of_it_alone(world: World) -> None:
    assert world.title("Pope").kind == "head_of_state"
    assert world.title("Cardinal").kind == "honorific"
    assert world.one_state_roles["Pope"] == "VA"
    assert [(leader.role, leader.iso2) for leader in world.leaders_named("Leo XIV")] == [
        ("Pope", "VA")]


def test_venues_rivers_and_platforms_are_known_by_kind(world: World) -> None:
    assert world.place_by_name("Rashtrapati Bhavan").kind == "venue"
    assert world.place_by_name("the Kremlin").iso2 == "RU"
    assert world.place_by_name("Teesta").kind == "river"
    assert world.org_by_name("Twitter").kind == "platform"


def test_parliament_chairs_are_speakers_and_salutations_are_honorifics(world: World) -> None:
    assert world.title("Chairman of the National Assembly").role == "Speaker of Parliament"
    assert world.title("crown prince").role == "Crown Prince"
    assert world.title("HRH").kind == "honorific"
    assert world.title("Dear").kind == "honorific"


@pytest.mark.parametrize(("word", "opens"), [
    ("President", True), ("vice", True), ("ministers", True), ("Deputy", True),
    ("the", False), ("talks", False), ("Lima", False),
])
def test_a_title_lookup_can_tell_at_once_a_word_no_title_starts_with(world: World, word,
                                                                     opens) -> None:
    assert world.may_open_title(word) is opens
    if not opens:
        assert world.title(word) is None


@pytest.mark.parametrize(("word", "closes"), [
    ("President", True), ("Affairs", True), ("ministers", True), ("the", False),
    ("talks", False),
])
def test_a_title_lookup_can_tell_at_once_a_word_no_title_ends_with(world: World, word,
                                                                   closes) -> None:
    assert world.may_close_title(word) is closes


def test_airports_are_places_of_their_state_and_city(world):
    airport = world.locality("Tocumen International Airport")
    assert (airport.iso2, airport.kind) == ("PA", "airport")
    assert world.locality("Hosea Kutako International Airport").city == "Windhoek"


def test_a_chambers_presiding_offices_are_composed_without_taking_its_words(world):
    assert world.title("marshal of the sejm").role == "Speaker of Parliament"
    assert world.title("deputy chairman of the federation council").role \
        == "Deputy Speaker of Parliament"
    assert world.title("national assembly president").role == "Speaker of Parliament"
    # "Oli" of "Majlisi Oli" stays a word names may hold ("Prime Minister Oli")
    assert not world.is_title_word("oli") and not world.is_title_word("sejm")


def test_the_short_names_of_caribbean_states_are_theirs(world: World) -> None:
    # "visit Trinidad", "flew to St Kitts": what Caribbean news calls the two-island states
    assert world.state_by_name("Trinidad").iso2 == "TT"
    assert world.state_by_name("St Kitts").iso2 == "KN"
    assert world.state_by_name("St. Vincent").iso2 == "VC"


def test_no_town_is_called_like_an_international_body(world: World) -> None:
    # "the Commonwealth" is the body of states, not the district of a Philippine city that
    # GeoNames lists under that name.
    bodies = {name.lower().removeprefix("the ") for org in world.organizations
              if org.kind == "international" for name in (org.name, *org.aliases)}
    towns = [town.name for town in world.towns if town.kind == "town"]
    assert len(towns) > 10_000
    assert not [name for name in towns if name.lower() in bodies]
    assert world.locality("Commonwealth") is None
