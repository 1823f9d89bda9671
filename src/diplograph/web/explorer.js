// diplograph explorer: builds vis-network's nodes and edges from the page's data
// block and rebuilds them when a filter changes. Every string taken from the data
// reaches the DOM through textContent (or a canvas label), never innerHTML.
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("dg-data").textContent);
  var N = D.nodes, L = D.links, A = D.articles, S = D.sentences, STYLES = D.styles;
  var ACTOR = {Person: 1, State: 1};
  var EVENT = {Meeting: 1, Visit: 1, Agreement: 1, MoU: 1, Event: 1};
  var ROLES = {participant: 1, guest: 1, hostState: 1, party: 1, signatory: 1, witness: 1};
  var PALETTE = ["#4e79a7", "#e15759", "#59a14f", "#f28e2b", "#b07aa1", "#76b7b2",
                 "#edc948", "#9c755f", "#ff9da7", "#1f77b4", "#2ca02c", "#d62728",
                 "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f",
                 "#aec7e8", "#98df8a"];
  var NO_STATE = "#9aa5b1", FADED = "#e4e7eb";
  var LABEL_MAX = 60;

  function group(kind) { return kind === "MoU" ? "Agreement" : kind; }
  function iri(i) { return N[i].i.indexOf("dgr:") === 0 ? D.base + N[i].i.slice(4) : N[i].i; }
  function year(i) { return N[i].d ? parseInt(N[i].d.slice(0, 4), 10) : null; }
  function stateOf(i) { return N[i].s === undefined ? -1 : N[i].s; }
  function short(text) {
    text = String(text);
    return text.length > LABEL_MAX ? text.slice(0, LABEL_MAX - 1) + "…" : text;
  }

  // --- indexes derived once from the data ---------------------------------------------
  var actors = [], events = [], actorsOf = {}, eventsOf = {}, linksOf = [];
  N.forEach(function (n, i) {
    linksOf.push([]);
    if (ACTOR[n.k]) { actors.push(i); eventsOf[i] = []; }
    if (EVENT[n.k]) { events.push(i); actorsOf[i] = []; }
  });
  L.forEach(function (l, li) {
    linksOf[l[0]].push(li);
    linksOf[l[1]].push(li);
    if (ROLES[l[2]] && actorsOf[l[0]] && eventsOf[l[1]] && actorsOf[l[0]].indexOf(l[1]) < 0) {
      actorsOf[l[0]].push(l[1]);
      eventsOf[l[1]].push(l[0]);
    }
  });
  events.forEach(function (e) { actorsOf[e].sort(function (a, b) { return a - b; }); });
  var byArticle = A.map(function () { return []; });  // what each article speaks of
  N.forEach(function (n, i) { (n.a || []).forEach(function (ai) { byArticle[ai].push(i); }); });
  // The actor pairs an event joins (the same rule as Explorer.graph in Python).
  function pairs(e) {
    var who = actorsOf[e], states = [], persons = [], groups, out = [];
    who.forEach(function (a) { (N[a].k === "State" ? states : persons).push(a); });
    if (N[e].k === "Visit" || (states.length < 2 && persons.length < 2)) { groups = [who]; }
    else { groups = [states, persons]; }
    groups.forEach(function (g) {
      for (var i = 0; i < g.length; i++) {
        for (var j = i + 1; j < g.length; j++) { out.push([g[i], g[j]]); }
      }
    });
    return out;
  }
  // States ranked by how active they and their people are get the clearest colours.
  var activity = {};
  actors.forEach(function (a) {
    var s = stateOf(a);
    if (s >= 0) { activity[s] = (activity[s] || 0) + eventsOf[a].length + 1; }
  });
  var stateColour = {};
  Object.keys(activity).map(Number).sort(function (a, b) {
    return activity[b] - activity[a] || (N[a].l < N[b].l ? -1 : 1);
  }).forEach(function (s, rank) {
    stateColour[s] = rank < PALETTE.length ? PALETTE[rank]
      : "hsl(" + Math.round(rank * 137.508) % 360 + ",45%,55%)";
  });
  var years = events.map(year).filter(function (y) { return y !== null; });
  var yearMin = years.length ? Math.min.apply(null, years) : 0;
  var yearMax = years.length ? Math.max.apply(null, years) : 0;

  // --- what is shown: the controls' state ---------------------------------------------
  var view = {classes: {}, details: {}, state: -1, from: yearMin, to: yearMax,
              eventNodes: false, colour: "state", selected: null};
  function fullRange() { return view.from <= yearMin && view.to >= yearMax; }
  function inScope(e) {  // within the date range and the chosen state
    if (!fullRange()) {
      var y = year(e);
      if (y === null || y < view.from || y > view.to) { return false; }
    }
    return view.state < 0 || actorsOf[e].some(function (a) { return stateOf(a) === view.state; });
  }

  // --- building vis items -------------------------------------------------------------
  var bigLabel = {};
  function baseColour(i) {
    var n = N[i], style = STYLES[n.k] || STYLES.Event;
    if (view.colour === "class" || !ACTOR[n.k]) { return style.color; }
    return stateOf(i) >= 0 ? stateColour[stateOf(i)] : NO_STATE;
  }
  function nodeItem(i, faded) {
    var n = N[i], style = STYLES[n.k] || STYLES.Event;
    var size = ACTOR[n.k] ? (n.k === "State" ? 9 : 7) + 4 * Math.sqrt(eventsOf[i].length)
      : (EVENT[n.k] ? 6 : 5);
    var colour = faded ? FADED : baseColour(i);
    return {id: i, label: short(n.l), shape: style.shape, size: size, x: n.x, y: n.y,
            color: {background: colour, border: faded ? FADED : "#ffffff",
                    highlight: {background: colour, border: "#1f2933"},
                    hover: {background: colour, border: "#1f2933"}},
            font: {size: bigLabel[i] || 14, color: faded ? "#b8c0c8" : "#1f2933"}};
  }
  function eventColour(kinds) {
    var names = Object.keys(kinds);
    return names.length === 1 ? (STYLES[names[0]] || STYLES.Event).color : "#8a96a1";
  }

  // The nodes and edges of the current view, as plain objects keyed by id.
  function compute() {
    var scoped = {}, shownEvents = [], visible = {}, nodeIds = [], edgeList = [];
    events.forEach(function (e) {
      if (!inScope(e)) { return; }
      actorsOf[e].forEach(function (a) { scoped[a] = 1; });
      if (view.classes[group(N[e].k)]) { shownEvents.push(e); }
    });
    var restricted = !fullRange() || view.state >= 0;
    Object.keys(scoped).forEach(function (a) {  // the states of those people come along
      if (N[a].k === "Person" && stateOf(+a) >= 0) { scoped[stateOf(+a)] = 1; }
    });
    actors.forEach(function (a) {
      if (!view.classes[N[a].k]) { return; }
      if (restricted && !scoped[a] && !(fullRange() && stateOf(a) === view.state)) { return; }
      visible[a] = 1;
      nodeIds.push(a);
    });
    var few = L.length < 400, joined = {};
    if (view.eventNodes) {
      shownEvents.forEach(function (e) {
        var who = actorsOf[e].filter(function (a) { return visible[a]; });
        if (!who.length && actorsOf[e].length) { return; }
        visible[e] = 1;
        nodeIds.push(e);
        who.forEach(function (a) {
          edgeList.push({id: "r" + e + "-" + a, from: e, to: a, width: 1,
                         color: {color: eventColour(groupOf(e)), opacity: 0.6},
                         dgEvents: [e]});
        });
      });
    } else {
      shownEvents.forEach(function (e) {
        pairs(e).forEach(function (p) {
          if (!visible[p[0]] || !visible[p[1]]) { return; }
          var key = p[0] + "-" + p[1];
          (joined[key] = joined[key] || {from: p[0], to: p[1], events: []}).events.push(e);
        });
      });
      Object.keys(joined).forEach(function (key) {
        var j = joined[key], kinds = {};
        j.events.forEach(function (e) { kinds[group(N[e].k)] = 1; });
        var w = j.events.length;
        edgeList.push({id: "p" + key, from: j.from, to: j.to, dgEvents: j.events,
                       width: 1 + 1.8 * Math.log2(w),
                       label: few && w > 1 ? "×" + w : undefined,
                       color: {color: eventColour(kinds), opacity: 0.7}});
      });
    }
    actors.forEach(function (a) {  // a person's tie to their own state
      var s = stateOf(a);
      // (none where an event already links the two, as in Explorer.graph)
      if (N[a].k === "Person" && s >= 0 && visible[a] && visible[s]
          && !joined[Math.min(a, s) + "-" + Math.max(a, s)]) {
        edgeList.push({id: "m" + a, from: a, to: s, dashes: [3, 4], width: 1,
                       color: {color: "#c9d1d9", opacity: 1}, dgMember: true});
      }
    });
    // Detail nodes switched on: those linked to something shown. In the links view a
    // detail of an event (its topic, its place) is tied to the event's actors instead.
    var shownEvent = {};
    shownEvents.forEach(function (e) { shownEvent[e] = 1; });
    function targets(i, j) {
      if (visible[j]) { return [j]; }
      if (!view.eventNodes && shownEvent[j]) {
        return actorsOf[j].filter(function (a) { return visible[a]; });
      }
      return [];
    }
    var detailIds = [];
    N.forEach(function (n, i) {
      if (!view.details[n.k]) { return; }
      if (n.k === "Quote" && !fullRange()) {
        var y = year(i);
        if (y !== null && (y < view.from || y > view.to)) { return; }
      }
      if (linksOf[i].some(function (li) { return targets(i, other(L[li], i)).length; })) {
        detailIds.push(i);
      }
    });
    detailIds.forEach(function (i) { visible[i] = 1; nodeIds.push(i); });
    var seen = {};
    detailIds.forEach(function (i) {
      linksOf[i].forEach(function (li) {
        var l = L[li];
        targets(i, other(l, i)).forEach(function (t) {
          var from = l[0] === i ? i : t, to = l[0] === i ? t : i;
          var id = "l" + from + "-" + to + "-" + l[2];
          if (seen[id]) { return; }
          seen[id] = 1;
          edgeList.push({id: id, from: from, to: to, width: 1, dashes: [2, 3],
                         label: few ? l[2] : undefined, color: {color: "#c4cbd2", opacity: 1},
                         arrows: {to: {enabled: true, scaleFactor: 0.4}}, dgLink: li});
        });
      });
    });
    // Articles switched on: a node each, tied to what it states among the shown nodes.
    var articleIds = [], articleAt = {};
    if (view.details.Article) {
      A.forEach(function (a, ai) {
        var here = byArticle[ai].filter(function (i) { return visible[i]; });
        if (!here.length) { return; }
        var id = "a" + ai, x = 0, y = 0;
        here.forEach(function (i) { x += N[i].x; y += N[i].y; });
        articleAt[id] = {x: x / here.length + 30, y: y / here.length - 30};
        articleIds.push(id);
        here.forEach(function (i) {
          edgeList.push({id: "x" + ai + "-" + i, from: id, to: i, width: 1, dashes: [1, 3],
                         color: {color: "#d5d9de", opacity: 1}, dgArticle: ai});
        });
      });
      articleIds.forEach(function (id) { visible[id] = 1; });
    }
    return {nodes: nodeIds, edges: edgeList, visible: visible, articles: articleIds,
            articleAt: articleAt};
  }
  function articleItem(id, faded) {
    var colour = faded ? FADED : STYLES.Article.color;
    return {id: id, label: short(A[+id.slice(1)][0]), shape: STYLES.Article.shape, size: 6,
            x: current.articleAt[id].x, y: current.articleAt[id].y,
            color: {background: colour, border: faded ? FADED : "#ffffff",
                    highlight: {background: colour, border: "#1f2933"},
                    hover: {background: colour, border: "#1f2933"}},
            font: {size: 14, color: faded ? "#b8c0c8" : "#1f2933"}};
  }
  function other(link, i) { return link[0] === i ? link[1] : link[0]; }
  function groupOf(e) { var g = {}; g[group(N[e].k)] = 1; return g; }

  // --- the network --------------------------------------------------------------------
  var nodes = new vis.DataSet();
  var edges = new vis.DataSet();
  var container = document.getElementById("mynetwork");
  var network = new vis.Network(container, {nodes: nodes, edges: edges}, D.options);
  var current = {nodes: [], edges: [], visible: {}, articles: [], articleAt: {}};
  var edgeInfo = {};
  // Exposed for the browser console and the tests.
  window.network = network;
  window.nodes = nodes;
  window.edges = edges;
  window.dgData = D;
  window.dgIri = iri;

  // The DataSets are brought in line with the current view: only items whose look
  // changed are sent to vis-network, which keeps filters quick on large graphs.
  var drawnNodes = {}, drawnEdges = {};
  function sync(dataset, drawn, items) {
    var keep = {}, changed = [];
    items.forEach(function (item) {
      var signature = JSON.stringify(item);
      keep[item.id] = 1;
      if (drawn[item.id] !== signature) { drawn[item.id] = signature; changed.push(item); }
    });
    var gone = dataset.getIds().filter(function (id) { return !keep[id]; });
    gone.forEach(function (id) { delete drawn[id]; });
    dataset.remove(gone);
    dataset.update(changed);
  }
  // Draw the current view; with a node selected, all but its neighbourhood fades.
  function draw() {
    var sel = view.selected, near = null;
    if (sel !== null && current.visible[sel]) {
      near = {};
      near[sel] = 1;
      current.edges.forEach(function (e) {
        if (e.from === sel) { near[e.to] = 1; }
        if (e.to === sel) { near[e.from] = 1; }
      });
    }
    sync(edges, drawnEdges, current.edges.map(function (e) {
      var on = !near || e.from === sel || e.to === sel;
      return {id: e.id, from: e.from, to: e.to, width: e.width, label: e.label || "",
              dashes: e.dashes || false, arrows: e.arrows || {to: {enabled: false}},
              color: on ? e.color : {color: FADED, opacity: 1}};
    }));
    sync(nodes, drawnNodes, current.nodes.map(function (i) {
      return nodeItem(i, near && !near[i]);
    }).concat(current.articles.map(function (id) { return articleItem(id, near && !near[id]); })));
  }
  function refresh() {
    current = compute();
    edgeInfo = {};
    current.edges.forEach(function (e) { edgeInfo[e.id] = e; });
    if (view.selected !== null && !current.visible[view.selected]) { view.selected = null; }
    chooseLabels();
    draw();
    fillNames();
  }

  // Labels: only labels at least drawThreshold pixels high on screen are drawn, so
  // at a distance the plain ones (14 canvas units) vanish. Of the nodes in view, the
  // most active whose labels would not overlap get a label big enough to read at
  // the current zoom (vis caps it at maxVisible pixels when zooming further in).
  // Chosen again whenever the view has moved.
  function chooseLabels() {
    var scale = network.getScale();
    bigLabel = {};
    if (scale >= 1.1 || !current.nodes.length) { return; }
    var box = container.getBoundingClientRect();
    var low = network.DOMtoCanvas({x: 0, y: 0});
    var high = network.DOMtoCanvas({x: box.width, y: box.height});
    var boxes = [], chosen = 0;
    var ranked = current.nodes.filter(function (i) {
      return ACTOR[N[i].k] && N[i].x >= low.x && N[i].x <= high.x
        && N[i].y >= low.y && N[i].y <= high.y;
    }).sort(function (a, b) { return eventsOf[b].length - eventsOf[a].length || a - b; })
      .slice(0, 400);
    ranked.forEach(function (i) {
      if (chosen >= 40) { return; }
      var w = short(N[i].l).length * 8.5, h = 20;
      var x = N[i].x * scale, y = N[i].y * scale + 10;
      var mine = [x - w / 2, y, x + w / 2, y + h];
      var clash = boxes.some(function (b) {
        return mine[0] < b[2] && b[0] < mine[2] && mine[1] < b[3] && b[1] < mine[3];
      });
      if (!clash) { boxes.push(mine); bigLabel[i] = Math.ceil(16 / scale); chosen++; }
    });
  }
  var relabel = null;
  function viewMoved() {
    window.clearTimeout(relabel);
    relabel = window.setTimeout(function () { chooseLabels(); draw(); }, 150);
  }

  function fillNames() {
    var list = document.getElementById("dg-names");
    var names = {};
    current.nodes.forEach(function (i) { names[N[i].l] = 1; });
    list.replaceChildren.apply(list, Object.keys(names).sort().slice(0, 5000).map(function (name) {
      var option = document.createElement("option");
      option.value = name;
      return option;
    }));
  }

  // --- details panel ------------------------------------------------------------------
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = text; }
    if (cls) { e.className = cls; }
    return e;
  }
  function articleRef(ai) {
    var a = A[ai], url = a[2];
    var ref;
    if (url && /^https?:\/\/[^\s]+$/i.test(url)) {
      ref = el("a", a[0]);
      ref.href = url;
      ref.target = "_blank";
      ref.rel = "noopener noreferrer";
    } else {
      ref = el("span", a[0]);
      ref.title = a[1];
    }
    return ref;
  }
  function sources(arts) {
    var box = el("div", null, "dg-src");
    if (!arts || !arts.length) { box.textContent = "background data"; return box; }
    box.appendChild(document.createTextNode(arts.length === 1 ? "article: " : "articles: "));
    arts.forEach(function (ai, k) {
      if (k) { box.appendChild(document.createTextNode("; ")); }
      box.appendChild(articleRef(ai));
    });
    return box;
  }
  function go(i, text) {
    var b = el("button", text === undefined ? N[i].l : text, "dg-go");
    b.type = "button";
    b.addEventListener("click", function () { focusNode(i, true); });
    return b;
  }
  function evidence(list, i) {
    (N[i].e || []).forEach(function (ev) {
      list.appendChild(el("blockquote", S[ev[0]]));
      list.appendChild(sources(ev[1]));
    });
    if (!N[i].e) { list.appendChild(sources(N[i].a)); }
  }
  function linked(i, name, outgoing) {  // nodes linked from (or to) i by a property
    return linksOf[i].map(function (li) { return L[li]; }).filter(function (l) {
      return l[2] === name && (outgoing ? l[0] === i : l[1] === i);
    });
  }
  function eventLine(e) {
    var li = el("li");
    var head = [N[e].d || "undated", group(N[e].k)].join(" · ");
    li.appendChild(document.createTextNode(head + " · "));
    li.appendChild(go(e));
    evidence(li, e);
    return li;
  }
  function section(box, title, items, cls) {
    if (!items.length) { return; }
    box.appendChild(el("h4", title));
    var ul = el("ul", null, cls);
    items.forEach(function (item) { ul.appendChild(item); });
    box.appendChild(ul);
  }
  function byDate(a, b) { return (N[a].d || "9999") < (N[b].d || "9999") ? -1 : 1; }

  var details = document.getElementById("dg-details-body");
  function showNode(i) {
    var n = N[i];
    details.replaceChildren();
    details.appendChild(el("h3", n.l));
    var line = [n.k];
    if (n.k === "Person" && stateOf(i) >= 0) { line.push(N[stateOf(i)].l); }
    if (ACTOR[n.k]) { line.push(eventsOf[i].length + " event" + (eventsOf[i].length === 1 ? "" : "s")); }
    if (n.d) { line.push(n.d); }
    details.appendChild(el("div", line.join(" · "), "dg-kindline"));
    if (n.t) { details.appendChild(el("blockquote", n.t)); }
    if (EVENT[n.k]) {
      var who = actorsOf[i].map(function (a) {
        var item = el("li");
        item.appendChild(go(a));
        return item;
      });
      section(details, "Who", who);
    }
    // Links to other things: offices, places, topics, occasions…
    var rows = [];
    linksOf[i].forEach(function (li) {
      var l = L[li];
      if (ROLES[l[2]] && EVENT[n.k]) { return; }  // listed under "Who"
      if (ROLES[l[2]] && ACTOR[n.k]) { return; }  // listed under "Events"
      if (l[2] === "speaker" && l[1] === i) { return; }  // listed under "Quotes"
      var out = l[0] === i, item = el("li");
      item.appendChild(document.createTextNode(out ? l[2] + ": " : l[2] + " of: "));
      item.appendChild(go(out ? l[1] : l[0]));
      item.appendChild(sources(l[3]));
      rows.push(item);
    });
    (n.f || []).forEach(function (f) {
      var item = el("li", (f[0] === "alias" ? "also called" : f[0]) + ": " + f[1]);
      item.appendChild(sources(f[2]));
      rows.push(item);
    });
    section(details, "Facts", rows);
    if (EVENT[n.k] || n.e) {
      details.appendChild(el("h4", "Evidence"));
      var box = el("div");
      evidence(box, i);
      details.appendChild(box);
    }
    if (ACTOR[n.k]) {
      section(details, "Events", eventsOf[i].slice().sort(byDate).map(eventLine));
    }
    if (n.k === "State") {
      section(details, "People", actors.filter(function (a) {
        return a !== i && stateOf(a) === i;
      }).map(function (a) { var item = el("li"); item.appendChild(go(a)); return item; }));
    }
    if (n.k === "Person") {
      section(details, "Quotes", linked(i, "speaker", false).map(function (l) {
        var q = l[0], item = el("li");
        item.appendChild(el("blockquote", N[q].t || N[q].l));
        var meta = [N[q].d].filter(Boolean);
        if (meta.length) { item.appendChild(document.createTextNode(meta.join(" ") + " ")); }
        linked(q, "occasion", true).forEach(function (o) {
          item.appendChild(document.createTextNode("at "));
          item.appendChild(go(o[1]));
        });
        item.appendChild(sources(N[q].a));
        return item;
      }));
    }
    section(details, "Articles", (n.a || []).map(function (ai) {
      var item = el("li");
      item.appendChild(articleRef(ai));
      return item;
    }), "dg-articles");
    details.appendChild(el("div", iri(i), "dg-iri"));
  }
  function showArticle(id) {
    var ai = +String(id).slice(1), a = A[ai];
    details.replaceChildren();
    details.appendChild(el("h3", a[0]));
    details.appendChild(el("div", ["Article", a[3]].filter(Boolean).join(" · "), "dg-kindline"));
    var where = el("div", null, "dg-src");
    where.appendChild(document.createTextNode("read from: "));
    where.appendChild(articleRef(ai));
    where.appendChild(document.createTextNode(a[2] ? "" : " (" + a[1] + ")"));
    details.appendChild(where);
    section(details, "States", byArticle[ai].filter(function (i) {
      return ACTOR[N[i].k] || EVENT[N[i].k];
    }).sort(byDate).map(function (i) {
      var item = el("li", (N[i].d ? N[i].d + " · " : "") + N[i].k + " · ");
      item.appendChild(go(i));
      return item;
    }));
  }
  function showEdge(id) {
    var e = edgeInfo[id];
    if (!e) { return; }
    details.replaceChildren();
    details.appendChild(el("h3", N[e.from].l + " — " + N[e.to].l));
    if (e.dgArticle !== undefined) { showArticle("a" + e.dgArticle); return; }
    if (e.dgMember) {
      details.appendChild(el("div", "holds an office of this state", "dg-kindline"));
      return;
    }
    if (e.dgLink !== undefined) {
      var l = L[e.dgLink];
      details.appendChild(el("div", l[2], "dg-kindline"));
      details.appendChild(sources(l[3]));
      return;
    }
    var count = e.dgEvents.length;
    details.appendChild(el("div", count + " event" + (count === 1 ? "" : "s"), "dg-kindline"));
    section(details, "Events", e.dgEvents.slice().sort(byDate).map(eventLine));
  }
  function clearDetails() {
    details.replaceChildren(el("p", "Click a node to see its facts.", "dg-hint"));
  }

  // Select a node: its neighbourhood stays in colour, the rest fades.
  function select(i) {
    view.selected = i;
    if (i === null) { network.unselectAll(); clearDetails(); draw(); return; }
    if (typeof i === "string") { showArticle(i); } else { showNode(i); }
    if (current.visible[i]) { network.selectNodes([i]); }
    draw();
  }
  function focusNode(i, move) {
    select(i);
    if (move && current.visible[i]) {
      network.focus(i, {scale: Math.max(network.getScale(), 1.1), animation: false});
    }
  }
  network.on("click", function (p) {
    if (p.nodes.length) { select(p.nodes[0]); }
    else if (p.edges.length) { select(null); showEdge(p.edges[0]); }
    else { select(null); }
  });
  network.on("doubleClick", function (p) {
    if (p.nodes.length) { focusNode(p.nodes[0], true); }
  });

  // Tooltips: the page's own element, filled with textContent.
  var tip = document.getElementById("dg-tip");
  function showTip(lines, pointer) {
    tip.replaceChildren(el("strong", lines[0]));
    lines.slice(1).forEach(function (line) { tip.appendChild(el("div", line)); });
    tip.style.left = (pointer.x + 14) + "px";
    tip.style.top = (pointer.y + 14) + "px";
    tip.hidden = false;
  }
  network.on("hoverNode", function (p) {
    if (typeof p.node === "string") {
      var a = A[+p.node.slice(1)];
      showTip([a[0], ["Article", a[3]].filter(Boolean).join(" · "), a[1]], p.pointer.DOM);
      return;
    }
    var i = p.node, n = N[i], line = [n.k];
    if (n.k === "Person" && stateOf(i) >= 0) { line.push(N[stateOf(i)].l); }
    if (ACTOR[n.k]) { line.push(eventsOf[i].length + " events"); }
    if (n.d) { line.push(n.d); }
    var lines = [n.l, line.join(" · ")];
    if (n.t && n.t !== n.l) { lines.push(n.t); }
    showTip(lines, p.pointer.DOM);
  });
  network.on("hoverEdge", function (p) {
    var e = edgeInfo[p.edge];
    if (!e) { return; }
    var lines = [N[e.from].l + " — " + N[e.to].l];
    if (e.dgEvents) {
      var kinds = {}, dates = [];
      e.dgEvents.forEach(function (ev) {
        var g = group(N[ev].k).toLowerCase();
        kinds[g] = (kinds[g] || 0) + 1;
        if (N[ev].d) { dates.push(N[ev].d); }
      });
      lines.push(Object.keys(kinds).map(function (k) { return kinds[k] + " " + k; }).join(", "));
      dates.sort();
      if (dates.length) { lines.push(dates[0] + (dates.length > 1 ? " … " + dates[dates.length - 1] : "")); }
    } else if (e.dgLink !== undefined) {
      lines.push(L[e.dgLink][2]);
    } else {
      lines.push("office holder of this state");
    }
    showTip(lines, p.pointer.DOM);
  });
  network.on("blurNode", function () { tip.hidden = true; });
  network.on("blurEdge", function () { tip.hidden = true; });
  network.on("dragStart", function () { tip.hidden = true; });
  network.on("zoom", viewMoved);
  network.on("dragEnd", function (p) { if (!p.nodes.length) { viewMoved(); } });

  // --- controls -----------------------------------------------------------------------
  function each(selector, fn) { Array.prototype.forEach.call(document.querySelectorAll(selector), fn); }
  each(".dg-class", function (box) {
    view.classes[box.getAttribute("data-kind")] = box.checked;
    box.addEventListener("change", function () {
      view.classes[box.getAttribute("data-kind")] = box.checked;
      refresh();
    });
  });
  each(".dg-detail", function (box) {
    view.details[box.getAttribute("data-kind")] = box.checked;
    box.addEventListener("change", function () {
      view.details[box.getAttribute("data-kind")] = box.checked;
      refresh();
    });
  });
  document.getElementById("dg-event-nodes").addEventListener("change", function (ev) {
    view.eventNodes = ev.target.checked;
    refresh();
  });
  document.getElementById("dg-colour").addEventListener("change", function (ev) {
    view.colour = ev.target.value;
    draw();
  });
  var stateBox = document.getElementById("dg-state");
  actors.filter(function (a) { return N[a].k === "State"; })
    .sort(function (a, b) { return N[a].l < N[b].l ? -1 : 1; })
    .forEach(function (s) {
      var option = el("option", N[s].l + " (" + (activity[s] || 0) + ")");
      option.value = String(s);
      stateBox.appendChild(option);
    });
  stateBox.addEventListener("change", function () {
    view.state = stateBox.value === "" ? -1 : Number(stateBox.value);
    refresh();
    if (current.nodes.length) { network.fit({nodes: current.nodes.slice(), animation: false}); }
    chooseLabels();
    draw();
  });
  var fromBox = document.getElementById("dg-year-from");
  var toBox = document.getElementById("dg-year-to");
  var shown = document.getElementById("dg-years-shown");
  if (!years.length) { document.getElementById("dg-years").hidden = true; }
  [fromBox, toBox].forEach(function (box) {
    box.min = String(yearMin);
    box.max = String(yearMax);
    box.step = "1";
  });
  fromBox.value = String(yearMin);
  toBox.value = String(yearMax);
  function showYears() {
    shown.textContent = view.from === view.to ? String(view.from) : view.from + "–" + view.to;
  }
  showYears();
  var pending = false;
  function onYears(ev) {
    var a = Number(fromBox.value), b = Number(toBox.value);
    if (a > b) {  // the handles may not cross: the one moved pushes the other
      if (ev.target === fromBox) { toBox.value = String(a); b = a; }
      else { fromBox.value = String(b); a = b; }
    }
    view.from = a;
    view.to = b;
    showYears();
    if (!pending) {
      pending = true;
      window.requestAnimationFrame(function () { pending = false; refresh(); });
    }
  }
  fromBox.addEventListener("input", onYears);
  toBox.addEventListener("input", onYears);

  // Search: the best match among the shown nodes is focused; Enter moves to the next.
  var search = document.getElementById("dg-search");
  var found = document.getElementById("dg-found");
  var matches = [], cursor = 0;
  function names(i) {
    var list = [N[i].l];
    (N[i].f || []).forEach(function (f) { if (f[0] === "alias") { list.push(f[1]); } });
    return list.map(function (s) { return String(s).toLowerCase(); });
  }
  function runSearch() {
    var q = search.value.trim().toLowerCase();
    matches = [];
    cursor = 0;
    if (!q) { found.textContent = ""; select(null); return; }
    current.nodes.forEach(function (i) {
      var all = names(i), rank = 3;
      all.forEach(function (s) {
        if (s === q) { rank = Math.min(rank, 0); }
        else if (s.indexOf(q) === 0) { rank = Math.min(rank, 1); }
        else if (s.indexOf(q) !== -1) { rank = Math.min(rank, 2); }
      });
      if (rank < 3) { matches.push([rank, -(eventsOf[i] || []).length, i]); }
    });
    matches.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]; });
    matches = matches.map(function (m) { return m[2]; });
    found.textContent = matches.length + " found" + (matches.length > 1 ? " (Enter: next)" : "");
    if (matches.length) { focusNode(matches[0], true); }
  }
  search.addEventListener("input", runSearch);
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && matches.length) {
      cursor = (cursor + 1) % matches.length;
      focusNode(matches[cursor], true);
    }
  });

  // --- first drawing ------------------------------------------------------------------
  refresh();
  network.fit({animation: false, maxZoomLevel: 1.6});
  chooseLabels();
  draw();
  network.once("afterDrawing", function () {
    window.dgReadyAt = performance.now();
    document.body.setAttribute("data-ready", "1");
  });
  network.redraw();
})();
