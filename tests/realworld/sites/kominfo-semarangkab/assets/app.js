// Compact rewrite of what the Next.js 14 client bundle attaches to the server's HTML
// (components/homepage/FixNavigation.jsx on @headlessui/react 2, components/BeritaSidebar.jsx,
// components/dwnld-regulasi/Regulasi.jsx, react-scroll's Link).
// Desktop menu: each Headless UI <Menu> mounts its <MenuItems> inside the menu's <div class="relative">
// only while open (click on the button; closed by a click outside, Escape or choosing an item).
// Mobile: the hamburger toggles the <DisclosurePanel>, mounted only while open; its sub-menus are nested
// Disclosures mounted only while open ('Struktur Organisasi' there links /struktur-navigasi, 'Contact'
// is '#Footer').  'Contact' on the desktop bar is react-scroll's <a> without href: it scrolls to #Footer.
// The header search field has no form and no handler.  Data fetches go to the back end the repository
// does not hold (NEXT_PUBLIC_HOST=http://127.0.0.1:8000/api/v1): the home's three latest news stay
// empty (console.error), the Regulasi table stays empty and an alert reports the failure.
(function () {
  var MENU = {
    "Profil": [["Profil Dinas", "/profil-dinas"], ["Struktur Organisasi", "/struktur-organisasi"], ["Visi Misi", "/visi-misi"]],
    "Berita": [["Berita Semarang", "/berita-semarang"], ["Berita Transparasi", "/berita-transparasi"]],
    "Gallery": [["Foto", "/Gallery-foto"], ["Video", "/Gallery-video"]],
    "Download": [["Regulasi", "/dwnld-regulasi"], ["Materi", "/Downld-Materi"]]
  };
  var MOBILE = [
    ["Beranda", "/"],
    ["Profil", [["Profil Dinas", "/profil-dinas"], ["Struktur Organisasi", "/struktur-navigasi"], ["Visi Misi", "/visi-misi"]]],
    ["Berita", [["Berita Semarang", "/berita-semarang"], ["Berita Transparasi", "/berita-transparasi"]]],
    ["PPID", "/ppid-kab"],
    ["Gallery", [["Foto", "/Gallery-foto"], ["Video", "/Gallery-video"]]],
    ["Contact", "#Footer"],
    ["Download", [["Regulasi", "/dwnld-regulasi"], ["Materi", "/Downld-Materi"]]]
  ];
  var open = null;
  function closeMenu() {
    if (!open) return;
    var items = open.querySelector('[role="menu"]');
    if (items) items.remove();
    var b = open.querySelector("button");
    b.setAttribute("aria-expanded", "false");
    b.setAttribute("data-headlessui-state", "");
    open = null;
  }
  function openMenu(wrap) {
    closeMenu();
    var label = wrap.getAttribute("data-menu");
    var b = wrap.querySelector("button");
    var box = document.createElement("div");
    box.className = "absolute z-10 mt-2 w-48 origin-top bg-white shadow-lg ring-1 ring-black ring-opacity-5";
    box.setAttribute("role", "menu");
    box.setAttribute("aria-labelledby", b.id);
    box.setAttribute("tabindex", "0");
    MENU[label].forEach(function (it) {
      var a = document.createElement("a");
      a.href = it[1];
      a.textContent = it[0];
      a.className = "block px-4 py-2 text-sm text-gray-700";
      a.setAttribute("role", "menuitem");
      a.setAttribute("tabindex", "-1");
      box.appendChild(a);
    });
    wrap.appendChild(box);
    b.setAttribute("aria-expanded", "true");
    b.setAttribute("data-headlessui-state", "open");
    open = wrap;
  }
  document.querySelectorAll("[data-menu]").forEach(function (wrap) {
    wrap.querySelector("button").addEventListener("click", function (e) {
      e.stopPropagation();
      if (open === wrap) closeMenu(); else openMenu(wrap);
    });
  });
  document.addEventListener("click", function (e) {
    if (open && !open.contains(e.target)) closeMenu();
  });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") closeMenu(); });

  // react-scroll Link 'Contact' (desktop): no href, scrolls to the footer.
  document.querySelectorAll("nav a:not([href])").forEach(function (a) {
    a.addEventListener("click", function () {
      var f = document.getElementById("Footer");
      if (f) f.scrollIntoView({ behavior: "smooth" });
    });
  });

  // Mobile Disclosure panel.
  var nav = document.querySelector("nav");
  var burger = nav.querySelector('button[id^="headlessui-disclosure-button"]');
  var panel = null;
  function item(cls, text) {
    var el = document.createElement(cls[0]);
    el.className = cls[1];
    el.textContent = text;
    return el;
  }
  burger.addEventListener("click", function () {
    if (panel) {
      panel.remove(); panel = null;
      burger.setAttribute("aria-expanded", "false");
      return;
    }
    panel = document.createElement("div");
    panel.className = "lg:hidden";
    var inner = document.createElement("div");
    inner.className = "space-y-1 pb-3 pt-2 bg-indigo-50";
    MOBILE.forEach(function (m) {
      if (typeof m[1] === "string") {
        var a = item(["a", "block border-l-4 border-transparent py-2 pl-3 pr-4 text-base font-medium text-gray-600"], m[0]);
        a.href = m[1];
        inner.appendChild(a);
        return;
      }
      var d = document.createElement("div");
      d.className = "relative";
      var b = item(["button", "block border-l-4 border-transparent py-2 pl-3 pr-4 text-base font-medium text-gray-600"], m[0]);
      b.type = "button";
      b.setAttribute("aria-expanded", "false");
      var sub = null;
      b.addEventListener("click", function () {
        if (sub) { sub.remove(); sub = null; b.setAttribute("aria-expanded", "false"); return; }
        sub = document.createElement("div");
        sub.className = "pl-6";
        m[1].forEach(function (it) {
          var a = item(["a", "block py-2 text-sm text-gray-700"], it[0]);
          a.href = it[1];
          sub.appendChild(a);
        });
        d.appendChild(sub);
        b.setAttribute("aria-expanded", "true");
      });
      d.appendChild(b);
      inner.appendChild(d);
    });
    panel.appendChild(inner);
    nav.appendChild(panel);
    burger.setAttribute("aria-expanded", "true");
  });

  var API = "http://127.0.0.1:8000/api/v1";
  // Home: BeritaSidebar fetches the three latest news.
  if (document.getElementById("foto-homepage")) {
    fetch(API + "/news", { headers: { Accept: "application/json" } })
      .then(function (r) { return r.json(); })
      .then(function () { /* rows would be cards; the back end is not in the repository */ })
      .catch(function (err) { console.error("Error Fetching data News", err); });
  }
  // Regulasi: the table body is filled from /regulations, or an alert reports the failure.
  if (location.pathname === "/dwnld-regulasi") {
    fetch(API + "/regulations", { headers: { Accept: "application/json" } })
      .then(function (r) { return r.json(); })
      .catch(function (err) { alert("Gagal mengambil data regulasi dari server [" + err + "]"); });
  }
})();
