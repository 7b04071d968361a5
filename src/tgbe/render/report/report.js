/* tgbe report: filter and sort the overdue list; open a unit's list when its name is
   clicked in a chart, and every unit list before printing. */
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  window.addEventListener("beforeprint", function () {
    Array.prototype.forEach.call(document.querySelectorAll("details"), function (d) {
      d.open = true;
    });
  });
  function openTarget() {
    var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target && target.tagName === "DETAILS") { target.open = true; }
  }
  window.addEventListener("hashchange", openTarget);
  openTarget();
  var table = document.getElementById("overdue-table");
  var box = document.getElementById("overdue-filter");
  var count = document.getElementById("overdue-count");
  if (!table || !box) { return; }
  var body = table.tBodies[0];
  function filter() {
    var words = box.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    Array.prototype.forEach.call(body.rows, function (row) {
      var text = row.textContent.toLowerCase();
      var keep = words.every(function (word) { return text.indexOf(word) >= 0; });
      row.hidden = !keep;
      if (keep) { shown += 1; }
    });
    count.textContent = String(shown);
  }
  function key(row, index, numeric) {
    var cell = row.cells[index];
    var value = cell.getAttribute("data-key") || cell.textContent;
    return numeric ? Number(value) : value;
  }
  function sortBy(th, index) {
    var numeric = th.getAttribute("data-type") === "number";
    var up = th.getAttribute("aria-sort") !== "ascending";
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) {
      cell.removeAttribute("aria-sort");
    });
    th.setAttribute("aria-sort", up ? "ascending" : "descending");
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = key(a, index, numeric), y = key(b, index, numeric);
      var order = numeric ? x - y : String(x).localeCompare(String(y), "zh");
      return up ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {
    if (th.hasAttribute("data-type")) {
      th.addEventListener("click", function () { sortBy(th, index); });
    }
  });
  box.addEventListener("input", filter);
  filter();
})();
