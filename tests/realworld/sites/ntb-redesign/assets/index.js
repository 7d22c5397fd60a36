// Compact working rewrite of the 'Kel 1 IMK Redesign' React app (Vite + React Router 6.23, src/App.jsx,
// components/Header, NewNavbar, Footer, Layout, SubHeader, SideMenu, ListMenu, BasicTable, LaporanTable, Card,
// Carousel, BoxHeader, pages/* and data/si-*.js, which Vite bundles into the app): same routes, texts, links and
// behaviour, without React. <Link to="#"> renders as a link to the current path (React Router drops the empty
// hash); <Link to="https://..."> as the absolute URL; the home page's buttons navigate by script (no href).
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const SVG = '<svg width="24" height="24" viewBox="0 0 24 24"></svg>';

const BERKALA = ['LKJIP Tahun 2023 Biro Pemerintahan dan Otda', 'DPA Tahun 2024 Biro Pemerintahan dan Otda', 'Laporan Realisasi Keuangan Tahun 2023', 'Laporan Tahunan 2024 Biro Pemerintahan dan Otda', 'Laporan Keuangan TA. 2023', 'DPA TA. 2024 SATPOLPP PROV. NTB', 'LAPORAN REALISASI ANGGARAN BULAN MEI 2024', 'LAPORAN REALISASI ANGGARAN BULAN APRIL 2024', 'LKjIP Dispora NTB 2023', 'PK Esselon II Dispora NTB 2024'];
const SERTA_MERTA = ['AGENDA KADIS DP3AP2KB BULAN MEI 2023', 'AGENDA KADIS DP3AP2KB BULAN JUNI 2023', 'AGENDA KADIS DP3AP2KB BULAN JULI 2023', 'AGENDA KADIS DP3AP2KB BULAN AGUSTUS 2023', 'AGENDA KADIS DP3AP2KB BULAN SEPTEMBER 2023', 'MOU UPTD PPA DAN RSJ MUTIARA SUKMA', 'Standar Biaya Perolehan Informasi Publik - BPSDMD Provinsi NTB', 'Bukti Koordinasi Pejabat Pengelola Informasi & Dokumentasi (PPID)', 'Pergub No 9 Tahun 2022 tentang Penyelenggaraan Usaha Jasa Akomodasi', 'SK Penetapan Lokasi Desa/Kelurahan Bersih Dari Narkoba Provinsi NTB Tahun 2020'];
const SETIAP_SAAT = ['Sejarah Singkat Bakesbangpol Prov NTB', 'Jumlah Dusun dan Jumlah Lingkungan Menurut Kab-Kota Se-NTB Tahun 2023', 'Jumlah Lembaga Adat Menurut Kabupaten-Kota Tahun 2023', 'SURAT EDARAN TATA CARA PENULISAN PEJABAT PENANDATANGANAN NASKAH DINAS', 'Tugas dan Fungsi PPID Dispora NTB', 'Jumlah Desa dan Kelurahan menurut Kabupaaten/Kota se-NTB Tahun 2023', 'Jumlah Desa dan Kelurahan Pesisir Tahun 2023', 'Berita Acara Pemberian Penjelasan', 'Rincian Penawaran', 'Penawaran'];
const SI_DETAIL = 'Sistem Informasi Pejabat Pengelola Informasi dan Dokumentasi (SI PPID) adalah sebuah sistem yang dirancang untuk mendukung transparansi dan keterbukaan informasi publik. PPID, atau Pejabat Pengelola Informasi dan Dokumentasi, adalah unit atau individu yang bertanggung jawab untuk mengelola dan menyediakan informasi publik kepada masyarakat. SI PPID adalah platform digital yang memfasilitasi fungsi-fungsi ini.';
const MENU = [
  ['/laporan/tahunan-ppid', 'Tahunan PPID', 'laporan'], ['/laporan/keuangan-prov-ntb', 'Keuangan Provinsi NTB', 'laporan'], ['/laporan/lkjip-prov-ntb', 'LKjIP Provinsi NTB', 'laporan'],
  ['/profil/gambaran-umum', 'Gambaran Umum', 'profil'], ['/profil/visi-misi', 'Visi Dan Misi', 'profil'], ['/profil/tugas-fungsi', 'Tugas Dan Fungsi', 'profil'], ['/profil/struktur-organisasi', 'Struktur Organisasi', 'profil'],
  ['/si-ppid/informasi-setiap-saat', 'Informasi Setiap Saat', 'si-ppid'], ['/si-ppid/informasi-berkala', 'Informasi Berkala', 'si-ppid'], ['/si-ppid/informasi-serta-merta', 'Informasi Serta Merta', 'si-ppid']];
const REDIRECT = { '/si-ppid': '/si-ppid/informasi-setiap-saat', '/laporan': '/laporan/tahunan-ppid', '/profil': '/profil/gambaran-umum' };
const state = { filter: '', page: 1, toast: false };

const header = () => `<div><header><div>
<a href="/"><img src="/images/logoPPIDNTB.png" alt="PPID Logo" loading="lazy"></a>
<div><ul><li><a href="https://www.facebook.com/humasntbprov" target="_blank">${SVG}</a></li><li><a href="https://twitter.com/NTB_Prov" target="_blank">${SVG}</a></li><li><a href="https://www.instagram.com/diskominfotikntb" target="_blank">${SVG}</a></li><li><a href="https://www.youtube.com/channel/UCuSi3ONPvUJzBFZMsL7NOxA" target="_blank">${SVG}</a></li></ul>
<div>|</div><div><a href="https://ntbprov.go.id/" target="_blank">${SVG}<div><p>WEBSITE UTAMA</p><p>NTBPROV.GO.ID</p></div></a></div></div></div></header>
<div id="navbar"><div><div><label for="menu-toggle"><svg width="20" height="20" viewBox="0 0 20 20"><title>menu</title></svg></label><input type="checkbox" id="menu-toggle" style="display:none">
<div id="menu"><nav><ul>
<li><a href="/" aria-current="page">BERANDA</a></li><li><a href="/si-ppid">SI PPID</a></li><li><a href="/profil">PROFIL</a></li><li><a href="/laporan">LAPORAN</a></li><li><a href="/berita">BERITA</a></li><li><a href="/galeri">GALERI</a></li><li><a href="/statistik">STATISTIK</a></li><li><a href="/kontak">HUBUNGI KAMI</a></li>
</ul></nav></div></div></div></div></div>`;

const footer = (here) => `<div><footer><div><div>
<div><div><h2>PPID Provinsi Nusa Tenggara Barat</h2><p>Sekretariat : Jl. Udayana No. 14 Selaparang, Kota Mataram, Nusa Tenggara Barat (Kantor Dinas Kominfotik Prov. NTB)</p><p>Unit Pelayanan Informasi dan Dokumentasi : Gedung Kemitraan, Jalan Udayana No. 14, Kota Mataram</p></div></div>
<div><div><h2>Kontak</h2><ul><li>${SVG}<p>(0370) 644264/645294</p></li><li>${SVG}<p>Fax (0370) 644264</p></li><li>${SVG}<p>ppid@ntbprov.go.id</p></li></ul></div>
<div><h2>Link Terkait</h2><ul>${['Website NTB Prov', 'NTB Satu Data', 'NTB Care', 'Corona NTB', 'NTB Mall'].map((t) => `<li>${SVG}<a href="${here}">${t}</a></li>`).join('')}</ul></div></div></div>
<hr><div><p>© 2024 <a href="">Kelompok 1 3SI3</a>. Polstat STIS.</p></div></div></footer></div>`;

const layout = (subhead, detail, inner) => `<div><div><h1>${subhead}</h1><p>${detail || ''}</p></div>${inner}</div>`;
const sideMenu = (konten, here, inner) => `<div><div><div><div style="text-transform:uppercase">${konten}</div>${MENU.filter((m) => m[2] === konten).map(([p, s]) => `<a href="${p}"${p === here ? ' class="active"' : ''}><span>&raquo;</span>${s}</a>`).join('')}</div></div><div><div>${inner}</div></div></div>`;
const pager = (pages) => `<div><div>${SVG}</div><div><button${pages <= 1 ? ' disabled' : ''}>${SVG}</button></div><p>1 / ${pages}</p><div><button${pages <= 1 ? ' disabled' : ''}>${SVG}</button></div><div>${SVG}</div></div>`;

// BasicTable: a type-to-filter box and a table whose every cell links /informasi/?judul=<cell value>
function basicTable(titles) {
  const rows = titles.map((t, i) => [String(i + 1), t]).filter((r) => !state.filter || r.join(' ').toLowerCase().includes(state.filter.toLowerCase()));
  return `<div><div><div><div><input type="text" placeholder="Cari Berita ..." value="${esc(state.filter)}" data-filter></div></div>
<div><table><thead><tr><th scope="col"><div>No</div></th><th scope="col"><div>Judul</div></th></tr></thead><tbody>
${rows.map((r) => `<tr>${r.map((c) => `<td><a href="/informasi/?judul=${esc(c)}">${esc(c)}</a></td>`).join('')}</tr>`).join('\n')}
</tbody></table></div></div></div>${pager(1)}`;
}
function laporanTable(cols, all) {
  const rows = all.filter((r) => !state.filter || r.join(' ').toLowerCase().includes(state.filter.toLowerCase()));
  return `<div><div><div><div><input type="text" placeholder="Cari Berita ..." value="${esc(state.filter)}" data-filter></div></div>
<div><table><thead><tr>${cols.map((c) => `<th scope="col"><div>${c}</div></th>`).join('')}</tr></thead><tbody>
${rows.map((r) => `<tr>${r.map((c) => `<td><p>${esc(c)}</p></td>`).join('')}</tr>`).join('\n')}
</tbody></table></div></div></div>${pager(1)}`;
}
const card = (judul, tgl, jenis, base) => `<div><a href="${base}"><div><div><img alt="Random Image" width="1080" height="1080" src="https://picsum.photos/seed/${encodeURIComponent(judul)}/200/300"></div><div><p><small><span>${tgl} </span><span>${jenis}</span></small></p><p>${judul}</p></div></div></a></div>`;
function cardList(items) {
  const pages = Math.ceil(items.length / 6);
  const cur = Math.min(state.page, pages);
  return `<div>${items.slice((cur - 1) * 6, cur * 6).map(([j, t, k]) => card(j, t, k, '/laporan/detail')).join('')}</div><div>${Array.from({ length: pages }, (_, i) => `<button data-page="${i + 1}">${i + 1}</button>`).join('')}</div>`;
}

const si = (here, title, data) => layout('SI PPID', SI_DETAIL, sideMenu('si-ppid', here, `<div><p>${title}</p>${basicTable(data)}</div>`));
const ROUTES = {
  '/': home,
  '/si-ppid/informasi-setiap-saat': (p) => si(p, 'Informasi Setiap Saat', SETIAP_SAAT),
  '/si-ppid/informasi-berkala': (p) => si(p, 'Informasi Berkala', BERKALA),
  '/si-ppid/informasi-serta-merta': (p) => si(p, 'Informasi Serta Merta', SERTA_MERTA),
  '/profil/gambaran-umum': (p) => layout('Profil', 'Gambaran Umum PPID Provinsi NTB', sideMenu('profil', p, `<div><p>Gambaran Umum PPID Provinsi NTB</p>
<div><div><img src="/images/RuangUtamaPelayanan2.jpg" alt="ruang utama" loading="lazy"><p>Latar Belakang</p><p>Keterbukaan Informasi Publik merupakan aspek yang penting dalam rangka mewujudkan penyelenggaraan negara transparan. Oleh karena itu adalah hak publik untuk memperoleh Informasi sesuai dengan peraturan perundang¬undangan. Hak atas Informasi. Hak setiap Orang untuk memperoleh Informasi juga relevan untuk meningkatkan keterlibatan masyarakat dalam proses pengambilan keputusan publik. Partisipasi masyarakat dapat terlaksana apabila adanya jaminan akan Keterbukaan Informasi Publik.</p></div></div>
<div><p>Dasar Hukum</p><p>Keberadaan Undang-undang tentang Keterbukaan Informasi Publik sangat penting sebagai landasan hukum yang berkaitan dengan (1) hak setiap Orang untuk memperoleh Informasi; (2) kewajiban Badan Publik menyediakan dan melayani permintaan Informasi secara cepat, tepat waktu, biaya ringan/proporsional, dan cara sederhana; (3) pengecualian bersifat ketat dan terbatas; (4) kewajiban Badan Publik untuk membenahi sistem dokumentasi dan pelayanan Informasi.</p>
<p>Atas dasar pemikiran tersebut, maka Pemerintah Provinsi Nusa Tenggara Barat membentuk Pejabat Pengelola Informasi dan Dokumentasi Provinsi Nusa Tenggara Barat sebagaimana tertuang dalam Peraturan Gubernur Nusa Tenggara Barat Nomor 35 Tahun 2012 Tentang Pedoman Pengelolaan Informasi dan Dokumentasi di Lingkungan Pemerintah Provinsi Nusa Tenggara Barat yang mana mangatur tata kerja, tata cara pengelolaan dan pelayanan informasi dan dokumentasi oleh Pejabat Pengelola Informasi dan Dokumentasi Pemerintah Provinsi Nusa Tenggara Barat.</p>
<p>Adapun pada Peraturan Gubernur tersebut menetapkan pemangku jabatan dalam struktur PPID Provinsi NTB adalah sebagai berikut :</p>
<ul><li>Gubernur Nusa Tenggara Barat sebagai Pembina PPID Provinsi NTB;</li><li>Wakil Gubernur Nusa Tenggara Barat sebagai Pengarah PPID Provinsi NTB;</li><li>Sekretaris Daerah Pemerintah Provinsi NTB sebagai Atasan PPID;</li><li>Ketua PPID adalah Kepala Dinas yang membidangi urusan Kominfo (Dishubkominfo Tahun 2012 s.d 2016) dan (Dinas Kominfotik Tahun 2017 s.d sekarang);</li><li>Ketua PPID dalam pelaksanaan tugas sehari-hari dibantu oleh Kepala Sekretariat, yaitu Kepala Bidang Informasi &amp; Komunikasi Publik Dinas Kominfotik dan masing-masing koordinator bidang;</li><li>Sekretariat PPID ditempatkan pada Dinas yang membidangi urusan Kominfo dan Kepala Sekretariat adalah Pejabat yang ditunjuk langsung oleh Pembina PPID melalui SK Gubernur, dalam hal ini Dinas Komunikasi Informatika &amp; Statistik Provinsi NTB;</li><li>PPID Pembantu adalah PPID yang berada pada Perangkat Daerah Lingkup Pemerintah Provinsi NTB.</li></ul></div></div>`)),
  '/profil/visi-misi': (p) => layout('Profil', 'Visi dan Misi PPID NTB', sideMenu('profil', p, `<div><p>Visi dan Misi PPID NTB</p><img src="/images/VisiMisi-PPIDNTB.jpeg" alt="visi misi" loading="lazy"></div>`)),
  '/profil/tugas-fungsi': (p) => layout('Profil', 'Tugas dan Fungsi PPID NTB', sideMenu('profil', p, `<div><p>Tugas dan Fungsi PPID NTB</p><img src="/images/TugasFungsiPPIDNTB.jpeg" alt="tugas pokok dan fungsi" loading="lazy">
<div><p>Tugas Pokok dan Fungsi</p><p>Sesuai dengan Peraturan Gubernur Nomor 35 tahun 2012 dan Surat Keputusan Gubernur Nusa Tenggara Barat Nomor 550-559 Tahun 2016 dan perubahannya , tentang Pejabat Pengelola Informasi dan Dokumentasi Provinsi Nusa Tenggara Barat Masa Bhakti 2016-2020, <span>Tugas pokok PPID Provinsi NTB</span> adalah sebagai berikut</p>
<ul><li>Mengkoordinasikan dan mengkonsolidasikan pengumpulan bahan informasi dan dokumentasi dari PPID SKPD;</li><li>Menyimpan, mendokumentasikan, menyediakan dan memberikan pelayanan informasi kepada publik;</li><li>Melakukan verifikasi informasi publik;</li><li>Melakukan uji konsekuensi atas informasi yang di kecualikan;</li><li>Melakukan pemutakhiran informasi dan dokumentasi ; dan</li><li>Menyediakan informasi dan dokumentasi untuk di akses oleh masyarakat.</li></ul>
<p>Fungsi PPID Provinsi NTB yaitu:</p><ul><li>Penghimpunan informasi publik dari seluruh SKPD lingkup pemerintah provinsi;</li><li>Penataan dan penyimpanan informasi publik yang di peroleh dari seluruh SKPD lingkup pemerintah provinsi;</li><li>Pelaksanaan konsultasi informasi publik yang termasuk dalam kategori dikecualikan dari informasi yang terbuka untuk publik;</li><li>Memfasilitasi penyelesaian sengketa informasi.</li></ul></div>
<div><p>Pembina PPID</p><div><p>Tugas Pembina : </p><p>Melakukan pembinaan terhadap pengelola layanan informasi dan dokumentasi dan seluruh rangkaian kegiatan pengelolaan informasi dan dokumentasi dilingkungan pemda;</p></div><div><p>Fungsi Pembina : </p><p>Pembinaan terhadap pengelola layanan informasi dan dokumentasi sesuai dengan mekanisme yang ditentukan.</p></div></div>
<div><p>Pengarah PPID</p><div><p>Tugas Pengarah : </p><p>Memberikan pengarahan terhadap seluruh rangkaian kegiatan pengelolaan informasi dan dokumentasi serta menjamin ketersediaan informasi secara terintegrasi dan terkoordinasi dilingkungan Pejabat Pengelola Informasi dan Dokumentasi (PPID) Provinsi Nusa Tenggara Barat;</p></div></div>
<div><p>Atasan PPID</p><div><p>Tugas Atasan PPID : </p><p>Melakukan pembinaan dan memberikan arahan dalam hal perencanaan informasi dilingkungan Pemerintah Provinsi Nusa Tenggara Barat;</p></div><div><p>Fungsi Atasan PPID : </p><ul><li>Pembinaan pengelolaan dan pelayanan informasi publik dari seluruh SKPD;</li><li>Pemberian arahan kepada SKPD dalam pengelolaan dan pelayanan informasi dan dokumentasi</li><li>Pemberian arahan kegiatan pengelolaan informasi dan dokumentasi;</li><li>Perwakilan badan publik pemerintah daerah dalam sengketa informasi publik;</li><li>Pemberian persetujuan kepada PPID Provinsi NTB atas informasi dan dokumentasi yang dapat diakses/diberikan kepada pemohon informasi;</li><li>Pemberian rekomendasi kepada PPID Provinsi NTB atas hasil uji konsekuensi informasi yang dikecualikan;</li><li>Penerima keberatan atas penolakan dari pemohon informasi publik;</li><li>Pemberian tanggapan atas keberatan yang di ajukan oleh pemohon informasi dalam jangka waktu paling lambat 30 (tiga puluh) hari kerja sejak diterimanya laporan keberatan secara tertulis; dan</li><li>Pemberian persetujuan atas pertimbangan PPID Provensi NTB terkait dengan setiap kebijakan yang di ambil untuk memenuhi hal setiap pemohon informasi.</li></ul></div></div>
<div><p>Ketua PPID</p><div><p>Tugas Ketua PPID</p><p>Mengkoordinasikan perencana, pelaksanaan, pengendalian dan evaluasi pelayanan informasi dan dokumentasi ;</p></div></div>
<div><p>Seketraris PPID</p><div><p>Tugas sekretaris yaitu :</p><p>Mengkoordinasikan, mengkonsolidasikan program dan kegiatan yang dilakukan oleh PPID SKDP, melaksanakan tugas-tugas lain yang diberikan oleh atasan PPID;</p></div></div>
<div><p>BIDANG PELAYANAN DAN PENGELOLAAN INFORMASI</p><div><p>Tugas Bidang Pelayanan dan Pengelolaan Informasi yaitu :</p><p>Memberikan pelayanan informasi publik dan mengelola informasi sesuai dengan mekanismen internal PPID.</p></div></div>
<div><p>BIDANG PENYELESAIAN SENGKETA INFORMASI</p><div><p>Tugas Bidang Penyelesaian Sengketa Informasi yaitu :</p><p>Melakukan advokasi dan mewakili institusi dalam menyelesaikan sengketa informasi.</p></div></div>
<div><p>BIDANG PENGOLAHAN DATA DAN DOKUMENTASI INFORMASI</p><div><p>Tugas Bidang Pengolahan Data dan Dokumentasi Informasi yaitu :</p><p>Mengolah data yang akan disajikan sebagai informasi publik, melakukan klasifikasi jenis informasi dan mendokumentasikan informasi yang telah dikuasai.</p></div></div>
<div><p>STAF SEKRETARIAT</p><div><p>Tugas Staf Sekretariat yaitu :</p><p>Membantu sekretariat dalam hal penghimpunan, penataan, penyampaian dan pengelolaan informasi publik.</p></div></div></div>`)),
  '/profil/struktur-organisasi': (p) => layout('Profil', 'Struktur Organisasi PPID NTB', sideMenu('profil', p, `<div><p>Struktur Organisasi PPID NTB</p><img src="/images/SrukturOrganisasiPPIDNTB.png" alt="struktur organisasi" loading="lazy"></div>`)),
  '/laporan/tahunan-ppid': (p) => layout('Laporan Tahunan', 'Laporan ini bertujuan untuk memberikan gambaran menyeluruh tentang kegiatan, kinerja, dan inisiatif yang telah dilakukan oleh PPID dalam mendukung transparansi dan akses informasi publik.', sideMenu('laporan', p, cardList(['', '1', '2', '3', '4', '2', '3', '4', '2', '3', '4'].map((n) => ['Laporan tahunan' + n, '20 Juni 2024', 'PPID'])))),
  '/laporan/keuangan-prov-ntb': (p) => layout('Laporan Keuangan', 'Dokumen yang memuat informasi terperinci mengenai kondisi keuangan dan pengelolaan dana yang dilakukan oleh PPID Provinsi NTB selama satu tahun tertentu.', sideMenu('laporan', p, cardList([['2023', 'PPID'], ['2021', 'PPID'], ['2022', 'Provinsi'], ['2023', 'Provinsi'], ['2024', 'Provinsi'], ['2023', 'Provinsi'], ['2024', 'Provinsi'], ['2023', 'Provinsi'], ['2024', 'Provinsi'], ['2023', 'Provinsi'], ['2024', 'Provinsi']].map(([y, k]) => ['Laporan Keuangan Provinsi NTB Tahun ' + y, '20 Juni 2024', k])))),
  '/laporan/lkjip-prov-ntb': (p) => layout('Laporan LKjIP', 'Laporan ini menjadi salah satu instrumen penting dalam upaya meningkatkan transparansi dan akuntabilitas pemerintah daerah, serta memberikan akses informasi yang lebih luas kepada masyarakat.', sideMenu('laporan', p, cardList(['', '1', '2', '3', '4', '1', '2', '3', '1', '2', '3'].map((n) => ['Laporan lkjip ntb' + n, '20 Juni 2024', 'PPID'])))),
  '/laporan/detail': () => layout('Detail Laporan', '', `<nav aria-label="Breadcrumb"><ol><li><a href="/laporan">${SVG}Laporan</a></li><li aria-current="page"><div>${SVG}<span>Detail Laporan</span></div></li></ol></nav>
<div><div><div><h1>SPBE terbaru NTB ditargetkan tuntas diakhir 2024</h1><button data-toast>Unduh Laporan</button>
${state.toast ? `<div id="toast-success" role="alert"><div>${SVG}<span>Check icon</span></div><div>Laporan berhasil diunduh <br> \`pura-pura aja\`</div><button type="button" aria-label="Close" data-toast><span>Close</span>${SVG}</button></div>` : ''}
<div><div><img alt="Random Image" loading="lazy" width="1080" height="1080" src="https://picsum.photos/seed/undefined/200/300"><p>21 Juni 2024 | Kegiatan Statistik Lainnya</p><br>
<div>Di sebuah kota kecil yang indah, hiduplah seorang pria bernama Arman yang bekerja sebagai desainer grafis. Setiap hari, dia pergi ke kafe favoritnya untuk bekerja sambil menikmati kopi. [...] <br><br>Seiring berjalannya waktu, Arman dan Sinta semakin dekat. [...]<br></div></div></div></div></div></div>`),
  '/laporan/pelayanan-informasi': () => `<div><div><h1>Laporan Pelayanan Informasi</h1>${laporanTable(['No', 'Tanggal', 'Informasi yang Diminta', 'OPD', 'Status', 'Waktu Pemenuhan', 'Alasan'], [[1, '10 Juni, 2024', 'Data statistik migrasi internal dan internasional di Provinsi Nusa Tenggara Barat selama lima tahun terakhir.', 'dpmpddukcapilntb', 'Ditolak', 2, '-kami tidak menguasai informasi yang diminta']])}</div></div>`,
  '/laporan/pelayanan-keberatan': () => `<div><div><h1>Laporan Pelayanan Keberatan</h1>${laporanTable(['No', 'Tanggal', 'Informasi yang Diminta', 'Status', 'Waktu Pemenuhan', 'Alasan Pengajuan'], [
    [1, '24 Mei, 2024', 'wNNuGjVEVM', 'Menunggu', 0, 'Permohonan Informasi Di Tolak , Permintaan Informasi Tidak Dipenuhi , Informasi Berkala Tidak Disediakan , Penyalahgunaan Wewenang Pejabat PPID , Informasi Disampaikan Melebihi Jangka Waktu Yang Ditentukan , Biaya Yang Dikenakan Tidak Wajar , Permintaan Informasi Tidak Ditanggapi , Permintaan Informasi Ditanggapi Tidak Sebagaimana Yang Diminta'],
    [2, '24 Mei, 2024', 'wNNuGjVEVM', 'Menunggu', 0, 'Permintaan Informasi Ditanggapi Tidak Sebagaimana Yang Diminta , Informasi Berkala Tidak Disediakan , Permintaan Informasi Tidak Ditanggapi , Penyalahgunaan Wewenang Pejabat PPID , Permintaan Informasi Tidak Dipenuhi , Permohonan Informasi Di Tolak , Biaya Yang Dikenakan Tidak Wajar']])}</div></div>`,
  '/formulir/permohonan-informasi': () => `<div><div><h1>Formulir Permohonan Informasi</h1>
<p>Jika Anda tidak menemukan informasi yang Anda butuhkan pada halaman Daftar Informasi Publik atau file tidak dapat di unduh, silahkan gunakan form di bawah ini untuk meminta informasi serta dilengkapi dengan SCAN IDENTITAS diri/kelompok. Khusus permohonan informasi yang mengatasnamakan kelompok/organisasi agar menyertakan scan ijin resmi pendirian organisasi. Demi keamanan dan kenyamanan permohonan dan penggunaan informasi, PPID Provinsi NTB hanya akan memproses permohonan informasi dari pemohon yang menyertakan identitas diri lengkap dan resmi.</p>
<form><div><label>Nama Lengkap*</label><input type="text"></div><div><label>Alamat*</label><input type="text"></div><div><label>Pekerjaan*</label><input type="text"></div>
<div><label>Identitas*</label><select><option value="">-- Jenis Identitas --</option><option value="ktp">KTP</option><option value="sim">SIM</option></select></div>
<div><label>No Identitas*</label><input type="text"></div><div><label>Scan Identitas*</label><input type="file"></div><div><label>Telpon / HP*</label><input type="text"></div>
<div><label>SKPD Tujuan Permohonan Informasi*</label><select><option value="">-- SKPD Tujuan --</option></select></div>
<div><label>Rincian Informasi Yang Dibutuhkan*</label><textarea></textarea></div><div><label>Tujuan Penggunaan*</label><textarea></textarea></div>
<div><label>Cara Mendapatkan Salinan Informasi*</label><select><option value="">-- Cara Mendapatkan --</option></select></div>
<div><label>Cara Pengambilan Informasi*</label><select><option value="">-- Cara Pengambilan --</option></select></div>
<button type="submit">Kirim Permohonan</button></form></div></div>`,
  '/formulir/pengajuan-keberatan': () => `<div><div><h1>Formulir Pengajuan Keberatan</h1>
<p>Jika anda tidak puas dengan pelayanan atas permohonan informasi publik serta penyalahgunaan wewenang yang anda temui, silahkan gunakan form di bawah ini untuk mengajukan keberatan. Silahkan isikan form di bawah sesuai dengan keberatan yang akan anda laporkan. Demi keamanan dan kenyamanan pengajuan keberatan, PPID Provinsi NTB hanya akan memproses keberatan dari pemohon yang menyertakan identitas diri lengkap dan resmi.</p>
<form><div><label>Nama Lengkap*</label><input type="text"></div>
<div><label>Identitas*</label><select><option value="">-- Jenis Identitas --</option><option value="ktp">KTP</option><option value="sim">SIM</option></select></div>
<div><label>No Identitas*</label><input type="text"></div><div><label>Scan Identitas*</label><input type="file"></div><div><label>Informasi yang Diminta*</label><textarea></textarea></div>
<div><label>Alasan Pengajuan Keberatan*</label><div>${['Permohonan Informasi Ditolak', 'Informasi Berkala Tidak Disediakan', 'Permintaan Informasi Tidak Ditanggapi', 'Permintaan Informasi Ditanggapi Tidak Sebagaimana Yang Diminta', 'Permintaan Informasi Tidak Dipenuhi', 'Biaya Yang Dikenakan Tidak Wajar', 'Informasi Disampaikan Melebihi Jangka Waktu Yang Ditentukan', 'Penyalahgunaan Wewenang Pejabat PPID'].map((t) => `<label><input type="checkbox"> ${t}</label>`).join('')}</div></div>
<div><label>Keterangan Tambahan*</label><textarea></textarea></div><button type="submit">Kirim Keberatan</button></form></div></div>`,
  '/kontak': () => `<div><div><p>Kontak Kami</p></div><div><div><div><iframe src="https://www.google.com/maps/embed?pb=!1m14!1m8!1m3!1d31561.86469763236!2d116.102117!3d-8.573573!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x2dcdc0a05868bf9d%3A0x873f581b2730c881!2sDinas%20Komunikasi%20Informatika%20dan%20Statistik%20Prov%20NTB!5e0!3m2!1sid!2sid!4v1718273473073!5m2!1sid!2sid" width="100%" height="320" loading="lazy"></iframe></div>
<div><div><h2>PPID Provinsi Nusa Tenggara Barat</h2><p><span>Sekretariat :</span> Jl. Udayana No. 14 Selaparang, Kota Mataram, Nusa Tenggara Barat (Kantor Dinas Kominfotik Prov. NTB)</p><p><span>Pelayanan Informasi dan Dokumentasi :</span> Gedung Kemitraan, Jalan Udayana No. 14, Kota Mataram</p><p><span>Telp : </span>(0370) 644264/645294</p><p><span>Fax : </span>(0370) 644264</p><p><span>Email : </span>ppid@ntbprov.go.id</p></div></div></div>
<div><form><div><label for="nama">Nama</label><input type="text" id="nama" required></div><div><label for="email">Email</label><input type="email" id="email" required></div><div><label for="judul-pesan">Judul Pesan</label><input type="text" id="judul-pesan" required></div><div><label for="pesan">Isi Pesan</label><textarea id="pesan" rows="4"></textarea></div><button type="submit">Submit</button></form></div></div></div>`,
};

function home() {
  const news = (list) => `<div class="carousel"><div>${list.map(([j, t, k]) => `<div>${card(j, t, k, '/berita/detail')}</div>`).join('')}</div></div>`;
  const stat = (title, data) => `<div><p>${title}</p><div>${data.map(([n, v]) => `<div><p>${v}</p><p>${n}</p></div>`).join('')}</div></div>`;
  return `<div><div><div class="carousel"><div><div><img src="/images/LobbyPendaftaran.jpg" alt="Slide 1"></div><div><img src="/images/RuangUtamaPelayanan2.jpg" alt="Slide 2"></div></div><div><button>${SVG}</button><button>${SVG}</button></div></div>
<div><button data-nav="/formulir/permohonan-informasi">Permohonan Informasi</button><button data-nav="/formulir/pengajuan-keberatan">Pengajuan Keberatan</button></div></div>
<div><div><button data-nav="/si-ppid/informasi-setiap-saat">Daftar Informasi Publik</button><button data-nav="/laporan/pelayanan-informasi">Laporan Pelayanan Informasi</button></div>
<div><button data-nav="/laporan/pelayanan-keberatan">Laporan Pelayanan Keberatan</button><button data-href="https://data.ntbprov.go.id/">Satu Data NTB</button></div>
<div><button data-href="https://v2.ppid.ntbprov.go.id/pengaduan.html">Pengaduan NTB</button><button data-href="https://corona.ntbprov.go.id/">Data Covid 19 NTB</button></div></div>
<div><h2>Berita Terbaru</h2><p>Berikut daftar berita terkini dari kegiatan Pejabat Pengelola Informasi dan Dokumentasi NTB.</p>
<div><div>${news([['SPBE terbaru NTB ditargetkan tuntas diakhir 2021', '20 Juni 2021', 'PPID'], ['SPBE terbaru NTB ditargetkan tuntas diakhir 2021', '20 Juni 2021', 'Provinsi'], ['Diskominfotik targetkan 100 persen Badan Publik NTB diakhir 2022', '20 Juni 2022', 'Pelatihan']])}</div>
<div>${news([['SPBE terbaru NTB ditargetkan tuntas diakhir 2025', '20 Juni 2024', 'PPID'], ['PPID, Sarana Efektif Pendukung Transformasi Digital', '20 Juni 2024', 'Provinsi'], ['SPBE terbaru NTB ditargetkan tuntas diakhir 2026', '20 Juni 2024', 'Pelatihan']])}</div></div>
<div><div class="carousel"><div>${stat('Statistik Informasi Publik', [['DIP Berkala', 1447], ['DIP Serta Merta', 61], ['DIP Setiap Saat', 194]])}${stat('Statistik Permohonan Informasi', [['Menunggu', 16], ['Diproses', 7], ['Dipenuhi', 121], ['Ditolak', 12]])}</div><div><button>${SVG}</button><button>${SVG}</button></div></div></div></div></div>`;
}

function render() {
  let path = location.pathname;
  if (REDIRECT[path]) { path = REDIRECT[path]; history.replaceState(null, '', path); }  // <Navigate to=... />
  const page = ROUTES[path];
  // an unknown path matches no <Route>: header and footer around nothing
  document.getElementById('root').innerHTML = `<div>${header()}${page ? page(path) : ''}${footer(path)}</div>`;
  const f = document.querySelector('[data-filter]');
  if (f && state.filter) { f.focus(); f.setSelectionRange(f.value.length, f.value.length); }
}
function go(href) { state.filter = ''; state.page = 1; state.toast = false; history.pushState(null, '', href); render(); window.scrollTo(0, 0); }
document.addEventListener('click', (e) => {
  const n = e.target.closest('[data-nav]');
  if (n) { go(n.dataset.nav); return; }
  const x = e.target.closest('[data-href]');
  if (x) { window.location.href = x.dataset.href; return; }
  const t = e.target.closest('[data-toast]');
  if (t) { state.toast = !state.toast; render(); return; }
  const pg = e.target.closest('[data-page]');
  if (pg) { state.page = +pg.dataset.page; render(); return; }
  const a = e.target.closest('a[href^="/"]');
  if (a && !a.target) { e.preventDefault(); go(a.getAttribute('href')); }
});
document.addEventListener('input', (e) => {
  if (e.target.matches('[data-filter]')) { state.filter = e.target.value; render(); }
});
window.addEventListener('popstate', render);
render();
