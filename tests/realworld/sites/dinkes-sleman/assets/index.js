// Compact working rewrite of the Dinas Kesehatan Sleman client (Vite 5 + React 18 + react-router-dom 6,
// src/App.jsx, src/pages/Layout.jsx and the components/pages it mounts), without React. Every included route
// is served index.html; this script draws what the app draws: Navbar (hover dropdowns, menu-name search),
// the route's sidebar, the page and the Footer. No API: all content is hard-coded in the components.
const root = document.getElementById('root');
const css = document.createElement('style');
css.textContent = '.group{position:relative}.group>.dd{display:none;position:absolute}.group:hover>.dd{display:block}' +
  '[hidden]{display:none}table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px}';
document.head.appendChild(css);

const path = location.pathname.replace(/\/+$/, '') || '/';
const here = path; // react-router resolves <Link to="#"> / <Link to=""> against the current location

// Navbar.jsx Menu1
const Menu1 = [
  { name: 'Profil', link: '/profil/visi_misi' },
  { name: 'Berita', link: '/berita' },
  { name: 'Layanan', link: '/##', dropdown: [
    { name: 'Perijinan Kesehatan', link: '/perijinan_kesehatan' },
    { name: 'Unduh', link: '/unduh/laporan_tahunan' },
    { name: 'Agenda', link: '/agenda' },
    { name: 'Galeri', link: '/galeri' }] },
  { name: 'Info Publik', link: '/###', dropdown: [
    { name: 'Informasi Setiap Saat', link: '/setiap_saat/iku' },
    { name: 'Informasi Serta Merta', link: '/serta_merta' },
    { name: 'Informasi Berkala', link: '/berkala' }] },
  { name: 'Sertifikat', link: '/####', dropdown: [
    { name: 'Sertifikat Produksi', link: '/sertifikat_produksi' },
    { name: 'Sertifikat Sanitasi', link: '/sertifikat_laik' }] },
  { name: 'E-PPID', link: 'https://ppid.slemankab.go.id' },
];

function navbar() {
  const items = Menu1.map((m) => `<li class="group"><a href="${m.link}">${m.name}${m.dropdown ? ' &#9662;' : ''}</a>` +
    (m.dropdown ? `<div class="dd"><ul>${m.dropdown.map((s) => `<li><a href="${s.link}">${s.name}</a></li>`).join('')}</ul></div>` : '') +
    '</li>').join('\n      ');
  return `<div class="navbar">
  <div class="mobile-head"><a href="#"><img src="/assets/logo.jpeg" alt="Logo"><p>Dinas Kesehatan Sleman</p></a>
    <p>Website Resmi Dinas Kesehatan Sleman</p>
    <button id="hamburger" aria-label="menu">&#9776;</button></div>
  <div class="desktop">
    <ul class="menu">
      <li><a href="/#"><img src="/assets/logo.jpeg" alt="Logo"><p>Dinas Kesehatan Sleman</p></a></li>
      ${items}
      <li><form id="search-form"><input type="text" placeholder="" id="search-q"><svg aria-hidden="true" width="16" height="16"></svg></form></li>
    </ul>
  </div>
  <div id="search-popup" hidden><h1>Pencarian tidak ditemukan</h1><span id="search-close">&#10005;</span></div>
  <div id="mobile-menu" hidden></div>
</div>`;
}

function wireNavbar() {
  // handleSearch: the first top-level menu item whose name contains the query; else a 5-second popup
  document.getElementById('search-form').onsubmit = (e) => {
    e.preventDefault();
    const q = document.getElementById('search-q').value.toLowerCase();
    const r = Menu1.find((m) => m.name.toLowerCase().includes(q));
    if (r) { location.href = r.link; return; }
    const p = document.getElementById('search-popup');
    p.hidden = false; setTimeout(() => { p.hidden = true; }, 5000);
  };
  document.getElementById('search-close').onclick = () => { document.getElementById('search-popup').hidden = true; };
  const mm = document.getElementById('mobile-menu');
  document.getElementById('hamburger').onclick = () => {
    mm.innerHTML = '<ul>' + Menu1.map((m) => `<li><a href="${m.link}">${m.name}</a></li>`).join('') + '</ul>';
    mm.hidden = !mm.hidden;
  };
}

function footer() {
  const kontak = [
    ['Alamat : Jl. Rorojonggrang No.6, Beran, Tridadi, Sleman, Daerah Istimewa Yogyakarta (55511)', '/#'],
    ['Telp : (0274) 868409', '/#about'], ['Fax : (0274) 868409', '/#contact'],
    ['Email: dinkes@slemankab.go.id', '/#blog'], [' web: http://dinkes.slemankab.go.id', '/#blog']];
  const stat = [['Total visitors:      1497862', '/#'], ['Visitor today : 44', '/#about'], ['Visitor yesterday : 381', '/#about'],
    ['Visitor last week : 1921', '/#about'], ['Visitor per day : 268', '/#about'], ['visitor currently online : 3', '/#contact'],
    ['Counter starts on : 3 January 2011', '/#blog']];
  const li = (a) => a.map(([t, h]) => `<li><a href="${h}">${t}</a></li>`).join('');
  return `<div class="footer">
  <div><h1><img src="/assets/logo.jpeg" alt="" width="40">Dinas Kesehatan Sleman</h1>
    <iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3953.67!2d110.354!3d-7.7187!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x2e7a58ca23acf74b%3A0x4288252dd3a41611!2sDinas%20Kesehatan%20Kabupaten%20Sleman!5e0!3m2!1sen!2sid" height="250"></iframe>
    <div><a href="#">Instagram</a> <a href="#">Facebook</a> <a href="#">LinkedIn</a></div></div>
  <div><h1>Kontak</h1><ul>${li(kontak)}</ul></div>
  <div><h1>Statistik Pengunjung</h1><ul>${li(stat)}</ul></div>
  <div class="to-top">&#8593;</div>
</div>`;
}

function sidebarProfil() {
  const items = [['Visi dan Misi', '/profil/visi_misi'], ['Struktur Organisasi', '/profil/organisasi'], ['Tugas dan Fungsi', '/profil/tugas_fungsi'],
    ['Dasar Hukum', '/profil/dasar_hukum'], ['Profil Kadinkes', '/profil/profil_kadinkes']];
  return `<div class="sidebar"><div>Profil</div><ul>${items.map(([n, l]) => `<li><a href="${l}">${n}</a></li>`).join('')}</ul></div>`;
}

// SidebarInfo.jsx: parents with a dropdown link "#" and only show their items once clicked
const infoItems = [
  { name: 'Indikator Kinerja Utama', link: '/setiap_saat/iku' },
  { name: 'Laporan', link: '#', dropdown: [['Laporan Tahunan', '/setiap_saat/laporan_tahunan'], ['Laporan Kinerja', '/setiap_saat/lkjp']] },
  { name: 'Layanan', link: '#', dropdown: [['Standar Pelayanan Minimal', '/setiap_saat/spm'], ['Perjanjian Kinerja', '/setiap_saat/pk']] },
  { name: 'Profil', link: '/setiap_saat/status' },
  { name: 'Rencana', link: '#', dropdown: [['Rencana Aksi', '/setiap_saat/ra'], ['Rencana Kerja Perangkat Daerah', '/setiap_saat/renja'], ['Rencana Strategis', '/setiap_saat/renstra']] },
  { name: 'Peraturan Bupati', link: '/setiap_saat/perbup' },
];
function sidebarInfo() {
  return `<div class="sidebar"><div>Info Setiap Saat</div><ul>${infoItems.map((m, i) => `<li>` +
    (m.dropdown ? `<a href="${here}#" data-dd="${i}">${m.name} &#8964;</a><ul data-sub="${i}" hidden>${m.dropdown.map(([n, l]) => `<li><a href="${l}">${n}</a></li>`).join('')}</ul>`
      : `<a href="${m.link}">${m.name}</a>`) + '</li>').join('')}</ul></div>`;
}
function wireSidebarInfo() {
  document.querySelectorAll('[data-dd]').forEach((a) => {
    a.onclick = (e) => {
      e.preventDefault();
      const i = a.getAttribute('data-dd');
      document.querySelectorAll('[data-sub]').forEach((u) => { u.hidden = u.getAttribute('data-sub') !== i ? true : !u.hidden; });
    };
  });
}

function docTable(title, rows) {
  return `<div class="doc-box"><div><div><h4>${title}</h4><table><thead><tr><th>No</th><th>Nama</th><th>Aksi</th></tr></thead><tbody>` +
    rows.map((r, i) => `<tr><td>${i + 1}</td><td><a class="" href="#">${r}</a></td><td><button>Lihat</button></td></tr>`).join('') +
    '</tbody></table></div></div></div>';
}

const pages = {
  '/': () => `<div class="home">
  <div class="hero">
    <div class="slide"><h1><a href="/artikel4">Tingkatkan Kapasitas Puskesmas, Dinkes Sleman Selenggarakan Orientasi Integrasi Pelayanan Kesehatan Primer</a></h1>
      <p>Senin (22/4) Kepala Dinas Kesehatan Kabupaten Sleman, dr. Hendra Wicaksana, M.Kes membuka secara resmi Orientasi Integrasi Pelayanan Kesehatan Primer bagi...</p>
      <a href="/artikel4">Lihat Detail</a> <a href="/artikel4"><img src="/assets/hero/g2.png" alt=""></a></div>
    <div class="slide"><h1><a href="/artikel5">Selamat Hari Raya Idul Fitri 1445 H</a></h1>
      <p>Kepala Dinas Kesehatan Kabupaten Sleman beserta seluruh jajaran menghaturkan Selamat Hari Raya Idul Fitri 1445 H. Mohon maaf lahir dan...</p>
      <a href="/artikel5">Lihat Detail</a> <a href="/artikel5"><img src="/assets/hero/g1.jpeg" alt=""></a></div>
    <div class="slide"><h1><a href="/artikel6">Dialog Interaktif Tetap Sehat dan Bugar Saat Lebaran</a></h1>
      <p>Mudik pada Hari Raya Idul Fitri merupakan fenomena yang umumnya terjadi di Indonesia. Kabupaten Sleman menjadi salah satu tujuan mudik...</p>
      <a href="/artikel6">Lihat Detail</a> <a href="/artikel6"><img src="/assets/hero/g3.jpg" alt=""></a></div>
  </div>
  <div><h1>Layanan Lainnya</h1></div>
  <div class="cards">
    <a href="https://inspektorat.slemankab.go.id/whistleblowersystem/"><div>Sleman Whistleblower System</div></a>
    <a href="/fasilitas_kesehatan"><div>Fasilitas Kesehatan</div></a>
    <a href="/media_promosi/iklan"><div>Media Promosi Kesehatan</div></a>
    <a href="/infografis/piramida"><div>Data &amp; Infografis</div></a>
  </div>
  <div><h1>Informasi Terbaru</h1></div>
  <div class="news">
    <div><a href="/artikel1"><img src="/assets/artikel/artikel.jpeg" alt=""></a><a href="/artikel1"><h1>Implementasikan PKAT, Dinkes Sleman Raih Apresiasi Kemenkes RI</h1></a>
      <a href="/artikel1"><p>Sebagai wujud apresiasi atas penyelenggaraan Pemeriksaan Kesehatan Anak Terintegrasi (PKAT), Dinas Kesehatan Kabupaten Sleman sukses raih penghargaan dari Kementerian Kesehatan...</p></a><p>13 May 2024</p></div>
    <div><a href="/artikel2"><img src="/assets/artikel/a2.jpeg" alt=""></a><a href="/artikel2"><h1>Empat Tenaga Kesehatan Sleman Raih Juara Nakesdan Tingkat DIY Tahun 2024</h1></a>
      <a href="/artikel2"><p>Prestasi membanggakan kembali diraih Tenaga Kesehatan Kabupaten Sleman pada tahun 2024. Sebanyak empat orang sabet Juara I Tenaga Kesehatan Teladan...</p></a><p>12 May 2024</p></div>
    <div><a href="/artikel3"><img src="/assets/artikel/a3.png" alt=""></a><a href="/artikel3"><h1>Simulasi Bencana dalam Peringatan Hari Kesiapsiagaan Bencana (HKB)</h1></a>
      <a href="/artikel3"><p>Dinas Kesehatan Kabupaten Sleman menyelenggarakan simulasi bencana. Agenda ini merupakan bagian dalam mendukung Peringatan Hari Kesiapsiagaan Bencana di Daerah Istimewa...</p></a><p>26 April 2024</p></div>
    <div><a href="/artikel4"><img src="/assets/artikel/a4.png" alt=""></a><a href="/artikel4"><h1>Tingkatkan Kapasitas Puskesmas, Dinkes Sleman Selenggarakan Orientasi Integrasi Pelayanan...</h1></a>
      <a href="/artikel4"><p>Senin (22/4) Kepala Dinas Kesehatan Kabupaten Sleman, dr. Hendra Wicaksana, M.Kes membuka secara resmi Orientasi Integrasi Pelayanan Kesehatan Primer bagi...</p></a><p>24 April 2024</p></div>
  </div>
  <div><h1>Informasi Lainnya</h1></div>
  <div class="lainnya">
    <a href="https://dinkes.slemankab.go.id/wp-content/uploads/2024/03/IKM-sem-2-2023.jpg"><img src="/assets/slide/grafik1.jpg" alt=""></a>
    <a href="https://lapor.slemankab.go.id"><img src="/assets/slide/lapor.jpg" alt=""></a>
    <a href="/jendela_husada"><img src="/assets/slide/husada.png" alt=""></a>
    <a href="/wolly_nyoman"><img src="/assets/slide/wolly.jpg" alt=""></a>
  </div>
  <div id="respond"><h3 id="reply-title">Komentar <small><a rel="nofollow" id="cancel-comment-reply-link" href="/slhs-tpp/#respond" style="display:none">Cancel reply</a></small></h3>
    <form id="commentform" novalidate><p><span id="email-notes">Berikan Komentar anda untuk website ini.</span> <span class="required">*</span></p>
      <label for="comment">Comment *</label> <textarea id="comment" name="comment" required></textarea>
      <label for="author">Name *</label> <input id="author" name="author" type="text" required>
      <label for="email">Email *</label> <input id="email" name="email" type="email" required>
      <label for="url">Website</label> <input id="url" name="url" type="url">
      <p><input id="wp-comment-cookies-consent" name="consent" type="checkbox"> <label>Save my name, email, and website in this browser for the next time I comment.</label></p>
      <p class="form-submit"><button type="submit" id="submit">Kirim Komentar</button></p></form>
    <div id="toast" hidden></div></div>
</div>`,

  '/profil/visi_misi': () => `<div><article class="page"><header><h1>Visi dan Misi</h1></header><div class="entry-content">
  <p>VISI </p><p>“Terwujudnya Sleman sebagai Rumah Bersama yang Cerdas, Sejahtera, Berdaya Saing, Menghargai Perbedaan dan Memiliki Jiwa Gotong Royong”</p>
  <p>MISI </p>
  <p><span>1.</span><span>Menciptakan tata kelola pemerintahan yang baik dengan dukungan teknologi untuk meningkatkan kualitas pelayanan kepada masyarakat. ...</span></p>
  <p><span>2.</span><span>Meningkatkan kualitas sumber daya manusia melalui pelayanan pendidikan dan kesehatan yang berkualitas dan terjangkau. ...</span></p>
  <p>STRATEGI </p><p>Strategi yang dipergunakan dalam rangka menyelenggarakan misi tersebut untuk mencapai Sleman Sehat adalah sebagai berikut:</p>
  <p><strong>- Strategi mewujudkan misi 1</strong><span>Dalam upaya mewujudkan misi 1, strategi yang dilakukan Dinas Kesehatan yaitu meningkatkan kinerja Dinas Kesehatan dan UPTnya melalui peningkatan kualitas sistem manajemen mutu ...</span></p>
  <table><tbody><tr><td>a.</td><td>Meningkatkan kualitas pelayanan publik melalui peningkatkan kapasitas sumberdaya Dinas Kesehatan dengan penerapan <em>good governance</em>.</td></tr>
  <tr><td>b.</td><td>Meningkatkan kualitas sumberdaya manusia di bidang kesehatan untuk meningkatkan daya saing.</td></tr>
  <tr><td>f.</td><td>Penerapan anggaran berbasis kinerja.</td></tr></tbody></table>
  <p><strong>- Strategi mewujudkan misi 2</strong><span>Dalam upaya mewujudkan misi 2, terdapat beberapa strategi yang dilakukan antara lain: ...</span></p>
</div></article></div>`,

  '/profil/organisasi': () => `<div><div><div><h1>Struktur Organisasi</h1></div><div><div><img src="/assets/organisasi.png"></div></div></div></div>`,

  '/berkala': () => {
    const imgs = (names) => names.map((n) => `<a href="${here}"><div><img src="/assets/berkala/${n}" alt=""></div></a>`).join('');
    return `<div class="container"><div><div><h1>Informasi Berkala</h1></div>
  <div><p>Profil Kesehatan</p><div class="slick">${imgs(['b1.jpg', 'b2.jpg', 'b3.jpg', 'b4.jpg', 'b5.jpg', 'b6.png', 'b7.jpg'])}</div></div>
  <div class="grid">
    <div><p>Laporan Tahunan</p><div>${imgs(['t1.jpg', 't2.jpg'])}</div></div>
    <div><p>Laporan Kinerja Pemerintah (LKJP)</p><div>${imgs(['lkjp1.jpg', 'lkjp2.jpg'])}</div></div>
    <div><p>Laporan SPM Kesehatan</p><div>${imgs(['lsk1.jpg', 'lsk2.jpg'])}</div></div>
  </div>
  <div><p>Gerakan Masyarakat Hidup Sehat (GERMAS)</p><div class="slick">${imgs(['germas1.png', 'germas2.png', 'germas3.png', 'germas4.png'])}</div></div>
  <div><div><img src="/assets/berkala/sertifikat.jpg"></div></div>
</div></div>`;
  },

  '/serta_merta': () => `<div><div><div class="container"><div><h1>Informasi Serta Merta</h1></div>
  <div class="grid">
    <a href="/merta1"><div><img src="/assets/merta1.jpg" alt=""></div></a>
    <a href="/merta2"><div><img src="/assets/merta2.jpg" alt=""></div></a>
    <a href="https://covidtracer.slemankab.go.id/dashboard2/"><div><img src="/assets/merta3.jpg" alt=""></div></a>
  </div></div></div></div>`,

  '/merta1': () => `<div><div><div class="container"><div><h1>Poli dan Pencegahannya</h1></div>
  <div><h2>Mengenal Polio</h2><p>Poliomielitis atau yang bisa dikenal dengan polio merupakan kelumpuhan akut yang disebabkan karena adanya infeksi virus polio. ... Virus Polio (VP) adalah virus RNA ultra mikroskopik yang termasuk genus Enterovirus, dalam famili Picornaviridae. (Hulu, et al., 2020).</p></div>
  <div><h2>Pencegahan dan Jenis Vaksin Polio</h2><p>Imunisasi merupakan tindakan yang paling efektif dalam mencegah penyakit polio. ... Adapun jenis vaksin Polio adalah sebagai berikut:</p>
    <ol><li>Oral Polio Vaccine (OPV), ...</li><li>Monovalent Oral Polio Vaccines (mOPV1 and mOPV3), ...</li><li>Bivalent Oral Polio Vaccine (bOPV), ...</li><li>Inactivated Polio Vaccine (IPV), ...</li></ol></div>
  <div><h2>Frequently Asked Questions (FAQ / Pertanyaan yang sering diajukan)</h2>
    <h3>Apa itu polio?</h3><p>Poliomyelitis (polio) adalah penyakit yang sangat menular yang disebabkan oleh virus polio. ...</p>
    <h3>Apa saja gejala polio?</h3><p>Gejala awal polio antara lain adalah demam, kelelahan, sakit kepala, muntah, kekakuan di leher, nyeri di tungkai. ... jika ada anak usia di bawah 15 tahun yang mengalami lumpuh layuh mendadak, segera bawa anak tersebut ke puskesmas atau RS terdekat.</p>
    <h3>Apakah imunisasi polio aman?</h3><p>Sangat aman. Imunisasi polio aman dan efektif. ...</p>
    <h3>Media Edukasi Polio</h3><ol><li>Lembar Balik Imunisasi, klik disini</li><li>Poster Sub Pekan Imunisasi Nasional Polio, klik disini</li><li>Dialog Sehat Sub PIN Polio 10 Januari 2024, klik disini</li><li>Spanduk Sub PIN Polio, klik disini</li></ol>
    <h3>Rilis Berita</h3><ol>
      <li><a href="${here}">Rilis berita Sub Pekan Imunisasi Nasional Polio Kabupaten Sleman 8 Januari 2024</a></li>
      <li><a href="${here}">Surat Edaran Bupati Sleman Pelaksanaan Sub PIN Polio</a></li>
      <li><a href="${here}">Konferensi Pers Kemenkes KLB Polio Jawa Tengah dan Jawa Timur 12 Januari 2023</a></li></ol></div>
  <div><iframe width="100%" height="503" src="https://www.youtube.com/embed/6YwStX_9_-Y" title="Sub Pekan Imunisasi Nasional Polio Kab. Sleman"></iframe></div>
</div></div></div>`,

  '/setiap_saat/iku': () => docTable('Indikator Kinerja Utama (IKU)', ['Indikator Kinerja Utama Dinkes Tahun 2024', 'Indikator Kinerja Utama Dinkes Tahun 2023',
    'Indikator Kinerja Utama Dinkes Tahun 2022', 'Indikator Kinerja Utama Dinkes Tahun 2021', 'Indikator Kinerja Utama Dinkes Perubahan Tahun 2021',
    'Indikator Kinerja Utama Dinkes Tahun 2020', 'Indikator Kinerja Utama Dinkes Tahun 2019', 'SK Indikator Kinerja Utama (IKU) Dinkes Sleman']),
  '/setiap_saat/laporan_tahunan': () => docTable('Laporan Tahunan', ['Laporan Tahunan Tahun 2023', 'Laporan Tahunan Tahun 2022', 'Laporan Tugas Tahunan OPD Dinkes',
    'Lampiran I Laporan Tahunan', 'Lampiran II Laporan Tahunan', 'Lampiran III Laporan Tahunan', 'Lampiran IV Laporan Tahunan', 'Lampiran V Laporan Tahunan']),
  '/setiap_saat/lkjp': () => docTable('Laporan Kinerja Instansi Pemerintah (LKjIP)', ['Laporan Kinerja Instansi Pemerintah Tahun 2023',
    'Laporan Kinerja Instansi Pemerintah Tahun 2022', 'Laporan Akuntabilitas Kinerja Instansi Pemerintah Dinkes 2018']),
  '/setiap_saat/spm': () => docTable('Standar Pelayanan Minimal (SPM)', ['Laporan SPM Tahun 2023', 'Laporan SPM Tahun 2022',
    'SK Kadinkes tentang SPM Pengembangan', 'Lampiran SPM Pengembangan']),
};

function render() {
  let side = '';
  if (path.includes('/profil')) side = sidebarProfil();
  if (path.includes('/setiap_saat')) side = sidebarInfo();
  const page = pages[path] ? pages[path]() : '';
  root.innerHTML = navbar() + `<div class="layout">${side}<div class="outlet">${page}</div></div>` + footer();
  wireNavbar();
  if (path.includes('/setiap_saat')) wireSidebarInfo();
  const cf = document.getElementById('commentform');
  if (cf) cf.onsubmit = (e) => { // Form.jsx: validates, asks 'Apakah Anda yakin ingin mengirim komentar?', sends nothing
    e.preventDefault();
    const t = document.getElementById('toast');
    const ok = ['comment', 'author', 'email'].every((id) => document.getElementById(id).value.trim() !== '');
    t.textContent = ok ? 'Komentar berhasil diposting' : 'Mohon isi formulirnya dengan lengkap';
    t.hidden = false;
  };
}
render();
