"""The explorer: the graph as ONE self-contained, offline HTML page.

The page answers "who met whom" first: persons and states are the nodes
(sized by how many events they take part in, coloured by state or by class),
meetings, visits and agreements the weighted links between them, or, by a
toggle, small nodes of their own. Quotes, topics, positions, places and
organisations wait in the details panel until switched on as nodes. Every
fact in the panel carries the sentence it came from (``dg:evidence``) and the
article that states it, linked when the article's source is a URL.

The data is :class:`diplograph.explorer.Explorer`, written once into the page
as JSON (each article, sentence and node once; links refer to them by number);
the page's own script builds vis-network's nodes and edges from it and rebuilds
them when a filter changes. Positions are computed here
(:mod:`diplograph.layout`), so even 5,000 nodes appear at once, physics off.

vis-network's JS/CSS are inlined from the copy pyvis ships in its ``lib/``
folder; pyvis's own template is not used, because even with
``cdn_resources="in_line"`` it still loads bootstrap from a CDN and injects
data with Jinja's ``tojson``, which leaves U+2028/2029 raw. The page must
open offline, from a laptop or an archive, years later.

Everything that came from an article (labels, quotes, titles, paths) is
untrusted text. It reaches the page only inside a JSON data block (escaped
so it cannot close the ``<script>``), is read with ``JSON.parse`` and is put
into the DOM only through ``textContent`` (links only for http(s) sources,
set as a property after a scheme check); tooltips are the page's own
elements, never strings that vis-network could parse as HTML. A Content
Security Policy allowing only the page's own scripts (by hash) and no network
access at all backs this up.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .errors import InputError
from .explorer import (
    ACTOR_KINDS,
    DETAIL_KINDS,
    EVENT_KINDS,
    Explorer,
    around_person,
    between_dates,
    build_explorer,
    of_state,
)
from .namespaces import DGR
from .stores.base import Quad

#: How each class is drawn: vis shape and colour (the colour is used when
#: colouring by class; persons and states take their state's colour otherwise).
#: This is also the order of the class filters.
STYLES: dict[str, dict[str, str]] = {
    "Person": {"shape": "dot", "color": "#4e79a7"},
    "State": {"shape": "diamond", "color": "#e15759"},
    "Meeting": {"shape": "square", "color": "#f28e2b"},
    "Visit": {"shape": "triangleDown", "color": "#d4a300"},
    "Agreement": {"shape": "star", "color": "#2f8f88"},
    "MoU": {"shape": "star", "color": "#2f8f88"},
    "Event": {"shape": "square", "color": "#ffbe7d"},
    "Quote": {"shape": "dot", "color": "#ff9da7"},
    "Topic": {"shape": "diamond", "color": "#9c755f"},
    "Position": {"shape": "ellipse", "color": "#a0cbe8"},
    "Place": {"shape": "triangle", "color": "#59a14f"},
    "Organization": {"shape": "hexagon", "color": "#b07aa1"},
    "Article": {"shape": "square", "color": "#8a817c"},
}

#: vis-network options. Positions come with the data, so physics is off and
#: the page shows the graph as soon as it is drawn. Labels smaller than
#: ``drawThreshold`` pixels on screen are not drawn (they appear on zooming in)
#: and none grows beyond ``maxVisible``; the page enlarges the labels of the
#: most active nodes that do not overlap, so those read at any zoom.
OPTIONS: dict[str, Any] = {
    "autoResize": True,
    "layout": {"improvedLayout": False, "randomSeed": 42},
    "physics": {"enabled": False},
    "interaction": {"hover": True, "tooltipDelay": 3600000, "keyboard": False,
                    "multiselect": False, "hideEdgesOnDrag": False},
    "nodes": {
        "borderWidth": 1,
        "font": {"size": 14, "face": "sans-serif", "strokeWidth": 3,
                 "strokeColor": "#ffffff", "color": "#1f2933"},
        "scaling": {"label": {"enabled": False, "drawThreshold": 15, "maxVisible": 26}},
    },
    "edges": {
        "smooth": False,
        "color": {"color": "#a8b0b8", "highlight": "#333333", "hover": "#555555",
                  "inherit": False},
        "font": {"size": 10, "color": "#6b7280", "align": "middle", "strokeWidth": 2},
        "selectionWidth": 1.5,
    },
}

#: The bundled vis-network version inlined into the page.
VIS_VERSION = "9.1.2"

#: vis-network draws every edge every frame; past this many, edges are hidden
#: while the view is dragged or zoomed so moving stays smooth.
_MANY_EDGES = 4000


def render_html(quads: Iterable[Quad], output: Path, *, title: str = "diplograph",
                person: str | None = None, hops: int = 1, state: str | None = None,
                date_from: str | None = None, date_to: str | None = None) -> Path:
    """Write the explorer page for ``quads`` to ``output`` (parent folders are created).

    ``quads`` are rdflib ``(s, p, o, graph)`` tuples, e.g. ``store.quads()``
    or :func:`diplograph.explorer.construct_quads`. The subgraph options cut
    the model first: ``date_from``/``date_to`` (``YYYY-MM-DD``) keep events of
    those dates, ``state`` a state's persons and their events, ``person`` the
    persons so named and everyone within ``hops`` meetings of them. Returns
    ``output``; the same quads always give the same bytes.
    """
    model = build_explorer(quads)
    if date_from or date_to:
        model = between_dates(model, date_from, date_to)
    if state:
        model = of_state(model, state)
    if person:
        model = around_person(model, person, hops)
    page = explorer_html(model, title=title)
    output = Path(output)
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write {output}: {exc.strerror or exc}") from None
    return output


def explorer_html(model: Explorer, *, title: str = "diplograph") -> str:
    """The page for ``model`` (see :func:`diplograph.explorer.build_explorer`) as HTML text."""
    data = explorer_data(model)
    vis_js, vis_css = _vis_assets()
    page, app_css, app_js = _page_files()
    csp = "; ".join([
        "default-src 'none'",
        f"script-src {_csp_hash(vis_js)} {_csp_hash(app_js)}",
        # vis-network sets element styles at run time; with no network access
        # and no markup from data, inline styles cannot leak or run anything.
        "style-src 'unsafe-inline'",
        "img-src data: blob:",
        "font-src data:",
        "base-uri 'none'",
        "form-action 'none'",
    ])
    counts: dict[str, int] = defaultdict(int)
    for node in model.nodes.values():
        counts[node.kind] += 1
    events = sum(counts[k] for k in EVENT_KINDS)
    stats = (f"{counts['Person']} persons · {counts['State']} states · "
             f"{events} event{'s' if events != 1 else ''} · "
             f"{len(model.articles)} article{'s' if len(model.articles) != 1 else ''}")
    return page.format(
        csp=html.escape(csp, quote=False),  # no quotes in it; keeps it readable
        title=html.escape(title),
        stats=html.escape(stats),
        vis_css=vis_css,
        app_css=app_css,
        classes=_class_filters(counts),
        details=_detail_toggles({**counts, "Article": len(model.articles)}),
        data=script_json(data),
        vis_js=vis_js,
        app_js=app_js,
    )


def explorer_data(model: Explorer) -> dict[str, Any]:
    """The JSON the page reads: articles, sentences, nodes (with positions) and links.

    ``articles``: ``[title, source, url or null, published]``; ``nodes``:
    objects with ``i`` (IRI, ``dgr:`` for ``base``), ``l`` (label), ``k`` (class), ``x``/``y``, and
    when present ``s`` (node number of the state), ``a`` (article numbers),
    ``d`` (date), ``t`` (a quote's words), ``f`` (``[property, value,
    articles]`` facts) and ``e`` (``[sentence number, articles]`` evidence);
    ``links``: ``[from, to, property, articles]`` by node number.
    """
    from .layout import layout

    positions = _positions(model, layout(model.graph()))
    order = {iri: i for i, iri in enumerate(model.nodes)}
    nodes = []
    base = str(DGR)
    for iri, node in model.nodes.items():
        # Minted IRIs share one long prefix; the page puts it back when it shows one.
        short = "dgr:" + iri[len(base):] if iri.startswith(base) else iri
        item: dict[str, Any] = {"i": short, "l": node.label, "k": node.kind}
        item["x"], item["y"] = positions[iri]
        if node.state in order:
            item["s"] = order[node.state]
        for key, value in (("a", list(node.articles)), ("d", node.date), ("t", node.text),
                           ("f", [[p, v, list(a)] for p, v, a in node.facts]),
                           ("e", [[s, list(a)] for s, a in node.evidence])):
            if value:
                item[key] = value
        nodes.append(item)
    return {
        "articles": [[a.title, a.source, a.url, a.published] for a in model.articles],
        "sentences": model.sentences,
        "nodes": nodes,
        "links": [[order[k.source], order[k.target], k.name, list(k.articles)]
                  for k in model.links],
        "styles": STYLES,
        "base": base,
        "options": _options(model),
    }


def _options(model: Explorer) -> dict[str, Any]:
    options = json.loads(json.dumps(OPTIONS))
    if len(model.links) > _MANY_EDGES:
        options["interaction"]["hideEdgesOnDrag"] = True
        options["interaction"]["hideEdgesOnZoom"] = True
    return options


def _positions(model: Explorer, actors: dict[str, tuple[float, float]]
               ) -> dict[str, tuple[float, float]]:
    """Actors where the layout put them; an event between its actors, a detail node
    (quote, topic…) beside the first node it is linked to, each on a small spiral
    so that several events of the same pair do not sit on one spot."""
    positions = dict(actors)
    golden = math.pi * (3 - math.sqrt(5))
    crowd: dict[Any, int] = defaultdict(int)

    def beside(key: Any, x: float, y: float, base: float) -> tuple[float, float]:
        k = crowd[key]
        crowd[key] += 1
        r = base + 9 * math.sqrt(k)
        return (round(x + r * math.cos(k * golden + 0.6), 1),
                round(y + r * math.sin(k * golden + 0.6), 1))

    for event, who in model.actors_of().items():
        spots = [positions[a] for a in who if a in positions]
        if spots:
            x = sum(p[0] for p in spots) / len(spots)
            y = sum(p[1] for p in spots) / len(spots)
        else:
            x = y = 0.0
        positions[event] = beside(tuple(sorted(who)), x, y, 12 if len(spots) > 1 else 35)
    neighbours: dict[str, list[str]] = defaultdict(list)
    for link in model.links:
        neighbours[link.source].append(link.target)
        neighbours[link.target].append(link.source)
    for iri in model.nodes:
        if iri in positions:
            continue
        anchor = next((n for n in neighbours[iri] if n in positions), None)
        x, y = positions[anchor] if anchor else (0.0, 0.0)
        positions[iri] = beside(anchor, x, y, 40)
    return positions


def script_json(value: Any) -> str:
    """JSON that is safe inside a ``<script>`` element.

    ``<``, ``>`` and ``&`` become ``\\u003c``-style escapes so no text can
    close the element or open a comment; U+2028/2029 are escaped because
    older JavaScript engines end a string at them. Keys are sorted so the
    output is deterministic.
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


#: The class filters: one per actor class, one per event group (MoUs go with agreements).
_FILTER_CLASSES = (("Person", ("Person",)), ("State", ("State",)), ("Meeting", ("Meeting",)),
                   ("Visit", ("Visit",)), ("Agreement", ("Agreement", "MoU")),
                   ("Event", ("Event",)))


def _swatch(kind: str) -> str:
    style = STYLES[kind]
    return (f'<span class="dg-swatch dg-{style["shape"]}" '
            f'style="background:{style["color"]}"></span>')


def _class_filters(counts: dict[str, int]) -> str:
    items = []
    for name, kinds in _FILTER_CLASSES:
        count = sum(counts[k] for k in kinds)
        if not count:
            continue
        label = {"Event": "Other event"}.get(name, name)
        items.append(f'<li><label><input type="checkbox" class="dg-class" '
                     f'data-kind="{name}" checked>{_swatch(name)}{label} '
                     f'<span class="dg-count">{count}</span></label></li>')
    return "\n".join(items) or '<li class="dg-hint">nothing to show yet</li>'


def _detail_toggles(counts: dict[str, int]) -> str:
    """Check boxes that draw detail kinds (and articles) as nodes."""
    items = []
    for kind in (*DETAIL_KINDS, "Article"):
        if counts.get(kind):
            items.append(f'<li><label><input type="checkbox" class="dg-detail" '
                         f'data-kind="{kind}">{_swatch(kind)}{kind}s '
                         f'<span class="dg-count">{counts[kind]}</span></label></li>')
    return "\n".join(items) or '<li class="dg-hint">none in this graph</li>'


def _vis_assets() -> tuple[str, str]:
    """vis-network's minified JS and CSS from pyvis's bundled copy, ready to inline."""
    import pyvis

    base = Path(pyvis.__file__).resolve().parent
    for folder in (base / "lib" / f"vis-{VIS_VERSION}",
                   base / "templates" / "lib" / f"vis-{VIS_VERSION}"):
        if (folder / "vis-network.min.js").is_file():
            js = (folder / "vis-network.min.js").read_text(encoding="utf-8")
            css = (folder / "vis-network.css").read_text(encoding="utf-8")
            break
    else:  # pragma: no cover - only with a broken pyvis install
        raise FileNotFoundError(f"vis-network {VIS_VERSION} not found under {base}")
    # The HTML parser turns CR LF into LF before the CSP hash is checked.
    js = js.replace("\r\n", "\n").replace("\r", "\n")
    # A source map comment makes devtools fetch a file that is not there.
    js = re.sub(r"//[#@] sourceMappingURL=\S*", "", js)
    css = re.sub(r"/\*[#@] sourceMappingURL=.*?\*/", "", css)
    # "</script" inside the code would end the element early; "<\/" means the
    # same in JS strings and regexes.
    js = re.sub(r"</(script)", r"<\\/\1", js, flags=re.IGNORECASE)
    css = re.sub(r"</(style)", r"\\3c/\1", css, flags=re.IGNORECASE)
    return js, css


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def _page_files() -> tuple[str, str, str]:
    """The page's markup template, stylesheet and script, from ``web/`` beside this module."""
    folder = Path(__file__).resolve().parent / "web"
    return tuple((folder / name).read_text(encoding="utf-8").replace("\r\n", "\n")
                 for name in ("explorer.html", "explorer.css", "explorer.js"))

__all__ = ["ACTOR_KINDS", "OPTIONS", "STYLES", "explorer_data", "explorer_html",
           "render_html", "script_json"]
