"""The query page of ``diplograph serve``: a SPARQL form with the bundled queries as examples.

One HTML page with its own small script (allowed by hash in a Content Security
Policy that permits requests only to this server).  Query text and answers
reach the DOM only through ``textContent`` and form values, never as markup.
"""

from __future__ import annotations

import base64
import hashlib
import json

_SCRIPT = r"""
const examples = JSON.parse(document.getElementById("dg-examples").textContent);
const form = document.getElementById("dg-form");
const text = document.getElementById("dg-query");
const out = document.getElementById("dg-out");
const status = document.getElementById("dg-status");
const list = document.getElementById("dg-examples-list");

for (const ex of examples) {
  const item = document.createElement("li");
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = ex.name;
  button.addEventListener("click", () => { text.value = ex.text; });
  const about = document.createElement("span");
  about.textContent = " " + ex.description;
  const link = document.createElement("a");
  link.href = "queries/" + encodeURIComponent(ex.name) + "?format=csv";
  link.textContent = " (csv)";
  item.append(button, about, link);
  list.append(item);
}
if (!text.value && examples.length) { text.value = examples[0].text; }

function cell(term) {
  if (!term) { return ""; }
  return term.value;
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  out.replaceChildren();
  status.textContent = "running…";
  const started = performance.now();
  const body = new URLSearchParams({ query: text.value });
  let response;
  try {
    response = await fetch("query", { method: "POST", body,
      headers: { "Accept": "application/sparql-results+json, text/turtle;q=0.9" } });
  } catch (error) {
    status.textContent = "cannot reach the server: " + error;
    return;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const type = response.headers.get("Content-Type") || "";
  if (!response.ok) {
    status.textContent = "error " + response.status + ": " + (await response.text());
    return;
  }
  if (!type.startsWith("application/sparql-results+json")) {
    const pre = document.createElement("pre");
    pre.textContent = await response.text();
    out.append(pre);
    status.textContent = "graph in " + seconds + " s";
    return;
  }
  const data = await response.json();
  if ("boolean" in data) {
    status.textContent = "answer: " + data.boolean + " (" + seconds + " s)";
    return;
  }
  const table = document.createElement("table");
  const head = table.createTHead().insertRow();
  for (const name of data.head.vars) {
    const th = document.createElement("th");
    th.textContent = name;
    head.append(th);
  }
  const tbody = table.createTBody();
  for (const row of data.results.bindings) {
    const tr = tbody.insertRow();
    for (const name of data.head.vars) { tr.insertCell().textContent = cell(row[name]); }
  }
  out.append(table);
  const n = data.results.bindings.length;
  status.textContent = n + " row" + (n === 1 ? "" : "s") + " in " + seconds + " s";
});
"""

_STYLE = """
body { font: 15px/1.4 system-ui, sans-serif; margin: 1.5em auto; max-width: 70em; padding: 0 1em;
       color: #1f2933; }
h1 { font-size: 1.4em; margin-bottom: .2em; }
textarea { width: 100%; min-height: 16em; font: 13px/1.35 ui-monospace, monospace; }
table { border-collapse: collapse; margin-top: 1em; font-size: 13px; }
th, td { border: 1px solid #cbd2d9; padding: .25em .5em; text-align: left; vertical-align: top; }
th { background: #f0f4f8; }
#dg-examples-list { padding-left: 1.2em; }
#dg-examples-list button { font: inherit; margin: .1em 0; cursor: pointer; }
#dg-status { margin-left: 1em; color: #52606d; }
pre { background: #f5f7fa; padding: .8em; overflow: auto; }
.dg-note { color: #52606d; }
"""

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>diplograph SPARQL endpoint</title>
<style>{style}</style>
</head>
<body>
<h1>diplograph SPARQL endpoint</h1>
<p class="dg-note">SPARQL 1.1 over the union of all graphs (<code>GRAPH ?article</code> names the
source). Endpoint: <code>/query</code> (GET or POST; JSON, XML, CSV, TSV; Turtle, JSON-LD,
N-Triples). {mode} <a href="explorer">Open the network explorer</a>.</p>
<h2>Examples</h2>
<ul id="dg-examples-list"></ul>
<form id="dg-form">
<textarea id="dg-query" name="query" spellcheck="false" aria-label="SPARQL query"></textarea>
<p><button type="submit">Run query</button><span id="dg-status" role="status"></span></p>
</form>
<div id="dg-out"></div>
<script type="application/json" id="dg-examples">{examples}</script>
<script>{script}</script>
</body>
</html>
"""


def _script_json(value: object) -> str:
    # JSON inside <script>: no "</script>", "<!--" or line separators can end or bend it.
    text = json.dumps(value, ensure_ascii=False)
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                          ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escaped)
    return text


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def query_page(*, read_only: bool = True) -> tuple[str, str]:
    """The query page's HTML and the Content-Security-Policy header to send with it."""
    from ..queries import list_queries

    examples = [{"name": q.name, "description": q.description,
                 "text": q.path.read_text(encoding="utf-8")} for q in list_queries()]
    mode = ("Read-only: updates are refused." if read_only
            else "Updates are accepted at <code>/update</code> with the server's token.")
    page = _PAGE.format(style=_STYLE, mode=mode, examples=_script_json(examples),
                        script=_SCRIPT)
    csp = "; ".join([
        "default-src 'none'",
        f"script-src {_hash(_SCRIPT)}",
        f"style-src {_hash(_STYLE)}",
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
    ])
    return page, csp
