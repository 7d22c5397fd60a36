// Compact rewrite of components/layout/Navbar.tsx (navItems as in the source): a dropdown is rendered
// only while the pointer is over its item (state desktopOpenMenus), a sub-dropdown only while over its row.
(() => {  // a classic script: keep its names out of the page's global scope
const navItems = [
  { label: "Beranda", href: "/" },
  {
    label: "Profil",
    href: "/profil/pemerintah-kota/visi-misi",
    children: [
      {
        label: "Pemerintah Kota Surakarta",
        href: "/profil/pemerintah-kota",
        children: [
          { label: "Visi dan Misi", href: "/profil/pemerintah-kota/visi-misi" },
          {
            label: "Ruang Lingkup",
            href: "/profil/pemerintah-kota/ruang-lingkup",
          },
          {
            label: "Organisasi Perangkat Daerah",
            href: "/profil/pemerintah-kota/organisasi-perangkat-daerah",
          },
          {
            label: "Struktur Organisasi",
            href: "/profil/pemerintah-kota/struktur-organisasi",
          },
          {
            label: "Tugas dan Fungsi",
            href: "/profil/pemerintah-kota/tugas-fungsi",
          },
          {
            label: "Profil Pimpinan",
            href: "/profil/pemerintah-kota/profil-pimpinan",
          },
          {
            label: "Daftar Pejabat Struktural",
            href: "/profil/pemerintah-kota/pejabat-struktural",
          },
          {
            label: "Satuan dan Unit Kerja",
            href: "/profil/pemerintah-kota/satuan-unit-kerja",
          },
        ],
      },
      {
        label: "PPID Kota Surakarta",
        href: "/profil/ppid/profile",
        children: [
          { label: "Profil PPID", href: "/profil/ppid/profile" },
          { label: "Visi Misi PPID", href: "/profil/ppid/visi-misi" },
          {
            label: "Struktur Organisasi PPID",
            href: "/profil/ppid/struktur-organisasi",
          },
          { label: "Tugas dan Fungsi", href: "/profil/ppid/tugas-fungsi" },
          { label: "Dasar Hukum PPID", href: "/profil/ppid/dasar-hukum" },
        ],
      },
    ],
  },
  {
    label: "Informasi Publik",
    href: "/informasi/dip-kota",
    children: [
      {
        label: "Daftar Informasi Publik PPID Kota",
        href: "/informasi/dip-kota",
      },
      {
        label: "Daftar Informasi Publik PPID Perangkat Daerah",
        href: "/informasi/dip-pd",
      },
      { label: "Dokumen Informasi Publik", href: "/informasi/dokumen" },
      { label: "Informasi Berkala", href: "/informasi/berkala" },
      { label: "Informasi Serta Merta", href: "/informasi/serta-merta" },
      { label: "Informasi Setiap Saat", href: "/informasi/setiap-saat" },
    ],
  },
  {
    label: "Standar Layanan",
    href: "/standar-layanan/prosedur-pelayanan",
    children: [
      {
        label: "Prosedur Pelayanan Informasi Publik",
        href: "/standar-layanan/prosedur-pelayanan",
      },
      {
        label: "Prosedur Pengelolaan Keberatan Informasi Publik",
        href: "/standar-layanan/prosedur-keberatan",
      },
      {
        label: "Prosedur Permohonan Penyelesaian Sengketa Informasi",
        href: "/standar-layanan/prosedur-sengketa",
      },
      {
        label: "Prosedur Penanganan Sengketa Informasi",
        href: "/standar-layanan/penanganan-sengketa",
      },
      { label: "SOP PPID", href: "/standar-layanan/sop" },
      {
        label: "Kanal Layanan Informasi",
        href: "/standar-layanan/kanal-layanan",
      },
      { label: "Waktu & Biaya Layanan", href: "/standar-layanan/waktu-biaya" },
      { label: "Maklumat Informasi Publik", href: "/standar-layanan/maklumat" },
      {
        label: "Libur Nasional Dan Cuti Bersama",
        href: "/standar-layanan/libur-cuti",
      },
    ],
  },
  {
    label: "Berita",
    href: "/berita/surakarta",
    children: [
      { label: "Berita Surakarta", href: "/berita/surakarta" },
      { label: "Berita Transparansi", href: "/berita/transparansi" },
    ],
  },
  {
    label: "Laporan",
    href: "/laporan/lkpd",
    children: [
      {
        label: "Pemerintah Kota Surakarta",
        href: "/profil/pemerintah-kota",
        children: [
          {
            label: "Laporan Keuangan Pemerintah Daerah (LKPD)",
            href: "/laporan/lkpd",
          },
          {
            label: "Laporan Kinerja Instansi Pemerintah (LKIP)",
            href: "/laporan/lkip",
          },
          {
            label: "Laporan Penyelenggaraan Pemerintahan Daerah (LPPD)",
            href: "/laporan/lppd",
          },
        ],
      },
      {
        label: "PPID Kota Surakarta",
        href: "/profil/ppid",
        children: [
          { label: "Laporan PPID", href: "/laporan/ppid" },
          {
            label: "Statistik Layanan Informasi Publik",
            href: "/laporan/statistik",
          },
          { label: "Survei Layanan PPID", href: "/laporan/survei" },
        ],
      },
    ],
  },
  {
    label: "Galeri",
    href: "/galeri/foto",
    children: [
      { label: "Foto Kegiatan PPID", href: "/galeri/foto" },
      { label: "Video Kegiatan PPID", href: "/galeri/video" },
      { label: "Komik OKE SIP", href: "/galeri/komik" },
      { label: "Podcast OKESIP", href: "/galeri/podcast" },
    ],
  },
  {
    label: "Kontak",
    href: "/kontak/faq",
    children: [
      { label: "FAQ", href: "/kontak/faq" },
      { label: "Kontak", href: "/kontak/hubungi" },
    ],
  },
];

const el = (html) => { const t = document.createElement("template"); t.innerHTML = html.trim(); return t.content.firstElementChild; };
const arrow = '<svg class="w-3 h-3" fill="none" stroke="currentColor" viewBox="0 0 24 24"><path d="M9 5l7 7-7 7"></path></svg>';

function row(child) {
  if (!child.children) return el(`<div class="relative"><a href="${child.href}" class="block px-3 py-2 text-xs" role="menuitem">${child.label}</a></div>`);
  const wrap = el(`<div class="relative"><div class="w-full text-left px-3 py-2 text-xs flex items-center justify-between">${child.label}${arrow}</div></div>`);
  wrap.addEventListener("mouseenter", () => {
    if (!wrap.querySelector(".left-full")) wrap.appendChild(el(`<div class="absolute left-full top-0 w-56"><div class="py-1" role="menu">${child.children.map((g) => `<a href="${g.href}" class="block px-3 py-2 text-xs" role="menuitem">${g.label}</a>`).join("")}</div></div>`));
  });
  wrap.addEventListener("mouseleave", () => wrap.querySelector(".left-full")?.remove());
  return wrap;
}

function hydrate() {
  const items = document.querySelectorAll('[aria-label="Main navigation"] .hidden.lg\\:flex > .flex > .relative');
  items.forEach((item) => {
    const top = navItems.find((n) => n.href === item.querySelector("a")?.getAttribute("href"));
    if (!top || !top.children) return;
    item.addEventListener("mouseenter", () => {
      if (item.querySelector(".absolute")) return;
      const box = el('<div class="absolute left-0 w-48 rounded-md shadow-lg bg-white z-50"><div class="py-1" role="menu" aria-orientation="vertical"></div></div>');
      top.children.forEach((c) => box.firstElementChild.appendChild(row(c)));
      item.appendChild(box);
    });
    item.addEventListener("mouseleave", () => item.querySelector(":scope > .absolute")?.remove());
  });
}
// async in <head>: the body may not be parsed yet
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", hydrate); else hydrate();
})();
