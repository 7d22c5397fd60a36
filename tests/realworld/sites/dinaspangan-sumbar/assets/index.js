// Compact working rewrite (no React) of the Dinas Pangan Provinsi Sumatera Barat Vite/React app at 4474881:
// Navbar + SearchBox, Breadcrumb, Footer, Home + QuickSearch, the seven /ppid/* pages, the four
// /informasi-layanan/* pages, /profil/hubungi-kami and /data/search. react-router <Link>s are plain <a href>.
const root = document.getElementById("root");
const path = location.pathname.replace(/\/$/, "") || "/";

const menus = [
  ["Profil", [["/profil/visi-misi-tupoksi", "Visi, Misi dan Tupoksi"], ["/profil/sekapur-sirih", "Sekapur Sirih"],
    ["/profil/struktur-organisasi", "Struktur organisasi"], ["/profil/pejabat-struktural", "Pejabat Struktural"],
    ["/profil/hubungi-kami", "Hubungi Kami"]]],
  ["Data", [["/data/search", "Pencarian Data"], ["/data/berita", "Berita"], ["/data/download", "Download"]]],
  ["Bidang", [["/bidang/sekretariat", "Sekretariat"], ["/bidang/distribusi-cadangan-pangan", "Distribusi dan Cadangan Pangan"],
    ["/bidang/ketersediaan-kerawanan-pangan", "Ketersediaan dan Kerawanan Pangan"],
    ["/bidang/konsumsi-keamanan-pangan", "Konsumsi dan Keamanan Pangan"], ["/bidang/uptd-bpsmp", "UPTD-BPSMP"]]],
  ["Media", [["/media/foto", "Foto"], ["/media/video", "Video"], ["/media/kegiatan", "Kegiatan"]]],
  ["Program", [["/program/apbn", "APBN"], ["/program/apbd", "APBD"]]],
  ["Kegiatan", [["/kegiatan/ldpm", "LDPM"], ["/kegiatan/krpl", "KRPL"], ["/kegiatan/lumbung-pangan", "Lumbung Pangan"],
    ["/kegiatan/demapan", "Demapan"], ["/kegiatan/pdrp", "PDRP"], ["/kegiatan/sertifikasi", "Sertifikasi"], ["/kegiatan/skpg", "SKPG"]]],
  ["Informasi", [["/informasi/pedoman-umum", "Pedoman Umum"], ["/informasi/peraturan", "Peraturan"],
    ["/informasi/info-pengadaan", "Info Pengadaan"], ["/informasi/laporan-kinerja", "Laporan Kinerja"]]],
  ["PPID", [["/ppid/profil-singkat", "Profil Singkat PPID"], ["/ppid/visi-misi", "Visi Misi PPID"],
    ["/ppid/tugas-fungsi", "Tugas dan Fungsi PPID"], ["/ppid/struktur-organisasi", "Struktur Organisasi PPID"],
    ["/ppid/informasi-berkala", "Informasi Secara Berkala"], ["/ppid/informasi-setiap-saat", "Informasi Setiap Saat"],
    ["/ppid/informasi-serta-merta", "Informasi Serta Merta"]]],
  ["Lapor", "https://www.lapor.go.id/"],
  ["Aplikasi", "https://sipangan-provsumbar.badanpangan.go.id/"],
  ["Informasi Layanan", [["/informasi-layanan/standar-pelayanan-publik", "Standar Pelayanan Publik"],
    ["/informasi-layanan/maklumat-layanan", "Maklumat Layanan"], ["/informasi-layanan/pengelolaan-pengaduan", "Pengelolaan Pengaduan"],
    ["/informasi-layanan/survey-kepuasan-masyarakat", "Survey Kepuasan Masyarakat"]]],
];
// The mobile menu lists the PPID items in another order (struktur last).
const mobilePpid = [0, 1, 2, 4, 5, 6, 3];

function searchBox(cls) {
  return `<form class="searchbox ${cls}"><input type="text" placeholder="Pencarian Data" maxlength="100">` +
    `<button type="submit" aria-label="Cari">&#128269;</button></form>`;
}
function navbar() {
  const desk = menus.map(([label, items]) => typeof items === "string"
    ? `<li><a href="${items}">${label}</a></li>`
    : `<li class="dd"><button type="button">${label} &#9662;</button><div class="menu">` +
      items.map(([h, t]) => `<a href="${h}">${t}</a>`).join("") + `</div></li>`).join("");
  return `<nav class="top">
  <div class="head"><a href="/"><img src="/logo-sumbar.png" alt="Logo Dinas Pangan Sumbar">
    <div>Dinas Pangan</div><div>Provinsi Sumatera Barat</div></a>
    <div class="searchbar">${searchBox("compact")}</div></div>
  <div class="bar"><ul class="desktop"><li><a href="/">Beranda</a></li>${desk}</ul>
    <button type="button" class="burger" id="burger" aria-label="Menu">&#9776;</button>
    <div id="mobile"></div></div>
</nav>`;
}
function mobileMenu() {
  const parts = menus.map(([label, items]) => {
    if (typeof items === "string") return `<div><a href="${items}">${label}</a></div>`;
    const list = label === "PPID" ? mobilePpid.map((i) => items[i]) : items;
    return `<div><div>${label}</div>` + list.map(([h, t]) => `<a href="${h}">${t}</a>`).join("") + `</div>`;
  }).join("");
  return `<div class="mobile-menu"><a href="/">Beranda</a>${parts}</div>`;
}
const crumbs = {
  "/profil/hubungi-kami": ["Profil", "Hubungi Kami"],
  "/ppid/profil-singkat": ["PPID", "Profil Singkat PPID"], "/ppid/visi-misi": ["PPID", "Visi Misi PPID"],
  "/ppid/tugas-fungsi": ["PPID", "Tugas dan Fungsi PPID"], "/ppid/struktur-organisasi": ["PPID", "Struktur Organisasi PPID"],
  "/ppid/informasi-berkala": ["PPID", "Informasi Secara Berkala"], "/ppid/informasi-setiap-saat": ["PPID", "Informasi Setiap Saat"],
  "/ppid/informasi-serta-merta": ["PPID", "Informasi Serta Merta"],
  "/informasi-layanan/standar-pelayanan-publik": ["Informasi Layanan", "Standar Pelayanan Publik"],
  "/informasi-layanan/maklumat-layanan": ["Informasi Layanan", "Maklumat Layanan"],
  "/informasi-layanan/pengelolaan-pengaduan": ["Informasi Layanan", "Pengelolaan Pengaduan"],
  "/informasi-layanan/survey-kepuasan-masyarakat": ["Informasi Layanan", "Survey Kepuasan Masyarakat"],
};
function breadcrumb() {
  const c = crumbs[path] || [];
  return `<nav class="breadcrumb"><ol><li><a href="/">Home</a></li>${c.map((x) => `<li><span>${x}</span></li>`).join("")}</ol></nav>`;
}
function footer() {
  return `<footer>
  <div><h3>Media Sosial</h3>
    <a href="https://www.facebook.com" target="_blank" rel="noopener noreferrer">Facebook</a>
    <a href="https://www.instagram.com" target="_blank" rel="noopener noreferrer">Instagram</a>
    <a href="https://www.twitter.com" target="_blank" rel="noopener noreferrer">Twitter</a>
    <a href="https://www.youtube.com" target="_blank" rel="noopener noreferrer">YouTube</a></div>
  <div><h3>Link Website</h3>
    <button type="button" data-open="https://www.pertanian.go.id/">Departemen Pertanian</button>
    <button type="button" data-open="https://sumbarprov.go.id/">Website Sumbar</button>
    <button type="button" data-open="https://komdat.kemkes.go.id/">Aplikasi Komunikasi Data</button>
    <button type="button" data-open="https://dinaspangan.sumbarprov.go.id/details/category/surek.sumbarprov.go.id">Surek</button></div>
  <div><h3>Statistik</h3><div>104 Online</div><div>372 Visitor Today</div><div>573 Visitor Yesterday</div>
    <div>5,872 All Visitor</div><div>35,515 Total Hits</div><div>140.213.145.188 Your IP</div></div>
  <div><h3>Dinas Pangan Provinsi Sumatera Barat</h3>
    <p>Email :</p><a href="mailto:dinaspangansumbar0@gmail.com">dinaspangansumbar0@gmail.com</a>
    <p>Telp :</p><a href="tel:+6275170515256">(0751) 7051526</a>
    <p>Alamat :</p><p>Jl. Jaksa Agung R.Soeprapto No.4,<br>Flamboyan Baru, Kec. Padang Bar,<br>Kota Padang, Sumatera Barat.</p></div>
  <p>&copy; ${new Date().getFullYear()} <span>Dinas Pangan Provinsi Sumatera Barat.</span> All Rights Reserved.</p>
</footer>`;
}
const layout = (body) => navbar() + breadcrumb() + body + footer();

// The seven PPID pages: the same card list, each card's 'READ MORE' button has no handler.
const ppid = {
  "/ppid/profil-singkat": ["PPID", "Pejabat Pengelola Informasi dan Dokumentasi", ["Informasi Resmi", "Layanan Publik"], [
    ["Definisi PPID", "Definisi dan Fungsi PPID", "PPID berfungsi sebagai pengelola dan penyampai dokumen yang dimiliki oleh badan publik sesuai dengan amanat UU 14/2008 tentang Keterbukaan Informasi Publik."],
    ["Fungsi Utama", "Fungsi Utama PPID", "Dengan keberadaan PPID maka masyarakat yang akan menyampaikan permohonan informasi lebih mudah dan tidak berbelit karena dilayani lewat satu pintu."],
    ["Dasar Hukum", "Undang-undang No 14 Tahun 2008 Tentang Keterbukaan Informasi Umum", "Dasar hukum utama yang mengatur keterbukaan informasi publik di Indonesia."],
    ["Dasar Hukum", "Peraturan Pemerintah Nomor 61 Tahun 2010", "Tentang Pelaksanaan Undang-undang Nomor 14 Tahun 2010 Tentang Keterbukaan Informasi Publik."],
    ["Dasar Hukum", "Peraturan Gubernur Sumatera Barat Nomor 6 Tahun 2017", "Tentang Pedoman Pengelolaan Informasi dan Dokumentasi Di Lingkungan Pemerintah Provinsi Sumatera Barat."],
    ["Tanggung Jawab", "Penyimpanan Informasi", "Bertanggung jawab dalam penyimpanan informasi dan dokumentasi dengan sistem yang terorganisir."],
    ["Tanggung Jawab", "Pelayanan Informasi Publik", "Memberikan pelayanan informasi kepada masyarakat sesuai dengan standar yang ditetapkan."]]],
  "/ppid/visi-misi": ["Visi Misi PPID", "Visi dan Misi Pejabat Pengelola Informasi dan Dokumentasi", ["Dokumen Resmi", "Visi Misi"], [
    ["Visi PPID", "Visi PPID Dinas Pangan Provinsi Sumatera Barat", "Menjadi lembaga yang terdepan dalam memberikan pelayanan informasi publik yang transparan, akuntabel, dan berkualitas untuk mendukung ketahanan pangan daerah."],
    ["Misi PPID", "Misi PPID Dinas Pangan Provinsi Sumatera Barat", "1. Menyediakan akses informasi publik yang mudah, cepat, dan akurat. 2. Meningkatkan transparansi dan akuntabilitas penyelenggaraan pemerintahan. 3. Memberikan pelayanan prima kepada masyarakat dalam memperoleh informasi."]]],
  "/ppid/tugas-fungsi": ["Tugas dan Fungsi PPID", "Tugas dan Fungsi Pejabat Pengelola Informasi dan Dokumentasi", ["Dokumen Resmi", "Tugas &amp; Fungsi"], [
    ["Tugas PPID", "Tugas Utama PPID", "Melaksanakan koordinasi dan konsolidasi pengumpulan bahan informasi dari seluruh unit kerja di lingkungan Dinas Pangan Provinsi Sumatera Barat."],
    ["Fungsi PPID", "Fungsi Pelayanan Informasi", "Memberikan pelayanan informasi publik kepada masyarakat secara cepat, tepat waktu, dan akurat sesuai dengan ketentuan peraturan perundang-undangan."],
    ["Tugas PPID", "Pengelolaan Dokumentasi", "Mengelola dokumentasi informasi secara sistematis untuk memudahkan akses dan pencarian informasi yang dibutuhkan masyarakat."],
    ["Fungsi PPID", "Koordinasi Internal", "Melakukan koordinasi dengan unit kerja terkait dalam penyediaan informasi yang diperlukan untuk mendukung transparansi pemerintahan."]]],
  "/ppid/struktur-organisasi": ["Struktur Organisasi PPID", "Struktur Organisasi Pejabat Pengelola Informasi dan Dokumentasi", ["Dokumen Resmi", "Organisasi"], [
    ["Struktur Organisasi", "Kepala Dinas Pangan sebagai Atasan PPID", "Bertanggung jawab atas keseluruhan pelaksanaan keterbukaan informasi publik di lingkungan Dinas Pangan Provinsi Sumatera Barat."],
    ["Struktur Organisasi", "PPID Utama Dinas Pangan", "Menjalankan fungsi koordinasi dan pengelolaan informasi publik secara keseluruhan di tingkat dinas."],
    ["Struktur Organisasi", "PPID Pembantu", "Membantu PPID Utama dalam pelaksanaan tugas pengelolaan informasi dan dokumentasi dari masing-masing bidang."],
    ["Struktur Organisasi", "Tim Teknis PPID", "Tim yang bertugas memberikan dukungan teknis dalam pengelolaan sistem informasi dan dokumentasi elektronik."]]],
  "/ppid/informasi-berkala": ["Informasi Secara Berkala", "Informasi yang disediakan dan diperbarui secara berkala oleh PPID", ["Dokumen Resmi", "Berkala"], [
    ["Informasi Berkala", "Laporan Kegiatan dan Kinerja PPID", "Laporan berkala mengenai kegiatan dan kinerja PPID dalam memberikan pelayanan informasi publik kepada masyarakat.", "Diperbarui setiap 3 bulan"],
    ["Informasi Berkala", "Daftar Informasi Publik", "Daftar lengkap informasi publik yang tersedia dan dapat diakses oleh masyarakat melalui PPID Dinas Pangan Provinsi Sumatera Barat.", "Diperbarui setiap bulan"],
    ["Informasi Berkala", "Statistik Permohonan Informasi", "Data statistik dan analisis permohonan informasi yang diterima dan diproses oleh PPID selama periode tertentu.", "Diperbarui setiap bulan"],
    ["Informasi Berkala", "Laporan Anggaran dan Keuangan", "Informasi mengenai anggaran dan keuangan yang terkait dengan operasional PPID dan pelayanan informasi publik.", "Diperbarui setiap tahun"]]],
  "/ppid/informasi-setiap-saat": ["Informasi Setiap Saat", "Informasi yang dapat diakses kapan saja oleh masyarakat", ["Dokumen Resmi", "Setiap Saat"], [
    ["Informasi Setiap Saat", "Profil Singkat Dinas Pangan", "Informasi umum mengenai profil, visi, misi, dan struktur organisasi Dinas Pangan Provinsi Sumatera Barat."],
    ["Informasi Setiap Saat", "Data Program dan Kegiatan", "Informasi mengenai program dan kegiatan yang dilaksanakan oleh Dinas Pangan dalam bidang ketahanan pangan."],
    ["Informasi Setiap Saat", "Laporan Keuangan", "Laporan keuangan dan anggaran yang dapat diakses oleh masyarakat sesuai dengan ketentuan yang berlaku."],
    ["Informasi Setiap Saat", "Prosedur Pelayanan Publik", "Informasi mengenai prosedur, persyaratan, dan mekanisme pelayanan publik yang tersedia di Dinas Pangan."]]],
  "/ppid/informasi-serta-merta": ["Informasi Serta Merta", "Informasi yang harus segera diumumkan karena bersifat mendesak", ["Dokumen Resmi", "Serta Merta"], [
    ["Informasi Serta Merta", "Pengumuman Darurat Ketahanan Pangan", "Informasi mengenai situasi darurat atau krisis yang berkaitan dengan ketahanan pangan yang perlu segera disampaikan kepada masyarakat."],
    ["Informasi Serta Merta", "Peringatan Keamanan Pangan", "Peringatan segera mengenai produk pangan yang tidak aman atau berbahaya bagi kesehatan masyarakat."],
    ["Informasi Serta Merta", "Pengumuman Kebijakan Mendesak", "Kebijakan atau peraturan baru yang bersifat mendesak dan perlu segera diketahui oleh masyarakat luas."],
    ["Informasi Serta Merta", "Informasi Bencana dan Mitigasi", "Informasi terkait bencana alam atau kejadian luar biasa yang berdampak pada ketahanan pangan daerah."]]],
};
function ppidPage([h1, sub, [b1, b2], items]) {
  return layout(`<div class="page"><div class="header"><h1>${h1}</h1><div></div><p>${sub}</p></div>
  <div class="cards">${items.map(([cat, title, content, date]) => `<div class="card"><div class="icon"></div><div>
    <span>${cat}</span><h3>${title}</h3><p>${content}</p>${date ? `<p>${date}</p>` : ""}
    <div><span>${b1}</span><span>${b2}</span></div><button type="button">READ MORE</button></div></div>`).join("")}</div></div>`);
}
const ul = (xs) => `<ul>${xs.map((x) => `<li><span>${x}</span></li>`).join("")}</ul>`;
const tiles = (xs) => xs.map(([i, h, p]) => `<div><div>${i}</div><h4>${h}</h4><p>${p}</p></div>`).join("");

const layanan = {
  "/informasi-layanan/standar-pelayanan-publik": `<main><h1>Standar Pelayanan Publik</h1>
  <h2>Tentang Standar Pelayanan Publik</h2>
  <p>Standar Pelayanan Publik adalah tolak ukur yang dipergunakan sebagai pedoman penyelenggaraan pelayanan dan acuan penilaian kualitas pelayanan sebagai kewajiban dan janji penyelenggara kepada masyarakat dalam rangka pelayanan yang berkualitas, cepat, mudah, terjangkau, dan terukur.</p>
  <h3>Komponen Standar Pelayanan</h3>${ul(["Dasar Hukum", "Persyaratan", "Sistem, Mekanisme, dan Prosedur", "Jangka Waktu Penyelesaian", "Biaya/Tarif"])}
  <h3>Prinsip Pelayanan</h3>${ul(["Sederhana", "Terbuka", "Partisipatif", "Berkeadilan", "Dapat Dipertanggungjawabkan"])}
  <h3>Jenis Pelayanan Dinas Ketahanan Pangan</h3>${tiles([["📋", "Perizinan", "Penerbitan izin usaha pangan dan sertifikasi"], ["🔍", "Pengawasan", "Monitoring dan evaluasi keamanan pangan"], ["📊", "Informasi", "Penyediaan data dan informasi pangan"]])}
  <h3>Waktu Pelayanan</h3><h4>Hari Kerja:</h4><p>Senin - Jumat</p><p>08:00 - 16:00 WIB</p><h4>Istirahat:</h4><p>12:00 - 13:00 WIB</p>
  <h3>Komitmen Pelayanan</h3>
  <p>Dinas Ketahanan Pangan Provinsi Sumatera Barat berkomitmen untuk memberikan pelayanan terbaik kepada masyarakat dengan menjunjung tinggi prinsip-prinsip pelayanan publik yang berkualitas.</p>
  <h4>Target Pelayanan:</h4><ul><li>• Kepuasan masyarakat ≥ 85%</li><li>• Waktu penyelesaian sesuai standar</li><li>• Zero complaint handling</li></ul>
  <h4>Kontak Pengaduan:</h4><p>Email: pengaduan@dinaspangan.sumbarprov.go.id</p><p>Telp: (0751) 123456</p></main>`,
  "/informasi-layanan/maklumat-layanan": `<main><h1>Maklumat Layanan</h1>
  <h2>Maklumat Pelayanan Dinas Ketahanan Pangan Provinsi Sumatera Barat</h2>
  <p>Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai dengan standar pelayanan yang telah ditetapkan dan apabila tidak menepati janji ini, kami siap menerima sanksi sesuai dengan peraturan perundang-undangan yang berlaku.</p>
  <h3>Janji Layanan Kami</h3><h4>Melayani Dengan:</h4>${ul(["Ramah dan sopan", "Cepat dan tepat waktu", "Transparan dan akuntabel", "Tidak diskriminatif"])}
  <h4>Memberikan:</h4>${ul(["Pelayanan berkualitas", "Informasi yang jelas", "Proses yang mudah", "Biaya sesuai ketentuan"])}
  <h3>Komitmen Waktu Pelayanan</h3>${tiles([["⚡", "Pelayanan Cepat", "Sesuai standar yang ditetapkan"], ["📱", "Respon Cepat", "Maksimal 1x24 jam"], ["🎯", "Tepat Sasaran", "Sesuai kebutuhan masyarakat"]])}
  <h3>Sanksi dan Kompensasi</h3><h4>Jika Kami Tidak Memenuhi Janji:</h4>${ul(["Meminta maaf secara terbuka", "Memberikan pelayanan ulang", "Menerapkan sanksi internal", "Melakukan perbaikan sistem"])}
  <h4>Hak Masyarakat:</h4>${ul(["Mengajukan keluhan", "Mendapat klarifikasi", "Meminta perbaikan", "Melaporkan pelanggaran"])}
  <h3>Kontak dan Informasi</h3><h4>Alamat Kantor:</h4><p>Jl. Raya Padang - Solok</p><p>Padang, Sumatera Barat</p><p>Kode Pos: 25000</p>
  <h4>Kontak:</h4><p>Telp: (0751) 123456</p><p>Fax: (0751) 123457</p><p>Email: info@dinaspangan.sumbarprov.go.id</p><p>Website: www.dinaspangan.sumbarprov.go.id</p>
  <h3>"Melayani Dengan Hati, Membangun Ketahanan Pangan"</h3><p>Kepala Dinas Ketahanan Pangan Provinsi Sumatera Barat</p>
  <div>Maklumat ini berlaku sejak tanggal ditetapkan dan akan dievaluasi secara berkala</div></main>`,
  "/informasi-layanan/pengelolaan-pengaduan": `<main><h1>Pengelolaan Pengaduan</h1>
  <h2>Tentang Pengelolaan Pengaduan</h2>
  <p>Pengelolaan pengaduan adalah proses penanganan pengaduan yang meliputi penerimaan, pencatatan, verifikasi, investigasi, analisis, dan penyelesaian pengaduan dari masyarakat mengenai pelayanan publik di lingkungan Dinas Ketahanan Pangan Provinsi Sumatera Barat.</p>
  <h3>Jenis Pengaduan</h3>${ul(["Keterlambatan pelayanan", "Pelayanan tidak sesuai standar", "Pungutan tidak resmi", "Sikap petugas yang tidak baik", "Fasilitas pelayanan tidak memadai"])}
  <h3>Cara Menyampaikan Pengaduan</h3>${ul(["📧 Email: pengaduan@dinaspangan.sumbarprov.go.id", "📞 Telepon: (0751) 123456", "💬 WhatsApp: 0812-3456-7890", "🏢 Datang langsung ke kantor", "📮 Kotak pengaduan"])}
  <h3>Alur Pengelolaan Pengaduan</h3>${tiles([["1", "Penerimaan", "Pengaduan diterima melalui berbagai kanal"], ["2", "Pencatatan", "Pengaduan dicatat dalam sistem"], ["3", "Verifikasi", "Verifikasi kebenaran pengaduan"], ["4", "Investigasi", "Investigasi dan analisis masalah"], ["5", "Penyelesaian", "Tindak lanjut dan penyelesaian"]])}
  <h3>Waktu Penyelesaian</h3><div><span>Pengaduan Sederhana:</span> <span>3 Hari Kerja</span></div><div><span>Pengaduan Kompleks:</span> <span>14 Hari Kerja</span></div><div><span>Konfirmasi Penerimaan:</span> <span>1x24 Jam</span></div>
  <h3>Persyaratan Pengaduan</h3>${ul(["Identitas pengadu yang jelas", "Uraian pengaduan yang rinci", "Bukti pendukung (jika ada)", "Kontak yang dapat dihubungi"])}
  <h3>Hak dan Kewajiban</h3><h4>Hak Pengadu:</h4>${ul(["Mendapat konfirmasi penerimaan", "Memperoleh informasi perkembangan", "Mendapat jawaban yang memuaskan", "Kerahasiaan identitas dijaga"])}
  <h4>Kewajiban Pengadu:</h4>${ul(["Menyampaikan informasi yang benar", "Memberikan bukti yang valid", "Kooperatif dalam investigasi", "Bertanggung jawab atas pengaduan"])}
  <h3>Unit Pengelola Pengaduan</h3><h4>Penanggung Jawab:</h4><p>Kepala Bagian Umum dan Kepegawaian</p><p>Dinas Ketahanan Pangan Provinsi Sumatera Barat</p>
  <h4>Jam Layanan:</h4><p>Senin - Jumat: 08:00 - 16:00 WIB</p><p>Istirahat: 12:00 - 13:00 WIB</p></main>`,
  "/informasi-layanan/survey-kepuasan-masyarakat": `<main><h1>Survey Kepuasan Masyarakat</h1>
  <h2>Tentang Survey Kepuasan Masyarakat (SKM)</h2>
  <p>Survey Kepuasan Masyarakat adalah pengukuran secara komprehensif tentang tingkat kepuasan masyarakat [...] dengan membandingkan antara harapan dan kebutuhannya.</p>
  <h3>Tujuan SKM</h3>${ul(["🎯 Mengukur tingkat kepuasan masyarakat", "📊 Mengetahui kelemahan pelayanan", "🔧 Meningkatkan kualitas pelayanan", "📈 Sebagai bahan evaluasi kinerja"])}
  <h3>Aspek Penilaian</h3>${ul(["⭐ Persyaratan pelayanan", "⭐ Sistem, mekanisme, dan prosedur", "⭐ Waktu penyelesaian", "⭐ Biaya/tarif pelayanan"])}
  <h3>Unsur Pelayanan yang Dinilai</h3>${tiles([["📋", "Prosedur", "Kemudahan tahapan pelayanan"], ["👥", "Petugas", "Kompetensi dan keramahan"], ["🏢", "Sarana", "Kenyamanan dan keamanan"]])}
  <h3>Metode Pelaksanaan SKM</h3><h4>Cara Survey:</h4>${ul(["📱 Survey online melalui website", "📝 Kuesioner langsung di kantor", "📞 Wawancara melalui telepon", "📧 Survey melalui email"])}
  <h4>Jadwal Survey:</h4><p><span>Triwulan I:</span> Januari - Maret</p><p><span>Triwulan II:</span> April - Juni</p><p><span>Triwulan III:</span> Juli - September</p><p><span>Triwulan IV:</span> Oktober - Desember</p>
  <h3>Hasil SKM Terbaru</h3>${tiles([["87.5", "Skor Kepuasan", "Kategori: Baik"], ["92%", "Tingkat Respons", "Partisipasi Aktif"], ["456", "Total Responden", "Periode Q3 2024"], ["9.2", "Nilai Mutu", "Skala 1-10"]])}
  <h3>Kategori Nilai Mutu</h3><p>25.00 - 64.99 Tidak Baik · 65.00 - 76.60 Kurang Baik · 76.61 - 88.30 Baik · 88.31 - 100.00 Sangat Baik</p>
  <h3>Manfaat Partisipasi</h3>${ul(["✨ Membantu meningkatkan kualitas layanan", "🤝 Memberikan masukan yang berharga", "🎯 Mendorong inovasi pelayanan", "📊 Data untuk pengambilan keputusan"])}
  <h3>Ikuti Survey Kepuasan Masyarakat</h3><p>Partisipasi Anda sangat berharga untuk meningkatkan kualitas pelayanan kami</p>
  <button type="button">Survey Online</button><button type="button">Unduh Kuesioner</button><button type="button">Lihat Hasil SKM</button>
  <h3>Kontak Tim SKM</h3><h4>Koordinator SKM:</h4><p>Nama: Tim Pengelola SKM</p><p>Email: skm@dinaspangan.sumbarprov.go.id</p><p>Telp: (0751) 123456 ext. 234</p>
  <h4>Jam Layanan:</h4><p>Senin - Jumat: 08:00 - 16:00 WIB</p><p>Istirahat: 12:00 - 13:00 WIB</p><p>Survey Online: 24/7</p></main>`,
};

function hubungiKami() {
  return layout(`<div class="page"><div class="header"><h1>Dinas Pangan Provinsi Sumatera Barat.</h1></div>
  <div><h3>Sekilas Info</h3>
    <div><span>email :</span> <span><a href="mailto:dinaspangansumbar0@gmail.com">dinaspangansumbar0@gmail.com</a>, website : <a href="https://dinaspangan.sumbarprov.go.id">dinaspangan.sumbarprov.go.id</a></span></div>
    <div><span>Dinas Pangan Provinsi Sumatera Barat</span></div></div>
  <div><h3>Lokasi Dinas Pangan</h3>
    <iframe title="Lokasi Dinas Pangan Provinsi Sumatera Barat" loading="lazy" src="https://maps.google.com/maps?q=Dinas+Pangan+Provinsi+Sumatera+Barat,+Jl.+Jaksa+Agung+R.Soeprapto+No.4,+Padang&amp;z=18&amp;output=embed"></iframe>
    <h4>Alamat Lengkap:</h4><p>Jl. Jaksa Agung R.Soeprapto No.4, Flamboyan Baru, Kec. Padang Bar., Kota Padang, Sumatera Barat 25114</p>
    <div><span>Telepon:</span> <a href="tel:+6275170515256">(0751) 7051526</a></div>
    <div><span>Email:</span> <a href="mailto:dinaspangansumbar@gmail.com">dinaspangansumbar0@gmail.com</a></div>
    <div><span>Website:</span> <a href="https://dinaspangan.sumbarprov.go.id" target="_blank" rel="noopener noreferrer">dinaspangan.sumbarprov.go.id</a></div></div></div>`);
}

const popular = [["LDPM", "Lahan Pertanian Pangan Berkelanjutan", "🌾"], ["KRPL", "Kawasan Rumah Pangan Lestari", "🏡"],
  ["PPID", "Pejabat Pengelola Informasi dan Dokumentasi", "📋"], ["Ketahanan Pangan", "Program ketahanan pangan", "🍚"],
  ["Laporan Kinerja", "Laporan kinerja tahunan", "📊"], ["Struktur Organisasi", "Struktur organisasi dinas", "🏢"]];
function home() {
  const berita = [["Dinas Pangan Provinsi Sumatera Barat Melaksanakan Rapat Optimalisasi Realisasi Kegiatan 2025", "23 Januari 2025"],
    ["Festival Pangan Nusantara tahun 2024 dan BAPANAS Awards 2023", "15 Desember 2024"],
    ["Dinas Pangan Sumbar Raih Penghargaan Stabilisasi Pasokan dan Harga Pangan", "15 September 2023"],
    ["Koordinasi Pelaksanaan Registrasi Sertifikasi Produk PSAT Sumatera Barat 2024", "3 Juni 2024"],
    ["Malam Anugerah Penghargaan Adhikarya Pangan Nusantara (APN) 2024", "20 November 2024"],
    ["Workshop Perencanaan Pembangunan Ketahanan Pangan Lingkup BKP Sumbar", "15 Maret 2024"]];
  return navbar() + `<section class="slider"><img src="/slide1.png" alt=""><img src="/slide2.png" alt="" hidden>
  <button type="button" aria-label="Previous">&lsaquo;</button><button type="button" aria-label="Next">&rsaquo;</button>
  <button type="button" class="dot"></button><button type="button" class="dot"></button></section>
<section class="quick"><h3>Pencarian Populer</h3>
  ${popular.map(([k, d, i]) => `<a href="/data/search?q=${encodeURIComponent(k)}"><div>${i}</div><h4>${k}</h4><p>${d}</p></a>`).join("")}
  <h3>Akses Cepat</h3><a href="/profil/visi-misi-tupoksi">🎯 Visi &amp; Misi</a><a href="/profil/struktur-organisasi">🏢 Struktur Organisasi</a>
  <a href="/data/berita">📰 Berita Terbaru</a><a href="/profil/hubungi-kami">📞 Hubungi Kami</a></section>
<section><h2>Profil Singkat</h2><p>Dinas Pangan Provinsi Sumatera Barat berkomitmen mewujudkan ketahanan pangan yang berkelanjutan dan gizi seimbang untuk masyarakat. Kami menjalankan program strategis mulai dari ketersediaan, distribusi, hingga keamanan pangan.</p>
  <a href="/profil/sekapur-sirih">Lihat Profile</a>
  <h2>Layanan Kami</h2>
  <a href="/informasi/info-pengadaan"><div>📄</div><div>Info Pengadaan</div><div>Informasi pengadaan barang dan jasa</div></a>
  <a href="/informasi/laporan-kinerja"><div>📊</div><div>Laporan Kinerja</div><div>Capaian kinerja dinas secara berkala</div></a>
  <a href="/media/kegiatan"><div>🖼️</div><div>Galeri Kegiatan</div><div>Dokumentasi foto dan video kegiatan</div></a>
  <a href="/profil/hubungi-kami"><div>📞</div><div>Hubungi Kami</div><div>Informasi kontak dan alamat</div></a></section>
<section><h2>Berita Utama</h2>${berita.map(([t, d]) => `<div><h3>${t}</h3><p>[...]</p><span>${d}</span><span>Berita</span></div>`).join("")}
  <h3>Pengumuman</h3><p>Agenda Kegiatan</p><p>Informasi terkini mengenai kegiatan dinas</p><p>Pengumuman Pengadaan</p><p>Info pengadaan barang dan jasa</p><p>Info Penting Lainnya</p><p>Informasi penting untuk masyarakat</p>
  <h3>Agenda</h3><p>Rapat Koordinasi Pangan</p><p>28 | Jul | 2025</p><p>Sosialisasi Keamanan Pangan</p><p>30 | Jul | 2025</p><p>Monitoring Distribusi Pangan</p><p>02 | Aug | 2025</p></section>
<section><h2>Resep Pangan Lokal</h2><h3>Bingka Kentang</h3><p>Bahan: 3 Butir Telur Bebek [...]</p><p>Pancake Kentang</p><p>Resep Kue Talam</p><p>Kue Lumpur Ubi Ungu</p>
  <h2>Artikel</h2><h3>Revisi Renstra Dinas Pangan Prov. Sumbar Tahun 2016-2021</h3><h3>Laporan Kinerja Dinas Pangan Provinsi Sumatera Barat Tahun 2021</h3><h3>Panduan Keamanan Pangan untuk Masyarakat</h3>
  <h2>Informasi Harga Pangan</h2><h3>Daftar Harga Pangan di Titik (Dinas Pangan Sumbar) Tanggal 24 Mei 2018</h3><h3>Panen, Harga Beras Tetap Tinggi</h3>
  <h3>Info Harga Komoditas Pangan Harian</h3><p>Update setiap hari • Live Data</p><h3>Monitoring Harga Pangan Strategis</h3><p>Laporan mingguan • Data Terkini</p></section>` + footer();
}

// /data/search: no navbar or footer; a client-side search over a hard-coded index of 18 site pages
// ('Data dummy untuk demonstrasi' in the source), run 500 ms after ?q= is read.
const index = [
  ["Visi, Misi dan Tupoksi Dinas Pangan", "Visi misi dan tugas pokok fungsi Dinas Pangan Provinsi Sumatera Barat dalam mengelola ketahanan pangan", "Profil", "/profil/visi-misi-tupoksi"],
  ["Struktur Organisasi Dinas Pangan", "Struktur organisasi lengkap Dinas Pangan Provinsi Sumatera Barat beserta jabatan dan tugas masing-masing", "Profil", "/profil/struktur-organisasi"],
  ["Kegiatan LDPM (Lahan Pertanian Pangan Berkelanjutan)", "Program kegiatan LDPM untuk mendukung pertanian pangan berkelanjutan di Sumatera Barat dan meningkatkan produktivitas lahan", "Kegiatan", "/kegiatan/ldpm"],
  ["Kegiatan KRPL (Kawasan Rumah Pangan Lestari)", "Program KRPL untuk mengembangkan kawasan rumah pangan lestari dan pemberdayaan masyarakat dalam ketahanan pangan", "Kegiatan", "/kegiatan/krpl"],
  ["Distribusi dan Cadangan Pangan", "Bidang yang menangani distribusi dan cadangan pangan di Sumatera Barat untuk menjamin ketersediaan pangan", "Bidang", "/bidang/distribusi-cadangan-pangan"],
  ["Konsumsi dan Keamanan Pangan", "Bidang yang mengawasi konsumsi dan keamanan pangan masyarakat serta standar mutu dan keamanan produk pangan", "Bidang", "/bidang/konsumsi-keamanan-pangan"],
  ["Informasi Berkala PPID", "Informasi yang disediakan secara berkala oleh PPID Dinas Pangan termasuk laporan kinerja dan program kerja", "PPID", "/ppid/informasi-berkala"],
  ["Pedoman Umum Ketahanan Pangan", "Pedoman umum untuk menjaga ketahanan pangan di wilayah Sumatera Barat dan implementasi program pangan", "Informasi", "/informasi/pedoman-umum"],
  ["Laporan Kinerja Tahunan", "Laporan kinerja tahunan Dinas Pangan Provinsi Sumatera Barat mencakup capaian program dan anggaran", "Informasi", "/informasi/laporan-kinerja"],
  ["Berita Terbaru Dinas Pangan", "Kumpulan berita dan informasi terbaru dari Dinas Pangan tentang program, kegiatan, dan pencapaian terkini", "Data", "/data/berita"],
  ["Download Dokumen", "Kumpulan dokumen yang dapat diunduh terkait Dinas Pangan seperti formulir, panduan, dan peraturan", "Data", "/data/download"],
  ["Program APBN Ketahanan Pangan", "Program-program yang didanai APBN untuk ketahanan pangan seperti bantuan pupuk, bibit, dan infrastruktur pertanian", "Program", "/program/apbn"],
  ["Kegiatan Lumbung Pangan", "Program pembangunan dan pengelolaan lumbung pangan untuk stabilisasi harga dan ketersediaan pangan", "Kegiatan", "/kegiatan/lumbung-pangan"],
  ["Sertifikasi Pangan", "Program sertifikasi dan standarisasi produk pangan untuk menjamin kualitas dan keamanan pangan konsumen", "Kegiatan", "/kegiatan/sertifikasi"],
  ["Ketersediaan dan Kerawanan Pangan", "Bidang yang menangani ketersediaan pangan dan pemetaan daerah rawan pangan di Sumatera Barat", "Bidang", "/bidang/ketersediaan-kerawanan-pangan"],
  ["UPTD BPSMP (Balai Pengujian Standar Mutu Pangan)", "Unit Pelaksana Teknis Daerah Balai Pengujian Standar Mutu Pangan untuk pengujian kualitas produk pangan", "Bidang", "/bidang/uptd-bpsmp"],
  ["Visi Misi PPID", "Visi dan misi Pejabat Pengelola Informasi dan Dokumentasi Dinas Pangan dalam pelayanan informasi publik", "PPID", "/ppid/visi-misi"],
  ["Standar Pelayanan Publik", "Standar pelayanan publik Dinas Pangan dalam memberikan layanan kepada masyarakat dan stakeholder", "Informasi Layanan", "/informasi-layanan/standar-pelayanan-publik"],
];
function searchPage() {
  const q = new URLSearchParams(location.search).get("q") || "";
  setTimeout(() => {
    const input = document.getElementById("q");
    input.value = q;
    const go = () => { if (input.value.trim()) location.href = `/data/search?q=${encodeURIComponent(input.value.trim())}`; };
    document.getElementById("go").addEventListener("click", go);
    input.addEventListener("keypress", (e) => { if (e.key === "Enter") go(); });
    if (!q.trim()) return;
    const out = document.getElementById("results");
    out.innerHTML = `<p>Mencari data...</p>`;
    setTimeout(() => {
      const s = q.toLowerCase();
      const hits = index.filter(([t, c, k]) => t.toLowerCase().includes(s) || c.toLowerCase().includes(s) || k.toLowerCase().includes(s));
      out.innerHTML = `<h2>Hasil Pencarian untuk "${q.replace(/</g, "&lt;")}"</h2><p>Ditemukan ${hits.length} hasil</p>` +
        (hits.length === 0
          ? `<h3>Tidak ada hasil ditemukan</h3><p>Coba gunakan kata kunci yang berbeda atau lebih umum</p><button type="button" id="reset">Coba pencarian baru</button>`
          : hits.map(([t, c, k, u]) => `<div class="result"><span>${k}</span><h3><a href="${u}">${t}</a></h3><p>${c}</p><a href="${u}">Lihat</a></div>`).join(""));
      document.getElementById("popular").hidden = true;
    }, 500);
  });
  return `<div class="page"><h1>Pencarian Data</h1><p>Cari informasi, dokumen, dan data Dinas Pangan Provinsi Sumatera Barat</p>
  <div><input type="text" id="q" placeholder="Masukkan kata kunci pencarian..."><button type="button" id="go" aria-label="Cari">&#128269;</button>
  <p><strong>Tips pencarian:</strong> Gunakan kata kunci seperti "pangan", "kegiatan", "LDPM", "PPID", dll.</p></div>
  <div id="results"></div>
  <div id="popular"><h2>Pencarian Populer</h2>${popular.map(([k, d]) => `<button type="button" data-q="${k}"><h3>${k}</h3><p>${d}</p></button>`).join("")}</div></div>`;
}

function render() {
  if (path === "/") return home();
  if (ppid[path]) return ppidPage(ppid[path]);
  if (layanan[path]) return layout(layanan[path]);
  if (path === "/profil/hubungi-kami") return hubungiKami();
  if (path === "/data/search") return searchPage();
  return ""; // react-router renders nothing for an unknown path (no catch-all route)
}
root.innerHTML = render();

document.addEventListener("submit", (e) => {
  if (!e.target.matches("form.searchbox")) return;
  e.preventDefault();
  const v = e.target.querySelector("input").value.trim();
  if (v) location.href = `/data/search?q=${encodeURIComponent(v)}`;
  else alert("Kolom tidak boleh kosong.");
});
document.addEventListener("click", (e) => {
  const b = e.target.closest("button");
  if (!b) return;
  if (b.id === "burger") {
    const m = document.getElementById("mobile");
    m.innerHTML = m.innerHTML ? "" : mobileMenu();
  } else if (b.dataset.open) window.open(b.dataset.open, "_blank", "noopener,noreferrer");
  else if (b.dataset.q) location.href = `/data/search?q=${encodeURIComponent(b.dataset.q)}`;
  else if (b.id === "reset") { document.getElementById("results").innerHTML = ""; document.getElementById("q").value = ""; document.getElementById("popular").hidden = false; }
});
