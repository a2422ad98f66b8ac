// Sorting and filtering; the page reads the same without it. The filter is also read from
// the URL fragment on load: #topic=...&source=...&kind=...&min=0.5&sort=score
(function () {
  "use strict";
  var form = document.getElementById("controls");
  if (!form) { return; }
  var field = form.elements;
  var items = Array.prototype.slice.call(document.querySelectorAll("article.discrepancy"));
  var homes = items.map(function (item) { return item.parentNode; });
  var sections = Array.prototype.slice.call(document.querySelectorAll("section.topic"));
  var flat = document.getElementById("flat");

  // Selects the option matching `value` case-blind; a value the page lacks is added, so
  // that the filter shows nothing rather than everything.
  function choose(select, value) {
    var wanted = (value || "").toLowerCase();
    for (var i = 0; i < select.options.length; i++) {
      if (select.options[i].value.toLowerCase() === wanted) {
        select.value = select.options[i].value;
        return;
      }
    }
    select.add(new Option(value, value));
    select.value = value;
  }

  function fromHash() {
    var params = new URLSearchParams(location.hash.slice(1));
    choose(field.topic, params.get("topic"));
    choose(field.source, params.get("source"));
    choose(field.kind, params.get("kind"));
    var min = parseFloat(params.get("min"));
    field.min.value = isFinite(min) ? String(min) : "";
    field.sort.value = params.get("sort") === "score" ? "score" : "topic";
  }

  function toHash() {
    var params = new URLSearchParams();
    ["topic", "source", "kind", "min"].forEach(function (name) {
      if (field[name].value) { params.set(name, field[name].value); }
    });
    if (field.sort.value === "score") { params.set("sort", "score"); }
    var hash = params.toString();
    try {
      history.replaceState(null, "", hash ? "#" + hash : location.pathname + location.search);
    } catch (e) { /* some browsers refuse it on file: pages; the filter still applies */ }
  }

  function apply() {
    var topic = field.topic.value, source = field.source.value, kind = field.kind.value;
    var min = parseFloat(field.min.value);
    var shown = 0;
    items.forEach(function (item) {
      var show = (!topic || item.dataset.topic === topic) &&
        (!source || JSON.parse(item.dataset.sources).indexOf(source) >= 0) &&
        (!kind || item.dataset.kinds.split(" ").indexOf(kind) >= 0) &&
        (!isFinite(min) || parseFloat(item.dataset.score) >= min);
      item.hidden = !show;
      if (show) { shown++; }
    });
    var byScore = field.sort.value === "score";
    if (byScore) {
      items.map(function (item, i) { return [item, i]; }).sort(function (x, y) {
        return parseFloat(y[0].dataset.score) - parseFloat(x[0].dataset.score) || x[1] - y[1];
      }).forEach(function (pair) { flat.appendChild(pair[0]); });
    } else {
      items.forEach(function (item, i) { homes[i].appendChild(item); });
    }
    flat.hidden = !byScore;
    sections.forEach(function (section) {
      section.hidden = byScore || !section.querySelector("article.discrepancy:not([hidden])");
    });
    document.getElementById("none").hidden = shown > 0;
    document.getElementById("shown").textContent = shown + " of " + items.length + " shown";
  }

  form.addEventListener("input", function () { apply(); toHash(); });
  form.addEventListener("change", function () { apply(); toHash(); });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("reset", function () {
    setTimeout(function () { apply(); toHash(); }, 0);
  });
  // A filter link (#source=...) sets the filter; a plain anchor (#d3) leaves it alone.
  window.addEventListener("hashchange", function () {
    if (location.hash.indexOf("=") >= 0 || !location.hash) { fromHash(); apply(); }
  });
  fromHash();
  apply();
  form.hidden = false;
}());
