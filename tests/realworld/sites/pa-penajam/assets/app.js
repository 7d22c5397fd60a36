// Compact rewrite of the Inertia v3 / React 19 client of the Portal PPID Pengadilan Agama Penajam
// (resources/js/app.tsx, layouts/public-layout.tsx, components/public-header.tsx, public-footer.tsx,
// hero-banner.tsx, stat-card.tsx, filter-bar.tsx, progress-bar.tsx and pages/public/*.tsx): reads the
// page object from <script data-page="app"> and builds what the browser shows. The routes are
// Route::inertia() without props, so every page renders its default (empty) props, as in the source.
// The mobile menu is mounted only when the hamburger is opened; the Radix year Select's options only
// when opened; both are left closed here, as on first paint.
(function () {
  var page = JSON.parse(document.querySelector('script[data-page="app"]').textContent);
  var P = page.props;
  var root = document.getElementById('app');
  var appName = 'Laravel'; // VITE_APP_NAME="${APP_NAME}", APP_NAME=Laravel (.env.example)
  var esc = function (t) { return String(t == null ? '' : t).replace(/[&<>"]/g, function (c) { return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}[c]; }); };
  var setTitle = function (t) { document.title = t ? t + ' - ' + appName : appName; };
  var path = location.pathname;

  var navItems = [['Beranda', '/'], ['Profil PPID', '/profil'], ['Informasi Publik', '/informasi-publik'], ['Permohonan', '/permohonan'], ['Cek Status', '/status'], ['Kontak', '/kontak']];
  var isActive = function (href) { return href === '/' ? path === '/' : path.indexOf(href) === 0; };

  function header() {
    return '<header class="sticky top-0 z-50 bg-hijau shadow-md"><div class="mx-auto max-w-7xl"><div class="flex h-16 items-center justify-between">' +
      '<a href="/" class="flex items-center gap-3"><div class="logo"><span>\u2696</span></div><div class="hidden sm:block"><p>PPID PA Penajam</p><p>Pengadilan Agama Penajam</p></div></a>' +
      '<nav class="hidden items-center gap-1 md:flex">' + navItems.map(function (n) {
        return '<a href="' + n[1] + '" class="' + (isActive(n[1]) ? 'bg-white/20 text-white' : 'text-white/80') + '">' + n[0] + '</a>';
      }).join('') + '</nav>' +
      '<div class="flex items-center gap-2"><a href="/status" aria-label="Cek Status"><svg class="lucide lucide-search h-5 w-5"></svg></a>' +
      '<button type="button" class="md:hidden" aria-label="Buka menu"><svg class="lucide lucide-menu h-6 w-6"></svg></button></div>' +
      '</div></div></header>';
  }
  function footer() {
    var quick = [['Beranda', '/'], ['Profil PPID', '/profil'], ['Informasi Publik', '/informasi-publik'], ['Permohonan Informasi', '/permohonan'], ['Cek Status', '/status']];
    return '<footer class="bg-hijau text-white"><div class="mx-auto max-w-7xl"><div class="grid gap-8 md:grid-cols-2 lg:grid-cols-4">' +
      '<div><div class="mb-4 flex items-center gap-3"><div class="logo"><span>\u2696</span></div><div><p>PPID PA Penajam</p><p>Pengadilan Agama Penajam</p></div></div>' +
      '<p>Portal Keterbukaan Informasi Publik Pengadilan Agama Penajam. Melayani dengan Transparan.</p></div>' +
      '<div><h3>Tautan Cepat</h3><ul>' + quick.map(function (l) { return '<li><a href="' + l[1] + '">' + l[0] + '</a></li>'; }).join('') + '</ul></div>' +
      '<div><h3>Kontak Kami</h3><ul>' +
      '<li><svg class="lucide lucide-map-pin"></svg><span>Jl. Imam Bonjol No. 12, Penajam, Kalimantan Timur</span></li>' +
      '<li><svg class="lucide lucide-phone"></svg><span>0542-123456</span></li>' +
      '<li><svg class="lucide lucide-mail"></svg><span>ppid@pa-penajam.go.id</span></li>' +
      '<li><svg class="lucide lucide-clock"></svg><span>Senin-Jumat: 08.00-15.00 WITA</span></li></ul></div>' +
      '<div><h3>Dasar Hukum</h3><ul><li>UU No. 14/2008 tentang KIP</li><li>Perma No. 1/2015 tentang PPID</li><li>PerkomInfo No. 1/2010</li></ul></div>' +
      '</div><div class="mt-10 border-t pt-6 text-center"><p>&copy; ' + new Date().getFullYear() + ' PPID Pengadilan Agama Penajam. Hak cipta dilindungi. Dibangun untuk keterbukaan informasi publik.</p></div></div></footer>';
  }
  function layout(body) {
    return '<div class="flex min-h-screen flex-col bg-gray-50"><a href="#content" class="sr-only focus:not-sr-only">Langsung ke konten utama</a>' +
      header() + '<main id="content" class="flex-1">' + body + '</main>' + footer() + '</div>';
  }
  var back = '<a href="/" class="mb-6 inline-flex items-center gap-1"><svg class="lucide lucide-arrow-left"></svg>Kembali ke Beranda</a>';
  function pageHead(title, sub) { return '<div class="mb-8 text-center"><div class="icon"></div><h1>' + title + '</h1><p>' + sub + '</p></div>'; }
  function card(title, body, cls) { return '<div data-slot="card" class="card ' + (cls || '') + '">' + (title ? '<div data-slot="card-header"><div data-slot="card-title">' + title + '</div></div>' : '') + '<div data-slot="card-content">' + body + '</div></div>'; }

  // ---- pages/public/home.tsx (statistik, informasiTerbaru, faqPopuler default to 0 / [] / []) ----
  function home() {
    setTitle('Beranda');
    var m = document.createElement('meta'); m.name = 'description'; m.content = 'Portal Keterbukaan Informasi Publik Pengadilan Agama Penajam. Ajukan permohonan informasi secara online.'; document.head.appendChild(m);
    var st = P.statistik || {total_permohonan_bulan_ini: 0, sedang_diproses: 0, selesai_bulan_ini: 0, rata_rata_waktu_respon_hari: 0};
    var stat = function (label, value, desc) { return '<div class="stat-card"><div><p>' + label + '</p><p class="value">' + value + '</p>' + (desc ? '<p>' + desc + '</p>' : '') + '</div><div class="icon"></div></div>'; };
    return '<section class="hero bg-gradient-to-br from-hijau via-hijau-light to-ungu"><div class="max-w-3xl">' +
      '<h1>Portal Keterbukaan<br>Informasi Publik</h1><p>Pengadilan Agama Penajam &ndash; Melayani dengan Transparan</p>' +
      '<p>Ajukan permohonan informasi secara online, lacak status permohonan Anda, dan akses dokumen publik dengan mudah dan cepat.</p>' +
      '<div class="mt-8 flex"><a href="/permohonan" class="bg-orange"><svg class="lucide lucide-file-text"></svg>Ajukan Permohonan</a><a href="/status"><svg class="lucide lucide-search"></svg>Cek Status</a></div></div></section>' +
      '<section class="stats"><div class="grid gap-4 sm:grid-cols-3">' + stat('Permohonan Bulan Ini', st.total_permohonan_bulan_ini) + stat('Sedang Diproses', st.sedang_diproses) +
      stat('Selesai Bulan Ini', st.selesai_bulan_ini, 'Rata-rata ' + st.rata_rata_waktu_respon_hari + ' hari') + '</div></section>' +
      '<section class="py-12"><div class="grid gap-8 lg:grid-cols-3"><div class="lg:col-span-2"><h2>Informasi Terbaru</h2><div class="mt-4 space-y-3">' +
      '<p class="rounded-lg border border-dashed">Belum ada informasi terbaru.</p></div>' +
      '<a href="/informasi-publik">Lihat semua informasi<svg class="lucide lucide-arrow-right"></svg></a></div>' +
      '<div>' + card('Profil PPID', '<div class="space-y-4 text-sm"><div><p>Ketua PPID</p><p>Dr. H. Syamsul Bahri, S.H.I., M.H.</p></div><div><p>Sekretaris</p><p>Nurul Hidayah, S.Sos</p></div><div><p>Kontak</p><p>ppid@pa-penajam.go.id</p></div></div>' +
        '<a href="/profil" class="mt-4">Selengkapnya<svg class="lucide lucide-chevron-right"></svg></a>', 'border-t-emas') + '</div></div></section>' +
      '<section class="bg-white"><div class="grid gap-8 lg:grid-cols-2"><div><h2>Pertanyaan Umum (FAQ)</h2><div class="mt-4 space-y-3"><p class="text-sm text-gray-400">Belum ada FAQ tersedia.</p></div>' +
      '<a href="/faq">Lihat semua FAQ<svg class="lucide lucide-arrow-right"></svg></a></div>' +
      '<div><h2>Kontak &amp; Peta</h2>' + card('', '<ul class="space-y-4 text-sm"><li><svg class="lucide lucide-map-pin"></svg><span>Jl. Imam Bonjol No. 12, Penajam, Kalimantan Timur</span></li>' +
        '<li><svg class="lucide lucide-phone"></svg><span>0542-123456</span></li><li><svg class="lucide lucide-mail"></svg><a href="mailto:ppid@pa-penajam.go.id">ppid@pa-penajam.go.id</a></li></ul>' +
        '<div class="map-placeholder"><p>Peta Lokasi Pengadilan Agama Penajam</p><a href="https://maps.google.com/?q=Pengadilan+Agama+Penajam" target="_blank" rel="noopener noreferrer">Buka di Google Maps</a></div>', 'mt-4 border-t-emas') +
      '</div></div></section>';
  }

  // ---- pages/public/profil.tsx ----
  function profil() {
    setTitle('Profil PPID');
    var people = [['Ketua PPID', 'Dr. H. Syamsul Bahri, S.H.I., M.H.', 'Ketua Pengadilan'], ['Sekretaris PPID', 'Nurul Hidayah, S.Sos', 'Sekretaris'],
      ['Anggota PPID', 'H. Irwan Saputra, S.H., M.H.', 'Hakim'], ['Operator PPID', 'Dewi Kartika, A.Md.', 'Kepaniteraan']];
    var hukum = ['Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik',
      'Peraturan Mahkamah Agung Nomor 1 Tahun 2015 tentang Pejabat Pengelola Informasi dan Dokumentasi di Lingkungan Mahkamah Agung dan Badan Peradilan di Bawahnya',
      'Peraturan Komisi Informasi Nomor 1 Tahun 2010 tentang Standar Layanan Informasi Publik',
      'Keputusan Ketua Pengadilan Agama Penajam tentang Penetapan PPID'];
    var tugas = [['Penyediaan Informasi', 'Menyediakan informasi publik yang akurat, terkini, dan mudah diakses oleh masyarakat.'],
      ['Pemrosesan Permohonan', 'Memproses permohonan informasi publik sesuai dengan ketentuan peraturan perundang-undangan.'],
      ['Penanganan Keberatan', 'Menangani keberatan atas penolakan atau ketidakpuasan terhadap informasi yang diberikan.'],
      ['Pelaporan', 'Melaporkan pelaksanaan pelayanan informasi publik secara berkala kepada atasan.']];
    return '<section class="mx-auto max-w-5xl">' + back + pageHead('Profil PPID', 'Pejabat Pengelola Informasi dan Dokumentasi Pengadilan Agama Penajam') +
      '<div class="grid gap-6 lg:grid-cols-2">' +
      card('<svg class="lucide lucide-users"></svg>Struktur Organisasi', '<div class="space-y-4">' + people.map(function (p) {
        return '<div class="flex items-start gap-3"><div class="avatar">' + p[1].charAt(0) + '</div><div><p class="font-semibold">' + p[1] + '</p><p>' + p[0] + '</p><p>' + p[2] + '</p></div></div>';
      }).join('') + '</div>', 'border-t-hijau') +
      card('<svg class="lucide lucide-scale"></svg>Dasar Hukum', '<ul class="space-y-3">' + hukum.map(function (h) { return '<li><svg class="lucide lucide-book-open"></svg>' + h + '</li>'; }).join('') + '</ul>', 'border-t-emas') +
      card('<svg class="lucide lucide-shield"></svg>Tugas &amp; Fungsi PPID', '<div class="grid gap-4 sm:grid-cols-2">' + tugas.map(function (t) { return '<div><h4>' + t[0] + '</h4><p>' + t[1] + '</p></div>'; }).join('') + '</div>', 'border-t-ungu lg:col-span-2') +
      '</div></section>';
  }

  // ---- pages/public/informasi-publik.tsx + components/filter-bar.tsx (informasi, filters, tahunList default to empty) ----
  function informasi() {
    setTitle('Informasi Publik');
    var filters = P.filters || {};
    var active = filters.kategori || 'semua';
    var tabs = [['semua', 'Semua'], ['berkala', 'Berkala'], ['serta_merta', 'Serta Merta'], ['setiap_saat', 'Setiap Saat']];
    var items = (P.informasi && P.informasi.items) || [];
    return '<section class="mx-auto max-w-5xl">' + back + pageHead('Informasi Publik', 'Daftar informasi publik yang tersedia untuk diunduh.') +
      '<div role="region" aria-label="Filter informasi publik" class="mb-6 flex"><div class="flex flex-wrap items-center gap-2" role="tablist" aria-label="Kategori informasi">' +
      tabs.map(function (t) { return '<button role="tab" data-kategori="' + t[0] + '" aria-selected="' + (active === t[0]) + '" class="' + (active === t[0] ? 'bg-hijau text-white' : 'bg-white') + '">' + t[1] + '</button>'; }).join('') +
      '</div><div class="flex items-center gap-2"><label for="filter-tahun">Tahun:</label><button type="button" role="combobox" id="filter-tahun" aria-label="Filter berdasarkan tahun" aria-expanded="false" data-state="closed"><span>Semua Tahun</span></button></div></div>' +
      (items.length ? '' : card('', '<div class="flex flex-col items-center justify-center py-12"><svg class="lucide lucide-folder-open"></svg><p class="mt-4 text-sm text-gray-500">Belum ada informasi publik tersedia untuk kategori ini.</p></div>', 'border-dashed')) +
      '</section>';
  }

  // ---- pages/public/permohonan.tsx (three steps; posts to /permohonan, a route with no POST handler) ----
  var step = 1;
  function input(id, label, ph, extra) { return '<div><label for="' + id + '">' + label + '</label><input id="' + id + '" name="' + id + '" placeholder="' + ph + '"' + (extra || '') + '><p class="error" id="' + id + '-error"></p></div>'; }
  function permohonan() {
    setTitle('Ajukan Permohonan Informasi');
    var labels = [['user', 'Data Pemohon'], ['file-text', 'Detail Informasi'], ['shield', 'Persetujuan']];
    var steps = '<div class="mb-8"><div class="flex items-center justify-between">' + labels.map(function (s, i) {
      return '<div class="flex flex-1 flex-col items-center"><div class="step' + (step === i + 1 ? ' active' : step > i + 1 ? ' done' : '') + '"><svg class="lucide lucide-' + s[0] + '"></svg></div><p>' + s[1] + '</p></div>';
    }).join('') + '</div><div class="mt-2"><div role="progressbar" aria-label="Langkah ' + step + ' dari 3" aria-valuenow="' + step + '" aria-valuemin="1" aria-valuemax="3"><div style="width:' + Math.round(step / 3 * 100) + '%"></div></div>' +
      '<div class="flex justify-between">' + labels.map(function (s) { return '<span>' + s[1] + '</span>'; }).join('') + '</div></div></div>';
    var body;
    if (step === 1) {
      body = '<div class="space-y-4"><h3><svg class="lucide lucide-user"></svg>Data Pemohon</h3><div class="grid gap-4 sm:grid-cols-2">' +
        input('nik', 'NIK *', '16 digit NIK', ' maxlength="16"') + input('nama_lengkap', 'Nama Lengkap *', 'Nama lengkap sesuai KTP') +
        input('alamat', 'Alamat *', 'Jl. Merdeka No. 45, RT 02') + input('kota', 'Kota/Kabupaten *', 'Penajam Paser Utara') +
        input('provinsi', 'Provinsi *', 'Kalimantan Timur') + input('no_hp', 'No. HP *', '081234567890', ' maxlength="13"') +
        input('email', 'Email *', 'nama@domain.com', ' type="email"') +
        '<div class="sm:col-span-2"><label for="ktp_file">Upload KTP (opsional)</label><div class="dropzone"><p>Klik atau seret file ke sini</p><p>JPEG/PNG, maksimal 2 MB</p><input type="file" id="ktp_file" accept="image/jpeg,image/png" class="sr-only"></div></div>' +
        '</div></div>';
    } else if (step === 2) {
      body = '<div class="space-y-4"><h3><svg class="lucide lucide-file-text"></svg>Detail Informasi yang Dimohon</h3><div><label>Jenis Informasi *</label><div class="flex flex-wrap gap-4">' +
        [['salinan_putusan', 'Salinan Putusan'], ['laporan_kinerja', 'Laporan Kinerja'], ['lainnya', 'Lainnya']].map(function (o, i) { return '<label><input type="radio" name="jenis_informasi" value="' + o[0] + '"' + (i === 0 ? ' checked' : '') + '>' + o[1] + '</label>'; }).join('') +
        '</div></div>' + input('nomor_perkara', 'Nomor Perkara', '123/Pdt.G/2026/PA.Pjm') + input('tujuan', 'Tujuan Permohonan *', 'Keperluan banding, penelitian, dll.') +
        '<div><label for="uraian_informasi">Uraian Informasi *</label><textarea id="uraian_informasi" rows="4" placeholder="Jelaskan secara detail informasi yang Anda butuhkan..."></textarea><p>Minimal 10 karakter. Saat ini: 0 karakter</p></div></div>';
    } else {
      body = '<div class="space-y-4"><h3><svg class="lucide lucide-shield"></svg>Persetujuan &amp; Verifikasi</h3><div class="summary"><h4>Ringkasan Permohonan</h4><dl>' +
        '<div><dt>Nama:</dt><dd></dd></div><div><dt>NIK:</dt><dd></dd></div><div><dt>Jenis Informasi:</dt><dd>Salinan Putusan</dd></div></dl></div>' +
        '<div class="space-y-3"><label><input type="checkbox" name="setuju_data"><span>Saya menyatakan data ini benar dan siap mematuhi ketentuan PPID.</span></label>' +
        '<label><input type="checkbox" name="setuju_dokumen"><span>Saya tidak akan menyebarluaskan dokumen tanpa izin.</span></label></div></div>';
    }
    var nav = '<div class="mt-8 flex items-center justify-between border-t pt-6">' + (step > 1 ? '<button type="button" id="btn-back"><svg class="lucide lucide-arrow-left"></svg>Kembali</button>' : '<div></div>') +
      (step < 3 ? '<button type="button" id="btn-next">Selanjutnya<svg class="lucide lucide-arrow-right"></svg></button>' : '<button type="submit"><svg class="lucide lucide-send"></svg>Ajukan Permohonan</button>') + '</div>';
    return '<section class="mx-auto max-w-3xl">' + back + steps +
      card('Formulir Permohonan Informasi', '<form id="form-permohonan" novalidate>' + body + nav + '</form><p class="mt-4 text-center text-xs">* Wajib diisi &bull; Informasi akan diproses maksimal 5 hari kerja.</p>', 'border-t-emas') + '</section>';
  }

  // ---- pages/public/status.tsx (posts to /status/check, a route that does not exist) ----
  function status() {
    setTitle('Cek Status Permohonan');
    return '<section class="mx-auto max-w-2xl">' + back + pageHead('Cek Status Permohonan', 'Masukkan nomor tiket yang Anda terima untuk melihat status permohonan.') +
      card('', '<form id="form-status" class="space-y-4"><div><label for="tiket_no">Nomor Tiket</label><div class="relative"><input id="tiket_no" name="tiket_no" placeholder="PPID-20260609-001" required></div></div>' +
        '<button type="submit"><svg class="lucide lucide-search"></svg>Cek Status</button></form>', 'border-t-emas') +
      '<p class="mt-6 text-center text-sm">Belum mendapat tiket? <a href="/permohonan">Ajukan permohonan baru</a></p></section>';
  }

  // ---- pages/public/kontak.tsx ----
  function kontak() {
    setTitle('Kontak & Helpdesk');
    return '<section class="mx-auto max-w-5xl">' + back + pageHead('Kontak &amp; Helpdesk', 'Hubungi kami untuk pertanyaan, saran, atau bantuan terkait layanan PPID.') +
      '<div class="grid gap-6 lg:grid-cols-2">' +
      card('<svg class="lucide lucide-building"></svg>Informasi Kontak', '<ul class="space-y-5">' +
        '<li><div class="icon"></div><div><p class="font-semibold">Alamat</p><p>Jl. Imam Bonjol No. 12<br>Penajam, Kab. Penajam Paser Utara<br>Kalimantan Timur 76211</p></div></li>' +
        '<li><div class="icon"></div><div><p class="font-semibold">Telepon</p><a href="tel:0542-123456">(0542) 123456</a></div></li>' +
        '<li><div class="icon"></div><div><p class="font-semibold">Email</p><a href="mailto:ppid@pa-penajam.go.id">ppid@pa-penajam.go.id</a></div></li>' +
        '<li><div class="icon"></div><div><p class="font-semibold">Jam Layanan</p><p>Senin &ndash; Jumat: 08.00 &ndash; 15.00 WITA<br><span class="text-xs">Sabtu, Minggu &amp; Hari Libur: Tutup</span></p></div></li></ul>', 'border-t-hijau') +
      card('<svg class="lucide lucide-map-pin"></svg>Lokasi Kami', '<div class="map-placeholder"><p>Peta Lokasi Pengadilan Agama Penajam</p><a href="https://maps.google.com/?q=Pengadilan+Agama+Penajam+Paser+Utara" target="_blank" rel="noopener noreferrer">Buka di Google Maps</a></div>' +
        '<div class="mt-4"><p class="text-xs"><strong>Pengadilan Agama Penajam</strong> terletak di Jl. Imam Bonjol No. 12, Penajam, Kabupaten Penajam Paser Utara, Kalimantan Timur. Dapat diakses menggunakan kendaraan pribadi atau transportasi umum.</p></div>', 'border-t-emas') +
      '</div>' + card('', '<div class="text-center"><h3>Butuh Bantuan Cepat?</h3><p>Untuk pertanyaan mendesak terkait permohonan informasi, silakan datang langsung ke kantor PPID pada jam layanan atau hubungi nomor telepon kami.</p>' +
        '<div class="mt-4 flex"><a href="tel:0542-123456"><svg class="lucide lucide-phone"></svg>Telepon Sekarang</a><a href="mailto:ppid@pa-penajam.go.id"><svg class="lucide lucide-mail"></svg>Kirim Email</a></div></div>', 'mt-6 border-t-ungu') + '</section>';
  }

  // ---- pages/public/faq.tsx: <Deferred data="faqs"> with no deferred prop on the server: the skeleton stays ----
  function faq() {
    setTitle('Pertanyaan Umum (FAQ)');
    var sk = '<div class="space-y-3" aria-label="Memuat data FAQ" role="status">' + [1, 2, 3, 4].map(function () { return '<div class="rounded-xl border bg-white p-5"><div class="flex items-center gap-3"><div data-slot="skeleton" class="h-7 w-7 animate-pulse rounded-full"></div><div data-slot="skeleton" class="h-4 flex-1 animate-pulse"></div><div data-slot="skeleton" class="h-4 w-4 animate-pulse"></div></div></div>'; }).join('') + '</div>';
    return '<section class="mx-auto max-w-3xl">' + back + pageHead('Pertanyaan Umum (FAQ)', 'Jawaban atas pertanyaan yang sering diajukan tentang layanan PPID.') + sk +
      '<div class="mt-8 rounded-xl border p-6 text-center"><p>Tidak menemukan jawaban yang Anda cari?</p><p class="mt-1 text-sm">Hubungi kami di <a href="mailto:ppid@pa-penajam.go.id">ppid@pa-penajam.go.id</a> atau telepon <a href="tel:0542-123456">0542-123456</a></p></div></section>';
  }

  var pages = {'public/home': home, 'public/profil': profil, 'public/informasi-publik': informasi, 'public/permohonan': permohonan, 'public/status': status, 'public/kontak': kontak, 'public/faq': faq};
  function errorModal(res) {
    // Inertia shows a non-Inertia response (here the 405 of a POST to a GET-only route) in a modal.
    var d = document.createElement('div'); d.id = 'inertia-error-modal'; d.setAttribute('style', 'position:fixed;inset:0;padding:50px;background:rgba(0,0,0,.6);z-index:200000');
    d.innerHTML = '<div style="background:#fff;height:100%;padding:1em">' + res.status + ' ' + esc(res.statusText || '') + '</div>';
    d.addEventListener('click', function () { d.remove(); }); document.body.appendChild(d);
  }
  function render() {
    root.innerHTML = layout(pages[page.component]());
    var f = document.getElementById('form-permohonan');
    if (f) {
      var nx = document.getElementById('btn-next'), bk = document.getElementById('btn-back');
      if (nx) nx.addEventListener('click', function () { step += 1; render(); });
      if (bk) bk.addEventListener('click', function () { step -= 1; render(); });
      f.addEventListener('submit', function (e) { e.preventDefault(); fetch('/permohonan', {method: 'POST', headers: {'X-Inertia': 'true'}}).then(errorModal); });
    }
    var s = document.getElementById('form-status');
    if (s) s.addEventListener('submit', function (e) { e.preventDefault(); fetch('/status/check', {method: 'POST', headers: {'X-Inertia': 'true'}}).then(errorModal); });
    document.querySelectorAll('[role=tablist] button[data-kategori]').forEach(function (b) {
      b.addEventListener('click', function () {
        // router.get('/informasi-publik', {kategori}) returns the same prop-less page: URL changes, list stays empty, 'Semua' stays selected.
        var k = b.getAttribute('data-kategori');
        history.pushState({}, '', '/informasi-publik' + (k === 'semua' ? '' : '?kategori=' + k));
        render();
      });
    });
  }
  render();
})();
