// Compact working rewrite (no React, no framer-motion) of the client behaviour of the femagang Next.js site
// (Dinas ESDM Provinsi Sumatera Barat): src/components/Navbar.tsx (hover dropdowns mounted only while open,
// burger menu), GlobalSearch.tsx (mock-data search modal), PPIDSection.tsx (filters), ContactForm.tsx
// (simulated submit), NewsTickerBanner.tsx and the home page's quick links and news fetch.
(function () {
  'use strict';

  var MENUS = {
    'Profil': [
      ['Struktur Organisasi', '/profil/struktur-organisasi', 'Bagan organisasi Dinas ESDM'],
      ['Visi dan Misi', '/profil/visi-misi', 'Visi, misi, dan tujuan dinas'],
      ['Sejarah Singkat', '/profil/sejarah', 'Sejarah pembentukan dinas'],
      ['Tugas dan Fungsi', '/profil/tugas-fungsi', 'Tupoksi dinas ESDM']
    ],
    'Data dan Informasi': [
      ['Berita Utama', '/berita', 'Berita dan informasi terkini'],
      ['Siaran Pers', '/data-informasi/siaran-pers', 'Press release resmi'],
      ['Pengumuman', '/data-informasi/pengumuman', 'Pengumuman resmi dinas'],
      ['Kegiatan Dinas', '/data-informasi/kegiatan-dinas', 'Dokumentasi kegiatan']
    ],
    'Media Data': [
      ['Galeri Foto', '/galeri/foto', 'Dokumentasi foto kegiatan'],
      ['Galeri Video', '/galeri/video', 'Video dokumentasi']
    ],
    'PPID': [
      ['Profil Singkat Organisasi PPID', '/ppid/profil', 'Profil PPID Dinas ESDM'],
      ['Struktur PPID Pelaksana Dinas ESDM', '/ppid/struktur', 'Struktur organisasi PPID'],
      ['Tugas Fungsi PPID', '/ppid/tugas-fungsi', 'Tupoksi PPID'],
      ['Daftar Informasi Publik (DIP)', '/ppid/dip', 'Daftar informasi publik'],
      ['Informasi Regulasi', '/ppid/regulasi', 'Informasi regulasi terkait'],
      ['Permohonan Informasi', '/ppid/permohonan', 'Form permohonan informasi'],
      ['Keberatan Permohonan', '/ppid/keberatan', 'Form keberatan permohonan'],
      ['Informasi Publik Dinas ESDM', '/ppid/informasi-publik', 'Informasi publik dinas']
    ],
    'Download Area': [
      ['Dokumen Publik', '/download/dokumen', 'Dokumen untuk publik'],
      ['Formulir Layanan', '/download/formulir', 'Formulir berbagai layanan'],
      ['Peraturan', '/download/peraturan', 'Peraturan dan regulasi'],
      ['Laporan', '/download/laporan', 'Laporan kegiatan dan keuangan']
    ],
    'Informasi Pelayanan Publik': [
      ['Dokumen Layanan Publik', 'https://drive.google.com/drive/folders/1-a6A2KVjw5hD0YYp_r-O_P7NLlNnDEY_', 'Akses dokumen layanan publik', true]
    ]
  };

  function esc(s) {
    return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }
  function itemLink(it) {
    var ext = it[3] ? ' target="_blank" rel="noopener noreferrer"' : '';
    return '<a href="' + esc(it[1]) + '"' + ext + '><p>' + esc(it[0]) + (it[3] ? ' <span>\u2197</span>' : '') +
      '</p><small>' + esc(it[2]) + '</small></a>';
  }

  // ---- desktop dropdowns: mounted on mouseenter, removed 150 ms after mouseleave ----
  var activeDropdown = null, hoverTimeout = null;
  function closeDesktop() {
    document.querySelectorAll('.desktop-nav .dd').forEach(function (dd) {
      var p = dd.querySelector('.dd-panel');
      if (p) p.remove();
      dd.querySelector('button').setAttribute('aria-expanded', 'false');
    });
  }
  function openDesktop(name) {
    closeDesktop();
    activeDropdown = name;
    var dd = document.querySelector('.desktop-nav .dd[data-menu="' + name + '"]');
    if (!dd) return;
    var panel = document.createElement('div');
    panel.className = 'dd-panel';
    panel.innerHTML = '<div class="p-2">' + MENUS[name].map(itemLink).join('') + '</div>';
    panel.addEventListener('mouseenter', function () { if (hoverTimeout) clearTimeout(hoverTimeout); });
    panel.addEventListener('mouseleave', function () { activeDropdown = null; closeDesktop(); });
    panel.querySelectorAll('a').forEach(function (a) {
      a.addEventListener('click', function () { activeDropdown = null; closeDesktop(); });
    });
    dd.appendChild(panel);
    dd.querySelector('button').setAttribute('aria-expanded', 'true');
  }
  document.querySelectorAll('.desktop-nav .dd').forEach(function (dd) {
    var name = dd.getAttribute('data-menu');
    dd.addEventListener('mouseenter', function () {
      if (hoverTimeout) clearTimeout(hoverTimeout);
      openDesktop(name);
    });
    dd.addEventListener('mouseleave', function () {
      hoverTimeout = setTimeout(function () { activeDropdown = null; closeDesktop(); }, 150);
    });
  });

  // ---- mobile menu (burger) ----
  var mobileOpen = false, mobileActive = null;
  var burger = document.querySelector('.burger');
  var mobileRoot = document.getElementById('mobile-menu');
  function renderMobile() {
    if (!mobileOpen) { mobileRoot.innerHTML = ''; return; }
    var path = location.pathname;
    var html = '<div class="lg:hidden mobile-menu-container"><div class="px-4 py-4">';
    html += '<a href="/"' + (path === '/' ? ' class="active"' : '') + '>Beranda</a>';
    ['Profil', 'Data dan Informasi', 'Media Data', 'PPID', 'Download Area'].forEach(function (m) {
      html += mobileGroup(m);
    });
    html += '<a href="/kontak">Hubungi Kami</a>';
    html += mobileGroup('Informasi Pelayanan Publik');
    html += '<a href="https://www.lapor.go.id/" target="_blank" rel="noopener noreferrer">Lapor <span>\u2197</span></a>';
    html += '</div></div>';
    mobileRoot.innerHTML = html;
    mobileRoot.querySelectorAll('button[data-toggle]').forEach(function (b) {
      b.addEventListener('click', function (e) {
        e.stopPropagation(); // the button is re-rendered; React keeps it in place, innerHTML does not
        var m = b.getAttribute('data-toggle');
        mobileActive = mobileActive === m ? null : m;
        renderMobile();
      });
    });
    mobileRoot.querySelectorAll('a').forEach(function (a) {
      a.addEventListener('click', function () { mobileOpen = false; mobileActive = null; syncBurger(); renderMobile(); });
    });
  }
  function mobileGroup(m) {
    var open = mobileActive === m;
    var h = '<div class="border-t"><button data-toggle="' + esc(m) + '" aria-label="Menu ' + esc(m) + '" aria-expanded="' + open +
      '"><span>' + esc(m) + '</span> <span>' + MENUS[m].length + '</span></button>';
    if (open) h += '<div class="ml-4">' + MENUS[m].map(itemLink).join('') + '</div>';
    return h + '</div>';
  }
  function syncBurger() {
    burger.setAttribute('aria-expanded', String(mobileOpen));
    burger.setAttribute('aria-label', mobileOpen ? 'Tutup menu' : 'Buka menu');
    burger.innerHTML = mobileOpen ? '\u2715' : '\u2630';
  }
  if (burger) {
    burger.addEventListener('click', function (e) {
      e.stopPropagation();
      mobileOpen = !mobileOpen;
      syncBurger();
      renderMobile();
    });
    document.addEventListener('click', function (e) {
      if (mobileOpen && !e.target.closest('.mobile-menu-container')) {
        mobileOpen = false; syncBurger(); renderMobile();
      }
    });
  }

  // ---- global search modal (GlobalSearch.tsx: 'Mock data untuk demo') ----
  var MOCK = [
    { title: 'Pengembangan Energi Terbarukan di Sumbar', description: 'Program pengembangan energi terbarukan untuk mengurangi ketergantungan pada energi fosil', category: 'berita', url: '/berita/energi-terbarukan', date: '2024-01-15' },
    { title: 'Regulasi Pertambangan Sumbar 2024', description: 'Peraturan terbaru mengenai izin pertambangan di Provinsi Sumatera Barat', category: 'peraturan', url: '/peraturan/pertambangan-2024', date: '2024-01-10' },
    { title: 'Laporan Kegiatan ESDM 2023', description: 'Dokumen laporan kegiatan Dinas ESDM Sumbar tahun 2023', category: 'dokumen', url: '/download/laporan-2023', date: '2024-01-05' },
    { title: 'Izin Usaha Pertambangan', description: 'Layanan pengurusan izin usaha pertambangan untuk masyarakat', category: 'layanan', url: '/layanan/izin-pertambangan', date: '2024-01-20' },
    { title: 'Galeri Kegiatan Sosialisasi', description: 'Dokumentasi kegiatan sosialisasi energi terbarukan', category: 'galeri', url: '/galeri/sosialisasi', date: '2024-01-12' }
  ];
  var SCATS = [['all', 'Semua'], ['berita', 'Berita'], ['dokumen', 'Dokumen'], ['galeri', 'Galeri'], ['layanan', 'Layanan'], ['peraturan', 'Peraturan']];
  var searchRoot = document.getElementById('search-root');
  var sTerm = '', sCat = 'all', sTimer = null;
  function openSearch() {
    sTerm = ''; sCat = 'all';
    searchRoot.innerHTML = '<div class="modal"><div>' +
      '<div><h2>Pencarian Global</h2><button id="search-close">\u2715</button></div>' +
      '<div><input id="search-input" type="text" value="" placeholder="Cari berita, dokumen, layanan, atau informasi lainnya..."></div>' +
      '<div id="search-cats">' + SCATS.map(function (c) {
        return '<button data-scat="' + c[0] + '"' + (c[0] === 'all' ? ' class="active"' : '') + '>' + c[1] + '</button>';
      }).join('') + '</div>' +
      '<div id="search-results"><div><p>Ketik kata kunci untuk mencari informasi</p></div></div>' +
      '</div></div>';
    document.body.style.overflow = 'hidden';
    var input = document.getElementById('search-input');
    input.focus();
    input.addEventListener('input', function () { sTerm = input.value; runSearch(); });
    document.getElementById('search-close').addEventListener('click', closeSearch);
    searchRoot.querySelectorAll('[data-scat]').forEach(function (b) {
      b.addEventListener('click', function () {
        sCat = b.getAttribute('data-scat');
        searchRoot.querySelectorAll('[data-scat]').forEach(function (x) { x.className = x === b ? 'active' : ''; });
        if (sTerm) runSearch();
      });
    });
    document.addEventListener('keydown', escClose);
  }
  function escClose(e) { if (e.key === 'Escape') closeSearch(); }
  function closeSearch() {
    searchRoot.innerHTML = '';
    document.body.style.overflow = 'auto';
    document.removeEventListener('keydown', escClose);
  }
  function runSearch() {
    var box = document.getElementById('search-results');
    if (!sTerm.trim()) { box.innerHTML = '<div><p>Ketik kata kunci untuk mencari informasi</p></div>'; return; }
    box.innerHTML = '<div><p>Mencari...</p></div>';
    if (sTimer) clearTimeout(sTimer);
    sTimer = setTimeout(function () {
      var t = sTerm.toLowerCase();
      var res = MOCK.filter(function (it) {
        return (it.title.toLowerCase().indexOf(t) >= 0 || it.description.toLowerCase().indexOf(t) >= 0) &&
          (sCat === 'all' || it.category === sCat);
      });
      if (!res.length) {
        box.innerHTML = '<div><p>Tidak ada hasil ditemukan untuk &quot;' + esc(sTerm) + '&quot;</p></div>';
        return;
      }
      box.innerHTML = '<div class="p-2">' + res.map(function (r, i) {
        var cat = SCATS.filter(function (c) { return c[0] === r.category; })[0][1];
        var d = new Date(r.date).toLocaleDateString('id-ID');
        return '<div class="result cursor-pointer" data-i="' + i + '"><h3>' + esc(r.title) + '</h3><p>' + esc(r.description) +
          '</p><span>' + cat + '</span> <span>' + d + '</span></div>';
      }).join('') + '</div>';
      box.querySelectorAll('.result').forEach(function (el) {
        el.addEventListener('click', function () { location.href = res[+el.getAttribute('data-i')].url; closeSearch(); });
      });
    }, 300);
  }
  var sb = document.getElementById('search-btn');
  if (sb) sb.addEventListener('click', openSearch);

  // ---- home quick links, profil cards (onClick navigation) ----
  document.querySelectorAll('[data-go]').forEach(function (el) {
    el.addEventListener('click', function () { location.href = el.getAttribute('data-go'); });
  });
  document.querySelectorAll('[data-action="search"]').forEach(function (el) {
    el.addEventListener('click', openSearch);
  });

  // ---- PPID section filters (PPIDSection.tsx; six hard-coded documents, 'Unduh Dokumen' has no handler) ----
  var DOCS = [
    ['Profil Dinas ESDM Sumatera Barat', 'Dokumen profil lengkap Dinas Energi dan Sumber Daya Mineral Provinsi Sumatera Barat mencakup visi, misi, struktur organisasi, dan tugas pokok fungsi.', 'wajib', 'pdf', '2.5 MB', '2024-01-20', 1245, true],
    ['Laporan Kinerja Instansi Pemerintah (LKIP) 2023', 'Laporan kinerja tahunan Dinas ESDM Sumbar tahun 2023 yang memuat pencapaian target kinerja dan realisasi anggaran.', 'berkala', 'pdf', '4.8 MB', '2024-01-15', 892, true],
    ['Data Potensi Energi Terbarukan Sumbar', 'Data komprehensif potensi energi terbarukan di Sumatera Barat meliputi solar, angin, biomassa, dan panas bumi.', 'setiap-saat', 'xls', '1.2 MB', '2024-01-18', 567, false],
    ['Pengumuman Tender Konsultan Teknis 2024', 'Pengumuman resmi tender pengadaan jasa konsultan teknis untuk proyek pengembangan energi terbarukan tahun 2024.', 'serta-merta', 'pdf', '850 KB', '2024-01-22', 423, false],
    ['Peraturan Daerah tentang Pertambangan', 'Peraturan Daerah Provinsi Sumatera Barat tentang pengelolaan pertambangan dan lingkungan hidup.', 'wajib', 'pdf', '3.1 MB', '2024-01-10', 756, false],
    ['Statistik Konsumsi Energi 2023', 'Data statistik konsumsi energi di Sumatera Barat tahun 2023 berdasarkan sektor dan wilayah.', 'berkala', 'xls', '2.8 MB', '2024-01-12', 634, false]
  ];
  var CATNAME = { wajib: 'Wajib', berkala: 'Berkala', 'serta-merta': 'Serta Merta', 'setiap-saat': 'Setiap Saat' };
  var TYPE = { pdf: 'PDF', doc: 'DOC', xls: 'XLS', image: 'IMG' };
  var grid = document.getElementById('ppid-docs');
  if (grid) {
    var pTerm = '', pCat = 'all', pType = 'all';
    var searchInput = document.getElementById('ppid-search');
    var typeSel = document.getElementById('ppid-type');
    var render = function () {
      var t = pTerm.toLowerCase();
      var list = DOCS.filter(function (d) {
        return (d[0].toLowerCase().indexOf(t) >= 0 || d[1].toLowerCase().indexOf(t) >= 0) &&
          (pCat === 'all' || d[2] === pCat) && (pType === 'all' || d[3] === pType);
      });
      var n = list.length;
      document.getElementById('ppid-count').textContent = 'Menampilkan 1-' + Math.min(6, n) + ' dari ' + n + ' dokumen';
      var clear = document.getElementById('ppid-clear');
      clear.innerHTML = (pCat !== 'all' || pType !== 'all' || pTerm) ? '<button id="ppid-clear-btn">Hapus Filter</button>' : '';
      var cb = document.getElementById('ppid-clear-btn');
      if (cb) cb.addEventListener('click', function () {
        pTerm = ''; pCat = 'all'; pType = 'all'; searchInput.value = ''; typeSel.value = 'all'; markCats(); render();
      });
      if (!n) {
        grid.innerHTML = '<div class="text-center"><h3>Tidak ada dokumen ditemukan</h3><p>Coba ubah filter atau kata kunci pencarian Anda</p></div>';
        return;
      }
      grid.innerHTML = list.map(function (d) {
        var date = new Date(d[5]).toLocaleDateString('id-ID', { year: 'numeric', month: 'long', day: 'numeric' });
        return '<div class="card doc-card">' + (d[7] ? '<div class="p-4 pb-0"><span class="badge">Unggulan</span></div>' : '') +
          '<div class="p-6"><div><span class="cat">' + CATNAME[d[2]] + '</span> <span class="type">' + TYPE[d[3]] + '</span></div>' +
          '<h3>' + esc(d[0]) + '</h3><p>' + esc(d[1]) + '</p>' +
          '<div class="meta"><span>\uD83D\uDCC5 ' + date + '</span> <span>\u2B07 ' + d[6].toLocaleString() + '</span> <span>' + d[4] + '</span></div>' +
          '<button>\u2B07 Unduh Dokumen</button></div></div>';
      }).join('');
    };
    var markCats = function () {
      document.querySelectorAll('#ppid-cats button').forEach(function (b) {
        b.className = b.getAttribute('data-cat') === pCat ? 'active' : '';
      });
    };
    searchInput.addEventListener('input', function () { pTerm = searchInput.value; render(); });
    typeSel.addEventListener('change', function () { pType = typeSel.value; render(); });
    document.querySelectorAll('#ppid-cats button').forEach(function (b) {
      b.addEventListener('click', function () { pCat = b.getAttribute('data-cat'); markCats(); render(); });
    });
  }

  // ---- contact form (ContactForm.tsx: validation, then a simulated 2 s 'API call'; nothing is sent) ----
  var form = document.getElementById('contact-form');
  if (form) {
    var msg = form.querySelector('#message');
    msg.addEventListener('input', function () { document.getElementById('msg-count').textContent = msg.value.length + '/500 karakter'; });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      form.querySelectorAll('.err').forEach(function (x) { x.remove(); });
      var v = function (n) { return form.elements[n].value.trim(); };
      var errs = {};
      if (!v('name')) errs.name = 'Nama lengkap wajib diisi';
      if (!v('email')) errs.email = 'Email wajib diisi';
      else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v('email'))) errs.email = 'Format email tidak valid';
      if (!v('phone')) errs.phone = 'Nomor telepon wajib diisi';
      else if (!/^[\d\-\+\(\)\s]+$/.test(v('phone'))) errs.phone = 'Format nomor telepon tidak valid';
      if (!v('subject')) errs.subject = 'Subjek wajib diisi';
      if (!form.elements.category.value) errs.category = 'Kategori wajib dipilih';
      if (!v('message')) errs.message = 'Pesan wajib diisi';
      else if (v('message').length < 10) errs.message = 'Pesan minimal 10 karakter';
      var keys = Object.keys(errs);
      if (keys.length) {
        keys.forEach(function (k) {
          var p = document.createElement('p'); p.className = 'err'; p.textContent = errs[k];
          form.elements[k].insertAdjacentElement('afterend', p);
        });
        return;
      }
      var btn = form.querySelector('button[type=submit]');
      btn.disabled = true; btn.textContent = 'Mengirim...';
      setTimeout(function () {
        document.getElementById('contact-status').innerHTML = '<div><h3>Pesan berhasil dikirim!</h3>' +
          '<p>Terima kasih atas pesan Anda. Kami akan segera merespons dalam 1-2 hari kerja.</p></div>';
        form.reset(); btn.disabled = false; btn.textContent = '\u27A4 Kirim Pesan';
      }, 2000);
    });
  }

  // ---- home: news ticker and news from the MongoDB API (/api/berita; absent here, so the lists end empty) ----
  var ticker = document.getElementById('ticker');
  if (ticker) {
    var ANN = [
      '\uD83D\uDCE2 Program Energi Terbarukan 2025 telah dibuka - Daftar sekarang untuk pembangunan PLTS!',
      '\uD83D\uDD14 Sosialisasi Perizinan Pertambangan Online akan diselenggarakan tanggal 15-17 Juli 2025',
      '\u26A1 Pembangunan PLTA di Sumatera Barat mencapai target 85% - Info lengkap segera!',
      '\uFFFD Peningkatan Kapasitas SDM Sektor ESDM - Pendaftaran dibuka hingga 30 Juli 2025',
      '\uD83D\uDCDE Layanan konsultasi perizinan ESDM tersedia 24/7 - Hubungi (0751) 7053781'
    ];
    var ai = 0;
    var iv = setInterval(function () { ai = (ai + 1) % ANN.length; ticker.querySelector('p').textContent = ANN[ai]; }, 5000);
    ticker.querySelector('button').addEventListener('click', function () { clearInterval(iv); ticker.remove(); });
  }
  var skeletons = document.querySelectorAll('.news-skeleton');
  if (skeletons.length) {
    fetch('/api/berita?limit=4&sortBy=createdAt').then(function (r) { return r.json(); }).then(function (data) {
      if (data && data.success && data.data.length) {
        skeletons.forEach(function (s) {
          s.innerHTML = data.data.map(function (n) {
            return '<a href="/berita/' + esc(n.slug) + '" class="card"><span>' + esc(n.category) + '</span><h3>' + esc(n.title) +
              '</h3><span>Baca Selengkapnya</span></a>';
          }).join('');
        });
      } else {
        skeletons.forEach(function (s) { s.innerHTML = ''; });
      }
    }).catch(function () {
      skeletons.forEach(function (s) { s.innerHTML = ''; });
    });
  }
})();
