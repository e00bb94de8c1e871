// quotegraph serve: what scripts add to pages that read without them —
// sorting and filtering tables, clicking graph nodes, and turning a
// selection in an article into the cue of a missed statement.
// No page content is ever inserted as HTML: only textContent and classes.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  // Sortable tables: click a header; numbers (12, 43%, 3/7) sort as numbers.
  function cellValue(row, index) {
    var cell = row.cells[index];
    var text = cell ? cell.textContent.trim() : "";
    var m = text.match(/^-?\d+(\.\d+)?/);
    return m ? { n: parseFloat(m[0]), t: text } : { n: null, t: text };
  }
  document.querySelectorAll("table.sortable").forEach(function (table) {
    var headers = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(headers, function (th, index) {
      th.tabIndex = 0;
      th.setAttribute("role", "button");
      th.title = "رتّب";
      function sort() {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(headers, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = cellValue(a, index), y = cellValue(b, index);
          var c = (x.n !== null && y.n !== null) ? x.n - y.n : x.t.localeCompare(y.t, "ar");
          return ascending ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      }
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sort(); } });
    });
  });

  // Filters: hide the rows that do not contain the words typed.
  function fold(s) {
    return s.toLowerCase().replace(/[\u064B-\u0652\u0640]/g, "").replace(/[أإآ]/g, "ا").replace(/ة/g, "ه").replace(/ى/g, "ي");
  }
  document.querySelectorAll("input.table-filter").forEach(function (input) {
    var table = document.getElementById(input.getAttribute("data-table"));
    if (!table) return;
    input.addEventListener("input", function () {
      var words = fold(input.value).split(/\s+/).filter(Boolean);
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        var text = fold(row.textContent);
        row.hidden = !words.every(function (w) { return text.indexOf(w) >= 0; });
      });
    });
  });

  // The graph: a node's <title> is its DOT id; its panel carries it as data-node.
  var graph = document.getElementById("graph");
  if (graph) {
    var panels = document.querySelectorAll(".speaker-panel");
    var hint = document.getElementById("panel-hint");
    var select = function (id) {
      var found = null;
      panels.forEach(function (p) {
        var on = p.getAttribute("data-node") === id;
        p.classList.toggle("shown", on);
        if (on) found = p;
      });
      graph.querySelectorAll("g.node").forEach(function (g) {
        var t = g.querySelector("title");
        g.classList.toggle("selected", !!t && t.textContent === id);
      });
      if (hint) hint.hidden = !!found;
      if (found) found.scrollIntoView({ block: "nearest" });
      return found;
    };
    graph.querySelectorAll("g.node").forEach(function (g) {
      var t = g.querySelector("title");
      if (!t || !document.querySelector('.speaker-panel[data-node="' + t.textContent.replace(/"/g, "") + '"]')) return;
      g.classList.add("clickable");
      g.setAttribute("tabindex", "0");
      g.setAttribute("role", "button");
      g.addEventListener("click", function () { select(t.textContent); });
      g.addEventListener("keydown", function (e) { if (e.key === "Enter") select(t.textContent); });
    });
    if (location.hash.indexOf("#node-") === 0) select(location.hash.slice(6));
  }

  // An article: a selection in the text fills the missed-statement form
  // with its words and its offsets (Unicode scalars, as the API counts).
  var text = document.getElementById("article-text");
  var cue = document.getElementById("missed-cue");
  if (text && cue) {
    var offsetIn = function (node, offset) {
      var p = node.nodeType === 1 ? node : node.parentNode;
      while (p && !(p.tagName === "P" && p.hasAttribute("data-start"))) p = p.parentNode;
      if (!p) return null;
      var count = parseInt(p.getAttribute("data-start"), 10);
      var walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (var n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.parentNode.hasAttribute("data-extra")) continue;
        if (n === node) return count + Array.from(n.data.slice(0, offset)).length;
        count += Array.from(n.data).length;
      }
      return null;
    };
    document.addEventListener("mouseup", function () {
      var s = window.getSelection();
      if (!s || s.isCollapsed || !text.contains(s.anchorNode) || s.anchorNode.nodeType !== 3) return;
      var words = s.toString().trim();
      if (!words || words.length > 100 || /\n/.test(words)) return;
      var range = s.getRangeAt(0);
      var start = offsetIn(range.startContainer, range.startOffset);
      var end = offsetIn(range.endContainer, range.endOffset);
      cue.value = words;
      document.getElementById("missed-start").value = start === null ? "" : start;
      document.getElementById("missed-end").value = end === null ? "" : end;
      document.getElementById("missed").open = true;
    });
  }
})();
