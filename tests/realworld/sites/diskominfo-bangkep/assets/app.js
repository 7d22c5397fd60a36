// Compact working rewrite (no React, no Inertia client) of the public pages of the Diskominfo Kabupaten Banggai
// Kepulauan Laravel + Inertia/React app: MainLayout (Header, Footer), PageHero, Home (shortened), Ppid,
// Ppid/Berkala, Ppid/SertaMerta, Ppid/SetiapSaat, Ppid/DaftarInformasi, Ppid/SopPelayanan and Kontak.
// Reads the Inertia page object from <div id="app" data-page>, as the original client does. Inertia <Link>s are
// plain <a href>. Fetches keep the original endpoints (/api/dokumen, /api/layanan, /api/ppid/permohonan,
// /api/ppid/keberatan, /api/upload, /api/kontak); none of them is served by the fixture.
const el = document.getElementById("app");
const page = JSON.parse(el.dataset.page);
const props = page.props;
const url = page.url;
const esc = (s) => String(s ?? "").replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]));
const csrf = () => document.querySelector('meta[name="csrf-token"]')?.getAttribute("content") || "";

// ── Header ────────────────────────────────────────────────────────────────
const fallbackSocial = [
  { id: "fb", platform: "Facebook", url: "https://facebook.com" },
  { id: "ig", platform: "Instagram", url: "https://instagram.com" },
  { id: "yt", platform: "YouTube", url: "https://youtube.com" },
];
const social = props.socialMedia && props.socialMedia.length ? props.socialMedia : fallbackSocial;
const menus = props.menus && props.menus.length ? props.menus : [];
const isActive = (p) => p && (p === "/" ? url === "/" : url.startsWith(p));
const today = new Intl.DateTimeFormat("id-ID", { weekday: "long", year: "numeric", month: "long", day: "numeric", timeZone: "Asia/Makassar" }).format(new Date());
const now = new Intl.DateTimeFormat("id-ID", { hour: "2-digit", minute: "2-digit", second: "2-digit", timeZone: "Asia/Makassar" }).format(new Date()) + " WITA";

function header() {
  const desktop = menus.map((m) => {
    if (m.children && m.children.length) {
      return `<div class="nav-group${isActive(m.url) ? " active" : ""}"><button type="button">${esc(m.label)} &#9662;</button>
        <div class="dropdown">${m.children.map((c) => `<a href="${esc(c.url || "#")}"${isActive(c.url) ? ' class="active"' : ""}>${esc(c.label)}</a>`).join("")}</div></div>`;
    }
    return `<a href="${esc(m.url || "#")}" class="nav-link${isActive(m.url) ? " active" : ""}">${esc(m.label)}</a>`;
  }).join("");
  const mobile = menus.map((m) => m.children && m.children.length
    ? `<div><button type="button" class="mob-toggle">${esc(m.label)}</button><div class="mob-sub" hidden>${m.children.map((c) => `<a href="${esc(c.url || "#")}">${esc(c.label)}</a>`).join("")}</div></div>`
    : `<a href="${esc(m.url || "#")}">${esc(m.label)}</a>`).join("");
  return `<header class="site-header">
  <div class="masthead" aria-hidden="false">
    <span class="badge">INFO PORTAL</span>
    <marquee scrollamount="4">Selamat Datang di Portal Resmi DISKOMINFO Kabupaten Banggai Kepulauan Sulawesi Tengah | Hari ini: ${esc(today)} | Waktu Server: ${esc(now)} | Bersama Wujudkan Transformasi Digital Daerah yang Maju dan Mandiri!</marquee>
    <span class="font-ctl"><button type="button" title="Perkecil Huruf (-A)" aria-label="Perkecil Huruf">-A</button><button type="button" title="Reset Ukuran (A)">A (100%)</button><button type="button" title="Perbesar Huruf (+A)" aria-label="Perbesar Huruf">+A</button></span>
    <span class="social">${social.map((s) => `<a href="${esc(s.url)}" target="_blank" rel="noopener noreferrer" title="${esc(s.platform)} Resmi" aria-label="${esc(s.platform)} Resmi">${esc(s.platform)}</a>`).join(" ")}</span>
  </div>
  <div class="main-nav">
    <a href="/" class="brand" aria-label="Beranda Portal Diskominfo"><img src="/images/logo.png" alt="Logo Diskominfo"><span>DISKOMINFO</span> <small>Kab. Banggai Kepulauan</small></a>
    <nav class="desktop" aria-label="Menu Utama">${desktop}</nav>
    <div class="actions">
      <a href="https://www.lapor.go.id/instansi/pemerintah-kabupaten-banggai-kepulauan" target="_blank" rel="noopener noreferrer" title="SP4N LAPOR! Kabupaten Banggai Kepulauan"><svg viewBox="0 0 170 60" height="18"><text x="64" y="38" fill="#ea580c" font-size="22" font-weight="900">LAPOR!</text></svg></a>
      <a href="/auth/login" class="login">Masuk</a>
      <button type="button" class="burger" aria-expanded="false" aria-label="Buka Menu">&#9776;</button>
    </div>
  </div>
  <div class="drawer" hidden>${mobile}</div>
</header>`;
}

// ── Footer ────────────────────────────────────────────────────────────────
function footer() {
  const v = props.visitorStats || { today: 0, yesterday: 0, weekly: 0, total: 0 };
  const quick = [["/profil", "Profil Instansi"], ["/berita", "Berita & Pengumuman"], ["/ppid", "Layanan PPID Online"], ["/layanan", "Portal Layanan Digital Hub"], ["/layanan/lacak", "Lacak Status Permohonan"], ["/auth/login", "Portal Pemohon (Login)"], ["/dashboard", "Smart Government Dashboard"], ["/satu-data", "Data Sektoral"]];
  return `<footer class="site-footer">
  <div class="cols">
    <div>
      <p><strong>DISKOMINFO</strong> <small>Kab. Banggai Kepulauan</small></p>
      <p>Penyedia infrastruktur jaringan, pengelola data, komunikasi publik, dan fasilitator transformasi digital di lingkungan Pemerintah Kabupaten Banggai Kepulauan, Provinsi Sulawesi Tengah.</p>
      <a href="https://maps.app.goo.gl/V8u4bWv9vQT9pumz9" target="_blank" rel="noopener noreferrer">Kompleks Perkantoran Jalan Trikora, Salakan, Sulawesi Tengah</a><br>
      <a href="mailto:diskominfo@banggaikep.go.id">diskominfo@banggaikep.go.id</a><br>
      <span>(0462) 22110 / +62 811-0000-0044</span><br>
      ${social.map((s) => `<a href="${esc(s.url)}" target="_blank" rel="noopener noreferrer">${esc(s.platform)} Resmi</a>`).join("<br>")}
    </div>
    <div><h4>Navigasi Utama</h4><nav aria-label="Navigasi Footer">${quick.map(([h, l]) => `<a href="${h}">${l}</a>`).join("<br>")}</nav></div>
    <div><h4>Layanan OPD &amp; ASN</h4><ul id="footer-services"><li class="skeleton"></li><li class="skeleton"></li><li class="skeleton"></li><li class="skeleton"></li></ul></div>
    <div><h4>Kepatuhan &amp; Standar</h4>
      <p><strong>WCAG 2.2 AA Compliant</strong><br>Situs ini mematuhi standar aksesibilitas web W3C untuk penyandang disabilitas, ramah pembaca layar, dan navigasi keyboard.</p>
      <p><strong>SPBE Terintegrasi</strong><br>Sistem Pemerintahan Berbasis Elektronik sesuai Perpres No. 132 Tahun 2022.</p>
      <p><strong>Statistik Pengunjung</strong><br>Hari Ini ${v.today} · Kemarin ${v.yesterday} · Minggu Ini ${v.weekly} · Total Kunjungan ${v.total}</p>
      <a href="https://wa.me/6281100000044" target="_blank" rel="noopener noreferrer">WhatsApp Contact Center</a>
    </div>
  </div>
  <div class="bottom">© ${new Date().getFullYear()} Dinas Komunikasi dan Informatika Kabupaten Banggai Kepulauan. All Rights Reserved. · Powered by Laravel &amp; Inertia React</div>
</footer>`;
}

// ── PageHero ──────────────────────────────────────────────────────────────
function hero({ label, title, subtitle, crumbs = [], stats = [] }) {
  return `<div class="page-hero">
  <nav class="crumbs"><a href="/">Beranda</a>${crumbs.map((c) => ` &rsaquo; ${c.href ? `<a href="${c.href}">${esc(c.label)}</a>` : `<span>${esc(c.label)}</span>`}`).join("")}</nav>
  <span class="eyebrow">${esc(label)}</span>
  <h1>${title}</h1>
  ${subtitle ? `<p>${esc(subtitle)}</p>` : ""}
  ${stats.length ? `<div class="stats">${stats.map((s) => `<div><strong>${esc(s.value)}</strong> <span>${esc(s.label)}</span></div>`).join("")}</div>` : ""}
</div>`;
}

// ── Document list pages (Berkala, SertaMerta, SetiapSaat, DaftarInformasi, SopPelayanan) ─────────────
const listPages = {
  "Ppid/Berkala": { label: "PPID UTAMA", title: "Informasi Secara Berkala", subtitle: "Daftar dokumen dan informasi publik Kabupaten Banggai Kepulauan yang wajib diumumkan secara berkala dan diperbarui berkala", crumbs: [{ label: "PPID", href: "/ppid" }, { label: "Informasi Berkala" }], bannerTitle: "Informasi Wajib Berkala", banner: "Informasi yang wajib disediakan dan diumumkan secara berkala oleh Badan Publik sebagaimana diatur dalam Pasal 9 UU No. 14 Tahun 2008 tentang Keterbukaan Informasi Publik. Mencakup profil dinas, laporan kinerja, ringkasan laporan keuangan, program/kegiatan berjalan, serta informasi regulasi.", placeholder: "Cari dokumen berkala...", column: "Judul Dokumen Informasi Berkala", unit: "Dokumen", emptyTitle: "Dokumen Tidak Ditemukan", emptyText: "Coba cari dengan kata kunci lain atau belum ada dokumen di kategori ini." },
  "Ppid/SertaMerta": { label: "PPID UTAMA", title: "Informasi Serta Merta", subtitle: "Daftar dokumen, regulasi, dan maklumat informasi terkait ancaman keselamatan publik dan kedaruratan", crumbs: [{ label: "PPID", href: "/ppid" }, { label: "Informasi Serta Merta" }], bannerTitle: "Informasi Serta Merta", banner: "Informasi yang dapat mengancam hajat hidup orang banyak dan ketertiban umum yang wajib diumumkan secara serta-merta tanpa penundaan sebagaimana diatur dalam Pasal 10 UU No. 14 Tahun 2008. Mencakup info kebencanaan, wabah penyakit, gangguan ketertiban, cuaca ekstrem, dan kedaruratan lainnya.", placeholder: "Cari informasi serta merta...", column: "Keterangan Informasi Serta Merta", unit: "Dokumen", emptyTitle: "Dokumen Tidak Ditemukan", emptyText: "Belum ada informasi kedaruratan / serta merta yang diunggah saat ini." },
  "Ppid/SetiapSaat": { label: "PPID UTAMA", title: "Informasi Tersedia Setiap Saat", subtitle: "Daftar dokumen dinas resmi, keputusan badan publik, daftar aset, SOP internal, dan rencana kerja yang dapat diakses publik", crumbs: [{ label: "PPID", href: "/ppid" }, { label: "Informasi Setiap Saat" }], bannerTitle: "Informasi Tersedia Setiap Saat", banner: "Informasi yang wajib disediakan oleh Badan Publik dan siap tersedia setiap saat ketika ada permohonan informasi dari masyarakat sebagaimana diatur dalam Pasal 11 UU No. 14 Tahun 2008. Mencakup seluruh keputusan badan publik beserta pertimbangannya, rencana kerja, perjanjian pihak ketiga, prosedur kerja, serta daftar arsip dinas.", placeholder: "Cari dokumen tersedia setiap saat...", column: "Daftar Judul Informasi Setiap Saat", unit: "Dokumen", emptyTitle: "Dokumen Tidak Ditemukan", emptyText: "Belum ada informasi kategori setiap saat yang diunggah saat ini." },
  "Ppid/DaftarInformasi": { title_tag: "Daftar Informasi Publik (DIP) - PPID Kab. Banggai Kepulauan", label: "PPID UTAMA", title: "Daftar Informasi Publik (DIP)", subtitle: "Daftar resmi ringkasan informasi publik yang berada di bawah penguasaan dan pengelolaan PPID Kabupaten Banggai Kepulauan", crumbs: [{ label: "PPID", href: "/ppid" }, { label: "Daftar Informasi Publik" }], bannerTitle: "Daftar Informasi Publik (DIP)", banner: "Daftar Informasi Publik (DIP) adalah catatan yang berisi keterangan secara sistematis tentang seluruh informasi publik yang berada di bawah penguasaan Badan Publik, tidak termasuk informasi yang dikecualikan. Dipublikasikan secara resmi setiap tahun oleh PPID Utama Kabupaten Banggai Kepulauan.", placeholder: "Cari dokumen DIP...", column: "Daftar Dokumen DIP Resmi PPID", unit: "Dokumen", emptyTitle: "Dokumen Tidak Ditemukan", emptyText: "Belum ada dokumen DIP resmi yang diunggah saat ini." },
  "Ppid/SopPelayanan": { label: "SOP LAYANAN", title: "Standar Operasional Prosedur (SOP)", subtitle: "Alur pelayanan, tata cara pengajuan, dan dokumen SOP resmi Diskominfo, APTIKA, Persandian, Statistik, dan Informasi Komunikasi Publik", crumbs: [{ label: "Layanan", href: "/layanan" }, { label: "SOP Pelayanan" }], sectionEyebrow: "Unduh Berkas", sectionTitle: "Dokumen Regulasi & SOP Resmi", sectionText: "Berkas dokumen Standar Operasional Prosedur yang disahkan untuk menjamin kepastian pelayanan informasi", placeholder: "Cari berkas SOP...", column: "Daftar Judul SOP Pelayanan Diskominfo", unit: "SOP", emptyTitle: "Dokumen SOP Tidak Ditemukan", emptyText: "Belum ada dokumen SOP resmi yang diunggah saat ini." },
};
const fileUrl = (u) => (!u ? "#" : u.startsWith("http") || u.startsWith("/") ? u : `/uploads/${u}`);
const fmtDate = (d) => { if (!d) return "-"; try { return new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "short", year: "numeric" }).format(new Date(d)); } catch (e) { return d; } };

function listPage(cfg) {
  const docs = props.initialDocuments || [];
  const intro = cfg.banner
    ? `<div class="banner"><h3>${esc(cfg.bannerTitle)}</h3><p>${esc(cfg.banner)}</p></div>`
    : `<div class="section-head"><span>${esc(cfg.sectionEyebrow)}</span><h2>${esc(cfg.sectionTitle)}</h2><p>${esc(cfg.sectionText)}</p></div>`;
  const body = `<div class="container">${intro}
  <div class="filter"><input type="text" id="doc-filter" placeholder="${esc(cfg.placeholder)}"><span>Menampilkan: <b id="doc-count">${docs.length} ${cfg.unit}</b></span></div>
  <table class="docs"><thead><tr><th>No.</th><th>${esc(cfg.column)}</th><th>Tanggal Publikasi</th><th>Ukuran</th><th>Aksi</th></tr></thead><tbody id="doc-rows"></tbody></table></div>`;
  return { html: hero(cfg) + body, after: () => {
    const rows = document.getElementById("doc-rows");
    const draw = (q) => {
      const f = docs.filter((d) => d.title.toLowerCase().includes(q.toLowerCase()));
      document.getElementById("doc-count").textContent = `${f.length} ${cfg.unit}`;
      rows.innerHTML = f.length ? f.map((d, i) => `<tr><td>${i + 1}</td><td>${esc(d.title)}</td><td>${esc(fmtDate(d.createdAt))}</td><td>${esc(d.fileSize || "0 KB")}</td><td><a href="${esc(fileUrl(d.fileUrl))}" target="_blank" rel="noopener noreferrer" title="Lihat Pratinjau">Lihat</a> <a href="${esc(fileUrl(d.fileUrl))}" download title="Download Dokumen">Unduh</a></td></tr>`).join("")
        : `<tr><td colspan="5" class="empty"><strong>${esc(cfg.emptyTitle)}</strong><br><small>${esc(cfg.emptyText)}</small></td></tr>`;
    };
    draw("");
    document.getElementById("doc-filter").addEventListener("input", (e) => draw(e.target.value));
  } };
}

// ── Ppid (tabs: daftar / mohon / keberatan) ─────────────────────────────────
function ppidPage() {
  let docs = [
    { title: "Daftar Informasi Publik (DIP) Diskominfo 2025", type: "DIP", size: "1.8 MB", date: "15 Jan 2025", fileUrl: "#" },
    { title: "Laporan Keuangan Audit BPK Diskominfo 2025", type: "Laporan Keuangan", size: "3.4 MB", date: "22 Feb 2026", fileUrl: "#" },
    { title: "Renstra PPID Utama Pemerintah Daerah 2024-2029", type: "Renstra", size: "2.1 MB", date: "10 Mar 2024", fileUrl: "#" },
    { title: "Laporan Pelayanan Informasi Publik Semester II 2025", type: "Laporan Kinerja", size: "1.5 MB", date: "05 Jan 2026", fileUrl: "#" },
  ];
  let tab = "daftar";
  const html = hero({ label: "PPID ONLINE", title: 'Pejabat Pengelola <span class="accent">Informasi &amp; Dokumentasi</span>', subtitle: "Pelayanan permohonan informasi publik daerah secara transparan & akuntabel sesuai UU No. 14 Tahun 2008", crumbs: [{ label: "PPID" }], stats: [{ label: "Dokumen Publik", value: docs.length }, { label: "Layanan Online", value: "3 Jenis" }] })
    + `<div class="container"><div class="tabs">
        <button type="button" data-tab="daftar">Daftar Informasi Publik</button>
        <button type="button" data-tab="mohon">Permohonan Informasi Online</button>
        <button type="button" data-tab="keberatan">Pengajuan Keberatan</button></div>
      <div id="ppid-msg"></div><div id="ppid-tab"></div></div>`;
  const upload = async (file) => {
    const fd = new FormData(); fd.append("file", file);
    const res = await fetch("/api/upload", { method: "POST", headers: { "X-CSRF-TOKEN": csrf() }, body: fd });
    const data = await res.json();
    if (res.ok && data.success) return data.url;
    throw new Error(data.error || "Server error");
  };
  const render = () => {
    const box = document.getElementById("ppid-tab");
    if (tab === "daftar") {
      box.innerHTML = `<div class="doc-cards">${docs.map((d) => `<div class="doc-card"><strong>${esc(d.title)}</strong><br><small>Format: PDF • Kategori: ${esc(d.type)} • Rilis: ${esc(d.date)}</small>
        ${d.fileUrl && d.fileUrl !== "#" ? `<a href="${esc(d.fileUrl)}" download target="_blank" rel="noopener noreferrer">Download (${esc(d.size)})</a>` : `<button type="button" disabled title="Link unduhan belum tersedia">Download (${esc(d.size)})</button>`}</div>`).join("")}</div>`;
    } else if (tab === "mohon") {
      box.innerHTML = `<div class="form-card"><h3>Formulir Permohonan Informasi Publik</h3>
      <form id="form-mohon">
        <label for="mohon-name">Nama Lengkap Pemohon</label><input id="mohon-name" name="name" type="text" required>
        <label for="mohon-nik">NIK (Sesuai KTP)</label><input id="mohon-nik" name="nik" type="text" required>
        <label for="mohon-email">Email Aktif</label><input id="mohon-email" name="email" type="email" required>
        <label for="mohon-phone">Nomor Telepon/WA</label><input id="mohon-phone" name="phone" type="tel" required>
        <label for="mohon-address">Alamat Lengkap</label><input id="mohon-address" name="address" type="text" required>
        <label for="mohon-details">Rincian Informasi yang Dibutuhkan</label><textarea id="mohon-details" name="details" rows="4" required placeholder="Deskripsikan secara jelas data/dokumen yang Anda minta..."></textarea>
        <label for="mohon-purpose">Tujuan Penggunaan Informasi</label><input id="mohon-purpose" name="purpose" type="text" required placeholder="Misal: Keperluan Penelitian, Kajian Publik, dll">
        <label>Unggah KTP Pendukung</label><span class="ktp-state">Pilih file KTP (Format: JPG, PNG, PDF)</span><input type="file" required accept="image/*,application/pdf" class="ktp">
        <button type="submit">Kirim Permohonan</button>
      </form></div>`;
      wire("form-mohon", "/api/ppid/permohonan", (data) => `Permohonan Berhasil Dikirim! Nomor Tiket Anda: ${data.ticketNumber}. Mohon simpan nomor tiket ini untuk melacak status permohonan Anda.`, "Harap unggah KTP pendukung Anda terlebih dahulu!", "Gagal mengirim permohonan.");
    } else {
      box.innerHTML = `<div class="form-card"><h3>Formulir Pengajuan Keberatan Pelayanan Informasi</h3>
      <form id="form-keberatan">
        <label for="obj-ticket">Nomor Tiket Permohonan Informasi</label><input id="obj-ticket" name="ticketNumber" type="text" required placeholder="Contoh: PPID-2026-XXXX">
        <label for="obj-reason">Alasan Pengajuan Keberatan</label><textarea id="obj-reason" name="reason" rows="4" required placeholder="Jelaskan alasan keberatan Anda (Misal: Informasi ditolak, tanggapan melebihi batas waktu, biaya tidak wajar, dll)..."></textarea>
        <label>Unggah KTP Identitas</label><span class="ktp-state">Pilih file KTP (Format: JPG, PNG, PDF)</span><input type="file" required accept="image/*,application/pdf" class="ktp">
        <button type="submit">Kirim Keberatan</button>
      </form></div>`;
      wire("form-keberatan", "/api/ppid/keberatan", (data, body) => `Pengajuan Keberatan Berhasil Dikirim! Kami akan memverifikasi permohonan keberatan tiket ${body.ticketNumber} Anda dalam kurun waktu maksimal 7 hari kerja.`, "Harap unggah KTP identitas Anda terlebih dahulu!", "Gagal mengirim keberatan.");
    }
  };
  const wire = (id, endpoint, okText, ktpMissing, failText) => {
    const form = document.getElementById(id);
    let ktp = "";
    form.querySelector(".ktp").addEventListener("change", async (e) => {
      const f = e.target.files?.[0]; if (!f) return;
      const st = form.querySelector(".ktp-state"); st.textContent = `Mengunggah: ${f.name}...`;
      try { ktp = await upload(f); st.textContent = `Terunggah: ${f.name}`; }
      catch (err) { st.textContent = "Pilih file KTP (Format: JPG, PNG, PDF)"; alert("Terjadi kesalahan koneksi saat mengunggah file."); }
    });
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      if (!ktp) { alert(ktpMissing); return; }
      const body = Object.fromEntries(new FormData(form)); body.ktpFile = ktp;
      try {
        const res = await fetch(endpoint, { method: "POST", headers: { "Content-Type": "application/json", "X-CSRF-TOKEN": csrf() }, body: JSON.stringify(body) });
        const data = await res.json();
        if (res.ok && data.success) { document.getElementById("ppid-msg").textContent = okText(data, body); form.reset(); ktp = ""; }
        else alert(data.error || failText);
      } catch (err) { alert("Terjadi kesalahan jaringan."); }
    });
  };
  return { html, after: () => {
    document.querySelectorAll(".tabs button").forEach((b) => b.addEventListener("click", () => { tab = b.dataset.tab; document.getElementById("ppid-msg").textContent = ""; render(); }));
    render();
    fetch("/api/dokumen").then((r) => (r.ok ? r.json() : null)).then((data) => {
      if (Array.isArray(data) && data.length > 0) {
        docs = data.map((d) => ({ title: d.title, type: d.category, size: d.fileSize || "1.5 MB", date: d.createdAt ? fmtDate(d.createdAt) : "Baru", fileUrl: d.fileUrl ? fileUrl(d.fileUrl) : "#" }));
        render();
      }
    }).catch(() => {});
  } };
}

// ── Kontak ────────────────────────────────────────────────────────────────
function kontakPage() {
  const html = hero({ label: "HUBUNGI KAMI", title: "Contact Center &amp; Pengaduan", subtitle: "Hubungi administrasi kantor Diskominfo Kabupaten Banggai Kepulauan atau kirimkan aduan resmi melalui formulir berikut", crumbs: [{ label: "Kontak" }], stats: [{ label: "Email Kantor", value: "1" }, { label: "No. WhatsApp", value: "Aktif" }, { label: "Jam Layanan", value: "08:00–16:00" }] })
    + `<div class="container two-col"><div>
      <div class="card"><h3>Alamat Kantor</h3><p>Kompleks Perkantoran Bukit Trikora, Salakan, Kecamatan Tinangkung, Kabupaten Banggai Kepulauan, Provinsi Sulawesi Tengah, Kode Pos 94885.</p></div>
      <div class="card"><h3>Surat Elektronik (Email)</h3><a href="mailto:diskominfo@banggaikep.go.id">diskominfo@banggaikep.go.id</a></div>
      <div class="card"><h3>Telepon &amp; WhatsApp</h3><p>(0462) 22110 (Telepon Kantor)</p><a href="https://wa.me/6281100000044" target="_blank" rel="noopener noreferrer">+62 811-0000-0044 (Hubungan Masyarakat)</a></div>
    </div>
    <div class="form-card"><h3>Formulir Kontak Pengaduan Masyarakat</h3>
      <form id="form-kontak">
        <label for="contact-name">Nama Lengkap</label><input id="contact-name" name="name" type="text" required>
        <label for="contact-phone">No. Telepon / WA</label><input id="contact-phone" name="phone" type="tel" required>
        <label for="contact-email">Alamat Email</label><input id="contact-email" name="email" type="email" required>
        <label for="contact-subject">Topik Pengaduan</label><select id="contact-subject" name="subject"><option value="Aduan Jaringan">Layanan Jaringan Internet</option><option value="Pelayanan PPID">Pelayanan PPID Online</option><option value="Sertifikat TTE">Penerbitan TTE (ASN)</option><option value="Lainnya">Lain-lain / Saran</option></select>
        <label for="contact-message">Uraian Masalah / Saran</label><textarea id="contact-message" name="message" rows="4" required placeholder="Tuliskan secara lengkap pesan Anda..."></textarea>
        <button type="submit">Kirim Pesan</button>
      </form></div></div>`;
  return { html, after: () => {
    const form = document.getElementById("form-kontak");
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      try {
        const res = await fetch("/api/kontak", { method: "POST", headers: { "Content-Type": "application/json", Accept: "application/json", "X-CSRF-TOKEN": csrf() }, body: JSON.stringify(Object.fromEntries(new FormData(form))) });
        const data = await res.json();
        if (data.success) form.outerHTML = `<div class="ok"><strong>Aduan Terkirim!</strong> Terima kasih atas laporan aduan Anda. Pengaduan telah kami catat dalam database layanan daerah dan akan segera diverifikasi oleh admin bidang terkait.</div>`;
        else alert(data.message || "Gagal mengirim pengaduan. Silakan coba lagi.");
      } catch (err) { alert("Terjadi kesalahan sistem. Silakan coba beberapa saat lagi."); }
    });
  } };
}

// ── Home (shortened) ────────────────────────────────────────────────────────
function homePage() {
  const html = `<section class="hero-slider"><h1>[hero slider: default slides, seeded statistics 12+ Layanan Digital, 28+ Website OPD, 377 Aparatur TTE]</h1></section>
  <section class="container"><span class="eyebrow">Sambutan Pimpinan</span><h2>Sambutan Kepala Dinas</h2>
    <p><em>Selamat datang di Portal Diskominfo Kabupaten Banggai Kepulauan. Kami berkomitmen untuk memberikan pelayanan digital terbaik bagi masyarakat.</em></p><p><strong>Kepala Dinas</strong> · Dinas Komunikasi dan Informatika</p></section>
  <section class="container"><span class="eyebrow">Capaian Kinerja</span><h2>Statistik Real-Time Kinerja SPBE</h2><p>Transparansi penyelenggaraan pemerintahan berbasis data</p>
    <ul class="stat-cards"><li>14258+ Pengunjung Website</li><li>377 Sertifikat TTE Terbit</li><li>28 Website OPD Aktif</li><li>45 Aplikasi Daerah</li></ul></section>
  <section class="container"><span class="eyebrow">Portal Layanan</span><h2>Layanan Digital Hub</h2><p>Akses pengajuan cepat layanan Dinas untuk ASN &amp; OPD</p><a href="/layanan">Lihat Semua Layanan</a>
    <p>[...] (service cards from the database: none seeded)</p></section>
  <section class="container"><h2>Lacak Status Permohonan Layanan</h2>
    <form id="track"><input type="text" id="track-q" placeholder="Masukkan nomor tiket..."><button type="submit">Lacak</button></form><div id="track-out"></div>
    <p>[...] (berita terbaru, pengumuman, survei kepuasan, AI chat widget)</p></section>`;
  return { html, after: () => {
    document.getElementById("track").addEventListener("submit", async (e) => {
      e.preventDefault();
      const q = document.getElementById("track-q").value.trim(); if (!q) return;
      const out = document.getElementById("track-out");
      try {
        const res = await fetch(`/api/layanan/pengajuan?ticketNumber=${encodeURIComponent(q)}`);
        const data = await res.json();
        out.textContent = res.ok && data.success ? `Status: ${data.status || "-"}` : data.error || "Data permohonan atau tiket tidak ditemukan.";
      } catch (err) { out.textContent = "Terjadi gangguan koneksi. Silakan coba lagi."; }
    });
  } };
}

// ── Mount ───────────────────────────────────────────────────────────────────
const titles = (p) => p === "/" ? "Beranda Resmi" : p.startsWith("/ppid") ? "Layanan PPID" : p.startsWith("/kontak") ? "Hubungi Kami" : "";
let view;
if (listPages[page.component]) view = listPage(listPages[page.component]);
else if (page.component === "Ppid") view = ppidPage();
else if (page.component === "Kontak") view = kontakPage();
else view = homePage();
const cfg = listPages[page.component];
document.title = (cfg && cfg.title_tag) || titles(url) || document.title;
el.innerHTML = `<div class="layout">${header()}<main>${view.html}</main>${footer()}
  <button type="button" class="a11y-widget" aria-label="Aksesibilitas">Aksesibilitas</button>
  <div class="radio-widget">[Radio streaming widget]</div></div>`;
view.after();
const burger = el.querySelector(".burger");
burger.addEventListener("click", () => { const d = el.querySelector(".drawer"); d.hidden = !d.hidden; burger.setAttribute("aria-expanded", String(!d.hidden)); });
el.querySelectorAll(".mob-toggle").forEach((b) => b.addEventListener("click", () => { const s = b.nextElementSibling; s.hidden = !s.hidden; }));
fetch("/api/layanan").then((r) => (r.ok ? r.json() : [])).then((data) => {
  if (Array.isArray(data) && data.length) {
    document.getElementById("footer-services").innerHTML = data.map((s) => `<li><a href="${s.slug?.startsWith("http") ? esc(s.slug) : `/layanan?type=${esc(s.slug)}`}">${esc(s.title)}</a></li>`).join("");
  }
}).catch(() => {});
const style = document.createElement("style");
style.textContent = `.nav-group{position:relative;display:inline-block}.nav-group .dropdown{position:absolute;opacity:0;visibility:hidden;background:#fff;display:flex;flex-direction:column;min-width:12rem;z-index:50}.nav-group:hover .dropdown{opacity:1;visibility:visible}.nav-link,.nav-group button{padding:.4rem .6rem}.main-nav{display:flex;justify-content:space-between;align-items:center}.masthead{background:#0a549e;color:#fff;display:flex;gap:1rem;font-size:11px}.page-hero{background:#0f172a;color:#fff;padding:2rem}.docs{width:100%;border-collapse:collapse}.docs td,.docs th{border-bottom:1px solid #e2e8f0;padding:.5rem}.empty{text-align:center;color:#94a3b8}.site-footer{background:#0d1117;color:#94a3b8;padding:2rem}.site-footer .cols{display:grid;grid-template-columns:repeat(4,1fr);gap:1rem}.skeleton{height:.75rem;background:#1e293b;margin:.25rem 0}.container{max-width:80rem;margin:0 auto;padding:1rem}.form-card label{display:block;margin-top:.5rem}`;
document.head.appendChild(style);
