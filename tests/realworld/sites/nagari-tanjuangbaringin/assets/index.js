// Compact working rewrite (no React, no GSAP/framer-motion, no canvas particles) of the Vite/React SPA of
// Nagari Tanjuang Baringin: App.jsx routes, layouts/mainlayout.jsx, components/navbar.jsx, components/footer.jsx,
// pages/TanjuangBaringin.jsx ('/'), Home.jsx, Ppid.jsx (+ section/ppid/{profil,visimisi,tugasfungsi,maklumat}),
// Pelayanan.jsx (+ section/pelayanan/{administrasi,pengaduan}), Produk.jsx (+ data/produkSeed.js),
// Lainnya.jsx (section/lain/faq.jsx). react-router <Link>s are plain <a href>. The API behind VITE_API_URL
// (FAQ, produk, pengaduan) is not in the repository: its calls go to /api/* and fail here, as they would
// without the back end.
const root = document.getElementById("root");
const path = location.pathname.replace(/\/$/, "") || "/";
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const navItems = [
  { to: "/home", label: "Beranda" },
  { label: "Tentang Nagari", children: [["/about/sejarah", "Sejarah"], ["/home#visi-misi", "Visi & Misi"], ["/about/struktur", "SOTK"]] },
  { label: "Data Nagari", children: [["/data-nagari/geografi", "Geografi"], ["/data-nagari/penduduk", "Penduduk"], ["/data-nagari/ekonomi", "Ekonomi"]] },
  { label: "Pelayanan", children: [["/pelayanan/administrasi", "Administrasi"], ["/pelayanan/pengaduan", "Pengaduan"]] },
  { to: "/ppid", label: "PPID" },
  { to: "/produk-nagari", label: "Produk Nagari" },
  { label: "Lembaga Nagari", children: [["/lembaga/bamus", "Bamus"], ["/lembaga/lpmn", "LPMN"], ["/lembaga/niniak-mamak", "Niniak Mamak"], ["/lembaga/bundo-kanduang", "Bundo Kanduang"], ["/lembaga/pkk", "PKK"], ["/lembaga/bumnag", "BUMNAG"], ["/lembaga/karang-taruna", "Karang Taruna"]] },
  { label: "Lainnya", children: [["/home#Galeri", "Galeri"], ["/lainnya/faq", "FAQ"]] },
];

function desktopNav() {
  return navItems.map((it, i) => it.children
    ? `<div class="dd" data-dd="${i}"><button type="button">${it.label} <svg viewBox="0 0 24 24"><path d="M6 9l6 6 6-6"/></svg></button>
        <div class="dd-menu hidden" style="display:none"><div class="dd-panel">${it.children.map(([to, l]) => `<a href="${to}">${l}</a>`).join("")}</div></div></div>`
    : `<div><a href="${it.to}" class="${path === it.to ? "active" : ""}"><span class="relative z-10">${it.label}</span></a></div>`).join("");
}
function mobileNav() {
  return navItems.map((it, i) => it.children
    ? `<div><button type="button" class="mdd" data-mdd="${i}">${it.label}</button>
        <div class="mdd-content hidden" style="display:none">${it.children.map(([to, l]) => `<a href="${to}">${l}</a>`).join("")}</div></div>`
    : `<div><a href="${it.to}">${it.label}</a></div>`).join("");
}
const header = `
<header class="fixed top-0 bg-emerald-950">
  <div class="bar">
    <a href="/" class="brand"><img src="/assets/tanjuangbaringin.webp" alt="Tanjuang Baringin"><span>TANJUANG BARINGIN</span></a>
    <div class="desktop"><nav>${desktopNav()}</nav><a href="/login" class="login">Login</a></div>
    <button type="button" id="burger" aria-label="Buka menu"><span></span><span></span><span></span></button>
  </div>
</header>
<div id="drawer-slot"></div>`;

const social = [
  ["https://www.instagram.com/nagari_tanjuang_baringin/", "Instagram"],
  ["https://youtube.com/@nagaritanjuangbaringin4754", "YouTube"],
  ["https://web.facebook.com/nagaritanjuang.baringin", "Facebook"],
  ["https://mail.google.com/mail/?view=cm&fs=1&to=nagaritanjuangbaringin@gmail.com", "Email"],
  ["https://wa.me/6281374420195", "WhatsApp"],
];
const footer = `
<footer class="bg-emerald-950 text-slate-400">
  <div class="grid">
    <div>
      <a href="/"><img src="/assets/tanjuangbaringin.webp" alt="Tanjuang Baringin"><span>TANJUANG BARINGIN</span><span>Nagari</span></a>
      <p>Nagari Tanjuang Baringin, Kecamatan Lubuk Sikaping, Kabupaten Pasaman, Provinsi Sumatera Barat.</p>
    </div>
    <div>
      <h4>Tautan Cepat</h4>
      <ul><li><a href="/home">Beranda</a></li><li><a href="/home#visi-misi">Visi &amp; Misi</a></li><li><a href="/ppid">PPID</a></li><li><a href="/produk-nagari">Produk Nagari</a></li></ul>
    </div>
    <div>
      <h4>Hubungi Kami</h4>
      <ul>
        <li>Jalan Syekh Mahmoed No.11 C, Tanjuang Baringin, Kec. Lubuk Sikaping, Kabupaten Pasaman, Sumatera Barat, 26318.</li>
        <li>nagaritanjuangbaringin@gmail.com</li>
      </ul>
      <p>Sosial Media</p>
      <div class="social">${social.map(([h, l]) => `<a href="${h}" target="_blank" rel="noopener noreferrer" aria-label="${l}"><svg viewBox="0 0 16 16"></svg></a>`).join(" ")}</div>
    </div>
  </div>
  <div class="copyright"><p>&copy; ${new Date().getFullYear()} Tanjuang Baringin. All rights reserved. <span>&bull;</span> Designed &amp; Developed by <span>KKN REGULER II TANJUANG BARINGIN 2026 UNIVERSITAS ANDALAS</span></p>
    <img src="/assets/footer/tabaringpov.webp" alt="Developer Logo"></div>
</footer>
<button type="button" class="to-top" aria-label="Kembali ke atas" onclick="scrollTo(0,0)">&uarr;</button>`;

const hero = (badge, l1, l2, p) => `
<section class="hero"><div>
  <div class="badge"><span></span>${badge}</div>
  <h1>${l1}<br><span>${l2}</span></h1>
  <div class="line"></div>
  <p>${p}</p>
</div></section>`;

/* ── /ppid ── */
const dasarHukum = [
  ["Pasal 12", "PP No. 61 Tahun 2010", "Pelaksanaan UU No. 14 Tahun 2008", "Tentang Keterbukaan Informasi Publik"],
  ["Pasal 7", "Permendagri No. 35 Tahun 2010", "Pedoman Pengelolaan Pelayanan Informasi dan Dokumen", "Di lingkungan Kementerian Dalam Negeri dan Pemerintah Daerah"],
  ["", "Perkom No. 1 Tahun 2018", "Standar Layanan Informasi Desa", "Peraturan Komisi Informasi Republik Indonesia"],
];
const misi = [
  ["Pengelolaan & Pelayanan Informasi Berkualitas", "Meningkatkan pengelolaan dan pelayanan informasi yang berkualitas kepada masyarakat."],
  ["Sistem Informasi Berbasis Website", "Membangun dan mengembangkan sistem penyediaan dan layanan informasi berbasis website."],
  ["Peningkatan Sumber Daya Manusia", "Meningkatkan kualitas sumber daya manusia pengelola informasi dan dokumentasi."],
];
const tugas = [
  ["Mengkoordinasikan dan mengkonsolidasikan pengumpulan bahan informasi dan dokumentasi dari PPID Pembantu yang meliputi:", ["Informasi yang wajib disediakan dan diumumkan secara berkala;", "Informasi yang wajib tersedia setiap saat;", "Informasi terbuka lainnya yang diminta pemohon informasi publik."]],
  ["Menyimpan, mendokumentasikan, menyediakan dan memberi pelayanan informasi kepada publik;"],
  ["Melakukan verifikasi bahan informasi publik;"],
  ["Melakukan uji konsekuensi atas informasi yang dikecualikan;"],
  ["Melakukan pemutakhiran informasi dan dokumentasi; dan"],
  ["Menyediakan informasi dan dokumentasi untuk diakses oleh masyarakat."],
];
const fungsi = [
  "Mengkoordinasikan penyimpanan dan pendokumentasian seluruh informasi publik;",
  "Mengkoordinasikan penyediaan dan pelayanan seluruh informasi publik di bawah penguasaan masing-masing yang dapat diakses oleh publik;",
  "Menjaga kerahasiaan informasi yang dikecualikan kepada masyarakat dan/atau pemohon informasi publik;",
  "Menjamin keakuratan informasi yang diberikan kepada masyarakat dan/atau pemohon informasi publik.",
];
const kewenangan = [
  "Menolak memberikan informasi yang dikecualikan sesuai dengan ketentuan peraturan perundang-undangan;",
  "Meminta dan memperoleh informasi dari unit kerja/komponen/satuan kerja yang menjadi cakupan kerjanya;",
  "Mengkoordinasikan pemberian pelayanan informasi dengan PPID Pembantu dan/atau Pejabat Fungsional yang menjadi cakupan kerjanya;",
  "Menentukan atau menetapkan suatu informasi dapat/tidaknya diakses oleh publik; dan",
  "Menugaskan PPID Pembantu dan/atau Pejabat Fungsional untuk membuat, mengumpulkan, serta memelihara informasi dan dokumentasi untuk kebutuhan organisasi.",
];
const janji = [
  "Memberikan pelayanan informasi yang cepat dan tepat waktu;",
  "Memberikan kemudahan dalam mendapatkan informasi publik yang diperlukan dengan murah dan sederhana;",
  "Menyediakan dan memberikan informasi publik yang akurat, benar dan tidak menyesatkan;",
  "Menyediakan daftar informasi publik untuk informasi yang wajib disediakan dan diumumkan;",
  "Menyediakan daftar informasi publik dan fasilitas pelayanan sesuai dengan ketentuan dan tata tertib yang berlaku;",
  "Menyiapkan ruang dan fasilitas yang nyaman dan tertata baik;",
  "Merespon dengan cepat permintaan informasi dan keberatan atas informasi publik yang disampaikan baik langsung maupun media;",
  "Menyiapkan petugas informasi yang berdedikasi dan siap melayani;",
  "Melakukan pengawasan internal dan evaluasi kinerja pelaksana.",
];
const nn = (i) => String(i + 1).padStart(2, "0");
const ppid = () => `
${hero("PPID Nagari", "Pejabat Pengelola", "Informasi dan Dokumentasi", "Layanan keterbukaan informasi publik Nagari Tanjuang Baringin.")}
<section class="sec">
  <div class="head"><h2>Profil <span>PPID Nagari</span></h2>
    <p>Pejabat Pengelola Informasi dan Dokumentasi Nagari Tanjuang Baringin — pilar keterbukaan informasi publik yang baru saja dibentuk untuk melayani masyarakat.</p></div>
  <div class="cols">
    <div class="card"><p class="eyebrow">Latar Belakang</p><h3>Hal Baru di Nagari Tanjuang Baringin</h3>
      <p><span>Pejabat Pengelola Informasi dan Dokumentasi (PPID)</span> merupakan hal baru di Nagari Tanjuang Baringin, Kecamatan Lubuk Sikaping, Kabupaten Pasaman. PPID nagari dibentuk berdasarkan Surat Keputusan (SK) Wali Nagari Nomor 27a Tahun 2025 tentang Pejabat Pengelola Informasi dan Dokumentasi (PPID) Nagari Tanjuang Baringin Kecamatan Lubuk Sikaping Kabupaten Pasaman yang disahkan pada tanggal 24 Februari 2025.</p>
      <p>Kehadiran PPID ini menjadi langkah nyata nagari dalam mewujudkan tata kelola pemerintahan yang transparan, akuntabel, dan responsif terhadap hak masyarakat untuk memperoleh informasi publik.</p></div>
    <div class="card"><p class="eyebrow">Dasar Penetapan</p><h3>SK Wali Nagari<br>Nomor 27a Tahun 2025</h3>
      <div class="kv"><span>Perihal</span><span>Pembentukan PPID Nagari</span></div>
      <div class="kv"><span>Disahkan</span><span>24 Februari 2025</span></div>
      <div class="kv"><span>Lokasi</span><span>Nagari Tanjuang Baringin,<br>Kec. Lubuk Sikaping, Kab. Pasaman</span></div></div>
  </div>
  <div class="head"><div class="badge">Regulasi</div><h3>Dasar <span>Hukum</span></h3>
    <p>PPID Nagari Tanjuang Baringin terbentuk berdasarkan ketentuan peraturan perundang-undangan berikut:</p></div>
  <div class="grid3">${dasarHukum.map(([ps, no, j, d], i) => `<div class="card"><div class="num">${nn(i)}</div>${ps ? `<span class="pill">${ps}</span>` : ""}<h4>${no}</h4><p>${j}</p><p>${d}</p></div>`).join("")}</div>
  <div class="card center"><p>Berdasarkan regulasi tersebut di atas, perlu menetapkan <span>Pejabat Pengelola Informasi dan Dokumentasi (PPID)</span> Nagari Tanjuang Baringin, Kecamatan Lubuk Sikaping, Kabupaten Pasaman.</p>
    <span class="eyebrow">Pemerintahan Nagari Tanjuang Baringin</span></div>
</section>
<section class="sec">
  <div class="head"><h2>Visi &amp; <span>Misi PPID</span></h2>
    <p>Arahan dan komitmen Pejabat Pengelola Informasi dan Dokumentasi Nagari Tanjuang Baringin dalam mewujudkan keterbukaan informasi publik.</p></div>
  <div class="card"><div class="badge">Arahan Utama</div><h3>Visi<span>PPID Nagari</span></h3>
    <p class="quote">&ldquo;Dengan Transparansi Kita Tingkatkan Kepercayaan Masyarakat pada Pemerintah&rdquo;</p>
    <p class="eyebrow">&mdash; Komitmen PPID Nagari Tanjuang Baringin</p></div>
  <div class="head"><h3>Misi <span>PPID</span></h3><p>Tiga langkah strategis dalam mewujudkan visi keterbukaan informasi publik di Nagari Tanjuang Baringin.</p></div>
  <div class="grid3">${misi.map(([t, d], i) => `<div class="card"><div class="num">${nn(i)}</div><h4>${t}</h4><p>${d}</p></div>`).join("")}</div>
</section>
<section class="sec">
  <div class="head"><h2>Tugas, Fungsi &amp; <span>Kewenangan</span></h2>
    <p>Tugas pokok, fungsi, dan kewenangan Pejabat Pengelola Informasi dan Dokumentasi Nagari Tanjuang Baringin dalam melayani keterbukaan informasi publik.</p></div>
  <div class="cols">
    <div class="card"><p class="eyebrow">Tugas Pokok</p><h3>Tugas</h3>
      <ol>${tugas.map(([t, sub], i) => `<li><span>${nn(i)}</span><div><p>${t}</p>${sub ? `<ul>${sub.map((s) => `<li>${s}</li>`).join("")}</ul>` : ""}</div></li>`).join("")}</ol></div>
    <div class="card"><p class="eyebrow">Peran Utama</p><h3>Fungsi</h3>
      <ul>${fungsi.map((f) => `<li><p>${f}</p></li>`).join("")}</ul>
      <div class="note"><p>Keempat fungsi tersebut dijalankan secara terkoordinasi demi mewujudkan pelayanan informasi publik yang transparan, akurat, dan akuntabel.</p></div></div>
  </div>
  <div class="card"><p class="eyebrow">Otoritas PPID</p><h3>Kewenangan</h3><p class="quote">&ldquo;Dalam melaksanakan tugas dan fungsinya, PPID berwenang:&rdquo;</p>
    <div class="grid3">${kewenangan.map((k, i) => `<div><span class="num">${nn(i)}</span><p>${k}</p></div>`).join("")}
      <div><p>Kewenangan ini dijalankan sesuai dengan ketentuan peraturan perundang-undangan.</p></div></div></div>
</section>
<section class="sec">
  <div class="head"><h2>Maklumat <span>Pelayanan</span></h2><p>Pejabat Pengelola Informasi dan Dokumentasi (PPID) Nagari Tanjuang Baringin.</p></div>
  <div class="card">
    <div class="center"><p class="eyebrow">Maklumat Pelayanan</p><h3>Pejabat Pengelola Informasi dan Dokumentasi (PPID)</h3><p>Nagari Tanjuang Baringin</p></div>
    <p class="center">Kami berupaya memberikan pelayanan informasi publik dengan <span>sepenuh hati dan bersungguh-sungguh</span> untuk dapat:</p>
    <ol>${janji.map((j, i) => `<li><span>${nn(i)}</span><p>${j}</p></li>`).join("")}</ol>
    <div class="center"><span class="eyebrow">Komitmen Pelayanan PPID Nagari Tanjuang Baringin</span></div>
  </div>
</section>`;

/* ── /home ── */
const home = () => `
<div class="home-bg"><img src="/assets/background1.webp" alt=""></div>
<section class="hero"><div>
  <p class="badge"><span></span>Selamat Datang di</p>
  <h1><span>Nagari</span> <span>Tanjuang Baringin</span></h1>
  <p>Menjelajahi kekayaan budaya, keindahan alam, dan potensi nagari melalui satu platform yang menghadirkan informasi, tradisi, serta semangat masyarakat dalam membangun generasi yang kreatif, berbudaya, dan berdaya saing.</p>
  <button type="button" id="jelajahi">Jelajahi Nagari</button>
  <div><span>Scroll</span></div>
</div></section>
<section id="visi-misi" class="sec">
  <div class="head"><h2>Visi &amp; <span>Misi</span></h2></div>
  <div class="card"><div class="badge">Arahan Utama</div><h3>Visi <span>Nagari</span></h3><p class="quote">&ldquo;Mewujudkan Pelayanan Prima Kepada Masyarakat Yang Memenuhi Standar Pelayanan Publik&rdquo;</p></div>
  <div class="head"><h3>MISI</h3><p>Enam Pilar</p></div>
  <div class="grid3">
    <div class="card"><h4>Pelayanan Profesional</h4><p>Memberikan pelayanan kepada masyarakat secara cepat, tepat, akurat, dan sesuai dengan peraturan yang berlaku.</p></div>
    <div class="card"><h4>Pelayanan yang Berkeadilan</h4><p>Menyelenggarakan pelayanan publik secara adil, setara, dan tanpa membedakan latar belakang masyarakat.</p></div>
    <div class="card"><h4>Peningkatan Kompetensi Aparatur</h4><p>Mengembangkan kapasitas aparatur melalui peningkatan pengetahuan, keterampilan, serta pemanfaatan ilmu pengetahuan dan teknologi.</p></div>
    <div class="card"><h4>Pelayanan Humanis</h4><p>Mewujudkan pelayanan yang ramah, santun, responsif, dan mengutamakan kepuasan masyarakat.</p></div>
    <div class="card"><h4>Efektivitas dan Efisiensi Kerja</h4><p>Mengoptimalkan tata kelola pelayanan agar lebih efektif, efisien, dan berorientasi pada hasil.</p></div>
    <div class="card"><h4>Inovasi Pelayanan Berkelanjutan</h4><p>Mengembangkan inovasi pelayanan secara berkesinambungan untuk meningkatkan kualitas layanan kepada masyarakat.</p></div>
  </div>
</section>
<section class="sec"><div class="head"><h2>Statistik <span>Nagari</span></h2></div>
  <div class="grid3"><div class="card"><p>Luas Wilayah</p><strong>56.530</strong><span>Ha</span></div><div class="card"><p>Jumlah Jorong</p><strong>3</strong><span>Jorong</span></div><div class="card"><p>Jumlah Penduduk</p><strong>6.268</strong><span>Jiwa</span></div><div class="card"><p>Jumlah KK</p><strong>2.288</strong><span>KK</span></div><div class="card"><p>Jumlah Rumah</p><strong>1.159</strong><span>Rumah</span></div><div class="card"><p>IDM 2025</p><strong>89,76%</strong><span>Mandiri</span></div><div class="card"><p>Stunting 2025</p><strong>0,127%</strong><span>Sangat Rendah</span></div></div></section>
<section class="sec"><div class="head"><div class="badge">Lokasi &amp; Peta</div><h2></h2><p>Kantor Wali Nagari Tanjuang Baringin terletak di jantung Kecamatan Lubuk Sikaping, Kabupaten Pasaman — siap melayani masyarakat dengan pelayanan prima.</p></div>
  <div class="map">[peta Leaflet/OpenStreetMap dengan penanda Kantor Wali Nagari]</div>
  <ul class="info">
    <li><span>Alamat</span><span>Jalan Syekh Mahmoed No.11 C, Tanjuang Baringin, Kec. Lubuk Sikaping, Kab. Pasaman, Sumatera Barat 26318</span></li>
    <li><span>Kecamatan</span><span>Lubuk Sikaping</span></li>
    <li><span>Provinsi</span><span>Sumatera Barat</span></li>
    <li><span>Jam Operasional</span><span>Senin – Jumat, 08:00 – 16:00 WIB</span></li>
    <li><span>Email</span><span>nagaritanjuangbaringin@gmail.com</span></li>
  </ul></section>
<section id="Galeri" class="sec"><div class="head"><h2>Galeri<br><span>Nagari</span></h2></div>
  <div data-hero-search><input type="text" id="galeri-q" placeholder="Cari momen atau kegiatan..."></div>
  <div class="grid3" id="galeri"><figure><figcaption>Hamparan Sawah Hijau</figcaption></figure><figure><figcaption>Gotong Royong Bersama</figcaption></figure><figure><figcaption>Tari Piring Tradisional</figcaption></figure><figure><figcaption>Bakti Sosial Nagari</figcaption></figure><figure><figcaption>Musyawarah Nagari</figcaption></figure><figure><figcaption>Bukit di Pagi Hari</figcaption></figure><figure><figcaption>[...]</figcaption></figure><figure><figcaption>Makan Bajamba</figcaption></figure><figure><figcaption>Panen Raya</figcaption></figure><figure><figcaption>Peringatan Hari Besar Islam</figcaption></figure></div></section>`;

/* ── /pelayanan/* ── */
const jenisLayanan = [
  ["Surat Keterangan Ahli Waris (SKAW)", "SK AHLI WARIS.docx"], ["Surat Keterangan Air", "SK AIR.docx"],
  ["Surat Keterangan Belum Pernah Menikah (SKBM)", "SKBPM1.docx"], ["Surat Keterangan Duda/Janda (SKDJ)", "SK DUDA ATAU JANDA.docx"],
  ["Surat Keterangan Meninggal Dunia (SKMD)", "SKMD.docx"], ["Surat Keterangan Cerai", "SK CERAI.docx"],
  ["Surat Keterangan Berdomisili Baik (SKBB)", "SKBB.docx"], ["Surat Keterangan Domisili Perusahaan (SKDP)", "SKDP1NEW.docx"],
  ["Surat Keterangan Kurang Mampu (SKKM)", "SKKM.docx"], ["Surat Keterangan Penduduk (SKP)", "SKP.docx"],
  ["Surat Keterangan Penghasilan", "SK PENGHASILAN ORANG TUA.docx"], ["Surat Keterangan Jual Beli Tanah", "SK JUAL BELI TANAH.docx"],
  ["Surat Keterangan Belum Memiliki Rumah (SKBMR)", "SKBMR.docx"], ["Surat Izin/Rekomendasi Keramaian", "SK IZIN KERAMAIAN.DOCX"],
  ["Surat Pengantar Nikah", "SURAT KETERANGAN IZIN NIKAH.docx"], ["Pelayanan Pengaduan", "FORMULIR PENGADUAN.docx"],
];
const administrasi = () => `
<div data-sec><div class="head"><h3>Pelayanan Surat</h3><p>Daftar layanan surat yang tersedia di Pemerintah Nagari Tanjuang Baringin. Pilih jenis surat untuk melihat persyaratan dan mengunduh formulir yang diperlukan.</p></div>
<div class="grid3">${jenisLayanan.map(([l, f], i) => `<div class="card"><span>Layanan #${nn(i)}</span><p>${l}</p>
  <button type="button" class="unduh" data-file="${esc(f)}">Unduh Berkas</button></div>`).join("")}</div></div>`;
const alur = [["01", "Isi Form", "Lengkapi data diri dan rincian pengaduan pada formulir."], ["02", "Verifikasi", "Perangkat nagari memverifikasi kelengkapan data pengaduan."], ["03", "Tindak Lanjut", "Pengaduan diteruskan ke bidang terkait untuk ditindaklanjuti."], ["04", "Penyelesaian", "Hasil penanganan disampaikan maksimal 7 hari kerja."]];
const pengaduan = () => `
<div data-sec><div class="head"><h3>Form Pengaduan</h3><p>Sampaikan keluhan, aspirasi, atau saran Anda kepada Pemerintah Nagari Tanjuang Baringin. Seluruh pengaduan akan ditindaklanjuti oleh perangkat nagari.</p></div>
<div class="cols" id="pengaduan-body">
  <form id="form-pengaduan" novalidate>
    <label>Nama Lengkap <span>*</span><input name="nama" placeholder="Nama sesuai KTP"></label>
    <label>No. Telepon / WA <span>*</span><input name="telepon" placeholder="08xxxxxxxxxx"></label>
    <label>Alamat / Jorong <span>*</span><input name="alamat" placeholder="Nama jorong &amp; RT"></label>
    <label>Kategori Pengaduan <span>*</span><select name="kategori"><option value="">Pilih kategori pengaduan...</option>${["Umum", "Administrasi", "Pelayanan", "Pemerintahan", "Dokumen"].map((k) => `<option>${k}</option>`).join("")}</select></label>
    <label>Isi Pengaduan <span>*</span><textarea name="isi" placeholder="Uraikan keluhan atau aspirasi Anda secara jelas dan lengkap..."></textarea></label>
    <label>Lampiran (opsional)<input type="file" name="lampiran"></label>
    <p class="err" id="err"></p>
    <button type="submit">Kirim Pengaduan</button>
  </form>
  <aside>
    <div class="card"><h4>Alur Pengaduan</h4><ol>${alur.map(([s, t, d]) => `<li><span>${s}</span><div><p>${t}</p><p>${d}</p></div></li>`).join("")}</ol></div>
    <div class="card"><h4>Saluran Lain</h4><ul>
      <li><p>Kantor Wali Nagari</p><p>Kantor Wali Nagari Tanjuang Baringin, Senin–Jumat 08.00–16.00 WIB</p></li>
      <li><p>Telepon / WhatsApp</p><p>+6281374420195</p></li>
      <li><p>Email</p><p>nagaritanjuangbaringin@gmail.com</p></li></ul>
      <p>Setiap pengaduan akan ditindaklanjuti maksimal <span>7 hari kerja</span> setelah diterima.</p></div>
  </aside>
</div></div>`;
const pelayanan = (inner) => `
${hero("Pelayanan Nagari", "Layanan Administrasi", "Nagari Tanjuang Baringin", "Informasi lengkap layanan administrasi surat-menyurat dan pelayanan publik Nagari Tanjuang Baringin yang dapat diakses oleh masyarakat.")}
<section class="sec">${inner}</section>`;

/* ── /produk-nagari ── */
const produk = () => `
<section class="sec" id="produk">
  <p class="loading">Memuat produk...</p>
</section>`;
const produkSeed = [{ title: "Indeks Desa Tahun 2026", subtitle: "Nagari Tanjuang Baringin", badge: "Publikasi Resmi Nagari",
  description: "Indeks Desa 2026 adalah sebuah indikator tunggal yang digunakan oleh Pemerintah Indonesia untuk mengukur tingkat kemajuan dan kemandirian desa di seluruh Indonesia. [...] Tujuan dari Indeks Desa ini adalah untuk mengukur capaian pembangunan desa/nagari, mengidentifikasi potensi dan tantangan desa/nagari.",
  highlights: ["Alat ukur kemajuan dan kemandirian nagari", "Dasar perumusan kebijakan pembangunan", "Identifikasi potensi dan tantangan nagari"],
  cover: "/assets/produk/IDM.webp", filePath: "/berkas/Book.xlsx", buttonText: "Unduh File" }];
const produkItem = (it) => `<article class="cols"><div><img src="${it.cover}" alt="${esc(it.title)}"></div>
  <div><div class="badge">${esc(it.badge)}</div><h2>${esc(it.title)} <span>${esc(it.subtitle)}</span></h2><p>${esc(it.description)}</p>
  <ul>${(it.highlights || []).map((h) => `<li><span>${esc(h)}</span></li>`).join("")}</ul>
  <a href="${it.filePath}" target="_blank" rel="noopener noreferrer">${esc(it.buttonText)}</a></div></article>`;

/* ── /lainnya/faq ── */
const faqCats = [["all", "Semua"], ["umum", "Umum"], ["administrasi", "Administrasi"], ["pelayanan", "Pelayanan"], ["pemerintahan", "Pemerintahan"], ["dokumen", "Dokumen"]];
const faqData = [
  ["umum", "Apa itu Nagari Tanjuang Baringin?", "Nagari Tanjuang Baringin adalah salah satu nagari yang terletak di Kecamatan Lubuk Sikaping, Kabupaten Pasaman, Provinsi Sumatera Barat. [...]"],
  ["umum", "Di mana lokasi Nagari Tanjuang Baringin?", "Nagari Tanjuang Baringin berada di Kecamatan Lubuk Sikaping, Kabupaten Pasaman, Provinsi Sumatera Barat. [...]"],
  ["umum", "Berapa jumlah penduduk Nagari Tanjuang Baringin?", "Data jumlah penduduk dapat diperoleh melalui kantor Wali Nagari atau melalui halaman Data Nagari di website resmi ini. Informasi kependudukan diperbarui secara berkala setiap tahun."],
  ["umum", "Apa visi dan misi Nagari Tanjuang Baringin?", "Visi dan misi Nagari Tanjuang Baringin dirumuskan oleh Pemerintahan Nagari bersama BAMUS dan masyarakat, [...]. Detail lengkap dapat dilihat di halaman Visi & Misi."],
  ["administrasi", "Bagaimana cara mengurus Kartu Keluarga (KK)?", "Pengurusan Kartu Keluarga dapat dilakukan di kantor Wali Nagari dengan membawa dokumen asli dan fotokopi: [...]. Proses biasanya selesai dalam 3–7 hari kerja."],
  ["administrasi", "Bagaimana cara membuat KTP Elektronik?", "Pembuatan KTP Elektronik dapat dilakukan di kantor Wali Nagari dengan syarat: [...] KTP elektronik akan diterbitkan dalam waktu 7–14 hari kerja."],
  ["administrasi", "Bagaimana prosedur pembuatan Akta Kelahiran?", "Pembuatan Akta Kelahiran memerlukan: [...]. Dokumen kemudian diproses melalui Dinas Kependudukan dan Pencatatan Sipil. Pelayanan ini gratis untuk batas waktu tertentu setelah kelahiran."],
  ["administrasi", "Apakah bisa mengurus administrasi secara online?", "Ya, Nagari Tanjuang Baringin telah memiliki sistem pelayanan administrasi online untuk beberapa jenis dokumen. Anda dapat mengaksesnya melalui halaman Pelayanan Administrasi di website ini. [...]"],
  ["pelayanan", "Apa saja jam pelayanan kantor Wali Nagari?", "Kantor Wali Nagari Tanjuang Baringin buka setiap hari Senin–Jumat pukul 08.00–16.00 WIB, dengan istirahat pukul 12.00–13.00 WIB. Untuk hari Sabtu dan Minggu tutup, kecuali untuk pelayanan darurat yang telah diatur sebelumnya."],
  ["pelayanan", "Bagaimana cara menyampaikan pengaduan atau aspirasi?", "Masyarakat dapat menyampaikan pengaduan atau aspirasi melalui: (1) Kotak saran yang tersedia di kantor nagari, (2) Halaman Pengaduan di website ini, (3) Langsung menghubungi perangkat nagari, (4) Melalui musyawarah jorong atau nagari. Setiap pengaduan akan ditindaklanjuti maksimal 7 hari kerja."],
  ["pelayanan", "Apakah ada layanan pengurusan surat keterangan tidak mampu?", "Ya, Nagari Tanjuang Baringin menyediakan layanan pembuatan Surat Keterangan Tidak Mampu (SKTM) bagi warga yang memenuhi syarat. [...]"],
  ["pelayanan", "Bisakah masyarakat umum mendapatkan data nagari?", "Tentu. Sesuai dengan prinsip keterbukaan informasi publik, Nagari Tanjuang Baringin menyediakan data nagari seperti data kependudukan, anggaran, dan pembangunan yang dapat diakses melalui halaman Data Nagari atau dengan mengajukan permohonan informasi ke PPID Nagari."],
  ["pemerintahan", "Siapa Wali Nagari Tanjuang Baringin saat ini?", "Informasi mengenai Wali Nagari dan jajaran perangkat nagari dapat dilihat pada halaman Struktur Pemerintahan. [...]"],
  ["pemerintahan", "Apa itu BAMUS dan apa perannya?", "BAMUS (Badan Musyawarah Nagari) adalah lembaga perwakilan masyarakat nagari [...]"],
  ["pemerintahan", "Berapa jumlah jorong di Nagari Tanjuang Baringin?", "Nagari Tanjuang Baringin terdiri dari beberapa jorong yang masing-masing dipimpin oleh seorang Ketua Jorong (KJ). [...]"],
  ["dokumen", "Bagaimana cara mengakses peraturan nagari?", "Peraturan Nagari (PerNag) yang telah ditetapkan dapat diakses melalui halaman PPID > Regulasi. Dokumen-dokumen ini disediakan dalam format PDF untuk memudahkan masyarakat mengunduh dan mempelajarinya. PerNag yang tersedia mencakup berbagai aspek penyelenggaraan pemerintahan nagari."],
  ["dokumen", "Apakah laporan keuangan nagari dipublikasikan?", "Ya, sebagai wujud transparansi dan akuntabilitas, laporan keuangan dan laporan kinerja Nagari Tanjuang Baringin dipublikasikan secara berkala. Masyarakat dapat mengaksesnya melalui halaman PPID > Laporan Kinerja atau mengajukan permohonan informasi langsung ke kantor nagari."],
];
let faqCat = "all", faqQ = "", faqOpen = null;
const faqList = () => {
  const items = faqData.filter(([c, q, a]) => (faqCat === "all" || c === faqCat) && (q.toLowerCase().includes(faqQ.toLowerCase()) || a.toLowerCase().includes(faqQ.toLowerCase())));
  if (!items.length) return `<div class="empty"><p>Tidak ada pertanyaan yang sesuai dengan pencarian "${esc(faqQ)}"</p></div>`;
  return items.map(([, q, a], i) => `<div data-faq-item><button type="button" class="faq-q" data-i="${i}" aria-expanded="${faqOpen === i}"><span>${q}</span></button>
    <div class="faq-a" style="${faqOpen === i ? "" : "height:0;opacity:0;overflow:hidden"}"><p>${a}</p></div></div>`).join("");
};
const faq = () => `
<section class="hero"><div>
  <h1>Pusat<br><span>Bantuan</span></h1>
  <p>Temukan jawaban atas pertanyaan-pertanyaan yang sering diajukan tentang Nagari Tanjuang Baringin. Jika Anda tidak menemukan yang dicari, jangan ragu untuk menghubungi kami.</p>
  <div data-hero-search><input type="text" id="faq-q" placeholder="Cari pertanyaan..."></div>
</div></section>
<section class="sec">
  <div class="tabs">${faqCats.map(([id, l]) => `<button type="button" class="faq-cat${id === faqCat ? " active" : ""}" data-cat="${id}">${l}</button>`).join("")}</div>
  <div id="faq-list">${faqList()}</div>
</section>`;

const splash = `
<div class="splash">
  <div class="logo"><button type="button" id="enter" aria-label="Masuk ke halaman utama"><img src="/assets/tanjuangbaringin.webp" alt="Lambang Nagari Tanjuang Baringin"></button></div>
  <div><p>Klik Lambang Nagari</p><p>untuk memasuki website</p></div>
</div>`;

const notFound = `<section class="hero"><div><h1>404</h1><p>Halaman yang kamu cari mungkin telah dipindahkan, dihapus, atau tidak tersedia.</p><a href="/home">Kembali ke Beranda</a></div></section>`;

const routes = {
  "/home": home, "/ppid": ppid, "/produk-nagari": produk, "/lainnya/faq": faq,
  "/pelayanan": () => pelayanan(administrasi()), "/pelayanan/administrasi": () => pelayanan(administrasi()),
  "/pelayanan/pengaduan": () => pelayanan(pengaduan()),
};
const layout = (main) => `<div class="relative min-h-screen bg-emerald-950">${header}<main>${main}</main>${footer}</div>`;

if (path === "/") {
  document.title = "Tanjuang Baringin";
  root.innerHTML = splash;
  document.getElementById("enter").addEventListener("click", () => location.assign("/home"));
} else {
  root.innerHTML = layout(routes[path] ? routes[path]() : notFound);
  wire();
}

function wire() {
  // desktop dropdowns: open on hover, close 180 ms after the pointer leaves
  document.querySelectorAll(".dd").forEach((dd) => {
    const menu = dd.querySelector(".dd-menu");
    let t;
    dd.addEventListener("mouseenter", () => { clearTimeout(t); document.querySelectorAll(".dd-menu").forEach((m) => { m.style.display = "none"; }); menu.style.display = "block"; });
    dd.addEventListener("mouseleave", () => { t = setTimeout(() => { menu.style.display = "none"; }, 180); });
  });
  // burger: mounts the mobile drawer
  const slot = document.getElementById("drawer-slot");
  document.getElementById("burger").addEventListener("click", () => {
    if (slot.innerHTML) { slot.innerHTML = ""; return; }
    slot.innerHTML = `<div class="backdrop" id="backdrop"></div><div class="drawer"><div><img src="/assets/tanjuangbaringin.webp" alt="Tanjuang Baringin"><span>Tanjuang Baringin</span>
      <button type="button" id="drawer-close" aria-label="Tutup">&times;</button></div><nav>${mobileNav()}</nav></div>`;
    const close = () => { slot.innerHTML = ""; };
    document.getElementById("backdrop").onclick = close;
    document.getElementById("drawer-close").onclick = close;
    slot.querySelectorAll(".mdd").forEach((b) => b.addEventListener("click", () => {
      const c = b.nextElementSibling; c.style.display = c.style.display === "none" ? "block" : "none";
    }));
  });
  const j = document.getElementById("jelajahi");
  if (j) j.addEventListener("click", () => location.assign("/home#visi-misi"));
  // administrasi: 'Unduh Berkas' builds a link to /berkas/<file> and clicks it
  document.querySelectorAll(".unduh").forEach((b) => b.addEventListener("click", () => {
    const a = document.createElement("a"); a.href = "/berkas/" + b.dataset.file; a.download = b.dataset.file;
    document.body.appendChild(a); a.click(); a.remove();
  }));
  // pengaduan: client validation, then POST to the (absent) API; success panel only if it answers
  const f = document.getElementById("form-pengaduan");
  if (f) f.addEventListener("submit", async (e) => {
    e.preventDefault();
    const v = (n) => f.elements[n].value.trim();
    const err = !v("nama") ? "Nama lengkap wajib diisi." : !v("telepon") ? "Nomor telepon wajib diisi."
      : !/^[0-9+\-\s]{9,15}$/.test(v("telepon")) ? "Nomor telepon tidak valid." : !v("alamat") ? "Alamat / jorong wajib diisi."
      : !v("kategori") ? "Pilih kategori pengaduan." : !v("isi") ? "Isi pengaduan wajib diisi."
      : v("isi").length < 20 ? "Isi pengaduan minimal 20 karakter agar jelas." : "";
    document.getElementById("err").textContent = err;
    if (err) return;
    try {
      const r = await fetch("/api/faq", { method: "POST", body: new FormData(f) });
      if (!r.ok) throw new Error("Gagal mengirim pengaduan");
      document.getElementById("pengaduan-body").innerHTML = `<div class="card center"><h3>Pengaduan Berhasil Dikirim</h3><p>Terima kasih atas partisipasi Anda. Pengaduan Anda telah diterima dan akan ditindaklanjuti oleh perangkat nagari maksimal 7 hari kerja. [...]</p><button type="button" onclick="location.reload()">Kirim Pengaduan Baru</button></div>`;
    } catch (x) { alert(x.message || "Gagal mengirim pengaduan"); }
  });
  // produk: seed item plus the API's items (none here)
  const pr = document.getElementById("produk");
  if (pr) fetch("/api/produk").then((r) => (r.ok ? r.json() : { data: [] })).catch(() => ({ data: [] }))
    .then((j) => { pr.innerHTML = produkSeed.concat((j && j.data) || []).map(produkItem).join(""); });
  // faq: category tabs, type-to-filter box, accordion; answered API FAQs appended (none here)
  const fq = document.getElementById("faq-q");
  if (fq) {
    const list = document.getElementById("faq-list");
    const redraw = () => {
      list.innerHTML = faqList();
      list.querySelectorAll(".faq-q").forEach((b) => b.addEventListener("click", () => { const i = +b.dataset.i; faqOpen = faqOpen === i ? null : i; redraw(); }));
    };
    fq.addEventListener("input", () => { faqQ = fq.value; faqOpen = null; redraw(); });
    document.querySelectorAll(".faq-cat").forEach((b) => b.addEventListener("click", () => {
      faqCat = b.dataset.cat; faqOpen = null;
      document.querySelectorAll(".faq-cat").forEach((x) => x.classList.toggle("active", x === b)); redraw();
    }));
    redraw();
    fetch("/api/faq").catch(() => null);
  }
  const gq = document.getElementById("galeri-q");
  if (gq) gq.addEventListener("input", () => {
    document.querySelectorAll("#galeri figure").forEach((f) => { f.style.display = f.textContent.toLowerCase().includes(gq.value.toLowerCase()) ? "" : "none"; });
  });
}
