"""Agreements: what was signed, its kind, fields, parties, signatories and witnesses."""

from __future__ import annotations

import datetime as dt

import pytest

from diplograph.extract.facts import Position


def test_signed_memorandum_of_understanding_on_a_topic(extract):
    facts = extract("India and Kenya signed a memorandum of understanding on trade on Monday.")
    [agreement] = facts.agreements
    assert agreement.kind == "MoU"
    assert agreement.topics == ("trade",)
    assert agreement.parties == {"IN", "KE"}
    assert agreement.date == dt.date(2024, 3, 4)
    assert agreement.status == "held"


@pytest.mark.parametrize("verb", ["signed", "inked", "exchanged"])
def test_agreements_counted_together_are_one_bundle_with_every_field(extract, verb):
    # Issue #13: documents not enumerated one by one are one agreement with all its fields.
    facts = extract(f"Kenya and India {verb} agreements in the fields of health and education "
                    "on Monday.")
    [bundle] = facts.agreements
    assert set(bundle.topics) == {"health", "education"}
    assert bundle.kind == "Agreement" and bundle.parties == {"IN", "KE"}


def test_documents_enumerated_one_by_one_are_one_agreement_each(extract):
    facts = extract("Kenya and India signed an agreement on health and a memorandum of "
                    "understanding on education on Monday.")
    assert sorted((a.kind, a.topics) for a in facts.agreements) == [
        ("Agreement", ("health",)), ("MoU", ("education",))]


def test_bundle_fields_stop_before_a_purpose(extract):
    facts = extract("Kenya and India inked four agreements in the fields of industry, tourism "
                    "and energy, aimed at deepening ties, on Monday.")
    [bundle] = facts.agreements
    assert set(bundle.topics) == {"industry", "tourism", "energy"}


def test_named_persons_sign(extract):
    facts = extract("Foreign Minister Subrahmanyam Jaishankar and Foreign Minister Wang Yi "
                    "signed an agreement on border management on Monday.")
    [agreement] = facts.agreements
    assert agreement.signatories == {"subrahmanyam-jaishankar", "wang-yi"}
    assert agreement.parties == {"IN", "CN"}
    assert agreement.topics == ("border management",)


def test_unnamed_offices_sign_as_positions(extract):
    facts = extract("The foreign ministers of India and Kenya signed a memorandum on "
                    "cooperation in tourism on Monday.")
    [agreement] = facts.agreements
    assert agreement.signatory_positions == {Position("Minister of Foreign Affairs", "IN"),
                                             Position("Minister of Foreign Affairs", "KE")}
    assert agreement.signatories == frozenset()


def test_leaders_in_the_presence_of_are_witnesses_not_signatories(extract):
    facts = extract("The trade ministers of India and Kenya signed a memorandum of "
                    "understanding on Monday in the presence of Prime Minister Narendra Modi "
                    "and President William Ruto.")
    [agreement] = facts.agreements
    assert agreement.witnesses == {"narendra-modi", "william-ruto"}
    assert agreement.signatories == frozenset()
    assert agreement.parties == {"IN", "KE"}


def test_expected_to_sign_is_planned(extract):
    facts = extract("India and Kenya are expected to sign an agreement on defence next week.")
    [agreement] = facts.agreements
    assert agreement.status == "planned"


def test_postponed_signing_is_postponed(extract):
    # Postponed and cancelled are told apart (issue #13 point 4): the first still lies ahead.
    facts = extract("The signing of the trade agreement between India and Kenya was postponed.")
    [agreement] = facts.agreements
    assert agreement.status == "postponed"


def test_cancelled_signing_is_cancelled(extract):
    facts = extract("The signing of the trade agreement between India and Kenya was called off.")
    [agreement] = facts.agreements
    assert agreement.status == "cancelled"


def test_talking_about_an_agreement_is_not_signing_one(extract):
    facts = extract("Prime Minister Narendra Modi and President William Ruto discussed a free "
                    "trade agreement on Monday.")
    assert facts.agreements == []


def test_agreement_signed_at_the_meeting_takes_its_place(extract):
    facts = extract("Prime Minister Narendra Modi held talks with President William Ruto in "
                    "Nairobi on Monday. The two sides signed a memorandum of understanding on "
                    "agriculture on Monday.")
    [agreement] = facts.agreements
    assert agreement.place is not None and agreement.place.name == "Nairobi"


def test_leaders_who_signed_together_met_though_they_met_months_before(extract):
    """Two leaders who signed a document together met that day; a meeting of the two the
    text dates to an earlier month is another occasion, not this one."""
    meetings = extract("Fijian Prime Minister Sitiveni Rabuka and Tongan Prime Minister Aisake "
                       "Eke yesterday signed a joint communiqué on fisheries, at the end of "
                       "talks at the prime minister's residence in Suva.\n\nMr Rabuka and Mr Eke "
                       "last met in Apia in July, when they held talks on the margins "
                       "of a regional fisheries conference.").meetings
    assert sorted(str(m.date) for m in meetings) == ["2024-03-04", "None"]


def test_ministers_who_put_their_signatures_to_a_document_signed_it(extract):
    facts = extract("WINDHOEK - President Anna Shikongo of Namibia and Botswana's President "
                    "Kabo Seretse held talks in Windhoek on Sunday. Deputy Prime Minister "
                    "Tomas Nghidinwa and his Botswana counterpart put their signatures to a "
                    "letter of intent on a power corridor.")
    [agreement] = facts.agreements
    assert agreement.parties == {"BW", "NA"} and "tomas-nghidinwa" in agreement.signatories


def test_a_field_ending_in_or_or_and_keeps_its_last_letters(extract):
    # "corridor", "Thailand": the end of a word, not a listing's dangling "or" or "and"
    facts = extract("WINDHOEK - President Anna Shikongo of Namibia and Botswana's President "
                    "Kabo Seretse signed a letter of intent on a transport corridor and a "
                    "power corridor.")
    [agreement] = facts.agreements
    assert set(agreement.topics) == {"transport corridor", "power corridor"}


def test_leaders_who_witnessed_the_exchange_are_witnesses(extract):
    facts = extract("Indonesian President Joko Widodo and Malaysian Prime Minister Anwar Ibrahim "
                    "witnessed the exchange of memorandums of understanding in Jakarta on "
                    "Monday.")
    [agreement] = facts.agreements
    assert agreement.kind == "MoU"
    assert agreement.witnesses == {"joko-widodo", "anwar-ibrahim"}
    assert agreement.signatories == frozenset()
    assert agreement.parties == {"ID", "MY"}


def test_two_signings_in_one_sentence_are_two_documents_with_their_own_signers(extract):
    facts = extract("India and Kenya signed a memorandum of understanding on tourism, and the "
                    "defence ministers of Japan and the Philippines signed an agreement on "
                    "maritime security.")
    by_kind = {a.kind: a for a in facts.agreements}
    assert len(facts.agreements) == 2
    assert by_kind["MoU"].topics == ("tourism",)
    assert by_kind["MoU"].parties == {"IN", "KE"}
    assert by_kind["MoU"].signatory_positions == frozenset()
    assert by_kind["Agreement"].topics == ("maritime security",)
    assert by_kind["Agreement"].parties == {"JP", "PH"}
    assert by_kind["Agreement"].signatory_positions == {Position("Minister of Defence", "JP"),
                                                        Position("Minister of Defence", "PH")}


def test_agreement_and_memorandum_in_one_signing_are_two_documents(extract):
    facts = extract("India and Kenya signed an agreement on railways and a memorandum of "
                    "understanding on the digital economy on Monday.")
    assert sorted((a.kind, a.topics) for a in facts.agreements) == [
        ("Agreement", ("railways",)), ("MoU", ("digital economy",))]
    assert all(a.parties == {"IN", "KE"} for a in facts.agreements)


def test_leaders_watching_are_witnesses_not_signatories(extract):
    facts = extract("Prime Minister Narendra Modi held talks with President William Ruto in "
                    "Nairobi on Monday. The trade ministers of India and Kenya then signed an "
                    "agreement on agriculture, with the two leaders watching.")
    [agreement] = facts.agreements
    assert agreement.witnesses == {"narendra-modi", "william-ruto"}
    assert agreement.signatories == frozenset()


def test_presidents_looking_on_are_witnesses_not_signatories(extract):
    facts = extract("Kenyan President William Ruto held talks with Tanzanian President Samia "
                    "Suluhu Hassan in Nairobi on Monday. The foreign ministers of Kenya and "
                    "Tanzania signed a memorandum of understanding on tourism as the presidents "
                    "looked on.")
    [agreement] = facts.agreements
    assert agreement.witnesses == {"william-ruto", "samia-suluhu-hassan"}
    assert agreement.signatories == frozenset()


def test_ministers_of_both_countries_sign_for_each_party_state(extract):
    facts = extract("Prime Minister Narendra Modi held talks with President William Ruto in "
                    "Nairobi on Monday. The foreign ministers of both countries signed an "
                    "agreement on visa exemption.")
    [agreement] = facts.agreements
    assert agreement.parties == {"IN", "KE"}
    assert agreement.signatory_positions == {Position("Minister of Foreign Affairs", "IN"),
                                             Position("Minister of Foreign Affairs", "KE")}


def test_next_sentence_gives_the_fields_of_the_exchanged_memorandums(extract):
    facts = extract("India and Kenya exchanged three memorandums of understanding on Monday. "
                    "The memorandums cover cooperation in the fields of health, tourism and "
                    "education.")
    # Counted, not enumerated: one bundle of three memorandums with every field (#13).
    [bundle] = facts.agreements
    assert set(bundle.topics) == {"education", "health", "tourism"}
    assert bundle.kind == "MoU"


def test_exchanging_the_signed_documents_adds_no_agreement(extract):
    facts = extract("India and Kenya signed an agreement on maritime security on Monday. "
                    "Officials exchanged the signed documents at a ceremony.")
    [agreement] = facts.agreements
    assert agreement.topics == ("maritime security",)


def test_words_inside_quotes_sign_nothing(extract):
    facts = extract("Prime Minister Narendra Modi met Foreign Minister Penny Wong on Monday. "
                    "\"The treaty will be concluded soon,\" said Foreign Minister Penny Wong.")
    assert facts.agreements == []


def test_science_and_technology_is_one_topic_of_a_single_agreement(extract):
    [agreement] = extract("India and Kenya signed an agreement on science and technology on "
                          "Monday.").agreements
    assert agreement.topics == ("science and technology",)


# --- Issue #13 (signatories and witnesses as real news gives them) --------------------------
# Invented persons; the states are real so that parties resolve.


def test_an_exchange_of_know_how_is_no_signing(extract):
    facts = extract("Kenya and Peru signed a memorandum on fisheries on Monday. The memorandum "
                    "will also widen the exchange of know-how between their fishing ports.")
    [agreement] = facts.agreements
    assert agreement.status == "held" and agreement.topics == ("fisheries",)


def test_witnesses_listed_after_the_signing_are_all_witnesses(extract):
    facts = extract("Kenyan President Malo Ternik and Peruvian President Aldo Vasquez Rimac "
                    "signed a declaration on ocean research on Monday, witnessed by Chilean "
                    "President Juan Ostra, Bolivian President Ema Quispe and Ecuador's "
                    "President Leon Marda.")
    [agreement] = facts.agreements
    assert agreement.signatories == {"malo-ternik", "aldo-vasquez-rimac"}
    assert agreement.witnesses == {"juan-ostra", "ema-quispe", "leon-marda"}


def test_signers_after_a_presence_phrase_stay_signers(extract):
    facts = extract("In the presence of Kenyan President Malo Ternik, Kenyan Foreign Minister "
                    "Ida Wambor and Peruvian Foreign Minister Aldo Vasquez Rimac signed a "
                    "memorandum on tourism on Monday.")
    [agreement] = facts.agreements
    assert agreement.witnesses == {"malo-ternik"}
    assert agreement.signatories == {"ida-wambor", "aldo-vasquez-rimac"}


@pytest.mark.parametrize("talks", [
    "after Kenyan President Malo Ternik and his Peruvian counterpart Aldo Vasquez Rimac held "
    "talks in Nairobi",
    "following the talks between Kenyan President Malo Ternik and Peruvian President Aldo "
    "Vasquez Rimac"])
def test_leaders_who_only_held_talks_are_not_signatories(extract, talks):
    facts = extract(f"Kenya and Peru on Monday inked five agreements {talks}.")
    [bundle] = facts.agreements
    assert bundle.signatories == frozenset()
    assert bundle.parties == {"KE", "PE"}


def test_a_bundle_leaves_the_topic_of_the_document_it_names_to_that_document(extract):
    facts = extract("Kenya and Peru on Monday inked five agreements, including a treaty on "
                    "extradition.")
    by_rule = {a.rule.rsplit(":", 1)[-1]: a for a in facts.agreements}
    assert by_rule["included"].topics == ("extradition",)
    assert by_rule["bundle"].topics == ()


def test_signers_told_in_the_sentence_after_the_signing(extract):
    facts = extract("Kenya and Peru signed a memorandum on fisheries on Monday. Kenyan Foreign "
                    "Minister Ida Wambor signed for Kenya, while Peruvian Foreign Minister Aldo "
                    "Vasquez Rimac signed on behalf of his country.")
    [agreement] = facts.agreements
    assert agreement.signatories == {"ida-wambor", "aldo-vasquez-rimac"}


def test_leaders_who_exchange_views_after_a_signing_do_not_sign_it(extract):
    facts = extract("Kenya and Peru signed a memorandum on fisheries on Monday. Kenyan "
                    "President Malo Ternik and Peruvian President Aldo Vasquez Rimac exchanged "
                    "views on the region.")
    [agreement] = facts.agreements
    assert agreement.signatories == frozenset() and agreement.witnesses == frozenset()


def test_witnesses_told_in_a_later_sentence(extract):
    facts = extract("Kenya and Peru signed seven agreements on Monday. The agreements were "
                    "exchanged in the presence of Kenyan President Malo Ternik and Peruvian "
                    "President Aldo Vasquez Rimac.")
    [bundle] = facts.agreements
    assert bundle.witnesses == {"malo-ternik", "aldo-vasquez-rimac"}
    assert bundle.signatories == frozenset()


@pytest.mark.parametrize("signers", ["the two countries' ministers in charge of mining",
                                     "their respective ministers responsible for mining"])
def test_ministers_in_charge_of_a_field_sign_for_each_party(extract, signers):
    facts = extract("Kenya and Peru signed a memorandum on fisheries on Monday. A second "
                    f"memorandum, on copper, was signed by {signers}.")
    copper = next(a for a in facts.agreements if a.topics == ("copper",))
    assert copper.signatory_positions == {Position("Minister of Mining", "KE"),
                                          Position("Minister of Mining", "PE")}


def test_an_office_with_neither_state_nor_title_is_no_signatory(extract):
    facts = extract("Kenya and Peru signed a memorandum on oil on Monday, signed by the "
                    "Minister.")
    [agreement] = facts.agreements
    assert agreement.signatory_positions == frozenset()


# --- Issue #13 (fields as real news gives them) ----------------------------------------------


@pytest.mark.parametrize("tail", [", saying it would lift growth", ", the ministry said",
                                  ", officials added"])
def test_a_reporting_clause_after_the_topic_is_no_field(extract, tail):
    facts = extract(f"Kenya and Peru signed an agreement on copper exports{tail}.")
    [agreement] = facts.agreements
    assert agreement.topics == ("copper exports",)


def test_as_well_as_opens_the_next_document(extract):
    facts = extract("Kenya and Peru signed agreements on ports and fishing, as well as a "
                    "memorandum on tourism, on Monday.")
    assert sorted(t for a in facts.agreements for t in a.topics) == [
        "fishing", "ports", "tourism"]


def test_fields_named_before_sector(extract):
    one = extract("Kenya and Peru signed an agreement in the copper sector on Monday.")
    several = extract("Kenya and Peru signed agreements in the copper, tea and tourism "
                      "sectors on Monday.")
    assert one.agreements[0].topics == ("copper",)
    assert several.agreements[0].topics == ("copper", "tea", "tourism")


def test_the_next_sentence_saying_what_the_documents_cover(extract):
    facts = extract("Kenya and Peru signed ten agreements on Monday. The agreements cover "
                    "ports, tea and tourism.")
    [bundle] = facts.agreements
    assert bundle.topics == ("ports", "tea", "tourism")


def test_several_documents_on_two_fields_are_two_fields(extract):
    facts = extract("Kenya and Peru signed agreements on ports and fishing on Monday.")
    [bundle] = facts.agreements
    assert set(bundle.topics) == {"ports", "fishing"}


def test_each_on_opens_one_field(extract):
    facts = extract("Kenya and Peru signed memorandums on youth and sports and on the tea "
                    "trade on Monday.")
    [bundle] = facts.agreements
    assert bundle.topics == ("youth and sports", "tea trade")


@pytest.mark.parametrize(("document", "topic"), [
    ("an extradition treaty", "extradition"), ("a free trade agreement", "free trade"),
    ("the new Kenya-Peru friendship treaty", "friendship")])
def test_the_noun_before_the_document_is_its_topic(extract, document, topic):
    [agreement] = extract(f"Kenya and Peru signed {document} on Monday.").agreements
    assert agreement.topics == (topic,)


def test_a_cooperation_agreement_has_no_topic_of_cooperation(extract):
    [agreement] = extract("Kenya and Peru signed a cooperation agreement on Monday.").agreements
    assert agreement.topics == ()


def test_two_documents_named_by_their_modifiers_are_two(extract):
    facts = extract("Kenya and Peru signed an extradition treaty and a free trade agreement "
                    "on Monday.")
    assert sorted(a.topics for a in facts.agreements) == [("extradition",), ("free trade",)]


def test_a_document_named_by_its_modifier_merges_with_its_fuller_report(extract):
    facts = extract("Kenya and Peru sign friendship declaration\nPresident Malo Ternik of "
                    "Kenya and President Aldo Vasquez Rimac of Peru signed a declaration on "
                    "lasting friendship and trade in Lima on Monday.")
    [agreement] = facts.agreements  # one document, reported twice
    assert "lasting friendship and trade" in agreement.topics


def test_leaders_overseeing_a_signing_by_their_ministers(extract):
    facts = extract("Kenyan President Malo Ternik and Peruvian President Juan Ostra oversaw "
                    "the signing of a memorandum on fisheries by their foreign ministers.")
    [agreement] = facts.agreements
    assert agreement.witnesses == {"malo-ternik", "juan-ostra"}
    assert agreement.signatory_positions == {Position("Minister of Foreign Affairs", "KE"),
                                             Position("Minister of Foreign Affairs", "PE")}


def test_a_document_with_an_international_body_takes_no_state_of_the_story(extract):
    facts = extract("Kenyan President Malo Ternik met Peruvian President Juan Ostra on "
                    "Monday. Kenya signed an agreement on trade with the African Union.")
    [agreement] = facts.agreements
    assert agreement.parties == {"KE"}


def test_a_ceremony_in_the_presence_of_leaders_covers_every_document_just_told(extract):
    facts = extract("Kenyan President Malo Ternik met Peruvian President Juan Ostra on Monday. "
                    "Kenyan Foreign Minister Ida Wambor and Peruvian Foreign Minister Aldo "
                    "Vasquez Rimac signed a memorandum on tea and another on copper. A third "
                    "memorandum, on ports, was signed by their transport ministers. The signing "
                    "ceremony took place in the presence of President Malo Ternik and President "
                    "Juan Ostra.")
    assert len(facts.agreements) == 3
    for agreement in facts.agreements:
        assert agreement.witnesses == {"malo-ternik", "juan-ostra"}


def test_a_state_named_in_the_witness_phrase_is_no_party(extract):
    facts = extract("Kenyan President Malo Ternik and Peruvian President Aldo Vasquez Rimac "
                    "signed a declaration on ocean research, witnessed by Chile's President "
                    "Juan Ostra.")
    [agreement] = facts.agreements
    assert agreement.parties == {"KE", "PE"}


def test_leaders_talking_after_the_signing_do_not_sign(extract):
    facts = extract("Kenya and Peru signed seven instruments on Monday before the talks "
                    "between Kenyan President Malo Ternik and Peruvian President Juan Ostra.")
    [bundle] = facts.agreements
    assert bundle.signatories == frozenset()


def test_documents_a_bundle_counted_are_listed_later_with_its_witnesses(extract):
    facts = extract("Kenya and Peru inked seven agreements on Monday. The agreements were "
                    "exchanged in the presence of Kenyan President Malo Ternik and Peruvian "
                    "President Juan Ostra. They include memoranda of understanding on tea "
                    "exports and on copper mining.")
    assert sorted(a.topics for a in facts.agreements) == [("copper mining",), ("tea exports",)]
    for agreement in facts.agreements:
        assert agreement.kind == "MoU"
        assert agreement.witnesses == {"malo-ternik", "juan-ostra"}


def test_documents_exchanged_by_ministers_are_no_list_of_documents(extract):
    facts = extract("Kenya and Peru exchanged three memorandums covering tea, copper and ports "
                    "on Monday. The memorandums on tea and on copper were exchanged by Kenyan "
                    "Foreign Minister Ida Wambor and Peruvian Foreign Minister Aldo Vasquez "
                    "Rimac.")
    [bundle] = facts.agreements
    assert bundle.topics == ("tea", "copper", "ports")
    assert bundle.signatories == {"ida-wambor", "aldo-vasquez-rimac"}


def test_the_fields_of_talks_held_before_the_signing_are_not_the_documents(extract):
    facts = extract("Kenya and Peru on Monday inked seven agreements after President Malo "
                    "Ternik and President Juan Ostra held talks to boost ties in areas such as "
                    "energy, ports and trade.")
    [bundle] = facts.agreements
    assert bundle.topics == ()


def test_a_document_on_one_field_that_also_covers_another_has_both(extract):
    [agreement] = extract("Kenya and Peru signed an agreement on tea which also covers "
                          "coffee.").agreements
    assert agreement.topics == ("tea", "coffee")


def test_what_a_document_provides_for_are_its_fields_too(extract):
    # A relative clause telling what the document sets up or provides for lists its
    # content; "A and an exchange of B" is two fields, each with its own article.
    [memorandum] = extract("Kenya and Peru signed a memorandum on port security, which "
                           "provides for joint inspections and an exchange of pilots.").agreements
    assert memorandum.topics == ("port security", "joint inspections", "exchange of pilots")
    [declaration] = extract("Kenya and Peru signed a declaration on migration that calls for "
                            "yearly meetings of interior ministers.").agreements
    assert declaration.topics == ("migration", "yearly meetings of interior ministers")


def test_an_unnamed_counterpart_signs_as_the_same_office_of_his_state(extract):
    facts = extract("The agreement on tea was signed by Kenya's Minister of Trade and his "
                    "Peruvian counterpart.")
    [agreement] = facts.agreements
    assert agreement.signatory_positions == {Position("Minister of Trade", "KE"),
                                             Position("Minister of Trade", "PE")}


def test_the_document_signed_in_the_next_sentence_is_the_memorandum_told(extract):
    facts = extract("Kenya and Peru signed a memorandum on tea. Kenyan Trade Minister Ida "
                    "Wambor and Peruvian Ambassador Aldo Vasquez Rimac inked the document.")
    [agreement] = facts.agreements
    assert agreement.kind == "MoU" and agreement.topics == ("tea",)
    assert agreement.signatories == {"ida-wambor", "aldo-vasquez-rimac"}


def test_a_signing_denied_is_no_agreement(extract):
    facts = extract("Kenyan President Malo Ternik met Peruvian President Juan Ostra on Monday. "
                    "Ternik said Kenya would not sign any agreement that harms its farmers.")
    assert facts.agreements == []


def test_an_agreement_concluded_by_an_exchange_of_letters_is_signed_by_their_signers(extract):
    facts = extract("Kenyan President Malo Ternik received Peruvian President Juan Ostra on "
                    "Monday. An agreement on search and rescue was concluded by an exchange of "
                    "letters. The letters were signed by the two foreign ministers, Ida Wambor "
                    "and Aldo Vasquez Rimac.")
    [agreement] = facts.agreements
    assert agreement.topics == ("search and rescue",)
    assert agreement.signatories == {"ida-wambor", "aldo-vasquez-rimac"}


def test_documents_in_such_fields_as_a_and_b_have_those_fields(extract):
    facts = extract("Kenyan President Malo Ternik received Peruvian President Juan Ostra on "
                    "Monday. The two witnessed the signing of several documents in such fields "
                    "as agriculture, health and digital connectivity.")
    [bundle] = facts.agreements
    assert bundle.topics == ("agriculture", "health", "digital connectivity")


@pytest.mark.parametrize("sentence", [
    "Ternik signed Federal Law On Ratification of the Agreement between Kenya and Peru on "
    "Mutual Recognition of Diplomas.",
    "Ternik signed into law a bill ratifying the trade agreement with Peru.",
    "Ternik signed a decree approving the agreement with Peru."])
def test_a_leader_signing_a_law_or_decree_on_an_agreement_signs_no_agreement(extract, sentence):
    facts = extract("Kenyan President Malo Ternik met Peruvian President Juan Ostra on Monday. "
                    + sentence)
    assert facts.agreements == []


def test_an_agreement_signed_under_a_law_is_still_signed(extract):
    # A guard beside the rule that a leader signing a law signs no agreement.
    facts = extract("Kenyan President Malo Ternik met Peruvian President Juan Ostra on Monday. "
                    "The two signed an agreement on tea under a law of 2020.")
    assert [a.topics for a in facts.agreements] == [("tea",)]


@pytest.mark.parametrize("sentence", ["No documents were signed.",
                                      "No agreement was signed, officials said.",
                                      "The leaders signed no agreements."])
def test_no_documents_signed_is_no_agreement(extract, sentence):
    facts = extract("Kenyan President Malo Ternik met Peruvian President Juan Ostra on Monday. "
                    + sentence)
    assert facts.agreements == []


@pytest.mark.parametrize(("text", "topic"), [
    ("The two countries signed a treaty of friendship in 1964.", "friendship"),
    ("The leaders agreed to sign an agreement on tea exports soon.", "tea exports")])
def test_when_the_signing_happens_is_no_part_of_the_topic(extract, text, topic):
    facts = extract("Kenyan President Malo Ternik met Peruvian President Juan Ostra on Monday. "
                    + text)
    [agreement] = facts.agreements
    assert agreement.topics == (topic,)


@pytest.mark.parametrize("rest", ["etc", "and other areas", "and many other fields"])
def test_the_rest_of_a_listing_is_no_field(extract, rest):
    facts = extract(f"Kenya and Peru signed agreements on tea, ports, copper, {rest}.")
    [bundle] = facts.agreements
    assert bundle.topics == ("tea", "ports", "copper")


def test_the_purpose_of_a_single_document_is_its_topic(extract):
    [agreement] = extract("Kenya and Peru signed a memorandum to promote tea exports on "
                          "Monday.").agreements
    assert agreement.topics == ("tea exports",)


def test_a_purpose_of_mere_ties_is_no_topic(extract):
    [agreement] = extract("Kenya and Peru signed a memorandum to boost ties on Monday."
                          ).agreements
    assert agreement.topics == ()


def test_a_later_sentence_naming_the_document_gives_its_fields_in_any_words(extract):
    facts = extract("Kenya and Peru signed four agreements on Monday. The new agreements "
                    "provide for cooperation in the fields of tea, ports and copper.")
    [bundle] = facts.agreements
    assert bundle.topics == ("tea", "ports", "copper")


def test_talks_after_the_signing_give_the_document_no_fields(extract):
    facts = extract("Kenya and Peru signed a memorandum on Monday. The two presidents then "
                    "held talks on cooperation in tea and copper.")
    [agreement] = facts.agreements
    assert agreement.topics == ()


@pytest.mark.parametrize("watch", ["looked on as", "were present as", "watched as"])
def test_leaders_who_looked_on_as_others_signed_are_witnesses(extract, watch):
    facts = extract(f"Kenyan President Malo Ternik and Peruvian President Juan Ostra {watch} "
                    "their foreign ministers signed a memorandum on tea.")
    [agreement] = facts.agreements
    assert agreement.witnesses == {"malo-ternik", "juan-ostra"}
    assert agreement.signatories == frozenset()
    assert agreement.signatory_positions == {Position("Minister of Foreign Affairs", "KE"),
                                             Position("Minister of Foreign Affairs", "PE")}


def test_signers_named_by_after_the_presence_phrase_sign(extract):
    facts = extract("The memorandum on tea was signed in the presence of Kenyan President Malo "
                    "Ternik and Peruvian President Juan Ostra by Kenyan Foreign Minister Ida "
                    "Wambor and Peruvian Foreign Minister Aldo Vasquez Rimac.")
    [agreement] = facts.agreements
    assert agreement.witnesses == {"malo-ternik", "juan-ostra"}
    assert agreement.signatories == {"ida-wambor", "aldo-vasquez-rimac"}


def test_pacts_are_documents(extract):
    [bundle] = extract("Kenya and Peru inked five pacts on tea, ports and copper on "
                       "Monday.").agreements
    assert bundle.topics == ("tea", "ports", "copper") and bundle.parties == {"KE", "PE"}


def test_a_landmark_is_no_topic(extract):
    [agreement] = extract("Kenya and Peru signed a landmark security pact.").agreements
    assert agreement.topics == ("security",)


def test_a_memorandum_signed_by_ministers_in_the_plural_has_one_of_each_party(extract):
    facts = extract("Kenya and Peru signed a memorandum on tea, signed by the foreign "
                    "ministers.")
    [agreement] = facts.agreements
    assert agreement.signatory_positions == {Position("Minister of Foreign Affairs", "KE"),
                                             Position("Minister of Foreign Affairs", "PE")}


@pytest.mark.parametrize("document", ["a 10-year agreement", "a draft agreement"])
def test_a_length_or_a_stage_before_the_document_is_no_topic(extract, document):
    [agreement] = extract(f"Kenya and Peru signed {document} on Monday.").agreements
    assert agreement.topics == ()


def test_adjectives_of_fields_before_the_document_noun_are_its_fields(extract):
    facts = extract("Kenya and India signed cultural, military and investment agreements "
                    "on Monday.")
    [bundle] = facts.agreements
    assert bundle.topics == ("cultural", "military", "investment")
    facts = extract("Kenya and India signed a cultural agreement and a military agreement "
                    "on Monday.")
    assert sorted(a.topics for a in facts.agreements) == [("cultural",), ("military",)]
    # An adjective that says nothing of the field is none.
    [agreement] = extract("Kenya and India signed a new agreement on Monday.").agreements
    assert agreement.topics == ()


def test_one_long_topic_is_kept_whole(extract):
    facts = extract("Kenya and India signed a declaration on the main principles of building "
                    "a comprehensive strategic partnership of a new type on Monday.")
    [agreement] = facts.agreements
    assert agreement.topics == (
        "main principles of building a comprehensive strategic partnership of a new type",)


@pytest.mark.parametrize("text", [
    "Kenya and India signed eight documents on Monday. They concern trade, mining and health.",
    "Kenya and India signed eight documents on Monday, in particular on trade, mining and "
    "health.",
    "The documents Kenya and India signed on Monday relate to trade, mining and health.",
])
def test_fields_listed_after_a_verb_of_coverage(extract, text):
    [bundle] = extract(text).agreements
    assert bundle.topics == ("trade", "mining", "health")


def test_concern_as_a_noun_lists_no_fields(extract):
    [agreement] = extract("Kenya and India signed an agreement on Monday. The two leaders "
                          "voiced concern over the floods.").agreements
    assert agreement.topics == ()


@pytest.mark.parametrize("text", [
    "Kenya and India signed documents on cooperation in various areas on Monday. They cover "
    "trade, mining and health.",
    "Kenya and India signed documents on cooperation in various areas, including trade, "
    "mining and health, on Monday.",
    "Documents on cooperation in various areas were exchanged by Kenya and India during the "
    "visit, including trade, mining and health.",
])
def test_various_areas_is_no_field_of_its_own(extract, text):
    [bundle] = extract(text).agreements
    assert bundle.topics == ("trade", "mining", "health")


def test_guessed_signatory_states_follow_the_order_of_sides_in_a_signing_list(extract):
    facts = extract(
        "LIMA, March 5 - President Amadou Diallo of Mali and President Ana Ruiz of Peru "
        "witnessed the signing of three agreements in Lima on Tuesday.\n\n"
        "The following documents were signed:\n\n"
        "1. Agreement on Air Services between Mali and Peru, signed by Malian Foreign "
        "Minister Moussa Keita and Minister of Foreign Affairs Rosa Quispe;\n"
        "2. Memorandum of Understanding on Mining between Mali and Peru, signed by Mines "
        "Secretary Ibrahim Traore and Minister of Energy and Mines Luis Soto;\n"
        "3. Agreement on Culture between Mali and Peru, signed by Culture Secretary Awa Sidibe "
        "and Minister of Culture Jorge Rojas.")
    states = {key: {p.state for p in person.positions} for key, person in facts.persons.items()}
    assert states["ibrahim-traore"] == {"ML"} and states["awa-sidibe"] == {"ML"}
    assert states["luis-soto"] == {"PE"} and states["jorge-rojas"] == {"PE"}


def test_a_list_announced_with_a_colon_has_only_its_listed_documents(extract):
    facts = extract("Foreign Minister Ana Ruiz of Peru paid an official visit to Chile.\n\n"
                    "The following MoUs were signed during the visit:\n"
                    "i. MoU on cooperation in the field of fisheries;\n"
                    "ii. MoU on sports.")
    assert sorted(a.topics for a in facts.agreements) == [("fisheries",), ("sports",)]


def test_a_leader_named_without_office_who_signs_with_another_met_them(extract):
    # World data: Putin President of Russia on the day; the text gives him no office.
    facts = extract("Vladimir Putin and President of Peru Ana Ruiz signed a treaty on "
                    "strategic partnership following Russian-Peruvian talks in the Kremlin.")
    [meeting] = facts.meetings
    assert meeting.participants == {"vladimir-putin", "ana-ruiz"}
    assert meeting.place.name == "Moscow"
    [agreement] = facts.agreements
    assert agreement.place.name == "Moscow"


def test_fields_a_bundle_includes_on(extract):
    [agreement] = extract("Peru and Chile on Friday signed a slew of agreements, including on "
                          "labour mobility, health, and shipping, after talks in Lima."
                          ).agreements
    assert agreement.topics == ("labour mobility", "health", "shipping")


def test_signatories_of_two_sides_are_not_list_peers(extract):
    facts = extract("LIMA, March 4 - The agreement was signed by Dr. Luis Soto, Minister of "
                    "State for Foreign Trade, and Ana Ruiz, Cabinet Secretary for Investments, "
                    "Trade and Industry of Chile, in the presence of President Marta Vidal of "
                    "Peru and President Jorge Rojas of Chile.")
    offices = {key: {p.state for p in person.positions} for key, person in facts.persons.items()}
    assert offices["ana-ruiz"] == {"CL"}
    assert offices["luis-soto"] == {"PE"}


def test_leaders_who_welcomed_the_signing_did_not_sign(extract):
    [agreement] = extract("President Ana Ruiz of Peru and President Luis Soto of Chile welcomed "
                          "the signing of MoUs in the areas of health and fisheries."
                          ).agreements
    assert agreement.signatories == frozenset()
    assert agreement.witnesses == {"ana-ruiz", "luis-soto"}


def test_a_state_in_a_corridors_name_is_no_party(extract):
    facts = extract("NAIROBI, March 5 -- President William Ruto hosted Prime Minister Abiy "
                    "Ahmed of Ethiopia at State House on Tuesday. The leaders witnessed the "
                    "signing of seven agreements covering trade, roads and the development of "
                    "the Lamu Port-South Sudan-Ethiopia Transport corridor.")
    assert [set(a.parties) for a in facts.agreements] == [{"KE", "ET"}]


def test_acts_listed_one_by_one_are_one_agreement_each(extract):
    facts = extract("President Luis Soto of Peru received President Maria Ruiz of Chile in "
                    "Lima on Tuesday.\n\nAt the end of the meeting, the following acts were "
                    "signed:\n\n1. Memorandum of Understanding on Cooperation in Mining;\n"
                    "2. Agreement for the construction of a bridge over the Sama River, "
                    "between Tacna and Arica;\n3. Agreement on Residence for Border "
                    "Residents.\n\nThe acts were signed by the two foreign ministers.")
    listed = [a for a in facts.agreements if a.rule == "agreements:enumerated"]
    assert len(listed) == 3
    assert not any(a.signatories for a in listed)


def test_a_bundle_told_again_by_the_documents_listed_is_those_documents(extract):
    facts = extract("LIMA, March 5 - President Luis Soto of Peru and his Chilean counterpart "
                    "Maria Ruiz held talks in Lima on Tuesday and signed agreements on a "
                    "border crossing and on energy.\n\nThree documents were signed at the end "
                    "of the talks: an agreement on a joint border crossing point, a "
                    "memorandum of understanding on an electricity line, and an agreement on "
                    "the recognition of diplomas.")
    assert len(facts.agreements) == 3
    assert not any(a.rule.endswith(":bundle") for a in facts.agreements)


def test_a_bundle_stating_its_number_stays_beside_the_documents_listed(extract):
    facts = extract("LIMA, March 5 - President Luis Soto of Peru and his Chilean counterpart "
                    "Maria Ruiz held talks in Lima on Tuesday and signed 11 agreements on "
                    "trade, energy and health.\n\nTwo documents were signed at the end of the "
                    "talks: an agreement on a joint border crossing point and a memorandum of "
                    "understanding on an electricity line.")
    assert any(a.rule.endswith(":bundle") for a in facts.agreements)


def test_a_listed_document_signed_by_its_own_ministers_is_one_document(extract):
    facts = extract("President Luis Soto of Peru received President Maria Ruiz of Chile in "
                    "Lima on Tuesday.\n\nIn the presence of the two presidents, the following "
                    "documents were also signed:\n"
                    "- the Agreement between the Government of Peru and the Government of "
                    "Chile on the development of the Tacna - Arica motorway, signed by the "
                    "ministers of infrastructure;\n"
                    "- the Memorandum of Understanding in the field of energy, signed by "
                    "Peruvian Minister of Energy Carlos Vega and Chilean Minister of Energy "
                    "Ana Lopez.")
    assert len(facts.agreements) == 2


@pytest.mark.parametrize("text, count", [
    ("Kenya and Ghana signed 11 agreements on Tuesday.", 11),
    ("Kenya and Ghana signed eleven agreements and memoranda on Tuesday.", 11),
    ("Kenya and Ghana signed more than 20 documents on Tuesday.", None),
    ("Kenya and Ghana signed agreements on trade and energy on Tuesday.", None),
])
def test_a_bundle_keeps_the_number_of_documents_the_text_states(extract, text, count):
    [bundle] = extract(text).agreements
    assert bundle.count == count


def test_a_bundle_counted_in_the_headline_and_the_story_is_one(extract):
    facts = extract("Ruto hosts Ghana's Mahama, 11 agreements signed in Nairobi\n\n"
                    "President William Ruto of Kenya held talks with President John Mahama of "
                    "Ghana in Nairobi on Tuesday. After the talks, Kenya and Ghana signed 11 "
                    "agreements and memoranda in fields including energy, transport and health.")
    [bundle] = facts.agreements
    assert (bundle.count, bundle.topics) == (11, ("energy", "transport", "health"))


def test_the_count_of_a_bundle_is_in_the_graph(extract, world):
    from rdflib import Literal
    from rdflib.namespace import XSD

    from diplograph.articles import parse_article
    from diplograph.extract.pipeline import extract_article
    from diplograph.graph.build import article_graph
    from diplograph.namespaces import DG

    article = parse_article("Kenya and Ghana signed 11 agreements on Tuesday.", "count.txt")
    _, triples = article_graph(article, extract_article(article), world)
    assert [o for _, p, o in triples if p == DG.documentCount] == [
        Literal(11, datatype=XSD.nonNegativeInteger)]


def test_a_participle_after_the_field_ends_it(extract):
    [memorandum] = extract("- A memorandum of understanding on cooperation in the field of "
                           "solar power, exchanged by Kenyan Energy Minister Ali Hassan and "
                           "Ghanaian Energy Minister Kofi Mensah.").agreements
    assert memorandum.topics == ("solar power",)


def test_the_topic_after_a_between_phrase_is_the_documents(extract):
    [agreement] = extract("Kenya and Ghana signed an agreement between the two governments "
                          "on visa exemption on Monday.").agreements
    assert agreement.topics == ("visa exemption",)


def test_the_agreement_a_protocol_amends_is_no_document_of_its_own(extract):
    facts = extract("In the presence of the two presidents of Kenya and Ghana, the Agreement "
                    "between the Governments of the two countries on the joint management of "
                    "river basins and the Protocol on amendments to the Agreement on the "
                    "Volta Fisheries Commission were signed on Monday.")
    assert sorted(a.topics for a in facts.agreements) == [
        ("Volta Fisheries Commission",), ("joint management of river basins",)]


def test_various_areas_followed_by_a_verb_names_no_field(extract):
    [bundle] = extract("Documents on cooperation in various areas were exchanged by Kenya and "
                       "India after the talks on Monday.").agreements
    assert bundle.topics == ()


@pytest.mark.parametrize("text, topics", [
    # "in the presence of" ends the fields; it is none of them
    ("Kenya and Uganda signed memoranda on education, health and digital cooperation in the "
     "presence of the two presidents.", ("education", "health", "digital cooperation")),
    # the parser hangs "maritime" on the document noun, past "cooperation"
    ("Australia and Indonesia signed a maritime cooperation agreement.",
     ("maritime cooperation",)),
    # the purpose, an adverb between "to" and its verb
    ("Ghana and Togo signed an agreement to jointly fight cocoa smuggling.",
     ("cocoa smuggling",)),
])
def test_fields_of_one_signing(extract, text, topics):
    [agreement] = extract(text).agreements
    assert agreement.topics == topics


def test_the_visitor_named_after_during_signs_nothing(extract):
    [bundle] = extract("India and the UAE exchanged five MoUs, including one on an investment "
                       "treaty, during Prime Minister Modi's visit to Abu Dhabi.").agreements
    assert bundle.signatories == frozenset()


def test_a_letter_of_intent_is_a_document_with_its_topic(extract):
    [agreement] = extract("Kenya and Peru signed a letter of intent on tourism on "
                          "Monday.").agreements
    assert (agreement.parties, agreement.topics) == (frozenset({"KE", "PE"}), ("tourism",))


def test_signers_named_in_apposition_after_the_agent(extract):
    [bundle] = extract(
        "President John Mahama of Ghana held talks with President Alassane Ouattara of Côte "
        "d'Ivoire in Accra, with Foreign Minister Samuel Ablakwa of Ghana and Foreign Minister "
        "Léon Kacou Adom of Côte d'Ivoire. After the talks, the two governments signed seven "
        "agreements on trade, energy and youth employment. The documents were signed by the "
        "two foreign ministers, Mr Ablakwa and Mr Kacou Adom, as the heads of state looked "
        "on.").agreements
    assert bundle.signatories == {"samuel-ablakwa", "leon-kacou-adom"}


def test_a_counted_bundle_naming_a_few_of_its_documents_stays_one_bundle(extract):
    facts = extract("President Luis Soto of Peru held talks with President Maria Ruiz of Chile "
                    "in Lima. Following the talks, eight documents were signed in the presence "
                    "of the two presidents, including intergovernmental agreements, a road map "
                    "of energy cooperation for 2026-2030 and memoranda in science and sport.")
    bundles = [a for a in facts.agreements if a.count == 8]
    assert len(bundles) == 1 and bundles[0].parties == {"PE", "CL"}


@pytest.mark.parametrize("words", ["has been pushed back to January", "slipped to January"])
def test_a_signing_pushed_back_is_postponed(extract, words):
    facts = extract("Peru and Chile met on Tuesday, but the signing of the agreement on the "
                    f"border bridge, which had been expected this week, {words}.")
    assert [a.status for a in facts.agreements] == ["postponed"]


def test_the_office_that_signs_beside_a_named_holder_is_the_other_holder(extract):
    facts = extract("The Taoiseach, Sean Byrne, met British Prime Minister Tom "
                    "Harding on Friday. The Taoiseach, Sean Byrne, and the Prime Minister signed "
                    "a joint statement on energy cooperation at the end of the summit.")
    assert [set(a.signatories) for a in facts.agreements] == [{"sean-byrne", "tom-harding"}]


def test_listed_documents_each_followed_by_its_own_signed_by_line(extract):
    # A head of state's readout: each document on its line, its signers in a sentence of
    # their own after it.
    facts = extract("Talks between Vladimir Putin and President of Kyrgyzstan Sadyr Japarov "
                    "took place in the Kremlin. The following documents were signed in the "
                    "presence of the two Presidents:\n\n"
                    "- Plan of consultations between the foreign ministries of Russia and "
                    "Kyrgyzstan for 2025-2026. Signed by Minister of Foreign Affairs of Russia "
                    "Sergei Lavrov and Minister of Foreign Affairs of Kyrgyzstan Jeenbek "
                    "Kulubaev.\n"
                    "- Memorandum of understanding on cooperation in the field of renewable "
                    "energy. Signed by Minister of Energy of Russia Sergei Tsivilev and "
                    "Minister of Energy of Kyrgyzstan Taalaibek Ibraev.\n"
                    "- Agreement on the construction of schools in Kyrgyzstan. Signed by the "
                    "relevant ministries.")
    assert sorted(sorted(a.signatories) for a in facts.agreements) == [
        [], ["jeenbek-kulubaev", "sergei-lavrov"], ["sergei-tsivilev", "taalaibek-ibraev"]]


def test_a_listed_documents_signed_on_behalf_of_line_gives_its_signers(extract):
    facts = extract("Talks between President Luis Abinader and President of Panama Jose Raul "
                    "Mulino took place in Santo Domingo. The following instruments were "
                    "signed:\n\n"
                    "- Agreement on the exchange of driving licences. Signed on behalf of the "
                    "Government of the Dominican Republic by the Minister of Foreign Affairs, "
                    "Roberto Alvarez, and on behalf of the Government of Panama by the "
                    "Minister of Foreign Affairs, Javier Martinez-Acha.\n\n"
                    "- Memorandum of understanding on cruise tourism. Signed by the Minister "
                    "of Tourism, David Collado.")
    assert sorted((a.topics, tuple(sorted(a.signatories))) for a in facts.agreements) == [
        (("cruise tourism",), ("david-collado",)),
        (("exchange of driving licences",), ("javier-martinez-acha", "roberto-alvarez"))]


def test_the_signing_verbs_own_subject_signs_not_the_one_of_the_verb_it_joins(extract):
    facts = extract("LUANDA - The foreign ministers of Kenya, Rwanda and Angola met in Luanda on "
                    "Tuesday, and the Kenyan and Rwandan ministers signed a declaration of "
                    "principles on border verification. Kenya's Foreign Minister Musalia "
                    "Mudavadi and Rwanda's Foreign Minister Olivier Nduhungirehe spoke to "
                    "reporters. Angola's Foreign Minister Tete Antonio chaired the session.")
    assert [sorted(a.parties) for a in facts.agreements] == [["KE", "RW"]]
    assert "tete-antonio" not in facts.agreements[0].signatories


def test_who_received_the_signer_in_a_joined_clause_did_not_sign(extract):
    facts = extract("BELGRADE - Hungarian Foreign Minister Peter Szijjarto signed an "
                    "intergovernmental agreement on a new crude oil pipeline with Serbia on "
                    "Tuesday and was received by President Aleksandar Vucic.")
    assert [sorted(a.signatories) for a in facts.agreements] == [["peter-szijjarto"]]


def test_the_two_countries_of_an_agreement_are_those_of_the_call_just_told(extract):
    facts = extract("Crown Prince Mohammed bin Salman received Syrian President Ahmed al-Sharaa "
                    "in Riyadh on Tuesday. The Crown Prince and al-Sharaa discussed energy.\n\n"
                    "Foreign Minister Prince Faisal bin Farhan received a phone call today from "
                    "Mohammad Ishaq Dar, Deputy Prime Minister and Minister of Foreign Affairs of "
                    "Pakistan. During the call, they reviewed the implementation of the Strategic "
                    "Mutual Defense Agreement signed between the two countries in Riyadh on "
                    "September 17, 2023.")
    assert [sorted(a.parties) for a in facts.agreements] == [["PK", "SA"]]


@pytest.mark.parametrize("verb", ["had hoped to sign", "hopes to sign"])
def test_an_agreement_someone_hoped_to_sign_is_not_signed(extract, verb):
    facts = extract(f"Brazilian President Luiz Inácio Lula da Silva {verb} a trade agreement "
                    f"with Paraguayan President Santiago Peña at the summit.")
    assert [a.status for a in facts.agreements] in ([], ["planned"])


KREMLIN_LIST = ("Vladimir Putin held talks with President of Uzbekistan Shavkat Mirziyoyev in "
                "Moscow on Monday.\n\nDocuments signed during the state visit of the President "
                "of Uzbekistan to Russia\n\nJoint Statement by the two Presidents on the "
                "strategic partnership\nSigned by: Vladimir Putin and Shavkat Mirziyoyev\n\n"
                "Plan of Consultations between the two Ministries of Foreign Affairs for "
                "2024-2025\nSigned by: Sergey Lavrov and Bakhtiyor Saidov\n\n"
                "In addition, more than 30 commercial agreements in energy and textiles were "
                "concluded between companies of the two countries.")


def test_a_heading_over_documents_signed_lists_them_one_by_one_with_their_signers(extract):
    facts = extract(KREMLIN_LIST)
    listed = [a for a in facts.agreements if a.rule == "agreements:enumerated"]
    assert [sorted(a.signatories) for a in listed] == [
        ["shavkat-mirziyoyev", "vladimir-putin"], ["bakhtiyor-saidov", "sergey-lavrov"]]
    # the commercial agreements told after the list are a bundle of their own
    assert len(facts.agreements) == 3


def test_a_signer_named_without_office_holds_the_office_the_world_data_gives(extract):
    facts = extract(KREMLIN_LIST)
    assert {(p.role, p.state) for p in facts.persons["sergey-lavrov"].positions} == {
        ("Minister of Foreign Affairs", "RU")}


def test_a_documents_title_in_quotation_marks_is_read_as_narration(extract):
    [agreement] = extract('The "Memorandum of Understanding on cooperation in renewable energy" '
                          "was signed by Energy Minister Luis Soto of Chile and Energy Minister "
                          "Ana Ruiz of Peru.").agreements
    assert (agreement.kind, agreement.topics, sorted(agreement.signatories)) == (
        "MoU", ("renewable energy",), ["ana-ruiz", "luis-soto"])


def test_documents_told_one_by_one_after_documents_were_signed_are_no_bundle(extract):
    facts = extract("President Luis Soto of Chile held talks with President Ana Ruiz of Peru "
                    "in Lima on Monday. Then Chilean-Peruvian documents were signed. The "
                    '"Joint Declaration on the Strategic Partnership" was signed by the two '
                    'presidents. The "Memorandum of Understanding on cooperation in '
                    'fisheries" was signed by Fisheries Minister Pedro Gil of Chile and '
                    "Fisheries Minister Rosa Paz of Peru.")
    assert sorted(a.topics for a in facts.agreements) == [("Strategic Partnership",),
                                                          ("fisheries",)]


def test_fields_set_off_by_commas_after_the_documents_are_all_read(extract):
    facts = extract("President Luis Soto of Chile and President Ana Ruiz of Peru met in Lima "
                    "on Monday. Five agreements, on water, transport, health and tourism, were "
                    "signed by ministers of the two countries.")
    assert [a.topics for a in facts.agreements] == [("water", "transport", "health", "tourism")]


def test_of_two_signers_one_of_each_party_when_the_other_is_stated(extract):
    facts = extract("The UAE and Bolivia signed an economic agreement. It was signed by Pedro "
                    "Gil, Minister of State for Foreign Trade, and Bolivia's Minister of "
                    "Economy Rosa Paz.")
    assert {p.state for p in facts.persons["pedro-gil"].positions} == {"AE"}


def test_a_document_named_in_another_documents_topic_is_part_of_that_topic(extract):
    [agreement] = extract("Kenya and Peru signed an agreement on a pilot programme of seasonal "
                          "work permits on Monday.").agreements
    assert agreement.topics == ("pilot programme of seasonal work permits",)


def test_the_comma_of_a_number_does_not_split_a_field(extract):
    [agreement] = extract("Kenya and Peru signed a memorandum on the pensions of border "
                          "workers, a question for some 40,000 families, on Monday.").agreements
    assert agreement.topics == ("pensions of border workers",)


def test_a_joint_statement_issued_after_talks_is_an_agreement(extract):
    # Issue #13: a joint statement is an agreement of its kind, also when it is only
    # named as "the joint statement issued after the talks".
    [agreement] = extract("Kenya's President Ali Soto held talks with Peru's President Ana Ruiz "
                          "in Lima on Monday. In a joint statement issued after the talks, the "
                          "two presidents said trade would double.").agreements
    assert agreement.parties == {"KE", "PE"}
    assert agreement.date == dt.date(2024, 3, 4)


def test_counted_documents_each_on_its_own_topic_are_one_agreement_each(extract):
    # "three memoranda, on A, on B and on C": enumerated, not one bundle.
    facts = extract("Kenya and Peru signed three memoranda of understanding, on tea, on ports "
                    "and on copper, on Monday.")
    assert sorted(a.topics for a in facts.agreements) == [("copper",), ("ports",), ("tea",)]
    assert {a.kind for a in facts.agreements} == {"MoU"}


def test_documents_on_topics_each_with_its_own_on_but_not_counted_stay_one_bundle(extract):
    # Guard: without a count that matches, "agreements on A and on B" is a summary.
    facts = extract("Kenya and Peru signed agreements on tea and on copper on Monday.")
    assert [sorted(a.topics) for a in facts.agreements] == [["copper", "tea"]]


def test_a_joint_statement_issued_after_documents_on_topics_is_its_own_agreement(extract):
    facts = extract("The two presidents witnessed the exchange of two memoranda of "
                    "understanding, on tea and on copper, and issued a joint statement.")
    assert sorted(a.topics for a in facts.agreements) == [(), ("copper",), ("tea",)]


def test_a_package_of_documents_on_fields_among_others_is_one_bundle_with_its_fields(extract):
    # The issue's own example: "a package of 14 documents on energy, health and culture,
    # among others" is one agreement with all its fields and the stated count.
    [bundle] = extract("Kenya and India signed a package of 14 documents on energy, health and "
                       "culture, among others.").agreements
    assert bundle.topics == ("energy", "health", "culture")
    assert bundle.count == 14


def test_a_document_on_its_own_topic_is_no_report_of_the_joint_statement(extract):
    facts = extract("Kenya and Peru signed two agreements in Lima on Monday. A third document, "
                    "on the recognition of diplomas, was only initialled. Talks will resume "
                    "next year, according to the joint statement issued after the talks.")
    assert ("recognition of diplomas",) in [a.topics for a in facts.agreements]
    assert () in [a.topics for a in facts.agreements if a.rule != "agreements:3:bundle"]


def test_listed_documents_amending_extending_or_with_their_signers_keep_their_topics(extract):
    facts = extract("Kenya's President Ali Soto and Peru's President Ana Ruiz signed the "
                    "following documents in Lima on Monday:\n"
                    "– Memorandum of understanding on the establishment of a joint investment "
                    "company (signed by the two ministers of economy and trade of both sides);\n"
                    "– Protocol amending the Agreement on international road transport;\n"
                    "– a protocol extending the customs exemptions granted to farm products.")
    assert [a.topics for a in facts.agreements] == [
        ("establishment of a joint investment company",), ("international road transport",),
        ("customs exemptions granted to farm products",)]


def test_what_a_single_document_is_to_build_is_its_topic(extract):
    [agreement] = extract("Kenya and Peru inked an agreement to build a wind farm in the north "
                          "on Monday.").agreements
    assert agreement.topics == ("wind farm in the north",)


@pytest.mark.parametrize("text, signers", [
    ("The two ministers initialled an agreement on fisheries, which is to be signed during "
     "the state visit of the President next spring.", set()),
    ("Kenya and Peru agreed in principle on an agreement on fisheries. It is to be signed at "
     "the next summit.", set()),
    ("Kenya and Peru agreed on an agreement on fisheries. Foreign ministers Ana Ruiz and Pedro "
     "Gil are expected to sign it in the spring.", {"ana-ruiz", "pedro-gil"}),
])
def test_a_signing_still_to_come_of_a_document_told_is_a_planned_agreement(extract, text,
                                                                            signers):
    [planned] = [a for a in extract(text).agreements if a.status == "planned"]
    assert planned.topics == ("fisheries",)
    assert set(planned.signatories) == signers


def test_leaders_in_whose_presence_ministers_signed_are_witnesses(extract):
    facts = extract("Kenya's President Ali Soto held talks with Peru's President Ana Ruiz in "
                    "Lima. Kenyan Foreign Minister Musa Omondi and his Peruvian counterpart, "
                    "Pedro Gil, then signed a memorandum of understanding on fisheries in the "
                    "leaders' presence.")
    [agreement] = facts.agreements
    assert set(agreement.signatories) == {"musa-omondi", "pedro-gil"}
    assert set(agreement.witnesses) == {"ali-soto", "ana-ruiz"}
    assert agreement.topics == ("fisheries",)


def test_a_state_the_topic_passes_through_is_no_party_of_the_two_countries(extract):
    [agreement] = extract("Kenya's Energy Minister Musa Omondi and Peru's Energy Minister Pedro "
                          "Gil signed a memorandum on linking the two countries' power grids via "
                          "Brazil.").agreements
    assert agreement.parties == {"KE", "PE"}


def test_a_signing_after_talks_still_to_come_is_planned(extract):
    [agreement] = extract("On Tuesday Peru's President Ana Ruiz will be received by Kenya's "
                          "President Ali Soto at State House for talks followed by the signing "
                          "of agreements on tea, ports and copper.").agreements
    assert agreement.status == "planned"


def test_a_document_signed_by_ministers_that_will_serve_as_a_record_was_signed(extract):
    # Guard: the participle "signed" is the event itself, however the sentence goes on.
    [agreement] = extract("Officials said a memorandum on youth exchanges, signed by Kenya's "
                          "Foreign Minister Musa Omondi and his Peruvian counterpart Pedro Gil "
                          "after the summit, would serve as the record of the visit."
                          ).agreements
    assert agreement.status == "held"


def test_a_signing_still_to_come_by_named_signers_on_a_day(extract):
    facts = extract("President Luis Soto of Chile and President Ana Ruiz of Peru met in Lima "
                    "on Monday. An agreement on the border bridge was initialled. It will be "
                    "signed by the two presidents on 15 March, when they open the bridge at "
                    "Tacna.")
    [planned] = [a for a in facts.agreements if a.status == "planned"]
    assert planned.signatories == {"luis-soto", "ana-ruiz"}
    assert planned.date == dt.date(2024, 3, 15)


def test_a_listed_documents_topic_ends_before_a_relative_clause(extract):
    facts = extract("President Luis Soto of Chile and President Ana Ruiz of Peru held talks in "
                    "Lima on Monday. The following documents were signed:\n"
                    "- an agreement on mutual legal assistance in criminal matters, which the "
                    "two governments had negotiated since 2019;\n"
                    "- a memorandum of understanding on tourism.")
    assert sorted(a.topics for a in facts.agreements) == [
        ("mutual legal assistance in criminal matters",), ("tourism",)]


def test_a_headlines_report_of_the_storys_document_is_that_document(extract):
    facts = extract("Ruiz and Vela sign declaration on river towns\n\n"
                    "MONTEVIDEO, March 4 -- Presidents Ana Ruiz of Brazil and Tomas Vela of "
                    "Uruguay met on Monday. At the end of the meeting the two presidents signed a "
                    "declaration on border integration and shared schools.")
    assert [a.topics for a in facts.agreements] == [("border integration and shared schools",)]


def test_a_document_named_after_a_city_has_the_topic_after_its_name(extract):
    facts = extract("MONTEVIDEO, March 4 -- The presidents of Brazil and Uruguay, Ana Ruiz and "
                    "Tomas Vela, signed on Monday the Declaration of Montevideo on border "
                    "integration.")
    assert [a.topics for a in facts.agreements] == [("border integration",)]


def test_a_field_list_ends_at_but(extract):
    facts = extract("KUALA LUMPUR, May 3 -- Malaysia and Turkiye signed a free trade agreement "
                    "covering trade in services and investment, but the signing of a second "
                    "protocol was postponed.")
    assert [a.topics for a in facts.agreements if a.status == "held"] == [
        ("trade in services and investment",)]


def test_a_statement_issued_after_a_meeting_of_three_states_is_all_three(extract):
    facts = extract("Kenyan President William Ruto hosted Ugandan President Yoweri Museveni "
                    "and Tanzanian President Samia Suluhu Hassan for a trilateral summit on "
                    "Monday. A joint statement issued after the meeting announced a railway "
                    "partnership.")
    assert [a.parties for a in facts.agreements] == [frozenset({"KE", "UG", "TZ"})]


def test_an_international_bodys_official_signs_for_the_body_not_a_state(extract):
    # The body's head is no state's signatory, and no other state of the story fills the
    # second party.
    facts = extract("TASHKENT - Uzbek President Ravshan Aliev received the President of the "
                    "World Bank, Laura Mendes, on Monday, after she met Kenyan officials in "
                    "Nairobi. Mendes and Finance Minister Odil Rakhimov then signed a financing "
                    "agreement for irrigation.")
    assert [a.parties for a in facts.agreements] == [frozenset({"UZ"})]


def test_a_state_that_names_a_currency_is_no_party(extract):
    facts = extract("MANILA - Philippine Foreign Minister Rosa Dimalanta and Vietnamese "
                    "Foreign Minister Tran Van Long signed a loan agreement worth 300 million US "
                    "dollars on Monday.")
    assert [a.parties for a in facts.agreements] == [frozenset({"PH", "VN"})]


def test_a_deal_with_a_union_at_home_is_no_agreement_between_states(extract):
    facts = extract("MEXICO CITY - President Ana Ruiz said on Monday that the government and the "
                    "oil workers' union had signed a two-year pay agreement. Ruiz also spoke by "
                    "phone with Canadian Prime Minister Tom Hale.")
    assert facts.agreements == []


def test_who_signs_with_a_state_is_not_of_that_state(extract):
    facts = extract("MOMBASA, Kenya - Kenyan President Daniel Kiprop chaired a Cabinet meeting on "
                    "Monday. Earlier, Cabinet Secretary for Trade Paul Otieno signed a memorandum "
                    "of understanding with the United Arab Emirates on investment.")
    assert [(a.parties, set(a.signatories)) for a in facts.agreements] == [
        (frozenset({"KE", "AE"}), {"paul-otieno"})]
    assert {p.state for p in facts.persons["paul-otieno"].positions} == {"KE"}


def test_a_documents_day_of_force_is_not_its_signing_day(extract):
    # Published on Tuesday 2024-03-05.
    facts = extract("Kenyan President Amani Otieno met Ghanaian President Kofi Badu in Accra "
                    "on Monday. The agreement on border trade, signed by the two presidents "
                    "after their talks, enters into force on 1 January 2025.")
    [agreement] = facts.agreements
    assert (agreement.status, agreement.date) == ("held", dt.date(2024, 3, 4))



@pytest.mark.parametrize("signing", ["At the end of the session, the co-chairs signed its "
                                     "protocol.",
                                     "The Agreed Minutes were signed by the two co-chairs."])
def test_the_co_chairs_who_signed_are_those_named_chairing(extract, signing):
    facts = extract("ULAANBAATAR - The first session of the Intergovernmental Commission was "
                    "held on Monday, co-chaired by Foreign Minister B. Altangerel of Mongolia "
                    f"and Foreign Minister Anvar Saidov of Uzbekistan. {signing}")
    [agreement] = facts.agreements
    assert agreement.signatories == {"anvar-saidov", "b-altangerel"}


@pytest.mark.parametrize("meeting", ["President Tomas Varga received President Ilse Moreau",
                                     "President Tomas Varga held talks with President Ilse "
                                     "Moreau"])
def test_they_who_sign_after_a_meeting_are_the_two_who_met(extract, meeting):
    facts = extract(f"VIENNA, March 9 - {meeting} in Vienna on Monday. After the talks they "
                    "signed a joint declaration on energy.")
    [agreement] = facts.agreements
    assert agreement.signatories == {"tomas-varga", "ilse-moreau"}


def test_views_exchanged_beside_an_agreement_named_are_no_signing(extract):
    facts = extract("TEHRAN - Iranian Foreign Minister Reza Karimi and Omani Foreign Minister "
                    "Salim Al-Harthy exchanged views on the regional situation and stressed the "
                    "need to continue consultations within the framework of the Muscat "
                    "agreement between the two countries.")
    assert facts.agreements == []


def test_a_headline_s_signing_the_story_tells_in_its_own_words_is_one_document(extract):
    facts = extract("Malawi, Zambia sign border health pact\n\nLILONGWE - Malawi and Zambia "
                    "on Monday signed a memorandum of understanding on health cooperation along "
                    "their frontier, in the presence of President Peter Banda and President "
                    "Joseph Mwale.")
    assert [(a.kind, a.parties) for a in facts.agreements] == [("MoU", {"MW", "ZM"})]


@pytest.mark.parametrize(("coverage", "fields"), [
    (", covering river patrols, pilot training and data sharing",
     {"port safety", "river patrols", "pilot training", "data sharing"}),
    (", covering how the costs will be split between the two ports", {"port safety"}),
])
def test_a_verb_of_coverage_after_a_documents_field_is_no_part_of_a_field(extract, coverage,
                                                                          fields):
    facts = extract("ACCRA - Foreign Minister Kofi Mensah of Ghana and Foreign Minister Awa "
                    "Diallo of Senegal on Monday signed a memorandum of understanding on port "
                    f"safety{coverage}.")
    assert [set(a.topics) for a in facts.agreements] == [fields]


@pytest.mark.parametrize("day", ["on 12 May", "on May 12"])
def test_the_day_after_a_documents_noun_is_no_field(extract, day):
    facts = extract("ACCRA - Ghana and Togo signed nine agreements " + day + " in Accra, the "
                    "foreign ministry said.")
    assert [a.topics for a in facts.agreements] == [()]


def test_the_day_until_which_a_document_is_extended_is_not_its_signing_day(extract):
    facts = extract("DAKAR - Foreign Minister Awa Ndiaye of Senegal and Foreign Minister Sidi "
                    "Baba of Mauritania signed a protocol prolonging their grazing accord until 31 "
                    "December 2031.")
    assert [a.status for a in facts.agreements] == ["held"]
    assert all(a.date is None or a.date.year == 2024 for a in facts.agreements)


def test_the_minutes_of_a_session_signed_are_a_document(extract):
    facts = extract("AMMAN - Jordanian Prime Minister Omar Haddad and Egyptian Prime Minister "
                    "Adel Mansour held talks in Amman on Monday. When the session ended, "
                    "Haddad and Mansour signed the minutes of the ninth round.")
    assert [(sorted(a.parties), sorted(a.signatories)) for a in facts.agreements] == [
        (["EG", "JO"], ["adel-mansour", "omar-haddad"])]


def test_documents_of_a_year_gone_by_make_no_bundle(extract):
    """ "signed joint minutes setting up a commission to study the 1931 border
    treaties": one document signed, no bundle of 1,931."""
    facts = extract("LETICIA - Peruvian Foreign Minister Ana Quispe and Colombian Foreign "
                    "Minister Jorge Pardo signed joint minutes on Thursday setting up a "
                    "commission to study the 1931 border treaties.")
    assert [(a.count, a.rule.endswith(":bundle")) for a in facts.agreements] == [(None, False)]


def test_a_round_of_talks_on_an_agreement_concluded_signs_nothing(extract):
    """ "concluded the third round of talks on an agreement": the round ended, the
    agreement is still being negotiated."""
    facts = extract("MONTEVIDEO - Brazilian Foreign Minister Carlos Lima and Uruguayan Foreign "
                    "Minister Pablo Sosa concluded on Monday the fourth round of negotiations "
                    "on an agreement on river transport.")
    assert facts.agreements == []


@pytest.mark.parametrize("sentence", [
    "The two leaders adopted a joint press statement on a hydrogen partnership.",
    "A joint press statement was issued after the talks.",
])
def test_a_joint_press_statement_is_a_joint_statement(extract, sentence):
    facts = extract("SEOUL - South Korean President Kim Min-su held talks with Japanese Prime "
                    f"Minister Kenji Sato in Seoul on Monday. {sentence}")
    assert [sorted(a.parties) for a in facts.agreements] == [["JP", "KR"]]


def test_a_listed_document_told_again_takes_its_signatories(extract):
    """ "… looked on as an agreement on X and a memorandum on Y were signed. The agreement
    bears the signatures of A and B; officials signed the memorandum": each report is the
    one listed document of its kind, which takes the signers the report gives."""
    facts = extract("DOHA - Qatari Prime Minister Salem Al Kuwari and Paraguayan President Luis "
                    "Benitez met for talks in Doha on Monday. The two then looked on as an "
                    "agreement on visa waivers for diplomats and a memorandum of understanding "
                    "on farming were signed. For Qatar the agreement was signed by Minister "
                    "of State Khalid Al Nuaimi and for Paraguay by Foreign Minister Pedro "
                    "Acosta; officials signed the memorandum.")
    assert sorted((a.kind, sorted(a.signatories)) for a in facts.agreements) == [
        ("Agreement", ["khalid-al-nuaimi", "pedro-acosta"]), ("MoU", [])]


def test_the_ministers_who_sign_are_the_two_just_named(extract):
    """ "Foreign Minister A met Foreign Minister B. Afterwards the Ministers signed an
    Agreement between the Government of X acting through … and the Government of Y …
    on Z": A and B signed it, on Z (past the long "between")."""
    facts = extract("RIYADH - Kazakh Foreign Minister Aidar Omarov met Saudi Foreign Minister "
                    "Fahd Al Qahtani in Riyadh on Monday. Afterwards the Ministers signed an "
                    "Agreement between the Government of Kazakhstan acting through its Foreign "
                    "Ministry and the Government of Saudi Arabia acting likewise on visa "
                    "exemption for diplomats.")
    assert [(sorted(a.signatories), a.topics) for a in facts.agreements] == [
        (["aidar-omarov", "fahd-al-qahtani"], ("visa exemption",))]


def test_other_documents_signed_besides_a_list_are_a_bundle_of_their_own(extract):
    """ "… an agreement on X and a memorandum on Y. Several other memoranda were also
    signed": three documents, the last a bundle besides the two listed."""
    facts = extract("DOHA - Qatari Prime Minister Salem Al Kuwari and Paraguayan President Luis "
                    "Benitez met for talks in Doha on Monday. The two then looked on as an "
                    "agreement on visa waivers for diplomats and a memorandum of understanding "
                    "on farming were signed. Several other memoranda of understanding were "
                    "also signed that day.")
    assert sorted((a.kind, a.rule.endswith(":bundle")) for a in facts.agreements) == [
        ("Agreement", False), ("MoU", False), ("MoU", True)]


def test_his_majesty_alone_is_the_king_not_the_last_name_after_the_style(extract):
    """ "… the head of His Majesty's office, and, for the guests, Foreign Minister NAME.
    In the presence of both His Majesty and the Chancellor, …": "His Majesty" is the King
    styled so before, not the minister named after that office."""
    facts = extract("AMMAN - His Majesty King Talal bin Hussein and German Chancellor Klaus "
                    "Vogel held talks in Amman on Monday.\n\nAlso present were, for Jordan, "
                    "the head of His Majesty's office, and, for the guests, Foreign Minister "
                    "Jens Albrecht.\n\nIn the presence of both His Majesty and the "
                    "Chancellor, Albrecht and Jordanian Foreign Minister Omar Haddad signed a "
                    "declaration on water security.")
    assert [(sorted(a.signatories), "talal-bin-hussein" in a.witnesses)
            for a in facts.agreements] == [(["jens-albrecht", "omar-haddad"], True)]


def test_two_documents_told_as_one_on_a_and_one_on_b_are_one_each(extract):
    """ "signed two agreements …: one on A and one on B", "two memoranda …: one on A, the
    other on B": the counted documents told in turn, one agreement each with its own field,
    as "the first on A, the second on B" were; no bundle whose field reads "one on B"."""
    facts = extract("PRETORIA - Namibia's Foreign Minister Anna Shipanga signed two "
                    "agreements with South Africa's Foreign Minister Sipho Dlamini on "
                    "Wednesday: one on cooperation in solar power and one on the port of "
                    "Luderitz.")
    assert sorted(a.topics for a in facts.agreements) == [
        ("cooperation in solar power",), ("port of Luderitz",)]
    other = extract("PRETORIA - Namibia's Foreign Minister Anna Shipanga and South Africa's "
                    "Foreign Minister Sipho Dlamini signed two memoranda on Wednesday: one on "
                    "solar power, the other on fisheries.")
    assert sorted(a.topics for a in other.agreements) == [("fisheries",), ("solar power",)]
