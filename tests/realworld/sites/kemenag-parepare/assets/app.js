/* Compact rewrite of the client components of the PPID Kemenag Kota Parepare site (Next.js app router,
   every page 'use client'): what a browser shows once the server actions (lib/actions.ts) answer from the
   Supabase tables seeded by db/seed.sql. Names and NIPs of officials and requesters are replaced. */
(function () {
  var DIP = [{"id": "INF-001", "judul": "Profil Kementerian Agama Kota Parepare", "kategori": "Berkala", "deskripsi": "Dokumen profil lengkap yang memuat sejarah, visi, misi, kedudukan, tugas, dan fungsi Kemenag Kota Parepare.", "tanggal_update": "2024-01-15", "tahun": 2024, "tipe_file": "PDF", "ukuran": "2.5 MB"}, {"id": "INF-002", "judul": "Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun 2023", "kategori": "Berkala", "deskripsi": "Laporan yang menunjukkan tingkat pencapaian sasaran strategis Kemenag Parepare pada tahun 2023.", "tanggal_update": "2024-02-20", "tahun": 2023, "tipe_file": "PDF", "ukuran": "5.1 MB"}, {"id": "INF-003", "judul": "Rencana Strategis (Renstra) 2020-2024", "kategori": "Setiap Saat", "deskripsi": "Dokumen perencanaan jangka menengah Kemenag Kota Parepare yang memuat visi, misi, dan arah kebijakan.", "tanggal_update": "2020-11-10", "tahun": 2020, "tipe_file": "PDF", "ukuran": "4.2 MB"}, {"id": "INF-004", "judul": "Prosedur Layanan Pernikahan di KUA", "kategori": "Setiap Saat", "deskripsi": "Persyaratan lengkap, alur pelayanan, dan biaya penerimaan negara bukan pajak (PNBP) untuk layanan nikah.", "tanggal_update": "2023-08-05", "tahun": 2023, "tipe_file": "PDF", "ukuran": "1.1 MB"}, {"id": "INF-005", "judul": "Daftar Aset Kemenag Parepare Tahun 2023", "kategori": "Setiap Saat", "deskripsi": "Rekapitulasi daftar Barang Milik Negara (BMN) yang dikelola oleh Kemenag Kota Parepare.", "tanggal_update": "2024-03-01", "tahun": 2023, "tipe_file": "Excel", "ukuran": "3.4 MB"}, {"id": "INF-007", "judul": "Peringatan Waspada Penipuan Mengatasnamakan Kemenag", "kategori": "Serta Merta", "deskripsi": "Himbauan kepada masyarakat untuk mewaspadai modus penipuan berkedok bantuan pesantren atau rumah ibadah.", "tanggal_update": "2023-11-25", "tahun": 2023, "tipe_file": "PDF", "ukuran": "500 KB"}, {"id": "INF-008", "judul": "Daftar Informasi Publik yang Dikecualikan Tahun 2024", "kategori": "Dikecualikan", "deskripsi": "Daftar jenis informasi yang tidak dapat diakses oleh publik sesuai dengan pengujian konsekuensi UU KIP.", "tanggal_update": "2024-01-05", "tahun": 2024, "tipe_file": "PDF", "ukuran": "1.2 MB"}, {"id": "INF-009", "judul": "SOP Pelayanan Terpadu Satu Pintu (PTSP)", "kategori": "Setiap Saat", "deskripsi": "Standar Operasional Prosedur untuk seluruh layanan yang ada di ruang PTSP Kementerian Agama Kota Parepare.", "tanggal_update": "2023-09-12", "tahun": 2023, "tipe_file": "PDF", "ukuran": "2.8 MB"}, {"id": "INF-010", "judul": "Data Statistik Keagamaan Parepare 2023", "kategori": "Berkala", "deskripsi": "Buku Statistik yang memuat data umat beragama, rumah ibadah, dan penyuluh agama di Kota Parepare.", "tanggal_update": "2024-04-18", "tahun": 2023, "tipe_file": "PDF", "ukuran": "6.5 MB"}, {"id": "INF-011", "judul": "Laporan Realisasi Anggaran Triwulan I 2024", "kategori": "Berkala", "deskripsi": "Laporan detail mengenai penggunaan anggaran operasional pada tiga bulan pertama tahun 2024.", "tanggal_update": "2024-04-10", "tahun": 2024, "tipe_file": "Excel", "ukuran": "1.8 MB"}, {"id": "INF-012", "judul": "Daftar Pejabat Struktural Kemenag Parepare", "kategori": "Setiap Saat", "deskripsi": "Struktur organisasi dan nama-nama pejabat yang menduduki jabatan struktural di lingkungan Kemenag Parepare.", "tanggal_update": "2024-01-20", "tahun": 2024, "tipe_file": "PDF", "ukuran": "900 KB"}, {"id": "INF-013", "judul": "Maklumat Pelayanan PPID", "kategori": "Setiap Saat", "deskripsi": "Pernyataan kesanggupan dan kewajiban penyelenggara layanan dalam memberikan pelayanan informasi publik.", "tanggal_update": "2022-06-01", "tahun": 2022, "tipe_file": "Image", "ukuran": "300 KB"}];
  // getInformasiPublik(): ordered by tahun desc, judul asc
  var DB = DIP.slice().sort(function (a, b) { return b.tahun - a.tahun || (a.judul < b.judul ? -1 : a.judul > b.judul ? 1 : 0); });
  var FAQ = [
    ['Apa itu PPID?', 'PPID (Pejabat Pengelola Informasi dan Dokumentasi) adalah pejabat yang bertanggung jawab di bidang penyimpanan, pendokumentasian, penyediaan, dan/atau pelayanan informasi di badan publik.'],
    ['Siapa saja yang berhak memohon informasi publik?', 'Setiap Warga Negara Indonesia (WNI) dan/atau Badan Hukum Indonesia yang dibuktikan dengan melampirkan identitas yang sah (KTP/Akta Notaris).'],
    ['Berapa lama proses pelayanan informasi publik?', 'Sesuai Undang-Undang KIP, waktu penyelesaian permohonan informasi publik maksimal 10 (sepuluh) hari kerja, dan dapat diperpanjang maksimal 7 (tujuh) hari kerja dengan alasan tertulis.'],
    ['Apakah ada biaya untuk mendapatkan informasi?', 'Penyediaan informasi publik tidak dipungut biaya (gratis). Namun, biaya penggandaan dokumen/informasi (fotokopi) atau biaya pengiriman (jika diminta via pos) ditanggung oleh pemohon.']
  ];
  // permohonan rows of db/seed.sql (requesters' names replaced)
  var TIKET = { 'REQ-202407-001': ['pending', '2024-07-25', '[Nama Pemohon 1]'], 'REQ-202407-002': ['diproses', '2024-07-24', '[Nama Pemohon 2]'],
    'REQ-202407-003': ['selesai', '2024-07-22', '[Nama Pemohon 3]'], 'REQ-202407-004': ['ditolak', '2024-07-20', '[Nama Pemohon 4]'] };
  var BLN = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];
  function tgl(s) { var p = s.split('-'); return (+p[2]) + ' ' + BLN[+p[1] - 1] + ' ' + p[0]; }
  function esc(s) { return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;'); }
  function $(id) { return document.getElementById(id); }
  function faqList(el) {
    el.innerHTML = FAQ.map(function (f, i) { return '<div class="faq"><button>' + esc(f[0]) + '</button><div class="faq-a"' + (el.id === 'faq-list' && i === 0 ? '' : ' hidden') + '>' + esc(f[1]) + '</div></div>'; }).join('');
    el.addEventListener('click', function (e) { var b = e.target.closest('.faq > button'); if (b) { var a = b.nextElementSibling; a.hidden = !a.hidden; } });
  }
  var page = document.body.getAttribute('data-page');

  if (page === 'home') {
    var st = { cat: 'Semua', q: '', year: 'Semua', type: 'Semua', page: 1 };
    function render() {
      var f = DB.filter(function (i) {
        return (i.judul.toLowerCase().indexOf(st.q.toLowerCase()) >= 0 || i.deskripsi.toLowerCase().indexOf(st.q.toLowerCase()) >= 0) &&
          (st.cat === 'Semua' || i.kategori === st.cat) && (st.year === 'Semua' || String(i.tahun) === st.year) && (st.type === 'Semua' || i.tipe_file === st.type);
      });
      var pages = Math.ceil(f.length / 6) || 1, cur = f.slice((st.page - 1) * 6, st.page * 6);
      $('home-caption').textContent = st.q ? 'Hasil pencarian untuk "' + st.q + '"' : 'Menampilkan ' + (st.cat === 'Semua' ? 'semua informasi' : 'informasi ' + st.cat);
      $('home-count').textContent = 'Ditemukan ' + f.length + ' dokumen yang relevan';
      $('home-page').textContent = 'Halaman ' + st.page + ' dari ' + pages;
      $('home-docs').innerHTML = cur.length ? cur.map(function (i) {
        return '<div class="doc-card p-6"><div><span class="kategori">' + i.kategori + '</span> <span class="tipe">' + i.tipe_file + '</span></div><h5>' + esc(i.judul) + '</h5><p>' + esc(i.deskripsi) +
          '</p><div><span>Tahun ' + i.tahun + ' \u2022 Update:</span> <span>' + tgl(i.tanggal_update) + '</span><button title="Unduh Dokumen" aria-label="Unduh Dokumen"></button></div></div>';
      }).join('') : '<div><p>Informasi Tidak Ditemukan</p><p>Kami tidak dapat menemukan dokumen dengan kriteria tersebut. Silakan coba kata kunci lain.</p><button>Reset Semua Filter</button></div>';
      var pg = '';
      if (pages > 1) { pg = '<button data-p="prev">Sebelumnya</button><div>'; for (var k = 1; k <= pages; k++) pg += '<button data-p="' + k + '">' + k + '</button>'; pg += '</div><button data-p="next">Berikutnya</button>'; }
      $('home-pager').innerHTML = pg;
    }
    $('home-cats').addEventListener('click', function (e) { var b = e.target.closest('button'); if (b) { st.cat = b.getAttribute('data-cat'); st.page = 1; render(); } });
    $('home-search').addEventListener('input', function (e) { st.q = e.target.value; st.page = 1; render(); });
    $('home-year').addEventListener('change', function (e) { st.year = e.target.value; st.page = 1; render(); });
    $('home-type').addEventListener('change', function (e) { st.type = e.target.value; st.page = 1; render(); });
    $('home-pager').addEventListener('click', function (e) { var b = e.target.closest('button'); if (!b) return; var p = b.getAttribute('data-p');
      st.page = p === 'prev' ? Math.max(1, st.page - 1) : p === 'next' ? st.page + 1 : +p; render(); });
    $('home-ticket-btn').addEventListener('click', function () { var t = TIKET[$('home-ticket').value.trim().toUpperCase()];
      $('home-ticket-result').innerHTML = t ? '<p>Status: ' + t[0].toUpperCase() + '</p><a href="/cek-status">Lihat Riwayat &amp; Detail Lengkap</a>' : '<p>Status: Tidak Ditemukan</p><p>Tiket tidak ditemukan di sistem kami.</p><a href="/cek-status">Lihat Riwayat &amp; Detail Lengkap</a>'; });
    document.querySelectorAll('.faq-list').forEach(faqList);
    render();
  }

  if (page === 'informasi-publik') {
    var tab = 'berkala', q = '';
    var MAP = { berkala: 'Berkala', sertamerta: 'Serta Merta', setiapsaat: 'Setiap Saat', dikecualikan: 'Dikecualikan' };
    function table() {
      var dk = tab === 'dikecualikan';
      var rows = DB.filter(function (i) { return i.kategori === MAP[tab] && (i.judul.toLowerCase().indexOf(q.toLowerCase()) >= 0 || String(i.tahun).indexOf(q) >= 0); });
      $('dip-title').textContent = 'Informasi ' + MAP[tab];
      if (!rows.length) { $('dip-table').innerHTML = '<div>Tidak ada dokumen yang sesuai dengan pencarian Anda.</div>'; return; }
      $('dip-table').innerHTML = '<table class="w-full"><thead><tr><th>No</th><th>Judul Dokumen</th><th>Tahun</th>' + (dk ? '<th>Dasar Pengecualian</th>' : '<th>Format</th><th>Aksi</th>') + '</tr></thead><tbody>' +
        rows.map(function (i, n) { return '<tr><td>' + (n + 1) + '</td><td><div>' + esc(i.judul) + '</div></td><td>' + i.tahun + '</td>' +
          (dk ? '<td>' + esc(i.deskripsi) + '</td>' : '<td><span>' + i.tipe_file + '</span></td><td><button title="Lihat"></button><button title="Unduh"></button></td>') + '</tr>'; }).join('') + '</tbody></table>';
    }
    $('dip-tabs').addEventListener('click', function (e) { var b = e.target.closest('button'); if (!b) return; tab = b.getAttribute('data-tab'); q = ''; $('dip-search').value = '';
      document.querySelectorAll('#dip-tabs button').forEach(function (x) { x.classList.toggle('active', x === b); }); table(); });
    $('dip-search').addEventListener('input', function (e) { q = e.target.value; table(); });
    table();
  }

  if (page === 'profil') {
    var SEJ = 'Instansi Kementerian Agama yang pertama dibentuk di Kota Parepare adalah Kantor Urusan Agama Kabupaten Parepare, yang mewilayahi 5 (lima) kewedanan yaitu: Parepare, Barru, Pinrang, Sidenreng, dan Enrekang pada tanggal 16 Juni 1951. [...]';
    var VISI = 'Terwujudnya Masyarakat Kota Parepare yang Taat Beragama, Rukun, Cerdas dan Sejahtera Lahir Batin';
    var MISI = ['Meningkatkan kualitas kesalehan umat beragama.', 'Memperkuat kerukunan umat beragama dan wawasan kebangsaan.', 'Meningkatkan layanan keagamaan yang adil, mudah dan merata.',
      'Meningkatkan layanan pendidikan yang merata dan bermutu.', 'Meningkatkan produktivitas dan daya saing pendidikan.', 'Memantapkan tata kelola pemerintahan yang baik (Good Governance).'];
    var KEPALA = []; for (var k = 1; k <= 23; k++) KEPALA.push('[Nama Kepala Kantor ' + k + ']');
    var ORG = ['KEPALA KANTOR KEMENTERIAN AGAMA', 'KEPALA SUB BAGIAN TATA USAHA', 'KEPALA SEKSI PENDIDIKAN MADRASAH', 'KEPALA SEKSI PENDIDIKAN AGAMA ISLAM', 'KEPALA SEKSI BIMBINGAN MASYARAKAT ISLAM', 'KEPALA SEKSI PEND. DINIYAH DAN PONDOK PESANTREN', 'PENYELENGGARA ZAKAT & WAKAF'];
    var KUA = ['KEPALA KUA KEC. BACUKIKI', 'KEPALA KUA KEC. BACUKIKI BARAT', 'KEPALA KUA KEC. SOREANG', 'KEPALA KUA KEC. UJUNG'];
    var MAD = ['KEPALA MAN 1 KOTA PAREPARE', 'KEPALA MAN 2 KOTA PAREPARE', 'KEPALA MTsN KOTA PAREPARE'];
    function person(j) { return '<div><p>' + esc(j) + '</p><h4>[Nama Pejabat]</h4><p>NIP. [NIP]</p></div>'; }
    var VIEWS = {
      sejarah: '<div class="max-w-4xl mx-auto space-y-8"><div class="prose"><h3>Sejarah Singkat</h3><div class="whitespace-pre-line">' + SEJ + '</div></div><div class="mt-10"><h4>Daftar Kepala Kantor Kementerian Agama Kota Parepare</h4><div class="grid">' +
        KEPALA.map(function (n, i) { return '<div><div>' + (i + 1) + '</div><span>' + n + '</span></div>'; }).join('') + '</div></div></div>',
      visimisi: '<div class="max-w-4xl mx-auto space-y-12"><div class="text-center"><span>Visi</span><h3>"' + VISI + '"</h3></div><div><h3>Misi</h3><div class="space-y-4">' +
        MISI.map(function (m, i) { return '<div><div>' + (i + 1) + '</div><p>' + m + '</p></div>'; }).join('') + '</div></div></div>',
      struktur: '<div class="max-w-6xl mx-auto space-y-12"><div class="text-center"><h3>Struktur Organisasi</h3><p>Kementerian Agama Kota Parepare</p></div><div class="grid">' + ORG.map(person).join('') +
        '</div><div class="grid lg:grid-cols-2"><div><h4>Kepala KUA</h4>' + KUA.map(person).join('') + '</div><div><h4>Kepala Madrasah</h4>' + MAD.map(person).join('') + '</div></div></div>'
    };
    $('profil-tabs').addEventListener('click', function (e) { var b = e.target.closest('button'); if (!b) return;
      document.querySelectorAll('#profil-tabs button').forEach(function (x) { x.classList.toggle('active', x === b); }); $('profil-panel').innerHTML = VIEWS[b.getAttribute('data-tab')]; });
    $('profil-panel').innerHTML = VIEWS.sejarah;
  }

  if (page === 'regulasi') {
    var REG = [['Peraturan Menteri', 2022, 'PMA Nomor 9 Tahun 2022', 'Pedoman Pengelolaan Informasi dan Dokumentasi pada Kementerian Agama.', '2.1 MB'],
      ['Peraturan Pemerintah', 2010, 'Peraturan Pemerintah Nomor 61 Tahun 2010', 'Pelaksanaan Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik.', '850 KB'],
      ['Undang-Undang', 2008, 'Undang-Undang Nomor 14 Tahun 2008', 'Tentang Keterbukaan Informasi Publik.', '1.2 MB']];
    $('regulasi-list').innerHTML = REG.map(function (r) { return '<div class="bg-white p-6"><div><span>' + r[0] + '</span> <span>Tahun ' + r[1] + '</span></div><h3>' + r[2] + '</h3><p>' + r[3] +
      '</p><div><span>PDF \u2022 ' + r[4] + '</span><button>Unduh</button></div></div>'; }).join('');
  }

  if (page === 'standar-layanan') {
    $('maklumat-text').textContent = '"Kami berjanji dan sanggup untuk melaksanakan pelayanan sesuai dengan standar pelayanan yang telah ditetapkan, serta memberikan pelayanan sesuai dengan kewajiban dan akan melakukan perbaikan secara terus menerus."';
  }

  if (page === 'faq') faqList($('faq-list'));

  if (page === 'statistik') {
    var all = Object.keys(TIKET).map(function (k) { return TIKET[k]; });
    var v = [all.length, all.filter(function (t) { return t[0] === 'disetujui'; }).length, all.filter(function (t) { return t[0] === 'pending' || t[0] === 'diproses'; }).length, all.filter(function (t) { return t[0] === 'ditolak'; }).length];
    document.querySelectorAll('#stat-cards h3').forEach(function (h, i) { h.textContent = String(v[i]); });
    var m = new Array(12).fill(0); all.forEach(function (t) { m[+t[1].split('-')[1] - 1]++; });
    var max = Math.max.apply(null, m.concat([10]));
    document.querySelectorAll('#stat-monthly .bar').forEach(function (b, i) { b.style.height = (m[i] / max * 100) + '%'; b.firstChild.textContent = String(m[i]); });
  }

  if (page === 'pengajuan-keberatan') {
    $('tiket-btn').addEventListener('click', function () {
      var n = $('tiket-input').value.trim().toUpperCase(), t = TIKET[n];
      if (n.length < 5 || !t) { $('tiket-msg').innerHTML = '<p>Nomor tiket tidak ditemukan atau tidak valid.</p>'; $('keberatan-slot').innerHTML = ''; return; }
      $('tiket-msg').innerHTML = '';
      $('keberatan-slot').innerHTML = '<form class="space-y-6" id="form-keberatan"><div><p>Data permohonan atas nama <strong>' + t[2] + '</strong> ditemukan. Silakan lengkapi form keberatan di bawah ini.</p></div>' +
        '<div><label>Alasan Keberatan <span>*</span></label><select required name="alasan"><option value="">Pilih Alasan</option><option>Permohonan Informasi Ditolak</option><option>Informasi yang Diberikan Tidak Lengkap</option>' +
        '<option>Informasi yang Diberikan Tidak Sesuai Permintaan</option><option>Melewati Batas Waktu 10 Hari Kerja</option><option>Biaya yang Dikenakan Tidak Wajar</option></select></div>' +
        '<div class="grid md:grid-cols-2 gap-6"><div><label>Nomor Telepon / WhatsApp <span>*</span></label><input required type="tel" name="telepon" placeholder="Contoh: 08123456789"></div>' +
        '<div><label>Email Aktif <span>*</span></label><input required type="email" name="email" placeholder="Contoh: email@domain.com"></div></div>' +
        '<div><label>Penjelasan Detail Kasus / Keberatan <span>*</span></label><textarea required name="kasus_posisi" rows="5" placeholder="Jelaskan secara detail alasan keberatan Anda..."></textarea></div>' +
        '<div><button type="submit">Kirim Keberatan</button></div></form>';
      $('form-keberatan').addEventListener('submit', function (e) { e.preventDefault(); });
    });
  }

  if (page === 'ajukan-permohonan') {
    $('dropzone-ktp').addEventListener('click', function () { $('file-ktp-input').click(); });
    $('form-permohonan').addEventListener('submit', function (e) { e.preventDefault();
      if (!$('file-ktp-input').files.length) { $('permohonan-msg').textContent = 'Kartu Identitas (KTP/Paspor) wajib diunggah.'; } });
  }
  if (page === 'kontak') $('form-pesan').addEventListener('submit', function (e) { e.preventDefault(); });
})();
