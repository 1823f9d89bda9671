"""Agreements as real news reports them (issue #13), on sentences of our own words with
invented names: each test stands for a category of the real-news corpus, not an article."""

from __future__ import annotations

import datetime as dt

import pytest


def test_joint_statement_issued_with_a_word_before_the_article(extract):
    # A time word between the verb and the document's article.
    facts = extract("Chile and Norway released yesterday a joint statement on ocean research.")
    [statement] = facts.agreements
    assert statement.parties == {"CL", "NO"}
    assert statement.status == "held"


def test_a_document_reported_again_is_one_agreement(extract):
    # The headline, the lead and a later sentence report one signing.
    facts = extract("Peru and Finland leaders agree accord\n\n"
                    "Peruvian President Talma Quispera and Finnish Prime Minister Aarne "
                    "Lindqvar signed a new accord on Monday.\n\n"
                    "The accord was signed in the presence of reporters.")
    [accord] = facts.agreements
    assert accord.parties == {"PE", "FI"}
    assert len(accord.signatories) == 2


def test_a_state_named_in_a_relative_clause_is_no_party(extract):
    # "which also covers fishing off X": X is what the accord is about.
    facts = extract("Peruvian President Talma Quispera and Finnish Prime Minister Aarne "
                    "Lindqvar signed an accord which also covers fishing off Chile.")
    [accord] = facts.agreements
    assert accord.parties == {"PE", "FI"}


def test_another_document_is_not_merged(extract):
    facts = extract("Peru and Finland signed an agreement on forestry on Monday. Peru and "
                    "Finland also signed a joint statement.")
    assert sorted(a.topics for a in facts.agreements) == [(), ("forestry",)]


def test_two_leaders_unveiling_a_roadmap_adopt_it(extract):
    facts = extract("Peruvian President Talma Quispera and Finnish Prime Minister Aarne "
                    "Lindqvar unveiled a partnership roadmap on Monday.")
    [roadmap] = facts.agreements
    assert roadmap.parties == {"PE", "FI"} and roadmap.status == "held"


def test_a_protocol_executed_and_the_agreement_it_amends(extract):
    facts = extract("The two sides executed a protocol on revisions to the Peru-Finland "
                    "agreement on fishing quotas dated 9 June 2003.")
    assert sorted(a.topics for a in facts.agreements) == [("fishing quotas",), ("revisions",)]


def test_a_joint_signing_of_arrangements_names_no_other_signer(extract):
    # "crowned by a signing of …": the "by" phrase is the signing itself.
    facts = extract("Peru and Finland held talks, crowned by a signing of two "
                    "arrangements for forestry research.")
    [arrangements] = facts.agreements
    assert arrangements.parties == {"PE", "FI"}
    assert arrangements.topics == ("forestry research",)


def test_a_programme_of_and_a_treaty_of_give_their_topic(extract):
    facts = extract("The navies of Peru and Finland signed a programme of exchanges "
                    "for 2025.")
    assert [a.topics for a in facts.agreements] == [("exchanges",)]
    facts = extract("Peru and Finland recall how they signed the Treaty of Trade and "
                    "Navigation twenty years ago.")
    assert [a.topics for a in facts.agreements] == [("Trade and Navigation",)]


def test_of_before_a_determiner_opens_no_topic(extract):
    facts = extract("Peru and Finland signed the treaty of the two states on Monday.")
    assert [a.topics for a in facts.agreements] == [()]


_LIST = ("Peru and Finland signed five documents on Monday. The documents include: {items}")


def _topics_of(facts):
    return sorted(a.topics for a in facts.agreements)


def test_list_items_after_an_adverb_and_joined_by_and_the(extract):
    # "Also, A; B and the extension of C were signed": three documents.
    facts = extract(_LIST.format(items="the MoU on forestry; the MoU on fisheries.\n\n"
                                 "Also, the MoU on Tourism between the tourist boards of Peru "
                                 "and Finland; a MoU on Cooperation in the Field of Mining "
                                 "between two mining schools and the extension of the MoU "
                                 "between the trade fairs of Lima and Turku were signed."))
    assert _topics_of(facts) == [(), ("Mining",), ("Tourism",), ("fisheries",),
                                 ("forestry",)]


def test_list_item_with_two_nouns_a_field_after_its_parties_and_a_period(extract):
    facts = extract(_LIST.format(
        items="a framework agreement on rural road projects; an MoU between the weather "
        "services of the two states to work together in the field of storm warnings; a work "
        "plan between the culture ministries in the field of museums for the years "
        "2030–2032."))
    assert _topics_of(facts) == [("museums",), ("rural road projects",),
                                 ("storm warnings",)]
    assert {a.kind for a in facts.agreements} == {"Agreement", "MoU"}


def test_fields_after_cooperation_in_with_no_preposition_before(extract):
    facts = extract("Peru and Finland met on Monday and signed an agreement boosting "
                    "cooperation in forestry, mining and shipping.")
    [agreement] = facts.agreements
    assert set(agreement.topics) == {"forestry", "mining", "shipping"}


def test_a_field_of_seven_words_is_kept(extract):
    facts = extract("Peru and Finland signed agreements in the fields of forestry, creation of "
                    "a system of joint weather stations, and fisheries on Monday.")
    [bundle] = facts.agreements
    assert "creation of a system of joint weather stations" in bundle.topics


def test_a_list_line_names_its_field_before_the_noun(extract):
    facts = extract(_LIST.format(items="\n\n- Forestry and Mining Cooperation Agreement,\n\n"
                                 "- Agreement on visa exemption."))
    assert _topics_of(facts) == [("Forestry and Mining Cooperation",), ("visa exemption",)]


def test_a_bundle_names_its_purpose_and_one_document_it_includes(extract):
    facts = extract("The delegations signed six documents aimed at closer river management, "
                    "including a joint statement by Peruvian President Talma Quispera and "
                    "Finnish Prime Minister Aarne Lindqvar.")
    bundle, statement = sorted(facts.agreements, key=lambda a: a.rule)
    assert bundle.rule.endswith(":bundle") and bundle.topics == ("closer river management",)
    assert statement.rule.endswith(":included") and statement.parties == {"PE", "FI"}
    assert len(statement.signatories) == 2


def test_including_a_field_is_no_document(extract):
    facts = extract("Peru and Finland signed twelve agreements, including on forestry.")
    assert len(facts.agreements) == 1


def test_a_quoted_title_and_a_later_sentence_give_a_declarations_topics(extract):
    facts = extract("Peru and Finland leaders sign declaration at Lima summit\n\n"
                    "Peruvian President Talma Quispera and Finnish Prime Minister Aarne "
                    "Lindqvar signed a declaration on \"Lasting Friendship\" in Lima.\n\n"
                    "Quispera thanked his guest. The summit ended at noon.\n\n"
                    "Monday's declaration foresees deeper cooperation in fisheries, mining "
                    "and tourism, among other fields.")
    [declaration] = facts.agreements
    assert declaration.topics == ("Lasting Friendship", "fisheries", "mining", "tourism")


def test_a_place_after_in_is_no_topic(extract):
    facts = extract("Peru and Finland signed an agreement in Lima on Monday.")
    assert [a.topics for a in facts.agreements] == [()]


def test_several_documents_for_two_fields_with_one_head_noun(extract):
    facts = extract("Peru and Finland signed new arrangements for maritime and academic "
                    "cooperation on Monday.")
    [arrangements] = facts.agreements
    assert arrangements.topics == ("maritime cooperation", "academic cooperation")
    facts = extract("Peru and Finland signed an arrangement for maritime and academic "
                    "cooperation on Monday.")
    assert facts.agreements[0].topics == ("maritime and academic cooperation",)


def test_documents_counted_and_one_more_named_are_a_bundle_and_a_document(extract):
    facts = extract("The two leaders witnessed the signing of three agreements and a "
                    "memorandum of understanding between Peru and Finland.")
    assert sorted((a.kind, a.rule.endswith(":bundle")) for a in facts.agreements) == [
        ("Agreement", True), ("MoU", False)]
    facts = extract("Peru and Finland signed agreements in the fields of trade and energy "
                    "and a memorandum on fisheries.")
    assert sorted(a.topics for a in facts.agreements) == [("fisheries",), ("trade", "energy")]


def test_one_state_announcing_a_roadmap_signs_nothing(extract):
    facts = extract("Peru announced a roadmap for its railways on Monday.")
    assert facts.agreements == []


def test_arrangements_for_a_signing_are_no_document(extract):
    facts = extract("Officials of Peru and Finland made arrangements for the signing "
                    "ceremony on Monday.")
    assert facts.agreements == []
    facts = extract("Officials of Peru and Finland made arrangements for the signing of an "
                    "agreement on trade.")
    assert [a.topics for a in facts.agreements] == [("trade",)]


def test_a_later_sentence_about_the_leaders_adds_no_topic(extract):
    facts = extract("Peru and Finland signed an agreement on forestry on Monday. The talks "
                    "lasted an hour. The two leaders are keen on cooperation in the field of "
                    "space research.")
    assert [a.topics for a in facts.agreements] == [("forestry",)]


LEAD = ("LIMA, March 5 (Agency) - Chilean President Ana Rojas and Peruvian President Luis "
        "Quispe held talks in Lima on Monday.\n\n")


def test_a_memorandum_on_one_thing_and_another_on_another_are_two(extract):
    facts = extract(LEAD + "Foreign Minister Marta Vidal of Chile and Foreign Minister Jorge "
                    "Salas of Peru signed a memorandum of understanding on tourism and another "
                    "on mining in Lima.")
    assert sorted(a.topics for a in facts.agreements) == [("mining",), ("tourism",)]
    assert all(a.kind == "MoU" and a.parties == {"CL", "PE"} for a in facts.agreements)


def test_an_ordinal_document_with_its_topic_between_commas(extract):
    facts = extract(LEAD + "The two sides signed a memorandum on tourism. A third memorandum, "
                    "on water management, was signed by the two countries' ministers of "
                    "agriculture.")
    assert ("water management",) in [a.topics for a in facts.agreements]


def test_fields_listed_after_areas_including(extract):
    facts = extract(LEAD + "After the talks, the two presidents witnessed the signing of a "
                    "number of agreements in areas including energy, fisheries and customs.")
    [bundle] = facts.agreements
    assert bundle.topics == ("energy", "fisheries", "customs")


def test_fields_listed_after_covering(extract):
    facts = extract(LEAD + "The two governments exchanged three memoranda covering tourism, "
                    "mining and water.")
    [bundle] = facts.agreements
    assert bundle.topics == ("tourism", "mining", "water")


def test_documents_signed_besides_those_told_before_are_new(extract):
    facts = extract(LEAD + "The two sides signed a memorandum on tourism. Besides the "
                    "documents, the two sides also signed an agreement on customs.")
    assert sorted(a.topics for a in facts.agreements) == [("customs",), ("tourism",)]


def test_one_document_signed_beside_a_bundle_witnessed_is_its_own(extract):
    facts = extract("BEIJING, March 5 - President Li Wen of China held talks with President Aidar "
                    "Nurlanov of Kazakhstan on Monday. After the talks, the two heads of state "
                    "jointly signed a joint statement and witnessed the signing of more than 20 "
                    "cooperation documents.")
    assert sorted(a.rule.rsplit(":", 1)[-1] for a in facts.agreements) == ["bundle", "counted"]


@pytest.mark.parametrize("signed", ["signed", "jointly signed and issued"])
def test_the_one_document_signed_beside_a_bundle_witnessed_has_its_signers(extract, signed):
    facts = extract("BEIJING, March 5 - President Li Wen of China held talks with President Aidar "
                    "Nurlanov of Kazakhstan on Monday. After the talks, the two heads of state "
                    + signed + " a joint statement on the strategic partnership, and witnessed "
                    "the signing of 20 cooperation documents.")
    statement, = [a for a in facts.agreements if a.rule.endswith(":counted")]
    bundle, = [a for a in facts.agreements if a.rule.endswith(":bundle")]
    assert statement.signatories == {"li-wen", "aidar-nurlanov"}
    assert statement.topics == ("strategic partnership",)
    assert (bundle.signatories, bundle.witnesses) == (set(), {"li-wen", "aidar-nurlanov"})


def test_documents_listed_on_numbered_lines_are_one_each(extract):
    facts = extract("The two Prime Ministers of India and Mauritius held talks on 4 March. "
                    "Following the talks, the following MoUs were exchanged:\n"
                    "i. MoU on Maritime Security\nii. MoU on Local Currency Settlement\n"
                    "iii. Agreement on Shipping Information\n")
    assert sorted(a.topics for a in facts.agreements) == [
        ("Local Currency Settlement",), ("Maritime Security",), ("Shipping Information",)]


def test_an_exchange_of_notes_is_a_document(extract):
    facts = extract("Foreign Minister Kenji Sato of Japan and Secretary of Foreign Affairs Ana "
                    "Reyes of the Philippines signed the Exchange of Notes concerning grant aid.")
    [notes] = facts.agreements
    assert notes.parties == {"JP", "PH"}


def test_a_bundle_is_of_the_kind_it_counts_not_of_the_document_it_names(extract):
    facts = extract("Chile and Peru signed 12 agreements, including a memorandum on mining.")
    kinds = {a.rule.rsplit(":", 1)[-1]: a.kind for a in facts.agreements}
    assert kinds == {"bundle": "Agreement", "included": "MoU"}


def test_a_statement_of_partnership_signed_by_two_leaders_is_their_document(extract):
    facts = extract("Kenyan President Amani Otieno and Ghanaian President Kofi Badu signed a "
                    "refreshed statement of partnership on Monday, committing the two countries "
                    "to closer cooperation on trade, health and energy.")
    [statement] = facts.agreements
    assert statement.parties == {"KE", "GH"}
    assert statement.signatories == {"amani-otieno", "kofi-badu"}
    assert statement.topics == ("trade", "health", "energy")



def test_a_signing_a_speaker_tells_as_done_is_a_document_and_one_to_come_is_not(extract):
    facts = extract("ABUJA - Transcript of the joint press conference of President Ade Bello "
                    "of Nigeria and President Kofi Mensah of Ghana.\n\nPRESIDENT BELLO: Thank "
                    "you. A few minutes ago our two foreign ministers signed a memorandum of "
                    "understanding on the gas pipeline. We will sign a trade treaty next "
                    "year.\n\nPRESIDENT MENSAH: Thank you, brother.")
    assert [(a.kind, a.topics, a.status) for a in facts.agreements] == [
        ("MoU", ("gas pipeline",), "held")]


def test_the_agreed_minutes_two_ministers_sign_are_their_states_document(extract):
    facts = extract("AMMAN - Foreign Minister Omar Haddad of Jordan held talks with Foreign "
                    "Minister Samir Nasr of Egypt in Amman on Tuesday. The two ministers signed "
                    "the agreed minutes of the joint consultation committee.")
    [minutes] = facts.agreements
    assert minutes.parties == {"JO", "EG"}
    assert minutes.signatories == {"omar-haddad", "samir-nasr"}


def test_a_minister_for_an_unlisted_portfolio_is_the_named_one_not_the_premier(extract):
    facts = extract("Prime Minister Sitiveni Rabuka of Fiji held talks with Prime Minister "
                    "Christopher Luxon of New Zealand in Suva on Tuesday. Ministers of the two "
                    "states then signed an arrangement on police training: Fiji's Minister for "
                    "Policing Viliami Latu signed it with New Zealand's Minister of Justice Ana "
                    "Ruiz.")
    assert {p.role for p in facts.persons["sitiveni-rabuka"].positions} == {"Prime Minister"}
    assert {p.role for p in facts.persons["viliami-latu"].positions} == {"Minister for Policing"}


def test_a_signing_clause_with_its_own_subject_is_signed_by_that_subject(extract):
    # "…, after which the two ministers signed": not the president who received the guest,
    # and the two ministers are those the sentence named, not a minister of a paragraph before
    facts = extract("Ugandan Foreign Minister Jeje Odongo met Egyptian Foreign Minister Badr "
                    "Abdelatty in Kampala on Sunday.\n\nOn Monday Abdelatty was received by "
                    "President Samia Suluhu Hassan at State House and then held consultations "
                    "with Foreign Minister Mahmoud Thabit Kombo, after which the two ministers "
                    "signed a memorandum of understanding on diplomatic training.")
    [agreement] = facts.agreements
    assert (sorted(agreement.parties), sorted(agreement.signatories)) == (
        ["EG", "TZ"], ["badr-abdelatty", "mahmoud-thabit-kombo"])


def test_a_counterpart_signing_names_the_counterparts_state_a_party(extract):
    facts = extract("Seychelles President Patrick Herminie arrived in Port Louis on Monday. "
                    "On Tuesday he held talks with Prime Minister Navin Ramgoolam, after "
                    "which Mauritian Foreign Minister Dhananjay Ramful and his Seychellois "
                    "counterpart signed a protocol on fisheries.")
    [agreement] = facts.agreements
    assert (sorted(agreement.parties), sorted(agreement.signatories)) == (
        ["MU", "SC"], ["dhananjay-ramful"])


@pytest.mark.parametrize("text", [
    "Prime Minister Hristijan Mickoski met Prime Minister Rosen Zhelyazkov in Sofia on "
    "Monday. Zoran Zaev, the former prime minister who signed the Prespa agreement with "
    "Greece, was not mentioned by either leader.",
    "Prime Minister Jeremiah Manele held talks with Prime Minister Sitiveni Rabuka in Suva on "
    "Monday. Mr Manele's predecessor, who signed a security agreement with Beijing in 2022, "
    "was never a regular visitor to Suva.",
    "Prime Minister Adylbek Kasymaliev met Prime Minister Abdulla Aripov in Bishkek on "
    "Monday. Analysts said the real test would come when the financing agreement among all "
    "three states is signed.",
])
def test_a_past_holders_signing_or_one_that_may_come_is_no_agreement_of_the_story(extract,
                                                                                   text):
    assert extract(text).agreements == []


def test_a_state_listed_after_in_is_no_hint_of_an_office(extract):
    facts = extract("THE ISLANDS HERALD | Suva, Fiji | Tuesday, 5 March 2024\n\n"
                    "The Minister for Employment, Hon. Agni Deo Singh, and the Solomon "
                    "Islands Minister of Foreign Affairs, Hon. Peter Shanel Agovaka, signed a "
                    "memorandum of understanding on labour mobility that lets workers train "
                    "for seasonal schemes in Australia and New Zealand.")
    assert {p.state for p in facts.persons["agni-deo-singh"].positions} == {"FJ"}
    assert sorted(facts.agreements[0].parties) == ["FJ", "SB"]


def test_documents_listed_after_a_colon_each_with_its_preposition_are_one_each(extract):
    # The headline counted them first: the bundle it names is those four documents.
    facts = extract("Leaders push rail link; four MoUs exchanged\n\n"
                    "Prime Minister Nalin Varma of India held talks with Prime Minister Dorji "
                    "Wangmo of Bhutan in New Delhi on Monday. The two sides exchanged four "
                    "memorandums of understanding: on the second phase of a rail link, on "
                    "space technology, on the supply of petroleum products, and on a line "
                    "of credit.")
    assert sorted(a.topics for a in facts.agreements) == [
        ("line of credit",), ("second phase of a rail link",), ("space technology",),
        ("supply of petroleum products",)]


def test_other_documents_counted_after_a_list_stay_a_bundle(extract):
    facts = extract("Prime Minister Nalin Varma of India held talks with Prime Minister Dorji "
                    "Wangmo of Bhutan in New Delhi on Monday. The two sides exchanged two "
                    "memorandums of understanding: on trade and on health. In addition, "
                    "three other agreements in the fields of energy, tourism and culture "
                    "were signed.")
    assert sorted(a.topics for a in facts.agreements) == [
        ("energy", "tourism", "culture"), ("health",), ("trade",)]


@pytest.mark.parametrize("document", [
    "a joint action plan on digital public services for 2026-2027",
    "a work plan on human milk banks",
    "an implementation plan on smart-farm research",
    "a record of discussions on new transmission corridors",
])
def test_plans_and_records_two_ministers_sign_are_agreements(extract, document):
    facts = extract(f"Foreign Minister Kenji Sato of Japan and Foreign Minister Luis Soto of "
                    f"Peru signed {document} in Tokyo on Monday.")
    assert [a.parties for a in facts.agreements] == [frozenset({"JP", "PE"})]


def test_a_page_that_is_a_joint_statement_is_that_agreement(extract):
    # A ministry's page: the statement's title, its numbered paragraphs, its foot.
    facts = extract("Ministry of Foreign Affairs\nHome | Documents | Bilateral Documents\n\n"
                    "Joint Statement between the Republic of Kenya and the Kingdom of Norway on "
                    "a Green Growth Partnership\n\n"
                    "1. At the invitation of President Daniel Kiprop of Kenya, Prime Minister "
                    "Ola Berg of Norway paid an official visit to Kenya from 2 to 4 March 2024.\n\n"
                    "2. The two sides agreed to expand cooperation in renewable energy and in "
                    "fisheries.\n\nNairobi, 4 March 2024\n\nRelated documents\n"
                    "- Joint Statement between Kenya and Ghana (2023-11-02)\n")
    page = [a for a in facts.agreements if a.rule == "agreements:page"]
    assert [(a.parties, a.topics, a.date, a.place.name) for a in page] == [
        (frozenset({"KE", "NO"}), ("a Green Growth Partnership",), dt.date(2024, 3, 4),
         "Nairobi")]


def test_a_joint_statement_the_story_reports_is_not_counted_again_for_its_title(extract):
    facts = extract("Kenya - Norway Joint Statement on a Green Growth Partnership\n\n"
                    "NAIROBI - President Daniel Kiprop of Kenya and Prime Minister Ola Berg of "
                    "Norway signed a joint statement on a green growth partnership in Nairobi on "
                    "Monday after their talks at State House.")
    assert len(facts.agreements) == 1
    assert "joint-statement" not in facts.persons


def test_a_headline_naming_a_document_is_no_persons_name(extract):
    facts = extract("Ghana and Norway Issue Joint Statement at End of Ghanaian President's "
                    "Visit\n\nOSLO - President Kofi Mensah of Ghana and Prime Minister Ola Berg "
                    "of Norway issued a joint statement after their talks in Oslo on Monday.")
    assert set(facts.persons) == {"kofi-mensah", "ola-berg"}
