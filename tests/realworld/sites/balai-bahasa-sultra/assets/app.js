// Compact working rewrite of the Inertia/React client of the Balai Bahasa Provinsi Sulawesi Tenggara site
// (resources/js/app.tsx, Layouts/PublicLayout.tsx, Components/Public/Header.tsx + Footer.tsx and the page
// components rendered below). It reads the server's data-page JSON and builds what the browser shows. As in
// app.tsx, a component with no file under Pages/ resolves to undefined and React throws: #app stays empty
// (Ppid/InformasiPublik/Berkala and Ppid/InformasiPublik/Dikecualikan have no page file).
(function () {
  var app = document.getElementById('app');
  var page = JSON.parse(app.getAttribute('data-page'));
  var P = page.props || {};
  function esc(t) { return String(t == null ? '' : t).replace(/[&<>"]/g, function (c) { return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}[c]; }); }
  function a(href, text, cls) { return '<a href="' + esc(href) + '"' + (cls ? ' class="' + cls + '"' : '') + '>' + text + '</a>'; }

  // ---- Header.tsx menu data ----
  var profilItems = [['Sejarah', '/profil/sejarah'], ['Kedudukan', '/profil/kedudukan'], ['Visi & Misi', '/profil/visi-misi'], ['Struktur Organisasi', '/profil/struktur']];
  var informasiMenuItems = [['Berita', '/berita'], ['Pengumuman', '/pengumuman'], ['Foto', '/galeri']];
  var layananItems = [['Konsultasi Bahasa', '/layanan/konsultasi'], ['Penyuntingan', '/layanan/penyuntingan'], ['Penerjemahan', '/layanan/penerjemahan'], ['Pelatihan', '/layanan/pelatihan']];
  var sakipItems = [['Data Dukung SAKIP', '/sakip/data-dukung'], ['Laporan Kinerja', '/sakip/laporan-kinerja'], ['Perjanjian Kinerja', '/sakip/perjanjian-kinerja'], ['Rencana Aksi', '/sakip/rencana-aksi'], ['Rencana Strategis', '/sakip/rencana-strategis'], ['DIPA / RKA', '/sakip/dipa-rka']];
  var terbitan = [
    ['Majalah', '#', [['Pabitara', '/terbitan/majalah/pabitara'], ['Glitera', '/terbitan/majalah/glitera'], ['Pogsa', '/terbitan/majalah/pogsa']]],
    ['Cerita Rakyat', '/terbitan/cerita-rakyat', []],
    ['Hasil Penelitian', '/terbitan/hasil-penelitian', [['Bahasa', '/terbitan/hasil-penelitian/bahasa'], ['Sastra', '/terbitan/hasil-penelitian/sastra']]],
    ['Kamus', '/terbitan/kamus', []],
    ['Cerita Anak', '/terbitan/cerita-anak', [['2024', '/terbitan/cerita-anak/2024']]]];
  var ziwbk = [
    ['Manajemen Perubahan', '/zi-wbk/manajemen-perubahan', [['Tim Kerja', '/zi-wbk/manajemen-perubahan/tim-kerja'], ['Rencana Pembangunan WBK', '/zi-wbk/manajemen-perubahan/rencana-pembangunan'], ['Pemantauan dan Evaluasi Pembangunan WBK/WBBM', '/zi-wbk/manajemen-perubahan/pemantauan-evaluasi'], ['Perubahan Pola Pikir dan Budaya Kerja', '/zi-wbk/manajemen-perubahan/perubahan-pola-pikir']]],
    ['Penguatan Tata Laksana', '/zi-wbk/penguatan-tata-laksana', [['Keterbukaan Informasi Publik', '/zi-wbk/penguatan-tata-laksana/keterbukaan-informasi'], ['Prosedur Operasional Tetap (SOP) Kegiatan Utama', '/zi-wbk/penguatan-tata-laksana/sop-kegiatan-utama'], ['Sistem Pemerintahan Berbasis Elektronik (SPBE)', '/zi-wbk/penguatan-tata-laksana/spbe']]],
    ['Manajemen SDM', '/zi-wbk/manajemen-sdm', [['Perencanaan Kebutuhan Pegawai Sesuai Dengan Kebutuhan Organisasi', '/zi-wbk/manajemen-sdm/perencanaan-kebutuhan'], ['Pola Mutasi Internal', '/zi-wbk/manajemen-sdm/pola-mutasi'], ['Pengembangan Pegawai Berbasis Kompetensi', '/zi-wbk/manajemen-sdm/pengembangan-pegawai'], ['Penetapan Kinerja Individu', '/zi-wbk/manajemen-sdm/penetapan-kinerja'], ['Sistem Informasi Kepegawaian', '/zi-wbk/manajemen-sdm/sistem-informasi'], ['Penegakan Aturan Disiplin/Kode Etik/Kode Perilaku Pegawai', '/zi-wbk/manajemen-sdm/penegakan-aturan']]],
    ['Akuntabilitas Kerja', '/zi-wbk/akuntabilitas-kerja', [['Keterlibatan Pimpinan', '/zi-wbk/akuntabilitas-kerja/keterlibatan-pimpinan'], ['Pengelolaan Akuntabilitas Kinerja', '/zi-wbk/akuntabilitas-kerja/pengelolaan-akuntabilitas']]],
    ['Penguatan Pengawasan', '/zi-wbk/penguatan-pengawasan', [['Pengendalian Gratifikasi', '/zi-wbk/penguatan-pengawasan/pengendalian-gratifikasi'], ['Penerapan Sistem Pengendalian Intern Pemerintah (SPIP)', '/zi-wbk/penguatan-pengawasan/penerapan-spip'], ['Pengaduan Masyarakat', '/zi-wbk/penguatan-pengawasan/pengaduan-masyarakat'], ['Whistle-Blowing System', '/zi-wbk/penguatan-pengawasan/whistle-blowing'], ['Penanganan Benturan Kepentingan', '/zi-wbk/penguatan-pengawasan/penanganan-benturan']]],
    ['Penguatan Kualitas Pelayanan Publik', '/zi-wbk/penguatan-kualitas-pelayanan-publik', [['Budaya Pelayanan Prima', '/zi-wbk/penguatan-kualitas-pelayanan-publik/budaya-pelayanan'], ['Pemanfaatan Teknologi Informasi', '/zi-wbk/penguatan-kualitas-pelayanan-publik/pemanfaatan-teknologi'], ['Pengelolaan Pengaduan', '/zi-wbk/penguatan-kualitas-pelayanan-publik/pengelolaan-pengaduan'], ['Penilaian Kepuasan Terhadap Pelayanan', '/zi-wbk/penguatan-kualitas-pelayanan-publik/penilaian-kepuasan'], ['Standar Pelayanan', '/zi-wbk/penguatan-kualitas-pelayanan-publik/standar-pelayanan'], ['Penerapan SPIP', '/zi-wbk/penguatan-kualitas-pelayanan-publik/penerapan-spip'], ['Penanganan Benturan Kepentingan', '/zi-wbk/penguatan-kualitas-pelayanan-publik/penanganan-benturan']]]];
  var ppidMenu = [
    ['Profil PPID', '/ppid/profil', []],
    ['Informasi Publik', '/ppid/informasi-publik', [['Informasi Setiap Saat', '/ppid/informasi-publik/setiap-saat'], ['Informasi Serta Merta', '/ppid/informasi-publik/serta-merta'], ['Informasi Berkala', '/ppid/informasi-publik/berkala'], ['Informasi yang Dikecualikan', '/ppid/informasi-publik/dikecualikan']]],
    ['Permohonan Informasi Publik', '/ppid/permohonan', []],
    ['Pengajuan Keberatan atas Permohonan Informasi Publik', '/ppid/pengajuan-keberatan', []]];

  function items(list) { return list.map(function (i) { return '<div class="rounded-md">' + a(i[1], esc(i[0])) + '</div>'; }).join(''); }
  // NavDropdown: panel always in the DOM, invisible until hover/click
  function navDropdown(title, list) {
    return '<div class="dd"><button type="button" class="dd-btn">' + esc(title) + '</button><div class="dd-panel invisible"><div class="dd-box">' + items(list) + '</div></div></div>';
  }
  // Mega menus: left panel always in the DOM; right panel mounted for the hovered category (ZI-WBK: category 0 by default)
  function mega(title, data, kind) {
    var left = data.map(function (c, i) {
      var inner = '<span>' + esc(c[0]) + '</span>';
      if (c[2].length && c[1] === '#') return '<div class="mega-cat" data-i="' + i + '"><div class="cursor-default">' + inner + '</div></div>';
      return '<div class="mega-cat" data-i="' + i + '">' + a(c[1], inner) + '</div>';
    }).join('');
    return '<div class="dd mega" data-kind="' + kind + '"><button type="button" class="dd-btn">' + esc(title) + '</button><div class="dd-panel invisible"><div class="mega-box"><div class="mega-left">' + left + '</div><div class="mega-right">' + (kind === 'zi' ? megaRight(data, 0) : '') + '</div></div></div></div>';
  }
  function megaRight(data, i) {
    var c = data[i]; if (!c || !c[2].length) return '';
    return '<div class="px-2"><div class="mega-head"><span>' + esc(c[0]) + '</span></div><div>' + c[2].map(function (x) { return a(x[1], esc(x[0])); }).join('') + '</div></div>';
  }
  function header() {
    return '<header class="site-header">' +
      '<div class="topbar"><a href="/"><img src="/images/logo-BB-SULTRA-scaled-237x56.png" alt="Balai Bahasa Sultra"></a>' +
      '<div class="search-desktop"><div class="relative"><input type="text" placeholder="Masukkan kata kunci" id="hdr-search"></div><button type="button" id="hdr-search-btn">Cari</button></div>' +
      '<button type="button" class="burger" aria-haspopup="dialog" aria-expanded="false" data-state="closed"><span class="sr-only">Menu</span></button></div>' +
      '<nav class="nav-desktop"><div class="nav-row">' + a('/', 'Beranda', 'navlink') + navDropdown('Tentang Kami', profilItems) + mega('ZI-WBK', ziwbk, 'zi') +
      navDropdown('SAKIP', sakipItems) + mega('Terbitan', terbitan, 'terbitan') + mega('PPID', ppidMenu, 'ppid') +
      a('/standar-pelayanan', 'Standar Pelayanan', 'navlink') + a('/ssd', 'SSD', 'navlink') + navDropdown('Informasi', informasiMenuItems) + navDropdown('Layanan', layananItems) + '</div></nav>' +
      '<nav class="nav-mobile"><div class="nav-row">' + [['Beranda', '/'], ['Tentang Kami', '/profil'], ['ZI-WBK', '/zi-wbk'], ['SAKIP', '/sakip/data-dukung'], ['Terbitan', '/terbitan/majalah'], ['Berita', '/berita'], ['PPID', '/ppid'], ['Standar Pelayanan', '/standar-pelayanan'], ['SSD', '/ssd'], ['Layanan', '/layanan'], ['Galeri', '/galeri'], ['Kontak', '/kontak']].map(function (i) { return a(i[1], esc(i[0])); }).join('') + '</div></nav>' +
      '</header>';
  }
  // Radix Sheet: the mobile menu is mounted only while open
  function sheet() {
    function acc(title, list) { return '<div class="acc"><button type="button" class="acc-btn">' + esc(title) + '</button><div class="acc-body" hidden>' + list.map(function (i) { return a(i[1], esc(i[0])); }).join('') + '</div></div>'; }
    function acc2(title, data) { return acc(title, [].concat.apply([], data.map(function (c) { return c[2].length ? c[2] : [[c[0], c[1]]]; }))); }
    return '<div class="sheet" role="dialog"><h2><img src="/images/logo-BB-SULTRA-scaled-237x56.png" alt="Logo"></h2><p>Menu navigasi untuk Balai Bahasa Provinsi Sulawesi Tenggara</p>' +
      '<div class="mt-4"><input type="text" placeholder="Cari..."></div><div class="space-y-1">' + a('/', 'Beranda') + acc('Tentang Kami', profilItems) + acc2('ZI-WBK', ziwbk) +
      acc('SAKIP', sakipItems) + acc2('Terbitan', terbitan) + acc2('PPID', ppidMenu) + a('/standar-pelayanan', 'Standar Pelayanan') + a('/ssd', 'SSD') +
      acc('Informasi', informasiMenuItems) + acc('Layanan', layananItems) + a('/kontak', 'Kontak') + '</div><button type="button" class="sheet-close">Close</button></div>';
  }
  function footer() {
    return '<footer class="site-footer"><div class="grid">' +
      '<div><div class="brand"><img src="/images/logo-tut-wuri-handayani.svg" alt="Logo Kemendikdasmen"><div><span>Balai Bahasa</span> <span>Sulawesi Tenggara</span></div></div>' +
      '<p>Lembaga pemerintah di bawah Kementerian Pendidikan Dasar dan Menengah yang bertugas melakukan pengembangan, pembinaan, dan pelindungan bahasa dan sastra Indonesia.</p>' +
      '<div class="social"><a href="https://facebook.com/balaibahasa.sultra" target="_blank" rel="noopener noreferrer" aria-label="Facebook"></a><a href="https://instagram.com/balaibahasa.sultra" target="_blank" rel="noopener noreferrer" aria-label="Instagram"></a><a href="https://youtube.com/@balaibahasa.sultra" target="_blank" rel="noopener noreferrer" aria-label="YouTube"></a></div></div>' +
      '<div><h3>Navigasi</h3><ul>' + [['Beranda', '/'], ['Tentang Kami', '/profil'], ['Berita & Artikel', '/berita'], ['Layanan', '/layanan'], ['Galeri', '/galeri'], ['Kontak', '/kontak']].map(function (i) { return '<li>' + a(i[1], esc(i[0])) + '</li>'; }).join('') + '</ul></div>' +
      '<div><h3>Kontak Kami</h3><ul>' +
      '<li><span>Jl. Jenderal Ahmad Yani No. 6,<br>Kelurahan Wundudopi, Kec. Baruga,<br>Kota Kendari, Sulawesi Tenggara 93116</span></li>' +
      '<li><a href="tel:+6285241702863">+62 852-4170-2863</a></li>' +
      '<li><a href="mailto:balai.bahasa.sultra@kemdikbud.go.id">balai.bahasa.sultra@kemdikbud.go.id</a></li>' +
      '<li><span>Senin - Jumat: 07:30 - 16:00 WITA</span></li></ul></div>' +
      '<div><h3>Statistik Pengunjung</h3><h4>Tautan Terkait</h4><ul>' +
      '<li><a href="https://kemdikbud.go.id" target="_blank" rel="noopener noreferrer">Kemendikbudristek</a></li>' +
      '<li><a href="https://badanbahasa.kemdikbud.go.id" target="_blank" rel="noopener noreferrer">Badan Bahasa</a></li>' +
      '<li><a href="https://kbbi.kemdikbud.go.id" target="_blank" rel="noopener noreferrer">KBBI Daring</a></li></ul></div></div>' +
      '<div class="bottom"><p>&copy; ' + new Date().getFullYear() + ' Balai Bahasa Provinsi Sulawesi Tenggara. Hak Cipta Dilindungi.</p><p>Dibuat dengan &hearts; untuk pelestarian bahasa Indonesia</p></div></footer>';
  }
  function layout(title, body) {
    document.title = title ? title + ' - Balai Bahasa Sultra' : 'Balai Bahasa Kemendikdasmen Sulawesi Tenggara';
    return '<div class="min-h-screen">' + header() + '<main class="page-main">' + body + '</main>' + footer() + '</div>';
  }
  function faq(list) {
    return '<div class="faq">' + list.map(function (q, i) { return '<div class="faq-item"><button type="button" class="faq-q" aria-expanded="false" aria-controls="faq-answer-' + (i + 1) + '"><span>' + esc(q[0]) + '</span></button><div class="faq-a" data-answer="' + esc(q[1]) + '"></div></div>'; }).join('') + '</div>';
  }
  function timeline(stages) {
    return '<div class="timeline">' + stages.map(function (s) { return '<div class="stage"><h3>' + esc(s[0]) + '</h3><p>' + esc(s[1]) + '</p><span class="badge">' + esc(s[2]) + '</span></div>'; }).join('') + '</div>';
  }

  // ---- Pages ----
  var pages = {};
  pages['Ppid/Index'] = function () {
    var m = P.menuItems, cats = P.categories, subs = P.subCategories;
    var catUrl = {profil: '/ppid/profil', informasi_publik: '/ppid/informasi-publik', permohonan: '/ppid/permohonan', keberatan: '/ppid/pengajuan-keberatan'};
    var subUrl = {setiap_saat: '/ppid/informasi-publik/setiap-saat', serta_merta: '/ppid/informasi-publik/serta-merta', berkala: '/ppid/informasi-publik/berkala', dikecualikan: '/ppid/informasi-publik/dikecualikan'};
    var desc = {profil: 'Tentang PPID dan struktur organisasi', informasi_publik: 'Dokumen dan informasi yang tersedia', permohonan: 'Ajukan permohonan informasi', keberatan: 'Pengajuan keberatan atas informasi'};
    var cards = Object.keys(cats).map(function (k) {
      var inner;
      if (k === 'informasi_publik') {
        inner = '<div class="space-y-3">' + Object.keys(subs).map(function (s) { var n = (m.informasi_publik[s] || []).length; return '<a href="' + subUrl[s] + '" class="sub"><span>' + esc(subs[s]) + '</span> <span class="count">' + n + ' item</span></a>'; }).join('') + '</div>';
      } else {
        var list = m[k] || [];
        inner = '<div class="space-y-2">' + list.slice(0, 5).map(function (it) { return a('/ppid/konten/' + it.slug, esc(it.title)); }).join('') + (list.length === 0 ? '<p class="empty">Belum ada konten</p>' : '') + '</div>';
      }
      return '<div class="cat-card"><a href="' + catUrl[k] + '" class="cat-head"><h2>' + esc(cats[k]) + '</h2><p>' + desc[k] + '</p></a><div class="p-4">' + inner + '</div></div>';
    }).join('');
    var body = '<section class="hero"><h1>Pejabat Pengelola Informasi dan Dokumentasi</h1><p>Portal keterbukaan informasi publik Balai Bahasa Provinsi Sulawesi Tenggara. Akses informasi yang tersedia untuk publik sesuai dengan Undang-Undang Keterbukaan Informasi Publik.</p>' +
      '<div>' + a('/ppid/permohonan', 'Ajukan Permohonan') + ' ' + a('/ppid/informasi-publik', 'Lihat Informasi Publik') + '</div></section>' +
      '<section class="py-16"><div class="cards">' + cards + '</div><div class="quick"><h2>Akses Cepat</h2>' +
      '<a href="/ppid/permohonan"><h3>Permohonan Informasi</h3><p>Ajukan permohonan baru</p></a>' +
      '<a href="/ppid/pengajuan-keberatan"><h3>Pengajuan Keberatan</h3><p>Ajukan keberatan informasi</p></a>' +
      '<a href="/ppid/informasi-publik"><h3>Download Dokumen</h3><p>Akses dokumen publik</p></a></div></section>';
    var html = layout(null, body); document.title = 'PPID - Pejabat Pengelola Informasi dan Dokumentasi'; return html;
  };
  pages['Ppid/Profil'] = function () {
    return layout('Profil PPID', '<section class="hero"><nav class="crumb">' + a('/', 'Beranda') + ' &rsaquo; <span>PPID</span> &rsaquo; <span>Profil</span></nav>' +
      '<span class="badge">Keterbukaan Informasi Publik</span><h1>Profil <span>PPID</span></h1><p>Pejabat Pengelola Informasi dan Dokumentasi <br>Balai Bahasa Provinsi Sulawesi Tenggara</p></section>' +
      '<main class="py-16"><div class="card"><h2>Halaman Sedang Dalam Pengembangan</h2>' +
      '<p>Konten halaman Profil PPID akan segera tersedia. Saat ini kami sedang menyiapkan sistem pengelolaan konten melalui panel admin untuk memastikan informasi yang ditampilkan selalu akurat dan terkini.</p>' +
      '<div class="grid3"><div><p>Profil &amp; Dasar Hukum</p><p>Segera hadir</p></div><div><p>Struktur Organisasi</p><p>Segera hadir</p></div><div><p>Jam Layanan</p><p>Segera hadir</p></div></div>' +
      '<div class="note"><p>Konten akan dikelola melalui panel admin untuk sinkronisasi data yang lebih baik.</p></div>' +
      '<div>' + a('/', 'Kembali ke Beranda') + ' ' + a('/ppid/informasi-publik', 'Lihat Informasi Publik') + '</div></div></main>');
  };
  var catInfo = {
    'setiap-saat': ['Informasi Setiap Saat', 'Informasi yang wajib disediakan dan diumumkan secara berkala'],
    'serta-merta': ['Informasi Serta Merta', 'Informasi yang dapat mengancam hajat hidup orang dan ekonomi'],
    'berkala': ['Informasi Berkala', 'Informasi yang wajib disediakan dan diumumkan secara berkala'],
    'dikecualikan': ['Informasi yang Dikecualikan', 'Informasi yang tidak dapat diakses sesuai ketentuan peraturan perundang-undangan']};
  pages['Ppid/InformasiPublik'] = function () {
    // No PublicLayout: no header, no footer
    document.title = 'Informasi Publik';
    var tab = 'setiap-saat';
    function docs() {
      var q = (document.getElementById('ip-q') || {value: ''}).value || '';
      var list = (P.categories[tab] || []).filter(function (d) { return d.title.toLowerCase().indexOf(q.toLowerCase()) >= 0; });
      return '<h3>Daftar Dokumen ' + esc(catInfo[tab][0]) + '</h3><p>' + list.length + ' dokumen ditemukan</p>' + (list.length ? list.map(function (d) { return '<div class="doc"><h4>' + esc(d.title) + '</h4><button type="button" data-dl="' + d.id + '">Unduh</button></div>'; }).join('') :
        '<div class="empty"><p>' + (q ? 'Tidak ada dokumen yang cocok dengan "' + esc(q) + '"' : 'Belum ada dokumen tersedia') + '</p></div>');
    }
    function render() {
      return '<div class="min-h-screen py-8"><div class="container"><div class="text-center"><h1>Informasi Publik</h1><p>Akses informasi publik Balai Bahasa Provinsi Sulawesi Tenggara sesuai ketentuan Undang-Undang No. 14 Tahun 2008</p></div>' +
        '<div class="card"><input id="ip-q" placeholder="Cari dokumen atau informasi..."></div>' +
        '<div class="tabs">' + Object.keys(catInfo).map(function (k) { return '<button type="button" data-tab="' + k + '"' + (k === tab ? ' class="active"' : '') + '>' + esc(catInfo[k][0]) + (P.categories[k] ? ' <span class="badge">' + P.categories[k].length + '</span>' : '') + '</button>'; }).join('') + '</div>' +
        '<div class="card"><h3>' + esc(catInfo[tab][0]) + '</h3><p>' + esc(catInfo[tab][1]) + '</p></div>' +
        '<div class="card" id="ip-docs">' + docs() + '</div>' +
        '<div class="quick">' + a('/ppid/permohonan', '<h4>Permohonan Informasi</h4><p>Ajukan permohonan informasi publik</p>') + a('/ppid/pengajuan-keberatan', '<h4>Pengajuan Keberatan</h4><p>Ajukan keberatan atas informasi</p>') + '</div></div></div>';
    }
    setTimeout(function () {
      app.addEventListener('click', function (e) { var b = e.target.closest('[data-tab]'); if (b) { tab = b.getAttribute('data-tab'); app.innerHTML = render(); } });
      app.addEventListener('input', function (e) { if (e.target.id === 'ip-q') document.getElementById('ip-docs').innerHTML = docs(); });
    });
    return render();
  };
  function categoryPage(name, title, lead, empty, others, notice) {
    return function () {
      // No PublicLayout: no header, no footer. The search box only echoes its text into the empty message.
      document.title = title + ' - PPID';
      var d = P.documents;
      var list = d.data.length ? d.data.map(function (x) { return '<div class="doc"><h4>' + esc(x.title) + '</h4><button type="button" data-dl="' + x.id + '">Unduh</button></div>'; }).join('') : '<div class="empty"><p>' + esc(empty) + '</p></div>';
      return '<div class="min-h-screen py-8"><div class="container"><div class="crumb">' + a('/ppid/profil', 'PPID') + ' <span>/</span> ' + a('/ppid/informasi-publik', 'Informasi Publik') + ' <span>/</span> <span>' + esc(title) + '</span></div>' +
        '<div class="text-center"><h1>' + esc(title) + '</h1><p>' + esc(lead) + '</p></div><div class="card"><input placeholder="Cari dokumen ' + esc(title.toLowerCase().replace('informasi ', 'informasi ')) + '..."></div>' +
        (notice ? '<div class="card notice"><h3>Informasi Penting</h3><p>' + esc(notice) + '</p></div>' : '') +
        '<div class="card"><h3>Daftar Dokumen ' + esc(title) + '</h3><p>' + d.total + ' dokumen tersedia</p>' + list + '</div>' +
        '<div class="others"><h3>Kategori Informasi Lainnya:</h3>' + others.map(function (o) { return a(o[1], '<h4>' + esc(o[0]) + '</h4><p>' + esc(o[2]) + '</p>'); }).join('') + '</div>' +
        '<div class="text-center">' + a('/ppid/informasi-publik', '<button type="button">Lihat Semua Kategori Informasi Publik</button>') + '</div></div></div>';
    };
  }
  pages['Ppid/InformasiPublik/SetiapSaat'] = categoryPage('setiap', 'Informasi Setiap Saat', 'Informasi yang wajib disediakan dan diumumkan secara berkala, serta dapat diakses setiap saat oleh publik', 'Belum ada dokumen informasi setiap saat tersedia',
    [['Informasi Serta Merta', '/ppid/informasi-publik/serta-merta', 'Informasi mendesak dan penting'], ['Informasi Berkala', '/ppid/informasi-publik/berkala', 'Informasi berkala reguler'], ['Informasi Dikecualikan', '/ppid/informasi-publik/dikecualikan', 'Informasi yang dikecualikan']]);
  pages['Ppid/InformasiPublik/SertaMerta'] = categoryPage('serta', 'Informasi Serta Merta', 'Informasi yang dapat mengancam hajat hidup orang dan kepentingan umum lainnya', 'Belum ada dokumen informasi serta merta tersedia',
    [['Informasi Setiap Saat', '/ppid/informasi-publik/setiap-saat', 'Informasi yang tersedia setiap saat'], ['Informasi Berkala', '/ppid/informasi-publik/berkala', 'Informasi berkala reguler'], ['Informasi Dikecualikan', '/ppid/informasi-publik/dikecualikan', 'Informasi yang dikecualikan']],
    'Informasi serta merta adalah informasi yang harus segera disediakan karena dapat mengancam hajat hidup orang atau kepentingan umum. Dokumen dalam kategori ini memiliki prioritas tinggi dan perlu akses cepat.');

  function multiStep(kind) {
    // MultiStepForm / KeberatanMultiStepForm: react-hook-form fields carry names; the <form> has no action.
    var K = kind === 'keberatan';
    var steps = K ? ['Data Pemohon', 'Detail Keberatan', 'Konfirmasi'] : ['Data Pemohon', 'Detail Permohonan', 'Konfirmasi'];
    var st = {step: 1, values: {}};
    function inp(label, name, type, ph, hint) {
      var v = esc(st.values[name] || '');
      var field = type === 'textarea' ? '<textarea name="' + name + '" rows="3" placeholder="' + esc(ph) + '">' + v + '</textarea>' : '<input type="' + type + '" name="' + name + '" placeholder="' + esc(ph) + '" value="' + v + '">';
      return '<div class="field"><label>' + esc(label) + '<span class="req">*</span></label>' + field + (hint ? '<p class="hint">' + esc(hint) + '</p>' : '') + '</div>';
    }
    function radio(name, opts) { return '<div class="radios">' + opts.map(function (o) { return '<label><input type="radio" name="' + name + '" value="' + o[0] + '"' + (st.values[name] === o[0] ? ' checked' : '') + '> <span>' + esc(o[1]) + '</span>' + (o[2] ? ' <small>' + esc(o[2]) + '</small>' : '') + '</label>'; }).join('') + '</div>'; }
    function step() {
      if (!K && st.step === 1) return '<h3>Data Pemohon</h3><p>Lengkapi data diri Anda sebagai pemohon informasi</p>' + inp('Nama Lengkap', 'namaLengkap', 'text', 'Masukkan nama lengkap sesuai KTP') + inp('Email', 'email', 'email', 'contoh@email.com') + inp('Nomor Telepon', 'telepon', 'tel', '08123456789') + inp('Alamat Lengkap', 'alamat', 'textarea', 'Masukkan alamat lengkap Anda') + '<div class="field"><label>Jenis Pemohon<span class="req">*</span></label>' + radio('jenisPemohon', [['perorangan', 'Perorangan', 'Individu/pribadi'], ['lembaga', 'Lembaga', 'Organisasi/instansi']]) + '</div>';
      if (!K && st.step === 2) return '<h3>Detail Permohonan</h3><p>Jelaskan informasi yang Anda butuhkan</p>' + inp('Rincian Informasi yang Diminta', 'rincianInformasi', 'textarea', 'Jelaskan secara detail informasi apa yang Anda butuhkan...', 'Minimal 20 karakter') + inp('Tujuan Penggunaan Informasi', 'tujuanPenggunaan', 'textarea', 'Untuk apa informasi ini akan digunakan...', 'Minimal 10 karakter') + '<div class="field"><label>Metode Penerimaan Informasi<span class="req">*</span></label>' + radio('metodePenerimaan', [['email', 'Email', 'Dikirim via email'], ['pos', 'Pos/Kurir', 'Dikirim via pos'], ['ambil_langsung', 'Ambil Langsung', 'Ambil di kantor']]) + '</div>';
      if (K && st.step === 1) return '<h3>Data Pemohon Keberatan</h3><p>Lengkapi data diri Anda sebagai pemohon keberatan</p>' + inp('Nama Lengkap', 'namaLengkap', 'text', 'Masukkan nama lengkap sesuai KTP') + inp('Alamat Lengkap', 'alamat', 'textarea', 'Masukkan alamat lengkap Anda') + inp('Pekerjaan', 'pekerjaan', 'text', 'Contoh: Pegawai Swasta, PNS, Wiraswasta') + inp('Email', 'email', 'email', 'contoh@email.com') + inp('Nomor Telepon', 'telepon', 'tel', '08123456789') + inp('Nomor Registrasi Permohonan Awal', 'nomorRegistrasiPermohonan', 'text', 'Contoh: PPID-20251210-ABC123', 'Nomor registrasi yang diberikan saat permohonan informasi awal') + '<div class="field"><label>Hubungan dengan Pemohon Awal<span class="req">*</span></label>' + radio('hubunganDenganPemohon', [['pemohon_sendiri', 'Pemohon Sendiri', 'Saya adalah pemohon informasi awal'], ['kuasa_pemohon', 'Kuasa Pemohon', 'Saya mewakili pemohon informasi awal']]) + '</div>';
      if (K && st.step === 2) return '<h3>Detail Keberatan</h3><p>Jelaskan alasan dan detail keberatan Anda</p><div class="field"><label>Alasan Pengajuan Keberatan<span class="req">*</span></label>' + radio('alasanKeberatan', [['permohonan_ditolak', 'Permohonan Informasi Ditolak', 'Permohonan informasi yang Anda ajukan ditolak oleh PPID'], ['informasi_tidak_sesuai', 'Informasi Berkala Tidak Disediakan', 'Informasi yang seharusnya disediakan secara berkala tidak tersedia'], ['tidak_ditanggapi', 'Permohonan Tidak Ditanggapi', 'Permohonan informasi tidak mendapat tanggapan'], ['biaya_tidak_wajar', 'Informasi Tidak Sesuai yang Diminta', 'Informasi yang diberikan tidak sesuai dengan yang diminta'], ['waktu_tidak_sesuai', 'Permohonan Tidak Dipenuhi', 'Permohonan informasi tidak dipenuhi dalam jangka waktu yang ditentukan'], ['lainnya', 'Biaya Tidak Wajar', 'Biaya yang dikenakan untuk memperoleh informasi tidak wajar']]) + '</div>' +
        inp('Tujuan Penggunaan Informasi', 'tujuanPenggunaanInformasi', 'textarea', 'Jelaskan untuk apa informasi ini akan digunakan...', 'Minimal 10 karakter') + inp('Informasi yang Diminta', 'informasiYangDiminta', 'textarea', 'Jelaskan informasi apa yang Anda minta dalam permohonan awal...', 'Minimal 20 karakter') + inp('Kronologi/Kasus Posisi Keberatan', 'kronologiKeberatan', 'textarea', 'Tuliskan kronologi lengkap mulai dari tanggal pengajuan permohonan awal, tanggapan PPID, hingga alasan Anda mengajukan keberatan...', 'Minimal 30 karakter. Jelaskan kronologi kejadian dari awal permohonan hingga alasan pengajuan keberatan') +
        '<div class="note"><p>Dokumen Pendukung</p><p>Jika Anda memiliki dokumen pendukung (surat permohonan awal, surat jawaban PPID, dll), Anda dapat melampirkannya saat datang langsung ke kantor PPID atau mengirimkannya via email ke ppid@bahasasultra.kemdikbud.go.id</p></div>';
      var rows = Object.keys(st.values).map(function (k) { return '<div><dt>' + esc(k) + '</dt><dd>' + esc(st.values[k] || '-') + '</dd></div>'; }).join('');
      return '<h3>Konfirmasi Data</h3><p>' + (K ? 'Periksa kembali data yang Anda masukkan sebelum mengirim' : 'Periksa kembali data yang Anda masukkan') + '</p><dl>' + rows + '</dl>' + (K ? '<div class="note"><p><strong>Pernyataan:</strong> Dengan mengklik tombol "Kirim Keberatan", saya menyatakan bahwa data yang saya berikan adalah benar dan saya bersedia mempertanggungjawabkan kebenaran data tersebut sesuai dengan ketentuan peraturan perundang-undangan yang berlaku.</p></div>' : '');
    }
    function ref(prefix) { var d = new Date(); return prefix + '-' + d.getFullYear() + String(d.getMonth() + 1).padStart(2, '0') + String(d.getDate()).padStart(2, '0') + '-' + Math.random().toString(36).substring(2, 8).toUpperCase(); }
    function success(no) {
      return K ? '<div class="success"><h3>Keberatan Berhasil Diajukan!</h3><p>Terima kasih telah mengajukan keberatan atas permohonan informasi publik</p><p>Nomor Registrasi Keberatan</p><p class="mono">' + esc(no) + '</p><p>Simpan nomor registrasi ini untuk melacak status keberatan Anda. Keberatan akan diproses dalam waktu <strong>30 hari kerja</strong> sejak diterimanya pengajuan keberatan. Kami akan menghubungi Anda melalui email yang terdaftar.</p><button type="button" class="reset">Ajukan Keberatan Baru</button></div>'
        : '<div class="success"><h3>Permohonan Berhasil Dikirim!</h3><p>Terima kasih telah mengajukan permohonan informasi publik</p><p>Nomor Referensi</p><p class="mono">' + esc(no) + '</p><p>Simpan nomor referensi ini untuk melacak status permohonan Anda. Kami akan menghubungi Anda melalui email yang terdaftar.</p><button type="button" class="reset">Ajukan Permohonan Baru</button></div>';
    }
    function render() {
      return '<div class="progress">' + steps.map(function (s, i) { return '<span class="' + (i + 1 === st.step ? 'active' : '') + '">' + esc(s) + '</span>'; }).join('') + '</div>' +
        '<form aria-live="polite" class="msf">' + step() + '<div class="nav"><button type="button" class="prev' + (st.step > 1 ? '' : ' invisible') + '">Kembali</button><button type="submit">' + (st.step === 3 ? (K ? 'Kirim Keberatan' : 'Kirim Permohonan') : 'Lanjutkan') + '</button></div></form>';
    }
    function mount(box) {
      box.innerHTML = render();
      box.onclick = function (e) {
        if (e.target.closest('.prev')) { collect(box); st.step = Math.max(1, st.step - 1); box.innerHTML = render(); }
        if (e.target.closest('.reset')) { st = {step: 1, values: {}}; box.innerHTML = render(); }
      };
      box.onsubmit = function (e) {
        e.preventDefault(); collect(box);
        if (st.step < 3) { st.step += 1; box.innerHTML = render(); return; }
        if (!K) { // usePermohonanForm: "Simulate API call" - nothing is sent anywhere
          setTimeout(function () { box.innerHTML = success(ref('PPID')); }, 1500); return;
        }
        var t = document.querySelector('meta[name="csrf-token"]');
        fetch('/ppid/pengajuan-keberatan', {method: 'POST', headers: {'Content-Type': 'application/json', 'Accept': 'application/json', 'X-CSRF-TOKEN': t ? t.content : ''}, body: JSON.stringify(st.values)})
          .then(function (r) { return r.json(); })
          .then(function (j) { if (!j.success) throw new Error(j.message || 'Gagal mengirim keberatan'); box.innerHTML = success(j.data.nomor_registrasi); })
          .catch(function () { box.innerHTML = success(ref('KBR')); }); // fallback as in useKeberatanForm
      };
    }
    function collect(box) { Array.prototype.forEach.call(box.querySelectorAll('input,textarea'), function (el) { if (el.type === 'radio') { if (el.checked) st.values[el.name] = el.value; } else st.values[el.name] = el.value; }); }
    return {mount: mount};
  }
  pages['Ppid/Permohonan'] = function () {
    var body = '<section class="hero"><nav class="crumb" aria-label="Breadcrumb">' + a('/', 'Beranda') + ' &rsaquo; ' + a('/ppid/profil', 'PPID') + ' &rsaquo; <span>Permohonan Informasi</span></nav>' +
      '<span class="badge">LAYANAN PPID</span> <span>&bull;</span> <span>Gratis &amp; Transparan</span><h1>Permohonan <span>Informasi Publik</span></h1>' +
      '<p>Hak Anda untuk tahu. Kami di sini untuk membantu — prosesnya mudah, <span>tanpa ribet</span>.</p><button type="button" aria-label="Scroll ke konten">Yuk, pelajari caranya</button></section>' +
      '<section class="py-12"><h2>Selamat datang! 👋</h2><p>Kami senang Anda di sini</p><p>Permohonan informasi publik dapat diajukan dengan <strong>langsung datang ke ULT</strong> (Unit Layanan Terpadu), melalui <strong>pos-el</strong> (email), atau mengisi <strong>formulir online</strong> yang kami sediakan.</p>' +
      '<p>Sesuai <span>Undang-Undang Nomor 14 Tahun 2008</span> tentang Keterbukaan Informasi Publik, permohonan akan diproses dalam waktu <strong>10 hari kerja</strong> dengan kemungkinan perpanjangan <strong>7 hari kerja</strong> jika diperlukan.</p></section>' +
      '<section class="py-14"><span>Ketentuan Pemohon</span><h2>Dokumen yang Diperlukan</h2><p>Siapkan dokumen berikut sesuai dengan jenis pemohon Anda</p>' +
      '<div class="grid2"><div><h3>Pemohon Perorangan</h3><ul><li>Fotokopi KTP atau identitas lainnya yang masih berlaku</li></ul></div>' +
      '<div><h3>Pemohon Lembaga</h3><ul><li>Akte pendirian lembaga/organisasi</li><li>Surat kuasa bermaterai dari pimpinan lembaga</li><li>Fotokopi KTP penerima kuasa yang masih berlaku</li></ul></div></div></section>' +
      '<section class="py-14"><span>Jadwal Pelayanan</span><h2>Jam Operasional</h2><table><thead><tr><th>Hari</th><th>Pelayanan</th><th>Pendaftaran</th><th>Istirahat</th></tr></thead><tbody>' +
      '<tr><td>Senin - Kamis</td><td>09.00 - 15.00 WITA</td><td>08.00 - 11.00 WITA</td><td>12.00 - 13.00 WITA</td></tr><tr><td>Jumat</td><td>09.00 - 15.30 WITA</td><td>08.00 - 11.00 WITA</td><td>11.30 - 13.30 WITA</td></tr></tbody></table>' +
      '<div class="note"><p><strong>Layanan ini GRATIS.</strong> Biaya penggandaan dokumen ditanggung oleh pemohon.</p></div></section>' +
      '<section class="py-14"><span>Alur Proses</span><h2>Timeline Permohonan</h2><p>Berikut adalah tahapan proses permohonan informasi publik</p>' +
      timeline([['Pengajuan', 'Pemohon mengisi dan mengirimkan formulir permohonan', '1 hari'], ['Verifikasi', 'PPID memverifikasi kelengkapan dokumen pemohon', '2 hari kerja'], ['Pemrosesan', 'PPID memproses dan menyiapkan informasi yang diminta', '5-10 hari kerja'], ['Penyerahan', 'Informasi diserahkan kepada pemohon sesuai metode yang dipilih', '1-2 hari kerja']]) + '</section>' +
      '<section id="form-permohonan" class="py-14"><span>Formulir Online</span><h2>Ajukan Permohonan</h2><p>Isi formulir di bawah ini untuk mengajukan permohonan informasi publik secara online</p><div class="msf-box"></div></section>' +
      '<section class="py-14"><span>FAQ</span><h2>Pertanyaan yang Sering Diajukan</h2>' + faq([
        ['Apa saja informasi yang dapat diminta kepada PPID?', 'Pemohon dapat meminta informasi publik yang dihasilkan, disimpan, dikelola, dan/atau diterima oleh Balai Bahasa Sulawesi Tenggara, kecuali informasi yang dikecualikan sesuai UU No. 14 Tahun 2008 tentang Keterbukaan Informasi Publik.'],
        ['Berapa lama proses permohonan informasi publik?', 'Sesuai UU No. 14 Tahun 2008, permohonan akan diproses dalam waktu 10 hari kerja sejak diterimanya permohonan. Jika diperlukan, waktu dapat diperpanjang maksimal 7 hari kerja dengan pemberitahuan tertulis kepada pemohon.'],
        ['Apakah ada biaya untuk mengajukan permohonan?', 'Layanan permohonan informasi publik ini GRATIS. Namun, jika pemohon memerlukan salinan dokumen, biaya penggandaan ditanggung oleh pemohon sesuai dengan standar biaya yang berlaku.'],
        ['Bagaimana jika permohonan saya ditolak?', 'Jika permohonan ditolak, PPID akan memberikan alasan penolakan secara tertulis. Pemohon berhak mengajukan keberatan kepada atasan PPID dalam waktu 30 hari kerja sejak diterimanya surat penolakan.'],
        ['Apakah saya bisa mengajukan keberatan atas keputusan PPID?', 'Ya, pemohon dapat mengajukan keberatan kepada atasan PPID jika tidak puas dengan keputusan yang diberikan. Jika keberatan tidak dikabulkan, pemohon dapat mengajukan sengketa ke Komisi Informasi.']]) + '</section>';
    var html = layout(null, '<main>' + body + '</main>');
    setTimeout(function () { multiStep('permohonan').mount(app.querySelector('.msf-box')); });
    return html;
  };
  pages['Ppid/PengajuanKeberatan'] = function () {
    var body = '<section class="hero"><nav class="crumb" aria-label="Breadcrumb">' + a('/', 'Beranda') + ' &rsaquo; ' + a('/ppid/profil', 'PPID') + ' &rsaquo; <span>Pengajuan Keberatan</span></nav>' +
      '<span class="badge">HAK PEMOHON</span> <span>&bull;</span> <span>UU No. 14 Tahun 2008</span><h1>Pengajuan Keberatan <span>Permohonan Informasi</span></h1>' +
      '<p>Hak Anda untuk mengajukan keberatan jika tidak puas dengan keputusan PPID. <span>Prosesnya transparan dan sesuai regulasi</span>.</p><button type="button" aria-label="Scroll ke konten">Pelajari hak keberatan Anda</button></section>' +
      '<section class="py-12"><h2>Apa itu Pengajuan Keberatan?</h2><p>Hak Anda sebagai pemohon informasi</p>' +
      '<p>Pengajuan keberatan adalah hak yang diberikan kepada pemohon informasi publik yang tidak puas dengan keputusan PPID. Berdasarkan <span>UU No. 14 Tahun 2008</span> tentang Keterbukaan Informasi Publik dan <span>Peraturan Komisi Informasi No. 1 Tahun 2010</span>, pemohon dapat mengajukan keberatan kepada <strong>Atasan PPID</strong> dalam waktu <strong>30 hari kerja</strong> sejak diterimanya keputusan.</p>' +
      '<p>Keberatan dapat diajukan jika permohonan informasi <strong>ditolak</strong>, <strong>tidak ditanggapi</strong>, <strong> tidak dipenuhi</strong>, atau Anda merasa <strong>biaya yang dikenakan tidak wajar</strong>.</p>' +
      '<div class="grid2"><div><span>UU No. 14 Tahun 2008</span><p>Tentang Keterbukaan Informasi Publik (Pasal 35-37)</p></div><div><span>Peraturan KIP No. 1/2010</span><p>Tentang Standar Layanan Informasi Publik (Pasal 11-13)</p></div></div></section>' +
      '<section class="py-14"><span>Alasan Keberatan</span><h2>Kapan Anda Dapat Mengajukan Keberatan?</h2><p>Anda dapat mengajukan keberatan jika mengalami salah satu kondisi berikut</p><div class="grid2">' +
      '<div><h3>Permohonan Ditolak</h3><p>Permohonan informasi Anda ditolak oleh PPID tanpa alasan yang jelas</p></div><div><h3>Tidak Ditanggapi</h3><p>Permohonan tidak mendapat tanggapan dalam jangka waktu yang ditentukan (10 hari kerja)</p></div>' +
      '<div><h3>Informasi Tidak Sesuai</h3><p>Informasi yang diberikan tidak sesuai dengan yang diminta dalam permohonan</p></div><div><h3>Biaya Tidak Wajar</h3><p>Biaya yang dikenakan untuk memperoleh informasi dianggap tidak wajar</p></div></div></section>' +
      '<section class="py-14"><span>Alur Proses</span><h2>Timeline Pengajuan Keberatan</h2><p>Berikut adalah tahapan proses pengajuan keberatan atas permohonan informasi publik</p>' +
      timeline([['Pengajuan Keberatan', 'Pemohon mengisi dan mengirimkan formulir keberatan kepada Atasan PPID', '30 hari kerja'], ['Verifikasi & Registrasi', 'Atasan PPID memverifikasi kelengkapan dokumen dan memberikan nomor registrasi', '3 hari kerja'], ['Pemeriksaan', 'Atasan PPID memeriksa dan mempertimbangkan alasan keberatan yang diajukan', '30 hari kerja'], ['Keputusan', 'Atasan PPID memberikan keputusan atas keberatan yang diajukan', 'Tertulis']]) +
      '<div class="note"><p>Catatan Penting</p><p>Jika Atasan PPID tidak memberikan tanggapan atas keberatan dalam waktu 30 hari kerja, atau Anda tidak puas dengan keputusan Atasan PPID, Anda dapat mengajukan penyelesaian sengketa informasi kepada <strong>Komisi Informasi</strong> paling lambat 14 hari kerja setelah diterimanya keputusan Atasan PPID.</p></div></section>' +
      '<section class="py-14"><div class="download"><h3>Download Formulir Keberatan (PDF)</h3><p>Unduh formulir pengajuan keberatan dalam format PDF untuk diisi secara manual dan diserahkan langsung ke kantor PPID atau dikirim via pos.</p>' +
      '<a href="/documents/formulir-keberatan.pdf" download>Download Formulir</a> ' + a('/ppid/permohonan', 'Ajukan Permohonan Baru') + '</div></section>' +
      '<section id="form-keberatan" class="py-14"><span>Formulir Online</span><h2>Ajukan Keberatan</h2><p>Isi formulir di bawah ini untuk mengajukan keberatan atas permohonan informasi publik secara online</p><div class="msf-box"></div></section>' +
      '<section class="py-14"><span>FAQ</span><h2>Pertanyaan yang Sering Diajukan</h2>' + faq([
        ['Siapa yang berhak mengajukan keberatan?', 'Pemohon informasi yang permohonannya ditolak, tidak ditanggapi, tidak dipenuhi, atau merasa dikenakan biaya yang tidak wajar oleh PPID. Keberatan dapat diajukan langsung oleh pemohon atau melalui kuasa yang sah.'],
        ['Berapa lama batas waktu untuk mengajukan keberatan?', 'Keberatan harus diajukan dalam waktu paling lambat 30 (tiga puluh) hari kerja sejak diterimanya keputusan atas permohonan informasi oleh PPID, atau sejak berakhirnya jangka waktu untuk menanggapi permohonan.'],
        ['Kepada siapa keberatan diajukan?', 'Keberatan diajukan kepada Atasan PPID (Pejabat Pengelola Informasi dan Dokumentasi). Di lingkungan Balai Bahasa Sulawesi Tenggara, Atasan PPID adalah Kepala Balai Bahasa.'],
        ['Berapa lama proses penanganan keberatan?', 'Atasan PPID wajib memberikan tanggapan atas keberatan yang diajukan dalam waktu paling lambat 30 (tiga puluh) hari kerja sejak diterimanya pengajuan keberatan secara lengkap.'],
        ['Apa yang harus dilakukan jika keberatan tidak dikabulkan?', 'Jika keberatan tidak dikabulkan atau Anda tidak puas dengan keputusan Atasan PPID, Anda dapat mengajukan permohonan penyelesaian sengketa informasi kepada Komisi Informasi paling lambat 14 hari kerja setelah diterimanya keputusan Atasan PPID.'],
        ['Apakah ada biaya untuk mengajukan keberatan?', 'Pengajuan keberatan tidak dikenakan biaya (GRATIS). Namun, jika ada biaya penggandaan dokumen pendukung, biaya tersebut ditanggung oleh pemohon.']]) + '</section>';
    var html = layout(null, '<main>' + body + '</main>');
    setTimeout(function () { multiStep('keberatan').mount(app.querySelector('.msf-box')); });
    return html;
  };
  pages['Public/StandarPelayanan/Index'] = function () {
    var docs = P.documents;
    function card(d) {
      return '<li class="doc" data-id="' + d.id + '"><span class="badge">' + esc(d.source.label) + '</span>' + (d.file_type ? ' <span class="badge">' + esc(d.file_type) + '</span>' : '') + '<h3>' + esc(d.title) + '</h3>' + (d.description ? '<p>' + esc(d.description) + '</p>' : '') +
        '<div class="meta"><span>' + esc(d.formatted_file_size) + '</span> <span>' + d.download_count.toLocaleString('id-ID') + ' unduhan</span> <span>' + esc(d.updated_at) + '</span></div>' +
        '<button type="button" class="dl">Unduh</button> <button type="button" class="pv">Lihat Detail</button></li>';
    }
    var files = docs.filter(function (d) { return d.source.type === 'file'; }).length;
    var body = '<section class="hero"><div><span>Layanan Publik Transparan</span> <span>Update Terkini</span></div><h1>Standar Pelayanan</h1>' +
      '<p>Akses dokumen resmi terkait standar pelayanan Balai Bahasa Provinsi Sulawesi Tenggara secara <span>mudah</span>, <span>cepat</span>, dan <span>transparan</span>.</p><button type="button" class="to-docs">Lihat Dokumen</button>' +
      '<div class="stats"><div><p>' + docs.length + '</p><p>Dokumen Tersedia</p></div><div><p>' + docs.reduce(function (t, d) { return t + d.download_count; }, 0) + '</p><p>Total Unduhan</p></div><div><p>' + files + ' Berkas</p><p>' + (docs.length - files) + ' Tautan</p><p>Jenis Dokumen</p></div></div></section>' +
      '<section class="docs"><h2>Daftar Dokumen</h2><p>Temukan dokumen standar pelayanan yang Anda butuhkan</p>' +
      '<input type="text" id="sp-q" placeholder="Cari dokumen berdasarkan judul atau deskripsi...">' +
      '<div class="filters"><button type="button">Semua <span>' + docs.length + '</span></button><button type="button">Berkas <span>' + files + '</span></button><button type="button">Tautan <span>' + (docs.length - files) + '</span></button> <button type="button">Daftar</button><button type="button">Grid</button></div>' +
      '<ul class="space-y-4" id="sp-list">' + docs.map(card).join('') + '</ul>' +
      '<div class="info"><h4>Cara Mengakses Dokumen</h4><p>Klik tombol <span>"Unduh"</span> untuk mengunduh dokumen berkas, atau <span>"Lihat Detail"</span> untuk melihat pratinjau dokumen. Dokumen tautan eksternal akan dibuka di tab baru.</p></div></section>' +
      '<section class="help"><h2>Butuh Bantuan?</h2><p>Tim kami siap membantu Anda mendapatkan informasi dan dokumen yang dibutuhkan.</p><span>Senin - Jumat, 08:00 - 16:00 WITA</span> ' + a('/kontak', '<button type="button">Hubungi Kami</button>') + '</section>' +
      '<div id="sp-preview"></div><button type="button" class="fab" aria-label="Cari dokumen"></button>';
    setTimeout(function () {
      app.addEventListener('click', function (e) {
        var li = e.target.closest('li.doc'); if (!li) return;
        var d = docs.filter(function (x) { return String(x.id) === li.getAttribute('data-id'); })[0];
        // handleDownload: POST /standar-pelayanan/{id}/download returns {url}; the document opens in a new tab
        if (e.target.closest('.dl')) { fetch('/standar-pelayanan/' + d.id + '/download', {method: 'POST'}).then(function (r) { return r.json(); }).then(function (j) { if (j.url) window.open(j.url, '_blank'); }).catch(function () { window.open(d.url, '_blank'); }); }
        if (e.target.closest('.pv')) { document.getElementById('sp-preview').innerHTML = '<div role="dialog" class="preview"><h3>' + esc(d.title) + '</h3><p>' + esc(d.description) + '</p><iframe src="' + esc(d.url) + '" title="' + esc(d.title) + '"></iframe><button type="button" onclick="this.parentNode.remove()">Tutup</button></div>'; }
      });
    });
    return layout('Standar Pelayanan', body);
  };
  pages['Public/Kontak'] = function () {
    var body = '<section class="hero"><span class="badge">Hubungi Kami</span><h1>Mari <span>Berdiskusi</span></h1><p>Kami senang mendengar dari Anda. Silakan hubungi kami melalui berbagai saluran yang tersedia atau kirimkan pesan langsung.</p></section>' +
      '<section class="py-16"><div class="grid"><div><div class="card"><h3>Informasi Kontak</h3>' +
      '<div><p>Alamat Kantor</p><p>Jalan Haluoleo, Kompleks Bumi Praja,<br>Anduonohu, Kendari,<br>Sulawesi Tenggara</p></div>' +
      '<div><p>Telepon</p><a href="tel:+6281341770925">(0813) 4177-0925</a></div>' +
      '<div><p>Email</p><a href="mailto:balai.bahasa.sultra@kemdikbud.go.id">balai.bahasa.sultra@kemdikbud.go.id</a></div>' +
      '<div><p>Jam Operasional</p><p>Senin - Jumat: 07:30 - 16:00 WITA<br>Sabtu - Minggu: Tutup</p></div></div>' +
      '<div class="card"><h3>Ikuti Kami</h3><p>Dapatkan informasi terbaru melalui media sosial kami</p><a href="https://facebook.com/balaibahasa.sultra" target="_blank" rel="noopener noreferrer"><button type="button" aria-label="Facebook"></button></a><a href="https://instagram.com/balaibahasa.sultra" target="_blank" rel="noopener noreferrer"><button type="button" aria-label="Instagram"></button></a><a href="https://youtube.com/@balaibahasa.sultra" target="_blank" rel="noopener noreferrer"><button type="button" aria-label="YouTube"></button></a></div></div>' +
      '<div class="card"><h3>Kirim Pesan</h3><p>Isi formulir di bawah dan kami akan segera merespons</p><form class="kontak-form">' +
      '<label>Nama Lengkap <span>*</span><input type="text" placeholder="Masukkan nama lengkap" required></label>' +
      '<label>Email <span>*</span><input type="email" placeholder="email@example.com" required></label>' +
      '<label>Nomor Telepon<input type="tel" placeholder="08xx-xxxx-xxxx"></label>' +
      '<label>Subjek <span>*</span><input type="text" placeholder="Konsultasi Bahasa / Layanan / Lainnya" required></label>' +
      '<label>Pesan <span>*</span><textarea rows="5" placeholder="Tulis pesan Anda..." required></textarea></label>' +
      '<button type="submit">Kirim Pesan</button></form></div></div></section>';
    setTimeout(function () {
      var f = app.querySelector('.kontak-form');
      // Kontak.tsx handleSubmit: "Simulate form submission" (no request is made)
      f.addEventListener('submit', function (e) { e.preventDefault(); setTimeout(function () { f.outerHTML = '<div class="sent"><h3>Pesan Terkirim!</h3><p>Terima kasih telah menghubungi kami. Kami akan segera merespons pesan Anda.</p></div>'; }, 1000); });
    });
    return layout('Kontak', body);
  };
  pages['Public/Profil/Struktur'] = function () {
    if (!(P.sections || []).length) return layout('Struktur Organisasi', '<section class="empty-page"><p>Struktur Organisasi</p><h1>Belum Ada Konten</h1></section>');
    return layout('Struktur Organisasi', '');
  };

  // ---- createInertiaApp ----
  var Page = pages[page.component];
  if (!Page) { // resolve() returned undefined: React throws while rendering and the root stays empty
    console.error('Uncaught Error: Element type is invalid: expected a string (for built-in components) or a class/function but got: undefined. (page: ' + page.component + ')');
    return;
  }
  app.innerHTML = Page();

  // ---- Header behaviour (hover/click dropdowns, mega-menu right panels, Sheet, search) ----
  Array.prototype.forEach.call(app.querySelectorAll('.dd'), function (dd) {
    var panel = dd.querySelector('.dd-panel'), timer;
    function open(v) { panel.classList.toggle('invisible', !v); }
    dd.addEventListener('mouseenter', function () { clearTimeout(timer); open(true); });
    dd.addEventListener('mouseleave', function () { timer = setTimeout(function () { open(false); if (dd.getAttribute('data-kind') !== 'zi') { var r = dd.querySelector('.mega-right'); if (r) r.innerHTML = ''; } }, 150); });
    dd.querySelector('.dd-btn').addEventListener('click', function () { open(panel.classList.contains('invisible')); });
    var kind = dd.getAttribute('data-kind');
    if (kind) {
      var data = kind === 'zi' ? ziwbk : kind === 'ppid' ? ppidMenu : terbitan;
      Array.prototype.forEach.call(dd.querySelectorAll('.mega-cat'), function (c) {
        c.addEventListener('mouseenter', function () { dd.querySelector('.mega-right').innerHTML = megaRight(data, +c.getAttribute('data-i')); });
      });
    }
  });
  var burger = app.querySelector('.burger');
  if (burger) burger.addEventListener('click', function () {
    var s = document.body.querySelector('.sheet');
    if (s) { s.remove(); burger.setAttribute('aria-expanded', 'false'); burger.setAttribute('data-state', 'closed'); return; }
    document.body.insertAdjacentHTML('beforeend', sheet()); burger.setAttribute('aria-expanded', 'true'); burger.setAttribute('data-state', 'open');
    var sh = document.body.querySelector('.sheet');
    sh.addEventListener('click', function (e) {
      var b = e.target.closest('.acc-btn'); if (b) { var body = b.nextElementSibling; body.hidden = !body.hidden; }
      if (e.target.closest('.sheet-close')) { sh.remove(); burger.setAttribute('aria-expanded', 'false'); burger.setAttribute('data-state', 'closed'); }
    });
  });
  // Header search: onKeyDown Enter / 'Cari' only console.log the query (no request, no navigation)
  var q = document.getElementById('hdr-search');
  if (q) {
    q.addEventListener('keydown', function (e) { if (e.key === 'Enter') console.log('Search:', q.value); });
    document.getElementById('hdr-search-btn').addEventListener('click', function () { console.log('Search:', q.value); });
  }
  // FAQ accordions: the answer is mounted only while open
  Array.prototype.forEach.call(app.querySelectorAll('.faq-q'), function (b) {
    b.addEventListener('click', function () {
      var box = b.nextElementSibling, open = b.getAttribute('aria-expanded') === 'true';
      Array.prototype.forEach.call(app.querySelectorAll('.faq-q'), function (o) { o.setAttribute('aria-expanded', 'false'); o.nextElementSibling.innerHTML = ''; });
      if (!open) { b.setAttribute('aria-expanded', 'true'); box.innerHTML = '<div id="' + b.getAttribute('aria-controls') + '">' + box.getAttribute('data-answer') + '</div>'; }
    });
  });
})();
