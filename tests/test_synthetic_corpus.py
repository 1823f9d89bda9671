"""The benchmark corpus generator: seeded, varied, and with leaders in office on the day."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def _synthetic():
    spec = importlib.util.spec_from_file_location("synthetic", BENCHMARKS / "synthetic.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["synthetic"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_the_same_seed_gives_the_same_corpus_and_another_seed_another(world):
    synthetic = _synthetic()
    first = [s.text for s in synthetic.stories(20, seed=1, world=world)]
    assert first == [s.text for s in synthetic.stories(20, seed=1, world=world)]
    assert first != [s.text for s in synthetic.stories(20, seed=2, world=world)]


def test_stories_are_news_length_dated_and_varied(world):
    stories = list(_synthetic().stories(60, seed=3, world=world))
    assert all(300 <= s.words <= 1400 for s in stories)
    assert all(re.match(r" date \d{4}-\d{2}-\d{2} ", s.text) for s in stories)
    leaders = {leader.name for leader in world.leaders}
    named = {name for s in stories for name in leaders if name in s.text}
    assert len(named) > 30  # many different leaders, not a handful
    assert len({s.text.split("\n")[2] for s in stories}) > 20  # many datelines


def test_write_corpus_writes_one_file_per_article(tmp_path, world):
    words = _synthetic().write_corpus(tmp_path, 5, seed=4)
    files = sorted(tmp_path.iterdir())
    assert [f.name for f in files] == [f"{i:06d}.txt" for i in range(5)]
    assert 5 * 300 <= words <= sum(len(f.read_text().split()) for f in files)
