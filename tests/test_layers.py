"""Imports flow one way: cli → library → stores/extract → namespaces."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "diplograph"

# Higher numbers may import lower ones, never the reverse.
LAYERS = {
    "errors": 0, "namespaces": 0, "resources": 0, "needles": 0,
    "world": 1, "articles": 1, "ontology": 1, "stores": 1,
    "readers": 1, "language": 1, "furniture": 1, "linewrap": 1,
    "extract": 2, "graph": 3, "network": 3, "layout": 3, "synthetic": 3, "export": 4,
    "queries": 5, "explorer": 5, "render": 5,
    "jsonld": 2, "ontodoc": 2, "projection": 3, "notebook": 6, "stats": 6, "parallel": 4,
    "gold": 5, "ingest": 5, "storeversion": 5, "bulk": 5, "workflow": 6, "evaluate": 6,
    "server": 6, "progressbar": 6, "cli": 7,
    "__init__": 8,
    "consistency": 4, "reason": 5, "validate": 5, "querydays": 4,
}


def _layer(module: str) -> int:
    return LAYERS[module.split(".")[0]]


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text())
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level > 0:
            base = path.relative_to(PACKAGE).with_suffix("").parts[:-node.level]
            target = ".".join([*base, node.module] if node.module else base)
            found.append(target or (node.names[0].name if node.names else ""))
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("diplograph."):
            found.append(node.module.removeprefix("diplograph."))
    return [f for f in found if f]


def test_lower_layers_never_import_higher_ones():
    problems = []
    for path in PACKAGE.rglob("*.py"):
        module = ".".join(path.relative_to(PACKAGE).with_suffix("").parts)
        for target in _imports(path):
            if _layer(target) > _layer(module):
                problems.append(f"{module} imports {target}")
    assert not problems, problems


def test_every_module_is_placed_in_a_layer():
    for path in PACKAGE.rglob("*.py"):
        assert path.relative_to(PACKAGE).parts[0].removesuffix(".py") in LAYERS, path


def test_importing_the_package_loads_no_heavy_dependency():
    import subprocess
    import sys

    code = ("import sys, diplograph.cli; heavy = {'spacy', 'pyoxigraph', 'rdflib', 'pyvis', "
            "'owlready2', 'networkx'} & set(sys.modules); print(sorted(heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert out.stdout.strip() == "[]", out.stdout + out.stderr
