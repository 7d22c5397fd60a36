// Compact working rewrite of the PPID UHO React app (icang02/ppid-react: App.jsx routes, Navbar/data.js,
// Layout, Footer1/2, home sections, Tentang/Formulir Content, CardInfoPublik, Berita, Laporan, LaporanImg,
// InputSearch). Same routes, menus, texts and API calls (config.js: `${origin}/auth/api`), no React.
const host = window.location.hostname;
const local = host.includes("127") || host.includes("localhost");
const API_URL = local ? "http://127.0.0.1:8000/api" : `${window.location.origin}/auth/api`;
const APP_URL = local ? "http://127.0.0.1:8000" : `${window.location.origin}/auth`;
const root = document.getElementById("root");
const esc = (s) => String(s ?? "").replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]));
const get = (url) => fetch(url).then((r) => r.json());
const bulan = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
const tgl = (d) => { const x = new Date(d); return `${String(x.getDate()).padStart(2, "0")} ${bulan[x.getMonth()]} ${x.getFullYear()}`; };
const limit = (t, n) => (t.length > n ? t.slice(0, n) + "..." : t);
const strip = (h) => { const d = document.createElement("div"); d.innerHTML = h; return d.textContent; };
const menu = [
  { nama: "Tentang", listMenu: [["Profil", "/profil"], ["Visi & Misi", "/visi-misi"], ["Tugas & Fungsi", "/tugas-fungsi"], ["Struktur PPID", "/struktur-ppid"]] },
  { nama: "Informasi Publik", listMenu: [["Informasi Berkala", "/informasi-publik/berkala"], ["Informasi Tersedia Setiap Saat", "/informasi-publik/setiap-saat"], ["Informasi Serta Merta", "/informasi-publik/serta-merta"], ["Informasi Dikecualikan", "/informasi-publik/dikecualikan"]] },
  { nama: "Formulir", listMenu: [["Permohonan Informasi Publik", "/formulir/permohonan-informasi-publik"], ["Keberatan Layanan Informasi Publik", "/formulir/keberatan-layanan-informasi-publik"], ["Penyelesaian Sengketa Informasi Publik", "/formulir/penyelesaian-sengketa-informasi-publik"]] },
  { nama: "Laporan", listMenu: [["Laporan Akses Informasi Publik", "/laporan/akses-informasi-publik"], ["Laporan Layanan Informasi Publik", "/laporan/layanan-informasi-publik"]] },
];
function navbar(path) {
  const multi = (m) => `<div class="${m.listMenu.some(([, p]) => path.includes(p)) ? "active " : ""}group cursor-pointer">
    <div class="flex items-center gap-0.5 py-3.5 tracking-widest">${m.nama} <svg class="chevron"></svg></div>
    <div class="dropdown absolute"><ul class="overflow-hidden rounded-lg bg-white text-xs text-black">${m.listMenu.map(([n, p], i) => `<div><a href="${p}" class="block py-3 pl-5 pr-7">${n}</a>${i < m.listMenu.length - 1 ? "<hr>" : ""}</div>`).join("")}</ul></div></div>`;
  return `<nav class="fixed bg-primary z-50 w-full"><div class="container mx-auto flex items-center justify-between">
  <a href="/"><img src="/assets/ppid.png" class="w-[145px]"></a>
  <ul class="hidden text-sm text-white xl:block" style="display:block"><div class="flex items-center gap-8">
  <a href="/" class="${path === "/" ? "active " : ""}inline-block py-3.5 tracking-widest" aria-current="${path === "/" ? "page" : ""}">Beranda</a>
  ${menu.map(multi).join("")}
  <a href="/regulasi" class="inline-block py-3.5 tracking-widest">Regulasi</a>
  <div class="search-btn cursor-pointer rounded bg-acsent px-3 py-2"><svg class="icon-search"></svg></div>
  <div class="search-overlay scale-0 fixed"><div class="scale-0 w-56"><form class="search-form"><div class="flex items-center justify-between">
  <input type="text" placeholder="Cari berita..." class="w-full"><button type="submit"><svg class="icon-search"></svg></button></div></form></div></div>
  </div></ul></div></nav>`;
}
function layout(path, main) {
  root.innerHTML = `<div class="font-poppins">${navbar(path)}<main>${main}</main>
  <section class="-mb-0.5 overflow-hidden bg-primary py-10"><div class="container mx-auto"><div class="grid grid-cols-12 gap-8" id="footer1"></div></div></section>
  <footer class="bg-secondary"><div class="container mx-auto px-5 py-5"><p class="text-center text-xs font-light text-white opacity-70 lg:text-sm">Copyright @ ${new Date().getFullYear()}. All Right Reserved. Universitas Halu Oleo</p></div></footer></div>`;
  get(`${API_URL}/landing/footer`).then((data) => {
    document.getElementById("footer1").innerHTML = data.map((item) => `<div class="col-span-12 pl-3.5 pr-4 lg:col-span-4 lg:p-0"><h6 class="mb-3 text-sm font-semibold text-white opacity-90">${esc(item.judul)}</h6><div class="h-0.5 w-full bg-acsent"></div><p class="mt-4 text-xs leading-5 text-white opacity-80">${esc(item.isi)}</p></div>`).join("");
  }).catch((e) => console.error("Error fetching data:", e));
  const overlay = root.querySelector(".search-overlay");
  root.querySelector(".search-btn").addEventListener("click", () => { overlay.classList.toggle("scale-0"); overlay.firstElementChild.classList.toggle("scale-0"); });
  root.querySelector(".search-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const keyword = e.target.querySelector("input").value;
    navigate(keyword ? `/berita/search/1/${keyword}` : "/berita/page/1");
  });
}
const hero = (title) => `<div class="hero"><div><h1 class="px-3 text-center text-xl font-extrabold text-white xl:text-3xl">${title}</h1><div class="mx-auto mt-4 h-1.5 w-20 rounded-lg bg-white"></div></div></div>`;
const crumb = (path, title) => `<div class="flex items-center gap-0.5 text-xs text-other lg:text-sm"><a href="/">Beranda</a> <svg class="chevron"></svg><a href="${path}">${title}</a></div><hr class="mb-5 mt-1">`;
function cardNews() {
  return get(`${API_URL}/card-news/not/undefined`).then((data) => `<div class="max-w-sm my-10 rounded-lg border shadow-lg lg:my-0"><div class="border-b-[3px] border-black bg-[#EDEDED] px-4 py-4 font-medium">Berita &amp; Informasi Terbaru</div><div class="pb-3 pt-2">${data.map((item, i) => `<div><div class="flex items-start gap-4 px-5 py-4 lg:px-6"><img src="${APP_URL}/${item.gambar ?? "img/berita.jpg"}" alt="image"><div><a href="/berita/${item.slug}" class="mb-1.5 inline-block text-sm font-bold leading-5">${esc(limit(item.judul, 100))}</a><div class="flex items-center gap-1 text-xs text-[#6C757D]">${tgl(item.tanggal)}</div></div></div>${i < data.length - 1 ? "<hr>" : ""}</div>`).join("")}</div></div>`).catch(() => "");
}
function home() {
  layout("/", `<section class="hero-home"><div class="container mx-auto"><div class="text-white lg:text-left">
  <h1><span class="text-acsent">Selamat</span> Datang di PPID Universitas <span class="text-acsent">Halu Oleo</span></h1>
  <div id="ppid-isi" class="leading-7"></div><a href="#jenisInformasi">Selengkapnya</a></div></div></section>
  <section id="jenisInformasi"><div class="container mx-auto px-3 py-32 pt-28"><h5>PPID UHO</h5><h2>Jenis - Jenis informasi</h2><div id="jenis"></div></div></section>
  <section class="tatacara"><div class="container mx-auto px-3 py-24"><h2 class="text-center text-2xl font-bold text-white lg:text-3xl">Tata Cara <span class="text-acsent">Permohonan</span></h2><div class="mt-12 grid grid-cols-12 justify-center gap-10" id="tatacara"></div></div></section>
  <section><div class="container mx-auto px-3 py-32"><div class="flex flex-col gap-0 lg:flex-row lg:gap-8"><div class="w-full self-start lg:w-1/2"><img src="/assets/formulir-home.jpg" class="rounded border"></div><div class="w-full flex-1 border" id="formulir-home"></div></div></div></section>
  <section class="slogan"><div class="container mx-auto"><p id="slogan"></p></div></section>
  <section><div class="container mx-auto px-3 py-32 pt-28"><h5 class="mb-2 text-center font-bold text-acsent lg:text-xl">PPID UHO</h5><h2 class="text-center text-2xl font-bold lg:text-3xl">Berita &amp; Informasi</h2><div class="mt-12"><a href="/berita/page/1">Lihat Semua</a><div class="grid grid-cols-12 gap-7" id="berita-home"></div></div></div></section>`);
  get(`${API_URL}/landing/ppid`).then((d) => { document.getElementById("ppid-isi").textContent = d.isi; }).catch(() => {});
  get(`${API_URL}/landing/jenis-informasi`).then((data) => {
    const el = document.getElementById("jenis");
    let active = "Informasi Berkala";
    const draw = () => {
      el.innerHTML = `<div class="mt-5 flex flex-col items-center justify-center gap-3">${data.map((item) => `<div class="jenis-btn ${active === item.judul ? "text-acsent " : ""}cursor-pointer rounded px-7 py-3 text-center text-sm font-semibold shadow-md">${esc(item.judul)}</div>`).join("")}</div>` +
        data.filter((item) => item.judul === active).map((item) => `<div class="mt-10 grid grid-cols-12 rounded-lg shadow-lg"><div class="col-span-12 flex items-center border px-8 py-10 lg:col-span-8 lg:px-20"><div><h5 class="mb-5 text-xl font-bold lg:mb-7 lg:text-2xl">${esc(item.judul)}</h5><div class="mb-5 text-sm leading-6 text-other">${esc(item.isi)}</div><a href="/${item.link}" class="text-sm font-medium italic text-blue-600">Selengkapnya..</a></div></div></div>`).join("");
      el.querySelectorAll(".jenis-btn").forEach((b, i) => b.addEventListener("click", () => { active = data[i].judul; draw(); }));
    };
    draw();
  }).catch(() => {});
  get(`${API_URL}/landing/tata-cara`).then((data) => {
    document.getElementById("tatacara").innerHTML = data.map((item) => `<div class="col-span-12 sm:col-span-6 lg:col-span-3"><img data-fancybox src="${APP_URL}/${item.gambar}" alt="image" class="aspect-square border-[5px] border-white"><h6 class="mt-5 text-center text-sm font-bold text-white lg:text-base">${esc(item.judul)}</h6></div>`).join("");
  }).catch(() => {});
  get(`${API_URL}/landing/formulir`).then((data) => {
    const f = [["Formulir Permohonan Informasi Publik", "/formulir/permohonan-informasi-publik"], ["Formulir Keberatan Atas Layanan Informasi Publik", "/formulir/keberatan-layanan-informasi-publik"], ["Formulir Penyelesaian Sengketa Informasi Publik", "/formulir/penyelesaian-sengketa-informasi-publik"]];
    document.getElementById("formulir-home").innerHTML = `<div class="px-5 py-6"><h5 class="mb-6 text-xl font-bold text-acsent lg:mb-7 lg:text-2xl">${esc(data.judul)}</h5><div class="text-sm leading-6 text-other">${esc(data.isi)}</div><div class="mt-5 flex flex-col gap-1 lg:mt-10">${f.map(([j, p]) => `<a href="${p}" class="group relative bg-biru-uho px-5 py-4 text-xs text-white"><span class="inline-block w-[90%]">${j}</span></a>`).join("")}</div></div>`;
  }).catch(() => {});
  document.getElementById("slogan").textContent = '"Hak atas informasi yang terbuka menjadi pembuka jalan bagi terjaminnya pelaksanaan hak-hak asasi lainnya, seperti hak atas pendidikan, hak untuk hidup sejahtera, hak untuk hidup aman, dan hak warga negara lainnya." — Kominfo Ri';
  get(`${API_URL}/landing/berita`).then((data) => {
    document.getElementById("berita-home").innerHTML = data.map((item) => `<div class="col-span-12 lg:col-span-4"><div class="rounded-lg shadow-lg"><div class="block cursor-pointer overflow-hidden rounded-t-lg" data-go="/berita/${item.slug}"><img src="${APP_URL}/${item.gambar ?? "img/berita.jpg"}" alt="image"></div><div class="mt-5 px-5 pb-6"><div class="block cursor-pointer font-bold" data-go="/berita/${item.slug}">${esc(limit(item.judul, 100))}</div><div class="mt-2 flex items-center gap-1 text-xs text-[#6C757D]">${tgl(item.tanggal)}</div><p class="mt-3 text-sm text-other">${esc(limit(strip(item.isi), 100))}</p></div></div></div>`).join("");
  }).catch(() => {});
}
const heroTitles = { "/profil": "Profil", "/visi-misi": "Visi & Misi", "/tugas-fungsi": "Tugas & Fungsi", "/struktur-ppid": "Struktur PPID", "/informasi-publik/berkala": "Informasi Berkala", "/informasi-publik/setiap-saat": "Informasi Tersedia Setiap Saat", "/informasi-publik/dikecualikan": "Informasi Yang Dikecualikan", "/regulasi": "Regulasi", "/formulir/permohonan-informasi-publik": "Permohonan Informasi Publik", "/formulir/keberatan-layanan-informasi-publik": "Keberatan Layanan Informasi Publik", "/formulir/penyelesaian-sengketa-informasi-publik": "Penyelesaian Sengketa Informasi Publik" };
async function content(path) {
  const title = heroTitles[path];
  layout(path, `${hero(title)}<div class="container mx-auto px-3 py-10">${crumb(path, title)}<div class="grid grid-cols-12 lg:gap-10"><div class="col-span-12 lg:col-span-7" id="isi"><div class="skeleton">Memuat...</div></div><div class="col-span-12"><hr class="mt-10 lg:mt-2"></div><div class="col-span-12 lg:col-span-5" id="samping"></div></div></div>`);
  const isi = document.getElementById("isi");
  const checkPage = /regulasi|permohonan|keberatan|sengketa/.test(path);
  if (checkPage) document.getElementById("samping").innerHTML = `<div class="mb-8 hidden w-full lg:block"><img src="/assets/side.jpg" alt="image"></div>`;
  if (!path.includes("formulir") && !path.includes("regulasi")) cardNews().then((h) => { document.getElementById("samping").insertAdjacentHTML("beforeend", h); });
  let data;
  try { data = await get(API_URL + path); } catch (e) { console.error("Error fetching data:", e); return; }
  let html = `<h2 class="mb-5 text-2xl font-extrabold leading-7 text-biru-uho">${esc(data.judul)}</h2>`;
  if (path === "/struktur-ppid") html += `<div><img data-fancybox src="${APP_URL}/${data.gambar ?? "img/berita.jpg"}" class="mb-4 w-full"><div class="isi-regulasi leading-6 isi text-sm text-other">${data.isi}</div></div>`;
  else html += `<div class="${path === "/regulasi" ? "isi-regulasi leading-6 " : ""}isi text-sm leading-6 text-other">${data.isi}</div>`;
  if (path === "/informasi-publik/berkala" || path === "/informasi-publik/setiap-saat") {
    html += `<div class="mt-6 p-5 text-sm shadow-lg" id="card-info"></div>`;
  }
  if (path.includes("formulir")) html += `<div class="link-formulir mt-7 inline-block cursor-pointer rounded bg-biru-uho px-4 py-3 text-xs text-white" target="_blank">LINK FORMULIR</div>`;
  isi.innerHTML = html;
  const lf = isi.querySelector(".link-formulir");
  if (lf) lf.addEventListener("click", () => window.open(data.link, "_blank"));
  const card = document.getElementById("card-info");
  if (card) {
    const list = await get(`${API_URL}/list${path}`).catch(() => []);
    card.innerHTML = list.map((item, i) => `<div><div class="toggle relative cursor-pointer py-3 font-semibold"><h6 class="w-[90%]">${esc(item.judul)}</h6><span class="absolute right-0 top-[50%]"><svg class="chevron"></svg></span></div><div class="body max-h-0 overflow-hidden"><div>${item.isi}</div></div>${i < list.length - 1 ? "<hr>" : ""}</div>`).join("");
    card.querySelectorAll(".toggle").forEach((t) => t.addEventListener("click", () => t.nextElementSibling.classList.toggle("max-h-0")));
  }
}
async function berita(path) {
  const isInfo = path.includes("informasi-publik/serta-merta");
  const m = path.match(/^\/berita\/(?:search\/(\d+)\/(.+)|page\/(\d+))$/);
  const keyword = m && m[2] ? decodeURIComponent(m[2]) : null;
  const page = m ? m[1] || m[3] : 1;
  const title = isInfo ? "Informasi Serta Merta" : "Berita &amp; Informasi";
  layout(path, `${hero(title)}<div class="container mx-auto px-3 py-20 pt-10">${crumb(path, title)}${keyword ? `<div class="mb-7 text-center text-sm lg:text-base">Menampilkan hasil pencarian :&nbsp;<span class="italic">${esc(keyword)}</span></div>` : ""}<div class="grid grid-cols-1 gap-7" id="list"></div></div>`);
  const url = isInfo ? `${API_URL}/informasi-publik/serta-merta` : keyword ? `${API_URL}/berita/search/${encodeURIComponent(keyword)}?page=${page}` : `${API_URL}/berita?page=${page}`;
  let json;
  try { json = await get(url); } catch (e) { console.error("Error fetching data:", e); return; }
  const list = document.getElementById("list");
  const data = json.data || [];
  list.innerHTML = data.length ? data.map((item) => `<div class="col-span-1"><div class="grid grid-cols-12 rounded-lg shadow-lg"><div class="col-span-12 border lg:col-span-4"><div class="block cursor-pointer overflow-hidden"><img data-go="/berita/${item.slug}" src="${APP_URL}/${item.gambar ?? "img/berita.jpg"}" alt="image"></div></div><div class="col-span-12 border lg:col-span-8"><div class="mt-5 px-5 pb-5 leading-6"><div class="cursor-pointer font-bold" data-go="/berita/${item.slug}">${esc(limit(item.judul, 100))}</div><div class="mt-2 flex items-center gap-1 text-xs text-[#6C757D]">${tgl(item.tanggal)}</div><p class="mt-3 text-sm text-other">${esc(limit(strip(item.isi), 100))}</p><div class="mt-3 cursor-pointer text-sm italic" data-go="/berita/${item.slug}">Selengkapnya..</div></div></div></div></div>`).join("") +
    (json.next_page_url || json.prev_page_url ? `<div class="paginate text-center text-sm">Menampilkan ${json.from} - ${json.to} dari ${json.total} ${Array.from({ length: json.last_page }, (_, i) => `<a href="/berita/page/${i + 1}">${i + 1}</a>`).join(" ")}</div>` : "")
    : `<div class="text-center text-sm text-gray-500 lg:text-base">Tidak ada berita yang tersedia.</div>`;
}
async function laporan(path) {
  const akses = path === "/laporan/akses-informasi-publik";
  const title = akses ? "Laporan Akses Informasi Publik" : "Laporan Layanan Informasi Publik";
  layout(path, `${hero(title)}<div class="container mx-auto px-3 py-20 pt-10">${crumb(path, title)}<div class="grid grid-cols-1 gap-7"><div class="col-span-1"><h2 class="mb-12 text-center text-2xl font-extrabold leading-7 text-biru-uho">${akses ? "Laporan Akses Informasi Publik" : "Laporan layanan Informasi Publik"}</h2><div class="mx-auto flex max-w-3xl flex-wrap justify-center gap-8" id="lap"><div class="text-center text-sm text-gray-500 lg:text-base">Belum ada data.</div></div><div class="mx-auto mt-10 flex max-w-3xl flex-wrap justify-center gap-2" id="tahun"></div></div></div></div>`);
  const el = document.getElementById("lap");
  if (akses) {
    try {
      const data = await get(`${API_URL}${path}/${new Date().getFullYear()}`);
      el.innerHTML = data.laporan.data_gambar.map((item) => `<img src="${APP_URL}/${item.gambar}" alt="image" data-fancybox>`).join("");
      document.getElementById("tahun").innerHTML = data.list_tahun.map((item) => `<button><h5 class="text-sm font-bold">Laporan Tahun ${item.tahun}</h5></button>`).join("");
    } catch (e) { console.error("Error fetching data:", e); } // loading stays: 'Belum ada data.'
    return;
  }
  try {
    const data = await get(API_URL + path);
    el.innerHTML = data.length ? data.map((item) => `<div class="group cursor-pointer" data-open="${item.link}"><img src="${APP_URL}/${item.gambar}" alt="image"><div class="px-3 py-1 text-center text-sm text-white">Laporan ${item.tahun}</div></div>`).join("") : `<div class="text-center text-sm text-gray-500 lg:text-base">Belum ada data.</div>`;
  } catch (e) { console.error("Error fetching data:", e); }
}
function notFound() {
  root.innerHTML = `<div class="flex min-h-screen flex-grow items-center justify-center bg-biru-uho px-2 lg:px-0"><div class="rounded-lg bg-white p-8 text-center shadow-xl"><h1 class="mb-4 text-4xl font-bold lg:mb-6 lg:text-5xl">404</h1><p class="text-sm text-gray-600 lg:text-base">Oops! The page you are looking for could not be found.</p><a href="/" class="mt-4 inline-block rounded bg-blue-700 px-4 py-2 text-sm font-semibold text-white"> Go back to Home </a></div></div>`;
}
async function detail(path) {
  const slug = path.split("/").pop();
  layout(path, `${hero("Berita &amp; Informasi")}<div class="container mx-auto px-3 py-10" id="detail"></div>`);
  try { const b = await get(`${API_URL}/berita/${slug}`); document.getElementById("detail").innerHTML = b.judul ? `<h2>${esc(b.judul)}</h2><div>${tgl(b.tanggal)}</div><div>${b.isi}</div>` : ""; } catch (e) { console.error(e); }
}
function render() {
  const path = window.location.pathname;
  window.scrollTo(0, 0);
  if (path === "/") return home();
  if (heroTitles[path]) return content(path);
  if (path === "/informasi-publik/serta-merta" || /^\/berita\/(page|search)\//.test(path)) return berita(path);
  if (path.startsWith("/laporan/")) return laporan(path);
  if (/^\/berita\/[^/]+$/.test(path)) return detail(path);
  if (path === "/admin") { root.innerHTML = ""; return; }
  return notFound();
}
function navigate(to) { window.history.pushState(null, "", to); render(); }
document.addEventListener("click", (e) => {
  const go = e.target.closest("[data-go]");
  if (go) { navigate(go.getAttribute("data-go")); return; }
  const op = e.target.closest("[data-open]");
  if (op) { window.open(op.getAttribute("data-open"), "_blank"); return; }
  const a = e.target.closest("a[href]");
  if (a && a.getAttribute("href").startsWith("/") && !a.target) { e.preventDefault(); navigate(a.getAttribute("href")); }
});
window.addEventListener("popstate", render);
render();
