/* Compact working rewrite (no React) of what the FSHI IAIN Bone Next.js pages do in a browser after hydration:
   LanguageContext loads src/locales/id.json and every t('key') text becomes Indonesian (the server HTML
   carries the raw keys); the 'Informasi' hover dropdown, the burger menu and the language list are mounted
   only when open; the PPID page's 'Lihat' buttons open one section's table at a time (rows from
   src/data/ppid/id.ts); the home page's Supabase lists end empty here (no back end in the fixture); the
   'Tentang' tabs render one panel at a time. Only the Indonesian strings are kept. */
(function () {
  var T = {"common.readMore":"Baca Selengkapnya",
"common.seeAll":"Lihat Semua",
"common.back":"Kembali",
"common.loading":"Memuat...",
"common.error":"Terjadi Kesalahan",
"common.noData":"Belum ada data",
"common.search":"Cari",
"common.filter":"Filter",
"common.share":"Bagikan",
"nav.home":"Beranda",
"nav.information":"Informasi",
"nav.news":"Berita",
"nav.announcements":"Pengumuman",
"nav.lecturers":"Tim Kami",
"nav.about":"Tentang",
"nav.accreditation":"Akreditasi",
"nav.services":"Layanan",
"nav.contact":"Kontak",
"nav.ppid":"PPID",
"nav.virtualTour":"Tur Virtual",
"home.accredited":"Terakreditasi BAN-PT IAIN Bone",
"home.title":"Fakultas Syariah dan Hukum Islam",
"home.subtitle":"IAIN Bone",
"home.description":"Mengembangkan pemahaman mendalam tentang hukum Islam dan syariah melalui pendidikan berkualitas tinggi dengan pendekatan modern dan relevan di IAIN Bone.",
"home.learnMore":"Pelajari Lebih Lanjut",
"home.lecturers":"Tim Kami",
"home.activeStudents":"Mahasiswa Aktif FSHI",
"home.expertLecturers":"Dosen",
"home.yearsExperience":"Tahun Pengalaman",
"home.studyPrograms":"Program Studi",
"home.announcements.title":"Pengumuman",
"home.announcements.subtitle":"Informasi penting seputar kegiatan akademik dan administratif",
"home.announcements.badge":"Info",
"home.news.title":"Berita Terkini",
"home.news.subtitle":"Berita dan informasi terbaru dari Fakultas Syariah dan Hukum Islam",
"home.about.title":"Tentang Fakultas",
"home.about.description":"Fakultas Syariah dan Hukum Islam IAIN Bone berkomitmen untuk menghasilkan lulusan yang memiliki pemahaman komprehensif tentang hukum Islam dan mampu mengaplikasikannya dalam konteks modern.",
"home.testimonials.title":"Testimoni",
"home.testimonials.subtitle":"Apa kata mereka tentang Fakultas Syariah dan Hukum Islam IAIN Bone",
"home.hero.illustrationTitle":"Pendidikan Hukum Islam",
"home.hero.illustrationSubtitle":"Berbasis Syariah & Modern",
"home.dean.title":"Sambutan Dekan",
"home.dean.name":"Dr. Andi Pratama, S.H.I., M.H.",
"home.dean.position":"Dekan Fakultas Syariah dan Hukum Islam IAIN Bone",
"home.dean.quote":"Kami sangat senang dapat mempersembahkan website ini sebagai media informasi dan komunikasi bagi civitas akademika, mahasiswa, masyarakat, dan para mitra kerja. Melalui portal ini, kami berharap dapat menampilkan berbagai program studi, kegiatan akademik, dan kemahasiswaan.",
"home.dean.description":"Fakultas kami berkomitmen untuk menyelenggarakan pendidikan tinggi yang berkualitas, penelitian yang inovatif, serta pengabdian masyarakat yang bermanfaat. Melalui website ini, kami berharap dapat memberikan gambaran lengkap tentang visi, misi, program studi, kegiatan akademik, dan berbagai prestasi yang telah kami capai. Kami mengajak seluruh Civitas akademika untuk berpartisipasi aktif dalam setiap kegiatan yang kami selenggarakan. Mari bersama-sama mewujudkan visi dan misi Fakultas Syariah dan Hukum Islam untuk menciptakan lingkungan akademik yang inovatif dan moderat.",
"home.aboutCards.qualityEducation.title":"Pendidikan Berkualitas",
"home.aboutCards.practicalApproach.title":"Pendekatan Praktis",
"home.aboutCards.academicCommunity.title":"Komunitas Akademik",
"home.programs.title":"Program Studi",
"home.programs.subtitle":"Pilih program studi yang sesuai dengan minat dan karir yang Anda inginkan dalam bidang hukum Islam di IAIN Bone.",
"home.programs.constitutionalLaw.title":"Hukum Tata Negara",
"home.programs.constitutionalLaw.description":"Program studi yang mempelajari sistem ketatanegaraan Islam, konstitusi, dan hubungan antara agama dengan negara dalam perspektif hukum Islam.",
"home.programs.constitutionalLaw.learnMore":"Pelajari Lebih Lanjut",
"home.programs.familyLaw.title":"Hukum Keluarga Islam",
"home.programs.familyLaw.description":"Program studi yang fokus pada hukum keluarga dalam Islam, termasuk pernikahan, waris, dan hak-hak keluarga.",
"home.programs.familyLaw.learnMore":"Pelajari Lebih Lanjut",
"home.programs.economicLaw.title":"Hukum Ekonomi Syariah",
"home.programs.economicLaw.description":"Program studi yang mendalami hukum-hukum muamalah Islam dan aplikasinya dalam berbagai aspek kehidupan modern.",
"home.programs.economicLaw.learnMore":"Pelajari Lebih Lanjut",
"home.facilities.title":"Fasilitas",
"home.facilities.subtitle":"Fasilitas lengkap dan modern untuk mendukung proses pembelajaran yang optimal",
"home.stats.activeStudents":"Mahasiswa Aktif FSHI",
"home.stats.expertLecturers":"Dosen",
"home.stats.studyPrograms":"Program Studi",
"home.stats.yearsExperience":"Tahun Pengalaman",
"home.partnership.title":"Kerjasama",
"home.partnership.subtitle":"Bekerja sama dengan berbagai instansi untuk pengembangan pendidikan dan pengabdian masyarakat",
"home.visionMission.title":"Visi & Misi",
"announcements.noAnnouncements":"Belum ada pengumuman",
"news.noNews":"Belum ada berita",
"about.title":"Tentang Fakultas",
"about.subtitle":"Mengenal lebih dekat Fakultas Syariah dan Hukum Islam IAIN Bone",
"about.visionMission":"Visi & Misi",
"about.history":"Sejarah",
"about.structure":"Struktur Organisasi",
"about.values":"Nilai-nilai HADIS",
"about.visionMissionDescription":"Visi dan misi Fakultas Syariah dan Hukum Islam IAIN Bone dalam mengembangkan pendidikan hukum Islam yang berkualitas.",
"about.vision.title":"Visi",
"about.vision.content":"Menjadi Fakultas Rujukan yang unggul dalam pelaksanaan Tridharma Perguruan Tinggi serta menghasilkan Sumber Daya Manusia yang Religius, Humanis dan ahli pada bidang Syariah dan Hukum Islam di Kawasan Indonesia Timur.",
"about.mission.title":"Misi",
"about.mission.items.0":"Menyelenggarakan Pendidikan dan Pengajaran yang Bermutu Unggul secara teoritis maupun praktis dalam Bidang Syariah dan Hukum Islam",
"about.mission.items.1":"Mengembangkan ilmu Pengetahuan melalui Penelitian dan Publikasi ilmiah di Bidang Syariah dan Hukum Islam",
"about.mission.items.2":"Menyelenggarakan Pengabdian Masyarakat Berdasarkan Nilai Kearifan dan Keislamanan serta membangun Kemitraan dengan Lembaga Pemerintahan dan Non Pemerintah sebagai Wujud Komitmen Penguatan Kelembagaan",
"about.mission.items.3":"Menyelenggarakan Tata Pamong yang Profesional dalam Mendukung Terwujudnya Prinsip Tata Pamong Institut yang Baik (Good Governance)",
"about.historyDescription":"Perjalanan panjang Fakultas Syariah dan Hukum Islam IAIN Bone dalam mengembangkan pendidikan hukum Islam di Indonesia.",
"about.structureDescription":"Struktur organisasi Fakultas Syariah dan Hukum Islam IAIN Bone periode 2024-2028.",
"about.valuesDescription":"Nilai-nilai HADIS yang menjadi landasan dalam pengembangan Institut Agama Islam Negeri (IAIN) Bone.",
"about.valuesTitle":"Nilai-nilai Organisasi",
"about.dekan":"Dekan",
"about.pembantuDekan":"Pembantu Dekan",
"about.ketuaProdi":"Ketua Program Studi",
"about.hadis.humanis.title":"Humanis",
"about.hadis.humanis.description":"Menempatkan manusia sebagai pusat perhatian dengan pendekatan yang penuh empati, menghormati martabat setiap individu, serta menciptakan lingkungan pendidikan yang peduli dan inklusif.",
"about.hadis.adaptif.title":"Adaptif",
"about.hadis.adaptif.description":"Kemampuan beradaptasi terhadap perubahan zaman, teknologi, dan kebutuhan masyarakat dengan respons yang fleksibel serta relevan.",
"about.hadis.dedikatif.title":"Dedikatif",
"about.hadis.dedikatif.description":"Komitmen tinggi terhadap tugas akademik, pengabdian, dan profesionalisme dalam setiap aktivitas kampus.",
"about.hadis.inovatif.title":"Inovatif",
"about.hadis.inovatif.description":"Dorongan untuk selalu berinovasi baik dalam penelitian, metode pembelajaran, maupun solusi terhadap tantangan lokal maupun global.",
"about.hadis.selebritif.title":"Selebritif",
"about.hadis.selebritif.description":"Mencerminkan aspirasi untuk unggul, kreatif, dan menjadi teladan; bukan sekadar populer, tetapi prestasi yang bermakna dan memberi dampak positif luas.",
"about.hadis.acronym":"HADIS",
"about.hadis.acronymDescription":"Humanis • Adaptif • Dedikatif • Inovatif • Selebritif",
"about.hadis.footerDescription":"Nilai-nilai yang menjadi identitas dan karakter IAIN Bone dalam mengembangkan pendidikan Islam yang berkualitas dan relevan dengan kebutuhan zaman.",
"about.historyContent.p1":"Fakultas Syariah dan Hukum Islam IAIN Bone merupakan salah satu fakultas tertua di lingkungan IAIN Bone. Didirikan pada tahun 1964, fakultas ini telah berkontribusi signifikan dalam pengembangan pendidikan hukum Islam di Indonesia, khususnya di kawasan Indonesia Timur.",
"about.historyContent.p2":"Pada awal berdirinya, fakultas ini hanya memiliki satu program studi yaitu Program Studi Hukum Islam. Seiring dengan perkembangan zaman dan kebutuhan masyarakat, fakultas ini terus berkembang dan menambah program studi baru.",
"about.historyContent.p3":"Pada tahun 1980, fakultas ini membuka Program Studi Hukum Tata Negara yang fokus pada kajian hukum tata negara dari perspektif Islam. Kemudian pada tahun 1995, dibuka Program Studi Hukum Ekonomi Syariah yang bertujuan untuk menghasilkan lulusan yang ahli di bidang hukum ekonomi syariah.",
"about.historyContent.p4":"Tidak berhenti sampai di situ, pada tahun 2005, fakultas ini kembali membuka Program Studi Hukum Keluarga Islam yang fokus pada kajian hukum keluarga dalam Islam. Dengan demikian, saat ini Fakultas Syariah dan Hukum Islam IAIN Bone memiliki empat program studi yang semuanya telah terakreditasi A oleh BAN-PT.",
"about.historyContent.p5":"Selama lebih dari 50 tahun berdiri, fakultas ini telah meluluskan ribuan sarjana yang tersebar di seluruh Indonesia. Para alumni telah banyak berkontribusi dalam berbagai sektor, baik di pemerintahan, swasta, maupun masyarakat.",
"about.timeline.1964":"Berdiri Universitas Islam Raya Bone",
"about.timeline.1967":"Fakultas Syariah IAIN Alauddin Makassar di Bone",
"about.timeline.1968":"Fakultas Syariah Cabang IAIN Alauddin Makassar, program Sarjana Muda",
"about.timeline.1982":"Fakultas Madya Cabang Alauddin Makassar",
"about.timeline.1997":"Sekolah Tinggi Agama Islam Negeri (STAIN) Watampone",
"about.timeline.2005":"Fakultas Syariah menjadi Fakultas Syariah dan Hukum Islam dengan 3 program studi",
"about.timeline.2018":"Institut Agama Islam Negeri (IAIN) Bone",
"services.title":"Layanan",
"services.subtitle":"Akses berbagai layanan digital yang tersedia untuk mendukung aktivitas akademik dan administrasi",
"services.items.pmb.name":"PMB Online",
"services.items.pmb.description":"Penerimaan Mahasiswa Baru",
"services.items.tusita.name":"Tusita",
"services.items.tusita.description":"Sistem informasi akademik",
"services.items.elearning.name":"E Learning",
"services.items.elearning.description":"Pembelajaran daring kuliah dan ujian online",
"services.items.digilib.name":"Digilib",
"services.items.digilib.description":"Akses katalog, e-journal, dan layanan perpustakaan",
"services.items.repository.name":"Repository IAIN Bone",
"services.items.repository.description":"Sistem penyimpanan digital terpusat",
"services.items.perpusnas.name":"Perpusnas",
"services.items.perpusnas.description":"Perpustakaan nasional",
"services.items.layanan.name":"Layanan",
"services.items.layanan.description":"Informasi Pelayanan Publik",
"services.items.lapor.name":"Lapor !",
"services.items.lapor.description":"Layanan Aspirasi dan Pengaduan Online Rakyat",
"contact.title":"Kontak",
"contact.subtitle":"Hubungi kami",
"contact.description":"Hubungi kami untuk informasi lebih lanjut tentang Fakultas Syariah dan Hukum Islam IAIN Bone.",
"contact.contactInfo":"Informasi Kontak",
"contact.address":"Alamat",
"contact.addressValue":"Jalan Hos Cokroaminoto, Kec. Tanete Riattang, Kab. Bone",
"contact.phone":"Telepon",
"contact.phoneValue":"-",
"contact.email":"Email",
"contact.emailValue":"fshiiainbone123@gmail.com",
"contact.hours":"Jam Operasional",
"contact.hoursValue":"Senin - Jumat: 08:00 - 16:00",
"contact.followUs":"Ikuti Kami",
"contact.location":"Lokasi Kami",
"contact.viewOnMaps":"Buka di Google Maps",
"footer.facultyName":"Fakultas Syariah",
"footer.facultySubtitle":"dan Hukum Islam IAIN Bone",
"footer.description":"Fakultas Syariah dan Hukum Islam IAIN Bone mengembangkan pemahaman mendalam tentang hukum Islam dan syariah melalui pendidikan berkualitas tinggi.",
"footer.studyPrograms":"Program Studi",
"footer.information":"Informasi",
"footer.aboutUs":"Tentang Kami",
"footer.news":"Berita",
"footer.announcements":"Pengumuman",
"footer.lecturers":"Tim Kami",
"footer.contact":"Kontak",
"footer.address":"Jalan Hos Cokroaminoto, Kec. Tanete Riattang, Kab. Bone",
"footer.phone":"-",
"footer.email":"fshiiainbone123@gmail.com",
"footer.copyright":"Semua hak dilindungi.",
"ppid.title":"PPID",
"ppid.subtitle":"Pejabat Pengelola Informasi dan Dokumentasi",
"ppid.publicInfoList":"Daftar Informasi Publik",
"ppid.view":"Lihat",
"ppid.download":"Unduh",
"ppid.ctaTitle":"Terhubung Lebih Dekat dengan FSHI!",
"ppid.ctaDescription":"Punya pertanyaan seputar akademik, kegiatan, atau admisi? Kami siap membantu Anda dengan senang hati.",
"ppid.contactUs":"Hubungi Kami",
"ppid.table.no":"No",
"ppid.table.title":"Judul Informasi",
"ppid.table.summary":"Ringkasan Isi",
"ppid.table.unit":"Pejabat/Unit yang Menguasai Informasi",
"ppid.table.format":"Bentuk"};
  var SECTIONS = [{"id":"berkala","rows":[["1","Informasi IAIN Bone yang meliputi visi dan misi, tujuan serta sasaran, struktur organisasi, profil singkat pejabat struktural, peta, alamat dan kontak IAIN Bone","Informasi IAIN Bone yang meliputi visi dan misi, tujuan serta sasaran, struktur organisasi, profil singkat pejabat struktural, peta, alamat dan kontak IAIN Bone","Fungsi Kehumasan, UPT TIPD","File Digital",0],
["2","LHKPN Pimpinan","Memuat informasi LHKPN Rektor dan Wakil Rektor","SPI, Fungsi OKH","File Digital",0],
["a.","Rektor","Memuat informasi LHKPN Rektor dan Wakil Rektor","SPI, Fungsi OKH","File Digital",1],
["b.","Wakil Rektor I","Memuat informasi LHKPN Rektor dan Wakil Rektor","SPI, Fungsi OKH","File Digital",1],
["c.","Wakil Rektor II","Memuat informasi LHKPN Rektor dan Wakil Rektor","SPI, Fungsi OKH","File Digital",1],
["d.","Wakil Rektor III","Memuat informasi LHKPN Rektor dan Wakil Rektor","SPI, Fungsi OKH","File Digital",1],
["e.","Pejabat Lainnya","Memuat informasi LHKPN para pejabat yang wajib LHKPN","SPI, Fungsi OKH","File Digital",1],
["3","Program atau Kegiatan Tahun 2025","Menyediakan informasi seluruh nama program, kegiatan, penanggung jawab, sumber dan besaran anggaran serta jadwal pelaksanaan","Fungsi Perencanaan","File Digital",0],
["4","Program Strategis atau Prioritas Tahun 2025","Menyajikan informasi program strategis/prioritas yang dilengkapi sumber dan besaran anggaran, target dan realisasi penyelesaian serta penanggung jawab","Fungsi Perencanaan","File Digital",0],
["5","Kalender Akademik","Menyajikan informasi elektronik maupun data digital.","Subbagian Layanan Akademik","File Digital",0],
["6","Informasi yang berkaitan dengan hak-hak Sivitas Akademika","Menyajikan informasi yang berkaitan dengan hak-hak civitas akademik (beasiswa, hibah, UKT, Kartu Indonesia Pintar, dll)","Subbagian Layanan Akademik","File Digital",0],
["7","Informasi Penerimaan Calon Pegawai dan/atau Pejabat Negara","Menyajikan informasi elektronik tentang seleksi pegawai atau seleksi terbuka pimpinan dan sejenisnya","Fungsi OKH","File Digital",0],
["8","Ringkasan kinerja atas program/kegiatan yang telah maupun sedang dilaksanakan","Menyajikan informasi capaian realisasi kegiatan yang telah atau sedang dilaksanakan di tahun 2025 dan disertai dokumen terkait","Fungsi Perencanaan","File Digital",0],
["9","Dokumen Laporan Tahunan","Menyajikan informasi elektronik dan dokumen digital tentang laporan tahunan","Fungsi Perencanaan","File Digital",0],
["10","Laporan Keuangan","Laporan Keuangan yang telah diaudit.","Fungsi Keuangan","File Digital",0],
["a.","Laporan Keuangan yang telah diaudit","Laporan Keuangan yang telah diaudit.","Fungsi Keuangan","File Digital",1],
["b.","Realisasi Penerimaan dan Penggunaan UKT","Menyajikan informasi dalam bentuk informasi Realisasi penerimaan dan penggunaan UKT Tahun","Fungsi Keuangan","File Digital",1],
["c.","Realisasi Penggunaan Anggaran Tahun Berjalan","Menyajikan informasi dalam bentuk informasi Realisasi penerimaan dan penggunaan UKT","Fungsi Keuangan","File Digital",1],
["d.","Informasi Keuangan Lainnya","Informasi Keuangan Lainnya.","Fungsi Keuangan","File Digital",1],
["11","Ringkasan Akses Laporan Informasi Publik","Ringkasan Akses Laporan Informasi Publik","Fungsi Kehumasan, PPID","File Digital",0],
["a.","Jumlah Permintaan Informasi Publik yang diterima","Ringkasan Akses Laporan Informasi Publik","Fungsi Kehumasan, PPID","File Digital",1],
["b.","Waktu yang diperlukan dalam memenuhi setiap Permintaan Informasi Publik","Ringkasan Akses Laporan Informasi Publik","Fungsi Kehumasan, PPID","File Digital",1],
["c.","Jumlah Permintaan Informasi Publik yang dikabulkan baik sebagian atau seluruhnya dan Permintaan Informasi Publik yang ditolak","Ringkasan Akses Laporan Informasi Publik","Fungsi Kehumasan, PPID","File Digital",1],
["d.","Alasan Penolakan Permintaan Informasi Publik","Ringkasan Akses Laporan Informasi Publik","Fungsi Kehumasan, PPID","File Digital",1],
["12","Informasi Tentang Peraturan, Keputusan, dan/atau Kebijakan yang Mengikat","Informasi Tentang Peraturan, Keputusan, dan/atau Kebijakan yang Mengikat","Fungsi OKH","File Digital",0],
["a.","Daftar Rancangan dan Tahap Pembentukan","Informasi Tentang Peraturan, Keputusan, dan/atau Kebijakan yang Mengikat","Fungsi OKH","File Digital",1],
["b.","Daftar Peraturan Perundang-Undangan, Keputusan atau Kebijakan yang telah disahkan","Informasi Tentang Peraturan, Keputusan, dan/atau Kebijakan yang Mengikat","Fungsi OKH","File Digital",1],
["13","Prosedur Memperoleh Informasi Publik","Menyajikan informasi Prosedur Memperoleh Informasi Publik","Fungsi Kehumasan, PPID","File Digital",0],
["a.","Tata Cara Memperoleh Informasi Publik","Menyajikan informasi Prosedur Memperoleh Informasi Publik","Fungsi Kehumasan, PPID","File Digital",1],
["b.","Tata Cara Pengajuan Keberatan","Menyajikan informasi Prosedur Memperoleh Informasi Publik","Fungsi Kehumasan, PPID","File Digital",1],
["c.","Tata Cara Proses Penyelesaian Sengketa Informasi Publik","Menyajikan informasi Prosedur Memperoleh Informasi Publik","Fungsi Kehumasan, PPID","File Digital",1],
["14","Tata Cara Pengaduan Penyalahgunaan Wewenang atau Pelanggaran yang dilakukan oleh Pejabat Perguruan Tinggi","Menyajikan informasi Prosedur Memperoleh Informasi Publik","SPI","File Digital",0]]},{"id":"setiap-saat","rows":[["15","Daftar Informasi Publik","Menyediakan Daftar Informasi Publik terakhir yang telah ditetapkan sesuai dengan format Perki 1/2021","Fungsi Kehumasan, UPT TIPD","File Digital",0],
["16","Informasi tentang peraturan, keputusan, dan/atau kebijakan PTN Tahun 2023-2025 yang terdiri dari","Informasi tentang peraturan, keputusan, dan/atau kebijakan PTN","Fungsi OKH","File Digital",0],
["a.","Masukan-Masukan dari Berbagai Pihak atas Peraturan, Keputusan dan Kebijakan","Menyediakan daftar dokumen masukan-masukan dari berbagai pihak atas peraturan, keputusan atau kebijakan yang dibentuk","Fungsi OKH","File Digital",1],
["b.","Risalah Rapat","Menyediakan daftar dokumen risalah rapat dari proses pembentukan peraturan, keputusan atau kebijakan yang dibentuk","Fungsi OKH","File Digital",1],
["c.","Dokumen rancangan peraturan, keputusan kebijakan yang dibentuk","Menyediakan daftar dokumen rancangan peraturan, keputusan kebijakan yang dibentuk","Fungsi OKH","File Digital",1],
["d.","Dokumen tahap perumusan peraturan, keputusan atau kebijakan yang dibentuk","Menyediakan daftar dokumen tahap perumusan peraturan, keputusan atau kebijakan yang dibentuk","Fungsi OKH","File Digital",1],
["e.","Dokumen peraturan, keputusan dan/atau kebijakan yang telah diterbitkan","Menyediakan daftar dokumen peraturan, keputusan dan/atau kebijakan yang telah diterbitkan.","Fungsi OKH","File Digital",1],
["17","Informasi tentang organisasi, administrasi, kepegawaian","Informasi tentang organisasi, administrasi, kepegawaian","Fungsi OKH","File Digital",0],
["a.","Dokumen pedoman pengelolaan organisasi, administrasi, personil dan keuangan","Daftar Dokumen pedoman pengelolaan organisasi, administrasi, personil","Fungsi OKH","File Digital",1],
["b.","Dokumen profil pimpinan dan pegawai","Dokumen profil pimpinan dan pegawai","Fungsi OKH","File Digital",1],
["18","Surat menyurat pimpinan atau pejabat dalam rangka pelaksanaan tugas, fungsi, dan wewenangnya Tahun 2023-2025","Surat menyurat pimpinan atau pejabat dalam rangka pelaksanaan tugas, fungsi, dan wewenangnya Tahun 2023-2025","Bagian Umum dan Layanan Akademik","File Digital",0],
["19","Jumlah, jenis, dan gambaran umum pelanggaran yang ditemukan dalam pengawasan internal serta laporan penindakannya","Jumlah, jenis, dan gambaran umum pelanggaran yang ditemukan dalam pengawasan internal serta laporan penindakannya","SPI","File Digital",0],
["20","Data perbendaharaan atau inventaris 2023-2025","Data perbendaharaan atau inventaris 2023-2025","Bagian Umum dan Layanan Akademik","File Digital",0],
["21","Rencana Strategis IAIN Bone","Rencana Strategis IAIN Bone","Fungsi Perencanaan","File Digital",0]]},{"id":"serta-merta","rows":[["22","Berita kegiatan IAIN Bone","Berita kegiatan IAIN Bone","Fungsi Kehumasan, PPID","File Digital",0],
["23","Edaran, Instruksi dan pengumuman Rektor IAIN Bone","Edaran, Instruksi dan pengumuman Rektor IAIN Bone","Fungsi Kehumasan, PPID","File Digital",0]]}];
  function t(k) { return Object.prototype.hasOwnProperty.call(T, k) ? T[k] : k; }

  function translate(root) {
    var w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, null), n, list = [];
    while ((n = w.nextNode())) list.push(n);
    list.forEach(function (node) {
      var s = node.nodeValue, k = s.trim();
      if (k && Object.prototype.hasOwnProperty.call(T, k)) node.nodeValue = s.replace(k, T[k]);
    });
    root.querySelectorAll && root.querySelectorAll('[aria-label],[alt],[title]').forEach(function (el) {
      ['aria-label', 'alt', 'title'].forEach(function (a) {
        var v = el.getAttribute(a);
        if (v && Object.prototype.hasOwnProperty.call(T, v)) el.setAttribute(a, T[v]);
      });
    });
  }
  function el(html) { var d = document.createElement('div'); d.innerHTML = html; return d.firstElementChild; }

  function initials(name) {
    var words = name.split(/[,،]/)[0].split(/\s+/).filter(function (w) {
      var b = w.replace(/\./g, ''); return b.length > 1 && !/^(dr|د)$/i.test(b);
    });
    if (!words.length) return 'D';
    if (words.length === 1) return words[0].slice(0, 2).toUpperCase();
    return (words[0][0] + words[words.length - 1][0]).toUpperCase();
  }

  function navbar() {
    var nav = document.querySelector('nav');
    if (!nav) return;
    // brand title: first three words, then the rest + subtitle (Navbar.splitTitle)
    var h1 = nav.querySelector('a[href="/"] h1');
    if (h1) {
      var words = t('home.title').split(' ');
      var first = words.slice(0, 3).join(' '), rest = words.slice(3).join(' ');
      h1.innerHTML = first + '<br class="hidden xl:block"><span class="block xl:inline">' + (rest ? rest + ' ' : '') + t('home.subtitle') + '</span>';
    }
    // 'Informasi' dropdown (hover, 200 ms close delay)
    var btn = Array.prototype.find.call(nav.querySelectorAll('div.relative > button'), function (b) { return !b.getAttribute('aria-label'); });
    if (btn) {
      var wrap = btn.parentNode, menu = null, timer = null;
      var open = function () {
        clearTimeout(timer);
        if (menu) return;
        menu = el('<div class="absolute top-full left-0 mt-1 w-48 bg-white rounded-lg shadow-lg py-2 z-50">' +
          '<a href="/berita" class="block px-4 py-2 text-sm">' + t('nav.news') + '</a>' +
          '<a href="/pengumuman" class="block px-4 py-2 text-sm">' + t('nav.announcements') + '</a></div>');
        wrap.appendChild(menu);
      };
      var close = function () { timer = setTimeout(function () { if (menu) { menu.remove(); menu = null; } }, 200); };
      wrap.addEventListener('mouseenter', open);
      wrap.addEventListener('mouseleave', close);
    }
    // language switchers: a list of three languages (only Indonesian is kept in this rewrite)
    nav.querySelectorAll('button[aria-label="Change language"]').forEach(function (b) {
      var list = null;
      b.addEventListener('click', function () {
        if (list) { list.remove(); list = null; return; }
        list = el('<div class="absolute right-0 mt-2 w-48 bg-white rounded-lg shadow-lg py-2 z-50">' +
          '<button class="w-full flex items-center gap-3 px-4 py-2 text-sm"><span>🇮🇩</span><span>Indonesia</span></button>' +
          '<button class="w-full flex items-center gap-3 px-4 py-2 text-sm"><span>🇬🇧</span><span>English</span></button>' +
          '<button class="w-full flex items-center gap-3 px-4 py-2 text-sm"><span>🇸🇦</span><span>العربية</span></button></div>');
        list.addEventListener('click', function () { list.remove(); list = null; });
        b.parentNode.appendChild(list);
      });
    });
    // burger: mobile menu mounted when open
    var burger = nav.querySelector('button i.fa-bars');
    if (burger) {
      var mobile = null;
      burger.parentNode.addEventListener('click', function () {
        if (mobile) { mobile.remove(); mobile = null; return; }
        var items = [['/', 'nav.home'], null, ['/tim-kami', 'nav.lecturers'], ['/tentang', 'nav.about'], ['/akreditasi', 'nav.accreditation'], ['/ppid', 'nav.ppid'], ['/layanan', 'nav.services'], ['/kontak', 'nav.contact']];
        var html = '<div class="xl:hidden"><div class="px-2 pt-2 pb-3 space-y-1 bg-white/95 rounded-lg mt-2 shadow-lg">';
        items.forEach(function (it) {
          html += it ? '<a href="' + it[0] + '" class="block px-3 py-2 rounded-md text-base font-medium">' + t(it[1]) + '</a>'
            : '<div><button class="w-full flex items-center justify-between px-3 py-2 rounded-md text-base font-medium"><span>' + t('nav.information') + '</span><i class="fas fa-chevron-down text-xs ml-2"></i></button></div>';
        });
        html += '<a href="https://iain-bone.ac.id/tur-virtual/fakultas-syariah" target="_blank" rel="noopener noreferrer" class="block px-3 py-2 rounded-md text-base font-medium">' + t('nav.virtualTour') + '</a></div></div>';
        mobile = el(html);
        var sub = null, ib = mobile.querySelector('div > button');
        ib.addEventListener('click', function () {
          if (sub) { sub.remove(); sub = null; return; }
          sub = el('<div class="pl-4 mt-1 space-y-1"><a href="/berita" class="block px-3 py-2 rounded-md text-sm font-medium">' + t('nav.news') + '</a><a href="/pengumuman" class="block px-3 py-2 rounded-md text-sm font-medium">' + t('nav.announcements') + '</a></div>');
          ib.parentNode.appendChild(sub);
        });
        nav.firstElementChild.appendChild(mobile);
      });
    }
  }

  function esc(s) { return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'); }
  function ppidTable(sec) {
    var rows = sec.rows.map(function (r) {
      return '<tr class="border-t border-ink-100 ' + (r[5] ? 'bg-ink-50/60' : 'bg-white') + '"><td class="px-4 py-3">' + esc(r[0]) +
        '</td><td class="px-4 py-3 ' + (r[5] ? 'pl-8' : '') + '">' + esc(r[1]) + '</td><td class="px-4 py-3">' + esc(r[2]) +
        '</td><td class="px-4 py-3">' + esc(r[3]) + '</td><td class="px-4 py-3 whitespace-nowrap">' + esc(r[4]) + '</td></tr>';
    }).join('');
    return el('<div class="border-t border-ink-100 px-4 md:px-8 pb-8 pt-4"><div class="overflow-x-auto rounded-xl border border-ink-100"><table class="min-w-full text-sm"><thead class="bg-ink-50 text-ink-800"><tr>' +
      '<th class="px-4 py-3 text-left">' + t('ppid.table.no') + '</th><th class="px-4 py-3 text-left">' + t('ppid.table.title') + '</th><th class="px-4 py-3 text-left">' +
      t('ppid.table.summary') + '</th><th class="px-4 py-3 text-left">' + t('ppid.table.unit') + '</th><th class="px-4 py-3 text-left">' + t('ppid.table.format') +
      '</th></tr></thead><tbody>' + rows + '</tbody></table></div></div>');
  }
  function ppidPage() {
    var cards = document.querySelectorAll('.card-soft');
    if (location.pathname !== '/ppid' || !cards.length) return;
    var openId = SECTIONS[0].id;
    function render() {
      cards.forEach(function (card, i) {
        var sec = SECTIONS[i], isOpen = openId === sec.id;
        var b = card.querySelector('button');
        b.setAttribute('aria-expanded', isOpen ? 'true' : 'false');
        b.querySelector('i').className = 'fas fa-chevron-' + (isOpen ? 'up' : 'down');
        var pane = card.children[1];
        if (isOpen && !pane) card.appendChild(ppidTable(sec));
        if (!isOpen && pane) pane.remove();
      });
    }
    cards.forEach(function (card, i) {
      card.querySelector('button').addEventListener('click', function () {
        openId = openId === SECTIONS[i].id ? null : SECTIONS[i].id;
        render();
      });
    });
  }

  function homePage() {
    var empty = { pengumuman: 'announcements.noAnnouncements', berita: 'news.noNews' };
    Object.keys(empty).forEach(function (k) {
      var box = document.querySelector('[data-home="' + k + '"]');
      if (!box) return;
      // fetchAnnouncementsI18n / fetchBeritaI18n reach Supabase, which the fixture does not have: the catch leaves [] 
      box.innerHTML = '<div class="text-center py-12"><i class="fas fa-inbox text-4xl text-ink-400 mb-4"></i><p class="text-ink-600">' + t(empty[k]) + '</p></div>';
    });
    var ini = document.querySelector('[role="img"] span');
    if (ini) ini.textContent = initials(t('home.dean.name'));
  }

  function tentangPage() {
    if (location.pathname !== '/tentang') return;
    var buttons = document.querySelectorAll('section.sticky button');
    var panelHost = document.querySelector('section.sticky').nextElementSibling.firstElementChild;
    var first = panelHost.innerHTML;
    var P = {
      'sejarah': '<div class="space-y-12"><div class="text-center mb-12"><h2 class="text-3xl font-bold mb-4">' + t('about.history') + '</h2><p class="text-lg text-ink-600">' + t('about.historyDescription') + '</p></div>' +
        '<div class="bg-white rounded-xl shadow-lg p-8">' + ['p1', 'p2', 'p3', 'p4', 'p5'].map(function (p) { return '<p class="text-ink-800 mb-4">' + t('about.historyContent.' + p) + '</p>'; }).join('') + '</div>' +
        '<div class="space-y-8">' + ['1964', '1967', '1968', '1982', '1997', '2005', '2018'].map(function (y) { return '<div><h3 class="text-xl font-bold mb-2">' + y + '</h3><p class="text-ink-600">' + t('about.timeline.' + y) + '</p></div>'; }).join('') + '</div></div>',
      'struktur': '<div class="space-y-12"><div class="text-center mb-12"><h2 class="text-3xl font-bold mb-4">' + t('about.structure') + '</h2><p class="text-lg text-ink-600">' + t('about.structureDescription') + '</p></div>' +
        '<div class="bg-white rounded-xl shadow-lg p-8"><div class="w-full"><div class="relative w-full rounded-xl overflow-hidden"><img src="/_next/image?url=%2Fassets%2Fstruktur.png&amp;w=3840&amp;q=75" alt="' + t('about.structure') + '" width="1200" height="800" class="w-full h-auto object-contain" onerror="this.style.display=\'none\';this.nextElementSibling.style.display=\'flex\'">' +
        '<div class="w-full min-h-[400px] flex items-center justify-center" style="display:none"><div class="text-center"><i class="fas fa-sitemap text-6xl mb-4"></i><p class="text-ink-600">' + t('about.structure') + '</p></div></div></div></div></div></div>',
      'nilai': '<div class="space-y-12"><div class="text-center mb-16"><h2 class="text-3xl font-bold mb-4">' + t('about.values') + '</h2><p class="text-lg text-ink-600">' + t('about.valuesDescription') + '</p></div><div class="grid md:grid-cols-5 gap-6">' +
        ['humanis', 'adaptif', 'dedikatif', 'inovatif', 'selebritif'].map(function (v) { return '<div class="text-center"><h3 class="text-xl font-bold mb-3">' + t('about.hadis.' + v + '.title') + '</h3><p class="text-sm">' + t('about.hadis.' + v + '.description') + '</p></div>'; }).join('') +
        '</div><div class="text-center"><h3 class="text-2xl font-bold mb-4">' + t('about.hadis.acronym') + '</h3><p>' + t('about.hadis.acronymDescription') + '</p><p>' + t('about.hadis.footerDescription') + '</p></div></div>'
    };
    var keys = ['visi-misi', 'sejarah', 'struktur', 'nilai'];
    buttons.forEach(function (b, i) {
      b.addEventListener('click', function () {
        panelHost.innerHTML = i === 0 ? first : P[keys[i]];
        buttons.forEach(function (o, j) { o.className = 'px-6 py-3 rounded-lg font-medium ' + (i === j ? 'text-white shadow-lg' : 'text-ink-700 bg-ink-100'); });
      });
    });
  }

  var titles = { '/': 'nav.home', '/ppid': 'nav.ppid', '/layanan': 'nav.services', '/kontak': 'nav.contact', '/tentang': 'nav.about' };
  function boot() {
    translate(document.body);   // translations arrive (dynamic import of id.json) and every t() re-renders
    navbar();
    ppidPage();
    homePage();
    tentangPage();
    var k = titles[location.pathname.replace(/\/$/, '') || '/'];
    if (k) document.title = t(k) + ' - FSHI';   // usePageTitle
    document.documentElement.lang = 'id';
    document.documentElement.dir = 'ltr';
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot); else boot();
})();
