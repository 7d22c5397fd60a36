// Compact rewrite of the Vite bundle of silhquette/Web-Kota-Probolinggo (resources/js/app.jsx, Layouts/GuestLayout.jsx,
// Components/Dropdown.jsx, Components/Footer.jsx, Components/ArticleCard.jsx and the Pages/* the PPID part uses):
// reads the server's data-page JSON and builds what the browser shows. As in Dropdown.jsx the three menu panels
// (Profil, Layanan Publik, Statistik) are mounted only after a click on their button, and a second-level submenu
// (Profil > Kota Probolinggo / PPID, Layanan Publik > Keberatan Permohonan Informasi) only while the pointer is over it.
(function () {
  var app = document.getElementById('app');
  var page = JSON.parse(app.dataset.page);
  var P = page.props || {};
  var esc = function (t) { return String(t == null ? '' : t).replace(/[&<>"]/g, function (c) { return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}[c]; }); };
  var cut = function (t, n) { return t.length > n ? t.substring(0, n) + '...' : t; };

  var menus = {
    'Profil': [
      {label: 'Kota Probolinggo', submenu: [
        ['Sejarah Kota Probolinggo', '/profile/sejarah-kota'], ['Lambang Daerah', '/profile/lambang-daerah'],
        ['Visi & Misi Kota Probolinggo', '/profile/visi-misi'], ['Gambaran Umum Kota probolinggo', '/profile/gambaran-umum'],
        ['Daftar Nama Pejabat', '/profile/pejabat'], ['Walikota Probolinggo', '/profile/walikota-probolinggo'],
        ['Tupoksi Pemerintah Kota', '/profile/tupoksi-pemerintah'], ['Maskot Kota', '/profile/maskot-kota'],
        ['Struktur Pemerintahan', '/profile/struktur-pemerintahan'], ['LHKPN', '/profile/lhkpn'], ['Daftar Penghargaan', '/profile/penghargaan']]},
      {label: 'PPID', submenu: [
        ['Profil PPID', '/ppid/profil'], ['Visi dan Misi', '/ppid/visi-misi'], ['Tupoksi', '/ppid/tupoksi'],
        ['Struktur Organisasi PPID', '/ppid/struktur'], ['SK & SOP PPID', '/ppid/sk-sop'], ['Maklumat Pelayanan', '/ppid/maklumat'],
        ['PPID Pembantu', '/ppid/pembantu']]}
    ],
    'Layanan Publik': [
      {label: 'Tata Cara Pengajuan', link: '/layanan/tata-cara-pengajuan'},
      {label: 'Keberatan Permohonan Informasi', submenu: [
        ['Keberatan Informasi Online', 'https://docs.google.com/forms/d/e/1FAIpQLSdwXO3EDV_ZLsZzc6iXBY9kDIpKmiG2SGjnUkBV_0d6nYbrmQ/formResponse'],
        ['Formulir Keberatan Permohonan Informasi', '/layanan/form-keberatan-permohonan']]},
      {label: 'Jumlah Pembohon Informasi', link: '/layanan/jumlah-pemohon'},
      {label: 'Laporan Tahunan', link: '/layanan/laporan-tahunan'},
      {label: 'Laporan Akuntabilitas Kinerja', link: '/layanan/laporan-akuntabilitas'},
      {label: 'Aspirasi dan Pengaduan', link: '/layanan/aspirasi-pengaduan'}
    ],
    'Statistik': [
      {label: 'Data Statistik Kota Probolinggo', link: '/statistic/data-statistik'},
      {label: 'Daftar Data Kota Probolinggo', link: '/statistic/daftar-kota'}
    ]
  };

  function navbar() {
    var dd = Object.keys(menus).map(function (name) {
      return '<div class="relative dropdown" data-menu="' + esc(name) + '"><div class="h-full flex items-stretch cursor-pointer trigger"><button>' +
        '<span>' + esc(name) + '</span></button></div><div class="panel"></div></div>';
    }).join('');
    return '<div class="w-full bg-white fixed top-0 z-10"><div class="flex w-full justify-between">' +
      '<a href="/"><img src="/assets/images/logo.jpeg" alt="Logo PPID"></a>' +
      '<div class="flex gap-12 w-full"><a href="/">Beranda</a>' + dd + '<a href="/article">Berita</a></div>' +
      '<form class="search"><input type="text" value="" placeholder="Cari Berita"><button type="submit">Cari</button></form>' +
      '</div></div>';
  }
  function panel(name) {
    return '<div class="absolute z-50 mt-2 rounded-md shadow-lg"><div class="rounded-md py-1 bg-white">' + menus[name].map(function (item, i) {
      return '<div class="item" data-i="' + i + '"><div><a href="' + esc(item.link || '#') + '">' + esc(item.label) + '</a>' +
        (item.submenu ? '<span class="chevron">&rsaquo;</span>' : '') + '</div><div class="sub"></div></div>';
    }).join('') + '</div></div>';
  }
  function footer() {
    var left = [['Badan Perencanaan Pembangunan Daerah dan Penelitian Pengembangan', 'http://bappedalitbang.probolinggokota.go.id/'],
      ['Badan Kepegawaian dan Pengembangan SDM', 'http://bkpsdm.probolinggokota.go.id/'], ['Badan Penanggulangan Bencana Daerah', 'http://bpbd.probolinggokota.go.id/'],
      ['Dinas Komunikasi dan Informatika', 'https://diskominfo.probolinggokota.go.id/'], ['Dinas Perhubungan', 'http://dishub.probolinggokota.go.id/'],
      ['Dinas Pendidikan dan Kebudayaan', 'https://dikbud.probolinggokota.go.id/']];
    var mid = [['Sekretariat Daerah Kota Probolinggo', 'https://setda.probolinggokota.go.id/'], ['Bagian Hukum', 'https://bag-hukum.probolinggokota.go.id/'],
      ['Inspektorat', 'http://inspektorat.probolinggokota.go.id/'], ['RSUD Dr. Moch. Saleh', 'http://rsud.probolinggokota.go.id/en/'],
      ['Sekretariat Dewan', 'https://setwan.probolinggokota.go.id/'], ['Sekretariat KPUD', 'https://kota-probolinggo.kpu.go.id/']];
    var kec = [['Kecamatan Mayangan', 'https://kec-mayangan.probolinggokota.go.id/'], ['Kecamatan Kedopok', 'http://kec-kedopok.probolinggokota.go.id'],
      ['Kecamatan Wonoasih', 'http://kec-wonoasih.probolinggokota.go.id/'], ['Kecamatan Kanigaran', 'http://kec-kanigaran.probolinggokota.go.id/'],
      ['Kecamatan Kademangan', 'http://kec-kademangan.probolinggokota.go.id/']];
    var links = function (l) { return l.map(function (x) { return '<div><a href="' + x[1] + '">' + esc(x[0]) + '</a></div>'; }).join(''); };
    return '<div class="footer"><div class="grid"><div><h2>LINK BADAN / DINAS</h2><div>' + links(left) + '<div>[...]</div></div></div>' +
      '<div><h2>LINK BAGIAN / KANTOR</h2><div>' + links(mid) + '<div>[...]</div></div><h2>LINK KECAMATAN</h2><div>' + links(kec) + '</div></div>' +
      '<div><h2>KONTAK PPID</h2><div><div>Sekretariat kami berada di</div><div>Dinas Komunikasi dan Informatika Kota Probolinggo</div>' +
      '<div>Jl. Dr. Moch Saleh No. 05 Probolinggo</div><div>Telp/ Fax: (0335) 422135</div><div>E-Mail : diskominfo@probolinggokota.go.id</div></div>' +
      '<div><div>Jam Layanan :</div><div>Senin – Kamis : 08.00 – 16.00 WIB</div><div>Istirahat : 12.00 – 13.00 WIB</div><div>Jum’at : 08.00 – 11.00 WIB</div></div>' +
      '<div><div>Desk Informasi :</div><div>(0335) 422135</div><div>(0335) 420155</div></div>' +
      '<div><div>atau dapat menghubungi kami melalui :</div><div>Gmail: ppid.kota.sampel@gmail.com</div></div>' +
      '<iframe src="https://www.google.com/maps/embed?pb=!1m14!2sDiskominfo%20Kota%20Probolinggo" height="200" loading="lazy"></iframe></div></div></div>' +
      '<div class="copyright"><div>Diskominfo Kota Probolinggo 2024</div></div>';
  }
  function layout(inner) {
    return '<div class="min-h-screen flex flex-col">' + navbar() + '<div class="w-full pt-16 py-4 pb-12 bg-white">' + inner + '</div>' + footer() + '</div>';
  }
  var verified = '<div class="flex gap-4"><caption>PPID Kota Probolinggo</caption><caption>|</caption><caption>4 Agustus 2024</caption></div>';
  var dated = '<div class="flex gap-4"><caption>|</caption><caption>4 Agustus 2024</caption></div>';
  function steps(title, intro, list) {
    return '<h2>' + title + '</h2><hr>' + (intro ? '<p>' + intro + '</p>' : '') + '<ol class="list-decimal">' + list.map(function (x) { return '<li>' + x + '</li>'; }).join('') + '</ol>';
  }
  function linkList(title, h2, items) {
    return '<div><h1>' + title + '</h1>' + verified + '<div><h2>' + h2 + '</h2><hr><ol>' + items.map(function (x) {
      return '<li><a href="' + esc(x[1]) + '"><span>' + esc(x[0]) + '</span></a></li>'; }).join('') + '</ol></div></div>';
  }
  var infoHead = '<tr><th>No</th><th>Jenis Informasi</th><th>Ringkasan Informasi</th><th>Jenis</th><th>Diumumkan</th><th>Jangka Waktu</th><th>Link</th></tr>';
  function infoTable(title, infos, withEmpty) {
    var keys = Array.isArray(infos) ? [] : Object.keys(infos);
    var empty = (withEmpty && infos.length == 0) ? '<thead>' + infoHead + '</thead><tbody><td colspan="7"><div>Belum ada data.</div></td></tbody>' : '';
    return '<div><h1>' + title + '</h1>' + verified + '<div><table class="table-auto">' + empty + '<tbody>' + keys.map(function (k) {
      return '<tr><td colspan="7">' + esc(k) + '</td></tr>' + infoHead + infos[k].map(function (it) {
        return '<tr><td>' + it.id + '</td><td>' + esc(it.name) + '</td><td>' + esc(it.summary) + '</td><td>' + esc(it.format) + '</td><td>' +
          esc(it.announced) + '</td><td>' + esc(it.period) + '</td><td><a href="' + esc(it.link) + '">Kunjungi</a></td></tr>';
      }).join('');
    }).join('') + '</tbody></table></div></div>';
  }
  function card(a, slug) {
    return '<a href="/article/' + esc(slug || a.slug) + '" class="group"><div><img src="/assets/images/gambaran-umum-1.jpg" alt="thumbnail"></div><div><caption>' +
      esc(a.user.name) + '</caption> - <caption>' + esc(a.ago) + '</caption></div><h2>' + esc(cut(a.title, 35)) + '</h2><p>' + esc(cut(a.excerpt, 155)) +
      '</p><div>' + esc(a.category.name) + '</div></a>';
  }

  var pages = {
    'Landing/Index': function () {
      var services = [['Form Permohonan Informasi', 'https://docs.google.com/forms/d/e/1FAIpQLSdbokgEv4HFV1CD7LZcAbDfoxY5a3cSHRnWWv-ylaSWY9pSOg/viewform'],
        ['Tata Cara Permohonan', '/layanan/alur-tatacara'], ['Kanal Pengaduan Resmi Informasi', '/pengaduan-resmi'], ['Transparansi Anggaran', '/transparansi']];
      var infos = [['Daftar Informasi Publik', 'Daftar Informasi Publik Pemerintah Kota Probolinggo sesuai dengan PERKI Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik.', '/informasi'],
        ['Informasi Berkala', 'Informasi berkala adalah informasi yang diperbaharui kemudian disediakan dandiumumkan kepada publik secara rutin atau berkala sekurang-kurangnya setiap 6 bulan sekali.', '/informasi/informasi-secara-berkala'],
        ['Informasi Serta Merta', 'Informasi serta merta harus diumumkan kepada publik. Hal ini bertujuan agar masyarakat dapat mengantisipasi keadaan darurat atau bahaya sehingga dapat meminimalisir akibat/dampak buruk yang ditimbulkan.', '/informasi/informasi-serta-merta'],
        ['Informasi Setiap Saat', 'Informasi yang harus disediakan oleh Badan Publik dan siap tersedia untuk bisa langsung diberikan kepada Pemohon Informasi Publik ketika terdapat permohonan terhadap Informasi Publik tersebut.', '/informasi/informasi-setiap-saat'],
        ['Informasi Dikecualikan Penetapan dan Proses Uji Konsekuensi', 'Informasi yang tidak dapat diakses oleh pemohon informasi publik sebagaimana dimaksud dalam Undang – Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik.', '/informasi/informasi-dikecualikan']];
      var L = P.latest;
      return '<img src="/assets/images/Background/1.jpg" alt="Header Website"><div>' +
        '<div><h1>Layanan Permohonan Publik</h1><h3>Deskripsi bagian akan diletakkan di sini</h3></div><div class="services">' +
        services.map(function (s) { return '<div><a href="' + s[1] + '">' + s[0] + '</a></div>'; }).join('') + '</div>' +
        '<div><h1>Daftar Informasi Publik</h1><h3>Deskripsi bagian akan diletakkan di sini</h3></div><div class="infos">' +
        infos.map(function (s) { return '<div><div>' + s[0] + '</div><div>' + s[1] + '</div><a href="' + s[2] + '">Jelajahi</a></div>'; }).join('') + '</div>' +
        '<div><h1>Berita Terkini</h1><h3>Dapatkan informasi terbaru dari artikel yang dirilis resmi oleh PPID Kota Probolinggo</h3></div><div class="news">' +
        card(L[0]) + card(L[2], L[0].slug) + card(L[2]) + card(L[3]) + '</div>' +
        '<div><h1>Penghargaan</h1><h3>Prestasi yang didapatkan oleh PPID Kota Probolinggo dalam berbagai kategori</h3></div><div class="splide">' +
        ['Inews 2023.png', 'Infomatif 2022.png', 'Informatif 2023.png', 'KompasTV 2023.png', 'Menuju Informatif 2020.png', 'Menuju Informatif 2021.png', 'Penyedia Informasi Berkala 2021.png']
          .map(function (t) { return '<img src="/assets/images/trophies/' + t + '" alt="Image 2">'; }).join('') + '</div>' +
        '<div><h1>Link Terkait</h1><h3>Kunjungi juga halaman terkait untuk mendapatkan informasi terbaru dan terlengkap.</h3></div><div>' +
        '<div><a href="https://probolinggokota.go.id/"><img src="/assets/images/logo-probolinggo.png" alt=""></a><h3>Website Resmi Pemerintah Kota Probolinggo</h3></div>' +
        '<div><a href="https://handal.lapor.go.id/"><img src="/assets/images/logo-span.png" alt=""></a><h3>Website Resmi Sp4n-Lapor!</h3></div></div></div>';
    },
    'About/PPID/Profil': function () {
      return '<div><h1>Pejabat Pengelola Informasi dan Dokumentasi</h1>' + verified + '<img src="/assets/images/ICON-DISKOMINFO.jpg" alt="Lambang Kota">' +
        '<h2>Profil PPID Kota Probolinggo</h2><hr><p>Salam Transparansi,</p>' +
        '<p>Salah satu elemen penting dalam mewujudkan penyelenggaraan negara yang terbuka adalah hak publik untuk memperoleh Informasi sesuai dengan peraturan perundang¬undangan. [...]</p>' +
        '<p>Keberadaan Undang-¬undang tentang Keterbukaan Informasi Publik sangat penting sebagai landasan hukum yang berkaitan dengan (1) hak setiap Orang untuk memperoleh Informasi; (2) kewajiban Badan Publik menyediakan dan melayani permintaan Informasi secara cepat, tepat waktu, biaya ringan/proporsional, dan cara sederhana; (3) pengecualian bersifat ketat dan terbatas; (4) kewajiban Badan Publik untuk membenahi sistem dokumentasi dan pelayanan Informasi.</p>' +
        '<p>Setiap Badan Publik mempunyai kewajiban untuk membuka akses atas Informasi Publik yang berkaitan dengan Badan Publik tersebut untuk masyarakat luas. [...]</p>' +
        '<p>Sesuai dengan amanat pasal 13 UU No.14 Tahun 2008, Dinas Komunikasi dan Informatika Kota Probolinggo sebagai salah satu Badan Publik telah membentuk Pejabat Pengelola Informasi dan Dokumentasi (PPID) melalui Keputusan Walikota Nomor : 188.45/14/KEP/425.012/2012 Tentang Pejabat Pengelola Informasi dan Dokumentasi (PPID) dan Pejabat Pengelola Informasi dan Dokumentasi (PPID) Pembantu Kota Probolinggo. Dengan terbentuknya PPID pemohon informasi sesuai dengan haknya dapat memperoleh informasi public yang dihasilkan oleh Kementerian Komunikasi dan Informatika sesuai dengan ketentuan dalam UU No. 14 Tahun 2008.</p></div>';
    },
    'About/PPID/VisiMisi': function () {
      return '<div><h1>Visi dan Misi PPID Kota Probolinggo</h1>' + dated + '<img src="/assets/images/gambaran-umum-1.jpg" alt="Pemandangan Kota"><div>' +
        '<h2>Visi</h2><hr><p>Terwujudnya pelayanan informasi yang transparan dan akuntabel untuk memenuhi hak pemohon informasi sesuai dengan ketentuan peraturan perundang-undangan</p>' +
        '<h2>Misi</h2><hr><ol><li>Meningkatkan pengelolaan dan pelayanan informasi yang berkualitas</li><li>Membangun dan mengembangkan system penyediaan dan layanan informasi</li><li>Meningkatkan kopetensi sumberdaya manusia</li></ol>' +
        '<h2>Prioritas Pembangunan</h2><hr><p>Cepat, Tepat, Murah dan Sederhana</p></div></div>';
    },
    'About/PPID/Tupoksi': function () {
      return '<div><h1>Tupoksi PPID Kota Probolinggo</h1>' + dated + '<img src="/assets/images/gambaran-umum-1.jpg" alt="Pemandangan Kota"><div>' + steps('Fungsi dan Tugas', 'Fungsi dan Tugas PPID Kota Probolinggo sebagai berikut:', [
        'Merencanakan, melaksanakan, mengkoordinasikan, dan mengendalikan mengumpilkan bahan informasi, mengklasifikasikan informasi, mendokumentasikan informasi dan memberikan pelayanan informasi dari PPID Pembantu;',
        'Menyimpan, mendokumentasikan, menyediakan dan/atau memberikan pelayanan informasi kepada publik;',
        'Melakukan verifikasi bahan informasi publik dari PPD Pembantu sesuai tugas pokok dan fungsi organisasi;',
        'Melakukan uji konsekuensi atas informasi publik yang dikecualikan;',
        'Melakukan, menyediakan pemutakhiran informasi dan dokumentasi agar dapat diakses oleh masyarakat;',
        'Melaksanakan advokasi pengaduan dan penyelesaian sengketa informasi publik']) + '</div></div>';
    },
    'About/PPID/Struktur': function () {
      return '<div><h1>Struktur PPID Kota Probolinggo</h1>' + dated + '<div><img src="/assets/images/strukturPPID.jpeg" alt="Struktur Pemerintahan Kota"></div></div>';
    },
    'About/PPID/Maklumat': function () {
      return '<div><h1>Maklumat Pelayanan PPID Kota Probolinggo</h1>' + dated + '<div><img src="/assets/images/maklumat.jpeg" alt="Maklumat PPID Pemerintahan Kota"></div></div>';
    },
    'About/PPID/Pembantu': function () {
      return '<div><h1>PPID Pembantu</h1>' + verified + '<div><table class="table-auto"><thead><tr><th>No</th><th>Perangkat Daerah </th><th>Alamat</th><th>No.Tlp / Fax</th><th>Kepala Perangkat Daerah</th></tr></thead><tbody>' +
        P.officers.map(function (o) { return '<tr><td>' + o.id + '</td><td>' + esc(o.division) + '</td><td>' + esc(o.address) + '</td><td>' + esc(o.phone) + '</td><td>' + esc(o.head) + '</td></tr>'; }).join('') +
        '</tbody></table></div></div>';
    },
    'Layanan/TataCaraPengajuan': function () {
      return '<div><h1>Tata Cara Pengajuan Informasi</h1>' + verified + '<div><h2>Tata Cara Pengajuan Informasi</h2><hr><ol>' + [
        'Menerima pengaduan masyarakat melalui lisan, tulisan, E-mail, faksimili.', 'Mencatat pengaduan ke dalam register pengaduan.',
        'Meneruskan pengaduan masyarakat kepada Kepala Bidang Pelayanan PPID Kota Probolinggo.', 'Meneruskan tentang pengaduan masyarakat/publik tersebut kepada PPID Kota Probolinggo.',
        'Jika pengaduan kepada OPD lain, maka meneruskan pengaduan tersebut kepada OPD yang dituju.'].map(function (x) { return '<li><span>' + x + '</span></li>'; }).join('') +
        '<li>Pengaduan juga dapat dilaporkan di <a href="https://handal.lapor.go.id/">lapor SP4N</a> dan <a href="https://ppid.probolinggokota.go.id/wp-content/uploads/2021/09/STANDAR-OPERASIONAL-PROSEDUR-SOP-View-Probolinggo.pdf">View Probolinggo</a></li></ol></div></div>';
    },
    'Layanan/FormKeberatanPermohonan': function () {
      var f = 'https://ppid.probolinggokota.go.id/wp-content/uploads/2014/12/FORMULIR-PERNYATAAN-KEBERATAN.pdf';
      return '<div><h1>Formulir Keberatan Permohonan Informasi</h1><a href="' + f + '"><p>Unduh Formulir Permohonan Informasi</p></a></div><iframe src="' + f + '" frameborder="0"></iframe>';
    },
    'Layanan/FormPermohonanInformasi': function () {
      var f = 'https://ppid.probolinggokota.go.id/wp-content/uploads/2014/12/FORMULIR-PERMOHONAN-INFORMASI.pdf';
      return '<div><h1>Formulir Permohonan Informasi</h1><a href="' + f + '"><p>Unduh Formulir Permohonan Informasi</p></a></div><iframe src="' + f + '" frameborder="0"></iframe>';
    },
    'Layanan/JumlahPemohon': function () {
      var u = 'https://ppid.probolinggokota.go.id/wp-content/uploads/';
      return linkList('Jumlah Pemohon Informasi', 'Daftar Jumlah Pemohon Informasi', [
        ['Daftar Pemohon Informasi Publik Pada PPID Kota Probolinggo Tahun 2023', u + '2023/09/daftar-pemohon-informasi-publik-2023.pdf'],
        ['Daftar Pemohon Informasi Publik Pada PPID Kota Probolinggo Tahun 2022', u + '2023/09/daftar-pemohon-informasi-publik-2022.pdf'],
        ['Daftar Pemohon Informasi Publik Pada PPID Kota Probolinggo Tahun 2021', u + '2022/10/daftar-pemohon-informasi-publik-2022.pdf'],
        ['Daftar Pemohon Informasi Publik Pada PPID Kota Probolinggo Tahun 2020', u + '2021/09/Daftar-Pemohon-Informasi-Publik-2020.pdf'],
        ['Daftar Pemohon Informasi Publik Pada PPID Kota Probolinggo Tahun 2019', 'https://drive.google.com/file/d/140sEvm8q2dFfK6oDxK-ZjJq_TAYQWmCJ/view?usp=sharing']]);
    },
    'Layanan/LaporanTahunan': function () {
      var u = 'https://ppid.probolinggokota.go.id/wp-content/uploads/';
      return linkList('Laporan Tahunan PPID Kota Probolinggo', 'Daftar Laporan Tahunan PPID', [
        ['Laporan Tahunan PPID Kota Probolinggo Tahun 2023', u + '2024/05/LLID-PPID-UTAMA-2024.pdf'],
        ['Laporan Tahunan PPID Kota Probolinggo Tahun 2022', u + '2023/03/LLID-PPID-UTAMA-2022.pdf'],
        ['Laporan Tahunan PPID Kota Probolinggo Tahun 2021', u + '2023/03/LLID-PPID-UTAMA-2021.pdf'],
        ['Laporan Tahunan PPID Kota Probolinggo Tahun 2020', u + '2021/09/Daftar-Pemohon-Informasi-Publik-2020-1.pdf'],
        ['Laporan Tahunan PPID Kota Probolinggo Tahun 2019', 'https://drive.google.com/file/d/1Ukruv6cYFgK3ENsvMZdxaqyCe9Xc0IiX/view?usp=sharing']]);
    },
    'Layanan/LaporanAkuntabilitas': function () {
      return linkList('Laporan Akuntabilitas Kinerja PPID Kota Probolinggo', 'Daftar Laporan Akuntabilitas Kinerja PPID', [
        ['LKPJ Wali Kota Kota Probolinggo Tahun 2022', 'https://drive.google.com/file/d/163AhU2mQLQAvcmewuAzJqQJEWi1HpVLD/view'],
        ['LKJLP Wali Kota Kota Probolinggo Tahun 2021', 'https://ppid.probolinggokota.go.id/wp-content/uploads/2022/08/LKjIP-2021-WALI-KOTA-PROBOLINGGO.pdf'],
        ['LKPJ Wali Kota Kota Probolinggo Tahun 2021', 'https://ppid.probolinggokota.go.id/wp-content/uploads/2022/08/LKPJ-2021.pdf'],
        ['LKPJ Wali Kota Kota Probolinggo Tahun 2020', 'https://probolinggokota.go.id/uploads/myportal/files/lkpj-2020-full-fix.pdf'],
        ['LKPJ Wali Kota Kota Probolinggo Tahun 2019', 'https://bappedalitbang.probolinggokota.go.id/wp-content/uploads/2020/10/LKPJ-2019-fix.pdf']]);
    },
    'Layanan/AspirasiPengaduan': function () {
      var u = 'http://ppid.probolinggokota.go.id/wp-content/uploads/2023/09/LAPORAN-PENGADUAN-PEMERINTAH-KOTA-PROBOLINGGO-TAHUN-';
      return '<div><h1>Aspirasi dan Pengaduan</h1>' + dated + '<div><h1>Formulir Keberatan Permohonan Informasi</h1>' +
        '<a href="https://ppid.probolinggokota.go.id/wp-content/uploads/2014/12/FORMULIR-PERNYATAAN-KEBERATAN.pdf"><p>Unduh Formulir Keberatan Permohonan Informasi</p></a></div>' +
        '<iframe src="' + u + '2023.pdf" frameborder="0"></iframe><div><h2>Laporan Pengaduan Pemerintah Kota Probolinggo</h2><hr><ol>' +
        [['2023', u + '2023.pdf'], ['2022', u + '2022.pdf'], ['2021', u.replace('http:', 'https:') + '2021.pdf']].map(function (x) {
          return '<li><a href="' + x[1] + '"><span>Laporan Pengaduan Pemerintah Kota Probolinggo Tahun ' + x[0] + '</span></a></li>'; }).join('') + '</ol></div></div>';
    },
    'Layanan/PengaduanResmi': function () {
      return '<div><h1>Kanal Pengaduan Resmi Informasi</h1>' + verified + '<div><h2>Kanal Pengaduan Resmi Informasi</h2><hr>' +
        '<p>Warga Kota Probolinggo dapat menyampaikan pengaduan kepada Pemerintah Kota Probolinggo melalui salah satu kanal berikut :</p><ol>' + [
        'Call Center 112 (kegawatdaruratan)', 'SP4N Lapor! (di-link-kan ke lapor.go.id)', 'Laporo Rek! (LPPL Suara Kota Probolinggo 101,7FM)',
        'Media Sosial Pemerintah Kota Probolinggo (FB n IG Pemkot sebutin)', 'VIEW Probolinggo', 'email : ppid.kota.sampel@gmail.com',
        'sekretariat PPID Kota Probolinggo - Jalan dr. Moh. Saleh No. 5 Kota Probolinggo'].map(function (x) { return '<li><span>' + x + '</span></li>'; }).join('') + '</ol></div></div>';
    },
    'Layanan/TataCaraPermohonan': function () {
      return '<h1>Alur dan Tata Cara Permohonan</h1><div class="cards">' + [['Permohonan Informasi', '/layanan/tata-cara-permohonan-informasi'],
        ['Keberatan Informasi', '/layanan/tata-cara-keberatan-informasi'], ['Sengketa Informasi Publik', '/layanan/tata-cara-sengketa-informasi'],
        ['Alasan Pengajuan Keberatan', '/layanan/alasan-pengajuan-keberatan']].map(function (x) { return '<a href="' + x[1] + '"><div></div><p>' + x[0] + '</p></a>'; }).join('') + '</div>';
    },
    'Layanan/PermohonanInformasi': function () {
      return '<div><h1>Alur dan Tata Cara Permohonan Informasi Publik</h1>' + verified + '<img src="/assets/images/alur-permohonan-informasi.jpeg" alt="Pemandangan Kota"><div>' +
        steps('Permohonan Informasi', 'Berikut ini merupakan alur permohonan informasi pada PPID Kota Probolinggo :', [
        'Pemohon informasi datang langsung ke desk layanan informasi di ruang PPID Kota Probolinggo.',
        'Mengisi buku tamu PPID dan mengisi formulir permohonan informasi dengan melampirkan fotocopy KTP pemohon.',
        'Pemohon menuliskan data lengkap sesuai formulir permohonan informasi yang telah disediakan, termasuk menjelaskan maksud serta tujuan penggunaan informasi yang akan diminta.',
        'Petugas memberi tanda bukti penerimaan permohonan informasi publik kepada pemohon informasi.',
        'Petugas memproses permintaan permohonan informasi publik sesuai dengan formulir permintaan informasi publik yang sudah ditanda tangani pemohon informasi dan petugas.',
        'Petugas memproses formulir permohonan informasi publik serta mulai melakukan pengecekan apakah informasi yang diminta oleh pemohon, termasuk informasi yang terbuka atau dikecualikan yang kemudian diteruskan kepada PPID. Jika informasi termasuk dalam kategori informasi dikecualikan, PPID menyampaikan alasan sesuai dengan perundangan yang berlaku.',
        'Waktu untuk PPID menjawab permohonan informasi tersebut, sesuai Undang-Undang No. 14 Tahun 2008 tentang Keterbukaan Informasi Publik yaitu 10 hari kerja + 7 hari kerja.',
        'Jika informasi yang diminta termasuk dalam informasi terbuka, maka PPID akan memberitahu si pemohon informasi melalui telepon yang telah tercatat di formulir permohonan informasi ataupun melalui surat kepada pemohon informasi dengan catatan, semua biaya penggandaan dibebankan kepada pemohon informasi.',
        'Jika informasi yang diminta termasuk dalam informasi yang dikecualikan, maka PPID akan memberitahukan secara langsung melalui telepon ataupun surat kepada pemohon informasi.',
        'Jika pemohon informasi puas terhadap jawaban PPID, maka permintaan informasi selesai, namun jika tidak puas, pemohon informasi dapat mengajukan keberatan kepada PPID dengan mendatangi meja layanan informasi ataupun melalui surat.',
        'Petugas akan mencatat dan memberikan formulir keberatan informasi publik kepada pemohon informasi untuk diisi. Setelah diisi, maka petugas akan memberikan tanda bukti penerimaan keberatan informasi publik.',
        'Waktu PPID untuk menjawab keberatan ini adalah 30 hari kerja sejak diterimanya keberatan informasi publik.',
        'Jika setelah diberikan jawaban atas keberatan informasi publik oleh PPID, pemohon tidak puas, maka pemohon informasi publik dapat mengajukan sengketa informasi publik kepada Komisi Informasi Provinsi Jawa Timur.']) + '</div></div>';
    },
    'Layanan/KeberatanInformasi': function () {
      return '<div><h1>Tata Cara Pengajuan Keberatan Informasi Publik</h1>' + verified + '<img src="/assets/images/alur-keberatan-informasi.jpeg" alt="Pemandangan Kota"><div>' +
        steps('Tata Cara Pengajuan Keberatan', 'Berdasarkan Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik:', [
        'Apabila Pemohon Informasi tidak puas dengan keputusan Badan Publik (misal : menolak permintaan Anda atau memberikan hanya sebagian yang diminta), maka pemohon informasi dapat mengajukan keberatan kepada Atasan PPID dalam jangka waktu 30 (tiga puluh) hari sejak permohonan informasi ditolak/ditemukannya alasan keberatan lainnya. Atasan PPID wajib memberikan tanggapan tertulis atas keberatan yang diajukan Pemohon Informasi selambat-lambatnya 30 (tiga puluh) hari kerja sejak diterima/dicatatnya pengajuan keberatan dalam register keberatan informasi.',
        'Apabila Pemohon Informasi tidak puas dengan keputusan Atasan PPID, maka Pemohon Informasi dapat mengajukan keberatan kepada Komisi Informasi dalam jangka waktu 14 (empat belas) hari kerja sejak diterimanya keputusan Atasan PPID oleh Pemohon Informasi Publik']) + '</div></div>';
    },
    'Layanan/SengketaInformasi': function () {
      return '<div><h1>Tata Cara Pengajuan Sengketa Informasi Publik</h1>' + verified + '<div><img src="/assets/images/alur-sengketa-informasi-1.jpeg" alt="Pemandangan Kota"><img src="/assets/images/alur-sengketa-informasi-2.jpeg" alt="Pemandangan Kota"></div><div>' +
        steps('Tata Cara Penyelesaian Sengketa Informasi', 'Berikut adalah tata cara penyelesaian sengketa informasi publik melalui komisi informasi', [
        'Upaya penyelesaian Sengketa Informasi Publik diajukan kepada Komisi Informasi Provinsi Jawa Timur sesuai dengan kewenangannya apabila tanggapan atas Pejabat Pengelola Informasi dan Dokumentasi dalam proses keberatan tidak memuaskan Pemohon Informasi Publik',
        'Upaya penyelesaian Sengketa Informasi Publik diajukan dalam waktu paling lambat 14 (empat belas) hari kerja setelah diterimanya tanggapan tertulis dari atasan pejabat',
        'Komisi Informasi Provinsi Jawa Timur harus mulai mengupayakan penyelesaian Sengketa Informasi Publik melalui Mediasi dan/atau Ajudikasi nonlitigasi paling lambat 14 (empat belas) hari kerja setelah menerima permohonan penyelesaian Sengketa Informasi Publik',
        'Proses penyelesaian sengketa paling lambat dapat diselesaikan dalam waktu 100 (seratus) hari kerja.',
        'Putusan Komisi Informasi yang berasal dari kesepakatan melalui Mediasi bersifat final dan mengikat.']) + '</div></div>';
    },
    'Layanan/AlasanKeberatan': function () {
      return '<div><h1>Alasan Pengajuan Keberatan</h1>' + verified + '<div><img src="/assets/images/alasan-keberatan.jpeg" alt="Alasan pengajuan keberatan"></div></div>';
    },
    'Informasi/Index': function () { return infoTable('Daftar Informasi Publik', P.informations, false); },
    'Informasi/Berkala': function () { return infoTable('Daftar Informasi Berkala', P.informations, false); },
    'Informasi/Serta': function () { return infoTable('Daftar Informasi Serta Merta', P.informations, false); },
    'Informasi/SetiapSaat': function () { return infoTable('Daftar Informasi Setiap Saat', P.informations, false); },
    'Informasi/Kecuali': function () { return infoTable('Daftar Informasi Dikecualikan Penetapan dan Proses Uji Konsekuensi', P.informations, true); },
    'Articles/All': function () {
      // Pages/Articles/All.jsx: the server's articles are overwritten by an empty state; a ?query= is fetched from the
      // developer's machine (http://127.0.0.1:8000/api/articles), which never answers, so 'Loading...' stays.
      var q = new URLSearchParams(window.location.search).get('query');
      if (q) { try { fetch('http://127.0.0.1:8000/api/articles?query=' + encodeURIComponent(q)).catch(function (e) { console.error('Error fetching articles:', e); }); } catch (e) {} }
      return '<div><h1>Seluruh Berita</h1></div>' + (q ? '<p>Loading...</p>' : '<p>Berita tidak ditemukan.</p>');
    }
  };

  var titles = {
    'Landing/Index': 'Beranda', 'About/PPID/Profil': 'Profil PPID', 'About/PPID/VisiMisi': 'Visi dan Misi', 'About/PPID/Tupoksi': 'Tupoksi PPID',
    'About/PPID/Struktur': 'Struktur PPID', 'About/PPID/Maklumat': 'Maklumat Pelayanan', 'About/PPID/Pembantu': 'PPID Pembantu',
    'Layanan/TataCaraPengajuan': 'Pengajuan Informasi', 'Layanan/FormKeberatanPermohonan': 'Form Permohonan Informasi',
    'Layanan/FormPermohonanInformasi': 'Form Permohonan Informasi', 'Layanan/JumlahPemohon': 'Pemohon Informasi', 'Layanan/LaporanTahunan': 'Laporan Tahunan',
    'Layanan/LaporanAkuntabilitas': 'Laporan Akuntabilitas Kinerja', 'Layanan/AspirasiPengaduan': 'Aspirasi & Pengaduan',
    'Layanan/PengaduanResmi': 'Kanal Pengaduan Resmi Informasi', 'Layanan/TataCaraPermohonan': 'Alur dan Tata Cara',
    'Layanan/PermohonanInformasi': 'Permohonan Informasi', 'Layanan/KeberatanInformasi': 'Keberatan Informasi', 'Layanan/SengketaInformasi': 'Sengketa Informasi',
    'Layanan/AlasanKeberatan': 'Pengajuan Keberatan', 'Informasi/Index': 'Daftar Informasi Publik', 'Informasi/Berkala': 'Daftar Informasi Berkala',
    'Informasi/Serta': 'Daftar Informasi Serta Merta', 'Informasi/SetiapSaat': 'Daftar Informasi Setiap Saat',
    'Informasi/Kecuali': 'Daftar Informasi Dikecualikan Penetapan dan Proses Uji Konsekuensi', 'Articles/All': 'Berita'
  };
  document.title = titles[page.component] + ' - Laravel';
  app.innerHTML = layout(pages[page.component]());

  // Dropdown.jsx: a click on the trigger mounts the panel, leaving it unmounts it; hovering an item mounts its submenu.
  Array.prototype.forEach.call(app.querySelectorAll('.dropdown'), function (dd) {
    var name = dd.getAttribute('data-menu'), box = dd.querySelector('.panel');
    dd.querySelector('.trigger').addEventListener('click', function () {
      if (box.innerHTML) { box.innerHTML = ''; return; }
      box.innerHTML = panel(name);
      box.firstChild.addEventListener('mouseleave', function () { box.innerHTML = ''; });
      Array.prototype.forEach.call(box.querySelectorAll('.item'), function (it) {
        var item = menus[name][+it.getAttribute('data-i')], sub = it.querySelector('.sub');
        if (!item.submenu) return;
        it.addEventListener('mouseenter', function () { sub.innerHTML = '<div class="absolute left-full top-0">' + item.submenu.map(function (s) { return '<div><a href="' + s[1] + '">' + esc(s[0]) + '</a></div>'; }).join('') + '</div>'; });
        it.addEventListener('mouseleave', function () { sub.innerHTML = ''; });
      });
    });
  });
  // GuestLayout.jsx handleSearch: the header box goes to /article/all?query=...
  app.querySelector('form.search').addEventListener('submit', function (e) {
    e.preventDefault();
    window.location.href = '/article/all?query=' + this.querySelector('input').value;
  });
})();
