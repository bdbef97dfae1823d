// Sortable tables: a button in each column heading sorts the rows by that column, again to reverse.
// The page needs no script: without one the tables keep their document order.
(function () {
  "use strict";
  function key(cell) {
    var text = cell.getAttribute("data-sort");
    if (text === null) text = cell.textContent;
    text = text.trim();
    var ratio = /^(\d+)\s*\/\s*(\d+)$/.exec(text);
    if (ratio) return Number(ratio[2]) > 0 ? Number(ratio[1]) / Number(ratio[2]) : -1;
    var number = Number(text.replace(/[,\s]/g, ""));
    return text !== "" && !isNaN(number) ? number : text.toLowerCase();
  }
  function compare(a, b) {
    if (typeof a === typeof b) return a < b ? -1 : a > b ? 1 : 0;
    return typeof a === "number" ? -1 : 1; // numbers before words and dashes
  }
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    var body = table.tBodies[0];
    var heads = table.querySelectorAll("thead th");
    Array.prototype.forEach.call(heads, function (th, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener("click", function () {
        var order = th.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", order);
        var rows = Array.prototype.slice.call(body.rows).map(function (row, i) { return [key(row.cells[column] || row), i, row]; });
        rows.sort(function (a, b) { return (order === "ascending" ? 1 : -1) * compare(a[0], b[0]) || a[1] - b[1]; });
        rows.forEach(function (r) { body.appendChild(r[2]); });
      });
    });
    table.setAttribute("data-sortable", "ready");
  });
})();
