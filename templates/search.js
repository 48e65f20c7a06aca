// Client-side search over search-index.js (a script that sets window.coursebuildSearch,
// so it loads from file:// as well as from a server): the one page that needs JavaScript.
// The index names the pages and the shards holding the sections' text (search/1.js, …);
// the shards load when the first query is made, and the results are shown again as each
// arrives. search.html?q=words runs the query; each result names its chapter and section
// and shows a snippet with the words marked.
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  var input = document.getElementById("search-input");
  var results = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var index = window.coursebuildSearch;
  var LIMIT = 50, BEFORE = 60, LENGTH = 220;

  if (!index) {
    status.textContent = "The search index (search-index.js) could not be loaded.";
    return;
  }
  // Every loaded section with its lowered heading, page title and text, in the index's order.
  var entries = [], loaded = 0, failed = 0, requested = false, current = "";

  function add(shard) {
    (index.sections[shard] || []).forEach(function (s, k) {
      entries.push({ s: s, order: [shard, k], title: s[2].toLowerCase(),
        page: index.pages[s[0]][1].toLowerCase(), text: s[3].toLowerCase() });
    });
  }

  // Loads every shard, each by a script element (a fetch fails from file://), and runs the query again as each arrives.
  function load() {
    if (requested) { return; }
    requested = true;
    index.shards.forEach(function (src, shard) {
      var script = document.createElement("script");
      script.src = src;
      script.onload = function () { loaded += 1; add(shard); run(current); };
      script.onerror = function () { failed += 1; run(current); };
      document.head.appendChild(script);
    });
  }

  function words(query) {
    var seen = {};
    return query.toLowerCase().split(/\s+/).filter(function (w) {
      if (!w || seen[w]) { return false; }
      seen[w] = true; return true;
    });
  }

  function count(text, word) {
    var n = 0, at = text.indexOf(word);
    while (at !== -1 && n < 20) { n += 1; at = text.indexOf(word, at + word.length); }
    return n;
  }

  // Appends `text` to `parent` with every occurrence of the words in <mark>.
  function marked(parent, text, terms) {
    var lower = text.toLowerCase(), at = 0;
    while (at < text.length) {
      var next = -1, word = "";
      terms.forEach(function (w) {
        var i = lower.indexOf(w, at);
        if (i !== -1 && (next === -1 || i < next || (i === next && w.length > word.length))) { next = i; word = w; }
      });
      if (next === -1) { break; }
      if (next > at) { parent.appendChild(document.createTextNode(text.slice(at, next))); }
      var mark = document.createElement("mark");
      mark.textContent = text.slice(next, next + word.length);
      parent.appendChild(mark);
      at = next + word.length;
    }
    if (at < text.length) { parent.appendChild(document.createTextNode(text.slice(at))); }
  }

  // The part of `text` around the first word found, cut at spaces.
  function snippet(text, lower, terms) {
    var first = -1;
    terms.forEach(function (w) {
      var i = lower.indexOf(w);
      if (i !== -1 && (first === -1 || i < first)) { first = i; }
    });
    var start = Math.max(0, first - BEFORE);
    if (start > 0) { var space = text.indexOf(" ", start); start = space !== -1 && space < first ? space + 1 : start; }
    var end = Math.min(text.length, start + LENGTH);
    if (end < text.length) { var cut = text.lastIndexOf(" ", end); end = cut > first ? cut : end; }
    return (start > 0 ? "… " : "") + text.slice(start, end).replace(/\s+/g, " ").trim() + (end < text.length ? " …" : "");
  }

  function run(query) {
    current = query;
    var terms = words(query);
    results.textContent = "";
    if (!terms.length) { status.textContent = ""; return; }
    load();
    var hits = [];
    entries.forEach(function (l) {
      var score = 0;
      for (var k = 0; k < terms.length; k += 1) {
        var w = terms[k];
        var inTitle = l.title.indexOf(w) !== -1, inPage = l.page.indexOf(w) !== -1, inText = count(l.text, w);
        if (!inTitle && !inPage && !inText) { return; }
        score += (inTitle ? 10 : 0) + (inPage ? 3 : 0) + inText;
      }
      hits.push({ l: l, score: score });
    });
    hits.sort(function (a, b) {
      return b.score - a.score || a.l.order[0] - b.l.order[0] || a.l.order[1] - b.l.order[1];
    });
    var total = hits.length, pending = index.shards.length - loaded - failed;
    status.textContent = (total === 0 ? "No results for “" + query.trim() + "”"
      : total + (total === 1 ? " result" : " results") + " for “" + query.trim() + "”"
        + (total > LIMIT ? "; the first " + LIMIT + " are shown" : ""))
      + (pending > 0 ? " (searching: " + loaded + " of " + index.shards.length + " parts of the index read)." : ".")
      + (failed > 0 ? " " + failed + " parts of the index could not be loaded." : "");
    hits.slice(0, LIMIT).forEach(function (hit) {
      var s = hit.l.s, page = index.pages[s[0]];
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = page[0] + (s[1] ? "#" + s[1] : "");
      marked(a, s[2] || page[1], terms);
      li.appendChild(a);
      if (s[2]) {
        var where = document.createElement("span");
        where.className = "result-chapter";
        where.textContent = " · " + page[1];
        li.appendChild(where);
      }
      if (s[3]) {
        var p = document.createElement("p");
        p.className = "result-snippet";
        marked(p, snippet(s[3], hit.l.text, terms), terms);
        li.appendChild(p);
      }
      results.appendChild(li);
    });
  }

  var query = new URLSearchParams(window.location.search).get("q") || "";
  if (query) { input.value = query; run(query); }
  input.addEventListener("input", function () { run(input.value); });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    run(input.value);
    try {
      window.history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
    } catch (ignored) { /* some browsers refuse from file:// */ }
  });
})();
