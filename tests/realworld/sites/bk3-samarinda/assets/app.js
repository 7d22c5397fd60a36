// Compact working rewrite (no React) of src/App.tsx and its components (RafidanAnwar/ppidbk3smd @ c69e730):
// one URL, every "page" is a state of the app switched by click handlers; nothing changes the address.
let page = 'home';
const root = document.getElementById('root');
const go = (p) => { page = p; window.scrollTo(0, 0); render(); };

function navbar() {
  if (page === 'pelatihan') {
    return `<nav class="pelatihan-navbar"><div class="navbar-container">
      <img src="/images/LOGO TEPIANK3 2.png" alt="Logo Tepian K3" data-go="home" style="cursor:pointer">
      <div class="navbar-menu"><div class="menu-item">E-Learning</div><div class="menu-item">Pelatihan</div><div class="menu-item">Webinar</div></div>
      <div class="navbar-actions"><div class="action-icon bookmark"></div><div class="action-icon cart"></div></div></div></nav>`;
  }
  return `<nav class="navbar" id="navbar"><div class="navbar-inner">
    <a href="#" class="navbar-logo" data-go="home"><img src="/images/LOGO TEPIANK3 2.png" alt="TEPIAN K3 - Balai K3 Samarinda"></a>
    <div class="navbar-links">
      <a href="#beranda" data-go="home" class="${page === 'home' ? 'active-link' : ''}">Beranda</a>
      <a href="#transaksi">Transaksi</a>
      <a href="#faq">FAQ</a>
      <a href="#ppid" data-go="ppid" class="${page === 'ppid' ? 'active-link' : ''}">PPID</a>
    </div>
    <div class="navbar-cta"><div class="nav-icon-circle" aria-label="Bookmark"></div><div class="nav-icon-circle" aria-label="Cart"></div><div class="nav-avatar"></div>
      <button class="mobile-menu-btn" aria-label="Toggle menu">☰</button></div>
  </div></nav>`;
}

const footer = `<footer class="footer" id="footer"><div class="footer-inner">
  <div class="footer-top"><div class="footer-left"><img src="/images/LOGO_TEPIANK3_1.png" alt="TEPIAN K3 Logo" class="footer-logo">
  <p>Pejabat Pengelola Informasi dan<br>Dokumentasi (PPID) Balai K3 Samarinda</p></div>
  <div class="footer-right"><p>Layanan informasi publik yang<br>transparan dan akuntabel.</p></div></div>
  <div class="footer-bottom"><p>Copyright © 2026 Balai K3 Samarinda. All Rights Reserved</p></div></div></footer>`;

const EMAIL = 'info.balaik3smd@gmail.com';

function home() {
  return `<div class="home-wrapper">
  <section class="home-hero" id="home"><div class="home-hero-content">
    <h1>Pusat Pelatihan<br>[...]</h1>
    <p class="home-hero-description">Meningkatkan standar keselamatan kerja melalui program pelatihan profesional dan sertifikasi kompetensi yang diakui secara nasional.</p>
    <div class="home-hero-stats"><div class="stat-item"><span class="stat-value">500+</span><span class="stat-label">Perusahaan Mitra</span></div>
    <div class="stat-item"><span class="stat-value">10K+</span><span class="stat-label">Pelatihan Selesai</span></div>
    <div class="stat-item"><span class="stat-value">98%</span><span class="stat-label">Tingkat Kepuasan</span></div></div></div></section>
  <section class="home-services-section" id="layanan"><span class="services-badge-text">layanan pusat K3</span><h2 class="services-main-title">Pusat layanan kami</h2>
    <div class="services-cards-container">
      <div class="service-card"><h3>Pengujian</h3><p>[...]</p></div>
      <div class="service-card" data-go="pelatihan" style="cursor:pointer"><h3>Pelatihan</h3><p>[...]</p></div>
      <div class="service-card"><h3>Uji kompetensi</h3><p>[...]</p></div>
      <div class="service-card"><h3>Konsultasi</h3><p>[...]</p></div></div></section>
  <section class="home-about-section" id="tentang"><span class="exp-number-large">30+</span> <span class="exp-text-large">Tahun Pengalaman</span>
    <span class="about-subtitle">TEPIAN K3</span><h2 class="about-title-main">Balai Keselamatan dan Kesehatan Kerja Samarinda</h2>
    <p>Balai Keselamatan dan kesehatan kerja (K3) Samarinda merupakan lembaga resmi yang berperan strategis dalam mendukung penerapan K3 melalui pembinaan, pengujian dan pelatihan intensif.</p>
    <p>Tujuan utama kami adalah menciptakan lingkungan kerja yang aman, sehat, dan produktif demi kesejahteraan tenaga kerja serta keberlangsungan industri sesuai regulasi yang berlaku.</p>
    <a href="#selengkapnya" class="about-cta-link">Baca selengkapnya →</a></section>
  <section class="home-news-section"><span>Insights &amp; updates</span><h2>Informasi Keselamatan &amp; Kesehatan Kerja</h2>
    <div class="featured-news"><h3>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</h3><a href="#" class="featured-news-link">Baca selengkapnya</a></div>
    <div class="news-card"><h3>Lorem ipsum dolor sit amet.</h3><a href="#" class="card-read-more-link">Baca selengkapnya</a></div>
    <div class="news-card"><h3>Lorem ipsum dolor sit amet.</h3><a href="#" class="card-read-more-link">Baca selengkapnya</a></div></section>
  <section class="home-faq-section" id="faq"><span>FAQ</span><h2>Frequently Asked Questions</h2>
    <details><summary>Apa itu Balai K3 Samarinda?</summary><div class="faq-answer-new">Balai Keselamatan dan kesehatan kerja (K3) Samarinda merupakan lembaga resmi yang berperan strategis dalam mendukung penerapan K3 melalui pembinaan, pengujian dan pelatihan intensif.</div></details>
    <details><summary>Layanan apa saja yang tersedia?</summary><div class="faq-answer-new">Kami menyediakan berbagai layanan mulai dari pengujian lingkungan kerja, pelatihan sertifikasi kompetensi, uji kompetensi, hingga konsultasi implementasi SMK3.</div></details>
    <details><summary>Bagaimana cara mendaftar pelatihan?</summary><div class="faq-answer-new">Pendaftaran dapat dilakukan melalui portal Tepian K3 atau datang langsung ke kantor Balai K3 Samarinda dengan membawa persyaratan yang diperlukan.</div></details>
    <details><summary>Apakah sertifikat yang diterbitkan diakui nasional?</summary><div class="faq-answer-new">Ya, semua sertifikat pelatihan dan kompetensi yang kami terbitkan diakui secara nasional oleh Kementerian Ketenagakerjaan RI.</div></details></section>
  <footer class="home-footer"><div class="footer-col-1"><img src="/images/LOGO_TEPIANK3_1.png" alt="TEPIAN K3"><p>Lembaga pelatihan dan pengujian keselamatan kerja terpercaya di Kalimantan Timur. Membangun budaya aman untuk Indonesia maju.</p></div>
    <div class="footer-col-2"><h3>Tautan Cepat</h3><ul><li><a href="#pelatihan">Program Pelatihan</a></li><li><a href="#pengujian">Jadwal Pengujian</a></li><li><a href="#biaya">Biaya Layanan</a></li><li><a href="#verifikasi">Verifikasi Sertifikat</a></li></ul></div>
    <div class="footer-col-3"><h3>Hubungi Kami</h3><div class="contact-info"><p>Jl. Sentosa No.9, Sungai Pinang Dalam, Kec. Sungai Pinang, Kota Samarinda, Kalimantan Timur 75242</p><p>(0541) 771306</p><p>${EMAIL}</p></div></div>
    <div class="footer-social-section"><span>Sosial Media Kami</span><a href="#" class="social-icon-circle"><img src="/images/instagram-logo-bold.png" alt="Instagram"></a><a href="#" class="social-icon-circle"><img src="/images/youtube-logo-fill.png" alt="Youtube"></a><a href="#" class="social-icon-circle"><img src="/images/tiktok-logo-fill.png" alt="Tiktok"></a><a href="#" class="social-icon-circle"><img src="/images/x.png" alt="X"></a></div></footer>
  </div>`;
}

function ppid() {
  const cards = [['Informasi Setiap Saat', 'Informasi yang selalu tersedia dan dapat diakses kapan saja', 'informasi-setiap-saat'],
    ['Informasi Berkala', 'Informasi yang disampaikan rutin dalam periode tertentu', 'informasi-berkala'],
    ['Informasi Serta Merta', 'Informasi yang diumumkan segera saat kondisi darurat atau mendesak', 'informasi-serta-merta'],
    ['Informasi Dikecualikan', 'Informasi yang tidak bisa di akses oleh umum', 'informasi-dikecualikan']];
  return `<section class="hero-ppid" id="home"><div class="hero-ppid-content">
    <h1 class="hero-ppid-title">PPID Balai Keselamatan dan <br>Kesehatan Kerja Samarinda</h1>
    <p class="hero-ppid-description">Dapatkan informasi seputar K3 melalui layanan PPID Balai <br>K3 Samarinda secara mudah dan cepat.</p>
    <div class="hero-ppid-buttons"><button class="btn-ppid-primary" data-go="permohonan-informasi">Layanan Informasi Publik</button>
    <button class="btn-ppid-secondary" data-go="profil-ppid">Baca Selengkapnya</button></div></div></section>
  <section class="layanan-section" id="layanan"><div class="layanan-text"><h2>Layanan Publik K3</h2>
    <p>Balai Keselamatan dan Kesehatan Kerja (K3) Samarinda menyediakan berbagai layanan di bidang keselamatan dan kesehatan kerja yang dapat diakses oleh masyarakat, perusahaan, and tenaga kerja.</p>
    <div class="layanan-icons">
      <div class="layanan-icon-card"><span class="layanan-prefix">Layanan</span> <span class="layanan-title">Pengujian K3</span></div>
      <div class="layanan-icon-card"><span class="layanan-prefix">Layanan</span> <span class="layanan-title">Uji<br>Kompetensi</span></div>
      <div class="layanan-icon-card" data-go="pelatihan" style="cursor:pointer"><span class="layanan-prefix">Layanan</span> <span class="layanan-title">Pelatihan K3</span></div>
      <div class="layanan-icon-card" data-go="permohonan-informasi" style="cursor:pointer"><span class="layanan-prefix">Layanan</span> <span class="layanan-title">Permohonan<br>Informasi</span></div>
    </div></div></section>
  <section class="informasi-section" id="informasi"><div class="informasi-header"><h2>Informasi Publik</h2>
    <p>Informasi publik dikelompokkan berdasarkan jenisnya sesuai dengan ketentuan keterbukaan informasi, meliputi informasi berkala, serta merta, dan setiap saat.</p></div>
    <div class="informasi-cards">${cards.map(c => `<div class="info-card cursor-pointer" data-go="${c[2]}"><h3 class="info-card-title">${c[0]}</h3><p class="info-card-desc">${c[1]}</p></div>`).join('')}</div></section>
  <section class="media-section"><h2>Media dan Publikasi</h2>
    <div class="media-card"><h3>Lorem ipsum dolor sit amet.</h3><a href="#">Baca selengkapnya</a></div>
    <div class="media-card"><h3>Lorem ipsum dolor sit amet.</h3><a href="#">Baca selengkapnya</a></div>
    <div class="media-card"><h3>Lorem ipsum dolor sit amet.</h3><a href="#">Baca selengkapnya</a></div>
    <button data-go="media-publikasi">Lihat Semua</button></section>
  <section class="kontak-section" id="kontak"><div class="kontak-header"><h2>Kontak Kami</h2>
    <p>Hubungi kami untuk informasi lebih lanjut terkait layanan Balai K3 Samarinda.</p></div>
    <div class="kontak-cards">
      <div class="kontak-card"><h4>Nomor Telepon</h4><div class="kontak-card-content"><a href="tel:0541771306" class="kontak-link">(0541) 771306</a></div></div>
      <div class="kontak-card"><h4>E-mail</h4><div class="kontak-card-content">${EMAIL}</div></div>
      <div class="kontak-card"><h4>Alamat</h4><div class="kontak-card-content">Jl. Sentosa No.9, Sungai Pinang Dalam,<br>Kec. Sungai Pinang, Kota Samarinda,<br>Kalimantan Timur 75242</div></div>
      <div class="kontak-card"><h4>Jam Operasional</h4><div class="kontak-card-content"><table class="jam-table"><tbody>
        <tr><td>Senin - Kamis</td><td class="colon">:</td><td>07.30 - 16.00 WITA</td></tr>
        <tr><td>Jum'at</td><td class="colon">:</td><td>07.30 - 16.30 WITA</td></tr></tbody></table></div></div>
    </div>
    <div class="kontak-map-container"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3989.68!2d117.1658!3d-0.4762!5e0!3m2!1sen!2sid" title="Lokasi Balai K3 Samarinda" loading="lazy"></iframe></div>
    <div class="kontak-social"><p>Ikuti media sosial kami untuk informasi terbaru.</p><a href="#" class="social-icon-btn"></a><a href="#" class="social-icon-btn"></a><a href="#" class="social-icon-btn"></a><a href="#" class="social-icon-btn"></a></div>
  </section>${footer}`;
}

function profil() {
  return `<div class="profil-page">
  <section class="profil-section tentang-ppid"><h1 class="profil-title-main">Tentang PPID</h1>
    <p>Pejabat Pengelola Informasi dan Dokumentasi (PPID) adalah pejabat yang bertanggung jawab dalam pengelolaan dan pelayanan informasi publik.</p>
    <p>PPID berperan dalam mewujudkan keterbukaan informasi publik yang transparan, akuntabel, dan mudah diakses oleh masyarakat sesuai dengan ketentuan peraturan perundang-undangan.</p>
    <img src="/images/69.png" alt="PPID Illustration"></section>
  <section class="profil-section tugas-ppid"><h2 class="section-label-center">Tugas PPID</h2>
    <div class="tugas-card-new"><div class="card-header-gradient">Hak</div><ul>
      <li>Berhak menolak memberikan informasi yang dikecualikan oleh instansi.</li>
      <li>PPID berhak meminta pemohon untuk melengkapi identitas serta tujuan penggunaan informasi guna kepetingan administrasi.</li></ul></div>
    <div class="tugas-card-new"><div class="card-header-gradient">Kewajiban</div><ul>
      <li>Menyediakan dan memberikan informasi publik yang akurat.</li>
      <li>Menyediakan, menyimpan, mendokumentasikan, dan mengamankan informasi publik.</li>
      <li>PPID wajib menyusun dan memperbarui Daftar Informasi Publik secara berkala.</li></ul></div></section>
  <section class="profil-section fungsi-ppid"><h2 class="section-label-center">Fungsi PPID</h2>
    <div class="fungsi-card"><p class="fungsi-card-text">Mengelola dan mendokumentasikan informasi publik.</p></div>
    <div class="fungsi-card"><p class="fungsi-card-text">Menyediakan dan melayani permohonan informasi.</p></div>
    <div class="fungsi-card"><p class="fungsi-card-text">Melakukan pengkalsifikasian informasi (terbuka dan dikecualikan).</p></div>
    <div class="fungsi-card"><p class="fungsi-card-text">Menjamin ketersediaan informasi yang akurat dan dapat diakses.</p></div></section>
  <section class="profil-section stat-section-new"><h2 class="section-label-center">Statistik Layanan Informasi</h2>
    <div class="year-filter"><span>Filter Tahun:</span> <select id="year"><option>2024</option><option>2023</option><option>2022</option></select></div>
    <div class="stat-card-detailed"><h3>Total Permintaan</h3><span class="stat-card-number">248</span> <span class="stat-card-unit">Permintaan</span></div>
    <div class="stat-card-detailed"><h3>Permohonan Dipenuhi</h3><span class="stat-card-number">214</span> <span class="stat-card-unit">Permintaan</span></div>
    <div class="stat-card-detailed"><h3>Permohonan Diproses</h3><span class="stat-card-number">24</span> <span class="stat-card-unit">Permintaan</span></div>
    <div class="stat-card-detailed"><h3>Permohonan Ditolak</h3><span class="stat-card-number">10</span> <span class="stat-card-unit">Permintaan</span></div>
    <div class="chart-card info-grafik"><h3>Jumlah Permintaan per-Bulan</h3><div class="mock-chart">40 30 20 10 0 | Jan Feb Mar Apr Mei Jun Jul Agt Sep Okt Nov Des</div></div>
    <div class="chart-card stat-permintaan"><h3>Statistik Permintaan</h3><div class="legend-item">Permohonan Dipenuhi</div><div class="legend-item">Permohonan Diproses</div><div class="legend-item">Permohonan Ditolak</div></div></section>
  <section class="profil-section more-info-section"><h2 class="info-title">Butuh Informasi Lebih Lanjut?</h2>
    <p class="info-subtitle">Akses informasi publik yang tersedia atau ajukan permohonan informasi sesuai kebutuhan Anda.</p>
    <div class="info-action-card blue-bg"><span class="action-text">Akses Informasi Publik</span></div>
    <div class="info-action-card green-bg" data-go="permohonan-informasi" style="cursor:pointer"><span class="action-text gradient-green">Permohonan Informasi</span></div></section>
  </div>${footer}`;
}

function permohonan() {
  return `<div class="permohonan-page"><div class="permohonan-card">
    <button class="btn-kembali" data-go="profil-ppid">Kembali</button>
    <div class="form-section"><h3>Data Pemohon Informasi</h3>
      <p>Silakan isi formulir berikut untuk mengajukan permohonan informasi. Pastikan data yang diisi sudah benar dan lengkap.</p>
      <label>Nama Pemohon * <input type="text" name="nama" placeholder="Masukkan nama lengkap sesuai identitas"></label>
      <label>Nomor Telepon/Whatsapp * <input type="text" name="telepon" placeholder="0812xxxxxxx"></label>
      <label>E-mail * <input type="email" name="email" placeholder="contoh@gmail.com"></label>
      <label>Alamat * <input type="text" name="alamat" placeholder="Masukkan alamat lengkap"></label></div>
    <div class="form-section mt-40"><h3>Informasi yang Dimohonkan</h3>
      <p>Silakan jelaskan informasi yang dibutuhkan secara rinci agar permohonan dapat diproses dengan tepat.</p>
      <label>Jenis Informasi yang Dibutuhkan * <input type="text" name="jenisInformasi" placeholder="Data/Dokumen, Laporan, informasi Kegiatan, dll"></label>
      <label>Rincian Informasi yang Dibutuhkan * <input type="text" name="rincianInformasi" placeholder="Laporan kegiatan tahun 2023, data pengujian K3, dll"></label>
      <label>Tujuan Penggunaan Informasi * <input type="text" name="tujuanInformasi" placeholder="penelitian, kebutuhan perusahaan, dll"></label>
      <label>Cara Mendapatkan Informasi * <select name="caraMendapatkan"><option value="" disabled selected>Pilih salah satu cara mendapatkan informasi</option><option>dikirim melalui Email</option><option>Melihat langsung</option></select></label>
      <label>Upload Dokumen <span class="label-note">(Unggah dokumen pendukung seperti surat permohonan atau identitas apabila diperlukan.)</span></label>
      <div class="upload-area"><input type="file" accept=".pdf,.doc,.docx" style="display:none"><p>Drag &amp; drop atau <span class="browse-text">pilih file</span></p><span class="upload-limit">PDF atau DOC hingga 5MB</span></div></div>
    <div class="form-footer"><label><input type="checkbox" id="setuju"> Saya menyatakan bahwa data yang diisi adalah benar dan dapat dipertanggungjawabkan. *</label>
      <span>Field dengan tanda * wajib diisi</span>
      <button class="btn-batal" data-go="profil-ppid">Batal</button> <button class="btn-kirim" id="kirim">Kirim Permohonan</button></div>
    <div id="popup" hidden><h2 class="permohonan-berhasil-title">Permohonan Berhasil Dikirim!</h2><p>Konfirmasi dan detail permohonan akan dikirimkan melalui email yang telah didaftarkan.</p><button data-go="profil-ppid">Tutup</button></div>
  </div></div>${footer}`;
}

function listPage(title, desc, items, detail, back) {
  return `<div class="setiap-saat-page"><div class="setiap-saat-container">
    <button class="btn-kembali-blue" data-go="${back}">Kembali</button>
    <div class="setiap-saat-header-top"><span>Informasi Publik</span></div>
    <h1 class="setiap-saat-title">${title}</h1><p class="setiap-saat-desc">${desc}</p>
    <div class="setiap-saat-list">${items.map(i => `<div class="setiap-saat-item" data-go="${detail}" style="cursor:pointer"><span class="item-text">${i}</span><button class="item-btn">↗</button></div>`).join('')}</div>
  </div></div>${footer}`;
}

const DOCS = {1: ['Undang-Undang Nomor 1 Tahun 1970 tentang Keselamatan Kerja', 'Undang-Undang Nomor 13 Tahun 2003 tentang Ketenagakerjaan',
  'Peraturan Pemerintah Nomor 50 Tahun 2012 tentang Penerapan Sistem Manajemen Keselamatan dan Kesehatan Kerja (SMK3)',
  'Peraturan Menteri Ketenagakerjaan Nomor 5 Tahun 2018 tentang Keselamatan dan Kesehatan Kerja Lingkungan Kerja',
  'Peraturan Menteri Tenaga Kerja Nomor 38 Tahun 2016 tentang Keselamatan dan Kesehatan Kerja Pesawat Tenaga dan Produksi'],
  2: ['Peraturan Menteri Tenaga Kerja Nomor PER.08/MEN/VII/2010 tentang Alat Pelindung Diri', 'Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik',
  'Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik']};
let docPage = 1, viewer = null;

function detail(mainTitle, categoryTitle, back) {
  return `<div class="detail-page"><div class="detail-card-main">
    <button class="btn-kembali-blue" data-go="${back}">Kembali</button>
    <div class="search-box-detail"><input type="text" placeholder="Cari Dokumen" class="search-input-detail"></div>
    <h2>${mainTitle} - ${categoryTitle}</h2><p>Daftar Informasi</p>
    <table><thead><tr><th>NO</th><th>Judul Dokumen Regulasi</th><th>Tampilkan</th></tr></thead>
    <tbody>${DOCS[docPage].map((d, i) => `<tr><td>${i + 1}.</td><td>${d}</td><td><button class="btn-lihat-doc" data-doc="${i}">Lihat</button></td></tr>`).join('')}</tbody></table>
    <div class="pagination"><button data-p="1" ${docPage === 1 ? 'disabled' : ''}>‹</button><button data-p="1">1</button><button data-p="2">2</button><button data-p="2" ${docPage === 2 ? 'disabled' : ''}>›</button></div>
    ${viewer !== null ? `<div class="doc-viewer-overlay"><div class="doc-viewer-modal"><h3>${DOCS[docPage][viewer]}</h3><button data-close>Tutup Dokumen</button>
      <div class="pdf-mockup"><img src="/images/Web banner 1.jpg" alt="Document Preview"><div class="pdf-footer-note">Halaman 1 dari 1</div></div></div></div>` : ''}
  </div></div>${footer}`;
}

function empty(title, sub, body) {
  return `<div class="serta-merta-page"><div class="serta-merta-container">
    <button class="btn-kembali-blue" data-go="ppid">Kembali</button>
    <div class="frame-31-tag"><span class="informasi-publik-text">Informasi Publik</span></div>
    <h1 class="informasi-serta-merta-title">${title}</h1><p class="informasi-serta-merta-subtitle">${sub}</p>
    <div class="frame-7918-card">${body}</div></div></div>${footer}`;
}

function mediaList() {
  return `<div class="media-list-page"><button data-go="ppid">Kembali</button><h1>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</h1>
    <h2 class="section-title-media">Media dan Publikasi Terbaru</h2>
    ${[1, 2, 3, 4, 5, 6].map(() => `<div class="media-card" data-go="media-publikasi-detail" style="cursor:pointer"><h3>Lorem ipsum dolor sit amet.</h3></div>`).join('')}</div>${footer}`;
}

const VIEWS = {
  'home': home,
  'ppid': ppid,
  'pelatihan': () => `<div class="pelatihan-page"><h1>Pelatihan K3</h1><p>[...] (catalogue of K3 training programmes)</p></div><footer class="pelatihan-footer"><p>[...]</p></footer>`,
  'profil-ppid': profil,
  'permohonan-informasi': permohonan,
  'informasi-setiap-saat': () => listPage('Informasi Setiap Saat', 'Informasi yang wajib tersedia setiap saat dan dapat diakses oleh masyarakat melalui permohonan informasi sesuai dengan ketentuan yang berlaku.',
    ['Alur Pelayanan Pengujian K3', 'Alur Pelayanan Pelatihan', 'Prosedur permohonan Informasi', 'Layanan Tarif Pengujian (PNBP)', 'Regulasi K3 &amp; Layanan Publik', 'Data Statistik Layanan Publik'], 'informasi-setiap-saat-detail', 'ppid'),
  'informasi-setiap-saat-detail': () => detail('Daftar Informasi Setiap Saat', 'Daftar Regulasi K3 dan Layanan Publik', 'informasi-setiap-saat'),
  'informasi-berkala': () => listPage('Informasi Berkala', 'Informasi yang wajib diumumkan secara rutin dan berkala oleh Balai K3 Samarinda sebagai bentuk transparansi kinerja dan kegiatan kepada masyarakat.',
    ['Profil, Tugas dan Fungsi Balai K3 Samarinda', 'Struktur organisasi Balai K3 Samarinda', 'Maklumat Pelayanan', 'Jadwal Pelatihan K3', 'Laporan Pelayanan Informasi Publik'], 'informasi-berkala-detail', 'ppid'),
  'informasi-berkala-detail': () => detail('Daftar Informasi Berkala', 'Profil &amp; Struktur Organisasi', 'informasi-berkala'),
  'informasi-serta-merta': () => empty('Informasi Serta Merta', 'Informasi yang wajib disampaikan secara segera apabila dapat memengaruhi hajat hidup orang banyak dan ketertiban umum.',
    `<div class="group-48-empty"><h2 class="empty-state-heading">Belum Tersedia</h2><p class="empty-state-subtext">Saat ini belum terdapat informasi serta merta yang perlu diumumkan.</p></div>`),
  'informasi-dikecualikan': () => empty('Informasi Dikecualikan', 'Informasi yang tidak dapat diakses oleh publik karena bersifat rahasia atau dilindungi, sesuai dengan regulasi yang berlaku.',
    `<div class="excluded-table-wrapper"><div class="excluded-table-header"><div class="col-no">NO</div><div class="col-title">Judul Dokumen</div></div><div class="excluded-table-body">${
      ['Dokumen Data Pribadi Pegawai yang Dilindungi', 'Dokumen Kepegawaian yang Mengandung Data Pribadi atau Informasi Sensitif', 'Dokumen Hasil Pengujian yang Mengandung Rahasia atau Informasi Sensitif',
       'Dokumen Informasi Teknis Perusahaan yang Dilindungi', 'Dokumen Data Keuangan yang Memuat Informasi Pribadi atau Sensitif', 'Dokumen Sistem Internal dan Keamanan Digital']
        .map((d, i) => `<div class="excluded-row"><div class="col-no">${i + 1}.</div><div class="col-title">${d}</div></div>`).join('')}</div></div>`),
  'media-publikasi': mediaList,
  'media-publikasi-detail': () => `<div class="media-detail"><button data-go="media-publikasi">Kembali</button><h1>Lorem ipsum dolor sit amet.</h1><p>Lorem ipsum [...]</p></div>${footer}`,
};

// ChatbotAsty: a floating keyword bot (compacted to two of its rules and its fallback).
const BOT = [[['jam', 'operasional', 'buka', 'tutup'], 'Jam operasional Balai K3 Samarinda adalah: Senin - Kamis: 08.00 - 16.00 WITA; Jumat: 08.00 - 16.30 WITA; Sabtu, Minggu & Hari Libur Nasional: Tutup'],
  [['biaya', 'harga', 'tarif', 'bayar', 'pnbp'], 'Biaya layanan pengujian dan pemeriksaan di Balai K3 Samarinda mengacu pada tarif resmi PNBP (Penerimaan Negara Bukan Pajak) sesuai peraturan perundang-undangan Kementerian Ketenagakerjaan yang berlaku. Pembayaran dilakukan melalui e-billing SIMPONI.']];
let chatOpen = false, chatLog = [];
function chatbot() {
  return `<div class="chatbot-asty"><button id="chat-toggle" aria-label="Chat ASTY">ASTY</button>${chatOpen ? `<div class="chat-window"><div class="chat-head">ASTY - Asisten Balai K3 Samarinda</div>
    <div class="chat-body">${chatLog.map(m => `<p class="${m[0]}">${m[1]}</p>`).join('')}</div><input id="chat-in" placeholder="Ketik pertanyaan..."><button id="chat-send">Kirim</button></div>` : ''}</div>`;
}

function render() {
  root.innerHTML = navbar() + VIEWS[page]() + chatbot();
}

root.addEventListener('click', (e) => {
  const t = e.target.closest('[data-go],[data-p],[data-doc],[data-close],#kirim,#chat-toggle,#chat-send');
  if (!t) return;
  if (t.dataset.go) { e.preventDefault(); docPage = 1; viewer = null; go(t.dataset.go); return; }
  if (t.dataset.p) { docPage = +t.dataset.p; render(); return; }
  if (t.dataset.doc !== undefined) { viewer = +t.dataset.doc; render(); return; }
  if (t.hasAttribute('data-close')) { viewer = null; render(); return; }
  if (t.id === 'kirim') {
    if (!document.getElementById('setuju').checked) { alert('Silakan setujui pernyataan terlebih dahulu.'); return; }
    document.getElementById('popup').hidden = false; return;   // nothing is sent anywhere
  }
  if (t.id === 'chat-toggle') { chatOpen = !chatOpen; render(); return; }
  if (t.id === 'chat-send') {
    const q = document.getElementById('chat-in').value.toLowerCase();
    const hit = BOT.find(r => r[0].some(k => q.includes(k)));
    chatLog.push(['user', q], ['bot', hit ? hit[1] : 'Maaf, ASTY belum memahami pertanyaan Anda. [...]']);
    render();
  }
});

render();
