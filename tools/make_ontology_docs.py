"""Regenerate the ontology's documentation from ontology/diplograph.ttl:

- docs/ontology.html: one self-contained page, every class and property;
- the Mermaid class diagram in README.md (between the ontology-diagram markers).

Run after changing the ontology (tests/test_ontodoc.py fails until you do):

    python tools/make_ontology_docs.py           # write both
    python tools/make_ontology_docs.py --check   # exit 1 if either is out of date
"""

from __future__ import annotations

import sys
from pathlib import Path

from diplograph.ontodoc import mermaid_diagram, ontology_html, readme_with_diagram

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "ontology.html"
README = ROOT / "README.md"


def main(argv: list[str]) -> int:
    check = "--check" in argv
    page = ontology_html()
    readme = README.read_text(encoding="utf-8")
    new_readme = readme_with_diagram(readme, mermaid_diagram())
    stale = [path for path, old, new in (
        (PAGE, PAGE.read_text(encoding="utf-8") if PAGE.exists() else "", page),
        (README, readme, new_readme)) if old != new]
    if check:
        for path in stale:
            print(f"{path.relative_to(ROOT)} is out of date; "
                  "run python tools/make_ontology_docs.py")
        return 1 if stale else 0
    PAGE.parent.mkdir(parents=True, exist_ok=True)
    PAGE.write_text(page, encoding="utf-8")
    README.write_text(new_readme, encoding="utf-8")
    print(f"wrote {PAGE.relative_to(ROOT)} and the diagram in {README.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
