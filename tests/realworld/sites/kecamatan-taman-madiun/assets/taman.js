// Compact stand-in for the Next.js client components of the Kecamatan Taman site (commit 9c02f4a):
// folder toggles, in-page filters, the struktur modal, the API-backed PPID contact page and the home news block.
(function () {
  function $(s, r) { return (r || document).querySelector(s); }
  function $$(s, r) { return Array.prototype.slice.call((r || document).querySelectorAll(s)); }
  // Folders (SK PPID, Setiap Saat, Serta Merta): items are rendered only while a folder is open.
  $$('[data-folder]').forEach(function (f) {
    var t = $('[data-folder-toggle]', f), body = $('[data-folder-body]', f), tpl = $('template[data-folder-items]', f);
    t.addEventListener('click', function () {
      if (body.childNodes.length) { body.innerHTML = ''; }
      else { body.appendChild(tpl.content.cloneNode(true)); }
    });
  });
  document.addEventListener('click', function (e) {
    var b = e.target.closest && e.target.closest('[data-open-url]');
    if (b) { window.open(b.getAttribute('data-open-url'), '_blank'); }
  });
  // In-page filters (Laporan PPID, Daftar Informasi Publik).
  var input = $('[data-filter-input]'), cat = 'Semua';
  function applyFilter() {
    var q = (input.value || '').toLowerCase(), items = $$('[data-filter-item]'), n = 0;
    items.forEach(function (it) {
      var ok = it.textContent.toLowerCase().indexOf(q) >= 0 && (cat === 'Semua' || it.getAttribute('data-cat') === cat);
      it.hidden = !ok; if (ok) n++;
    });
    var c = $('[data-filter-count]'); if (c) c.textContent = 'Menampilkan ' + n + ' dari ' + items.length + ' informasi publik';
    var none = $('[data-filter-none]'); if (none) none.hidden = n !== 0;
  }
  if (input) input.addEventListener('input', applyFilter);
  var ct = $('[data-cat-toggle]');
  if (ct) ct.addEventListener('click', function () {
    var list = $('[data-cat-list]');
    if (list.childNodes.length) { list.innerHTML = ''; return; }
    list.appendChild($('template[data-cat-options]').content.cloneNode(true));
    $$('[data-cat-opt]', list).forEach(function (o) {
      o.addEventListener('click', function () { cat = o.textContent; $('[data-cat-label]').textContent = cat; list.innerHTML = ''; applyFilter(); });
    });
  });
  // Struktur Organisasi: the folder card opens a modal whose picture is 'Gambar Belum Tersedia'.
  var mo = $('[data-modal-open]');
  if (mo) {
    mo.addEventListener('click', function () { $('[data-modal]').hidden = false; });
    $('[data-modal-close]').addEventListener('click', function () { $('[data-modal]').hidden = true; });
  }
  // Home: search box filtering the four sample news cards.
  var hs = $('[data-home-search]'), hcat = 'Semua Kategori';
  function homeFilter() {
    var q = hs.value.trim().toLowerCase(), n = 0;
    $$('[data-home-news] .news').forEach(function (c) {
      var ok = (!q || c.textContent.toLowerCase().indexOf(q) >= 0) && (hcat === 'Semua Kategori' || c.getAttribute('data-cat') === hcat);
      c.hidden = !ok; if (ok) n++;
    });
    var none = $('[data-home-none]');
    none.hidden = n !== 0;
    none.textContent = 'Tidak ada berita yang ditemukan untuk pencarian "' + hs.value + '"' + (hcat !== 'Semua Kategori' ? ' dalam kategori "' + hcat + '"' : '');
  }
  if (hs) {
    $('[data-home-search-btn]').addEventListener('click', homeFilter);
    hs.addEventListener('keypress', function (e) { if (e.key === 'Enter') homeFilter(); });
    $('[data-home-cat-toggle]').addEventListener('click', function () {
      var list = $('[data-home-cat-list]');
      if (list.childNodes.length) { list.innerHTML = ''; return; }
      list.appendChild($('template[data-home-cats]').content.cloneNode(true));
      $$('[data-home-cat-opt]', list).forEach(function (o) {
        o.addEventListener('click', function () { hcat = o.textContent; $('[data-home-cat]').textContent = hcat; list.innerHTML = ''; homeFilter(); });
      });
    });
  }
  // Home news block: its API (NEXT_PUBLIC_API_URL=http://127.0.0.1:8000) is not part of the site; the request
  // fails, news stays empty and the block renders its empty state.
  var bp = $('[data-blog-posts]');
  if (bp) setTimeout(function () {
    var d = new Date().toLocaleDateString('id-ID', { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' });
    bp.innerHTML = '<div><button type="button">BERITA HARIAN</button><h2>KOMINFO MADIUN</h2><p>' + d + '</p></div>' +
      '<div><h3>BERITA LAINNYA</h3></div><div><a href="/berita"><span>LIHAT SEMUA BERITA</span></a></div>' +
      '<div><p>Belum ada berita yang dipublikasikan</p><p>Silakan kembali lagi nanti untuk berita terbaru</p></div>';
  }, 300);
  // PPID contact page: looks for its news item in /api/news, then under five slugs; all answer 404 here.
  var pk = $('[data-ppid-kontak]');
  if (pk) {
    var slugs = ['kontak-struktur-organisasi-visi-misi-ppid-kecamatan-taman', 'kontak-struktur-organisasi-visi-misi-ppid-1', 'ppid-kecamatan-taman', 'kontak-ppid', 'visi-misi-ppid'];
    var chain = fetch('/api/news').then(function () { return null; }, function () { return null; });
    slugs.forEach(function (s) { chain = chain.then(function () { return fetch('/api/news/slug/' + s).then(function () {}, function () {}); }); });
    chain.then(function () {
      pk.innerHTML = '<div><svg></svg><h2>Data Tidak Ditemukan</h2>' +
        '<p>Data PPID dengan judul "Kontak, Struktur Organisasi, Visi Misi PPID Kecamatan Taman" tidak ditemukan di database.</p>' +
        '<p>Error: Data PPID tidak ditemukan dengan berbagai metode pencarian</p>' +
        '<div><button type="button" onclick="window.location.reload()">Muat Ulang</button><button type="button">Debug Console</button></div></div>';
    });
  }
})();
