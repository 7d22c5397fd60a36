// Compact working rewrite of the Disdikbud Sultra Vite/React SPA (App.tsx routes, AppLayout, Navbar, Footer,
// Index sections, PPID.tsx, LaporanKegiatan.tsx, ProdukHukum.tsx). react-router <Link>s become plain <a href>;
// shadcn <Button>s without a link stay <button>s with no handler, as in the source. The Radix 'Profil'
// dropdown mounts its items only when opened (click toggles them here).
const root = document.getElementById("root");
const path = location.pathname.replace(/\/$/, "") || "/";

const navbar = `
<nav class="navbar">
  <div class="bar">
    <a href="/" class="brand"><img loading="lazy" src="./logo.png" alt="logo dinas pendidikan">
      <span><b>Dinas Pendidikan dan Kebudayaan</b><br>Sulawesi Tenggara</span></a>
    <div class="desktop">
      <div><a href="/">Beranda</a></div>
      <div><button type="button" id="dd-profil" aria-haspopup="menu" aria-expanded="false">Profil</button>
        <div id="dd-profil-items"></div></div>
      <div><a href="/laporan-kegiatan">Laporan Kegiatan</a></div>
      <div><a href="/ppid">PPID</a></div>
      <div><a href="/inovasi">Inovasi</a></div>
      <div><a href="/galeri">Galeri</a></div>
    </div>
    <button type="button" aria-label="Toggle menu" class="mobile-toggle">&#9776;</button>
  </div>
</nav>`;
const profilItems = `
  <a role="menuitem" href="/profil/sejarah">Sejarah</a>
  <a role="menuitem" href="/profil/visi-misi">Visi Misi</a>
  <a role="menuitem" href="/profil/tugas-fungsi">Tugas Pokok &amp; Fungsi</a>
  <a role="menuitem" href="/profil/struktur-organisasi">Struktur Organisasi</a>
  <a role="menuitem" href="/profil/produk-hukum">Produk Hukum</a>`;

const footer = `
<footer>
  <div>
    <img loading="lazy" src="./logo.png" alt="logo dinas pendidikan">
    <h3>Dinas Pendidikan</h3><p>Provinsi Sulawesi Tenggara</p>
    <p>Melayani dan mengembangkan sistem pendidikan yang berkualitas untuk mencerdaskan kehidupan bangsa di Provinsi Sulawesi Tenggara.</p>
  </div>
  <div><h3>Tautan Cepat</h3>
    <ul>
      <li><a href="/">Beranda</a></li>
      <li><a href="/profil/sejarah">Profil</a></li>
      <li><a href="/laporan-kegiatan">Laporan Kegiatan</a></li>
      <li><a href="/ppid">PPID</a></li>
      <li><a href="/inovasi">Inovasi</a></li>
      <li><a href="/galeri">Galeri</a></li>
    </ul>
  </div>
  <div><h3>Hubungi Kami</h3>
    <p>Jalan Ahmad Yani No. 2, Kendari, Sulawesi Tenggara 93117<br>Sulawesi Tenggara 93117</p>
    <p><span>(0401) 321234</span></p>
    <p><span>info@disdik.sultraprov.go.id</span></p>
  </div>
  <p>&copy; 2024 Dinas Pendidikan Provinsi Sulawesi Tenggara. Hak Cipta Dilindungi Undang-Undang.</p>
</footer>`;

const home = `
<section id="hero">
  <p>Pemerintah Provinsi</p><p>Sulawesi Tenggara</p>
  <h1>Dinas Pendidikan dan Kebudayaan <span>Sulawesi Tenggara</span></h1>
  <p>[...]</p>
  <a href="/laporan-kegiatan"><span>Laporan Kegiatan</span></a>
  <a href="/profil/sejarah">Profil Dinas</a>
</section>
<section><h2>Berita Terkini</h2>
  <article><a href="/berita/1">[...] (berita 1)</a></article>
  <article><a href="/berita/2">[...] (berita 2)</a></article>
  <a href="/berita">Lihat Semua Berita</a>
</section>
<section><h2>Galeri Kegiatan</h2><p>[...]</p></section>
<section id="tracking"><h2>Lacak Pesan</h2>
  <p>Pantau status pesan, laporan, atau permohonan layanan Anda</p>
  <div><label>Nomor Laporan</label><input placeholder="Masukkan nomor tracking"><button type="button">Lacak</button></div>
  <p>Belum punya nomor tracking? <a href="#contact">Kirim pesan baru</a></p>
  <h3>Status Laporan</h3>
  <div><span>Selesai</span> TRK2024001234 <p>Permohonan legalisasi ijazah telah selesai diproses</p><p>Diperbarui: 15 Des 2024, 14:30 WITA</p></div>
  <div><span>Dalam Proses</span> TRK2024001235 <p>Pengaduan fasilitas sekolah sedang ditindaklanjuti</p><p>Estimasi selesai: 18 Des 2024</p></div>
  <div><span>Perlu Tindak Lanjut</span> TRK2024001236 <p>Dokumen permohonan beasiswa memerlukan kelengkapan</p><p>Menunggu respons pemohon</p></div>
</section>
<section id="faq"><h2>Pertanyaan yang Sering Diajukan</h2>
  <details><summary>Bagaimana cara mengajukan legalisasi ijazah?</summary><p>[...]</p></details>
  <details><summary>Apa saja syarat untuk mendapatkan beasiswa pendidikan?</summary><p>[...]</p></details>
  <details><summary>Bagaimana cara mengajukan pengaduan terkait pendidikan?</summary><p>Pengaduan dapat diajukan melalui beberapa cara: (1) Datang langsung ke kantor Dinas Pendidikan, (2) Mengirim surat resmi, (3) Melalui email resmi dinas, (4) Menggunakan sistem pengaduan online di website. Setiap pengaduan akan mendapat nomor tracking untuk pemantauan status.</p></details>
  <details><summary>Kapan jadwal pelayanan publik di Dinas Pendidikan?</summary><p>Pelayanan publik dibuka setiap hari kerja Senin-Jumat pukul 08:00-16:00 WITA dengan istirahat pukul 12:00-13:00 WITA. Untuk pelayanan tertentu, disarankan untuk membuat janji terlebih dahulu melalui telepon atau email.</p></details>
  <details><summary>Bagaimana prosedur pindah sekolah antar kabupaten?</summary><p>[...]</p></details>
  <details><summary>Apa saja program unggulan Dinas Pendidikan Sulawesi Tenggara?</summary><p>[...]</p></details>
</section>
<section id="contact">
  <p>Hubungi Kami</p><h2>Kontak &amp; Informasi</h2>
  <p>Kami siap melayani dan membantu kebutuhan pendidikan Anda</p>
  <h3>Informasi Kontak</h3>
  <div><h4>Alamat Kantor</h4><p>Jalan Ahmad Yani No. 2, Kendari, Sulawesi Tenggara 93117<br>Indonesia</p></div>
  <div><h4>Telepon &amp; Fax</h4><p>Telepon: (0401) 321234<br>Fax: (0401) 321235<br>Hotline: 0800-1234-5678</p></div>
  <div><h4>Email</h4><p>info@disdik.sultraprov.go.id<br>pengaduan@disdik.sultraprov.go.id<br>ppid@disdik.sultraprov.go.id</p></div>
  <div><h4>Jam Pelayanan</h4><p>Senin - Kamis: 08:00 - 16:00 WITA</p><p>Jumat: 08:00 - 16:30 WITA</p><p>Istirahat: 12:00 - 13:00 WITA</p><p>*Sabtu, Minggu dan hari libur nasional tutup</p></div>
  <h3>Kirim Pesan</h3><p>Sampaikan pertanyaan, saran, atau pengaduan Anda</p>
  <form>
    <label for="firstName">Nama Depan*</label><input id="firstName" placeholder="Masukkan nama depan">
    <label for="lastName">Nama Belakang*</label><input id="lastName" placeholder="Masukkan nama belakang">
    <label for="email">Email*</label><input id="email" type="email" placeholder="nama@email.com">
    <label for="phone">Nomor Telepon</label><input id="phone" type="tel" placeholder="08xxxxxxxxxx">
    <label for="subject">Subjek*</label><input id="subject" placeholder="Subjek pesan">
    <label for="message">Pesan*</label><textarea id="message" rows="5" placeholder="Tulis pesan Anda di sini..."></textarea>
    <button>Kirim Pesan</button>
    <p>Pesan akan direspon dalam 1-2 hari kerja. Untuk keperluan mendesak, hubungi langsung melalui telepon.</p>
  </form>
</section>`;

const li = (items, tpl) => items.map((i) => `<li><span>&bull;</span> <span>${tpl ? "[Template - " + i + "]" : i}</span></li>`).join("");
const dip = [
  ["Organisasi dan Kepegawaian", "25 Dokumen", "Januari 2024"],
  ["Program dan Kegiatan", "38 Dokumen", "Februari 2024"],
  ["Kinerja dan Capaian", "15 Dokumen", "Maret 2024"],
  ["Keuangan dan Anggaran", "20 Dokumen", "Maret 2024"],
  ["Pengadaan Barang dan Jasa", "12 Dokumen", "April 2024"],
];
const ppid = `
<section class="header">
  <a href="/"><button>&larr; <span>Kembali ke Beranda</span></button></a>
  <div><span>PPID</span></div>
  <h1>Pejabat Pengelola Informasi dan Dokumentasi</h1>
  <p>Dinas Pendidikan Provinsi Sulawesi Tenggara</p>
</section>
<div class="container">
  <div class="card"><h3>&#8505;&#65039; Tentang PPID</h3>
    <h3>Pengertian</h3>
    <p>[Template - PPID adalah pejabat yang bertanggung jawab di bidang penyimpanan, pendokumentasian, penyediaan, dan/atau pelayanan informasi di badan publik.]</p>
    <h3>Dasar Hukum</h3>
    <ul><li>&bull; UU No. 14 Tahun 2008 tentang Keterbukaan Informasi Publik</li>
      <li>&bull; Peraturan Komisi Informasi tentang Standar Layanan Informasi Publik</li>
      <li>&bull; Peraturan Gubernur tentang PPID Provinsi Sulawesi Tenggara</li></ul>
    <h3>Visi PPID</h3>
    <p><i>"[Template - Mewujudkan pelayanan informasi publik yang transparan, akuntabel, dan berkualitas]"</i></p>
    <h3>Misi PPID</h3>
    <ul><li>&bull; Memberikan pelayanan informasi yang cepat dan akurat</li>
      <li>&bull; Mengelola dokumentasi informasi secara sistematis</li>
      <li>&bull; Meningkatkan transparansi penyelenggaraan pemerintahan</li></ul>
  </div>
  <div class="grid3">
    <div class="card"><h3>&#128226; Informasi Berkala</h3>
      <p>Informasi yang wajib disediakan dan diumumkan secara berkala</p>
      <ul>${li(["Profil Dinas Pendidikan", "Rencana Strategis (Renstra)", "Laporan Kinerja (LAKIP)", "Laporan Keuangan", "Data Statistik Pendidikan", "Program dan Kegiatan"], true)}</ul></div>
    <div class="card"><h3>&#128221; Informasi Serta Merta</h3>
      <p>Informasi yang dapat mengancam hajat hidup orang banyak</p>
      <ul>${li(["Kebijakan pendidikan mendesak", "Peringatan keamanan sekolah", "Perubahan jadwal ujian nasional", "Informasi bencana alam", "Kebijakan COVID-19 pendidikan", "Pengumuman darurat"], true)}</ul></div>
    <div class="card"><h3>&#128269; Informasi Setiap Saat</h3>
      <p>Informasi yang tersedia setiap saat diminta</p>
      <ul>${li(["Daftar informasi publik", "Hasil keputusan rapat", "SOP pelayanan publik", "Daftar penerima bantuan", "Jadwal pelayanan", "Kontak informasi"], true)}</ul></div>
  </div>
  <div class="card"><h3>&#128203; Permohonan Informasi Publik</h3>
    <form>
      <label>Nama Lengkap</label><input placeholder="Masukkan nama lengkap">
      <label>NIK</label><input placeholder="Nomor Induk Kependudukan">
      <label>Email</label><input type="email" placeholder="email@example.com">
      <label>No. Telepon</label><input placeholder="08xxxxxxxxxx">
      <label>Alamat</label><textarea rows="2" placeholder="Alamat lengkap pemohon"></textarea>
      <label>Informasi yang Diminta</label><textarea rows="3" placeholder="Jelaskan secara detail informasi yang Anda butuhkan..."></textarea>
      <label>Tujuan Penggunaan</label><textarea rows="2" placeholder="Jelaskan tujuan penggunaan informasi tersebut..."></textarea>
      <button>Ajukan Permohonan</button>
    </form>
    <div><h4>Persyaratan Permohonan</h4>
      <ul><li>&bull; Identitas diri yang jelas (KTP/Paspor)</li><li>&bull; Alamat yang dapat dihubungi</li>
        <li>&bull; Kontak yang aktif (email/telepon)</li><li>&bull; Deskripsi informasi yang jelas</li>
        <li>&bull; Tujuan penggunaan informasi</li></ul></div>
    <div><h4>Waktu Pelayanan</h4>
      <div><span>Informasi Sederhana:</span> <span>10 Hari Kerja</span></div>
      <div><span>Informasi Kompleks:</span> <span>17 Hari Kerja</span></div>
      <div><span>Perpanjangan Maksimal:</span> <span>7 Hari Kerja</span></div></div>
    <div><h4>Biaya Pelayanan</h4>
      <p>&bull; Permohonan informasi: <span>GRATIS</span></p>
      <p>&bull; Biaya fotokopi: Rp 500/lembar</p>
      <p>&bull; Biaya cetak: sesuai tarif</p>
      <p>&bull; Pengiriman: sesuai ongkos kirim</p></div>
  </div>
  <div class="card"><h3>&#128218; Daftar Informasi Publik (DIP)</h3>
    ${dip.map((d) => `<div class="row"><h4>${d[0]}</h4><span>&#128196; ${d[1]}</span> <span>&#128197; Update: ${d[2]}</span> <span>&#128275; Status: Terbuka</span> <button>Lihat Detail</button></div>`).join("")}
    <div><button>Download DIP Lengkap</button></div>
  </div>
  <div class="grid2">
    <div class="card"><h3>&#128100; Struktur PPID</h3>
      <div><h4>PPID Utama</h4><p>[Template - Nama Kepala Dinas]</p><p>Kepala Dinas Pendidikan</p></div>
      <div><h5>PPID Pembantu</h5><p>[Template - Nama Sekretaris]</p><p>Sekretaris Dinas</p></div>
      <div><h5>PPID Pelaksana</h5><p>[Template - Nama Kepala Bagian]</p><p>Kabag Program</p></div>
    </div>
    <div class="card"><h3>&#128222; Kontak PPID</h3>
      <h4>Informasi Kontak</h4>
      <div><span>&#128231;</span> <span>[Template - ppid@disdik.sulteng.go.id]</span></div>
      <div><span>&#128241;</span> <span>[Template - +62 xxx-xxxx-xxxx]</span></div>
      <div><span>&#127760;</span> <span>[Template - ppid.disdik.sulteng.go.id]</span></div>
      <div><span>&#128205;</span> <span>[Template - Alamat lengkap kantor]</span></div>
      <h4>Jam Pelayanan</h4>
      <div><span>Senin - Kamis</span> <span>08:00 - 15:30 WIB</span></div>
      <div><span>Jumat</span> <span>08:00 - 16:00 WIB</span></div>
      <p>*Layanan online 24 jam</p>
    </div>
  </div>
</div>`;

const listing = (title, sub, ph, cats, rows) => `
<section class="header">
  <a href="/"><button>&larr; <span>Kembali ke Beranda</span></button></a>
  <h1>${title}</h1><p>${sub}</p>
</section>
<section class="container">
  <div><input placeholder="${ph}" id="q"> <select id="cat"><option value="all">Semua</option>${cats.map((c) => `<option value="${c}">${c}</option>`).join("")}</select></div>
  <div id="rows">${rows.map((r) => `<div class="row" data-t="${(r[0] + " " + r[1]).toLowerCase()}" data-c="${r[2]}"><h3>${r[0]}</h3><p>${r[1]}</p><p>${r[2]} &middot; ${r[3]}</p><button>Download</button></div>`).join("")}</div>
</section>`;
const produk = listing("Produk Hukum",
  "Kumpulan peraturan, keputusan, dan dokumen hukum resmi yang dikeluarkan oleh Dinas Pendidikan Provinsi Sulawesi Tenggara",
  "Cari berdasarkan judul atau deskripsi...",
  ["perda", "keputusan", "surat-edaran", "instruksi", "pedoman", "peraturan"],
  [["Peraturan Daerah No. 5 Tahun 2023", "Tentang Penyelenggaraan Pendidikan di Provinsi Sulawesi Tenggara", "perda", "2023-06-15"],
   ["Keputusan Kepala Dinas No. 123/2023", "Tentang Penetapan Standar Pelayanan Publik Bidang Pendidikan", "keputusan", "2023-08-20"],
   ["Surat Edaran No. 045/SE/2023", "Tentang Pelaksanaan Ujian Akhir Semester Ganjil TA 2023/2024", "surat-edaran", "2023-11-10"],
   ["Instruksi Kepala Dinas No. 78/2023", "Tentang Percepatan Implementasi Kurikulum Merdeka", "instruksi", "2023-09-05"],
   ["Pedoman Teknis Bantuan Operasional Sekolah 2024", "Panduan Penggunaan dan Pertanggungjawaban BOS", "pedoman", "2024-01-15"],
   ["Peraturan Kepala Dinas No. 234/2023", "Tentang Sistem Informasi Manajemen Pendidikan", "peraturan", "2023-12-01"]]);
const laporan = listing("Laporan Kegiatan",
  "Dokumentasi dan laporan lengkap kegiatan-kegiatan yang telah dilaksanakan oleh Dinas Pendidikan Provinsi Sulawesi Tenggara",
  "Cari berdasarkan judul atau deskripsi kegiatan...",
  ["workshop", "monitoring", "sosialisasi", "pelatihan", "lomba", "evaluasi"],
  [["Laporan Kegiatan Workshop Kurikulum Merdeka", "[...]", "workshop", "2024-01-15"],
   ["Laporan Monitoring Akreditasi Sekolah", "[...]", "monitoring", "2024-02-20"],
   ["Laporan Sosialisasi Program Bantuan Pendidikan", "[...]", "sosialisasi", "2024-03-10"],
   ["Laporan Pelatihan Manajemen Sekolah", "[...]", "pelatihan", "2024-04-05"],
   ["Laporan Kegiatan Lomba Inovasi Pembelajaran", "[...]", "lomba", "2024-05-18"],
   ["Laporan Evaluasi Kinerja Tahun 2023", "[...]", "evaluasi", "2024-01-30"]]);

const notFound = `<section><h1>404</h1><p>Maaf, halaman yang Anda cari tidak dapat ditemukan atau telah dipindahkan.</p><a href="/">Kembali ke Beranda</a></section>`;
const routes = { "/": home, "/ppid": ppid, "/profil/produk-hukum": produk, "/laporan-kegiatan": laporan };
root.innerHTML = `<div class="min-h-screen">${navbar}<main>${routes[path] || notFound}</main>${footer}</div>`;

const dd = document.getElementById("dd-profil");
dd.addEventListener("click", () => {
  const box = document.getElementById("dd-profil-items");
  const open = dd.getAttribute("aria-expanded") === "true";
  box.innerHTML = open ? "" : profilItems;
  dd.setAttribute("aria-expanded", String(!open));
});
const q = document.getElementById("q");
if (q) {
  const cat = document.getElementById("cat");
  const filter = () => document.querySelectorAll("#rows .row").forEach((r) => {
    r.style.display = r.dataset.t.includes(q.value.toLowerCase()) && (cat.value === "all" || r.dataset.c === cat.value) ? "" : "none";
  });
  q.addEventListener("input", filter);
  cat.addEventListener("change", filter);
}
