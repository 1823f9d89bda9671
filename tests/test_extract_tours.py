"""Tours told leg by leg, and the documents signed on the way: a memorandum "establishing"
a body has that body for its field, a refuelling stop is no visit, "flies on to X on Friday
morning" is a leg still ahead, "had flown into X" a leg made, a dropped stop of the tour is
a visit called off by the story's traveller, a trip on to another city of the state of a
stay under way is no new visit, "he" after a sentence about a described traveller is that
traveller, and so is a "him" told twice in one sentence, "that evening" is of the latest
day told, the town a rail link leads to is no person, and a development bank's president
holds no state's office.  Each test fails on the code before its rule (the checks that
guard a rule's limits share its test)."""

from __future__ import annotations

from extract_facts import meetings, offices


def _visits(facts) -> set[tuple[str, str, str]]:
    return {(v.guest, v.host, v.status) for v in facts.visits}


def _agreements(facts) -> list[tuple[frozenset[str], tuple[str, ...]]]:
    return [(a.parties, a.topics) for a in facts.agreements if a.status == "held"]


def test_a_document_establishing_a_body_has_the_body_for_its_field(extract):
    """ "signed a memorandum establishing a consular working group", "a declaration setting
    up a strategic partnership": what the document founds is its field."""
    facts = extract(
        "DAKAR, March 5 (Agency) - Marta Silva, Portugal's foreign minister, and Senegal's "
        "foreign minister, Amadou Ba, signed a memorandum establishing a consular working "
        "group.")
    assert [t for _, t in _agreements(facts)] == [("consular working group",)]

    setting_up = extract(
        "LIMA, March 5 (Agency) - When their talks ended, the presidents of Peru and Chile "
        "signed a declaration setting up a strategic partnership of the two republics.")
    assert [t for _, t in _agreements(setting_up)] == [
        ("strategic partnership of the two republics",)]


def test_a_refuelling_stop_is_no_visit(extract):
    """ "her plane had made a refuelling stop in Quito on the way": the aircraft's halt, no
    stay in Ecuador; the visit is to where she flew."""
    facts = extract(
        "Chile's President Lucia Vargas landed in Lima late on Sunday for an official visit; "
        "her plane had made a refuelling stop in Quito on the way, and she stayed aboard.")
    assert _visits(facts) == {("lucia-vargas", "PE", "held")}

    technical = extract(
        "Vargas set off from Santiago on Saturday and, after a technical stop in Quito spent "
        "on board, touched down in Havana on Sunday night. Chile's President Lucia Vargas is "
        "on a tour.")
    assert _visits(technical) == {("lucia-vargas", "CU", "held")}


def test_a_leg_told_in_the_present_for_a_weekday_morning_is_still_ahead(extract):
    """ "flies on to Lima on Friday morning, the closing leg of her journey": a verb of
    travel in the simple present with a weekday's part of the day is a leg still to come,
    like "on Friday" alone."""
    facts = extract(
        "Chile's President Lucia Vargas flies on to Lima on Friday morning, the closing leg of "
        "her journey, and will hold talks there with President Dina Boluarte.")
    assert _visits(facts) == {("lucia-vargas", "PE", "planned")}
    assert meetings(facts, "planned") == {frozenset({"lucia-vargas", "dina-boluarte"})}
    assert not meetings(facts)


def test_a_leg_flown_into_is_a_visit(extract):
    """ "had flown into Doha over the weekend to open his Gulf journey": a visit made."""
    facts = extract(
        "KUWAIT CITY, March 5 (Agency) - Lebanon's President Karim Haddad, who reached Kuwait "
        "on Monday, had flown into Doha over the weekend to open his Gulf journey.")
    assert ("karim-haddad", "QA", "held") in _visits(facts)


#: The story's lead: Vargas's talks on one leg of her tour.
_BOGOTA_TALKS = ("BOGOTA, March 5 (Agency) - Chile's President Lucia Vargas and Colombia's "
                 "President Gustavo Petro held talks in Bogota on Monday")


def test_a_stop_of_the_tour_that_was_dropped_is_a_visit_called_off(extract):
    """ "A further stop, in Quito, was scrapped": the tour's traveller's visit, called off,
    when the sentence names no one; "The final stop of the tour, Quito, has been
    postponed", "A visit to Ecuador, … among the tour's stops, has been put off": put off."""
    facts = extract(_BOGOTA_TALKS + ", the second leg of her regional tour. A further stop, "
                    "in Quito, was scrapped over the weekend.")
    assert ("lucia-vargas", "EC", "cancelled") in _visits(facts)

    for told in ("The final stop of the tour, Quito, has been postponed until a new date is "
                 "found, her office said.",
                 "A visit to the Republic of Ecuador, which her office had listed among the "
                 "tour's stops, has been put off."):
        assert ("lucia-vargas", "EC", "postponed") in _visits(extract(
            _BOGOTA_TALKS + ". " + told)), told

    # A trip within the state of a stay under way that was called off is no visit of its own.
    within = extract(
        "PARIS, March 5 (Agency) - Canada's Prime Minister Daniel Fraser, who landed in Paris "
        "on Monday for an official visit, met President Emmanuel Macron at the Elysee on "
        "Tuesday. A trip to Lyon pencilled in for Thursday was cancelled over a rail strike, "
        "aides said.")
    assert _visits(within) == {("daniel-fraser", "FR", "held")}


def test_a_town_a_rail_link_leads_to_is_no_person(extract):
    """ "talks about … a planned rail link to Dorokha": where the way leads is a place, not
    one of those who held the talks."""
    facts = extract(
        "Chile's Foreign Minister Juan Perez arrived in Thimphu on Monday. On Tuesday Perez and "
        "Prime Minister Tshering Tobgay held talks about a hydropower plant and a planned rail "
        "link to Dorokha.")
    assert "dorokha" not in facts.persons
    assert meetings(facts) == {frozenset({"juan-perez", "tshering-tobgay"})}


def test_the_president_of_a_development_bank_holds_an_office_of_no_state(extract):
    """ "AfDB President NAME": the world data knows the lenders a minister signs with on a
    tour (organizations.csv), so the office is the bank's, not the host state's."""
    facts = extract("Zambia's Finance Minister Mwila Banda met AfDB President Omar Diallo in "
                    "Lusaka on Monday.")
    assert offices(facts, "omar-diallo") == {("President", None)}


def test_a_trip_on_to_another_city_of_the_state_of_a_stay_under_way_is_no_new_visit(extract):
    """ "Thanh is to call on the Emperor on Thursday and then travel to Osaka", in the story
    of Thanh's visit to Japan whose city it leaves untold: a leg of the stay under way (in
    the capital, when untold), no visit still to come."""
    facts = extract(
        "TOKYO, March 5 (Agency) - Vietnam's Prime Minister Le Van Thanh, who began an official "
        "visit to Japan on Monday, held talks with his counterpart Sanae Takaichi the same "
        "day. Thanh is to call on Emperor Naruhito on Thursday and then travel to Osaka.")
    assert _visits(facts) == {("le-van-thanh", "JP", "held")}


def test_he_after_a_described_subject_is_that_subject(extract):
    """ "The Lebanese President had been in Doha … and held talks with the Amir, Sheikh …. He
    will travel on to Muscat": "he" is the subject the sentence before described, even when
    the man it then named is shown a man by his honorific and the subject is not."""
    facts = extract(
        "KUWAIT CITY, March 5 (Agency) - Lebanon's President Karim Haddad reached Kuwait on "
        "Monday.\n\nThe Lebanese President had been in Doha on Sunday and held talks with the "
        "Amir of Qatar, Sheikh Tamim bin Hamad Al Thani.\n\nHe will travel on to Muscat on "
        "Thursday to meet Sultan Haitham bin Tarik.")
    assert _visits(facts) == {("karim-haddad", "OM", "planned")}
    assert meetings(facts, "planned") == {frozenset({"karim-haddad", "haitham-bin-tarik"})}


def test_him_twice_in_one_sentence_is_the_same_guest(extract):
    """ "A greeted him on the tarmac, and President B received him for talks": the second
    "him" is whom the first stood for, the guest, not A, who did the first act to him."""
    facts = extract(
        "KAMPALA, March 5 (Agency) - Kenya's Foreign Minister Musalia Mudavadi arrived in "
        "Kampala on Monday. Uganda's Foreign Minister Jeje Odongo greeted him on the tarmac, "
        "and President Yoweri Museveni received him for talks at State House later.")
    assert frozenset({"musalia-mudavadi", "yoweri-museveni"}) in meetings(facts)
    assert not any("jeje-odongo" in m and "yoweri-museveni" in m for m in meetings(facts))


def test_that_evening_is_the_latest_day_the_sentence_before_told(extract):
    """ "took off from Santiago on Saturday, … and reached Panama City on Sunday afternoon.
    That evening …": the evening of the latest day told, Sunday, not the first."""
    facts = extract(
        "PANAMA CITY, March 5 (Agency) - President Maria Lopez of Chile is touring Central "
        "America. Her aircraft took off from Santiago on Saturday, stopped in Lima to refuel "
        "and reached Panama City on Sunday afternoon. That evening Panama's Foreign Minister "
        "Javier Martinez-Acha hosted a dinner for Lopez.")
    assert [m.date.isoformat() for m in facts.meetings] == ["2024-03-03"]
