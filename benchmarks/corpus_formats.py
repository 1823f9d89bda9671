"""Time reading and building corpora in each input format: generated dumps, real readers.

    python benchmarks/corpus_formats.py              # 1,000 records read, 100 built
    python benchmarks/corpus_formats.py 5000 200

Writes a JSON Lines dump, a CSV dump and a folder of HTML pages of N generated
articles (sentences made here from a few templates, no outside text) into a
temporary folder, one bad record in each dump, and prints how long each reader
takes for all N, then how long ``build`` takes for the first M of the JSON
Lines dump (language check and extraction included).  Figures depend on the
machine; the tests assert behaviour, this measures.
"""

from __future__ import annotations

import csv
import json
import sys
import tempfile
import time
from pathlib import Path

from diplograph.ingest import build
from diplograph.readers import read_records

PAIRS = [("Kenyan President William Ruto", "Tanzanian President Samia Suluhu Hassan", "Arusha"),
         ("South African President Cyril Ramaphosa", "Brazilian President Luiz Inácio Lula da "
          "Silva", "Pretoria"),
         ("Indonesian President Joko Widodo", "Kenyan President William Ruto", "Jakarta")]
TOPICS = ["trade", "energy", "fisheries", "roads", "health care", "ports", "railways"]


def story(n: int) -> tuple[str, str]:
    """A short made-up report numbered ``n``: (title, text)."""
    guest, host, city = PAIRS[n % len(PAIRS)]
    topic, other = TOPICS[n % len(TOPICS)], TOPICS[(n * 3 + 1) % len(TOPICS)]
    text = (f"{city.upper()} - {guest} met {host} in {city} on Monday to discuss {topic}.\n\n"
            f"The two leaders agreed that their ministers would meet again to talk about "
            f"{other}, and said report number {n} would not be the last.")
    return f"Leaders discuss {topic} ({n})", text


def write_corpora(folder: Path, count: int) -> dict[str, Path]:
    jsonl = folder / "dump.jsonl"
    with jsonl.open("w", encoding="utf-8") as out:
        for n in range(count):
            title, text = story(n)
            line = json.dumps({"title": title, "text": text, "date": "2024-03-04",
                               "url": f"https://news.example/{n}"}, ensure_ascii=False)
            out.write(('{"text": "cut off' if n == count // 2 else line) + "\n")
    table = folder / "dump.csv"
    with table.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["title", "text", "date", "url"])
        for n in range(count):
            title, text = story(n)
            row = [title, text, "2024-03-04", f"https://news.example/{n}"]
            writer.writerow(row + ["extra"] if n == count // 2 else row)
    pages = folder / "pages"
    pages.mkdir()
    for n in range(count):
        title, text = story(n)
        paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
        (pages / f"{n:05}.html").write_text(
            f"<html><head><title>{title} | Example News</title>"
            f"<link rel=canonical href='https://news.example/{n}'>"
            "<meta property='article:published_time' content='2024-03-04'></head><body>"
            "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
            f"<article><h1>{title}</h1>{paragraphs}</article>"
            "<footer>© Example News</footer></body></html>", encoding="utf-8")
    return {"jsonl": jsonl, "csv": table, "html": pages}


def main(count: int = 1000, built: int = 100) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        corpora = write_corpora(folder, count)
        for fmt, path in corpora.items():
            paths = sorted(path.iterdir()) if path.is_dir() else [path]
            start = time.perf_counter()
            records = [r for p in paths for r in read_records(p)]
            seconds = time.perf_counter() - start
            bad = sum(r.problem is not None for r in records)
            print(f"read {fmt:5} {len(records):6} records ({bad} bad) in {seconds:6.2f} s "
                  f"= {1000 * seconds / len(records):6.2f} ms/record")
        subset = folder / "subset.jsonl"
        subset.write_text("".join(corpora["jsonl"].read_text(encoding="utf-8")
                                  .splitlines(keepends=True)[:built]), encoding="utf-8")
        start = time.perf_counter()
        report = build([subset], folder / "store")
        seconds = time.perf_counter() - start
        print(f"build {built} JSON Lines records: {seconds:.1f} s "
              f"({1000 * seconds / built:.0f} ms/record, model load included): "
              f"{report.summary()}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*(int(a) for a in sys.argv[1:3])))
