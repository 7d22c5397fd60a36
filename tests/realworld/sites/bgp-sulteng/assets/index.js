// Compact working rewrite (no React) of the BGP Sulawesi Tengah Vite/React app at 7087edb: the layout
// (Header, Navbar with Headless UI <Menu> dropdowns, MobileNav, Hero carousel, Footer), the home page, the PPID
// pages and the 'Janji & Maklumat Layanan' page. react-router <NavLink to="#"> resolves to the current path
// (a self-link); to="/" is the home page. Headless UI renders a menu's items only while it is open.
const root = document.getElementById("root");
const path = location.pathname.replace(/\/$/, "") || "/";
const IMG = "/src/assets/images"; // vite dev server paths of the imported pictures (not in the fixture: 404)

const navbarItems = {
  Profil: [
    ["/profile/visi-misi", "Visi &amp; Misi"],
    ["/profile/tugas-fungsi", "Tugas &amp; Fungsi"],
    ["/profile/sejarah", "Sejarah"],
    ["/profile/tim-kerja", "Tim Kerja"],
    ["/profile/janji-maklumat", "Janji &amp; Maklumat Layanan"],
    ["/profile/panduan-perilaku-core-value", "Panduan Perilaku Core Value"],
    ["/profile/office", "Kantor - Kantor BGP Sulteng"],
  ],
  Publikasi: [
    ["/berita", "Berita"],
    ["/pengumuman", "Pengumuman"],
    ["/", "Statistik Guru Jawa Barat"],
    ["/galeri", "Galeri"],
    ["/sejarah", "Sejarah"],
    ["/jurnal", "Jurnal"],
  ],
  Layanan: [
    ["/program-guru-penggerak", "Pendidikan Guru Penggerak"],
    ["/program-sekolah-penggerak", "Program Sekolah Penggerak"],
    ["/implementasi-kurikulum-merdeka", "Implementasi Kurikulum Merdeka"],
    ["/", "Inovasi BBGP Jabar"],
    ["/kemitraan", "Kemitraan"],
    ["/internship-programme-for-student-with-disability", "Internship Programme for Student with Disability (Blindness and Visual Impairment"],
    ["/kppd", "KPPD"],
  ],
  PPID: [
    ["/ppid/beranda", "Beranda"],
    ["/ppid/profile", "Profil PPID"],
    ["/ppid/regulasi", "Regulasi"],
    ["/", "Informasi Publik"],
    ["/", "Layanan Informasi"],
  ],
  Akuntabilitas: [
    ["/", "Rencana Strategis 2022 - 2024"],
    ["/", "Perjanjian Kinerja"],
    ["/", "LAKIN"],
    ["/", "Rencana Aksi"],
    ["/", "Pengururan Kinerja"],
    ["/", "Pohon Kinerja"],
  ],
};

let menuId = 0;
function dropdown(title) {
  menuId += 1;
  return `<div class="headless-menu" data-title="${title}">
      <button id="headlessui-menu-button-${menuId}" type="button" aria-haspopup="menu" aria-expanded="false">${title} <span>&#9662;</span></button>
    </div>`;
}
const dropdowns = () => Object.keys(navbarItems).map(dropdown).join("\n");

const header = `
<header class="topbar">
  <div class="container">
    <a href="${path}" aria-label="Facebook">f</a> <a href="${path}" aria-label="Instagram">ig</a>
    <a href="${path}" aria-label="WhatsApp">wa</a> <a href="${path}" aria-label="Twitter">x</a>
    <a href="${path}" aria-label="YouTube">yt</a>
    <a href="${path}" class="ppid-button">PPID</a>
  </div>
</header>`;

const navbar = () => `
<nav class="navbar">
  <div class="mobile-only">
    <a href="/"><img src="${IMG.replace("images", "logos")}/icon.png" height="50" width="50"></a>
    <button type="button" id="hamburger" aria-label="menu"><span></span><span></span><span></span></button>
  </div>
  <div id="mobile-panel" hidden>
    ${dropdowns()}
  </div>
  <div class="desktop-only">
    <a href="/"><img src="${IMG.replace("images", "logos")}/icon.png" height="50" width="50"></a>
    <div class="menus">
      ${dropdowns()}
    </div>
  </div>
</nav>`;

const hero = `
<div class="carousel-root">
  <div class="carousel"><img src="${IMG}/hero/1.webp"><img src="${IMG}/hero/2.png"><img src="${IMG}/hero/3.png"><img src="${IMG}/hero/4.png"><img src="${IMG}/hero/5.png"><img src="${IMG}/hero/6.png">
    <ul class="control-dots"><li class="dot selected" role="button" tabindex="0" aria-label="slide item 1"></li><li class="dot" role="button" tabindex="0" aria-label="slide item 2"></li><li class="dot" role="button" tabindex="0" aria-label="slide item 3"></li><li class="dot" role="button" tabindex="0" aria-label="slide item 4"></li><li class="dot" role="button" tabindex="0" aria-label="slide item 5"></li><li class="dot" role="button" tabindex="0" aria-label="slide item 6"></li></ul>
  </div>
</div>`;

const footer = `
<div class="footer">
  <div class="container grid4">
    <div>
      <img src="${IMG.replace("images", "logos")}/logo.png">
      <p>Balai Besar Guru Penggerak Provinsi Sulawesi Tengah - Direktorat Jenderal Guru dan Tenaga Kependidikan - Kementerian Pendidikan, Kebudayaan, Riset dan Teknologi</p>
    </div>
    <div>
      <h1>Hubungi Kami</h1>
      <div><span>&#8962;</span> <span>Jl. Tolambu No. 12, Kamonji, Kota Palu, Sulawesi Tengah, 94223</span></div>
      <div><span>&#9742;</span> <span>(0451) - 460291</span></div>
      <div><span>&#9993;</span> <span>bgp@kemdikbud.go.id</span></div>
    </div>
    <div>
      <h1>Jam Buka</h1>
      <div>
        <h3>Senin - Kamis : 08:00 - 16:00 WIB</h3>
        <h3>Jumat : 08:00 - 16:30 WIB</h3>
      </div>
    </div>
    <div>
      <h1>Tautan Terkait</h1>
      <a href="${path}" target="_blank"><span>&#8250;</span> <span>Kemdikbudristek</span></a>
      <a href="${path}" target="_blank"><span>&#8250;</span> <span>Ditjen GTK</span></a>
    </div>
  </div>
</div>
<div class="copyright">&copy; 2023 BGP Provinsi Sulawesi Tengah</div>`;

const contentHeader = (text, title) => `
<div class="content-header">
  <h1>${text}</h1>
  <p><span class="muted">Halaman</span> | <span>${title ?? text}</span></p>
</div>`;

const arrow = `<svg width="19" height="20" viewBox="0 0 19 20" aria-hidden="true"><path d="M2 10h14M11 4l6 6-6 6" stroke="currentColor" fill="none"/></svg>`;
const menuItem = (url, title) => `<a href="${url}" class="menu-item"><div><span>${title}</span>${arrow}</div></a>`;

const lorem = "Lorem ipsum dolor sit amet consectetur, adipisicing elit. Nulla adipisci, error laborum quia asperiores voluptas tenetur, eaque dolorum impedit laudantium non, mollitia odit nam ipsam. [...]";

const card = () => `
  <div class="card"><img src="${IMG}/thumbnail.jpg"><div class="date"><p>27 Okt 23</p><p>08:40</p></div>
    <div><a href="/"><p>Lorem ipsum dolor sit amet consectetur adipisicing elit. Voluptatibus, tenetur!</p></a>
    <p>Lorem ipsum, dolor sit amet consectetur adipisicing elit. Esse provident ut optio [...]</p>
    <a href="/"><div><span>Baca Selengkapnya</span></div></a></div></div>`;
const section = (title) => `
  <div class="section-title"><div><h1 class="home__title">${title}</h1><span class="line"></span></div><a href="${path}" class="btn-btn-more">Selengkapnya</a></div>
  <div class="cards">${card()}${card()}${card()}</div>`;

const pages = {
  "/": ["Homepage", () => `
    <section id="features">
      <a href="${path}" class="feature"><span>&#9743;</span><h1>Unit Layanan Terpadu</h1></a>
      <a href="${path}" class="feature"><span>&#128196;</span><h1>Maklumat Pelayanan</h1></a>
      <a href="${path}" class="feature"><span>&#128101;</span><h1>Reformasi Birokrasi</h1></a>
      <a href="${path}" class="feature"><span>&#128214;</span><h1>AKIP</h1></a>
    </section>
    <section id="program-strategis">${section("Program Strategis")}</section>
    <section id="berita">${section("Berita")}</section>
    <section id="artikel">${section("Artikel &amp; Opini")}</section>
    <section id="driving-organization">
      <div><div class="section-title"><div><h1 class="home__title">Organisasi Penggerak</h1></div><a href="${path}" class="btn-btn-more">Selengkapnya</a></div>
        <div class="news-block"><img src="${IMG}/op1.jpg"><div><a href="${path}"><p>Lorem ipsum dolor sit amet consectetur adipisicing elit. Corrupti, officiis repellendus [...]</p></a><span>27 Oktober 2023 11:01</span></div></div> [...]</div>
      <div><div class="section-title"><div><h1 class="home__title">Sekolah Penggerak</h1></div><a href="${path}" class="btn-btn-more">Selengkapnya</a></div>
        <div class="news-block"><img src="${IMG}/op1.jpg"><div><a href="${path}"><p>Lorem ipsum dolor sit amet consectetur adipisicing elit. Corrupti, officiis repellendus [...]</p></a><span>27 Oktober 2023 11:01</span></div></div> [...]</div>
    </section>`],
  "/profile/janji-maklumat": ["Janji Maklumat Layanan", () => `
    ${contentHeader("Maklumat Layanan")}
    <div>
      <p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.</p>
      <div class="center"><img src="${IMG}/janjimaklumat.png"></div>
    </div>`],
  "/ppid/beranda": ["PPID - Beranda", () => `
    ${contentHeader("PPID", "Beranda")}
    <div><p>${lorem}</p><img src="${IMG}/ppid/image1.png"></div>`],
  "/ppid/profile": ["Profile PPID", () => `
    ${contentHeader("PPID", "Profile PPID")}
    <div>
      ${menuItem("/ppid/profile-singkat", "Profile Singkat PPID BGP Sulteng")}
      ${menuItem("/ppid/profile-struktur-organisasi", "Struktur Organisasi PPID")}
      ${menuItem("/ppid/tugas-dan-fungsi", "Tugas dan Fungsi PPID")}
      ${menuItem("/ppid/visi-dan-misi", "Visi dan Misi PPID")}
      ${menuItem("/ppid/kontak-kami", "Kontak Kami")}
    </div>`],
  "/ppid/profile-singkat": ["Profil Singkat PPID BGP Sulteng", () => `
    ${contentHeader("PPID", "Profil Singkat PPID BGP Sulteng")}
    <div class="two-col">
      <div><img src="${IMG}/ppid/image2.png"></div>
      <div>
        <p>Reformasi yang bergulir pada tahun 1998 yang ditandai dengan 3 (tiga) tuntutan yaitu; demokratisasi, transparansi, dan supremasi hukum &amp; HAM, telah membawa perubahan mendasar dalam kehidupan bermasyarakat, berbangsa dan benegara. Konsekuensi dari tuntutan reformasi tersebut salah satu diantaranya adalah ditetapkannya Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik [...]</p>
        <p>Terkait Pelayanan Informasi Publik sebagaimana diamanatkan dalam Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik, telah ditetapkan Pejabat Pengelola Informasi dan Dokumentasi (PPID) di lingkungan Balai Besar Guru Penggerak Provinsi Sulawesi Tengah Kementerian Pendidikan dan Kebudayaan melalui Keputusan Kepala Balai Besar Guru Penggerak Provinsi Sulawesi Tengah Nomor : 0777/B7.2/HM.01.00/2022Tentang Pejabat Pengelola Informasi dan Dokumentasi di Lingkungan Balai Besar Guru Penggerak Sulawesi Tengah.</p>
        <p>Dalam pelaksanaan tugas memberikan layanan informasi publik, PPID di lingkungan Balai Besar Guru Penggerak Provinsi Sulawesi Tengah berpedoman pada Peraturan Menteri Pendidikan dan Kebudayaan Nomor 41 Tahun 2020 Tentang Layanan Informasi Publik di Lingkungan Kementerian Pendidikan dan Kebudayaan. Berdasarkan hal-hal tersebut di atas, PPID di lingkungan Balai Besar Guru Penggerak Provinsi Sulawesi Tengah bertanggung jawab untuk melakukan penyediaan, penyimpanan, pendokumentasian, pelayanan, dan pengamanan informasi publik. Salam Keterbukaan Informasi.</p>
        <p>Kepala BBGP Provinsi Sulawesi Tengah.</p>
        <p>TTD.<br>[Nama Kepala Balai]</p>
      </div>
    </div>`],
  "/ppid/profile-struktur-organisasi": ["Struktur Organisasi PPID", () => `
    ${contentHeader("PPID", "Struktur Organisasi PPID")}
    <div><p>${lorem}</p><img src="${IMG}/ppid/image3.png"></div>`],
  "/ppid/tugas-dan-fungsi": ["Tugas dan Fungsi", () => `
    ${contentHeader("PPID", "Tugas dan Fungsi")}
    <div>
      <h1>Tugas dan Fungsi PPID sesuai dengan Permendikbud 41 Tahun 2020 adalah sebagai berikut:</h1>
      <ul class="list-decimal">
        <li>Penyediaan, penyimpanan, pendokumentasian, dan pengamanan Informasi;</li>
        <li>Pelayanan Informasi sesuai dengan aturan yang berlaku;</li>
        <li>Pelayanan Informasi Publik yang cepat, tepat, dan sederhana;</li>
        <li>Penetapan prosedur operasional penyebarluasan Informasi Publik;</li>
        <li>Pengujian Konsekuensi;</li>
        <li>Pengklasifikasian Informasi dan/atau pengubahannya;</li>
        <li>Penetapan Informasi Publik yang Dikecualikan yang telah habis jangka waktu pengecualiannya sebagai Informasi Publik yang dapat diakses;</li>
        <li>Penetapan pertimbangan tertulis atas setiap kebijakan yang diambil untuk memenuhi hak setiap orang atas Informasi Publik;</li>
        <li>Menyelesaikan sengketa Informasi Publik unit organisasi atau unit kerja yang bersangkutan; dan</li>
        <li>Melakukan evaluasi terhadap PPID di unit organisasi atau unit kerja yang bersangkutan.</li>
      </ul>
    </div>`],
  "/ppid/visi-dan-misi": ["Visi dan Misi PPID", () => `
    ${contentHeader("PPID", "Visi dan Misi")}
    <div class="two-col">
      <div><h1>Visi</h1><p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.</p></div>
      <div><h1>Misi</h1><article><ul class="list-disc">
        <li><span>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do Lorem ipsum dolor</span></li>
        <li><span>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do Lorem ipsum dolor</span></li>
        <li><span>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do Lorem ipsum dolor</span></li>
      </ul></article></div>
    </div>`],
  "/ppid/kontak-kami": ["Kontak Kami PPID", () => `
    ${contentHeader("PPID", "Kontak Kami")}
    <div>
      <div>
        <h1>Saluran Informasi dan Pengaduan Terkait BGP SULTENG</h1>
        <div>
          <div><strong>Telepon</strong>: (022) 4231191</div>
          <div><strong>Fax</strong>: (022) 44207922</div>
          <div><strong>Email</strong>: bbgpsulteng@kemdikbud.go.id</div>
          <div><strong>Layanan Utama</strong>: </div>
          <div><strong>Laman PPID</strong> </div>
        </div>
      </div>
      <div>
        <h1>Sosial Media Resmi</h1>
        <div class="grid2">
          <div><div>&#9711; @bgp_sulteng</div><div>&#9834; @bgp_sulteng</div><div>f @bgp_sulteng</div><div>&#9654; @bgp_sulteng</div></div>
          <div><div>x @bgp_sulteng</div><div>@ @bgp_sulteng</div><div>&#9990; (+62) 123-4567-8910</div></div>
        </div>
      </div>
    </div>`],
  "/ppid/regulasi": ["PPID Regulasi", () => `
    ${contentHeader("PPID", "Regulasi")}
    <div>
      ${menuItem("/ppid/regulasi/penanganan-sengketa-informasi-publik", "Penanganan Sengketa informasi Publik")}
      ${menuItem("/ppid/regulasi/pendokumentasian-informasi-publik", "Pendokumentasian informasi publik")}
      ${menuItem("/ppid/regulasi/pendokumentasian-informasi-yang-di-kecualikan", "Pendokumentasian Informasi yang di Kecualikan")}
      ${menuItem("/ppid/regulasi/penetapan-dan-pemutakahiran-daftar-informasi-publik", "Penetapan dan Pemutakahiran Daftar Informasi Publik")}
      ${menuItem("/ppid/regulasi/pengelolaan-keberatan-atas-informasi", "Pengelolaan Keberatan Atas Informasi")}
      ${menuItem("/ppid/regulasi/pengelolaan-permohonan-informasi", "Pengelolaan Permohonan Informasi")}
      ${menuItem("/ppid/regulasi/pengujian-konsekuensi", "Pengujian Konsekuensi")}
    </div>`],
};
const regulasi = {
  "penanganan-sengketa-informasi-publik": ["Penanganan Sengketa Informasi Publik", "image1.png"],
  "pendokumentasian-informasi-publik": ["Pendokumentasian Informasi Publik", "image2.png"],
  "pendokumentasian-informasi-yang-di-kecualikan": ["Pendokumentasian Informasi Yang DiKecualikan", "image3.png"],
  "penetapan-dan-pemutakahiran-daftar-informasi-publik": ["Penetapan dan Pemutakahiran Daftar Informasi Publik", "image4.png"],
  "pengelolaan-keberatan-atas-informasi": ["Pengelolaan Keberatan Atas Informasi", "image5.png"],
  "pengelolaan-permohonan-informasi": ["Pengelolaan Permohonan Informasi", "image6.png"],
  "pengujian-konsekuensi": ["Pengujian Konsekuensi", "image7.png"],
};
for (const [slug, [title, img]] of Object.entries(regulasi)) {
  pages[`/ppid/regulasi/${slug}`] = ["PPID Regulasi", () => `
    ${contentHeader("PPID Regulasi", title)}
    <div><img src="${IMG}/regulasi/${img}"></div>`];
}

const style = `<style>
  @media (min-width: 768px) { .mobile-only, #mobile-panel { display: none !important; } }
  @media (max-width: 767px) { .desktop-only { display: none !important; } }
  .headless-menu { position: relative; display: inline-block; }
  .headless-menu [role=menu] { position: absolute; background: #fff; z-index: 10; min-width: 14rem; }
  .headless-menu [role=menuitem] { display: block; padding: .5rem; }
</style>`;

function render() {
  if (path === "/ppid/regulasi/pengelolaan-permohonan-informasi") {
    // The route's lazy chunk imports assets/images/regulasi/image6.png, which the repository does not hold: the
    // dev server answers the import with an error, React.lazy rejects, no error boundary catches it and React
    // unmounts the whole tree. The page stays an empty <div id="root">.
    console.error("[vite] Failed to resolve import \"../../../../assets/images/regulasi/image6.png\"");
    return;
  }
  const page = pages[path];
  if (!page) {
    root.innerHTML = `<div>Not Found !</div>`;
    return;
  }
  const [title, body] = page;
  document.title = title ? `${title} - Kemedikbud` : "Kemendikbud";
  root.innerHTML = style + header + navbar() + hero + `<div class="container main">${body()}</div>` + footer;
  wire();
}

function closeAll(except) {
  document.querySelectorAll(".headless-menu").forEach((m) => {
    if (m !== except) close(m);
  });
}
function close(m) {
  const items = m.querySelector("[role=menu]");
  if (items) items.remove();
  m.querySelector("button").setAttribute("aria-expanded", "false");
}
function open(m) {
  const links = navbarItems[m.dataset.title];
  const div = document.createElement("div");
  div.setAttribute("role", "menu");
  div.setAttribute("aria-orientation", "vertical");
  div.innerHTML = links.map(([url, label]) => `<div><a href="${url}" role="menuitem" tabindex="-1">${label}</a></div>`).join("");
  m.appendChild(div);
  m.querySelector("button").setAttribute("aria-expanded", "true");
}
function wire() {
  document.querySelectorAll(".headless-menu").forEach((m) => {
    m.querySelector("button").addEventListener("click", (e) => {
      e.stopPropagation();
      const isOpen = !!m.querySelector("[role=menu]");
      closeAll(m);
      if (isOpen) close(m); else open(m);
    });
  });
  document.addEventListener("click", () => closeAll(null));
  const burger = document.getElementById("hamburger");
  burger.addEventListener("click", () => {
    const panel = document.getElementById("mobile-panel");
    panel.hidden = !panel.hidden;
    burger.classList.toggle("hamburger-active");
  });
}

render();
