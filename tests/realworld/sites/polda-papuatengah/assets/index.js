// Compact working rewrite of the Polda Papua Tengah website (Vite + React 19 + react-router-dom, i18next;
// src/routes/AppRoutes.tsx and its layouts, components and pages at 3e6da2e), without React. Every route is
// served index.html; this script draws what the production build draws for a visitor. The production build has
// VITE_API_BASE_URL empty, so the CMS calls go to the site's own origin (/ppid-documents, /contact,
// /api/ppid-requests, /complaints), which answers 404: the PPID documents and the contact page fall back to the
// local data in src/data/*.ts, and both forms end in their error message. The app's basename
// '/website-polda-papua-tengah' (GitHub Pages) is dropped: the fixture serves the app at the root.
const root = document.getElementById('root');
const css = document.createElement('style');
css.textContent = '[hidden]{display:none}.card{border:1px solid #ccc;padding:8px;margin:6px 0}' +
  '.search-overlay{position:fixed;inset:0;background:rgba(0,0,0,.5)}.search-modal{background:#fff;margin:60px auto;max-width:560px;padding:12px}';
document.head.appendChild(css);

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));
const BASE = '/'; // import.meta.env.BASE_URL ('/website-polda-papua-tengah/' on GitHub Pages)
const API = ''; // API_CONFIG.baseUrl in production: VITE_API_BASE_URL is empty

function navigate(path) { history.pushState(null, '', path); render(); window.scrollTo(0, 0); }
window.addEventListener('popstate', () => render());
// react-router <Link>/<NavLink>: client-side navigation for links marked data-link
document.addEventListener('click', (e) => {
  const a = e.target.closest('a[data-link]');
  if (a && !e.ctrlKey && !e.metaKey && e.button === 0) { e.preventDefault(); navigate(a.getAttribute('href')); }
});

// ---------- layout ----------
function topBar() {
  const today = new Intl.DateTimeFormat('id-ID', { weekday: 'long', day: '2-digit', month: 'long', year: 'numeric' }).format(new Date());
  return `<div class="topbar"><div class="topbar-container">
  <div class="topbar-left"><span class="topbar-item">${today}</span><span class="divider">|</span>
    <span class="topbar-item">Papua Tengah</span><span class="divider">|</span>
    <span class="topbar-item emergency">Call Center 110</span></div>
  <div class="topbar-right"><button class="lang-btn active" type="button">ID</button><span class="divider">|</span><button class="lang-btn" type="button">EN</button></div>
</div></div>`;
}

const menuItems = [['Beranda', '/'], ['Profil', '/profil'], ['Pejabat', '/officials'], ['Berita', '/berita'],
  ['Galeri', '/galeri'], ['Layanan', '/layanan'], ['Kontak', '/kontak']];

function solidHeader() {
  const path = location.pathname;
  const links = menuItems.map(([l, p]) => `<a data-link href="${p}"${(p === '/' ? path === '/' : path.startsWith(p)) ? ' class="active" aria-current="page"' : ''}>${l}</a>`).join('\n    ');
  return `<header class="solid-header"><div class="solid-header-container">
  <a data-link href="/" class="solid-logo" aria-label="Beranda Polda Papua Tengah"><img src="/assets/logo.png" alt="Logo Polda Papua Tengah" loading="lazy">
    <div><h2>Polda Papua Tengah</h2><span>Integritas • Modern • Presisi</span></div></a>
  <nav class="solid-nav" aria-label="Navigasi Utama">
    ${links}
  </nav>
  <button class="mobile-menu-button" id="mobile-btn" aria-label="Buka menu" aria-expanded="false"><span></span><span></span><span></span></button>
  <div id="mobile-slot"></div>
  <div class="solid-right">
    <button type="button" class="search-button" id="search-btn" aria-label="Cari">&#128269;</button>
    <div class="language-switcher"><button type="button" class="active">ID</button><button type="button">EN</button></div>
  </div>
  <div id="search-slot"></div>
</div></header>`;
}

// src/data/search/searchData.ts: the search modal filters these six titles, nothing else
const searchData = [
  { id: 1, title: 'Beranda', category: 'Halaman', url: '/' },
  { id: 2, title: 'Profil Polda Papua Tengah', category: 'Profil', url: '/profil' },
  { id: 3, title: 'Pejabat Utama', category: 'Pejabat', url: '/officials' },
  { id: 4, title: 'Berita', category: 'Berita', url: '/berita' },
  { id: 5, title: 'Layanan Kepolisian', category: 'Layanan', url: '/layanan' },
  { id: 6, title: 'Kontak', category: 'Kontak', url: '/kontak' },
];

function wireHeader() {
  const mb = document.getElementById('mobile-btn');
  mb.onclick = () => {
    const slot = document.getElementById('mobile-slot');
    const open = !slot.innerHTML;
    mb.setAttribute('aria-expanded', String(open));
    slot.innerHTML = open ? '<nav class="mobile-nav">' + menuItems.map(([l, p]) => `<a data-link href="${p}">${l}</a>`).join('') + '</nav>' : '';
  };
  const openSearch = () => {
    const slot = document.getElementById('search-slot');
    slot.innerHTML = `<div class="search-overlay" id="search-overlay"><div class="search-modal" id="search-modal">
      <input autofocus type="text" placeholder="Cari informasi..." class="search-input" id="search-input">
      <div class="search-results" id="search-results"></div></div></div>`;
    const input = document.getElementById('search-input');
    const results = document.getElementById('search-results');
    const draw = () => {
      const kw = input.value;
      const hits = searchData.filter((i) => i.title.toLowerCase().includes(kw.toLowerCase()));
      results.innerHTML = (kw && !hits.length ? '<p class="search-empty">Data tidak ditemukan</p>' : '') +
        hits.map((i) => `<button class="search-result-item" data-url="${i.url}"><strong>${esc(i.title)}</strong><span>${esc(i.category)}</span></button>`).join('');
      results.querySelectorAll('button').forEach((b) => b.onclick = () => { slot.innerHTML = ''; navigate(b.dataset.url); });
    };
    let t; input.oninput = () => { clearTimeout(t); t = setTimeout(draw, 300); }; // useDebounce(keyword, 300)
    draw();
    document.getElementById('search-overlay').onclick = () => { slot.innerHTML = ''; };
    document.getElementById('search-modal').onclick = (e) => e.stopPropagation();
    input.focus();
  };
  document.getElementById('search-btn').onclick = openSearch;
  window.onkeydown = (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') { e.preventDefault(); openSearch(); }
    if (e.key === 'Escape') document.getElementById('search-slot').innerHTML = '';
  };
}

function footer() {
  return `<footer class="footer">
<section class="footer-top">
  <div class="footer-brand"><div class="footer-brand-header"><img src="/assets/logo.png" alt="Logo Polda Papua Tengah" class="footer-logo">
    <div class="footer-brand-title"><h3>POLDA<br>PAPUA TENGAH</h3></div></div>
    <p>Website resmi Kepolisian Daerah Papua Tengah sebagai sarana pelayanan publik, penyampaian informasi, transparansi, dan komunikasi kepada masyarakat.</p></div>
  <div class="footer-column"><h4>Tentang</h4>
    <a data-link href="/profil">Profil</a><a data-link href="/profil">Sejarah</a><a data-link href="/profil">Visi &amp; Misi</a>
    <a data-link href="/officials">Pejabat Utama</a><a data-link href="/profil">Struktur Organisasi</a></div>
  <div class="footer-column"><h4>Layanan</h4>
    <a data-link href="/layanan">SPKT Online</a><a data-link href="/layanan">SKCK Online</a><a data-link href="/layanan">SIM Online</a>
    <a data-link href="/pengaduan">Pengaduan</a><a data-link href="/ppid">PPID</a></div>
  <div class="footer-column"><h4>Informasi</h4>
    <a data-link href="/berita">Berita</a><a data-link href="/pengumuman">Pengumuman</a><a data-link href="/berita">Agenda</a>
    <a data-link href="/galeri">Galeri</a><a data-link href="/download">Download</a></div>
  <div class="footer-column"><h4>Hubungi Kami</h4>
    <p class="footer-contact"><span>Jl. Pepera No. 5<br>Nabire<br>Papua Tengah</span></p>
    <p class="footer-contact"><span>081248305716</span></p>
    <p class="footer-contact"><span>info@poldapapuatengah.go.id</span></p>
    <div class="footer-social"><a href="https://facebook.com" target="_blank" rel="noopener noreferrer" aria-label="Facebook"></a>
      <a href="https://instagram.com" target="_blank" rel="noopener noreferrer" aria-label="Instagram"></a>
      <a href="https://youtube.com" target="_blank" rel="noopener noreferrer" aria-label="YouTube"></a></div></div>
</section>
<section class="footer-bottom"><p>© 2026 Polda Papua Tengah.<br>Seluruh hak cipta dilindungi.</p>
  <div class="footer-presisi"><img src="/assets/presisi.png" alt="Presisi Polri"></div>
  <div class="footer-bottom-links"><a data-link href="/profil">Kebijakan Privasi</a><a data-link href="/profil">Sitemap</a></div></section>
</footer>`;
}

// ---------- pages ----------
const quickAccess = [
  ['/layanan/spkt', 'SPKT Online', 'Pelayanan Terpadu Kepolisian', '24 JAM'],
  ['/layanan/skck', 'SKCK Online', 'Permohonan Surat Keterangan Catatan Kepolisian', 'ONLINE'],
  ['/layanan/sim', 'SIM Online', 'Perpanjangan dan Informasi SIM', 'ONLINE'],
  ['/layanan/110', 'Call Center 110', 'Layanan Darurat Kepolisian', 'DARURAT'],
  ['/pengaduan', 'Pengaduan', 'Sampaikan Pengaduan Masyarakat', 'BARU'],
  ['/polres', 'Daftar Polres', 'Lihat seluruh Polres di wilayah hukum Polda Papua Tengah', 'INFO'],
  ['/berita', 'Berita', 'Berita dan Informasi Terkini Polda Papua Tengah', 'UPDATE'],
  ['/ppid', 'Informasi Publik', 'Keterbukaan Informasi Publik dan PPID', 'PPID'],
];

function home() {
  return `<div class="announcement-popup" id="popup" role="dialog" aria-label="Pengumuman"><img src="/assets/17-agustus-2026.jpg" alt="17 AGUSTUS 2026">
  <button type="button" id="popup-close" aria-label="Tutup">&times;</button></div>
<section class="hero"><h1>Website Resmi Polda Papua Tengah</h1><p>Melayani masyarakat dengan Presisi, Integritas, Modern, Transparan dan Humanis.</p>
  <a data-link href="/profil" class="hero-button">Selengkapnya</a></section>
<section class="statistics-bar"><div><strong>8</strong> Satker</div><div><strong>10</strong> Polres Jajaran</div><div><strong>2.345+</strong> Personel</div><div><strong>24/7</strong> Pelayanan</div></section>
<section class="quick-access"><span class="eyebrow">AKSES CEPAT</span><h2>Layanan Digital Kepolisian</h2>
  <p>Akses layanan kepolisian secara cepat, mudah, dan aman melalui platform digital Polda Papua Tengah.</p>
  <div class="quick-grid">${quickAccess.map(([u, t, d, b]) => `<a data-link href="${u}" class="quick-card"><span class="quick-badge">${b}</span><div class="quick-content"><h3>${t}</h3><p>${d}</p></div><div class="quick-footer"><span>Akses Layanan</span></div></a>`).join('\n  ')}</div>
  <div class="quick-action"><a href="/layanan" class="quick-button">Lihat Semua Layanan</a></div></section>
<section class="headline-news"><span class="eyebrow">BERITA TERKINI</span><h2>Informasi Polda Papua Tengah</h2>
  <p>Berita, kegiatan, pelayanan publik, pengumuman, serta informasi terbaru dari Kepolisian Daerah Papua Tengah.</p>
  <article class="card"><h3><a data-link href="/berita/kapolda-papua-tengah-memimpin-apel-pagi">Kapolda Papua Tengah Memimpin Apel Pagi Bersama Personel</a></h3><a data-link href="/berita/kapolda-papua-tengah-memimpin-apel-pagi">Baca Selengkapnya</a></article>
  <article class="card"><h3><a data-link href="/berita/rapat-koordinasi-polda-pemda">Rapat Koordinasi Polda dan Pemerintah Daerah</a></h3><a data-link href="/berita/rapat-koordinasi-polda-pemda">Baca Selengkapnya</a></article>
  <a data-link href="/berita">Jelajahi Semua Berita</a></section>
<section class="media-center"><span class="eyebrow">MEDIA CENTER</span><h2>Galeri Dokumentasi Polda Papua Tengah</h2>
  <div class="card">Kapolda Papua Tengah Memimpin Apel Pagi <small>20 Juli 2026</small></div>
  <div class="card">Pelayanan Publik Kepolisian <small>18 Juli 2026</small></div>
  <a data-link href="/galeri">Lihat Semua</a></section>`;
}

// src/data/ppidData.ts
const ppidDocumentsLocal = [
  { id: 1, title: 'Daftar Informasi Publik', category: 'Informasi Berkala', fileUrl: `${BASE}documents/ppid/3zVgh1jL0YEeRX4VJEQy1U7YWIHitHdTyG4XIq91.pdf`, fileType: 'pdf', publishedAt: '2026-01-01', status: 'published' },
  { id: 2, title: 'Standar Operasional Pelayanan Informasi', category: 'SOP', fileUrl: `${BASE}documents/ppid/zQ1ZomtnTtqQWDVZbRRZ17tTF1N2Ux1V7NbObN8P.pdf`, fileType: 'pdf', publishedAt: '2026-01-01', status: 'published' },
];
const ppidInfoTypes = [
  ['Informasi Berkala', 'Informasi yang wajib disediakan dan diumumkan secara rutin oleh badan publik kepada masyarakat.'],
  ['Informasi Setiap Saat', 'Informasi yang wajib tersedia setiap saat dan dapat diberikan berdasarkan permohonan informasi publik.'],
  ['Informasi Serta Merta', 'Informasi yang berkaitan dengan kepentingan umum dan harus segera diumumkan kepada masyarakat.'],
  ['Informasi Dikecualikan', 'Informasi tertentu yang tidak dapat diberikan karena memiliki batasan sesuai ketentuan peraturan.'],
];
const ppidFaq = [
  ['Apa itu PPID Polda Papua Tengah?', 'PPID Polda Papua Tengah adalah layanan pengelola informasi publik yang bertugas menyediakan informasi kepolisian kepada masyarakat sesuai ketentuan keterbukaan informasi publik.'],
  ['Bagaimana cara mengajukan permohonan informasi?', 'Masyarakat dapat mengajukan permohonan informasi melalui layanan PPID secara langsung maupun melalui portal online yang tersedia.'],
  ['Berapa lama proses permohonan informasi?', 'Permohonan informasi akan diproses sesuai ketentuan pelayanan informasi publik yang berlaku.'],
  ['Apakah semua informasi dapat diberikan?', 'Tidak semua informasi dapat diberikan. Informasi tertentu dapat dikecualikan sesuai peraturan perundang-undangan.'],
];
const ppidTimeline = [
  ['01', 'Mengajukan Permohonan', 'Pemohon mengisi formulir permohonan informasi dengan data diri dan informasi yang dibutuhkan.'],
  ['02', 'Verifikasi Data', 'Petugas PPID melakukan pemeriksaan kelengkapan identitas dan permohonan informasi.'],
  ['03', 'Proses Informasi', 'PPID melakukan koordinasi dengan Satker terkait untuk menyiapkan informasi yang dimohon.'],
  ['04', 'Pemberian Jawaban', 'Pemohon menerima informasi atau pemberitahuan sesuai ketentuan pelayanan informasi publik.'],
];

function ppid() {
  return `<main class="ppid-page">
<section class="ppid-hero"><div class="ppid-container"><div class="ppid-hero-content">
  <span class="ppid-label">PPID POLDA PAPUA TENGAH</span>
  <h1>Pejabat Pengelola Informasi<br>dan Dokumentasi</h1>
  <p>Layanan informasi publik Polda Papua Tengah yang transparan, cepat, akurat, dan mudah diakses masyarakat sesuai Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik.</p>
  <a data-link href="/ppid/request" class="ppid-button">Ajukan Permohonan Informasi</a></div></div></section>
<section class="ppid-section"><div class="ppid-container"><div class="ppid-grid">
  <div class="ppid-about"><span class="ppid-label dark">TENTANG PPID</span><h2>Pelayanan Informasi Publik Polda Papua Tengah</h2>
    <p>Pejabat Pengelola Informasi dan Dokumentasi (PPID) Polda Papua Tengah merupakan unit yang bertanggung jawab dalam menyediakan, mengelola, dan memberikan pelayanan informasi publik kepada masyarakat.</p>
    <p>Pelayanan PPID dilaksanakan secara terbuka, profesional, dan akuntabel sebagai bentuk komitmen Polri dalam mewujudkan pelayanan publik yang transparan sesuai prinsip Polri Presisi.</p></div>
  <div class="ppid-card"><h3>Dasar Hukum</h3><ul>
    <li>Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik.</li>
    <li>Peraturan Komisi Informasi tentang Standar Layanan Informasi Publik.</li>
    <li>Peraturan internal Kepolisian Negara Republik Indonesia terkait pelayanan informasi publik.</li></ul></div>
</div></div></section>
<section class="ppid-section ppid-alt"><div class="ppid-container"><div class="ppid-grid two">
  <div class="ppid-card"><span class="ppid-label dark">HAK PEMOHON</span><h2>Hak Pemohon Informasi Publik</h2><ul class="ppid-list">
    <li>Memperoleh informasi publik sesuai dengan ketentuan peraturan yang berlaku.</li>
    <li>Melihat, mengetahui, dan memperoleh salinan informasi publik.</li>
    <li>Mengajukan permohonan informasi beserta alasan permintaan.</li>
    <li>Mendapatkan pelayanan informasi yang cepat, mudah, dan transparan.</li>
    <li>Mengajukan keberatan apabila pelayanan informasi tidak sesuai ketentuan.</li></ul></div>
  <div class="ppid-card"><span class="ppid-label dark">KEWAJIBAN</span><h2>Kewajiban Pengguna Informasi</h2><ul class="ppid-list">
    <li>Menggunakan informasi publik secara bertanggung jawab.</li>
    <li>Tidak menyalahgunakan informasi yang diperoleh.</li>
    <li>Mencantumkan sumber informasi apabila digunakan untuk publikasi.</li>
    <li>Mematuhi peraturan perundang-undangan yang berlaku.</li></ul></div>
</div></div></section>
<section class="ppid-section"><div class="ppid-container">
  <div class="ppid-title"><span class="ppid-label dark">JENIS INFORMASI</span><h2>Klasifikasi Informasi Publik</h2>
    <p>PPID Polda Papua Tengah menyediakan berbagai jenis informasi publik sesuai dengan ketentuan keterbukaan informasi.</p></div>
  <div class="ppid-info-grid">${ppidInfoTypes.map(([t, d]) => `<div class="ppid-info-card"><h3>${t}</h3><p>${d}</p></div>`).join('')}</div>
</div></section>
<section class="ppid-section ppid-alt"><div class="ppid-container">
  <div class="ppid-title"><span class="ppid-label dark">ALUR PELAYANAN</span><h2>Cara Mengajukan Permohonan Informasi</h2>
    <p>Proses pelayanan informasi publik PPID Polda Papua Tengah dilaksanakan secara transparan dan mudah diakses masyarakat.</p></div>
  <div class="ppid-timeline">${ppidTimeline.map(([n, t, d]) => `<div class="ppid-step"><div class="ppid-step-number">${n}</div><div class="ppid-step-content"><h3>${t}</h3><p>${d}</p></div></div>`).join('')}</div>
</div></section>
<section class="ppid-section"><div class="ppid-container">
  <div class="ppid-title"><span class="ppid-label dark">DOKUMEN PPID</span><h2>Informasi dan Dokumen Publik</h2>
    <p>Masyarakat dapat mengakses dokumen publik yang tersedia melalui layanan PPID Polda Papua Tengah.</p></div>
  <div id="ppid-docs"><div class="ppid-document-grid"><p>Memuat dokumen PPID...</p></div></div>
</div></section>
<section class="ppid-section ppid-alt"><div class="ppid-container">
  <div class="ppid-title"><span class="ppid-label dark">FAQ</span><h2>Pertanyaan Umum PPID</h2></div>
  <div class="ppid-faq">${ppidFaq.map(([q], i) => `<div class="ppid-faq-item"><button class="ppid-faq-question" data-faq="${i}"><span>${q}</span><strong>+</strong></button><div class="ppid-faq-answer" id="faq-${i}"></div></div>`).join('')}</div>
</div></section>
<section class="ppid-section"><div class="ppid-container"><h2>Kontak PPID</h2>
  <p>Bidang Humas Polda Papua Tengah<br>Email: ppid@poldapapuatengah.go.id<br>Senin - Jumat 08.00 - 15.00</p></div></section>
<section class="ppid-cta"><div class="ppid-container"><h2>Membutuhkan Informasi Publik?</h2><p>Ajukan permohonan informasi kepada PPID Polda Papua Tengah.</p>
  <a data-link href="/ppid/request" class="ppid-button">Ajukan Permohonan Informasi</a></div></section>
</main>`;
}

function wirePpid() {
  // PPIDFAQ: one answer open at a time, drawn only while open
  let active = null;
  document.querySelectorAll('[data-faq]').forEach((b) => b.onclick = () => {
    const i = Number(b.dataset.faq);
    active = active === i ? null : i;
    document.querySelectorAll('[data-faq]').forEach((x) => {
      const j = Number(x.dataset.faq);
      x.querySelector('strong').textContent = active === j ? '-' : '+';
      document.getElementById('faq-' + j).innerHTML = active === j ? `<p>${ppidFaq[j][1]}</p>` : '';
    });
  });
  // PPIDDocuments -> getAllPPIDDocuments(): fetch(`${baseUrl}/ppid-documents`), on failure the local list
  const box = document.getElementById('ppid-docs');
  fetch(`${API}/ppid-documents`).then((r) => {
    if (!r.ok) throw new Error(`Gagal mengambil dokumen PPID. HTTP ${r.status}`);
    return r.json();
  }).then((res) => {
    if (!res.success) throw new Error('API PPID mengembalikan status gagal.');
    return res.data;
  }).catch((err) => {
    console.warn('API PPID belum tersedia. Menggunakan dokumen PPID lokal.', err);
    return ppidDocumentsLocal.filter((d) => d.status === 'published');
  }).then((docs) => {
    if (!document.body.contains(box)) return;
    box.innerHTML = !docs.length ? '<div class="ppid-document-grid"><p>Belum ada dokumen PPID yang dipublikasikan.</p></div>' :
      '<div class="ppid-document-grid">' + docs.map((d) => `<div class="ppid-document-card"><div class="ppid-document-icon">${esc(d.fileType.toUpperCase())}</div>
        <div class="ppid-document-content"><h3>${esc(d.title)}</h3><span>${esc(d.category)} • ${new Date(d.publishedAt).getFullYear()}</span></div>
        <a href="${esc(d.fileUrl)}" target="_blank" rel="noopener noreferrer" class="ppid-document-download">Download</a></div>`).join('') + '</div>';
  });
}

function ppidRequest() {
  return `<main class="ppid-request"><div class="container">
<section class="ppid-request__hero"><span class="ppid-request__eyebrow">PPID POLDA PAPUA TENGAH</span>
  <h1>Permohonan Informasi Publik</h1>
  <p>Silakan mengajukan permohonan informasi publik melalui formulir berikut sesuai ketentuan Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik.</p></section>
<section class="ppid-request__card" id="req-card">
  <div class="ppid-request__card-header"><span class="ppid-request__card-number">01</span><div><h2>Data Pemohon</h2><p>Lengkapi identitas pemohon dengan data yang benar dan dapat dipertanggungjawabkan.</p></div></div>
  <div id="req-error"></div>
  <form class="ppid-request__form" id="req-form">
    <div class="ppid-request__grid">
      <div class="ppid-request__field"><label for="name">Nama Lengkap <span>*</span></label><input id="name" name="name" type="text" placeholder="Masukkan nama lengkap" required></div>
      <div class="ppid-request__field"><label for="identity_number">NIK / Nomor Identitas <span>*</span></label><input id="identity_number" name="identity_number" type="text" inputmode="numeric" placeholder="Masukkan NIK atau nomor identitas" required></div>
      <div class="ppid-request__field"><label for="email">Email <span>*</span></label><input id="email" name="email" type="email" placeholder="contoh@email.com" required></div>
      <div class="ppid-request__field"><label for="phone">Nomor Telepon <span>*</span></label><input id="phone" name="phone" type="tel" placeholder="Contoh: 08xxxxxxxxxx" required></div>
    </div>
    <div class="ppid-request__field"><label for="address">Alamat Pemohon <span>*</span></label><textarea id="address" name="address" rows="4" placeholder="Masukkan alamat lengkap" required></textarea></div>
    <div class="ppid-request__section-divider"></div>
    <div class="ppid-request__card-header"><span class="ppid-request__card-number">02</span><div><h2>Informasi yang Dimohon</h2><p>Jelaskan informasi publik yang ingin Anda peroleh secara jelas dan spesifik.</p></div></div>
    <div class="ppid-request__field"><label for="information">Informasi yang Dimohon <span>*</span></label><textarea id="information" name="information" rows="6" placeholder="Jelaskan informasi publik yang Anda butuhkan" required></textarea></div>
    <div class="ppid-request__field"><label for="purpose">Tujuan Penggunaan Informasi <span>*</span></label><textarea id="purpose" name="purpose" rows="4" placeholder="Jelaskan tujuan penggunaan informasi" required></textarea></div>
    <div class="ppid-request__section-divider"></div>
    <div class="ppid-request__card-header"><span class="ppid-request__card-number">03</span><div><h2>Cara Memperoleh Informasi</h2><p>Pilih bentuk informasi yang Anda inginkan apabila permohonan dapat dipenuhi.</p></div></div>
    <fieldset class="ppid-request__options"><legend>Bentuk informasi yang diinginkan</legend>
      <label class="ppid-request__option"><input type="radio" name="delivery_method" value="softcopy" checked><span><strong>Salinan elektronik</strong><small>Informasi diberikan dalam bentuk file/dokumen digital.</small></span></label>
      <label class="ppid-request__option"><input type="radio" name="delivery_method" value="hardcopy"><span><strong>Salinan cetak</strong><small>Informasi diberikan dalam bentuk dokumen cetak.</small></span></label>
      <label class="ppid-request__option"><input type="radio" name="delivery_method" value="view"><span><strong>Melihat langsung</strong><small>Informasi ingin diperoleh dengan melihat dokumen secara langsung.</small></span></label>
    </fieldset>
    <div class="ppid-request__notice"><strong>Catatan Permohonan</strong><p>Permohonan informasi akan diproses sesuai ketentuan peraturan perundang-undangan yang berlaku. Beberapa informasi dapat memiliki ketentuan pengecualian atau pembatasan akses sesuai peraturan.</p></div>
    <label class="ppid-request__agreement"><input type="checkbox" required><span>Saya menyatakan bahwa data dan informasi yang saya sampaikan dalam formulir ini adalah benar dan dapat dipertanggungjawabkan.</span></label>
    <div class="ppid-request__actions"><a data-link href="/ppid" class="ppid-request__button ppid-request__button--secondary">Kembali ke PPID</a>
      <button type="submit" class="ppid-request__button ppid-request__button--primary" id="req-submit">Ajukan Permohonan</button></div>
  </form>
</section></div></main>`;
}

function wireRequest() {
  const form = document.getElementById('req-form');
  form.onsubmit = async (e) => {
    e.preventDefault();
    const btn = document.getElementById('req-submit');
    btn.disabled = true; btn.textContent = 'Mengirim Permohonan...';
    const body = Object.fromEntries(new FormData(form).entries());
    try {
      // apiPost('/api/ppid-requests', form) -> fetch(`${baseUrl}/api/ppid-requests`)
      const r = await fetch(`${API}/api/ppid-requests`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      if (!r.ok) throw new Error(`HTTP ${r.status} ${r.statusText}`);
      const res = await r.json();
      document.getElementById('req-card').outerHTML = `<section class="ppid-request__success"><h2>Permohonan Berhasil Diajukan</h2>
        <p>Permohonan informasi publik Anda telah berhasil diterima oleh sistem PPID Polda Papua Tengah.</p>
        <div><span>Nomor Tiket Permohonan</span><strong>${esc(res.data.ticket)}</strong><small>Simpan nomor tiket ini untuk keperluan tindak lanjut.</small></div></section>`;
    } catch (err) {
      console.error('Gagal mengirim permohonan informasi publik:', err);
      document.getElementById('req-error').innerHTML = `<div role="alert">${esc(err.message || 'Permohonan informasi gagal dikirim. Silakan coba kembali.')}</div>`;
      btn.disabled = false; btn.textContent = 'Ajukan Permohonan';
    }
  };
}

function breadcrumb(items) {
  return '<nav class="breadcrumb" aria-label="Breadcrumb">' + items.map(([l, h]) => h ? `<a data-link href="${h}">${l}</a>` : `<span>${l}</span>`).join(' / ') + '</nav>';
}

function profil() {
  const units = ['Ro Ops', 'Ro SDM', 'Ro Log', 'Ro Renmin', 'Bid Humas', 'Bid Propam', 'Bid Dokkes', 'Bid TIK', 'Dit Intelkam', 'Dit Reskrimum',
    'Dit Reskrimsus', 'Dit Resnarkoba', 'Dit Lantas', 'Dit Samapta', 'Dit Binmas', 'Dit Polairud', 'Dansat Brimob', 'Ka SPN', 'Koorspripim', 'Ka SPKT'];
  return `${breadcrumb([['Beranda', '/'], ['Profil']])}
<section class="page-header"><span>PROFIL</span><h1>Profil Polda Papua Tengah</h1>
  <p>Informasi mengenai sejarah, visi, misi, struktur organisasi, serta pejabat utama Kepolisian Daerah Papua Tengah sebagai wujud transparansi kepada masyarakat.</p></section>
<section class="welcome-section"><img src="/assets/kapolda.webp" alt="Kapolda Papua Tengah"><span>SAMBUTAN KAPOLDA</span>
  <h2>Selamat Datang di Website Resmi<br>Polda Papua Tengah</h2>
  <p>Website resmi ini merupakan media informasi, komunikasi, transparansi serta pelayanan publik kepada masyarakat. Kami berkomitmen memberikan pelayanan terbaik yang profesional, modern, transparan dan terpercaya.</p>
  <a data-link href="/sambutan-kapolda">Selengkapnya</a></section>
<section class="history-section"><span>SEJARAH</span><h2>Perjalanan Polda Papua Tengah</h2>
  <div class="card"><strong>2022</strong> Pembentukan Provinsi Papua Tengah</div>
  <div class="card"><strong>2023</strong> Pembentukan Polda Papua Tengah</div>
  <div class="card"><strong>2024</strong> Penguatan Pelayanan Publik</div>
  <div class="card"><strong>2025</strong> Transformasi Presisi</div></section>
<section class="vision-mission"><span>VISI &amp; MISI</span><h2>Landasan Arah Pembangunan Organisasi</h2>
  <article><h3>Visi</h3><p>Terwujudnya Polda Papua Tengah yang Presisi, profesional, modern, terpercaya serta dicintai masyarakat.</p></article>
  <article><h3>Misi</h3><ul><li>Memberikan perlindungan, pengayoman dan pelayanan kepada masyarakat.</li><li>Menegakkan hukum secara profesional, transparan dan berkeadilan.</li>
    <li>Meningkatkan kualitas pelayanan publik berbasis digital.</li><li>Mewujudkan Polri Presisi yang modern dan terpercaya.</li></ul></article></section>
<section class="service-charter"><div class="service-container"><span class="service-label">MAKLUMAT PELAYANAN</span>
  <h2 class="service-title">Komitmen Pelayanan Polda Papua Tengah</h2>
  <div class="charter-card"><div class="charter-logo"><img src="/assets/presisi-polri.png" alt="Transformasi Menuju Polri Presisi"></div>
    <p class="charter-text">Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah ditetapkan serta akan melakukan perbaikan secara terus menerus apabila tidak memenuhi standar pelayanan yang berlaku.</p>
    <div class="charter-divider"></div>
    <div class="charter-values"><div>✓ Profesional</div><div>✓ Modern</div><div>✓ Terintegritas</div><div>✓ Transparan</div><div>✓ Akuntabel</div><div>✓ Humanis</div><div>✓ Responsif</div><div>✓ Presisi</div></div>
    <button type="button" class="download-btn">Download Maklumat Pelayanan</button></div></div></section>
<section class="organization-chart"><span class="organization-label">STRUKTUR ORGANISASI</span><h2 class="organization-title">Struktur Organisasi<br>Polda Papua Tengah</h2>
  <p class="organization-description">Struktur organisasi Polda Papua Tengah disusun untuk mendukung pelayanan yang profesional, modern, transparan dan terpercaya kepada masyarakat.</p>
  <div class="org-tree"><div class="org-level"><div class="org-card chief"><h3>Kapolda</h3><span>Irjen. Pol.</span></div></div>
    <div class="org-level two-column"><div class="org-card"><h3>Wakapolda</h3></div><div class="org-card"><h3>Irwasda</h3></div></div>
    <div class="org-grid">${units.map((u) => `<div class="org-card"><h3>${u}</h3></div>`).join('')}</div></div></section>
<section class="officials"><span>PEJABAT UTAMA</span><h2>Struktur Pimpinan Polda Papua Tengah</h2><p>Profil pejabat utama Polda Papua Tengah beserta riwayat dan informasi lengkap.</p>
  <div class="official-grid">
    <div class="card"><h3>Irjen. Pol. Yohanis Wenda Mabel</h3><p>Kapolda Papua Tengah</p><a data-link href="/officials">Lihat Profil</a></div>
    <div class="card"><h3>Brigjen. Pol. Stefanus Rumbino</h3><p>Wakapolda Papua Tengah</p><a data-link href="/officials">Lihat Profil</a></div>
    <div class="card"><h3>Kombes. Pol. Ketut Ardana Wiryawan</h3><p>Kabid Humas</p><a data-link href="/officials">Lihat Profil</a></div>
  </div></section>`;
}

// src/data/contactData.ts: what ContactPage shows when fetch(`${baseUrl}/contact`) fails
const contactData = { address: 'Jl. Merdeka, Papua Tengah, Indonesia', phone: ['(0967) 000000', 'Call Center 110'],
  email: ['humas@poldapapuatengah.go.id'], website: 'https://poldapapuatengah.go.id', officeHours: 'Senin - Jumat 08.00 - 16.00 WIT' };

function kontak() {
  return `<main class="contact-page">
<section class="contact-hero"><div class="contact-hero__container"><h1>Hubungi Polda Papua Tengah</h1><p>Informasi kontak resmi dan layanan komunikasi masyarakat Polda Papua Tengah.</p></div></section>
<section class="contact-page__content"><div class="container">
  <div id="contact-info"></div>
  <section class="contact-form"><h2>Kirim Pesan</h2><form id="contact-form"><input name="nama" placeholder="Nama"><input name="email" type="email" placeholder="Email">
    <textarea name="pesan" placeholder="Pesan"></textarea><button type="submit">Kirim</button></form></section>
  <section class="service-stats"><h2>Statistik Pelayanan Kepada Masyarakat</h2>
    <div class="card"><h4>Kepuasan Masyarakat</h4><h3>96%</h3></div><div class="card"><h4>Kritik &amp; Saran</h4><h3>1.250+</h3></div>
    <div class="card"><h4>Respon Positif</h4><h3>92%</h3></div><div class="card"><h4>Estimasi Respon</h4><h3>&lt; 24 Jam</h3></div></section>
  <section class="contact-map"><h2>Lokasi Kantor</h2><p>Temukan lokasi Polda Papua Tengah melalui peta berikut.</p>
    <iframe title="Lokasi Kantor" src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d37892.06!2d135.4536!3d-3.3716!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x681fa300481799d3%3A0xda89dec72fd65cdf!2sKantor%20POLDA%20Papua%20Tengah%20(sementara)!5e0" loading="lazy"></iframe></section>
</div></section></main>`;
}

function wireKontak() {
  const draw = (cms) => {
    const address = (cms && cms.address) || contactData.address;
    const phone = [...(cms && cms.phone ? [cms.phone] : []), ...(cms && cms.call_center ? [`Call Center ${cms.call_center}`] : [])];
    const email = cms && cms.email ? [cms.email] : contactData.email;
    const hours = (cms && cms.service_hours) || contactData.officeHours;
    const ph = phone.length ? phone : contactData.phone;
    const box = document.getElementById('contact-info');
    if (!box) return;
    box.innerHTML = `<section class="contact-info"><div class="contact-info__grid">
      <div class="contact-info__card"><h3>Alamat</h3><p>${esc(address)}</p></div>
      <div class="contact-info__card"><h3>Telepon</h3>${ph.map((p) => `<p><a href="tel:${esc(p.replace(/\s/g, ''))}" class="contact-info__link">${esc(p)}</a></p>`).join('')}</div>
      <div class="contact-info__card"><h3>Email</h3>${email.map((m) => `<p><a href="mailto:${esc(m)}" class="contact-info__link">${esc(m)}</a></p>`).join('')}</div>
      <div class="contact-info__card"><h3>Website</h3><p><a href="${contactData.website}" target="_blank" rel="noopener noreferrer" class="contact-info__link">${contactData.website}</a></p></div>
      <div class="contact-info__card"><h3>Jam Pelayanan</h3><p>${esc(hours)}</p></div></div></section>`;
  };
  draw(null);
  fetch(`${API}/contact`).then((r) => { if (!r.ok) throw new Error(`Gagal mengambil data Contact: ${r.status}`); return r.json(); })
    .then(draw).catch(() => draw(null));
  document.getElementById('contact-form').onsubmit = (e) => e.preventDefault();
}

// src/components/download/DownloadList.tsx: three hard-coded cards, every file "#"
const downloads = [
  ['Maklumat Kapolda Papua Tengah', 'Maklumat Kapolda', '24 Juli 2026', '#'],
  ['Formulir Permohonan Informasi PPID', 'PPID', '24 Juli 2026', '#'],
  ['Peraturan Kepolisian Negara Republik Indonesia', 'Peraturan Kepolisian', '24 Juli 2026', '#'],
];

function download() {
  return `<main class="download-page">
<section class="download-hero"><div class="download-container"><span class="download-label">PUSAT DOKUMEN PUBLIK</span>
  <h1>Download Dokumen<br>Polda Papua Tengah</h1>
  <p>Akses berbagai dokumen resmi, peraturan, pengumuman, formulir, dan informasi publik Polda Papua Tengah.</p></div></section>
<section class="download-search"><div class="download-container"><h2>Cari Dokumen</h2><div class="download-filter">
  <input type="text" id="dl-keyword" placeholder="Cari nama dokumen...">
  <select id="dl-category"><option value="">Semua Kategori</option><option>Peraturan Kepolisian</option><option>Maklumat Kapolda</option>
    <option>Pengumuman Resmi</option><option>Formulir Pelayanan</option><option>PPID</option></select></div></div></section>
<section class="download-list"><div class="download-container"><div class="download-grid" id="dl-grid"></div></div></section>
</main>`;
}

function wireDownload() {
  const kw = document.getElementById('dl-keyword');
  const cat = document.getElementById('dl-category');
  const draw = () => {
    document.getElementById('dl-grid').innerHTML = downloads
      .filter(([t, c]) => t.toLowerCase().includes(kw.value.toLowerCase()) && (cat.value === '' || c === cat.value))
      .map(([t, c, d, f]) => `<article class="download-card"><div class="download-icon">📄</div><div class="download-content"><h3>${t}</h3>
        <p>Kategori:<strong> ${c}</strong></p><p>Tanggal: ${d}</p><a href="${f}" class="download-button" target="_blank" rel="noopener noreferrer">Download</a></div></article>`).join('');
  };
  kw.oninput = draw; cat.onchange = draw; draw();
}

function pengaduan() {
  return `<main class="pengaduan-page">
<section class="complaint-hero"><div><span>LAYANAN PENGADUAN</span><h1>Pengaduan Masyarakat<br>Polda Papua Tengah</h1>
  <p>Sampaikan laporan, informasi, dan pengaduan masyarakat secara mudah, cepat, transparan, dan terpercaya.</p></div></section>
<section class="complaint-form-section" id="cmp-card"><h2>Form Pengaduan Masyarakat</h2><p>Isi data dengan benar agar laporan dapat diproses oleh petugas.</p>
  <div id="cmp-error"></div>
  <form id="cmp-form">
    <input name="nama" placeholder="Nama Lengkap" required><input name="ktp" placeholder="Nomor KTP" required>
    <input name="hp" placeholder="Nomor HP" required><input name="email" type="email" placeholder="Email">
    <input name="alamat" placeholder="Alamat" required>
    <select name="jenis" required><option value="">Pilih Jenis Pengaduan</option><option value="Laporan Kamtibmas">Laporan Kamtibmas</option>
      <option value="Informasi Layanan">Informasi Layanan</option><option value="Pengaduan Masyarakat">Pengaduan Masyarakat</option><option value="Layanan PPID">Layanan PPID</option></select>
    <textarea name="isi" placeholder="Tuliskan informasi atau laporan Anda" required></textarea>
    <button class="complaint-button" type="submit" id="cmp-submit">Kirim Laporan</button>
  </form></section></main>`;
}

function wirePengaduan() {
  const form = document.getElementById('cmp-form');
  form.onsubmit = async (e) => {
    e.preventDefault();
    const btn = document.getElementById('cmp-submit');
    btn.disabled = true; btn.textContent = 'Mengirim...';
    try {
      const r = await fetch(`${API}/complaints`, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(Object.fromEntries(new FormData(form).entries())) });
      const res = await r.json(); // the 404 page is not JSON: this throws, as in the original
      if (!r.ok) throw new Error(res.message || 'Pengaduan gagal dikirim. Silakan coba kembali.');
      document.getElementById('cmp-card').innerHTML = `<h2>Pengaduan Berhasil Dikirim</h2><p>Nomor Tiket: ${esc(res.data.tiket)}</p>`;
    } catch (err) {
      console.error('Gagal mengirim pengaduan:', err);
      document.getElementById('cmp-error').innerHTML = `<div role="alert">${esc(err instanceof Error ? err.message : 'Terjadi kesalahan saat mengirim pengaduan. Silakan coba kembali.')}</div>`;
      btn.disabled = false; btn.textContent = 'Kirim Laporan';
    }
  };
}

// ---------- router ----------
const routes = {
  '/': [home, () => { const c = document.getElementById('popup-close'); if (c) c.onclick = () => document.getElementById('popup').remove(); }, true],
  '/profil': [profil, null],
  '/ppid': [ppid, wirePpid],
  '/ppid/request': [ppidRequest, wireRequest],
  '/kontak': [kontak, wireKontak],
  '/download': [download, wireDownload],
  '/pengaduan': [pengaduan, wirePengaduan],
};

function render() {
  const path = location.pathname.replace(/\/+$/, '') || '/';
  const route = routes[path];
  if (!route) {
    // AppRoutes has no catch-all route: react-router renders nothing inside the app
    root.innerHTML = '';
    return;
  }
  const [page, wire, isHome] = route;
  root.innerHTML = (isHome ? '' : topBar()) + solidHeader() + `<main>${page()}</main>` + footer();
  wireHeader();
  if (wire) wire();
}

render();
