// Compact stand-in for the client component of /layanan-informasi (src/app/(flight)/layanan-informasi/page.tsx,
// ilhamaditya2626/bandaratardamuweb 88f4fa1): useState<TabKey>("berkala") drives the 'Daftar Informasi Publik' tabs.
// The server HTML carries the 'Informasi Berkala' tab; a click on another tab re-renders the table's head and body
// (React replaces them; only the active tab's rows exist in the DOM). Rows are the same data as the page's
// constants, shortened like the server rows. The hash-scroll effect is left out (plain anchors do the same).
(function () {
  var PUB_COLS = ["No", "Informasi", "Ringkasan Informasi", "Pejabat Yang Menguasai Informasi", "Penerbit Informasi", "Bentuk Informasi", "Tempat Dan Waktu Pembuatan", "Jangka Waktu"];
  var EXC_COLS = ["No", "Informasi", "Dasar Hukum Pengecualian Informasi", "Konsekuensi/Pertimbangan Dibuka bagi Publik",
    "Konsekuensi/Pertimbangan Ditutup bagi Publik", "Jangka Waktu", "Penanggung Jawab"];
  var ROWS = {
 "berkala": [
  {
   "no": "1",
   "title": "Organisasi dan tata kerja Kantor UPBU Tardamu",
   "summary": "Ruang lingkup dan tupoksi unit kerja di lingkup Kantor UPBU Tardamu sesuai dengan PM 17 Tahun 2022 tentang Organisasi dan Tata Kerja Kementerian Perhubungan",
   "owner": "PPID Pelaksana UPT Kantor UPBU Tardamu",
   "publisher": "Bagian Tim Urusan Tata Usaha",
   "form": "Softcopy",
   "placeAndTime": "Sabu Raijua, 2025",
   "duration": "1 tahun"
  },
  {
   "no": "2",
   "title": "Struktur Organisasi Kantor UPBU Tardamu",
   "summary": "Struktur pejabat mulai dari Kepala Kantor UPBU Tardamu sampai Pejabat Fungsional",
   "owner": "PPID Pelaksana UPT Kantor UPBU Tardamu",
   "publisher": "Bagian Tim Urusan Tata Usaha",
   "form": "Softcopy",
   "placeAndTime": "Sabu Raijua, 2025",
   "duration": "1 tahun"
  },
  {
   "no": "4",
   "title": "Profil Kantor UPBU Tardamu",
   "summary": "Gambaran Umum, Alamat Lengkap, Tupoksi, Visi dan Misi Unit Kerja Kantor UPBU Tardamu",
   "owner": "PPID Pelaksana UPT Kantor UPBU Tardamu",
   "publisher": "Bagian Tim Urusan Tata Usaha",
   "form": "Softcopy",
   "placeAndTime": "Sabu Raijua, 2025",
   "duration": "1 tahun"
  },
  {
   "no": "6",
   "title": "LHKPN Pejabat",
   "summary": "Laporan Hasil kekayaan kepada KPK",
   "owner": "PPID Pelaksana UPT Kantor UPBU Tardamu",
   "publisher": "Bagian Tim Urusan Tata Usaha",
   "form": "Softcopy",
   "placeAndTime": "Sabu Raijua, 2024",
   "duration": "1 tahun"
  },
  {
   "no": "8",
   "title": "Hasil Survey Kepuasan Masyarakat",
   "summary": "Informasi terkait Hasil Survey Kepuasan Masyarakat",
   "owner": "PPID Pelaksana UPT Kantor UPBU Tardamu",
   "publisher": "Bagian Tim Urusan Tata Usaha",
   "form": "Softcopy",
   "placeAndTime": "Sabu Raijua, 2025",
   "duration": "1 tahun"
  },
  {
   "no": "9",
   "title": "Standart Operasional Prosedur (SOP)",
   "summary": "SOP yang ada di Kantor UPBU Tardamu",
   "owner": "PPID Pelaksana UPT Kantor UPBU Tardamu",
   "publisher": "Bagian Tim Urusan Tata Usaha",
   "form": "Softcopy",
   "placeAndTime": "Sabu Raijua, 2025",
   "duration": "1 tahun"
  },
  {
   "no": "10",
   "title": "Laporan Tahunan Kantor UPBU Tardamu",
   "summary": "Informasi terkait Pertanggungjawaban pelaksanaan kebijakan Kantor UPBU Tardamu",
   "owner": "PPID Pelaksana UPT Kantor UPBU Tardamu",
   "publisher": "Bagian Perencanaan dan Keuangan",
   "form": "Softcopy",
   "placeAndTime": "Sabu Raijua, 2024",
   "duration": "1 tahun"
  },
  {
   "no": "11",
   "title": "DIPA",
   "summary": "Informasi terkait Daftar Isian Penyelenggaraan Anggaran berisi Program dan Kegiatan beserta Anggaran",
   "owner": "PPID Pelaksana UPT Kantor UPBU Tardamu",
   "publisher": "Bagian Perencanaan dan Keuangan",
   "form": "Softcopy",
   "placeAndTime": "Sabu Raijua, 2025",
   "duration": "1 tahun"
  },
  {
   "no": "13",
   "title": "Laporan Keuangan",
   "summary": "Informasi terkait Laporan realisasi anggaran, neraca, catatan atas laporan keuangan Kantor UPBU Tardamu",
   "owner": "PPID Pelaksana UPT Kantor UPBU Tardamu",
   "publisher": "Bagian Perencanaan dan Keuangan",
   "form": "Softcopy",
   "placeAndTime": "Sabu Raijua, 2024",
   "duration": "1 tahun"
  },
  {
   "no": "15",
   "title": "Dokumen Renstra Kantor UPBU Tardamu Tahun 2025-2029",
   "summary": "Informasi terkait Dokumen Renstra Kantor UPBU Tardamu Tahun 2025-2029",
   "owner": "PPID Pelaksana UPT Kantor UPBU Tardamu",
   "publisher": "Bagian Perencanaan dan Keuangan",
   "form": "Softcopy",
   "placeAndTime": "Sabu Raijua, 2024",
   "duration": "2 tahun"
  },
  {
   "no": "18",
   "title": "Laporan Akuntabilitas Kinerja Instansi Pemerintah (LAKIP) Kantor UPBU Tardamu",
   "summary": "Informasi terkait Laporan LAKIP Kantor UPBU Tardamu",
   "owner": "PPID Pelaksana UPT Kantor UPBU Tardamu",
   "publisher": "Bagian Perencanaan dan Keuangan",
   "form": "Softcopy",
   "placeAndTime": "Sabu Raijua, 2024",
   "duration": "1 tahun"
  },
  {
   "no": "26",
   "title": "Daftar regulasi, peraturan, Surat Keputusan, dan kebijakan Kantor UPBU Tardamu",
   "summary": "Daftar peraturan, keputusan dan kebijakan yang diterbitkan untuk mengelola Kantor UPBU Tardamu",
   "owner": "PPID Pelaksana UPT Kantor UPBU Tardamu",
   "publisher": "Bagian Hukum",
   "form": "Softcopy",
   "placeAndTime": "Sabu Raijua, 2024",
   "duration": "1 tahun"
  },
  {
   "no": "28",
   "title": "Data Jumlah Kedatangan dan Keberangkatan Penumpang di Terminal Bandara Tardamu",
   "summary": "Informasi terkait Data Kedatangan dan Keberangkatan Penumpang di Bandara Tardamu",
   "owner": "PPID Pelaksana UPT Kantor UPBU Tardamu",
   "publisher": "Bagian Tim Urusan Tata Usaha",
   "form": "Softcopy",
   "placeAndTime": "Sabu Raijua, 2025",
   "duration": "1 tahun"
  },
  {
   "no": "32",
   "title": "Surat Keputusan",
   "summary": "Seluruh SK yang diterbitkan oleh Bagian Humas Kantor UPBU Tardamu",
   "owner": "PPID Pelaksana UPT Kantor UPBU Tardamu",
   "publisher": "Bagian Humas",
   "form": "Softcopy",
   "placeAndTime": "Sabu Raijua, 2024",
   "duration": "1 tahun"
  },
  {
   "no": "33",
   "title": "Data Permohonan Informasi Publik melalui website PPID Kantor UPBU Tardamu",
   "summary": "Seluruh rekapan data permohonan informasi yang diterima melalui website PPID Kantor UPBU Tardamu",
   "owner": "PPID Pelaksana UPT Kantor UPBU Tardamu",
   "publisher": "Bagian Humas",
   "form": "Softcopy",
   "placeAndTime": "Sabu Raijua, 2024",
   "duration": "1 tahun"
  },
  {
   "no": "35",
   "title": "Data Pengaduan melalui Sistem SP4N LAPOR!",
   "summary": "Seluruh rekapan data pengaduan dan permohonan informasi yang diteruskan ke Kantor UPBU Tardamu yang diterima melalui sistem SP4N LAPOR!",
   "owner": "PPID Pelaksana UPT Kantor UPBU Tardamu",
   "publisher": "Bagian Humas",
   "form": "Softcopy",
   "placeAndTime": "Sabu Raijua, 2024",
   "duration": "1 tahun"
  },
  {
   "no": "37",
   "title": "Struktur PPID Kantor UPBU Tardamu",
   "summary": "Struktur PPID Pelaksana dan anggota PPID Pelaksana UPT di Kantor UPBU Tardamu",
   "owner": "PPID Pelaksana UPT Kantor UPBU Tardamu",
   "publisher": "Bagian Humas",
   "form": "Softcopy",
   "placeAndTime": "Sabu Raijua, 2025",
   "duration": "1 tahun"
  },
  {
   "no": "38",
   "title": "Dokumentasi Isu dan Kebijakan Kantor UPBU Tardamu",
   "summary": "Foto dan Video Isu dan Kebijakan Kantor UPBU Tardamu",
   "owner": "PPID Pelaksana UPT Kantor UPBU Tardamu",
   "publisher": "Bagian Humas",
   "form": "Softcopy",
   "placeAndTime": "Sabu Raijua, 2025",
   "duration": "1 tahun"
  }
 ],
 "setiap-saat": [
  {
   "no": "1",
   "title": "Peta Jabatan",
   "summary": "Peta Jabatan dan Uraian Jenis Kegiatan Jabatan Struktural dan Fungsional",
   "owner": "PPID Pelaksana UPT Kantor UPBU Tardamu",
   "publisher": "Bagian Tim Urusan Tata Usaha",
   "form": "Softcopy",
   "placeAndTime": "Sabu Raijua, 2025",
   "duration": "1 tahun"
  },
  {
   "no": "2",
   "title": "Data Statistik PNS dan Pegawai NonPNS Unit Kerja di Lingkungan Kantor UPBU Tardamu",
   "summary": "Informasi Jumlah Pegawai Aktif Unit Kerja di Lingkungan Kantor UPBU Tardamu",
   "owner": "PPID Pelaksana UPT Kantor UPBU Tardamu",
   "publisher": "Bagian Tim Urusan Tata Usaha",
   "form": "Softcopy",
   "placeAndTime": "Sabu Raijua, 2025",
   "duration": "1 tahun"
  },
  {
   "no": "3",
   "title": "Data Statistik Jabatan Fungsional di Lingkungan Kantor UPBU Tardamu",
   "summary": "Informasi Jumlah Pejabat Fungsional Tertentu di Lingkungan Kantor UPBU Tardamu",
   "owner": "PPID Pelaksana UPT Kantor UPBU Tardamu",
   "publisher": "Bagian Tim Urusan Tata Usaha",
   "form": "Softcopy",
   "placeAndTime": "Sabu Raijua, 2025",
   "duration": "1 tahun"
  },
  {
   "no": "4",
   "title": "SOP Tata Naskah dan Persuratan Kantor UPBU Tardamu",
   "summary": "Informasi mengenai surat menyurat, proses penomoran surat masuk, surat keluar, Nota Dinas, Peraturan / Keputusan Kepala Kantor UPBU Tardamu",
   "owner": "PPID Pelaksana UPT Kantor UPBU Tardamu",
   "publisher": "Bagian Tim Urusan Tata Usaha",
   "form": "Softcopy",
   "placeAndTime": "Sabu Raijua, 2025",
   "duration": "1 tahun"
  },
  {
   "no": "5",
   "title": "Data Operasional Perkantoran UPBU Tardamu",
   "summary": "Informasi penyelenggaraan operasional dan pemeliharaan perkantoran",
   "owner": "PPID Pelaksana UPT Kantor UPBU Tardamu",
   "publisher": "Bagian Perencanaan dan Keuangan",
   "form": "Softcopy",
   "placeAndTime": "Sabu Raijua, 2025",
   "duration": "1 tahun"
  },
  {
   "no": "6",
   "title": "Data Inventaris Kendaraan Bermotor Kantor UPBU Tardamu",
   "summary": "Informasi mengenai tahun, jenis, pemegang kendaraan serta BPKB dan STNK kendaraan operasional roda 4 dan roda 2",
   "owner": "PPID Pelaksana UPT Kantor UPBU Tardamu",
   "publisher": "Bagian Perencanaan dan Keuangan",
   "form": "Softcopy",
   "placeAndTime": "Sabu Raijua, 2025",
   "duration": "1 tahun"
  },
  {
   "no": "7",
   "title": "Data Stok Opname ATK Kantor UPBU Tardamu",
   "summary": "Informasi mengenai ketersediaan ATK (Jumlah keluar dan masuknya ATK)",
   "owner": "PPID Pelaksana UPT Kantor UPBU Tardamu",
   "publisher": "Bagian Perencanaan dan Keuangan",
   "form": "Softcopy",
   "placeAndTime": "Sabu Raijua, 2025",
   "duration": "1 tahun"
  },
  {
   "no": "8",
   "title": "Laporan perbendaharaan dan invetaris pada Kantor UPBU Tardamu",
   "summary": "Laporan akhir mengenai mutasi tambah kurang, penyusutan, penggunaan status, penghapusan BMN yang telah diaudit oleh BPK",
   "owner": "PPID Pelaksana UPT Kantor UPBU Tardamu",
   "publisher": "Bagian Perencanaan dan Keuangan",
   "form": "Softcopy",
   "placeAndTime": "Sabu Raijua, 2024",
   "duration": "1 tahun"
  },
  {
   "no": "9",
   "title": "Data dan Laporan Penerimaan Negara Bukan Pajak (PNBP)",
   "summary": "Jumlah Penerimaan PNBP di Lingkungan Kantor UPBU Tardamu",
   "owner": "PPID Pelaksana UPT Kantor UPBU Tardamu",
   "publisher": "Bagian Perencanaan dan Keuangan",
   "form": "Softcopy",
   "placeAndTime": "Sabu Raijua, 2024",
   "duration": "1 tahun"
  },
  {
   "no": "10",
   "title": "SOP pada setiap Unit Kerja di Kantor UPBU Tardamu",
   "summary": "Informasi terkait SOP pada setiap Unit Kerja di Kantor UPBU Tardamu",
   "owner": "PPID Pelaksana UPT Kantor UPBU Tardamu",
   "publisher": "Bagian Tim Urusan Tata Usaha",
   "form": "Softcopy",
   "placeAndTime": "Sabu Raijua, 2025",
   "duration": "1 tahun"
  },
  {
   "no": "11",
   "title": "SOP pengajuan Permintaan Informasi",
   "summary": "Informasi terkait SOP pengajuan Permintaan Informasi",
   "owner": "PPID Pelaksana UPT Kantor UPBU Tardamu",
   "publisher": "Bagian Humas",
   "form": "Softcopy",
   "placeAndTime": "Sabu Raijua, 2025",
   "duration": "1 tahun"
  }
 ],
 "serta-merta": [
  {
   "no": "1",
   "title": "Informasi Posko Angkutan Lebaran dan Nataru 2024",
   "summary": "Data informasi terkait dengan lokasi Posko dan Data Angkutan Lebaran dan Nataru 2024",
   "owner": "PPID Pelaksana UPT Kantor UPBU Tardamu",
   "publisher": "Bagian Tim Urusan Tata Usaha",
   "form": "Softcopy",
   "placeAndTime": "Sabu Raijua, 2024",
   "duration": "1 tahun"
  },
  {
   "no": "2",
   "title": "Data Pergerakan penumpang Datang dan Pergi Melalui Bandara Tardamu pada Masa Lebaran dan Nataru",
   "summary": "Data terkait Pergerakan penumpang Datang dan Pergi Melalui Bandara Tardamu pada Masa Lebaran dan Nataru",
   "owner": "PPID Pelaksana UPT Kantor UPBU Tardamu",
   "publisher": "Bagian Tim Urusan Tata Usaha",
   "form": "Softcopy",
   "placeAndTime": "Sabu Raijua, 2024",
   "duration": "1 tahun"
  }
 ]
};
  var EXCLUDED = [
 {
  "no": "1",
  "title": "Laporan Keuangan sebelum diaudit (unaudited) 2025",
  "legalBasis": "UU No 17 Tahun 2003, UU No 15 Tahun 2004, dan UU No 14 Tahun 2008 Pasal 17 huruf j.",
  "openedConsequence": "Jika informasi dibuka, dapat mengganggu proses pemeriksaan laporan keuangan negara.",
  "closedConsequence": "Jika informasi ditutup, maka dapat melindungi proses pemeriksaan laporan keuangan negara.",
  "duration": "1 tahun",
  "owner": "PPID Pelaksana UPT Kantor UPBU Tardamu"
 },
 {
  "no": "2",
  "title": "Rincian Satuan Harga Penawaran dan Nomor Rekening yang Terdapat Dalam Dokumen tender Barang/Jasa Pihak Ketiga (Perusahaan)",
  "legalBasis": "UU No 14 Tahun 2008 Pasal 17 huruf b dan huruf h angka 3.",
  "openedConsequence": "Dapat mengganggu kepentingan perlindungan hak atas kekayaan intelektual dan perlindungan dari persaingan usaha tidak sehat, serta mengungkap rahasia pribadi/kondisi keuangan seseorang.",
  "closedConsequence": "Dapat melindungi kepentingan perlindungan hak atas kekayaan intelektual dan perlindungan dari persaingan usaha tidak sehat.",
  "duration": "1 tahun",
  "owner": "PPID Pelaksana UPT Kantor UPBU Tardamu"
 },
 {
  "no": "3",
  "title": "Data pribadi ASN Kementerian Perhubungan yang tercantum dalam Undang-Undang Nomor 14 Tahun 2008 huruf h",
  "legalBasis": "UU No 14 Tahun 2008 Pasal 17 huruf h.",
  "openedConsequence": "Jika informasi dibuka, dapat mengungkapkan rahasia pribadi.",
  "closedConsequence": "Jika informasi ditutup, maka dapat melindungi rahasia pribadi.",
  "duration": "1 tahun",
  "owner": "PPID Pelaksana UPT Kantor UPBU Tardamu"
 },
 {
  "no": "4",
  "title": "Proses mutasi pegawai",
  "legalBasis": "UU No 14 Tahun 2008 Pasal 17 huruf h.",
  "openedConsequence": "Jika informasi dibuka, dapat mengungkapkan rahasia pribadi.",
  "closedConsequence": "Jika informasi ditutup, maka dapat melindungi rahasia pribadi.",
  "duration": "1 tahun",
  "owner": "PPID Pelaksana UPT Kantor UPBU Tardamu"
 },
 {
  "no": "9",
  "title": "Hak akses CCTV area/daerah keamanan terbatas",
  "legalBasis": "UU No 14 Tahun 2008 Pasal 17 huruf j dan UU No 1 Tahun 2023 Pasal 333 huruf d.",
  "openedConsequence": "Apabila dibuka, dapat melanggar ketentuan pada undang-undang.",
  "closedConsequence": "Apabila ditutup, dapat melindungi sistem elektronik milik pemerintah sesuai dengan ketentuan pada undang-undang.",
  "duration": "1 tahun",
  "owner": "PPID Pelaksana UPT Kantor UPBU Tardamu"
 },
 {
  "no": "10",
  "title": "Informasi terkait Proses Pemeriksaan Tindak Pidana Penerbangan sebelum dilimpahkan ke Kejaksaan",
  "legalBasis": "UU No 14 Tahun 2008 Pasal 17 huruf A dan huruf H.",
  "openedConsequence": "Apabila dibuka, dapat mengganggu proses penegakan hukum dan mengungkap rahasia pribadi (riwayat/kondisi anggota keluarga).",
  "closedConsequence": "Apabila ditutup, dapat membantu kelancaran proses penegakan hukum.",
  "duration": "1 tahun",
  "owner": "PPID Pelaksana UPT Kantor UPBU Tardamu"
 }
];
  function esc(s) { return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;"); }
  function td(v, bold) { return '<td class="border-b px-4 py-4 text-center text-[0.85rem]">' + (bold ? "<strong>" + esc(v) + "</strong>" : esc(v)) + "</td>"; }
  function head(cols) { return "<tr>" + cols.map(function (c) { return '<th class="border-b-2 px-4 py-5 text-center text-[0.75rem] uppercase">' + esc(c) + "</th>"; }).join("") + "</tr>"; }
  function render(tab) {
    var table = document.querySelector("table[data-dip]");
    if (!table) return;
    var html;
    if (tab === "dikecualikan") {
      table.tHead.innerHTML = head(EXC_COLS);
      html = EXCLUDED.length ? EXCLUDED.map(function (r) {
        return "<tr>" + td(r.no) + td(r.title, true) + td(r.legalBasis) + td(r.openedConsequence) + td(r.closedConsequence) + td(r.duration) + td(r.owner) + "</tr>";
      }).join("") : '<tr><td colspan="7" class="py-20 text-center">Data sedang diperbarui atau belum tersedia.</td></tr>';
    } else {
      table.tHead.innerHTML = head(PUB_COLS);
      var rows = ROWS[tab] || [];
      html = rows.length ? rows.map(function (r) {
        return "<tr>" + td(r.no) + td(r.title, true) + td(r.summary) + td(r.owner) + td(r.publisher) + td(r.form) + td(r.placeAndTime) + td(r.duration) + "</tr>";
      }).join("") : '<tr><td colspan="8" class="py-20 text-center">Data sedang diperbarui atau belum tersedia.</td></tr>';
    }
    table.tBodies[0].innerHTML = html;
    Array.prototype.forEach.call(document.querySelectorAll("[data-tabs] button"), function (b) {
      var on = b.getAttribute("data-tab") === tab;
      b.className = "whitespace-nowrap border-b-2 pb-4 " + (on ? "border-[#facc15] text-[#facc15]" : "border-transparent text-gray-400");
    });
  }
  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-tabs] button"), function (b) {
      b.addEventListener("click", function () { render(b.getAttribute("data-tab")); });
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init); else init();
})();
