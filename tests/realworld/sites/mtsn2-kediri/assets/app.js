// Compact rewrite of components/shared/navigation.tsx + components/data/navigation.ts (de1bde6):
// the NavigationMenu content (dropdown) is mounted only while a trigger is open (hover or click),
// the mobile panel only after the burger is clicked; its sections expand on click.
(function () {
  var aboutUs = [
    ["Sambutan kepala madrasah", "Pesan dan sapaan hangat Kepala Madrasah.", "/about/sambutan"],
    ["Sejarah", "Asal-usul dan rekam jejak madrasah.", "/about/sejarah"],
    ["Budaya", "Nilai Islami dan karakter lingkungan kami.", "/about/budaya"],
    ["Visi & Misi", "Target utama dan arah strategis kami.", "/about/visi-misi"],
    ["Galeri Madtsanda", "Dokumentasi visual gedung, lingkungan, dan aktivitas siswa.", "/about/galeri"]
  ];
  var programs = [
    ["Kurikulum", "Pengelolaan pembelajaran MTsN 2 Kota Kediri diarahkan untuk membentuk peserta didik yang unggul dalam prestasi, ISTIKOMAH, dan siap menghadapi jenjang pendidikan berikutnya.", "/program-madrasah/kurikulum"],
    ["Kesiswaan", "Pembinaan kesiswaan Madtsanda menggabungkan kepemimpinan, organisasi, kesehatan sekolah, kedisiplinan, olahraga, seni, dan kegiatan sosial.", "/program-madrasah/kesiswaan"],
    ["Humas", "Bidang humas menghubungkan madrasah dengan orang tua, alumni, masyarakat, media digital, dan layanan informasi publik.", "/program-madrasah/humas"],
    ["Sarana Prasarana", "Fasilitas Madtsanda disiapkan untuk mendukung pembelajaran, ibadah, riset, literasi, kesehatan, asrama, olahraga, dan kegiatan warga madrasah.", "/program-madrasah/sarana-prasarana"]
  ];
  var services = [
    ["Madtsanda News", "Tempat melihat berita dan artikel Madtsanda.", "/news"],
    ["Research Repository", "Arsip digital karya ilmiah dan riset.", "/research"],
    ["Madtsanda Connect", "Portal integrasi sistem akademik digital.", ""],
    ["Modern Library", "Layanan perpustakaan digital dan fisik.", "/library"],
    ["Rapot Digital Madrasah", "Sistem penilaian siswa madrasah resmi Kemenag.", "/rapot"]
  ];
  var ziPpid = [
    ["Zona Integritas", "Eviden pembangunan ZI menuju WBK dan layanan bersih.", "/zona-integritas"],
    ["PPID", "Profil, struktur, visi misi, dan tugas layanan informasi publik.", "/ppid"]
  ];
  var organizations = [
    ["MPK dan OSIS", "Wadah organisasi siswa untuk melatih kepemimpinan dan aspirasi.", "/organizations/mpk-osis"],
    ["Ekstrakurikuler", "Berbagai kegiatan minat dan bakat untuk mengembangkan potensi siswa.", "/organizations/extracurricular"],
    ["Fivesa", "Komunitas/organisasi khusus madrasah untuk ajang kreativitas.", "/organizations/fivesa"]
  ];
  var nav = [
    ["Program Madrasah", "Kurikulum, kesiswaan, humas, dan sarana prasarana.", programs],
    ["Tentang Kami", "Sejarah, visi, dan misi Madrasah Tsanawiyah.", aboutUs],
    ["Layanan", "Research Repository, Madtsanda Connect, Modern Library.", services],
    ["ZI - PPID", "Zona Integritas dan layanan informasi publik madrasah.", ziPpid],
    ["Organisasi", "MPK dan OSIS, Ekstrakurikuler.", organizations]
  ];
  function esc(s) { return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;"); }
  function content(sec) {
    var h = '<div class="navigation-menu-content" data-open=""><ul class="grid gap-3 p-2">' +
      '<li class="row-span-3"><div class="rounded-md p-6"><div class="text-xl font-bold">' + esc(sec[0]) +
      '</div><p class="text-sm">' + esc(sec[1]) + '</p></div></li><div class="flex flex-col gap-1">';
    sec[2].forEach(function (it) {
      h += '<li class="container"><a data-slot="navigation-menu-link" href="' + esc(it[2]) + '"><div class="flex flex-col gap-1 text-sm">' +
        '<span class="flex flex-row items-center gap-1 text-sm"><div class="leading-none font-medium">' + esc(it[0]) +
        '</div></span><div class="line-clamp-2 text-xs">' + esc(it[1]) + '</div></div></a></li>';
    });
    return h + '</div></ul></div>';
  }
  function init() {
    var vp = document.getElementById("nm-viewport");
    var triggers = document.querySelectorAll(".navigation-menu-trigger");
    var open = -1;
    function show(i) {
      triggers.forEach(function (t, j) { t.setAttribute("aria-expanded", j === i ? "true" : "false"); });
      open = i;
      vp.innerHTML = i < 0 ? "" : content(nav[i]);
    }
    triggers.forEach(function (t) {
      var i = +t.getAttribute("data-menu");
      t.addEventListener("mouseenter", function () { show(i); });
      t.addEventListener("click", function () { show(open === i ? -1 : i); });
    });
    document.querySelector(".navigation-menu").addEventListener("mouseleave", function () { show(-1); });
    var mm = document.getElementById("mobile-menu");
    document.getElementById("burger").addEventListener("click", function () {
      if (mm.innerHTML) { mm.innerHTML = ""; return; }
      var h = '<div class="fixed inset-0 z-40 bg-black/60 md:hidden"></div><div class="fixed top-0 right-0 bottom-0 z-50 md:hidden"><div class="pb-6 px-4 pt-4"><div class="space-y-2">';
      nav.forEach(function (sec, i) {
        h += '<div class="border rounded-sm"><button class="mm-sec w-full" data-i="' + i + '"><div><div class="font-semibold text-base">' + esc(sec[0]) +
          '</div><div class="text-xs line-clamp-1">' + esc(sec[1]) + '</div></div></button><div class="mm-items" id="mm-' + i + '"></div></div>';
      });
      h += '</div><div class="mt-8 space-y-3"><a href="/login"><button class="w-full">Connect</button></a></div></div></div>';
      mm.innerHTML = h;
      mm.querySelectorAll(".mm-sec").forEach(function (b) {
        b.addEventListener("click", function () {
          var i = +b.getAttribute("data-i"), box = document.getElementById("mm-" + i);
          if (box.innerHTML) { box.innerHTML = ""; return; }
          box.innerHTML = '<div class="px-2 pb-4 space-y-1">' + nav[i][2].map(function (it) {
            return '<a class="block px-4 py-3" href="' + esc(it[2]) + '"><div class="font-medium text-sm">' + esc(it[0]) +
              '</div><div class="text-xs line-clamp-2 mt-0.5">' + esc(it[1]) + '</div></a>';
          }).join("") + '</div>';
        });
      });
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init); else init();
})();
