// Compact rewrite of the UPERTIS PPID React app (App.tsx, Navbar, Home, DynamicPage and its page components).
// Menu items are <button>s whose onClick navigates (pushState), not links, as in Navbar.tsx.
const root = document.getElementById('root');
const esc = s => String(s).replace(/&/g,'&amp;').replace(/</g,'&lt;');
const MENU = [
  { label: 'Home', href: '/' },
  { label: 'Tentang', items: [['Profil PPID','profil'],['Visi & Misi','visi-misi'],['Maklumat Pelayanan','maklumat'],['Struktur Organisasi','struktur-organisasi-2'],['Tugas & Fungsi PPID','tugas-dan-fungsi'],['Regulasi KIP','regulasi']] },
  { label: 'Info Publik', items: [['Info Publik Berkala','informasi-publik-berkala'],['Info Tersedia Setiap Saat','informasi-tersedia-setiap-saat'],['Info Serta Merta','info-serta-merta'],['Zona Integrasi','zona-integrasi']] },
  { label: 'Layanan', items: [['Jadwal Layanan','jadwal-layanan-informasi'],['Permohonan Informasi','permohonan-informasi'],['Pengajuan Keberatan','keberatan-informasi'],['Pengaduan Layanan','https://lapor.go.id/'],['Informasi Dikecualikan','informasi-dikecualikan']] },
  { label: 'Berita PPID', href: 'berita' }, { label: 'Galeri', href: 'galeri' }, { label: 'Download', href: 'download' },
  { label: 'Hubungi Kami', href: 'kontak' }
];
const DL = [ // downloads rows (sync_data.sql), file_url kept
  ['LAPORAN KINERJA 2022 2023','https://ppid.upertis.ac.id/?wpdmdl=2807','ppid-berkala'],
  ['LAPORAN KINERJA 2021 2022','https://ppid.upertis.ac.id/?wpdmdl=2805','ppid-berkala'],
  ['Tata Cara pengajuan penyelesaian sengketa Informasi Publik','/uploads/downloads/1782517011887620200.docx','ppid-berkala'],
  ['Tata Cara keberatan Informasi Publik','/uploads/media/1782744858244959000.pdf','ppid-berkala'],
  ['Laporan Layanan Informasi 2025','https://ppid.upertis.ac.id/?wpdmdl=2823','ppid-berkala'],
  ['Laporan Layanan Informasi 2024','https://ppid.upertis.ac.id/?wpdmdl=2821','ppid-berkala'],
  ['RKAT FIX 2023-2024 UPERTIS','https://ppid.upertis.ac.id/?wpdmdl=2811','ppid-berkala'],
  ['DATA AKREDITASI PRODI (Informasi Setiap Saat)','https://ppid.upertis.ac.id/?wpdmdl=2831','ppid-setiap-saat'],
  ['Daftar Informasi Publik Upertis (informasi Setiap Saat)','https://ppid.upertis.ac.id/?wpdmdl=2827','ppid-setiap-saat'],
  ['OTK UPERTIS','https://ppid.upertis.ac.id/?wpdmdl=2819','ppid-setiap-saat'],
  ['RENSTRA UPERTIS','https://ppid.upertis.ac.id/?wpdmdl=2817','ppid-setiap-saat'],
  ['RIP UPERTIS edit 9 Des 2022','https://ppid.upertis.ac.id/?wpdmdl=2815','ppid-setiap-saat'],
  ['STATUTA UPERTIS','https://ppid.upertis.ac.id/?wpdmdl=2813','ppid-setiap-saat'],
  ['REVISI Peraturan Akademik UPERTIS 2024','https://ppid.upertis.ac.id/?wpdmdl=2809','ppid-setiap-saat'],
  ['Daftar Informasi Dikecualikan (Informasi Setiap Saat)','https://ppid.upertis.ac.id/?wpdmdl=2829','ppid-dikecualikan']
];
const CARDS = {
  'informasi-publik-berkala': [['1. Informasi Badan Publik UPERTIS', [['Profil & Sejarah','/halaman/profil'],['Visi & Misi PPID','/halaman/visi-misi'],['Tugas & Fungsi','/halaman/tugas-dan-fungsi'],['Struktur Organisasi','/halaman/struktur-organisasi-2'],['Profil Pimpinan','/halaman/pimpinan'],['Regulasi & Pedoman','/download']]],
                               ['2. Kebijakan Keterbukaan & Kinerja', [['Tata Cara Layanan','/halaman/jadwal-layanan-informasi'],['Keuangan & Kinerja','/download'],['Kerja Sama & Akreditasi','/download']]]],
  'informasi-tersedia-setiap-saat': [['1. Dokumen Resmi Perguruan Tinggi', [['Statuta UPERTIS','/download'],['Rencana Strategis','/download'],['OTK & RIP UPERTIS','/download']]]],
  'info-serta-merta': [['1. Sistem Peringatan Bencana & Keselamatan', [['SOP Darurat Kampus','/download'],['Pedoman K3 UPERTIS','/download']]]],
  'informasi-dikecualikan': []
};
const TITLES = { 'informasi-publik-berkala': ['Informasi Publik Berkala','Daftar Informasi Publik Universitas Perintis Indonesia yang Wajib Disediakan dan Diumumkan secara Berkalas','ppid-berkala'],
  'informasi-tersedia-setiap-saat': ['Informasi Tersedia Setiap Saat','Daftar Informasi Publik Universitas Perintis Indonesia yang Wajib Tersedia Setiap Saat','ppid-setiap-saat'],
  'info-serta-merta': ['Informasi Serta Merta','Informasi yang Wajib Diumumkan secara Serta Merta oleh Universitas Perintis Indonesia','ppid-serta-merta'],
  'informasi-dikecualikan': ['Informasi Dikecualikan','Daftar Berkas & Dokumen Informasi Dikecualikan','ppid-dikecualikan'] };

function nav(href) {
  if (href.startsWith('http')) { window.open(href, '_blank', 'noopener,noreferrer'); return; }
  const path = href === '/' ? '/' : (href.startsWith('/') ? href : '/halaman/' + href);
  history.pushState(null, '', path); render();
}
function navbar() {
  return '<header><nav><img src="/logo.png" alt="PPID UPERTIS"><span>PPID UPERTIS</span><div class="menu">' + MENU.map((m, i) => m.items
    ? `<div class="group" onmouseenter="this.querySelector('.dd').hidden=false" onmouseleave="this.querySelector('.dd').hidden=true"><button type="button">${m.label}</button><div class="dd" hidden>` +
      m.items.map(([l, h]) => `<button type="button" data-href="${h}"><span>${esc(l)}</span></button>`).join('') + '</div></div>'
    : `<button type="button" data-href="${m.href}">${m.label}</button>`).join('') + '</div></nav></header>';
}
const footer = '<footer><p>&copy; 2026 PPID Universitas Perintis Indonesia &bull; Keterbukaan Informasi Publik &bull; Dikembangkan oleh <a href="https://akhimedia.id" target="_blank">Akhimedia</a></p></footer>';
function table(cat, withSearch) {
  const rows = DL.filter(d => d[2] === cat);
  return (withSearch ? '<input type="search" id="q" placeholder="Cari dokumen...">' : '') +
    '<table id="docs"><thead><tr><th>No</th><th>Nama Dokumen</th><th>Aksi</th></tr></thead><tbody>' +
    (rows.length ? rows.map((d, i) => `<tr><td>${i + 1}</td><td>${esc(d[0])}</td><td><a href="${d[1]}" target="_blank">Unduh</a></td></tr>`).join('')
                 : '<tr><td colspan="3">Tidak ada dokumen yang ditemukan.</td></tr>') + '</tbody></table>';
}
function banner(t, s) { return `<div class="banner"><h1>${t}</h1><p>${s}</p></div>`; }
const PAGES = {
  '': () => `<section class="hero"><h1>Pejabat Pengelola Informasi dan Dokumentasi Universitas Perintis Indonesia</h1>
    <button type="button" data-href="permohonan-informasi">Ajukan Permohonan</button><button type="button" data-href="download">Cari Dokumen Publik</button></section>
    <section><span>Tentang PPID</span><h2>Melayani Keterbukaan Informasi sejak 2021.</h2><p>Pejabat Pengelola Informasi dan Dokumentasi (PPID) Universitas Perintis Indonesia hadir sebagai wujud komitmen kampus dalam menerapkan keterbukaan informasi publik [...]</p>
    <div class="tabs"><button type="button" data-tab="berkala">Informasi Berkala</button><button type="button" data-tab="setiap-saat">Tersedia Setiap Saat</button><button type="button" data-tab="serta-merta">Informasi Serta Merta</button><button type="button" data-tab="dikecualikan">Informasi Dikecualikan</button></div>
    <input type="search" id="hq" placeholder="Cari informasi..."><div id="tabpanel"></div></section>
    <section><span>Layanan Informasi</span><h2>Layanan Informasi Publik</h2>
    <div class="card"><h3>Permohonan Informasi Publik</h3><button type="button" data-href="permohonan-informasi">Ajukan</button></div>
    <div class="card"><h3>Keberatan Informasi Publik</h3><button type="button" data-href="keberatan-informasi">Ajukan</button></div>
    <div class="card"><h3>Pengaduan Layanan</h3><button type="button" data-href="https://lapor.go.id/">SP4N LAPOR!</button></div></section>
    <section><span>Informasi Warta</span><h2>Berita Keterbukaan Informasi</h2><p>Belum ada berita.</p></section>
    <section><span>Desk Layanan PPID</span><h2>Layanan Informasi Fisik</h2><p>Kami juga melayani permintaan informasi secara tatap muka (fisik). Anda dapat mendatangi desk pelayanan informasi kami di kantor rektorat universitas.</p>
    <ul><li><b>Alamat Gedung Rektorat</b> Kampus Utama Padang, Lantai 1 Gedung Rektorat Universitas Perintis Indonesia, Jl. Adinegoro Km. 17, Lubuk Buaya, Padang, Sumatera Barat.</li>
    <li><b>Email Korespondensi</b> ppidcare@upertis.ac.id</li><li><b>Hubungi WhatsApp Care</b> +62 852 6140 3318</li></ul></section>`,
  'profil': () => banner('Profil', '') + `<article><h2>PROFIL PPID UNIVERSITAS PERINTIS INDONESIA</h2>
    <p>Sesuai amanat Undang-undang (UU) No 14 Tahun 2008 Tentang Keterbukaan Informasi Publik (KIP), Universitas Perintis Indonesia (UPERTIS) sebagai badan publik berupaya memenuhi kebutuhan publik akan informasi dengan membuat laman ppid.upertis.ac.id</p>
    <p>Layanan Informasi Publik UPERTIS disediakan untuk memudahkan publik mendapatkan informasi tentang UPERTSIS. [...]</p>
    <p>PPID UPERTIS dibentuk berdasarkan Surat Keputusan Rektor Universitas Perintis Indonesia nomor      07a/UPERTIS-YPP/I /2023 tanggal 09Januari 2023. Latar belakang berdirinya PPID UPERTIS adalah Konsekuensi dari tuntutan [...]</p></article>`,
  'maklumat': () => banner('Maklumat Pelayanan', '') + `<article><h2>Maklumat Pelayanan</h2><p>PPID Universitas Perintis Indonesia berkomitmen dalam menyelenggarakan pelayanan informasi publik sesuai dengan amanat perundang-undangan dengan tekad.</p>
    <ol><li>Melayani permohonan informasi publik sesuai dengan tata cara yang berlaku</li><li>Menyediakan informasi publik yang benar dan dapat dipertanggung jawabkan</li><li>Memberikan kemudahan akses informasi publik melalui berbagai media yang mudah digunakan dengan informasi terkini</li><li>Menyiapkan dan mengumumkan daftar informasi publik</li><li>Mengevaluasi kinerja petugas pelaksana secara berkala demi memberikan pelayanan yang terbaik</li><li>menyampaikan laporan layanan informasi publik [...]</li></ol></article>`,
  'jadwal-layanan-informasi': () => banner('Jadwal Layanans', '') + `<article><h2>Jadwal Pelayanan Informasi Publik</h2><table>
    <tr><td>Senin - Kamis</td><td>08:10 – 16:00 WIB</td><td>Istirahat 12:00 – 13:30 WIB</td></tr><tr><td>Jumat</td><td>08:00 – 15:00 WIB</td><td>Istirahat 12:00 – 14:00 WIB</td></tr>
    <tr><td>Sabtu - Minggu</td><td colspan="2">Sistem Online Tetap Aktif 24/7 (Desk fisik Tutup)</td></tr></table>
    <h3>Layanan Offline</h3><ol><li>Membawa kartu identitas resmi (KTP untuk perorangan, Akta/SK pendirian untuk instansi).</li><li>Loket Pelayanan berada di Lantai 1 Gedung Rektorat Kampus Utama UPERTIS Padang.</li><li>Petugas kami siap membantu pencatatan, peninjauan berkas, hingga cetak salinan dokumen.</li></ol>
    <h3>Layanan Online</h3><ol><li>Gunakan menu Permohonan Informasi untuk mengisi formulir digital dan upload KTP.</li><li>Simpan nomor tiket pengajuan untuk melacak tanggapan admin secara real-time.</li><li>Jawaban atau link unduhan berkas digital akan dikirimkan langsung ke email/tiket Anda.</li></ol></article>`,
  'keberatan-informasi': () => banner('Pengajuan Keberatan Informasi', 'Mekanisme pengajuan keberatan atas layanan informasi publik PPID UPERTIS') + `<article>
    <p>Pemohon Informasi Publik dapat mengajukan keberatan secara tertulis kepada Atasan PPID UPERTIS jika permohonan informasi ditolak, tidak ditanggapi secara tepat waktu, atau biaya yang dikenakan terlalu tinggi. Silakan unduh formulir di bawah ini, isi dengan lengkap, lalu serahkan kepada petugas desk layanan PPID.</p>
    <h3>Prosedur Keberatan Manual</h3><ol><li><b>Pemohon Informasi</b> Pemohon datang langsung ke sekretariat PPID-UPERTIS untuk mengajukan keberatan atas informasi publik yang diterima.</li><li><b>Mengisi Form Keberatan</b> Petugas informasi menerima berkas pengajuan dan pemohon mengisi formulir keberatan dengan melampirkan identitas diri berupa KTP/SIM atau surat tugas dari institusi lainnya.</li><li><b>Menerima Tanda Terima</b> [...]</li><li><b>Keberatan Di Proses</b> PPID Pelaksana meneruskan pengaduan ke Rektor/PPID Utama UPERTIS untuk diproses selambat-lambatnya 30 hari kerja.</li><li><b>Penyerahan Jawaban</b> [...]</li><li><b>Layanan Selesai</b></li></ol>
    <h3>Prosedur Keberatan Online</h3><ol><li><b>Mengunjungi Website</b> [...]</li><li><b>Mengunduh Form</b> Pemohon mengunduh berkas formulir pengajuan keberatan (.doc) dari menu unduhan di website.</li><li><b>Mengirimkan Berkas</b> Pemohon mengirim formulir terisi beserta scan identitas (KTP/SIM) ke email resmi PPID UPERTIS di ppidcare@upertis.ac.id.</li><li><b>Menerima Tanda Terima</b></li><li><b>Permohonan Di Proses</b> [...] 30 hari kerja.</li><li><b>Penyerahan Jawaban</b></li><li><b>Layanan Selesai</b></li></ol>
    <h3>Dokumen & Formulir</h3><input type="search" placeholder="Cari dokumen..."><ul><li><b>Formulir Pengajuan Keberatan Informasi UPERTIS</b> Formulir cetak resmi pengajuan keberatan layanan informasi publik. <a href="/uploads/formulir-keberatan-ppid.pdf" target="_blank">Unduh</a></li></ul></article>`
};
function infoPage(slug) {
  const [t, s, cat] = TITLES[slug];
  return banner(t, s) + '<article>' + CARDS[slug].map(([h, cards]) => `<h3>${h}</h3><div class="cards">` +
    cards.map(([ct, u]) => `<a class="card" href="${u}">${esc(ct)}</a>`).join('') + '</div>').join('') +
    '<h3>Daftar Dokumen</h3>' + table(cat, true) + '</article>';
}
function render() {
  const p = location.pathname.replace(/\/$/, '');
  let body;
  if (p === '') body = PAGES['']();
  else if (p.startsWith('/halaman/')) {
    const slug = p.slice(9);
    body = TITLES[slug] ? infoPage(slug) : PAGES[slug] ? PAGES[slug]()
      : banner(slug.split('-').map(w => w[0].toUpperCase() + w.slice(1)).join(' '), '') + `<p>Konten halaman untuk <strong>${esc(slug)}</strong> sedang dipersiapkan oleh administrator portal.</p>`;
  } else body = '<h1>404</h1>';
  root.innerHTML = navbar() + '<main>' + body + '</main>' + footer;
  root.querySelectorAll('[data-href]').forEach(b => b.addEventListener('click', () => nav(b.dataset.href)));
  const q = document.getElementById('q');
  if (q) q.addEventListener('input', () => document.querySelectorAll('#docs tbody tr').forEach(r => { r.hidden = !r.textContent.toLowerCase().includes(q.value.toLowerCase()); }));
  const tp = document.getElementById('tabpanel');
  if (tp) {
    const HOME = { 'berkala': [['Profil UPERTIS','/halaman/profil'],['Visi Misi UPERTIS','/halaman/visi-misi'],['Tugas Fungsi dan Ruang Lingkup Kegiatan','/halaman/tugas-dan-fungsi'],['Struktur Organisasi UPERTIS','/halaman/struktur-organisasi-2']],
      'setiap-saat': [['Daftar Informasi Publik (DIP) UPERTIS','https://ppid.upertis.ac.id/download/']],
      'serta-merta': [['Panduan Mitigasi & Evakuasi Bencana Alam di Lingkungan Kampus','#']],
      'dikecualikan': [['SK Daftar Informasi Dikecualikan UPERTIS','https://ppid.upertis.ac.id/download/daftar-informasi-dikecualikan-informasi-setiap-saat/']] };
    const show = (id) => { const items = HOME[id].concat(DL.filter(d => d[2] === 'ppid-' + id).map(d => [d[0], d[1]]));
      const f = (document.getElementById('hq').value || '').toLowerCase();
      tp.innerHTML = '<ul>' + items.filter(i => i[0].toLowerCase().includes(f)).map(([l, h]) => `<li><a href="${h}">${esc(l)}</a></li>`).join('') + '</ul>'; tp.dataset.tab = id; };
    root.querySelectorAll('[data-tab]').forEach(b => b.addEventListener('click', () => show(b.dataset.tab)));
    document.getElementById('hq').addEventListener('input', () => show(tp.dataset.tab));
    show('berkala');
  }
}
window.addEventListener('popstate', render);
render();
