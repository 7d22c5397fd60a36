// Compact working rewrite (no React) of the Dinas Pertanian Provinsi Sumatera Barat Vite/React app
// (Zakisyahputra03/website-pertanian): HashRouter, so every page lives on '/' under '#/<route>' and
// react-router <Link to="/x"> is <a href="#/x">. Navbar (hover dropdowns, burger sidebar, language flags,
// LAPOR!), the routes of App.jsx, Footer. Pages fed by api-web.sumbarprov.go.id are shown as they end
// offline: the fetch fails and the page shows its error text ('Failed to fetch'); BeritaTerkini and
// DokumenPage fall back to their hard-coded rows, as the site's code does.
const root = document.getElementById("root");
const FAIL = "Failed to fetch";

const T = {
  id: {
    nav_home: "BERANDA", nav_profile: "PROFIL", nav_profile_history: "Sejarah", nav_profile_vision: "Visi Misi",
    nav_profile_tasks: "Tugas & Fungsi", nav_profile_structure: "Struktur Organisasi", nav_services: "LAYANAN",
    nav_services_extension: "Penyuluhan", nav_services_licensing: "Perizinan", nav_services_seeds: "Bantuan Bibit",
    nav_services_training: "Pelatihan", nav_news: "BERITA", nav_ppid: "PPID", nav_ppid_profile: "Profil PPID",
    nav_ppid_vision: "Visi Misi PPID", nav_ppid_tasks: "Tugas Fungsi PPID", nav_ppid_info: "Informasi Publik",
    nav_gallery: "GALERI", nav_gallery_photos: "Foto Kegiatan", nav_gallery_videos: "Video Dokumentasi",
    nav_contact: "KONTAK", nav_lapor: "LAPOR!", menu_main: "MENU UTAMA", faq: "FAQ",
    lang_id: "Bahasa Indonesia", lang_en: "English",
    footer_explore: "Eksplorasi", footer_links: "Tautan Penting", footer_social: "Ikuti Kami",
    footer_copyright: "© 2026 Dinas Pertanian Sumatera Barat. Hak Cipta Dilindungi Undang-Undang.",
  },
  en: {
    nav_home: "HOME", nav_profile: "PROFILE", nav_profile_history: "History", nav_profile_vision: "Vision & Mission",
    nav_profile_tasks: "Tasks & Functions", nav_profile_structure: "Organization Structure", nav_services: "SERVICES",
    nav_services_extension: "Extension", nav_services_licensing: "Licensing", nav_services_seeds: "Seed Assistance",
    nav_services_training: "Training", nav_news: "NEWS", nav_ppid: "PPID", nav_ppid_profile: "PPID Profile",
    nav_ppid_vision: "PPID Vision", nav_ppid_tasks: "PPID Tasks", nav_ppid_info: "Public Info",
    nav_gallery: "GALLERY", nav_gallery_photos: "Event Photos", nav_gallery_videos: "Video Documentation",
    nav_contact: "CONTACT", nav_lapor: "REPORT!", menu_main: "MAIN MENU", faq: "FAQ",
    lang_id: "Indonesian Labels", lang_en: "English Labels",
    footer_explore: "Explore", footer_links: "Important Links", footer_social: "Follow Us",
    footer_copyright: "© 2026 West Sumatra Agriculture Department. All Rights Reserved.",
  },
};
let lang = localStorage.getItem("preferredLanguage") || "id";
const t = (k) => T[lang][k] || k;
let activeDropdown = null;
let mobileOpen = false;

function route() {
  let h = location.hash.replace(/^#/, "");
  if (!h.startsWith("/")) h = "/" + h;
  const [p, q] = h.split("?");
  return { path: p.replace(/\/$/, "") || "/", query: new URLSearchParams(q || "") };
}
const a = (to, text, cls = "") => `<a href="#${to}"${cls ? ` class="${cls}"` : ""}>${text}</a>`;
const back = () => `<div class="back-btn-wrap">${a("/", "Beranda", "back-btn-premium")}<button class="back-btn-premium" onclick="history.back()">Kembali</button></div>`;

function menuItems() {
  return [
    { name: t("nav_home"), path: "/" },
    { name: t("nav_profile"), path: "/profil", dropdown: [
      [t("nav_profile_history"), "/halaman/sejarah-singkat"], [t("nav_profile_vision"), "/halaman/visi-misi"],
      [t("nav_profile_tasks"), "/halaman/tugas-dan-fungsi"], [t("nav_profile_structure"), "/halaman/struktur-organisasi"],
      ["LHKPN", "/halaman/lhkpn"], ["Profil Pejabat", "/halaman/profil-pejabat"]] },
    { name: "BERITA PUBLIKASI", path: "/berita" },
    { name: t("nav_ppid"), path: "/ppid", dropdown: [
      [t("nav_ppid_profile"), "/ppid/profil"], [t("nav_ppid_vision"), "/ppid/visi-misi"],
      [t("nav_ppid_tasks"), "/ppid/tugas-fungsi"], [t("nav_ppid_info"), "/ppid/informasi"]] },
    { name: t("nav_gallery"), path: "/galeri", dropdown: [
      [t("nav_gallery_photos"), "/galeri/foto"], [t("nav_gallery_videos"), "/galeri/video"]] },
    { name: "PENGUMUMAN BIDANG", path: "/pengumuman" },
    { name: t("nav_contact"), path: "/faq" },
  ];
}

function navbar(cur) {
  const items = menuItems();
  const desk = items.map((it, i) => `<li class="nav-item${it.dropdown ? " has-dropdown" : ""}${activeDropdown === i ? " active" : ""}" data-i="${i}">
      ${a(it.path, it.name, "nav-link" + (cur === it.path ? " current" : ""))}
      ${it.dropdown ? `<div class="dropdown-panel"><div class="dropdown-content">${it.dropdown.map(([n, p]) => `<a href="#${p}" class="dropdown-item"><div class="item-dot"></div><span>${n}</span></a>`).join("")}</div></div>` : ""}
    </li>`).join("");
  const side = items.map((it, i) => `<li class="sidebar-item"><div class="sidebar-link-group">${a(it.path, it.name, "sidebar-link")}
      ${it.dropdown ? `<button class="sidebar-expand" data-i="${i}">&#709;</button>` : ""}</div>
      ${it.dropdown ? `<ul class="sidebar-dropdown${activeDropdown === i ? " show" : ""}">${it.dropdown.map(([n, p]) => `<li>${a(p, n)}</li>`).join("")}</ul>` : ""}</li>`).join("");
  return `<nav class="premium-navbar${mobileOpen ? " menu-open" : ""}"><div class="navbar-wrapper">
    <a href="#/" class="nav-logo"><img src="/assets/Emblem%20of%20West%20Sumat.png" alt="Logo Sumbar" class="logo-icon">
      <div class="logo-brand"><span class="brand-main">DINAS PERTANIAN</span><span class="brand-sub">PROVINSI SUMATERA BARAT</span></div></a>
    <ul class="nav-links">${desk}</ul>
    <div class="nav-actions"><div class="nav-utils">
      <div class="weather-widget">Padang</div>
      <div class="lang-flags"><button class="flag-btn${lang === "id" ? " active" : ""}" title="${t("lang_id")}" data-lang="id"><span class="flag-circle id-flag"></span></button>
        <button class="flag-btn${lang === "en" ? " active" : ""}" title="${t("lang_en")}" data-lang="en"><span class="flag-circle en-flag"><span class="en-flag-red-cross"></span></span></button></div>
      <div class="util-links">${a("/faq", t("faq"), "util-link")}</div></div>
      <a href="https://www.lapor.go.id/" target="_blank" rel="noopener noreferrer" class="cta-button lapor-glow">${t("nav_lapor")}</a>
      <button class="mobile-toggle" id="mobile-toggle">${mobileOpen ? "&#10005;" : "&#9776;"}</button></div></div>
    <div class="mobile-sidebar${mobileOpen ? " active" : ""}"><div class="sidebar-header"><img src="/assets/Emblem%20of%20West%20Sumat.png" alt="Logo" class="sidebar-logo"><h3>${t("menu_main")}</h3></div>
      <ul class="sidebar-links">${side}</ul>
      <div class="sidebar-footer"><a href="https://www.lapor.go.id/" target="_blank" rel="noopener noreferrer" class="sidebar-cta">LAPOR!</a></div></div>
    <div class="sidebar-overlay${mobileOpen ? " active" : ""}" id="sidebar-overlay"></div></nav>`;
}

function footer() {
  return `<footer class="footer"><div class="footer-main"><div class="container"><div class="footer-grid">
    <div class="footer-info"><div class="footer-logo"><img src="/assets/Emblem%20of%20West%20Sumat.png" alt="Logo Dinas Pertanian"><h3>Dinas Pertanian<br>Sumatera Barat</h3></div>
      <p class="footer-address">Jl. Raya Padang - Indarung No.KM. 8, Bandar Buat, Kec. Lubuk Kilangan, Kota Padang, Sumatera Barat 25157, Koto Padang, Sumatera Barat, Indonesia 25157</p>
      <button class="copy-address-btn">${lang === "id" ? "Salin Alamat" : "Copy Address"}</button>
      <div class="footer-contact"><div class="contact-item"><span>0751-72409</span></div>
        <div class="contact-item"><span>info@pertanian.sumbarprov.go.id</span></div>
        <div class="contact-item"><span>Padang, Sumatera Barat</span></div></div></div>
    <div class="footer-links"><h4>${t("footer_explore")}</h4><ul>
      <li>${a("/", t("nav_home"))}</li><li>${a("/profil", t("nav_profile"))}</li><li>${a("/layanan", t("nav_services"))}</li>
      <li><a href="/#berita">${t("nav_news")}</a></li><li>${a("/agenda", "Agenda")}</li></ul></div>
    <div class="footer-links"><h4>${t("footer_links")}</h4><ul>
      <li>${a("/layanan/penyuluhan", t("nav_services_extension"))}</li><li>${a("/layanan/bibit", t("nav_services_seeds"))}</li>
      <li>${a("/faq", t("faq"))}</li><li>${a("/layanan/pelatihan", t("nav_services_training"))}</li><li>${a("/layanan/perizinan", t("nav_services_licensing"))}</li></ul></div>
    <div class="footer-social"><h4>${t("footer_social")}</h4><div class="social-links">
      <a href="https://www.facebook.com/profile.php?id=100080955056368" target="_blank" rel="noopener noreferrer" class="social-link facebook">Facebook</a>
      <a href="https://x.com/brmpbuahtropika" target="_blank" rel="noopener noreferrer" class="social-link twitter">Twitter</a>
      <a href="https://www.instagram.com/disbuntanhorsumbar.official" target="_blank" rel="noopener noreferrer" class="social-link instagram">Instagram</a>
      <a href="https://youtube.com/@brmpsumbar" target="_blank" rel="noopener noreferrer" class="social-link youtube">YouTube</a></div>
      <div class="footer-map-widget"><div class="map-wrapper"><iframe title="Lokasi Kantor" loading="lazy" src="about:blank" data-src="https://www.google.com/maps/embed?pb=...Dinas%20Perkebunan%20Tanaman%20Pangan%20dan%20Hortikultura%20Sumbar"></iframe>
        <a href="https://www.google.com/maps/dir//Dinas+Perkebunan+Tanaman+Pangan+dan+Hortikultura+Sumbar" target="_blank" rel="noopener noreferrer" class="open-in-maps-btn"><span>Open in Maps</span></a></div></div></div>
  </div></div></div><div class="footer-bottom"><div class="container"><div class="footer-bottom-content"><p>${t("footer_copyright")}</p></div></div></div></footer>`;
}

// ---------- home ----------
const fallbackBerita = [
  [1, "Wakil Gubernur Sumbar Serahkan Bantuan Bedah Rumah untuk Warga Ujung Batung, Kota Pariaman", "20 Feb 2026", "BERITA UTAMA"],
  [2, "Gubernur Mahyeldi Serahkan Bantuan Kemanusiaan dari Masyarakat Sumbar untuk Rakyat Palestina", "18 Feb 2026", "BANTUAN"],
  [3, "Kawasan Rumah Pangan Lestari (KRPL) Sukses di Kepulauan Mentawai", "15 Feb 2026", "PROYEK STRATEGIS"],
];
const programs = [
  ["Program Babendi", "Bantuan Biaya Tanam Padi", "Bantuan Rp800 ribu per hektar bagi petani untuk mengurangi beban biaya tanam dan meningkatkan produktivitas padi."],
  ["Optimalisasi Lahan", "Swasembada Pangan", "Intensifikasi lahan padi, penggunaan benih unggul seperti padi Banang Pulau, dan penanganan lahan non-rawa."],
  ["Modernisasi Pertanian", "BRMP Sumbar", "Penerapan teknologi modern, mekanisasi, dan digitalisasi pertanian [...]"],
  ["Hilirisasi Komoditas", "Pasar Internasional", "Fokus pada komoditas unggulan seperti kelapa sawit, kakao, karet, dan gambir [...]"],
  ["Program Upland", "Infrastruktur Pertanian", "Peningkatan infrastruktur pertanian [...]"],
  ["Sawah Pokok Murah", "Stabilitas Harga", "Program menjaga stabilitas harga beras [...]"],
  ["Desa Devisa Gambir", "Kolaborasi Teknologi", "Penguatan komoditas gambir [...]"],
  ["Program YESS", "Wirausaha Muda", "Penumbuhan wirausahawan muda pertanian [...]"],
];
function home() {
  return `<section class="hero"><div class="hero-content">
      <h1 class="hero-title">Selamat Datang di Website Resmi</h1><h2 class="hero-subtitle">Dinas Pertanian Sumatera Barat</h2>
      <p class="hero-description">Mewujudkan Pertanian Sumatera Barat yang Maju, Mandiri, dan Modern</p>
      <div class="hero-search-container"><form class="hero-search-form" id="hero-search"><div class="search-input-group">
        <input type="text" class="search-input" name="q" placeholder="Cari informasi pertanian, layanan, atau berita..."></div>
        <button type="submit" class="search-submit-btn">Cari</button></form></div>
      <div class="hero-buttons">${a("/profil", "PROFIL KAMI", "btn-primary")}${a("/layanan", "LAYANAN PERTANIAN", "btn-secondary")}</div></div>
    <div class="hero-stats"><div class="stat-item"><h3 class="stat-number">620K+</h3><p class="stat-label">Petani Terdaftar</p></div>
      <div class="stat-item"><h3 class="stat-number">14.240</h3><p class="stat-label">Kelompok Tani</p></div>
      <div class="stat-item"><h3 class="stat-number">194K Ha</h3><p class="stat-label">Luas Lahan Sawah</p></div>
      <div class="stat-item"><h3 class="stat-number">1,4M Ton</h3><p class="stat-label">Produksi Padi/Thn</p></div></div></section>
  <div class="running-text"><span>TRANSFORMASI DIGITAL: Implementasi Smart Farming 4.0 di Seluruh Kabupaten/Kota Sumatera Barat</span>
    <span>HARGA KOMODITAS: Stabilitas Pangan Terjaga [...]</span><span>GERAKAN MANDIRI PANGAN: [...]</span>
    <span>MODERNISASI ALSINTAN: [...]</span><span>E-PENYULUHAN: [...]</span></div>
  <section class="home-section"><section class="transparansi-section"><div class="container"><div class="modern-stats-wrapper">
    <div class="stats-header"><div class="stats-badge">TRANSPARANSI DATA 2026</div><h2 class="stats-main-title">Kinerja &amp; Akuntabilitas</h2></div>
    <div class="modern-stats-grid"><div class="modern-stat-card laporan"><span class="stat-label">LAPORAN KINERJA</span>
        <div class="stat-value"><span>0</span><span class="stat-tag info">BELUM ADA</span></div>
        <div class="sub-info"><span class="label">Jumlah Dokumen</span> <span class="value">0</span></div>
        <div class="sub-info"><span class="label">Terakhir Diterbitkan</span> <span class="value">-</span></div>
        <div class="report-error">Gagal memuat laporan: ${FAIL}</div>${a("/transparansi", "&#8599;", "stat-action-btn")}</div>
      <div class="modern-stat-card budget"><span class="stat-label">KONSOLIDASI AKUNTABILITAS</span>
        <div class="stat-value"><span>0%</span><span class="stat-tag info">TIDAK ADA</span></div>
        <div class="progress-top"><span>Tidak ada laporan tersedia</span></div>${a("/transparansi", "&#8599;", "stat-action-btn")}</div></div></div></div></section></section>
  <section class="home-section-alt"><section class="layanan-premium" id="layanan-pertanian"><div class="container">
    <div class="section-header"><span class="badge">Strategic Initiatives</span><h2>Program Unggulan</h2>
      <p>Berikut adalah rincian program unggulan pertanian di Sumatera Barat untuk mewujudkan ketahanan pangan yang mandiri.</p></div>
    <div class="layanan-grid-modern">${programs.map(([ti, s, d]) => `<div class="modern-program-card"><span class="subtitle">${s}</span><h3>${ti}</h3><p>${d}</p></div>`).join("")}</div></div></section></section>
  <section class="home-section"><section id="berita" class="berita-premium"><div class="container">
    <div class="section-header-row"><div class="header-left"><span class="badge">Latest News</span><h2>Berita &amp; Artikel Terkini</h2></div>${a("/berita", "Lihat Semua Berita", "view-all-premium")}</div>
    <div class="magazine-grid">${fallbackBerita.map(([id, ti, d, tag]) => `<div class="magazine-card"><div class="magazine-tag">${tag}</div>${a("/berita/" + id, "&#8599;", "read-more-circle")}
      <div class="magazine-info"><div class="magazine-meta"><span>${d}</span></div><h3>${a("/berita/" + id, ti)}</h3></div></div>`).join("")}</div></div></section></section>
  <section class="home-section-alt"><section class="galeri-section"><div class="container"><span class="badge">Visual Documentation</span><h2>Galeri Kegiatan</h2>
    <p>Lensa dokumentasi pergerakan sektor pertanian di bumi Minangkabau.</p>${a("/galeri", "Lihat Semua Galeri Kegiatan", "btn-view-more")}</div></section></section>
  <section class="home-section"><section class="infographics-section"><div class="container"><h2>Infografis</h2><div class="error-container"><p>Gagal memuat infografis: ${FAIL}</p></div></div></section></section>
  <section class="home-section-alt"><section class="publik-section" id="publik-portal"><div class="container"><div class="publik-grid">
    <div class="publik-column"><div class="column-header"><div class="header-title"><h2>Unduhan</h2></div>${a("/kategori/download", "Semua Unduhan", "view-all-btn")}</div>
      <div class="dokumen-list">${[["Laporan Kinerja Instansi Pemerintah 2024", "2.4 MB"], ["Rencana Strategis Dinas Pertanian 2021-2026", "4.1 MB"],
        ["Daftar Isian Pelaksanaan Anggaran (DIPA) 2025", "1.8 MB"], ["Profil Sektor Pertanian Sumatera Barat 2024", "5.2 MB"]].map(([ti, s]) =>
        `<div class="dokumen-item"><div class="doc-type">PDF</div><div class="doc-info"><h4>${ti}</h4><span>${s} • Terunduh 1.2k kali</span></div><button class="download-icon-btn" title="Download">&#8615;</button></div>`).join("")}</div></div>
    <div class="publik-column"><div class="column-header"><div class="header-title"><h2>Pengumuman</h2></div>${a("/pengumuman", "Lihat Semua", "view-all-btn")}</div>
      <div class="pengumuman-stack">${[["Pengadaan Bantuan Alat dan Mesin Pertanian APBD 2026", "12 Maret 2026", "Lelang"],
        ["Pendaftaran Sertifikasi Benih Padi Musim Tanam II Sabda Alam", "08 Maret 2026", "Info"],
        ["Hasil Seleksi Administrasi Calon Penyuluh Pertanian Lapangan", "05 Maret 2026", "Pengumuman"]].map(([ti, d, tag]) =>
        `<div class="pengumuman-card"><div class="meta-row"><span class="tag ${tag.toLowerCase()}">${tag}</span><span>${d}</span></div><h3>${ti}</h3></div>`).join("")}</div>
      <div class="info-banner-mini"><div class="pulse-dot"></div><span>Hubungi Call Center untuk bantuan informasi: (0751) 123456</span></div></div></div></div></section></section>
  <section class="home-section"><section class="mitra-section"><div class="container"><span class="section-tag-small">Partner &amp; Link Terkait</span><h2 class="mitra-title">Sinergi &amp; Kemitraan</h2>
    <div class="mitra-marquee"><div class="marquee-content">${[["Website Provinsi Sumatera Barat", "https://sumbarprov.go.id"], ["Komisi Informasi Sumatera Barat", "https://komisiinformasi.sumbarprov.go.id"],
      ["PPID Sumatera Barat", "https://ppid.sumbarprov.go.id"], ["Kementrian Pertanian", "https://pertanian.go.id"], ["Badan Pangan Nasional", "https://badanpangan.go.id"], ["Bulog", "https://bulog.co.id"]].map(([n, u]) =>
      `<a href="${u}" target="_blank" rel="noopener noreferrer" class="mitra-item"><img src="/assets/mitra.png" alt="${n}" class="mitra-logo"></a>`).join("")}</div></div></div></section></section>`;
}

// ---------- PPID (PPIDPages.jsx, hard-coded) ----------
function ppidLayout(cur, title, body) {
  const nav = [["Profil PPID", "/ppid/profil"], ["Visi Misi PPID", "/ppid/visi-misi"], ["Tugas Fungsi PPID", "/ppid/tugas-fungsi"], ["Informasi Publik", "/ppid/informasi"]];
  return `<div class="ppid-page-container"><div class="container"><div class="ppid-header-banner">${back()}
      <div class="ppid-banner-content"><div class="ppid-breadcrumb">PPID / ${title.toUpperCase()}</div><h1>${title}</h1></div></div>
    <div class="ppid-main-grid"><aside class="ppid-sidebar"><div class="ppid-nav-list">${nav.map(([n, p]) => a(p, `<span>${n}</span>`, "ppid-nav-item" + (cur === p ? " active" : ""))).join("")}</div>
      <div class="vision-box"><p>"Keterbukaan Informasi adalah Kunci Pelayanan Publik yang Melayani"</p></div></aside>
    <main class="ppid-content-card">${body}</main></div></div></div>`;
}
const ppid = {
  "/ppid/profil": () => ppidLayout("/ppid/profil", "Profil PPID", `
    <p class="ppid-intro-text">PPID (Pejabat Pengelola Informasi dan Dokumentasi) Dinas Pertanian Provinsi Sumatera Barat adalah unit kerja yang bertanggung jawab dalam penyimpanan, pendokumentasian, penyediaan, dan pelayanan informasi publik.</p>
    <div class="transparency-grid"><div class="transparency-card"><h3>Sesuai UU No. 14/2008</h3><p>Menjamin hak warga negara untuk mengetahui rencana pembuatan kebijakan publik dan program keputusan publik.</p></div>
      <div class="transparency-card"><h3>Landasan Hukum</h3><p>Diatur melalui Peraturan Gubernur Sumatera Barat tentang Pedoman Pengelolaan Pelayanan Informasi dan Dokumentasi.</p></div></div>
    <div><h2>Struktur PPID Distan Sumbar</h2><p>PPID di lingkungan Dinas Pertanian Sumatera Barat terdiri dari Pejabat Atasan PPID, Pejabat PPID Pembantu, dan tim operasional yang sigap melayani permintaan informasi baik secara online maupun offline.</p>
      <div class="mission-item"><div class="mission-desc"><h4>Transparansi Penuh</h4><p>Seluruh anggaran dan realisasi program pertanian dapat diakses sesuai koridor keterbukaan informasi publik.</p></div></div></div>`),
  "/ppid/visi-misi": () => ppidLayout("/ppid/visi-misi", "Visi & Misi PPID", `
    <div class="vision-box"><span>VISI UTAMA</span><h2>"Terwujudnya Pelayanan Informasi Publik yang Cepat, Tepat, dan Transparan Menuju Sumbar Madani."</h2></div>
    <h2>Misi Strategis PPID</h2><div class="procedure-steps">${[
      ["Kualitas Layanan", "Meningkatkan kualitas pelayanan informasi publik dengan memanfaatkan teknologi informasi terbaru."],
      ["Kompetensi SDM", "Meningkatkan kompetensi pengelola PPID dalam melayani permintaan rincian teknis informasi pertanian."],
      ["Standardisasi", "Membangun sistem pendokumentasian informasi publik yang terintegrasi dan mudah diakses."],
      ["Advokasi Informasi", "Memberikan edukasi kepada masyarakat tani mengenai hak-hak atas informasi pembangunan daerah."]].map(([ti, d], i) =>
      `<div class="step-item"><div class="step-number">${i + 1}</div><div class="step-info"><h4>${ti}</h4><p>${d}</p></div></div>`).join("")}</div>`),
  "/ppid/tugas-fungsi": () => ppidLayout("/ppid/tugas-fungsi", "Tugas & Fungsi PPID", `
    <p class="ppid-intro-text">PPID Pembantu Dinas Pertanian Sumbar memiliki peran krusial dalam menjembatani kebutuhan data masyarakat dengan kebijakan internal kedinasan.</p>
    <div class="transparency-grid"><div class="transparency-card"><h3>Tugas Utama</h3><ul class="simple-list">
        <li>Mengkoordinasikan pengumpulan data informasi publik dari setiap bidang.</li><li>Melakukan verifikasi dan klasifikasi informasi publik.</li><li>Mengupdate portal informasi secara berkala.</li></ul></div>
      <div class="transparency-card"><h3>Fungsi Strategis</h3><ul class="simple-list">
        <li>Penyedia layanan informasi (Meja Layanan PPID).</li><li>Pengolah sengketa informasi publik.</li><li>Pelaksana pendokumentasian arsip statis dan dinamis.</li></ul></div></div>
    <div class="support-card"><div class="support-text"><h5>Prosedur Keberatan</h5><p>Masyarakat berhak mengajukan keberatan jika permintaan informasi tidak ditanggapi dalam waktu 10+7 hari kerja.</p></div></div>`),
  "/ppid/informasi": () => ppidLayout("/ppid/informasi", "Daftar Informasi Publik", `
    <p class="ppid-intro-text">Unduh dokumen dan data publik yang disediakan oleh Dinas Pertanian Provinsi Sumatera Barat sesuai kategori yang telah ditetapkan.</p>
    ${[["Informasi Berkala", [["Profil Pimpinan &amp; Pegawai Distan Sumbar", "1.2 MB"], ["Rencana Strategis (RENSTRA) 2021-2026", "4.5 MB"], ["Laporan Akuntabilitas Kinerja (LAKIP)", "2.8 MB"]]],
       ["Setiap Saat", [["Daftar Aset &amp; Inventaris Dinas", "3.1 MB"], ["Prosedur Operasional Standar (SOP)", "1.5 MB"], ["Program &amp; Kegiatan Tahun Berjalan", "2.2 MB"]]]].map(([cat, docs]) =>
      `<div class="info-category-section"><div class="category-header"><h3>${cat}</h3></div><div class="document-list">${docs.map(([n, s]) =>
        `<div class="document-item"><span>${n}</span><div><span>${s}</span> <a href="#" class="btn-download-ppid">PDF</a></div></div>`).join("")}</div></div>`).join("")}
    <div class="cta-section-simple">${a("/agenda", "Lihat Agenda Kegiatan &#8250;", "btn-premium")}</div>`),
};

// ---------- other pages ----------
const layananNav = [["Penyuluhan", "/layanan/penyuluhan"], ["Perizinan", "/layanan/perizinan"], ["Bantuan Bibit", "/layanan/bibit"], ["Pelatihan", "/layanan/pelatihan"]];
function layanan(cur, title, body) {
  return `<div class="layanan-page-container"><div class="container"><div class="service-header-banner">${back()}
    <div class="service-breadcrumb">Layanan Utama / ${title}</div><h1>${title}</h1></div>
    <div class="service-main-grid"><aside class="service-sticky-sidebar"><div class="service-nav-list">${layananNav.map(([n, p]) => a(p, `<span>${n}</span>`, "service-nav-item" + (cur === p ? " active" : ""))).join("")}</div>
      <div class="cta-section-simple"><p>Butuh Bantuan Cepat?</p><a href="https://wa.me/xxx" class="btn-premium">WhatsApp Center</a></div></aside>
    <main class="service-content-card">${body}</main></div></div></div>`;
}
const acc = (items) => `<div class="service-accordion">${items.map(([q, c]) => `<div class="accordion-item"><button class="accordion-header"><h4>${q}</h4></button><div class="accordion-content"><p>${c}</p></div></div>`).join("")}</div>`;
const pages = {
  "/layanan/penyuluhan": () => layanan("/layanan/penyuluhan", "Penyuluhan Pertanian", `<p class="service-intro">Dinas Pertanian Sumatera Barat melalui para Penyuluh Pertanian Lapangan (PPL) berkomitmen mendampingi petani di seluruh Nagari dan Desa [...]</p>
    <h2>Fokus Pendampingan Daerah</h2><div class="feature-grid"><div class="feature-card"><h3>Sentra Padi &amp; Jagung</h3><p>[...]</p></div><div class="feature-card"><h3>Kelembagaan Ekonomi</h3><p>[...]</p></div>
    <div class="feature-card"><h3>Penerapan CSA</h3><p>[...]</p></div><div class="feature-card"><h3>Digitalisasi Nagari</h3><p>[...]</p></div></div>
    <h2>Informasi Penting &amp; FAQ</h2>${acc([["Apakah layanan penyuluhan di Sumbar berbayar?", "Tidak. Seluruh layanan dari PPL Dinas Pertanian Sumbar adalah gratis dan dilarang memberikan imbalan apa pun (Gratifikasi)."],
      ["Bagaimana cara mengundang penyuluh ke Nagari kami?", "Ketua Kelompok Tani dapat berkoordinasi dengan BPP (Balai Penyuluhan Pertanian) kecamatan setempat atau menghubungi kami melalui helpdesk."],
      ["Siapa saja yang bisa mendapat layanan ini?", "Seluruh petani yang terdaftar dalam Simluhtan [...]"]])}
    <div class="support-card"><div class="support-text"><h5>Layanan Pengaduan PPL</h5><p>Ada kendala dengan penyuluh di daerah Anda? Laporkan ke Sekretariat Komisi Penyuluhan Sumbar via WA: 0811-xxxx-xxxx.</p></div></div>`),
  "/layanan/perizinan": () => layanan("/layanan/perizinan", "Perizinan &amp; Regulasi", `<p class="service-intro">Guna mewujudkan kepatuhan hukum dan perlindungan lahan produktif, Dinas Pertanian Sumbar memfasilitasi rekomendasi teknis perizinan sesuai Perda No. 4 Tahun 2023 tentang Tata Ruang Pertanian Sumatera Barat.</p>
    <h2>Layanan Rekomendasi Teknis</h2><ul class="simple-list"><li><strong>Rekomendasi Alih Fungsi Lahan (LP2B):</strong> [...]</li><li><strong>Izin Pendaftaran Pupuk &amp; Pestisida:</strong> [...]</li>
    <li><strong>Sertifikasi Kebun (GAP):</strong> [...]</li><li><strong>Sertifikasi Perbenihan:</strong> [...]</li></ul>
    <div class="cta-section-simple"><h3>Download Dokumen Persyaratan</h3><p>Unduh format surat permohonan rekomendasi teknis untuk keperluan administrasi perizinan Anda.</p><button class="btn-view-more">Berkas Rekomtek (PDF)</button></div>
    ${acc([["Apakah Dinas mengeluarkan izin bangunan di lahan tani?", "Kami hanya mengeluarkan Rekomendasi Teknis. [...]"], ["Bagaimana status lahan sawah yang dilindungi?", "Berdasarkan Perda LP2B Sumbar, [...]"]])}`),
  "/layanan/bibit": () => layanan("/layanan/bibit", "Bantuan Bibit &amp; Benih", `<p class="service-intro">Melalui Unit Pelaksana Teknis Daerah (UPTD) Benih, Dinas Pertanian Sumbar mendistribusikan bantuan benih unggul bersertifikat [...]</p>
    <h2>Syarat Kelompok Penerima Bantuan</h2><div><div>Kelompok Tani telah terdaftar di SIMLUHTAN selama minimal 2 tahun.</div><div>Memiliki CPCL (Calon Petani Calon Lahan) yang divalidasi oleh PPL dan Mantri Tani.</div>
    <div>Proposal telah disahkan oleh KCD/UPTD Pertanian Kecamatan dan Dinas Kabupaten.</div><div>Bersedia menandatangani Surat Pernyataan Kesanggupan Mengelola Bantuan.</div></div>
    <div class="cta-section-simple"><h3>Jadwal Distribusi TA 2026</h3><p>[...]</p><button class="btn-premium">Cek Jadwal Pengiriman</button></div>`),
  "/layanan/pelatihan": () => layanan("/layanan/pelatihan", "Pelatihan &amp; Kapasitas", `<p class="service-intro">Dinas Pertanian Sumatera Barat menyelenggarakan pelatihan vokasi bagi petani dan penyuluh [...]</p>
    <h2>Program Prioritas Sumbar</h2><div class="mission-list"><h4>Millennial Farmer Training</h4><h4>Pelatihan Pengolahan Hasil</h4><h4>Mekanisasi Pertanian</h4><h4>Pertanian Organik</h4></div>
    <h2>Kalender Diklat Tahun 2026</h2><table><thead><tr><th>Kegiatan</th><th>Lokasi BPP</th><th>Status</th></tr></thead><tbody>
    <tr><td>Pelatihan Budidaya Manggis</td><td>Kab. Padang Pariaman</td><td>Dibuka</td></tr><tr><td>Workshop i-Pubers (Pupuk)</td><td>Kota Payakumbuh</td><td>Penuh</td></tr>
    <tr><td>Diklat Alsintan Drone</td><td>Kab. Lima Puluh Kota</td><td>15 Peserta</td></tr></tbody></table>`),
  "/agenda": () => `<div class="agenda-page"><header class="agenda-header"><div class="container">${back()}<span>AGENDA RESMI</span><h1>Kalender Kegiatan</h1></div></header>
    <div class="agenda-container"><div class="agenda-grid"><main class="agenda-list-section"><h2>Agenda Mendatang</h2>${[
      ["12 Mar", "Sosialisasi Pupuk Bersubsidi se-Sumatera Barat", "09:00 - 14:00 WIB", "Aula Utama Dinas Pertanian, Padang"],
      ["15 Mar", "Panen Raya Padi Varietas Anak Daro", "08:00 WIB - Selesai", "Kawasan Pertanian Koto Baru, Kab. Solok"],
      ["18 Mar", "Pasar Tani Murah Jelang Ramadhan", "07:30 - 12:00 WIB", "Halaman Kantor Dinas Pertanian Provinsi"],
      ["20 Mar", "Bimbingan Teknis Smart Farming &amp; IoT Petani Milenial", "10:00 - 16:00 WIB", "BPP Payakumbuh, Kota Payakumbuh"],
      ["25 Mar", "Rapat Koordinasi Ketahanan Pangan Tingkat Provinsi", "13:00 - 17:00 WIB", "Ruang Rapat Istana Gubernur Sumbar"]].map(([d, ti, tm, loc]) =>
      `<div class="agenda-card-detailed"><div class="date-badge-big">${d}</div><div class="agenda-info"><h3>${ti}</h3><p>[...]</p><div class="agenda-details-row"><div>${tm}</div><div>${loc}</div></div></div></div>`).join("")}</main>
    <aside class="agenda-sidebar-info"><div class="info-widget"><h4>Informasi Agenda</h4><p>Seluruh jadwal kegiatan kedinasan yang tercantum bersifat tentatif dan dapat berubah sewaktu-waktu sesuai dengan arahan pimpinan.</p>
      <div class="contact-link-pill"><span>Sekretariat Agenda</span></div><div class="contact-link-pill"><span>Panduan Konfirmasi</span></div></div>
      <div class="info-widget"><h4>Update Berkala</h4><p>Pastikan Anda mengecek halaman ini secara berkala [...]</p></div></aside></div></div></div>`,
  "/faq": () => `<div class="faq-page-wrapper"><div class="faq-hero"><div class="container">${back()}<div class="faq-hero-content"><span class="badge">Pusat Bantuan</span>
      <h1>Pertanyaan Sering Diajukan</h1><p>Temukan jawaban cepat untuk pertanyaan umum mengenai layanan dan program Dinas Pertanian Sumatera Barat.</p></div></div></div>
    <main class="faq-main"><div class="container"><div class="faq-grid"><aside class="faq-sidebar"><div class="support-card-aesthetic"><h3>Butuh Bantuan Lain?</h3>
      <p>Jika Anda tidak menemukan jawaban yang Anda cari, tim kami siap membantu.</p><button class="btn-premium">Hubungi Kami</button></div></aside>
    <div class="faq-content">${[["Layanan Umum", [["Bagaimana cara mendaftarkan kelompok tani?", "Pendaftaran dapat dilakukan melalui Balai Penyuluhan Pertanian (BPP) di kecamatan masing-masing [...]"],
        ["Apa saja syarat mendapatkan bantuan bibit?", "Kelompok tani harus terdaftar di SIMLUHTAN selama minimal 2 tahun, [...]"]]],
      ["Teknis &amp; Budidaya", [["Di mana saya bisa mendapatkan informasi hama terkini?", "Anda dapat memantau menu 'Informasi Publik' di website kami atau menghubungi UPTD Perlindungan Tanaman Pangan dan Hortikultura (PTPH) Sumatera Barat."],
        ["Apakah ada pelatihan untuk petani milenial?", "Ya, kami memiliki program khusus pelatihan petani milenial setiap tahunnya. [...]"]]]].map(([cat, items]) =>
      `<div class="faq-category-block"><div class="cat-header"><h2>${cat}</h2></div><div class="faq-list">${items.map(([q, ans]) =>
        `<div class="faq-item-aesthetic"><button class="faq-question"><span>${q}</span></button><div class="faq-answer"><div class="answer-inner">${ans}</div></div></div>`).join("")}</div></div>`).join("")}</div></div></div></main></div>`,
  "/transparansi": () => `<div class="trans-page-wrapper"><div class="trans-hero-banner"><div class="container">${back()}<div class="hero-flex"><div class="hero-text"><span class="badge">Pusat Informasi Publik</span>
      <h1>Data &amp; Transparansi</h1><p>Akses terbuka terhadap realisasi kinerja dan anggaran Dinas Pertanian Sumatera Barat.</p></div>
      <div class="hero-tabs"><button class="tab-item active" data-tab="ikm"><span>Kepuasan</span></button><button class="tab-item" data-tab="budget"><span>Anggaran</span></button></div></div></div></div>
    <main class="trans-main-content"><div class="container">
      <div class="tab-pane" id="tab-ikm"><div class="ikm-hero-card"><span class="score-label">Indeks Kepuasan Masyarakat 2024</span><h2>88.45</h2><div class="status-badge very-good">Sangat Baik</div></div>
        <div class="ikm-metrics-grid"><div>Keselarasan Persyaratan 88.5</div><div>Kemudahan Prosedur 87.2</div><div>Kecepatan Pelayanan 89.1</div><div>Keadilan Pelayanan 88.4</div></div>
        <div class="ikm-content-info"><h3>Detail Laporan Pelayanan</h3><p>Berdasarkan hasil survey yang melibatkan 1.240 responden dari berbagai kelompok tani dan pelaku usaha di Sumatera Barat, Dinas Pertanian mendapatkan kategori "Sangat Baik" dalam keterbukaan informasi dan kecepatan tindak lanjut bantuan.</p>
          <div class="download-cta"><button class="btn-premium">Unduh Laporan Lengkap (PDF)</button></div></div></div>
      <div class="tab-pane" id="tab-budget" hidden><div class="budget-card"><h3>Realisasi Anggaran 2024</h3><div>Pagu Anggaran <h4>Rp 124,5 M</h4></div><div>Realisasi <h4>Rp 82,3 M</h4></div><span class="percent">66.1%</span></div>
        <div class="budget-breakdown"><h3>Rincian Penggunaan</h3><div>Belanja Pegawai Rp 49,8 M</div><div>Bantuan Hibah/Bibit Rp 43,5 M</div><div>Sarana Prasarana Rp 31,1 M</div></div></div></div></main></div>`,
  "/dokumen": () => `<div class="dokumen-page"><div class="container-narrow"><header class="page-header-v2"><div class="top-nav-row"><button class="premium-back-btn" onclick="history.back()">Kembali</button>
      <nav class="premium-breadcrumb">${a("/", "Beranda")} &#8250; <span>Dokumen Publik</span></nav></div>
    <div class="header-content-v2"><h1>Dokumen Publik</h1><p>Pusat unduhan berkas resmi, laporan kinerja, dan dokumen perencanaan Dinas Pertanian Provinsi Sumatera Barat.</p></div>
    <div class="search-and-filter"><div class="search-bar-modern"><input type="text" id="doc-filter" placeholder="Cari dokumen..."></div></div>
    <div class="tab-filters"><button class="tab-chip active">Semua</button><button class="tab-chip">Laporan</button><button class="tab-chip">Perencanaan</button><button class="tab-chip">Anggaran</button><button class="tab-chip">Data</button></div></header>
    <div class="dokumen-grid-page">${[["Laporan Kinerja Instansi Pemerintah (LKjIP) 2024", "Laporan", "2.4 MB", "Januari 2025", "PDF"], ["Rencana Strategis (Renstra) Dinas Pertanian 2021-2026", "Perencanaan", "4.1 MB", "Maret 2021", "PDF"],
      ["Daftar Isian Pelaksanaan Anggaran (DIPA) TA 2025", "Anggaran", "1.8 MB", "Desember 2024", "PDF"], ["Rencana Kerja (Renja) Dinas Pertanian Tahun 2025", "Perencanaan", "3.2 MB", "Juni 2024", "PDF"],
      ["Profil Sektor Pertanian Sumatera Barat Edisi 2024", "Data", "5.2 MB", "Agustus 2024", "PDF"], ["Statistik Luas Panen dan Produksi Padi Sumbar 2023", "Data", "2.1 MB", "Mei 2024", "XLSX"]].map(([ti, c, s, d, ty]) =>
      `<div class="doc-page-card"><div class="doc-card-top"><span class="doc-type-badge">${ty}</span><span class="doc-cat">${c}</span></div><div class="doc-card-body"><h3>${ti}</h3>
        <div class="doc-meta-simple"><span>Terbit: ${d}</span> <span>Ukuran: ${s}</span></div></div><div class="doc-card-actions"><button class="btn-download-premium"><span>Unduh Berkas</span></button></div></div>`).join("")}</div></div></div>`,
};

// Pages that read api-web.sumbarprov.go.id: offline the fetch fails and each shows its error text.
function apiError(title, msg) {
  return `<div class="dokumen-page"><div class="container-narrow"><header class="page-header-v2"><div class="top-nav-row">${a("/", "Beranda", "premium-back-btn")}
    <nav class="premium-breadcrumb">${a("/", "Beranda")} &#8249; <span>${title}</span></nav></div>
    <div class="header-content-v2"><h1>${title}</h1><p>Menampilkan halaman ${title} langsung dari API Dinas Pertanian.</p></div></header>
    <div class="error-container"><p>${msg}</p></div></div></div>`;
}
const label = (slug) => slug.replace(/-/g, " ").replace(/\b\w/g, (c) => c.toUpperCase());
function profilError(title) {
  const navs = [["Sejarah", "/profil/sejarah"], ["Visi Misi", "/profil/visi-misi"], ["Tugas & Fungsi", "/profil/tugas-fungsi"], ["Struktur Organisasi", "/profil/struktur"]];
  return `<div class="profile-container"><div class="container"><div class="profile-header">${back()}<h1>${title}</h1></div>
    <div class="nav-simple-profile">${navs.map(([n, p]) => a(p, n, "nav-link-simple")).join("")}</div>
    <div class="profile-content-card"><div class="error-container"><p>Terjadi kesalahan saat memuat data: ${FAIL}</p></div></div></div></div>`;
}

// ---------- search (SearchPage.jsx over src/data/siteData.js) ----------
const allBerita = [
  [1, "Wakil Gubernur Sumbar Serahkan Bantuan Bedah Rumah untuk Warga Ujung Batung, Kota Pariaman", "20 Feb 2026", "Berita Utama", "Pemerintah Provinsi Sumatera Barat terus berkomitmen meningkatkan kualitas hunian layak bagi masyarakat melalui program bantuan bedah rumah..."],
  [2, "Gubernur Mahyeldi Serahkan Bantuan Kemanusiaan dari Masyarakat Sumbar untuk Rakyat Palestina", "18 Feb 2026", "Bantuan", "Wujud kepedulian masyarakat Sumatera Barat terhadap krisis kemanusiaan di Palestina terus mengalir melalui jalur resmi pemerintah..."],
  [3, "Kawasan Rumah Pangan Lestari (KRPL) Sukses di Kepulauan Mentawai", "15 Feb 2026", "Program", "Pemanfaatan pekarangan rumah menjadi sumber pangan mandiri di Mentawai mulai menunjukkan hasil yang signifikan bagi ekonomi keluarga..."],
  [4, "Panen Padi Serentak di Kabupaten Solok Tingkatkan Ketahanan Pangan Nasional", "10 Feb 2026", "Pertanian", "Kabupaten Solok kembali mengukuhkan posisinya sebagai lumbung beras Sumatera Barat [...]"],
  [5, "Inovasi Irigasi Pintar Dinas Pertanian Sumbar Raih Penghargaan Nasional", "05 Feb 2026", "Teknologi", "Pemanfaatan sensor IoT dalam sistem irigasi pertanian [...]"],
  [6, "Pelatihan Sertifikasi Organik Bagi Kelompok Tani di Pesisir Selatan", "02 Feb 2026", "Edukasi", "Menuju pertanian ramah lingkungan [...]"],
  [7, "Dinas Pertanian Sumbar Dorong Pengembangan Komoditas Kopi Arabika di Talamau", "28 Jan 2026", "Produksi", "Potensi wilayah Talamau sebagai penghasil kopi [...]"],
  [8, "Pameran Pangan Lokal Sumatera Barat Sedot Perhatian Ribuan Pengunjung", "25 Jan 2026", "Kegiatan", "Promosi penganan tradisional berbasis sumber daya lokal [...]"],
  [9, "Aplikasi Digital Farming Mulai Diterapkan Petani Muda Padang Pariaman", "20 Jan 2026", "Teknologi", "Modernisasi sektor hulu mulai merambah area pedesaan [...]"],
];
const allPages = [
  ["Sejarah Dinas Pertanian", "/profil/sejarah", "Profil", "Dinas Pertanian Sumatera Barat memiliki sejarah panjang dalam mengawal ketahanan pangan di Ranah Minang..."],
  ["Visi dan Misi", "/profil/visi-misi", "Profil", "Mewujudkan pertanian Sumatera Barat yang maju, mandiri, dan modern..."],
  ["Tugas dan Fungsi", "/profil/tugas-fungsi", "Profil", "Pelaksanaan kebijakan di bidang sarana prasarana, tanaman pangan, hortikultura, perkebunan..."],
  ["Struktur Organisasi", "/profil/struktur", "Profil", "Susunan organisasi Dinas Pertanian Provinsi Sumatera Barat..."],
  ["Layanan Penyuluhan", "/layanan/penyuluhan", "Layanan", "Pendampingan petani oleh PPL di seluruh Nagari/Desa Sumatera Barat..."],
  ["Layanan Perizinan", "/layanan/perizinan", "Layanan", "Fasilitasi rekomendasi teknis perizinan dan regulasi alih fungsi lahan LP2B..."],
  ["Bantuan Bibit & Benih", "/layanan/bibit", "Layanan", "Distribusi benih padi lokal, bibit manggis, dan bibit hortikultura unggul Sumbar..."],
  ["Pelatihan Pertanian", "/layanan/pelatihan", "Layanan", "Program pelatihan milenial farmer, pengolahan hasil, dan mekanisasi pertanian..."],
  ["Profil PPID", "/ppid/profil", "PPID", "Layanan informasi publik Dinas Pertanian sesuai UU No. 14 Tahun 2008..."],
  ["Visi Misi PPID", "/ppid/visi-misi", "PPID", "Meningkatkan pengelolaan dan pelayanan informasi yang berkualitas..."],
  ["Informasi Publik", "/ppid/informasi", "PPID", "Daftar Informasi Publik (DIP) yang dapat diakses oleh masyarakat..."],
  ["Foto Kegiatan", "/galeri/foto", "Galeri", "Dokumentasi visual berbagai kegiatan Dinas Pertanian di lapangan..."],
  ["Video Dokumentasi", "/galeri/video", "Galeri", "Arsip video edukasi dan dokumentasi program unggulan pertanian..."],
  ["Arsip Berita", "/berita", "Berita", "Kumpulan berita terkini seputar dunia pertanian dan program pemerintah Sumbar..."],
];
function search(query) {
  const q = (query.get("q") || "").toLowerCase();
  const news = q ? allBerita.filter((b) => [b[1], b[4], b[3]].some((s) => s.toLowerCase().includes(q))) : [];
  const pgs = q ? allPages.filter((p) => [p[0], p[3], p[2]].some((s) => s.toLowerCase().includes(q))) : [];
  const total = news.length + pgs.length;
  const raw = query.get("q") || "";
  return `<div class="search-results-page"><div class="search-header-bg"><div class="container-narrow"><header class="search-page-header">
    <div class="search-top-nav"><button class="search-back-btn" onclick="history.back()">Kembali</button><nav class="search-breadcrumb">${a("/", "Beranda")} &#8250; <span>Pencarian</span></nav></div>
    <h1>Pencarian Informasi</h1><form class="search-main-form" id="page-search"><div class="search-input-wrapper">
      <input type="text" name="q" placeholder="Apa yang ingin Anda cari?" value="${raw.replace(/"/g, "&quot;")}"><button type="submit" class="search-btn-trigger">Cari</button></div>
      <p class="search-stats">${total > 0 ? `Ditemukan ${total} hasil untuk "${raw}"` : raw ? `Tidak ada hasil untuk "${raw}"` : "Ketikkan kata kunci untuk memulai pencarian"}</p></form></header></div></div>
    <main class="container-narrow"><div class="search-results-content">
    ${pgs.length ? `<section class="results-section"><h2 class="section-title">Informasi &amp; Layanan (${pgs.length})</h2><div class="page-results-list">${pgs.map((p) =>
      `<a href="#${p[1]}" class="page-result-item"><div class="page-result-info"><span class="result-category">${p[2]}</span><h3>${p[0]}</h3><p>${p[3]}</p></div></a>`).join("")}</div></section>` : ""}
    ${news.length ? `<section class="results-section"><h2 class="section-title">Warta &amp; Berita (${news.length})</h2><div class="news-results-list">${news.map((b) =>
      `<a href="#/berita/${b[0]}" class="news-result-item"><div class="news-result-info"><span class="news-result-tag">${b[3]}</span> <span class="news-result-date">${b[2]}</span><h3>${b[1]}</h3><p>${b[4]}</p><div class="news-result-link">Baca Selengkapnya</div></div></a>`).join("")}</div></section>` : ""}
    ${raw && total === 0 ? `<div class="search-empty-state"><h3>Hasil tidak ditemukan</h3><p>Coba gunakan kata kunci lain atau periksa ejaan Anda.</p>
      <div class="suggestion-box"><p>Saran pencarian:</p><ul><li>Penyuluhan Pertanian</li><li>Bantuan Bibit</li><li>Sejarah Dinas</li><li>Visi Misi</li></ul></div></div>` : ""}
    </div></main></div>`;
}

// ---------- router (App.jsx) ----------
const redirects = { "/profil": "/profil/sejarah", "/layanan": "/layanan/penyuluhan", "/ppid": "/ppid/profil", "/galeri": "/galeri/foto" };
function content(path, query) {
  if (redirects[path]) { location.replace("#" + redirects[path]); return null; }
  if (path === "/") return home();
  if (path === "/search") return search(query);
  if (ppid[path]) return ppid[path]();
  if (pages[path]) return pages[path]();
  const prof = { "/profil/sejarah": "Sejarah", "/profil/visi-misi": "Visi &amp; Misi", "/profil/tugas-fungsi": "Tugas &amp; Fungsi", "/profil/struktur": "Struktur Organisasi", "/profil/lhkpn": "LHKPN", "/profil/profil-pejabat": "Profil Pejabat" };
  if (prof[path]) return profilError(prof[path]);
  let m;
  if ((m = path.match(/^\/halaman\/([^/]+)$/))) return apiError(label(m[1]), `Terjadi kesalahan: ${FAIL}`);
  if (path === "/berita") return apiError("Arsip Berita", `Terjadi kesalahan saat memuat berita: ${FAIL}`);
  if ((m = path.match(/^\/berita\/([^/]+)$/))) return apiError("Berita", `Terjadi kesalahan saat memuat berita: ${FAIL}`);
  if (path === "/pengumuman") return apiError("Pengumuman", `Terjadi kesalahan saat memuat pengumuman: ${FAIL}`);
  if (path === "/galeri/foto") return apiError("Foto Kegiatan", `Terjadi kesalahan saat memuat galeri: ${FAIL}`);
  if (path === "/galeri/video") return apiError("Video Dokumentasi", `Terjadi kesalahan saat memuat galeri: ${FAIL}`);
  if (path === "/kategori") return apiError("Semua Kategori", `Terjadi kesalahan: ${FAIL}`);
  if ((m = path.match(/^\/kategori\/([^/]+)$/))) return apiError(label(m[1]), `Terjadi kesalahan: ${FAIL}`);
  return home(); // <Route path="*" element={<Home />} />
}

function render() {
  const { path, query } = route();
  const body = content(path, query);
  if (body === null) return;
  root.innerHTML = `<div class="App">${navbar(path)}${body}${footer()}</div>`;
  bind(path);
}

function bind(path) {
  root.querySelectorAll(".nav-item").forEach((li) => {
    li.addEventListener("mouseenter", () => { activeDropdown = +li.dataset.i; li.classList.add("active"); });
    li.addEventListener("mouseleave", () => { activeDropdown = null; li.classList.remove("active"); });
  });
  root.querySelectorAll(".sidebar-expand").forEach((b) => b.addEventListener("click", () => {
    const i = +b.dataset.i; activeDropdown = activeDropdown === i ? null : i; render();
  }));
  const tog = document.getElementById("mobile-toggle");
  if (tog) tog.addEventListener("click", () => { mobileOpen = !mobileOpen; render(); });
  const ov = document.getElementById("sidebar-overlay");
  if (ov) ov.addEventListener("click", () => { mobileOpen = false; render(); });
  root.querySelectorAll(".flag-btn").forEach((b) => b.addEventListener("click", () => {
    lang = b.dataset.lang; localStorage.setItem("preferredLanguage", lang); document.documentElement.lang = lang; render();
  }));
  ["hero-search", "page-search"].forEach((id) => {
    const f = document.getElementById(id);
    if (f) f.addEventListener("submit", (e) => {
      e.preventDefault();
      const q = f.querySelector("input").value;
      location.hash = q.trim() ? `/search?q=${encodeURIComponent(q)}` : "/search";
    });
  });
  root.querySelectorAll(".faq-question").forEach((b) => b.addEventListener("click", () => {
    const item = b.parentElement; const open = item.classList.contains("active");
    root.querySelectorAll(".faq-item-aesthetic").forEach((x) => x.classList.remove("active"));
    if (!open) item.classList.add("active");
  }));
  root.querySelectorAll(".accordion-header").forEach((b) => b.addEventListener("click", () => b.parentElement.classList.toggle("active")));
  root.querySelectorAll(".tab-item[data-tab]").forEach((b) => b.addEventListener("click", () => {
    root.querySelectorAll(".tab-item").forEach((x) => x.classList.toggle("active", x === b));
    document.getElementById("tab-ikm").hidden = b.dataset.tab !== "ikm";
    document.getElementById("tab-budget").hidden = b.dataset.tab !== "budget";
  }));
  const df = document.getElementById("doc-filter");
  if (df) df.addEventListener("input", () => root.querySelectorAll(".doc-page-card").forEach((c) => {
    c.hidden = !c.querySelector("h3").textContent.toLowerCase().includes(df.value.toLowerCase());
  }));
}

window.addEventListener("hashchange", () => { mobileOpen = false; activeDropdown = null; window.scrollTo(0, 0); render(); });
document.documentElement.lang = lang;
render();
