// Compact rewrite of src/components/molecules/NavigationMenu.tsx (+ Navbar.tsx): the three dropdowns are
// React state; their items exist in the DOM only while the pointer is over the dropdown (removed 200 ms
// after it leaves). The PPID dropdown is a three-column grid of 18 links.
(function () {
  var MENU = {
    "Profil": [["/profil/visi-misi", "Visi & Misi"], ["/profil/sejarah-singkat", "Sejarah Singkat"], ["/profil/struktur-organisasi", "Struktur Organisasi"], ["/profil/tugas-dan-fungsi", "Tugas dan Fungsi"], ["/profil/pejabat-struktural", "Profil Pejabat Struktural"]],
    "Informasi": [["/informasi/berita", "Berita"], ["/informasi/foto", "Foto"], ["/informasi/agenda", "Agenda"], ["/informasi/infografis", "Infografis"], ["/informasi/video", "Video"]],
    "PPID": [["/PPID/profil-ppid", "Profil PPID"], ["/PPID/tugas-dan-fungsi", "Tugas dan Fungsi PPID"], ["/PPID/struktur-organisasi", "Struktur Organisasi PPID"], ["/PPID/visi-misi", "Visi Misi PPID"], ["/PPID/informasi/berkala", "Informasi Berkala"], ["/PPID/informasi/setiap-saat", "Informasi Tersedia Setiap Saat"], ["/PPID/informasi/serta-merta", "Informasi Serta Merta"], ["/PPID/informasi/dikecualikan", "Informasi Dikecualikan"], ["/PPID/regulasi/sop", "Regulasi dan Standar Operasional Prosedur"], ["/PPID/regulasi/informasi", "Regulasi Informasi"], ["/PPID/permohonan/tata-cara", "Tata Cara Permohonan Informasi"], ["/PPID/permohonan/keberatan", "Tata Cara Permohonan Keberatan"], ["/PPID/permohonan/sengketa", "Tata Cara Pengajuan Sengketa"], ["/PPID/informasi/daftar-2025", "Daftar Informasi Publik 2025"], ["/PPID/permohonan/online", "Keberatan Permohonan Online"], ["/PPID/laporan/rencana-pengadaan", "Rencana Umum Pengadaan"], ["/PPID/laporan/keuangan", "Laporan Keuangan"], ["/PPID/laporan/kinerja-2024", "Laporan Kinerja 2024"]]
  };
  var timer = null;
  function close() {
    document.querySelectorAll(".dropdown-menu").forEach(function (m) { m.remove(); });
  }
  function open(box) {
    clearTimeout(timer);
    var label = box.getAttribute("data-dropdown");
    if (box.querySelector(".dropdown-menu")) return;
    close();
    var menu = document.createElement("div");
    menu.className = "absolute top-full left-1/2 mt-1 bg-white rounded-lg shadow-xl border border-gray-200 py-4 dropdown-menu " + (label === "PPID" ? "grid grid-cols-3 gap-4" : "min-w-[200px]");
    menu.style.cssText = "display:block;visibility:visible;opacity:1;position:absolute;background:#fff;z-index:9998;" + (label === "PPID" ? "width:750px;" : "");
    MENU[label].forEach(function (it) {
      var wrap = document.createElement("div");
      wrap.className = "relative";
      var a = document.createElement("a");
      a.href = it[0];
      a.className = "block px-3 py-2 text-gray-700 text-xs font-medium cursor-pointer dropdown-menu-item rounded-md";
      a.textContent = it[1];
      wrap.appendChild(a);
      menu.appendChild(wrap);
    });
    menu.addEventListener("mouseenter", function () { clearTimeout(timer); });
    menu.addEventListener("mouseleave", function () { timer = setTimeout(close, 150); });
    box.appendChild(menu);
  }
  function init() {
    document.querySelectorAll("[data-dropdown]").forEach(function (box) {
      box.addEventListener("mouseenter", function () { open(box); });
      box.addEventListener("mouseleave", function () { timer = setTimeout(close, 200); });
    });
    // Navbar.tsx ensureClickable(): clicking a top-level item navigates to its href (buttons have none)
    document.querySelectorAll(".navbar-menu-item").forEach(function (el) {
      el.addEventListener("click", function (e) {
        var link = el.getAttribute("href") || (el.closest("a") && el.closest("a").getAttribute("href"));
        if (link && !e.defaultPrevented) window.location.href = link;
      });
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init); else init();
})();
