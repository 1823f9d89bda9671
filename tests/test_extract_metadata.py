"""Bylines, datelines and publishers at the top of an article."""

from __future__ import annotations

import datetime as dt

import pytest

from diplograph.articles import parse_article
from diplograph.extract.metadata import extract_metadata

PUBLISHED = dt.date(2024, 3, 5)


def meta_of(text: str, world, published=PUBLISHED):
    article = parse_article(text, "test.txt")
    return extract_metadata(article.body, article.header, published, world)


def test_byline_line_names_the_author(world):
    meta = meta_of("By Jane Doe\n\nPresident Emmanuel Macron met the press on Monday.", world)
    assert meta.author == "Jane Doe"


def test_byline_stops_at_the_end_of_its_line(world):
    meta = meta_of("By Jane Doe\n\nPARIS (AFP) - President Emmanuel Macron spoke on Monday.",
                   world)
    assert meta.author == "Jane Doe"
    assert meta.dateline is not None and meta.dateline.name == "Paris"


def test_byline_in_the_date_line_header_names_the_author(world):
    meta = meta_of("date 2024-03-05 By Jane Doe\nWASHINGTON — President Joe Biden spoke.", world)
    assert meta.author == "Jane Doe"


def test_two_authors_keep_the_first(world):
    meta = meta_of("By Jane Doe and John Smith\n\nThe summit opened on Monday.", world)
    assert meta.author == "Jane Doe"


def test_byline_naming_an_agency_is_the_publisher_not_an_author(world):
    meta = meta_of("By Reuters\n\nThe summit opened on Monday.", world)
    assert meta.author is None
    assert meta.publisher is not None and meta.publisher.name == "Reuters"


def test_wire_dateline_gives_city_state_date_and_agency(world):
    text = ("NAIROBI, Kenya, March 3 (Reuters) - Kenyan President William Ruto held talks "
            "on Sunday.")
    meta = meta_of(text, world)
    assert meta.dateline is not None
    assert (meta.dateline.name, meta.dateline.state) == ("Nairobi", "KE")
    assert meta.dateline_date == dt.date(2024, 3, 3)
    assert meta.publisher is not None and meta.publisher.name == "Reuters"
    assert text[meta.story_start:].strip().startswith("Kenyan President")


def test_a_dateline_naming_the_state_is_its_town_of_that_name(world):
    # The world data knows a Queenstown in South Africa; the dateline says which one.
    meta = meta_of("QUEENSTOWN, New Zealand, July 30 (Wire) - The two prime ministers met "
                   "on Thursday.", world)
    assert (meta.dateline.name, meta.dateline.state) == ("Queenstown", "NZ")


def test_em_dash_dateline_without_date(world):
    text = "WASHINGTON — President Joe Biden hosted a summit on Tuesday."
    meta = meta_of(text, world)
    assert meta.dateline is not None and meta.dateline.state == "US"
    assert meta.dateline_date is None
    assert text[meta.story_start:].strip().startswith("President Joe Biden")


def test_day_month_dateline_with_agency_in_parentheses(world):
    text = "Tokyo, 5 May (Kyodo) – Prime Minister Fumio Kishida left for Paris."
    meta = meta_of(text, world, dt.date(2024, 5, 6))
    assert meta.dateline is not None and meta.dateline.name == "Tokyo"
    assert meta.dateline_date == dt.date(2024, 5, 5)
    assert meta.publisher is not None and meta.publisher.name == "Kyodo"


def test_agency_only_dateline_gives_publisher(world):
    text = "BEIJING (Xinhua) -- Chinese President Xi Jinping met foreign guests on Monday."
    meta = meta_of(text, world)
    assert meta.publisher is not None and meta.publisher.name == "Xinhua"
    assert meta.dateline is not None and meta.dateline.state == "CN"


def test_story_sentence_is_not_a_dateline(world):
    meta = meta_of("President Emmanuel Macron met Chancellor Olaf Scholz in Berlin.", world)
    assert meta.dateline is None
    assert meta.story_start == 0


def test_state_name_alone_is_not_a_dateline_city(world):
    meta = meta_of("KENYA, March 3 - President William Ruto spoke in Mombasa.", world)
    assert meta.dateline is None or meta.dateline.name != "Kenya"


def test_outlet_named_in_the_header_line_is_the_publisher(world):
    meta = meta_of("date 2019-06-29 KYODO NEWS - Jun 29, 2019 - 09:40 | World\n"
                   "OSAKA — Leaders met on the sidelines of the summit.", world)
    assert meta.publisher is not None and meta.publisher.name == "Kyodo"
    assert meta.dateline is not None and meta.dateline.name == "Osaka"


def test_agency_after_a_comma_in_the_dateline(world):
    meta = meta_of("Riyadh, April 21, 2023, SPA -- The Crown Prince held a telephone call "
                   "today.", world)
    assert meta.publisher is not None and meta.publisher.name == "Saudi Press Agency"
    assert meta.dateline is not None and meta.dateline.name == "Riyadh"
    assert meta.dateline_date == dt.date(2023, 4, 21)


def test_agency_in_place_of_the_region(world):
    meta = meta_of("RIYADH, SPA -- The Crown Prince held a telephone call today.", world)
    assert meta.publisher is not None and meta.publisher.name == "Saudi Press Agency"
    assert meta.dateline is not None and meta.dateline.name == "Riyadh"


def test_dateline_below_a_headline_and_with_an_agency_after_a_comma(world):
    meta = meta_of("date 2024-03-05\nLeaders agree to talk again\n\n"
                   "NAIROBI, Kenya, (KNA) - The presidents met on Monday.", world)
    assert meta.dateline is not None and meta.dateline.name == "Nairobi"


def test_dateline_with_a_year_and_a_city_state(world):
    meta = meta_of("date 2024-03-05\nSINGAPORE - The ministers met on Monday.", world)
    assert meta.dateline is not None and meta.dateline.state == "SG"
    meta = meta_of("date 2023-10-09\nDoha, 09 October 2023\nThe ministers met.", world)
    assert meta.dateline is not None and meta.dateline.name == "Doha"


def test_a_desk_byline_names_no_author(world):
    for byline in ("By Our Reporter", "By Staff Reporter", "By Special Correspondent",
                   "By Web Desk", "By Staff, Agencies"):
        meta = meta_of(f"{byline}\n\nThe summit opened on Monday.", world)
        assert meta.author is None, byline


def test_dateline_with_the_state_in_brackets(world):
    text = "Aachen (Germany), Jan. 22 (IANS): The two leaders met on Tuesday."
    meta = meta_of(text, world)
    assert meta.dateline is not None
    assert (meta.dateline.name, meta.dateline.state) == ("Aachen", "DE")
    assert meta.dateline_date == dt.date(2024, 1, 22)
    assert text[meta.story_start:].startswith("The two leaders")


def test_dateline_after_blanked_markup(world):
    # "**Nairobi** —" with its marks blanked by the furniture step.
    text = "Kenya hosts talks\n\n  Nairobi   — Kenyan President Amani Otieno spoke on Monday."
    meta = meta_of(text, world)
    assert meta.dateline is not None and meta.dateline.name == "Nairobi"
    assert meta.dateline_span is not None
    assert text[slice(*meta.dateline_span)] == "Nairobi   — "


def test_bylines_without_by_and_in_capitals_name_the_author(world):
    for byline, author in (("Jane Doe | Anadolu Agency", "Jane Doe"),
                           ("Jane Doe, Correspondent", "Jane Doe"),
                           ("Written by Jane Doe", "Jane Doe"),
                           ("BY JANE DOE", "Jane Doe")):
        meta = meta_of(f"{byline}\n\nThe summit opened on Monday.", world)
        assert meta.author == author, byline
    meta = meta_of("Jane Doe | Anadolu Agency\n\nThe summit opened on Monday.", world)
    assert meta.publisher is not None and meta.publisher.name == "Anadolu Agency"


def test_a_headline_with_a_comma_is_not_a_byline(world):
    for line in ("Kenya, Tanzania", "Nairobi, Kenya", "Ruto, Hassan meet | Reuters",
                 "President Amani Otieno | Reuters"):
        meta = meta_of(f"{line}\n\nThe summit opened on Monday.", world)
        assert meta.author is None, line


@pytest.mark.parametrize(("dateline", "city", "state", "date", "publisher"), [
    ("(Xinhua) -- ", None, None, None, "Xinhua"),
    ("New Delhi [India], March 4 (ANI): ", "New Delhi", "IN", dt.date(2024, 3, 4),
     "Asian News International"),
    ("MOSCOW, March 4. /TASS/. ", "Moscow", "RU", dt.date(2024, 3, 4), "TASS"),
    ("MINSK, 4 March /BelTA/ - ", "Minsk", "BY", dt.date(2024, 3, 4), "BelTA"),
    ("Tokyo, March 4 (Jiji Press)--", "Tokyo", "JP", dt.date(2024, 3, 4), "Jiji Press"),
    ("Abu Dhabi, 4th March, 2024 (WAM) -- ", "Abu Dhabi", "AE", dt.date(2024, 3, 4),
     "Emirates News Agency"),
    ("NEW YORK.- ", "New York", "US", None, None),
    ("PORT-AU-PRINCE, Haiti — ", "Port-au-Prince", "HT", None, None),
    ("Lima, 4 mar (EFE).- ", "Lima", "PE", dt.date(2024, 3, 4), "Agencia EFE"),
    ("KATHMANDU: ", "Kathmandu", "NP", None, None),
    ("Dakar, 4 Mar (APS) – ", "Dakar", "SN", dt.date(2024, 3, 4), None),
])
def test_datelines_of_many_agencies(world, dateline, city, state, date, publisher):
    text = f"{dateline}The president met his guest on Monday."
    meta = meta_of(text, world)
    if city is None:
        assert meta.dateline is None
    else:
        assert meta.dateline is not None
        assert (meta.dateline.name, meta.dateline.state) == (city, state)
    assert meta.dateline_date == date
    if publisher:
        assert meta.publisher is not None and meta.publisher.name == publisher
    assert text[meta.story_start:] == "The president met his guest on Monday."


def test_a_byline_under_the_headline_and_standfirst_names_the_author(world):
    meta = meta_of("Leaders pledge to double trade\n\nThe two states will meet again in May.\n\n"
                   "By Jane Doe and John Smith\n\nThe summit opened on Monday.", world)
    assert meta.author == "Jane Doe"


def test_a_sentence_opening_with_by_below_the_lead_is_no_byline(world):
    meta = meta_of("Leaders pledge to double trade\n\nThe two states will meet again.\n\n"
                   "By Tuesday Kenya Airways had resumed its flights.\n\nThe summit opened.",
                   world)
    assert meta.author is None


def test_dated_dateline_closed_by_the_agency_brackets_alone(world):
    text = "Lima, Mar 4 (Andina) Peru and Chile on Monday signed seven agreements."
    meta = meta_of(text, world)
    assert meta.dateline is not None and (meta.dateline.name, meta.dateline.state) == (
        "Lima", "PE")
    assert meta.dateline_date == dt.date(2024, 3, 4)
    assert text[meta.story_start:].strip().startswith("Peru and Chile")
    # Without a date the brackets may be a caption's or a source's, not a dateline's end.
    assert meta_of("LIMA (Andina News / Wire - 4 March) Peru and Chile signed.",
                   world).dateline is None


def test_dateline_date_may_open_with_its_weekday(world):
    meta = meta_of("Lusaka, Thursday 7th March, 2024\n\nPresident Ruth Kamanga met envoys.",
                   world, dt.date(2024, 3, 7))
    assert meta.dateline is not None and meta.dateline.state == "ZM"
    assert meta.dateline_date == dt.date(2024, 3, 7)


@pytest.mark.parametrize(("line", "capital", "state"), [
    ("KUWAIT, Feb 17 (KUNA) -- The Amir received the minister.", "Kuwait City", "KW"),
    ("PANAMA, March 4 - The ministers met.", "Panama City", "PA"),
])
def test_a_state_whose_capital_bears_its_name_names_that_capital(world, line, capital, state):
    meta = meta_of(f"date 2024-03-05\n{line}", world)
    assert (meta.dateline.name, meta.dateline.state) == (capital, state)


def test_a_dash_may_stand_before_the_dateline_date(world):
    meta = meta_of("date 2024-03-05\nNairobi, Kenya - March 4, 2024\n\n"
                   "The two presidents met at State House.", world)
    assert meta.dateline.name == "Nairobi"
    assert meta.dateline_date == dt.date(2024, 3, 4)


def test_a_byline_under_the_headline_followed_by_the_pages_stamps(world):
    meta = meta_of("THE DAILY COURIER\nHome | News | Politics\n\nTwo presidents sign seven "
                   "agreements\n\nBy Jane Doe | Published: March 5, 2024, 7:15 pm | Last updated: "
                   "March 5, 2024, 9:02 pm\n\nPresident Emmanuel Macron met the press on Monday.",
                   world)
    assert meta.author == "Jane Doe"


def test_a_dateline_with_the_hijri_date_before_the_gregorian(world):
    text = ("Jeddah, Sha'ban 22, 1445, March 3, 2024, SPA -- The Crown Prince received a phone "
            "call today.")
    meta = meta_of(text, world)
    assert (meta.dateline.name, meta.dateline.state) == ("Jeddah", "SA")
    assert meta.dateline_date == dt.date(2024, 3, 3)
    assert meta.publisher is not None and meta.publisher.name == "Saudi Press Agency"
    assert text[meta.story_start:].startswith("The Crown Prince")


def test_a_dateline_city_in_capitals_with_accented_letters(world):
    text = "SÃO PAULO, Brazil, March 3 (Plata News) — The two presidents met on Sunday."
    meta = meta_of(text, world)
    assert (meta.dateline.name, meta.dateline.state) == ("São Paulo", "BR")
    assert text[meta.story_start:].startswith("The two presidents")


def test_a_dateline_city_with_accents_and_an_agency_in_brackets(world):
    text = ("Brasília, August 27 (Agência Serrana) – President Ana Ruiz received the "
            "Mexican president.")
    meta = meta_of(text, world)
    assert (meta.dateline.name, meta.dateline.state) == ("Brasília", "BR")
    assert text[meta.story_start:].startswith("President Ana Ruiz")


def test_a_dateline_with_the_hijri_day_first_and_its_gregorian_correspondence(extract):
    facts = extract("Riyadh, 23 Sha'ban 1445 AH, corresponding to 4 March 2024, SPA -- Crown "
                    "Prince Mohammed bin Salman received King Abdullah II of Jordan at "
                    "Al-Yamamah Palace today.")
    assert facts.meta.dateline.name == "Riyadh"
    assert [m.date for m in facts.meetings] == [dt.date(2024, 3, 4)]


def test_a_story_filed_from_two_cities_is_dated_from_the_first(world):
    text = ("SEOUL/BEIJING, March 4 (Hangang) -- National Security Adviser Kim Min-ho met "
            "Chinese Foreign Minister Liu Wen in Beijing on Monday.")
    meta = meta_of(text, world)
    assert (meta.dateline.name, meta.dateline.state) == ("Seoul", "KR")
    assert (meta.second_dateline.name, meta.second_dateline.state) == ("Beijing", "CN")
    assert text[meta.story_start:].startswith("National Security Adviser")


def test_two_cities_of_a_dateline_may_be_joined_by_and(world):
    text = ("NAIROBI and KAMPALA, March 4 (Lakeside Wire) - Kenyan President William Ruto met "
            "Ugandan President Yoweri Museveni in Nairobi on Monday.")
    meta = meta_of(text, world)
    assert (meta.dateline.name, meta.dateline.state) == ("Nairobi", "KE")
    assert meta.dateline_date == dt.date(2024, 3, 4)
    assert text[meta.story_start:].startswith("Kenyan President")


def test_an_office_of_no_state_in_a_story_filed_from_two_cities_is_of_the_first(extract):
    facts = extract("SEOUL/BEIJING, March 4 (Hangang) -- National Security Adviser Kim Min-ho "
                    "met Chinese Foreign Minister Liu Wen in Beijing on Monday. Separately, "
                    "First Vice Foreign Minister Lee Joon-ho held consultations on Monday with "
                    "Chinese Vice Foreign Minister Zhao Ming.")
    offices = {p.name: {q.state for q in p.positions} for p in facts.persons.values()}
    assert offices["Kim Min-ho"] == offices["Lee Joon-ho"] == {"KR"}
    assert [m.place.name for m in facts.meetings] == ["Beijing", "Beijing"]


def test_a_dateline_below_a_portals_masthead_headline_and_byline_is_read(extract):
    facts = extract("OFFICE OF THE PRIME MINISTER – KINGDOM OF CAMBODIA\nNation Religion King\n"
                    "ភាសាខ្មែរ | English\n"
                    "Prime Minister receives Japanese envoy\nAuthor: Press Team\n"
                    "Demining and scholarships on the agenda\n"
                    "Phnom Penh, 5 March 2024 – Prime Minister Sok Dara received Japanese "
                    "Ambassador Kenji Mori at the Peace Palace on 4 March 2024.")
    assert facts.meta.dateline is not None and facts.meta.dateline.name == "Phnom Penh"
    assert [m.place.name for m in facts.meetings] == ["Phnom Penh"]
