"""Regenerate ontology/context.jsonld (the published JSON-LD @context) from the ontology.

Run after adding a class or property to ontology/diplograph.ttl:

    python tools/make_context.py
"""

from __future__ import annotations

import json

from rdflib import Graph

from diplograph.jsonld import build_context, context_path
from diplograph.resources import ontology_path


def main() -> None:
    ontology = Graph().parse(ontology_path(), format="turtle")
    document = {"@context": build_context(ontology)}
    context_path().write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n",
                              encoding="utf-8")
    print(f"wrote {context_path()}")


if __name__ == "__main__":
    main()
