// Compact rewrite, without React, of the public 'landing' app of the Bakorwil III Malang site (Albas-tomi/Bakorwil-Malang
// at 0a9ad2d, landing/src): App routes, Navbar (desktop menu, daisyUI focus dropdown for small screens, the 'Unduh
// Dokumen' <details>, the two download <dialog>s filled from Dokumen.json, the sliding search panel), Footer, and the
// eight routed pages. What the original fetches with axios from its Express API at http://localhost:4000 (berita,
// pengumuman, galeri, video, carrousel, dokumen) is requested here from /api-localhost-4000/*, which 404s in the
// fixture: the lists stay empty, as in the deployed build, whose visitors' browsers cannot reach the developer's
// localhost (the repository has no data for that API). react-router NavLinks are <a href> around an inner <a> with no
// href, shown here as <span>; daisyUI collapses keep their radio inputs (only the last of a group starts open).
const root = document.getElementById("root");
const path = location.pathname.replace(/\/$/, "") || "/";
const API = "/api-localhost-4000";
const get = (p) => fetch(API + p).then((r) => { if (!r.ok) throw new Error("HTTP " + r.status); return r.json(); });

const style = document.createElement("style");
style.textContent = `
.hidden{display:none}.collapse-content{display:none}.collapse>input:checked~.collapse-content{display:block}
.dropdown-content{display:none}.dropdown:focus-within .dropdown-content{display:flex;flex-direction:column}
.navbar-center{display:none}@media(min-width:1024px){.navbar-center{display:flex}.lg-hidden{display:none}}
.search-panel{position:absolute;top:0;right:0;transform:translateY(-200px)}.search-panel.open{transform:none}`;
document.head.appendChild(style);

// Dokumen.json (the navbar's download modals): RS = 'Buku Pedoman Teknis', RK = 'Dokumen PPID'.
const dokumen = [
  { id: 1, title: "Rencana Strategis", kategori: "RS", tahun: 2019, link: "https://bakorwilmalang.jatimprov.go.id/" },
  { id: 2, title: "Rencana Strategis", kategori: "RS", tahun: 2020, link: "https://bakorwilpamekasan.jatimprov.go.id/" },
  { id: 3, title: "Rencana Kerja", kategori: "RK", tahun: 2020, link: "google.com" },
  { id: 4, title: "Rencana Kerja", kategori: "RK", tahun: 2021, link: "google.com" },
  { id: 5, title: "Rencana Aksi", kategori: "RA", tahun: 2019, link: "google.com" },
  { id: 6, title: "Rencana Aksi", kategori: "RA", tahun: 2019, link: "google.com" },
];
const dlButtons = (k) => dokumen.filter((d) => d.kategori == k).map((d) =>
  `<a target="_blank" rel="noopener noreferrer" href="${d.link}" class="btn bg-second text-white"><span><svg aria-hidden="true"></svg></span>${d.tahun}</a>`).join("");

function navLink(to, label, cls, bar) {
  const on = path === to;
  return `<a class="${cls}${on ? " active" : ""}" href="${to}"${on ? ' aria-current="page"' : ""}><span class="${on ? "text-birumuda" : " "} cursor-pointer">${label}${bar ? `<div class="${on ? "h-[3px] bg-birumuda w-full" : " bg-none"}"></div>` : ""}</span></a>`;
}
const navbar = `
<div class="navbar">
  <div class="navbar-start">
    <div class="dropdown">
      <label tabindex="0" class="lg-hidden"><svg aria-hidden="true" class="h-5 w-5"></svg></label>
      <ul tabindex="0" class="menu menu-sm dropdown-content">
        ${navLink("/", "Beranda", "hover:bg-neutral-200 py-1 px-3 rounded-lg")}
        ${navLink("/profil", "Profil", "hover:bg-neutral-200 py-1 px-3 rounded-lg")}
        ${navLink("/kinerja", "Kinerja", "hover:bg-neutral-200 py-1 px-3 rounded-lg")}
        ${navLink("/ppid", "PPID", "hover:bg-neutral-200 py-1 px-3 rounded-lg")}
        ${navLink("/sakib", "SAKIB &amp; RB", "hover:bg-neutral-200 py-1 px-3 rounded-lg")}
        <li><a>Unduh</a>
          <ul class="p-2">
            <li data-modal="modal_dokumen_teknis"><a>Buku Pedoman Teknis</a></li>
            <li data-modal="modal_dokumen_ppid"><a>Dokumen PPID</a></li>
            <li><a>Form Permohonan</a></li>
          </ul></li>
      </ul>
    </div>
    <a class="ml-3"><img src="/assets/logobakorwilmalang.png" alt="" class="w-36 lg:w-44"></a>
  </div>
  <div class="navbar-center">
    <ul class="menu menu-horizontal">
      ${navLink("/", "Beranda", "hover:bg-neutral-200 py-2 px-4 rounded-lg", 1)}
      ${navLink("/profil", "Profil", "hover:bg-neutral-200 py-2 px-4 rounded-lg", 1)}
      ${navLink("/kinerja", "Kinerja", "hover:bg-neutral-200 py-2 px-4 rounded-lg", 1)}
      ${navLink("/ppid", "PPID", "hover:bg-neutral-200 py-2 px-4 rounded-lg", 1)}
      ${navLink("/sakib", "SAKIP &amp; RB", "hover:bg-neutral-200 py-2 px-4 rounded-lg", 1)}
      <li tabindex="0"><details><summary>Unduh Dokumen</summary>
        <ul class="p-2">
          <li data-modal="modal_dokumen_teknis"><a href="${path}">Buku Pedoman Teknis</a></li>
          <li data-modal="modal_dokumen_ppid"><a>Dokumen PPID</a></li>
          <li><a href="#">Form Permohonan</a></li>
        </ul></details></li>
    </ul>
  </div>
  <div class="navbar-end">
    <div class="search-panel" id="searchPanel"><section class="flex w-1/2 gap-8">
      <input type="text" class="w-full p-2 text-text rounded-md" name="search" id="search">
      <button class="text-text font-bold" type="button" id="searchClose">X</button></section></div>
    <a class="bg-second px-3 py-2 rounded-lg" id="searchOpen">
      <div class="hidden" id="searchResults"><div class="text-lg text-center"></div></div>
      <dialog id="modalSearch" class="modal"><form method="dialog"><button class="btn btn-sm btn-circle">✕</button>
        <img src="" alt=""><h3 class="font-bold text-lg"></h3><div class="text-justify mx-auto"></div></form></dialog>
      <svg aria-hidden="true"></svg>
    </a>
  </div>
</div>
<dialog id="modal_dokumen_teknis" class="modal">
  <form method="dialog" class="modal-box"><button class="btn btn-sm btn-circle btn-ghost">✕</button>
    <h3 class="font-bold text-base">Unduh Buku Pedoman Teknis</h3>
    <div class="grid grid-cols-2 gap-2 mt-4">${dlButtons("RS")}</div>
  </form>
</dialog>
<dialog id="modal_dokumen_ppid" class="modal">
  <form method="dialog" class="modal-box"><button class="btn btn-sm btn-circle btn-ghost">✕</button>
    <h3 class="font-bold text-base">Unduh Dokumen PPID</h3>
    <h3 class="text-base mt-4">Laporan Layanan Informasi dan Dokumentasi</h3>
    <div class="grid grid-cols-2 gap-2">${dlButtons("RK")}</div>
    <h3 class="text-base mt-4">Daftar Informasi Publik</h3>
    <div class="grid grid-cols-2 gap-2">${dlButtons("RK")}</div>
    <h3 class="text-base mt-4">Surat Keputusan Kepala Bakorwil III Jawa Timur</h3>
    <div class="grid grid-cols-2 gap-2">${dlButtons("RK")}</div>
  </form>
</dialog>`;

const wilayah = [
  ["https://batukota.go.id/Portal/profil", "kota-batu", "Kota Batu"], ["https://malangkota.go.id/", "kota-malang", "Kota Malang"],
  ["https://blitarkota.go.id/", "kota-blitar", "Kota Blitar"], ["https://pasuruankota.go.id/", "kota-pasuruan", "Kota Pasuruan"],
  ["https://www.surabaya.go.id/", "kota-surabaya", "Surabaya"], ["https://www.malangkab.go.id/mlg/", "kab-malang", "Kabupaten Malang"],
  ["https://www.blitarkab.go.id/", "kab-blitar", "Kabupaten Blitar"], ["https://www.pasuruankab.go.id/", "kab-pasuruan", "Kabupaten Pasuruan"],
  ["https://www.sidoarjokab.go.id/", "kab-sidoarjo", "Sidoarjo"],
];
const wilayahLogos = wilayah.map(([u, img]) => `<a href="${u}" target="_blank" rel="noreferrer"><img src="/assets/${img}.png" alt="${img}" class="h-16"></a>`).join("");

const footer = `
<div class="footer bg-dark text-white pb-10">
  <div class="isi mx-auto">
    <h1 class="font-medium text-sm mx-auto mt-10">PEMPROV JATIM</h1>
    <div class="grid grid-cols-2">
      <a href="https://jatimprov.go.id/" target="_blank" rel="noreferrer"><img src="/assets/logopemrov-png.png" alt="" class="w-20"></a>
      <a href="https://jdih.jatimprov.go.id/" target="_blank" rel="noreferrer"><img src="/assets/jdihn.png" alt="" class="w-20"></a>
      <a href="https://lpse.jatimprov.go.id/eproc4" target="_blank" rel="noreferrer"><img src="/assets/lpse.png" alt="" class="w-20"></a>
      <a href="https://jatim.lapor.go.id/instansi/badan-koordinasi-wilayah-pemerintahan-dan-pembangunan-iii-malang-pemerintah-provinsi-jawa-timur/" target="_blank" rel="noreferrer"><img src="/assets/lapor.png" alt="" class="w-20"></a>
    </div>
  </div>
  <div class="isi mx-auto flex flex-col gap-4 text-xs md:text-sm mt-7">
    <h1 class="font-medium text-sm mx-auto">KONTAK KAMI</h1>
    <a href="https://maps.app.goo.gl/JRkBeyETKrHQNp4M7" target="_blank" rel="noopener noreferrer" class="flex gap-3 mt-3"><svg aria-hidden="true"></svg>
      <div class="font-light">Jl. Simpang Ijen No. 2 Oro-oro Dowo,<br>Kecamatan Klojen Kota Malang<div class="h-[2px] w-full bg-white"></div></div></a>
    <a href="#" class="flex gap-3"><svg aria-hidden="true"></svg><div class="font-light">(0341) 551321<div class="h-[2px] w-full bg-white"></div></div></a>
    <a href="mailto:bakorwilmalang@jatimprov.go.id" class="flex gap-3"><svg aria-hidden="true"></svg><div class="font-light">bakorwilmalang@jatimprov.go.id<div class="h-[2px] w-full bg-white"></div></div></a>
    <h2 class="mt-4 mx-auto">CP MAGANG</h2>
    <a href="https://wa.me/+6281200001111" target="_blank" rel="noopener noreferrer" class="flex gap-3"><svg aria-hidden="true"></svg><div class="font-light">Pak Rudi (0812 0000 1111)<div class="h-[2px] w-full bg-white"></div></div></a>
    <h2 class="mt-2 mx-auto">CP GEDUNG</h2>
    <a href="https://wa.me/+6281300002222" target="_blank" rel="noopener noreferrer" class="flex gap-3"><svg aria-hidden="true"></svg><div class="font-light">Pak Joko (0813 0000 2222)<div class="h-[2px] w-full bg-white"></div></div></a>
  </div>
  <div class="isi mx-auto flex flex-col gap-4 text-xs md:text-sm mt-7">
    <h1 class="font-medium text-sm mx-auto">BAKORWIL JATIM</h1>
    <a href="http://www.bakorwilmadiun.jatimprov.go.id/" class="flex gap-3 mt-3"><svg aria-hidden="true"></svg><div class="font-light">Bakorwil Madiun<div class="h-[2px] w-full bg-white"></div></div></a>
    <a href="https://bakorwilbojonegoro.jatimprov.go.id/" class="flex gap-3"><svg aria-hidden="true"></svg><div class="font-light">Bakorwil Bojonegoro<div class="h-[2px] w-full bg-white"></div></div></a>
    <a href="https://bakorwilpamekasan.jatimprov.go.id/" class="flex gap-3"><svg aria-hidden="true"></svg><div class="font-light">Bakorwil Pamekasan<div class="h-[2px] w-full bg-white"></div></div></a>
    <a href="https://bakorwiljember.jatimprov.go.id/" class="flex gap-3"><svg aria-hidden="true"></svg><div class="font-light">Bakorwil Jember<div class="h-[2px] w-full bg-white"></div></div></a>
  </div>
</div>
<div class="bg-second py-5 text-xl">
  <div class="flex text-white justify-center gap-12">
    <a href="https://www.instagram.com/bakorwilmalang/" target="_blank" rel="noreferrer"><svg aria-hidden="true"></svg></a>
    <a href="https://www.facebook.com/bakorwil.malang.7/" target="_blank" rel="noreferrer"><svg aria-hidden="true"></svg></a>
    <a href="https://twitter.com/BakorwilMalang" target="_blank" rel="noreferrer"><svg aria-hidden="true"></svg></a>
    <a href="mailto:bakorwilmalang@jatimprov.go.id?Subject=Mau%20tanya" target="_blank" rel="noreferrer"><svg aria-hidden="true"></svg></a>
  </div>
  <div class="text-sm md:text-base font-medium text-white text-center">Copyright © 2022. Bakorwil Malang</div>
</div>`;

const collapse = (group, title, body) => `
<div class="collapse collapse-arrow">
  <input type="radio" name="${group}" checked>
  <div class="collapse-title font-bold flex items-center gap-2">${title}</div>
  <div class="collapse-content">${body}</div>
</div>`;
const pager = `<ul class="flex gap-3 mx-auto my-5"><li class="previous disabled"><a class="previousBttn paginationDisabled" tabindex="-1" role="button" aria-disabled="true" aria-label="Previous page" rel="prev">&lt; Prev</a></li><li class="next disabled"><a class="nextBttn paginationDisabled" tabindex="-1" role="button" aria-disabled="true" aria-label="Next page" rel="next">Next &gt;</a></li></ul>`;

function beranda() {
  return `<div>
  <div class="carousel w-full" id="slider"></div>
  <div class="lg:grid grid-cols-4 gap-20">
    <div class="flex flex-col order-last">
      <div class="pengumuman mt-12">
        <h1 class="text-xl text-center font-semibold text-second">Pengumuman</h1>
        <div class="grid grid-cols-2 lg:grid-cols-1" id="homePengumuman"></div>
        <div class="flex justify-center mt-5"><a href="pengumuman" class="flex items-center h-7 px-3 rounded-lg bg-second text-white">Lihat Lainnya</a></div>
        <dialog id="modal_pengumuman" class="modal"><form method="dialog"><button>✕</button></form></dialog>
      </div>
      <div class="wilayah-kerja mt-12 hidden lg:inline-block"><div class="bg-second rounded-2xl py-5">
        <div class="flex justify-center items-center gap-3 font-semibold"><img src="/assets/logopemrov-png.png" alt="" class="w-10"><div class="text-white">Wilayah Kerja <br> Bakorwil 3 Malang</div></div>
        <div class="grid grid-cols-3 place-items-center gap-y-5">${wilayahLogos}</div></div></div>
    </div>
    <div class="berita mt-12 col-span-3">
      <div class="md:grid grid-cols-2"><h1 class="text-xl md:text-2xl font-semibold text-second">Berita Terbaru</h1>
        <div class="hidden md:flex justify-end mt-5"><a href="berita" class="flex items-center h-7 px-3 rounded-lg bg-second text-white">Lihat Lainnya</a></div></div>
      <div class="grid grid-cols-2" id="homeBerita"></div>
      <div class="flex md:hidden justify-center mt-5"><a href="berita" class="py-1 px-3 rounded-lg bg-second text-white">Lihat Lainnya</a></div>
      <dialog id="my_modal_5" class="modal"><form method="dialog"><button>✕</button></form></dialog>
    </div>
  </div>
  <div><div class="video mt-12"><h1 class="text-xl md:text-2xl text-center font-semibold text-second">Video Terkait</h1>
    <div class="flex flex-col md:flex-row" id="homeVideo"></div></div></div>
  <div class="flex justify-center mt-5"><a href="galeri" class="py-1 px-3 rounded-lg bg-second text-white">Lihat Lainnya</a></div>
  <div class="galeri mt-12 bg-birumuda"><h1 class="text-xl md:text-2xl text-center font-semibold text-second">Galeri</h1>
    <div class="card grid grid-cols-2 md:grid-cols-3" id="homeGaleri"></div>
    <dialog id="modal_galeri" class="modal"><form method="dialog"><button>✕</button></form></dialog>
    <div class="flex justify-center mt-5"><a href="galeri" class="py-1 px-3 rounded-lg bg-second text-white">Lihat Lainnya</a></div></div>
  <div class="wilayah-kerja my-12 lg-hidden"><div class="bg-second rounded-2xl py-5">
    <div class="flex justify-center items-center gap-3 font-semibold"><img src="/assets/logopemrov-png.png" alt="" class="w-10"><div class="text-white">Wilayah Kerja Bakorwil 3 Malang</div></div>
    <div class="grid grid-cols-3 place-items-center gap-y-5">${wilayahLogos}</div></div></div>
</div>`;
}

const pegawai = [
  [1, "Drs. HENDRA WIGUNA", "Kepala Badan"], [2, "ARIEF SETIAWAN, S.Hut., M.H.", "Sekretaris"],
  [3, "BAMBANG SUHARTO, A.K.S., M.Si.", "Kepala Bidang Pemerintahan"], [4, "DEDI KURNIAWAN, A.K.S., M.A.P.", "KEPALA BIDANG PEMBANGUNAN EKONOMI"],
  [5, "Ir. EKO PRASETYO, M.T.", "KEPALA BIDANG KEMASYARAKATAN"], [6, "FAJAR NUGRAHA, S.T.", "KEPALA BIDANG SARANA DAN PRASARANA"],
];
function profil() {
  return `<div id="profile">
  <div class="mt-5 grid justify-items-center mb-5 md:grid-cols-2 gap-4">
    <div class="text-center md:order-last relative w-full">
      <div class="h-56 w-56 rounded-full bg-primer mx-auto"></div>
      <img src="/assets/kaban.png" alt="foto" class="w-48 md:w-72 absolute">
      <h1 class="font-bold underline mt-3">Drs. Hendra Wiguna</h1>
      <p class="text-xs text-text md:text-sm">Kepala Bakorwil Malang</p>
    </div>
    <div class="mt-7 text-center md:text-left self-center">
      <h1 class="font-bold text-primer text-2xl lg:text-3xl tracking-widest">APA ITU BAKORWIL ? </h1>
      <p class="text-sm text-text mt-3 text-justify leading-relaxed">Bakorwil merupakan unsur penunjang kepala daerah, dipimpin oleh seorang kepala, yang berada di bawah dan bertanggung jawab kepada Gubernur melalui Sekretaris Daerah.</p>
    </div>
  </div>
  <div section="accordion" class="bg-second flex flex-col gap-y-4 py-10">
    ${collapse("my-accordion-2", "<span><svg aria-hidden=\"true\"></svg></span>Sejarah Bakorwil", `<div class="text-sm md:text-base text-justify">Lembaga Koordinasi Wilayah di Indonesia memiliki sejarah perkembangan yang cukup panjang, masih menjadi daerah jajahan Belanda dengan nama Hindia Belanda, system pemerintahan bersifat sentralitistis, [...]<br><br>Mengingat beratnya beban tugas Gubernur, maka Jawa Timur dibentuk Lembaga Bakorwil Malang dengan Peraturan Daerah Provinsi Jawa Timur Nomor 5 tahun 2001 tentang Badan Koordinasi Wilayah Provinsi Jawa Timur. [...]<br><br>Provinsi Jawa Timur sudah berdiri 4 Bakorwil yakni di Pamekasan, Bojonegoro, Madiun, dan Malang, [...] Berdasarkan Peraturan daerah Provinsi Jawa Timur No. 16 Tahun 2016 dan Peraturan Gubernur Jatim No. 134 tahun 2016 dibentuklah 1 Bakorwil lagi di wilayah Jember yang membawahi Kabupaten Banyuwangi, Lumajang, Situbondo, Bondowoso, dan Kabupaten/Kota Probolinggo.</div>`)}
    ${collapse("my-accordion-2", "<span><svg aria-hidden=\"true\"></svg></span>Tujuan &amp; Sasaran", `<p class="font-semibold">Tujuan </p><p>"Meningkatkan Koordinasi Penyelenggaraan Pemerintahan dan Pembangunan di Wilayah Kerja Bakorwil Malang"</p><p class="font-semibold mt-2">Sasaran</p><p>"Meningkatnya hasil koordinasi pembinaan, pengawasan, supervisi, monitoring, dan evaluasi penyelenggaraan pemerintahan dan pembangunan di wilayah kerja Bakorwil Malang"</p>`)}
    ${collapse("my-accordion-2", "<span><svg aria-hidden=\"true\"></svg></span>Struktur Bakorwil", `<h1 class="text-center font-semibold text-2xl text-second mt-5">Struktur Organisasi Bakorwil III Malang</h1><img src="/assets/struktur.png" alt="struktur" class="mt-5 w-[80%] mx-auto pb-10">`)}
    ${collapse("my-accordion-2", "<span><svg aria-hidden=\"true\"></svg></span>Pejabat Struktural", `<p class="text-sm text-center font-bold md:text-base">PNS</p><div class="overflow-x-auto"><table class="table-xs md:table"><thead><tr><th></th><td>NAMA</td><td>JABATAN</td></tr></thead><tbody>${pegawai.map(([i, n, j]) => `<tr><th>${i}</th><td>${n}</td><td>${j}</td></tr>`).join("")}<tr><th>[...]</th><td>[...]</td><td>[...]</td></tr></tbody></table></div>`)}
    ${collapse("my-accordion-2", "<span><svg aria-hidden=\"true\"></svg></span>Wilayah Kerja", `<h1 class="mb-3 md:text-base font-bold">9 Wilayah Kerja Bakorwil 3 Malang</h1><ul class="grid grid-cols-2 md:grid-cols-3 lg:grid-cols-9 gap-5 mt-5">${[4, 8, 1, 0, 2, 3, 5, 6, 7].map((k) => { const [u, img, name] = wilayah[k]; return `<li><a target="_blank" href="${u}"><div class="text-center text-sm font-semibold">${name}</div><img class="h-28 mx-auto" src="/assets/${img}.png" alt="${img}"></a></li>`; }).join("")}</ul>`)}
  </div>
</div>`;
}

const kinerjaData = [
  ["Sekertariat", ["Rapat koordinasi, fasilitasi, dan menyinergikan tugas dan fungsi Bakorwil III Malang dengan unit pelakasana teknis dan cabang Dinas Pendidikan di seluruh wilayah kerja Bakowril III Malang tahun 2021.", "Sinkronisasi, monitoring, dan evaluasi keterisian data dalam Sistem Informasi Pemerentihan Daerah (SIPD) di seluruh Kabupaten dan Kota se-wilayah kerja Bakowril III Malang tahun 2021."]],
  ["Bidang Pemerintahan", ["Kegiatan koordinasi. fasilitasi, monitoring dan evaluasi kerja sama Blitar Raya, Pemerintah Kabupaten Malang dan Pemerintah Kabupaten Tulungagung dalam rangka mendukung Peraturan Presiden No. 80 Tahun 2019 tentang Proyek Selingkar Wilis dan Jalan Lintas Selatan (JLS).", "[...]", "Kegiatan koordinasi, fasilitasi, monitoring dan evaluasi kesiapsiagaan menghadapi bencana hidrometeorologi (banjir, tanah longsor, dIl.) sewilayah kerja Bakorwil III Malang.", "[...]"]],
  ["Bidang Pembangunan Ekonomi", ["Kegiatan koordinasi, fasilitasi, monitoring dan evaluasi inisiasi Memorandum of Understanding (MoU) kerja sama Malang Raya.", "[...]", "Kegiatan koordinasi, fasilitasi, monitoring dan evaluasi penggalian potensi ekonomi baru di masa pandemi COVID-19.", "[...]"]],
  ["Bidang Kemasyarakatan", ["Kegiatan koordinasi, fasilitasi, monitoring dan evaluasi efektivitas pembelajaran tatap muka bagi siswa sekolah sewilyah kerja Bakorwil III Malang. [...]", "[...]", "Kegiatan koordinasi, fasilitasi, monitoring dan evaluasi optimalisasi vaksinasi COVID-19 untuk target Kekebalan Kelompok/Hera Immunity [...]", "Kegiatan koordinasi, fasilitasi, monitoring dan evaluasi akselerasi implementasi Peraturan Gubernur No. 36 Tahun 2021 [...]"]],
  ["Bidang Sarana Dan Prasarana", ["Kegiatan koordinasi, fasilitasi. monitoring dan evaluasi inisiasi perjanjian kerja sama pengelolaan lingkungan hidup Malang Raya.", "Kegiatan koordinasi, fasilitasi, monitoring dan evaluasi Tempat Pembuangan Akhir (TPA) Sampah Regional.", "[...]", "Kegiatan koordinasi, fasilitasi, monitoring dan evaluasi laporan progres pembangunan Jalan, Lintas Selatan (JLS) di wilayah Kabupaten [...]"]],
];
function kinerja() {
  return `<div id="kinerja">
  <div class="relative w-full h-24 overflow-hidden"><div class="absolute bg-second opacity-60 h-full">
    <h3 class="text-lg text-white font-bold text-center">Uraian Kinerja Bakorwil III Malang</h3></div></div>
  <div section="accordion" class="flex flex-col gap-y-4 my-7">
    ${kinerjaData.map(([t, items]) => collapse("my-accordion-1", t, `<ul class="list-decimal ml-5 mb-8">${items.map((i) => `<li>${i}</li>`).join("")}</ul>`)).join("")}
  </div>
</div>`;
}

// DataPPID.json as committed (rows rendered by Accordion.jsx; the 'D' rows exist in the JSON but no table row shows them).
const ppidA = [
  [1, "Informasi tentang kedudukan, domisili dan alamat lengkap", "", "https://bakorwilmalang.jatimprov.go.id/tentang-kami-sejarah.html"],
  [2, "Struktur organisasi, gambaran umum dan profil singkat pejabat", "Struktur Organisasi", "https://bakorwilmalang.jatimprov.go.id/tentang-kami-struktur-organisasi.html"],
  [3, "Visi Misi", "Visi Misi", ""],
  [4, "Tugas Pokok dan Fungsi", "Tugas Fungsi Pemprov Jatim", ""],
  [5, "Laporan harta kekayaan bagi pejabatNegara yang telah diperiksa, diverifikasi dan telah dikirimkan oleh Komisi Pemberatasan Korupsi ke Badan Publik untuk diumumkan", "Wajib Lapor LHKPN Pemprov. Jatim", ""],
];
const ppidB = [
  [1, "Nama program dan kegiatan", ""], [2, "Penanggungjawab, pelaksana program dan kegiatan, serta nomor telepon dan/alamat yang dapat dihubungi", ""],
  [3, "Target dan/atau capaian program kegiatan", ""], [4, "Jadual pelaksanaan program dan kegiatan", ""],
  [5, "Anggaran program dam kegiatan yang meliputi sumber dan jumlah", ""], [6, "Agenda penting tekait pelaksanaan tugas Badan Publik", ""],
  [7, "Informasi khusus lainnya yang berkaitan langsung dengan hak-hak masyarakat", ""],
  [8, "Informasi khusus lainnya yang berkaitan langsung dengan hak-hak masyarakat", "Informasi tentang penerimaan calon pegawai tersedia pada website  Badan Kepegawaian Daerah Prov Jatim Informasi tentang penerimaa tenaga Non PNS"],
  [9, "Informasi tentang penerimaan calon peserta didik pada Badan Publik yang menyelenggarakan pendidikan untuk umum", "Badan Publik yang menyelenggarakan pendidikan untuk umum adalah UPT Pelatihan Kerja Prov Jatim / BLK (Balai latihan Kerja). Informasi tentang penerimaan calon peserta didik tersedia pada website BLK"],
];
const ppidISM = [
  ["A", "Setiap Badan Publik yang memiliki kewenangan atas suatu informasi yang dapat mengancam hajat hidup orang banyak dan ketertiban umum dan/atau Badan Publik yang berwenang memberikan izin dan/atau melakukan perjanjian kerja dengan pihak lain yang kegiatannya berpotensi mengancam hajat hidup o ang banyak dan ketertiban umum wajib mengumumkan informasi serta merta."],
  ["B", "Informasi yang dapat mengancam hajat hidup orang banyak dan ketertiban umum sebagaimana dimaksud pada ayat (1) meliputi antara lain : Informasi tentang bencana alam seperti kekeringan, kebakaran hutan karena faktor alam, hama penyakit tanaman, epidemic, wabah, kejadian luar biasa, kejadian antariksa atau benda benda angkasa. [...] Informasi tentang rencana gangguan terhadap utilitas publik.."],
  ["C", "1. Fitur untuk melacak penderita positif Covid 19 dari media anda (aktifkan GPS/[gkasi), 2. Sek persebaran, info hoax dan self assesment Covid 19 di Jawa Timur secara real time, 3. Informasi mengenai Protokol Pemerintah Penanganan Pandemi Covid 19, 4. Informasi kebijakan dan regulasi terkait Pandemi Covid 19, 5. Infermasi update Covid, 19 juga dipublikasikan di media sosial Pemprov. Jatim: Facebook, Instagram, Twitter, 6. Call Center Kesehatan, 7. Buku Panduan Covid-19"],
  ["D", "Standar pengumuman informasi sebagaimana dimaksud pada ayat (1) sekurang kurang meliputi : Potensi bahaya atau besaran dampak yang dapat ditimbulkan [...] ,Upaya upaya yang dilakukan ole Badan Publik dan/atau pihak pihak yang berwenang dalam menanggulangi bahaya dan/atau dampak yang ditimbulkan"],
];
const ppidISS = [
  ["A", "Daftar Informasi Publik (DIP)"], ["B", "Informasi tentang peraturan, keputusan dan/atau kebijakan Badan Publik"],
  ["C", "Seluruh informasi lengkap yang wajib disediakan dan diumumkan secara berkala"], ["D", "Informasi tentang peraturan, keputusan dan/atau kebijakan Badan Publik"],
  ["E", "Surat surat perjanjian dengan pihak ketiga berikut dokumen pendukungnya"], ["F", "Surat menyurat pimpinan atau pejabat Badan Publik dalam rangka pelaksanaan tugas pokok dan fungsinya"],
  ["G", "Syarat syarat perizinan, izin yang diterbitkan dan/atau dikeluarkan  berikut dokumen pendukungnya, dan laporan penataan izin yang diberikan"],
  ["H", "Data perbendaharaan atau inventaris"], ["I", "Rencana strategis dan rencana kerja Badan Publik"], ["J", "Agenda kerja pimpinan satuan kerja"],
  ["K", "Informasi mengenai kegiatan pelayanan informasi public yang  dilaksanakan, sarana dan prasarana layanan infomasi publik yang dimiliki beserta kondisinya, sumberdaya manusia yang menagani layanan informasi publik beserta kualitasnya, anggaran layanan informasi publik serta laporan penggunaannya"],
  ["L", "Jumlah jenis, dan gambaran umum pelanggaran yang ditemukan dalam pengawasan internal serta laporan penindakannya"],
  ["M", "Daftar serta hasil hasil penelitian yang dilakukan"], ["N", "Informasi dan kebijakan yang disampaikan pejabat public dalam pertemuan terbuka  untuk  umum"],
];
function ppid() {
  const berkala = `<div class="overflow-x-auto"><table class="table table-xs md:table-md text-sm md:text-base"><tbody>
    <tr class="font-bold"><th>A</th><td colspan="3">Informasi tentang profile Badan Publik :</td></tr>
    ${ppidA.map(([n, j, d, l]) => `<tr><th>${n}</th><td>${j}</td><td><a href="${l}">${d}</a></td></tr>`).join("")}
    <tr class="font-bold"><th>B</th><td colspan="3">Ringkasan informasi tentang program dan/atau kegiatan yang sedang dijalankan dalam lingkup Badan Publik, yang meliputi </td></tr>
    ${ppidB.map(([n, j, d]) => `<tr><th>${n}</th><td>${j}</td><td><a href="">${d}</a></td></tr>`).join("")}
    <tr class="font-bold"><th>C</th><td colspan="3">Ringkasan informasi tentang kinerja Badan Publik berupa narasi tentang realisasi kegiatan yang telah maupun sedang dijalankan beserta capaiannya</td></tr>
    <tr class="font-bold"><th>D</th><td colspan="3">Ringkasan laporan keuangan, yang meliputi :</td></tr>
    <tr class="font-bold"><th>E</th><td colspan="3">Ringkasan laporan akses Informasi Publik</td></tr>
    <tr class="font-bold"><th>F</th><td colspan="3">Informasi tentang peraturan, keputusan, dan/atau kebijakan yang mengikat dan/atau berdampak bagi publik yang dikeluarkan oleh Badan Publik</td></tr>
  </tbody></table></div>`;
  const sertaMerta = `<div class="overflow-x-auto"><table class="table table-xs md:table-md"><tbody>
    <tr class="font-bold"><th>A</th><td>Informasi tentang profile Badan Publik :</td></tr>
    ${ppidISM.map(([n, j]) => `<tr><th>${n}</th><td>${j}</td></tr>`).join("")}
  </tbody></table></div>`;
  const setiapSaat = `<div class="overflow-x-auto"><table class="table table-xs md:table-md"><tbody>
    <tr class="font-bold"><th>A</th><td>Setiap Badan Publik wajib menyediakan informasi setiap saat yang sekurang kurangnya terdiri atas:</td></tr>
    ${ppidISS.map(([n, j]) => `<tr class="ml-8"><th>${n}</th><td>${j}</td></tr>`).join("")}
  </tbody></table></div>`;
  return `
<div class="md:grid grid-cols-2 my-16">
  <div class="grid justify-center mt-3"><img src="/assets/foto_ppid.jpg" alt="" class="rounded-full object-cover"></div>
  <div class="md:grid justify-items-start">
    <div><h1 class="font-bold text-primer text-2xl lg:text-3xl tracking-widest">Apa Pengertian PPID ?</h1>
      <p class="text-sm text-text mt-5 text-justify leading-relaxed">Pejabat Pengelola Informasi dan Dokumentasi (PPID) adalah pejabat yang bertanggung jawab di bidang penyimpanan, pendokumentasian, penyediaan, dan/atau pelayanan informasi di badan publik.</p></div>
    <div class="mt-10 flex gap-2 justify-center md:gap-10">
      <a href="#profil" class="btn bg-white shadow-lg"><div><span class="text-second"><svg aria-hidden="true"></svg></span></div><div class="text-start"><p class="capitalize">profile</p><p class="text-xs font-light">PPID</p></div><br></a>
      <a href="#layanan" class="btn bg-white shadow-lg"><div><span class="text-second"><svg aria-hidden="true"></svg></span></div><div class="text-start"><p class="capitalize">layanan</p><p class="text-xs capitalize font-light">Informasi</p></div></a>
      <a href="#daftar" class="btn bg-white shadow-lg"><div><span class="text-second"><svg aria-hidden="true"></svg></span></div><div class="text-start"><p class="capitalize">Daftar</p><p class="text-xs capitalize font-light">Informasi</p></div></a>
    </div>
  </div>
</div>
<div class="grid bg-second text-white p-5 justify-items-center text-center"><div>
  <p id="profil" class="mb-7 font-bold mt-5 text-xl lg:text-2xl">Profile PPID Pelaksana Bakorwil Malang</p>
  <div class="lg:grid grid-cols-2 gap-10 items-center lg:mb-8">
    <div><div class="bg-begron p-5"><img src="/assets/struktur.png" alt="" class="mb-5"></div></div>
    <div class="text-sm mt-4 lg:mt-0">
      <p class="md:text-lg text-justify">Pejabat Pengelola Informasi dan Dokumentasi (PPID) menyediakan dan memberikan informasi melalui desk layanan informasi baik secara langsung maupun melalui media antara lain:</p>
      <ul class="list-disc ml-5 mb-8 md:text-lg md:text-start text-justify">
        <li>Situs Web : bakorwilmalang.jatimprov.go.id</li>
        <li>Email : bakorwilmalang@jatimprov.go.id</li>
        <li>Telepon : (0341) 555366, Fax (0341) 551323</li>
        <li>Kantor : JL. Simpang Ijen No. 2 Oro-oro Dowo, Kecamatan Klojen, Kota Malang</li>
      </ul>
    </div>
  </div>
  <div class="grid grid-cols-2 mb-8 gap-2 mx-auto">
    <div><button class="btn capitalize border-2 border-white text-second" data-tab="1">Tugas PPID</button></div>
    <div><button class="btn capitalize border-2 bg-second border-white text-white" data-tab="2">fungsi PPID</button></div>
  </div>
  <div class="mb-4">
    <div class="text-center" data-pane="1"><h1 class="font-bold text-xl lg:text-2xl ">Tugas PPID Pelaksana</h1>
      <p class="mt-3 text-sm md:text-lg">Merencanakan, mengorganisasikan, melaksanakan, mengawasi dan mengevaluasi pelaksanaan kegiatan pengelolaan dan pelayanan informasi di lingkungan satuan kerja.</p></div>
    <div class="hidden" data-pane="2"><h1 class="font-bold text-xl lg:text-2xl ">Fungsi PPID Pelaksana</h1>
      <ul class="list-decimal text-sm mt-3 text-start px-5 md:text-lg">
        <li>Mengelola dan melayani Informasi publik serta dokumentasi di satuan kerjanya.</li>
        <li>Pengolahan, penataan, data penyimpanan dan/atau informasi publik yang diperoleh di satuan kerjanya.</li>
        <li>Penyeleksian dan pengujian data dan informasi publik yang termasuk kategori dikecualikan dari informasi yang dibuka untuk publik yang ditetapkan oleh pejabat yang berwenang.</li>
        <li>Pengujian aksesibilitas atas suatu informasi publik.</li>
        <li>Penyelesaian sengketa pelayanan informasi.</li>
        <li>Pelaksanaan koordinasi antar bidang dalam pengelolaan dan pelayanan informasi publik serta dokumentasi</li>
      </ul></div>
  </div>
</div></div>
<div class="mt-5 p-5">
  <h1 id="layanan" class="text-second font-bold mb-4 text-center text-xl lg:text-2xl">Prosedur Permohonan Informasi</h1>
  <ul class="list-decimal text-sm ml-5 md:text-lg">
    <li>Pemohon informasi datang ke desk layanan informasi mengisi formulir permintaan informasi dengan melampirkan foto copy KTP pemohon dan pengguna informasi, bagi lembaga publik/ormas dilengkapi foto copy akta pendirian, surat keterangan terdaftar di Bakesbangpol Provinsi Jawa Timur/setempat, surat keterangan domisili lembaga publik/ormas.</li>
    <li>Maksud dan tujuan permintaan informasi harus jelas penggunaannnya.</li>
    <li>Petugas memberi tanda bukti penerimaan permintaan informasi publik. kepada pemohon informasi publik.</li>
    <li>Petugas memproses permintaan pemohon informasi publik sesuai dengan formulir permintaan informasi publik yang telah ditandatangani oleh pemohon informasi publik.</li>
    <li>Petugas menyerahkan informasi sesuai dengan yang diminta oleh pemohon/pengguna informasi. Jika informasi yang diminta masuk dalam kategori dikecualikan, PPID menyampaikan alasan sesuai dengan keterangan perundangan yang berlaku.</li>
    <li>Petugas memberikan Tanda bukti Penyerahan informasi Publik kepada pengguna informasi publik.</li>
    <li>Membukukan dan mencatat</li>
  </ul>
</div>
<div class="grid p-5 md:grid-cols-3 items-center">
  <div class="md:w-[180%] relative">
    <div class="absolute bottom-0 left-0 right-0 px-4 py-2 bg-[#262626] opacity-70"><h3 class="text-sm text-center text-white font-medium md:text-lg">SOP Pelayanan Informasi dan Alur Keberatan</h3></div>
    <img src="/assets/layanan-informasi.jpg" alt="">
  </div>
  <div class="my-6 md:rotate-90 md:w-[23rem]"></div>
  <div class="md:grid items-center relative">
    <div class="absolute bottom-0 left-0 right-0 px-4 py-2 bg-[#262626] opacity-70 md:py-4"><h3 class="text-sm text-center text-white font-medium md:text-lg">Alur Penyelesaian Sengketa Informasi Melalui Komisi Konfirasi</h3></div>
    <img src="/assets/alur-penyelesaian.jpg" alt="">
  </div>
</div>
<div class="p-5 mt-5 mb-5">
  <h1 class="font-bold text-center text-xl lg:text-2xl text-second">Daftar Informasi</h1>
  <div id="daftar" section="accordion" class="grid gap-y-4 p-5">
    ${collapse("my-accordion-2", "Informasi Berkala", berkala)}
    ${collapse("my-accordion-2", "Informasi Serta Merta", sertaMerta)}
    ${collapse("my-accordion-2", "Informasi Setiap Saat", setiapSaat)}
  </div>
</div>`;
}

const sakibDocs = [["rencana_strategis", "Rencana Strategis", "Unduh Document Rencana Strategis"], ["rencana_kerja", "Rencana Kerja", "Unduh Document Rencana Kerja"],
  ["rencana_aksi", "Rencana Aksi", "Unduh Document Rencana Aksi"], ["iku", "Indikator Kinerja Utama", "Unduh Document Indikator Kinerja Utama"],
  ["pohon_kinerja", "Pohon Kinerja", "Unduh Documen Pohon Kinerja"], ["perjanjian_kinerja", "Perjanjian Kinerja", "Unduh Documen perjanjian Kinerja"],
  ["laporan_kinerja", "Laporan Kinerja", "Unduh Documen Laporan Kinerja"], ["evaluasi_internal", "Evaluasi Internal", "Unduh Documen Evaluasi Internal"],
  ["pengukuran_kinerja", "Pengukuran Kinerja", "Unduh Documen Pengukuran Kinerja"], ["reformasi_birokrasi", "Reformasi Birokrasi", "Unduh Documen Reformasi Birokrasi"]];
function sakib() {
  return `<div>
  <h1 class="text-center my-7 font-bold text-second text-xl md:text-4xl">Dokumen SAKIP &amp; RB</h1>
  <div class="grid gap-y-3 justify-center md:grid-cols-3 justify-items-center mb-10">
    ${sakibDocs.map(([id, label]) => `<a href="#" rel="noopener noreferrer" class="btn bg-second text-white" data-modal="${id}"><span><svg aria-hidden="true"></svg></span>${label}</a>`).join("")}
    <div>${sakibDocs.map(([id, , h]) => `<dialog id="${id}" class="modal"><form method="dialog" class="modal-box"><button class="btn btn-sm btn-circle btn-ghost">✕</button><h3 class="font-bold text-base">${h}</h3><div class="grid grid-cols-2 gap-2 mt-4" data-doc="${id}"></div></form></dialog>`).join("")}</div>
  </div>
</div>`;
}
const berita = () => `<div class="px-5"><h1 class="p-5 text-xl text-center font-semibold text-[#094067] md:text-4xl">Berita Hari ini</h1>
  <div class="grid grid-cols-2 lg:grid-cols-3" id="listBerita"></div><div class="flex justify-center mb-10 mt-3">${pager}</div>
  <dialog id="my_modal_berita" class="modal"><form method="dialog"><button>✕</button></form></dialog></div>`;
const pengumuman = () => `<div class="px-5"><h1 class="text-xl text-center font-semibold text-[#094067] mb-6 mt-5 md:text-4xl">Pengumuman Hari ini</h1>
  <div class="card grid grid-cols-2 md:grid-cols-3" id="listPengumuman"></div><div class="flex justify-center mb-10 mt-3">${pager}</div>
  <dialog id="my_modal_pengumuman" class="modal"><form method="dialog"><button>✕</button></form></dialog></div>`;
const galeri = () => `<div class="galeri px-5"><h1 class="p-5 text-xl text-center font-semibold text-[#094067] md:text-4xl">Galeri Foto</h1>
  <div class="kategori grid grid-cols-4 justify-items-center text-sm font-medium capitalize mx-auto">
    <button class="bg-primer py-1 px-3 rounded-full text-white" data-gtab="semua">Semua</button><button class="py-1 px-3 rounded-full" data-gtab="rapat">Rapat</button>
    <button class="py-1 px-3 rounded-full" data-gtab="kegiatan">Kegiatan</button><button class="py-1 px-3 rounded-full" data-gtab="korpri">KORPRI</button></div>
  <div data-gpane="semua" id="listGaleri"></div><div class="hidden" data-gpane="rapat"></div><div class="hidden" data-gpane="korpri"></div><div class="hidden" data-gpane="kegiatan"></div>
  <dialog id="modal_galeri" class="modal"><form method="dialog"><button>✕</button></form></dialog></div>
<div class="galeri px-5"><h1 class="p-5 text-xl text-center font-semibold text-[#094067] md:text-4xl">Galeri Video</h1><div id="listVideo"></div><div class="flex justify-center">${pager}</div></div>`;

const routes = { "/": beranda, "/berita": berita, "/pengumuman": pengumuman, "/profil": profil, "/kinerja": kinerja, "/sakib": sakib, "/ppid": ppid, "/galeri": galeri };
// No catch-all route in App.jsx: an unknown path shows only the navbar and the footer.
root.innerHTML = navbar + (routes[path] ? routes[path]() : "") + footer;

// Behaviour attached by React: modals, tabs, search panel.
document.querySelectorAll("[data-modal]").forEach((el) => el.addEventListener("click", (e) => {
  if (el.tagName === "A") e.preventDefault();
  const d = document.getElementById(el.dataset.modal); if (d && d.showModal) d.showModal();
}));
document.querySelectorAll("[data-tab]").forEach((b) => b.addEventListener("click", () => {
  document.querySelectorAll("[data-tab]").forEach((x) => { const on = x === b;
    x.className = on ? "btn capitalize  border-2 border-white text-second" : "btn capitalize  border-2 bg-second border-white text-white"; });
  document.querySelectorAll("[data-pane]").forEach((p) => { p.className = p.dataset.pane === b.dataset.tab ? "text-center" : "hidden"; });
}));
document.querySelectorAll("[data-gtab]").forEach((b) => b.addEventListener("click", () => {
  document.querySelectorAll("[data-gpane]").forEach((p) => { p.className = p.dataset.gpane === b.dataset.gtab ? "" : "hidden"; });
}));

// Search: a filter over the titles of berita and pengumuman loaded from the API (empty here, as deployed).
let searchData = [];
Promise.allSettled([get("/berita"), get("/pengumuman")]).then((rs) => {
  rs.forEach((r) => { if (r.status === "fulfilled" && Array.isArray(r.value)) searchData = searchData.concat(r.value); });
});
const panel = document.getElementById("searchPanel"), input = document.getElementById("search"), results = document.getElementById("searchResults");
document.getElementById("searchOpen").addEventListener("click", () => { panel.classList.add("open"); results.className = "block"; });
document.getElementById("searchClose").addEventListener("click", () => { panel.classList.remove("open"); results.className = "hidden"; input.value = ""; results.innerHTML = '<div class="text-lg text-center"></div>'; });
input.addEventListener("input", () => {
  const q = input.value.toLowerCase();
  const hits = q ? searchData.filter((i) => String(i.judul || "").toLowerCase().includes(q)) : [];
  results.innerHTML = hits.length ? `<div class="grid grid-cols-1 md:grid-cols-4">${hits.map((h) => `<div class="card"><p class="capitalize">${String(h.judul).substring(0, 60)} <button><a class="text-primer">selengkanya</a></button></p></div>`).join("")}</div>` : '<div class="text-lg text-center"></div>';
});

// API-fed lists (home slider, news, announcements, gallery, video; SAKIP documents): left empty when the API fails.
const fill = (id, p, tpl) => { const el = document.getElementById(id); if (!el) return;
  get(p).then((rows) => { el.innerHTML = rows.map(tpl).join(""); }).catch(() => {}); };
fill("homeBerita", "/berita", (d) => `<div class="card"><h3>${d.judul}</h3></div>`);
fill("homePengumuman", "/pengumuman", (d) => `<label class="card"><p>${d.judul}</p></label>`);
fill("listBerita", "/berita", (d) => `<div class="card"><h3>${d.judul}</h3></div>`);
fill("listPengumuman", "/pengumuman", (d) => `<div class="card"><h3>${d.judul}</h3></div>`);
fill("homeGaleri", "/galeri", (d) => `<div class="card"><p>${d.judul || ""}</p></div>`);
fill("listGaleri", "/galeri", (d) => `<div class="card"><p>${d.judul || ""}</p></div>`);
fill("homeVideo", "/video", (d) => `<iframe src="${d.link}"></iframe>`);
fill("listVideo", "/video", (d) => `<iframe src="${d.link}"></iframe>`);
fill("slider", "/carrousel", () => "");
if (path === "/sakib") get("/dokumen").then((rows) => {
  sakibDocs.forEach(([id, kat]) => { const el = document.querySelector(`[data-doc="${id}"]`);
    el.innerHTML = rows.filter((r) => r.kategori === kat).map((r) => `<a target="_blank" rel="noopener noreferrer" href="${r.link}" class="btn">${r.tahun}</a>`).join(""); });
}).catch(() => {});
