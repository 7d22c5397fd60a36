// Compact working rewrite of js/main.js (BPAD NTT, commit 57731a7) for what a guest's browser runs with
// BPADPublicData disabled: berita/pengumuman/agenda from data/*.json, the PPID portal over its built-in
// dummy documents, the header quick search, the mobile menu and the 'Aplikasi' dropdown.
var DATA_FILES = { berita: 'data/berita.json', pengumuman: 'data/pengumuman.json', agenda: 'data/agenda.json', ppid: 'data/ppid.json' };
var FALLBACK_DATA = {
  berita: [
    { judul: 'Pembebasan Denda PKB dalam Rangka HUT Provinsi NTT ke-66', kategori: 'Pengumuman', tanggal: '2026-05-15', ringkasan: 'Informasi pembebasan denda Pajak Kendaraan Bermotor bagi wajib pajak di Provinsi NTT.' },
    { judul: 'BPAD NTT Raih Penghargaan Terbaik Pengelolaan Aset Daerah 2026', kategori: 'Prestasi', tanggal: '2026-05-08', ringkasan: 'BPAD NTT memperoleh apresiasi atas peningkatan tata kelola aset daerah.' },
    { judul: 'Peluncuran Sistem e-Samsat Generasi Baru untuk Kemudahan Wajib Pajak', kategori: 'Inovasi', tanggal: '2026-05-01', ringkasan: 'Layanan digital e-Samsat diperbarui untuk mempermudah pembayaran pajak kendaraan.' }
  ],
  pengumuman: [], agenda: [],
  ppid: [
    { judul: 'Informasi Berkala', jenis: 'Kategori PPID', deskripsi: 'Profil instansi, program kerja, laporan kinerja, dan informasi publik yang diperbarui secara rutin.', link: 'https://drive.google.com/drive/folders/1aLEX6QKuaZ_wDzXQDknX5IgSgD1kMX37?usp=drive_link' },
    { judul: 'Informasi Setiap Saat', jenis: 'Kategori PPID', deskripsi: 'Daftar informasi publik, regulasi, dokumen layanan, serta data yang dapat dimohonkan masyarakat.', link: 'https://drive.google.com/drive/folders/137bfjogqiqkKYvAj8lG1fyhbD0igAfyv?usp=drive_link' },
    { judul: 'Permohonan Informasi', jenis: 'Layanan PPID', deskripsi: 'Layanan permintaan informasi publik melalui form PPID di website BPAD Provinsi NTT.', link: 'ppid.html#ppid-permohonan' }
  ]
};
var PPID_DUMMY_DOCUMENTS = [
  { id: 'lra-2025', title: 'Laporan Realisasi Anggaran 2025', category: 'Berkala', year: '2025', format: 'PDF', size: '2.4 MB', updatedAt: '2026-01-18', description: 'Ringkasan realisasi anggaran BPAD NTT untuk kebutuhan informasi berkala.', source: 'Supabase', url: '#preview-laporan-realisasi-anggaran-2025' },
  { id: 'dip-2025', title: 'DIP BPAD 2025', category: 'DIP', year: '2025', format: 'PDF', size: '1.1 MB', updatedAt: '2025-12-30', description: 'Daftar Informasi Publik BPAD NTT tahun 2025.', source: 'Google Drive', url: '#preview-dip-bpad-2025' },
  { id: 'sop-permohonan', title: 'SOP Permohonan Informasi', category: 'SOP', year: '2026', format: 'PDF', size: '860 KB', updatedAt: '2026-02-04', description: 'Standar operasional pelayanan permohonan informasi publik.', source: 'Google Drive', url: '#preview-sop-permohonan-informasi' },
  { id: 'maklumat-pelayanan', title: 'Maklumat Pelayanan', category: 'Serta Merta', year: '2026', format: 'PDF', size: '540 KB', updatedAt: '2026-03-12', description: 'Maklumat pelayanan informasi publik BPAD NTT untuk masyarakat.', source: 'Supabase', url: '#preview-maklumat-pelayanan' }
];
var BULAN = ['Januari','Februari','Maret','April','Mei','Juni','Juli','Agustus','September','Oktober','November','Desember'];
function formatTanggal(v) { if (!v) return ''; var p = v.split('-'); return Number(p[2]) + ' ' + BULAN[Number(p[1]) - 1] + ' ' + p[0]; }
function esc(v) { return String(v == null ? '' : v).replace(/&/g,'&amp;').replace(/</g,'&lt;').replace(/>/g,'&gt;').replace(/"/g,'&quot;'); }
function byDate(items) { return items.slice().sort(function (a, b) { return (b.tanggal || '').localeCompare(a.tanggal || ''); }); }
function loadJson(path) {
  return fetch(path + '?v=' + Date.now(), { cache: 'no-store' }).then(function (r) { if (!r.ok) throw new Error('Gagal memuat ' + path); return r.json(); });
}
function renderBerita(items) {
  var c = document.getElementById('beritaGrid'); if (!c) return;
  c.innerHTML = items.map(function (i) {
    return '<div class="berita-card"><div class="berita-body"><span class="berita-tag">' + (i.kategori || 'Berita') + '</span>' +
      '<div class="berita-title">' + i.judul + '</div><p class="berita-summary">' + (i.ringkasan || '') + '</p>' +
      '<div class="berita-date"><i class="ti ti-calendar"></i> ' + formatTanggal(i.tanggal) + '</div></div></div>';
  }).join('');
}
function renderList(id, items, empty) {
  var c = document.getElementById(id); if (!c) return;
  var list = Array.isArray(items) ? byDate(items) : [];
  if (!list.length) { c.innerHTML = '<li class="pgm-empty">' + empty + '</li>'; return; }
  c.innerHTML = list.map(function (i) { return '<li class="pgm-item"><div class="pgm-content"><div class="pgm-title">' + i.judul + '</div><div class="pgm-date">' + formatTanggal(i.tanggal) + '</div></div></li>'; }).join('');
}
function renderPengumuman(items) { renderList('pengumumanList', items, 'Belum ada pengumuman resmi dari database.'); }
function renderAgenda(items) { renderList('agendaList', items, 'Belum ada agenda kegiatan dari database.'); }
function renderPpid(items) { // #ppidGrid is on no page of this version
  var c = document.getElementById('ppidGrid'); if (!c) return;
  c.innerHTML = items.map(function (i) { return '<div class="detail-card"><div class="detail-label">' + (i.jenis || 'PPID') + '</div><h3>' + i.judul + '</h3><p>' + (i.deskripsi || '') + '</p>' + (i.link ? '<a class="doc-link ppid-link" href="' + i.link + '" target="_blank" rel="noopener noreferrer">' + (i.judul === 'Permohonan Informasi' ? 'Isi Formulir' : 'Buka Link Google Drive') + '</a>' : '') + '</div>'; }).join('');
}
function hydrateContent() {
  renderBerita(FALLBACK_DATA.berita); renderPengumuman(FALLBACK_DATA.pengumuman); renderAgenda(FALLBACK_DATA.agenda); renderPpid(FALLBACK_DATA.ppid);
  loadJson(DATA_FILES.berita).then(renderBerita).catch(function () {});
  loadJson(DATA_FILES.pengumuman).then(renderPengumuman).catch(function () {});
  loadJson(DATA_FILES.agenda).then(renderAgenda).catch(function () {});
  loadJson(DATA_FILES.ppid).then(renderPpid).catch(function () {});
}
// PPID portal (ppid.html)
function renderPpidDocumentRows(docs) {
  var c = document.getElementById('ppidDocumentRows'); if (!c) return;
  if (!docs.length) { c.innerHTML = '<tr><td class="ppid-empty-row" colspan="5">Dokumen tidak ditemukan untuk filter ini.</td></tr>'; return; }
  c.innerHTML = docs.map(function (d) {
    return '<tr><td><div class="ppid-doc-title"><strong>' + esc(d.title) + '</strong><span>Update ' + formatTanggal(d.updatedAt) + ' - ' + esc(d.size) + '</span></div></td>' +
      '<td><span class="ppid-doc-badge">' + esc(d.category) + '</span></td><td>' + esc(d.year) + '</td><td>' + esc(d.format) + '</td>' +
      '<td><div class="ppid-doc-actions"><button type="button" data-ppid-preview="' + esc(d.id) + '"><i class="ti ti-eye"></i> Preview</button>' +
      '<a href="' + esc(d.url) + '" data-ppid-download="' + esc(d.id) + '"><i class="ti ti-download"></i> Download</a></div></td></tr>';
  }).join('');
}
function renderPpidPreview(d) {
  var p = document.getElementById('ppidPreviewPanel'); if (!p || !d) return;
  p.innerHTML = '<span class="ppid-panel-label">Preview Dokumen</span><h3>' + esc(d.title) + '</h3><p>' + esc(d.description) + '</p>' +
    '<div class="ppid-preview-meta"><span><strong>Kategori:</strong> ' + esc(d.category) + '</span><span><strong>Tahun:</strong> ' + esc(d.year) +
    '</span><span><strong>Format:</strong> ' + esc(d.format) + ' - ' + esc(d.size) + '</span><span><strong>Sumber:</strong> ' + esc(d.source) + '</span></div>';
}
function initPpidPortal() {
  var rows = document.getElementById('ppidDocumentRows'); if (!rows) return;
  var docs = PPID_DUMMY_DOCUMENTS;
  var q = document.getElementById('ppidDocSearch'), yf = document.getElementById('ppidYearFilter'), cf = document.getElementById('ppidCategoryFilter');
  var buttons = document.querySelectorAll('[data-ppid-category]'), navLinks = document.querySelectorAll('[data-ppid-nav-category]');
  renderPpidDocumentRows(docs); renderPpidPreview(docs[0]);
  document.querySelectorAll('[data-ppid-form-link]').forEach(function (link) {
    link.addEventListener('click', function (e) {
      var href = link.getAttribute('href') || '';
      if (!href || href === '#' || href.indexOf('#form-') === 0) { e.preventDefault(); window.alert('Link Google Form ini belum diisi. Update melalui web settings sesuai key yang tertulis di kartu form.'); }
    });
  });
  function apply() {
    var query = String(q && q.value || '').trim().toLowerCase(), year = String(yf && yf.value || ''), cat = String(cf && cf.value || '');
    var f = docs.filter(function (d) {
      var s = (d.title + ' ' + d.category + ' ' + d.year + ' ' + d.description).toLowerCase();
      return (!query || s.indexOf(query) >= 0) && (!year || d.year === year) && (!cat || d.category === cat);
    });
    buttons.forEach(function (b) { b.classList.toggle('is-active', Boolean(cat && b.dataset.ppidCategory === cat)); });
    renderPpidDocumentRows(f);
  }
  if (q) q.addEventListener('input', apply);
  if (yf) yf.addEventListener('change', apply);
  if (cf) cf.addEventListener('change', apply);
  buttons.forEach(function (b) { b.addEventListener('click', function () { if (cf) cf.value = b.dataset.ppidCategory || ''; apply(); var s = document.getElementById('ppid-dokumen'); if (s && s.scrollIntoView) s.scrollIntoView(); }); });
  navLinks.forEach(function (l) { l.addEventListener('click', function () { if (cf) cf.value = l.dataset.ppidNavCategory || ''; setTimeout(apply, 0); }); });
  rows.addEventListener('click', function (e) {
    var pb = e.target.closest('[data-ppid-preview]'), dl = e.target.closest('[data-ppid-download]');
    if (pb) { renderPpidPreview(docs.filter(function (d) { return d.id === pb.dataset.ppidPreview; })[0]); return; }
    if (dl) {
      var d = docs.filter(function (x) { return x.id === dl.dataset.ppidDownload; })[0];
      renderPpidPreview(d);
      if (!d || !d.url || d.url.charAt(0) === '#') { e.preventDefault(); window.alert('File dokumen belum ditautkan. Nanti isi drive_url atau preview_url di tabel web_ppid_documents.'); }
    }
  });
}
// header quick search: jumps to a matching news card, else to a page by keyword
function handleNavSearch(e) {
  e.preventDefault();
  var input = document.getElementById('navSearchInput'); if (!input) return;
  var query = input.value.trim().toLowerCase(); if (!query) return;
  var card = Array.prototype.slice.call(document.querySelectorAll('#beritaGrid .berita-card')).filter(function (c) { return c.textContent.toLowerCase().indexOf(query) >= 0; })[0];
  if (card) { card.scrollIntoView(); history.replaceState(null, '', '#berita'); return; }
  var inNews = FALLBACK_DATA.berita.some(function (i) { return (i.judul + ' ' + i.ringkasan + ' ' + i.kategori).toLowerCase().indexOf(query) >= 0; });
  if (inNews) { window.location.href = 'berita.html?search=' + encodeURIComponent(query) + '#berita'; return; }
  var targets = [
    { id: 'profil', url: 'profil.html', k: ['profil', 'tentang', 'struktur', 'uptd'] },
    { id: 'layanan', url: 'layanan.html', k: ['layanan', 'pelayanan', 'pajak', 'samsat'] },
    { id: 'galeri', url: 'galeri.html', k: ['galeri', 'foto', 'gambar', 'instagram', 'dokumentasi', 'kegiatan'] },
    { id: 'ppid', url: 'ppid.html', k: ['ppid', 'informasi', 'permohonan'] },
    { id: 'berita', url: 'berita.html', k: ['berita', 'kabar', 'news'] },
    { id: 'pengumuman', url: 'pengumuman.html', k: ['pengumuman', 'info', 'agenda'] },
    { id: 'kontak', url: 'index.html#kontak', k: ['kontak', 'alamat', 'lokasi', 'hubungi'] }
  ];
  var m = targets.filter(function (t) { return t.k.some(function (w) { return query.indexOf(w) >= 0; }); })[0];
  if (!m) { input.value = ''; input.placeholder = 'Menu tidak ditemukan'; setTimeout(function () { input.placeholder = 'Cari menu...'; }, 1400); return; }
  var sec = document.getElementById(m.id);
  if (sec) { sec.scrollIntoView(); history.replaceState(null, '', '#' + m.id); } else { window.location.href = m.url; }
}
function toggleMenu() { document.getElementById('mobileMenu').classList.toggle('open'); }
function toggleAppMenu(e) { e.stopPropagation(); document.getElementById('appDropdown').classList.toggle('open'); }
function toggleUptdRows(btn) {
  var t = document.querySelector('.uptd-table'); if (!t) return;
  var open = t.classList.toggle('show-all');
  btn.setAttribute('aria-expanded', String(open)); btn.textContent = open ? 'Tampilkan lebih sedikit' : 'Lihat semua UPTD';
}
function updatePadTodayDate() {
  var el = document.getElementById('padUpdateDate'); if (!el) return;
  var d = new Date(); el.textContent = 'Update ' + d.getDate() + ' ' + BULAN[d.getMonth()] + ' ' + d.getFullYear();
}
document.querySelectorAll('.mobile-menu a').forEach(function (l) { l.addEventListener('click', function () { document.getElementById('mobileMenu').classList.remove('open'); }); });
document.addEventListener('click', function () { var d = document.getElementById('appDropdown'); if (d) d.classList.remove('open'); });
var sf = document.getElementById('navSearchForm'); if (sf) sf.addEventListener('submit', handleNavSearch);
updatePadTodayDate();
hydrateContent();
initPpidPortal();
