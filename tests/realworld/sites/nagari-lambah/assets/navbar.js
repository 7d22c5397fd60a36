// Compact working rewrite of components/NavbarNagari.tsx (a "use client" component). The server HTML holds
// the three dropdown <button>s closed and no mobile menu; a click mounts the panel (one open at a time, a
// click outside the header closes it), the burger mounts the mobile menu (<details> groups of the same lists).
(function () {
  var menus = {
    profil: [["Profil Nagari", "/profil"], ["Profil Wali Nagari", "/profil/walinagari"], ["Sejarah Nagari", "/sejarah"],
      ["Struktur Organisasi", "/profil/struktur-organisasi"], ["Visi Misi", "/visi-misi"],
      ["Perangkat Nagari", "/profil/perangkat-nagari"], ["Lembaga Nagari", "/lembaga"], ["Peta Nagari", "/profil/peta-nagari"]],
    perencanaan: [["RPJM Nagari", "/perencanaan/rpjm"], ["RKP Nagari", "/perencanaan/rkp"], ["APB Nagari", "/perencanaan/apb"]],
    informasi: [["Berita", "/berita"], ["Pengumuman", "/informasi/pengumuman"], ["Galeri", "/galeri"]]
  };
  var titles = { profil: "Profil Nagari", perencanaan: "Perencanaan", informasi: "Informasi" };
  var header = document.querySelector("header");
  if (!header) return;
  function links(items, cls) {
    return items.map(function (i) { return '<a href="' + i[1] + '" class="' + cls + '" style="color:#18365f">' + i[0] + "</a>"; }).join("");
  }
  function closeAll() {
    header.querySelectorAll(".nav-panel").forEach(function (p) { p.remove(); });
    header.querySelectorAll("button[data-dropdown]").forEach(function (b) { b.setAttribute("aria-expanded", "false"); });
  }
  header.querySelectorAll("button[data-dropdown]").forEach(function (btn) {
    btn.addEventListener("click", function () {
      var open = btn.getAttribute("aria-expanded") === "true";
      closeAll();
      if (open) return;
      var panel = document.createElement("div");
      panel.className = "nav-panel absolute left-1/2 top-[66px] z-[100] w-[320px] -translate-x-1/2 rounded-2xl bg-white p-3 shadow-[0_18px_55px_rgba(0,0,0,0.18)] ring-1 ring-black/5";
      panel.innerHTML = links(menus[btn.dataset.dropdown], "block rounded-xl px-4 py-3 text-[15px] font-bold transition hover:bg-slate-50");
      btn.parentNode.appendChild(panel);
      btn.setAttribute("aria-expanded", "true");
    });
  });
  document.addEventListener("mousedown", function (e) { if (!header.contains(e.target)) closeAll(); });
  var burger = document.getElementById("nav-burger");
  var mobile = null;
  if (burger) burger.addEventListener("click", function () {
    closeAll();
    if (mobile) { mobile.remove(); mobile = null; return; }
    var grp = function (k) {
      return '<details class="rounded-xl bg-slate-50"><summary class="cursor-pointer px-4 py-3 font-bold" style="color:#18365f">' + titles[k] +
        "</summary>" + links(menus[k], "block px-6 py-2.5 text-sm font-semibold text-slate-700") + "</details>";
    };
    var top = function (l, h) { return '<a href="' + h + '" class="block rounded-xl px-4 py-3 font-bold" style="color:#18365f">' + l + "</a>"; };
    mobile = document.createElement("div");
    mobile.className = "border-t border-slate-200 bg-white px-4 pb-5 pt-3 xl:hidden";
    mobile.innerHTML = '<div class="mx-auto max-w-[1500px] space-y-2">' + top("Beranda", "/") + grp("profil") + top("Produk Hukum", "/produk-hukum") +
      grp("perencanaan") + grp("informasi") + top("TP-PKK", "/tp-pkk") + top("PPID", "/ppid") + top("Kontak", "/kontak") + "</div>";
    header.appendChild(mobile);
  });
})();
