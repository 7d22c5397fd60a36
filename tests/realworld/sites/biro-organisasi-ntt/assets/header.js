// Compact rewrite of the client part of app/components/layout/Header.tsx (Next.js client component) with the
// data of app/lib/navigation.ts (mainNav). The server sends the top-level buttons only: a dropdown is mounted
// when its button is hovered (or clicked) and removed 250 ms after the pointer leaves; the mobile drawer is
// mounted when the burger is toggled. Links are next/link <a href>; external items open in a new tab.
(function () {
  var NAV = {
    "Profil": [
      ["Tentang Kami", "/profil/sekapur-sirih"],
      ["Struktur Organisasi", "/profil/struktur-organisasi"],
      ["Tugas Pokok dan Fungsi", "/profil/tugas-pokok-fungsi"]
    ],
    "Unit Kerja": [
      ["Kelembagaan & Analisis Jabatan", "/unit-kerja/kelembagaan-analisis-jabatan"],
      ["Reformasi Birokrasi & Akuntabilitas", "/unit-kerja/reformasi-birokrasi-akuntabilitas"],
      ["Tatalaksana", "/unit-kerja/tata-laksana"]
    ],
    "PPID": [
      ["Seputar PPID", "/ppid"],
      ["Tugas dan Fungsi", "/ppid/tugas-fungsi"],
      ["Struktur Organisasi PPID", "/ppid/struktur-organisasi"],
      ["Maklumat Pelayanan", "/ppid/maklumat"],
      ["Pelayanan Informasi Publik", "/ppid/informasi-publik"],
      ["Permohonan Informasi Online", "/ppid/permohonan"]
    ],
    "Daftar Informasi": [
      ["Informasi Setiap Saat", "https://drive.google.com/drive/folders/1eCYfgChjlq-AyjPt1-KXx3-BWlxLVZo5?usp=sharing", true],
      ["Informasi Berkala", "https://drive.google.com/drive/folders/1P7xUX6WNE7KjJw2Ju3ELcdJk2y2ejR2Y?usp=sharing", true],
      ["Informasi Serta Merta", "/ppid/serta-merta"],
      ["Daftar Informasi Dikecualikan", "https://drive.google.com/drive/folders/1P7xUX6WNE7KjJw2Ju3ELcdJk2y2ejR2Y?usp=sharing", true]
    ]
  };
  var ORDER = [["Beranda", "/"], ["Profil"], ["Unit Kerja"], ["PPID"], ["Berita", "/berita"], ["Daftar Informasi"], ["Daftar Aplikasi", "/daftar-aplikasi"]];

  function link(item, cls) {
    var a = document.createElement("a");
    a.className = cls;
    a.href = item[1];
    if (item[2]) { a.target = "_blank"; a.rel = "noopener noreferrer"; }
    var s = document.createElement("span");
    s.textContent = item[0];
    a.appendChild(s);
    return a;
  }

  function closeAll() {
    document.querySelectorAll(".header-dropdown").forEach(function (d) { d.remove(); });
  }

  function open(box, label) {
    closeAll();
    var dd = document.createElement("div");
    dd.className = "header-dropdown";
    var h = document.createElement("div");
    h.className = "header-dropdown-section-label";
    h.textContent = label;
    dd.appendChild(h);
    NAV[label].forEach(function (it) { dd.appendChild(link(it, "header-dropdown-link")); });
    dd.addEventListener("mouseenter", function () { clearTimeout(box._t); });
    dd.addEventListener("mouseleave", function () { box._t = setTimeout(closeAll, 250); });
    box.appendChild(dd);
  }

  document.querySelectorAll("#desktop-nav [data-menu]").forEach(function (box) {
    var label = box.getAttribute("data-menu");
    var btn = box.querySelector("button");
    box.addEventListener("mouseenter", function () { clearTimeout(box._t); open(box, label); });
    box.addEventListener("mouseleave", function () { box._t = setTimeout(closeAll, 250); });
    btn.addEventListener("click", function () {
      if (box.querySelector(".header-dropdown")) closeAll(); else open(box, label);
    });
  });

  // Mobile drawer (MobileNav): top-level items, groups expand on tap, then 'Login Admin' and the contact box.
  var root = document.getElementById("mobile-drawer-root");
  var toggle = document.getElementById("mobile-toggle");
  toggle.addEventListener("click", function () {
    if (root.firstChild) { root.innerHTML = ""; document.body.style.overflow = ""; return; }
    document.body.style.overflow = "hidden";
    var drawer = document.createElement("div");
    drawer.className = "header-mobile-drawer";
    var p = document.createElement("p");
    p.className = "header-mobile-label";
    p.textContent = "Menu Navigasi";
    drawer.appendChild(p);
    ORDER.forEach(function (it) {
      if (it[1]) { drawer.appendChild(link(it, "header-mobile-link")); return; }
      var wrap = document.createElement("div");
      var b = document.createElement("button");
      b.className = "header-mobile-expand";
      b.textContent = it[0];
      wrap.appendChild(b);
      b.addEventListener("click", function () {
        var sub = wrap.querySelector(".header-mobile-submenu");
        if (sub) { sub.remove(); return; }
        sub = document.createElement("div");
        sub.className = "header-mobile-submenu";
        NAV[it[0]].forEach(function (c) { sub.appendChild(link(c, "header-mobile-link pl-8")); });
        wrap.appendChild(sub);
      });
      drawer.appendChild(wrap);
    });
    drawer.appendChild(link(["Login Admin", "/login"], "header-mobile-login"));
    var k = document.createElement("div");
    k.innerHTML = '<p>Kontak</p><div>(0380) 831021</div>' +
      '<div>Sen-Kam: 08.00-16.00 (ist. 12.00-13.00) | Jum: 08.00-16.30 (ist. 11.30-13.20) WITA</div>';
    drawer.appendChild(k);
    root.appendChild(drawer);
  });
})();
