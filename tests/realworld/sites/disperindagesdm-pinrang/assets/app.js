// Compact working rewrite of js/app.js (fajarbakri9/disperindagesdm): the home grids, the
// search modal of the home page, the infographic / maklumat / ticket modals and the complaint
// form (which only stores the report in the browser's localStorage and shows a random ticket).
(function () {
  function modal(html) {
    let m = document.getElementById('globalCustomModal');
    if (!m) { m = document.createElement('div'); m.id = 'globalCustomModal'; m.className = 'custom-modal-backdrop'; document.body.appendChild(m); }
    m.innerHTML = `<div class="custom-modal-card">${html}<button type="button" class="btn-outline" onclick="this.closest('.custom-modal-backdrop').style.display='none'">Tutup</button></div>`;
    m.style.display = 'flex'; m.classList.add('active');
    return m;
  }

  window.openInfographicModal = function (src, title) {
    modal(`<h3>${title}</h3><img src="${src}" alt="${title}">`);
  };
  window.openMaklumatModal = function () {
    modal(`<h3>Maklumat Pelayanan Publik</h3><ol>
      <li>Berjanji dan sanggup untuk melaksanakan pelayanan sesuai dengan Standar Pelayanan yang telah ditetapkan secara transparan, adil, dan profesional.</li>
      <li>Memberikan pelayanan sesuai dengan kewajiban dan akan melakukan perbaikan secara terus menerus guna mewujudkan pelayanan prima bagi masyarakat Kabupaten Pinrang.</li>
      <li>Siap menerima sanksi dan/atau memberikan kompensasi apabila pelayanan yang diberikan tidak sesuai standar yang telah dijanjikan.</li>
    </ol><p>Nomor: 800.1.1/01/DISPERINDAG-ESDM/I/2025 &bull; 02 Januari 2025</p><a href="maklumat-pelayanan.html" class="btn-primary">Buka Piagam Maklumat</a>`);
  };
  window.openCheckTicketModal = function (code) {
    modal(`<h3>Cek Status Tiket Pengaduan</h3><input type="text" id="checkTicketInput" placeholder="Contoh: DPE-2026-000104" value="${code || ''}"><div id="checkTicketResult"></div>`);
  };
  window.openComplaintDetailModal = function (id) {
    modal(`<h3>Detail Kasus Pengaduan 2025</h3><p>[...] (${id})</p>`);
  };

  window.handlePublicComplaintSubmit = function (e) {
    if (e && e.preventDefault) e.preventDefault();
    const consent = document.getElementById('complaintConsent');
    if (consent && !consent.checked) { CustomModal.alert({ title: "Persetujuan Diperlukan", message: "Mohon centang persetujuan penggunaan data pribadi.", icon: "⚠️" }); return false; }
    const ticket = `DPE-2026-${Math.floor(100000 + Math.random() * 900000)}`;
    try { const r = getStorage('disperindag_reports', []); r.unshift({ ticket_number: ticket }); localStorage.setItem('disperindag_reports', JSON.stringify(r)); } catch (err) {}
    document.getElementById('publicComplaintForm')?.reset();
    modal(`<h3>Laporan Pengaduan Berhasil Terkirim</h3><div>Kode Tiket Registrasi Aduan</div><div id="modalTicketCode">${ticket}</div><p>⏱️ <strong>Estimasi Tindak Lanjut:</strong> Petugas pengawas teknis akan melakukan telaah administrasi &amp; verifikasi lapangan dalam waktu maksimal 1x24 jam kerja.</p>`);
    return false;
  };

  window.openSearchModal = function () {
    const m = modal(`<h3>Pencarian Informasi Portal</h3><p>Layanan Publik, Berita, Regulasi, dan Komoditas Pasar</p>
      <input type="text" id="globalSearchInput" placeholder="Ketik kata kunci pencarian (contoh: Tera, OSS, Beras, Gas LPG, SOP)...">
      <div id="globalSearchResults"><div>💡 Ketik kata kunci minimal 2 karakter untuk memulai pencarian pintar di seluruh portal.</div></div>`);
    const searchIndex = [
      { title: "Verifikasi Perizinan Berusaha Sektor Perindustrian (OSS-RBA)", type: "Layanan Publik", url: "layanan.html#srv_oss_industri", desc: "Standar verifikasi dan persetujuan izin industri melalui sistem OSS." },
      { title: "Pelayanan Tera dan Tera Ulang UTTP (Alat Ukur & Timbangan)", type: "Layanan Publik", url: "layanan.html#srv_tera", desc: "Pengujian kebenaran ukuran timbangan pasar dan takaran BBM SPBU." },
      { title: "Konsultasi & Layanan Informasi Publik (PPID Pelaksana)", type: "Layanan Publik", url: "layanan.html#srv_ppid", desc: "Permohonan informasi publik kedinasan berbasis UU KIP No. 14/2008." },
      { title: "Pengawasan Tata Kelola Gas LPG 3 Kg Bersubsidi", type: "Layanan Publik", url: "layanan.html#srv_lpg", desc: "Monitoring pangkalan dan evaluasi kepatuhan terhadap HET resmi yang berlaku." },
      { title: "Layanan Aspirasi & Pengaduan Konsumen / Masyarakat", type: "Layanan Publik", url: "layanan.html#srv_pengaduan", desc: "Saluran pengaduan terpadu dan penanganan aduan masyarakat." },
      { title: "Pantauan Harga Beras Medium SPHP & Premium Lokal Lasinrang", type: "Harga Pasar", url: "#sembako", desc: "Informasi harga beras per kilogram di Pasar Sentral Pinrang." },
      { title: "Tindak Lanjut Aduan Warga, Pangkalan LPG 3 Kg Nakal Dijatuhi Sanksi PHU", type: "Berita Kedinasan", url: "arsip-berita.html", desc: "Penindakan tegas bersama Pertamina terhadap pelanggaran HET gas melon di Duampanua." },
      { title: "Perbup Pinrang No. 35 Tahun 2023 tentang Kedudukan, Tupoksi Disperindag", type: "Regulasi Dokumen", url: "ppid.html?id=doc_01#dokumen-regulasi", desc: "Dasar hukum struktur organisasi dan uraian tugas kedinasan." },
      { title: "Katalog Produk Unggulan Tenun Sutra Corak Lasinrang", type: "Produk IKM", url: "katalog-ikm.html", desc: "Koleksi kerajinan tenun sutra tradisional binaan Dekranasda Pinrang." }
      // [... 9 more entries of the original index ...]
    ];
    const input = document.getElementById('globalSearchInput'), out = document.getElementById('globalSearchResults');
    input.focus();
    input.oninput = (e) => {
      const q = e.target.value.trim().toLowerCase();
      if (q.length < 2) { out.innerHTML = '<div>💡 Ketik kata kunci minimal 2 karakter untuk mencari layanan, berita, dokumen, atau harga pasar.</div>'; return; }
      const f = searchIndex.filter(i => i.title.toLowerCase().includes(q) || i.desc.toLowerCase().includes(q) || i.type.toLowerCase().includes(q));
      out.innerHTML = f.length ? `<div>Ditemukan ${f.length} Hasil Pencarian:</div>` + f.map(i => `<a href="${i.url}"><h4>${i.title}</h4><span>${i.type}</span><p>${i.desc}</p></a>`).join('')
        : `<div><strong>Tidak ditemukan hasil untuk "${e.target.value}"</strong><p>Coba gunakan kata kunci lain seperti <em>Tera, OSS, Beras, LPG, SOP,</em> atau <em>Perbup</em>.</p></div>`;
    };
    return m;
  };

  function renderQuickServices() {
    const c = document.getElementById('quickServicesGrid'); if (!c) return;
    c.innerHTML = getStorage('disperindag_services', DEFAULT_SERVICES).map(s => `
      <div class="service-card"><span class="service-unit">${s.responsible_unit}</span><h3>${s.name}</h3>
        <p>⏱️ ${s.duration} &bull; 💰 ${s.fee}</p><a href="layanan.html#${s.id}" class="service-link">Lihat Standar Layanan &rarr;</a></div>`).join('');
  }
  function renderPriceDashboard() {
    const c = document.getElementById('sembakoGrid'); if (!c) return;
    const prices = getStorage('disperindag_prices', DEFAULT_COMMODITY_PRICES);
    c.innerHTML = prices.map(p => `<div class="sembako-card"><h4>${p.commodity_name}</h4><div>Rp ${p.price.toLocaleString('id-ID')} / ${p.unit}</div><small>${p.market_name} &bull; ${p.observed_date} &bull; ${p.verification_status}</small></div>`).join('') + '<!-- [... 9 more commodities ...] -->';
    const t = document.getElementById('priceTickerContainer');
    if (t) t.innerHTML = prices.map(p => `<span class="ticker-item">${p.commodity_name}: Rp ${p.price.toLocaleString('id-ID')}/${p.unit}</span>`).join(' • ');
  }
  function renderHomeNews() {
    const c = document.getElementById('homeNewsGrid'); if (!c) return;
    c.innerHTML = getStorage('disperindag_news', DEFAULT_NEWS).slice(0, 3).map(n => `
      <div class="news-card"><span class="news-category">${n.category}</span><span class="news-date">📅 ${n.date}</span>
        <h4 class="news-title"><a href="berita/${n.slug}">${n.title}</a></h4><a href="berita/${n.slug}" class="news-link">Baca Selengkapnya &rarr;</a></div>`).join('');
  }

  document.addEventListener('DOMContentLoaded', () => {
    renderQuickServices(); renderPriceDashboard(); renderHomeNews();
    const f = document.getElementById('publicComplaintForm');
    if (f && !f.getAttribute('onsubmit')) f.addEventListener('submit', window.handlePublicComplaintSubmit);
  });
})();
