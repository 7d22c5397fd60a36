// Compact rewrite of the site's navbar scripts (Radix NavigationMenu mega menus for 'Layanan' and 'PPID',
// and the mobile Sheet with Collapsible sections), from src/config/landing-navigation.ts,
// src/components/landing/mega-menu.tsx and src/app/landing/components/navbar/*.tsx.
(function () {
  var P = function (t, d, h) { return { title: t, description: d, href: h }; };
  var ppid = [
    { title: 'Dokumen Perencanaan', items: [
      P('Renstra', 'Rencana strategis rumah sakit', '/landing/ppid/renstra'),
      P('RKA', 'Rencana kerja dan anggaran', '/landing/ppid/rka'),
      P('DPA', 'Dokumen pelaksanaan anggaran', '/landing/ppid/dpa')] },
    { title: 'Dokumen Keuangan', items: [
      P('APBD', 'Anggaran pendapatan dan belanja daerah', '/landing/ppid/apbd'),
      P('Realisasi Anggaran', 'Laporan realisasi penggunaan anggaran', '/landing/ppid/realisasi-anggaran')] },
    { title: 'Regulasi', items: [
      P('Perwal', 'Peraturan wali kota terkait pelayanan publik', '/landing/ppid/perwal'),
      P('Perda', 'Peraturan daerah terkait pelayanan publik', '/landing/ppid/perda'),
      P('SK Direktur', 'Surat keputusan direktur rumah sakit', '/landing/ppid/sk-direktur')] },
    { title: 'Laporan', items: [
      P('LKjIP', 'Laporan kinerja instansi pemerintah', '/landing/ppid/lkjip'),
      P('Laporan Tahunan', 'Laporan tahunan rumah sakit', '/landing/ppid/laporan-tahunan')] }
  ];
  var L = '/landing/layanan/', I = '/landing/informasi/';
  var layanan = [
    { title: 'Layanan Unggulan', items: [
      P('Rawat Jalan', 'Pelayanan poliklinik umum dan spesialis', L + 'rawat-jalan'),
      P('Rawat Inap', 'Perawatan dengan fasilitas ruangan nyaman', L + 'rawat-inap'),
      P('Gawat Darurat', 'Layanan 24 jam untuk keadaan darurat', L + 'gawat-darurat')] },
    { title: 'Fasilitas', items: [
      P('Radiologi', 'X-Ray, USG, dan pemeriksaan penunjang', L + 'radiologi'),
      P('Laboratorium', 'Pemeriksaan lab lengkap dan akurat', L + 'laboratorium'),
      P('Farmasi', 'Layanan obat dan konsultasi farmasi', L + 'farmasi'),
      P('ICU', 'Unit perawatan intensif modern', L + 'icu'),
      P('Ruang Bersalin', 'Fasilitas persalinan nyaman dan aman', L + 'ruang-bersalin')] },
    { title: 'Informasi Pasien', items: [
      P('Jadwal Dokter', 'Lihat jadwal praktik dokter spesialis', I + 'jadwal-dokter'),
      P('Alur Pelayanan', 'Panduan langkah pelayanan di rumah sakit', I + 'alur-pelayanan'),
      P('Informasi Tempat Tidur', 'Ketersediaan tempat tidur rawat inap', I + 'tempat-tidur'),
      P('Cara Daftar', 'Panduan pendaftaran pasien baru', I + 'cara-daftar'),
      P('BPJS Kesehatan', 'Informasi layanan BPJS dan asuransi', I + 'bpjs')] }
  ];
  var nav = [['Beranda', '#hero'], ['Tentang Kami', '#about'], ['Layanan', null], ['Tim Medis', '#team'],
             ['PPID', null], ['Berita', '#news'], ['FAQ & Feedback', '#feedback']];
  function esc(s) { return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;'); }
  function mega(sections) {
    return '<div class="mega-menu"><div class="grid">' + sections.map(function (s) {
      return '<div><h3>' + esc(s.title) + '</h3><div>' + s.items.map(function (i) {
        return '<a href="' + i.href + '"><div><span>' + esc(i.title) + '</span></div><p>' + esc(i.description) + '</p></a>';
      }).join('') + '</div></div>';
    }).join('') + '</div></div>';
  }
  function init() {
    var vp = document.getElementById('nav-viewport');
    var open = null;
    function show(name) {
      document.querySelectorAll('.nav-trigger').forEach(function (b) {
        var on = b.getAttribute('data-menu') === name;
        b.setAttribute('aria-expanded', on ? 'true' : 'false');
        b.setAttribute('data-state', on ? 'open' : 'closed');
      });
      open = name;
      vp.innerHTML = name ? mega(name === 'ppid' ? ppid : layanan) : '';
    }
    document.querySelectorAll('.nav-trigger').forEach(function (b) {
      var name = b.getAttribute('data-menu');
      b.addEventListener('mouseenter', function () { show(name); });
      b.addEventListener('click', function () { show(open === name ? null : name); });
    });
    var navEl = vp.parentNode;
    navEl.addEventListener('mouseleave', function () { show(null); });
    var burger = document.getElementById('burger'), sheet = document.getElementById('mobile-sheet');
    var collapsed = true;
    function renderSheet() {
      sheet.innerHTML = '<nav>' + nav.map(function (n) {
        if (n[1]) return '<div><a href="' + n[1] + '">' + esc(n[0]) + '</a></div>';
        var body = '';
        if (!collapsed) {
          var secs = n[0] === 'PPID' ? ppid : layanan;
          body = '<div class="collapsible">' + secs.map(function (s) {
            return '<div class="section-title">' + esc(s.title) + '</div>' + s.items.map(function (i) {
              return '<a href="' + i.href + '">' + esc(i.title) + '</a>';
            }).join('');
          }).join('') + '</div>';
        }
        return '<div><button class="collapsible-trigger">' + esc(n[0]) + '</button>' + body + '</div>';
      }).join('') + '</nav>';
      sheet.querySelectorAll('.collapsible-trigger').forEach(function (b) {
        // one shared open state for both collapsibles, as in the source (layananOpen)
        b.addEventListener('click', function () { collapsed = !collapsed; renderSheet(); });
      });
    }
    burger.addEventListener('click', function () {
      if (sheet.hidden) { renderSheet(); sheet.hidden = false; } else { sheet.hidden = true; sheet.innerHTML = ''; }
    });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init); else init();
})();
