// Compact stand-in for what the browser runs on these pages: the Vite bundle (resources/js/app.js with
// ppid-table.js: Alpine.data('paginatedTable')) and the Alpine.js that Livewire's @livewireScripts injects.
// Only the directives these pages use are handled: the category accordions (x-data="{ active: null }",
// x-show, x-cloak), each accordion's paginated table (x-data="paginatedTable(JSON.parse('...'))",
// x-for rows, x-text counters, search box, Previous/Next) and the WBS FAQ toggles (x-data="{ open: false }").
(function () {
  function parseItems(expr) {
    var m = expr.match(/^paginatedTable\(JSON\.parse\('(.*)'\)\)$/);
    if (!m) return [];
    return JSON.parse(JSON.parse('"' + m[1] + '"'));
  }
  function esc(s) {
    return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }
  function initTable(box) {
    var items = parseItems(box.getAttribute('x-data'));
    var st = { search: '', page: 1, per: 10 };
    var tbody = box.querySelector('tbody');
    var counters = box.querySelectorAll('[x-text="paginatedItems.length"], [x-text="filteredItems.length"]');
    var pager = box.querySelector('[x-show="totalPages > 1"]');
    var input = box.querySelector('input[x-model="search"]');
    var btns = pager ? pager.querySelectorAll('button') : [];
    function filtered() {
      if (!st.search) return items;
      var q = st.search.toLowerCase();
      return items.filter(function (it) { return it.name.toLowerCase().indexOf(q) !== -1; });
    }
    function render() {
      var f = filtered();
      var pages = Math.ceil(f.length / st.per);
      var rows = f.slice((st.page - 1) * st.per, st.page * st.per);
      Array.prototype.forEach.call(tbody.querySelectorAll('tr'), function (tr) { tr.remove(); });
      var html = rows.map(function (it) {
        var url = it.file_url || '#';
        return '<tr class="hover:bg-slate-50"><td>' + it.no + '</td><td><p>' + esc(it.name) + '</p></td><td>' +
          it.views.toLocaleString() + '</td><td>' + it.downloads.toLocaleString() +
          '</td><td><button type="button" data-url="' + esc(url) + '"></button></td><td><a href="' + esc(url) +
          '" download target="_blank">Unduh</a></td></tr>';
      }).join('');
      if (!rows.length) html = '<tr><td colspan="6">Tidak ada dokumen yang ditemukan.</td></tr>';
      tbody.insertAdjacentHTML('beforeend', html);
      if (counters[0]) counters[0].textContent = rows.length;
      if (counters[1]) counters[1].textContent = f.length;
      if (pager) {
        pager.style.display = pages > 1 ? '' : 'none';
        var spans = pager.querySelectorAll('[x-text]');
        if (spans[0]) spans[0].textContent = st.page;
        if (spans[1]) spans[1].textContent = pages;
        if (btns[0]) btns[0].disabled = st.page === 1;
        if (btns[1]) btns[1].disabled = st.page === pages;
      }
      Array.prototype.forEach.call(tbody.querySelectorAll('button[data-url]'), function (b) {
        b.addEventListener('click', function () { window.openPdfModal(b.getAttribute('data-url')); });
      });
    }
    if (input) input.addEventListener('input', function () { st.search = input.value; st.page = 1; render(); });
    if (btns[0]) btns[0].addEventListener('click', function () { if (st.page > 1) { st.page--; render(); } });
    if (btns[1]) btns[1].addEventListener('click', function () {
      if (st.page < Math.ceil(filtered().length / st.per)) { st.page++; render(); }
    });
    render();
  }
  function initAccordion(root) {
    var panels = root.querySelectorAll('[x-show^="active === "]');
    Array.prototype.forEach.call(panels, function (p) { p.style.display = 'none'; });
    Array.prototype.forEach.call(root.querySelectorAll('button[\\@click^="active === "]'), function (b) {
      var key = b.getAttribute('@click').match(/active === '(\d+)'/)[1];
      b.addEventListener('click', function () {
        Array.prototype.forEach.call(panels, function (p) {
          var k = p.getAttribute('x-show').match(/'(\d+)'/)[1];
          p.style.display = (k === key && p.style.display === 'none') ? '' : 'none';
        });
      });
    });
  }
  function initToggle(box) {
    var b = box.querySelector('button'), p = box.querySelector('[x-show="open"]');
    if (b && p) b.addEventListener('click', function () { p.style.display = p.style.display === 'none' ? '' : 'none'; });
  }
  window.scrollToItem = function (el) { if (el && el.scrollIntoView) el.scrollIntoView({ block: 'start' }); };
  window.openPdfModal = window.openPdfModal || function (url) {
    if (!url || url === '#') return;
    var m = document.getElementById('pdfModal'), f = document.getElementById('pdfFrame');
    if (m && f) { f.src = url; m.classList.remove('hidden'); }
  };
  window.closePdfModal = window.closePdfModal || function () {
    var m = document.getElementById('pdfModal');
    if (m) m.classList.add('hidden');
  };
  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('[x-data^="paginatedTable("]'), initTable);
    Array.prototype.forEach.call(document.querySelectorAll('[x-data="{ active: null }"]'), initAccordion);
    Array.prototype.forEach.call(document.querySelectorAll('[x-data="{ open: false }"]'), initToggle);
    Array.prototype.forEach.call(document.querySelectorAll('[x-cloak]'), function (el) { el.removeAttribute('x-cloak'); });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();
