"""The interactive network as ONE self-contained HTML file.

The page is built on pyvis: a ``pyvis.network.Network`` collects the nodes,
edges and vis-network options, and vis-network's JS/CSS are inlined from the
copy pyvis ships in its ``lib/`` folder. pyvis's own template is not used,
because even with ``cdn_resources="in_line"`` it still loads bootstrap from a
CDN and injects data with Jinja's ``tojson``, which leaves U+2028/2029 raw.
The page must open offline, from a laptop or an archive, years later.

Everything that came from an article (labels, quotes, titles, paths) is
untrusted text. It reaches the page only inside a JSON data block (escaped
so it cannot close the ``<script>``), is read with ``JSON.parse`` and is put
into the DOM only through ``textContent``; tooltips are DOM elements built
that way, never strings that vis-network could parse as HTML. A Content
Security Policy allowing only the page's own scripts (by hash) and no
network access at all backs this up.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import InputError
from .network import KINDS, to_networkx
from .stores.base import Quad

if TYPE_CHECKING:
    import networkx

#: How each kind is drawn: vis shape, colour and base size (the legend draws
#: the same shape in CSS, since fonts lack glyphs for some of them).
#: Labels sit under "dot"-like shapes and inside "box"; states get boxes so
#: their names are the most prominent, small shapes keep events and quotes light.
#: This is also the legend's order.
STYLES: dict[str, dict[str, Any]] = {
    "Person": {"shape": "dot", "color": "#4e79a7", "size": 16},
    "State": {"shape": "box", "color": "#e15759", "size": 20, "font": "#ffffff"},
    "Place": {"shape": "triangle", "color": "#59a14f", "size": 12},
    "Organization": {"shape": "hexagon", "color": "#b07aa1", "size": 12},
    "Position": {"shape": "ellipse", "color": "#a0cbe8", "size": 10},
    "Meeting": {"shape": "square", "color": "#f28e2b", "size": 9},
    "Visit": {"shape": "triangleDown", "color": "#edc948", "size": 10},
    "Event": {"shape": "square", "color": "#ffbe7d", "size": 8},
    "Agreement": {"shape": "star", "color": "#76b7b2", "size": 12},
    "MoU": {"shape": "star", "color": "#2f8f88", "size": 12},
    "Quote": {"shape": "dot", "color": "#ff9da7", "size": 6},
    "Topic": {"shape": "diamond", "color": "#9c755f", "size": 8},
    "Article": {"shape": "square", "color": "#bab0ac", "size": 7},
}

#: vis-network options. A fixed seed and a fixed number of stabilisation
#: steps make the same data lay out the same way on every opening.
OPTIONS: dict[str, Any] = {
    "layout": {"randomSeed": 42, "improvedLayout": True},
    "physics": {
        "solver": "forceAtlas2Based",
        "forceAtlas2Based": {"gravitationalConstant": -70, "springLength": 110,
                             "springConstant": 0.06, "avoidOverlap": 0.3},
        "stabilization": {"enabled": True, "iterations": 400, "fit": True},
    },
    "interaction": {"hover": True, "tooltipDelay": 150, "keyboard": False,
                    "multiselect": False},
    "nodes": {"font": {"size": 14, "face": "sans-serif", "strokeWidth": 3,
                       "strokeColor": "#ffffff"}},
    "edges": {
        "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
        "color": {"color": "#a8b0b8", "highlight": "#333333", "hover": "#555555"},
        "font": {"size": 9, "color": "#6b7280", "align": "middle", "strokeWidth": 2},
        "smooth": {"enabled": True, "type": "continuous", "roundness": 0.3},
    },
}

#: The bundled vis-network version inlined into the page.
VIS_VERSION = "9.1.2"


def render_html(quads: Iterable[Quad], output: Path, *, title: str = "diplograph",
                include_articles: bool = False) -> Path:
    """Write the network of ``quads`` to ``output`` as one offline HTML page.

    ``quads`` are rdflib ``(s, p, o, graph)`` tuples, e.g. ``store.quads()``;
    ``title`` heads the page; ``include_articles`` is passed to
    :func:`diplograph.network.to_networkx`. Parent folders are created.
    Returns ``output``. The same quads always give the same bytes.
    """
    graph = to_networkx(quads, include_articles=include_articles)
    page = network_html(graph, title=title)
    output = Path(output)
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write {output}: {exc.strerror or exc}") from None
    return output


def network_html(graph: networkx.MultiDiGraph, *, title: str = "diplograph") -> str:
    """The page for a graph made by ``to_networkx``, as an HTML string."""
    data = _vis_data(graph)
    vis_js, vis_css = _vis_assets()
    app_js = _APP_JS
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
    counts = {kind: 0 for kind in KINDS}
    for _, kind in graph.nodes(data="kind"):
        counts[kind] += 1
    legend = "\n".join(_legend_item(kind, counts[kind]) for kind in STYLES if counts[kind])
    articles = counts["Article"]
    stats = (f"{graph.number_of_nodes()} nodes · {graph.number_of_edges()} links · "
             f"{articles} article{'s' if articles != 1 else ''}")
    return _PAGE.format(
        csp=html.escape(csp, quote=False),  # no quotes in it; keeps it readable
        title=html.escape(title),
        stats=html.escape(stats),
        vis_css=vis_css,
        app_css=_APP_CSS,
        legend=legend or '<li class="dg-empty">nothing to show yet</li>',
        data=script_json(data),
        vis_js=vis_js,
        app_js=app_js,
    )


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


def _vis_data(graph: networkx.MultiDiGraph) -> dict[str, Any]:
    """Nodes, edges and options, assembled with pyvis."""
    from pyvis.network import Network

    net = Network(directed=True, cdn_resources="in_line")
    for node_id, attrs in graph.nodes(data=True):
        style = STYLES[attrs["kind"]]
        # Labels inside a dark box are white; the white halo other labels get
        # for legibility over edges would blot them out.
        extra = {"font": {"color": style["font"], "strokeWidth": 0}} if "font" in style else {}
        net.add_node(
            node_id,
            label=attrs["label"],
            shape=style["shape"],
            color=style["color"],
            size=style["size"] + 2 * min(attrs["sources"], 8),
            title=_node_text(attrs),
            kind=attrs["kind"],
            iri=attrs["iri"],
            sources=attrs["sources"],
            sourceTitles=attrs["source_titles"],
            sourceList=attrs["source_list"],
            sourceArticles=_article_links(graph, attrs.get("source_iris", "")),
            facts=attrs["facts"],
            **extra,
        )
    labels = dict(graph.nodes(data="label"))
    for number, (source, target, attrs) in enumerate(graph.edges(data=True)):
        net.add_edge(
            source, target,
            id=f"e{number}",
            label=attrs["label"],
            title=_edge_text(attrs, labels[source], labels[target]),
            width=1 + min(attrs["sources"], 5) * 0.6,
            sources=attrs["sources"],
        )
    # Assigned directly: Network.set_options() strips every space from the
    # JSON text, which would mangle values such as font names.
    net.options = OPTIONS
    nodes, edges, _heading, _height, _width, options = net.get_network_data()
    return {"nodes": nodes, "edges": edges, "options": json.loads(options),
            }


def _article_links(graph: networkx.MultiDiGraph, iris: str) -> list[list[str]]:
    """[title, web address or ""] of each article stating a node, by title (the details
    panel lists them, linking those read from the web)."""
    links = []
    for iri in iris.split():
        node = graph.nodes.get(iri, {})
        links.append([node.get("label", iri), node.get("url", "")])
    return sorted(links)


def _sources_line(count: int, titles: str) -> str:
    if not count:
        return "From background data, no article"
    plural = "article" if count == 1 else "articles"
    return f"Stated by {count} {plural}: {titles}"


def _node_text(attrs: dict[str, Any]) -> str:
    """Plain-text tooltip; the page turns its first line into a heading."""
    lines = [attrs["label"], attrs["kind"], _sources_line(attrs["sources"],
                                                         attrs["source_titles"])]
    if attrs["facts"]:
        lines.append(attrs["facts"])
    return "\n".join(lines)


def _edge_text(attrs: dict[str, Any], source: str, target: str) -> str:
    return "\n".join([attrs["label"], f"{source} → {target}",
                      _sources_line(attrs["sources"], attrs["source_titles"])])


def _legend_item(kind: str, count: int) -> str:
    style = STYLES[kind]
    return (f'<li><button type="button" class="dg-kind" data-kind="{html.escape(kind)}" '
            f'aria-pressed="true" title="show or hide">'
            f'<span class="dg-swatch dg-{style["shape"]}" style="background:{style["color"]}">'
            f'</span>'
            f'{html.escape(kind)} <span class="dg-count">{count}</span></button></li>')


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


_APP_CSS = """
html, body { margin: 0; height: 100%; font-family: system-ui, sans-serif; color: #1f2933; }
body { display: flex; flex-direction: column; }
header { display: flex; align-items: center; gap: 1.2em; padding: .45em 1em;
         border-bottom: 1px solid #d9dee3; background: #f7f8fa; }
header h1 { font-size: 1.15em; margin: 0; }
#dg-stats { color: #5f6b76; font-size: .9em; }
#dg-search { margin-left: auto; padding: .3em .6em; width: 16em; border: 1px solid #c4cbd2;
             border-radius: 4px; }
#dg-found { color: #5f6b76; font-size: .85em; min-width: 6em; }
main { flex: 1; display: flex; min-height: 0; }
#mynetwork { flex: 1; min-width: 0; height: 100%; background: #ffffff; }
aside { width: 19em; overflow-y: auto; border-left: 1px solid #d9dee3; background: #fbfbfc;
        padding: .6em .9em; font-size: .9em; }
aside h2 { font-size: .8em; text-transform: uppercase; letter-spacing: .06em; color: #5f6b76;
           margin: .8em 0 .4em; }
#dg-legend ul { list-style: none; margin: 0; padding: 0; }
.dg-kind { all: unset; cursor: pointer; display: block; width: 100%; padding: .12em .2em;
           border-radius: 3px; }
.dg-kind:hover { background: #eef1f4; }
.dg-kind[aria-pressed="false"] { opacity: .4; text-decoration: line-through; }
.dg-swatch { display: inline-block; width: .85em; height: .85em; margin: 0 .55em -.05em .25em; }
.dg-dot { border-radius: 50%; }
.dg-box { border-radius: 2px; width: 1.1em; height: .7em; margin-left: .1em; margin-right: .5em; }
.dg-ellipse { border-radius: 50%; width: 1.1em; height: .65em; margin-left: .1em;
              margin-right: .5em; }
.dg-square { width: .75em; height: .75em; }
.dg-triangle { clip-path: polygon(50% 0, 100% 100%, 0 100%); }
.dg-triangleDown { clip-path: polygon(0 0, 100% 0, 50% 100%); }
.dg-diamond { clip-path: polygon(50% 0, 100% 50%, 50% 100%, 0 50%); }
.dg-hexagon { clip-path: polygon(25% 0, 75% 0, 100% 50%, 75% 100%, 25% 100%, 0 50%); }
.dg-star { width: 1em; height: 1em; margin-bottom: -.15em;
           clip-path: polygon(50% 0, 61% 35%, 98% 35%, 68% 57%, 79% 91%, 50% 70%,
                              21% 91%, 32% 57%, 2% 35%, 39% 35%); }
.dg-count { color: #8a96a1; float: right; }
.dg-hint { color: #8a96a1; font-size: .85em; margin: .3em 0; }
#dg-details h3 { margin: .2em 0; font-size: 1.05em; overflow-wrap: anywhere; }
#dg-details .dg-kindline { color: #5f6b76; margin-bottom: .4em; }
#dg-details pre, .dg-tip-body { white-space: pre-wrap; overflow-wrap: anywhere;
                                font: inherit; margin: .3em 0; }
#dg-details ul { padding-left: 1.1em; margin: .3em 0; }
#dg-details li { overflow-wrap: anywhere; }
#dg-details .dg-iri { color: #8a96a1; font-size: .8em; overflow-wrap: anywhere; }
div.vis-tooltip { white-space: normal; max-width: 28em; font-family: system-ui, sans-serif;
                  font-size: 13px; }
.dg-tip strong { display: block; margin-bottom: .2em; }
"""

# The page's own behaviour. Every string taken from the data goes through
# textContent (or a canvas label), never innerHTML.
_APP_JS = r"""
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("dg-data").textContent);

  // vis-network appends an Element title as is but parses a string title as
  // HTML in some versions; building the element ourselves keeps data as text.
  function textTip(text) {
    var box = document.createElement("div");
    box.className = "dg-tip";
    var lines = String(text).split("\n");
    var head = document.createElement("strong");
    head.textContent = lines.shift();
    box.appendChild(head);
    if (lines.length) {
      var body = document.createElement("div");
      body.className = "dg-tip-body";
      body.textContent = lines.join("\n");
      box.appendChild(body);
    }
    return box;
  }
  function withTip(item) {
    var copy = Object.assign({}, item);
    copy.title = textTip(item.title || "");
    return copy;
  }

  var nodes = new vis.DataSet(data.nodes.map(withTip));
  var edges = new vis.DataSet(data.edges.map(withTip));
  var container = document.getElementById("mynetwork");
  var network = new vis.Network(container, {nodes: nodes, edges: edges}, data.options);
  // Exposed for the browser console and the tests.
  window.network = network;
  window.nodes = nodes;
  window.edges = edges;
  window.dgTextTip = textTip;

  function ready() {
    // A still picture is easier to read; dragging a node still works.
    network.setOptions({physics: {enabled: false}});
    document.body.setAttribute("data-ready", "1");
  }
  if (data.nodes.length) { network.once("stabilizationIterationsDone", ready); }
  else { ready(); }

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined) { e.textContent = text; }
    if (cls) { e.className = cls; }
    return e;
  }

  var details = document.getElementById("dg-details-body");
  function showDetails(id) {
    var n = nodes.get(id);
    details.replaceChildren();
    if (!n) { details.appendChild(el("p", "Click a node to see its facts.", "dg-hint")); return; }
    details.appendChild(el("h3", n.label));
    details.appendChild(el("div", n.kind + " · " + n.sources + " source" +
                           (n.sources === 1 ? "" : "s"), "dg-kindline"));
    if (n.facts) { details.appendChild(el("pre", n.facts)); }
    var links = el("ul");
    edges.get({filter: function (e) { return e.from === id || e.to === id; }})
      .forEach(function (e) {
        var out = e.from === id;
        var other = nodes.get(out ? e.to : e.from);
        var text = out ? e.label + " → " + other.label : other.label + " → " + e.label;
        links.appendChild(el("li", text + " [" + e.sources + "]"));
      });
    if (links.childNodes.length) {
      details.appendChild(el("h2", "Links"));
      details.appendChild(links);
    }
    if (n.sourceArticles && n.sourceArticles.length) {
      // One item per article: its title, a link when it was read from the web.
      details.appendChild(el("h2", "Articles"));
      var list = el("ul", undefined, "dg-articles");
      n.sourceArticles.forEach(function (article) {
        var item = el("li");
        if (/^https?:\/\//i.test(article[1])) {
          var link = el("a", article[0]);
          link.href = article[1];
          link.title = article[1];
          link.target = "_blank";
          link.rel = "noopener noreferrer";
          item.appendChild(link);
        } else {
          item.textContent = article[0];
        }
        list.appendChild(item);
      });
      details.appendChild(list);
    }
    details.appendChild(el("div", n.iri, "dg-iri"));
  }
  network.on("click", function (params) { showDetails(params.nodes[0]); });

  // Legend buttons show or hide every node of one kind.
  Array.prototype.forEach.call(document.querySelectorAll(".dg-kind"), function (button) {
    button.addEventListener("click", function () {
      var kind = button.getAttribute("data-kind");
      var shown = button.getAttribute("aria-pressed") !== "true";
      button.setAttribute("aria-pressed", shown ? "true" : "false");
      nodes.update(nodes.get({filter: function (n) { return n.kind === kind; }})
        .map(function (n) { return {id: n.id, hidden: !shown}; }));
    });
  });

  // Search by name: select the matches and zoom to them.
  var search = document.getElementById("dg-search");
  var found = document.getElementById("dg-found");
  search.addEventListener("input", function () {
    var q = search.value.trim().toLowerCase();
    if (!q) { found.textContent = ""; network.unselectAll(); return; }
    var ids = nodes.getIds({filter: function (n) {
      return !n.hidden && String(n.label).toLowerCase().indexOf(q) !== -1;
    }});
    found.textContent = ids.length + " found";
    network.selectNodes(ids);
    if (ids.length) {
      network.fit({nodes: ids, animation: false, maxZoomLevel: 1.5});
      if (ids.length === 1) { showDetails(ids[0]); }
    }
  });
})();
"""

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="diplograph">
<title>{title}</title>
<style>{vis_css}</style>
<style>{app_css}</style>
</head>
<body>
<header>
<h1>{title}</h1>
<span id="dg-stats">{stats}</span>
<input id="dg-search" type="search" placeholder="Find a name…" aria-label="Find a name">
<span id="dg-found" aria-live="polite"></span>
</header>
<main>
<div id="mynetwork"></div>
<aside>
<section id="dg-legend">
<h2>Legend</h2>
<ul>
{legend}
</ul>
<p class="dg-hint">Click a kind to hide or show it. Edge labels name the property;
thicker lines and bigger nodes are stated by more articles.</p>
</section>
<section id="dg-details">
<h2>Details</h2>
<div id="dg-details-body"><p class="dg-hint">Click a node to see its facts.</p></div>
</section>
</aside>
</main>
<script type="application/json" id="dg-data">{data}</script>
<script>{vis_js}</script>
<script>{app_js}</script>
</body>
</html>
"""

__all__ = ["OPTIONS", "STYLES", "network_html", "render_html", "script_json"]
