"""Finding person names, their offices, gazetteer names and descriptions."""

from __future__ import annotations

import pytest

from diplograph.extract.mentions import find_mentions
from diplograph.extract.nlp import load_model
from diplograph.world import load_world


@pytest.fixture(scope="module")
def nlp():
    return load_model()


@pytest.fixture(scope="module")
def world():
    return load_world()


@pytest.fixture()
def mentions(nlp, world):
    def run(text: str):
        return find_mentions(nlp(text), nlp, world)
    return run


def positions(found) -> dict[str, tuple[str | None, str | None]]:
    return {m.name: (m.position.role, m.position.state) if m.position else (None, None)
            for m in found.persons}


@pytest.mark.parametrize("text, name, role, state", [
    ("Kenyan President William Ruto arrived on Monday.", "William Ruto", "President", "KE"),
    ("William Ruto, the president of Kenya, arrived on Monday.", "William Ruto",
     "President", "KE"),
    ("Prime Minister of India Narendra Modi spoke on Monday.", "Narendra Modi",
     "Prime Minister", "IN"),
    ("Germany's Chancellor Olaf Scholz spoke on Monday.", "Olaf Scholz", "Chancellor", "DE"),
    ("French President Emmanuel Macron spoke on Monday.", "Emmanuel Macron", "President", "FR"),
    ("The talks were led by Anthony Albanese, Australia's prime minister, on Monday.",
     "Anthony Albanese", "Prime Minister", "AU"),
    ("King Abdullah II of Jordan received the delegation.", "Abdullah II", "King", "JO"),
])
def test_office_written_next_to_a_name_becomes_its_position(mentions, text, name, role, state):
    assert positions(mentions(text)).get(name) == (role, state)


def test_ministerial_title_gives_the_portfolio(mentions):
    found = positions(mentions("Foreign Minister Wang Yi arrived in Nairobi on Monday."))
    assert found["Wang Yi"][0] == "Minister of Foreign Affairs"


def test_name_after_a_title_is_found_even_when_the_tagger_misses_it(mentions):
    found = mentions("Talks were opened by President Bola Tinubu of Nigeria on Friday.")
    assert "Bola Tinubu" in positions(found)


@pytest.mark.parametrize("text", [
    "Xinhua reported that the talks lasted two hours.",
    "The meeting was reported by Yonhap on Tuesday.",
    "Kyodo said the ministers had agreed on the agenda.",
    "According to Bernama, the visit will take place in May.",
    "Anadolu Agency said the talks were constructive.",
])
def test_news_agencies_are_not_persons(mentions, text):
    found = mentions(text)
    assert found.persons == []
    assert any(hit.kind == "org" for hit in found.hits)


def test_states_and_cities_are_not_persons(mentions):
    found = mentions("Kenya and India signed documents in Nairobi, and Mombasa hosted a fair.")
    assert found.persons == []
    assert {hit.key for hit in found.of_kind("state")} == {"KE", "IN"}
    assert {hit.key for hit in found.of_kind("place")} >= {"Nairobi"}


def test_surname_alone_is_a_person_mention(mentions):
    found = mentions("President Emmanuel Macron arrived on Monday. Later, Macron met students.")
    names = [m.name for m in found.persons]
    assert names == ["Emmanuel Macron", "Macron"]


def test_state_before_an_office_makes_a_description(mentions):
    found = mentions("Talks continued after the French president left the hall.")
    [description] = found.descriptions
    assert description.roles == ("President",)
    assert description.states == ("FR",)
    assert not description.plural


def test_counterpart_with_demonym_is_a_description(mentions):
    found = mentions("Prime Minister Narendra Modi thanked his Kenyan counterpart for the visit.")
    [description] = found.descriptions
    assert description.counterpart
    assert description.states == ("KE",)


def test_the_two_leaders_is_a_plural_description_of_two(mentions):
    found = mentions("The two leaders discussed trade and security.")
    [description] = found.descriptions
    assert description.plural and description.count == 2


def test_a_bare_common_noun_title_is_not_a_description(mentions):
    found = mentions("A president should listen to citizens.")
    assert found.descriptions == []


def test_counterpart_named_after_takes_the_office_of_the_person_before(mentions):
    found = positions(mentions("Chinese President Xi Jinping held a phone call with his "
                               "Russian counterpart Vladimir Putin on Monday."))
    assert found["Vladimir Putin"] == ("President", "RU")


def test_names_with_particles_and_regnal_numbers(mentions):
    found = positions(mentions("Egyptian President Abdel Fattah al-Sisi received King "
                               "Abdullah II of Jordan in Cairo on Sunday."))
    assert found == {"Abdel Fattah al-Sisi": ("President", "EG"), "Abdullah II": ("King", "JO")}
