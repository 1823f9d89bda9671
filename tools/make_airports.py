"""Regenerate ``data/world/airports.csv`` from the airports packaged by airportsdata.

    pip install airportsdata && python tools/make_airports.py

News names where a leader landed or was seen off by the airport's name ("landed at
Tocumen International Airport"); many of those names are a person's ("Jomo Kenyatta
International Airport"). Kept: airports with an IATA code whose name says "International",
and any airport of a city ``places.csv`` lists (capitals and venues' cities), in a
state of ``states.csv``. A name two
airports share is left out, and so is a short name two share. Each airport is a place of
kind "airport" in its city and state; its name without "International" is an alias
("Tocumen Airport").
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import airportsdata

WORLD = Path(__file__).resolve().parent.parent / "data" / "world"


def airports() -> list[dict[str, str]]:
    """The rows of ``airports.csv``, sorted by country and name."""
    with (WORLD / "places.csv").open(encoding="utf-8") as handle:
        cities = {row["name"].lower() for row in csv.DictReader(
            line for line in handle if not line.startswith("#")) if row["kind"] == "city"}
    with (WORLD / "states.csv").open(encoding="utf-8") as handle:
        states = {row["iso2"] for row in csv.DictReader(handle)}
    found = [a for a in airportsdata.load("IATA").values()
             if "Airport" in a["name"] and a["country"] in states]
    shared = Counter(a["name"] for a in found)
    kept = [a for a in found if shared[a["name"]] == 1
            and ("International" in a["name"] or a["city"].lower() in cities)]
    shorts = Counter(_short(a["name"]) for a in kept)
    names = {a["name"].lower() for a in kept}
    rows = []
    for airport in kept:
        name, short = airport["name"], _short(airport["name"])
        alias = short if short != name and shorts[short] == 1 \
            and short.lower() not in names else ""
        rows.append({"name": name, "aliases": alias,
                     "iso2": airport["country"], "kind": "airport", "wikidata": "",
                     "city": airport["city"]})
    return sorted(rows, key=lambda r: (r["iso2"], r["name"]))


def _short(name: str) -> str:
    """"Tocumen International Airport" -> "Tocumen Airport"."""
    return " ".join(name.replace("International", "").split())


def main() -> None:
    rows = airports()
    with (WORLD / "airports.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, ["name", "aliases", "iso2", "kind", "wikidata", "city"])
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} airports written")


if __name__ == "__main__":
    main()
