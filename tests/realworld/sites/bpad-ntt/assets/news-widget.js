// Compact rewrite of js/news-widget.js: the home 'Portal Berita' built from the widget's own sample items
// (Instagram posts and YouTube videos of BPAD NTT; apiEndpoint is empty). Slider, modal and autoplay left out.
(function () {
  var items = [
    { title: 'Rakor Samsat NTT 2026 Dorong Kolaborasi dan Inovasi Pendapatan Daerah', category: 'Pendapatan Daerah', date: '19 Mei 2026', url: 'https://www.instagram.com/p/DYgqbQzEzoj/' },
    { title: 'Kepala BPAD NTT Pimpin Rapat Internal Usai Pelantikan', category: 'Agenda BPAD', date: '18 Mei 2026', url: 'https://www.instagram.com/p/DYezpNHE8ca/' },
    { title: 'Samsat Keliling UPTD Kabupaten Kupang Dekatkan Layanan Pajak Kendaraan', category: 'Layanan', date: '16 Mei 2026', url: 'https://www.instagram.com/p/DYZVHfMExaT/' },
    { title: 'Tim Optimalisasi PAD Bahas Tindak Lanjut Rapat Pimpinan OPD', category: 'PAD', date: '16 Mei 2026', url: 'https://www.instagram.com/p/DYZUyMrE4_s/' },
    { title: 'Informasi Pergub NTT Nomor 13 Tahun 2025 Terkait Optimalisasi Pajak Daerah', category: 'Regulasi', date: '12 Mei 2026', url: 'https://www.instagram.com/p/DYN_vmVE8Yz/' }
  ];
  var root = document.getElementById('newsWidgetRoot'); if (!root) return;
  root.innerHTML = '<div class="nw-topbar"><div class="nw-eyebrow">Portal Berita BPAD</div><h2 class="nw-title">Kabar <span>Terkini</span> Daerah</h2>' +
    '<p class="nw-subtitle">Ringkasan informasi resmi BPAD NTT dari publikasi Instagram, siap menjadi contoh struktur data sebelum migrasi ke database/API.</p></div>' +
    '<div class="nw-section-head"><h3>Berita Terbaru</h3><a href="#berita">Lihat Semua</a></div><div class="nw-latest-grid">' +
    items.map(function (i) {
      return '<article class="nw-card"><span class="nw-category">' + i.category + '</span><h3><a href="' + i.url + '" target="_blank" rel="noopener">' +
        i.title + '</a></h3><span class="nw-date">' + i.date + '</span></article>';
    }).join('') + '</div>';
})();
