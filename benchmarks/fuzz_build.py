"""Build thousands of generated hostile articles and count crashes (the goal: zero).

    python benchmarks/fuzz_build.py               # 10,000 articles, seed 14
    python benchmarks/fuzz_build.py 500 --seed 3  # a quicker run

Each article is a short report in our own words (made-up leaders of made-up
states, nothing taken from real news) spoiled by two to four hostile
ingredients: binary junk, a huge line, bytes of several encodings in one file,
markup and scripts, control characters, no date line or an absurd one, quotes
nested and left open, right-to-left text with bidi controls, emoji sequences.
One article in twenty has a huge line (10,000 to 40,000 characters), one in ten is
written as a saved web page, one in twenty as a record of
a JSON Lines or CSV dump.  The whole folder goes through :func:`diplograph.build`
into a temporary embedded store.

A *crash* is any exception escaping ``build`` or an article skipped with
"extraction failed" (the message the build gives an unexpected exception:
a bug).  Articles skipped with a reason (binary, empty, another language,
impossible date) are the right answer to junk and are counted, not failed.
``tests/test_fuzz.py`` builds a few hundred of the same articles in CI.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

#: Made-up people and places, so no real report is quoted.
LEADERS = ["President Arlo Venn of Norlandia", "Prime Minister Ysolde Karr of Estmark",
           "Chancellor Dario Pell of Ruthenia Nova", "Foreign Minister Mira Osk of Valdonia",
           "King Tavish Orrel of Sundmark"]
CITIES = ["Port Averly", "Kessin", "Lower Dunmere", "Ostrava Nova", "Velm"]
SENTENCES = [
    "{a} met {b} in {city} on Tuesday to talk about trade and grain.",
    "{a} and {b} signed a memorandum of understanding on fisheries in {city}.",
    '"We will keep talking," {a} said after the talks with {b}.',
    "{a} is expected to pay a state visit to {city} next month.",
    "{b} spoke with {a} by phone yesterday about the border crossing.",
    "The meeting between {a} and {b} planned for Friday was cancelled.",
]


def _sentences(rng: random.Random, count: int) -> str:
    out = []
    for _ in range(count):
        a, b = rng.sample(LEADERS, 2)
        out.append(rng.choice(SENTENCES).format(a=a, b=b, city=rng.choice(CITIES)))
    return " ".join(out)


def _junk(rng: random.Random) -> str:
    data = rng.randbytes(rng.randint(1, 600))
    if rng.random() < 0.8:  # NUL bytes make the whole file "binary": mostly leave them out
        data = data.replace(b"\x00", b"")
    return data.decode("latin-1")


def _huge_line(rng: random.Random) -> str:
    # A line of tens of thousands of characters without a newline.  Most are one long
    # token (cheap for the tagger, hard on line-based code); one in ten is words, kept
    # shorter because the tagger's time grows with the number of words.
    if rng.random() < 0.6:
        unit = rng.choice(["x", "https://example.org/" + "a" * 50, "\u0301"])
        return unit * (rng.randint(10_000, 40_000) // len(unit))
    if rng.random() < 0.75:
        # Runs of emoji or dashes without a space are kept short: spaCy's tokenizer
        # takes time that grows faster than their length (5,000 emoji: about 25 s on
        # two shared cores; 40,000 would take many minutes).  Reported, not hidden:
        # see benchmarks/README.md.
        unit = rng.choice(["🙂", "—"])
        return unit * rng.randint(200, 1_000)
    unit = rng.choice(["word ", "Arlo Venn met ", "a, ", "<b>x</b> "])
    return unit * (rng.randint(1_000, 8_000) // len(unit))


def _markup(rng: random.Random) -> str:
    return rng.choice([
        "<script>alert('x')</script>", "<img src=x onerror=alert(1)>", "<b><i>unclosed",
        "]]><!--", "<?xml version='1.0'?><!DOCTYPE x [<!ENTITY e 'e'>]>&e;",
        "<a href=\"javascript:alert(1)\">{a}</a>", "{{ 7*7 }} ${7*7} %s %n",
        "<style>body{display:none}</style>", "</p></div></body></html><p>",
        "SELECT * WHERE { ?s ?p ?o } ; DROP ALL ;", "\"> }} ]] <x y='", "&#0; &#x110000; &nbsp",
    ])


def _controls(rng: random.Random) -> str:
    # No NUL here: _junk brings some, and a NUL makes the whole file binary.
    pool = [chr(c) for c in [*range(1, 32), 127, *range(128, 160)]] + \
        ["\u2028", "\u2029", "\ufeff", "\u200b", "\u00ad", "\ufffe", "\ufffd"]
    return "".join(rng.choice(pool) for _ in range(rng.randint(1, 40)))


def _quotes(rng: random.Random) -> str:
    marks = ['"', "“", "”", "‘", "’", "'", "«", "»", "„", "「", "」"]
    depth = rng.randint(3, 30)
    opened = "".join(f'{rng.choice(marks)}{a} said ' for a in rng.choices(LEADERS, k=depth))
    return opened + "we agree" + "".join(rng.choice(marks) for _ in range(rng.randint(0, depth)))


def _rtl(rng: random.Random) -> str:
    return rng.choice([
        "\u202eArlo Venn met Ysolde Karr\u202c", "الرئيس آرلو فين التقى رئيسة الوزراء",
        "ראש הממשלה נפגש עם הנשיא", "\u2067مرحبا\u2069 Velm \u200f(1)\u200e",
        "Arlo Venn \u202bقال\u202a «نحن» \u2066said\u2069",
    ])


def _emoji(rng: random.Random) -> str:
    return rng.choice([
        "👨‍👩‍👧‍👦", "🇳🇴🇪🇪", "👍🏽👍🏿", "🏳️‍🌈", "Arlo🙂Venn", "🤝" * 50,
        "\U0001F9D1\u200D\U0001F4BC",
        "e\u0301\u0301\u0301\u0301\u0301", "Z̵̧̛̖͍̓a̸͇̍l̶̩͛g̷͕̈́o̴͎͑",
    ])


_DATES = ["", "", "", " date 2024-03-06\n", " date 2024-02-30\n", " date 0001-01-01\n",
          " date 9999-12-31\n", " date 2024-13-01 byline\n", "date 2024-03-06 \x00\n",
          " date 99999-01-01\n", " date 2024-03-06 " + "x" * 5000 + "\n", " date 2024-03-06\n",
          " date 2023-12-31\n"]

_TEXT_INGREDIENTS = [_junk, _markup, _controls, _quotes, _rtl, _emoji]
#: Share of articles with a huge line: extraction time grows with length, and a run of
#: 10,000 should finish in well under an hour on two shared cores.
HUGE_SHARE = 0.05


def _encode(rng: random.Random, text: str) -> bytes:
    """The text as bytes, sometimes in pieces of different encodings, sometimes cut short."""
    choice = rng.random()
    if choice < 0.55:
        data = text.encode("utf-8", "surrogatepass")
    elif choice < 0.7:
        data = text.encode("utf-16", "surrogatepass")
    elif choice < 0.8:
        data = text.encode("cp1252", "replace")
    else:  # mixed encodings in one file
        cut = len(text) // 2
        data = (text[:cut].encode("utf-8", "surrogatepass")
                + text[cut:].encode(rng.choice(["cp1252", "utf-16-le", "latin-1", "utf-8"]),
                                    "replace"))
    if rng.random() < 0.1:
        data = data[:rng.randint(0, len(data))]  # truncated mid-character
    if rng.random() < 0.05:
        data = b"\xef\xbb\xbf" + data
    return data


def hostile_text(rng: random.Random) -> str:
    """One hostile article as text: a date line (or none), report sentences, hostile parts."""
    parts = [_sentences(rng, rng.randint(1, 6))]
    ingredients = rng.sample(_TEXT_INGREDIENTS, rng.randint(2, 4))
    if rng.random() < HUGE_SHARE:
        ingredients.append(_huge_line)
    for ingredient in ingredients:
        piece = ingredient(rng).replace("{a}", rng.choice(LEADERS))
        parts.insert(rng.randint(0, len(parts)), piece)
    separator = rng.choice([" ", "\n", "\n\n", "\r\n", "\r", "\t", ""])
    return rng.choice(_DATES) + separator.join(parts)


def _page(rng: random.Random, text: str) -> bytes:
    title = _markup(rng) + _rtl(rng)
    meta = rng.choice(['<meta charset="utf-8">', '<meta charset="shift_jis">',
                       '<meta charset="nonsense">', ""])
    ld = json.dumps({"@type": "NewsArticle", "headline": title,
                     "datePublished": rng.choice(["2024-03-06", "yesterday", "9999-99-99", ""])})
    html = (f"<html><head>{meta}<title>{title}</title>"
            f"<script type=\"application/ld+json\">{ld}</script></head><body>"
            f"<nav>Home | World</nav><article><p>{text}</p></article>"
            f"<footer>{_controls(rng)}</footer></body></html>")
    return _encode(rng, html) if rng.random() < 0.3 else html.encode("utf-8", "replace")


def _dump(rng: random.Random, texts: list[str], kind: str) -> bytes:
    if kind == "jsonl":
        lines = []
        for text in texts:
            record = {"text": text, "date": rng.choice(["2024-03-06", "", "no date", 7]),
                      "url": rng.choice(["https://example.org/a", "javascript:alert(1)", None]),
                      "title": _markup(rng)}
            line = json.dumps(record, ensure_ascii=rng.random() < 0.5)
            if rng.random() < 0.15:
                line = line[:rng.randint(0, len(line))]  # a broken record
            lines.append(line)
        return "\n".join(lines).encode("utf-8", "surrogatepass")
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["title", "date", "text"])
    for text in texts:
        writer.writerow([_markup(rng), rng.choice(["2024-03-06", "", "31/02/2024"]), text])
    return _encode(rng, out.getvalue())


def hostile_files(count: int, seed: int = 14) -> Iterator[tuple[str, bytes]]:
    """``(file name, content)`` of ``count`` hostile articles (a dump counts its records)."""
    rng = random.Random(seed)
    made = 0
    while made < count:
        roll = rng.random()
        if roll < 0.05:
            kind = rng.choice(["jsonl", "csv"])
            size = min(rng.randint(2, 8), count - made)
            texts = [hostile_text(rng).replace("\x00", "") for _ in range(size)]
            yield f"dump{made:05d}.{kind}", _dump(rng, texts, kind)
            made += size
            continue
        if roll < 0.15:
            yield f"page{made:05d}.html", _page(rng, hostile_text(rng))
        else:
            suffix = rng.choice([".txt", ".txt", ".txt", ".md", ".text"])  # read from folders
            yield f"article{made:05d}{suffix}", _encode(rng, hostile_text(rng))
        made += 1


def write_corpus(folder: Path, count: int, seed: int = 14) -> int:
    """Write the hostile articles into ``folder``; the number of files written."""
    folder.mkdir(parents=True, exist_ok=True)
    files = 0
    for name, data in hostile_files(count, seed):
        (folder / name).write_bytes(data)
        files += 1
    return files


def fuzz(count: int, seed: int = 14, store: Path | None = None, *, every: int = 0) -> dict:
    """Build ``count`` hostile articles into a temporary store; outcomes and crashes.

    ``every`` > 0 prints a progress line on standard error after that many articles.
    """
    from diplograph.ingest import build

    seen = [0]

    def progress(source: str, outcome: str) -> None:
        seen[0] += 1
        if every and "extraction failed" in outcome:  # shown at once: a long run may be cut
            print(f"  CRASH {outcome}", file=sys.stderr, flush=True)
        if every and seen[0] % every == 0:
            print(f"  {seen[0]} articles, {time.perf_counter() - started:.0f} s",
                  file=sys.stderr, flush=True)

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        files = write_corpus(corpus, count, seed)
        started = time.perf_counter()
        report = build([corpus], store or Path(tmp) / "store", progress=progress)
        seconds = time.perf_counter() - started
    crashes = [(source, reason) for source, reason in report.skipped
               if "extraction failed" in reason]
    reasons = Counter(_reason_kind(reason) for _, reason in report.skipped
                      if "extraction failed" not in reason)
    return {"files": files, "read": report.read, "added": len(report.added),
            "unchanged": len(report.unchanged), "skipped": len(report.skipped) - len(crashes),
            "crashes": crashes, "skip_reasons": reasons, "seconds": seconds}


def _reason_kind(reason: str) -> str:
    text = reason.split(": ", 1)[-1]
    for word in ("binary", "empty", "language", "date", "JSON", "record", "text", "decode",
                 "large", "field"):
        if word.lower() in text.lower():
            return word.lower()
    return text[:40]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, nargs="?", default=10_000)
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()
    result = fuzz(args.count, args.seed, every=100)
    print(f"{args.count} hostile articles in {result['files']} files, seed {args.seed}: "
          f"{result['read']} read, {result['added']} added, {result['unchanged']} unchanged, "
          f"{result['skipped']} skipped with a reason, {len(result['crashes'])} crashes, "
          f"{result['seconds']:.0f} s ({result['read'] / result['seconds']:.1f} articles/s)")
    for kind, n in result["skip_reasons"].most_common():
        print(f"  skipped ({kind}): {n}")
    for source, reason in result["crashes"]:
        print(f"  CRASH {source}: {reason}")
    return 1 if result["crashes"] else 0


if __name__ == "__main__":
    sys.exit(main())
