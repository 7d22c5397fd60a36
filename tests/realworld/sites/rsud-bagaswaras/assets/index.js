// Compact rewrite of the PPID part of the RSUD Bagas Waras React app (NavbarPPID, FooterPPID, HomePPID,
// InformasiBerkala/SertaMerta/SetiapSaat/Dikecualikan). Links are react-router <Link>s (plain <a href>).
const root = document.getElementById("root");
const path = location.pathname.replace(/\/$/, "") || "/";
const cats = {
  "/ppid/informasi-berkala": ["Informasi Berkala", "informasi_berkala", "Data informasi berkala belum tersedia."],
  "/ppid/informasi-serta-merta": ["Informasi Serta Merta", "informasi_serta_merta", "Data informasi serta merta belum tersedia."],
  "/ppid/informasi-setiap-saat": ["Informasi Setiap Saat", "informasi_setiap_saat", "Data informasi setiap saat belum tersedia."],
  "/ppid/informasi-dikecualikan": ["Informasi Dikecualikan", "informasi_dikecualikan", "Data informasi dikecualikan belum tersedia."],
};
const mobileMenu = `
  <a href="/">Home</a>
  <div><span>Informasi Publik</span>
    <a href="/ppid/informasi-berkala">Informasi Berkala</a>
    <a href="/ppid/informasi-serta-merta">Informasi Serta Merta</a>
    <a href="/ppid/informasi-setiap-saat">Informasi Setiap Saat</a>
    <a href="/ppid/informasi-dikecualikan">Informasi Yang Dikecualikan</a>
  </div>`;
const navbar = `
<nav class="navbar">
  <div class="bar">
    <a href="/ppid" class="brand">PPID PEMBANTU<span>RSUD BAGAS WARAS</span></a>
    <div class="desktop">
      <a href="/ppid">Home</a>
      <div class="dropdown" id="dd1"><button type="button">Tentang Kami</button>
        <div class="menu" hidden>
          <a href="/tentang-kami/visi-misi">Visi &amp; Misi</a>
          <a href="/tentang-kami/sejarah-landasan-hukum">Sejarah &amp; Landsan Hukum</a>
          <a href="/tentang-kami/struktur-organisasi">Struktur Organisasi</a>
        </div></div>
      <div class="dropdown" id="dd2"><button type="button">Informasi Publik</button>
        <div class="menu" hidden>
          <a href="/ppid/informasi-berkala">Informasi Berkala</a>
          <a href="/ppid/informasi-serta-merta">Informasi Serta Merta</a>
          <a href="/ppid/informasi-setiap-saat">Informasi Setiap Saat</a>
          <a href="/ppid/informasi-dikecualikan">Informasi Yang Dikecualikan</a>
        </div></div>
    </div>
    <button type="button" class="burger" id="burger">&#9776;</button>
  </div>
  <div class="mobile" id="mobile" hidden>${mobileMenu}</div>
</nav>`;
const footer = `
<footer>
  <p>&copy; ${new Date().getFullYear()} IT RSUD BAGAS WARAS</p>
  <div class="social">
    <a href="https://web.facebook.com/rsdbagaswaras" target="_blank" rel="noopener noreferrer" aria-label="Facebook">f</a>
    <a href="https://x.com/rsudbagaswaras" target="_blank" rel="noopener noreferrer" aria-label="Twitter">t</a>
    <a href="https://www.instagram.com/rsudbagaswaras" target="_blank" rel="noopener noreferrer" aria-label="Instagram">i</a>
    <a href="https://www.youtube.com/@rsudbagaswarasofficial114" target="_blank" rel="noopener noreferrer" aria-label="Youtube">y</a>
  </div>
</footer>`;
function home() {
  document.title = "PPID";
  const cards = Object.entries(cats).map(([link, [title]]) => `
    <div class="card"><img src="/assets/ppid-icon.png" alt="${title}">
      <h3>${title}</h3>
      <p>Berikut adalah daftar ${title} yang disediakan oleh PPID pembantu RSD Bagas Waras:</p>
      <a href="${link}">Selengkapnya</a></div>`).join("");
  return `<main>
    <section class="carousel"><img src="/assets/ppid-new.png" alt="Slide 1"><img src="/assets/pengaduan-new.png" alt="Slide 2" hidden>
      <button type="button" aria-label="Go to slide 1"></button><button type="button" aria-label="Go to slide 2"></button></section>
    <section class="cards">
      <span>PPID RSUD Bagas Waras</span>
      <h2>Layanan Informasi Publik</h2>
      <p>Berikut adalah daftar klasifikasi informasi publik yang disediakan untuk mempermudah akses informasi bagi masyarakat.</p>
      <div class="grid">${cards}</div>
    </section></main>`;
}
async function category(title, endpoint, empty) {
  document.title = title;
  const main = document.getElementById("content");
  main.innerHTML = `<p>Memuat data...</p>`;
  let data = [];
  try {
    // the app calls `${VITE_API_URL || "http://localhost:8000/api"}/berkas_ppid/<endpoint>`; no back end in the fixture
    const r = await fetch(`/api/berkas_ppid/${endpoint}`, { headers: { Accept: "application/json" } });
    if (!r.ok) throw new Error(r.status);
    data = (await r.json()) || [];
  } catch (e) {
    console.error(`Error fetching ${title.toLowerCase()}:`, e);
  }
  if (!Array.isArray(data) || !data.length) {
    main.innerHTML = `<div class="empty"><p>${empty}</p></div>`;
    return;
  }
  const groups = {};
  data.forEach((d) => (groups[d.kelompok_dokumen || "Lainnya"] ||= []).push(d));
  main.innerHTML = Object.entries(groups).map(([k, docs]) => `
    <div><h3>${k}</h3><table><thead><tr><th>NAMA DOKUMEN</th><th>JENIS DOKUMEN</th></tr></thead><tbody>
    ${docs.map((d) => `<tr><td><a href="/storage/${d.url_file}" target="_blank">${d.judul}</a></td><td>${d.kelompok_dokumen}</td></tr>`).join("")}
    </tbody></table></div>`).join("");
}
if (path === "/ppid") {
  root.innerHTML = navbar + home() + footer;
} else if (cats[path]) {
  const [title, endpoint, empty] = cats[path];
  root.innerHTML = navbar + `<main><div class="hero"><img src="/assets/hero.png" alt="Banner ${title}"></div><div id="content"></div></main>` + footer;
  category(title, endpoint, empty);
} else {
  root.innerHTML = `<main><h1>404</h1><p>Halaman tidak ditemukan</p><a href="/">Kembali ke Beranda</a></main>`;
}
document.querySelectorAll(".dropdown").forEach((dd) => {
  const menu = dd.querySelector(".menu");
  dd.addEventListener("mouseenter", () => (menu.hidden = false));
  dd.addEventListener("mouseleave", () => (menu.hidden = true));
  dd.querySelector("button").addEventListener("click", () => (menu.hidden = !menu.hidden));
});
const burger = document.getElementById("burger");
if (burger) burger.addEventListener("click", () => {
  const m = document.getElementById("mobile");
  m.hidden = !m.hidden;
});
