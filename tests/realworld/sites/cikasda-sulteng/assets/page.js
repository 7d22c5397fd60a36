// Compact rewrite of app/page.tsx ('use client'): after mounting, the home page asks Supabase for
// konten_landing and dokumen_publik (both readable by anyone under RLS) and replaces 'Memuat data informasi
// publik...' with four KategoriCard boxes; the supabase.auth.getUser() call finds no session for a guest, so the
// header keeps 'Masuk' / 'Ajukan Permohonan' (/daftar). The Supabase REST answers are the seeded tables of
// supabase/migrations/0001_init.sql, served as JSON files (dokumen_publik has no seed: an empty array).
(function () {
  var KEYS = [
    { key: 'berkala', label: 'Informasi Berkala', badge: 'Rutin' },
    { key: 'serta_merta', label: 'Informasi Serta Merta', badge: 'Darurat' },
    { key: 'setiap_saat', label: 'Informasi Setiap Saat', badge: 'On-Demand' },
    { key: 'dikecualikan', label: 'Informasi Dikecualikan', badge: 'Terbatas' }
  ];
  function esc(s) { return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;'); }
  function card(title, description, badge, count, href) {
    return '<div class="bg-white rounded-2xl border border-slate-200 p-6 shadow-sm flex flex-col justify-between h-full"><div>' +
      '<div class="flex items-center justify-between mb-4"><span class="text-[11px] font-bold uppercase">' + esc(badge) + '</span>' +
      '<span class="text-xs font-bold text-slate-400">' + count + ' File</span></div>' +
      '<h3 class="text-lg font-extrabold text-slate-900 mb-2">' + esc(title) + '</h3>' +
      '<p class="text-xs text-slate-600 font-medium leading-relaxed mb-6">' + esc(description) + '</p></div>' +
      '<a href="' + href + '" class="w-full text-center text-xs font-bold py-2.5 rounded-lg block mt-4">Lihat Dokumen (' + count + ') →</a></div>';
  }
  function render(konten, dokumen) {
    var grid = document.getElementById('kategori-grid');
    if (!grid) return;
    var html = '<div class="grid grid-cols-1 md:grid-cols-2 lg:grid-cols-4 gap-6">';
    KEYS.forEach(function (c) {
      var k = konten.filter(function (x) { return x.section_key === c.key; })[0];
      var n = dokumen.filter(function (d) { return d.kategori_key === c.key; }).length;
      html += card((k && k.judul) || c.label, (k && k.isi_teks) || 'Dokumen resmi yang dikelola oleh PPID CIKASDA Sulteng.', c.badge, n, '/informasi/' + c.key);
    });
    grid.innerHTML = html + '</div>';
  }
  function get(u) { return fetch(u).then(function (r) { return r.ok ? r.json() : []; }).catch(function () { return []; }); }
  function start() {
    Promise.all([get('/rest/v1/konten_landing.json'), get('/rest/v1/dokumen_publik.json')]).then(function (r) { render(r[0], r[1]); });
    var b = document.getElementById('mobile-menu-button');
    if (b) b.addEventListener('click', function () {
      var m = document.getElementById('mobile-menu');
      if (m) { m.parentNode.removeChild(m); return; }
      m = document.createElement('div'); m.id = 'mobile-menu';
      m.innerHTML = '<a href="/login">Masuk Akun</a> <a href="/daftar">Ajukan Permohonan Baru</a>';
      b.parentNode.parentNode.appendChild(m);
    });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();
