"""Regenerate ``data/world/regions.csv``: the first-level divisions of every state
(provinces, states, regions, prefectures) from ISO 3166-2 as packaged by pycountry.

    python tools/make_regions.py            # write data/world/regions.csv
    python tools/make_regions.py --check    # exit 1 if regions.csv is out of date

News names a province where a leader travels ("visited Johor", "toured Sichuan
province"): its state is the host of the visit. ISO 3166-2 writes many names in the
state's own language or with an administrative word ("Anhui Sheng", "Gyeonggi-do",
"Adygeya, Respublika"); the word is cut and the bare name kept, as the English press
writes it. Names the English press writes otherwise (Russian "-skaya oblast'", "Bayern"
for Bavaria) stay as ISO gives them: they find nothing and harm nothing. A name two states
share ("Punjab", "Amazonas"), or one a state, a capital, a venue or a town already bears,
names no one division and is left out. Like towns, the extractor reads a division only
where spaCy's tagger also sees a place.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
import unicodedata
from pathlib import Path

import pycountry

WORLD = Path(__file__).resolve().parent.parent / "data" / "world"

# Administrative words ISO 3166-2 writes around a name ("Anhui Sheng", "Gyeonggi-do").
_ADMIN_WORDS = re.compile(
    r"\s*\(.*?\)|,\s*Respublika$|\s+(?:Sheng|Shi|Zizhiqu|Zhuangzu|Huizu|Weiwu'er|Zangzu"
    r"|Province|Region|State|Governorate|Prefecture)$|-(?:do|si|gwangyeoksi|teukbyeolsi"
    r"|teukbyeoljachido|teukbyeoljachisi)$", re.IGNORECASE)


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c)).lower()


def _bare(name: str) -> str:
    while (shorter := _ADMIN_WORDS.sub("", name).strip()) != name:
        name = shorter
    return name


def regions() -> list[dict[str, str]]:
    """The rows of ``regions.csv``, sorted by state and name."""
    known: set[str] = set()
    for file in ("places.csv", "states.csv", "towns.csv"):
        with (WORLD / file).open(encoding="utf-8") as handle:
            lines = (line for line in handle if not line.startswith("#"))
            for row in csv.DictReader(lines):
                known.add(_fold(row["name"]))
                known.update(_fold(a) for a in (row.get("aliases") or "").split("|") if a)
    states = _state_codes()
    by_name: dict[str, list[tuple[str, str, str]]] = {}
    for division in pycountry.subdivisions:
        if division.parent_code is not None or division.country_code not in states:
            continue
        name = _bare(division.name)
        if len(name) < 4 or "'" in name or not name[0].isupper():
            continue
        by_name.setdefault(_fold(name), []).append((name, division.country_code, division.code))
    rows = []
    for key, divisions in by_name.items():
        if key in known or len({iso2 for _, iso2, _ in divisions}) > 1:
            continue
        name, iso2, code = divisions[0]
        ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
        rows.append({"name": name, "aliases": ascii_name if ascii_name != name else "",
                     "iso2": iso2, "iso3166_2": code})
    return sorted(rows, key=lambda r: (r["iso2"], r["name"]))


def _state_codes() -> set[str]:
    with (WORLD / "states.csv").open(encoding="utf-8") as handle:
        return {row["iso2"] for row in csv.DictReader(handle)}


def render(rows: list[dict[str, str]]) -> str:
    """The text of ``regions.csv`` for ``rows``."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, ["name", "aliases", "iso2", "iso3166_2"], lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--check", action="store_true",
                        help="only report whether regions.csv is current")
    args = parser.parse_args(argv)
    text, output = render(regions()), WORLD / "regions.csv"
    if args.check:
        if not output.exists() or output.read_text(encoding="utf-8") != text:
            print(f"{output} is out of date: run python tools/make_regions.py", file=sys.stderr)
            return 1
        return 0
    output.write_text(text, encoding="utf-8")
    print(f"wrote {output} ({text.count(chr(10)) - 1} regions)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
