// Compact rewrite of the Next.js client bundle for the layout (src/components/layout/navbar.tsx with
// components/ui/navigation-menu.tsx on @base-ui/react, components/ui/global-search-modal.tsx): what
// hydration attaches to the server's HTML.  Desktop menu: each trigger opens its dropdown on hover (after
// a short delay) or click and closes it on click, pointer leave or Escape; the open dropdown's content
// (NavigationMenuContent) is mounted only while open, inside a Portal > Positioner > Popup > Viewport at
// the end of <body>, not in its menu item.  The header's search button (and Ctrl+K) opens
// GlobalSearchModal: a text field without a form over the stores' documents and regulations, closed by
// Escape, its X or the backdrop.  The mobile drawer is mounted only while toggled.  'Unduh' buttons have
// no handler (the store's rows have no file).
const MENU = {
  "Profil": [["Profil PPID", "/profil", "Gambaran umum PPID Kemenag Barito Utara"],
    ["Profil Pejabat", "/profil/pejabat", "Struktur dan pimpinan pejabat pengelola"],
    ["Visi Misi Motto", "/profil/visi-misi", "Landasan Visi, Misi dan Motto pelayanan"],
    ["Tugas dan Fungsi", "/profil/tugas-fungsi", "Tugas pokok dan fungsi operasional"],
    ["Struktur Organisasi", "/profil/struktur", "Bagan susunan organisasi PPID"]],
  "Data Informasi": [["Dashboard Data", "/data-informasi", "Visualisasi & statistik data informasi"],
    ["Infografis Keagamaan", "/data-informasi/infografis", "Sajian data visual keagamaan"]],
  "Informasi Publik": [["Informasi Berkala", "/informasi-publik/berkala", "Diumumkan secara berkala"],
    ["Informasi Serta Merta", "/informasi-publik/serta-merta", "Informasi darurat & mendadak"],
    ["Tersedia Setiap Saat", "/informasi-publik/setiap-saat", "Informasi publik setiap saat"],
    ["Dikecualikan", "/informasi-publik/dikecualikan", "Daftar informasi dikecualikan"]],
  "Layanan Informasi": [["Permohonan Informasi", "/layanan-informasi", "Pengajuan permohonan informasi publik"],
    ["Pengajuan Keberatan", "/layanan-informasi/keberatan", "Formulir permohonan keberatan"],
    ["Pengajuan Sengketa", "/layanan-informasi/sengketa", "Prosedur penyelesaian sengketa"],
    ["Pengaduan Masyarakat", "/layanan-informasi/pengaduan", "Layanan pengaduan & aspirasi"],
    ["Alasan Keberatan", "/layanan-informasi/alasan-keberatan", "Ketentuan & panduan keberatan"],
    ["SOP Layanan", "/layanan-informasi/sop", "Standard Operating Procedure"]],
  "Standar Layanan": [["Maklumat Pelayanan", "/standar-layanan/maklumat", "Pernyataan komitmen pelayanan"],
    ["Jadwal Pelayanan", "/standar-layanan/jadwal", "Waktu operasional layanan"],
    ["Biaya / Tarif", "/standar-layanan/biaya", "Rincian biaya permohonan gratis"],
    ["Standar Pelayanan", "/standar-layanan", "Komponen standar pelayanan public"],
    ["Arah Kebijakan", "/standar-layanan/kebijakan", "Pedoman & arah kebijakan PPID"],
    ["Strategi & Metode PPEM", "/standar-layanan/strategi", "Strategi pengelolaan informasi"]],
};
const DOCS = [["Berkala", "Laporan Kinerja Instansi Pemerintah (LKjIP) Kemenag Barito Utara Tahun 2025"],
  ["Berkala", "Rencana Kerja & Anggaran Kementerian/Lembaga (RKA-KL) TA 2026"], ["Berkala", "Laporan Keuangan & Neraca Tahun Anggaran 2025"],
  ["Serta Merta", "Pengumuman Prosedur Keselamatan & Evakuasi Darurat Bencana Alam KUA"],
  ["Serta Merta", "Pemberitahuan Penyesuaian Jam Layanan Operasional Darurat"],
  ["Setiap Saat", "Daftar Informasi Publik (DIP) Kemenag Barito Utara 2026"], ["Setiap Saat", "SOP Pelayanan Informasi dan Pengaduan Masyarakat PPID"],
  ["Setiap Saat", "Pedoman Tata Naskah Dinas Kementerian Agama"],
  ["Dikecualikan", "Penetapan Pengujian Consequence Test Informasi Dikecualikan TA 2026"]];
const REGULASI = [["UU No. 14 Tahun 2008", "Undang-Undang Republik Indonesia Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik"],
  ["PP No. 61 Tahun 2010", "Peraturan Pemerintah Republik Indonesia Nomor 61 Tahun 2010 tentang Pelaksanaan UU KIP"],
  ["PMA No. 46 Tahun 2014", "Peraturan Menteri Agama No. 46 Tahun 2014 tentang Pengelolaan Pelayanan Informasi Publik Kementerian Agama"],
  ["KMA No. 657 Tahun 2021", "Keputusan Menteri Agama No. 657 Tahun 2021 tentang Rencana Strategis Kementerian Agama"],
  ["SK Kakan Kemenag No. 01/2026", "Keputusan Kepala Kantor Kemenag Barito Utara tentang Penunjukan Pengelola PPID TA 2026"]];
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const el = (html) => { const t = document.createElement("template"); t.innerHTML = html.trim(); return t.content.firstElementChild; };

function hydrate() {
  // ---- desktop NavigationMenu (Base UI): content in a portal while open
  let portal = null, openTrigger = null, hoverTimer = 0, leaveTimer = 0;
  const triggers = [...document.querySelectorAll("nav[aria-label=Main] button[aria-expanded]")];
  const close = () => {
    if (portal) { portal.remove(); portal = null; }
    if (openTrigger) { openTrigger.setAttribute("aria-expanded", "false"); openTrigger.dataset.state = "closed"; openTrigger.removeAttribute("data-popup-open"); }
    openTrigger = null;
  };
  const open = (t) => {
    if (openTrigger === t) return;
    close();
    const items = MENU[t.textContent.trim()] || [];
    portal = el(`<div data-base-ui-portal=""><div class="isolate z-50" role="presentation" data-side="bottom"><div class="relative rounded-lg bg-popover" data-open="">
      <div class="relative size-full overflow-hidden"><div data-slot="navigation-menu-content" data-open=""><ul class="grid gap-2 p-3 md:grid-cols-2">${items.map(([title, href, desc]) =>
        `<li><a data-slot="navigation-menu-link" class="group flex items-start gap-3 rounded-xl p-3" href="${href}"><div class="p-2 rounded-lg"><svg class="lucide w-4 h-4"></svg></div>
         <div class="space-y-1"><div class="text-xs font-bold leading-none">${esc(title)}</div><p class="line-clamp-2 text-[11px]">${esc(desc)}</p></div></a></li>`).join("")}
      </ul></div></div></div></div></div>`);
    document.body.appendChild(portal);
    portal.addEventListener("pointerenter", () => clearTimeout(leaveTimer));
    portal.addEventListener("pointerleave", () => { leaveTimer = setTimeout(close, 50); });
    t.setAttribute("aria-expanded", "true"); t.dataset.state = "open"; t.setAttribute("data-popup-open", "");
    openTrigger = t;
  };
  triggers.forEach((t) => {
    t.addEventListener("pointerenter", () => { clearTimeout(leaveTimer); hoverTimer = setTimeout(() => open(t), 50); });
    t.addEventListener("pointerleave", () => { clearTimeout(hoverTimer); leaveTimer = setTimeout(close, 50); });
    t.addEventListener("click", () => { clearTimeout(hoverTimer); if (openTrigger === t) close(); else open(t); });
  });

  // ---- GlobalSearchModal
  let modal = null;
  const closeSearch = () => { if (modal) { modal.remove(); modal = null; } };
  const render = (q) => {
    const m = (s) => s.toLowerCase().includes(q.toLowerCase());
    const docs = DOCS.filter(([c, t]) => m(t) || m(c)), regs = REGULASI.filter(([n, j]) => m(n) || m(j));
    modal.querySelector(".results").innerHTML = `<div class="space-y-3"><h4>Dokumen Informasi Publik (${docs.length})</h4>${docs.length ? docs.map(([c, t]) =>
      `<div class="p-3.5 rounded-2xl"><div><span>${esc(c)}</span><h5>${esc(t)}</h5></div><button title="Unduh Dokumen"><svg></svg></button></div>`).join("")
      : "<p>Tidak ada berkas informasi publik yang cocok.</p>"}</div><div class="space-y-3 pt-4"><h4>Payung Hukum &amp; SK (${regs.length})</h4>${regs.length ? regs.map(([n, j]) =>
      `<div class="p-3.5 rounded-2xl"><div><span>${esc(n)}</span><h5>${esc(j)}</h5></div><button title="Unduh Dokumen"><svg></svg></button></div>`).join("")
      : "<p>Tidak ada dokumen regulasi yang cocok.</p>"}</div>`;
  };
  const openSearch = () => {
    if (modal) return;
    modal = el(`<div class="fixed inset-0 z-[10000] bg-black/70 flex items-start justify-center"><div class="fixed inset-0 backdrop"></div>
      <div class="relative bg-background rounded-3xl max-w-2xl w-full"><div class="flex items-center px-4 py-4 gap-3"><svg class="lucide lucide-search w-5 h-5"></svg>
      <input type="text" placeholder="Ketik judul berkas, nomor SK, atau kata kunci..." value="" class="flex-1 bg-transparent text-sm"><kbd>ESC</kbd>
      <button class="close p-1 rounded-lg"><svg></svg></button></div><div class="results flex-1 overflow-y-auto p-4"></div></div></div>`);
    document.body.appendChild(modal);
    const input = modal.querySelector("input");
    input.addEventListener("input", () => render(input.value));
    modal.querySelector(".backdrop").addEventListener("click", closeSearch);
    modal.querySelector(".close").addEventListener("click", closeSearch);
    render("");
    input.focus();
  };
  document.querySelector("button[aria-label=Cari]")?.addEventListener("click", openSearch);
  window.addEventListener("open_global_search", openSearch);
  window.addEventListener("keydown", (e) => {
    if (e.key === "Escape") { closeSearch(); close(); }
    if ((e.ctrlKey || e.metaKey) && e.key === "k") { e.preventDefault(); if (modal) closeSearch(); else openSearch(); }
  });

  // ---- theme toggle and the mobile drawer (mounted only while toggled; its sections expand on click)
  document.querySelector("button[aria-label='Toggle theme']")?.addEventListener("click", () => document.documentElement.classList.toggle("dark"));
  let drawer = null;
  document.querySelector("button[aria-label='Toggle Menu']")?.addEventListener("click", () => {
    if (drawer) { drawer.remove(); drawer = null; return; }
    drawer = el(`<div class="lg:hidden fixed inset-0 z-[9999] flex justify-end"><div class="fixed inset-0 bg-black/60"></div><div class="relative w-[280px]">
      <div class="h-16 flex items-center"><span>Navigasi Utama</span><button aria-label="Tutup Menu"><svg></svg></button></div>
      <nav class="flex-1 overflow-y-auto p-4"><a href="/"><svg></svg><span>Beranda</span></a>${Object.keys(MENU).map((k) =>
        `<div><button data-section="${k}"><span>${k}</span><svg></svg></button></div>`).join("")}<a href="/regulasi"><svg></svg><span>Regulasi</span></a></nav></div></div>`);
    document.body.appendChild(drawer);
    drawer.querySelector("[aria-label='Tutup Menu']").addEventListener("click", () => { drawer.remove(); drawer = null; });
    drawer.querySelectorAll("button[data-section]").forEach((b) => b.addEventListener("click", () => {
      const box = b.parentElement, open = box.querySelector("div");
      if (open) { open.remove(); return; }
      box.appendChild(el(`<div class="pl-4">${MENU[b.dataset.section].map(([t, h]) => `<a href="${h}">${esc(t)}</a>`).join("")}</div>`));
    }));
  });
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", hydrate); else hydrate();
