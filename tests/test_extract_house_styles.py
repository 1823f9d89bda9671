"""Names, offices and second references as state agencies, ministries and regional papers
write them: initials with a patronymic ("V.V.Putin"), family names first in capitals,
honorifics of Brunei, an international body's office before the comma, a monument named
after a leader, a "he" after a named subject, a visit put off in a clause the parser
cuts loose, and words of a name that a window of text cuts in two.  Each test fails on
the code before its rule (the checks that guard a rule's limits share its test)."""

from __future__ import annotations

from extract_facts import meetings, offices


def _visits(facts) -> set[tuple[str, str, str]]:
    return {(v.guest, v.host, v.status) for v in facts.visits}


def test_initials_with_a_patronymic_are_the_leader_named(extract):
    """ "V.V.Putin" is "Vladimir Putin" named in the same story (a second initial, the
    patronymic's, the full name leaves out), and the person keeps the full name;
    "S.V.Lavrov", named only so, holds the offices the world data gives Sergey Lavrov,
    under the name the text writes."""
    facts = extract("MOSCOW, March 5 (Agency) - President Vladimir Putin received the "
                    "visiting Foreign Minister of Chile, Tomas Urrutia Vega, in the Kremlin on "
                    "Monday. The guest handed over a letter for V.V.Putin from his "
                    "president.\n\n"
                    "Earlier, S.V.Lavrov and Tomas Urrutia Vega held talks at the ministry's "
                    "guest house.")
    assert [key for key in facts.persons if key.endswith("putin")] == ["vladimir-putin"]
    assert offices(facts, "vladimir-putin") == {("President", "RU")}
    assert offices(facts, "s-v-lavrov") == {("Minister of Foreign Affairs", "RU")}


def test_a_name_written_family_name_first_in_capitals_is_the_known_leader(extract):
    """ "KISHIDA Fumio", as Japanese ministries write a name: the world data's "Fumio
    Kishida", Japan's prime minister, not of the state the sentence is about."""
    facts = extract("MANILA, March 5 (Agency) - Foreign Secretary Enrique Dalisay Ramos "
                    "received a letter from Prime Minister KISHIDA Fumio on Monday, carried "
                    "to the Philippines by a special envoy.")
    assert offices(facts, "kishida-fumio") == {("Prime Minister", "JP")}


def test_he_after_a_named_subject_is_that_subject_not_a_man_called_mr(extract):
    """ "For his part, Minister A conveyed … to Mr B. '…,' he said": A, the subject just
    named, whom the text shows no sex, not B whom "Mr" shows a man (most office holders
    are; a "Ms" would say more)."""
    facts = extract("CANBERRA, March 5 (Agency) - Prime Minister Anthony Albanese met "
                    "Foreign Minister Tevita Manu of Tonga in Sydney on Monday. For his part, "
                    "Minister Manu conveyed the good wishes of Prime Minister Hu'akavameiliku "
                    "to Mr Albanese and said the seasonal workers scheme had changed lives. "
                    "\"Our islands have no better neighbour on any tide,\" he stated.")
    assert {(q.speaker, q.text) for q in facts.quotes} == {
        ("tevita-manu", "Our islands have no better neighbour on any tide")}


def test_an_international_bodys_office_before_the_comma_is_the_persons(extract):
    """ "the AU Chairperson, President NAME of Angola": NAME holds both offices (the body's
    of no state), so "the AU Chairperson" later is NAME, who meets and speaks."""
    facts = extract("ADDIS ABABA, March 5 (Agency) - The session was chaired by the AU "
                    "Chairperson, President Joaquim Tavares Neto of Angola, and attended by "
                    "President Thabo Mokoena of South Africa.\n\n"
                    "Later, the AU Chairperson met the Kenyan President, Daniel Kiprono "
                    "Rotich, at State House in Nairobi on Monday.\n\n"
                    "In closing, the AU Chairperson said: \"We leave this city with one "
                    "voice and one plan.\"")
    assert offices(facts, "joaquim-tavares-neto") == {("President", "AO"), ("Chairman", None)}
    assert frozenset({"joaquim-tavares-neto", "daniel-kiprono-rotich"}) in meetings(facts)
    assert {q.speaker for q in facts.quotes} == {"joaquim-tavares-neto"}


def test_brunei_honorifics_are_no_part_of_a_name(extract):
    """ "Dato Seri Setia Awang Haji NAME": "Setia" and "Awang" (Brunei's "Mr") are
    honorifics like "Dato" and "Haji"."""
    facts = extract("SINGAPORE, March 5 (Agency) - The memorandum was signed by Brunei's "
                    "Minister of Health, Dato Seri Setia Awang Haji Zulkifli Rahman Yusof, "
                    "and Singapore's Minister for Health Ong Ye Kung on Monday.")
    assert ("Minister of Health", "BN") in offices(facts, "zulkifli-rahman-yusof")
    assert not any("awang" in key or "setia" in key for key in facts.persons)


def test_a_monument_named_after_a_leader_is_no_person(extract):
    """ "the President Agostinho Neto Memorial", "the King Hassan Mausoleum": a place
    named after someone, no office holder of the story."""
    facts = extract("LUANDA, March 5 (Agency) - Foreign Minister Carla Mendes of Portugal "
                    "laid a wreath at the President Agostinho Neto Memorial on Monday and "
                    "visited the King Hassan Mausoleum in Rabat on Tuesday.")
    assert set(facts.persons) == {"carla-mendes"}


def test_a_visit_put_off_in_a_clause_the_parser_cuts_loose_is_postponed(extract):
    """ "the office said X's trip to Y, first set for June, has been put off": parsed with
    the trip the object of "said", the clause that puts it off has no subject of its own;
    the trip is it, put off, not held."""
    facts = extract("SUVA, March 5 (Agency) - Meanwhile, the cabinet office said President "
                    "Wesley Simina's official visit to Fiji, which had been set for June, has "
                    "been postponed.")
    assert _visits(facts) == {("wesley-simina", "FJ", "postponed")}


def test_a_word_cut_by_a_window_of_text_says_nothing(extract):
    """ "The Marshall Islands President … is in X on a visit which began on Monday": the
    "shall" inside "Marshall", cut out by a window of the words before the verb, announces
    nothing; the visit is held, from Monday."""
    facts = extract("SUVA, March 5 (Agency) - The Marshall Islands President Dr. Jorel "
                    "Kabua is in Fiji on a two-day working visit which began on Monday.")
    assert _visits(facts) == {("jorel-kabua", "FJ", "held")}


def test_a_name_after_an_office_the_parse_hangs_elsewhere_is_in_the_clause(extract):
    """ "…, where he will have talks with the President of X and Chairman of Y, Dr NAME,
    before …": the parser may hang NAME on a word before the clause; the office the
    clause ends with announces it, so NAME takes part (not after ", and later NAME")."""
    facts = extract("LUSAKA, March 5 (Agency) - Today, President Hakainde Hichilema travels "
                    "to Lilongwe, where he will have talks with the President of Malawi and "
                    "Chairman of the Party Council, Dr Peter Banda Mwale, before flying back "
                    "to Lusaka that night.")
    assert meetings(facts, "planned") == {
        frozenset({"hakainde-hichilema", "peter-banda-mwale"})}


def test_offices_joined_after_a_verb_of_their_own_clause_are_the_next_names(extract):
    """ "…, where he is to confer with the President of X and Chairman of Y, Dr NAME,":
    the offices joined by "and" follow a verb of their own clause, so they are NAME's (the
    last one at least), not the close of an apposition of the name before the clause."""
    facts = extract("DAKAR, March 5 (Agency) - Today, President Emmanuel Macron travels to "
                    "Thies, where he is to confer with the President of Senegal and "
                    "Chairman of the Economic Council, Dr Ousmane Faye Ndiaye, before flying "
                    "back to Paris that night.")
    assert offices(facts, "ousmane-faye-ndiaye") == {("Chairman", "SN")}


def test_a_headlines_inked_pacts_are_the_storys_bundle(extract):
    """ "X, Y ink pacts" over a story of three memorandums: "ink" is the headline's verb
    read as a noun, no field; the pacts are the story's documents, told once."""
    facts = extract("Ruto, Museveni ink pacts as Nairobi backs Kampala bid\n\n"
                    "NAIROBI, March 5 (Agency) - President William Ruto and President Yoweri "
                    "Museveni signed three memorandums of understanding on trade, energy and "
                    "education at State House on Monday.")
    assert [(a.topics, a.count) for a in facts.agreements] == [
        (("trade", "energy", "education"), 3)]


def test_whom_a_call_discussed_is_no_participant(extract):
    """ "X in a phone call with Y had discussed the arrangements for the journey of the
    Iranian Foreign Minister": the minister is what was talked about, not a caller (but
    "was discussed by A and B" names the two who talked)."""
    facts = extract("DOHA, March 5 (Agency) - Iranian Foreign Minister Hossein "
                    "Amir-Abdollahian flew into Doha on Sunday for a two-day stay.\n\n"
                    "It should be recalled that President Ebrahim Raisi in a phone call on "
                    "Saturday with Emir Tamim bin Hamad Al Thani had discussed the arrangements "
                    "for the journey of the Iranian Foreign Minister.\n\n"
                    "The proposal had already been discussed by Chancellor Olaf Scholz and "
                    "Premier Li Qiang in a call on Friday.")
    assert meetings(facts) == {frozenset({"ebrahim-raisi", "tamim-bin-hamad-al-thani"}),
                               frozenset({"olaf-scholz", "li-qiang"})}


def test_the_visit_to_a_state_of_a_leader_is_that_leaders(extract):
    """ "the state visit to Kenya of President X", the guest after the destination as
    agencies translating from French or Vietnamese write it: X's visit to Kenya (not
    "a visit to the tomb of Y", a place of someone's)."""
    facts = extract("NAIROBI, March 5 (Agency) - Ties were lifted to a strategic level "
                    "in the course of the state visit to Kenya of President Emmanuel Macron "
                    "last September.")
    assert _visits(facts) == {("emmanuel-macron", "KE", "held")}


def test_a_monarchs_office_before_the_royal_title_is_theirs_too(extract):
    """ "the Yang di-Pertuan Agong Sultan NAME": the office (Malaysia's King) written
    right before the title the name goes with is the person's as well."""
    facts = extract("KUALA LUMPUR, March 5 (Agency) - The Yang di-Pertuan Agong Sultan "
                    "Ibrahim Iskandar hosted President Prabowo Subianto for lunch on Monday.")
    assert offices(facts, "ibrahim-iskandar") == {("King", "MY"), ("Sultan", "MY")}


def test_documents_told_by_ordinals_are_one_agreement_each(extract):
    """ "signed a pair of memoranda: the first on A, and the second on B": each
    ordinal stands for a memorandum of its own, with its own field."""
    facts = extract("KAMPALA, March 5 (Agency) - Uganda and Kenya then signed a pair of "
                    "memoranda: the first on electricity trade across the border, and the "
                    "second on fisheries management in Lake Victoria.")
    assert sorted((a.kind, a.topics) for a in facts.agreements) == [
        ("MoU", ("electricity trade across the border",)),
        ("MoU", ("fisheries management in Lake Victoria",))]


def test_an_office_of_a_legislature_or_of_its_committee_before_a_name(extract):
    """ "Chairman of the Standing Committee of the National People's Congress NAME" (a
    committee of a state's legislature closes the office, though the tagger reads the name
    into the body's); "Speaker of the House of Peoples' Representatives NAME" (a title
    whose last words open the legislature's name): NAME holds the office, of that state."""
    facts = extract("BEIJING, March 5 (Agency) - Chairman of the Standing Committee of the "
                    "National People's Congress Zhao Leji met Speaker Kim Jin-pyo of South "
                    "Korea on Monday.\n\n"
                    "Speaker of the House of Peoples' Representatives Abebe Kebede Tolossa "
                    "hosted Kenya's President William Ruto in Addis Ababa on Tuesday.")
    assert offices(facts, "zhao-leji") == {("Chairman", "CN")}
    assert offices(facts, "abebe-kebede-tolossa") == {("Speaker of Parliament", "ET")}
