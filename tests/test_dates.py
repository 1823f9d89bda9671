"""Relative and written-out dates resolve against the publication date."""

import datetime as dt

import pytest

from diplograph.extract.dates import relative_to_an_event, resolve_date

WEDNESDAY = dt.date(2021, 4, 14)


@pytest.mark.parametrize("expression, expected", [
    ("Wednesday", dt.date(2021, 4, 14)),      # the publication day itself
    ("on Monday", dt.date(2021, 4, 12)),
    ("last Friday", dt.date(2021, 4, 9)),
    ("next Tuesday", dt.date(2021, 4, 20)),
    ("yesterday", dt.date(2021, 4, 13)),
    ("today", WEDNESDAY),
    ("this morning", WEDNESDAY),
    ("tomorrow", dt.date(2021, 4, 15)),
    ("Apr. 14", WEDNESDAY),
    ("14 April 2021", WEDNESDAY),
    ("Nov. 10, 2020", dt.date(2020, 11, 10)),
    ("2019-07-01", dt.date(2019, 7, 1)),
])
def test_expression_resolves_against_publication_date(expression, expected):
    assert resolve_date(expression, WEDNESDAY) == expected


def test_relative_weekday_resolves_to_past_date():
    assert resolve_date("Sunday", WEDNESDAY) == dt.date(2021, 4, 11)


@pytest.mark.parametrize(("text", "day"), [
    ("on Tues.", dt.date(2021, 4, 13)), ("Thurs", dt.date(2021, 4, 8)),
    ("last Fri.", dt.date(2021, 4, 9)),
])
def test_a_weekday_written_short_is_that_weekday(text, day):
    assert resolve_date(text, WEDNESDAY) == day


def test_meetings_on_short_weekdays_are_dated_and_no_weekday_is_a_person(extract):
    facts = extract("NEW DELHI - Foreign Minister Ana Perera of Sri Lanka met Prime Minister "
                    "Ravi Kumar of India on Tues. in New Delhi. On Thurs., Perera spoke by "
                    "phone with the foreign minister of the Maldives, Ali Rasheed.")
    assert "Tues" not in {p.name for p in facts.persons.values()}
    assert sorted(m.date for m in facts.meetings) == [dt.date(2024, 2, 29), dt.date(2024, 3, 5)]


def test_previous_day_is_relative_to_the_event_not_publication():
    event = dt.date(2021, 4, 10)
    assert resolve_date("the previous day", WEDNESDAY, event) == dt.date(2021, 4, 9)
    assert resolve_date("the day before", WEDNESDAY) == dt.date(2021, 4, 13)


@pytest.mark.parametrize("expression, offset", [
    ("the previous evening", -1), ("the night before", -1), ("the same day", 0),
    ("the following morning", 1),
])
def test_event_relative_phrases(expression, offset):
    event = dt.date(2021, 4, 10)
    assert resolve_date(expression, WEDNESDAY, event) == event + dt.timedelta(days=offset)


@pytest.mark.parametrize("expression, offset", [
    ("the day before yesterday", -2), ("the day after tomorrow", 2)])
def test_a_day_counted_from_the_publication_holds_no_event_phrase(expression, offset):
    # "the day before yesterday" holds "the day before", which counts from an event; the
    # whole counts from the day of writing, whatever event the sentence tells of.
    event = dt.date(2021, 4, 10)
    assert resolve_date(expression, WEDNESDAY, event) == WEDNESDAY + dt.timedelta(days=offset)
    assert not relative_to_an_event(expression)


def test_month_day_last_year():
    assert resolve_date("December 20 last year", dt.date(2024, 8, 16)) == dt.date(2023, 12, 20)
    assert resolve_date("March 3 next year", dt.date(2024, 8, 16)) == dt.date(2025, 3, 3)


def test_december_date_in_january_article_is_last_year():
    assert resolve_date("Dec. 30", dt.date(2022, 1, 3)) == dt.date(2021, 12, 30)


def test_relative_date_without_publication_date_stays_unknown():
    assert resolve_date("yesterday", None) is None
    assert resolve_date("Wednesday", None) is None


@pytest.mark.parametrize("expression", ["last year", "three decades", "the pandemic", ""])
def test_expressions_naming_no_day_resolve_to_none(expression):
    assert resolve_date(expression, WEDNESDAY) is None


def test_this_year_keeps_a_date_in_the_publication_year():
    # Without "this year", "December 30" in a January article would be last year's.
    assert resolve_date("December 30 this year", dt.date(2022, 1, 3)) == dt.date(2022, 12, 30)


def test_days_ago_count_back_from_the_anchor():
    from diplograph.extract.dates import resolve_date

    assert resolve_date("two days ago", dt.date(2024, 3, 5)) == dt.date(2024, 3, 3)
    assert resolve_date("3 days ago", dt.date(2024, 3, 5)) == dt.date(2024, 3, 2)


@pytest.mark.parametrize("text, several", [
    ("She paid a three-day state visit to Peru.", True),
    ("He was in Lima on March 2-3 for talks.", True),
    ("The talks were held on 2–3 March.", True),
    ("A forum opened on day two of the state visit.", True),
    ("On the second day of his trip, he toured a port.", True),
    ("He paid a one-day visit to Lima.", False),
    ("On the first day of his visit he laid a wreath.", False),
    ("He arrived in Lima on Monday and met the president.", False),
    ("A 2-1 vote on March 3 passed the bill.", False),
])
def test_a_stay_of_several_days_is_told(text, several):
    from diplograph.extract.dates import spans_several_days

    assert spans_several_days(text) is several


@pytest.mark.parametrize("expression", ["last December", "in March 2023", "next May",
                                        "last month", "early June"])
def test_a_month_or_period_is_no_day(expression):
    from diplograph.extract.dates import names_a_period

    assert names_a_period(expression)


@pytest.mark.parametrize("expression, span", [
    ("in January 2023", (dt.date(2023, 1, 1), dt.date(2023, 1, 31))),
    ("in October", (dt.date(2025, 10, 1), dt.date(2025, 10, 31))),
    ("in December", (dt.date(2025, 12, 1), dt.date(2025, 12, 31))),
    ("in 2012", (dt.date(2012, 1, 1), dt.date(2012, 12, 31))),
    ("on Monday", None),
])
def test_the_month_or_year_an_expression_names(expression, span):
    from diplograph.extract.dates import period_before, period_span
    published = dt.date(2025, 12, 10)
    assert period_span(expression, published) == span
    # before the story's month: an earlier occasion; the month of the story is not
    assert period_before(expression, published) is (span is not None
                                                   and span[1] < dt.date(2025, 12, 1))


@pytest.mark.parametrize("expression, day", [
    ("on 20 November 2568", dt.date(2025, 11, 20)),   # the Buddhist Era, 543 years ahead
    ("April 2, 2569", dt.date(2026, 4, 2)),
    ("on 20 November 2025", dt.date(2025, 11, 20)),
])
def test_a_thai_pages_buddhist_era_year_is_its_common_era_year(expression, day):
    assert resolve_date(expression, dt.date(2025, 11, 21)) == day


@pytest.mark.parametrize("expression, day", [
    ("17.02.2026", dt.date(2026, 2, 17)), ("on 02.03.2026", dt.date(2026, 3, 2)),
    ("17/02/2026", dt.date(2026, 2, 17)), ("2/17/2026", dt.date(2026, 2, 17)),
    ("5/5/2026", dt.date(2026, 5, 5)), ("3/12/2026", None)])
def test_numeric_dates_read_day_first_with_dots_and_either_way_when_clear(expression, day):
    # Dots put the day first; slashes are read only when one number cannot be a month.
    assert resolve_date(expression, WEDNESDAY) == day


def test_a_numeric_date_the_tagger_takes_for_a_number_dates_the_event(extract):
    facts = extract("Kazakh President Arman Seitkali and Uzbek President Timur Rashidov "
                    "last spoke by telephone on 17.02.2024.")
    [call] = facts.meetings
    assert call.date == dt.date(2024, 2, 17)


def test_the_same_day_not_opening_its_sentence_is_the_day_told_before(extract):
    # Published on Tuesday 2024-03-05; the lead tells of Monday, the talks of Sunday.
    facts = extract("Kenya and Ghana agreed on Monday to open their markets to each other's "
                    "tea and cocoa.\n\nKenyan Foreign Minister Joseph Kamau arrived in Accra "
                    "on Sunday and held talks with Ghanaian Foreign Minister Ama Owusu.\n\n"
                    "Later the same day, Kamau called on President Kofi Badu at Jubilee House.")
    dates = {frozenset(m.participants): m.date for m in facts.meetings}
    assert dates[frozenset({"joseph-kamau", "kofi-badu"})] == dt.date(2024, 3, 3)


def test_the_same_day_is_no_day_of_a_treaty_years_before(extract):
    # A digression on the past between the story's days is not the day "the same day" is.
    facts = extract("Ghanaian President Kofi Badu received Kenyan Foreign Minister Joseph "
                    "Kamau on Monday.\n\nThe two countries signed their first trade treaty on "
                    "12 May 2010.\n\nOn the same day, Kamau also met Ghanaian Foreign Minister "
                    "Ama Owusu.")
    dates = {frozenset(m.participants): m.date for m in facts.meetings}
    assert dates[frozenset({"joseph-kamau", "ama-owusu"})].year == 2024


def test_a_day_of_a_month_named_with_its_year_before_is_in_that_year(extract):
    """ "… his state visit in April 2022, when the two held talks on April 5": the talks
    were on 5 April 2022, not on the coming 5 April."""
    facts = extract("COLOMBO - The visit follows Indian Prime Minister Arjun Rao's state visit "
                    "to Sri Lanka in April 2022, when Rao and President Nimal Perera of Sri "
                    "Lanka held talks in Kandy on April 5.")
    assert [(str(m.date), m.status) for m in facts.meetings] == [("2022-04-05", "held")]


def test_a_when_clause_hung_on_a_day_took_place_that_day(extract):
    """ "… a trip X made to Y on October 3rd, 2022, when the pair met at the palace":
    the meeting of that day, not the story's."""
    facts = extract("KINGSTON - Prime Minister Owen Rowe of Jamaica and President Carlos Medina "
                    "of the Dominican Republic agreed on Monday to restore direct flights. The "
                    "visit returns a trip Rowe made to Punta Cana on October 3rd, 2022, when "
                    "the pair met at a seaside hotel.")
    assert "2022-10-03" in [str(m.date) for m in facts.meetings]
