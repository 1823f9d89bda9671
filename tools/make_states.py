"""Regenerate ``data/world/states.csv`` from pycountry and the hand-written state facts.

Provenance of each column of ``states.csv``:

* ``iso2``, ``iso3``, ``official_name``: ISO 3166-1 as packaged by pycountry
  (``pycountry.countries``). Kosovo has no ISO 3166-1 entry; its user-assigned
  codes (XK, XKX) come from ``state_facts.csv``, as does Taiwan's official name,
  which pycountry gives in the ISO form "Taiwan, Province of China".
* ``name``, ``aliases``, ``demonyms``, ``capital``, ``wikidata``: written by hand
  in ``data/world/state_facts.csv``: the names English-language news uses, not
  the ISO short names ("Russia", not "Russian Federation").

The set of states is the rows of ``state_facts.csv``: the 193 UN members, the two
UN observer states (Holy See, Palestine), Kosovo and Taiwan.

Usage::

    python tools/make_states.py            # rewrite data/world/states.csv
    python tools/make_states.py --check    # exit 1 if states.csv is out of date
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from pathlib import Path

import pycountry

WORLD = Path(__file__).resolve().parents[1] / "data" / "world"
FACTS = WORLD / "state_facts.csv"
OUTPUT = WORLD / "states.csv"
COLUMNS = ["iso2", "iso3", "name", "official_name", "aliases", "demonyms", "capital", "wikidata"]


def _clean_official(text: str | None) -> str:
    """pycountry writes some official names with a leading article ("the State of Eritrea")."""
    text = (text or "").strip()
    if text.lower().startswith("the "):
        text = text[4:]
    return text


def build_rows() -> list[dict[str, str]]:
    """Merge the facts file with pycountry; return the rows of ``states.csv`` sorted by iso2."""
    with FACTS.open(encoding="utf-8", newline="") as handle:
        facts = list(csv.DictReader(handle))
    rows = []
    seen: set[str] = set()
    for fact in facts:
        iso2 = fact["iso2"].strip().upper()
        if iso2 in seen:
            raise SystemExit(f"{FACTS.name}: duplicate iso2 {iso2}")
        seen.add(iso2)
        country = pycountry.countries.get(alpha_2=iso2)
        iso3 = (fact.get("iso3") or "").strip() or (country.alpha_3 if country else "")
        if not iso3:
            raise SystemExit(f"{FACTS.name}: {iso2} is not in ISO 3166-1; give its iso3 column")
        official = (fact.get("official_name") or "").strip() or _clean_official(
            getattr(country, "official_name", None)
        )
        name = fact["name"].strip()
        if official == name:
            official = ""
        if not fact["capital"].strip() or not fact["demonyms"].strip():
            raise SystemExit(f"{FACTS.name}: {iso2} needs a capital and at least one demonym")
        rows.append(
            {
                "iso2": iso2,
                "iso3": iso3,
                "name": name,
                "official_name": official,
                "aliases": fact["aliases"].strip(),
                "demonyms": fact["demonyms"].strip(),
                "capital": fact["capital"].strip(),
                "wikidata": fact["wikidata"].strip(),
            }
        )
    return sorted(rows, key=lambda row: row["iso2"])


def render(rows: list[dict[str, str]]) -> str:
    """The CSV text of ``rows`` with a header, as written to ``states.csv``."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--check", action="store_true", help="only report whether states.csv is current"
    )
    args = parser.parse_args(argv)
    text = render(build_rows())
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT} is out of date: run python tools/make_states.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT} ({text.count(chr(10)) - 1} states)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
