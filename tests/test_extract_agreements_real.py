"""Agreements as real news reports them (issue #13), on sentences of our own words with
invented names: each test stands for a category of the real-news corpus, not an article."""

from __future__ import annotations


def test_joint_statement_issued_with_a_word_before_the_article(extract):
    # "issued today a joint statement": a time word between the verb and the document.
    facts = extract("Chile and Norway issued today a joint statement on ocean research.")
    [statement] = facts.agreements
    assert statement.parties == {"CL", "NO"}
    assert statement.status == "held"
