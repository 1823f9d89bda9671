"""The lexicon: every word list of the extractor lives once under data/extraction/.

A researcher grows the extractor by adding a word to a file, so each file must load,
say what it is for, hold no blank or repeated entry, and be read by some step; the
Python of ``extract/`` must not grow word lists of its own again; and a word added to
a file must reach the patterns built from it.
"""

from __future__ import annotations

import ast
import json
import re
import shutil
from pathlib import Path

import pytest
import spacy
from spacy.glossary import GLOSSARY
from spacy.matcher import DependencyMatcher

from diplograph.extract import rules
from diplograph.resources import rules_dir

EXTRACT = Path(rules.__file__).parent
LEXICON = rules_dir()
FILES = sorted(LEXICON.glob("*.txt")) + sorted(LEXICON.glob("*.csv")) \
    + sorted(LEXICON.glob("*.json"))

#: Names the code gives to kinds of world-data entries ("state", "demonym"): labels of
#: the program, like spaCy's tags and dependencies, not words of the text.
_CODE_LABELS = frozenset({"state", "place", "org", "demonym"})
#: Alternations in extract/ that are no word lists, each with why.
_ALLOWED_ALTERNATIONS = {
    ("st", "nd", "rd", "th"),  # suffixes of ordinal numbers ("3rd"), not words
    ("last", "next", "this", "on"),  # the directions dates._weekday computes with
}
#: An alternative of a regular expression that is a plain word or phrase ("an?" too).
_PLAIN_WORD = re.compile(r"[A-Za-z][A-Za-z' -]*\??")
_CACHED = (rules.rules, rules.table, rules.word_list, rules.words, rules.entries, rules.marked)


def _clear_caches() -> None:
    for function in _CACHED:
        function.cache_clear()


def _is_word(value: object) -> bool:
    return isinstance(value, str) and bool(re.fullmatch(r"[^\W\d_][\w'’. -]*", value)) \
        and value not in GLOSSARY and value not in _CODE_LABELS


def test_the_lexicon_has_files():
    names = {path.name for path in FILES}
    assert {"name_particles.csv", "quote_marks.csv", "speech_verbs.csv", "document_nouns.csv",
            "calendar.csv", "arrival_verbs.txt"} <= names


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.name)
def test_every_file_loads_without_blank_or_repeated_entries(path: Path):
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        # Dependency patterns: an "about" says what they are for; every rule compiles.
        assert json.loads(text)["about"], f"{path.name} has no 'about'"
        loaded = rules.dependency_rules(path.stem)
        names = [rule.name for rule in loaded]
        assert loaded and len(set(names)) == len(names), f"{path.name}: repeated ids"
        matcher = DependencyMatcher(spacy.blank("en").vocab)
        for rule in loaded:
            assert rule.anchor in ("trigger", "clause"), f"{rule.name}: anchor"
            matcher.add(rule.name, [list(rule.pattern)])
        return
    assert any(line.startswith("#") for line in text.splitlines()), \
        f"{path.name} has no '#' comment saying what its words are for"
    if path.suffix == ".txt":
        entries = rules.word_list(path.stem)
        assert entries, f"{path.name} is empty"
        assert all(entry.strip() == entry and entry for entry in entries)
        lowered = [entry.lower() for entry in entries]
        repeated = {entry for entry in lowered if lowered.count(entry) > 1}
        assert not repeated, f"{path.name} repeats {sorted(repeated)}"
        return
    rows = rules.entries(path.stem)
    assert rows, f"{path.name} has no rows"
    if "pattern" in rows[0]:
        assert len(rules.rules(path.stem)) == len(rows)  # every pattern compiles
        return
    first = next(iter(rows[0]))
    keys = [row[first] for row in rows]
    assert all(key and key.strip() == key for key in keys), f"{path.name}: blank {first}"
    repeated = {key for key in keys if keys.count(key) > 1}
    assert not repeated, f"{path.name} repeats {sorted(repeated)}"
    for row in rows:
        for column, value in row.items():
            assert value is not None, f"{path.name}: row {row[first]} lacks {column}"
            forms = value.split("|")
            assert len(forms) == 1 or all(forms), f"{path.name}: empty form in {value!r}"


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.name)
def test_every_file_is_read_by_a_step(path: Path):
    code = "".join(module.read_text(encoding="utf-8") for module in EXTRACT.glob("*.py"))
    data = "".join(other.read_text(encoding="utf-8") for other in FILES if other != path)
    references = (f"@{path.stem} ", f"{{{path.stem}}}", f"{{{path.stem}.")
    assert f'"{path.stem}"' in code or any(reference in data for reference in references), \
        f"nothing reads {path.name}"


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.name)
def test_the_readme_names_every_file(path: Path):
    readme = Path(__file__).resolve().parents[1] / "README.md"
    assert f"`{path.name}`" in readme.read_text(encoding="utf-8")


def test_steps_named_in_a_file_are_read_by_the_code():
    code = "".join(module.read_text(encoding="utf-8") for module in EXTRACT.glob("*.py"))
    data = "".join(path.read_text(encoding="utf-8") for path in FILES)
    for path in LEXICON.glob("*.csv"):
        steps = {step for row in rules.entries(path.stem) for step in
                 (row.get("steps") or "").split()}
        unread = {step for step in steps
                  if f'"{step}"' not in code and f"{{{path.stem}:{step}}}" not in data}
        assert not unread, f"{path.name}: steps {sorted(unread)} are read by nothing"


def _modules():
    for path in sorted(EXTRACT.glob("*.py")):
        yield path.name, ast.parse(path.read_text(encoding="utf-8"))


def test_no_module_of_extract_writes_a_word_set_of_its_own():
    found = []
    for name, tree in _modules():
        for node in ast.walk(tree):
            if isinstance(node, (ast.Set, ast.Tuple, ast.List)):
                items = node.elts
            elif isinstance(node, ast.Dict):
                items = node.keys
            else:
                continue
            words = [item.value for item in items
                     if isinstance(item, ast.Constant) and _is_word(item.value)]
            if len(words) > 3:
                found.append(f"{name}:{node.lineno} {words}")
    assert not found, "word lists belong in data/extraction/:\n" + "\n".join(found)


def test_no_pattern_of_extract_writes_a_word_alternation_of_its_own():
    found = []
    for name, tree in _modules():
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
                continue
            groups = re.findall(r"\((?:\?:|\?P<\w+>)?([^()]*)\)", node.value) + [node.value]
            for group in groups:
                alternatives = tuple(a.replace("\\b", "").strip() for a in group.split("|"))
                words = tuple(a for a in alternatives if _PLAIN_WORD.fullmatch(a))
                if len(words) > 3 and words not in _ALLOWED_ALTERNATIONS:
                    found.append(f"{name}:{node.lineno} {'|'.join(words)}")
    assert not found, "word alternations belong in data/extraction/:\n" + "\n".join(found)


def test_every_alternation_is_built_escaped_and_in_file_order():
    assert rules.alternation("arrival_verbs") == \
        "(?:arrived|arrives|arriving|landed|lands|arrive|land|touched\\ down|flew\\ in" \
        "|flies\\ in|flown\\ in)"
    assert rules.forms("document_nouns", "next", "stem")[:2] == ("agreement", "memorand")
    assert re.fullmatch(rules.forms_alternation("document_nouns", "topic", "singular"),
                        "road map")
    assert not re.fullmatch(rules.alternation("topic_stopwords"), "a.")


@pytest.fixture()
def lexicon_copy(tmp_path, monkeypatch):
    """A copy of data/extraction/ the extractor reads instead, caches cleared around it."""
    folder = tmp_path / "extraction"
    shutil.copytree(LEXICON, folder)
    monkeypatch.setattr(rules, "rules_dir", lambda: folder)
    _clear_caches()
    yield folder
    _clear_caches()


def _add_row(path: Path, row: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + row + "\n", encoding="utf-8")


def test_a_speech_verb_added_to_the_file_attributes_a_quote(extract, lexicon_copy):
    text = ("Prime Minister Narendra Modi opened a new harbour in Mumbai on Monday. "
            "“Our harbours will carry the trade of a whole region,” Modi chuckled.")
    assert extract(text).quotes == []  # "chuckle" is no speech verb yet
    _add_row(lexicon_copy / "speech_verbs.csv", "chuckle,chuckled,narration")
    _clear_caches()
    quotes = [(q.speaker, q.text) for q in extract(text).quotes]
    assert quotes == [("narendra-modi", "Our harbours will carry the trade of a whole region")]


def test_a_word_added_to_a_list_reaches_a_rule_that_names_it(lexicon_copy):
    sentence = "The minister alighted in Lusaka for talks."
    arrival = [rule for rule in rules.rules("visits") if rule.values["kind"] == "arrival"][0]
    assert not arrival.pattern.search(sentence)
    _add_row(lexicon_copy / "arrival_verbs.txt", "alighted")
    _clear_caches()
    arrival = [rule for rule in rules.rules("visits") if rule.values["kind"] == "arrival"][0]
    assert arrival.pattern.search(sentence)


def test_a_day_name_is_a_date_word_and_never_a_name():
    from diplograph.extract.dates import WEEKDAY_NUMBERS, WEEKDAYS

    assert WEEKDAYS[:7] == ("monday", "tuesday", "wednesday", "thursday", "friday",
                            "saturday", "sunday")
    assert [WEEKDAY_NUMBERS[day] for day in WEEKDAYS[:7]] == list(range(7))
    # the short forms ("tues", "thurs") name the same days
    assert all(WEEKDAYS[WEEKDAY_NUMBERS[short]].startswith(short[:3]) for short in WEEKDAYS)
    assert set(WEEKDAYS) <= rules.words("not_names")
    assert "may" not in rules.words("not_names")  # a month, but also a verb and a name
