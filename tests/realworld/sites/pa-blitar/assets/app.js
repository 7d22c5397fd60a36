// Compact working rewrite of the e-PPID PA Blitar bundle (Vite/React, src/App.tsx and src/components/*):
// one page, every view chosen by a button that changes React state (no URL changes, no <a> in menus).
const PROFIL_SINGKAT_PPID = [
  "Pengadilan Agama Blitar berkomitmen untuk memberikan layanan kepada masyarakat guna memenuhi kebutuhan informasi publik. Hal ini ditunjukkan dengan adanya unit yang memiliki fungsi layanan informasi, yaitu Subbagian Data dan Layanan Informasi pada Bagian Perpustakaan dan Layanan Informasi Biro Hukum dan Hubungan Masyarakat sejak tahun 2006 dengan terbitnya SK SEKMA nomor MA/SEK/07/SK/III/2006.",
  "Setelah itu, terbitlah SK KMA nomor 144/KMA/SK/VIII/2007 tentang Keterbukaan Informasi di Pengadilan sebagai pedoman pelayanan informasi di Pengadilan Agama Blitar. Di tahun 2007 ini, belum dikenal istilah PPID (Pejabat Pengelola Informasi dan Dokumentasi) dan Atasan PPID melainkan Petugas Informasi dan Dokumentasi dan Penanggung Jawab.",
  "Kemudian, terbitlah Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik (UU KIP) ... sehingga Pengadilan Agama Blitar menindaklanjuti dengan menerbitkan SK KMA nomor 1-144/KMA/SK/I/2011 tentang Pedoman Pelayanan Informasi di Pengadilan.",
  "Pada tahun 2021, Pengadilan Agama Blitar mengembangkan sistem informasi layanan online pemohon informasi pada situs web eppid.mahkamahagung.go.id yang terkoneksi dengan jaringan internet serta aplikasi back office Sistem Informasi EPPID (SI EPPID) bagi administrator PPID yang juga terkoneksi dengan jaringan intranet.",
  "Pada tahun 2022, sejak bulan Januari, Pengadilan Agama Blitar telah mulai mengkaji ulang SK KMA nomor 1-144/KMA/SK/I/2011 bersama dengan Komisi Informasi Pusat dan Kementerian Komunikasi dan Informatika ... terbitlah SK KMA Nomor 2-144/KMA/SK/VIII/2022 di bulan Agustus 2022."
];
const TUGAS_FUNGSI_PPID = [
  "Menetapkan kebijakan layanan Informasi Publik.",
  "Mengkoordinasikan pendokumentasian seluruh Informasi dalam bentuk cetak atau elektronik yang meliputi: Informasi yang wajib disediakan dan diumumkan secara berkala, Informasi yang wajib tersedia setiap saat, dan Informasi terbuka lainnya yang diminta Pemohon Informasi.",
  "Mengkoordinasikan pendataan Informasi di Pengadilan dalam rangka pembuatan dan pemutakhiran DIP paling kurang 2 (dua) kali dalam 1 (satu) tahun guna memastikan ketersediaan Informasi Publik dan jangka waktu penyimpanan Informasi Publik.",
  "Melakukan pengujian tentang konsekuensi yang timbul sebagaimana diatur dalam Pasal 19 Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik sebelum menyatakan Informasi Publik tertentu dikecualikan.",
  "Mengkoordinasikan dan memastikan agar pengajuan keberatan Informasi diproses berdasarkan prosedur yang berlaku.",
  "Menetapkan laporan layanan Informasi Publik.",
  "PPID bertanggung jawab kepada Atasan PPID dalam melaksanakan tugas, tanggung jawab, dan wewenangnya."
];
const VISI_PPID = "Terwujudnya keterbukaan informasi publik secara modern menuju peradilan yang agung";
const MISI_PPID = [
  "Menyediakan informasi publik yang akurat dan dapat dipertanggungjawabkan",
  "Memberikan layanan informasi publik yang cepat, tepat, dan sederhana",
  "Memastikan pengelolaan layanan informasi publik didukung oleh sumber daya manusia yang profesional dan berintegritas",
  "Memanfaatkan teknologi informasi dan komunikasi yang mutakhir untuk mendukung pengelolaan keterbukaan informasi publik"
];
const REGULATIONS = [
  ["Undang-Undang No. 14 Tahun 2008", "Keterbukaan Informasi Publik", "https://www.dpr.go.id/dokjdih/document/uu/UU_2008_14.pdf", "Undang-undang yang menjamin hak warga negara untuk mengetahui rencana pembuatan kebijakan publik, program kebijakan publik, dan proses pengambilan keputusan publik, serta alasan pengambilan suatu keputusan publik."],
  ["Undang-Undang No. 25 Tahun 2009", "Pelayanan Publik", "https://peraturan.bpk.go.id/Details/38748/uu-no-25-tahun-2009", "Undang-undang yang mengatur prinsip-prinsip pemerintahan yang baik ..."],
  ["Peraturan Pemerintah No. 61 Tahun 2010", "Pelaksanaan Undang-Undang Keterbukaan Informasi Publik", "https://jdih.setkab.go.id/PUUdoc/17154/PP0612010.pdf", "Peraturan pemerintah yang mengatur mekanisme pelaksanaan UU KIP, kewajiban Badan Publik, tata cara pengajuan keberatan, dan pembentukan Komisi Informasi."],
  ["PERMA No. 2 Tahun 2011", "Tata Cara Penyelesaian Sengketa Informasi Publik di Pengadilan", "https://mahkamahagung.go.id/media/1324", "Peraturan Mahkamah Agung yang menetapkan prosedur litigasi penyelesaian sengketa informasi publik ..."],
  ["PERKI No. 1 Tahun 2013", "Prosedur Penyelesaian Sengketa Informasi Publik", "https://komisiinformasi.go.id/regulasi/view/perki-no-1-tahun-2013", "Peraturan Komisi Informasi mengenai prosedur, administrasi, dan tata cara sidang penyelesaian sengketa informasi publik di Komisi Informasi."],
  ["PERKI No. 1 Tahun 2021", "Standar Layanan Informasi Publik", "https://komisiinformasi.go.id/regulasi/view/perki-no-1-tahun-2021", "Peraturan Komisi Informasi yang menggantikan standar lama ..."],
  ["SK KMA No. 2-144/KMA/SK/VIII/2022", "Standar Pelayanan Informasi Publik di Pengadilan", "https://ppid.mahkamahagung.go.id/regulasi/sk-kma-2-144-2022", "Surat Keputusan Ketua Mahkamah Agung RI yang menjadi pedoman operasional utama bagi seluruh jajaran pengadilan dalam menyelenggarakan keterbukaan informasi ..."]
];
const INFORMASI_BERKALA = [
  ["Visi dan Misi Pengadilan Agama Blitar", "Profil Pengadilan", "Visi: Terwujudnya Pengadilan Agama Blitar yang Agung. Misi: 1. Menjaga kemandirian Pengadilan Agama Blitar ..."],
  ["Wilayah Yuridiksi Pengadilan Agama Blitar", "Profil Pengadilan", "Wilayah Hukum (Yuridiksi) Pengadilan Agama Blitar meliputi seluruh daerah administratif Kabupaten Blitar dan Kota Blitar ..."],
  ["Sejarah Pengadilan Agama Blitar", "Profil Pengadilan", "Pengadilan Agama Blitar dibentuk berdasarkan sejarah panjang peradilan agama di Indonesia ..."],
  ["Struktur Organisasi Pengadilan Agama Blitar", "Profil Pengadilan", "Struktur organisasi Pengadilan Agama Blitar dipimpin oleh Ketua Pengadilan Agama Blitar, dibantu Wakil Ketua, Panitera ... serta Sekretaris ..."],
  ["Profil Pejabat Struktural Pengadilan Agama Blitar", "Profil Pengadilan", "Daftar Pejabat Struktural Pengadilan Agama Blitar saat ini dipimpin oleh Ketua, Wakil Ketua, Panitera, Sekretaris ..."],
  ["Brosur Elektronik Layanan Beracara di Pengadilan Agama Blitar", "Profil Pengadilan", "Brosur elektronik memuat informasi lengkap tentang tata cara pendaftaran perkara, e-Court, syarat gugatan cerai ..."],
  ["Daftar Pejabat Struktural", "Ringkasan Informasi Program Strategis", "Daftar lengkap pejabat struktural penanggung jawab program strategis seperti peningkatan pelayanan peradilan (e-Court, Gugatan Mandiri, inovasi Jamu Seger, PTSP Keliling) ..."],
  ["Informasi Tentang Kinerja di Pengadilan Agama Blitar", "Ringkasan Informasi Kinerja", "Laporan Akuntabilitas Kinerja Instansi Pemerintah (LKjIP) Pengadilan Agama Blitar secara berkala menyajikan capaian Indikator Kinerja Utama (IKU) ..."],
  ["Realisasi Anggaran Pengadilan Agama Blitar", "Laporan Keuangan", "Laporan Realisasi Anggaran (DIPA 01 dan DIPA 04) Pengadilan Agama Blitar diumumkan secara transparan setiap triwulan dan tahunan ..."],
  ["Laporan Jumlah Permintaan Informasi Publik", "Ringkasan Laporan Akses Informasi Publik", "Menyajikan statistik akumulasi jumlah permohonan informasi publik yang diterima PPID Pengadilan Agama Blitar dalam setahun terakhir ..."],
  ["Laporan Waktu Permintaan Informasi Publik", "Ringkasan Laporan Akses Informasi Publik", "Ringkasan rata-rata waktu yang dibutuhkan untuk merespons dan menyelesaikan permohonan informasi publik. Sesuai SK KMA 2-144 Tahun 2022, rata-rata penyelesaian dilakukan dalam waktu kurang dari 1-3 hari kerja ..."],
  ["Laporan Jumlah Permintaan Informasi Publik Dikabulkan", "Ringkasan Laporan Akses Informasi Publik", "Persentase permohonan informasi publik yang dikabulkan oleh PPID Pengadilan Agama Blitar mencapai 98% ..."],
  ["Laporan Penolakan Informasi Publik", "Ringkasan Laporan Akses Informasi Publik", "Daftar permohonan informasi publik yang ditolak beserta alasannya. Penolakan umumnya dikarenakan informasi yang diminta masuk dalam kategori Informasi yang Dikecualikan ..."],
  ["Daftar/Penetapan Informasi yang Dikecualikan", "Ringkasan Laporan Akses Informasi Publik", "Surat Keputusan PPID Pengadilan Agama Blitar tentang daftar informasi publik yang dikecualikan di lingkungan Pengadilan Agama Blitar berdasarkan Uji Konsekuensi yang ketat sesuai dengan Pasal 17 UU No. 14 Tahun 2008 tentang Keterbukaan Informasi Publik."],
  ["Informasi Tentang Peraturan, Keputusan, dan/ atau Kebijakan yang Mengikat dan/ atau Berdampak bagi Publik", "Peraturan & Kebijakan Mengikat", "Dokumen kompilasi SK Ketua PA Blitar, kebijakan jam operasional selama ramadhan ..."],
  ["Prosedur Memperoleh Informasi Publik", "Prosedur Layanan", "Tata cara lengkap bagi pemohon informasi untuk mengajukan permohonan informasi publik, baik secara langsung di meja informasi, tertulis melalui surat/email, maupun secara online ..."],
  ["Informasi tentang Tata Cara Pengaduan Penyalahgunaan Wewenang atau Pelanggaran oleh Pengadilan", "Tata Cara Pengaduan", "Prosedur pengaduan masyarakat atas adanya pelanggaran disiplin, kode etik hakim/aparatur, atau penyalahgunaan wewenang melalui aplikasi SIWAS (Sistem Informasi Pengawasan) Mahkamah Agung RI, meja pengaduan PA Blitar, atau secara tertulis kepada Badan Pengawasan MA RI."],
  ["Pejabat Struktural", "Profil Hakim dan Aparatur", "Profil singkat, riwayat pendidikan, kepangkatan, dan sertifikasi jajaran struktural ..."],
  ["Profil Hakim", "Profil Hakim dan Aparatur", "Kompilasi profil, riwayat karir mutasi, latar belakang akademis, serta SK Kepangkatan Majelis Hakim ..."],
  ["Profil Kepaniteraan", "Profil Hakim dan Aparatur", "Daftar profil Panitera, Panitera Muda, Panitera Pengganti, dan Jurusita/Jurusita Pengganti ..."],
  ["Profil Kesekretariatan", "Profil Hakim dan Aparatur", "Profil jajaran Sekretaris, Kepala Subbagian, staf pelaksana, dan pranata komputer ..."],
  ["Profil Pejabat Fungsional dan Pelaksana", "Profil Hakim dan Aparatur", "Daftar profil jabatan fungsional seperti Analis Pengelolaan Keuangan APBN, Arsiparis, Pranata Hubungan Masyarakat ..."]
];
const INFORMASI_SERTA_MERTA = [
  ["Informasi rencana pemeliharaan dan/atau gangguan sarana dan prasarana utilitas publik", "Pengumuman pemeliharaan server lokal e-Court, gangguan pasokan listrik gedung, atau jadwal pembersihan berkala area sterilisasi ruang sidang."],
  ["Informasi gangguan keamanan yang sedang terjadi", "Pengumuman darurat kebakaran, simulasi evakuasi gempa bumi, atau penanganan keamanan khusus demi ketertiban pengunjung sidang di area Pengadilan."],
  ["Informasi tentang persebaran dan sumber penyakit yang berpotensi menular", "Protokol kesehatan darurat, sterilisasi fogging berkala pencegahan demam berdarah di area kantor, atau pembatasan kuota ruang tunggu demi kenyamanan bersama."]
];
const INFORMASI_SETIAP_SAAT = [
  ["Daftar Informasi Publik (DIP)", "Daftar yang memuat ringkasan seluruh informasi yang berada di bawah penguasaan Pengadilan Agama Blitar, tidak termasuk informasi yang dikecualikan."],
  ["Rencana Strategis (RENSTRA) & Rencana Kerja (RENJA)", "Dokumen perencanaan jangka menengah (5 tahun) dan jangka pendek (1 tahun) berisi visi, misi, sasaran strategis, serta indikator pencapaian kinerja."],
  ["DIPA (Daftar Isian Pelaksanaan Anggaran)", "Rincian dokumen anggaran belanja yang disetujui oleh Kementerian Keuangan untuk menunjang seluruh fungsi peradilan dan operasional kantor."],
  ["Rencana Kerja & Anggaran Kementerian/Lembaga (RKA-KL)", "Dokumen usulan dan penjabaran anggaran program prioritas PA Blitar kepada Mahkamah Agung RI untuk diajukan dalam APBN."],
  ["Laporan Akuntabilitas Kinerja Instansi Pemerintah (LKjIP)", "Bentuk pertanggungjawaban tertulis atas pencapaian indikator kinerja utama target perkara, mediasi, kepuasan masyarakat, dan efisiensi birokrasi."],
  ["Perjanjian Kinerja Tahunan", "Lembar komitmen jajaran pimpinan dan kepala bagian untuk mencapai target kinerja yang telah ditetapkan dalam satu tahun anggaran."],
  ["Daftar Inventaris Sarana dan Prasarana (Aset Kantor)", "Kompilasi aset negara (BMN) berupa kendaraan dinas, komputer, ruang sidang, dan gedung kantor yang diatur secara transparan."],
  ["Laporan Tahunan Pelayanan Informasi Publik (PPID)", "Kompilasi tahunan yang merinci jumlah layanan informasi, kendala teknis, inovasi layanan, serta rencana pemutakhiran standar pelayanan di tahun berikutnya."]
];
const YOUTUBE = [
  ["Profil Pengadilan Agama Blitar", "JMq2DfyzywY", "Video pengenalan profil, fasilitas pelayanan terpadu satu pintu (PTSP), dan inovasi kemudahan pelayanan publik di PA Blitar."],
  ["Tutorial Layanan e-PPID Pengadilan Agama Blitar", "8gOclR7oV94", "Langkah-langkah mengajukan permohonan informasi publik secara daring melalui portal e-PPID yang cepat dan transparan."]
];
const BIAYA_NOTES = [
  "Biaya perolehan informasi dibebankan kepada Pemohon.",
  "Biaya perolehan informasi sebagaimana dimaksud terdiri atas biaya penggandaan (misalnya fotokopi) informasi yang dimohonkan serta biaya transportasi untuk melakukan penggandaan tersebut.",
  "Biaya penggandaan sebagaimana dimaksud adalah biaya riil yang ditetapkan oleh penyedia jasa pelayanan penggandaan.",
  "Atasan PPID menetapkan biaya riil transportasi untuk melakukan penggandaan informasi sebagaimana dimaksud dengan memperhatikan kondisi wilayah ...",
  "Terhadap permohonan informasi mengenai penggandaan putusan atau penetapan tidak dikenakan biaya leges karena yang dapat diberikan kepada pemohon bukan merupakan salinan resmi."
];
const REPORT_STATISTICS = [["2021", 84], ["2022", 112], ["2023", 145], ["2024", 189], ["2025", 232]];
const ALASAN = [
  "Permohonan Informasi Ditolak dengan alasan yang tidak sah",
  "Informasi berkala tidak disediakan atau tidak diumumkan secara rutin",
  "Permohonan penggandaan informasi tidak dilayani / dipersulit",
  "Pembebanan biaya penggandaan informasi tidak wajar / tidak sesuai tarif resmi",
  "Penyampaian informasi melebihi batas waktu yang ditetapkan undang-undang (10+7 hari kerja)",
  "Permohonan informasi ditanggapi secara tidak memuaskan",
  "Informasi yang diberikan tidak sesuai dengan yang dimohonkan"
];
const MAKLUMAT_HTML = `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Georgia,serif;text-align:center;padding:30px">
<div class="title">MAKLUMAT PELAYANAN</div><div class="subtitle">Pengadilan Agama Blitar</div>
<p class="text">Dengan ini, kami seluruh aparat Pengadilan Agama Blitar menyatakan berkomitmen dan sanggup menyelenggarakan pelayanan informasi publik sesuai dengan standar pelayanan yang telah ditetapkan.</p>
<div class="quote">"KAMI SANGGUP MENYELENGGARAKAN PELAYANAN SESUAI STANDAR PELAYANAN YANG DITETAPKAN DAN APABILA TIDAK MENEPATI JANJI INI, KAMI SIAP MENERIMA SANKSI SESUAI PERATURAN PERUNDANG-UNDANGAN YANG BERLAKU."</div>
<p class="text">Kami berkomitmen untuk terus meningkatkan mutu pelayanan, kecepatan waktu respons, serta menjamin keandalan data informasi publik yang akurat demi terwujudnya peradilan yang agung dan transparan.</p>
<div class="signature">KETUA PENGADILAN AGAMA BLITAR<div class="role">Atasan PPID PA Blitar</div></div></body></html>`;
const JALUR_HTML = `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:sans-serif;padding:20px">
<div class="card"><div class="title">JALUR PELAYANAN PPID</div><table><thead><tr><th>Metode</th><th>Kanal Layanan</th><th>Waktu Respons</th></tr></thead><tbody>
<tr><td><b>Daring (Online)</b></td><td>Situs e-PPID MA &amp; Aplikasi SI-EPPID</td><td>Seketika s.d 1-3 hari kerja</td></tr>
<tr><td><b>WhatsApp</b></td><td>Meja Hotline PPID (+62 821-4363-5431)</td><td>Seketika pada jam kerja</td></tr>
<tr><td><b>Tatap Muka</b></td><td>Meja Informasi PTSP PA Blitar</td><td>Langsung di tempat</td></tr></tbody></table></div>
<div class="card"><div class="title">WAKTU PELAYANAN (JAM KERJA)</div><table><thead><tr><th>Hari</th><th>Sesi Pagi</th><th>Sesi Sore</th></tr></thead><tbody>
<tr><td><b>Senin s.d Kamis</b></td><td>08:00 - 12:00 WIB</td><td>13:00 - 15:30 WIB</td></tr>
<tr><td><b>Jumat</b></td><td>08:00 - 11:30 WIB</td><td>13:30 - 16:00 WIB</td></tr></tbody></table></div></body></html>`;

const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const state = { tab: "home", profil: "profil", info: "berkala", layanan: "maklumat", form: "wa", modal: null, dark: false };

function btn(id, label, on) { return `<button type="button" id="${id}" class="${on ? "on" : ""}">${label}</button>`; }

function viewHome() {
  return `<div><h1>Selamat Datang di Portal PPID</h1>
<p>Layanan Keterbukaan Informasi Publik Pengadilan Agama Blitar yang Cepat, Akurat, dan Transparan.</p>
<div class="card"><h3>Mewujudkan Transparansi Peradilan yang Agung dan Akuntabel</h3>
<p>Ajukan permohonan informasi secara daring melalui sistem integrasi e-PPID yang tepercaya.</p>
<button type="button" id="home-cta-button" data-go="form"><span>Ajukan Permohonan</span></button></div>
<h3>Keterbukaan Informasi</h3>
<div class="grid">
<div class="card" data-go="profil" style="cursor:pointer"><h4>Profil Pengelola</h4><span>Struktur, Visi &amp; Misi</span></div>
<div class="card" data-go="regulasi" style="cursor:pointer"><h4>Dokumentasi Regulasi</h4><span>Pedoman &amp; Aspek Hukum</span></div>
<div class="card" data-go="info" style="cursor:pointer"><h4>Daftar Informasi</h4><span>Informasi Berkala &amp; Serta-Merta</span></div>
<div class="card" data-go="layanan" style="cursor:pointer"><h4>Standar Pelayanan</h4><span>Maklumat, Prosedur &amp; Biaya Riil</span></div>
</div>
<div class="card"><h4>Bebas Pungli</h4><p>Segenap layanan informasi publik diselenggarakan tanpa dipungut biaya. Biaya penggandaan dokumen hanya merujuk pada ketentuan biaya riil.</p></div></div>`;
}

function viewProfil() {
  let body = "";
  if (state.profil === "profil") {
    body = `<div class="card"><h2>Profil Pengelola Informasi dan Dokumentasi (PPID)</h2><p>Pengadilan Agama Blitar</p>
${PROFIL_SINGKAT_PPID.map((p) => `<p>${esc(p)}</p>`).join("")}
<div><h4>Struktur Organisasi PPID</h4><p>Hubungan hierarki penanggung jawab layanan</p>
<button type="button" id="view-org-chart" data-modal="org"><span>Lihat Diagram Struktur</span></button></div></div>`;
  } else if (state.profil === "tugas") {
    body = `<div class="card"><h2>Tugas &amp; Fungsi PPID</h2><p>Wewenang, tanggung jawab, dan kewajiban hukum pengelola informasi.</p>
${TUGAS_FUNGSI_PPID.map((t, i) => `<div><span>${i + 1}</span><p>${esc(t)}</p></div>`).join("")}</div>`;
  } else {
    body = `<div class="card"><h4>Visi PPID</h4><p>&ldquo;${VISI_PPID}&rdquo;</p></div>
<div class="card"><h4>Misi Layanan PPID</h4>${MISI_PPID.map((m) => `<p>${m}</p>`).join("")}</div>`;
  }
  return `<div class="tabs">${btn("profile-sub-profil", "Profil Pengelola", state.profil === "profil")}${btn("profile-sub-tugas", "Tugas &amp; Wewenang", state.profil === "tugas")}${btn("profile-sub-visi", "Visi &amp; Misi", state.profil === "visi")}</div>${body}`;
}

function viewRegulasi() {
  return `<div class="card"><h2>Payung Hukum PPID</h2><p>Landasan regulasi dan standar prosedur operasional keterbukaan informasi publik di lingkungan Mahkamah Agung dan Pengadilan Agama Blitar.</p></div>
<input type="text" id="reg-search" placeholder="Cari regulasi atau nomor undang-undang...">
<div id="reg-list">${REGULATIONS.map((r, i) => `<div class="card"><h4>${esc(r[0])}</h4><h3>${esc(r[1])}</h3><p>${esc(r[3])}</p>
<a href="${r[2]}" target="_blank" rel="noreferrer" id="reg-link-${i}"><span>Unduh Dokumen</span></a></div>`).join("")}</div>`;
}

function viewInfo() {
  let body = "";
  if (state.info === "berkala") {
    const q = (state.q || "").toLowerCase();
    const items = INFORMASI_BERKALA.filter((it) => (it[0] + " " + it[1] + " " + it[2]).toLowerCase().includes(q));
    const cats = [...new Set(items.map((it) => it[1]))];
    body = `<input type="text" id="berkala-search" value="${esc(state.q || "")}" placeholder="Cari laporan berkala, profil, atau kinerja...">
<div id="berkala-list">${cats.length ? cats.map((c) => `<div><h3>${esc(c)}</h3>${items.filter((it) => it[1] === c).map((it) =>
      `<div class="card"><h4>${esc(it[0])}</h4><button type="button" data-detail="${INFORMASI_BERKALA.indexOf(it)}"><span>Lihat</span></button></div>`).join("")}</div>`).join("")
      : `<div>Tidak ada informasi berkala yang cocok dengan pencarian Anda.</div>`}</div>`;
  } else if (state.info === "sertamerta") {
    body = `<div class="card"><h3>Hukum Serta Merta (UU KIP Pasal 10)</h3><p>Pengadilan Agama Blitar wajib segera mengumumkan keadaan darurat atau potensi bahaya/gangguan layanan secara serta merta kepada publik demi keselamatan dan kelancaran pelayanan bersama.</p></div>
${INFORMASI_SERTA_MERTA.map((it) => `<div class="card"><h4>${esc(it[0])}</h4><p>${esc(it[1])}</p><div><span>Status: Aman / Kondusif</span> <span>Diperbarui: Hari ini</span></div></div>`).join("")}`;
  } else if (state.info === "setiap_saat") {
    body = `<div class="card"><span>Informasi Tersedia Setiap Saat</span> adalah informasi publik yang telah disiapkan dan dimutakhirkan oleh PPID secara konsisten, sehingga siap diberikan seketika kepada pemohon informasi saat dibutuhkan.</div>
<div class="grid">${INFORMASI_SETIAP_SAAT.map((it, i) => `<div class="card"><h4>${esc(it[0])}</h4><p>${esc(it[1])}</p><span>Dokumen Tersedia</span>
<button type="button" id="request-saat-${i}" data-saat="${i}"><span>Minta Dokumen</span></button></div>`).join("")}</div>`;
  } else {
    body = YOUTUBE.map((v) => `<div class="card"><a href="https://www.youtube.com/watch?v=${v[1]}" target="_blank" rel="noopener noreferrer"><img src="https://img.youtube.com/vi/${v[1]}/hqdefault.jpg" alt="${esc(v[0])}"><span>Tonton di YouTube</span></a>
<div><span>Video Edukasi PPID</span><h3>${esc(v[0])}</h3><p>${esc(v[2])}</p></div></div>`).join("");
  }
  return `<div class="tabs">${btn("info-sub-berkala", "Berkala", state.info === "berkala")}${btn("info-sub-serta-merta", "Serta Merta", state.info === "sertamerta")}${btn("info-sub-setiap-saat", "Setiap Saat", state.info === "setiap_saat")}${btn("info-sub-video", "Video PPID", state.info === "video")}</div>${body}`;
}

function steps(list) { return list.map((s, i) => `<div><div>${i + 1}</div><h4>${s[0]}</h4><p>${s[1]}</p></div>`).join(""); }

function viewLayanan() {
  const t = state.layanan;
  let body = "";
  if (t === "maklumat") {
    body = `<div class="card"><iframe srcdoc="${esc(MAKLUMAT_HTML)}" title="Maklumat Pelayanan PPID" style="width:100%;height:450px;border:0"></iframe></div>
<p>Maklumat resmi ini mengikat seluruh pimpinan dan aparatur Pengadilan Agama Blitar.</p>`;
  } else if (t === "prosedur_permohonan") {
    body = `<div class="card"><h3>Prosedur Permohonan Informasi Publik</h3><p>Langkah-langkah mengajukan permintaan informasi publik resmi di Pengadilan Agama Blitar.</p>${steps([
      ["Pengajuan Permohonan", "Pemohon mengajukan permohonan secara online melalui formulir digital e-PPID, WhatsApp, atau mendatangi langsung Meja Layanan Informasi PTSP PA Blitar."],
      ["Verifikasi Berkas", "Petugas PPID memeriksa kelengkapan identitas pemohon (KTP/SK Badan Hukum) serta kejelasan rincian informasi publik yang dimohonkan."],
      ["Uji Konsekuensi (Bila Perlu)", "Apabila informasi yang diminta berstatus rahasia atau dikecualikan, PPID akan melakukan rapat uji konsekuensi sebelum memberikan penolakan tertulis."],
      ["Pemberian Tanggapan", "PPID menerbitkan surat keputusan pemberitahuan tertulis tentang dikabulkan atau ditolaknya permohonan dalam waktu maksimal 10 + 7 hari kerja."]])}</div>`;
  } else if (t === "prosedur_keberatan") {
    body = `<div class="card"><h3>Prosedur Pengajuan Keberatan</h3><p>Mekanisme komplain resmi apabila permohonan informasi ditolak atau tidak ditanggapi secara memuaskan.</p>${steps([
      ["Penyusunan Form Keberatan", "Pemohon mengisi Formulir Keberatan Layanan Elektronik, memilih alasan hukum keberatan (misal: penolakan sepihak, biaya tidak wajar), dan memberikan uraian kasus posisi."],
      ["Penyerahan Ke Atasan PPID", "Berkas keberatan resmi diteruskan oleh administrator PPID kepada Ketua Pengadilan Agama Blitar selaku Atasan PPID untuk dikaji ulang."],
      ["Tanggapan Atasan PPID", "Atasan PPID menerbitkan Keputusan Atasan PPID terkait keberatan pemohon paling lambat 30 hari kerja sejak berkas keberatan diterima lengkap."]])}</div>`;
  } else if (t === "prosedur_sengketa") {
    body = `<div class="card"><h3>Prosedur Penyelesaian Sengketa Informasi</h3><p>Prosedur ajudikasi non-litigasi di Komisi Informasi jika tanggapan Atasan PPID ditolak oleh pemohon.</p>${steps([
      ["Pengajuan ke Komisi Informasi", "Pemohon yang tidak puas dengan keputusan Atasan PPID berhak mendaftarkan sengketa informasi ke Komisi Informasi (KI) Jawa Timur/Pusat dalam waktu 14 hari kerja."],
      ["Sidang Mediasi &amp; Ajudikasi", "Komisi Informasi menyelenggarakan sidang mediasi. Jika mediasi gagal, dilakukan sidang ajudikasi formal untuk menerbitkan Putusan Komisi Informasi."],
      ["Gugatan Banding Ke Pengadilan", "Pihak yang keberatan dengan Putusan Komisi Informasi dapat mengajukan banding/gugatan sengketa informasi publik ke Pengadilan Tata Usaha Negara (PTUN)."]])}</div>`;
  } else if (t === "jalur_waktu") {
    body = `<div class="card"><iframe srcdoc="${esc(JALUR_HTML)}" title="Jalur dan Waktu Layanan" style="width:100%;height:400px;border:0"></iframe></div>
<p>Layanan informasi ditutup pada hari libur nasional dan cuti bersama resmi pemerintah.</p>`;
  } else {
    body = `<div class="card"><h3>Biaya Memperoleh Salinan Informasi</h3><p>Pengadilan Agama Blitar berkomitmen menyelenggarakan layanan tanpa pungutan liar.</p>
<div class="grid"><div><span>Salinan Cetak</span><h4>Print Out Dokumen</h4><span>Rp</span> <span>2.000,-</span> <span>/ Lembar</span></div>
<div><span>Salinan Fotokopi</span><h4>Penggandaan Berkas</h4><span>Rp</span> <span>500,-</span> <span>/ Lembar</span></div></div>
<div><h5>Keterangan Legal Penarikan Biaya</h5><ul>${BIAYA_NOTES.map((n) => `<li>${esc(n)}</li>`).join("")}</ul></div></div>`;
  }
  return `<div class="tabs">${btn("layanan-sub-maklumat", "Maklumat Layanan", t === "maklumat")}${btn("layanan-sub-permohonan", "Prosedur Permohonan", t === "prosedur_permohonan")}${btn("layanan-sub-keberatan", "Prosedur Keberatan", t === "prosedur_keberatan")}${btn("layanan-sub-sengketa", "Prosedur Sengketa", t === "prosedur_sengketa")}${btn("layanan-sub-jalur", "Jalur &amp; Waktu", t === "jalur_waktu")}${btn("layanan-sub-biaya", "Biaya Layanan", t === "biaya")}</div>${body}`;
}

function viewForm() {
  const t = state.form;
  let body = "";
  if (t === "wa") {
    body = `<div class="card"><h2>Layanan WhatsApp PPID</h2><p>Kirim permohonan informasi publik secara langsung, responsif, dan mudah melalui Unit Meja Informasi WhatsApp resmi.</p>
<div><h4>Informasi Kontak Layanan</h4>
<div><span>Hotline PPID</span> <span>+62 821-4363-5431</span></div>
<div><span>Jam Layanan</span> <span>Senin - Kamis (08:00 - 15:30 WIB)</span></div>
<div><span>Biaya Layanan</span> <span>Gratis (Rp 0,-)</span></div></div>
<label>Sesuaikan Pesan Pembuka Anda:</label>
<textarea id="wa-message" rows="4" placeholder="Tulis pesan permohonan Anda...">Halo PPID Pengadilan Agama Blitar, saya ingin menanyakan tentang prosedur beracara dan jadwal pelayanan informasi.</textarea>
<button type="button" id="send-wa-button"><span>Kirim Permohonan via WhatsApp</span></button></div>`;
  } else if (t === "permohonan") {
    body = `<form id="form-permohonan" class="card"><div><h2>Formulir Permohonan Informasi</h2><p>Isi formulir elektronik di bawah ini dengan lengkap untuk mengajukan permohonan salinan resmi informasi Pengadilan Agama Blitar.</p></div>
<h3>I. Identitas Pemohon</h3>
<label>Nama Lengkap Pemohon <span>*</span></label><input type="text" required placeholder="Sesuai KTP">
<label>Nomor Induk Kependudukan (NIK) <span>*</span></label><input type="text" required maxlength="16" placeholder="16 digit angka KTP">
<label>Email Aktif</label><input type="email" placeholder="contoh@email.com">
<label>Nomor Telepon / WA <span>*</span></label><input type="tel" required placeholder="0812xxxxxxxx">
<label>Pekerjaan</label><input type="text" placeholder="PNS, Karyawan, Wiraswasta, Pelajar, dll.">
<label>Alamat Lengkap <span>*</span></label><textarea required rows="2" placeholder="Jalan, RT/RW, Dusun, Desa, Kecamatan, Kabupaten/Kota"></textarea>
<h3>II. Rincian Informasi</h3>
<label>Rincian Informasi yang Dibutuhkan <span>*</span></label><textarea required rows="3" placeholder="Jelaskan secara detail informasi apa yang Anda butuhkan (contoh: Laporan Keuangan DIPA 04 Tahun 2024)"></textarea>
<label>Tujuan Penggunaan Informasi</label><input type="text" placeholder="Contoh: Keperluan penelitian akademis, arsip pribadi, dll.">
<label>Cara Memperoleh Informasi</label><select><option value="membaca">Membaca / Melihat / Mendengarkan</option><option value="menyalin">Mendapatkan Salinan Dokumen (Hard/Soft copy)</option></select>
<label>Cara Mendapatkan Salinan</label><select><option value="email">Kirim via Email Resmi</option><option value="whatsapp">Kirim via WhatsApp (PDF)</option><option value="langsung">Mengambil Langsung ke Meja Layanan PA Blitar</option><option value="kurir">Dikirim via Pos / Kurir (Biaya kirim ditanggung pemohon)</option></select>
<button type="submit" id="submit-permohonan-button"><span>Kirim via WhatsApp Resmi</span></button></form>`;
  } else {
    body = `<form id="form-keberatan" class="card"><div><h2>Formulir Keberatan Layanan</h2><p>Ajukan keberatan resmi atas ketidakpuasan pelayanan informasi PPID Pengadilan Agama Blitar sesuai ketentuan UU KIP.</p></div>
<h3><span>I. Referensi Permohonan Awal</span></h3>
<label>Nomor Registrasi Permohonan Awal <span>*</span></label><input type="text" required placeholder="Contoh: REG-PPID-123456">
<label>Tujuan Informasi yang Dimohonkan</label><input type="text" placeholder="Contoh: Untuk data skripsi perdata agama">
<h3>II. Identitas Pemohon Keberatan</h3>
<label>Nama Lengkap Pemohon Keberatan <span>*</span></label><input type="text" required placeholder="Sesuai KTP">
<label>Pekerjaan</label><input type="text" placeholder="Pekerjaan">
<label>No. Telepon Aktif <span>*</span></label><input type="tel" required placeholder="08xxxxxxxxxx">
<label>Nama Kuasa Pemohon <span>(Opsional)</span></label><input type="text" placeholder="Nama Advokat / Kuasa Hukum">
<label>Alamat Lengkap Pemohon Keberatan <span>*</span></label><textarea required rows="2" placeholder="Alamat domisili"></textarea>
<h3>III. Alasan Keberatan (Pilih Minimal Satu) <span>*</span></h3>
${ALASAN.map((a) => `<div class="alasan" style="cursor:pointer"><div></div><span>${esc(a)}</span></div>`).join("")}
<label>Kasus Posisi <span>(Kronologi Singkat / Penjelasan)</span></label><textarea rows="3" placeholder="Uraikan kronologi pengajuan informasi, penolakan, atau pelayanan yang kurang memuaskan dari PPID Pelaksana..."></textarea>
<button type="submit" id="submit-keberatan-button"><span>Kirim Keberatan via WhatsApp</span></button></form>`;
  }
  return `<div class="tabs">${btn("tab-wa", "<span>E-Permohonan (WA)</span>", t === "wa")}${btn("tab-permohonan", "<span>Permohonan</span>", t === "permohonan")}${btn("tab-keberatan", "<span>Keberatan</span>", t === "keberatan")}</div>${body}`;
}

function viewLaporan() {
  return `<div class="grid">
<div class="card"><p>Total Permohonan</p><span>232</span> <span>+18% (2025)</span></div>
<div class="card"><p>Dikabulkan (Rate)</p><span>98%</span> <span>(228 Berkas)</span></div>
<div class="card"><p>Respons Rata-rata</p><span>0.9</span> <span>Hari Kerja</span></div>
<div class="card"><p>Ditolak / Keberatan</p><span>3</span> <span>Kasus Masuk</span></div></div>
<div class="card"><h3>Tren Volume Layanan Tahunan</h3><div style="display:flex;gap:12px">${REPORT_STATISTICS.map((s) =>
    `<div><div class="hover-only" style="opacity:0">${s[1]}</div><div style="height:${Math.round(s[1] / 250 * 96)}px;width:24px;background:#4f46e5"></div><div>${s[0]}</div></div>`).join("")}</div></div>`;
}

function modalHtml() {
  const m = state.modal;
  if (!m) return "";
  let title = "", inner = "";
  if (m.kind === "org") {
    title = "Struktur Organisasi PPID PA Blitar";
    inner = `<p>Berikut adalah hierarki Pejabat Pengelola Informasi dan Dokumentasi (PPID) pada Pengadilan Agama Blitar.</p>
<div><p>Atasan PPID</p><p>Ketua Pengadilan Agama Blitar</p></div>
<div><p>PPID Utama</p><p>Sekretaris Pengadilan Agama Blitar</p></div>
<div class="grid"><div><p>PPID Pelaksana Teknis</p><p>Panitera Muda Hukum</p><p>Bidang Kepaniteraan</p></div>
<div><p>PPID Pelaksana Adm.</p><p>Kasubbag Perencanaan &amp; TI</p><p>Bidang Kesekretariatan</p></div></div>
<div class="grid"><div><p>Petugas Meja Informasi</p><p>Melayani Penerimaan Permohonan &amp; Pengaduan</p></div>
<div><p>Petugas Pengarsipan</p><p>Dokumentasi, Klasifikasi, dan Pengaburan Data</p></div></div>
<button type="button" id="download-structure-button"><span>Unduh / Cetak Gambar Struktur</span></button>`;
  } else if (m.kind === "notif") {
    title = "Notifikasi Masuk";
    inner = `<div><h4>Server e-PPID Siap Online</h4><p>Koneksi sistem ePPID Mahkamah Agung RI dan server lokal PA Blitar berhasil dimutakhirkan. Layanan online berjalan 100% lancar.</p></div>
<div><h4>Pemberlakuan SK KMA No. 2-144</h4><p>Daftar Informasi Publik (DIP) tahun 2026 telah diperbarui berdasarkan standar pelayanan keterbukaan informasi di pengadilan terbaru.</p></div>`;
  } else {
    title = esc(m.title);
    inner = `<p>${esc(m.content)}</p>`;
  }
  return `<div class="modal"><div class="box"><div><h3>${title}</h3><button type="button" id="modal-close" aria-label="Tutup">&times;</button></div>${inner}</div></div>`;
}

function render() {
  const tabs = [["home", "Beranda"], ["profil", "Profil"], ["regulasi", "Regulasi"], ["info", "Informasi"], ["layanan", "Layanan"], ["form", "Formulir"], ["laporan", "Statistik"]];
  const views = { home: viewHome, profil: viewProfil, regulasi: viewRegulasi, info: viewInfo, layanan: viewLayanan, form: viewForm, laporan: viewLaporan };
  document.getElementById("root").innerHTML = `<div class="app">
<div class="bar"><div><span>p</span><h2>e-PPID PA Blitar</h2><span>Online</span></div>
<nav class="desk">${tabs.map((t) => `<button type="button" data-tab="${t[0]}" class="${state.tab === t[0] ? "on" : ""}"><span>${t[1]}</span></button>`).join("")}</nav>
<div><button type="button" id="theme-toggle-button" aria-label="Ubah Tema"></button><button type="button" id="bell-notification"></button></div></div>
<main>${views[state.tab]()}</main>
<div class="bottom">${[["home", "Beranda", "nav-home"], ["info", "Informasi", "nav-info"], ["profil", "Profil", "nav-profile"], ["form", "Formulir", "nav-form"], ["laporan", "Statistik", "nav-laporan"]].map((t) =>
    `<button type="button" id="${t[2]}" data-tab="${t[0]}"><span>${t[1]}</span></button>`).join("")}</div>
${modalHtml()}</div>`;
}

const SUB = {
  "profile-sub-profil": ["profil", "profil"], "profile-sub-tugas": ["profil", "tugas"], "profile-sub-visi": ["profil", "visi"],
  "info-sub-berkala": ["info", "berkala"], "info-sub-serta-merta": ["info", "sertamerta"], "info-sub-setiap-saat": ["info", "setiap_saat"], "info-sub-video": ["info", "video"],
  "layanan-sub-maklumat": ["layanan", "maklumat"], "layanan-sub-permohonan": ["layanan", "prosedur_permohonan"], "layanan-sub-keberatan": ["layanan", "prosedur_keberatan"],
  "layanan-sub-sengketa": ["layanan", "prosedur_sengketa"], "layanan-sub-jalur": ["layanan", "jalur_waktu"], "layanan-sub-biaya": ["layanan", "biaya"],
  "tab-wa": ["form", "wa"], "tab-permohonan": ["form", "permohonan"], "tab-keberatan": ["form", "keberatan"]
};

document.addEventListener("click", (e) => {
  const el = e.target.closest("[data-tab],[data-go],[data-modal],[data-detail],[data-saat],button[id]");
  if (!el) return;
  if (el.dataset.tab || el.dataset.go) { state.tab = el.dataset.tab || el.dataset.go; state.q = ""; }
  else if (el.dataset.modal) state.modal = { kind: "org" };
  else if (el.dataset.detail) { const it = INFORMASI_BERKALA[+el.dataset.detail]; state.modal = { title: it[0], content: it[2] || "Dokumen isi belum dimasukkan." }; }
  else if (el.dataset.saat) { const it = INFORMASI_SETIAP_SAAT[+el.dataset.saat]; state.modal = { title: it[0], content: `Dokumen ${it[0]} berstatus Terbuka untuk Umum. Anda dapat meminta salinan fisik maupun dokumen soft copy (.pdf) secara lengkap melalui unit Meja Informasi atau Formulir Permohonan dengan nomor referensi Dokumen KMA.` }; }
  else if (el.id === "modal-close") state.modal = null;
  else if (el.id === "bell-notification") state.modal = { kind: "notif" };
  else if (el.id === "theme-toggle-button") { state.dark = !state.dark; document.documentElement.classList.toggle("dark", state.dark); }
  else if (el.id === "send-wa-button") { window.open("https://wa.me/6282143635431?text=" + encodeURIComponent(document.getElementById("wa-message").value), "_blank"); return; }
  else if (el.id === "download-structure-button") { window.print(); return; }
  else if (SUB[el.id]) { const [k, v] = SUB[el.id]; state[k] = v; if (k === "info") state.q = ""; }
  else return;
  render();
});
document.addEventListener("input", (e) => {
  if (e.target.id === "berkala-search") { state.q = e.target.value; render(); const i = document.getElementById("berkala-search"); i.focus(); i.setSelectionRange(i.value.length, i.value.length); }
});
document.addEventListener("submit", (e) => { e.preventDefault(); window.open("https://wa.me/6282143635431", "_blank"); });
render();
