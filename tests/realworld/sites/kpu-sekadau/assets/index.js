// Compact rewrite of the Vite/React bundle (src/main.jsx -> App.jsx at "/"): the components' DOM as React
// renders it (icons, animation wrappers and most classes dropped) and their behaviour: ModalMaklumat mounts
// open and closes at once for a visitor without localStorage "guideDone" (set only when the Joyride guide,
// run for a device registered by the request form, is finished); the Navbar's Profil dropdown is mounted
// only while open (a click on its <li>), closed by a click outside; the service cards and the category
// icons are <div>s with onClick (navigate / window.location; the icons only console.log('click')); the
// procedure icons have no handler; FooterSection asks the analytics API (server-ppid.vercel.app).
const root = document.getElementById("root");
const h = (html) => { const t = document.createElement("template"); t.innerHTML = html.trim(); return t.content.firstElementChild; };
const navigate = (to) => { history.pushState({}, "", to); };  // React Router: no page load, no other route in this fixture

const app = h(`<div class="flex flex-col min-h-screen w-full overflow-x-hidden"></div>`);
root.appendChild(app);

// ModalMaklumat: useState(true), then useEffect: no guideDone -> setIsOpen(false) (AnimatePresence exit, 0.2 s)
const modal = h(`<div class="fixed inset-0 bg-black/50 flex items-center justify-center z-50"><div class="relative">
  <button><div><svg></svg></div></button><img src="/assets/maklumat-C1x9dQ2a.jpg" alt="Maklumat"></div></div>`);
app.appendChild(modal);
const closeModal = () => setTimeout(() => modal.remove(), 200);
modal.addEventListener("click", closeModal);
modal.querySelector("button").addEventListener("click", closeModal);
if (!localStorage.getItem("guideDone")) closeModal();

// Navbar
const nav = h(`<div class="pb-8 fixed w-full z-40"><nav class="text-white shadow-md fixed w-full z-40"><div class="flex justify-between items-center">
  <div class="flex items-center cursor-pointer gap-1"><img src="https://sekadaukabppid.kpu.go.id/img/logo.png" alt="Logo">
    <div class="flex flex-col gap-0"><h1 class="text-xl font-bold tracking-wide">E-PPID</h1><p class="font-semibold uppercase">Kabupaten Sekadau</p></div></div>
  <ul class="hidden md:flex space-x-8 font-medium relative">
    <a class="flex items-center gap-1 pb-1 transition text-yellow-500" href="/" aria-current="page">Beranda</a>
    <li class="relative cursor-pointer"><div class="flex items-center gap-1 hover:text-gray-300">Profil <svg></svg></div></li>
    <a target="_blank" class="hover:text-gray-300 cursor-pointer" href="https://sekadaukabppid.kpu.go.id/regulasi">Regulasi</a>
    <a class="flex items-center gap-1 pb-1 transition hover:text-gray-300" href="/ticket">Cek Status</a>
  </ul>
  <button class="md:hidden mr-4 flex flex-col"><span></span><span></span><span></span></button></div></nav></div>`);
app.appendChild(nav);
nav.querySelector(".cursor-pointer").addEventListener("click", () => navigate("/"));
const profil = nav.querySelector("li");
let dropdown = null;
const PROFIL = [["Visi dan Misi", "visi_misi"], ["Profil Singkat PPID", "profil_ppid"], ["Tugas dan Fungsi PPID", "tugas_ppid"], ["Struktur PPID", "struktur_ppid"]];
profil.addEventListener("click", () => {
  if (dropdown) { dropdown.remove(); dropdown = null; return; }
  dropdown = h(`<div class="absolute text-sm top-10 right-0 bg-white text-gray-700 w-56 shadow-lg rounded-md py-2">${PROFIL.map(([t, p]) =>
    `<a target="_blank" class="px-4 py-2 block" href="https://sekadaukabppid.kpu.go.id/${p}">${t}</a>`).join("")}</div>`);
  profil.appendChild(dropdown);
});
document.addEventListener("click", (e) => { if (dropdown && !profil.contains(e.target)) { dropdown.remove(); dropdown = null; } });

// Header
app.appendChild(h(`<div class="relative w-full pt-24 overflow-hidden"><img src="/assets/slider-B2k8fLx0.png" alt="Header"><div></div></div>`));

const main = h(`<main class="flex-grow w-full"><div class="pt-10"></div></main>`);
app.appendChild(main);
const body = main.firstElementChild;

// Menu: cards are <div onClick> (navigate for a route, window.location for an http link)
const MENU = [["Formulir Permohonan Informasi", "/formulir-informasi"], ["Formulir Pengajuan Keberatan", "/formulir-keberatan"],
  ["Cek Status Permohonan", "/ticket"], ["Daftar Informasi Publik Online", "https://sekadaukabppid.kpu.go.id/katalog-informasi"],
  ["Lapor", "https://forms.gle/J4gtr5jbmAgSMyMi7"]];
const menu = h(`<div><div class="flex items-center justify-center py-10"><div class="grid grid-cols-1 md:grid-cols-2 gap-6">${MENU.map(([t], i) =>
  `<div class="menu-${i} group relative overflow-hidden flex items-center gap-3 cursor-pointer"><span></span><span></span><span></span>
   <div class="relative z-10 flex items-center gap-3"><div><svg></svg></div><span>${t}</span></div></div>`).join("")}</div></div></div>`);
body.appendChild(menu);
menu.querySelectorAll("[class^=menu-]").forEach((card, i) => card.addEventListener("click", () => {
  const link = MENU[i][1];
  if (link.startsWith("http")) window.location.href = link; else navigate(link);
}));

// ClassifikasiTeknis (Icon 0-3, onClick console.log) and ProsedurLayanan (Icon 4-7, no handler)
const ICON = [["Berkala", "1_berkala"], ["Tersedia Setiap Saat", "2_setiap_saat"], ["Serta Merta", "3_serta_merta"], ["Dikecualikan", "4_dikecualikan"],
  ["Permohonan Informasi", "5_permohonan_informasi"], ["Prosedur Pengajuan", "6_prosedur_pengajuan"], ["Prosedur Sengketa", "7_prosedur_sengketa"],
  ["Panduan EPPID", "8_panduan_eppid"]];
const icons = (items) => items.map(([n, f]) => `<div class="flex flex-col items-center space-y-4 cursor-pointer"><div class="w-16 h-16">
  <img src="https://sekadaukabppid.kpu.go.id/img/${f}.png" alt="${n}"></div><p class="font-bold uppercase text-gray-700 text-sm">${n}</p></div>`).join("");
const klas = h(`<div class="my-20"><section class="bg-gray-200 py-24 w-full"><div><div class="w-full mx-auto px-6 text-center">
  <h2 class="text-4xl font-bold uppercase text-gray-700 mb-16">Klasifikasi Informasi Publik</h2>
  <div class="grid grid-cols-2 md:grid-cols-4 gap-10">${icons(ICON.slice(0, 4))}</div></div></div></section></div>`);
body.appendChild(klas);
klas.querySelectorAll(".grid > div").forEach((d) => d.addEventListener("click", () => console.log("click")));
body.appendChild(h(`<div class="my-10"><section class="bg-white py-12"><div class="px-6 text-center">
  <h2 class="text-4xl font-bold uppercase text-gray-700 mb-16">Prosedur Pelayanan Informasi</h2>
  <div class="grid grid-cols-2 md:grid-cols-4 gap-10">${icons(ICON.slice(4, 8))}</div></div></section></div>`));

// VideoPlayer (thumbnail until clicked)
body.appendChild(h(`<div><section class="w-full py-16"><div class="grid md:grid-cols-2 gap-10 items-center"><div class="text-white">
  <h1 class="text-3xl md:text-4xl font-bold leading-tight mb-6">Video Pelayanan dan <br>Pengelolaan Informasi <br>Publik KPU RI</h1>
  <div class="flex gap-2 mt-4"><img src="https://sekadaukabppid.kpu.go.id/img/segitiga.png" alt="Icon"></div></div>
  <div class="relative"><div><img src="https://img.youtube.com/vi/oitc9Fjd4HA/maxresdefault.jpg" alt="Video Thumbnail"><div></div>
  <div class="absolute inset-0 flex items-center justify-center"><div><svg></svg></div></div></div></div></div></section></div>`));

// FooterSection (contacts, map, statistics from the analytics API, social links)
const footer = h(`<footer class="relative w-full text-white overflow-hidden"><div></div><div></div><div class="relative max-w-7xl mx-auto">
  <div class="grid lg:grid-cols-3 gap-12"><div class="space-y-8"><div><h2 class="text-xl font-black uppercase">Kontak Kami</h2>
  <div class="space-y-4 text-gray-300">
    <a href="https://wa.me/6285173284821" target="_blank" class="flex items-center gap-4 group"><div><svg></svg></div><div>
      <p class="text-xs font-bold">Whatsapp CS</p><p class="text-sm font-medium">Pejabat Pengelola Informasi (PPID)</p></div></a>
    <a href="mailto:kpu.sekadau@gmail.com" class="flex items-center gap-4 group"><div><svg></svg></div><div>
      <p class="text-xs font-bold">Email Resmi</p><p class="text-sm font-medium">kpu.sekadau@gmail.com</p></div></a>
    <div class="flex items-start gap-4"><div><svg></svg></div><div><p class="text-xs font-bold">Alamat Kantor</p>
      <p class="text-sm">Jl. Merdeka Timur Km. 9, Komplek Perkantoran Pemda Kab. Sekadau, Kalimantan Barat 78711</p></div></div>
  </div></div></div>
  <div><h2 class="text-xl font-black uppercase">Lokasi Kantor</h2><div><iframe title="Map KPU Sekadau"
    src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d15959.204!2d110.9!3d0.0" loading="lazy"></iframe></div></div>
  <div class="space-y-8"><div><h2 class="text-xl font-black uppercase">Statistik &amp; Media</h2>
    <div><p class="text-xs">Data Permohonan (Sejak 2015)</p><div class="grid grid-cols-2"><div><p>Informasi</p><span class="stat-ticket"><svg></svg></span></div>
    <div><p>Keberatan</p><span>0</span></div></div><div><p>Total Kunjungan</p><span class="stat-visit"><svg></svg></span></div></div>
    <div class="flex gap-3">${[["https://facebook.com/kpukabupatensekadau"], ["https://instagram.com/kpu_kab.sekadau"], ["https://tiktok.com/@kpusekadau"],
      ["https://x.com/kpuskd"], ["https://www.youtube.com/channel/UCv2bBlkAA6YdFAi0BuYX0kA"]].map(([u]) =>
      `<a href="${u}" target="_blank" rel="noopener noreferrer"><svg></svg></a>`).join("")}</div></div></div>
  </div></div></footer>`);
body.appendChild(footer);
const setStats = (ticket, visit) => { footer.querySelector(".stat-ticket").textContent = String(ticket); footer.querySelector(".stat-visit").textContent = String(visit); };
fetch("https://server-ppid.vercel.app/api/analytic").then((r) => r.json())
  .then((d) => setStats(d.data?.totalTicket || 0, d.data?.totalAnalytic || 0))
  .catch((e) => { console.error("Gagal mengambil data analitik:", e); setStats(0, 0); });

// Footer
app.appendChild(h(`<div class="shadow-md text-white py-6"><div class="text-xs font-bold"><p><span class="text-gray-400 font-semibold">
  All copyrights reserved &copy; ${new Date().getFullYear()} - Developed by </span>
  <a class="hover:opacity-45" target="_blank" href="https://kab-sekadau.kpu.go.id/">Komisi Pemilihan Umum Kabupaten Sekadau.</a></p></div></div>`));

// FloatingScrollToTop (a button once scrolled: none at the top) and FloatingWa
app.appendChild(h(`<a href="https://api.whatsapp.com/send?phone=6285173284821&text=Halo%2C%20saya%20menghubungi%20melalui%20website%20PPID%20Sekadau.%20Nama%20saya%3A"
  target="_blank" rel="noopener noreferrer" class="fixed bottom-2 z-40 flex items-center gap-3"><svg></svg><span class="text-xs md:inline font-medium">Chat via WhatsApp</span></a>`));
