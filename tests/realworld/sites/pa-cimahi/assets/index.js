// Compact working rewrite (no React) of friham/pacimahi frontend/src: App routes, Navbar (menu tree from the
// seeded `menus` table as GET /api/menus/tree?scope=public returns it), Footer (site_settings seed), the
// Layanan Publik and Kesekretariatan layouts, HomePage (hero, QuickAccess over the seeded `services`, stats,
// news), LayananInformasiPPIDPage, MediaPublikasiLayananPage, KategorisasiInformasiPage, GlobalSearchModal.
const T = (p, l) => ({ href: p, label: l });
const MENU = [
  { label: 'Profil Pengadilan', children: [
    T('/tentang-pengadilan/pengantar-dari-ketua-pengadilan', 'Pengantar Ketua Pengadilan'),
    T('/tentang-pengadilan/visi-dan-misi', 'Visi dan Misi Pengadilan'),
    T('/tentang-pengadilan/kekuasaan-dan-ruang-lingkup-pengadilan-agama', 'Tugas Pokok & Fungsi'),
    T('/tentang-pengadilan/wilayah-yurisdiksi', 'Wilayah Yurisdiksi'),
    T('/tentang-pengadilan/struktur-organisasi', 'Struktur Organisasi'),
    { href: '/tentang-pengadilan/sejarah-pengadilan-cmi/tgl-pembentukan-pengadilan', label: 'Sejarah Pengadilan', children: [
      T('/tentang-pengadilan/sejarah-pengadilan-cmi/tgl-pembentukan-pengadilan', 'Tanggal Pembentukan Pengadilan'),
      T('/tentang-pengadilan/sejarah-pengadilan-cmi/sk-pembentukan-pengadilan', 'SK Pembentukan Pengadilan')] },
    T('/tentang-pengadilan/daftar-nama-mantan-pimpinan', 'Daftar Mantan Pimpinan'),
    T('/tentang-pengadilan/agenda-kerja-pimpinan', 'Agenda Kegiatan Pimpinan'),
    T('/tentang-pengadilan/alamat-pengadilan', 'Alamat & Kontak Pengadilan'),
    { href: '/tentang-pengadilan/profile-pengadilan/profil-pegawai/ketua-wakil-ketua', label: 'Profil Pegawai & SDM', children: [
      T('/tentang-pengadilan/profile-pengadilan/profil-pegawai/ketua-wakil-ketua', 'Ketua & Wakil Ketua'),
      T('/tentang-pengadilan/profile-pengadilan/profil-pegawai/sdm-hakim', 'SDM Hakim'),
      T('/tentang-pengadilan/profile-pengadilan/profil-pegawai/kepaniteraann', 'SDM Kepaniteraan'),
      T('/tentang-pengadilan/profile-pengadilan/profil-pegawai/kesekretariatan', 'SDM Kesekretariatan'),
      T('/tentang-pengadilan/profile-pengadilan/profil-pegawai/fungsional-dan-pelaksana', 'SDM Fungsional & Pelaksana'),
      T('/tentang-pengadilan/profile-pengadilan/statistik-kepegawaian', 'Statistik Kepegawaian')] }] },
  { label: 'Informasi Umum', children: [
    T('/informasi-umum/standar-operasional-prosedur', 'Standar Operasional Prosedur (SOP)'),
    T('/informasi-umum/program-kerja', 'Program Kerja Tahunan'),
    T('/informasi-umum/laporan-tahunan', 'Laporan Tahunan')] },
  { label: 'Kepaniteraan', children: [
    T('/kepaniteraan/posbakum', 'Pos Bantuan Hukum (Posbakum)'), T('/kepaniteraan/prodeo', 'Perkara Prodeo (Cuma-Cuma)'),
    T('/kepaniteraan/hak-pencari-keadilan', 'Hak-Hak Para Pencari Keadilan'), T('/kepaniteraan/prosedur-berperkara', 'Prosedur Berperkara'),
    T('/kepaniteraan/ecourt', 'e-Court (Berperkara Elektronik)'), T('/kepaniteraan/mediasi', 'Mediasi Pengadilan'),
    T('/kepaniteraan/jadwal-persidangan', 'Jadwal Persidangan'), T('/kepaniteraan/biaya-perkara', 'Biaya Perkara')] },
  { label: 'Kesekretariatan', children: [
    T('/kesekretariatan/pengadaan-barang-dan-jasa', 'Pengadaan Barang dan Jasa'), T('/kesekretariatan/dipa', 'DIPA'),
    T('/kesekretariatan/sakip', 'SAKIP'), T('/kesekretariatan/daftar-aset-dan-inventaris', 'Daftar Aset dan Inventaris'),
    T('/kesekretariatan/survei-pelayanan-publik', 'Survei Pelayanan Publik')] },
  { label: 'Layanan Publik', children: [
    T('/layanan-publik/ptsp', 'Pelayanan Terpadu Satu Pintu (PTSP)'), T('/layanan-publik/zona-integritas', 'Zona Integritas (WBK/WBBM)'),
    T('/layanan-publik/layanan-pengaduan', 'Layanan Pengaduan'), T('/layanan-publik/layanan-informasi', 'Layanan Informasi Publik (PPID)'),
    T('/layanan-publik/fasilitas-publik', 'Fasilitas Publik & Jam Kerja'), T('/layanan-publik/brosur-digital', 'Brosur Digital')] },
  { label: 'Publikasi', children: [
    T('/publikasi/berita', 'Berita Pengadilan'), T('/publikasi/pengumuman', 'Pengumuman Resmi'), T('/publikasi/artikel', 'Artikel Hukum & Opini'),
    T('/publikasi/peraturan-kebijakan', 'Peraturan & Kebijakan'), T('/publikasi/galeri', 'Galeri Foto & Multimedia')] },
];
const S = { court_address: 'Jl. Encep Kartawiria No. 28, Cimahi Tengah, Kota Cimahi 40526', court_phone: '(022) 6631 334', court_email: 'info@pa-cimahi.go.id' };
const SERVICES = [
  ['Informasi Perkara', 'Cek informasi dan status perkara Anda', 'https://sipp.pa-cimahi.go.id'],
  ['Jadwal Sidang', 'Lihat jadwal sidang pengadilan', 'https://sipp.pa-cimahi.go.id/list_jadwal_sidang'],
  ['Daftar Perkara', 'Daftar perkara secara online', 'https://ecourt.mahkamahagung.go.id'],
  ['E-Court', 'Layanan pendaftaran perkara elektronik', 'https://ecourt.mahkamahagung.go.id'],
  ['Gugatan Mandiri', 'Buat gugatan secara mandiri', 'https://ecourt.mahkamahagung.go.id'],
  ['Pengaduan', 'Sampaikan pengaduan Anda', 'https://siwas.mahkamahagung.go.id'],
  ['PPID', 'Pejabat Pengelola Informasi dan Dokumentasi', '#'],
  ['Posbakum', 'Pos Bantuan Hukum', '#'],
];
const NEWS = [
  ['Pencanangan Pembangunan Zona Integritas PA Kota Cimahi Menuju WBBM 2026', 'pencanangan-zi-pa-cimahi-2026', 'Pengadilan Agama Kota Cimahi berkomitmen mewujudkan birokrasi yang bersih, melayani, dan bebas dari korupsi dengan meningkatkan standar pelayanan terpadu satu pintu (PTSP).'],
  ['Pengumuman Jadwal Pelayanan PTSP dan Sidang Selama Bulan Ramadhan', 'pengumuman-jadwal-layanan-ramadhan', 'Diberitahukan kepada seluruh masyarakat pencari keadilan bahwa jam operasional pelayanan dan persidangan mengalami penyesuaian selama bulan Ramadhan.'],
  ['Panduan Pendaftaran Perkara Secara Mandiri Melalui E-Court Mahkamah Agung', 'panduan-ecourt-mandiri-2026', 'Masyarakat kini dapat mendaftarkan gugatan, membayar panjar biaya perkara, hingga menerima panggilan sidang secara daring melalui platform e-Court MA RI.'],
];
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const ext = (h, l, cls) => `<a href="${esc(h)}" target="_blank" rel="noreferrer"${cls ? ` class="${cls}"` : ''}>${l}</a>`;
const st = { dropdown: null, sub: {}, tab: {}, submitted: false, scrolled: false, search: false, q: '' };

function navbar() {
  const items = MENU.map((it, i) => {
    const open = st.dropdown === i;
    let dd = '';
    if (open) dd = `<div class="navbar__dropdown" data-dd="${i}">` + it.children.map((c, j) => {
      const key = `d-${i}-${j}`;
      const sub = c.children && st.sub[key] ? `<div class="navbar__inline-sub-list">${c.children.map((s) => `<a href="${s.href}" class="navbar__inline-sub-item"><span>${s.label}</span></a>`).join('')}</div>` : '';
      return `<div class="navbar__dropdown-item-group"><div class="navbar__dropdown-link-wrapper"><a href="${c.href}" class="navbar__dropdown-item"><span>${c.label}</span></a>${c.children ? `<button class="navbar__dropdown-expand-btn" data-sub="${key}" title="Buka sub-menu">&#9662;</button>` : ''}</div>${sub}</div>`;
    }).join('') + '</div>';
    return `<div class="navbar__item" data-top="${i}"><button class="navbar__link" data-toggle="${i}"><span>${it.label}</span> &#9662;</button>${dd}</div>`;
  }).join('');
  return `<nav class="navbar"><div class="navbar__container"><a href="/" class="navbar__logo"><img src="/src/assets/logo.png" alt="Logo Pengadilan Agama Kota Cimahi"><div><span>MAHKAMAH AGUNG REPUBLIK INDONESIA</span> <span>PENGADILAN AGAMA KOTA CIMAHI KELAS IA</span></div></a><div class="navbar__menu">${items}</div>${st.scrolled ? '<button class="navbar__search-btn" data-search="open" aria-label="Buka pencarian" title="Cari berita &amp; layanan">&#128269;</button>' : ''}<button class="navbar__toggle" aria-label="Toggle navigation menu">&#9776;</button></div></nav>`;
}

function footer() {
  return `<footer class="footer"><div class="footer__grid">
<div class="footer__col"><h3>Pengadilan Agama</h3><p>Kota Cimahi Kelas IA</p><p>Mewujudkan peradilan agama yang agung, bersih, dan melayani dengan sepenuh hati untuk masyarakat Kota Cimahi dan sekitarnya.</p>
<div class="footer__hours"><div>Jam Pelayanan PTSP</div><div><span>Senin – Kamis</span> <span>08.00 – 16.30 WIB</span></div><div><span>Jumat</span> <span>07.30 – 16.30 WIB</span></div><div><span>Sabtu – Minggu</span> <span>Tutup</span></div></div>
<div class="footer__socials">${ext('https://wa.me/6281121111522?text=Info%20Layanan%20PA%20Cimahi', '<span aria-label="WhatsApp">WA</span>', 'footer__social')}</div></div>
<div class="footer__col"><h4>Tautan Cepat</h4><ul>
<li><a href="/tentang-pengadilan/pengantar-dari-ketua-pengadilan">Profil Pengadilan</a></li><li><a href="/tentang-pengadilan/struktur-organisasi">Struktur Organisasi</a></li><li><a href="/tentang-pengadilan/wilayah-yurisdiksi">Wilayah Yurisdiksi</a></li><li><a href="/kepaniteraan/jadwal-persidangan">Jadwal Persidangan</a></li><li><a href="/kepaniteraan/statistik-perkara">Statistik Perkara</a></li><li><a href="/publikasi/berita">Berita Terkini</a></li><li><a href="/publikasi/pengumuman">Pengumuman</a></li><li><a href="/layanan-publik/layanan-pengaduan">Pengaduan</a></li></ul></div>
<div class="footer__col"><h4>Layanan Online</h4><ul>
<li>${ext('https://ecourt.mahkamahagung.go.id', 'e-Court MA RI')}</li><li>${ext('https://sipp.mahkamahagung.go.id', 'SIPP (Info Perkara)')}</li><li>${ext('https://gugatan.mahkamahagung.go.id', 'Gugatan Mandiri')}</li><li>${ext('https://siwas.mahkamahagung.go.id', 'SIWAS (Pengawasan)')}</li><li>${ext('https://posbakum.badilag.net', 'Posbakum Online')}</li><li>${ext('https://cctv.badilag.net/display/satker/3f0217881b5ba82ead3967e1032f6421', 'CCTV Online (ACO)')}</li><li>${ext('https://wa.me/6281121111522?text=Info%20Layanan', 'WhatsApp SILINCAH')}</li></ul></div>
<div class="footer__col"><h4>Hubungi Kami</h4>
${ext('https://maps.google.com/?q=' + encodeURIComponent(S.court_address), `<span>${S.court_address}</span>`, 'footer__contact')}
<a class="footer__contact" href="tel:${S.court_phone.replace(/[^0-9+]/g, '')}"><span>${S.court_phone}</span></a>
<a class="footer__contact" href="mailto:${S.court_email}"><span>${S.court_email}</span></a></div>
<div class="footer__col"><h4>Statistik Pengunjung</h4></div>
</div><div class="footer__bottom"><p>© ${new Date().getFullYear()} Pengadilan Agama Kota Cimahi Kelas IA — Mahkamah Agung Republik Indonesia. Hak Cipta Dilindungi.</p></div></footer>`;
}

const LP_MENU = [
  ['/layanan-publik/ptsp', 'Pelayanan Terpadu Satu Pintu (PTSP)'], ['/layanan-publik/alur-pelayanan-prioritas-ptsp', 'Alur Pelayanan Prioritas & Kaum Rentan'],
  ['/layanan-publik/akreditasi-penjaminan-mutu', 'Akreditasi Penjaminan Mutu (APM)'], ['/layanan-publik/zona-integritas', 'Zona Integritas (WBK & WBBM)'],
  ['/layanan-publik/pengawasan-dan-kode-etik', 'Pengawasan & Kode Etik'], ['/layanan-publik/layanan-pengaduan', 'Layanan Pengaduan & SIWAS MARI'],
  ['/layanan-publik/layanan-informasi', 'Layanan Informasi Publik (PPID)'], ['/layanan-publik/fasilitas-publik', 'Fasilitas Publik & Tanggap Darurat'],
  ['/layanan-publik/brosur-digital', 'Brosur Digital & Kumpulan SK'],
];
function layananPublik(title, subtitle, crumb, body) {
  const side = LP_MENU.map(([p, t]) => `<li class="sidebar-nav-item"><a href="${p}" class="sidebar-nav-link${location.pathname === p ? ' active' : ''}"><span>${t}</span></a></li>`).join('')
    + `<li class="sidebar-nav-item">${ext('https://wa.me/6281121111522?text=Info%20Layanan%20Publik', '<span>WhatsApp SILINCAH</span>', 'sidebar-nav-link')}</li>`
    + `<li class="sidebar-nav-item">${ext('https://cctv.badilag.net/display/satker/3f0217881b5ba82ead3967e1032f6421', '<span>CCTV Online (ACO Badilag)</span>', 'sidebar-nav-link')}</li>`;
  return `<section class="layanan-publik-hero"><nav class="layanan-publik-breadcrumbs" aria-label="Breadcrumb"><a href="/">Beranda</a> › <span>Layanan Publik</span> › <span class="current">${crumb}</span></nav><h1>${title}</h1><p>${subtitle}</p></section>
<div class="layanan-publik-body-container"><aside class="layanan-publik-sidebar"><div class="sidebar-card"><div class="sidebar-card__header"><span>Menu Layanan Publik</span></div><ul class="sidebar-nav-list">${side}</ul></div>
<div class="sidebar-card"><div class="sidebar-card__header"><span>Jam Operasional PTSP</span></div><div class="sidebar-info-card">
<div class="info-item"><strong>Senin - Kamis:</strong> 08.00 - 16.30 WIB<br><strong>Istirahat:</strong> 12.00 - 13.00 WIB<br><strong>Jumat:</strong> 07.30 - 16.30 WIB<br><strong>Istirahat:</strong> 11.30 - 13.00 WIB</div>
<div class="info-item"><strong>Lokasi Meja PTSP</strong> <span>Gedung Utama Lantai 1 PA Kota Cimahi</span></div>
<div class="info-item"><strong>Call Center PTSP</strong> <span>022-63191919</span></div>
${ext('https://wa.me/6281121111522?text=Halo%20PTSP%20PA%20Cimahi', '<span>Chat Petugas PTSP</span>', 'sidebar-cta-btn')}</div></div></aside>
<main class="layanan-publik-content-area">${body}</main></div>`;
}
const KS_MENU = [
  ['/kesekretariatan/pengadaan-barang-dan-jasa', 'Pengadaan Barang dan Jasa'], ['/kesekretariatan/dipa', 'DIPA'], ['/kesekretariatan/realisasi-pnbp', 'Realisasi Penerimaan Negara Bukan Pajak PNBP'],
  ['/kesekretariatan/daftar-aset-dan-inventaris', 'Daftar Aset dan Inventaris'], ['/kesekretariatan/survei-pelayanan-publik', 'Survei Pelayanan Publik'], ['/kesekretariatan/kepegawaian', 'Kepegawaian'],
  ['/kesekretariatan/kategorisasi-informasi', 'Kategorisasi Informasi'], ['/kesekretariatan/sakip', 'SAKIP'], ['/kesekretariatan/surat-menyurat-pimpinan', 'Surat Menyurat Pimpinan'],
  ['/kesekretariatan/pedoman-pengelolaan-kesekretariatan', 'Pedoman Pengelolaan Kesekretariatan'], ['/kesekretariatan/unit-pelaksana-teknis-kesekretariatan', 'Unit Pelaksana Teknis Kesekretariatan'], ['/kesekretariatan/laporan', 'Laporan'],
];
function kesekretariatan(title, subtitle, crumb, body) {
  const side = KS_MENU.map(([p, t]) => `<li class="sidebar-nav-item"><a href="${p}" class="sidebar-nav-link${location.pathname === p ? ' active' : ''}"><span>${t}</span></a></li>`).join('');
  return `<section class="kesekretariatan-hero"><nav class="kesekretariatan-breadcrumbs" aria-label="Breadcrumb"><a href="/">Beranda</a> › <span>Kesekretariatan</span> › <span class="current">${crumb}</span></nav><h1>${title}</h1><p>${subtitle}</p></section>
<div class="kesekretariatan-body-container"><aside class="kesekretariatan-sidebar"><div class="sidebar-card"><div class="sidebar-card__header"><span>Menu Kesekretariatan</span></div><ul class="sidebar-nav-list">${side}</ul></div>
<div class="sidebar-card"><div class="sidebar-card__header"><span>Jam Operasional Kantor</span></div><div class="sidebar-info-card">
<div class="info-item"><strong>Senin - Kamis:</strong> 08.00 - 16.30 WIB<br><strong>Jumat:</strong> 07.30 - 16.30 WIB</div>
<div class="info-item"><strong>Alamat Kantor</strong> <span>Jl. Baros, Kel. Utama, Kec. Cimahi Selatan, Kota Cimahi 40533</span></div>
<div class="info-item"><strong>Telepon / Fax</strong> <span>022-63191919</span></div>
<div class="info-item"><strong>Email Resmi</strong> <span>surat@pa-cimahi.go.id</span></div>
${ext('https://wa.me/6281121111522?text=Info%20Kesekretariatan', '<span>SILINCAH WhatsApp</span>', 'sidebar-cta-btn')}</div></div></aside>
<main class="kesekretariatan-content-area">${body}</main></div>`;
}
const tabs = (page, list) => `<div class="tabs">${list.map(([id, l]) => `<button data-tab="${page}:${id}"${st.tab[page] === id ? ' class="active"' : ''}>${l}</button>`).join('')}</div>`;
const alertBtn = (msg, label) => `<button data-alert="${esc(msg)}">${label}</button>`;

function home() {
  document.title = 'Pengadilan Agama Kota Cimahi Kelas IA | Website Resmi';
  return `<main><section class="hero"><span>Zona Integritas WBK &amp; WBBM</span><h1>Selamat Datang di Pengadilan Agama Kota Cimahi</h1><p>Mewujudkan Peradilan Agama yang Agung, Bersih, dan Melayani dengan Sepenuh Hati untuk Masyarakat Kota Cimahi.</p>
<div class="running-text">Selamat Datang di Website Resmi Pengadilan Agama Kota Cimahi Kelas II • Pelayanan PTSP Buka Senin-Jumat • Stop Pungli &amp; Gratifikasi • Layanan e-Court MA RI Tersedia 24 Jam</div></section>
<section class="quick-access" id="layanan"><span>Layanan Digital</span><h2>Yang Anda Butuhkan?</h2><p>Akses cepat ke layanan utama dan aplikasi peradilan online kami</p><div class="quick-access__grid">
${SERVICES.map(([n, d, l]) => `<a href="${l}"${l.startsWith('http') ? ' target="_blank" rel="noreferrer"' : ' target="_self"'} class="quick-access__card"${n === 'Informasi Perkara' ? ' data-case="1"' : ''}><h3>${n}</h3><p>${d}</p><div>→</div></a>`).join('\n')}</div></section>
<section class="stats"><div><strong>3.420</strong> Perkara Diterima</div><div><strong>3.365</strong> Perkara Diputus</div><div><strong>98,4%</strong> Persentase Penyelesaian</div><div><strong>97,8%</strong> Indeks Kepuasan Masyarakat</div></section>
<section class="news"><h2>Berita &amp; Pengumuman</h2>${NEWS.map(([t, s, c]) => `<article><h3><a href="/publikasi/berita/${s}">${t}</a></h3><p>${c}</p></article>`).join('')}</section>
<section class="video-profile"><h2>Video Profil Pengadilan Agama Kota Cimahi</h2><p>Mengenal lebih dekat komitmen integritas, tata kelola modern, dan inovasi pelayanan prima Pengadilan Agama Kota Cimahi bagi masyarakat.</p></section></main>`;
}

function ppid() {
  document.title = 'Layanan Informasi Publik (PPID) | PA Kota Cimahi';
  const t = st.tab.ppid || 'prosedur';
  let body = '';
  if (t === 'prosedur') body = `<h3>Tahapan Permintaan Informasi Publik</h3><div class="steps">
<div><div>1</div><h4>Pengajuan Permohonan</h4><p>Pemohon mengisi formulir permohonan informasi via online atau langsung di Meja Informasi PTSP dengan melampirkan fotokopi KTP.</p></div>
<div><div>2</div><h4>Pencatatan &amp; Verifikasi</h4><p>Petugas PPID memeriksa kelengkapan data dan memberikan tanda terima permohonan resmi.</p></div>
<div><div>3</div><h4>Pemberitahuan Tertulis</h4><p>PPID memberikan jawaban tertulis paling lambat 10 (sepuluh) hari kerja (dapat diperpanjang 7 hari kerja).</p></div>
<div><div>4</div><h4>Penyerahan Informasi</h4><p>Informasi diberikan secara digital (email/softcopy) atau hardcopy di Meja PPID.</p></div></div>`;
  if (t === 'formulir') body = `<h3>Formulir Permohonan Informasi Publik Online</h3>` + (st.submitted
    ? `<div class="success"><h4>Permohonan Informasi Berhasil Terkirim!</h4><p>Petugas PPID PA Kota Cimahi akan memproses permohonan Anda maksimal 10 hari kerja. Kode registrasi: <strong>PPID-CMI-${Date.now().toString().slice(-6)}</strong>.</p><button data-reset="1">Kirim Permohonan Baru</button></div>`
    : `<form id="ppid-form"><div><label>Nama Lengkap Sesuai KTP *</label><input required type="text"></div>
<div><label>Nomor Induk Kependudukan (NIK) *</label><input required type="text"></div>
<div><label>Nomor Telepon / WhatsApp *</label><input required type="text"></div>
<div><label>Alamat Email *</label><input required type="email"></div>
<div><label>Rincian Informasi yang Dibutuhkan *</label><textarea required rows="3"></textarea></div>
<div><button type="submit">Kirim Permohonan Informasi</button></div></form>`);
  if (t === 'biaya') body = `<h3>Ketentuan Biaya Perolehan Informasi</h3><table class="pa-table"><thead><tr><th>Bentuk Informasi</th><th>Biaya Layanan</th><th>Keterangan</th></tr></thead><tbody>
<tr><td>Dokumen Digital / Softcopy (PDF/Email/Flashdisk)</td><td>Rp 0,- (GRATIS)</td><td>Pengiriman via email / portal PPID</td></tr>
<tr><td>Fotokopi / Hardcopy Cetak</td><td>Sesuai Biaya Riil Fotokopi</td><td>Ditanggung oleh pemohon</td></tr></tbody></table>`;
  if (t === 'hak') body = `<h3>Hak-Hak Pemohon Informasi Publik</h3><ul><li>Melihat dan mengetahui informasi publik yang ada di bawah penguasaan pengadilan.</li><li>Menghadiri pertemuan publik yang terbuka untuk umum untuk memperoleh informasi.</li><li>Mendapatkan salinan informasi publik melalui permohonan sesuai prosedur.</li><li>Mengajukan keberatan apabila permohonan informasi tidak ditanggapi atau ditolak tanpa alasan sah.</li></ul>`;
  if (t === 'keberatan') body = `<h3>Prosedur Pengajuan Keberatan Informasi</h3><p>Pemohon berhak mengajukan keberatan kepada Atasan PPID (Ketua Pengadilan Agama Kota Cimahi) apabila permohonan informasi:</p><ul><li>Ditolak dengan alasan pengecualian yang tidak berdasar.</li><li>Tidak ditanggapi dalam jangka waktu 10 hari kerja.</li><li>Permintaan informasi dikenakan biaya yang tidak wajar.</li><li>Informasi yang diberikan tidak sesuai dengan yang diminta.</li></ul>${alertBtn('Mengunduh Formulir Keberatan Informasi Publik (PDF)', 'Unduh Formulir Keberatan (PDF)')}`;
  if (t === 'laporan') body = `<h3>Laporan Layanan Informasi Publik (PPID) Tahunan</h3>` + [['Laporan Akses Layanan Informasi Publik (PPID) TA 2024', '2.4 MB'], ['Laporan Akses Layanan Informasi Publik (PPID) TA 2023', '2.1 MB']].map(([d, s]) => `<div class="doc"><span>${d}</span>${alertBtn('Mengunduh: ' + d, `Unduh (${s})`)}</div>`).join('');
  return layananPublik('Layanan Informasi Publik (PPID)', 'Pejabat Pengelola Informasi dan Dokumentasi (PPID) Pengadilan Agama Kota Cimahi — Transparansi Sesuai SK KMA No. 2-144/KMA/SK/VIII/2022', 'Layanan Informasi PPID',
    `<div class="pa-content-card"><div class="banner"><span>Prinsip Keterbukaan Informasi Publik</span><h2>BIAYA INFORMASI: RP 0,- (GRATIS)</h2><p>Pemberian informasi publik secara digital/elektronik tidak dipungut biaya apapun.</p><div><div>PPID</div><div>PA Kota Cimahi</div></div></div>
${tabs('ppid', [['prosedur', 'Prosedur Permintaan'], ['formulir', 'Formulir Permintaan'], ['biaya', 'Biaya Memperoleh Informasi'], ['hak', 'Hak Pemohon Informasi'], ['keberatan', 'Prosedur Keberatan'], ['laporan', 'Laporan Akses Informasi']])}
<div class="tab-body">${body}</div></div>`);
}

function brosur() {
  document.title = 'Brosur Digital, SK Pelayanan & Tautan Terkait | PA Kota Cimahi';
  const t = st.tab.brosur || 'brosur';
  let body = '';
  if (t === 'brosur') body = [['Brosur Panduan Berperkara Gugatan Perceraian', '1.4 MB', 'Syarat dokumen, alur pendaftaran, dan tahapan persidangan cerai gugat/talak.'], ['Brosur Permohonan Pengesahan Nikah (Itsbat Nikah)', '1.1 MB', 'Panduan legalitas pernikahan bagi warga yang belum memiliki buku nikah resmi.'], ['Brosur Layanan Pos Bantuan Hukum (Posbakum Gratis)', '950 KB', 'Syarat memperoleh konsultasi dan pembuatan gugatan/permohonan secara cuma-cuma.'], ['Brosur Hak Perempuan dan Anak Pasca Perceraian', '1.6 MB', 'Edukasi nafkah iddah, mut’ah, madhiyah, dan nafkah hadhanah pemeliharaan anak.'], ['Brosur Berperkara Elektronik (e-Court & e-Litigation)', '1.8 MB', 'Panduan pendaftaran perkara mandiri dari rumah melalui ecourt.mahkamahagung.go.id.'], ['Brosur Panduan Layanan WhatsApp SILINCAH', '820 KB', 'Cara cek status perkara, jadwal sidang, dan biaya panjar via pesan otomatis WhatsApp.']]
    .map(([j, s, d]) => `<div class="card"><h4>${esc(j)}</h4><p>${d}</p>${alertBtn('Mengunduh: ' + j, `Unduh Brosur (${s})`)}</div>`).join('');
  if (t === 'sk') body = [['SK/KPA.W10-A19/01/2025', 'Penetapan Standar Pelayanan Publik dan Maklumat Pelayanan PA Kota Cimahi TA 2025', '1.5 MB'], ['SK/KPA.W10-A19/02/2025', 'Penetapan Radius dan Biaya Panjar Perkara Perdata Agama TA 2025', '1.2 MB'], ['SK/KPA.W10-A19/03/2025', 'Pembentukan Tim Pejabat Pengelola Informasi dan Dokumentasi (PPID)', '980 KB'], ['SK/KPA.W10-A19/04/2025', 'Penetapan Tim Satgas Penanganan Pengaduan dan Pengendalian Gratifikasi', '1.1 MB']]
    .map(([n, a, s]) => `<div class="sk"><div><div class="mono">${n}</div><h4>${a}</h4></div>${alertBtn('Mengunduh: ' + n, `Unduh (${s})`)}</div>`).join('');
  if (t === 'youtube') body = `<div><h3>Official YouTube PA Kota Cimahi</h3><p>Tonton video sosialisasi, profil peradilan, podcast hukum, dan inovasi pelayanan peradilan.</p>${ext('https://www.youtube.com', '<span>Buka Kanal YouTube</span>')}</div>`;
  if (t === 'tautan') body = [['Mahkamah Agung Republik Indonesia', 'https://www.mahkamahagung.go.id'], ['Direktorat Jenderal Badan Peradilan Agama (Badilag)', 'https://badilag.mahkamahagung.go.id'], ['Pengadilan Tinggi Agama Jawa Barat', 'https://pta-bandung.go.id'], ['Komisi Yudisial Republik Indonesia', 'https://komisiyudisial.go.id'], ['Kementerian PAN-RB (LAPOR!)', 'https://www.lapor.go.id'], ['Jaringan Dokumentasi Informasi Hukum (JDIH MARI)', 'https://jdih.mahkamahagung.go.id']]
    .map(([n, u]) => ext(u, `<span>${n}</span>`)).join('\n');
  return layananPublik('Brosur Digital, SK Pelayanan & Tautan Terkait', 'Koleksi Brosur Edukasi Peradilan, Kumpulan Surat Keputusan Pimpinan, Kanal Media Sosial YouTube, dan Tautan Lembaga Terkait', 'Brosur &amp; Media Layanan',
    `<div class="pa-content-card">${tabs('brosur', [['brosur', 'Brosur Digital'], ['sk', 'Kumpulan SK Standar Pelayanan'], ['youtube', 'YouTube Official'], ['tautan', 'Tautan Terkait']])}<div class="tab-body">${body}</div></div>`);
}

const DIP = {
  berkala: [['01', 'Profil Pengadilan (Struktur, Visi Misi, Alamat, Yurisdiksi)', 'Sub Bagian PTIP', 'Website & Dokumen Publik'], ['02', 'Daftar Isian Pelaksanaan Anggaran (DIPA) & RKA-KL', 'Sub Bagian Umum & Keuangan', 'PDF & Tabel Portal'], ['03', 'Laporan Realisasi Anggaran (LRA) dan Neraca Keuangan', 'Sub Bagian Umum & Keuangan', 'PDF Triwulanan'], ['04', 'Laporan Akuntabilitas Kinerja (SAKIP / LKjIP)', 'Sub Bagian PTIP', 'PDF Tahunan'], ['05', 'Statistik Penanganan Perkara & Perkara Masuk/Putus', 'Kepaniteraan Hukum', 'Tabel Berkala SIPP']],
  setiapSaat: [['01', 'Standar Operasional Prosedur (SOP) Seluruh Unit Kerja', 'Sub Bagian Ortala', 'Dokumen SOP'], ['02', 'Daftar Aset dan Inventaris Barang Milik Negara (BMN)', 'Sub Bagian Umum & Keuangan', 'Laporan SIMAN'], ['03', 'Daftar Regulasi, SK Ketua, dan Kebijakan Pelayanan', 'Sub Bagian Ortala', 'JDIH Dokumen'], ['04', 'Hasil Survei Kepuasan Masyarakat (IKM) & IPAK', 'Sub Bagian PTIP', 'Laporan Survei']],
  sertaMerta: [['01', 'Pengumuman Perubahan Jam Kerja Layanan / Hari Libur', 'Humas / Sekretaris', 'Media Sosial & Website'], ['02', 'Pemberitahuan Panggilan Sidang Ghaib Perkara', 'Kepaniteraan', 'Papan Pengumuman & Web'], ['03', 'Informasi Gangguan Sistem Pelayanan / Listrik / Server', 'Tim IT', 'Pemberitahuan Terbuka']],
  dikecualikan: [['01', 'Musyawarah Majelis Hakim dan Catatan Pendapat Hakim (Dissenting Opinion Rahasia)', 'UU No. 14 Tahun 2008 & SK KMA 2-144'], ['02', 'Data Pribadi Pihak Berperkara (NIK, Rekening, Alamat Rahasia Saksi)', 'UU Perlindungan Data Pribadi'], ['03', 'Dokumen Perkara yang Disidangkan Secara Tertutup (Asusila / Anak)', 'UU Peradilan Agama']],
};
function kategorisasi() {
  document.title = 'Kategorisasi Informasi Publik (DIP) | PA Kota Cimahi';
  const t = st.tab.dip || 'berkala';
  const body = t === 'dikecualikan'
    ? `<div class="notice">Informasi yang Dikecualikan adalah informasi yang tidak dapat diakses publik karena dapat membahayakan kepentingan penegakan hukum, kerahasiaan pribadi, atau rahasia jabatan.</div><table class="pa-table"><thead><tr><th>No.</th><th>Jenis Informasi Dikecualikan</th><th>Dasar Pertimbangan Hukum</th></tr></thead><tbody>${DIP.dikecualikan.map((r) => `<tr><td>${r[0]}</td><td>${r[1]}</td><td>${r[2]}</td></tr>`).join('')}</tbody></table>`
    : `<table class="pa-table"><thead><tr><th>No.</th><th>Rincian Informasi Publik</th><th>Penanggung Jawab</th><th>Bentuk / Format Layanan</th></tr></thead><tbody>${DIP[t].map((r) => `<tr><td>${r[0]}</td><td>${esc(r[1])}</td><td>${esc(r[2])}</td><td>${esc(r[3])}</td></tr>`).join('')}</tbody></table>`;
  return kesekretariatan('Kategorisasi Informasi Publik (DIP)', 'Daftar Informasi Publik (DIP) Pejabat Pengelola Informasi dan Dokumentasi (PPID) Berdasarkan SK KMA Nomor 2-144/KMA/SK/VIII/2022', 'Kategorisasi Informasi',
    `<div class="pa-content-card"><div class="intro"><h3>Keterbukaan Informasi Publik di Pengadilan</h3><p>Pengadilan Agama Kota Cimahi berkomitmen mewujudkan transparansi peradilan dengan mengelompokkan informasi publik ke dalam 4 kategori sesuai standar Mahkamah Agung RI.</p></div>
${tabs('dip', [['berkala', 'Informasi Berkala'], ['setiapSaat', 'Informasi Setiap Saat'], ['sertaMerta', 'Informasi Serta Merta'], ['dikecualikan', 'Informasi Dikecualikan']])}
<div class="tab-body">${body}</div><div>${alertBtn('Mengunduh Daftar Informasi Publik (DIP) Lengkap SK KMA (PDF)', 'Unduh SK Penetapan DIP PA Cimahi (PDF)')}</div></div>`);
}

const ROUTES = { '/': home, '/layanan-publik/layanan-informasi': ppid, '/layanan-publik/brosur-digital': brosur, '/kesekretariatan/kategorisasi-informasi': kategorisasi };
// search stand-in for GET /api/search?q= (pages from the menus table, news, services)
const INDEX = [].concat(
  MENU.flatMap((m) => m.children.flatMap((c) => [c].concat(c.children || []))).map((c) => ({ type: 'halaman', title: c.label, url: c.href })),
  NEWS.map(([t, s, c]) => ({ type: 'berita', title: t, url: '/publikasi/berita/' + s, snippet: c })),
  SERVICES.map(([n, d, l]) => ({ type: 'layanan', title: n, url: l, snippet: d, isExternal: l.startsWith('http') })));
function searchModal() {
  if (!st.search) return '';
  const q = st.q.trim().toLowerCase();
  let res = '';
  if (q.length < 2) res = `<div class="search-modal-placeholder"><p>Cari Segala Informasi PA Cimahi</p><p>Masukkan minimal 2 huruf untuk menemukan dokumen pengadilan, panduan berperkara, berita terkini, atau layanan PTSP online.</p><span>Saran pencarian:</span>${['Sejarah', 'Biaya Perkara', 'Jadwal Sidang', 'e-Court', 'Gugatan Mandiri'].map((c) => `<button type="button" data-chip="${c}">${c}</button>`).join('')}</div>`;
  else {
    const hits = INDEX.filter((r) => (r.title + ' ' + (r.snippet || '')).toLowerCase().includes(q));
    res = hits.length ? hits.map((r) => r.isExternal ? ext(r.url, `<span>${r.title}</span> <span>Eksternal</span>`, 'search-result-item') : `<a href="${r.url}" class="search-result-item"><span>${r.title}</span>${r.snippet ? `<p>${r.snippet}</p>` : ''}</a>`).join('')
      : `<div class="search-modal-empty"><p>Tidak ada hasil ditemukan</p><p>Tidak ada halaman, berita, atau layanan yang cocok dengan kata kunci <strong>"${esc(st.q)}"</strong>. Coba periksa ejaan kata atau gunakan istilah umum lainnya.</p></div>`;
  }
  return `<div class="search-modal-backdrop"><div class="search-modal-card" role="dialog" aria-modal="true"><div class="search-modal-header"><input id="search-modal-label" type="text" placeholder="Ketik untuk mencari halaman, berita, atau layanan..." value="${esc(st.q)}" autocomplete="off"><button type="button" data-search="close" aria-label="Tutup pencarian">×</button></div><div class="search-modal-body">${res}</div><div class="search-modal-footer"><span>Tekan Esc untuk menutup</span> <span>Pencarian Pengadilan Agama Kota Cimahi</span></div></div></div>`;
}
function render() {
  const page = ROUTES[location.pathname];
  document.getElementById('root').innerHTML = navbar() + (page ? page() : '') + footer() + searchModal();
  const inp = document.getElementById('search-modal-label');
  if (inp) { inp.focus(); inp.setSelectionRange(inp.value.length, inp.value.length); }
}
document.addEventListener('click', (e) => {
  const el = e.target.closest('a,button');
  if (!el) return;
  if (el.dataset.toggle !== undefined) { const i = +el.dataset.toggle; st.dropdown = st.dropdown === i ? null : i; return render(); }
  if (el.dataset.sub) { e.preventDefault(); st.sub[el.dataset.sub] = !st.sub[el.dataset.sub]; return render(); }
  if (el.dataset.tab) { const [p, id] = el.dataset.tab.split(':'); st.tab[p] = id; return render(); }
  if (el.dataset.alert) { alert(el.dataset.alert); return; }
  if (el.dataset.reset) { st.submitted = false; return render(); }
  if (el.dataset.search) { st.search = el.dataset.search === 'open'; st.q = ''; return render(); }
  if (el.dataset.chip) { st.q = el.dataset.chip; return render(); }
  if (el.dataset.case) { e.preventDefault(); return; }
  const href = el.getAttribute('href');
  if (el.tagName === 'A' && href && href.startsWith('/') && !el.target) {
    e.preventDefault(); history.pushState({}, '', href);
    st.dropdown = null; st.sub = {}; st.search = false; window.scrollTo(0, 0); render();
  }
});
document.addEventListener('mouseover', (e) => { const it = e.target.closest('[data-top]'); if (it && st.dropdown !== +it.dataset.top) { st.dropdown = +it.dataset.top; render(); } });
document.addEventListener('submit', (e) => { if (e.target.id === 'ppid-form') { e.preventDefault(); st.submitted = true; render(); } });
document.addEventListener('input', (e) => { if (e.target.id === 'search-modal-label') { st.q = e.target.value; render(); } });
document.addEventListener('keydown', (e) => { if (e.key === 'Escape' && st.search) { st.search = false; render(); } });
window.addEventListener('scroll', () => { const s = window.scrollY > 20; if (s !== st.scrolled) { st.scrolled = s; render(); } });
window.addEventListener('popstate', render);
render();
