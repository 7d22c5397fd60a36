// Compact working rewrite (no React) of the Kemenag Kota Pematangsiantar Vite/React SPA (src/App.jsx routes,
// components/Navbar, Footer, SurveyBoard, NewsLatest, InfoBoard, MenuSection, Infografis*, pages/Home, Contact,
// Layanan, NewsList, InformationList, Sejarah, KepalaKantor, VisiMisi, StrukturOrganisasi, PPID/*).
// Every data block calls the office API (config.js: https://api.kemenag-pematangsiantar.com/api, not in the
// repository). Here the calls go to /api/..., which the fixture does not serve: each block ends in the branch the
// app shows when its fetch fails. react-router <Link>s are plain <a href>.
const API = "/api";
const root = document.getElementById("root");
const path = decodeURI(location.pathname.replace(/\/$/, "") || "/");

const navbar = () => `
<nav class="navbar navbar-expand-lg navbar-light bg-white fixed-top">
  <div class="container">
    <a class="navbar-brand d-flex align-items-center" href="/">
      <img src="https://upload.wikimedia.org/wikipedia/commons/8/82/Seal_of_the_Ministry_of_Religious_Affairs_of_the_Republic_of_Indonesia.svg" alt="Logo Kemenag" class="logo">
      <div class="brand-text"><div class="fw-bold text-uppercase">Kementerian Agama</div><div class="text-muted small-text">Kota Pematangsiantar</div></div>
    </a>
    <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#navMenu" aria-controls="navMenu" aria-expanded="false" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>
    <div class="collapse navbar-collapse" id="navMenu">
      <ul class="navbar-nav ms-auto align-items-lg-center">
        <li class="nav-item"><a class="nav-link" href="/">Beranda</a></li>
        <li class="nav-item dropdown">
          <a class="nav-link dropdown-toggle" href="/profil" id="profilDropdown" role="button" data-bs-toggle="dropdown" aria-expanded="false">Profil</a>
          <ul class="dropdown-menu" aria-labelledby="profilDropdown">
            <li><a class="dropdown-item" href="/sejarah">Sejarah Kantor</a></li>
            <li><a class="dropdown-item" href="/kepala-kantor">Kepala Kantor</a></li>
            <li><a class="dropdown-item" href="/visi-misi">Visi &amp; Misi</a></li>
            <li><a class="dropdown-item" href="/struktur-organisasi">Struktur Organisasi</a></li>
          </ul>
        </li>
        <li class="nav-item"><a class="nav-link" href="/layanan">Layanan</a></li>
        <li class="nav-item"><a class="nav-link" href="/berita">Berita</a></li>
        <li class="nav-item dropdown">
          <a class="nav-link dropdown-toggle" href="#" id="ppidDropdown" role="button" data-bs-toggle="dropdown" aria-expanded="false">PPID</a>
          <ul class="dropdown-menu" aria-labelledby="ppidDropdown">
            <li><a class="dropdown-item" href="/profilppid">Profil PPID</a></li>
            <li><a class="dropdown-item" href="/strukturorganisasippid">Struktur Organisasi PPID</a></li>
            <li><a class="dropdown-item" href="/tugasfungsippid">Tugas dan Fungsi PPID</a></li>
            <li><a class="dropdown-item" href="/visimisippid">Visi, Misi, dan Motto PPID</a></li>
            <li><hr class="dropdown-divider"></li>
            <li class="dropdown-submenu">
              <button type="button" class="dropdown-item d-flex justify-content-between align-items-center border-0 bg-transparent w-100 info-toggle">Informasi Publik <span class="info-arrow">&#9654;</span></button>
              <ul class="dropdown-menu">
                <li><a class="dropdown-item" href="/informasi/Berkala">Informasi Berkala</a></li>
                <li><a class="dropdown-item" href="/informasi/Serta%20Merta">Informasi Serta Merta</a></li>
                <li><a class="dropdown-item" href="/informasi/Setiap%20Saat">Informasi Tersedia Setiap Saat</a></li>
              </ul>
            </li>
          </ul>
        </li>
        <li class="nav-item dropdown">
          <a class="nav-link dropdown-toggle" href="#" id="satuanKerjaDropdown" role="button" data-bs-toggle="dropdown" aria-expanded="false">Satuan Kerja</a>
          <ul class="dropdown-menu satker-menu" aria-labelledby="satuanKerjaDropdown">
            <li><span class="dropdown-item text-muted">Memuat data...</span></li>
          </ul>
        </li>
        <li class="nav-item"><a class="nav-link" href="/kontak">Pengaduan</a></li>
      </ul>
    </div>
  </div>
</nav>`;

const footer = () => `
<footer class="footer">
  <div class="footer-top container"><div class="row align-items-start gy-4">
    <div class="col-md-4 mb-1 footer-info">
      <h5>Jam Pelayanan</h5>
      <table class="table table-borderless footer-table"><tbody>
        <tr><td>Senin</td><td>07.30 - 16.00</td></tr>
        <tr><td>Selasa</td><td>07.30 - 16.00</td></tr>
        <tr><td>Rabu</td><td>07.30 - 16.00</td></tr>
        <tr><td>Kamis</td><td>07.30 - 16.00</td></tr>
        <tr><td>Jumat</td><td>07.30 - 16.30</td></tr>
      </tbody></table>
    </div>
    <div class="col-md-4 mb-4 footer-contact">
      <h5>Kontak Kami</h5>
      <ul class="list-unstyled footer-contact-list">
        <li><i class="fa-phone"></i> <span></span></li>
        <li><i class="fa-envelope"></i> <span>kotapematangsiantar@kemenag.go.id</span></li>
        <li><i class="fa-map-marker"></i> <span>Jl. Rajamin Purba No.119, Bukit Sofa, Kec. Siantar Sitalasari</span></li>
      </ul>
      <div class="social-icons">
        <a href="https://m.facebook.com/kemenagsiantar/" aria-label="Facebook" target="_blank" rel="noopener noreferrer">f</a>
        <a href="https://www.instagram.com/kemenag_pematangsiantar/" aria-label="Instagram" target="_blank" rel="noopener noreferrer">i</a>
        <a href="https://wa.me/+628" aria-label="WhatsApp" target="_blank" rel="noopener noreferrer">w</a>
      </div>
    </div>
    <div class="col-md-4 footer-map">
      <h5>Lokasi Kami</h5>
      <div class="map-container"><iframe title="Kantor Kementerian Agama Kota Pematangsiantar" src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3984.4896189429987!2d99.0499901!3d2.9615571000000163!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x3031848cc004c0f7%3A0xf0b6e949b090c7cc!2sKantor%20Kementrian%20Agama!5e0!3m2!1sid!2sid!4v1758871141095!5m2!1sid!2sid" width="100%" height="160" style="border:0" allowfullscreen loading="lazy"></iframe></div>
    </div>
  </div></div>
  <div class="footer-divider"></div>
  <div class="footer-bottom text-center"><p>&copy; 2025 Kementerian Agama Kota Pematangsiantar &mdash; Semua Hak Dilindungi</p></div>
</footer>`;

const survey = () => `
<div class="survey-fab">
  <div class="survey-header"><div class="survey-pulse"></div>
    <div class="survey-content-top"><div class="survey-icon"></div><div class="survey-text"><span>SURVEI</span><small>Survei Pelayanan</small></div><div class="survey-arrow">&#8963;</div></div>
  </div>
  <div class="survey-body">
    <div class="survey-badge">SPKP &amp; SPAK</div>
    <p>Bantu kami meningkatkan kualitas pelayanan dan integritas layanan.</p>
    <div class="survey-features"><div class="survey-feature"><span>Pelayanan Berkualitas</span></div><div class="survey-feature"><span>Anti Korupsi</span></div></div>
    <a href="https://docs.google.com/forms/d/e/1FAIpQLSckJFl4DDjT1dfzC5eMU5QnxM75QJkwv1WlB30VtvRiuEPBGw/viewform?usp=sharing&amp;ouid=102186041765972498947" target="_blank" rel="noreferrer" class="survey-btn">Isi Survei</a>
  </div>
</div>`;

// NewsLatest: skeleton while loading; after the failed fetch the list is empty.
const newsLatest = () => `<div class="news-latest"><div class="popular-section"><h3 class="popular-title">Terkini</h3><ul class="popular-list"><li class="popular-item skeleton-item"></li></ul></div></div>`;
// InfoBoard: while loading one empty <a href="">; after the failed fetch 'Belum ada informasi.'
const infoBoard = () => `
<div class="papan-info">
  <div class="papan-header"><h4>Papan Informasi</h4></div>
  <div class="papan-body"><ul class="papan-list"><li class="papan-item"><a href="" target="_blank" rel="noopener noreferrer" class="info-link"><span class="info-title"></span><span class="info-date"></span></a></li></ul></div>
  <div class="papan-footer"><a href="/informasi" class="lihat-semua">Lihat Semua Informasi</a></div>
</div>`;

const menuSection = () => `
<div class="menu-section py-2"><div class="container row">
  <div class="col-5 col-md-6"><a href="/sejarah" class="menu-card d-flex"><i class="bi bi-people-fill icon-green me-3"></i><div><h5>Profil</h5><p>Berisi informasi tentang sejarah, visi misi dan struktur organisasi.</p></div></a></div>
  <div class="col-5 col-md-6"><a href="/layanan" class="menu-card d-flex"><i class="bi bi-globe icon-green me-3"></i><div><h5>Layanan</h5><p>Menyediakan akses pelayanan masyarakat berbasis digital.</p></div></a></div>
  <div class="col-5 col-md-6"><a href="/berita" class="menu-card d-flex"><i class="bi bi-newspaper icon-green me-3"></i><div><h5>Berita</h5><p>Kumpulan berita terkini mengenai kegiatan dan program kerja.</p></div></a></div>
  <div class="col-5 col-md-6"><a href="/kontak" class="menu-card d-flex"><i class="bi bi-phone icon-green me-3"></i><div><h5>Pengaduan</h5><p>Informasi tentang pengaduan masyarakat.</p></div></a></div>
</div></div>`;

const infografisASN = () => `
<div class="container-pegawai my-3"><h4 class="section-title text-dark">Data Pegawai</h4>
  <div class="row g-3">
    <div class="col-6"><div class="small-card"><h6>Total ASN</h6><h4 class="fw-bold text-success mb-0">366</h4><small class="text-muted">Keseluruhan</small></div></div>
    <div class="col-6"><div class="small-card"><h6>Agama</h6><canvas aria-label="Islam 275, Kristen 82, Katolik 16, Buddha 3"></canvas></div></div>
    <div class="col-6"><div class="small-card"><h6>Golongan</h6><canvas aria-label="Gol II 113, Gol III 127, Gol IV 126"></canvas></div></div>
    <div class="col-6"><div class="small-card"><h6>Umur</h6><canvas aria-label="21-29: 22, 30-39: 92, 40-49: 115, 50-60: 146"></canvas></div></div>
  </div>
</div>`;

const infografisCarousel = () => `
<div class="infografis-highlight-section"><div class="d-flex mb-4"><h2 class="section-title text-center text-dark fw-bold mb-0">Infografis</h2></div>
  <div class="swiper infografis-highlight-swiper"><div class="swiper-wrapper"><div class="swiper-slide"><div class="text-center py-5 text-muted">Tidak ada infografis tersedia</div></div></div></div>
</div>`;

function home() {
  return navbar() + `
<section class="hero-clean container-fluid"><div class="hero-content row align-items-center">
  <div class="col-lg-7 hero-text">
    <h1 class="animate-slide">Wujudkan Umat yang Taat dan Berakhlak Mulia</h1>
    <p class="animate-fade">Pelayanan yang cepat, transparan, serta terpercaya di lingkungan Kementerian Agama Kota Pematangsiantar.</p>
    <a href="/sejarah"><button class="btn btn-success btn-lg animate-fade">Selengkapnya</button></a>
  </div>
  <div class="col-lg-5 hero-image animate-zoom"><img src="/assets/ketua.png" alt="Ketua Kementerian Agama">
    <div class="hero-label text-muted"><p>[Nama Kepala Kantor]</p><p>Kepala Kantor</p></div></div>
</div></section>
<div class="row">
  <div class="col-md-8">${menuSection()}${infografisASN()}${infografisCarousel()}</div>
  <div class="col-md-4">${newsLatest()}${infoBoard()}${survey()}</div>
</div>` + footer();
}

function profilPPID() {
  return `
<div class="row profilPPID"><div class="col-md-8">
  <h2 class="section-title">Profil PPID</h2>
  <div class="tugas-pokok">
    <p>Keberadaan Undang- Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik (UU KIP) sangat penting sebagai landasan hukum yang berkaitan dengan</p>
    <ul><li>hak setiap orang untuk memperoleh informasi publik;</li><li>kewajiban badan publik dalam menyediakan dan melayani permohonan informasi publik secara cepat, tepat waktu, biayaringan dan cara sederhana.</li></ul>
    <p></p>
    <p>Untuk melaksanakan UU ini, badan publik wajib menunjuk Pejabat Pengelola Informasi dan Dokumentasi (PPID). Informasi dipandang sebagai kebutuhan pokok sekaligus hak asasi manusia, serta wujud ciri negara demokratis yang menjunjung kedaulatan rakyat.</p>
    <p>PPID Kementerian Agama Pematangsiantar berperan menyediakan, menyimpan, mendokumentasikan, dan memberikan layanan informasi bagi masyarakat.</p>
  </div>
  <div class="tugas-pokok">
    <h3>Peraturan Mengenai Pelayanan Informasi Publik</h3>
    <p>Kebijakan terkait Pelayanan Informasi Publik yang berlandaskan UU No. 14 Tahun 2008 dan PP No. 61 Tahun 2010. Sebagai tindak lanjut, Kepala Kantor Kementerian Agama Kota Pematangsiantar menerbitkan Surat Keputusan Tahun 2024 yang menetapkan Kepala Subbagian Tata Usaha sebagai Pejabat Pengelola Informasi dan Dokumentasi (PPID) Unit, sebagai bentuk komitmen dalam menyediakan layanan informasi publik yang mudah diakses, transparan, dan akuntabel.</p>
  </div>
</div><div class="col-md-4">${newsLatest()}</div></div>` + survey() + footer();
}

function tugasFungsiPPID() {
  // the page renders no <Footer/>
  return `
<div class="row visi-misi"><div class="col-md-8">
  <h2 class="section-title">Tugas dan Fungsi</h2>
  <div class="tugas-pokok"><h3>Tugas</h3><ul>
    <li>Mengkoordinasikan pengumpulan seluruh informasi public dan Unit Kerja pada Satker Kantor Kementerian Agama Kota Pematangsiantar yang meliputi informasi yang wajib disediakan dan diumumkan secara berkala; informasi yang wajib tersedia setiap saat; informasi terbuka lainnya yang diminta Pemohon Informasi Publik.</li>
    <li>Mengkoordinasikan pendataan Informasi Publik yang dikuasai oleh setiap Unit Kerja pada Kantor Kementerian Agama Kota Pematangsiantar dalam rangka pembuatan dan pemutakhiran Daftar Informasi Publik.</li>
    <li>Mengkoordinasikan pengklasifikasian seluruh Informasi Publik.</li>
    <li>Melakukan penyimpanan Informasi Publik sesuai dengan Peraturan Perundang-undangan di bidang kearsipan.</li>
    <li>Mengkoordinasikan penyediaan dan pelayanan seluruh Informasi Publik melalui pengumuman dan atau permohonan.</li>
    <li>Melakukan pengujian tentang konsekuensi sebagaimana dimaksud Pasal 17 Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik dengan seksama dan penuh ketelitian sebelum menyatakan Informasi Publik tertentu dikecualikan.</li>
    <li>Menyertakan alasan tertulis pengecualian Informasi Publik secara jelas dan tegas dalam hal permohonan Informasi Publik ditolak.</li>
    <li>Menghitamkan atau mengaburkan Informasi Publik yang dikecualikan beserta alasannya.</li>
    <li>Menetapkan pertimbangan tertulis atas kebijakan yang diambil untuk memenuhi hak setiap permohonan informasi.</li>
    <li>Mengembangkan kapasitas pejabat fungsional dan atau petugas informasi dalam rangka peningkatan kualitas layanan Informasi Publik.</li>
  </ul></div>
  <div class="visi"><h3>Fungsi</h3><p>Pembinaan dan Pengelolaan Penjabat Pengelola Informasi dan Dokumentasi Unit di lingkungan Kantor Kementerian Agama Kota Pematangsiantar.</p></div>
</div><div class="col-md-4">${newsLatest()}${survey()}</div></div>`;
}

function visiMisiPPID() {
  return `
<div class="row visi-misi"><div class="col-md-8">
  <h2 class="section-title">Visi &amp; Misi</h2>
  <div class="visi"><h3>Visi</h3><p>Terwujudnya pelayanan informasi yang akuntabel</p></div>
  <div class="misi"><h3>Misi</h3><ul>
    <li>Meningkatkan layanan informasi yang cepat, tepat, dan transparan.</li>
    <li>Meningkatkan kompetensi SDM pelayan informasi.</li>
    <li>Penguatan koordinasi antar PPID lintas sektoral.</li>
  </ul></div>
  <div class="motto"></div>
</div><div class="col-md-4">${newsLatest()}</div></div>` + survey() + footer();
}

function informasi(type) {
  const title = type === "Setiap Saat" ? "Informasi Tersedia Setiap Saat" : type ? `Informasi ${type}` : "Daftar Informasi";
  const skeleton = Array(6).fill(`<div class="info-card skeleton-card"><div class="info-icon skeleton skeleton-icon"></div><div class="info-content"><div class="skeleton skeleton-title"></div><div class="skeleton skeleton-line"></div><div class="skeleton skeleton-button"></div></div></div>`).join("");
  return `
<div class="row info-wrapper"><div class="col-md-8">
  <div class="text-center mb-3"><h2 class="section-title">${title}</h2></div>
  <div class="info-grid" id="info-grid">${skeleton}</div>
</div><div class="col-md-4">${newsLatest()}${survey()}</div></div>` + footer();
}

function kontak() {
  return `
<div class="contact container py-4"><div class="row">
  <div class="col-md-8">
    <h2 class="text-center section-title mb-1">Hubungi Kami</h2>
    <form class="contact-form p-4 shadow rounded bg-white h-80" id="pengaduan-form">
      <div class="mb-3"><label class="form-label">Nama</label><input type="text" class="form-control" name="nama" placeholder="Masukkan nama Anda"></div>
      <div class="mb-3"><label class="form-label">Email</label><input type="email" class="form-control" name="email" placeholder="Masukkan email Anda"></div>
      <div class="mb-3"><label class="form-label">Pesan</label><textarea class="form-control" name="pesan" rows="4" placeholder="Tulis pesan Anda"></textarea></div>
      <button type="submit" class="btn btn-success w-100">Kirim</button>
    </form>
  </div>
  <div class="col-md-4">${newsLatest()}${survey()}</div>
</div></div>` + footer();
}

function layanan() {
  return `
<section class="layanan container">
  <div class="text-center mb-2"><h2 class="section-title">Layanan Kami</h2><p class="text-muted">Pilih salah satu layanan untuk melihat detail</p></div>
  <div class="row">
    <div class="col-md-4 layanan-list-container"><div class="list-group layanan-scroll" id="layanan-list"></div></div>
    <div class="col-md-8"><div class="d-flex flex-column align-items-center text-center p-5 card shadow-sm"><p class="text-muted">Silakan pilih layanan dari daftar di sebelah kiri.</p></div></div>
  </div>
</section>` + survey() + footer();
}

function berita() {
  const months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
  return `
<div class="row news-main news-list-container"><div class="col-md-8">
  <h2 class="section-title text-center">Daftar Berita</h2>
  <div class="filter-container">
    <input type="text" class="search-input" placeholder="Cari berita..." value="">
    <div class="findBy">
      <select><option value="">Semua Kategori</option></select>
      <select><option value="">Bulan</option>${months.map((m, i) => `<option value="${i + 1}">${m}</option>`).join("")}</select>
      <select><option value="">Tahun</option>${[2023, 2024, 2025, 2026].map((y) => `<option value="${y}">${y}</option>`).join("")}</select>
    </div>
  </div>
  <div class="news-list"><p class="text-center">Tidak ada berita ditemukan.</p></div>
</div><div class="col-md-4">${newsLatest()}${infoBoard()}${survey()}</div></div>` + footer();
}

function sejarah() {
  return `
<div class="sejarah container py-5">
  <h2 class="fw-bold section-title text-center mb-5">Sejarah Kementerian Agama Kota Pematangsiantar</h2>
  <div class="sejarah-content"><img src="/assets/sejarah.png" alt="Sejarah Kemenag">
    <p>Departemen Agama Republik Indonesia dibentuk pada tanggal 3 Januari 1946. Pada tahun 1948, Pulau Sumatera dibagi menjadi tiga wilayah provinsi [...]</p>
    <p>Dengan terbitnya Keputusan Menteri Agama Republik Indonesia Nomor 18 Tahun 1976, pada tanggal 12 Desember 1976 secara resmi ditetapkan kemandirian berdirinya Kantor Departemen Agama Kota Pematangsiantar. [...] pada tahun 1978, domisili Kantor Departemen Agama Kota Pematangsiantar resmi dipindahkan ke Jalan Brigjend Purba, S.H. No. 122, yang menjadi lokasi tetap hingga saat ini.</p>
    <p>Adapun stuktur organisasi Kantor Kementerian agama Kota Pematangsiantar, berdasarkan Peraturan Menteri Agama Nomor 6 tahun 2022, sebagai berikut:</p>
    <ul><li>Subbagian Tata Usaha</li><li>Seksi Bimbingan Masyarakat Islam</li><li>Seksi Bimbingan Masyarakat Kristen</li><li>Seksi Penyelenggaraan Haji dan Umrah</li><li>Seksi Pendidikan Madrasah</li><li>Seksi Pendidikan Agama dan Keagamaan Islam</li><li>Penyelenggara Zakat dan Wakaf</li><li>Penyelenggara Buddha</li><li>Penyelenggara Katolik</li></ul>
    <p>Kantor Kementerian Agama Kota Pematangsiantar membawahi delapan Kantor Urusan Agama (KUA) Kecamatan, serta tiga satuan pendidikan madrasah negeri [...]</p>
  </div>
</div>` + survey() + footer();
}

function kepalaKantor() {
  return `
<div class="kepalaKantor container py-5">
  <h2 class="fw-bold section-title text-center mb-5">Kepala Kantor Kementerian Agama Kota Pematangsiantar</h2>
  <div class="kepalaKantor-content"><img src="/assets/kepalakantor.png" alt="Kepala Kantor Kemenag">
    <h1 class="kepala-name">[NAMA KEPALA KANTOR]</h1>
    <div class="row mt-4"><div class="col-md-6 mb-4"><div class="info-card"><div class="info-content"><h5>Tempat &amp; Tanggal Lahir</h5><span>[...]</span></div></div></div>
      <div class="col-md-6 mb-4"><div class="info-card"><div class="info-content"><h5>Pendidikan</h5>[...]</div></div></div></div>
    <div class="profil-wrapper"><div class="jabatan-box"><div class="title-box"><h2>RIWAYAT JABATAN</h2></div><div class="jabatan-timeline">[...] <div class="jabatan-card"><span>2024 - Sekarang</span><h5>Kakan Kemenag Kota Pematangsiantar</h5></div></div></div>
      <div class="organisasi-box"><div class="title-organisasi"><h2>ORGANISASI</h2></div>[...]</div></div>
  </div>
  <div class="row"><div class="col-md-8">
    <h2 class="section-title text-black text-center m-0">Urutan Periode Pejabat Kepala Kantor</h2>
    <div class="timeline-wrapper d-flex justify-content-center"><div class="timeline position-relative"><div class="timeline-line"></div><p class="text-center text-muted">Memuat data timeline...</p></div></div>
  </div><div class="col-md-4">${newsLatest()}${infoBoard()}${survey()}</div></div>
</div>` + footer();
}

function visiMisi() {
  return `
<div class="row visi-misi"><div class="col-md-8">
  <h2 class="section-title">Visi &amp; Misi</h2>
  <div class="visi"><h3>Visi</h3><p>Kementerian Agama Yang Profesional Dan Andal Dalam Membangun Masyarakat Yang Soleh, Moderat, Cerdas Dan Unggul. Untuk Mewujudkan Indonesia Maju Yang Berdaulat, Mandiri Dan Berkepribadian Berdasarkan Gotong Royong</p></div>
  <div class="misi"><h3>Misi</h3><ul><li>Meningkatkan kualitas kesalehan umat beragama.</li><li>Memperkuat moderasi beragama &amp; kerukunan umat beragama.</li><li>[...]</li><li>Memantapkan tata kelola pemerintahan yang baik <i>(good governance)</i>.</li></ul></div>
  <div class="tugas-pokok"><h3>Tugas dan Fungsi</h3><p>Eksistensi Kementrian Agama bertugas untuk menyelenggarakan sebagian tugas umum pemerintahan dan Pembangunan di bidang agama. [...]</p>
    <ul><li>Perumusan dan penetapan visi, misi, dan kebijakan teknis dibidang pelayanan dan bimbingan kehidupan beragama kepada masyarakat.</li><li>[...]</li><li>Perumusan kebijakan teknis di bidang pengelolaan administrasi dan informasi.</li><li>[...]</li></ul></div>
</div><div class="col-md-4">${newsLatest()}${infoBoard()}${survey()}</div></div>` + footer();
}

function strukturOrganisasi() {
  return `
<div class="row struktur-organisasi">
  <div class="col-md-8">
    <h2 class="section-title">Struktur Organisasi</h2>
    <div class="struktur-item"><img src="/assets/strukturkankemenag.png" alt="Struktur Kantor Kemenag" class="struktur-img"></div>
    <div class="struktur-item"><h4 class="sub-title">Struktur Pengelolaan Pelayanan Terpadu Satu Pintu (PTSP)</h4><img src="/assets/strukturptsp.png" alt="Struktur PTSP" class="struktur-img"></div>
    <div class="struktur-item"><h4 class="sub-title">Struktur Seksi Penyelenggaraan Haji dan Umrah (PHU)</h4><img src="/assets/strukturhaji.png" alt="Struktur Haji dan Umrah" class="struktur-img"></div>
  </div>
  <div class="col-md-4 sidebar">${newsLatest()}${infoBoard()}${survey()}</div>
</div>` + footer();
}

const routes = {
  "/": home,
  "/kontak": kontak,
  "/kepala-kantor": kepalaKantor,
  "/sejarah": sejarah,
  "/visi-misi": visiMisi,
  "/struktur-organisasi": strukturOrganisasi,
  "/layanan": layanan,
  "/berita": berita,
  "/informasi": () => informasi(""),
  "/profilppid": profilPPID,
  "/tugasfungsippid": tugasFungsiPPID,
  "/visimisippid": visiMisiPPID,
};
// App: <Navbar/> above <Routes>; a path without a route (/profil, /strukturorganisasippid) renders the navbar only.
let body = "";
if (routes[path]) body = routes[path]();
else if (path.startsWith("/informasi/")) body = informasi(path.slice("/informasi/".length));
root.innerHTML = navbar() + body;

async function getJSON(url) {
  const r = await fetch(url);
  if (!r.ok) throw new Error("Gagal mengambil data");
  return r.json();
}
// Navbar: /satuankerja; on failure the menu keeps 'Memuat data...'.
getJSON(`${API}/satuankerja`).then((list) => {
  if (!Array.isArray(list) || !list.length) return;
  document.querySelectorAll(".satker-menu").forEach((ul) => {
    ul.innerHTML = list.map((s) => `<li><a class="dropdown-item" href="/satuankerja/${s.id}">${s.nama}</a></li>`).join("");
  });
}).catch((e) => console.error("Gagal memuat data satuan kerja:", e));
// NewsLatest: /berita?limit=N; on failure 'Tidak ada berita terkini.'
getJSON(`${API}/berita?limit=6`).then((d) => d).catch((e) => { console.error("Gagal memuat berita:", e); return []; }).then((d) => {
  const list = Array.isArray(d) ? d : (d && d.data) || [];
  if (list.length) return;
  document.querySelectorAll(".news-latest").forEach((el) => { el.innerHTML = `<p class="text-muted text-center">Tidak ada berita terkini.</p>`; });
});
// InfoBoard: /informasi; on failure 'Belum ada informasi.'
if (document.querySelector(".papan-info")) {
  getJSON(`${API}/informasi`).catch((e) => { console.error("Gagal memuat data informasi:", e); return []; }).then((d) => {
    if (Array.isArray(d) && d.length) return;
    document.querySelectorAll(".papan-body").forEach((el) => { el.innerHTML = `<p class="text-center text-muted">Belum ada informasi.</p>`; });
  });
}
// InformationList: /informasi/type/<type> (or /informasi); on failure or no rows 'Tidak ada data informasi.'
const grid = document.getElementById("info-grid");
if (grid) {
  const type = path.startsWith("/informasi/") ? path.slice("/informasi/".length) : "";
  const endpoint = type ? `${API}/informasi/type/${encodeURIComponent(type)}` : `${API}/informasi`;
  getJSON(endpoint).catch((e) => { console.error("Gagal memuat informasi:", e); return []; }).then((d) => {
    const list = Array.isArray(d) ? d : [];
    grid.innerHTML = list.length
      ? list.map((item) => `<div class="info-card"><div class="info-icon"></div><div class="info-content"><h4 class="info-name">${item.title}</h4><p class="info-date">${new Date(item.date).toLocaleDateString("id-ID", { day: "numeric", month: "long", year: "numeric" })}</p><button class="info-button" onclick="window.open('/${item.file_path}', '_blank')">Buka Dokumen</button></div></div>`).join("")
      : `<div class="text-center py-5"><p>Tidak ada data informasi.</p></div>`;
  });
}
// Contact: POST JSON to /pengaduan with alert() feedback (no action attribute on the form).
const form = document.getElementById("pengaduan-form");
if (form) {
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const f = Object.fromEntries(new FormData(form));
    if (!f.nama || !f.email || !f.pesan) { alert("Semua field wajib diisi"); return; }
    try {
      const res = await fetch(`${API}/pengaduan`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(f) });
      if (!res.ok) throw new Error("Gagal mengirim pengaduan");
      alert("Pengaduan berhasil dikirim!");
      form.reset();
    } catch (err) { alert(err.message); }
  });
}
// Survey FAB header toggles its body; the mobile 'Informasi Publik' button toggles the nested submenu.
document.querySelectorAll(".survey-header").forEach((h) => h.addEventListener("click", () => h.parentElement.classList.toggle("open")));
document.querySelectorAll(".info-toggle").forEach((b) => b.addEventListener("click", (e) => {
  if (window.innerWidth > 992) return;
  e.preventDefault(); e.stopPropagation();
  b.nextElementSibling.classList.toggle("submenu-open");
}));
