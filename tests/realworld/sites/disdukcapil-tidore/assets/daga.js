// Compact stand-in for the client components of DAGA (SamuelAlvianM/tidore-platform, Next.js App Router):
// the Navbar's DropdownMenu panels (portalled into <body> after mount, closed: height 0, opacity 0, visibility
// hidden, aria-hidden; opened by a click on the button), the mobile Sheet (drawn only while open), and the
// framer-motion entrance of InfoPage cards (server HTML has opacity:0; the browser animates to 1).
// Menu data is lib/navigation.ts as bundled in the JS (no fetch: the admin's extra menu block is empty).
(function () {
  var NAV = {
    'Produk': [['Produk Disdukcapil', '/produk/produk-disdukcapil'], ['Formulir Persyaratan', '/produk/formulir-persyaratan'], ['Hukum', '/produk/hukum'], ['Standar Operasional Prosedur (SOP)', '/produk/sop']],
    'Media Informasi': [['Berita', '/media/berita'], ['Galeri', '/galeri'], ['GIS Dukcapil \u2014 Peta Sebaran Penduduk', '/media/gis'], ['Laporan Data Demografi', '/media/demografi']],
    'PPID': [['Tentang PPID', '/ppid/profil-ppid'], ['Informasi Publik', '/ppid/informasi-setiap-saat'], ['Layanan & Formulir PPID', '/ppid/formulir-ppid']]
  };
  var ORDER = [['Produk'], ['Media Informasi'], ['Profil Kependudukan', '/profil-kependudukan'], ['PPID'], ['WBS', '/wbs/tentang-wbs'], ['Survei Kepuasan', '/survei-kepuasan'], ['Antrian', '/antrian']];
  function esc(t) { return String(t).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;'); }
  function links(items, cls) { return items.map(function (i) { return '<a href="' + esc(i[1]) + '" class="' + cls + '"><div class="font-medium text-sm">' + esc(i[0]) + '</div></a>'; }).join(''); }
  document.querySelectorAll('[data-anim]').forEach(function (el) { el.style.opacity = '1'; el.style.transform = 'none'; });
  document.querySelectorAll('[data-dd]').forEach(function (dd) {
    var title = dd.getAttribute('data-dd'), btn = dd.querySelector('button');
    var panel = document.createElement('div');
    panel.setAttribute('data-panel', title); panel.setAttribute('aria-hidden', 'true');
    panel.style.cssText = 'top:0;left:0;height:0;opacity:0;pointer-events:none;visibility:hidden';
    panel.innerHTML = '<div class="rounded-xl py-2">' + links(NAV[title], 'block px-4 py-3 rounded-md mx-2') + '</div>';
    document.body.appendChild(panel);
    btn.addEventListener('click', function () {
      var open = btn.getAttribute('aria-expanded') !== 'true';
      document.querySelectorAll('[data-dd] button').forEach(function (b) { b.setAttribute('aria-expanded', 'false'); });
      document.querySelectorAll('[data-panel]').forEach(function (p) { p.style.cssText = 'top:0;left:0;height:0;opacity:0;pointer-events:none;visibility:hidden'; p.setAttribute('aria-hidden', 'true'); });
      if (open) {
        var r = btn.getBoundingClientRect();
        btn.setAttribute('aria-expanded', 'true'); panel.setAttribute('aria-hidden', 'false');
        panel.style.cssText = 'top:' + (r.bottom + 8) + 'px;left:' + Math.max(8, r.left) + 'px;height:auto;opacity:1;pointer-events:auto;visibility:visible;background:#fff;z-index:60';
      }
    });
  });
  var burger = document.querySelector('[data-burger]'), sheet = null;
  if (burger) burger.addEventListener('click', function () {
    if (sheet) { sheet.remove(); sheet = null; return; }
    sheet = document.createElement('div'); sheet.setAttribute('role', 'dialog');
    var h = '<nav class="flex-1 px-3 py-4"><p class="text-[0.65rem] font-bold uppercase">Menu</p><a href="/">Beranda</a>';
    ORDER.forEach(function (m) {
      if (m[1]) { h += '<a href="' + esc(m[1]) + '">' + esc(m[0]) + '</a>'; }
      else { h += '<div><button aria-expanded="false">' + esc(m[0]) + '</button><div class="ml-[1.35rem]" style="max-height:0;overflow:hidden">' + links(NAV[m[0]], 'block rounded-lg px-3 py-2 text-sm') + '</div></div>'; }
    });
    h += '</nav><div class="border-t p-4"><a href="/login">Login/Daftar</a></div>';
    sheet.innerHTML = h; document.body.appendChild(sheet);
    sheet.querySelectorAll('nav > div > button').forEach(function (b) {
      b.addEventListener('click', function () { var p = b.nextElementSibling, o = b.getAttribute('aria-expanded') !== 'true'; b.setAttribute('aria-expanded', String(o)); p.style.maxHeight = o ? '2000px' : '0'; });
    });
  });
})();
