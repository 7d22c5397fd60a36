// Compact rewrite (no React) of the RS Paru Sumatera Barat Vite/React app: Navbar, Footer, Home and the four
// pages of the PPID dropdown (ProfilPPID, InformasiBerkala, Keberatan, Maklumat). react-router <Link>s are plain
// <a href>s. Desktop dropdowns exist in the DOM only while hovered (as the original's conditional rendering);
// mobile accordions only once their button is clicked. Tabs render only the active tab's content.
const root = document.getElementById("root");
const path = location.pathname.replace(/\/$/, "") || "/";
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;");

const menus = {
  profil: [["/visi", "Visi dan Misi", "Arah dan tujuan kami"], ["/tugas", "Tugas dan Pokok Fungsi", "Tugas dan fungsi organisasi"],
    ["/sejarah", "Sejarah", "Perjalanan RS Paru Sumbar"], ["/galeri", "Galeri", "Foto dan video kegiatan"], ["/artikel", "Artikel", "Berita dan informasi"]],
  pelayananMedis: [["/igd", "Instalasi Gawat Darurat", "Pelayanan 24 jam"], ["/rawat", "Rawat Jalan", "Konsultasi dan pemeriksaan"],
    ["/inap", "Rawat Inap", "Fasilitas perawatan"]],
  penunjangMedis: [["/labor", "Laboratorium", "Pemeriksaan diagnostik"], ["/radio", "Radiologi", "Pemindaian gambar medis"],
    ["/farmasi", "Farmasi", "Layanan obat-obatan"]],
  PPID: [["/profilPPID", "Profil PPID", "Pejabat Pengelola Informasi dan Dokumentasi"], ["/informasiBerkala", "Informasi Berkala", "Informasi yang wajib diumumkan"],
    ["/keberataninformasi", "Keberatan Informasi", "Prosedur pengajuan keberatan"], ["/maklumat", "Maklumat", "Maklumat pelayanan"]],
};
const labels = { profil: "Profil", pelayananMedis: "Pelayanan Medis", penunjangMedis: "Penunjang Medis", PPID: "PPID" };
const otherInfo = [["/tarif", "Tarif Layanan"], ["/jadwaldokter", "Jadwal Dokter"], ["/alurpasien", "Alur Pasien"], ["/alurkomplain", "Alur Komplain"]];

function desktopMenu(name) {
  let h = `<div class="dd-menu"><div class="py-1">` +
    menus[name].map(([to, t, s]) => `<a href="${to}"><div class="font-medium">${t}</div><div class="text-xs">${s}</div></a>`).join("");
  if (name === "pelayananMedis") {
    h += `<div class="px-4 py-2"><p class="text-xs uppercase">Informasi Lainnya</p></div>` +
      otherInfo.map(([to, t]) => `<a href="${to}"><span class="dot"></span>${t}</a>`).join("");
  }
  return h + `</div></div>`;
}
function mobileMenu(name) {
  const items = name === "pelayananMedis" ? [...menus[name].map((m) => [m[0], m[1]]), ["/tarif", "Tarif Layanan"]] : menus[name].map((m) => [m[0], m[1]]);
  return `<div class="mt-2 mobile-sub">` + items.map(([to, t]) => `<a href="${to}">${t}</a>`).join("") + `</div>`;
}
const navbar = `
<nav class="navbar">
  <div class="container"><div class="flex">
    <a href="/" class="brand"><img src="./images/logo.png" alt="Logo"><span>RS Paru Sumbar</span></a>
    <div class="hidden lg:flex desktop-nav">
      <a href="/">Beranda</a>
      ${["profil", "pelayananMedis", "penunjangMedis", "PPID"].map((n) =>
        `<div class="relative dropdown" data-dd="${n}"><button type="button"><span>${labels[n]}</span> &#9662;</button></div>`).join("")}
      <a href="/unggulan">Layanan Unggulan</a>
    </div>
    <div class="flex-end">
      <a href="/profilPPID" class="hidden lg:block btn">Hubungi Kami</a>
      <button type="button" class="lg:hidden burger" aria-controls="mobile-menu" aria-expanded="false"><span class="sr-only">Open main menu</span>&#9776;</button>
    </div>
  </div></div>
  <div class="hidden lg:hidden" id="mobile-menu">
    <a href="/">Beranda</a>
    ${["profil", "pelayananMedis", "penunjangMedis", "PPID"].map((n) =>
      `<div class="py-1 m-dd" data-mdd="${n}"><button type="button"><span>${labels[n]}</span> &#9662;</button></div>`).join("")}
    <div class="py-1"><a href="/unggulan">Layanan Unggulan</a></div>
    <div class="pt-4 pb-3"><a href="/kontak" class="btn">Hubungi Kami</a></div>
  </div>
</nav>`;

const footer = `
<footer>
  <div class="grid">
    <div>
      <div><img src="./images/logo.png" alt="RS Paru Sumbar"><span>RS Paru Sumbar</span></div>
      <p>Memberikan pelayanan kesehatan paru dan pernapasan secara berkualitas, profesional, dan paripurna.</p>
      <div class="social">
        <a href="https://facebook.com" aria-label="Facebook">f</a>
        <a href="https://twitter.com" aria-label="Twitter">t</a>
        <a href="https://instagram.com" aria-label="Instagram">i</a>
        <a href="https://youtube.com" aria-label="YouTube">y</a>
      </div>
    </div>
    <div><h3>Tautan Cepat</h3><ul>
      <li><a href="/visi">Visi dan Misi</a></li><li><a href="/sejarah">Sejarah</a></li><li><a href="/galeri">Galeri</a></li>
      <li><a href="/artikel">Artikel</a></li><li><a href="/kontak">Hubungi Kami</a></li></ul></div>
    <div><h3>Pelayanan</h3><ul>
      <li><a href="/igd">Instalasi Gawat Darurat</a></li><li><a href="/rawat">Rawat Jalan</a></li><li><a href="/inap">Rawat Inap</a></li>
      <li><a href="/unggulan">Layanan Unggulan</a></li><li><a href="/jadwaldokter">Jadwal Dokter</a></li></ul></div>
    <div><h3>Kontak</h3>
      <div><span>Jl. Raya Siteba, Surau Gadang, Kec. Nanggalo, Kota Padang, Sumatera Barat</span></div>
      <div><span>(0752) 123456</span></div>
      <div><span>info@rsparusumbar.go.id</span></div>
      <div><span>Senin - Jumat: 08.00 - 16.00 WIB</span></div>
    </div>
  </div>
  <div class="copy"><p>Copyright &copy; ${new Date().getFullYear()} RS Paru Sumatera Barat. All rights reserved.</p></div>
</footer>`;

const hero = (title, sub) => `<div class="hero"><div><h1>${title}</h1><p>${sub}</p></div></div>`;
const contactCard = (title, text, href, label) =>
  `<div class="cta"><div><h3>${title}</h3><p>${text}</p></div><div><a href="${href}">${label}</a></div></div>`;
function tabs(id, list, active) {
  return `<div class="tabs" id="${id}">` + list.map(([k, t]) =>
    `<button type="button" data-tab="${k}" class="${k === active ? "active" : ""}">${t}</button>`).join("") + `</div>`;
}

// ---------- Home ----------
function home() {
  return `<div>
<section class="hero-home">
  ${navbar}
  <div><h1>Rumah Sakit Paru<br>Sumatera Barat</h1>
    <p>Layanan 24 Jam, Siap Membantu Anda</p>
    <p>Memberikan Pelayanan Kesehatan Paru dan Pernapasan secara Berkualitas, Profesional dan Paripurna.</p>
    <div><a href="/igd">Layanan Kami</a> <a href="/profilPPID">Hubungi Kami</a></div></div>
  <div><a href="#services" aria-label="scroll">&#8595;</a></div>
</section>
<section id="services"><h2>Layanan Unggulan Kami</h2>
  <p>RS Paru Sumatera Barat menyediakan berbagai layanan unggulan untuk kesehatan paru dan pernapasan Anda</p>
  <div class="cards">
    <div><h3>Pelayanan Paru</h3><p>Pelayanan diagnostik dan terapi untuk berbagai penyakit paru.</p><a href="/unggulan">Selengkapnya</a></div>
    <div><h3>Laboratorium TB-MDR</h3><p>Diagnosis dan pengobatan untuk kasus TB Multi-Drug Resistant.</p><a href="/unggulan">Selengkapnya</a></div>
    <div><h3>Spirometri</h3><p>Pengujian fungsi paru dengan peralatan modern dan akurat.</p><a href="/unggulan">Selengkapnya</a></div>
    <div><h3>Rawat Inap &amp; Gawat Darurat</h3><p>Pelayanan rawat inap dan gawat darurat 24 jam.</p><a href="/unggulan">Selengkapnya</a></div>
  </div></section>
<section class="stats"><div>24<br>Jam Pelayanan</div><div>50+<br>Tenaga Medis</div><div>100+<br>Pasien per Hari</div><div>25+<br>Tahun Pengalaman</div></section>
<section><h2>Berita Terbaru</h2><p>Ikuti informasi dan kegiatan terbaru dari RS Paru Sumatera Barat</p>
  <div class="cards">
    <div><img src="./images/news1.jpeg" alt="Hasil Ujian"><div>5 hari yang lalu</div><h3>Hasil Ujian Calon Pegawai Kontrak BLUD</h3>
      <p>Pengumuman hasil seleksi dan tahapan selanjutnya untuk calon pegawai kontrak BLUD RS Paru Sumatera Barat.</p><a href="/berita">Baca Selengkapnya</a></div>
    <div><img src="./images/news2.jpeg" alt="Rekrutmen Pegawai"><div>2 minggu yang lalu</div><h3>Rekrutmen Pegawai Non ASN (Kontrak) BLUD</h3>
      <p>RS Paru Sumatera Barat membuka lowongan untuk posisi Dokter Spesialis, Perawat, dan Teknisi Laboratorium.</p><a href="/berita">Baca Selengkapnya</a></div>
    <div><div>1 bulan yang lalu</div><h3>Kegiatan Bakti Sosial dalam Rangka HUT</h3>
      <p>RS Paru Sumatera Barat mengadakan kegiatan bakti sosial pemeriksaan kesehatan gratis untuk masyarakat sekitar.</p><a href="/berita">Baca Selengkapnya</a></div>
    <div><div>1 bulan yang lalu</div><h3>Seminar Kesehatan Paru dan Pernafasan</h3>
      <p>RS Paru Sumatera Barat menyelenggarakan seminar kesehatan dengan tema 'Menjaga Kesehatan Paru di Era Modern'.</p><a href="/berita">Baca Selengkapnya</a></div>
  </div>
  <div><a href="/artikel">Lihat Semua Berita</a></div></section>
<section><h2>Galeri RS Paru Sumatera Barat</h2><p>Lihat koleksi foto fasilitas dan kegiatan di RS Paru Sumatera Barat</p>
  <div class="gallery">[...]</div><div><a href="/galeri">Lihat Lebih Banyak Foto</a></div></section>
<section class="cta"><div><h2>Butuh Bantuan atau Informasi?</h2>
  <p>Tim kami siap membantu Anda 24 jam setiap hari. Hubungi kami untuk informasi lebih lanjut.</p></div>
  <div><a href="/kontak">Hubungi Kami</a></div></section>
${footer}
</div>`;
}

// ---------- Profil PPID ----------
const legalDocuments = [
  ["📱", "Undang-Undang No 11 Tahun 2008", "Tentang Informasi dan Transaksi Elektronik"],
  ["📊", "Undang-Undang No 14 Tahun 2008", "Tentang Keterbukaan Informasi Publik"],
  ["📖", "Peraturan Pemerintah Nomor 61 Tahun 2010", "Tentang Pelaksanaan Undang-Undang Nomor 14 Tahun 2010 Tentang Keterbukaan Informasi Publik"],
  ["📋", "Peraturan Pemerintah Nomor 35 Tahun 2010", "Tentang Pedoman Pengelolaan Informasi dan Dokumentasi di Lingkungan Kementrian Dalam Negeri Dan Pemerintah Daerah"],
  ["📜", "Peraturan Komisi Informasi Nomor 1 Tahun 2010", "Tentang Standar Layanan Informasi Publik"],
  ["🏛️", "Peraturan Gubernur Sumatera Barat Nomor 6 Tahun 2017", "Tentang Pedoman Pengelolaan Informasi dan Dokumentasi di Lingkungan Pemerintah Provinsi Sumatera Barat"],
];
const ppidFunctions = [
  "Mengkoordinasikan pengumpulan informasi dan dokumentasi dari setiap unit kerja",
  "Menyimpan, mendokumentasikan, menyediakan, dan memberi pelayanan informasi",
  "Melakukan verifikasi bahan informasi publik",
  "Mengklasifikasikan informasi dan/atau pengubahannya",
  "Menetapkan informasi yang dikecualikan yang telah habis jangka waktu pengecualiannya",
  "Menyediakan informasi dan dokumentasi untuk akses publik",
  "Melakukan pengujian konsekuensi",
  "Melakukan pemutakhiran informasi dan dokumentasi",
  "Menyediakan informasi dan dokumentasi untuk diakses oleh masyarakat",
];
const infoCategories = [
  ["Informasi yang Wajib Disediakan dan Diumumkan Secara Berkala", ["Profil Rumah Sakit", "Informasi kinerja Rumah Sakit", "Informasi keuangan", "Laporan akses informasi publik"]],
  ["Informasi yang Wajib Diumumkan Secara Serta Merta", ["Informasi tentang bencana alam", "Informasi keadaan darurat kesehatan", "Informasi yang dapat mengancam hajat hidup orang banyak"]],
  ["Informasi yang Wajib Tersedia Setiap Saat", ["Daftar informasi publik", "Informasi kebijakan Rumah Sakit", "Prosedur kerja terkait pelayanan masyarakat", "Laporan pelayanan akses informasi"]],
];
const profilTabs = {
  overview: () => `<div><h2>Tentang PPID</h2>
  <div class="cards">
    <div><div>🔍</div><h3>Definisi</h3><p>Pejabat Pengelola Informasi dan Dokumentasi (PPID) adalah pejabat yang bertanggung jawab di bidang penyimpanan,
      pendokumentasian, penyediaan, dan/atau pelayanan informasi di badan publik.</p></div>
    <div><div>🎯</div><h3>Tujuan</h3><p>Mewujudkan pelayanan cepat, tepat, dan sederhana dalam rangka memenuhi kebutuhan pelayanan
      informasi publik serta menjamin hak warga negara untuk mendapatkan akses informasi publik.</p></div>
    <div><div>⚖️</div><h3>Prinsip</h3><p>Pelayanan informasi publik dilaksanakan berdasarkan prinsip keterbukaan, ketepatan waktu,
      kemudahan pemerolehan informasi, dan sesuai dengan ketentuan yang berlaku.</p></div>
  </div>
  <h3>Tugas dan Fungsi PPID</h3>
  <ul>${ppidFunctions.map((f) => `<li><span>${f}</span></li>`).join("")}</ul>
  <h3>Kategori Informasi Publik</h3>
  <div>${infoCategories.map(([t, ex]) => `<div><div><h4>${t}</h4></div><div><ul>${ex.map((e) => `<li><span>${e}</span></li>`).join("")}</ul></div></div>`).join("")}</div>
</div>`,
  legal: () => `<div><h2>Dasar Hukum PPID</h2>
  <div><p>PPID RS Paru Sumatera Barat menjalankan tugas dan fungsinya berdasarkan peraturan
    perundang-undangan yang berlaku terkait keterbukaan informasi publik.</p></div>
  <div>${legalDocuments.map(([i, t, d]) => `<div><div>${i}</div><div><h3>${t}</h3><p>${d}</p></div></div>`).join("")}</div>
</div>`,
  structure: () => `<div><h2>Struktur Organisasi PPID</h2>
  <div class="org">
    <div><h3>Atasan PPID</h3><p>Direktur RS Paru Sumatera Barat</p><p>Bertanggung jawab atas kebijakan terkait informasi publik</p></div>
    <div><h3>PPID Utama</h3><p>Kepala Bagian Humas</p><p>Bertanggung jawab atas pelaksanaan pelayanan informasi publik</p></div>
    <div class="team">
      <div><h3>Bidang Pengolahan Data &amp; Klasifikasi Informasi</h3><p>Sub Bagian Data &amp; Informasi</p><p>Bertanggung jawab mengolah dan mengklasifikasi informasi publik</p></div>
      <div><h3>Bidang Pelayanan &amp; Dokumentasi Informasi</h3><p>Sub Bagian Dokumen &amp; Arsip</p><p>Bertanggung jawab melayani permohonan informasi dan dokumentasi</p></div>
      <div><h3>Bidang Penyelesaian Sengketa Informasi</h3><p>Bagian Hukum</p><p>Bertanggung jawab menangani sengketa informasi publik</p></div>
    </div>
  </div>
  <div><h3>Mekanisme Permohonan Informasi</h3>
    <ol>
      <li><span>Mengajukan Permohonan</span><p>Pemohon mengisi formulir permohonan informasi yang tersedia di loket PPID atau melalui website.</p></li>
      <li><span>Verifikasi Permohonan</span><p>PPID memverifikasi kelengkapan permohonan dan memberikan nomor pendaftaran.</p></li>
      <li><span>Penelusuran Informasi</span><p>PPID melakukan penelusuran informasi yang diminta ke unit kerja terkait.</p></li>
      <li><span>Penyediaan Informasi</span><p>PPID menyediakan informasi sesuai permohonan dalam waktu 10 hari kerja (dapat diperpanjang 7 hari).</p></li>
      <li><span>Penyerahan Informasi</span><p>Informasi diserahkan kepada pemohon sesuai dengan format yang diminta.</p></li>
    </ol></div>
</div>`,
};
function profil() {
  return `<div>${navbar}${hero("Profil PPID", "Pejabat Pengelola Informasi dan Dokumentasi RS Paru Sumatera Barat")}
<div class="content">
  <div><p>Pejabat Pengelola Informasi dan Dokumentasi (PPID) berfungsi sebagai pengelola dan penyampai
    dokumen yang dimiliki oleh badan publik sesuai dengan amanat UU 14/2008 tentang Keterbukaan
    Informasi Publik. Dengan keberadaan PPID, masyarakat yang akan menyampaikan permohonan
    informasi lebih mudah dan tidak berbelit karena dilayani lewat satu pintu.</p></div>
  ${tabs("tabs", [["overview", "Tentang PPID"], ["legal", "Dasar Hukum"], ["structure", "Struktur PPID"]], "overview")}
  <div id="tab-content"></div>
  ${contactCard("Hubungi PPID RS Paru Sumatera Barat", `Untuk permohonan informasi publik, silakan hubungi kami melalui kontak berikut
    atau datang langsung ke kantor PPID RS Paru Sumatera Barat.`, "mailto:ppid@rsparusumbar.go.id", "Ajukan Permohonan")}
</div>${footer}</div>`;
}

// ---------- Informasi Berkala ----------
// The source's own comment: "Example data - replace with your actual data"
const data = [
  [1, "Laporan Kinerja Tahunan", 2023, "laporan", "laporan_kinerja_2023.pdf", "2.5 MB"],
  [2, "Rencana Strategis 2022-2026", 2022, "rencana", "renstra_2022_2026.pdf", "3.1 MB"],
  [3, "Laporan Keuangan Audited", 2022, "keuangan", "laporan_keuangan_2022.pdf", "4.7 MB"],
  [4, "Statistik Layanan Pasien", 2022, "statistik", "statistik_layanan_2022.pdf", "1.8 MB"],
  [5, "Informasi Program Kerja", 2022, "program", "program_kerja_2022.pdf", "2.2 MB"],
  [6, "Laporan Akses Informasi Publik", 2022, "laporan", "laporan_akses_2022.pdf", "1.5 MB"],
  [7, "Profil Rumah Sakit", 2022, "profil", "profil_rs_2022.pdf", "3.6 MB"],
  [8, "Laporan Kinerja Semester I", 2022, "laporan", "lap_kinerja_sem1_2022.pdf", "2.3 MB"],
  [9, "Laporan Kinerja Semester II", 2022, "laporan", "lap_kinerja_sem2_2022.pdf", "2.4 MB"],
  [10, "Anggaran Pendapatan dan Belanja", 2022, "keuangan", "anggaran_2022.pdf", "2.9 MB"],
  [11, "Rencana Kerja Tahunan", 2021, "rencana", "rencana_kerja_2021.pdf", "1.7 MB"],
  [12, "Laporan Keuangan Audited", 2021, "keuangan", "laporan_keuangan_2021.pdf", "4.5 MB"],
].map(([no, judul, tahun, kategori, file, ukuran]) => ({ no, namaInstansi: "RS Paru Sumbar", judul, tahun, kategori, file, ukuran }));
const categories = [["all", "Semua Kategori"], ["laporan", "Laporan"], ["keuangan", "Keuangan"], ["rencana", "Perencanaan"],
  ["statistik", "Statistik"], ["profil", "Profil"], ["program", "Program"]];
const st = { search: "", filter: "all", page: 1 };
function berkalaTable() {
  const q = st.search.toLowerCase();
  const rows = data.filter((i) => (i.judul.toLowerCase().includes(q) || i.namaInstansi.toLowerCase().includes(q) || i.file.toLowerCase().includes(q))
    && (st.filter === "all" || i.kategori === st.filter));
  const pages = Math.ceil(rows.length / 5);
  const first = (st.page - 1) * 5;
  let h = "";
  if (rows.length) {
    h += `<table><thead><tr><th scope="col">No</th><th scope="col">Judul</th><th scope="col">Instansi</th><th scope="col">Tahun</th><th scope="col">Kategori</th><th scope="col">File</th></tr></thead><tbody>` +
      rows.slice(first, first + 5).map((i, k) => `<tr><td>${first + k + 1}</td><td>${i.judul}</td><td>${i.namaInstansi}</td><td>${i.tahun}</td>
        <td><span>${(categories.find((c) => c[0] === i.kategori) || [0, i.kategori])[1]}</span></td>
        <td><a href="#${i.file}"><span>PDF</span><span>${i.file}</span><span>(${i.ukuran})</span></a></td></tr>`).join("") + `</tbody></table>`;
  } else {
    h += `<div><h3>Tidak ada dokumen yang ditemukan</h3><p>Coba ubah filter pencarian Anda</p><button type="button" id="reset">Reset Pencarian</button></div>`;
  }
  if (rows.length && pages > 1) {
    h += `<nav aria-label="Pagination"><button type="button" data-page="${Math.max(1, st.page - 1)}" ${st.page === 1 ? "disabled" : ""}><span>Previous</span></button>` +
      Array.from({ length: pages }, (_, n) => `<button type="button" data-page="${n + 1}">${n + 1}</button>`).join("") +
      `<button type="button" data-page="${Math.min(pages, st.page + 1)}" ${st.page === pages ? "disabled" : ""}><span>Next</span></button></nav>`;
  }
  return h;
}
function berkala() {
  return `<div>${navbar}${hero("Informasi Berkala", "Dokumen dan Informasi yang Wajib Diumumkan Secara Berkala")}
<div class="content">
  <div><p>Sesuai dengan UU No. 14 Tahun 2008 tentang Keterbukaan Informasi Publik, berikut adalah
    informasi dan dokumen yang wajib disediakan dan diumumkan secara berkala oleh
    RS Paru Sumatera Barat sebagai bentuk transparansi kepada publik.</p></div>
  <div>
    <div><input type="text" id="q" placeholder="Cari dokumen..."></div>
    <div id="cats">${categories.map(([id, n]) => `<button type="button" data-cat="${id}">${n}</button>`).join("")}</div>
  </div>
  <div id="table">${berkalaTable()}</div>
  <div><h3>Tentang Informasi Berkala</h3>
    <p>Informasi Berkala adalah informasi yang wajib disediakan dan diumumkan secara berkala oleh badan publik
    minimal setiap 6 (enam) bulan sekali, sesuai dengan UU No. 14 Tahun 2008. Informasi ini
    meliputi informasi yang berkaitan dengan badan publik, informasi mengenai kegiatan dan kinerja,
    informasi keuangan, dan informasi lain yang diatur dalam peraturan perundang-undangan.</p></div>
  ${contactCard("Permohonan Informasi Publik", `Untuk permohonan informasi publik yang tidak tersedia di halaman ini,
    silakan menghubungi PPID RS Paru Sumatera Barat.`, "/profilPPID", "Kontak PPID")}
</div>${footer}</div>`;
}

// ---------- Keberatan Informasi ----------
const reasons = [
  ["Permohonan informasi ditolak", "Badan publik menolak memberikan informasi yang diminta baik sebagian atau seluruhnya"],
  ["Informasi tidak disediakan", "Badan publik tidak menyediakan informasi yang diminta sebagaimana yang dijanjikan"],
  ["Permintaan informasi tidak ditanggapi", "Badan publik tidak menanggapi permintaan informasi yang diajukan"],
  ["Permintaan informasi ditanggapi tidak sebagaimana yang diminta", "Informasi yang diberikan tidak sesuai dengan yang diminta oleh pemohon informasi"],
  ["Permohonan informasi tidak dipenuhi", "Badan publik tidak memenuhi permintaan informasi yang diajukan"],
  ["Biaya yang tidak wajar", "Pengenaan biaya yang tidak wajar terkait dengan permintaan informasi"],
  ["Penyampaian informasi melebihi waktu", "Badan publik menyampaikan informasi melebihi jangka waktu yang ditentukan"],
];
const steps = [
  ["📝", "Pengajuan Keberatan", "Pemohon informasi mengajukan keberatan kepada atasan PPID dalam jangka waktu 30 hari kerja setelah ditemukannya alasan keberatan."],
  ["📋", "Registrasi Keberatan", "PPID mencatat pengajuan keberatan dalam register keberatan dan memberikan nomor registrasi pengajuan keberatan."],
  ["✅", "Tanggapan Atasan PPID", "Atasan PPID memberikan tanggapan atas keberatan yang diajukan pemohon informasi publik dalam jangka waktu 30 hari kerja."],
  ["🔍", "Penyelesaian Keberatan", "Jika pemohon puas dengan tanggapan atasan PPID, maka keberatan dianggap selesai. Jika tidak, pemohon dapat mengajukan penyelesaian sengketa ke Komisi Informasi."],
  ["⚖️", "Pengajuan ke Komisi Informasi (Opsional)", "Apabila tanggapan atasan PPID tidak memuaskan, pemohon dapat mengajukan permohonan penyelesaian sengketa informasi ke Komisi Informasi dalam waktu 14 hari kerja."],
];
const formFields = [
  ["nama", "Nama Lengkap", "text", "Masukkan nama lengkap Anda"], ["alamat", "Alamat", "text", "Masukkan alamat lengkap Anda"],
  ["telepon", "Nomor Telepon", "tel", "Masukkan nomor telepon Anda"], ["email", "Email", "email", "Masukkan alamat email Anda"],
  ["nomor_permohonan", "Nomor Permohonan Informasi", "text", "Masukkan nomor permohonan informasi (jika ada)"],
  ["informasi", "Informasi yang Dimohon", "text", "Sebutkan informasi yang Anda mohon sebelumnya"],
  ["alasan", "Alasan Keberatan", "select", "Pilih alasan pengajuan keberatan"],
  ["keterangan", "Keterangan", "textarea", "Berikan keterangan tambahan terkait keberatan Anda"],
];
const faq = [
  ["Apa itu pengajuan keberatan informasi?", "Pengajuan keberatan informasi adalah hak yang dimiliki oleh pemohon informasi untuk mengajukan keberatan atas tanggapan atau tidak ditanggapinya permohonan informasi publik oleh badan publik."],
  ["Berapa lama batas waktu pengajuan keberatan?", "Pengajuan keberatan dapat dilakukan dalam jangka waktu paling lambat 30 (tiga puluh) hari kerja setelah ditemukannya alasan keberatan sebagaimana diatur dalam UU No. 14 Tahun 2008 tentang Keterbukaan Informasi Publik."],
  ["Berapa lama proses tanggapan terhadap keberatan?", "Atasan PPID harus memberikan tanggapan tertulis atas keberatan yang diajukan pemohon informasi publik dalam jangka waktu paling lambat 30 (tiga puluh) hari kerja sejak keberatan diterima."],
  ["Apa yang dapat dilakukan jika keberatan tidak ditanggapi?", "Jika keberatan tidak ditanggapi atau tanggapan tidak memuaskan, pemohon dapat mengajukan permohonan penyelesaian sengketa informasi publik ke Komisi Informasi dalam waktu 14 hari kerja."],
  ["Apakah ada biaya untuk mengajukan keberatan?", "Tidak ada biaya untuk mengajukan keberatan informasi kepada atasan PPID. Proses ini dilakukan secara gratis sesuai dengan ketentuan UU Keterbukaan Informasi Publik."],
];
const keberatanTabs = {
  procedure: () => `<div><h2>Prosedur Keberatan Informasi</h2>
  <div>${steps.map(([i, t, d], n) => `<div><div>${i}</div><div><div>Langkah ${n + 1}</div><h3>${t}</h3><p>${d}</p></div></div>`).join("")}</div>
  <div><h3>Catatan Penting</h3><p>Pengajuan keberatan dapat dilakukan dalam jangka waktu paling lambat 30 (tiga puluh) hari
    kerja setelah ditemukannya alasan keberatan. Atasan PPID wajib memberikan tanggapan tertulis
    atas keberatan yang diajukan dalam jangka waktu paling lambat 30 (tiga puluh) hari kerja
    sejak keberatan diterima.</p></div>
</div>`,
  reasons: () => `<div><h2>Alasan Pengajuan Keberatan</h2>
  <p>Berdasarkan UU No. 14 Tahun 2008 tentang Keterbukaan Informasi Publik,
    Pemohon Informasi Publik dapat mengajukan keberatan kepada atasan PPID
    berdasarkan alasan berikut:</p>
  <div>${reasons.map(([r, d], n) => `<div><div>${n + 1}</div><div><h3>${r}</h3><p>${d}</p></div></div>`).join("")}</div>
  <div><p><span>Penting:</span> Pastikan untuk menyertakan alasan keberatan
    dengan jelas saat mengajukan keberatan informasi. Hal ini akan membantu proses
    penanganan keberatan Anda.</p></div>
</div>`,
  form: () => `<div><h2>Formulir Keberatan Informasi</h2>
  <div><form>
    ${formFields.map(([id, label, type, ph]) => `<div><label for="${id}">${label}</label>` + (type === "textarea"
      ? `<textarea id="${id}" name="${id}" rows="4" placeholder="${ph}"></textarea>`
      : type === "select"
        ? `<select id="${id}" name="${id}"><option value="">-- ${ph} --</option>${reasons.map(([r], n) => `<option value="${n + 1}">${r}</option>`).join("")}</select>`
        : `<input type="${type}" id="${id}" name="${id}" placeholder="${ph}">`) + `</div>`).join("")}
    <div><div><button type="button">Reset</button><button type="submit">Kirim Keberatan</button></div></div>
  </form></div>
  <div><h3>Catatan Pengajuan Keberatan</h3><ol>
    <li>Isi formulir keberatan dengan lengkap dan benar.</li>
    <li>Lampirkan fotokopi identitas diri yang masih berlaku.</li>
    <li>Jika ada, lampirkan bukti terkait dengan alasan keberatan.</li>
    <li>Simpan nomor registrasi keberatan yang akan diberikan oleh petugas untuk keperluan pelacakan status keberatan.</li>
    <li>Keberatan yang telah diajukan tidak dapat dibatalkan, namun dapat dicabut jika Anda merasa permasalahan sudah diselesaikan.</li>
  </ol></div>
</div>`,
  faq: () => `<div><h2>Pertanyaan Umum</h2>
  <div>${faq.map(([q, a]) => `<div><div><h3>${q}</h3></div><div><p>${a}</p></div></div>`).join("")}</div>
  <div><h3>Butuh Bantuan Lebih Lanjut?</h3><p>Jika Anda memiliki pertanyaan yang tidak tercantum di sini atau memerlukan bantuan lebih lanjut,
    silakan hubungi PPID RS Paru Sumatera Barat melalui telepon (0752) 123456 atau
    email ppid@rsparusumbar.go.id.</p></div>
</div>`,
};
function keberatan() {
  return `<div>${navbar}${hero("Keberatan Informasi", "Prosedur Pengajuan Keberatan atas Permintaan Informasi Publik")}
<div class="content">
  <div><p>Sesuai dengan UU No. 14 Tahun 2008 tentang Keterbukaan Informasi Publik, setiap pemohon
    informasi publik berhak mengajukan keberatan apabila menemui hambatan atau kegagalan dalam
    memperoleh informasi publik yang diminta. Halaman ini berisi informasi mengenai prosedur,
    alasan, dan tata cara pengajuan keberatan informasi.</p></div>
  <div><img src="./images/keberatan.jpg" alt="Keberatan Informasi">
    <div><h2>Perlindungan Hak Informasi</h2><p>Pengajuan keberatan adalah mekanisme untuk menjamin hak masyarakat atas informasi publik</p></div></div>
  ${tabs("tabs", [["procedure", "Prosedur"], ["reasons", "Alasan Keberatan"], ["form", "Formulir"], ["faq", "FAQ"]], "procedure")}
  <div id="tab-content"></div>
  ${contactCard("Hubungi PPID RS Paru Sumatera Barat", `Untuk informasi lebih lanjut tentang prosedur pengajuan keberatan informasi,
    silakan hubungi PPID RS Paru Sumatera Barat.`, "/profilPPID", "Kontak PPID")}
</div>${footer}</div>`;
}

// ---------- Maklumat ----------
const maklumatItems = [
  ["⏱️", "Pelayanan Tepat Waktu", "Kami berkomitmen untuk memberikan pelayanan kesehatan tepat waktu sesuai dengan standar waktu yang telah ditetapkan."],
  ["👨‍⚕️", "Pelayanan Profesional", "Seluruh tenaga medis dan non-medis bekerja secara profesional sesuai dengan kompetensi dan etika profesi."],
  ["📋", "Informasi Jelas dan Akurat", "Memberikan informasi yang jelas, akurat, dan mudah dimengerti terkait dengan pelayanan kesehatan kepada pasien dan keluarga."],
  ["💰", "Biaya Pelayanan Transparan", "Informasi biaya pelayanan disampaikan secara transparan dan terinci kepada pasien dan keluarga sebelum pelayanan diberikan."],
  ["🔄", "Penanganan Keluhan Responsif", "Setiap keluhan ditangani dengan cepat, responsif, dan ditindaklanjuti sesuai dengan prosedur yang berlaku."],
];
const standardItems = [
  ["👨‍⚕️", "Pelayanan Rawat Jalan", "08.00 - 14.00 WIB (Senin - Kamis)", "08.00 - 11.30 WIB (Jumat)"],
  ["🚑", "Pelayanan Gawat Darurat", "24 Jam Setiap Hari", "Termasuk Hari Libur Nasional"],
  ["🛏️", "Pelayanan Rawat Inap", "24 Jam Setiap Hari", "Jam Besuk: 10.00-12.00 & 16.00-18.00 WIB"],
  ["💊", "Pelayanan Farmasi", "08.00 - 21.00 WIB (Senin - Sabtu)", "08.00 - 15.00 WIB (Minggu & Hari Libur)"],
  ["🔬", "Pelayanan Laboratorium", "08.00 - 16.00 WIB (Senin - Jumat)", "08.00 - 13.00 WIB (Sabtu)"],
  ["📡", "Pelayanan Radiologi", "08.00 - 15.00 WIB (Senin - Jumat)", "08.00 - 13.00 WIB (Sabtu)"],
];
const timeline = [
  ["2018", "Pembentukan Maklumat Pelayanan", "Penetapan Surat Keputusan Direktur tentang Maklumat Pelayanan RS Paru Sumatera Barat"],
  ["2019", "Revisi Maklumat Pelayanan", "Penyempurnaan maklumat pelayanan berdasarkan masukan dari masyarakat dan hasil evaluasi internal"],
  ["2021", "Penerapan Maklumat Digital", "Publikasi maklumat pelayanan melalui media digital dan sosialisasi kepada masyarakat pengguna layanan"],
  ["2023", "Pembaruan Komitmen Pelayanan", "Penambahan poin komitmen pelayanan terkait dengan transparansi dan keterbukaan informasi publik"],
  ["2024", "Evaluasi dan Pengembangan", "Evaluasi menyeluruh dan pengembangan maklumat pelayanan untuk meningkatkan kualitas pelayanan publik"],
];
const maklumatTabs = {
  maklumat: () => `<div><h2>Maklumat Pelayanan</h2>
  <div><h3>DENGAN INI, KAMI MENYATAKAN SANGGUP</h3>
    <div><p>"Memberikan pelayanan kesehatan paru dan pernapasan sesuai dengan standar pelayanan
      yang telah ditetapkan secara profesional, terjangkau, adil, dan merata kepada seluruh
      lapisan masyarakat. Apabila kami tidak menepati janji ini, kami siap menerima sanksi
      sesuai dengan peraturan perundang-undangan yang berlaku."</p>
      <p>DIREKTUR RS PARU SUMATERA BARAT</p></div></div>
  <h3>Komitmen Pelayanan Kami</h3>
  <div>${maklumatItems.map(([i, t, d]) => `<div><div><div>${i}</div></div><h3>${t}</h3><p>${d}</p></div>`).join("")}</div>
  <div><h3>Penting Diketahui</h3><p>Maklumat pelayanan ini ditempel di seluruh area pelayanan RS Paru Sumatera Barat
    sebagai bentuk komitmen kami dalam memberikan pelayanan terbaik untuk masyarakat.
    Kritik dan saran terhadap pelayanan kami dapat disampaikan melalui kotak saran,
    layanan pengaduan, atau melalui website resmi RS Paru Sumatera Barat.</p></div>
</div>`,
  standar: () => `<div><h2>Standar Pelayanan</h2>
  <p>Standar Pelayanan adalah tolok ukur yang dipergunakan sebagai pedoman penyelenggaraan pelayanan
    dan acuan penilaian kualitas pelayanan sebagai kewajiban dan janji penyelenggara kepada masyarakat
    dalam rangka pelayanan yang berkualitas, cepat, mudah, terjangkau, dan terukur.</p>
  <h3>Jam Pelayanan</h3>
  <div>${standardItems.map(([i, t, h, a]) => `<div><div><div>${i}</div></div><h3>${t}</h3><p>${h}</p><p>${esc(a)}</p></div>`).join("")}</div>
  <h3>Alur Pelayanan</h3>
  <div>${["Pendaftaran", "Pemeriksaan", "Tindakan", "Farmasi", "Kasir"].map((s, n) => `<div><div>${n + 1}</div><p>${s}</p></div>`).join("")}</div>
  <h3>Biaya Pelayanan</h3>
  <div><h3>Informasi Biaya</h3>
    <p>Biaya pelayanan kesehatan di RS Paru Sumatera Barat mengacu pada Peraturan Gubernur
      Sumatera Barat tentang Tarif Layanan Kesehatan. Informasi lengkap terkait biaya
      pelayanan dapat dilihat pada papan informasi atau menghubungi petugas informasi.</p>
    <p>RS Paru Sumatera Barat melayani pasien dengan jaminan kesehatan (BPJS, Jamkesda, Asuransi)
      dan pasien umum. Konsultasikan dengan petugas untuk informasi lebih lanjut.</p></div>
</div>`,
  timeline: () => `<div><h2>Sejarah Maklumat Pelayanan</h2>
  <p>Maklumat Pelayanan RS Paru Sumatera Barat telah mengalami perkembangan sejak pertama kali
    dibentuk. Berikut adalah sejarah pengembangan maklumat pelayanan kami:</p>
  <div>${timeline.map(([y, t, d]) => `<div><div>${y}</div><div></div><h3>${t}</h3><p>${d}</p></div>`).join("")}</div>
  <div><h3>Dasar Hukum Maklumat Pelayanan</h3><ol>
    <li>UU No. 25 Tahun 2009 tentang Pelayanan Publik</li>
    <li>UU No. 36 Tahun 2009 tentang Kesehatan</li>
    <li>UU No. 44 Tahun 2009 tentang Rumah Sakit</li>
    <li>Peraturan Pemerintah No. 96 Tahun 2012 tentang Pelaksanaan UU No. 25 Tahun 2009</li>
    <li>Peraturan Menteri Kesehatan tentang Standar Pelayanan Minimal Rumah Sakit</li>
    <li>Peraturan Daerah Provinsi Sumatera Barat tentang Pelayanan Publik</li>
  </ol></div>
</div>`,
};
function maklumat() {
  return `${navbar}${hero("Maklumat Pelayanan", "Dokumen dan Komitmen Pelayanan RS Paru Sumatera Barat")}
<div class="content"><div>
  <div><p>Maklumat Pelayanan adalah pernyataan tertulis yang berisi keseluruhan rincian kewajiban dan janji
    yang terdapat dalam standar pelayanan. Maklumat pelayanan ini merupakan komitmen RS Paru Sumatera Barat
    dalam memberikan pelayanan berkualitas kepada masyarakat sesuai dengan standar yang telah ditetapkan.</p></div>
  ${tabs("tabs", [["maklumat", "Maklumat Pelayanan"], ["standar", "Standar Pelayanan"], ["timeline", "Sejarah Maklumat"]], "maklumat")}
  <div id="tab-content"></div>
  ${contactCard("Hubungi Kami", `Untuk informasi lebih lanjut tentang pelayanan RS Paru Sumatera Barat,
    silakan hubungi kami melalui telepon atau email.`, "/kontak", "Hubungi Kami")}
</div></div>${footer}`;
}

// ---------- wiring ----------
function wireNavbar() {
  document.querySelectorAll("[data-dd]").forEach((dd) => {
    const name = dd.dataset.dd;
    const open = () => { if (!dd.querySelector(".dd-menu")) dd.insertAdjacentHTML("beforeend", desktopMenu(name)); };
    const close = () => { const m = dd.querySelector(".dd-menu"); if (m) m.remove(); };
    dd.addEventListener("mouseenter", open);
    dd.addEventListener("mouseleave", close);
    // below 1024px the click-state is used (the desktop bar is then hidden by CSS)
    dd.querySelector("button").addEventListener("click", () => { if (window.innerWidth < 1024) (dd.querySelector(".dd-menu") ? close : open)(); });
  });
  const burger = document.querySelector(".burger");
  const mobile = document.getElementById("mobile-menu");
  burger.addEventListener("click", () => {
    const isOpen = mobile.classList.toggle("hidden") === false;
    burger.setAttribute("aria-expanded", String(isOpen));
  });
  document.querySelectorAll("[data-mdd]").forEach((dd) => {
    dd.querySelector("button").addEventListener("click", (e) => {
      e.preventDefault(); e.stopPropagation();
      const openSub = document.querySelector(".mobile-sub");
      const wasMine = openSub && openSub.parentElement === dd;
      if (openSub) openSub.remove();
      if (!wasMine) dd.insertAdjacentHTML("beforeend", mobileMenu(dd.dataset.mdd));
    });
  });
}
function wireTabs(renderers, first) {
  const box = document.getElementById("tab-content");
  const show = (k) => {
    box.innerHTML = renderers[k]();
    document.querySelectorAll("#tabs button").forEach((b) => b.classList.toggle("active", b.dataset.tab === k));
  };
  document.querySelectorAll("#tabs button").forEach((b) => b.addEventListener("click", () => show(b.dataset.tab)));
  show(first);
}
function wireBerkala() {
  const redraw = () => { document.getElementById("table").innerHTML = berkalaTable(); };
  document.getElementById("q").addEventListener("input", (e) => { st.search = e.target.value; st.page = 1; redraw(); });
  document.querySelectorAll("[data-cat]").forEach((b) => b.addEventListener("click", () => { st.filter = b.dataset.cat; st.page = 1; redraw(); }));
  document.getElementById("table").addEventListener("click", (e) => {
    const p = e.target.closest("[data-page]");
    if (p && !p.disabled) { st.page = Number(p.dataset.page); redraw(); }
    if (e.target.closest("#reset")) { st.search = ""; st.filter = "all"; document.getElementById("q").value = ""; redraw(); }
  });
}

if (path === "/") {
  root.innerHTML = `<div><div><div></div><p>Memuat halaman...</p></div></div>`;
  setTimeout(() => { root.innerHTML = home(); wireNavbar(); }, 500);
} else if (path === "/profilPPID") {
  root.innerHTML = profil(); wireNavbar(); wireTabs(profilTabs, "overview");
} else if (path === "/informasiBerkala") {
  root.innerHTML = berkala(); wireNavbar(); wireBerkala();
} else if (path === "/keberataninformasi") {
  root.innerHTML = keberatan(); wireNavbar(); wireTabs(keberatanTabs, "procedure");
} else if (path === "/maklumat") {
  root.innerHTML = maklumat(); wireNavbar(); wireTabs(maklumatTabs, "maklumat");
}
// any other path: react-router matches no route and renders nothing (an empty #root)
