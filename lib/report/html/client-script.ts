/**
 * The only script the report ships: wiring, no charting. Everything is drawn in Node (SVG and
 * tables); this adds the components panel for treemap cells (hover previews, click / Enter / Space
 * pins, arrow keys move between cells), sortable table headers, and the log-axis toggle. It reads
 * the JSON data block, writes with textContent only (never innerHTML), and sets
 * body[data-ready="1"] when done so tests and benchmarks know the page is live.
 *
 * Kept as a string: the project compiles without the DOM library, and the browser needs plain
 * ES2017 anyway.
 */
export const CLIENT_SCRIPT =
  `(function () {
  'use strict';
  var dataNode = document.getElementById('cost-data');
  var data = dataNode ? JSON.parse(dataNode.textContent || '{}') : {};
  var cellData = data.cells || [];

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    if (cls) node.className = cls;
    return node;
  }

  // Treemap cells and the components panel.
  var panel = document.getElementById('details');
  var cells = Array.prototype.slice.call(document.querySelectorAll('.cell'));
  var pinned = null;
  function render(cell) {
    if (!panel) return;
    panel.textContent = '';
    if (!cell) {
      panel.appendChild(el('p', 'Hover over, click, or press Enter on a rectangle to see its cost components.', 'muted'));
      return;
    }
    var d = cellData[Number(cell.getAttribute('data-i'))];
    if (!d) return;
    panel.appendChild(el('h3', d.p));
    panel.appendChild(el('p', d.t + (d.s ? ' · ' + d.s : '') + ' · ' + d.st, 'muted'));
    panel.appendChild(el('p', d.m + ' a month (fixed ' + d.f + ', usage-based ' + d.u + ')'));
    var table = el('table');
    table.className = 'components';
    var head = el('tr');
    ['Component (monthly quantity × unit price)', 'Monthly'].forEach(function (h, i) {
      var th = el('th', h, i ? 'num' : '');
      th.setAttribute('scope', 'col');
      head.appendChild(th);
    });
    var thead = el('thead');
    thead.appendChild(head);
    table.appendChild(thead);
    var body = el('tbody');
    d.c.forEach(function (c) {
      var tr = el('tr');
      var name = el('td', c[0]);
      name.appendChild(el('span', c[1] + ' × ' + c[2], 'sub'));
      tr.appendChild(name);
      tr.appendChild(el('td', c[3], 'num'));
      body.appendChild(tr);
    });
    table.appendChild(body);
    panel.appendChild(table);
    (d.n || []).forEach(function (note) { panel.appendChild(el('p', note, 'muted')); });
  }
  function pin(cell) {
    if (pinned) pinned.setAttribute('aria-pressed', 'false');
    pinned = cell;
    cell.setAttribute('aria-pressed', 'true');
    render(cell);
  }
  function moveFocus(from, to) {
    if (to < 0 || to >= cells.length) return;
    from.setAttribute('tabindex', '-1');
    cells[to].setAttribute('tabindex', '0');
    cells[to].focus();
  }
  cells.forEach(function (cell, k) {
    cell.addEventListener('mouseenter', function () { render(cell); });
    cell.addEventListener('mouseleave', function () { render(pinned); });
    cell.addEventListener('click', function () { pin(cell); });
    cell.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); pin(cell); }
      else if (e.key === 'ArrowRight' || e.key === 'ArrowDown') { e.preventDefault(); moveFocus(cell, k + 1); }
      else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') { e.preventDefault(); moveFocus(cell, k - 1); }
      else if (e.key === 'Home') { e.preventDefault(); moveFocus(cell, 0); }
      else if (e.key === 'End') { e.preventDefault(); moveFocus(cell, cells.length - 1); }
    });
  });
  render(null);

  // Sortable tables: header buttons sort by the cell's data-v (numbers) or its text.
  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (table) {
    var headers = Array.prototype.slice.call(table.querySelectorAll('thead th'));
    var tbody = table.tBodies[0];
    Array.prototype.forEach.call(tbody.rows, function (row, i) { row.setAttribute('data-order', String(i)); });
    headers.forEach(function (th, col) {
      var button = th.querySelector('button');
      if (!button) return;
      button.addEventListener('click', function () {
        var numeric = th.getAttribute('data-type') === 'number';
        var direction = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : ` +
  `th.getAttribute('aria-sort') === 'descending' ? 'ascending' : (numeric ? 'descending' : 'ascending');
        var sign = direction === 'ascending' ? 1 : -1;
        var rows = Array.prototype.slice.call(tbody.rows);
        var key = function (row) {
          var cell = row.cells[col];
          if (!cell) return numeric ? 0 : '';
          return numeric ? Number(cell.getAttribute('data-v') || 0) : (cell.textContent || '');
        };
        var keyed = rows.map(function (row) { return { row: row, key: key(row), order: Number(row.getAttribute('data-order')) }; });
        keyed.sort(function (a, b) {
          var c = numeric ? a.key - b.key : a.key.localeCompare(b.key);
          return c !== 0 ? sign * c : a.order - b.order;
        });
        var fragment = document.createDocumentFragment();
        keyed.forEach(function (k) { fragment.appendChild(k.row); });
        tbody.appendChild(fragment);
        headers.forEach(function (other) { if (other !== th) other.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', direction);
      });
    });
  });

  // Log-axis toggles: each chart carries both scales, drawn in Node; the toggle shows one.
  Array.prototype.forEach.call(document.querySelectorAll('input.log-toggle'), function (input) {
    var chart = document.getElementById(input.getAttribute('data-chart'));
    if (!chart) return;
    var apply = function () { chart.classList.toggle('log', input.checked); };
    input.addEventListener('change', apply);
    apply();
  });

  document.body.setAttribute('data-ready', '1');
})();
`;
