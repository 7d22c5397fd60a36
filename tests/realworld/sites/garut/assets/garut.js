// Compact stand-in for the Next.js client components of PPID Diskominfo Kabupaten Garut (kamaltz/ppid-master 3886ad5):
// Header (menu from /api/settings), the home page's news and stats blocks, the Informasi Publik list and its filter
// panel, the header search (router.push to /search?q=), the search page, and the /permohonan login guard.
// The database is the one scripts/seed.mjs leaves: settings 'general' and 'header', three categories, no informasi.
(function () {
  function $(s, r) { return (r || document).querySelector(s); }
  function $$(s, r) { return Array.prototype.slice.call((r || document).querySelectorAll(s)); }
  function esc(t) { return String(t).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;'); }
  // Guest on /permohonan: AuthContext finds no token, the layout pushes to /login.
  var guard = $('[data-auth-guard]');
  if (guard) { window.location.replace(guard.getAttribute('data-auth-guard')); return; }
  fetch('/api/settings').then(function (r) { return r.json(); }).then(function (res) {
    var s = res && res.data; if (!s) return;
    if (s.general && s.general.namaInstansi) { $('[data-instansi]').textContent = s.general.namaInstansi; }
    if (s.general && s.general.websiteTitle) { document.title = s.general.websiteTitle; }
    var nav = $('[data-nav]'), html = '';
    (s.header && s.header.menuItems || []).forEach(function (it) {
      if (it.hasDropdown) {
        html += '<div class="relative group"><button class="flex items-center">' + esc(it.label) + '</button>' +
          '<div class="dd absolute left-0 mt-2 w-48 bg-white"><div class="py-1">' +
          it.dropdownItems.map(function (d) { return '<a href="' + esc(d.url) + '" class="block px-4 py-2 text-sm">' + esc(d.label) + '</a>'; }).join('') +
          '</div></div></div>';
      } else {
        html += '<div class="relative group"><a href="' + esc(it.url) + '" class="flex items-center">' + esc(it.label) + '</a></div>';
      }
    });
    nav.innerHTML = html;
  }).catch(function () {});
  // Blocks whose fetch (informasi, stats) answers an empty database: swap the loading state for the loaded one.
  setTimeout(function () {
    $$('[data-loading]').forEach(function (el) {
      var t = $('template[data-loaded="' + el.getAttribute('data-loading') + '"]');
      if (t) { el.innerHTML = ''; el.appendChild(t.content.cloneNode(true)); }
    });
  }, 50);
  // Filter panels (Informasi Publik, search page): rendered only while open.
  var ft = $('[data-filter-toggle]');
  if (ft) ft.addEventListener('click', function () {
    var p = $('[data-filter-panel]');
    if (p.childNodes.length) { p.innerHTML = ''; } else { p.appendChild($('template[data-filter-options]').content.cloneNode(true)); }
  });
  // Hero CTA: a button that calls router.push(ctaUrl).
  $$('[data-go]').forEach(function (b) { b.addEventListener('click', function () { window.location.href = b.getAttribute('data-go'); }); });
  // Header search: router.push('/search?q=...').
  var hs = $('form[data-search]');
  if (hs) hs.addEventListener('submit', function (e) {
    e.preventDefault(); var q = $('input', hs).value.trim();
    if (q) window.location.href = '/search?q=' + encodeURIComponent(q);
  });
  var ls = $('form[data-list-search]');
  if (ls) ls.addEventListener('submit', function (e) { e.preventDefault(); });
  // Search page: a query searches the (empty) informasi list.
  var sr = $('[data-search-result]');
  if (sr) {
    var q = new URLSearchParams(window.location.search).get('q');
    if (q) {
      var qp = $('[data-query]'); qp.hidden = false; $('span', qp).textContent = '\u201c' + q + '\u201d';
      sr.innerHTML = ''; sr.appendChild($('template[data-search-none]').content.cloneNode(true));
    }
  }
})();
