/* Compact working rewrite (no React, no Next.js runtime) of what the DPRKP DKI Jakarta pages do in a browser after
   hydration, from components/Navbar, FloatMenu, PpidContent/LaporanPpid, PpidContent/MediaGaleri,
   ArtikelTerkait and Experience of 1wasilah1/website-fe:
   - Navbar: a desktop item with a subMenu mounts its dropdown only while hovered (links built as
     '/' + sub.toLowerCase().replace(/ /g, '-')); the burger mounts a mobile menu whose top-level entries are
     buttons (only submenu entries are links);
   - FloatMenu: 'Ikuti Kami' toggles the social links;
   - LaporanPpid: the server HTML holds the empty-state row 'Data Tidak Ditemukan' (useState([])); useEffect then
     fills the table from the hard-coded ppidItem list; 'Lihat Data' is a button calling window.open(link);
     'Cari laporan' filters the rows on keyup (title.toLowerCase().includes(keyword), keyword not lower-cased,
     filtering the already-filtered list; an empty box restores the list);
   - MediaGaleri: a card click calls window.open(feature.link) where link is the imported image object
     (opens '[object Object]');
   - home: 'Aplikasi Terkait' logos and the Sirukim store badges open their targets by window.open. */
(function () {
  var SUB = {
    1: ["Visi & Misi", "Struktur Organisasi", "Tugas & Fungsi"],
    2: ["Berita", "Agenda", "Pengumuman", "Regulasi", "Laporan Kinerja"],
    3: ["Rusunawa", "Pendaftaran Rumah DP 0 Rupiah", "Bantuan Renovasi Rumah"],
    4: ["Rumah DP 0 Rupiah", "Peningkatan Kualitas Permukiman"]
  };
  var NAMES = ["Beranda", "Profil", "Informasi Publik", "Layanan", "Program", "PPID", "Kontak"];
  function slug(s) { return "/" + s.toLowerCase().replace(/ /g, "-"); }
  function esc(s) { return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;"); }

  var ITEMS = [
    ["SOP PPID DPRKP", "https://dprkp.jakarta.go.id/uploaded/webcontent/543lqdBIaUcKAaMpn7RPb7ynKJsmAiJU.pdf", 2024],
    ["SK PPID DPRKP", "https://dprkp.jakarta.go.id/uploaded/webcontent/DrOgxeknwsA3SKJnS6cuwjK3DPygjwou.pdf", 2023],
    ["Laporan PPID Tahun 2022", "https://dprkp.jakarta.go.id/uploaded/webcontent/5JNEv7AFdKZgahHmwP7FKplvf6l5xHLx.pdf", 2022],
    ["Peraturan Gubernur Nomor 40 Tahun 2024", "https://dprkp.jakarta.go.id/uploaded/webcontent/NPaSVFtZX0KR7pJizc7lwoGXLIv9zQjp.pdf", 2024],
    ["Daftar Informasi Publik", "https://dprkp.jakarta.go.id/uploaded/webcontent/w7rATBK3JdcHy2saFwZ5uAxPDKJu7GK7.pdf", 2023],
    ["Daftar Informasi yang Dikecualikan", "https://dprkp.jakarta.go.id/uploaded/webcontent/xls0KNoU9KIZVnxoajSChqmLPLF7OetG.pdf", 2023],
    ["Laporan Layanan Informasi Publik Tahun 2023", "https://dprkp.jakarta.go.id/uploaded/webcontent/RZH1TiU7X0sekSA57PuuCh6ekeGUZWTl.pdf", 2023],
    ["Laporan Layanan Informasi Publik Tahun 2024", "https://dprkp.jakarta.go.id/uploaded/webcontent/7PLTcZKfNt5UQwaMw1h2MURrxu1qUfKZ.pdf", 2024],
    ["Peraturan Komisi Informasi RI Nomor 1 Tahun 2021 Tentang Standar Layanan Informasi Publik", "https://dprkp.jakarta.go.id/uploaded/webcontent/ibapYUPyIMoDVUnO0UuiWEjWH5XSihbk.pdf", 2021],
    ["Formulir Keberatan", "https://dprkp.jakarta.go.id/uploaded/webcontent/W0iJ0FIYoM2E65CHcf2P6OswdXHnhsAL.pdf", null],
    ["Formulir Permohonan Informasi", "https://dprkp.jakarta.go.id/uploaded/webcontent/6SVUKvoFUstFvqVQtciOV4H9PPePhnHj.pdf", null]
  ];

  function navbar() {
    var desk = document.getElementById("nav-desktop");
    if (desk) {
      Array.prototype.forEach.call(desk.querySelectorAll("[data-item]"), function (el) {
        var i = +el.getAttribute("data-item");
        if (!SUB[i]) return;
        el.addEventListener("mouseenter", function () {
          var dd = document.createElement("div");
          dd.className = "absolute left-0 mt-2 w-56 bg-white dark:bg-gray-800 shadow-lg rounded-md dropdown";
          dd.innerHTML = SUB[i].map(function (s) {
            return '<div><a href="' + esc(slug(s)) + '" class="block px-4 py-2 text-xs text-gray-800 rounded-md">' + esc(s) + "</a></div>";
          }).join("");
          el.appendChild(dd);
        });
        el.addEventListener("mouseleave", function () {
          var dd = el.querySelector(".dropdown");
          if (dd) dd.remove();
        });
      });
    }
    var burger = document.getElementById("burger");
    if (burger) {
      burger.addEventListener("click", function () {
        var m = document.getElementById("mobile-menu");
        if (m) { m.remove(); return; }
        m = document.createElement("div");
        m.id = "mobile-menu";
        m.className = "md:hidden bg-white dark:bg-gray-900";
        m.innerHTML = NAMES.map(function (n, i) {
          return '<div class="relative"><button data-i="' + i + '" class="w-full text-left px-6 py-3 text-sm">' + esc(n) + "</button></div>";
        }).join("");
        m.addEventListener("click", function (e) {
          var b = e.target.closest("button[data-i]");
          if (!b) return;
          var i = +b.getAttribute("data-i");
          var open = m.querySelector(".sub");
          if (open) open.remove();
          if (!SUB[i]) return;
          var sub = document.createElement("div");
          sub.className = "sub bg-gray-100";
          sub.innerHTML = SUB[i].map(function (s) {
            return '<a href="' + esc(slug(s)) + '" class="block px-6 py-2 text-xs">' + esc(s) + "</a>";
          }).join("");
          b.parentNode.appendChild(sub);
        });
        document.querySelector("nav").appendChild(m);
      });
    }
    var ft = document.getElementById("float-toggle"), fs = document.getElementById("float-sub");
    if (ft && fs) ft.addEventListener("click", function () {
      fs.classList.toggle("opacity-0"); fs.classList.toggle("pointer-events-none");
      fs.classList.toggle("opacity-100");
    });
  }

  function laporan() {
    var body = document.getElementById("laporan-body");
    if (!body) return;
    var data = ITEMS.slice();
    function render() {
      if (!data.length) {
        body.innerHTML = '<tr class="h-[44px]"><td class="w-auto text-center text-black">Data Tidak Ditemukan</td></tr>';
        return;
      }
      body.innerHTML = data.map(function (r, i) {
        return '<tr class="h-[44px]"><td class="text-sm text-center">' + (i + 1) + '</td><td class="text-sm text-left">' +
          esc(r[0]) + '</td><td class="text-sm text-center">' + (r[2] == null ? "-" : r[2]) +
          '</td><td class="w-10 text-white text-xs text-center"><button class="bg-[#f98025] p-2 rounded-sm" data-link="' +
          esc(r[1]) + '">Lihat Data</button></td></tr>';
      }).join("");
    }
    render();
    body.addEventListener("click", function (e) {
      var b = e.target.closest("button[data-link]");
      if (b) window.open(b.getAttribute("data-link"), "_blank");
    });
    var box = document.getElementById("cari-laporan");
    if (box) box.addEventListener("keyup", function () {
      var k = box.value;
      data = k !== "" ? data.filter(function (r) { return r[0].toLowerCase().includes(k); }) : ITEMS.slice();
      render();
    });
  }

  function clicks() {
    var mg = document.getElementById("media-galeri");
    if (mg) mg.addEventListener("click", function (e) {
      if (e.target.closest("[data-media]")) window.open("[object Object]", "_blank");
    });
    var at = document.getElementById("aplikasi-terkait");
    if (at) at.addEventListener("click", function (e) {
      var c = e.target.closest("[data-link]");
      if (c) window.open(c.getAttribute("data-link"), "_blank");
    });
    var apps = document.getElementById("sirukim-apps");
    var APP = { android: "https://play.google.com/store/apps/details?id=com.dprkp.rusun",
                web: "https://sirukim.jakarta.go.id/sirukim-web/", ios: "http://apps.apple.com/id/app/sirukim/id1643825692" };
    if (apps) apps.addEventListener("click", function (e) {
      var a = e.target.getAttribute("data-app");
      if (a) window.open(APP[a], "_blank");
    });
  }

  function start() { navbar(); laporan(); clicks(); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
