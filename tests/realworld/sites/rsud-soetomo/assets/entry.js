// Compact working rewrite (no Vue) of the RSUD Dr. Soetomo Nuxt 4 SPA (ssr: false) at 37e7ba0: layouts/default
// (AppHeader, AppFooter), pages/index, pages/ppid/{index,profil,dokumen,layanan_informasi,daftar_informasi},
// permohonan-informasi, keberatan-informasi, pengaduan-layanan-publik, pengaduan/index, pengaduan/kanal_pengaduan
// and the components they mount. NuxtLinks are plain <a href>; tabs switch on click without changing the URL
// (as the source's <component :is>); accordions open by default (defaultOpen) and toggle on click; the forms'
// submit handlers only log, as the source's do.
const app = document.getElementById("__nuxt");
const path = location.pathname.replace(/\/+$/, "") || "/";
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const PDF = "/images/welcome_drink.pdf";

// ---------------- header (AppHeader.vue) ----------------
const dropdownMenus = [
  ["Profil", [["Tentang Kami", "/profil/tentang-kami"], ["Kedudukan", "/profil/kedudukan"], ["Tupoksi", "/profil/tupoksi"],
    ["Visi dan Misi", "/profil/visi-misi"], ["Struktur Organisasi", "/profil/struktur-organisasi"], ["SDM", "/profil/sdm"],
    ["Penghargaan & HAKI", "/profil/penghargaan-haki"]]],
  ["Pelayanan", [["Layanan Unggulan", "/pelayanan/layanan-unggulan"], ["Graha Amerta", "/pelayanan/graha-amerta"],
    ["Rawat Jalan", "/pelayanan/rawat-jalan"], ["Rawat Inap", "/pelayanan/rawat-inap"], ["Rawat Darurat", "/pelayanan/rawat-darurat"],
    ["Alur & Persyaratan", "/pelayanan/alur-persyaratan"], ["Petunjuk Umum", "/pelayanan/petunjuk-umum"],
    ["Panduan Praktik Klinik", "/pelayanan/panduan-praktik-klinik"]]],
  ["Diklit", [["Pendidikan & Pelatihan", "https://rsudrsoetomo.jatimprov.go.id/sicerdas/"],
    ["Penelitian & Pengembangan", "/diklit/penelitian-pengembangan"]]],
  ["Promosi Kesehatan", [["Edukasi Kesehatan", "/promosi-kesehatan/edukasi-kesehatan"], ["Majalah Mimbar", "/promosi-kesehatan/majalah-mimbar"]]],
];
const ext = (u) => /^https?:\/\//.test(u);
const link = ([label, to], cls = "") =>
  ext(to) ? `<a href="${to}" target="_blank" rel="noopener noreferrer" class="${cls}">${esc(label)}</a>` : `<a href="${to}" class="${cls}">${esc(label)}</a>`;
const tail = [["Laporan", "/laporan"], ["Reformasi Birokrasi", "/reformasi-birokrasi"], ["PPID", "/ppid"], ["Pengaduan", "/pengaduan"]];
const header = `
<header class="site-header">
  <div class="topbar">
    <a href="tel:031-550-1078"><i class="fas fa-phone-alt"></i><span>Telepon : +62 31 1500995 (Senin - Sabtu 07.00 - 18.00)</span></a>
    <a href="https://wa.me/6281216700101" target="_blank" rel="noopener noreferrer"><i class="fab fa-whatsapp"></i><span>WhatsApp : +62 812 1670 0101 (Hanya Menerima Pesan Pengaduan)</span></a>
    <div class="lang-voice"><button type="button">ID</button></div>
  </div>
  <div class="mainbar">
    <a href="/" class="brand"><img src="/images/logo/logo-rsds-jatimprov.png" alt="Logo"><h2>RSUD Dr. Soetomo</h2></a>
    <button class="burger" id="burger" aria-label="Toggle Menu">&#9776;</button>
    <nav class="desktop-nav">
      <a href="/">Beranda</a>
      ${dropdownMenus.map(([label, items]) => `
      <div class="relative group">
        <button>${esc(label)} <i class="fas fa-chevron-down"></i></button>
        <div class="dropdown-panel">${items.map((i) => link(i)).join("")}</div>
      </div>`).join("")}
      ${tail.map((t) => link(t)).join("\n      ")}
    </nav>
  </div>
  <div id="mobile-slot"></div>
</header>`;
const mobileMenu = `
<div class="mobile-menu">
  <a href="/">Beranda</a>
  ${dropdownMenus.map(([label, items], n) => `
  <div class="acc"><button type="button" data-acc="${n}">${esc(label)} <span>+</span></button>
    <div class="acc-body" id="acc-${n}" style="display:none">${items.map((i) => link(i)).join("")}</div></div>`).join("")}
  ${tail.map((t) => link(t)).join("\n  ")}
</div>`;

// ---------------- footer (AppFooter.vue) ----------------
const logos = [
  ["https://jatimprov.go.id/", "/images/footer/pemprovjatim2.png", "Pemprov Jatim"],
  ["https://dinkes.jatimprov.go.id/", "/images/footer/dinkesjatim.png", "Dinkes Jatim"],
  ["https://kominfo.jatimprov.go.id/", "/images/footer/diskominfojatim.png", "Diskominfo Jatim"],
  ["https://ppid.jatimprov.go.id/", "/images/footer/ppidjatim.png", "PPID Jatim"],
  ["https://spse.inaproc.id/jatimprov", "/images/footer/inaprocspse.png", "INAPROC"],
  ["https://www.lapor.go.id/", "/images/footer/lapor.png", "LAPOR"],
  ["https://sippn.menpan.go.id/", "/images/footer/sippn.png", "SIPPN"],
  ["https://kemkes.go.id/", "/images/footer/kemenkes.png", "Kemenkes"],
  ["https://komisiinformasi.go.id/", "/images/footer/kip.png", "KIP RI"],
];
const socials = [["https://www.facebook.com/rsudrsoetomo", "bi bi-facebook"], ["https://twitter.com/rsudrsoetomo", "fab fa-twitter"],
  ["https://www.instagram.com/rsudrsoetomo/", "fab fa-instagram"], ["https://www.youtube.com/@RSUDDrSOETOMOSurabaya", "fab fa-youtube"]];
const footer = `
<div class="site-footer">
  <div class="logos">${logos.map(([u, img, alt]) => `<a href="${u}" target="_blank"><img src="${img}" alt="${alt}"></a>`).join("")}</div>
  <div class="info">
    <h2>RSUD Dr. Soetomo, Pemerintah Provinsi Jawa Timur</h2>
    <div><b>Alamat :</b> <span>Jl. Mayjend. Prof. Dr. Moestopo No. 6-8, Gubeng, Surabaya 60286</span></div>
    <div><b>Telepon :</b> <span>+62 31 1500995</span> <span>(Senin - Sabtu 07.00 - 18.00)</span></div>
    <div><b>WhatsApp :</b> <a href="https://wa.me/6281216700101" target="_blank" rel="noopener noreferrer">+62 812 1670 0101</a> <span>(Hanya Menerima Pesan Pengaduan)</span></div>
    <div><b>Email :</b> <span>kontak.rsudrsoetomo@jatimprov.go.id</span></div>
    <div class="social">${socials.map(([u, i]) => `<a href="${u}" target="_blank" rel="noopener noreferrer"><i class="${i}"></i></a>`).join("")}</div>
  </div>
  <div class="copy"><strong>&copy; 2026</strong> Instalasi Teknologi Komunikasi dan Informasi, RSUD Dr. Soetomo
    <span>&bull;</span><a href="/kebijakan-privasi">Kebijakan &amp; Privasi</a>
    <span>&bull;</span><a href="/faq">FAQ</a>
    <span>&bull;</span><a href="/site-map">Site Map</a></div>
</div>`;

// ---------------- shared components ----------------
const breadcrumb = (items) => `<nav class="breadcrumb">${items.map(([l, to], i) =>
  (to ? `<a href="${to}">${esc(l)}</a>` : `<span>${esc(l)}</span>`) + (i < items.length - 1 ? " <span>/</span> " : "")).join("")}</nav>`;
const hero = (title) => `<div class="hero"><h1>${esc(title)}</h1><img src="/images/logo/logo_white.png" alt="Hero Logo"></div>`;
const eye = `<button class="aksi" data-log="1"><i class="fa-solid fa-eye"></i></button>`;
const table = (headers, rows, title, footerHtml) => `
<div class="base-table">${title ? `<div class="tt"><h3>${esc(title)}</h3></div>` : ""}
  <table><thead>${Array.isArray(headers) ? `<tr>${headers.map((h) => `<th>${esc(h)}</th>`).join("")}</tr>` : headers}</thead>
  <tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c === "__action__" ? eye
    : Array.isArray(c) ? `<ul>${c.map((x) => `<li><span>&bull;</span><span>${esc(x)}</span></li>`).join("")}</ul>` : esc(c)}</td>`).join("")}</tr>`).join("")}</tbody></table>
  ${footerHtml ? `<div class="tf">${footerHtml}</div>` : ""}</div>`;
const accordion = (title, body) => `
<div class="accordion"><button class="acc-head" data-toggle="1"><h2>${esc(title)}</h2><span><i class="fa-solid fa-chevron-down"></i></span></button>
  <div class="acc-content">${body}</div></div>`;
const doc = ([title, size], href = PDF) => `
<a href="${href}" target="_blank" rel="noopener noreferrer" class="doc-card">
  <div class="ic"><img src="/images/pdf.png" alt="PDF"></div>
  <div><p>${esc(title)}</p><div class="meta"><span><i class="fa-regular fa-file-lines"></i> PDF</span>${size ? `<span>${size}</span>` : ""}</div></div>
  <div class="go"><i class="fa-solid fa-arrow-up-right-from-square"></i></div></a>`;
const docs = (list) => `<div><div class="doc-grid">${list.map((d) => doc(d)).join("")}</div></div>`;
const card = ([title, to]) => `<a href="${to}" class="card"><div class="ic"><img src="/images/menusection/quicklink_pendol.png" alt="${esc(title)}"></div><h3>${esc(title)}</h3></a>`;
const pengaduanCards = `<div class="cards cols3">${[["Pengaduan Layanan Publik", "/pengaduan-layanan-publik"], ["Permohonan Informasi", "/permohonan-informasi"],
  ["Keberatan Atas Permohonan Informasi RSUD Dr. Soetomo", "/keberatan-informasi"]].map(card).join("")}</div>`;
const withPengaduan = (inner) => `<div><div class="panel">${inner}</div><div class="p-5">${pengaduanCards}</div></div>`;
const tabsPage = (crumbs, title, tabs) => ({ crumbs, title, tabs });

// ---------------- PPID data (components/ppid/**) ----------------
const H7 = ["No", "Informasi", "Pejabat/Unit Yang Menguasai Informasi", "Penanggung Jawab Pembuat atau Penerbitan Informasi",
  "Waktu dan Tempat Pembuatan Informasi", "Jangka Waktu Penyimpanan atau Retensi", "Aksi"];
const BU = "Bagian Umum", HUMAS = "Subkoordinator Hukum, Hubungan Masyarakat dan Pemasaran";
const r = (n, info, unit, pj, when, ret) => [String(n), info, unit, pj, when + ", RSUD Dr. Soetomo", ret, "__action__"];
const berkala = [
  ["Informasi Profil Badan Publik", [
    r(1, "Kedudukan, Domisili dan Alamat Lengkap", BU, "Subkoordinator Tata Usaha", 2023, "Selama Berlaku"),
    r(2, "Struktur Organisasi \t", BU, HUMAS + ";Subkoordinator Tata Usaha", 2023, "Selama Berlaku"),
    r(3, "Profil Singkat Pejabat", BU, "Subkoordinator Tata Usaha", 2023, "Selama Berlaku"),
    r(4, "Visi dan Misi", BU, HUMAS, 2023, "Selama Berlaku"),
    r(5, "Tugas Pokok dan Fungsi", BU, HUMAS + ";Subkoordinator Tata Usaha", 2023, "Selama Berlaku"),
    r(6, "LHKASN", "Bagian Sumber Daya Manusia", "Subkoordinator Disiplin dan Pembinaan Sumber Daya Manusia", 2023, "1 Tahun")]],
  ["Rencana Strategis", [r(1, "Rencana Strategis", "Bagian Perencanaan dan Evaluasi", "Subkoordinator Perencanaan Program dan Anggaran", 2023, "5 Tahun")]],
  ["Ringkasan Program dan Kegiatan", [r(1, "Program dan Kegiatan", " Bagian Perencanaan dan Evaluasi",
    "Subkoordinator Perencanaan Program dan Anggaran;Subkoordinator Evaluasi dan Pelaporan", 2023, "1 Tahun")]],
  ["Hasil Pelaksanaan Program dan Kegiatan", [
    r(1, "Ringkasan Informasi Kinerja 2023 \t", "Bagian Perencanaan dan Evaluasi", "Subkoordinator Evaluasi dan Pelaporan", 2024, "5 Tahun"),
    r(2, "Ringkasan Informasi Kinerja 2023", "Bagian Perencanaan dan Evaluasi", "Subkoordinator Evaluasi dan Pelaporan", 2023, "5 Tahun"),
    r(3, "LKj-IP 2022", "Bagian Perencanaan dan Evaluasi", "Subkoordinator Evaluasi dan Pelaporan", 2023, "5 Tahun"),
    r(4, "CALK (Catatan Arus Kas) 2022", "Bagian Akuntansi dan Aset", "Subkoordinator Akuntansi dan Verifikasi", 2023, "Selama Berlaku"),
    r(5, "DPPA 2023", "Bagian Akuntansi dan Aset", "Subkoordinator Akuntansi dan Verifikasi", 2023, "Selama Berlaku")]],
  ["Pengumuman Pengadaan Barang dan Jasa", [
    r(1, "Rencana Pengadaan Barang dan Jasa 2024 \t", "Unit Pelayanan Pengadaan Terpadu Satu Atap", "Unit Pelayanan Pengadaan Terpadu Satu Atap", 2024, "2 Tahun"),
    r(2, "Rencana Pengadaan Barang dan Jasa 2024", "Unit Pelayanan Pengadaan Terpadu Satu Atap", "Unit Pelayanan Pengadaan Terpadu Satu Atap", 2023, "2 Tahun"),
    r(3, "Pengumuman Proses Pengadaan", "Unit Pelayanan Pengadaan Terpadu Satu Atap", "Unit Pelayanan Pengadaan Terpadu Satu Atap", 2023, "2 Tahun"),
    r(4, "Kontrak Pengadaan Tahun 2022 ", "Unit Pelayanan Pengadaan Terpadu Satu Atap", "Unit Pelayanan Pengadaan Terpadu Satu Atap", 2022, "5 Tahun")]],
  ["Laporan Pelayanan Informasi Publik", [r(1, "poran Pelayanan Informasi Publik Tahunan \t", "Bagian Umum/PPID", HUMAS, 2023, "Tahunan")]],
  ["Informasi Lain-Lain", [
    r(1, "Kebijakan Direktur RSUD Dr. Soetomo yang Mengikat Publik \t", BU, HUMAS, 2023, "Selama Berlaku"),
    r(2, "Prosedur Memperoleh Informasi Publik \t", BU, HUMAS, 2023, "Selama Berlaku"),
    r(3, "Prosedur Pengaduan Penyalahgunaan Wewenang atau Pelanggaran \t \t", "Satuan Pengawas Internal", "Satuan Pengawas Internal \t", 2023, "Selama Berlaku"),
    r(4, "Prosedur Peringatan Dini dan Evakuasi Keadaan Darurat di RSUD Dr. Soetomo \t", HUMAS + " \t", "Komite Keselamatan Kerja Rumah Sakit \t", 2023, "Selama Berlaku")]],
];
const sertaMerta = [
  ["1", "Informasi Bencana Alam/Non Alam", BU, HUMAS, "Tentatif, RSUD Dr. Soetomo", "Selama Berlaku", "__action__"],
  ["2", "Informasi Bencana Sosial ", BU, HUMAS, "Tentatif, RSUD Dr. Soetomo", "Selama Berlaku", "__action__"],
  ["3", "Informasi Tentang Peta Pesebaran Area Menular di RSUD Dr. Soetomo \t", BU, HUMAS, "Tentatif, RSUD Dr. Soetomo", "Selama Berlaku", "__action__"],
  ["4", "Informasi Tentang Potensi Gangguan Terhadap Utilitas Publik", BU, HUMAS, "Tentatif, RSUD Dr. Soetomo", "Selama Berlaku", "__action__"],
];
const setiapSaat = [
  r(1, "Daftar Informasi Publik 2024", BU, HUMAS, 2024, "6 Bulan"),
  r(2, "Daftar Informasi Publik 2023", BU, HUMAS, 2023, "6 Bulan"),
  r(3, "Informasi Tentang Tarif", "Bagian Keuangan; Bidang Pelayanan Medik; Bidang Penunjang Medik",
    "Subkoordinator Pendapatan; Subkoordinator Perbendaharaan; Subkoordinator Pelayanan Rawat Jalan dan Rawat Inap; Subkoordinator Pelayanan Rawat Darurat dan Invasif; Subkoordinator Diagnostik dan Perencanaan Peralatan Medik; Subkoordinator Perbekalan dan Farmasi", 2023, "Setiap Ada Perubahan"),
  r(4, "Informasi Tentang Kegiatan Rumah Sakit", "Bagian Umum; Bagian Pendidikan dan Pelatihan", "Subkoordinator Hukum, Hubungan Masyarakat dan Pemasaran; Subkoordinator Pelatihan", 2023, "Sebelum Kegiatan"),
  r(5, "Informasi Kegiatan Pemerintah Provinsi dan Nasional", BU, HUMAS, 2023, "Menjelang Kegiatan"),
  r(6, "Informasi Kerjasama dengan Pihak Ketiga", BU, HUMAS, 2023, "Setiap Ada Perubahan"),
  r(7, "Jurnal Penelitian", "Bagian Penelitian dan Pengembangan", "Subkoordinator Penelitian", 2023, "Setiap Tahun"),
  r(8, "Informasi Tentang Pelatihan", "Bagian Pendidikan dan Pelatihan", "Subkoordinator Pelatihan", 2023, "Sebelum dan Setelah Kegiatan"),
  r(9, "Informasi Tentang Keputusan Direktur RSUD Dr. Soetomo yang Mengikat Publik", BU, HUMAS, 2023, "Selama Masa Berlaku"),
  r(10, "Informasi Tentang Organisasi Rumah Sakit", BU, HUMAS, 2023, "Selama Masa Berlaku"),
  r(11, "Kegiatan Pelayanan Informasi Publik 2023", BU, HUMAS, 2024, "1 Tahun"),
  r(12, "Kegiatan Pelayanan Informasi Publik 2022", BU, HUMAS, 2023, "1 Tahun"),
  r(13, "Laporan Pengaduan Publik 2022", BU, HUMAS, 2023, "1 Tahun"),
  r(14, "Laporan Pengaduan Publik 2023", BU, HUMAS, 2024, "1 Tahun"),
];
const UU14 = "Undang-Undang Republik Indonesia Nomor 14 Tahun 2008 Tentang Keterbukaan Informasi Publik";
const ITE = "Undang-Undang Republik Indonesia Nomor 11 Tahun 2008 Tentang Informasi dan Transaksi Elektronik";
const PBJ = UU14 + "; Peraturan Presiden Republik Indonesia Nomor 12 Tahun 2021 Tentang Perubahan Atas Peraturan Presiden Nomor 16 Tahun 2018 Tentang Pengadaan Barang/Jasa Pemerintah";
const PNS1 = "Mengungkap Data Pribadi PNS yang Bersifat Rahasia", PNS2 = "Melindungi Data Pribadi PNS yang Bersifat Rahasia";
const TT = "Tidak Terbatas", SAING1 = "Muncul Persaingan Usaha/Kepentingan yang Tidak Sehat",
  SAING2 = "Melindungi Rumah Sakit dari Persaingan Usaha/Kepentingan yang Tidak Sehat";
const dik = [
  ["Biodata Elektronik PNS (Basis Data)", "UU RI No 14 Tahun 2008 Tentang Keterbukaan Informasi Publik", TT, PNS1, PNS2],
  ["Dokumen/Berkas/Arsip PNS", UU14, TT, PNS1, PNS2],
  ["Identitas PNS yang Melanggar Disiplin dan Dijatuhi Hukuman", UU14, TT, PNS1, PNS2],
  ["Identitas PNS yang Mengajukan Izin Perceraian", UU14, TT, PNS1, PNS2],
  ["Daftar Nilai PNS Antara Lain SKP", UU14 + "; Peraturan Pemerintah Republik Indonesia Nomor 10 Tahun 1979 Tentang Penilaian Pelaksanaan Pekerjaan Pegawai Negeri Sipil", TT, PNS1, PNS2],
  ["Data Usulan Pengangkatan PNS dalam Jabatan Struktural", UU14, "Sampai dengan Pelantikan",
    "Merugikan Proses Penyusunan Kebijakan atau Menghambat Kesuksesan Kebijakan karena Adanya Pengungkapan Secara Prematur", "Menjaga Iklim Konduksif"],
  ["Arsip Dinamis yang Menurut Sifatnya Rahasia", UU14, TT, "Merugikan Proses Penyusunan Kebijakan karena Adanya Pengungkapan Secara Prematur", "Melindungi Kerahasiaan Dokumen"],
  ["Rincian HPS (Harga Perkiraan Sendiri)", PBJ, TT, "Menghambat Kesuksesan Kebijakan karena Ada Pengungkapan Secara Prematur (Informasi Apabila Dibuka Menimbulkan Penilaian Tidak Baik)",
    "Efisiensi Anggaran karena Diperoleh Penawaran Harga yang Wajar"],
  ["Dokumen Penawaran Kontrak", PBJ, "Selama Proses Pengadaan Barang", "Muncul Persaingan Usaha yang Sehat", "Dapat Menjaga Objektifitas Penilaian"],
  ["Lokasi Server", ITE, TT, "Tindakan Kriminal Pengrusakan dan Pencurian Data", "Melindungi/Mengamankan Perangkat serta Data"],
  ["Internet Protocol/IP Address Private", ITE, TT, "Penerobosan/Penyalahgunaan Hak Akses", "Menjaga/Melindungi Akses"],
  ["Bandwidth Management", ITE, TT, "Penyalahgunaan Kapasitas Bandwidth Diluar Ketentuan", "Mengatur Kestabilan Penggunaan Bandwidth"],
  ["Kode Akses Elektronik", ITE, TT, "Penyalahgunaan Pihak Lain", "Menjaga Keamanan Jaringan Komputer"],
  ["Sistem Keamanan Elektronik", ITE, TT, "Penyalahgunaan Pihak Lain", "Menjaga Keamanan Jaringan Komputer"],
  ["Sistem Manajemen Basis Data", UU14 + "; " + ITE, TT, "Penyalahgunaan Pihak Lain", "Menjaga Keamanan Basis Data"],
  ["Hasil: Pemeriksaan Reguler, Pemeriksaan Kasus, Pemeriksaan Khusus, Review Laporan Keuangan dan Evaluasi/Pemantauan",
    UU14 + "; Peraturan Menteri Pendayagunaan Aparatur Negara Nomor Per/04/M.PAN/03/2008 Tentang Kode Etik APIP; Peraturan Menteri Pendayagunaan Aparatur Negara Nomor Per/05/M.PAN/03/2008 Tentang Standar Audit APIP",
    TT, "Menghambat Kesuksesan Kebijakan karena Adanya Pengungkapan secara Prematur, Melanggar PP Tentang Batasan Distribusi LHP dan Melanggar Peraturan MENPAN Tentang Batasan Distribusi LHP",
    "Membantu Badan Publik dalam Mencapai Keberhasilan Pelaksanaan Kebijakan"],
  ["Rekam Medis", "Undang-Undang Republik Indonesia Nomor 29 Tahun 2004 Tentang Praktik Kedokteran; " + UU14 + "; Undang-Undang Republik Indonesia Nomor 44 Tahun 2009 Tentang Rumah Sakit",
    TT, "Mengungkap Rahasia Pribadi Terkait Kondisi Kesehatan dan Fisik Seseorang", "Melindungi Kerahasiaan Pribadi Terkait Kondisi Kesehatan dan Fisik Seseorang"],
  ["Data Hutang Pasien kepada Rumah Sakit", UU14, TT, "Mengungkap Rahasia dan Kondisi Keuangan", "Melindungi Kerahasiaan Pribadi Terkait Kondisi Keuangan Seseorang"],
  ["Rincian Pendapatan Rumah Sakit", UU14, TT, SAING1, SAING2],
  ["Naskah Kerjasama", UU14, TT, SAING1, SAING2],
  ["Besaran Harga Hasil Penilaian Lembaga Independen/Appraisal untuk Pengadaan", UU14, TT, SAING1, SAING2],
  ["Data Insiden Pasien", "Peraturan Menteri Kesehatan Republik Indonesia Nomor 11 Tahun 2017 Tentang Keselamatan Pasien", TT,
    "Reputasi Rumah Sakit dan Beresiko Terjadi Masalah Hukum", "Melindungi Reputasi Rumah Sakit dan Meminimalisir Masalah Hukum"],
].map((row, i) => [String(i + 1), ...row]);
const dikHead = `<tr><th rowspan="2">No.</th><th rowspan="2">Informasi</th><th rowspan="2">Dasar Hukum</th><th rowspan="2">Batas Waktu Pengecualian</th><th colspan="2">Konsekuensi</th></tr>
<tr><th>Dampak Jika Dibuka</th><th>Dampak Jika Ditutup</th></tr>`;

const regulasi = [
  ["Undang-Undang Republik Indonesia Nomor 14 Tahun 2008 Tentang Keterbukaan Informasi Publik ", "1,2 MB"],
  ["Undang-Undang Republik Indonesia Nomor 25 Tahun 2009 Tentang Pelayanan Publik", "1,2 MB"],
  ["Undang-Undang Republik Indonesia Nomor 43 Tahun 2009 Tentang Kearsipan", "1,2 MB"],
  ["Peraturan Pemerintah Republik Indonesia Nomor 61 Tahun 2010 Tentang Pelaksanaan Undang-Undang Nomor 14 Tahun 2008 Tentang Keterbukaan Informasi Publik", "1,2 MB"],
  ["Peraturan Menteri Dalam Negeri Republik Indonesia Nomor 3 Tahun 2017 Tentang Pedoman Pengelolaan Pelayanan Informasi dan Dokumentasi Kementerian Dalam Negeri dan Pemerintah Daerah", "1,2 MB"],
  ["Peraturan Komisi Informasi Nomor 1 Tahun 2010 Tentang Standar Layanan Informasi Publik", "1,2 MB"],
  ["Peraturan Komisi Informasi Nomor 1 Tahun 2013 Tentang Prosedur Penyelesaian Sengketa Informasi Publik", "1,2 MB"],
  ["Peraturan Gubernur Jawa Timur Nomor 8 Tahun 2018 Tentang Pedoman Pengelolaan Pelayanan Informasi dan Dokumentasi di Lingkungan Pemerintah Provinsi Jawa Timur", "1,2 MB"],
];
const sop = [
  ["Alur Pelaporan WBS Online", "2,12 MB"],
  ["Keputusan Direktur Utama RSUD Dr. Soetomo Nomor 188.4/3946/301/2020 Tentang Kebijakan Penanganan Benturan Kepentingan di RSUD Dr. Soetomo", "3,3 MB"],
  ["Keputusan Direktur Utama RSUD Dr. Soetomo Nomor 188.4/3947/301/2020 Tentang Kebijakan Sistem Penanganan Pengaduan (Whistle Blowing System) di RSUD Dr. Soetomo", "3.71 MB"],
  ["Keputusan Direktur RSUD Dr. Soetomo Nomor 188.4/728.6/301/2022 Tentang Kebijakan Keterbukaan Informasi Publik RSUD Dr. Soetomo ", "3.71 MB"],
  ["Prosedur Penanganan Pengaduan WBS Melalui Aplikasi Siesta", "3.71 MB"],
  ["SOP Penanganan Keberatan Informasi 2024", "3.71 MB"],
  ["SOP Pendokumentasian Informasi Publik Pada PPID 2024 ", "3.71 MB"],
  ["SOP Penyusunan DIP 2024", "3.71 MB"],
  ["SOP Permintaan Informasi 2024 ", "3.71 MB"],
  ["SOP Uji Konsekuensi 2024 ", "3.71 MB"],
];
const skPpid = [["SK PPID 2025", "1,2 MB"], ["SK PPID 2024", "1,2 MB"], ["SK PPID 2024", "1,2 MB"], ["SK PPID 2023", "1,2 MB"], ["SK PPID 2023", "1,2 MB"]];
const aksesInfo = [["Laporan Akses Informasi Tahun 2025", "1,2 MB"], ["Laporan Akses Informasi Tahun 2024", "1,2 MB"]];
const pelayananInfo = [["Laporan Monitoring dan Evaluasi Keterbukaan Informasi Publik Periode Bulan Januari s.d Juni 2025", "1,2 MB"],
  ...[2024, 2023, 2022, 2021, 2020, 2019, 2018].map((y) => ["Laporan Pelayanan Informasi Publik Tahun " + y, "1,2 MB"])];

const uraianTugas = [["PPID pada RSUD Dr. Soetomo merupakan PPID Pelaksana yang bertanggungjawab dalam membantu PPID Utama dalam pelaksanaan layanan Informasi Publik yang meliputi proses penyimpanan, pendokumentasian, penyediaan dan pelayanan Informasi Publik di RSUD Dr. Soetomo.",
  ["Membantu PPID melaksanakan tanggungjawab, tugas, dan kewenangannya", "Melaksanakan kebijakan teknis layanan Informasi Publik yang telah ditetapkan PPID",
    "Mengonsolidasikan proses penyimpanan, pendokumentasian, penyediaan dan pelayanan Informasi Publik", "Mengumpulkan dokumen Informasi Publik dari Petugas Pelayanan Informasi di Badan Publik",
    "Membantu PPID melakukan verifikasi dokumen Informasi Publik", "Membantu membuat, mengelola, memelihara, dan memutakhirkan Daftar Informasi Publik",
    "Menjamin ketersediaan dan akselerasi layanan Informasi Publik agar mudah diakses oleh publik"],
  ["Meminta dokumen Informasi Publik dari Petugas Pelayanan Informasi di Badan Publik",
    "Meminta klarifikasi kepada Petugas Pelayanan Informasi di Badan Publik dalam melaksanakan pelayanan Informasi Publik.",
    "Menugaskan Petugas Pelayanan Informasi untuk menyiapkan dokumen untuk membantu PPID dalam melaksanakan pengujian konsekuensi atas Informasi Publik yang akan dikecualikan atau pembuatan pertimbangan tertulis dalam hal suatu Informasi Publik dikecualikan atau Permintaan Informasi Publik ditolak"]]];
const image = (src, alt) => `<div class="img-box"><img src="${src}" alt="${esc(alt)}"></div>`;

// ---------------- forms ----------------
const input = (ph, type = "text", req = false) => `<input type="${type}" placeholder="${esc(ph)}"${req ? " required" : ""}>`;
const textarea = (ph, req = false) => `<textarea placeholder="${esc(ph)}"${req ? " required" : ""}></textarea>`;
const captcha = `<div class="captcha"><p>Kode Captcha</p><div class="row"><div class="cbox">CAPTCHA</div><button type="button">Reload</button></div>
  <div class="cin"><input type="text" placeholder="Masukkan Captcha" required><button type="button" aria-label="Reload captcha"><i class="fa fa-refresh"></i></button></div></div>`;
const select = (ph, options) => `<div class="base-select" data-select="1"><div class="sel"><span>${esc(ph)}</span><svg viewBox="0 0 24 24"></svg></div>
  <div class="sel-dd" hidden><div><input type="text" placeholder="Cari..."></div><ul>${options.map((o) => `<li>${esc(o)}</li>`).join("")}</ul></div></div>`;
const form = (fields, button) => `<div class="panel"><div class="form-box"><form class="js-form">${fields}<div class="pt-4"><button type="submit">${esc(button)}</button></div></form></div></div>`;
const formPermohonan = form(`${input("Nama *", "text", true)}${textarea("Alamat *", true)}
  <div class="grid2">${input("Email *", "email", true)}${input("Telepon *")}</div>${input("Pekerjaan *")}${input("Tujuan Penggunaan Informasi *")}
  ${textarea("Informasi yang dibutuhkan *", true)}${captcha}`, "Kirim Pengaduan");
const formKeberatan = form(`${input("Nama Pemohon *", "text", true)}${textarea("Alamat Pemohon *", true)}${input("Pekerjaan *", "text", true)}
  <div class="grid2">${input("Email *", "email", true)}${input("Telepon")}</div>${input("Nama Kuasa Pemohon *", "text", true)}${textarea("Alamat Kuasa Pemohon", true)}
  <div class="grid2">${input("Email Kuasa Pemohon", "email", true)}${input("Telepon Kuasa Pemohon", "text", true)}</div>
  ${select("Pilih Wilayah", ["Pemohon Informasi Ditolak", "Informasi Berkala Tidak Disediakan", "Permintaan Informasi Tidak Tanggapi",
    "Permintaan Informasi Ditanggapi Tidak Sebagaimana yang Diminta", "Permintaan Informasi Tidak Dipenuhi", "Biaya Yang Dikenakan Tidak Wajar"])}
  ${textarea("Kasus Posisi", true)}${captcha}`, "Kirim Keberatan");
const formPengaduan = form(`<div class="grid2">${input("Nama *", "text", true)}${input("No. RM (Jika Sebagai Pasien RSUD Dr. Soetomo)")}</div>
  ${textarea("Alamat *", true)}<div class="grid2">${input("Email *", "email", true)}${input("Telepon")}</div>
  ${textarea("Pelayanan yang Dikeluhkan *", true)}${captcha}`, "Kirim Pengaduan");
const panduanHakPasien = `
<div class="panduan"><div class="cols3">
  <div><h2>Tata Tertib<br>Khusus Bagi Pasien</h2><ol><li>1. Pasien hanya boleh ditunggu oleh 1 orang, kecuali pasien anak, kondisi kritis, atau pasca operasi, boleh ditunggu maksimal 2 orang.</li>
    <li>2. Pasien wajib menggunakan gelang identitas selama dirawat.</li><li>[...]</li></ol>
    <h2>Tata Tertib<br>Bagi Pengunjung Bezuk</h2><ol><li>1. Kunjungan hanya diperbolehkan pada jam berkunjung, yaitu setiap hari pukul 16.00–17.00 WIB.</li><li>[...]</li></ol></div>
  <div class="green"><h2>Tata Tertib Khusus Bagi Penunggu Pasien</h2><ol><li>1. Jumlah penunggu pasien maksimal 1 orang, kecuali untuk pasien kritis, pasca operasi, atau anak-anak dapat ditunggu maksimal 2 orang.</li><li>[...]</li>
    <li>7. Dilarang meninggalkan barang pribadi di rumah sakit.</li></ol></div>
  <div><img src="/images/logo/Logo_Badge_Terbaru.png" alt="logo"><h2>Hak Pasien <br>&amp; Keluarga</h2><h3>RSUD DR. SOETOMO</h3><p><i>"Tangguh, Tumbuh, Terus Melaju"</i></p>
    <div class="social"><a href="https://www.instagram.com/rsudrsoetomo/" target="_blank"><i class="fa-brands fa-instagram"></i></a>
      <a href="https://www.facebook.com/rsudrsoetomo" target="_blank"><i class="fa-brands fa-facebook"></i></a>
      <a href="https://rsudrsoetomo.jatimprov.go.id/" target="_blank"><i class="fa-solid fa-globe"></i></a></div>
    <p>@rsudrsoetomo</p><p>rsud dr. soetomo</p><p>www.rsudrsoetomo.jatimprov.go.id</p></div>
</div>
<div class="doc-box"><h3>Informasi Panduan Hak Pasien dan Keluarga</h3><div>${doc(["Panduan Hak Pasien dan Keluarga", ""], "/pdf/panduan_hak_pasien.pdf")}</div></div></div>`;

// ---------------- pages ----------------
const B = ["Beranda", "/"], P = ["PPID", "/ppid"];
const pages = {
  "/ppid": { crumbs: [B, ["PPID"]], title: "PPID", body: `
    <div class="panel"><div class="cards cols4">${[["Profil", "/ppid/profil"], ["Dokumen", "/ppid/dokumen"], ["Layanan Informasi", "/ppid/layanan_informasi"],
      ["Daftar Informasi", "/ppid/daftar_informasi"]].map(card).join("")}</div></div>
    <div class="panel">${table(["Hari", "Waktu Pelayanan", "Waktu Istirahat"], [["Senin – Kamis", "07:00 – 15:30 WIB", "12:00 – 13:00 WIB"],
      ["Jumat", "07:00 – 15:00 WIB", "11:30 – 12:30 WIB"]], "Jam Pelayanan Informasi Publik",
      `<h4>Jangka Waktu Penyelesaian</h4><p>Waktu penyelesaian dilaksanakan paling lambat <span>10 (sepuluh) hari kerja</span> sejak diterima permintaan. PPID dapat memperpanjang paling lambat <span>7 (tujuh) hari kerja</span>.</p>`)}</div>
    <div class="panel">${pengaduanCards}</div>` },
  "/ppid/profil": tabsPage([B, P, ["Profil"]], "Profil", [
    ["Struktur Organisasi", () => withPengaduan(image("/images/ppid/soPpid.png", "Struktur Organisasi PPID RSUD Dr. Soetomo"))],
    ["Visi & Misi", () => withPengaduan(image("/images/ppid/visiMisiPpid.png", "Visi Misi PPID RSUD Dr. Soetomo"))],
    ["Uraian Tugas", () => withPengaduan(table(["PPID RSUD Dr. Soetomo", "Tugas", "Wewenang"], uraianTugas))],
    ["Maklumat", () => withPengaduan(image("/images/reformasi/maklumatRsds.jpg", "Maklumat RSUD Dr. Soetomo"))]]),
  "/ppid/dokumen": tabsPage([B, P, ["Dokumen"]], "Dokumen", [
    ["Regulasi", () => docs(regulasi)], ["SOP", () => docs(sop)], ["SK PPID", () => docs(skPpid)]]),
  "/ppid/layanan_informasi": tabsPage([B, P, ["Layanan Informasi"]], "Layanan Informasi", [
    ["Layanan Akses Informasi", () => docs(aksesInfo)], ["Layanan Pelayanan Informasi Publik", () => docs(pelayananInfo)]]),
  "/ppid/daftar_informasi": tabsPage([B, P, ["Daftar Informasi"]], "Daftar Informasi", [
    ["Informasi Berkala", () => withPengaduan(berkala.map(([t, rows]) => accordion(t, table(H7, rows))).join(""))],
    ["Informasi Serta Merta", () => withPengaduan(accordion("Informasi Keadaan yang Dapat Mengancam Hajat Hidup Orang Banyak dan Ketertiban Umum di Lingkungan Rumah Sakit", table(H7, sertaMerta)))],
    ["Informasi Setiap Saat", () => withPengaduan(table(H7, setiapSaat))],
    ["Informasi Yang Dikecualikan", () => withPengaduan(table(dikHead, dik))]]),
  "/permohonan-informasi": tabsPage([B, ["Permohonan Informasi"]], "Permohonan Informasi", [
    ["Panduan Hak Pasien", () => panduanHakPasien], ["Form Pemohon Informasi", () => formPermohonan]]),
  "/keberatan-informasi": { crumbs: [B, ["Keberatan Atas Permohonan Informasi"]], title: "Keberatan Atas Permohonan Informasi", body: formKeberatan },
  "/pengaduan-layanan-publik": { crumbs: [B, ["Pengaduan Layanan Publik"]], title: "Pengaduan Layanan Publik", body: formPengaduan },
  "/pengaduan": { crumbs: [B, ["Pengaduan"]], title: "Pengaduan", body: `<div class="panel"><div class="cards cols3">${[
    ["Dasar Hukum", "/pengaduan/dasar_hukum"], ["Kanal Pengaduan", "/pengaduan/kanal_pengaduan"],
    ["Mekanisme Pengelolaan Pengaduan", "/pengaduan/mekanisme_pengelolaan_pengaduan"], ["Tim Pengelola Pengaduan", "/pengaduan/pengelola_pengaduan"],
    ["Rekapitulasi Pengaduan", "/pengaduan/rekapitulasi_pengaduan"], ["Laporan Pengaduan", "/pengaduan/laporan_pengaduan"]].map(card).join("")}</div></div>` },
  "/pengaduan/kanal_pengaduan": { crumbs: [B, ["Pengaduan", "/pengaduan"], ["Kanal Pengaduan"]], title: "Kanal Pengaduan", body: `
    <div class="panel kanal"><div class="left"><img src="/images/logo/lambangRsdsprovJatimkarsjci.png" alt="Logo"><h2>KANAL PENGADUAN</h2>
      <p>Berbagai saluran untuk menyampaikan laporan, keluhan, saran, atau pengaduan pelayanan publik.</p></div>
      <div class="right">${[["Instagram", "fa-brands fa-instagram", "https://instagram.com"], ["Facebook", "fa-brands fa-facebook", "https://facebook.com"],
        ["X", "fa-brands fa-x-twitter", "https://x.com"], ["Email", "fa-solid fa-envelope", "mailto:pengaduan@domain.com"],
        ["WhatsApp", "fa-brands fa-whatsapp", "https://wa.me/628xxxxxxxxx"], ["Live Chat", "fa-solid fa-comments", "#"]].map(([n, i, u]) =>
        `<a href="${u}" target="_blank"><i class="${i}"></i><span>${n}</span></a>`).join("")}</div></div>` },
};

const home = () => `
<section class="hero-home">
  <div class="slide"><img src="/images/herosection/3.png" alt=""></div>
  <div class="content"><h1>BUILD TRUST</h1><p>Rumah Sakit tersier yang terpercaya, aman, bermutu tinggi dan mandiri. Komitmen peningkatkan kualitas pelayanan, sesuai dengan visi dan misi.  </p></div>
  <button class="prev">&#10094;</button><button class="next">&#10095;</button>
  <div class="dots"><button></button><button></button><button></button><button></button></div>
</section>
<section class="menu-section"><div class="card-box">
  <div class="grid6">${[["Pendaftaran\nOnline", "https://daftar.rsudrsoetomo.jatimprov.go.id/", "quicklink_pendol"],
    ["Ketersediaan\nKamar Rawat Inap", "https://itki.rsudrsoetomo.jatimprov.go.id/dashboard-kamar/public/umum", "quicklink_inforanap"],
    ["Hasil Penunjang\n(SIPS)", "https://sips.rsudrsoetomo.jatimprov.go.id/", "quicklink_sips"], ["Daftar Dokter", "/daftardokter", "quicklink_daftardokter"],
    ["Tarif dan\nKerjasama", "/tarif-kerjasama", "quicklink_tarifkerjasama"], ["Harga\nObat", "/harga-obat", "quicklink_obat"]].map(quick).join("")}</div>
  <div class="divider"></div>
  <div class="grid6">${[["Standar\nPelayanan Publik", "/pdf/Spp_rsds.pdf", "quicklink_spp"], ["Rekrutment", "https://sdm.rsudrsoetomo.jatimprov.go.id/rekrutmen/", "ql_rekrutmen"],
    ["Pengaduan\nLayanan Publik", "/pengaduan-layanan-publik", "quicklink_plp"], ["Permohonan\nInformasi", "/permohonan-informasi", "quicklink_pi"],
    ["Keberatan Atas\nPermohonan Informasi", "/keberatan-informasi", "quicklink_kapi"], ["PROMs & PREMs", "/proms-prems", "quicklink_promprem"]].map(quick).join("")}</div>
</div></section>
<section class="agenda"><h2>Agenda</h2><p>Jadwal kegiatan, pelatihan, dan agenda resmi RSUD Dr. Soetomo</p>
  <div class="grid3">${[["28", "Jan", "2025", "Pelatihan", "Pelatihan Peningkatan Kompetensi Sistem Informasi Rumah Sakit"],
    ["05", "Feb", "2025", "Pendidikan", "Pendidikan dan Sosialisasi Keamanan Data dan Privasi Pasien"],
    ["12", "Mar", "2025", "Pelatihan", "Pelatihan Penggunaan Aplikasi SIMRS Versi Terbaru"]].map(([d, m, y, s, t]) =>
    `<div class="ag"><div class="date"><div>${d}</div><div>${m}</div><div>${y}</div></div><div><span>${s}</span><h3>${t}</h3><p>[...]</p></div></div>`).join("")}</div>
  <a href="https://rsudrsoetomo.jatimprov.go.id/sicerdas/" target="_blank" rel="noopener noreferrer">Website SICERDAS</a>
</section>`;
function quick([title, to, icon]) {
  const isExt = to.startsWith("http") || to.endsWith(".pdf");
  return `<a href="${to}"${isExt ? ' target="_blank" rel="noopener noreferrer"' : ""} class="quick"><img src="/images/menusection/${icon}.png" alt="${esc(title)}"><p>${esc(title).replace(/\n/g, "<br>")}</p></a>`;
}

// ---------------- render ----------------
function renderPage(pg) {
  let body = pg.body;
  if (pg.tabs) {
    body = `<div class="tabs-bar"><div class="tabs">${pg.tabs.map(([label], i) =>
      `<button type="button" class="tab${i === 0 ? " active" : ""}" data-tab="${i}">${esc(label)}</button>`).join("")}<span class="underline"></span></div></div>
      <div class="tab-content" id="tab-content">${pg.tabs[0][1]()}</div>`;
  }
  return `<section class="page"><div class="crumb">${breadcrumb(pg.crumbs)}</div><div class="py-5">${hero(pg.title)}</div>${body}</section>`;
}
const titles = { "/": "Beranda" };
const pg = pages[path];
document.title = ((pg && pg.title) || titles[path] || "Webiste") + "  | RSUD Dr. Soetomo";
app.innerHTML = `<div class="layout">${header}<main>${path === "/" ? home() : pg ? renderPage(pg) : "<h1>404</h1><p>Page not found</p>"}</main>${footer}</div>
<div class="floating"></div>`;

// ---------------- behaviour ----------------
let mobileOpen = false;
document.getElementById("burger").addEventListener("click", () => {
  mobileOpen = !mobileOpen;
  document.getElementById("mobile-slot").innerHTML = mobileOpen ? mobileMenu : "";
});
document.addEventListener("click", (e) => {
  const t = e.target.closest("[data-tab],[data-toggle],[data-acc],[data-log],.base-select .sel");
  if (!t) return;
  if (t.dataset.tab !== undefined && pg && pg.tabs) {
    document.querySelectorAll(".tab").forEach((b) => b.classList.toggle("active", b === t));
    document.getElementById("tab-content").innerHTML = pg.tabs[Number(t.dataset.tab)][1]();
  } else if (t.dataset.toggle) {
    const c = t.nextElementSibling; // v-if="open": the body leaves the page while closed
    c.hidden = !c.hidden;
  } else if (t.dataset.acc !== undefined) {
    const b = document.getElementById("acc-" + t.dataset.acc);
    b.style.display = b.style.display === "none" ? "" : "none";
  } else if (t.dataset.log) {
    console.log("Edit:", t.closest("tr") && t.closest("tr").innerText);
  } else {
    const dd = t.parentElement.querySelector(".sel-dd");
    dd.hidden = !dd.hidden;
  }
});
document.addEventListener("submit", (e) => {
  if (!e.target.classList.contains("js-form")) return;
  e.preventDefault(); // @submit.prevent="submitForm": the handler only logs the fields
  console.log("DATA FORM:", Object.fromEntries([...e.target.elements].filter((x) => x.placeholder).map((x) => [x.placeholder, x.value])));
});
