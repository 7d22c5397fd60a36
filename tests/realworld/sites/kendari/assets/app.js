// Compact rewrite of the Inertia/React client of kendarikota.go.id (resources/js/app.tsx + Layouts + Pages):
// reads the server's data-page JSON and builds what the browser shows. Radix NavigationMenu / DropdownMenu /
// Sheet contents (Profil, Direktori, Event, Program Kotaku, the mobile menu) are mounted only when opened and
// are left as bare triggers here, as on first paint.
(function () {
  var app = document.getElementById('app');
  var page = JSON.parse(app.dataset.page);
  var P = page.props;
  var esc = function (t) { return String(t == null ? '' : t).replace(/[&<>"]/g, function (c) { return {'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}[c]; }); };
  var setting = function (slug) { var x = P.pengaturan.filter(function (i) { return i.slug === slug; })[0]; return x ? x.value : null; };
  var fmtDate = function (d) { return new Date(d).toLocaleDateString('id-ID', {day: 'numeric', month: 'long', year: 'numeric'}); };
  var fileName = function (p) { return (p.split('/').pop() || '').replace(/\.[^/.]+$/, '').replace(/_\d{8}_\d{6}$/, '').replace(/_/g, ' '); };
  var num = function (n) { return Number(n).toLocaleString('id-ID'); };

  function topnav() {
    return '<div class="topnav"><p><span>Kendari, Sulawesi Tenggara</span></p><p><span class="clock"></span></p><div>' +
      ['fb', 'ig', 'yt'].map(function (k) { return '<a aria-label="link" target="_blank" href="' + esc(setting(k) || '#') + '"></a>'; }).join('') + '</div></div>';
  }
  function navbar() {
    return '<nav class="navbar"><a href="/"><img src="/img/logo.svg" alt="logo"></a>' +
      '<span role="button" aria-label="Toggle menu" aria-haspopup="dialog" aria-expanded="false" data-state="closed"></span>' +
      '<nav aria-label="Main" class="hidden lg:block"><ul>' +
      '<li class="nav__link"><a href="/">Beranda</a></li>' +
      '<li class="nav__link"><button data-state="closed" aria-expanded="false">Profil</button></li>' +
      '<li class="nav__link"><button data-state="closed" aria-expanded="false">Direktori</button></li>' +
      '<li class="nav__link"><button data-state="closed" aria-expanded="false">Event</button></li>' +
      '<li class="nav__link"><a href="/arsip">Arsip</a></li>' +
      '<li class="nav__link"><a href="/peraturan-daerah">Peraturan Daerah</a></li>' +
      '<li class="nav__link"><a href="/statistik">Statistik</a></li>' +
      '<li class="nav__link"><a href="/ppid">PPID</a></li>' +
      '<li class="nav__link"><span aria-haspopup="menu" aria-expanded="false" data-state="closed">Program Kotaku</span></li>' +
      '</ul></nav></nav>';
  }
  function hero(title, description) {
    return '<section class="hero-page"><nav aria-label="breadcrumb"><ol><li><span>Beranda</span></li><li><span>' + esc(title) +
      '</span></li></ol></nav><h1>' + esc(title) + '</h1><p>' + esc(description || title) + '</p></section>';
  }
  function subDomain() {
    return '<section class="subdomain"><p>Akses Cepat</p><p><i>Terhubung ke berbagai layanan melalui tautan berikut</i></p><div>' +
      P.aplikasi.map(function (a) { return '<a target="_blank" href="' + esc(a.link) + '"><span>' + esc(a.nama) + '</span></a>'; }).join('') + '</div></section>';
  }
  function footer() {
    return '<footer><div><img src="/img/logo.svg" alt="logo"><p>' + esc(setting('alamat') || '-') + '</p><div>' +
      ['fb', 'ig', 'yt'].map(function (k) { return '<a target="_blank" href="' + esc(setting(k) || '#') + '" aria-label="link"></a>'; }).join('') + '</div></div>' +
      '<div><p>Tautan Cepat</p><a href="/">Beranda</a> <a href="/kendari-kita/sejarah-kota-kendari">Sejarah</a> <a href="/kendari-kita/visi-misi">Visi &amp; Misi</a> <a href="/event/agenda">Agenda</a> <a href="/event/pengumuman">Pengumuman</a> <a href="/statistik">Statistik</a></div>' +
      '<div><p>Eksternal Link</p><a aria-label="link" target="_blank" href="https://indonesia.go.id">Indonesia</a> <a aria-label="link" target="_blank" href="https://www.komdigi.go.id">Komdigi RI</a> <a aria-label="link" target="_blank" href="https://www.kemendag.go.id">Kemendagri</a> <a aria-label="link" target="_blank" href="https://www.sultraprov.go.id">Provinsi Sultra</a> <a aria-label="link" target="_blank" href="https://www.lapor.go.id">Lapor</a></div>' +
      '<div><p>Kontak</p><div><span>' + esc(setting('no_hp_dinas') || '-') + '</span></div><div><span>' + esc((P.admin && P.admin.email) || '-') + '</span></div></div></footer>' +
      '<section class="copyright">Copyright &copy; 2025 <a aria-label="link" href="/">Diskominfo</a> Kota Kendari. All Rights Reserved</section>';
  }
  function layout(title, body) {
    var desc = location.pathname.indexOf('/ppid') === 0 ? 'Layanan informasi publik dan dokumentasi resmi Pemerintah Kota Kendari' : 'Pemerintah Daerah Kota Kendari';
    return '<div class="font-mulish"><div class="analytics"></div>' + topnav() + navbar() + hero(title, desc) + '<div class="page-body">' + body + '</div>' + subDomain() + footer() + '</div>';
  }

  // ---- Pages ----
  function welcome() {
    var marquee = (setting('teks_berjalan') || '').split('###').map(function (t) { return '<span>' + esc(t) + '</span>'; }).join(' ');
    return '<div class="font-mulish"><div class="analytics"></div>' + topnav() + navbar() +
      '<section class="hero"><h1>Selamat Datang di Portal Resmi Pemerintah Kota Kendari</h1>' +
      '<form class="search" id="hero-search"><input type="text" placeholder="Berita terbaru hari ini di kota kita"><button type="submit" aria-label="submit"></button></form></section>' +
      '<section class="walikota"><img src="/storage/' + esc(P.banner.image) + '" alt="banner"></section>' +
      '<div class="marquee">' + marquee + '</div>' +
      '<section class="news"><p>Berita Terkini</p><div id="gpr-kominfo-widget-container"></div></section>' +
      '<div class="container">' + subDomain() + '</div>' + footer() + '</div>';
  }

  var iconLabel = {};
  function ppid() {
    var menuLain = [
      {id: 'daftar-informasi', label: 'Daftar Informasi Publik'},
      {id: 'permohonan-informasi', label: 'Permohonan Informasi'},
      {id: 'cek-permohonan', label: 'Cek Status Permohonan Informasi Publik'},
      {id: 'pengajuan-keberatan', label: 'Pengajuan Keberatan'},
      {id: 'cek-status-pengajuan-keberatan', label: 'Cek Status Pengajuan Keberatan'}
    ];
    var menu = P.menu_ppid.concat(menuLain);
    var initial = new URLSearchParams(location.search).get('menu');
    var active = initial || 1; // a query value is a string: '?menu=5' matches no numeric id (as in the source)
    function content() {
      var h = '';
      if (active === 'daftar-informasi') h += '<div class="card"><h2>Daftar Informasi Publik</h2><p>Salah satu kewajiban badan publik yang dinyatakan dalam Undang-Undang No 14 Tahun 2008 adalah menyediakan Daftar Informasi Publik (DIP). DIP adalah catatan yang berisi keterangan sistematis tentang informasi publik yang berada di bawah penguasaan badan publik. Melalui aplikasi PPID Pemerintah Kota Kendari yang digunakan ini, badan publik dapat mempublikasi informasi yang dikuasai yang selanjutnya tersusun sebagai DIP secara otomatis.</p></div>' +
        '<div class="grid"><a href="/ppid/informasi-berkala"><div class="card"><h3>Informasi Berkala</h3></div></a><a href="/ppid/informasi-serta-merta"><div class="card"><h3>Informasi Serta Merta</h3></div></a><a href="/ppid/informasi-setiap-saat"><div class="card"><h3>Informasi Setiap Saat</h3></div></a></div>';
      if (active === 'permohonan-informasi') h += '<div class="card"><h2>Permohonan Informasi</h2><p>Layanan permohonan informasi publik disediakan untuk masyarakat yang ingin mengakses informasi secara resmi dari Pemerintah Kota Kendari. Silakan ajukan permohonan melalui form yang tersedia.</p><a href="/ppid/form-permohonan">Ajukan Permohonan</a></div>';
      if (active === 'cek-permohonan') h += '<div class="card"><h2>Cek Status Permohonan Informasi Publik</h2><p>Masukkan Nomor KTP yang digunakan saat mengajukan permohonan informasi publik untuk melihat status permohonan Anda.</p><form class="cek"><input type="text" placeholder="Masukkan Nomor KTP" maxlength="16" required><button type="submit">Cek Status</button></form></div>';
      if (active === 'pengajuan-keberatan') h += '<div class="card"><h2>Pengajuan Keberatan</h2><p>Layanan ini disediakan bagi pemohon informasi publik yang <span>merasa keberatan</span> atas tanggapan atau jawaban yang diberikan oleh PPID Kota Kendari. Silakan ajukan keberatan melalui form resmi agar dapat ditindaklanjuti sesuai ketentuan.</p><a href="/ppid/form-pengajuan">Ajukan Keberatan</a></div>';
      if (active === 'cek-status-pengajuan-keberatan') h += '<div class="card"><h2>Cek Status Pengajuan Keberatan</h2><p>Masukkan Nomor KTP yang digunakan saat mengajukan keberatan untuk melihat status pengajuan Anda.</p><form class="cek"><input type="text" placeholder="Masukkan Nomor KTP" maxlength="16" required><button type="submit">Cek Status</button></form></div>';
      var dyn = P.menu_ppid.filter(function (m) { return m.id === active; })[0];
      if (dyn) h += '<div class="card"><h2>' + esc(dyn.label) + '</h2><div class="prose">' + (dyn.konten || 'Belum ada data.') + '</div>' +
        (dyn.lampiran ? '<a href="/storage/' + encodeURI(dyn.lampiran) + '" target="_blank" rel="noopener noreferrer">' + esc(fileName(dyn.lampiran)) + '</a>' : '') + '</div>';
      var st = [['Jumlah Dokumen', P.jumlahDokumen], ['Jumlah Permohonan Informasi', P.jumlahPermohonanInformasi], ['Jumlah Permohonan Diterima', P.jumlahPermohonanDiterima], ['Jumlah Permohonan Ditolak', P.jumlahPermohonanDitolak], ['Jumlah Unduhan', P.jumlahUnduhan], ['Jumlah Dokumen Dilihat', P.jumlahLihat], ['Jumlah Informasi Berkala', P.jumlahBerkala], ['Jumlah Informasi Serta Merta', P.jumlahSertaMerta], ['Jumlah Informasi Setiap Saat', P.jumlahSetiapSaat]];
      h += '<div class="card statistik"><h2>Statistik</h2><p>Informasi statistik dokumen</p><div>' + st.map(function (x) { return '<div class="card"><p>' + x[0] + '</p><p><b>' + num(x[1]) + '</b></p></div>'; }).join('') + '</div></div>';
      return h;
    }
    function sidebar() {
      return menu.map(function (m, i) { return '<button data-i="' + i + '" class="' + (m.id === active ? 'active' : '') + '">' + esc(m.label) + '</button>'; }).join('');
    }
    function render() {
      document.getElementById('ppid-side').innerHTML = sidebar();
      document.getElementById('ppid-content').innerHTML = content();
      var url = new URL(location.href); url.searchParams.set('menu', active); history.replaceState({}, '', url.toString());
    }
    setTimeout(function () {
      render();
      document.getElementById('ppid-side').addEventListener('click', function (e) {
        var b = e.target.closest('button'); if (!b) return; active = menu[+b.dataset.i].id; render();
      });
    }, 0);
    return layout('PPID Kota Kendari', '<div class="ppid"><div><div id="ppid-side" class="sidebar"></div>' +
      '<div class="card help"><img src="/img/help-img.png" alt="Chatina - Asisten Virtual PPID"><h3>Ada Pertanyaan Seputar PPID?</h3><p>Jika ada pertanyaan mengenai layanan atau informasi publik, Anda dapat melakukan chat dengan <span>Chatina</span>, asisten virtual Kota Kendari yang siap menjawab pertanyaan Anda.</p><a href="https://chatina.kendarikota.go.id" target="_blank" rel="noopener noreferrer">Tanya Chatina</a></div>' +
      '</div><div id="ppid-content"></div></div>');
  }

  function jenisInformasi() {
    var d = P.data, k = P.jenisInformasi, rows = d.data;
    var body = rows.length ? rows.map(function (it, i) {
      var href = '/ppid/' + k + '/' + it.slug;
      return '<tr><td>' + (d.from + i) + '.</td><td><a href="' + href + '">' + esc(it.judul) + '</a><div>' + esc(it.user ? it.user.name : '-') + '</div><div>' + (it.tanggal_publish ? fmtDate(it.tanggal_publish) : '-') + '</div></td><td>' + it.total_unduh + ' kali</td><td>' + it.total_lihat + ' kali</td><td><a href="' + href + '">Lihat</a></td></tr>';
    }).join('') : '<tr><td colspan="5">Belum ada dokumen</td></tr>';
    var pag = d.links.length > 3 ? '<nav class="pagination">' + d.links.map(function (l) { return l.url ? '<a href="' + esc(l.url) + '"' + (l.active ? ' aria-current="page"' : '') + '>' + l.label + '</a>' : '<span>' + l.label + '</span>'; }).join('') + '</nav>' : '';
    return layout('PPID - ' + P.title, '<div class="card"><form method="get" action="/ppid/' + k + '"><div><h2>Daftar ' + esc(P.title) + '</h2><p>Daftar dokumen informasi</p></div><input type="text" name="search" placeholder="Search" value="' + esc(P.filters.search || '') + '"></form>' +
      '<table><thead><tr><th>No.</th><th>Judul Dokumen Informasi</th><th>Total Unduhan</th><th>Total Lihat</th><th>Tampilkan</th></tr></thead><tbody>' + body + '</tbody></table>' + pag + '</div>');
  }

  function detail() {
    var d = P.data;
    return layout('PPID - ' + P.title, '<div class="card"><h1>' + esc(d.judul) + '</h1><div><span>' + d.total_unduh + ' Unduhan</span> <span>' + d.total_lihat + ' Kali Dilihat</span></div>' +
      '<a href="' + (d.lampiran ? '/ppid/download-dokumen/' + d.id : '#') + '" download>Download File</a></div>' +
      '<div class="grid"><div><a href="/ppid/' + P.jenisInformasi + '">Kembali</a><div class="card"><dl><dt>Nama Dokumen</dt><dd>' + esc(d.judul) + '</dd><dt>Tanggal Publish</dt><dd>' + fmtDate(d.tanggal_publish) + '</dd><dt>Kategori Dokumen</dt><dd>' + esc(d.kategori.replace(/-/g, ' ').replace(/\b\w/g, function (c) { return c.toUpperCase(); })) + '</dd><dt>OPD</dt><dd>' + esc(d.user ? d.user.name : '-') + '</dd></dl></div></div>' +
      '<div class="card"><h3>Preview Dokumen</h3>' + (d.lampiran ? '<iframe src="/storage/' + encodeURI(d.lampiran) + '"></iframe>' : '<div><p>Dokumen tidak tersedia</p></div>') + '</div></div>');
  }

  function captcha() { var c = ''; var s = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; for (var i = 0; i < 5; i++) c += s[Math.floor(Math.random() * s.length)]; return c; }
  function field(label, name, type, extra) {
    return '<div><label for="' + name + '">' + label + ' <span class="req">*</span></label>' + (type === 'textarea' ? '<textarea id="' + name + '" name="' + name + '"' + (extra || '') + ' required></textarea>' : '<input id="' + name + '" name="' + name + '" type="' + (type || 'text') + '"' + (extra || '') + ' required>') + '</div>';
  }
  function formPermohonan() {
    return layout('Form Permohonan Informasi Publik', '<div class="card"><div class="alert"><p>Setelah permohonan diajukan, permohonan akan diverifikasi dalam waktu <b>1x24 jam</b>. Proses pengerjaan atau penyediaan informasi memerlukan waktu maksimal <b>1 minggu</b>. Anda dapat memantau status permohonan secara berkala melalui <a href="/ppid?menu=cek-permohonan">Cek Permohonan</a>.</p></div><hr>' +
      '<h1>Form Permohonan Informasi Publik</h1><p class="req">* Wajib diisi</p><form>' +
      field('Nama Pemohon (Pribadi/Badan Hukum)', 'nama_pemohon') + field('Nomor KTP', 'nomor_ktp', 'text', ' maxlength="16"') +
      '<div><label for="foto_ktp">Foto KTP <span class="req">*</span></label><input id="foto_ktp" name="foto_ktp" type="file" accept="image/*" required></div>' +
      '<div><label for="nomor_pengesahan">Nomor Pengesahan (Badan Hukum)</label><input id="nomor_pengesahan" name="nomor_pengesahan" type="text"></div>' +
      field('Alamat', 'alamat', 'textarea') + field('Pekerjaan', 'pekerjaan') + field('No. HP', 'no_hp') + field('Email', 'email', 'email') +
      field('Rincian Informasi yang Dibutuhkan', 'rincian_informasi', 'textarea') + field('Tujuan Permohonan Informasi', 'tujuan_permohonan', 'textarea') +
      '<div><label>Cara Memperoleh Informasi <span class="req">*</span></label><label><input type="radio" name="cara_memperoleh_informasi" value="Melihat"> Melihat</label><label><input type="radio" name="cara_memperoleh_informasi" value="Membaca"> Membaca</label><label><input type="radio" name="cara_memperoleh_informasi" value="Mendengarkan"> Mendengarkan</label><label><input type="radio" name="cara_memperoleh_informasi" value="Mencatat"> Mencatat</label></div>' +
      '<div><label>Mendapatkan Salinan Informasi <span class="req">*</span></label><label><input type="radio" name="mendapatkan_salinan" value="Softcopy"> Softcopy</label><label><input type="radio" name="mendapatkan_salinan" value="Hardcopy"> Hardcopy</label></div>' +
      '<div><label for="cara_mendapatkan_salinan">Cara Mendapatkan Salinan Informasi <span class="req">*</span></label><select id="cara_mendapatkan_salinan" name="cara_mendapatkan_salinan" required><option value="">-- Pilih Cara --</option><option value="Mengambil Langsung">Mengambil Langsung</option><option value="Kurir">Kurir</option><option value="POS">POS</option><option value="Fax">Fax</option><option value="Email">Email</option><option value="WhatsApp">WhatsApp</option></select></div>' +
      '<div><label>Captcha <span class="req">*</span></label><span class="captcha">' + captcha() + '</span><button type="button" aria-label="refresh"></button><input type="text" placeholder="Ketik kode" required></div>' +
      '<div><button type="submit">KIRIM PERMOHONAN</button></div></form></div>');
  }
  function formPengajuan() {
    var reasons = ['Permohonan informasi ditolak', 'Informasi berkala tidak disediakan', 'Permintaan informasi tidak ditanggapi', 'Permintaan informasi ditanggapi tidak sebagaimana yang diminta', 'Permintaan informasi tidak dipenuhi', 'Biaya yang dikenakan tidak wajar', 'Informasi disampaikan melebihi jangka waktu yang ditentukan'];
    var noReg = new URLSearchParams(location.search).get('no_registrasi') || '';
    return layout('Form Permohonan Informasi Publik', '<div class="card"><h1>Form Pengajuan Keberatan</h1><p class="req">* Wajib diisi</p><form>' +
      '<div><label for="nomor_registrasi">No Registrasi Permohonan Informasi <span class="req">*</span></label><input id="nomor_registrasi" name="nomor_registrasi" maxlength="12" value="' + esc(noReg) + '" required><button type="button">Cek Permohonan</button><button type="button" aria-label="reset"></button></div>' +
      field('Tujuan Penggunaan Informasi', 'tujuan_penggunaan', 'textarea', ' disabled') + field('Nama Pemohon', 'nama_pemohon', 'text', ' disabled') + field('Alamat', 'alamat_pemohon', 'textarea', ' disabled') +
      field('Pekerjaan', 'pekerjaan', 'text', ' disabled') + field('No.Tlp/HP', 'no_hp_pemohon', 'text', ' disabled') + field('Kasus Posisi', 'kasus_posisi', 'textarea', ' disabled') +
      '<div><label for="nama_kuasa_pemohon">Nama Kuasa Pemohon</label><input id="nama_kuasa_pemohon" disabled></div><div><label for="alamat_kuasa_pemohon">Alamat Kuasa Pemohon</label><textarea id="alamat_kuasa_pemohon" disabled></textarea></div><div><label for="no_hp_kuasa_pemohon">No.Tlp/HP Kuasa Pemohon</label><input id="no_hp_kuasa_pemohon" disabled></div>' +
      '<div><p>Alasan Pengajuan Keberatan <span class="req">*</span></p>' + reasons.map(function (r) { return '<label><input type="checkbox" name="alasan[]" value="' + r + '" disabled> ' + r + '</label>'; }).join('') + '</div>' +
      '<div><label>Captcha <span class="req">*</span></label><span class="captcha">' + captcha() + '</span><input type="text" placeholder="Ketik kode" disabled></div>' +
      '<div><button type="submit" disabled>KIRIM PERMOHONAN</button></div></form></div>');
  }

  var pages = {
    'Welcome': welcome,
    'PPID/PPID': ppid,
    'PPIDJenisInformasi': jenisInformasi,
    'PPIDJenisInformasiDetail': detail,
    'PPIDFormPermohonan/PPIDFormPermohonan': formPermohonan,
    'PPIDFormPengajuan/PPIDFormPengajuan': formPengajuan
  };
  app.innerHTML = pages[page.component]();
  var hs = document.getElementById('hero-search');
  if (hs) hs.addEventListener('submit', function (e) { e.preventDefault(); var q = hs.querySelector('input').value; setTimeout(function () { window.open('https://berita.kendarikota.go.id/?s=' + q, '_blank'); }, 1000); });
  document.querySelectorAll('form').forEach(function (f) { if (f !== hs && f.method !== 'get') f.addEventListener('submit', function (e) { e.preventDefault(); }); });
})();
