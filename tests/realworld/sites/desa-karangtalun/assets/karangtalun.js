/* Compact rewrite of the Desa Karangtalun Next.js client (CmsProvider in src/core/cms/useCmsStore.tsx,
   AppHeader, AppFooter, DokumenList/DokumenCard, the /ppid overview, the /layanan list, the permohonan form
   and the home page's data blocks). The server's HTML is the pre-render with empty CMS defaults; in the
   browser the provider fetches /api/cms/* (served here on the site's own origin; the original calls
   NEXT_PUBLIC_API_BASE_URL, http://localhost:8000/api) and the blocks re-render with the seeded rows. */
(function () {
  var API = "/api";
  function get(path) {
    return fetch(API + path, { headers: { Accept: "application/json" } })
      .then(function (r) { return r.json(); })
      .then(function (j) { return j && j.success ? j.data : null; })
      .catch(function () { return null; });
  }
  function esc(s) { return String(s == null ? "" : s).replace(/[&<>"]/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]; }); }
  function $(sel, root) { return (root || document).querySelector(sel); }
  function $all(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }

  /* mobile menu */
  var mbtn = $("#mobile-menu-btn");
  if (mbtn) mbtn.addEventListener("click", function () { $("#mobile-menu").classList.toggle("hidden"); });

  /* ---------- PPID documents ---------- */
  function renderList(box, docs) {
    var cat = box.getAttribute("data-ppid-list");
    var input = $("input", box);
    function draw() {
      var q = (input.value || "").toLowerCase();
      var list = docs.filter(function (d) {
        return d.category === cat && (!q || d.title.toLowerCase().indexOf(q) >= 0 || d.date.toLowerCase().indexOf(q) >= 0);
      });
      $("[data-count]", box).textContent = list.length + " dokumen ditemukan";
      var wrap = $("[data-docs]", box);
      if (!list.length) {
        wrap.innerHTML = '<div class="text-center py-12"><p class="text-sm opacity-50">Tidak ada dokumen yang sesuai dengan pencarian.</p></div>';
        return;
      }
      wrap.innerHTML = '<div class="flex flex-col gap-4">' + list.map(function (d) {
        return '<div class="doc-card" data-id="' + d.id + '"><div style="flex:1;min-width:0"><p class="text-sm font-bold mb-1 leading-snug">' + esc(d.title) +
          '</p><div class="flex items-center gap-3 text-[10px]"><span><svg width="10" height="10"></svg> ' + esc(d.category) + '</span><span><svg width="10" height="10"></svg> ' + esc(d.date) +
          '</span></div></div><div style="display:flex;gap:.375rem"><button type="button" data-lihat="' + d.id + '"><svg width="12" height="12"></svg> Lihat</button><button type="button" data-unduh="' + d.id +
          '"><svg width="13" height="13"></svg>Unduh (' + d.downloads + '×)</button></div></div>';
      }).join("") + "</div>";
    }
    input.addEventListener("input", draw);
    box.addEventListener("click", function (e) {
      var b = e.target.closest("button");
      if (!b) return;
      var id = b.getAttribute("data-unduh") || b.getAttribute("data-lihat");
      var doc = docs.filter(function (d) { return String(d.id) === id; })[0];
      if (!doc) return;
      if (b.hasAttribute("data-unduh")) download(doc); else preview(doc);
    });
    draw();
  }
  function download(doc) {
    if (doc.fileUrl && doc.fileUrl !== "#") {
      var url = doc.fileUrl.indexOf("http") === 0 ? doc.fileUrl : "http://localhost:8000/storage/" + doc.fileUrl;
      window.open(url, "_blank");
    } else {
      alert("File dokumen belum tersedia.");
    }
  }
  function preview(doc) {
    var m = document.createElement("div");
    m.className = "modal";
    m.innerHTML = '<div class="w-full max-w-[600px]"><div><p class="text-[10px] font-bold uppercase">Preview Dokumen</p><h3>' + esc(doc.title) +
      '</h3><button type="button" aria-label="Tutup preview" data-close>×</button></div><div class="p-5"><div class="grid grid-cols-2">' +
      '<div><p>Kategori</p><p>' + esc(doc.category) + '</p></div><div><p>Tanggal</p><p>' + esc(doc.date) + '</p></div><div><p>ID</p><p>DOC-' + ("000" + doc.id).slice(-4) +
      '</p></div><div><p>Diunduh</p><p>' + doc.downloads + ' kali</p></div></div><div><p class="text-[11px] font-bold">' + esc(doc.title.replace(/\s/g, "_")) +
      '.pdf</p><p class="text-[9px]">PDF Document • ~' + Math.floor(Math.random() * 500 + 100) + ' KB</p><div><p>Dokumen <strong>' + esc(doc.title) +
      '</strong> merupakan bagian dari informasi publik yang dikelola oleh PPID Desa Karangtalun sesuai dengan UU No. 14 Tahun 2008.</p><p>Diterbitkan pada ' + esc(doc.date) +
      ', diunduh ' + doc.downloads + ' kali.</p></div></div><div class="flex gap-2"><button type="button" data-unduh-modal>Unduh (' + doc.downloads + '×)</button><button type="button" data-close>Tutup</button></div></div></div>';
    m.addEventListener("click", function (e) {
      if (e.target === m || e.target.closest("[data-close]")) m.remove();
      else if (e.target.closest("[data-unduh-modal]")) download(doc);
    });
    document.body.appendChild(m);
  }

  var lists = $all("[data-ppid-list]");
  var overview = $("[data-count-all]");
  if (lists.length || overview) {
    get("/cms/ppid-dokumen").then(function (rows) {
      if (!Array.isArray(rows)) rows = [];
      var docs = rows.filter(function (d) { return d.aktif; })
        .sort(function (a, b) { return a.urutan - b.urutan; })
        .map(function (d, i) { return { id: i + 1, title: d.judul, category: d.kategori, date: d.tanggal, downloads: 0, fileUrl: d.fileUrl || "#" }; });
      lists.forEach(function (box) { renderList(box, docs); });
      if (overview) {
        overview.textContent = docs.length + " dokumen";
        $all("[data-count-cat]").forEach(function (el) {
          var c = el.getAttribute("data-count-cat");
          el.textContent = docs.filter(function (d) { return d.category === c; }).length;
        });
      }
    });
  }

  /* ---------- footer navigation and social links (header-footer setting) ---------- */
  get("/cms/header-footer").then(function (hf) {
    if (!hf) return;
    if (hf.menuNavigasi && hf.menuNavigasi.length) {
      var nav = hf.menuNavigasi.slice().sort(function (a, b) { return a.urutan - b.urutan; });
      var ul = $("#footer-nav");
      if (ul) ul.innerHTML = nav.map(function (n) { return '<li><a href="' + esc(n.href) + '">' + esc(n.label) + "</a></li>"; }).join("");
    }
    if (hf.linkSosmed && hf.linkSosmed.length) {
      var s = $("#footer-sosmed");
      if (s) s.innerHTML = hf.linkSosmed.filter(function (x) { return x.url; }).map(function (x) {
        return '<a href="' + esc(x.url) + '" target="_blank" rel="noopener noreferrer" aria-label="' + esc(x.platform) + '"><svg width="16" height="16"></svg></a>';
      }).join("");
    }
    var jam = $('[data-help="jam"]');
    if (jam && hf.jamPelayanan) jam.textContent = hf.jamPelayanan;
  });

  /* ---------- /layanan ---------- */
  var cards = $("#layanan-cards");
  if (cards) {
    var LABELS = { kependudukan: "Kependudukan", sosial: "Sosial", ekonomi: "Ekonomi", infrastruktur: "Infrastruktur", keamanan: "Keamanan", umum: "Umum" };
    get("/cms/identitas-desa").then(function (id) {
      if (!id) return;
      if (id.alamat) $('[data-help="alamat"]').textContent = id.alamat;
      if (id.telepon) $('[data-help="telepon"]').textContent = id.telepon;
    });
    get("/cms/layanan-publik").then(function (rows) {
      var items = (rows || []).filter(function (l) { return l.aktif; });
      var kat = "semua", search = $("#cari-layanan");
      var present = {};
      items.forEach(function (l) { present[(l.kategori || "umum").toLowerCase()] = 1; });
      $("#kategori-layanan").innerHTML = '<button data-kat="semua" class="active">Semua Layanan</button>' +
        Object.keys(LABELS).filter(function (k) { return present[k]; }).map(function (k) { return '<button data-kat="' + k + '">' + LABELS[k] + "</button>"; }).join("");
      function draw() {
        var q = search.value.toLowerCase();
        var f = items.filter(function (l) {
          return (l.nama.toLowerCase().indexOf(q) >= 0 || l.deskripsi.toLowerCase().indexOf(q) >= 0) && (kat === "semua" || l.kategori === kat);
        });
        $("[data-layanan-count]").textContent = f.length + " layanan tersedia";
        if (!f.length) {
          cards.innerHTML = '<div class="empty-state"><h3>Layanan Tidak Ditemukan</h3><p>Tidak ada layanan yang sesuai dengan pencarian Anda.</p></div>';
          return;
        }
        cards.innerHTML = '<div style="display:grid;gap:1rem">' + f.map(function (l) {
          var locked = l.butuhLogin; /* a guest is not a 'warga' */
          return '<a href="' + (locked ? "/login" : "/layanan/" + esc(l.routeSlug)) + '"><div><span>' + esc(LABELS[l.kategori] || l.kategori) + "</span><h3>" + esc(l.nama) + "</h3><p>" + esc(l.deskripsi) +
            '</p><div><span><svg width="12" height="12"></svg>' + esc(l.estimasiWaktu) + "</span><span>" + (locked ? '<svg width="12" height="12"></svg> Khusus Warga' : 'Ajukan <svg width="14" height="14"></svg>') + "</span></div></div></a>";
        }).join("") + "</div>";
      }
      search.addEventListener("input", draw);
      $("#kategori-layanan").addEventListener("click", function (e) {
        var b = e.target.closest("button"); if (!b) return;
        kat = b.getAttribute("data-kat");
        $all("#kategori-layanan button").forEach(function (x) { x.classList.toggle("active", x === b); });
        draw();
      });
      draw();
    });
  }

  /* ---------- home page blocks ---------- */
  if ($("#berita-grid")) {
    get("/cms/profil-desa").then(function (p) {
      if (p && p.sambutan) $("[data-sambutan]").innerHTML = '<p class="text-sm leading-relaxed">' + esc(p.sambutan) + "</p>";
    });
    get("/cms/identitas-desa").then(function (id) { if (id && id.namaKades) $("[data-kades]").textContent = id.namaKades; });
    fetch(API + "/statistik/kependudukan").then(function (r) { return r.json(); }).then(function (j) {
      var d = (j && j.data) || {};
      $('[data-stat="penduduk"]').textContent = (d.total_penduduk || 0).toLocaleString("id");
      $('[data-stat="kk"]').textContent = (d.total_kk || 0).toLocaleString("id");
    }).catch(function () {});
    get("/cms/infografis").then(function (i) {
      if (!i) return;
      if (i.apbdesTotal) $('[data-stat="apbdes"]').textContent = "Rp " + (i.apbdesTotal / 1e9).toFixed(2) + " M";
      $('[data-stat="apbdes-sub"]').textContent = "Anggaran 2026";
      if (i.idmStatus) $('[data-stat="idm"]').textContent = i.idmStatus;
      if (i.idmSkor) $('[data-stat="idm-sub"]').textContent = "Skor " + i.idmSkor.toFixed(4);
    });
    get("/cms/berita").then(function (rows) {
      $("#berita-grid").innerHTML = (rows || []).filter(function (b) { return b.status === "Terbit"; }).slice(0, 3).map(function (b) {
        return '<a href="/berita/' + esc(b.slug) + '" class="govt-card"><div><img src="' + esc(b.thumbnail) + '" alt="' + esc(b.judul) + '"></div><div><span>' + esc(b.kategori) +
          "</span><h3>" + esc(b.judul) + "</h3><p>" + esc(b.tanggal) + "</p></div></a>";
      }).join("");
    });
    get("/cms/umkm").then(function (rows) {
      $("#umkm-grid").innerHTML = (rows || []).filter(function (u) { return u.aktif; }).slice(0, 4).map(function (u) {
        return '<a href="/umkm/' + esc(u.slug) + '"><h3>' + esc(u.nama) + "</h3><p>" + esc(u.namaPenjual) + "</p><p>Rp " + u.harga.toLocaleString("id") + "</p></a>";
      }).join("");
    });
  }

  /* ---------- /ppid/permohonan ---------- */
  var send = $("#kirim-permohonan");
  if (send) {
    var form = $("#form-permohonan");
    function val(n) { var el = form.querySelector('[name="' + n + '"]'); return el ? el.value.trim() : ""; }
    send.addEventListener("click", function () {
      var err = {};
      if (val("nama").length < 3) err.nama = "Nama lengkap minimal 3 karakter.";
      if (!/^\d{16}$/.test(val("nik"))) err.nik = "NIK harus 16 digit angka.";
      if (val("alamat").length < 10) err.alamat = "Alamat lengkap minimal 10 karakter.";
      if (!/^08\d{8,11}$/.test(val("telepon"))) err.telepon = "Format nomor telepon tidak valid.";
      if (val("email") && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(val("email"))) err.email = "Format email tidak valid.";
      if (!val("jenis_informasi")) err.jenis_informasi = "Jenis informasi wajib dipilih.";
      if (val("alasan").length < 20) err.alasan = "Alasan permohonan minimal 20 karakter.";
      $all(".field-error", form).forEach(function (p) { p.textContent = err[p.getAttribute("data-err")] || ""; });
      if (Object.keys(err).length) return;
      send.disabled = true; send.textContent = "Mengirim Permohonan...";
      fetch(API + "/ppid/permohonan", {
        method: "POST", headers: { Accept: "application/json", "Content-Type": "application/json" },
        body: JSON.stringify({ nama_pemohon: val("nama"), alamat_pemohon: val("alamat"), kontak_pemohon: val("telepon"), tujuan_permohonan: val("alasan"), informasi_diminta: val("jenis_informasi"), cf_turnstile_token: "" })
      }).then(function (r) {
        return r.json().catch(function () { return {}; }).then(function (j) {
          if (!r.ok) throw new Error(j.message || "Request failed (" + r.status + ")");
          return j;
        });
      }).then(function (j) {
        if (j.success && j.data) {
          form.innerHTML = '<div class="text-center py-12"><h3>Permohonan Terkirim!</h3><p>Permohonan Anda telah diterima. PPID akan merespons dalam 10 hari kerja.</p><p>Nomor Permohonan:</p><p>' +
            esc(j.data.nomor_permohonan || "-") + '</p><a href="/ppid">Kembali ke PPID</a></div>';
        } else alert(j.message || "Gagal mengirim permohonan.");
      }).catch(function (e) { alert(e.message || "Terjadi kesalahan."); })
        .then(function () { send.disabled = false; send.textContent = "Kirim Permohonan Informasi"; });
    });
  }
})();
