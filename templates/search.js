// Client-side search over search-index.js (a script that sets window.coursebuildSearch,
// so it loads from file:// as well as from a server): the one page that needs JavaScript.
// The index names the pages and the shards holding the sections' text (search/1.js, …);
// the shards load when the first query is made, and the results are shown again as each
// arrives. A shard is its sections' JSON deflated and in base64 (a sixth to a half of the
// JSON's bytes), inflated here: the browser's own DecompressionStream is not in every
// browser still in use. search.html?q=words runs the query; each result names its chapter
// and section and shows a snippet with the words marked.
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

  // Raw DEFLATE (RFC 1951), after zlib's puff.c: bytes in, bytes out.
  var LBASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
  var LEXT = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
  var DBASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
    4097, 6145, 8193, 12289, 16385, 24577];
  var DEXT = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
  var ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

  function inflate(input) {
    var out = new Uint8Array(input.length * 8 + 1024), size = 0, at = 0, bit = 0;
    function bits(n) {
      var v = 0;
      for (var i = 0; i < n; i += 1) {
        if (at >= input.length) { throw new Error("truncated"); }
        v |= ((input[at] >> bit) & 1) << i;
        if (++bit === 8) { bit = 0; at += 1; }
      }
      return v;
    }
    function put(b) {
      if (size === out.length) { var grown = new Uint8Array(out.length * 2); grown.set(out); out = grown; }
      out[size++] = b;
    }
    // A canonical Huffman code from its symbols' lengths: how many codes of each length, the symbols in code order.
    function huffman(lengths) {
      var count = new Array(16).fill(0), offset = [0, 0], symbol = [];
      lengths.forEach(function (l) { count[l] += 1; });
      for (var l = 1; l < 15; l += 1) { offset[l + 1] = offset[l] + count[l]; }
      lengths.forEach(function (l, s) { if (l) { symbol[offset[l]++] = s; } });
      return { count: count, symbol: symbol };
    }
    function decode(h) {
      for (var len = 1, code = 0, first = 0, index = 0; len < 16; len += 1) {
        code |= bits(1);
        var n = h.count[len];
        if (code - n < first) { return h.symbol[index + code - first]; }
        index += n; first = (first + n) << 1; code <<= 1;
      }
      throw new Error("bad code");
    }
    function lengthsOf(n, value) { var a = []; for (var i = 0; i < n; i += 1) { a.push(value(i)); } return a; }
    var fixed = [huffman(lengthsOf(288, function (s) { return s < 144 ? 8 : s < 256 ? 9 : s < 280 ? 7 : 8; })),
      huffman(lengthsOf(30, function () { return 5; }))];
    var last;
    do {
      last = bits(1);
      var type = bits(2), codes;
      if (type === 0) {
        if (bit) { bit = 0; at += 1; }
        var stored = input[at] | input[at + 1] << 8;
        at += 4;
        for (var k = 0; k < stored; k += 1) { put(input[at++]); }
        continue;
      } else if (type === 1) {
        codes = fixed;
      } else if (type === 2) {
        var nlen = bits(5) + 257, ndist = bits(5) + 1, ncode = bits(4) + 4, lengths = new Array(19).fill(0);
        for (var c = 0; c < ncode; c += 1) { lengths[ORDER[c]] = bits(3); }
        var lencode = huffman(lengths), all = [];
        while (all.length < nlen + ndist) {
          var sym = decode(lencode), repeat, value = 0;
          if (sym < 16) { all.push(sym); continue; }
          if (sym === 16) { value = all[all.length - 1]; repeat = 3 + bits(2); } else if (sym === 17) { repeat = 3 + bits(3); } else { repeat = 11 + bits(7); }
          while (repeat--) { all.push(value); }
        }
        codes = [huffman(all.slice(0, nlen)), huffman(all.slice(nlen, nlen + ndist))];
      } else {
        throw new Error("bad block");
      }
      for (;;) {
        var s = decode(codes[0]);
        if (s < 256) { put(s); continue; }
        if (s === 256) { break; }
        s -= 257;
        var length = LBASE[s] + bits(LEXT[s]), d = decode(codes[1]), from = size - DBASE[d] - bits(DEXT[d]);
        while (length--) { put(out[from++]); }
      }
    } while (!last);
    return out.subarray(0, size);
  }

  // A shard's sections: its base64 decoded, inflated and read as JSON.
  function unpack(text) {
    var binary = atob(text), bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i += 1) { bytes[i] = binary.charCodeAt(i); }
    return JSON.parse(new TextDecoder().decode(inflate(bytes)));
  }

  function add(shard) {
    var sections;
    try { sections = unpack(index.sections[shard] || ""); } catch (e) { failed += 1; return; }
    loaded += 1;
    sections.forEach(function (s, k) {
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
      script.onload = function () { add(shard); run(current); };
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
