// Compact rewrite (no React) of the Create React App bundle of AlifTIUnwahas/disnakerJateng at 40c4767:
// src/index.js -> App.jsx (BrowserRouter). Public routes under <Layout> (Navigation, the page, Contact footer):
// "/" Home (Header, SwiperHome, Berita, About, Gallery, Testimonials = 'Layanan'), /profil-dinas, /visi-dinas,
// /tusi-dinas, /struktur-dinas, /profil-ppid, /struktur, /daftar-informasi-publik, /info-sertamerta,
// /info-kecuali, /info-berkala; any other path renders the Layout with an empty <main> (no catch-all route).
// Kept: labels and typos as the components write them, react-router <Link>s as <a href> with client-side
// navigation, the category cards as MUI <Card>s whose onClick calls window.open(link, '_blank') (no href), the
// FAQ accordions, the two fetches to http://localhost:5000 (Berita, Struktur) that fail for every visitor
// (Berita keeps 'Memuat berita...', Struktur renders its table with no row). Dropped: CSS, icons, Swiper's
// animation, PostHog, the admin/login routes (not linked from the public pages). The Kepala Dinas's name is
// replaced.
(function () {
  var root = document.getElementById("root");
  var esc = function (s) { return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;"); };

  var NAV = '<nav id="menu" class="navbar navbar-default navbar-fixed-top"><div class="container">' +
    '<div class="navbar-header"><button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#bs-example-navbar-collapse-1">' +
    ' <span class="sr-only">Toggle navigation</span> <span class="icon-bar"></span> <span class="icon-bar"></span> <span class="icon-bar"></span> </button>' +
    '<a class="navbar-brand page-scroll" href="/"><div><img src="/img/jateng.png" alt="Logo"><span>Disnakertrans Jateng\n              </span></div></a></div>' +
    '<div class="collapse navbar-collapse" id="bs-example-navbar-collapse-1"><ul class="nav navbar-nav navbar-right">' +
    '<li class="dropdown"><a href="/" class="dropdown-toggle" data-toggle="dropdown" role="button" aria-haspopup="true" aria-expanded="false">Disnakertrans<span class="caret"></span></a>' +
    '<ul class="dropdown-menu"><li><a href="/profil-dinas">Profil</a></li><li><a href="/visi-dinas">Visi dan Misi</a></li>' +
    '<li><a href="/tusi-dinas">Tugas dan Fungsi</a></li><li><a href="/struktur-dinas">Struktur Organisasi Dinas</a></li></ul></li>' +
    '<li class="dropdown"><a href="/" class="dropdown-toggle" data-toggle="dropdown" role="button" aria-haspopup="true" aria-expanded="false">PPID <span class="caret"></span></a>' +
    '<ul class="dropdown-menu"><li><a href="/profil-ppid">Profil PPID</a></li><li><a href="/daftar-informasi-publik">Daftar Informasi Publik</a></li>' +
    '<li><a href="/info-kecuali">Informasi Dikecualikan</a></li><li><a href="/info-berkala">Informasi Berkala</a></li>' +
    '<li><a href="/info-sertamerta">Informasi Serta Merta</a></li><li><a href="/struktur">Struktur PPID Pelaksana</a></li></ul></li>' +
    '<li></li><li></li></ul></div></div></nav>';

  var FOOTER = '<div class="MuiBox-root footer"><div class="MuiContainer-root MuiContainer-maxWidthLg"><div class="MuiGrid-container">' +
    '<div class="MuiGrid-item"><h3 class="MuiTypography-h3">Disnakertrans Jateng</h3>' +
    '<h4 class="MuiTypography-h4">Jl. Pahlawan No. 16, Semarang, Jawa Tengah, Indonesia</h4></div>' +
    '<div class="MuiGrid-item"><div class="MuiStack-root"><div class="MuiStack-root"><svg data-testid="PhoneIcon"></svg><h4 class="MuiTypography-h4">(024) 8311713 / (024) 8311711</h4></div>' +
    '<div class="MuiStack-root"><svg data-testid="EmailIcon"></svg><h4 class="MuiTypography-h4">disnakertrans@jatengprov.go.id</h4></div></div></div></div>' +
    '<hr class="MuiDivider-root"><h6 class="MuiTypography-h6">© ' + new Date().getFullYear() + ' Disnakertrans Jawa Tengah — Hak Cipta Dilindungi Undang-Undang.</h6></div></div>';

  var LOGOS = '<div><img src="/img/jateng.png" alt="Jateng"><img src="/img/ayoKerjo.png" alt="Ayo Kerjo"><img src="/img/ngopeniNglakoni.png" alt="Slogan"></div>';
  var FAQ_DINAS = [["Bagaimana cara mendaftar pelatihan kerja?", "Pendaftaran dapat dilakukan melalui BLK terdekat atau portal resmi."],
    ["Apa itu program transmigrasi?", "Program perpindahan penduduk untuk pemerataan kesejahteraan."],
    ["Cara lapor pelanggaran?", "Laporan melalui email resmi atau datang langsung ke bidang pengawasan."]];
  var accordion = function (items, marker) {
    return items.map(function (f, i) {
      return '<div class="acc"><div class="acc-header" data-acc="' + i + '">' + esc(f[0]) + ' <span>' + (marker ? "▼" : "+") + '</span></div>' +
        '<div class="acc-body" data-body="' + i + '" hidden>' + (marker ? '<hr>' : '') + esc(f[1]) + '</div></div>';
    }).join("");
  };

  // Category pages (berkala.jsx, sertaMerta.jsx, publikInfo.jsx, infoKecuali.jsx): hero + grid of InfoCards.
  var HERO_TEXT = "Sesuai Pasal 11 Undang-Undang Nomor 14 Tahun 2008 mengenai Keterbukaan Informasi Publik, \n            Badan Publik wajib menyediakan Informasi Publik setiap saat yang dapat diakses oleh Pengguna Informasi Publik.";
  var DIP_CARDS = [["DIP 2025", "Daftar Informasi Publik Dinas Tenaga Kerja dan Transmigrasi Tahun 2025.", "https://drive.google.com/file/d/1LIffiukyRMOrk7exyGYXo5j4tAAHLlfo/view?usp=sharing"],
    ["DIP 2024", "Daftar Informasi Publik Dinas Tenaga Kerja dan Transmigrasi Tahun 2024.", "https://drive.google.com/file/d/1FnGy2-n7YjdBY-EPEceayalPN-fr_gcJ/view?usp=sharing"],
    ["DIP 2023", "Daftar Informasi Publik Dinas Tenaga Kerja dan Transmigrasi Tahun 2023.", "https://drive.google.com/file/d/1CcNmBiHDU3q1xOiJu7-IDHtXagRK2Paj/view?usp=sharing"]];
  var DIK_CARDS = [["DIK 2026", "Daftar Informasi Publik Dinas Tenaga Kerja dan Transmigrasi Tahun 2025.", "https://drive.google.com/file/d/16ym4ipUgPFpVggDsLA7BF5CpV4QwfD7x/view?usp=drivesdk"],
    ["DIK 2025", "Daftar Informasi Publik Dinas Tenaga Kerja dan Transmigrasi Tahun 2024.", "https://drive.google.com/file/d/1iFqd5ZpejCCjFy6PbWzzwLDQneJG1rQj/view?usp=drivesdk"],
    ["DIK 2024", "Daftar Informasi Publik Dinas Tenaga Kerja dan Transmigrasi Tahun 2023.", "https://drive.google.com/file/d/1ulTYFzDdwCiOOAJewmN9H8A5I5y4xoyj/view?usp=drivesdk"],
    ["DIK 2023", "Daftar Informasi Publik Dinas Tenaga Kerja dan Transmigrasi Tahun 2023.", ""]];
  var categoryPage = function (title, cards) {
    return '<div class="MuiBox-root"><div class="MuiBox-root hero"><div class="MuiContainer-root MuiContainer-maxWidthLg">' +
      '<h1 class="MuiTypography-root MuiTypography-h1">' + esc(title) + '</h1><h5 class="MuiTypography-root MuiTypography-h5">' + esc(HERO_TEXT) + '</h5></div></div>' +
      '<div class="MuiContainer-root MuiContainer-maxWidthXl"><div class="MuiPaper-root MuiCard-root"><div class="MuiGrid-root MuiGrid-container">' +
      cards.map(function (c) {
        return '<div class="MuiGrid-root MuiGrid-item"><div class="MuiPaper-root MuiCard-root MuiPaper-outlined" data-open="' + esc(c[2]) + '">' +
          '<div class="MuiCardContent-root"><p class="MuiTypography-root MuiTypography-body1 text-target">' + esc(c[0]) + '</p>' +
          '<p class="MuiTypography-root MuiTypography-body1 text-target">' + esc(c[1]) + '</p>' +
          '<div class="MuiStack-root text-target"><p class="MuiTypography-root MuiTypography-body1">Selengkapnya</p><svg class="lucide lucide-arrow-right"></svg></div>' +
          '<div class="MuiBox-root decoration-dots">' + new Array(10).join('<div class="MuiBox-root"></div>') + '</div></div></div></div>';
      }).join("") + '</div></div></div></div>';
  };

  var PAGES = {
    "/": function () {
      var gallery = "";
      for (var i = 1; i <= 9; i++) gallery += '<div class="col-sm-6 col-md-4 col-lg-4"><div class="portfolio-item"><div class="hover-bg"> <a href="img/portfolio/0' + i + '-large.jpg" title="Project Title" data-lightbox-gallery="gallery1"><div class="hover-text"><h4>Project Title</h4></div><img src="img/portfolio/0' + i + '-small.jpg" class="img-responsive" alt="Project Title"> </a> </div></div></div>';
      var layanan = [["Penempatan Tenaga Kerja", "Fasilitasi penempatan tenaga kerja dalam dan luar negeri, serta bursa kerja.", ["AKL", "AKAD", "AKAN"]],
        ["Pelatihan & Sertifikasi", "Pelatihan kerja berbasis kompetensi melalui jaringan BLK di seluruh Jawa Tengah.", ["BLK", "Sertifikasi BNSP", "Magang"]],
        ["Hubungan Industrial", "Mediasi, konsiliasi, dan arbitrase perselisihan hubungan industrial.", ["PHK", "Upah", "PKB"]],
        ["Pengawasan Ketenagakerjaan", "Pemeriksaan norma kerja dan K3 di perusahaan sesuai perundang-undangan.", ["Norma Kerja", "K3", "Inspeksi"]],
        ["Transmigrasi", "Program transmigrasi umum dan swakarsa mandiri bagi keluarga transmigran.", ["TU", "TBS", "TSM"]],
        ["Jaminan Sosial Ketenagakerjaan", "Koordinasi kepesertaan BPJS Ketenagakerjaan dan perlindungan pekerja.", ["BPJS", "JHT", "JKK"]]];
      return '<div><header id="header"><div class="intro"><div class="overlay"><div class="container"><div class="row"><div class="col-md-8 col-md-offset-2 intro-text">' +
        '<div><img src="/img/jateng.png" alt="Logo Jateng"><img src="/img/ayoKerjo.png" alt="Logo Ayo Kerjo"><img src="/img/ngopeniNglakoni.png" alt="Logo Ngopeni Nglakoni Jateng"></div>' +
        '<h1>Dinas Tenaga Kerja dan Transmigrasi Provinsi Jawa Tengah<span></span></h1><span></span></div></div></div></div></div></header>' +
        '<div class="slider-container"><div class="swiper"><div class="swiper-wrapper">' +
        [["carousel 3.jpeg", "Waspada Penipuan"], ["carousel 1.png", "Seleksi Magang Jepang"], ["carousel 2.png", "Media Informasi"], ["carousel 4.png", "Pelayanan Disnakertrans"]].map(function (s) {
          return '<div class="swiper-slide"><div class="card-slider"><img src="/img/' + s[0] + '" alt="' + s[1] + '"></div></div>';
        }).join("") + '</div></div></div>' +
        '<div id="news" class="text-center"><div class="container-fluid"><div class="section-title"><h2>Berita</h2></div><div class="row"><p>Memuat berita...</p></div></div>' +
        '<a href="https://disnakertrans.jatengprov.go.id/publik/info/berita" target="_blank" rel="noopener noreferrer" class="btn btn-custom btn-lg page-scroll">Selengkapnya</a></div>' +
        '<div id="about"><div class="container"><div class="row"><div class="col-xs-12 col-md-6"> <img src="img/about.jpg" class="img-responsive" alt=""> </div>' +
        '<div class="col-xs-12 col-md-6"><div class="about-text"><h2>About Us</h2><p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. [...]</p>' +
        '<h3>Why Choose Us?</h3><div class="list-style"><div class="col-lg-6 col-sm-6 col-xs-12"><ul><li>Lorem ipsum dolor</li><li>Tempor incididunt</li><li>Lorem ipsum dolor</li><li>Incididunt ut labore</li></ul></div>' +
        '<div class="col-lg-6 col-sm-6 col-xs-12"><ul><li> Aliquip ex ea commodo</li><li> Lorem ipsum dolor</li><li> Exercitation ullamco</li><li> Lorem ipsum dolor</li></ul></div></div></div></div></div></div></div>' +
        '<div id="portfolio" class="text-center"><div class="container"><div class="section-title"><h2>Gallery</h2></div><div class="row"><div class="portfolio-items">' + gallery + '</div></div></div></div>' +
        '<div id="layanan" class="py-5 bg-light"><div class="container"><div class="section-title text-center"><h2>Layanan</h2></div><div class="row g-4">' +
        layanan.map(function (l) {
          return '<div class="col-md-4 mb-4 card-anim is-visible"><div class="layanan-card-root h-100 d-flex flex-column"><div class="layanan-content flex-grow-1">' +
            '<div class="layanan-ikon-circle"><img src="/img/jateng.png" alt="Logo" width="26" height="26"></div><h3 class="layanan-judul">' + esc(l[0]) + '</h3>' +
            '<p class="layanan-deskripsi">' + esc(l[1]) + '</p><div class="layanan-tags-wrapper d-flex flex-wrap gap-2 mt-3">' +
            l[2].map(function (t) { return '<span class="layanan-tag">' + esc(t) + '</span>'; }).join("") + '</div></div></div></div>';
        }).join("") + '</div><div class="custom-alert"><p class="mb-0">Untuk informasi lebih lanjut atau pengaduan, silakan hubungi kami melalui telepon <strong>(024) 8311713 / (024) 8311711</strong> atau email <strong>disnakertrans@jatengprov.go.id</strong>.</p></div></div></div></div>';
    },
    "/profil-dinas": function () {
      var fungsi = ["Perumusan Kebijakan teknis bidang ketenagakerjaan.", "Pelaksanaan kebijakan di bidang pelatihan & produktivitas.", "Pelaksanaan evaluasi dan pelaporan berkala.", "Pembinaan administrasi internal unit kerja.", "Pelaksanaan tugas kedinasan lain dari Gubernur."];
      var org = [["Kepala Dinas", "Pimpinan Utama"], ["Sekretariat", "Dukungan Administrasi"], ["Bidang Pelatihan Kerja & Produktivitas", "Pelatihan & Sertifikasi"], ["Bidang Penempatan Tenaga Kerja & Transmigrasi", "Kesempatan Kerja"], ["Bidang HI & Jamsos", "Hubungan Industrial"], ["Bidang Pengawasan Ketenagakerjaan", "Penegakan Hukum & K3"]];
      var uptd = ["BLK Cilacap", "BLK Semarang 1", "BLK Semarang 2", "Balai Pelayanan Penyelesaian Perselisihan Tenaga Kerja (BP3TK)", "Balai Kesehatan dan Keselamatan Kerja", "Satwasker Semarang", "Satwasker Pati", "Satwasker Magelang", "Satwasker Surakarta", "Satwasker Banyumas", "Satwasker Pekalongan"];
      var info = [["🏢", "Instansi", "Dinas Tenaga Kerja dan Transmigrasi Provinsi Jawa Tengah"], ["👤", "Kepala Dinas", "Bambang Sutrisno, S.E., M.Si."], ["📍", "Alamat", "Jl. Pahlawan No. 16, Semarang, Jawa Tengah 50241"], ["📞", "Telepon", "(024) 8311713 / (024) 8311711"], ["📧", "Email", "disnakertrans@jatengprov.go.id"]];
      return '<div><header>' + LOGOS + '<h1>Dinas Tenaga Kerja dan Transmigrasi</h1><p>Provinsi Jawa Tengah</p></header>' +
        '<section><div><svg class="lucide-book"></svg><h3>Dasar Hukum</h3></div><p>Sesuai <strong>Perda No. 9 Tahun 2016</strong> dan <strong>Pergub No. 64 Tahun 2016</strong>, \n          instansi ini berfungsi sebagai unsur pelaksana urusan pemerintahan bidang tenaga kerja dan transmigrasi \n          di bawah naungan Gubernur Jawa Tengah.</p></section>' +
        '<div><h3><svg class="lucide-shield-check"></svg>Fungsi Strategis</h3><div>' + fungsi.map(function (f) { return '<div><svg class="lucide-chevron-right"></svg>' + esc(f) + '</div>'; }).join("") + '</div></div>' +
        '<div><h3><svg class="lucide-users"></svg>Struktur Organisasi</h3><div>' + org.map(function (o) { return '<div><h4>' + esc(o[0]) + '</h4><p>' + esc(o[1]) + '</p></div>'; }).join("") + '</div></div>' +
        '<div><h2>Informasi Kantor</h2>' + info.map(function (r) { return '<div><span>' + r[0] + '</span><div><span>' + r[1] + '</span><span>' + esc(r[2]) + '</span></div></div>'; }).join("") + '</div>' +
        '<h2>FAQ</h2>' + accordion(FAQ_DINAS) +
        '<section><div><svg class="lucide-home"></svg><h3>Unit Pelaksana Teknis (UPTD)</h3></div><div>' + uptd.map(function (u) { return '<span>' + esc(u) + '</span>'; }).join("") + '</div></section></div>';
    },
    "/visi-dinas": function () {
      var misi = ["Meningkatkan Layanan Dasar yang Inklusif untuk mewujudkan Sumber Daya Manusia yang Mandiri, Kompetitif dan Berwawasan Global.",
        "Meningkatkan Pertumbuhan Perekonomian Perkotaan dan Pedesaan Berbasis Sektor Unggulan yang Inovatif, Mandiri dan berkelanjutan.",
        "Mewujudkan Tata Kelola Pemerintahan yang Responsif dan Kolaboratif dengan mengedepankan nilai-nilai Integritas.", "[...]"];
      var prog = ["Melahirkan Pemerintahan yang Good Clear Government dan Collaborative Governance melalui peningkatan kesejahteraan, Profesionalitas dan kualitas ASN dan Perangkat Desa.",
        "Melahirkan ekosistem ekonomi syariah melalui penguatan regulasi dan pengembangan wisata ramah muslim.", "[...]",
        "Pembangunan Infrastruktur melalui Permukiman Layak Huni melalui 1 KK 1 ruamh layak huni, Pengembangan Pusat Rekreasi dan Promosi Pembangunan, dan Gelanggang Olah Raga Internasional.",
        "Penanggulangan Bencana dan keberlanjutan Lingkungan melalui Mageri Segoro untuk mengamankan garis pantai."];
      var li = function (m) { return '<li><span>✔</span><span>' + esc(m) + '</span></li>'; };
      return '<div>' + LOGOS + '<div><div><div><div><div><svg class="lucide-star"></svg></div><h2>Visi</h2></div>' +
        '<div>"Jawa Tengah Sebagai Provinsi Maju Yang Berkelanjutan Untuk Menuju Indonesia Emas 2045."</div><hr>' +
        '<div><div><svg class="lucide-bar-chart-3"></svg></div><h2>Misi</h2></div><ul>' + misi.map(li).join("") + '</ul></div></div>' +
        '<div><div><h2>Program Prioritas</h2><ul>' + prog.map(li).join("") + '</ul></div></div></div>' +
        '<h2>FAQ</h2>' + accordion(FAQ_DINAS) + '</div>';
    },
    "/tusi-dinas": function () {
      var poin = [["Perumusan Kebijakan", "Perumusan Kebijakan bidang pelatihan kerja dan produktivitas, penempatan tenaga kerja dan transmigrasi, hubungan industrial dan jaminan sosial, serta pengawasan ketenagakerjaan."],
        ["Pelaksanaan Kebijakan", "Pelaksanaan kebijakan di bidang pelatihan kerja dan produktivitas, penempatan tenaga kerja dan transmigrasi, hubungan industrial dan jaminan sosial, serta pengawasan ketenagakerjaan."],
        ["Evaluasi & Pelaporan", "Pelaksanaan evaluasi dan pelaporan bidang pelatihan kerja dan produktivitas, penempatan tenaga kerja dan transmigrasi, hubungan industrial dan jaminan sosial, serta pengawasan ketenagakerjaan."]];
      var bidang = [["Bidang Pelatihan & Produktivitas", "Fokus pada peningkatan skill tenaga kerja melalui BLK dan sertifikasi kompetensi."],
        ["Bidang Penempatan & Transmigrasi", "Mengelola bursa kerja (AK-1), penempatan tenaga kerja luar negeri, dan program transmigrasi."],
        ["Bidang Hubungan Industrial", "Menangani kesejahteraan pekerja, struktur skala upah, dan mediasi perselisihan industrial."],
        ["Bidang Pengawasan", "Memastikan perusahaan mematuhi norma K3 (Kesehatan dan Keselamatan Kerja) serta hak-hak normatif pekerja."]];
      return '<div><div>' + LOGOS + '<div><h1>Tugas dan Fungsi Dinas Tenaga Kerja dan Transmigrasi Jawa Tengah</h1>' +
        '<p>Menyelenggarakan urusan pemerintahan bidang tenaga kerja dan bidang transmigrasi untuk membantu Gubernur dalam menyelenggarakan Pemerintahan Daerah.</p></div>' +
        '<div>' + poin.map(function (p) { return '<div><div><svg></svg></div><h3>' + esc(p[0]) + '</h3><p>' + esc(p[1]) + '</p></div>'; }).join("") + '</div>' +
        '<div><h2>Fungsi Penunjang &amp; Administrasi</h2><div><ul><li><span>●</span><span>Pelaksanaan dan pembinaan administrasi kepada seluruh unit kerja di lingkungan Dinas.</span></li>' +
        '<li><span>●</span><span>Pelaksanaan fungsi kedinasan lain yang diberikan oleh Gubernur sesuai tugas dan fungsinya.</span></li></ul></div></div>' +
        '<div><h2>Eksplorasi Bidang Kerja</h2>' + accordion(bidang, true) + '</div></div></div>';
    },
    "/struktur-dinas": function () {
      var bid = [["BIDANG PELATIHAN KERJA & PRODUKTIVITAS", ["Seksi Pelatihan & Pemagangan", "Seksi Standarisasi & Sertifikasi", "Seksi Produktivitas"]],
        ["BIDANG PENEMPATAN TENAGA KERJA & TRANSMIGRASI", ["Seksi Penempatan Tenaga Kerja", "Seksi Perluasan Kesempatan Kerja", "Seksi Transmigrasi"]],
        ["BIDANG HUBUNGAN INDUSTRIAL & JAMINAN SOSIAL", ["Seksi Syarat Kerja & Jamsos", "Seksi Kelembagaan & HI", "Seksi Pengupahan & Kesejahteraan"]],
        ["BIDANG PENGAWASAN KETENAGAKERJAAN", ["Seksi Pengawasan Norma Kerja", "Seksi Pengawasan Norma K3", "Seksi Penegakan Hukum"]]];
      return '<div><div>' + LOGOS + '<div class="MuiBox-root"><h5 class="MuiTypography-root MuiTypography-h5">STRUKTUR ORGANISASI DISNAKERTRANS PROVINSI JAWA TENGAH</h5>' +
        '<div><div class="MuiPaper-root" aria-label="Pimpinan Tertinggi">KEPALA DINAS</div></div>' +
        '<div class="MuiGrid-container"><div class="MuiGrid-item"><div class="MuiPaper-root">SEKRETARIAT</div><div class="MuiGrid-container">' +
        ['SUB BAGIAN PROGRAM', 'SUB BAGIAN KEUANGAN', 'SUB BAGIAN UMUM & KEPEGAWAIAN'].map(function (t) { return '<div class="MuiGrid-item"><div class="MuiPaper-root">' + esc(t) + '</div></div>'; }).join("") + '</div></div>' +
        '<div class="MuiGrid-item"><div class="MuiGrid-container">' + bid.map(function (b) {
          return '<div class="MuiGrid-item"><div class="MuiPaper-root">' + esc(b[0]) + '</div>' + b[1].map(function (s) { return '<div class="MuiPaper-root">' + esc(s) + '</div>'; }).join("") + '</div>';
        }).join("") + '</div></div></div><div><div class="MuiPaper-root">UPTD</div></div></div></div></div>';
    },
    "/profil-ppid": function () {
      var tugas = ["Penyediaan, penyimpanan, pendokumentasian, dan pengamanan informasi.", "Pelayanan informasi sesuai dengan aturan yang berlaku.",
        "Pelayanan informasi publik yang cepat, tepat dan sederhana.", "Penetapan prosedur operasional penyebarluasan informasi publik.", "Pengujian konsekuensi.",
        "Pengklasifikasian informasi dan/atau pengubahannya.", "Penetapan informasi yang dikecualikan yang habis jangka waktu.", "Penetapan pertimbangan tertulis atas setiap kebijakan."];
      return '<div class="MuiBox-root"><div class="MuiBox-root hero"><div class="MuiContainer-root MuiContainer-maxWidthLg"><h1 class="MuiTypography-root MuiTypography-h1">Profil PPID</h1>' +
        '<h5 class="MuiTypography-root MuiTypography-h5">Setiap Badan Publik memiliki kewajiban untuk memberikan akses informasi kepada masyarakat, sebagaimana diatur dalam Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik.</h5></div></div>' +
        '<div class="MuiContainer-root MuiContainer-maxWidthLg"><div class="ppid-interactive-content"><div class="custom-card hero-card"><div class="section-header"><svg class="icon-blue"></svg><h4 class="MuiTypography-root MuiTypography-h4">Sejarah &amp; Landasan Hukum</h4></div>' +
        '<p class="MuiTypography-root MuiTypography-body1">Reformasi yang bergulir pada tahun 2008 ditandai dengan 3 (tiga) tuntutan yaitu <strong>demokratisasi, transparansi dan supremasi hukum dan Hak Asasi Manusia</strong>, telah merubah latar kehidupan bermasyarakat, berbangsa dan bernegara.</p>' +
        '<p class="MuiTypography-root MuiTypography-body1">Adapun konsekuensi dari tuntutan reformasi tersebut di antaranya penetapan <strong>Undang-undang Republik Indonesia Nomor 14 Tahun 2008</strong> tentang Keterbukaan informasi publik yang bertujuan untuk mewujudkan tata kelola pemerintahan yang baik (<i>good governance</i>).</p>' +
        '<div class="info-badge"><a href="https://drive.google.com/file/d/1a9_dv5_2IjdP1a2WTi_XXsVhSkU-1QQc/view?usp=sharing" target="_blank" rel="noopener noreferrer"><svg class="fa-gavel"></svg> Keputusan Gubernur Jawa Tengah No. 550/1 TAHUN 2013</a></div></div>' +
        '<div class="task-grid-layout"><div class="custom-card"><div class="section-header"><svg class="icon-red"></svg><h5 class="MuiTypography-root MuiTypography-h5">Tugas PPID</h5></div><ul class="task-list">' +
        tugas.map(function (t) { return '<li><svg class="check-icon"></svg><span>' + esc(t) + '</span></li>'; }).join("") + '</ul></div>' +
        '<div class="custom-card"><div class="section-header"><svg class="icon-blue"></svg><h5 class="MuiTypography-root MuiTypography-h5">Fungsi Utama</h5></div><div class="fungsi-stack">' +
        ["Pengelolaan Informasi", "Dokumentasi Arsip", "Pelayanan Informasi", "Pelayanan & Penyelesaian Sengketa"].map(function (f) { return '<div class="fungsi-item"><svg></svg><p class="MuiTypography-root MuiTypography-body1">' + esc(f) + '</p></div>'; }).join("") +
        '</div></div></div></div></div></div>';
    },
    "/struktur": function () {
      // Struktur.jsx: axios.get("http://localhost:5000/api/admin/struktur") fails -> loading false, listStruktur [].
      return '<div id="struktur" class="text-center"><h2>Struktur Organisasi PPID Pelaksana</h2><div class="container"><p>Berdasarkan \n        ' +
        '<a href="https://drive.google.com/file/d/12GQMrVDukJoaF8cHj3Pj_-CaNrEoZEU2/view?usp=sharing" target="_blank" rel="noopener noreferrer"> Keputusan Kepala Dinas Tenaga Kerja dan Transmigrasi Provinsi Jawa Tengah Nomor : 000.8.3 / 18 TAHUN 2025 </a></p>' +
        '<table class="table table-bordered"><thead><tr><th style="width:5%">NO</th><th style="width:30%">NAMA</th><th style="width:30%">JABATAN KEDINASAN</th><th style="width:35%">JABATAN DALAM PPID</th></tr></thead><tbody></tbody></table></div>' +
        '<ul><li><a href="https://drive.google.com/file/d/1zc_pKfqZ_q9qvxSDBVNOfH6rkaYlYPq-/view?usp=drive_link" target="_blank" rel="noopener noreferrer">SK PPID TENTANG PEMBENTUKAN TIM PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI (PPID) PELAKSANA DINAS TENAGA KERJA DAN TRANSMIGRASI PROVINSI JAWA TENGAH TAHUN 2025</a></li>' +
        '<li><a href="https://drive.google.com/file/d/12GQMrVDukJoaF8cHj3Pj_-CaNrEoZEU2/view?usp=sharing" target="_blank" rel="noopener noreferrer">SK PPID TENTANG PERUBAHAN TIM PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI (PPID) PELAKSANA DINAS TENAGA KERJA DAN TRANSMIGRASI PROVINSI JAWA TENGAH TAHUN 2025 </a></li></ul></div>';
    },
    "/daftar-informasi-publik": function () { return categoryPage("Informasi Tersedia Setiap Saat", DIP_CARDS); },
    "/info-sertamerta": function () { return categoryPage("Informasi Serta Merta", DIP_CARDS); },
    "/info-kecuali": function () { return categoryPage("Informasi Dikecualikan", DIK_CARDS); },
    "/info-berkala": function () { return categoryPage("Informasi Berkala", DIP_CARDS); }
  };

  function render() {
    var path = location.pathname.replace(/\/+$/, "") || "/";
    var page = PAGES[path];
    root.innerHTML = NAV + '<main>' + (page ? page() : "") + '</main>' + FOOTER;
    window.scrollTo(0, 0);
  }

  document.addEventListener("click", function (e) {
    var open = e.target.closest("[data-open]");
    if (open) { window.open(open.getAttribute("data-open"), "_blank"); return; }
    var acc = e.target.closest("[data-acc]");
    if (acc) {
      var body = acc.parentNode.querySelector("[data-body]");
      var wasOpen = !body.hidden;
      acc.closest("main").querySelectorAll("[data-body]").forEach(function (b) { b.hidden = true; });
      body.hidden = wasOpen;
      return;
    }
    var a = e.target.closest("a[href]");
    if (!a || a.target || a.hasAttribute("data-toggle") || e.defaultPrevented) return;
    var url = new URL(a.getAttribute("href"), location.href);
    if (url.origin !== location.origin || a.hasAttribute("data-lightbox-gallery")) return;
    e.preventDefault();                          // react-router <Link>: client-side navigation
    history.pushState({}, "", url.pathname);
    render();
  });
  window.addEventListener("popstate", render);
  render();
})();
