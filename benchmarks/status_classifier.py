"""Held or announced: the extractor's status rule against a learned sentence classifier.

    python benchmarks/status_classifier.py [REALNEWS_DIR] [--heldout] [--cache FILE]

Issue 13 point 6 asks whether a learned component (a spaCy text classifier trained on the
gold) tells a sentence reporting a held meeting or visit from one that announces it better
than the status rule in ``extract/clauses.py``.  This measures it; it changes nothing.

Examples: the real extractor runs on each development article of ``../shared/realnews``
(ids not ending in 7 or 8); every meeting and visit it finds that the gold lists gives one
example: its evidence sentence, the status the rule gave it, and the label from the gold
("held" when the gold's ``meetings``/``visits`` have the same people, "not-held" when its
``planned`` events do; events matching both or neither are skipped).  The development
corpus ``data/dev`` (our own words) adds training examples the same way; it is never
scored.

Scoring: 6-fold cross-validation by article on the development ids (an article's sentences
are all in one fold), the classifier trained on the other folds plus ``data/dev``; both
the rule and the classifier are scored on the same sentences.  ``--heldout`` also trains
once on every development example and scores the held-out ids, with nothing tuned on them.

Prints a Markdown table.  Article texts are read at run time and never written anywhere,
except to the ``--cache`` file if one is named (put it outside the project).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from diplograph.articles import read_article
from diplograph.evaluate import names_match

REPO = Path(__file__).resolve().parent.parent
REALNEWS = REPO.parent / "shared" / "realnews"
LABELS = ("held", "not-held")
FOLDS = 6
SEED = 13
EPOCHS = 30
#: Not-held sentences are about one in six; repeating them this often in training keeps the
#: classifier from answering "held" to everything.
OVERSAMPLE = 5
#: The two spaCy text classifiers tried: bag of words (fast) and spaCy's default ensemble
#: (bag of words plus a small CNN over token vectors learnt from these sentences).
ARCHITECTURES = {
    "bow": {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True,
            "ngram_size": 1, "no_output_layer": False},
    "ensemble": None,
}


def _is_heldout(article_id: str) -> bool:
    return article_id[-1:] in "78"


def _same_people(gold: list[str], found: list[str]) -> bool:
    """The two name lists name the same people, one to one (a lone surname matches)."""
    if len(gold) != len(found) or not gold:
        return False
    left = list(found)
    for name in gold:
        match = next((f for f in left if names_match(name, f)), None)
        if match is None:
            return False
        left.remove(match)
    return True


def _label(kind: str, people: list[str], host: str | None, held: list, planned: list,
           state_of) -> str | None:
    """"held", "not-held", or None when the gold lists the event as neither or as both."""
    if kind == "meeting":
        is_held = any(_same_people(g["participants"], people) for g in held)
        is_planned = any(_same_people(g, people) for g in planned)
    else:
        guest = people[0]
        is_held = any(names_match(g["guest"], guest) and state_of(g["host"]) == host
                      for g in held)
        is_planned = any(any(names_match(w, guest) for w in g) for g in planned)
    if is_held == is_planned:
        return None
    return "held" if is_held else "not-held"


def _examples_of(article_path: Path, gold_meetings: list, gold_visits: list,
                 gold_planned: list[list[str]], state_of, nlp, world) -> list[dict]:
    from diplograph.extract.pipeline import extract_article

    facts = extract_article(read_article(article_path), nlp=nlp, world=world)
    names = {key: person.name for key, person in facts.persons.items()}
    seen, examples = set(), []
    events = [("meeting", sorted(names.get(k, k) for k in m.participants), None, m)
              for m in facts.meetings]
    events += [("visit", [names.get(v.guest, v.guest)], v.host, v) for v in facts.visits]
    for kind, people, host, event in events:
        label = _label(kind, people, host,
                       gold_meetings if kind == "meeting" else gold_visits,
                       gold_planned, state_of)
        span = event.evidence
        if label is None or (span.start, span.end, label) in seen:
            continue
        seen.add((span.start, span.end, label))
        examples.append({"text": " ".join(span.text.split()), "label": label,
                         "rule": "held" if event.status == "held" else "not-held",
                         "kind": kind})
    return examples


def realnews_examples(root: Path, nlp, world) -> dict[str, list[dict]]:
    """Examples per article id of the real-news corpus (development and held-out ids)."""
    from diplograph.evaluate import state_code

    out = {}
    for gold_path in sorted((root / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        planned = [p["who"] for p in gold.get("planned", []) if p.get("who")]
        visits = [dict(v, host=v.get("host_state")) for v in gold.get("visits", [])]
        out[gold_path.stem] = _examples_of(
            root / "articles" / f"{gold_path.stem}.txt", gold.get("meetings", []),
            visits, planned, lambda s: state_code(s, world), nlp, world)
    return out


def own_examples(corpus: Path, nlp, world) -> list[dict]:
    """Examples of one of our own corpora (``data/dev``): statuses are on its events."""
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))["articles"]
    examples = []
    for name, facts in gold.items():
        held_meetings = [m for m in facts.get("meetings", []) if not m.get("status")]
        held_visits = [v for v in facts.get("visits", []) if not v.get("status")]
        planned = [m["participants"] for m in facts.get("meetings", []) if m.get("status")]
        planned += [[v["guest"]] for v in facts.get("visits", []) if v.get("status")]
        examples += _examples_of(corpus / "articles" / name, held_meetings, held_visits,
                                 planned, lambda s: s, nlp, world)
    return examples


def train(examples: list[dict], architecture: str = "bow", seed: int = SEED):
    """A blank English pipeline with one ``textcat`` (exclusive classes held / not-held)
    of ``architecture`` (a key of :data:`ARCHITECTURES`), trained on ``examples``."""
    import spacy
    from spacy.training import Example

    spacy.util.fix_random_seed(seed)
    nlp = spacy.blank("en")
    model = ARCHITECTURES[architecture]
    textcat = nlp.add_pipe("textcat", config={"model": model} if model else {})
    for label in LABELS:
        textcat.add_label(label)
    examples = examples + [e for e in examples if e["label"] != "held"] * (OVERSAMPLE - 1)
    data = [Example.from_dict(nlp.make_doc(e["text"]),
                              {"cats": {lab: float(e["label"] == lab) for lab in LABELS}})
            for e in examples]
    rng = random.Random(seed)
    optimizer = nlp.initialize(lambda: data)
    for _ in range(EPOCHS):
        rng.shuffle(data)
        for start in range(0, len(data), 8):
            nlp.update(data[start:start + 8], sgd=optimizer, drop=0.2)
    return nlp


def predict(nlp, texts: list[str]) -> list[str]:
    """The label the classifier ranks first for each text."""
    return [max(doc.cats, key=doc.cats.get) for doc in nlp.pipe(texts)]


def folds(ids: list[str], k: int = FOLDS, seed: int = SEED) -> list[list[str]]:
    """``ids`` shuffled and dealt into ``k`` folds: every article's sentences stay together."""
    shuffled = sorted(ids)
    random.Random(seed).shuffle(shuffled)
    return [shuffled[i::k] for i in range(k)]


def scores(gold: list[str], found: list[str]) -> dict[str, float]:
    """Accuracy, and precision/recall/F1 of each label."""
    right = sum(g == f for g, f in zip(gold, found, strict=True))
    out = {"accuracy": right / len(gold) if gold else 0.0}
    for label in LABELS:
        tp = sum(g == f == label for g, f in zip(gold, found, strict=True))
        p = tp / max(1, sum(f == label for f in found))
        r = tp / max(1, sum(g == label for g in gold))
        out[label] = 2 * p * r / (p + r) if p + r else 0.0
    return out


def cross_validate(by_article: dict[str, list[dict]], extra: list[dict],
                   architecture: str) -> tuple[list[str], list[str], list[str]]:
    """Gold, rule and classifier labels of every development example, by article folds."""
    gold, rule, learned = [], [], []
    for fold in folds([a for a, ex in by_article.items() if ex]):
        test = [e for a in fold for e in by_article[a]]
        train_set = [e for a, ex in by_article.items() if a not in fold for e in ex] + extra
        model = train(train_set, architecture)
        gold += [e["label"] for e in test]
        rule += [e["rule"] for e in test]
        learned += predict(model, [e["text"] for e in test])
    return gold, rule, learned


def _row(name: str, n: int, gold: list[str], found: list[str]) -> str:
    s = scores(gold, found)
    return (f"| {name} | {n} | {s['accuracy']:.3f} | {s['held']:.3f} | "
            f"{s['not-held']:.3f} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("realnews", nargs="?", default=str(REALNEWS))
    parser.add_argument("--heldout", action="store_true",
                        help="also score the held-out ids once, trained on all development ids")
    parser.add_argument("--cache", help="JSON file keeping the extracted examples between runs")
    args = parser.parse_args(argv)
    cache = Path(args.cache) if args.cache else None
    if cache and cache.exists():
        data = json.loads(cache.read_text(encoding="utf-8"))
    else:
        from diplograph.extract.nlp import load_model
        from diplograph.world import load_world

        nlp, world = load_model(), load_world()
        data = {"realnews": realnews_examples(Path(args.realnews), nlp, world),
                "own": own_examples(REPO / "data" / "dev", nlp, world)}
        if cache:
            cache.write_text(json.dumps(data), encoding="utf-8")
    dev = {a: ex for a, ex in data["realnews"].items() if not _is_heldout(a)}
    n_dev = sum(len(ex) for ex in dev.values())
    n_not = sum(e["label"] == "not-held" for ex in dev.values() for e in ex)
    print(f"Development ids: {n_dev} sentences from {sum(bool(e) for e in dev.values())} "
          f"articles ({n_dev - n_not} held, {n_not} not held); data/dev adds "
          f"{len(data['own'])} training sentences. {FOLDS}-fold cross-validation by article.\n")
    print("| status from | sentences | accuracy | F1 held | F1 not held |")
    print("|---|---|---|---|---|")
    rows = []
    for architecture in ARCHITECTURES:
        gold, rule, learned = cross_validate(dev, data["own"], architecture)
        rows.append(_row(f"spaCy textcat {architecture}, cross-validated", len(gold),
                         gold, learned))
    print(_row("always held (baseline)", len(gold), gold, ["held"] * len(gold)))
    print(_row("rule (extract/clauses.py)", len(gold), gold, rule))
    print("\n".join(rows))
    if args.heldout:
        held = [e for a, ex in data["realnews"].items() if _is_heldout(a) for e in ex]
        gold_h = [e["label"] for e in held]
        print(_row("held-out ids: rule", len(held), gold_h, [e["rule"] for e in held]))
        for architecture in ARCHITECTURES:
            model = train([e for ex in dev.values() for e in ex] + data["own"], architecture)
            print(_row(f"held-out ids: textcat {architecture}", len(held), gold_h,
                       predict(model, [e["text"] for e in held])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
