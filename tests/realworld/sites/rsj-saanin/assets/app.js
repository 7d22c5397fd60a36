/* Compact working rewrite (no React) of what the browser runs on the RSJ Prof. HB. Saanin site
   (Next.js App Router, commit e9a4e5c): Header dropdowns/burger, framer-motion reveal, the PPID
   category tabs (components/PPID/PPIDContent.tsx), the Contact card mounted after hydration
   (components/Contact), the CTA site search (components/CTA) and the /search results
   (app/(site)/search/page.tsx, static-page part). */
(function () {
  function $(s, r) { return (r || document).querySelector(s); }
  function $all(s, r) { return Array.prototype.slice.call((r || document).querySelectorAll(s)); }
  function esc(t) { return String(t).replace(/[&<>"]/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]; }); }

  // Header: dropdowns open on click (and by CSS on hover), burger shows the menu on small screens
  $all("header nav li.group > button").forEach(function (b) {
    b.addEventListener("click", function () {
      var ul = b.nextElementSibling, open = ul.classList.contains("flex");
      $all("header nav ul.dropdown").forEach(function (u) { u.classList.remove("flex"); });
      if (!open) ul.classList.add("flex");
    });
  });
  var burger = $("#burger"), nav = $("#navmenu");
  if (burger && nav) burger.addEventListener("click", function () { nav.classList.toggle("visible!"); nav.classList.toggle("invisible"); });

  // framer-motion whileInView: reveal
  $all('[style*="opacity:0"]').forEach(function (el) { el.style.opacity = "1"; el.style.transform = "none"; });

  // PPID tabs: documents come from /api/ppid, a proxy of https://ppid.sumbarprov.go.id/api/cluster-data
  var names = { 1: "Informasi Serta Merta", 3: "Informasi Berkala", 6: "Informasi Yang Dikecualikan", 2: "Informasi Tersedia Setiap Saat" };
  var docsBox = $("#ppid-docs");
  function showDocs(cat) {
    docsBox.innerHTML = '<div class="flex flex-col items-center justify-center py-20 text-center h-full"><p class="mt-4 text-waterloo">Memuat dokumen kategori ' + names[cat] + '...</p></div>';
    fetch("/api/ppid?id_instansi=17&id_category=" + cat).then(function (r) {
      if (!r.ok) throw new Error("Gagal mengambil data dari server PPID");
      return r.json();
    }).then(function (d) {
      var list = Array.isArray(d) ? d : (d && (d.data || d.result)) || [];
      if (!list.length) {
        docsBox.innerHTML = '<div class="flex flex-col items-center justify-center py-20 text-center text-waterloo h-full"><p>Tidak ada dokumen yang ditemukan untuk kategori ini.</p></div>';
        return;
      }
      var rows = list.map(function (doc) {
        var title = doc.title_content || doc.title || doc.judul || "Berkas Informasi";
        var url = doc.downloads || doc.link || doc.ssr_downloads;
        return '<tr><td><p class="font-semibold">' + esc(title) + '</p><span class="text-xs">' + esc(doc.title_sub_category || doc.category || "Dokumen Publik") + '</span></td><td class="text-center">' + esc(doc.tahun || doc.year || "-") + '</td><td class="text-right">' +
          (url ? '<a href="' + esc(url) + '" target="_blank" rel="noopener noreferrer">Unduh</a>' : '<span class="text-xs text-gray-400">Berkas tidak tersedia</span>') + '</td></tr>';
      }).join("");
      docsBox.innerHTML = '<div class="mb-8 relative max-w-[400px]"><input type="text" placeholder="Cari judul informasi atau tahun..."></div><table class="w-full text-left"><thead><tr><th>Judul Informasi</th><th class="text-center">Tahun</th><th class="text-right">Aksi</th></tr></thead><tbody>' + rows + '</tbody></table>';
    }).catch(function (e) {
      docsBox.innerHTML = '<div class="flex flex-col items-center justify-center py-20 text-center text-red-500 h-full"><p>' + esc(e.message) + '</p><button class="mt-4 text-[#1e3a8a] underline" id="ppid-retry">Coba lagi</button></div>';
      $("#ppid-retry").addEventListener("click", function () { showDocs(cat); });
    });
  }
  if (docsBox) {
    $all("#ppid-tabs button").forEach(function (b) {
      b.addEventListener("click", function () {
        $all("#ppid-tabs button").forEach(function (o) { o.className = "px-6 py-3 rounded-full font-semibold bg-white text-black shadow-md"; });
        b.className = "px-6 py-3 rounded-full font-semibold bg-[#1e3a8a] text-white shadow-lg scale-105";
        showDocs(+b.getAttribute("data-cat"));
      });
    });
    showDocs(1);
  }

  // Contact card: rendered only after mount (hasMounted guard)
  var cr = $("#contact-root");
  if (cr) {
    cr.innerHTML = '<section id="support" class="px-4 md:px-8 2xl:px-0"><div class="relative mx-auto max-w-c-1390 px-7.5 pt-10"><div class="flex justify-center"><div class="animate_top w-full max-w-4xl rounded-lg bg-white p-7.5 shadow-solid-8">' +
      '<h2 class="mb-12.5 text-center text-3xl font-semibold text-black">Hubungi Kami</h2><div class="grid grid-cols-1 md:grid-cols-2 gap-10">' +
      '<div><h3 class="mb-4 font-medium text-black">Alamat Kami</h3><p>Jl. Raya Ulu Gadut Padang, Kelurahan Limau Manis Selatan Kecamatan Pauh 25129</p></div>' +
      '<div><h3 class="mb-4 font-medium text-black">Alamat Email</h3><p><a href="mailto:rjshbsaanin@yahoo.co.id">rjshbsaanin@yahoo.co.id</a></p></div>' +
      '<div><h4 class="mb-4 font-medium text-black">Nomor Telepon</h4><p><a href="tel:075172001">(0751) 72001</a> | <a href="tel:075171378">(0751) 71378</a></p></div>' +
      '<div><h4 class="mb-4 font-medium text-black">Media Sosial</h4><div class="flex flex-wrap items-center gap-4">' +
      '<a href="#" aria-label="Facebook RSJ HB Saanin">f</a><a href="#" aria-label="Instagram RSJ HB Saanin">ig</a><a href="#" aria-label="YouTube RSJ HB Saanin">yt</a><a href="#" aria-label="TikTok RSJ HB Saanin">tt</a><a href="#" aria-label="X RSJ HB Saanin">x</a>' +
      '</div></div></div></div></div></div></section>';
  }

  // CTA search: router.push('/search?q=...')
  var f = $("#cta-search-form");
  if (f) f.addEventListener("submit", function (e) {
    e.preventDefault();
    var q = f.querySelector("input").value.trim();
    if (q) location.href = "/search?q=" + encodeURIComponent(q);
  });

  // /search: the server filters a static page list plus news and announcements from
  // api-web.sumbarprov.go.id; here only the static list (the API has no data offline)
  var sr = $("#search-results");
  if (sr) {
    var q = (new URLSearchParams(location.search).get("q") || "").toLowerCase();
    if (q) {
      var PAGES = [
        ["Profil & Visi Misi", "/profil/visi-misi", "Halaman", "Informasi profil, visi, dan misi Rumah Sakit."],
        ["Sejarah", "/profil/sejarah", "Halaman", "Sejarah Rumah Sakit Jiwa Prof. HB. Saanin Padang."],
        ["Struktur Organisasi", "/profil/struktur-organisasi", "Halaman", "Bagan dan struktur organisasi rumah sakit."],
        ["Profil Pejabat", "/profil/profil-pejabat", "Halaman", "Profil lengkap para pejabat di lingkungan RSJ."],
        ["Jadwal Dokter", "/jadwal-dokter", "Layanan", "Informasi lengkap jadwal praktik dokter dan poliklinik."],
        ["Info Tempat Tidur", "/info-tempat-tidur", "Layanan", "Informasi ketersediaan tempat tidur / bed occupancy secara real-time."],
        ["Kontak & Lokasi", "/contact", "Halaman", "Informasi kontak, nomor telepon, dan lokasi rumah sakit."],
        ["PPID (Pejabat Pengelola Informasi dan Dokumentasi)", "/ppid", "Halaman", "Layanan permohonan informasi publik (PPID)."],
        ["Perpustakaan - Laporan Kinerja", "/perpustakaan/laporan-kinerja-instansi-pemerintah", "Dokumen", "Dokumen Laporan Kinerja Instansi Pemerintah (LKIP)."]
      ];
      var hits = PAGES.filter(function (p) { return (p[0] + " " + p[3] + " " + p[2]).toLowerCase().indexOf(q) >= 0; });
      $("#search-subtitle").textContent = 'Hasil Pencarian: "' + q + '"';
      $("#search-desc").textContent = "Menemukan " + hits.length + " hasil untuk kata kunci yang Anda cari di seluruh situs.";
      if (!hits.length) {
        sr.innerHTML = '<h3 class="text-xl font-medium text-black mb-2">Pencarian Tidak Ditemukan</h3><p>Maaf, kami tidak dapat menemukan hasil apa pun untuk "' + esc(q) + '". Coba gunakan kata kunci lain.</p>';
      } else {
        sr.className = "mt-15 flex flex-col gap-10";
        sr.innerHTML = '<div><h3 class="text-2xl font-bold text-black mb-6">Halaman &amp; Layanan (' + hits.length + ')</h3><div class="grid grid-cols-1 md:grid-cols-2 gap-5">' +
          hits.map(function (p) { return '<a href="' + p[1] + '" class="block group"><div class="p-6 rounded-lg border"><span class="text-xs uppercase">' + p[2] + '</span><h4 class="text-lg font-bold">' + esc(p[0]) + '</h4><p class="text-sm">' + esc(p[3]) + '</p></div></a>'; }).join("") + '</div></div>';
      }
    }
  }
})();
