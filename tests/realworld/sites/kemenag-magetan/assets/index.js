// Compact working rewrite of the Kemenag Magetan front end (frontend/, Vite + React 19 + react-router-dom 7 +
// framer-motion), without React. Every route is served the same index.html; this script draws what the app draws.
// Routes match case-insensitively, as React Router's do by default (/ppid/informasiberkala -> /PPID/InformasiBerkala);
// a path no route matches renders nothing between the header and the footer.
// The home blocks call the Express API at VITE_API_BASE_URL = http://localhost:5000/api (frontend/.env as committed):
// from a visitor's browser that fetch fails, and each block shows its error state, err.message = 'Failed to fetch'.
const root = document.getElementById('root');
const css = document.createElement('style');
css.textContent = 'header{position:fixed;top:0;width:100%;background:#fff;z-index:50}.rel{position:relative;display:inline-block;margin-right:18px}' +
  '.dd{position:absolute;top:100%;left:0;width:14rem;background:#fff;border:1px solid #ddd}.dd a{display:block;padding:6px 12px}' +
  '.md-hidden{display:none}@media(max-width:767px){nav.desk{display:none}.md-hidden{display:inline}}main{padding-top:90px}' +
  '.card{border:1px solid #ddd;border-radius:10px;padding:12px;margin:8px 0}.err{color:#d00}button[disabled]{opacity:.6}';
document.head.appendChild(css);
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));

// components/layout/Header.jsx (the second, live version; the first is commented out in the file)
const menuItems = [
  { name: 'Beranda', path: '/' },
  { name: 'Profil', path: '/profil', submenu: [
    { name: 'Sejarah Instansi', path: '/profil/sejarah' }, { name: 'Visi & Misi', path: '/profil/visi-misi' },
    { name: 'Tugas Pokok & Fungsi', path: '/profil/tupoksi' }, { name: 'Kepala Kemenag', path: '/profil/kepala' },
    { name: 'Struktur Organisasi', path: '/profil/struktur' }] },
  { name: 'Berita', path: '/berita' },
  { name: 'Info Bantuan', path: '/bantuan' },
  { name: 'Layanan', path: '/layanan', submenu: [
    { name: 'Standar Pelayanan', path: '/layanan/standar-pelayanan' },
    { name: 'SOP (Standar Operasional Prosedur)', path: '/layanan/sop' },
    { name: 'SPM (Standar Pelayanan Minimal)', path: '/layanan/spm' }] },
  { name: 'PTSP', path: '/ptsp', submenu: [
    { name: 'Tugas PTSP', path: '/ptsp/tugas' }, { name: 'PTSP Online', path: '/ptsp/online' }] },
  { name: 'PPID', path: '/ppid', submenu: [
    { name: 'Data Kemenag Magetan', path: 'https://lookerstudio.google.com/u/0/reporting/544981f2-01e6-4046-bae0-58c759acc646/page/bZlSF' },
    { name: 'Tugas PPID', path: '/ppid/tugas' },
    { name: 'Informasi Berkala', path: '/ppid/informasiberkala' },
    { name: 'Informasi Serta Merta', path: '/ppid/informasisertamerta' },
    { name: 'Informasi Setiap Saat', path: '/ppid/informasisetiapsaat' }] },
  { name: 'FAQ', path: '/faq' },
];
const socialLinks = ['https://facebook.com/kemenagmagetan', 'https://instagram.com/kemenagmagetan',
  'https://youtube.com/@humaskemenagmagetan1932', 'https://tiktok.com/@kemenagmagetan'];
const socialNames = ['Facebook', 'Instagram', 'YouTube', 'TikTok'];

function header() {
  const nav = menuItems.map((m, i) => m.submenu
    ? `<div class="rel" data-dd="${i}"><button>${esc(m.name)} &#9662;</button></div>`
    : `<div class="rel"><a href="${m.path}">${esc(m.name)}</a></div>`).join('');
  return `<header>
  <div><img src="/assets/images/logo.png" alt="Kemenag Magetan">
    <div><h1>KEMENTERIAN AGAMA</h1><p>Kabupaten Magetan</p></div></div>
  <div><nav class="desk">${nav}</nav>
    <button class="md-hidden" id="burger" aria-label="Menu">&#9776;</button></div>
  <div id="mobile"></div>
</header>`;
}

function wireHeader() {
  // the dropdown exists only while the pointer is over its item (AnimatePresence + onMouseEnter/Leave state)
  document.querySelectorAll('[data-dd]').forEach((el) => {
    const m = menuItems[+el.dataset.dd];
    el.onmouseenter = () => {
      if (el.querySelector('.dd')) return;
      el.insertAdjacentHTML('beforeend', '<div class="dd">' + m.submenu.map((s) => `<a href="${s.path}">${esc(s.name)}</a>`).join('') + '</div>');
    };
    el.onmouseleave = () => { const d = el.querySelector('.dd'); if (d) d.remove(); };
  });
  let isOpen = false; let openDropdown = null;
  const burger = document.getElementById('burger'); const mob = document.getElementById('mobile');
  const drawMobile = () => {
    burger.innerHTML = isOpen ? '&#10005;' : '&#9776;';
    if (!isOpen) { mob.innerHTML = ''; return; }
    mob.innerHTML = '<div><nav>' + menuItems.map((m, i) => `<div><button data-mi="${i}">${esc(m.name)}${m.submenu ? ' &#9662;' : ''}</button>` +
      (m.submenu && openDropdown === i ? '<div>' + m.submenu.map((s) => `<a href="${s.path}">${esc(s.name)}</a>`).join('') + '</div>' : '') + '</div>').join('') +
      '</nav><div>' + socialLinks.map((u, k) => `<a href="${u}" target="_blank" rel="noopener noreferrer" aria-label="${socialNames[k]}"></a>`).join('') + '</div></div>';
    mob.querySelectorAll('[data-mi]').forEach((b) => b.onclick = () => {
      const i = +b.dataset.mi; const m = menuItems[i];
      if (m.submenu) { openDropdown = openDropdown === i ? null : i; drawMobile(); } else { isOpen = false; window.location.href = m.path; }
    });
  };
  burger.onclick = () => { isOpen = !isOpen; drawMobile(); };
}

// components/layout/Footer.jsx, contact data as the code has it
function footer() {
  return `<footer>
  <div><h3>Kontak Kami</h3><ul>
    <li><span>Jl. Raya Magetan No. 123, Magetan, Jawa Timur</span></li>
    <li><span>(0351) 1234567</span></li>
    <li><span>kemenag@magetan.go.id</span></li>
    <li><a href="https://wa.me/6281234567890">0812-3456-7890</a></li></ul></div>
  <div><h3>Jam Layanan</h3><div><div><span>PTSP Kemenag Magetan</span></div>
    <ul><li>Senin–Kamis: 08.00 – 15.00 WIB</li><li>Jumat: 08.00 – 14.30 WIB</li><li>Sabtu–Minggu: Libur</li></ul></div></div>
  <div><h3>Media Sosial</h3><div>${socialLinks.map((u, k) => `<a href="${u}" target="_blank" rel="noopener noreferrer" aria-label="${socialNames[k]}"></a>`).join('')}</div>
    <iframe src="https://www.google.com/maps/embed?pb=!1m14!1m8!1m3!1d10606.221887853904!2d111.316505!3d-7.665481!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x2e799227621f6a2f%3A0x3499f2feb9af52c!2sKantor%20Kemenag%20Kabupaten%20Magetan!5e1!3m2!1sen!2sid!4v1755475752889!5m2!1sen!2sid" width="100%" height="150" style="border:0" loading="lazy"></iframe></div>
  <div><p>© ${new Date().getFullYear()} Kementerian Agama Kabupaten Magetan. Seluruh hak cipta dilindungi.</p></div>
</footer>`;
}

// ---------- pages/Home ----------
function home() {
  const block = (h, more, id) => `<div class="card"><div><h2>${h}</h2>${more || ''}</div><div id="${id}" class="state">Memuat...</div></div>`;
  const newsTools = (cat) => `<div><div><button>Terbaru</button><select><option value="newest">Terbaru</option><option value="oldest">Terlama</option></select></div>
      <div><button>Tanggal</button><input type="date"></div><a href="/berita?category=${cat}">Lihat</a></div>`;
  return `<div><main>
  <section><div>
    <h1><span>Kemenag Magetan</span><span>Melayani dengan <span>CINTA</span></span></h1>
    <p>Kami hadir untuk memberikan pelayanan terbaik, ramah, dan profesional kepada seluruh masyarakat Magetan.</p>
    <div>${[['Cepat', 'Pelayanan responsif dan efisien untuk masyarakat.'], ['Inovatif', 'Selalu berinovasi dalam memberikan solusi terbaik.'],
      ['Netral', 'Menjaga profesionalisme dan keadilan dalam pelayanan.'], ['Tulus', 'Melayani dengan hati yang tulus dan ikhlas.'],
      ['Amanah', 'Mengutamakan kepercayaan dan tanggung jawab.']].map(([t, d]) => `<div><h3>${t}</h3><p>${d}</p></div>`).join('')}</div>
    <div><a href="#layanan">Lihat Layanan Kami</a></div>
    <div><img src="/assets/images/hero.png" alt="Hero 1"></div>
  </div></section>
  <section><div><div></div></div></section>
  <div>
    <div>
      <div class="card"><div><h2>Artikel Highlight</h2><a href="/articles">Lihat semua</a></div><div data-err="Memuat artikel..."></div></div>
      <div class="card"><div><h2>Berita Kemenag</h2>${newsTools('kemenag')}</div><div data-err="Memuat berita..."></div></div>
      <div class="card"><div><h2>Berita Umum</h2>${newsTools('umum')}</div><div data-err="Memuat berita..."></div></div>
    </div>
    <div>
      <div class="card"><div><h2>Jadwal Sholat</h2><p>Magetan, Jawa Timur</p></div><div data-err="Memuat jadwal..."></div>
        <div>${[['Subuh', '04:30'], ['Dzuhur', '12:00'], ['Ashar', '15:15'], ['Maghrib', '18:00'], ['Isya', '19:15']].map(([n, t]) => `<div><span>${n}</span><span>${t}</span></div>`).join('')}</div></div>
      <div class="card"><div><h2>Kalender Agenda</h2><a href="/agenda">Lihat semua</a></div><div data-err="Memuat agenda..."></div>
        <div><button>&lt;</button><h3>${new Date().toLocaleDateString('id-ID', { month: 'long', year: 'numeric' })}</h3><button>&gt;</button></div>
        <div><h4>${new Date().toLocaleDateString('id-ID', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })}</h4><p>Tidak ada agenda hari ini</p></div></div>
      <div class="card"><div><h2>Video Kemenag</h2><a href="/videos">Lihat semua</a></div><div data-err="Memuat video..."></div></div>
      <div class="card"><h2>Link Terkait</h2><div data-err="Memuat tautan..."></div></div>
    </div>
  </div>
</main></div>`;
}
function homeAfter() {
  const slots = root.querySelectorAll('[data-err]');
  slots.forEach((s) => { s.textContent = s.dataset.err; });
  // apiClient.get('http://localhost:5000/api/public/...') rejects: TypeError 'Failed to fetch'
  setTimeout(() => slots.forEach((s) => { s.className = 'err'; s.textContent = 'Failed to fetch'; }), 80);
}

// ---------- PPID ----------
function tugas() {
  const t = [['Pelayanan Informasi Publik', 'PPID bertanggung jawab menyediakan informasi publik dengan prinsip cepat, tepat, dan sederhana, serta menjaga keamanan dan validitas data.'],
    ['Penyusunan Daftar Informasi', 'Menetapkan daftar informasi publik dan informasi yang dikecualikan, untuk memastikan transparansi dan keteraturan dalam pelayanan publik.'],
    ['Koordinasi dan Pembinaan', 'Melakukan koordinasi dan pembinaan PPID di unit kerja, guna menjamin konsistensi dan standar layanan di seluruh wilayah.']];
  const w = ['Menetapkan standar pelayanan informasi publik.', 'Menolak permohonan informasi yang dikecualikan sesuai ketentuan.',
    'Mengembangkan sistem informasi publik secara berkala.', 'Melakukan koordinasi penyelesaian keberatan.',
    'Melaporkan hasil pelaksanaan pelayanan informasi setiap tahun.'];
  return `<div><div><h1>Tugas &amp; Wewenang PPID</h1>
  <p>Pejabat Pengelola Informasi dan Dokumentasi berperan penting dalam mewujudkan keterbukaan informasi publik secara transparan dan profesional.</p></div>
  <section><h2><span>Tugas Utama</span></h2><div>${t.map(([h, d], i) => `<div class="card"><button data-tg="${i}"><h3>${h}</h3>&#9662;</button><div data-td="${i}" data-text="${esc(d)}"></div></div>`).join('')}</div></section>
  <section><h2><span>Wewenang PPID</span></h2><div>${w.map((x, i) => `<div><span>${i + 1}</span><p>${x}</p></div>`).join('')}</div></section>
  <section><h3>Maklumat Layanan PPID</h3>
    <p>“Kami berkomitmen memberikan pelayanan informasi publik yang transparan, akurat, dan profesional demi terciptanya pemerintahan yang terbuka.”</p>
    <div>${['Transparansi', 'Akuntabilitas', 'Keterbukaan', 'Integritas'].map((x) => `<span>${x}</span>`).join('')}</div></section></div>`;
}
function tugasAfter() {
  let active = null;
  root.querySelectorAll('[data-tg]').forEach((b) => b.onclick = () => {
    const i = b.dataset.tg; active = active === i ? null : i;
    root.querySelectorAll('[data-td]').forEach((d) => { d.textContent = d.dataset.td === active ? d.dataset.text : ''; });
  });
}

const G = 'https://drive.google.com/file/d/';
const berkala = { title: 'Informasi Berkala', sub: 'Akses dokumen dan laporan resmi', cats: [
  ['Laporan Survei Kepuasan Masyarakat', [['Laporan Hasil Survei Kepuasan Masyarakat Triwulan I 2025', '1cUqovEaF47M6iXzDy-PlMOgVehkvwGIp'],
    ['Laporan Hasil Survei Kepuasan Masyarakat Triwulan III 2024', '1R5lZU2uFiurRKEtX4jZ1leoYboj0kMr-'], ['Laporan Hasil Survei Kepuasan Masyarakat Triwulan IV 2024', '1EgliPspc1IldnspTVY5wn0xzoIXs1SyH']]],
  ['Perjanjian Kinerja', [['Perjanjian Kinerja 2025', '1YIMwdaAWB8Y97OGD-Udxv7GcpdwUUtJK'], ['Perjanjian Kinerja 2024', '1ka2q3O2aoQ-6CGl4rWrE32fyC7Oh2PJV'],
    ['Perjanjian Kinerja 2023', '1QWcj3u3BHlGgXIZHSq51GGcf3VSv3iq7'], ['Perjanjian Kinerja 2022', '1Z951MrBbAfbnk04f0kLW3uDQlK57JXry']]],
  ['Laporan Kinerja', [['Laporan Kinerja 2024', '1Cb21kUD0N9P8aqSXyJ5EOTbfhbfblP-y'], ['Laporan Kinerja 2023', '1nR0QNKU-OyDnf9x6_9KnkJ-77lcsude1'],
    ['Laporan Kinerja 2022', '1k3cMueq9lUFfu7ihpJm06y3nLzb480lC']]],
  ['Laporan Survei Persepsi Korupsi', [['Laporan Hasil Survei Persepsi Korupsi Triwulan IV 2024', '12b1zX2PO0Eh4Qp990fwXfxXaxtobTu6O'],
    ['Laporan Hasil Survei Persepsi Korupsi Triwulan III 2024', '1qqRqSk_DHoRon0Zp6qgi47XN-Ie3f0he'], ['Laporan Hasil Survei Persepsi Korupsi Triwulan I 2025', '1PLYfzxJsliLzEv_dYOmgsuH5J-kpQOYW']]]] };
const sertaMerta = { title: 'Informasi Serta Merta', sub: 'Akses dokumen dan informasi penting', cats: [
  ['SKB 3 Menteri Libur Nasional dan Cuti Bersama Tahun 2025', [['SKB 3 Menteri Libur Nasional dan Cuti Bersama Tahun 2025', '1sJlP0Aehk6SiTkjyl3_79JsgFybK7RSo']]],
  ['Info Pemberangkatan Haji 2025 Kab. Magetan', [['Info Pemberangkatan Haji 2025 Kab. Magetan', '1RW8TqmTTOqsrKOADBkN8dK04M9-0zM2m']]],
  ['Jadwal Kloter SUB 2025', [['Jadwal Kloter SUB 2025', '1xxmAoUF3pvbDUc_7AGLKPb2dRfaudX--']]]] };
const setiapSaat = { title: 'Informasi Setiap Saat', sub: 'Akses cepat ke berbagai dokumen dan informasi layanan publik', empty: true, cats: [
  ['Program Kerja', [['RENSTRA KEMENAG RI 2020-2024', '1I-Wu5ZQzAZsO7ycSGikkreseO1qSHD4R'], ['RENSTRA KANWIL KEMENAG JATIM 2020-2024', '1oFTMkgYON-oxmF43EceckvdJz-q7fq1N'],
    ['RENSTRA KANKEMENAG KAB. MAGETAN 2020-2024', '1TSIXyc4pYURLBhaADXW2pc1PhszMXqLt']]],
  ['SOP', []], ['SPM', []],
  ['Informasi Pendaftaran Haji', [['Informasi Pendaftaran Haji', '1Cr5yn_m-C8j7AaeJV_Yq5sShGdo0KRyW']]],
  ['Jadwal Waktu Sholat Tahun 2025', [['Jadwal Waktu Sholat Tahun 2025', '1Kpnbv_CCGkRPVQgahAosYOq0RzxVuRST']]]] };

// PPID/InformasiBerkala, InformasiSertaMerta, InformasiSetiapSaat: accordions, the items drawn only while open
function kategori(d) {
  return `<div><div><div><h1>${d.title}</h1><p>${d.sub}</p></div><div>` + d.cats.map(([t, items], i) => {
    const has = items.length > 0;
    return `<div><button data-cat="${i}"${d.empty && !has ? ' disabled' : ''}><div><div><h3>${esc(t)}</h3><p>${has || !d.empty ? items.length + ' dokumen' : 'Belum ada dokumen'}</p></div></div>${has || !d.empty ? '&#9662;' : ''}</button><div data-items="${i}"></div></div>`;
  }).join('') + '</div></div></div>';
}
function kategoriAfter(d) {
  let active = null;
  root.querySelectorAll('[data-cat]').forEach((b) => b.onclick = () => {
    const i = +b.dataset.cat; if (d.empty && d.cats[i][1].length === 0) return;
    active = active === i ? null : i;
    root.querySelectorAll('[data-items]').forEach((box) => {
      const k = +box.dataset.items;
      box.innerHTML = k === active ? '<div>' + d.cats[k][1].map(([n, id]) => `<div class="card"><div><p>${esc(n)}</p>` +
        `<a href="${G}${id}/view?usp=sharing" target="_blank" rel="noopener noreferrer"><div><span>Download</span></div></a></div></div>`).join('') + '</div>' : '';
    });
  });
}

// ---------- PTSP/PtspOnline (services shortened: 3 of 15 agama, 3 of 15 pendidikan, 5 of 18 umum items kept) ----------
const services = {
  agama: { title: 'Pelayanan Agama', items: [
    ['Permohonan Rohaniawan Pembaca Doa', ['Scan Surat Permohonan']],
    ['Surat Keterangan Terdaftar Masjid/Mushola', ['Surat Permohonan di sahkan KUA', 'Scan Berita Acara Verifikasi dan Validasi KUA Setempat', 'Scan Profil dan Sejarah Masjid', 'Surat Pernyataan Keaslian Dokumen (Download File Format)']],
    ['Persyaratan Pendaftaran Haji', ['E-KTP yang masih berlaku (Copy rangkap 1)', 'Kartu Keluarg (KK) (Copy rangkap 1)', 'Tabungan Haji minimal Rp. 25.000.000,-']]] },
  pendidikan: { title: 'Pelayanan Pendidikan', items: [
    ['Surat Rekomendasi Penelitian di Madrasah', ['Scan Surat permohonan ijin penelitian resmi dari institusi yang bersangkutan', 'Scan kartu mahasiswa / KTP (identitas)', 'Scan Proposal penelitian yang ditandatangani dosen pembimbing', 'Surat Pernyataan Keaslian Dokumen']],
    ['Surat Rekomendasi PPDB', ['Scan Surat Permohonan Rekomendasi kepada Kepala Kankemenag Kabupaten Magetan', 'Scan Proposal PPDB', 'Surat Pernyataan Keaslian Dokumen (Download File Format)']],
    ['Surat Keterangan Terdaftar Ponpes/Madin dan TPQ', ['Scan Surat Permohonan', 'Scan Domisili Lembaga', 'Scan KTP', 'Scan Ijin Operasional']]] },
  umum: { title: 'Pelayanan Umum', items: [
    ['Surat Rekomendasi Penelitian di Kemenag Kab Magetan', ['Scan Surat Permohonan Penelitian dari Universitas', 'Scan Proposal Sederhana Maksud Penelitian', 'Surat Pernyataan Keaslian Dokumen']],
    ['Permohonan Magang PKL Mahasiswa, SMA Sederajat', ['Scan Surat Permohonan Pelaksanaan Magang', 'Scan Proposal Sederhana dilengkapi dengan contact person', 'Surat Pernyataan Keaslian Dokumen (Download File Format)']],
    ['Permohonan Narasumber', ['Scan Surat Permohonan', 'Scan Proposal Kegiatan', 'Surat Pernyataan Keaslian Dokumen']],
    ['Permohonan Data Informasi', ['Scan Surat Permohonan', 'Scan Tanda Pengenal (KTP / SIM)', 'Surat Pernyataan Keaslian Dokumen']],
    ['Permohonan Cuti', ['Scan Surat pengantar usul cuti ( Tandatangan Atasan Langsung)', 'Scan Surat Formulir Cuti dari yang bersangkutan (PERKA BKN No.24 Th.2017)', 'Scan Foto copy SK KP terakhir']]] },
};
function ptspOnline() {
  const steps = ['Registrasi (Pemohon Baru)', 'Login Google', 'Pilih Layanan', 'Upload Berkas', 'Verifikasi Petugas', 'Upload Ulang (Jika Ditolak)', 'Diterima', 'Cetak Tanda Terima', 'Cek Proses Online'];
  return `<div><div id="notif"></div>
  <section><div><h1>Pelayanan Terpadu Satu Pintu (PTSP)</h1><p>Kantor Kementerian Agama Kabupaten Magetan</p><button id="more">Pelajari Lebih Lanjut</button></div></section>
  <section id="content">
    <div class="card"><h3>Cek Status Pengajuan Layanan</h3><div><div><input type="text" id="token" placeholder="Masukkan kode token pengajuan"></div><button id="cari">Cari</button></div>
      <div><a href="https://ptsp.kemenagmagetan.id" target="_blank" rel="noopener noreferrer">Login PTSP Online</a></div></div>
    <div class="card"><h3>Alur Pengajuan Layanan</h3><div>${steps.map((s) => `<div><h4>${s}</h4></div>`).join('')}</div>
      <p><strong>Pemohon Lama:</strong> Langsung Login Google dan lanjut ke langkah berikutnya.</p></div>
    <div class="card"><h2>JEMPOL</h2><p>Jaringan Pelayanan Online Kabupaten Magetan</p></div>
    <div><h3>Layanan Kami</h3><div>${Object.entries(services).map(([k, s]) => `<div class="card" data-svc="${k}"><h4>${s.title}</h4></div>`).join('')}</div><div id="svc"></div></div>
  </section></div>`;
}
function ptspAfter() {
  let sel = null; let sub = null;
  const draw = () => {
    const box = document.getElementById('svc');
    if (!sel) { box.innerHTML = ''; return; }
    const s = services[sel];
    box.innerHTML = `<div class="card"><div><h4>${s.title}</h4></div><div>` + s.items.map(([n], i) => `<div class="card" data-sub="${i}"><h5>${esc(n)}</h5></div>`).join('') + '</div>' +
      (sub !== null ? `<div><h5>Persyaratan: ${esc(s.items[sub][0])}</h5><ul>${s.items[sub][1].map((r) => `<li><span>${esc(r)}</span></li>`).join('')}</ul></div>` : '') + '</div>';
    box.querySelectorAll('[data-sub]').forEach((c) => c.onclick = () => { const i = +c.dataset.sub; sub = sub === i ? null : i; draw(); });
  };
  root.querySelectorAll('[data-svc]').forEach((c) => c.onclick = () => { const k = c.dataset.svc; if (sel === k) { sel = null; sub = null; } else { sel = k; sub = null; } draw(); });
  document.getElementById('more').onclick = () => document.getElementById('content').scrollIntoView({ behavior: 'smooth' });
  document.getElementById('cari').onclick = () => {
    const v = document.getElementById('token').value;
    if (!v.trim()) {
      const n = document.getElementById('notif');
      n.innerHTML = '<div><div><span id="x">&#10005;</span><h2>Data Tidak Ditemukan</h2><p>Mohon periksa kembali kode token Anda dan coba lagi.</p><button id="tutup">Tutup</button></div></div>';
      n.querySelector('#x').onclick = n.querySelector('#tutup').onclick = () => { n.innerHTML = ''; };
    } else alert(`Mencari data untuk token: ${v}`);
  };
}

// ---------- pages/FAQ (9 of 22 questions kept) ----------
const faqCats = [['all', 'Semua'], ['bimas', 'Bimas Islam'], ['haji', 'Haji & Umrah'], ['nikah', 'Nikah'], ['pendidikan', 'Pendidikan']];
const P = 'Datang ke PTSP Kementerian Agama Kab. Magetan dengan membawa:\n\n';
const faqData = [
  ['bimas', 'Bagaimana cara mengajukan permohonan Pembaca Doa?', P + '1. Surat Permohonan ditujukan kepada Kepala Kantor Kementerian Agama Kab. Magetan'],
  ['bimas', 'Bagaimana cara mengajukan permohonan Pengukuran Arah Kiblat?', P + '1. Surat Permohonan Pengukuran Arah Kiblat\n2. Surat pernyataan Persetujuan dan Belum Pernah Mendapatkan Pengukuran Arah kiblat dari pihak lain\n3. Denah Lokasi masjid atau makam yang akan diukur Arah Kiblatnya'],
  ['bimas', 'Bagaimana cara mengajukan permohonan data tempat ibadah?', P + '1. Surat Permohonan ditujukan kepada Kepala Kantor Kementerian Agama Kab. Magetan'],
  ['haji', 'Bagaimana cara mengajukan permohonan Rekomendasi Pembatalan Pemberangkatan Ibadah Haji?', P + '1. Surat Permohonan Pembatalan Haji ditujukan kepada kepala kankemenag Kab. Magetan cq Seksi PHU\n2. Surat Kematian yang dikeluarkan oleh lurah/kepala desa/rumah sakit setempat\n3. Surat keterangan waris bermaterai Rp 6000 yang dikeluarkan oleh Lurah/Kepala desa dan diketahui oleh camat [...]'],
  ['nikah', 'Bagaimana cara mengajukan permohonan data pernikahan?', P + '1. Surat Permohonan ditujukan kepada Kepala Kantor Kementerian Agama Kab. Magetan'],
  ['nikah', 'Bagaimana cara mengajukan Surat Permohonan Wali Hakim?', P + '1. Surat Permohonan Wali Hakim ditujukan kepada Kepala Kantor Kementerian Agama Kab. Magetan'],
  ['pendidikan', 'Bagaimana cara mengajukan Izin Pendirian Pondok Pesantren?', P + '1. Memiliki Kelengkapan 5 unsur yakni memiliki : Kyai, Tuan Guru, Gurutta/anre gurutta, inyiak, syekh, ustad atau sebutan lain sesuai kekhasan wilayah masing-masing [...]\n2. Santri yang mukim di pesantren minimal 15 orang\n3. Pondok atau asrama\n4. Masjid, musholla\n5. Kajian kitab kuning yang berkelanjutan (kurikulum pondok) [...]'],
  ['pendidikan', 'Bagaimana cara mengajukan permohonan rekomendasi pindah madrasah?', P + '1. Surat Permohonan Rekomendasi dari Madrasah Asal (difotokopi 1 Lembar)\n2. Surat Penerimaan/ Kuota dari sekolah yang akan dituju ( difotokopi 1 Lembar)\n3. Raport Terakhir (difotokopi 1 Lembar )\n4. Hasil Rekomendasi dibuat Rangkap 2 (1 lembar untuk ybs dan 1 lembar untuk arsip)'],
  ['pendidikan', 'Bagaimana cara mengajukan permohonan rekomendasi izin/tugas belajar?', 'Datang ke PTSP (Pelayanan Terpadu Satu Pintu) Kementerian Agama Kab. Magetan, dengan membawa:\n\n1. Fotokopi SK CPNS yang Legalisir\n2. Fotokopi Sah SK PNS yang Legalisir\n3. Fotokopi SK Kenaikan Pangkat Terakhir yang dilegalisir [...]'],
];
function faq() {
  return `<div><header class="faqhead"><div><div><h1>Frequently Asked Questions</h1><h2>Kementerian Agama Kabupaten Magetan</h2></div></div></header>
  <main><div><div><input type="search" id="q" placeholder="Cari pertanyaan..."></div></div>
  <div>${faqCats.map(([k, l]) => `<button data-fc="${k}"><span>${l}</span></button>`).join('')}</div>
  <div id="faqlist"></div></main></div>`;
}
function faqAfter() {
  let term = ''; let cat = 'all'; let open = null;
  const draw = () => {
    const list = faqData.filter(([c, q, a]) => (cat === 'all' || c === cat) && (q.toLowerCase().includes(term.toLowerCase()) || a.toLowerCase().includes(term.toLowerCase())));
    const box = document.getElementById('faqlist');
    box.innerHTML = list.length ? list.map(([c, q, a], i) => `<div class="card"><button data-fq="${i}"><span>${faqCats.find((x) => x[0] === c)[1]}</span><div><p>${esc(q)}</p></div>&#9662;</button>` +
      (open === i ? '<div><div>' + a.split('\n').map((l) => `<p>${esc(l)}</p>`).join('') + '</div></div>' : '') + '</div>').join('')
      : '<div><h3>Tidak ada pertanyaan yang ditemukan</h3><p>Coba ubah kata kunci pencarian atau pilih kategori lain.</p></div>';
    box.querySelectorAll('[data-fq]').forEach((b) => b.onclick = () => { const i = +b.dataset.fq; open = open === i ? null : i; draw(); });
  };
  document.getElementById('q').oninput = (e) => { term = e.target.value; open = null; draw(); };
  root.querySelectorAll('[data-fc]').forEach((b) => b.onclick = () => { cat = cat === b.dataset.fc ? 'all' : b.dataset.fc; open = null; draw(); });
  draw();
}

// ---------- pages/Profile/StrukturOrganisasi (people's names replaced) ----------
function struktur() {
  const card = (p) => `<div class="card"><img src="${p[2]}" alt="${esc(p[1])}"><h3>${esc(p[1])}</h3><p>${esc(p[0])}</p></div>`;
  const bawahan = [['Kasi Bimbingan Masyarakat Islam', 'Drs. Mashudi Anwar, M.Pd.I', '/images/muttaqin.jpg'],
    ['Kasi Pendidikan Madrasah', 'Moh. Rifai Hidayatullah, M.Pd.I', '/images/sujud.jpg'],
    ['Kasi Pendidikan Diniyah dan Pondok Pesantren (PD Pontren)', 'Suyitno, S.Pd, M.Pd.I', '/images/wahyu.jpg'],
    ['Kasi Pendidikan Agama Islam (PAIS)', 'Endang Kusumawati, S.Ag', '/images/eliyanti.jpg'],
    ['Kasi Penyelenggara Haji dan Umrah (PHU)', 'Nur Laili Hidayati, S.Pd.I', '/images/ida.jpg'],
    ['Penyelenggara Zakat dan Wakaf', 'Bambang Setiawan, S.Ag', '/images/ridwan.jpg']];
  return `<div><div><h1>Struktur Organisasi</h1><p>Kantor Kementerian Agama Kabupaten Magetan</p></div>
  <div><img src="/assets/images/kepalakemenag.jpg" alt="Dr. H. Abdul Rochim, M.Ag"><h2>Dr. H. Abdul Rochim, M.Ag</h2><p>Kepala Kantor Kementerian Agama Kabupaten Magetan</p></div>
  <div><img src="/images/sumadi.jpg" alt="Suyitno, S.Pd, M.Pd.I"><h3>Suyitno, S.Pd, M.Pd.I</h3><p>Plt. Kasubbag Tata Usaha</p></div>
  <div>${bawahan.map(card).join('')}</div></div>`;
}

// ---------- App.jsx routes (only the ones whose pages are in the fixture are drawn here) ----------
const routes = {
  '/': [home, homeAfter],
  '/profil/struktur': [struktur],
  '/layanan/standar': [() => '<div>Halaman Standar Pelayanan</div>'],
  '/layanan/sop': [() => '<div>Halaman SOP</div>'],
  '/layanan/spm': [() => '<div>Halaman SPM</div>'],
  '/ppid/informasiberkala': [() => kategori(berkala), () => kategoriAfter(berkala)],
  '/ppid/informasisertamerta': [() => kategori(sertaMerta), () => kategoriAfter(sertaMerta)],
  '/ppid/informasisetiapsaat': [() => kategori(setiapSaat), () => kategoriAfter(setiapSaat)],
  '/ppid/tugas': [tugas, tugasAfter],
  '/ptsp/online': [ptspOnline, ptspAfter],
  '/faq': [faq, faqAfter],
};

function render() {
  const path = (location.pathname.replace(/\/+$/, '') || '/').toLowerCase();
  const r = routes[path];
  root.innerHTML = header() + (r ? r[0]() : '') + footer();
  wireHeader();
  if (r && r[1]) r[1]();
}
render();
