// Compact working rewrite (no Vue, no Inertia client) of the public pages of the Disdukcapil Kabupaten Dompu
// Laravel + Inertia/Vue 3 portal: Layouts/PublicLayout.vue (top bar, header menu from nav_menus with hover
// dropdowns, search pop-up, mobile accordion, footer) and Pages/Public/Home.vue (shortened), Ppid/Page.vue,
// Ppid/Documents.vue, Ppid/Request.vue, Ppid/Track.vue and Search.vue.
// Reads the Inertia page object from <div id="app" data-page>, as the original client does. Inertia <Link>s are
// plain <a href>; router.get(...) becomes a location change; useForm().post(...) becomes a real form POST to the
// same route. Icons (lucide) and the Tailwind classes are dropped.
const el = document.getElementById("app");
const page = JSON.parse(el.dataset.page);
const props = page.props;
const url = page.url;
const esc = (s) => String(s ?? "").replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]));
const ws = props.website_settings || {};
const navMenus = props.nav_menus || {};
const headerMenu = navMenus.header || null;
const footerMenu = navMenus.footer || null;
const sanai = {
  url: ws.sanai_url, active: ws.sanai_is_active === "1", navbar: ws.sanai_display_navbar === "1",
  footer: ws.sanai_display_footer === "1", home: ws.sanai_display_homepage === "1", newTab: ws.sanai_open_new_tab === "1",
};
const target = (t) => (t && t !== "_self" ? ` target="${esc(t)}"` : "");

// ── PublicLayout ─────────────────────────────────────────────────────────
function header() {
  const items = headerMenu && headerMenu.items && headerMenu.items.length ? headerMenu.items : [];
  const desktop = items.map((item) => {
    if (item.children && item.children.length) {
      return `<div class="nav-group">
        <a href="${esc(item.url && item.url !== "#" ? item.url : "")}" class="nav-top"><span>${esc(item.label)}</span> &#9662;</a>
        <div class="dropdown"><div class="py-1">${item.children.map((c) => `<a href="${esc(c.url || "#")}"${target(c.target)}>${esc(c.label)}</a>`).join("")}</div></div>
      </div>`;
    }
    return `<a href="${esc(item.url || "#")}"${target(item.target)} class="nav-top">${esc(item.label)}</a>`;
  }).join("");
  const mobile = items.map((item) => item.children && item.children.length
    ? `<div><button type="button" class="mob-toggle"><span>${esc(item.label)}</span> &#9662;</button>
        <div class="mob-sub" hidden>${item.url && item.url !== "#" ? `<a href="${esc(item.url)}">&rarr; ${esc(item.label)}</a>` : ""}${item.children.map((c) => `<a href="${esc(c.url || "#")}"${target(c.target)}>${esc(c.label)}</a>`).join("")}</div></div>`
    : `<a href="${esc(item.url || "#")}"${target(item.target)}>${esc(item.label)}</a>`).join("");
  return `<div class="sticky-wrap">
  <div class="topbar">
    <div><span>📍 Dompu, Nusa Tenggara Barat</span>
      <span>✉️ ${esc(ws.office_email || "dukcapil@dompukab.go.id")}</span>
      ${ws.social_instagram ? `<a href="${esc(ws.social_instagram)}" target="_blank" rel="noopener noreferrer">📸 Instagram</a>` : ""}
      ${ws.social_facebook ? `<a href="${esc(ws.social_facebook)}" target="_blank" rel="noopener noreferrer">🌐 Facebook</a>` : ""}</div>
    <div><a href="/api/docs" target="_blank">API INTEGRATION (OpenAPI)</a> <a href="/admin/login">Operator Portal</a></div>
  </div>
  <header class="site-header">
    <a href="/" class="brand"><img src="/img/logo-dompu.png" alt="Logo Kabupaten Dompu"><img src="/img/logo-dukcapil.png" alt="Logo Disdukcapil Dompu"></a>
    <nav class="main-nav">${desktop}</nav>
    <div class="actions">
      ${sanai.active && sanai.navbar ? `<a href="${esc(sanai.url)}"${sanai.newTab ? ' target="_blank"' : ""} rel="noopener noreferrer" aria-label="Buka Portal Layanan Online SANAI Dukcapil Dompu" class="sanai">SANAI Online</a>` : ""}
      <div class="search-wrap"><button type="button" id="search-toggle" title="Cari">&#128269;</button>
        <div id="search-pop" class="search-pop" hidden><input id="search-input" type="text" placeholder="Cari di website..."></div></div>
      <button type="button" id="dark-toggle" title="Toggle Dark / Light Mode" aria-label="Toggle Dark Mode">&#9790;</button>
      <button type="button" id="mobile-toggle" aria-label="Menu">&#9776;</button>
    </div>
  </header>
  <div id="mobile-nav" class="mobile-nav" hidden>${mobile}</div>
</div>`;
}

function footer() {
  const quick = footerMenu && footerMenu.items && footerMenu.items.length
    ? footerMenu.items.map((i) => `<a href="${esc(i.url || "#")}"${target(i.target)}>${esc(i.label)}</a>`).join("")
    : "";
  return `<footer class="site-footer">
  <div class="cols">
    <div><img src="/img/logo-dompu.png" alt="Logo Dompu"><img src="/img/logo-dukcapil.png" alt="Logo Disdukcapil">
      <p>Dinas Kependudukan dan Pencatatan Sipil Kabupaten Dompu resmi menyelenggarakan tertib administrasi kependudukan prima.</p></div>
    <div><h4>Tautan Pintas</h4><div class="links">${quick}</div></div>
    <div><h4>Portal Layanan</h4><div class="links">
      ${sanai.active && sanai.footer ? `<a href="${esc(sanai.url)}"${sanai.newTab ? ' target="_blank"' : ""} rel="noopener noreferrer" aria-label="Buka Portal Layanan Online SANAI Dukcapil Dompu"><span>SANAI Online</span></a>` : ""}
      <a href="/layanan">Persyaratan Layanan</a><a href="/pengaduan/lacak">Tracking Permohonan</a><a href="/downloads">Formulir</a><a href="/pengaduan">Pengaduan</a></div></div>
    <div><h4>Kontak Kantor</h4>
      <div><span>📍</span> <span>${esc(ws.office_address || "Jl. Bhayangkara No. 01, Dompu, NTB")}</span></div>
      <div><span>✉️</span> <a href="mailto:${esc(ws.office_email || "dukcapil@dompukab.go.id")}">${esc(ws.office_email || "dukcapil@dompukab.go.id")}</a></div>
      <div class="social">${ws.social_instagram ? `<a href="${esc(ws.social_instagram)}" target="_blank" rel="noopener noreferrer"><span>Instagram</span></a>` : ""}
      ${ws.social_facebook ? `<a href="${esc(ws.social_facebook)}" target="_blank" rel="noopener noreferrer"><span>Facebook</span></a>` : ""}</div>
    </div>
  </div>
  <div class="bottom"><p>© ${new Date().getFullYear()} Dinas Kependudukan dan Pencatatan Sipil Kabupaten Dompu</p>
    <div><a href="/sitemap.xml">Sitemap</a> <a href="/robots.txt">Robots.txt</a></div></div>
</footer>`;
}

function layout(inner) {
  return `<div class="min-h-screen">${header()}<main class="page">${inner}</main>${footer()}</div>`;
}

// ── Shared PPID pieces ───────────────────────────────────────────────────
const hero = (crumbs, badge, title, sub) => `<section class="ppid-hero">
  <img src="https://images.unsplash.com/photo-1577495508048-b635879837f1?auto=format&fit=crop&w=1400&q=80" alt="Backdrop PPID">
  <div class="crumbs">${crumbs}</div>
  <span class="badge">${badge}</span>
  <h1>${esc(title)}</h1>
  <p>${sub}</p>
</section>`;

function ppidSidebar(activeSlug, activeCategory) {
  const pages = props.pages || [];
  const cls = (on) => (on ? ' class="active"' : "");
  return `<aside class="ppid-side">
  <div class="card"><div class="card-head"><span>Navigasi PPID</span></div>
    <nav>
      ${pages.map((p) => `<a href="/ppid/${esc(p.slug)}"${cls(p.slug === activeSlug)}><span>${esc(p.title)}</span> &rsaquo;</a>`).join("")}
      <hr><div class="label">Dokumen Publik</div>
      <a href="/ppid/informasi-publik"${cls(activeCategory === "informasi_publik")}><span>Informasi Publik</span> &rsaquo;</a>
      <a href="/ppid/prosedur"${cls(activeCategory === "prosedur")}><span>Prosedur</span> &rsaquo;</a>
      <a href="/ppid/layanan-informasi"${cls(activeCategory === "layanan_informasi")}><span>Layanan Informasi</span> &rsaquo;</a>
      <hr>
      <a href="/ppid/permohonan" class="btn-amber"><span>Ajukan Permohonan</span></a>
      <a href="/ppid/lacak" class="btn-light"><span>Lacak Permohonan</span></a>
    </nav></div>
  ${activeCategory === undefined ? `<div class="card quick"><h4>Kontak Layanan PPID</h4>
    <p>Telp: (0373) 21124</p><p>Email: ppid@dompukab.go.id</p>
    <p class="small">Senin–Kamis: 08.00–16.00 WITA<br>Jumat: 08.00–11.30 WITA</p></div>` : ""}
</aside>`;
}

// ── Pages ────────────────────────────────────────────────────────────────
const pages = {
  "Public/Home"() {
    const b = (props.banners || [])[0];
    return `<section class="hero-slider">${(props.banners || []).map((x) => `<div class="slide"><h2>${esc(x.title)}</h2>${x.subtitle ? `<p>${esc(x.subtitle)}</p>` : ""}</div>`).join("")}</section>
<section class="sanai-cta"><h3>Layanan Administrasi Kependudukan Online</h3>
  ${sanai.active && sanai.home ? `<a href="${esc(sanai.url)}"${sanai.newTab ? ' target="_blank"' : ""} rel="noopener noreferrer">Buka SANAI Online</a>` : ""}
  <a href="/layanan">Lihat Persyaratan Layanan</a></section>
<p>[...]</p>
<section class="news"><h3>Berita Terbaru</h3><a href="/news">Lihat Semua</a>
  ${(props.recentNews || []).map((n) => `<a href="/news/${esc(n.slug)}" class="news-item">${esc(n.title)}</a>`).join("")}</section>
<section class="downloads"><h3>Paling Sering Diunduh</h3><a href="/downloads">Pusat Unduhan</a></section>
<section class="lapor-card"><span>Layanan Pengaduan</span><h3>Aspirasi &amp; Pengaduan Rakyat (Lapor!)</h3>
  <p>Sampaikan keluhan pelayanan KTP, KK, Akta, atau pungutan liar secara online &amp; anonim.</p>
  <button type="button" id="go-complaint">Ajukan Pengaduan Sekarang →</button></section>
${props.ikmWidget ? `<section class="ikm"><a href="/layanan/survei">Isi Survei</a></section>` : ""}`;
  },

  "Public/Ppid/Page"() {
    const p = props.page;
    return hero(`<a href="/">Beranda</a> › <span>PPID</span> › <span>${esc(p.title)}</span>`, "PPID Disdukcapil Dompu", p.title,
      "Pejabat Pengelola Informasi dan Dokumentasi — Disdukcapil Kabupaten Dompu") +
      `<div class="ppid-grid">${ppidSidebar(p.slug)}
      <div class="ppid-main"><div class="card"><h2>${esc(p.title)}</h2><div class="prose">${p.content || ""}</div></div></div></div>`;
  },

  "Public/Ppid/Documents"() {
    const docs = props.documents.data || [];
    const grouped = {};
    docs.forEach((d) => { const k = d.subcategory ?? "null"; (grouped[k] = grouped[k] || []).push(d); });
    const list = !docs.length
      ? `<div class="card empty"><p>Belum ada dokumen publik pada kategori ini.</p></div>`
      : Object.entries(grouped).map(([sub, group]) => `${sub && sub !== "null" ? `<div class="subcat"><span>${esc(sub)}</span></div>` : ""}
        ${group.map((d) => `<div class="doc"><div><h3>${esc(d.title)}</h3>${d.description ? `<p>${esc(d.description)}</p>` : ""}
          <div class="meta">${d.year ? `<span>${esc(d.year)}</span>` : ""}${d.file_type ? `<span>${esc(d.file_type.toUpperCase())}</span>` : ""}${d.file_size_formatted ? `<span>${esc(d.file_size_formatted)}</span>` : ""}<span>${esc(d.download_count)} kali diunduh</span></div></div>
          ${d.file_path || d.file_url ? `<a href="/ppid-dokumen/${d.id}/download" target="_blank">Unduh Berkas</a>` : ""}</div>`).join("")}`).join("");
    return hero(`<a href="/">Beranda</a> › <a href="/ppid/pengertian">PPID</a> › <span>${esc(props.categoryLabel)}</span>`, "Dokumen Publik PPID",
      props.categoryLabel, `Kumpulan Dokumen ${esc(props.categoryLabel)} Resmi Dinas Kependudukan dan Pencatatan Sipil Kabupaten Dompu`) +
      `<div class="ppid-grid">${ppidSidebar(null, props.category)}
      <div class="ppid-main">
        <div class="card filters"><form id="doc-filter">
          <input id="f-search" type="text" placeholder="Cari kata kunci dokumen..." value="">
          ${props.subcategories.length ? `<select id="f-sub"><option value="">Semua Subkategori</option>${props.subcategories.map((s) => `<option value="${esc(s)}">${esc(s)}</option>`).join("")}</select>` : ""}
          ${props.years.length ? `<select id="f-year"><option value="">Semua Tahun</option>${props.years.map((y) => `<option value="${esc(y)}">${esc(y)}</option>`).join("")}</select>` : ""}
        </form><div class="count"><span>Menampilkan ${esc(props.documents.total)} berkas dokumen</span></div></div>
        ${list}
      </div></div>`;
  },

  "Public/Ppid/Request"() {
    return hero(`<a href="/">Beranda</a> › <a href="/ppid/pengertian">PPID</a> › <span>Ajukan Permohonan</span>`, "Layanan Online PPID",
      "Formulir Permohonan Informasi Publik", "Ajukan permohonan informasi publik kepada PPID Disdukcapil Kabupaten Dompu secara online") +
      `<div class="ppid-grid"><aside class="ppid-side">
        <div class="card"><h3>Waktu Penyelesaian Service Level Agreement (SLA)</h3>
          <div><strong>10 Hari Kerja</strong><p>Waktu respons standar penyampaian pemberitahuan tertulis</p></div>
          <div><strong>+7 Hari Kerja</strong><p>Perpanjangan waktu jika dokumen membutuhkan koordinasi khusus</p></div></div>
        <div class="card"><h3>Ketentuan Penting</h3><ul>
          <li>Sertakan NIK dan identitas diri yang sah.</li>
          <li>Tuliskan rincian serta tujuan penggunaan informasi dengan jelas.</li>
          <li>Simpan nomor kode tiket untuk melacak progres permohonan.</li></ul></div>
        <a href="/ppid/lacak" class="btn-light"><span>Lacak Permohonan Terdaftar</span></a>
      </aside>
      <div class="ppid-main"><div class="card">
        <div class="card-head"><span>Isi Formulir Permohonan Informasi</span></div>
        <form method="post" action="/ppid/permohonan">
          <input type="hidden" name="_token" value="fixture-csrf-token">
          <h4>1. Identitas Pemohon</h4>
          <label>Nama Lengkap <span>*</span><input name="requester_name" type="text" placeholder="Nama sesuai KTP"></label>
          <label>NIK / Nomor Identitas (KTP)<input name="requester_id_number" type="text" placeholder="16 digit NIK" maxlength="16"></label>
          <label>Alamat Email <span>*</span><input name="requester_email" type="email" placeholder="nama@email.com"></label>
          <label>Nomor Telepon / WhatsApp<input name="requester_phone" type="tel" placeholder="08xx-xxxx-xxxx"></label>
          <label>Alamat Lengkap<input name="requester_address" type="text" placeholder="Jl. Raya Dompu..."></label>
          <h4>2. Rincian Informasi Yang Diminta</h4>
          <label>Tujuan Penggunaan Informasi <span>*</span><input name="purpose" type="text" placeholder="Contoh: Penelitian Akademis, Referensi Kebijakan, dll."></label>
          <label>Rincian Informasi Yang Dibutuhkan <span>*</span><textarea name="information_requested" rows="4" placeholder="Jelaskan secara spesifik dokumen/data publik yang Anda butuhkan..."></textarea></label>
          <h4>3. Metode Penyampaian</h4>
          <label>Cara Pengajuan<select name="request_method"><option value="online">Online (Portal Web PPID)</option><option value="langsung">Datang Langsung Ke Loket</option><option value="surat">Surat Resmi PPID</option></select></label>
          <label>Cara Penerimaan Berkas<select name="delivery_method"><option value="email">Surat Elektronik (Email)</option><option value="langsung">Pengambilan Langsung</option><option value="salinan">Salinan Fisik (Cetak)</option></select></label>
          <button type="submit"><span>Kirimkan Permohonan Informasi</span></button>
        </form></div></div></div>`;
  },

  "Public/Ppid/Track"() {
    const t = props.ticket;
    const r = props.ppidRequest;
    return hero(`<a href="/">Beranda</a> › <a href="/ppid/pengertian">PPID</a> › <span>Lacak Permohonan</span>`, "Layanan Online PPID",
      "Lacak Permohonan PPID", "Masukkan nomor tiket permohonan untuk memantau status penyelesaian berkas Anda secara riil") +
      `<div class="card track"><form id="track-form"><input id="ticket-input" type="text" placeholder="Masukkan nomor tiket (Contoh: PPID-2026-xxxxxx)" value="${esc(t || "")}">
        <button type="submit"><span>Lacak Status</span></button></form></div>
      ${t && !r ? `<div class="card"><h3>Tiket Tidak Ditemukan</h3><p>Nomor tiket <strong>${esc(t)}</strong> tidak tercatat dalam database PPID. Harap periksa kembali penulisan nomor tiket Anda.</p></div>` : ""}`;
  },

  "Public/Search"() {
    const k = props.keyword;
    document.title = `Hasil Pencarian: ${k}`;
    const block = (title, arr, render, none) => `<div class="card"><h3>${title} (${arr.length})</h3>${arr.length ? arr.map(render).join("") : `<p>${none}</p>`}</div>`;
    return `<div class="search-page"><h1>Hasil Pencarian Global</h1>
      <p>Menampilkan hasil pencarian untuk kata kunci: <strong>"${esc(k)}"</strong></p>
      ${block("📰 Artikel Berita", props.newsResults || [], (i) => `<a href="/news/${esc(i.slug)}"><span>${esc(i.title)}</span><p>${esc(i.excerpt)}</p></a>`, "Tidak ada artikel berita ditemukan.")}
      ${block("📄 Halaman Profil &amp; Layanan", props.pageResults || [], (i) => `<a href="/page/${esc(i.slug)}"><span>${esc(i.title)}</span> <span>Buka Halaman →</span></a>`, "Tidak ada halaman profil ditemukan.")}
      ${block("📥 Berkas Unduhan", props.downloadResults || [], (i) => `<a href="/downloads"><h4>${esc(i.title)}</h4> <span>Pindah Ke Unduhan →</span></a>`, "Tidak ada berkas unduhan ditemukan.")}
    </div>`;
  },
};

el.innerHTML = layout((pages[page.component] || (() => ""))());

// ── Behaviour ────────────────────────────────────────────────────────────
const style = document.createElement("style");
style.textContent = `.nav-group{position:relative;display:inline-block}.nav-group .dropdown{display:none;position:absolute;left:0;top:100%;background:#fff;min-width:14rem;z-index:50}
.nav-group:hover .dropdown{display:block}.dropdown a{display:block;padding:.4rem 1rem}.main-nav{display:flex;gap:1rem}.nav-top{padding:.3rem .6rem}
.ppid-grid{display:grid;grid-template-columns:1fr 2fr;gap:2rem}.ppid-side nav a{display:flex;justify-content:space-between;padding:.4rem .8rem}.ppid-side a.active{background:#0274cb;color:#fff}`;
document.head.appendChild(style);

const q = (id) => document.getElementById(id);
q("search-toggle").addEventListener("click", () => { const p = q("search-pop"); p.hidden = !p.hidden; if (!p.hidden) q("search-input").focus(); });
q("search-input").addEventListener("keyup", (e) => {
  if (e.key === "Enter" && e.target.value.trim()) location.href = "/search?q=" + encodeURIComponent(e.target.value);
  if (e.key === "Escape") q("search-pop").hidden = true;
});
q("mobile-toggle").addEventListener("click", () => { q("mobile-nav").hidden = !q("mobile-nav").hidden; });
document.querySelectorAll(".mob-toggle").forEach((b) => b.addEventListener("click", () => { const s = b.nextElementSibling; s.hidden = !s.hidden; }));
q("dark-toggle").addEventListener("click", () => document.documentElement.classList.toggle("dark"));

const filter = q("doc-filter");
if (filter) {
  const routeMap = { informasi_publik: "/ppid/informasi-publik", prosedur: "/ppid/prosedur", layanan_informasi: "/ppid/layanan-informasi" };
  const apply = (e) => {
    if (e) e.preventDefault();
    const params = new URLSearchParams();
    const s = q("f-search").value, sub = q("f-sub") && q("f-sub").value, y = q("f-year") && q("f-year").value;
    if (s) params.set("search", s); if (sub) params.set("subcategory", sub); if (y) params.set("year", y);
    location.href = routeMap[props.category] + (params.toString() ? "?" + params : "");
  };
  filter.addEventListener("submit", apply);
  if (q("f-sub")) q("f-sub").addEventListener("change", apply);
  if (q("f-year")) q("f-year").addEventListener("change", apply);
}
const track = q("track-form");
if (track) track.addEventListener("submit", (e) => {
  e.preventDefault();
  const v = q("ticket-input").value.trim();
  if (v) location.href = "/ppid/lacak?ticket=" + encodeURIComponent(v);
});
const complaint = q("go-complaint");
if (complaint) complaint.addEventListener("click", () => { location.href = "/pengaduan"; });
