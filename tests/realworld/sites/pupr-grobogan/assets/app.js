// Compact working rewrite of the DPUPR Grobogan Vite/React app (shlmita/pupr @ 12daeef, src/App.jsx,
// components/Navbar.jsx, Footer.jsx, home/*, navbar/ppid/*, navbar/info/SOP*.jsx, navbar/regulasi/*,
// navbar/profil/StrukturOrganisasi.jsx) without React: same markup, labels, hrefs and handlers.
(function () {
  var root = document.getElementById("root");
  var openDropdown = null;

  function esc(s) {
    return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  }

  // react-router's navigate(): history.pushState, no reload
  function go(path) {
    history.pushState({}, "", path);
    render();
  }
  window.addEventListener("popstate", render);

  // ---- Navbar (dropdown <ul> rendered only while open; items are <li onClick> setting location.href) ----
  var MENUS = [
    { i: 1, label: "PROFIL", items: [
      ["Struktur Organisasi", "/profil/strukturOrganisasi"], ["Tupoksi", "/profil/tupoksi"],
      ["Rencana Strategis", "/profil/rencanaStrategis"], ["Rencana Kerja", "/profil/rencanaKerja"],
      ["Daftar Pejabat", "/profil/daftarPejabat"]] },
    { i: 2, label: "INFO", items: [
      ["Info Terkini", "/info/infoTerkini"], ["Publikasi", "/info/publikasi"], ["Artikel", "/info/artikel"],
      ["Standart dan Juknis", "/info/standartJuknis"], ["RUP", "/info/RUP"], ["RFK", "/info/RFK"],
      ["Video", "/info/video"], ["Barang dan Jasa", "/info/barang-jasa"], ["SOP", "/info/SOP"],
      ["SAKIP", "/info/sakip"], ["Informasi Tata Ruang", "https://sipr.grobogan.go.id/cgi-sys/defaultwebpage.cgi"],
      ["Pranalan Luar", "/info/peranalan-luar"]] },
    { i: 3, label: "REGULASI", items: [
      ["Keputusan Bupati", "/regulasi/keputusan-bupati"], ["Keputusan Kepala Dinas", "/regulasi/keputusan-kepala-dinas"]] },
    { i: 4, label: "DATA", items: [
      ["Data Jalan", "/data/data-jalan"], ["Data Jembatan", "/data/data-jembatan"], ["Data Peralatan", "/data/data-peralatan"],
      ["Aset Dinas", "/data/aset-dinas"],
      { sub: "Peta", items: [["Peta Jalan", "/data/peta-jalan"], ["Peta Jalur Alternatif", "/data/peta-jalur"]] },
      ["Data Sungai Dan Embung", "/data/sungai-dan-embung"], ["Data Irigasi Dan Air Baku", "/data/irigasi-dan-air-baku"],
      ["Data Penataan Ruang", null]] },
    { i: 5, label: "BIDANG", items: [
      ["Bina Marga", null], ["Cipta Karya", "/bidang/Cipta-Karya"], ["Penataan Ruang", "/bidang/Penataan-Ruang"],
      ["Perencanaan Dan Bina Konstruksi", null], ["Persungaian Dan Embung", null], ["Irigasi Dan Air Baku", null]] },
    { i: 6, label: "PPID", items: [
      { sub: "Daftar IP", items: [["Informasi Berkala", "/ppid/informasi-berkala"],
        ["Informasi Serta Merta", "/ppid/informasi-serta-merta"], ["Informasi Setiap Saat", "/ppid/informasi-setiap-saat"]] },
      { sub: "Ringkasan IP", items: [["Laporan Informasi Publik", null], ["Laporan Keuangan", "/ppid/laporan-keuangan"]] },
      ["Daftar Informasi", "/ppid/daftar-informasi"], ["Form Permohonan", "/ppid/form-permohonan-informasi"],
      ["Form Keberatan Informasi", "/ppid/form-keberatan-informasi"], ["Maklumat Pelayanan", "/ppid/maklumat-pelayanan-publik"]] }
  ];

  function item(it) {
    return '<li class="p-2 hover:bg-gray-200 cursor-pointer"' + (it[1] ? ' data-href="' + esc(it[1]) + '"' : "") + ">" + esc(it[0]) + "</li>";
  }
  function menuItems(items) {
    return items.map(function (it) {
      if (it.sub) {
        return '<li class="relative group"><button class="w-full text-left p-2 hover:bg-gray-200 flex justify-between items-center">' +
          esc(it.sub) + ' <i class="ri-arrow-right-s-line"></i></button>' +
          '<ul class="absolute left-full top-0 ml-2 bg-white text-black w-48 shadow-lg rounded-md hidden group-hover:block">' +
          it.items.map(item).join("") + "</ul></li>";
      }
      return item(it);
    }).join("");
  }
  function navbar() {
    var h = '<div class="navbar fixed w-full transition-all z-50 py-5"><div class="container mx-auto px-9"><div class="navbar-box flex items-center justify-between">' +
      '<div class="logo"><img src="/assets/logo.png" alt="Logo" class="h-20 w-auto mr-4"></div><ul class="flex lg:gap-7">' +
      '<li class="flex items-center gap-1"><a href="/" class="font-medium flex item-center">HOME</a></li>';
    MENUS.forEach(function (m) {
      h += '<li class="dropdown relative"><button data-dd="' + m.i + '" class="py-2 font-medium flex items-center gap-1"> ' + m.label +
        ' <i class="ri-arrow-down-s-line"></i></button>';
      if (openDropdown === m.i) {
        h += '<ul class="absolute left-0 mt-2 bg-white text-black w-48 shadow-lg rounded-md z-50">' + menuItems(m.items) + "</ul>";
      }
      h += "</li>";
    });
    h += '<li class="flex items-center gap-1"><a href="/bukutamu" class="font-medium flex item-center">BUKU TAMU</a></li></ul>' +
      '<div class="social flex items-center gap-3"><a href="#id_footer" class="bg-sky-700 px-5 py-2 rounded-full text-white font-bold">Social Media</a></div>' +
      "</div></div></div>";
    return h;
  }

  // ---- Footer (react-calendar widget left out; visitor counter from localStorage as in the original) ----
  function footer() {
    var n = parseInt(localStorage.getItem("visitorCount") || "0", 10);
    return '<footer id="id_footer" class="bg-gray-900 text-white py-10"><div class="container mx-auto flex flex-col md:flex-row justify-between items-center gap-10 px-6">' +
      '<div class="bg-white p-4 rounded-xl shadow-lg text-black"><div class="react-calendar custom-calendar"></div></div>' +
      '<div class="text-center"><h2 class="text-lg font-bold">DPUPR Grobogan</h2><p class="text-sm mt-2">Dinas Pekerjaan Umum dan Penataan Ruang</p>' +
      '<p class="text-sm mt-2">&copy; ' + new Date().getFullYear() + ' Semua Hak Dilindungi</p>' +
      '<p class="text-sm mt-4 bg-gray-800 px-4 py-2 rounded-md">Jumlah Pengunjung: <span class="font-bold">' + n + "</span></p></div>" +
      '<div class="bg-white p-4 rounded-xl shadow-lg w-full md:w-auto"><h3 class="text-black text-sm font-bold mb-2 text-center">Lokasi Kantor</h3>' +
      '<iframe title="DPUPR Grobogan Map" class="rounded-md w-full h-[150px]" src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d11817.065626771053!2d110.87417124243643!3d-7.082626080043029!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x2e70ba850f1843fd%3A0x5afd56d0446485cd!2sDinas%20Pekerjaan%20Umum%20dan%20Penataan%20Ruang%20(DPUPR)%20Kabupaten%20Grobogan!5e0!3m2!1sid!2sid!4v1738647533958!5m2!1sid!2sid" width="100%" height="250px" style="border:0" allowfullscreen loading="lazy" referrerpolicy="no-referrer-when-downgrade"></iframe></div>' +
      '<div class="flex flex-col items-center gap-4"><h2 class="text-lg font-bold hover:text-slate-300">Sosial Media</h2><div class="flex space-x-4">' +
      '<a href="https://web.facebook.com/dpupr.grobogan.1?_rdc=1&amp;_rdr#" class="text-white text-2xl" aria-label="Facebook"><svg width="24" height="24"></svg></a>' +
      '<a href="https://www.instagram.com/dpuprgrobogan/" class="text-white text-2xl" aria-label="Instagram"><svg width="24" height="24"></svg></a>' +
      '<a href="https://www.youtube.com/results?search_query=dpupr+grobogan" class="text-white text-2xl" aria-label="YouTube"><svg width="24" height="24"></svg></a>' +
      '<a href="https://x.com/i/flow/login?redirect_after_login=%2FDPUPR_GROBOGAN" class="text-white text-2xl" aria-label="Twitter"><svg width="24" height="24"></svg></a></div>' +
      '<div class="text-sm text-center mt-4"><h2 class="text-lg font-bold mb-2 hover:text-slate-300">Kontak Kami</h2>' +
      '<p class="flex items-center justify-center gap-2"><svg width="16" height="16"></svg> <span>(029) 25139140</span></p>' +
      '<p class="flex items-center justify-center gap-2"><svg width="16" height="16"></svg><a href="dpupr.grobogan@gmail.com" target="_blank" rel="noopener noreferrer" class="text-blue-400 hover:underline">dpupr.grobogan@gmail.com</a></p>' +
      '<p class="flex items-center justify-center gap-2"><svg width="16" height="16"></svg> <a href="https://pupr-eta.vercel.app/" target="_blank" rel="noopener noreferrer" class="text-blue-400 hover:underline">www.dpupr-grobogan.go.id</a></p>' +
      "</div></div></div></footer>";
  }

  // ---- Pages ----
  // one-PDF pages: [h1, back button, 'Unduh PDF' href, <embed> src]
  var PDF_PAGES = {
    "/ppid/informasi-berkala": ["Informasi Berkala", true, "/Informasi-Berkala.pdf", "/public/Informasi Berkala - Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Grobogan.pdf"],
    "/ppid/informasi-serta-merta": ["Informasi Serta Merta", true, "/Informasi-Serta-Merta.pdf", "/public/Informasi Serta Merta - Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Grobogan.pdf"],
    "/ppid/informasi-setiap-saat": ["Informasi Setiap Saat", false, "/Informasi-Setiap-Saat.pdf", "/public/Informasi Setiap Saat - Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Grobogan.pdf"],
    "/ppid/daftar-informasi-publik": ["Informasi Publik", true, "/Informasi-Publik.pdf", "/public/DIP_DPUPR_Kab_Grobogan.pdf"],
    "/ppid/form-permohonan-informasi": ["Form Permohonan Informasi", false, "/Keputusan-Informasi.pdf", "/public/Form_Permohonan.pdf"],
    "/ppid/form-keberatan-informasi": ["Form Keberatan Informasi", false, "/Keberatan-Informasi.pdf", "/public/form_keberatan.pdf"],
    "/ppid/maklumat-pelayanan-publik": ["Maklumat Pelayanan Publik", false, "/Maklumat-Pelayanan-Publik.pdf", "/public/Maklumat_Pelayanan_Informasi_Publik.pdf"],
    "/regulasi/keputusan-kepala-dinas": ["SK Penunjukan Pejabat PPID", false, "/Keputusan-Kepala-Dinas.pdf", "/public/SK_Penunjukan_Pejabat_PPID.pdf"],
    "/profil/strukturOrganisasi": ["Struktur Organisasi", false, "/StrukturOrganisasi.pdf", "/StrukturOrganisasi.pdf"]
  };
  function backBtn() {
    return '<button data-back="1" class="mb-4 text-blue-600 hover:underline">&larr; Kembali</button>';
  }
  function pdfPage(title, back, dl, src, uploaded) {
    return '<div class="mt-28 mb-20 mx-5 rounded-2xl flex items-center justify-center bg-sky-800 shadow-2xl"><div class="relative m-7 p-6 bg-white rounded-2xl shadow-xl">' +
      '<div class="absolute inset-0 -z-10 rounded-2xl bg-blue-100 shadow-lg"></div><div class="relative">' +
      '<div class="flex flex-col sm:flex-row justify-between items-start sm:items-center mb-6 gap-4">' + (back ? backBtn() : "") +
      '<h1 class="text-xl md:text-2xl font-bold text-gray-800">' + esc(title) + "</h1>" +
      '<a href="' + esc(dl) + '" download class="px-5 py-2 text-sm font-medium text-white bg-sky-800 rounded-lg">Unduh PDF</a></div>' +
      (uploaded ? '<p class="text-gray-500 text-sm mb-4">Diupload pada: ' + uploaded + "</p>" : "") +
      '<embed src="' + esc(src) + '" type="application/pdf" class="w-full h-[70vh] rounded-lg border-2 border-gray-300"></div></div></div>';
  }

  var SOPS = [
    ["Pemeriksaan-Akurasi-Informasi-Publik", "Tata cara pemeriksaan akurasi informasi", "/public/sop-6.png", "/publi/sop/Pemeriksaan_Akurasi_Informasi_Publik.pdf", "/publi/Pemeriksaan_Akurasi_Informasi_Publik.pdf"],
    ["SOP-Uji-Konsekuensi-Informasi-Publik", "SOP Uji Konsekuensi Informasi Publik", "/public/sop-5.png", "/public/SOP_Uji_Konsekuensi_Informasi_Publik.pdf"],
    ["SOP-Penanganan-Keberatan-Informasi-Publik", "SOP Penanganan Keberatan Informasi Publik", "/public/sop-4.png", "/public/SOP_Penanganan_Keberatan_Informasi_Publik.pdf"],
    ["SOP-Pelayanan-Permohonan-Informasi-Publik", "SOP Pelayanan Permohonan Informasi Publik", "/public/sop-3.png", "/public/SOP_Pelayanan_Permohonan_Informasi_Publik.pdf"],
    ["SOP-Keberatan-Informasi-Publik", "SOP Keberatan Informasi Publik", "/public/sop-2.png", "/public/SOP_Fasilitasi_Keberatan_Informasi_Publik.pdf"],
    ["SOP-Penyusunan-DIP", "SOP Penyusunan DIP", "/public/sop-1.png", "/public/SOP_DIP.pdf"]
  ];
  var LAPKEU = [
    ["bupati-grobogan-minta-kepala-skpd-agar-segera-setor-data-penyusunan-lkpj-dan-lppd", "Penyusunan LKPJ dan LPPD", "/laporan-keuangan.png", "/public/Bupati Grobogan Minta Kepala SKPD Agar Segera Setor Data Penyusunan LKPJ dan LPPD.pdf"],
    ["kepala-skpd-diminta-segera-menyusun-laporan-keuangan-ta-2017", "Laporan Keuangan TA 2017", "/laporan-keuangan-2.png", "/public/Kepala SKPD Diminta Segera Menyusun Laporan Keuangan TA 2017.pdf"]
  ];
  function cardGrid(h1, sub, list, base, label) {
    return '<div class="relative mt-32 mb-16 p-6 m-7 max-w-4xl bg-white shadow-lg rounded-lg"><div class="text-center mb-6 md:mb-10">' +
      '<h1 class="p-5 text-center text-2xl font-medium mb-2">' + h1 + '</h1><p class="-mt-5 text-center text-sm">' + sub + "</p></div>" +
      '<div class="grid grid-cols-1 sm:grid-cols-2 lg:grid-cols-3 gap-5">' +
      list.map(function (p) {
        return '<div class="flex flex-col bg-sky-950 text-white rounded-xl overflow-hidden shadow-md cursor-pointer" data-go="' + base + p[0] + '">' +
          '<div class="relative overflow-hidden group"><img src="' + esc(p[2]) + '" alt="Thumbnail" class="w-full h-40 object-cover">' +
          '<div class="absolute inset-0 bg-black bg-opacity-40 flex items-center justify-center opacity-0 group-hover:opacity-100"><span class="text-white text-lg font-semibold">' + label + "</span></div></div>" +
          '<div class="p-4 flex-1 flex flex-col justify-between"><div><h2 class="text-base md:text-lg font-semibold">' + esc(p[1]) + "</h2></div></div></div>";
      }).join("") + "</div></div>";
  }

  var slideIdx = 0, SLIDES = [
    ["/proyek-1.png", "Boyong Grobog", "Hari jadi Kabupaten Grobogan Ke-294"],
    ["/proyek-2.png", "Penghargaan dari Kantor Pelayanan Pajak Pratama Blora", "Deskripsi singkat slide kedua."]
  ];
  var SERVICES = [
    ["Sertifikasi", "Rekomendasi Sertifikasi Laik Fungsi"], ["Info", "Informasi Tata Ruang", "https://sipr.grobogan.go.id/cgi-sys/defaultwebpage.cgi"],
    ["Laboratorium", "Sewa Alat Laboratorium Pengujian"], ["PBJ", "Rekomendasi Pemakaian Berm Jalan"], ["Alat", "Sewa Alat Berat"],
    ["Banjir", "Rekomendasi Bebas Banjir/Peil Banjir"], ["Buku Tamu", "Catatan tamu dan saran.", "/bukutamu"],
    ["Kontak Kami", "Hubungi kami dengan mudah.", "#id_footer"], ["SIDAMBA", "Sistem Informasi Data Aset Jembatan", "https://sidamba.dpupr.grobogan.go.id/"]
  ];
  function home() {
    var s = SLIDES[slideIdx];
    return '<div class="homepage pb-10"><div class="container mx-auto px-4"><div class="carousel pt-32 mb-10"><div class="relative w-full h-[400px] overflow-hidden">' +
      '<img src="' + s[0] + '" alt="Slide" class="w-full h-full object-cover rounded-lg absolute top-0 left-0">' +
      '<div class="absolute inset-0 flex flex-col items-center justify-center bg-black bg-opacity-40 text-white text-center p-4 rounded-lg"><h2 class="text-2xl font-bold mb-2">' + esc(s[1]) + '</h2><p class="text-lg">' + esc(s[2]) + "</p></div>" +
      '<div class="absolute bottom-4 flex space-x-2">' + SLIDES.map(function (_, i) { return '<button data-slide="' + i + '" class="w-3 h-3 rounded-full"></button>'; }).join("") + "</div></div></div>" +
      '<div class="explanation"><div class="explanation"><div class="hero grid md:grid-cols-2 grid-cols-1 items-center"><div class="box">' +
      '<h1 class="lg:text-5xl/tight text-3xl font-medium mb-5">DPUPR Grobogan<br><span class="font-bold text-sky-700">Dinas Pekerjaan Umum dan Penataan Ruang</span></h1>' +
      '<p class="text-base/8 mb-2">Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Grobogan merupakan unsur pelaksana urusan pemerintahan di bidang pekerjaan umum, penataan ruang dan pertanahan yang menjadi kewenangan daerah.</p>' +
      '<p class="text-base/8 mb-7">Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Grobogan mempunyai tugas membantu Bupati melaksanakan urusan pemerintahan bidang pekerjaan umum dan penataan ruang serta bidang pertanahan yang menjadi tugas pembantuan yang diberikan kepada daerah.</p>' +
      '<a href="#" class="bg-sky-800 py-2 px-4 text-white shadow rounded-full">Tentang Kami <i class="ri-eye-line ms-1"></i></a></div>' +
      '<div class="box"><img src="/assets/hero.svg" alt="Hero Image" class="md:w-full w-[300px] mx-auto"></div></div></div></div>' +
      '<div class="service pt-20"><div class="service px-4 lg:px-8 pb-6"><h1 class="text-center lg:text-5xl text-3xl font-medium mb-4">Layanan</h1>' +
      '<p class="text-center">Jenis-Jenis Pelayanan di Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Grobogan</p><div class="services-box pt-8 grid md:grid-cols-3 gap-6">' +
      SERVICES.map(function (v) {
        var l = v[2] || "#";
        return '<a href="' + esc(l) + '" target="' + (l.indexOf("http") === 0 ? "_blank" : "_self") + '" rel="noopener noreferrer" class="block">' +
          '<div class="box bg-sky-900 rounded-lg shadow-lg p-6 flex items-center space-x-4 h-32 cursor-pointer"><div class="w-16 h-16 bg-white rounded-full"></div>' +
          '<div class="text-white"><h3 class="text-xl font-bold">' + esc(v[0]) + '</h3><p class="text-sm opacity-90">' + esc(v[1]) + "</p></div></div></a>";
      }).join("") + "</div></div></div>" +
      // BERITA: rows come from Supabase (not in the repository); unreachable here, so the empty state
      '<div class="project pt-10 pb-10"><div class="proyek px-4 lg:px-8"><h1 class="text-center lg:text-5xl/tight text-3xl font-medium mb-2">BERITA</h1>' +
      '<p class="text-center">Temukan informasi terkini dan terbaru di sini.</p><div class="proyek-box grid gap-5 pt-10">' +
      '<p class="text-gray-500 text-center w-full">Tidak ada berita untuk ditampilkan.</p></div></div></div></div></div>';
  }

  function daftarInformasi() {
    var cards = [["Daftar Informasi Publik", "/ppid/daftar-informasi-publik"], ["Informasi Serta Merta", "/ppid/informasi-serta-merta"], ["Informasi Setiap Saat", "/ppid/informasi-berkala"]];
    return '<div class="relative mt-32 mb-16 p-6 m-7 max-w-4xl bg-white shadow-lg rounded-lg"><h1 class="text-center lg:text-5xl text-3xl font-medium mb-4">Daftar Informasi</h1>' +
      '<p class="text-center">Jenis-Jenis Informasi yang Tersedia</p><div class="services-box pt-8 grid md:grid-cols-3 gap-6">' +
      cards.map(function (c) {
        return '<a href="' + c[1] + '" class="block"><div class="box bg-sky-900 rounded-lg shadow-lg p-6 flex items-center space-x-4 h-32 cursor-pointer">' +
          '<div class="w-16 h-16 bg-white rounded-full text-sky-900"></div><div class="text-white"><h5 class="text-lg font-bold">' + c[0] + "</h5></div></div></a>";
      }).join("") + "</div></div>";
  }

  function page(path) {
    if (path === "/") return home();
    if (PDF_PAGES[path]) { var p = PDF_PAGES[path]; return pdfPage(p[0], p[1], p[2], p[3]); }
    if (path === "/ppid/daftar-informasi") return daftarInformasi();
    if (path === "/info/SOP") return cardGrid("SOP", "Daftar SOP (Standar Operasional Prosedur)", SOPS, "/SOP/", "Lihat Detail");
    if (path === "/ppid/laporan-keuangan") return cardGrid("Laporan Keuangan", "Daftar Laporan Keuangan", LAPKEU, "/laporan-keuangan/", "Lihat Detail");
    var m = path.match(/^\/SOP\/([^\/]+)$/);
    if (m) {
      var s = SOPS.filter(function (x) { return x[0] === decodeURIComponent(m[1]); })[0];
      if (!s) return '<p class="text-center text-gray-500 mt-40">Data tidak ditemukan</p>';
      var f = s[4] || s[3]; // SOPDetail.jsx's copy of the first entry points elsewhere than SOP.jsx's
      return pdfPage(s[1], true, f, f, "20/2/2025");
    }
    m = path.match(/^\/laporan-keuangan\/([^\/]+)$/);
    if (m) {
      var l = LAPKEU.filter(function (x) { return x[0] === decodeURIComponent(m[1]); })[0];
      if (!l) return '<p class="text-center text-gray-500 mt-40">Data tidak ditemukan</p>';
      return pdfPage(l[1], true, l[3], l[3], "20/2/2025");
    }
    return null; // other routes of the app are not part of this fixture
  }

  function render() {
    var body = page(location.pathname.replace(/(.)\/$/, "$1"));
    if (body === null) { root.innerHTML = ""; return; }
    root.innerHTML = '<div class="w-full min-h-screen flex flex-col items-center bg-white"><div class="w-full">' + navbar() +
      '</div><main class="w-full max-w-screen-xl flex-1">' + body + '</main><div class="w-full">' + footer() + "</div></div>";
  }

  // ---- Handlers ----
  document.addEventListener("mousedown", function (e) {
    var b = e.target.closest("button[data-dd]");
    if (!b) return;
    e.stopPropagation();
    var i = parseInt(b.getAttribute("data-dd"), 10);
    openDropdown = openDropdown === i ? null : i;
    render();
  });
  document.addEventListener("click", function (e) {
    var li = e.target.closest("li[data-href]");
    if (li) { window.location.href = li.getAttribute("data-href"); return; }
    var card = e.target.closest("[data-go]");
    if (card) { go(card.getAttribute("data-go")); return; }
    if (e.target.closest("button[data-back]")) { history.back(); return; }
    var dot = e.target.closest("button[data-slide]");
    if (dot) { slideIdx = parseInt(dot.getAttribute("data-slide"), 10); showSlide(); return; }
    if (openDropdown !== null && !e.target.closest(".dropdown")) { openDropdown = null; render(); }
  });
  window.addEventListener("scroll", function () {
    if (window.scrollY > 5 && openDropdown !== null) { openDropdown = null; render(); }
  });
  // the carousel changes slide every 5 s (only the slide's image and texts are redrawn)
  function showSlide() {
    var c = root.querySelector(".carousel");
    if (!c) return;
    var s = SLIDES[slideIdx];
    c.querySelector("img").setAttribute("src", s[0]);
    c.querySelector("h2").textContent = s[1];
    c.querySelector("p").textContent = s[2];
  }
  setInterval(function () {
    if (root.querySelector(".carousel")) { slideIdx = (slideIdx + 1) % SLIDES.length; showSlide(); }
  }, 5000);

  localStorage.setItem("visitorCount", String(parseInt(localStorage.getItem("visitorCount") || "0", 10) + 1));
  render();
})();
