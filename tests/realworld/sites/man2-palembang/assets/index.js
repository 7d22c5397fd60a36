// Compact working rewrite of src/App.jsx, src/pages/Home.jsx and src/pages/page.jsx (no React).
// The API base is "http://localhost:5000" (src/api.js fallback; no VITE_API_URL in the repository), which a
// visitor's browser cannot reach: every fetch fails and Home keeps its built-in defaults (defaultMenuPages,
// the konten fallbacks, an empty informasiPublik list); /page/:slug shows "Halaman tidak ditemukan".
const MENU = [
  ["PROFIL", [["Profil PPID", "profil-ppid"], ["Visi & Misi", "visi-misi"], ["Tugas & Fungsi", "tugas-fungsi"], ["Struktur Organisasi", "struktur-organisasi"], ["Maklumat Pelayanan", "maklumat-pelayanan"]]],
  ["REGULASI", [["UU KIP", "uu-kip"], ["Peraturan Menteri", "peraturan-menteri"], ["SOP PPID", "sop-ppid"], ["SK PPID", "sk-ppid"]]],
  ["INFORMASI PUBLIK", [["Informasi Berkala", "informasi-berkala"], ["Informasi Serta Merta", "informasi-serta-merta"], ["Informasi Setiap Saat", "informasi-setiap-saat"], ["Informasi Dikecualikan", "informasi-dikecualikan"]]],
  ["LAYANAN INFORMASI", [["Prosedur Permohonan", "prosedur-permohonan"], ["Prosedur Keberatan", "prosedur-keberatan"], ["Biaya Layanan", "biaya-layanan"], ["Hak & Tata Cara", "hak-tata-cara"]]],
  ["LAPORAN", [["Laporan Tahunan", "laporan-tahunan"], ["Laporan Statistik", "laporan-statistik"], ["Laporan Akses", "laporan-akses"]]],
];
const INFO = MENU[2][1];
const root = document.getElementById("root");
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]));
const go = (path) => { history.pushState({}, "", path); render(); };
const user = () => (localStorage.getItem("user") && localStorage.getItem("token") ? JSON.parse(localStorage.getItem("user")) : null);

function ajukan(e) {
  if (e) e.preventDefault();
  if (user()) { go("/permohonan-baru"); return; }
  alert("Silakan Login terlebih dahulu untuk mengajukan permohonan informasi.");
  go("/login");
}

function navHtml() {
  let h = '<li><a href="/" data-link>BERANDA</a></li>';
  for (const [name, subs] of MENU) {
    h += '<li class="group relative"><button>' + esc(name) + ' <span>\u25BC</span></button><ul class="submenu" hidden>';
    for (const [label, slug] of subs) h += '<li><button data-slug="' + slug + '">' + esc(label) + "</button></li>";
    h += "</ul></li>";
  }
  return h;
}

function home() {
  let active = "Informasi Berkala";
  let q = "";
  root.innerHTML =
    '<div class="min-h-screen">' +
    '<div class="topbar"><div><span>\uD83D\uDCDE (0711) 123456</span> <span>\uD83D\uDCE7 ppid@man2plg.sch.id</span></div>' +
    '<div><a href="/login" data-link>LOGIN USER</a> <a href="/register" data-link>DAFTAR</a></div></div>' +
    '<nav><div><img src="https://man2plg.sch.id/Foto/logo.png" alt="Logo"><div><h1>PPID UNIT</h1><p>MAN 2 Kota Palembang</p></div></div>' +
    '<ul class="desktop-nav">' + navHtml() + '</ul>' +
    '<button type="button" class="hamburger" aria-expanded="false" aria-label="Buka menu">\u2630</button>' +
    '<div class="mobile-nav" hidden></div></nav>' +
    '<header><div>Portal Layanan Informasi</div><h2>Keterbukaan Informasi <br><span>Adalah Hak Anda.</span></h2>' +
    '<p>Pejabat Pengelola Informasi dan Dokumentasi memberikan pelayanan informasi yang transparan dan akuntabel.</p>' +
    '<div><button id="ajukan">Ajukan Permohonan</button> <button id="prosedur">Prosedur Layanan</button></div></header>' +
    '<section class="tiles">' +
    ["\uD83D\uDCE8|Permohonan Informasi", "\u2696\uFE0F|Pengajuan Keberatan", "\uD83D\uDD0D|Cek Status Layanan", "\uD83D\uDCC2|Daftar Informasi"]
      .map((t, i) => { const [ic, ti] = t.split("|"); return '<div class="tile" data-tile="' + i + '"><span>' + ic + "</span><h3>" + ti + "</h3><p>Login untuk akses</p></div>"; }).join("") +
    "</section>" +
    '<section id="daftar-informasi"><h2>Daftar Informasi Publik</h2><div class="wrap"><aside id="tabs"></aside><div class="panel">' +
    '<div class="panel-head"><div><p>Daftar Informasi Publik</p><h3 id="tab-title"></h3></div><input type="text" id="cari" placeholder="Cari dokumen..."></div>' +
    '<div id="tab-body"></div>' +
    '<table><thead><tr><th>Nama Dokumen</th><th>Format</th><th>Aksi</th></tr></thead><tbody><tr><td colspan="3">Belum ada dokumen pada kategori ini.</td></tr></tbody></table>' +
    "</div></div></section>" +
    '<footer><div><img src="https://man2plg.sch.id/Foto/logo.png" alt="Logo MAN 2"><p>PPID MAN 2 KOTA PALEMBANG</p><p>Mewujudkan keterbukaan informasi madrasah yang modern dan transparan.</p></div>' +
    '<div><h4>Kontak Kami</h4><p>\uD83D\uDCCD Jl. Prof. KH. Zainal Abidin, Kec. Kemuning, Palembang<br>\uD83D\uDCE7 ppid@man2plg.sch.id<br>\uD83D\uDCDE (0711) 123456</p></div>' +
    '<div><h4>Navigasi</h4><div><a href="/login" data-link>Login User</a></div></div></footer></div>';

  const drawTabs = () => {
    document.getElementById("tabs").innerHTML = INFO.map(([l]) => '<button data-tab="' + l + '"' + (l === active ? ' class="active"' : "") + ">" + esc(l) + "</button>").join("");
    document.getElementById("tab-title").textContent = active;
    document.getElementById("tab-body").innerHTML =
      "<div><h3>" + esc(active) + "</h3><p>PPID MAN 2 Palembang \u2022 Informasi Publik</p><div>Klik untuk melihat daftar " + esc(active) + ".</div></div>";
  };
  drawTabs();
  root.querySelector("#tabs").addEventListener("click", (e) => { const b = e.target.closest("[data-tab]"); if (b) { active = b.dataset.tab; drawTabs(); } });
  root.querySelector("#cari").addEventListener("input", (e) => { q = e.target.value; });
  root.querySelector("#ajukan").addEventListener("click", ajukan);
  // handleProsedurButton looks the slug up in the fetched menuPages, which stay empty: nothing happens.
  root.querySelector("#prosedur").addEventListener("click", () => {});
  root.querySelector('[data-tile="0"]').addEventListener("click", ajukan);
  // Dropdowns exist while hovered (Tailwind group-hover): shown on mouseenter, hidden on mouseleave.
  root.querySelectorAll(".desktop-nav > li.group").forEach((li) => {
    const ul = li.querySelector(".submenu");
    li.addEventListener("mouseenter", () => { ul.hidden = false; });
    li.addEventListener("mouseleave", () => { ul.hidden = true; });
  });
  const mob = root.querySelector(".mobile-nav");
  root.querySelector(".hamburger").addEventListener("click", (e) => {
    const open = mob.hidden;
    mob.hidden = !open;
    e.currentTarget.setAttribute("aria-expanded", String(open));
    e.currentTarget.textContent = open ? "\u2715" : "\u2630";
    mob.innerHTML = open
      ? '<ul><li><a href="/" data-link>BERANDA</a></li>' + MENU.map(([n, subs]) => "<li><p>" + esc(n) + "</p>" + subs.map(([l, s]) => '<button data-slug="' + s + '">' + esc(l) + "</button>").join("") + "</li>").join("") + "</ul>"
      : "";
  });
}

function page(slug) {
  root.innerHTML = '<div class="p-10 text-gray-500">Loading...</div>';
  // GET http://localhost:5000/api/posts/<slug> cannot be reached (and would read the absent table submenu_pages).
  setTimeout(() => { root.innerHTML = '<div class="p-10 text-red-500">Halaman tidak ditemukan</div>'; }, 50);
}


function render() {
  const p = location.pathname;
  const m = p.match(/^\/page\/([^/]+)\/?$/);
  if (p === "/") home();
  else if (m) page(decodeURIComponent(m[1]));
  else root.innerHTML = "";
}

document.addEventListener("click", (e) => {
  const a = e.target.closest("a[data-link]");
  if (a) { e.preventDefault(); go(a.getAttribute("href")); return; }
  const b = e.target.closest("button[data-slug]");
  if (b) go("/page/" + b.dataset.slug);
});
window.addEventListener("popstate", render);
render();
