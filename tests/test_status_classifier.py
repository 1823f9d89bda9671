"""benchmarks/status_classifier.py: the labels it takes from the gold and the scores it prints."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from status_classifier import _label, folds, own_examples, predict, scores, train  # noqa: E402


def test_an_event_is_labelled_from_the_gold_and_skipped_when_the_gold_is_ambiguous():
    held = [{"participants": ["Ana Roca", "Bo Lind"]}]
    assert _label("meeting", ["Lind", "Ana Roca"], None, held, [], str) == "held"
    assert _label("meeting", ["Bo Lind", "Cy Moor"], None, held, [["Cy Moor", "Bo Lind"]],
                  str) == "not-held"
    # The same people both met and plan to meet again: the gold cannot tell this sentence.
    assert _label("meeting", ["Ana Roca", "Bo Lind"], None, held, [["Roca", "Lind"]],
                  str) is None
    visits = [{"guest": "Ana Roca", "host": "FR"}]
    assert _label("visit", ["Ana Roca"], "FR", visits, [], str) == "held"
    assert _label("visit", ["Ana Roca"], "DE", visits, [], str) is None


def test_folds_keep_each_article_whole_and_scores_count_per_label():
    ids = [str(i) for i in range(20)]
    dealt = folds(ids, k=6)
    assert sorted(i for fold in dealt for i in fold) == sorted(ids)
    assert dealt == folds(ids, k=6)
    s = scores(["held", "held", "not-held", "not-held"], ["held", "not-held", "not-held",
                                                          "not-held"])
    assert s["accuracy"] == 0.75
    assert round(s["not-held"], 3) == 0.8 and round(s["held"], 3) == 0.667


def test_our_dev_corpus_gives_labelled_sentences_and_a_classifier_learns_them():
    examples = own_examples(ROOT / "data" / "dev", None, None)
    labels = {e["label"] for e in examples}
    assert labels == {"held", "not-held"}
    assert all(e["rule"] in labels and e["text"] for e in examples)
    model = train(examples, "bow")
    found = predict(model, [e["text"] for e in examples])
    # Trained and scored on the same sentences: it must at least fit them.
    assert scores([e["label"] for e in examples], found)["accuracy"] > 0.9
