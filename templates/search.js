// Client-side search over search-index.json: the one page that needs JavaScript.
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  var input = document.getElementById("search-input");
  var results = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var index = null;

  function load(then) {
    if (index) { return then(); }
    fetch("search-index.json").then(function (r) { return r.json(); }).then(function (data) {
      index = data; then();
    }).catch(function () {
      status.textContent = "The search index could not be loaded. Search needs the site to be served over HTTP.";
    });
  }

  function run() {
    var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    results.textContent = "";
    if (!words.length) { status.textContent = ""; return; }
    var hits = index.filter(function (doc) {
      var text = (doc.title + " " + doc.text).toLowerCase();
      return words.every(function (w) { return text.indexOf(w) !== -1; });
    }).slice(0, 50);
    status.textContent = hits.length + (hits.length === 1 ? " result" : " results");
    hits.forEach(function (doc) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = doc.href; a.textContent = doc.title;
      li.appendChild(a);
      results.appendChild(li);
    });
  }

  form.addEventListener("submit", function (e) { e.preventDefault(); load(run); });
  input.addEventListener("input", function () { load(run); });
})();
