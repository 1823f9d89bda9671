"""Build a folder of articles into a fresh store and list the gold facts it misses.

    python benchmarks/gold_check.py data/dev/gold.json data/dev/articles
    python benchmarks/gold_check.py data/gold/examples.json data/articles

Prints one line per missed fact and the count; exit status 0 either way (this
measures, the tests assert).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from diplograph.gold import check_gold
from diplograph.ingest import build
from diplograph.stores import open_store


def main(gold: str, articles: str) -> int:
    """Build ``articles`` into a temporary store and print what ``gold`` lists but it lacks."""
    with tempfile.TemporaryDirectory() as folder:
        report = build([articles], Path(folder) / "store")
        store = open_store(Path(folder) / "store")
        try:
            misses = check_gold(store, gold, articles)
        finally:
            store.close()
    for miss in misses:
        print(miss)
    print(f"{len(misses)} gold facts missed ({report.summary()})")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
