// Compact rewrite (no React) of the client parts of the BPSDM Kaltim Next.js site:
// MainNavClient (hover dropdowns, mobile menu), SearchButton/SearchModal (Ctrl+K modal -> /cari?q=),
// PpidOrgChart (React Flow shows its nodes once measured), DipSearchBar, PpidFormClient/PpidTrackClient.
(function () {
  var MENU = [
    { label: "Beranda", url: "/" },
    { label: "Profil", key: "profil", children: [
      ["Tentang BPSDM", "/profil"], ["Sejarah", "/profil/sejarah"], ["Visi & Misi", "/profil/visi-misi"],
      ["Tugas & Fungsi", "/profil/tugas-fungsi"], ["Struktur Organisasi", "/profil/struktur-organisasi"],
      ["Kepala Badan", "/profil/kepala-badan"], ["Widyaiswara", "/profil/widyaiswara"]] },
    { label: "Program", key: "program", children: [["Katalog Program", "/program"], ["Jadwal Pelatihan", "/program/jadwal"]] },
    { label: "Publikasi", key: "publikasi", children: [
      ["Berita", "/berita"], ["Artikel", "/berita?kategori=artikel"], ["Pengumuman", "/pengumuman"], ["Unduhan", "/unduhan"]] },
    { label: "Kontak", url: "/kontak" }
  ];
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    for (var k in attrs || {}) e.setAttribute(k, attrs[k]);
    if (text) e.textContent = text;
    return e;
  }
  function childrenOf(key) {
    for (var i = 0; i < MENU.length; i++) if (MENU[i].key === key) return MENU[i].children;
    return [];
  }
  // Desktop dropdowns: rendered only while hovered
  document.querySelectorAll("[data-menu]").forEach(function (wrap) {
    var timer = null, btn = wrap.querySelector("button");
    wrap.addEventListener("mouseenter", function () {
      if (timer) { clearTimeout(timer); timer = null; }
      if (wrap.querySelector(".dropdown")) return;
      var box = el("div", { "class": "dropdown absolute top-full left-0 mt-1.5 w-64 bg-white rounded-xl" });
      childrenOf(wrap.getAttribute("data-menu")).forEach(function (c) {
        box.appendChild(el("a", { href: c[1], "class": "block px-4 py-2.5" }, c[0]));
      });
      wrap.appendChild(box);
      btn.setAttribute("aria-expanded", "true");
    });
    wrap.addEventListener("mouseleave", function () {
      timer = setTimeout(function () {
        var d = wrap.querySelector(".dropdown");
        if (d) d.remove();
        btn.setAttribute("aria-expanded", "false");
      }, 150);
    });
  });
  // Mobile menu (drawer from the left)
  var mob = document.querySelector(".mobile-menu-btn");
  if (mob) mob.addEventListener("click", function () {
    if (document.querySelector(".mobile-drawer")) return;
    var drawer = el("div", { "class": "mobile-drawer fixed top-0 left-0 h-full bg-white z-50" });
    var head = el("div", { "class": "sticky top-0" });
    head.appendChild(el("div", {}, "Menu"));
    head.appendChild(el("div", {}, "BPSDM Kalimantan Timur"));
    var close = el("button", { "aria-label": "Tutup menu" }, "×");
    close.addEventListener("click", function () { drawer.remove(); });
    head.appendChild(close);
    drawer.appendChild(head);
    var list = el("div", { "class": "p-3 space-y-1" });
    MENU.forEach(function (m) {
      if (!m.children) { list.appendChild(el("a", { href: m.url }, m.label)); return; }
      var wrap = el("div"), b = el("button", {}, m.label);
      b.addEventListener("click", function () {
        var sub = wrap.querySelector(".sub");
        if (sub) { sub.remove(); return; }
        sub = el("div", { "class": "sub ml-4" });
        m.children.forEach(function (c) { sub.appendChild(el("a", { href: c[1] }, c[0])); });
        wrap.appendChild(sub);
      });
      wrap.appendChild(b);
      list.appendChild(wrap);
    });
    drawer.appendChild(list);
    document.body.appendChild(drawer);
  });
  // Search modal (SearchButton + SearchModal): Enter goes to /cari?q=
  function openSearch() {
    if (document.querySelector(".search-modal")) return;
    var overlay = el("div", { "class": "search-modal fixed inset-0", role: "dialog", "aria-label": "Pencarian" });
    var form = el("form", { action: "/cari", method: "get" });
    var input = el("input", { type: "search", name: "q", placeholder: "Cari berita, program, dokumen...", autocomplete: "off" });
    form.appendChild(input);
    form.appendChild(el("button", { type: "submit" }, "Cari"));
    var close = el("button", { type: "button", "aria-label": "Tutup" }, "Esc");
    close.addEventListener("click", function () { overlay.remove(); });
    overlay.appendChild(form);
    overlay.appendChild(close);
    document.body.appendChild(overlay);
    input.focus();
  }
  document.querySelectorAll(".search-btn").forEach(function (b) { b.addEventListener("click", openSearch); });
  window.addEventListener("keydown", function (e) {
    if ((e.ctrlKey || e.metaKey) && e.key === "k") {
      e.preventDefault();
      var m = document.querySelector(".search-modal");
      if (m) m.remove(); else openSearch();
    }
    if (e.key === "Escape") { var o = document.querySelector(".search-modal"); if (o) o.remove(); }
  });
  // React Flow: nodes become visible once measured
  document.querySelectorAll(".react-flow__node").forEach(function (n) { n.style.visibility = "visible"; });
  // DIP search bar
  var dip = document.querySelector("form.dip-search");
  if (dip) dip.addEventListener("submit", function (e) {
    e.preventDefault();
    var v = dip.querySelector("input").value.trim();
    location.href = "/ppid/daftar-informasi" + (v ? "?cari=" + encodeURIComponent(v) : "");
  });
  // Request form and tracking: server actions with no back end in the fixture
  var fp = document.getElementById("form-permohonan");
  if (fp) fp.addEventListener("submit", function (e) {
    e.preventDefault();
    var err = fp.querySelector(".form-error") || el("div", { "class": "form-error" });
    err.textContent = "Gagal mengirim permohonan. Silakan coba lagi.";
    fp.insertBefore(err, fp.firstChild);
  });
  var ft = document.getElementById("form-tracking");
  if (ft) ft.addEventListener("submit", function (e) {
    e.preventDefault();
    var r = ft.querySelector(".track-result") || el("div", { "class": "track-result" });
    r.textContent = "Nomor permohonan tidak ditemukan.";
    ft.appendChild(r);
  });
})();
