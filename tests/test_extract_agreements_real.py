"""Agreements as real news reports them (issue #13), on sentences of our own words with
invented names: each test stands for a category of the real-news corpus, not an article."""

from __future__ import annotations


def test_joint_statement_issued_with_a_word_before_the_article(extract):
    # "issued today a joint statement": a time word between the verb and the document.
    facts = extract("Chile and Norway issued today a joint statement on ocean research.")
    [statement] = facts.agreements
    assert statement.parties == {"CL", "NO"}
    assert statement.status == "held"


def test_a_document_reported_again_is_one_agreement(extract):
    # The headline, the lead and a later sentence report one signing.
    facts = extract("Peru, Finland sign new accord\n\n"
                    "Peruvian President Talma Quispera and Finnish Prime Minister Aarne "
                    "Lindqvar signed a new accord on Monday.\n\n"
                    "The accord was signed in the presence of reporters.")
    [accord] = facts.agreements
    assert accord.parties == {"PE", "FI"}
    assert len(accord.signatories) == 2


def test_a_state_named_in_a_relative_clause_is_no_party(extract):
    # "which will see them enforce sanctions on X": X is what the accord is about.
    facts = extract("Peruvian President Talma Quispera and Finnish Prime Minister Aarne "
                    "Lindqvar signed an accord which will see them enforce sanctions on Iran.")
    [accord] = facts.agreements
    assert accord.parties == {"PE", "FI"}


def test_another_document_is_not_merged(extract):
    facts = extract("Peru and Finland signed an agreement on forestry on Monday. Peru and "
                    "Finland also signed a joint statement.")
    assert sorted(a.topics for a in facts.agreements) == [(), ("forestry",)]
