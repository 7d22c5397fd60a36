// Compact rewrite of what the Next.js client bundle attaches to the server's HTML on the included pages
// (src/components/layout/Navbar.tsx at 84ccfe2, components/features/StrukturOrganisasi.tsx with
// lib/use-content.ts).  Desktop menu: a dropdown (role=menu) is mounted inside its menu item only while
// the pointer is over it (onMouseEnter / onMouseLeave with a 150 ms delay; the trigger <button> has no
// click handler) and is closed when the page scrolls past 24 px.  The burger toggles the mobile menu, a
// dialog mounted in the overlay host listing every item and sub-item.  The header's 'Cari...' button,
// Ctrl+K or '/' open the 'Pencarian global' dialog: a text field without a form that filters eleven
// hard-coded entries (the Navbar's own list; no request is made) and shows 'Pintasan Cepat' when empty.
// On /tentang/struktur-organisasi the skeleton is replaced by the organisation chart that
// GET /api/content?resource=struktur returns (its static fallback, lib/struktur-organisasi.ts, embedded
// here; people's names replaced).
const MENU = [
  ["PPDB", [["Alur & Jadwal", "/ppdb#alur"], ["Biaya & Beasiswa", "/ppdb/biaya"], ["FAQ PPDB", "/ppdb/faq"], ["Portal PPDB Resmi", "https://ppdb.jakarta.go.id", true]]],
  ["Profil", [["Profil Sekolah", "/tentang/profil"], ["Visi & Misi", "/tentang/visi-misi"], ["Struktur Organisasi", "/tentang/struktur-organisasi"],
    ["Struktur Tata Usaha", "/tentang/struktur-tu"], ["PPID", "/tentang/ppid"], ["Fasilitas", "/tentang/fasilitas"]]],
  ["Akademik", [["Program Studi", "/akademik/program"], ["Ekstrakurikuler", "/kehidupan/ekskul"]]],
  ["Informasi", [["Berita", "/berita"], ["Prestasi", "/prestasi"], ["Galeri", "/kehidupan/galeri"], ["Info Mutasi", "/layanan/mutasi"]]],
  ["Komunitas", [["Alumni", "/komunitas/alumni"], ["PTN Favorit", "/komunitas/ptnfavorit"], ["Testimoni", "/#testimoni"]]],
];
const TOP_HREF = { PPDB: "/ppdb", Profil: "/tentang", Akademik: "/akademik", Informasi: "/berita", Komunitas: "/komunitas" };
const SEARCH = [["Tim Robotika SMAN 68 Raih Juara 1 Nasional", "Berita", "/berita/tim-robotika-juara-1-nasional"],
  ["PPDB Resmi Dibuka, Jadwal & Syarat", "Pengumuman", "/ppdb"], ["Festival Seni SMAN 68", "Kegiatan", "/berita/festival-seni-sman-68"],
  ["Drs. Bambang Sutrisno, M.Pd. (Matematika)", "Guru", "/tentang/struktur-organisasi"], ["Basket Putra", "Ekskul", "/kehidupan/ekskul"],
  ["Paduan Suara", "Ekskul", "/kehidupan/ekskul"], ["Robotika", "Ekskul", "/kehidupan/ekskul"], ["Laboratorium Komputer", "Fasilitas", "/tentang/fasilitas"],
  ["Perpustakaan", "Fasilitas", "/tentang/fasilitas"], ["Juara 1 Olimpiade Matematika Nasional", "Prestasi", "/prestasi"],
  ["Best Innovation, International Science Fair", "Prestasi", "/prestasi"]];
const SHORTCUTS = [["Prestasi Terbaru", "/prestasi"], ["Agenda & Jadwal", "/dashboard"], ["Info PPDB", "/ppdb"], ["Ekskul & Organisasi", "/kehidupan/ekskul"],
  ["Struktur Organisasi", "/tentang/struktur-organisasi"], ["Struktur Tata Usaha", "/tentang/struktur-tu"], ["Fasilitas & Denah Ruang", "/tentang/fasilitas"]];
// lib/struktur-organisasi.ts (units; members with replaced names; eleven teachers cut to five)
const ORG = {
  sekolah: ["Kepemimpinan & Guru", "Rangkaian dari kepala sekolah, wakil kepala sekolah, hingga guru menurut mata pelajaran.", [
    ["Kepala Sekolah", "", [["Drs. Bambang Sutrisno, M.Pd.", "Kepala Sekolah", "S3 Pendidikan Teknologi — Universitas Negeri Jakarta (2012)"]]],
    ["Wakil Kepala Sekolah", "", [["Dra. Lestari Wulan, M.Hum.", "Wakil Kepala Sekolah — Bidang Kurikulum", "S2 Ilmu Humaniora — Universitas Indonesia (2009)"],
      ["Agus Setiawan, S.Pd.", "Wakil Kepala Sekolah — Bidang Kesiswaan", "S2 Teknologi Pendidikan — Universitas Teknologi Indonesia (2010)"],
      ["Yuni Marlina, S.Pd., M.Si.", "Wakil Kepala Sekolah — Bidang Sarana Prasarana", "S2 Ilmu Kimia — Institut Teknologi Bandung (2011)"]]],
    ["Guru & Tenaga Kependidikan", "guru", [["Drs. Teguh Wibowo, M.Pd.", "Guru Matematika", "S2 Pendidikan Matematika — Universitas Pendidikan Indonesia (2007)"],
      ["Sri Handayani, S.Pd., M.Si.", "Guru Fisika", "S2 Pendidikan Fisika — Universitas Gadjah Mada (2008)"],
      ["Wulan Sari, S.Si.", "Guru Kimia & Pembina KIR", "S2 Teknik Kimia — Institut Teknologi Bandung (2006)"],
      ["Dr. Joko Susilo", "Guru Biologi & Koordinator Olimpiade", "S3 Biologi — Universitas Gadjah Mada (2009)"],
      ["Hadi Kurniawan, S.T.", "Guru Informatika & Pembina Robotika", "S2 Teknik Informatika — Universitas Bina Nusantara (2010)"]]]]],
  osis: ["OSIS", "Dipilih kembali pada awal tahun ajaran baru.", [["OSIS", "", [["Siswa A", "Ketua OSIS"], ["Siswa B", "Wakil Ketua OSIS"], ["Siswa C", "Sekretaris OSIS"], ["Siswa D", "Bendahara OSIS"]]]]],
  mpk: ["MPK", "Menjadi saudara kerohanian bagi seluruh siswa SMA.", [["MPK", "", [["Siswa E", "Ketua MPK"], ["Siswa F", "Wakil Ketua MPK"], ["Siswa G", "Sekretaris MPK"], ["Siswa H", "Bendahara MPK"]]]]],
};
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;");
const el = (html) => { const t = document.createElement("template"); t.innerHTML = html.trim(); return t.content.firstElementChild; };
const host = () => document.getElementById("a11y-overlay-host") || document.body;

function hydrate() {
  // ---- desktop dropdowns (mounted while hovered)
  let openBox = null, timer = 0;
  const closeMenu = () => {
    if (!openBox) return;
    openBox.querySelector("[role=menu]")?.remove();
    openBox.querySelector("button").setAttribute("aria-expanded", "false");
    openBox = null;
  };
  document.querySelectorAll("nav[aria-label='Navigasi utama'] ul[role=list] li > div").forEach((box) => {
    const btn = box.querySelector("button[aria-haspopup]");
    const entry = MENU.find(([label]) => label === btn.textContent.trim());
    if (!entry) return;
    box.addEventListener("mouseenter", () => {
      clearTimeout(timer);
      if (openBox === box) return;
      closeMenu();
      box.appendChild(el(`<div class="absolute top-full left-0 mt-2 w-60 bg-white rounded-xl shadow-card py-2 border border-line" role="menu">${entry[1].map(([l, h, ext]) =>
        ext ? `<a href="${h}" target="_blank" rel="noopener noreferrer" class="flex items-center gap-3 px-4 py-2.5 text-sm text-ink font-medium" role="menuitem"><svg width="15" height="15"></svg>${esc(l)}</a>`
            : `<a class="flex items-center gap-3 px-4 py-2.5 text-sm text-ink" role="menuitem" href="${h}"><svg width="15" height="15"></svg>${esc(l)}</a>`).join("")}</div>`));
      btn.setAttribute("aria-expanded", "true");
      openBox = box;
    });
    box.addEventListener("mouseleave", () => { timer = setTimeout(closeMenu, 150); });
  });
  window.addEventListener("scroll", () => { if (window.scrollY > 24) closeMenu(); }, { passive: true });

  // ---- mobile menu (dialog in the overlay host while toggled)
  let drawer = null;
  const burger = document.querySelector("button.btn-icon-dark.lg\\:hidden");
  const closeDrawer = () => { if (drawer) { drawer.remove(); drawer = null; burger.setAttribute("aria-label", "Buka menu"); burger.setAttribute("aria-expanded", "false"); } };
  burger?.addEventListener("click", () => {
    if (drawer) { closeDrawer(); return; }
    drawer = el(`<div class="a11y-layer fixed inset-0 z-40 bg-brand-pine flex flex-col pt-24" role="dialog" aria-modal="true" aria-label="Menu navigasi mobile"><div class="flex-1 overflow-y-auto px-6 py-6 space-y-1">
      <div><a class="block py-3 text-white font-semibold text-lg border-b border-white/10" href="/">Beranda</a></div>
      ${MENU.map(([label, kids]) => `<div><a class="block py-3 text-white font-semibold text-lg border-b border-white/10${label === "PPDB" ? " text-brand-lime" : ""}" href="${TOP_HREF[label]}">${label}</a><div class="pl-4 pt-1 space-y-0.5">${kids.map(([l, h, ext]) =>
        `<a${ext ? ' target="_blank" rel="noopener noreferrer"' : ""} class="block py-2 text-white/60 text-sm" href="${h}">${esc(l)}</a>`).join("")}</div></div>`).join("")}
      <div class="pt-6 space-y-3"><a class="btn-primary btn-lg w-full text-base" href="/login"><svg width="16" height="16"></svg>Masuk Portal</a><a class="btn-secondary btn-lg w-full text-base" href="/ppdb">Daftar PPDB</a></div></div></div>`);
    host().appendChild(drawer);
    burger.setAttribute("aria-label", "Tutup menu"); burger.setAttribute("aria-expanded", "true");
  });

  // ---- global search dialog
  let modal = null;
  const closeSearch = () => { if (modal) { modal.remove(); modal = null; } };
  const render = (q) => {
    const box = modal.querySelector(".results");
    if (!q) {
      box.innerHTML = `<div><p class="text-xs font-semibold text-muted uppercase tracking-wider mb-3">Pintasan Cepat</p><div class="space-y-1">${SHORTCUTS.map(([l, h]) =>
        `<a class="flex items-center gap-3 px-3 py-2.5 rounded-xl text-sm text-ink" href="${h}"><svg width="15" height="15"></svg>${esc(l)}</a>`).join("")}</div></div>`;
      return;
    }
    const ql = q.toLowerCase();
    const hits = SEARCH.filter(([t, type]) => t.toLowerCase().includes(ql) || type.toLowerCase().includes(ql));
    box.innerHTML = hits.length ? `<div class="space-y-1"><p class="text-xs text-muted mb-2 font-medium">Ditemukan ${hits.length} hasil:</p>${hits.map(([t, type, h]) =>
      `<a class="flex items-center justify-between p-2.5 rounded-xl group" href="${h}"><span class="text-sm font-medium text-ink">${esc(t)}</span><span class="badge text-[10px]">${type}</span></a>`).join("")}</div>`
      : `<div class="text-sm text-muted text-center py-8">Tidak ada hasil untuk “<strong class="text-ink">${esc(q)}</strong>”</div>`;
  };
  const openSearch = () => {
    if (modal) return;
    modal = el(`<div class="a11y-layer fixed inset-0 z-[60] flex items-start justify-center pt-20 px-4" role="dialog" aria-modal="true" aria-label="Pencarian global"><div class="absolute inset-0 bg-brand-pine/70"></div>
      <div class="relative w-full max-w-xl bg-white rounded-xl shadow-card border border-line overflow-hidden"><div class="flex items-center gap-3 px-4 py-3 border-b border-line"><svg width="18" height="18"></svg>
      <input type="text" placeholder="Cari berita, prestasi, ekskul, guru..." class="flex-1 text-sm text-ink outline-none bg-transparent" value="" aria-label="Input pencarian"><kbd class="text-xs bg-line px-2 py-0.5 rounded font-mono text-muted">ESC</kbd></div>
      <div class="results p-4 max-h-96 overflow-y-auto"></div></div></div>`);
    host().appendChild(modal);
    const input = modal.querySelector("input");
    input.addEventListener("input", () => render(input.value));
    modal.addEventListener("click", (e) => { if (e.target === modal || e.target.classList.contains("bg-brand-pine/70")) closeSearch(); });
    modal.querySelector(".results").addEventListener("click", (e) => { if (e.target.closest("a")) closeSearch(); });
    render("");
    input.focus();
  };
  document.querySelector("button[aria-label^='Cari berita']")?.addEventListener("click", openSearch);
  window.addEventListener("keydown", (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key === "k") { e.preventDefault(); openSearch(); }
    const t = e.target, typing = t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || t?.isContentEditable;
    if (e.key === "/" && !typing) { e.preventDefault(); openSearch(); }
    if (e.key === "Escape") { closeSearch(); closeDrawer(); }
  });

  // ---- /tentang/struktur-organisasi: useContentResource("struktur") after its fetch
  const root = document.querySelector("[data-org-root]");
  if (root) setTimeout(() => {
    const card = (m) => `<li class="flex items-start gap-3.5 rounded-xl border border-line bg-white p-3.5"><span class="relative h-12 w-12 flex-shrink-0 rounded-lg bg-brand-mist"><span class="flex h-full w-full items-center justify-center text-sm font-extrabold" aria-hidden="true">${esc(m[0].split(" ").slice(0, 2).map((w) => w[0]).join("").toUpperCase())}</span></span>
      <span class="min-w-0 flex-1"><span class="block font-display text-sm font-bold leading-snug text-ink">${esc(m[0])}</span><span class="mt-0.5 block text-xs font-medium text-brand-green">${esc(m[1])}</span>${m[2] ? `<span class="mt-1.5 flex items-start gap-1.5 text-[11px] leading-relaxed text-muted">${esc(m[2])}</span>` : ""}</span></li>`;
    let total = 0;
    const sections = Object.entries(ORG).map(([kind, [label, desc, units]]) => {
      units.forEach((u) => { total += u[2].length; });
      const body = kind === "sekolah"
        ? `<ul class="space-y-3">${units.map(([name, id, members], i) => {
            const open = i === 0;
            const inner = id === "guru"
              ? `<div class="grid gap-4 sm:grid-cols-2">${members.map((m) => `<div><h4 class="mb-2 text-xs font-bold uppercase tracking-[0.12em] text-brand-leaf">${esc(m[1].replace(/^Guru\s+/, "").replace(/\s*&.*$/, ""))}</h4><ul class="grid gap-2">${card(m)}</ul></div>`).join("")}</div>`
              : `<ul class="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">${members.map(card).join("")}</ul>`;
            return `<li class="relative${i ? " ml-4 border-l-2 border-line pl-4" : ""}"><div class="rounded-xl border bg-white"><button type="button" aria-expanded="${open}" class="flex w-full items-center gap-3 p-4 text-left">
              <span class="min-w-0 flex-1"><span class="block font-display text-sm font-extrabold text-ink">${esc(name)}</span><span class="mt-0.5 block text-xs text-muted">${id === "guru" ? `${members.length} guru &amp; tenaga kependidikan` : `${members.length} orang`}</span></span><span class="text-[11px] text-muted">${members.length}</span></button>
              <div class="org-body overflow-hidden"${open ? "" : " hidden"}><div class="border-t border-line p-4">${inner}</div></div></div></li>`;
          }).join("")}</ul>`
        : `<ul class="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">${units[0][2].map(card).join("")}</ul>`;
      return `<section aria-labelledby="bagian-${kind}"><div class="mb-5 flex items-start gap-3"><div><h2 id="bagian-${kind}" class="font-display text-xl font-extrabold text-ink">${esc(units[0][0])}</h2><p class="mt-0.5 text-sm text-muted">${esc(desc)}</p></div></div>${body}</section>`;
    });
    const wrap = el(`<div class="space-y-12">${sections.join("")}</div>`);
    root.replaceWith(wrap);
    wrap.querySelectorAll("button[aria-expanded]").forEach((b) => b.addEventListener("click", () => {
      const body = b.parentElement.querySelector(".org-body"), open = b.getAttribute("aria-expanded") === "true";
      b.setAttribute("aria-expanded", String(!open)); body.hidden = open;
    }));
    const stat = document.querySelector("[data-org-stats] > div:nth-child(2) > div");
    if (stat) stat.textContent = String(total);
  }, 0);
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", hydrate); else hydrate();
