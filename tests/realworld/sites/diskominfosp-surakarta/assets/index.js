// Compact working rewrite of the Diskominfo SP Kota Surakarta front end (Vite/React 19 + react-router-dom,
// src/App.jsx, src/components/layout/{Navbar,footer}.jsx, src/components/sections/*, src/pages/*), without
// React. Every route is served index.html; this script draws what the app draws for a guest, fetching the
// same Laravel API endpoints (here same-origin /api/*, the Vite dev proxy's shape) over the seeded database
// (DatabaseSeeder runs UserSeeder only: no dokumen, berita, pejabat, podcast, award or theme row).
const root = document.getElementById('root');
const css = document.createElement('style');
css.textContent = '.dd{position:absolute;background:#fff;border:1px solid #ccc;padding:4px}.nav-item{position:relative;display:inline-block;margin:0 6px}' +
  '.card{border:1px solid #ddd;padding:8px;margin:6px 0}.topbar{background:#1c2030;color:#ccc}';
document.head.appendChild(css);

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));
// services/api.js: axios with baseURL `${BASE_URL}/api`; res.data.data || res.data || []
const api = (path) => fetch('/api' + path, { headers: { Accept: 'application/json' } })
  .then((r) => { if (!r.ok) throw new Error(r.status); return r.json(); })
  .then((d) => (d && d.data) || d || []);

// data.js navMenus
const navMenus = [
  { label: 'Home', href: '/' },
  { label: 'PPID', href: '/ppid', sub: [
    { label: 'Daftar Informasi Publik', href: '/ppid?tab=daftar' },
    { label: 'Informasi Berkala', href: '/ppid?tab=berkala' },
    { label: 'Informasi Setiap Saat', href: '/ppid?tab=setiap-saat' },
    { label: 'Informasi Serta Merta', href: '/ppid?tab=serta-merta' },
    { label: 'Informasi Dikecualikan', href: '/ppid?tab=dikecualikan' } ] },
  { label: 'Profil', href: '#', sub: [
    { label: 'Visi & Misi', href: '/visi-misi' },
    { label: 'Struktur Organisasi', href: '/struktur' },
    { label: 'Tupoksi', href: '/tupoksi' } ] },
  { label: 'SKM', href: '/skm' },
  { label: 'Informasi', href: '/artikel' },
  { label: 'Layanan', href: '#', sub: [
    { label: 'Maklumat Layanan', href: '/maklumat' },
    { label: 'Standar Layanan', href: '/maklumat' },
    { label: 'Portal Solo', href: 'https://surakarta.go.id', isExternal: true } ] },
];

function navigate(to) { history.pushState(null, '', to); window.scrollTo(0, 0); render(); }
window.addEventListener('popstate', () => render());
// react-router <Link>: client-side navigation for internal paths; '#' stays a no-op link to '#'
document.addEventListener('click', (e) => {
  const a = e.target.closest('a[data-link]');
  if (!a) return;
  const href = a.getAttribute('href');
  if (href.startsWith('/')) { e.preventDefault(); navigate(href); }
});

function dateTime() {
  return new Date().toLocaleString('id-ID', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

function header() {
  const items = navMenus.map((m) => `<div class="nav-item" data-menu="${esc(m.label)}">
      <a data-link href="${m.href.startsWith('#') ? '#' : m.href}">${esc(m.label)}${m.sub ? ' &#9662;' : ''}</a></div>`).join('');
  return `<header>
  <div class="topbar"><span id="clock">${esc(dateTime())}</span>
    <span><i class="bi bi-instagram"></i> <i class="bi bi-facebook"></i> <i class="bi bi-youtube"></i></span>
    <a href="tel:02718060">(0271) 806060</a> | <a href="mailto:diskominfosp@surakarta.go.id">diskominfosp@surakarta.go.id</a></div>
  <div class="mainnav">
    <a data-link href="/"><img src="/logo-solo.png" alt="Logo"><span><b>Diskominfo SP</b> <small>Kota Surakarta</small></span></a>
    <nav class="desktop-nav">${items}</nav>
    <button id="btn-search" aria-label="Cari">&#128269;</button>
    <button id="btn-dark" title="Mode Gelap">&#9790;</button>
    <button id="btn-menu" aria-label="Menu">&#9776;</button>
  </div>
  <div id="mobile-menu"></div>
</header>`;
}

function wireHeader() {
  // Navbar.jsx: the dropdown is mounted only while its item is hovered (drop === item.label), closed 200 ms after leaving
  let timer = null;
  document.querySelectorAll('.nav-item').forEach((el) => {
    const m = navMenus.find((x) => x.label === el.dataset.menu);
    if (!m.sub) return;
    el.addEventListener('mouseenter', () => {
      clearTimeout(timer);
      document.querySelectorAll('.dd').forEach((d) => d.remove());
      const dd = document.createElement('div');
      dd.className = 'dd';
      dd.innerHTML = m.sub.map((s) => `<a data-link href="${esc(s.href || '/')}" style="display:block">${esc(s.label)}</a>`).join('');
      el.appendChild(dd);
    });
    el.addEventListener('mouseleave', () => { timer = setTimeout(() => el.querySelectorAll('.dd').forEach((d) => d.remove()), 200); });
  });
  // the search button has no handler in Navbar.jsx
  document.getElementById('btn-dark').onclick = () => document.documentElement.classList.toggle('dark');
  const mm = document.getElementById('mobile-menu');
  document.getElementById('btn-menu').onclick = () => {
    // mobile menu: top-level items only, sub-menus are not drawn
    mm.innerHTML = mm.innerHTML ? '' : navMenus.map((m) => `<a data-link href="${m.href.startsWith('#') ? '#' : m.href}" style="display:block">${esc(m.label)}</a>`).join('');
  };
  mm.addEventListener('click', (e) => { if (e.target.closest('a')) mm.innerHTML = ''; });
}
setInterval(() => { const c = document.getElementById('clock'); if (c) c.textContent = dateTime(); }, 1000);

function footer() {
  const orgs = [['PPID Kota Surakarta', 'Pejabat Pengelola Informasi &amp; Dokumentasi'], ['SoloData', 'Portal Data Terbuka'], ['Pemerintah Kota Surakarta', 'Kota Bengawan']];
  const marquee = [0, 1, 2, 3, 4].map(() => orgs.map(([n, s]) => `<div class="org"><img src="/assets/logo-org.png" alt="${n}"><div><p>${n}</p><p>${s}</p></div></div>`).join('')).join('');
  const links = (arr) => arr.map((t) => `<a href="#">&rsaquo; <span>${t}</span></a>`).join('<br>');
  return `<footer>
  <div class="marquee">${marquee}</div>
  <div class="cols">
    <div><h4>Lokasi</h4>
      <iframe title="Lokasi Diskominfo SP" src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3955.123!2d110.8265!3d-7.5558!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x2e7a168636a0d0d1%3A0x6b1f2382e2136e05!2sBalaikota%20Surakarta!5e0!3m2!1sen!2sid!4v1700000000000" loading="lazy"></iframe>
      <p>Gedung Bale Upakari Lantai 3, Jl. Jenderal Sudirman No. 2, Kompleks Balaikota Surakarta 57133</p></div>
    <div><h4>Informasi Publik</h4>${links(['Informasi Berkala', 'Informasi Setiap Saat', 'Informasi Serta Merta', 'Informasi Dikecualikan'])}</div>
    <div><h4>Link Terkait</h4>${links(['Pemerintah Kota Surakarta', 'PPID Kota Surakarta', 'Solo Data', 'Kominfo RI'])}</div>
    <div><h4>Pengunjung</h4><div id="visitor">${['Hari Ini', 'Kemarin', 'Bulan Ini', 'Total'].map((l) => `<div><span>${l}</span> <span>...</span></div>`).join('')}</div></div>
  </div>
  <div class="bottom"><p>&copy; 2026 &mdash; Pemerintah Kota Surakarta. Hak cipta dilindungi undang-undang.</p>
    <p>Dinas Komunikasi Informatika dan Persandian Kota Surakarta</p></div>
</footer>`;
}

function loadFooter() {
  api('/visitor-stats').then((d) => {
    document.getElementById('visitor').innerHTML = [['Hari Ini', d.hari_ini], ['Kemarin', d.kemarin], ['Bulan Ini', d.bulan_ini], ['Total', d.total]]
      .map(([l, v]) => `<div><span>${l}</span> <span>${esc(v)}</span></div>`).join('');
  }).catch(() => {}); // console.error only: the counters stay '...'
}

// ---------- Home ----------
const services = [
  ['LAPOR SP4N', 'Aduan Nasional', 'https://www.lapor.go.id/'],
  ['Lapor Gub', 'Aduan Provinsi', 'https://laporgub.jatengprov.go.id/'],
  ['ULAS', 'Aduan Kota Solo', 'https://ulas.surakarta.go.id/'],
  ['Lapor Mas Wali', 'Aduan WhatsApp', 'https://wa.me/6281225067171'],
  ['KONATA', 'Layanan Disabilitas', 'https://konata.surakarta.go.id/'],
  ['Solo Data', 'Portal Data Terbuka', 'https://data.surakarta.go.id/'],
  ['PPID Pelaksana', 'Informasi Publik', 'https://ppid.surakarta.go.id/'],
  ['Fasilitas Publik', 'Akses Sarpras', 'https://surakarta.go.id'],
];
const knowledgeBase = [
  [['ppid', 'informasi publik', 'permohonan informasi'], 'Kunjungi menu PPID di website ini atau Anda bisa datang langsung ke Gedung Bale Upakari Lantai 3. 😊'],
  [['skm', 'survei', 'kepuasan'], 'Survei Kepuasan Masyarakat (SKM) bisa diisi lewat menu SKM di navbar, atau klik banner hijau di bawah chat ini.'],
  [['aduan', 'lapor', 'ulas', 'komplain', 'pengaduan'], 'Untuk pengaduan, silakan gunakan layanan ULAS. Tim kami akan menindaklanjuti laporan Anda secepatnya.'],
  [['biaya', 'gratis', 'tarif', 'bayar'], 'Seluruh layanan informasi publik di Diskominfo SP Kota Surakarta tidak dipungut biaya alias gratis.'],
  [['jam', 'buka', 'operasional', 'waktu'], 'Layanan kami buka Senin–Jumat, pukul 08.00–16.00 WIB, di Gedung Bale Upakari Lantai 3.'],
  [['alamat', 'lokasi', 'kantor', 'dimana'], 'Kantor kami berada di Gedung Bale Upakari Lantai 3, Jl. Jenderal Sudirman No. 2, Kompleks Balaikota Surakarta.'],
];
const botReply = (msg) => {
  const lower = msg.toLowerCase();
  const m = knowledgeBase.find(([kws]) => kws.some((k) => lower.includes(k)));
  return m ? m[1] : 'Maaf, saya belum punya jawaban untuk itu. Silakan hubungi (0271) 806060 atau lihat menu FAQ di samping ya.';
};

function home() {
  return `<section class="hero"><img src="/assets/cover-diskominfo.jpeg" alt="Banner">
    <h1>DISKOMINFO SP KOTA SURAKARTA</h1>
    <p>Gedung Bale Upakari Lantai 3, Jl. Jenderal Sudirman No.2 Kampung Baru, Kec. Pasar Kliwon, Kota Surakarta, Jawa Tengah 57133</p>
    <div><a href="https://www.instagram.com/diskominfosp_surakarta" target="_blank" rel="noopener noreferrer"><i class="bi bi-instagram"></i></a>
      <a href="https://www.facebook.com/diskominfospsurakarta/" target="_blank" rel="noopener noreferrer"><i class="bi bi-facebook"></i></a>
      <a href="https://www.youtube.com/@diskominfospsurakarta8388" target="_blank" rel="noopener noreferrer"><i class="bi bi-youtube"></i></a></div>
    <button aria-label="Sebelumnya">&lsaquo;</button><button aria-label="Berikutnya">&rsaquo;</button></section>
  <section id="layanan-cepat-section"><div>One Stop Digital Services</div><h2>Layanan Cepat</h2>
    <p>Akses langsung ke berbagai kanal aduan dan layanan publik Pemerintah Kota Surakarta secara terintegrasi.</p>
    <div>${services.map(([n, s, u]) => `<a class="card" href="${u}" target="_blank" rel="noopener noreferrer"><img src="/assets/layanan.png" alt="${n}"><h4>${n}</h4><p>${s}</p></a>`).join('')}</div></section>
  <section><div><span>Berita Terkini</span><h2>Berita &amp; Informasi</h2><a data-link href="/artikel">Lihat Semua</a></div>
    <div id="news">Memuat berita...</div></section>
  <div><span>Kelembagaan</span><h1>Struktur Organisasi</h1>
    <p>Susunan pimpinan dan pejabat di lingkungan Dinas Komunikasi, Informatika, Statistik, dan Persandian Kota Surakarta.</p>
    <div id="structure">Memuat data...</div></div>
  <section><div><h2>Dokumen &amp; Data Publik</h2>
      <div id="media-tabs">${['Rilis Data', 'LKJIP', 'Statistik'].map((t) => `<button data-tab="${t}">${t}</button>`).join('')}</div>
      <div id="media-docs"><p>Memuat dokumen...</p></div></div>
    <div><h2>KOMINPOD</h2><div id="podcast"><p>Memuat podcast...</p></div></div></section>
  <section><h2>Indeks Kepuasan Masyarakat</h2><a data-link href="/skm">Form Kepuasan Masyarakat</a>
    <div><img src="/logo-solo-colored.png" alt="Solo"><p>IKM</p><h3 id="ikm">...</h3><p>Mutu Pelayanan</p><p id="mutu">MEMUAT...</p>
      <p>Responden : <span id="resp">0</span> Orang</p><p>Laki-laki : 0 Orang</p><p>Perempuan : 0 Orang</p></div>
    <div><select><option>Triwulan III</option></select><select><option>2026</option></select>
      <div class="chart">Belum Ada Data</div><button>Download as Image</button></div></section>
  <section><span>Prestasi</span><h2>Prestasi &amp; Penghargaan</h2><div id="awards"></div></section>
  <section><div><span>Pusat Bantuan</span><h2>Pusat Bantuan &amp; Interaksi</h2><p>Temukan jawaban atau hubungi asisten virtual kami</p></div>
    <div class="card"><h4>Tanya MONIKS</h4><p>ASISTEN VIRTUAL ONLINE</p>
      <div id="chat"><div class="bot">Halo! Saya MONIKS, asisten virtual Diskominfo SP Surakarta. Ada yang bisa saya bantu hari ini?</div></div>
      <input id="chat-input" placeholder="Ketik pertanyaan Anda..."><button id="chat-send" disabled aria-label="Kirim">&#10148;</button></div>
    <div class="card"><h4>FAQ</h4><p>Pertanyaan yang sering diajukan</p>
      ${['Layanan apa saja yang tersedia di Diskominfo?', 'Apakah layanan informasi publik dikenakan biaya?', 'Bagaimana cara melaporkan aduan melalui ULAS?'].map((q) => `<div>${q} &rsaquo;</div>`).join('')}
      <a href="/skm"><h4>Survei Kepuasan Masyarakat (SKM)</h4><p>Berikan penilaian terhadap layanan kami</p></a></div></section>`;
}

function wireHome() {
  api('/berita').then((d) => {
    document.getElementById('news').innerHTML = d.length ? d.slice(0, 8).map((n) => `<a data-link href="/artikel/${n.id}"><h3>${esc(n.judul)}</h3></a>`).join('') : 'Belum ada berita yang dipublikasikan.';
  }).catch(() => { document.getElementById('news').textContent = 'Gagal mengambil data berita dari server.'; });
  api('/pejabat').then((d) => {
    document.getElementById('structure').innerHTML = d.length ? d.map((p) => `<h3>${esc(p.nama)}</h3><div>${esc(p.jabatan)}</div>`).join('') +
      '<a data-link href="/struktur">Lihat Struktur Organisasi Lengkap →</a>' : 'Data struktur organisasi belum tersedia.';
  }).catch(() => { document.getElementById('structure').textContent = 'Gagal mengambil data struktur organisasi dari server.'; });
  let mediaDocs = []; let active = 'Rilis Data';
  const drawMedia = () => {
    const f = mediaDocs.filter((x) => x.kategori === active);
    document.getElementById('media-docs').innerHTML = f.length ? f.map((x) => `<div><h4>${esc(x.judul)}</h4></div>`).join('') : '<p>Belum ada dokumen untuk kategori ini.</p>';
  };
  document.querySelectorAll('#media-tabs button').forEach((b) => b.onclick = () => { active = b.dataset.tab; drawMedia(); });
  api('/dokumen-publik').then((d) => { mediaDocs = d; }).catch(() => {}).finally(drawMedia);
  api('/podcast').then((d) => {
    document.getElementById('podcast').innerHTML = d.length ? `<h4>Podcast Terbaru</h4><p>${esc(d[0].judul)}</p>` : '<p>Belum ada episode podcast.</p>';
  }).catch(() => { document.getElementById('podcast').innerHTML = '<p>Belum ada episode podcast.</p>'; });
  api('/skm/stats').then((s) => {
    document.getElementById('ikm').textContent = s.ikm; document.getElementById('mutu').textContent = s.mutu; document.getElementById('resp').textContent = s.total_responden;
  }).catch(() => {}); // not served here: the block keeps '...' / 'MEMUAT...'
  // PrestasiSection fetches the absolute http://127.0.0.1:8000/api/awards: it fails for a visitor, the grid stays empty
  const input = document.getElementById('chat-input'); const send = document.getElementById('chat-send'); const chat = document.getElementById('chat');
  input.oninput = () => { send.disabled = !input.value.trim(); };
  const go = () => {
    const t = input.value.trim(); if (!t) return;
    chat.insertAdjacentHTML('beforeend', `<div class="user">${esc(t)}</div>`); input.value = ''; send.disabled = true;
    setTimeout(() => chat.insertAdjacentHTML('beforeend', `<div class="bot">${esc(botReply(t))}</div>`), 600);
  };
  send.onclick = go; input.onkeydown = (e) => { if (e.key === 'Enter') go(); };
}

// ---------- /ppid ----------
const ppidMenu = ['Daftar Informasi Publik', 'Informasi Berkala', 'Informasi Setiap Saat', 'Informasi Serta Merta', 'Informasi Dikecualikan'];
function ppid() {
  // PPIDPage.jsx: activeTab = the raw ?tab= value (e.g. 'berkala'), else 'Daftar Informasi Publik'
  let activeTab = new URLSearchParams(location.search).get('tab') || 'Daftar Informasi Publik';
  let dokumen = []; let loading = true; let term = '';
  const html = `<div class="ppid"><aside><h4>Informasi Publik</h4><nav id="ppid-side"></nav></aside>
    <main><div><h2 id="ppid-title"></h2><div class="searchbox"><input type="text" id="ppid-search" placeholder="Cari dokumen..."></div></div>
    <section id="ppid-content"></section></main></div>`;
  const draw = () => {
    document.getElementById('ppid-side').innerHTML = ppidMenu.map((n) => `<button data-tab="${n}">${n}${activeTab === n ? ' &rsaquo;' : ''}</button>`).join('');
    document.querySelectorAll('#ppid-side button').forEach((b) => b.onclick = () => { activeTab = b.dataset.tab; draw(); });
    document.getElementById('ppid-title').textContent = activeTab;
    const c = document.getElementById('ppid-content');
    if (activeTab.includes('Informasi')) {
      const f = dokumen.filter((d) => activeTab === 'Daftar Informasi Publik' || d.kategori === activeTab)
        .filter((d) => d.judul.toLowerCase().includes(term.toLowerCase()));
      if (loading) c.innerHTML = '<div>Memuat dokumen...</div>';
      else if (!f.length) c.innerHTML = '<div><p>Belum ada dokumen untuk kategori ini.</p></div>';
      else c.innerHTML = `<table><thead><tr><th>Nama Dokumen</th><th>Format</th><th>Ukuran</th><th>Aksi</th></tr></thead><tbody>${f.map((d) =>
        `<tr><td><p>${esc(d.judul)}</p><span>${esc(d.kategori)}</span></td><td>${esc(d.format)}</td><td>${esc(d.ukuran_formatted)}</td><td><a href="/storage/${esc(d.file_path)}" target="_blank" download>Unduh</a></td></tr>`).join('')}</tbody></table>`;
    } else if (activeTab === 'Pemohon Informasi') {
      c.innerHTML = `<div><p>Gunakan formulir ini untuk mengajukan permohonan informasi publik secara resmi kepada PPID Pelaksana Diskominfo SP Kota Surakarta.</p>
        <form><label>Nama Lengkap</label><input type="text" placeholder="Masukkan nama sesuai KTP"><label>NIK (KTP)</label><input type="text" placeholder="3372...">
        <label>Email Aktif</label><input type="email" placeholder="anda@gmail.com"><label>Informasi yang Dibutuhkan</label>
        <textarea placeholder="Sebutkan secara rinci informasi yang Anda cari..."></textarea><button>Kirim Permohonan</button></form></div>`;
    } else {
      c.innerHTML = `<div><p> Konten "${esc(activeTab)}" sedang disiapkan dan akan segera tersedia.</p></div>`;
    }
  };
  return { html, wire: () => {
    draw();
    document.getElementById('ppid-search').oninput = (e) => { term = e.target.value; draw(); };
    api('/dokumen').then((d) => { dokumen = d; }).catch(() => {}).finally(() => { loading = false; draw(); });
  } };
}

// ---------- static pages ----------
function maklumat() {
  const prinsip = [['Melayani dengan Sopan &amp; Santun', 'Setiap petugas wajib memberikan pelayanan yang ramah, sopan, dan santun kepada setiap pemohon layanan.'],
    ['Tepat Waktu &amp; Tepat Sasaran', 'Kami berkomitmen menyelesaikan setiap permohonan layanan sesuai dengan standar waktu yang telah ditentukan.'],
    ['Transparan &amp; Akuntabel', 'Seluruh proses layanan dilaksanakan secara transparan, dapat dipertanggungjawabkan, dan sesuai prosedur.'],
    ['Siap Menerima Pengaduan', 'Kami membuka kanal pengaduan bagi masyarakat yang belum puas terhadap pelayanan yang diberikan.']];
  const standar = [['Persyaratan', 'Sesuai ketentuan yang berlaku per jenis layanan'], ['Prosedur', '1–3 tahap, tergantung jenis layanan'],
    ['Waktu Penyelesaian', '1–14 hari kerja'], ['Biaya / Tarif', 'Tidak dipungut biaya (gratis)'],
    ['Produk Layanan', 'Informasi, dokumen, rekomendasi, dan sertifikat'], ['Sarana &amp; Prasarana', 'Ruang tunggu, komputer, wifi gratis, toilet']];
  return `<div class="page"><div><span>Home</span>/<span>Layanan</span>/<span>Maklumat Pelayanan</span></div>
  <div><span>Layanan Publik</span><h2>Maklumat Pelayanan</h2><p><i>Keputusan Kepala Diskominfo SP Kota Surakarta Nomor 439 Tahun 2026</i></p></div>
  <div class="card"><h3>Maklumat Pelayanan</h3>
    <p><i>"DENGAN INI, KAMI MENYATAKAN SANGGUP MENYELENGGARAKAN PELAYANAN SESUAI STANDAR PELAYANAN YANG TELAH DITETAPKAN DAN APABILA TIDAK MENEPATI JANJI INI, KAMI SIAP MENERIMA SANKSI SESUAI PERATURAN PERUNDANG-UNDANGAN YANG BERLAKU."</i></p>
    <p>Kepala Dinas Komunikasi, Informatika, Statistik dan Persandian Kota Surakarta</p></div>
  <div>${prinsip.map(([t, d]) => `<div class="card"><h4>${t}</h4><p>${d}</p></div>`).join('')}</div>
  <div class="card"><h3>Standar Pelayanan</h3>${standar.map(([l, v]) => `<div><span>${l}</span> <span>${v}</span></div>`).join('')}</div>
  <div><div class="card"><h3>Visi &amp; Misi</h3><p>Visi Dinas:</p><p><i>"Gotong Royong mewujudkan Surakarta Berbudaya, Maju, Sejahtera, dan Berkelanjutan"</i></p>
      <p>Misi Utama (Digitalisasi):</p><p>"Inovasi Birokrasi untuk Pelayanan Publik yang Adaptif dan Inklusif (Digitalisasi)."</p></div>
    <div class="card"><h3>Slogan Pelayanan</h3><p>"SOLO SMART CITY: <br> MELAYANI DENGAN HATI"</p></div></div>
  <div class="card"><div><h4>Dokumen Keputusan No. 439 Tahun 2026</h4><button>Unduh PDF</button></div>
    <iframe src="/dokumen/maklumat_439_2026.pdf" title="Dokumen Maklumat"></iframe></div></div>`;
}

function visiMisi() {
  const misi = ['Mewujudkan penyelenggaraan pemerintahan yang transparan dan akuntabel berbasis teknologi informasi dan komunikasi.',
    'Meningkatkan kualitas layanan publik berbasis digital yang mudah, cepat, dan terpercaya.',
    'Memperkuat infrastruktur teknologi informasi untuk mendukung operasional pemerintah kota.',
    'Mengembangkan statistik sektoral yang akurat sebagai dasar perencanaan pembangunan.',
    'Meningkatkan keamanan informasi dan perlindungan data pemerintah Kota Surakarta.',
    'Mendorong literasi digital masyarakat dan ekosistem inovasi teknologi di Kota Surakarta.'];
  return `<div class="page"><div><span>Home</span>/<span>Profil</span>/<span>Visi &amp; Misi</span></div>
  <span>Profil Organisasi</span><h2>Visi &amp; Misi</h2><p>Diskominfo SP Kota Surakarta</p>
  <div class="card"><h3>Visi</h3><p>"Terwujudnya Transformasi Pelayanan Publik Berbasis Digital, Statistik yang Akurat Dapat Diandalkan dan Peningkatan Keamanan Informasi"</p></div>
  <div class="card"><h3>Misi</h3>${misi.map((m, i) => `<div>${i + 1} <p>${m}</p></div>`).join('')}</div>
  <div class="card"><h3>Tujuan</h3><p>"Terwujudnya Transformasi Pelayanan Publik Berbasis Digital, Statistik yang Akurat Dapat Diandalkan dan Peningkatan Keamanan Informasi."</p></div></div>`;
}

const units = [
  ['kepala-dinas', 'Kepala Dinas', 'Memimpin, mengoordinasikan, mengendalikan, dan mempertanggungjawabkan pelaksanaan urusan pemerintahan bidang komunikasi, informatika, statistik, dan persandian.',
    ['Perumusan kebijakan teknis bidang komunikasi dan informatika', 'Penyelenggaraan urusan pemerintahan dan pelayanan umum', 'Pembinaan dan pelaksanaan tugas bidang komunikasi dan informatika', 'Pelaksanaan tugas lain yang diberikan oleh Wali Kota']],
  ['sekretariat', 'Sekretariat', 'Melaksanakan kesekretariatan dinas terkait perencanaan, penganggaran, administrasi umum, serta organisasi dan kepegawaian.',
    ['Koordinasi penyusunan rencana kerja dan anggaran dinas', 'Pengelolaan administrasi umum, kepegawaian, dan aset', 'Pelaksanaan monitoring dan evaluasi kinerja dinas']],
  ['bidang-ikp', 'Bidang Informasi & Komunikasi Publik', 'Menyelenggarakan urusan pemerintahan bidang informasi dan komunikasi publik, termasuk pengelolaan opini dan aspirasi publik.',
    ['Pengelolaan informasi dan komunikasi publik pemerintah daerah', 'Pengelolaan hubungan media dan kemitraan komunikasi publik', 'Layanan PPID dan keterbukaan informasi publik']],
  ['bidang-tik', 'Bidang TIK & E-Government', 'Menyelenggarakan urusan aplikasi informatika dan infrastruktur teknologi informasi untuk mendukung operasional pemerintah kota.',
    ['Pengembangan dan pemeliharaan aplikasi layanan pemerintah', 'Pengelolaan infrastruktur jaringan dan pusat data', 'Integrasi sistem informasi antar perangkat daerah']],
  ['bidang-statistik', 'Bidang Statistik', 'Menyelenggarakan urusan pemerintahan bidang statistik sektoral sebagai dasar perencanaan pembangunan daerah.',
    ['Pengumpulan dan pengolahan data statistik sektoral', 'Penyajian dan diseminasi data melalui portal SoloData', 'Pembinaan statistik sektoral perangkat daerah']],
  ['bidang-persandian', 'Bidang Persandian & Keamanan Informasi', 'Menyelenggarakan urusan persandian untuk pengamanan informasi pemerintah daerah.',
    ['Pengelolaan keamanan informasi dan sistem persandian', 'Deteksi dan penanganan insiden keamanan siber', 'Pembinaan tata kelola keamanan informasi perangkat daerah']],
];
function tupoksi() {
  return `<div class="page"><div><span>Home</span>/<span>Profil</span>/<span>Tupoksi</span></div>
  <span>Profil Instansi</span><h2>Tugas Pokok &amp; Fungsi</h2><p>Berdasarkan Peraturan Wali Kota tentang Susunan Organisasi dan Tata Kerja</p>
  <div class="card"><p>"Melaksanakan urusan pemerintahan bidang komunikasi dan informatika, urusan pemerintahan bidang statistik, serta urusan pemerintahan bidang persandian yang menjadi kewenangan Pemerintahan Daerah berdasarkan asas otonomi dan tugas pembantuan sesuai Peraturan Wali kota Surakarta Nomor 37 Tahun 2025."</p></div>
  <div id="acc"></div></div>`;
}
function wireTupoksi() {
  let open = 'kepala-dinas';
  const draw = () => {
    document.getElementById('acc').innerHTML = units.map(([id, nama, desk, tugas]) => `<div class="card"><button data-id="${id}"><h3>${esc(nama)}</h3> &#9662;</button>` +
      (open === id ? `<div><p>${esc(desk)}</p><ul>${tugas.map((t) => `<li>&bull; ${esc(t)}</li>`).join('')}</ul></div>` : '') + '</div>').join('');
    document.querySelectorAll('#acc button').forEach((b) => b.onclick = () => { open = open === b.dataset.id ? null : b.dataset.id; draw(); });
  };
  draw();
}

function struktur() {
  return `<div class="page"><span>Kelembagaan</span><h1>Struktur Organisasi</h1>
  <p>Susunan pimpinan dan pejabat di lingkungan Dinas Komunikasi, Informatika, Statistik, dan Persandian Kota Surakarta.</p>
  <div id="tree">Memuat data...</div></div>`;
}
function wireStruktur() {
  api('/pejabat').then((d) => {
    document.getElementById('tree').innerHTML = d.length ? d.map((p) => `<h3>${esc(p.nama)}</h3><div>${esc(p.jabatan)}</div>`).join('') : '<i>Data struktur organisasi belum tersedia.</i>';
  }).catch(() => { document.getElementById('tree').textContent = 'Gagal mengambil data struktur organisasi dari server.'; });
}

// react-router <Routes>: an unknown path renders an empty <main>
function render() {
  const p = location.pathname;
  let body = ''; let wire = () => {};
  if (p === '/') { body = home(); wire = wireHome; }
  else if (p === '/ppid') { const x = ppid(); body = x.html; wire = x.wire; }
  else if (p === '/maklumat') body = maklumat();
  else if (p === '/visi-misi') body = visiMisi();
  else if (p === '/tupoksi') { body = tupoksi(); wire = wireTupoksi; }
  else if (p === '/struktur') { body = struktur(); wire = wireStruktur; }
  root.innerHTML = `<div class="app">${header()}<main>${body}</main>${footer()}</div>`;
  wireHeader(); loadFooter(); wire();
}
render();
