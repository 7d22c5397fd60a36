// Compact rewrite of js/data.js (fajarbakri9/disperindagesdm, stored version 009004f, 2026-08-29/30):
// the defaults the public pages read. The original also seeds localStorage (initDataStoreMigration);
// getStorage() falls back to these defaults, as on a first visit.
window.getStorage = function (key, defaultVal) {
  try { const raw = localStorage.getItem(key); return raw ? JSON.parse(raw) : defaultVal; } catch (e) { return defaultVal; }
};

const DEFAULT_ORGANIZATION_UNITS = [
  { id: "unit_sekretariat", name: "Sekretariat", leader_title: "Sekretaris Dinas",
    summary: "Pusat koordinasi perencanaan program, pengelolaan keuangan daerah, administrasi kepegawaian, tata laksana hukum, dan PPID.",
    formal_task: "Mengoordinasikan penyusunan kebijakan, perencanaan program, evaluasi kinerja, pengelolaan keuangan, perlengkapan, kehumasan, serta administrasi kepegawaian dan hukum di lingkungan dinas.",
    public_service: "Melayani administrasi persuratan dinas, permohonan informasi publik (PPID), magang/penelitian mahasiswa, serta fasilitasi koordinasi lintas sektor.",
    sub_units: [
      { name: "Subbagian Program", task: "Penyusunan dokumen perencanaan (Renstra, Renja, RKA, DPA) dan pelaporan akuntabilitas kinerja (LKjIP)." },
      { name: "Subbagian Umum, Kepegawaian dan Hukum", task: "Tata usaha persuratan, mutasi dan pembinaan disiplin ASN, kearsipan, kehumasan, dan telaah produk hukum." },
      { name: "Subbagian Keuangan", task: "Pengelolaan perbendaharaan, penatausahaan akuntansi, dan penyusunan laporan pertanggungjawaban keuangan dinas." } ] },
  { id: "unit_industri_esdm", name: "Bidang Perindustrian, Energi dan Sumber Daya Mineral", leader_title: "Kepala Bidang Perindustrian, Energi dan SDM",
    summary: "Pembinaan industri kecil menengah (IKM), fasilitasi sertifikasi Halal/TKDN/PIRT, serta pengawasan distribusi energi dan LPG 3 kg bersubsidi sesuai kewenangan.",
    formal_task: "[...]", public_service: "[...]", sub_units: [] },
  { id: "unit_perdagangan", name: "Bidang Pengembangan Perdagangan", leader_title: "Kepala Bidang Pengembangan Perdagangan",
    summary: "Pemantauan stabilitas pasokan dan harga 12 bahan pokok penting (Bapokting), pengendalian inflasi daerah, serta promosi produk lokal.",
    formal_task: "[...]", public_service: "[...]", sub_units: [] },
  { id: "unit_kemetrologian", name: "Bidang Kemetrologian", leader_title: "Kepala Bidang Kemetrologian",
    summary: "Pelayanan dan pengawasan tera / tera ulang Alat Ukur, Takar, Timbang, dan Perlengkapannya (UTTP) untuk menjamin keadilan transaksi perdagangan.",
    formal_task: "[...]", public_service: "[...]", sub_units: [] },
  { id: "unit_distribusi", name: "Bidang Sarana dan Pelaku Distribusi", leader_title: "Kepala Bidang Sarana dan Pelaku Distribusi",
    summary: "Pengelolaan sarana pasar rakyat, penataan zonasi pedagang, pembinaan pergudangan, pusat perbelanjaan, toko swalayan, dan pelaku rantai distribusi.",
    formal_task: "[...]", public_service: "[...]", sub_units: [] }
];

// 4. STANDAR PELAYANAN PUBLIK TERVERIFIKASI (SERVICES): six entries; the ids srv_oss_industri,
// srv_oss_perdagangan and srv_pupuk_subsidi that layanan.html's tabs ask for are not among them.
const DEFAULT_SERVICES = [
  { id: "srv_tera", name: "Pelayanan Tera & Tera Ulang UTTP (Alat Ukur, Takar, Timbang)", responsible_unit: "Bidang Kemetrologian",
    legal_basis: "UU No. 2 Tahun 1981 tentang Metrologi Legal; Permendag RI No. 68/M-DAG/PER/10/2014; Perbup Pinrang tentang Pelayanan Tera.",
    service_standard_number: "SP-DPE/01/KEMETROLOGIAN/2026",
    requirements: ["Surat Permohonan Pengujian Tera / Tera Ulang UTTP dari pemilik alat", "Fotokopi KTP / Identitas penanggung jawab usaha", "Kondisi fisik alat UTTP bersih, dapat dioperasikan normal, dan tersegel", "Bukti SKHP atau Cap Tera tahun sebelumnya (bila tera ulang)"],
    procedure: ["Pemohon mengajukan surat permohonan ke Kantor Bidang Kemetrologian / via WhatsApp", "Petugas Penera memverifikasi dokumen dan menetapkan jadwal sidang tera di kantor / di lokasi (SPBU/Pabrik)", "Penera Ahli melakukan pengujian teknis batas kesalahan yang diizinkan (BKD)", "Alat yang lolos uji dibubuhi Cap Tanda Tera Sah dan diterbitkan Surat Keterangan Hasil Pengujian (SKHP)"],
    duration: "1 s.d. 3 Hari Kerja setelah pengujian alat",
    fee: "Sesuai Perda Kabupaten Pinrang tentang Retribusi Pelayanan Tera / Gratis pada program Sidang Tera Pasar",
    service_output: "Surat Keterangan Hasil Pengujian (SKHP) & Pembubuhan Cap Tanda Tera Sah 2026",
    location: "Kantor Bidang Kemetrologian Disperindag ESDM Pinrang / Pelayanan Bergerak di Lokasi",
    service_hours: "Senin – Jumat, 08.30 – 15.30 WITA", contact_person: "Unit Pelayanan Metrologi: 0812-4292-1215",
    complaint_channel: "SP4N-LAPOR! / Posko Pengaduan Disperindag ESDM Pinrang", last_verified_at: "26 Agustus 2026",
    cta_label: "Konsultasi & Ajukan Tera", cta_link: "https://wa.me/6281242921215?text=Halo%20Bidang%20Kemetrologian%20Pinrang" },
  { id: "srv_harga", name: "Informasi Publik & Pemantauan Harga Barang Kebutuhan Pokok (Bapokting)", responsible_unit: "Bidang Pengembangan Perdagangan",
    legal_basis: "UU No. 7 Tahun 2014 tentang Perdagangan; Permendag No. 57/M-DAG/PER/8/2017.", service_standard_number: "SP-DPE/02/DAG/2026",
    requirements: ["Terbuka untuk seluruh masyarakat umum, instansi pemerintah, akademisi, dan pedagang."],
    procedure: ["Petugas enumerator mendata harga 12 komoditas pangan setiap pagi pukul 07.30 - 08.30 WITA di Pasar Sentral Pinrang", "Data diverifikasi oleh Koordinator Pengawas Perdagangan", "Data dipublikasikan secara terbuka pada portal resmi Disperindag ESDM dan running text ticker setiap pukul 09.00 WITA"],
    duration: "Langsung / Real-time harian (Update pukul 09.00 WITA)", fee: "Rp 0,- (Gratis tanpa biaya)",
    service_output: "Tabel dan Grafik Pantauan Harga Pangan Harian Terverifikasi", location: "Portal Web Publik Disperindag ESDM Pinrang & Pasar Sentral Pinrang",
    service_hours: "Online 24 Jam (Survei data fisik Senin–Jumat)", contact_person: "Tim Pengendalian Inflasi: 0812-4292-1215",
    complaint_channel: "SP4N-LAPOR! / Form Pengaduan Harga di Website", last_verified_at: "26 Agustus 2026", cta_label: "Lihat Dashboard Harga", cta_link: "#sembako" },
  { id: "srv_ikm", name: "Fasilitasi Sertifikasi TKDN-IKM, Halal, & Akun SIINas Industri", responsible_unit: "Bidang Perindustrian, Energi dan Sumber Daya Mineral",
    legal_basis: "UU No. 3 Tahun 2014 tentang Perindustrian; PP No. 28 Tahun 2021 tentang Penyelenggaraan Bidang Perindustrian.", service_standard_number: "SP-DPE/03/IND/2026",
    requirements: ["Memiliki Nomor Induk Berusaha (NIB) dengan KBLI Industri yang aktif", "[...]"], procedure: ["Pelaku usaha datang ke kantor dinas / mendaftar via WhatsApp", "[...]"],
    duration: "5 s.d. 14 Hari Kerja (tergantung verifikasi pusat Kemenperin)", fee: "Rp 0,- (Gratis difasilitasi program pemerintah)",
    service_output: "Akun Resmi SIINas & Sertifikat Elektronik TKDN-IKM / Halal", location: "Klinik IKM Disperindag ESDM Pinrang, Jl. Jenderal Sukawati No. 40",
    service_hours: "Senin – Jumat, 08.00 – 15.30 WITA", contact_person: "Klinik Fasilitasi IKM: 0812-4292-1215",
    complaint_channel: "SP4N-LAPOR! / Layanan Pengaduan IKM", last_verified_at: "26 Agustus 2026", cta_label: "Daftar Pembinaan IKM", cta_link: "https://wa.me/6281242921215?text=Halo%20Bidang%20Perindustrian%20Pinrang" },
  { id: "srv_pasar", name: "Pelayanan Sewa Lapak Pasar Sentral & Tanda Daftar Gudang (TDG)", responsible_unit: "Bidang Sarana dan Pelaku Distribusi",
    legal_basis: "Permendag No. 90/M-DAG/PER/12/2014 tentang Penataan dan Pembinaan Gudang; Perda Pengelolaan Pasar Pinrang.", service_standard_number: "SP-DPE/04/DISTRIBUSI/2026",
    requirements: ["Surat Permohonan Izin Penempatan Lapak / TDG", "[...]"], procedure: ["Pemohon mengisi formulir pendaftaran di loket Pelayanan Pasar", "[...]"],
    duration: "3 Hari Kerja", fee: "Retribusi sesuai Perda Pengelolaan Kekayaan Daerah Pinrang",
    service_output: "Surat Izin Pemakaian Tempat Usaha (SIPTU) / Tanda Daftar Gudang (TDG)", location: "Kantor Pengelola Pasar Sentral Pinrang & Dinas Perindag ESDM",
    service_hours: "Senin – Jumat, 08.00 – 15.00 WITA", contact_person: "Seksi Sarana Distribusi: 0812-4292-1215",
    complaint_channel: "Posko Pengaduan Pasar & SP4N-LAPOR!", last_verified_at: "26 Agustus 2026", cta_label: "Informasi Sewa Lapak & TDG", cta_link: "https://wa.me/6281242921215?text=Halo%20Bidang%20Distribusi%20Pinrang" },
  { id: "srv_lpg", name: "Informasi HET & Pengawasan Distribusi Gas Elpiji (LPG) 3 Kg Bersubsidi", responsible_unit: "Bidang Perindustrian, Energi dan Sumber Daya Mineral",
    legal_basis: "Permen ESDM No. 26 Tahun 2009; Keputusan Gubernur Sulsel tentang HET LPG 3 Kg; Perbup Pinrang No. 12 Tahun 2024 (HET Rp 20.000,-/tabung).", service_standard_number: "SP-DPE/05/ESDM/2026",
    requirements: ["Laporan/Aduan masyarakat wajib menyertakan Nama Pangkalan, Alamat/Kecamatan, dan bukti foto kwitansi/pembelian bila dijual melebihi HET Rp 20.000."],
    procedure: ["Masyarakat mengecek daftar HET resmi Rp 20.000,- per tabung pangkalan di website", "[...]"],
    duration: "Tindak lanjut pengaduan maksimal 1x24 Jam Kerja", fee: "Rp 0,- (Pelayanan Pengawasan Masyarakat Bebas Biaya)",
    service_output: "Berita Acara Pengawasan, Penegakan Kepatuhan HET Rp 20.000, & Laporan Penindakan", location: "12 Kecamatan di Kabupaten Pinrang",
    service_hours: "Posko Pengaduan Online 24 Jam", contact_person: "Pengawas ESDM: 0812-4292-1215",
    complaint_channel: "Form Pengaduan Website & WhatsApp ESDM Pinrang", last_verified_at: "26 Agustus 2026", cta_label: "Laporkan Pangkalan Nakal", cta_link: "#pengaduan" },
  { id: "srv_ppid", code: "PPID_ADUAN", name: "Layanan Keterbukaan Informasi Publik (PPID) & Pengaduan SP4N-LAPOR!", responsible_unit: "Sekretariat (PPID Pelaksana)",
    legal_basis: "UU No. 14 Tahun 2008 tentang Keterbukaan Informasi Publik; Permendagri No. 3 Tahun 2017; Perbup Pengelolaan PPID Pinrang.",
    service_standard_number: "SP-DPE/06/PPID/2026", service_standard_date: "15 Januari 2026",
    requirements: ["Mengisi Formulir Permohonan Informasi Publik / Pengaduan", "Melampirkan fotokopi KTP Pemohon / Surat Kuasa jika mewakili badan hukum", "Mencantumkan alasan penggunaan informasi secara jelas"],
    procedure: ["Pemohon mengajukan permohonan melalui form online PPID / meja layanan", "Petugas PPID memeriksa kelengkapan berkas dan klasifikasi informasi (Berkala/Setiap Saat/Dikecualikan)", "PPID menyampaikan pemberitahuan tertulis ketersediaan dokumen maksimal 10 hari kerja", "Penyerahan salinan dokumen informasi publik kepada pemohon"],
    duration: "Maksimal 10 Hari Kerja (+ perpanjangan 7 hari kerja bila dokumen kompleks)",
    fee: "Rp 0,- (Gratis dokumen digital / biaya penggandaan mandiri bila cetak)",
    service_output: "Salinan Dokumen Informasi Publik / Respon Tindak Lanjut Pengaduan Ber-nomor Tiket",
    location: "Meja Layanan PPID Disperindag ESDM Pinrang", service_hours: "Senin – Jumat, 08.00 – 15.30 WITA",
    contact_person: "Petugas PPID Pelaksana: 0812-4292-1215", complaint_channel: "SP4N-LAPOR! & Komisi Informasi Provinsi Sulsel",
    last_verified_at: "26 Agustus 2026", cta_label: "Akses Portal PPID", cta_link: "ppid.html" }
];

// 5. REPOSITORI DOKUMEN & REGULASI HUKUM (DOCUMENTS): the first seven point to assets/docs/*.pdf
// names that are not in the repository (their PDFs sit under 'UPLOAD WEB/UPLOAD WEB/', which
// firebase.json does not deploy); doc_01..doc_07 all open assets/brand/logo_pinrang_opt.png.
const DEFAULT_DOCUMENTS = [
  { id: "doc_sk_jam_pelayanan_2025", title: "SK Kepala Dinas Penetapan Jam Pelayanan Tahun 2025", number: "Nomor: 800.1.1/02/DISPERINDAG-ESDM/I/2025", year: "2025", subject: "Standar Pelayanan", issuer: "Kepala Dinas Perindag ESDM Pinrang", issued_at: "02 Januari 2025", responsible_unit: "Sekretariat & Bidang Terkait", legal_status: "Berlaku", file_url: "assets/docs/SK_Penetapan_Jam_Pelayanan_2025.pdf", file_size: "328 KB (PDF)", source_portal_url: "assets/docs/SK_Penetapan_Jam_Pelayanan_2025.pdf" },
  { id: "doc_sk_maklumat_pelayanan_2025", title: "SK Kepala Dinas Penetapan Maklumat Pelayanan Tahun 2025", number: "Nomor: 800.1.1/01/DISPERINDAG-ESDM/I/2025", year: "2025", subject: "Standar Pelayanan", issuer: "Kepala Dinas Perindag ESDM Pinrang", issued_at: "02 Januari 2025", responsible_unit: "Sekretariat Dinas", legal_status: "Berlaku", file_url: "assets/docs/SK_PENETAPAN_MAKLUMAT_PELAYANAN_Tahun_2025.pdf", file_size: "171 KB (PDF)", source_portal_url: "assets/docs/SK_PENETAPAN_MAKLUMAT_PELAYANAN_Tahun_2025.pdf" },
  { id: "doc_sk_sp_disperindag_2025", title: "SK Penetapan Standar Pelayanan (SP) Disperindag ESDM Tahun 2025", number: "Nomor: 060/03/DISPERINDAG-ESDM/I/2025", year: "2025", subject: "Standar Pelayanan", issuer: "Kepala Dinas Perindag ESDM Pinrang", issued_at: "02 Januari 2025", responsible_unit: "Tim Penyusun Standar Pelayanan", legal_status: "Berlaku", file_url: "assets/docs/SK_PENETAPAN_SP_DISPERINDAG_2025.pdf", file_size: "489 KB (PDF)", source_portal_url: "assets/docs/SK_PENETAPAN_SP_DISPERINDAG_2025.pdf" },
  { id: "doc_sk_pedoman_reward_punishment", title: "SK Pedoman Pemberian Penghargaan dan Sanksi Aparatur Pelayanan", number: "Nomor: 800.1.6/04/DISPERINDAG-ESDM/I/2025", year: "2025", subject: "Standar Pelayanan", issuer: "Kepala Dinas Perindag ESDM Pinrang", issued_at: "02 Januari 2025", responsible_unit: "Subbagian Umum dan Kepegawaian", legal_status: "Berlaku", file_url: "assets/docs/SK_PEDOMAN_PEMBERIAN_PENGHARGAAN_DAN_SANKSI.pdf", file_size: "224 KB (PDF)", source_portal_url: "assets/docs/SK_PEDOMAN_PEMBERIAN_PENGHARGAAN_DAN_SANKSI.pdf" },
  { id: "doc_laporan_pengaduan_2025", title: "Laporan Rekapitulasi Penanganan Pengaduan Masyarakat Tahun 2025", number: "Nomor: 060/12/DISPERINDAG-ESDM/XII/2025", year: "2025", subject: "Akuntabilitas Kinerja", issuer: "Dinas Perindag ESDM Pinrang", issued_at: "31 Desember 2025", responsible_unit: "Tim Pengelola Pengaduan SP4N-LAPOR!", legal_status: "Berlaku", file_url: "assets/docs/Laporan_Pengaduan_2025.pdf", file_size: "780 KB (PDF)", source_portal_url: "assets/docs/Laporan_Pengaduan_2025.pdf" },
  { id: "doc_sop_alur_pengaduan", title: "Bagan Alur dan Mekanisme Pengelolaan Pengaduan Masyarakat Terpadu", number: "SOP-01/PENGADUAN/2026", year: "2026", subject: "Standar Pelayanan", issuer: "Dinas Perindag ESDM Pinrang", issued_at: "02 Januari 2026", responsible_unit: "Unit Pengelolaan Pengaduan", legal_status: "Berlaku", file_url: "assets/docs/Alur_Pengaduan.pdf", file_size: "338 KB (PDF)", source_portal_url: "assets/docs/Alur_Pengaduan.pdf" },
  { id: "doc_struktur_organisasi_2026", title: "Bagan Struktur Organisasi Resmi Dinas Perindag ESDM Kabupaten Pinrang", number: "Bagan Resmi Sesuai Perbup No. 35 Tahun 2023", year: "2026", subject: "Organisasi & Tupoksi", issuer: "Pemerintah Kabupaten Pinrang", issued_at: "02 Januari 2026", responsible_unit: "Sekretariat & Pimpinan Dinas", legal_status: "Berlaku", file_url: "assets/docs/Perindag2026_Struktur_Organisasi_206x127cm6.pdf", file_size: "300 KB (PDF)", source_portal_url: "assets/docs/Perindag2026_Struktur_Organisasi_206x127cm6.pdf" },
  { id: "doc_01", title: "Peraturan Bupati Pinrang tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi Serta Tata Kerja Disperindag ESDM", number: "Nomor 42 Tahun 2023", year: "2023", subject: "Organisasi & Tupoksi", issuer: "Bupati Pinrang", issued_at: "27 Desember 2023", legal_status: "BERLAKU", responsible_unit: "Sekretariat", file_size: "1.4 MB", file_url: "assets/brand/logo_pinrang_opt.png" },
  { id: "doc_02", title: "Rencana Strategis (Renstra) Disperindag ESDM Kabupaten Pinrang Periode 2024–2026", number: "Renstra 2024–2026", year: "2024", subject: "Perencanaan Daerah", issuer: "Disperindag ESDM Pinrang", issued_at: "10 Januari 2024", legal_status: "BERLAKU", responsible_unit: "Subbagian Program", file_size: "3.2 MB", file_url: "assets/brand/logo_pinrang_opt.png" },
  { id: "doc_03", title: "Rencana Kerja (Renja) Tahunan Dinas Perindustrian, Perdagangan, ESDM Kabupaten Pinrang Tahun 2026", number: "DPA/A.1/3.30.01/2026", year: "2026", subject: "Rencana Kerja", issuer: "Disperindag ESDM Pinrang", issued_at: "05 Januari 2026", legal_status: "BERLAKU", responsible_unit: "Subbagian Program", file_size: "2.1 MB", file_url: "assets/brand/logo_pinrang_opt.png" },
  { id: "doc_04", title: "Laporan Kinerja Instansi Pemerintah (LKjIP) Disperindag ESDM Kabupaten Pinrang Tahun Anggaran 2025", number: "LKjIP/DPE/XII/2025", year: "2025", subject: "Akuntabilitas Kinerja", issuer: "Disperindag ESDM Pinrang", issued_at: "30 Desember 2025", legal_status: "BERLAKU", responsible_unit: "Subbagian Program", file_size: "4.5 MB", file_url: "assets/brand/logo_pinrang_opt.png" },
  { id: "doc_05", title: "Peraturan Bupati Pinrang tentang Penyesuaian Harga Eceran Tertinggi (HET) LPG Tabung 3 Kg di Wilayah Kabupaten Pinrang", number: "Nomor 12 Tahun 2024", year: "2024", subject: "Regulasi Energi (ESDM)", issuer: "Bupati Pinrang", issued_at: "14 Juni 2024", legal_status: "BERLAKU", responsible_unit: "Bidang Perindustrian, ESDM", file_size: "850 KB", file_url: "assets/brand/logo_pinrang_opt.png" },
  { id: "doc_06", title: "Standar Operasional Prosedur (SOP) Pelayanan Tera dan Tera Ulang UTTP UPTD Kemetrologian", number: "SOP-DPE/01/2024", year: "2024", subject: "Standar Pelayanan", issuer: "Disperindag ESDM Pinrang", issued_at: "18 Juli 2024", legal_status: "BERLAKU", responsible_unit: "Bidang Kemetrologian", file_size: "1.1 MB", file_url: "assets/brand/logo_pinrang_opt.png" },
  { id: "doc_07", title: "Rencana Strategis (Renstra) Disperindag Kabupaten Pinrang Periode 2019–2023", number: "Renstra 2019–2023", year: "2019", subject: "Arsip Perencanaan", issuer: "Disperindag Pinrang", issued_at: "15 Januari 2019", legal_status: "ARSIP", responsible_unit: "Subbagian Program", file_size: "2.8 MB", file_url: "assets/brand/logo_pinrang_opt.png" }
];

const DEFAULT_MARKETS = [
  { id: "mkt_01", name: "Pasar Sentral Pinrang", district: "Watang Sawitto", address: "Jl. Sultan Hasanuddin, Pinrang" },
  { id: "mkt_02", name: "Pasar Pekkabata", district: "Duampanua", address: "Jl. Poros Pinrang–Polman" },
  { id: "mkt_03", name: "Pasar Marawi", district: "Tiroang", address: "Kecamatan Tiroang" }
];

// 12 prices in the original; three kept.
const DEFAULT_COMMODITY_PRICES = [
  { id: "prc_01", commodity_name: "Beras Medium SPHP (Bulog)", category: "Beras", market_name: "Pasar Sentral Pinrang", price: 12500, unit: "Kg", trend: "stable", observed_date: "26 Agustus 2026", verification_status: "Terverifikasi" },
  { id: "prc_02", commodity_name: "Beras Premium Lokal Lasinrang", category: "Beras", market_name: "Pasar Sentral Pinrang", price: 14500, unit: "Kg", trend: "down", observed_date: "26 Agustus 2026", verification_status: "Terverifikasi" },
  { id: "prc_03", commodity_name: "Minyak Goreng Minyakita", category: "Minyak & Gula", market_name: "Pasar Sentral Pinrang", price: 15700, unit: "Liter", trend: "stable", observed_date: "26 Agustus 2026", verification_status: "Terverifikasi" }
];

// News: three of the articles the repository's sitemap lists (dates from its lastmod).
const DEFAULT_NEWS = [
  { id: "news_a", slug: "atasi-buying-panic-disperindagem-pinrang-gandeng-pertamina-dan-aph-siapkan-inovasi-digitalisasi-serta-sanksi-phk-pangkalan-nakal", title: "Atasi Buying Panic, Disperindagem Pinrang Gandeng Pertamina dan APH Siapkan Inovasi Digitalisasi serta Sanksi PHK Pangkalan Nakal", date: "30 Agustus 2026", category: "ESDM & Energi", excerpt: "[...]" },
  { id: "news_b", slug: "stabilkan-pasokan-dan-harga-disperindag-esdm-pinrang-gelar-rapat-koordinasi-bersama-agen-lpg-se-kabupaten", title: "Stabilkan Pasokan dan Harga, Disperindag ESDM Pinrang Gelar Rapat Koordinasi Bersama Agen LPG se-Kabupaten", date: "29 Agustus 2026", category: "ESDM & Energi", excerpt: "[...]" },
  { id: "news_c", slug: "kadis-perindag-esdm-hadiri-mediasi-permasalahan-di-pasar-rakyat-pekkabata", title: "Kadis Perindag ESDM Hadiri Mediasi Permasalahan di Pasar Rakyat Pekkabata", date: "29 Agustus 2026", category: "Perdagangan", excerpt: "[...]" }
];
const DEFAULT_PRODUCTS_IKM = [];

window.DEFAULT_ORGANIZATION_UNITS = DEFAULT_ORGANIZATION_UNITS;
window.DEFAULT_SERVICES = DEFAULT_SERVICES;
window.DEFAULT_DOCUMENTS = DEFAULT_DOCUMENTS;
window.DEFAULT_MARKETS = DEFAULT_MARKETS;
window.DEFAULT_COMMODITY_PRICES = DEFAULT_COMMODITY_PRICES;
window.DEFAULT_NEWS = DEFAULT_NEWS;
window.DEFAULT_PRODUCTS_IKM = DEFAULT_PRODUCTS_IKM;
