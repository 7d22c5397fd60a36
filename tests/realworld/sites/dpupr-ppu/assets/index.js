// Compact working rewrite of the DPUPR PPU React app (src/App.jsx, components/Header, Navbar, Footer, pages/Home,
// pages/DynamicPage and pages/ppid/*.jsx): same routes, menu, texts and behaviour, without React.
const h = (s) => s;
const PPID = {
  'visi-misi-ppid': ['Visi dan Misi PPID', h(`<div><h2>Visi</h2><p>Terwujudnya penyelenggaraan pemerintahan yang baik, transparan, efektif dan efisien, akuntabel serta meningkatkan pengelolaan dan pelayanan informasi dan dokumentasi di Pemerintah Kabupaten untuk menghasilkan layanan informasi dan dokumentasi yang berkualitas.</p></div>
<div><h2>Misi</h2><ul><li>a) Menghimpun informasi publik dari seluruh Bidang dan UPT PU di lingkungan Dinas PUPR Kabupaten Penajam Paser Utara;</li><li>b) Menata dan menyimpan informasi publik dari seluruh Bidang dan UPT PU di lingkungan Dinas PUPR Kabupaten Penajam Paser Utara;</li><li>c) Melaksanakan konsultasi informasi publik kategori dikecualikan dari informasi yang terbuka untuk publik;</li><li>d) Menyelesaikan sengketa informasi.</li></ul></div>`)],
  'maklumat-pelayanan': ['Maklumat Pelayanan Informasi Publik', h(`<h1>Maklumat Pelayanan Informasi Publik</h1>
<p>Mewujudkan tata kelola pemerintahan yang transparan dan akuntabel, Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Penajam Paser Utara berupaya memberikan pelayanan informasi dengan sebaik-baiknya dan berkomitmen untuk :</p>
<ol><li>Memberikan Informasi Publik sesuai dengan peraturan yang berlaku (UU No. 14 Tahun 2008);</li><li>Menyediakan Informasi Publik yang akurat, benar dan tidak menyesatkan;</li><li>Memberikan layanan informasi, memanfaatkan Teknologi Informasi yang mudah diakses masyarakat;</li><li>Tidak Melakukan pungutan yang tidak sah dalam memberikan layanan Informasi Publik.</li></ol>
<div><div><p>Penajam, 23 Juli 2025</p><p>Plt. Kepala Dinas</p><p>[Nama Plt. Kepala Dinas]</p><p>NIP. [NIP]</p></div></div>`)],
  'sop-pelayanan': ['SOP Pelayanan Publik', h(`<h2>SOP Pelayanan PPID</h2>
<div><div><h3>Tahap 1 - Penerimaan</h3><p>Permohonan diterima dan diverifikasi kelengkapannya.</p></div><div><h3>Tahap 2 - Proses</h3><p>Permintaan diproses sesuai standar layanan informasi publik.</p></div><div><h3>Tahap 3 - Penyampaian</h3><p>Hasil layanan disampaikan kepada pemohon.</p></div></div>`)],
  'formulir-permohonan': ['Formulir Permohonan Informasi Publik', h(`<h2>Formulir Permohonan Informasi</h2>
<div><p>Silakan isi formulir permohonan informasi secara lengkap dan benar untuk mempercepat proses layanan.</p><ul><li>Isi identitas pemohon dengan lengkap.</li><li>Jelaskan informasi yang diminta secara spesifik.</li><li>Lampirkan dokumen pendukung jika diperlukan.</li><li>Simpan bukti pengajuan untuk proses tracking.</li></ul></div>`)],
  'tata-cara-permohonan': ['Tata Cara Permohonan Informasi Publik', h(`<h2>Tata Cara Permohonan Informasi</h2>
<div><h3>Tentang Permohonan Informasi</h3><p>Setiap warga negara berhak memperoleh informasi publik sesuai ketentuan peraturan perundang-undangan. Berikut adalah alur pengajuan permohonan informasi publik pada layanan PPID DPUPR.</p></div>
<div><div><h3>1. Isi Formulir Permohonan</h3><p>Pemohon mengisi data identitas dan informasi yang diminta secara lengkap.</p></div><div><h3>2. Verifikasi Dokumen</h3><p>Petugas memeriksa kelengkapan persyaratan permohonan.</p></div><div><h3>3. Proses Permohonan</h3><p>PPID memproses permohonan sesuai standar waktu layanan.</p></div><div><h3>4. Penyampaian Informasi</h3><p>Informasi diberikan kepada pemohon sesuai hasil verifikasi dan klasifikasi informasi.</p></div></div>
<div><h3>Standar Waktu Pelayanan</h3><ul><li>Permohonan diproses maksimal 10 hari kerja sejak dinyatakan lengkap.</li><li>Dapat diperpanjang maksimal 7 hari kerja dengan pemberitahuan tertulis.</li><li>Pemohon dapat mengajukan keberatan apabila tidak puas terhadap layanan.</li></ul></div>
<div><div><h3>Hak Pemohon</h3><ul><li>Mendapatkan informasi sesuai ketentuan.</li><li>Menerima tanggapan atas permohonan.</li><li>Mengajukan keberatan dan sengketa informasi sesuai prosedur.</li></ul></div><div><h3>Informasi Dikecualikan</h3><ul><li>Informasi yang mengganggu penegakan hukum.</li><li>Informasi yang membahayakan keamanan negara.</li><li>Informasi yang dilindungi ketentuan kerahasiaan lainnya.</li></ul></div></div>`)],
  'tata-cara-keberatan': ['Tata Cara Pengajuan Keberatan Informasi Publik', h(`<h2>Tata Cara Pengajuan Keberatan Informasi Publik</h2>
<div><div><h3>ALASAN PENGAJUAN KEBERATAN OLEH PEMOHON INFORMASI</h3></div><div>
<div><span>●</span><p>Penolakan berdasarkan alasan pengecualian informasi publik</p></div>
<div><span>●</span><p>Tidak disediakannya informasi berkala</p></div>
<div><span>●</span><p>Tidak ditanggapinya pemerintahan informasi publik</p></div>
<div><span>●</span><p>Permintaan informasi publik ditanggapi tidak sebagaimana yang diminta</p></div>
<div><span>●</span><p>Tidak dikabulkannya permintaan informasi publik</p></div>
<div><span>●</span><p>Pengenaan biaya yang tidak wajar dan/tidak</p></div>
<div><span>●</span><p>Penyampaian informasi publik yang melebihi waktu yang diatur dalam peraturan komisi informasi nomor 1 tahun 2021</p></div>
</div></div>
<div><h3>Proses Pengajuan Keberatan</h3></div>
<div><div><div>1</div><div><h3>Pemohon Menyampaikan Permohonan Informasi</h3><p>Pemohon menyampaikan permohonan informasi kepada PPID melalui Portal PPID, e-mail, surat, atau datang langsung ke meja layanan PPID dan Pemohon mengisi formulir dan memberikan satuan identitas diri / badan kepada petugas informasi.</p></div></div>
<div><div>2</div><div><h3>Petugas Memproses Informasi</h3><p>Petugas memproses informasi sesuai formulir permintaan yang telah ditandatangani oleh pemohon.</p></div></div>
<div><div>3</div><div><h3>PPID Memberikan Jawaban</h3><p>PPID memberikan jawaban untuk memenuhi permohonan informasi atau tidak memenuhi dengan disertai alasan, dalam waktu 10 hari kerja dan dapat diperpanjang 7 hari kerja.</p></div></div>
<div><div>4</div><div><h3>Penyelesaian Sengketa</h3><p>Jika pemohon keberatan atas jawaban PPID, maka penyelesaian sengketa informasi kepada komisi pusat.</p></div></div></div>
<div><h3>⚖️ Informasi Penting</h3><ul><li><span>•</span><span>Keberatan dapat diajukan jika pemohon merasa tidak puas dengan jawaban atau layanan yang diberikan oleh PPID</span></li><li><span>•</span><span>Pengajuan keberatan harus disertai dengan alasan yang jelas dan bukti pendukung</span></li><li><span>•</span><span>Proses penyelesaian keberatan akan dilakukan secara adil dan transparan sesuai dengan peraturan yang berlaku</span></li></ul></div>`)],
  'tata-cara-sengketa': ['Tata Cara Pengajuan Sengketa Informasi Publik', h(`<h2>Tata Cara Sengketa Informasi</h2>
<div><p>Sengketa informasi dapat diajukan apabila pemohon tidak puas atas hasil keberatan yang diproses PPID.</p><ol><li>Ajukan keberatan terlebih dahulu kepada atasan PPID.</li><li>Jika belum selesai, ajukan sengketa ke Komisi Informasi.</li><li>Ikuti proses mediasi atau ajudikasi sesuai ketentuan.</li><li>Laksanakan putusan yang telah berkekuatan hukum.</li></ol></div>`)],
  'jam-layanan': ['Jam Layanan Informasi Publik', h(`<h2>Jadwal Pelayanan PPID</h2>
<div><div><h3>Jadwal Pelayanan</h3><div><p>Informasi pelayanan Publik</p></div></div>
<div><div><div><p>Senin - Kamis</p></div><div><p>08:00 - 16:00</p></div></div><div><div><p>Jumat</p></div><div><p>08:00 - 15:00</p></div></div></div>
<div><p>* Kecuali hari libur nasional dan cuti bersama</p></div></div>
<div><h4>📅 Informasi Layanan</h4><ul><li><span>•</span><span>Layanan PPID tersedia pada jam kerja yang telah ditentukan</span></li><li><span>•</span><span>Untuk pelayanan diluar jam kerja dapat menghubungi melalui email atau portal PPID online</span></li><li><span>•</span><span>Pastikan membawa dokumen identitas yang diperlukan saat mengunjungi layanan PPID</span></li></ul></div>`)],
  'sk-ppid': ['SK PPID', h(`<h2>SK PPID</h2>
<div><h3>Informasi Umum</h3><p>Dokumen SK PPID menjadi dasar hukum pembentukan dan pelaksanaan layanan informasi publik.</p><ul><li>Menetapkan struktur organisasi PPID.</li><li>Menetapkan tugas dan tanggung jawab petugas layanan.</li><li>Menjadi acuan pelaksanaan keterbukaan informasi publik.</li></ul></div>`)],
  'kanal-pengaduan': ['Kanal Pengaduan Masyarakat', h(`<h2>Kanal Pengaduan</h2>
<div><p>Masyarakat dapat menyampaikan pengaduan layanan publik melalui kanal resmi berikut.</p><ul><li>Portal pengaduan online pemerintah.</li><li>Email resmi layanan PPID.</li><li>Layanan telepon atau WhatsApp petugas.</li><li>Datang langsung ke kantor layanan.</li></ul></div>`)]
};
const KEGIATAN = [['bagian-umum-sunram','Bagian Umum & Bagian Sunram dan Keuangan'],['upt-lab-alat-berat','UPT-PU Lab dan Alat Berat'],['upt-penajam','UPT-PU Penajam'],['upt-sepaku','UPT-PU Sepaku'],['upt-waru','UPT-PU Waru'],['upt-babulu','UPT-PU Babulu'],['bina-konstruksi','Bina Konstruksi'],['cipta-karya','Cipta Karya'],['tata-ruang','Tata Ruang'],['psda','PSDA'],['bina-marga','Bina Marga']];
const PROFIL = [['visi-misi-pupr','Visi dan Misi PUPR'],['landasan-hukum','Landasan Hukum'],['tupoksi','Tupoksi'],['daftar-pejabat','Daftar Pejabat di DPUPR PPU'],['riwayat-kepala-dinas','Riwayat Kepala Dinas']];
const LAYANAN = [['/layanan-publik/tata-cara','Tata Cara Isi Form Layanan Publik'],['/layanan-publik/form','Form Layanan Publik'],['/layanan-publik/tracking','Tracking Layanan Publik'],['/layanan-publik/tracking-pengaduan','Tracking Pengaduan']];
let open = null;
const dd = (id, label, items) => `<li class="relative"><button data-dd="${id}">${label} <svg width="16" height="16"></svg></button><ul class="absolute ${open === id ? 'opacity-100 visible' : 'opacity-0 invisible'}">${items.map(([to, t]) => `<li><a href="${to}">${t}</a></li>`).join('')}</ul></li>`;
const header = () => `<header><div><div><img src="/logo/logo PUPR.png" alt="Logo Penajam"><div><h1>DINAS PEKERJAAN UMUM DAN PENATAAN RUANG</h1><p>KABUPATEN PENAJAM PASER UTARA</p></div></div></div></header>`;
const navbar = () => `<nav><div><ul>
<li><a href="/">BERANDA</a></li>
${dd('kegiatan', 'INFORMASI KEGIATAN PUPR', KEGIATAN.map(([s, t]) => ['/kegiatan/' + s, t]))}
${dd('ppid', 'PPID DPUPR', Object.entries(PPID).map(([s, [t]]) => ['/ppid/' + s, t]))}
${dd('profil', 'PROFIL DPUPR', PROFIL.map(([s, t]) => ['/profil/' + s, t]))}
<li><a href="/profil/informasi-kepala-dinas">INFORMASI KEPALA DINAS</a></li>
${dd('layanan', 'LAYANAN PUBLIK', LAYANAN)}
</ul><button aria-label="Toggle menu"><div><span></span><span></span><span></span></div></button></div></nav>`;
const footer = () => `<footer><div><div><div><img src="/logo/logo PUPR.png" alt="Logo DPUPR"><h3>Dinas Pekerjaan Umum dan Penataan Ruang</h3><p>Kabupaten Penajam Paser Utara</p>
<div><p><span>✉</span><span>puprpenajamkab@gmail.com</span></p><p><span>📍</span><span>Jl. Propinsi, KM.09, Kel. Nipah-nipah, Kec. Penajam, Kab. PPU</span></p></div></div>
<div><h3>Ikuti Kami</h3><div><a href="https://facebook.com" target="_blank" rel="noopener noreferrer" aria-label="Facebook"><svg></svg></a><a href="https://instagram.com" target="_blank" rel="noopener noreferrer" aria-label="Instagram"><svg></svg></a><a href="https://youtube.com" target="_blank" rel="noopener noreferrer" aria-label="YouTube"><svg></svg></a></div></div></div></div>
<div><div><div><p>© Copyright 2026 Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Penajam Paser Utara</p></div></div></div></footer>`;
const home = () => `<main><section><video autoplay loop muted playsinline><source src="/DINAS PEKERJAAN UMUM DAN PENATAAN RUANG – KABUPATEN PENAJAM PASER UTARA.mp4" type="video/mp4">Your browser does not support the video tag.</video><div></div></section>
<section><div><div><p>Selamat Datang di Website Resmi</p><h2>DINAS PEKERJAAN UMUM DAN PENATAAN RUANG<br>PENAJAM PASER UTARA</h2></div>
<div><p>Di era digitalisasi kebutuhan akan informasi merupakan salah satu kebutuhan pokok. Masyarakat yang berperilaku mobile membutuhkan saluran komunikasi yang real time. Untuk itu DPUPR telah membentuk suatu wadah berupa website DPUPR Penajam Paser Utara, sebagai media komunikasi dalam memenuhi kebutuhan dimaksud.</p>
<p>Website ini memuat beberapa konten berkenaan dengan informasi dan gambaran terhadap pelayanan publik pada Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Penajam Paser Utara. Diharapkan melalui Website ini kiranya masyarakat dapat mengetahui seluruh informasi tentang Kebijakan Pemerintah Penajam Paser Utara dalam urusan penanganan modal dan pelayanan perizinan dan non perizinan di wilayah Penajam Paser Utara. Kritik dan saran yang ada sangat kami harapkan guna penyempurnaan Website ini dimasa datang. Semoga keberadaan Website ini dapat memberikan manfaat bagi kita semua. Wassalam</p></div></div></section>
<section><div><h2>Berita Terbaru</h2><div></div><div></div></div></section></main>`;
function render() {
  const path = location.pathname.replace(/\/+$/, '') || '/';
  const root = document.getElementById('root');
  let body;
  const m = path.match(/^\/ppid\/([^/]+)$/);
  if (path === '/') body = home();
  else if (m && PPID[m[1]]) {
    const [title, content] = PPID[m[1]];
    body = `<div><div><h1>${title}</h1><p>PPID Dinas PUPR Kabupaten Penajam Paser Utara</p></div></div><section><div><div>${content}</div></div></section>`;
  } else { history.replaceState(null, '', '/'); body = home(); }  // <Navigate to="/" replace />
  root.innerHTML = header() + navbar() + body + footer();
  document.title = 'DPUPR PPU';
}
document.addEventListener('click', (e) => {
  const b = e.target.closest('[data-dd]');
  if (b) { open = open === b.dataset.dd ? null : b.dataset.dd; render(); return; }
  const a = e.target.closest('a[href^="/"]');
  if (a && !a.target) { e.preventDefault(); open = null; history.pushState(null, '', a.getAttribute('href')); render(); window.scrollTo(0, 0); }
});
window.addEventListener('popstate', render);
render();
