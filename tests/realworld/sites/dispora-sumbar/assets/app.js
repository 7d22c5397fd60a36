// Compact working rewrite (no React) of the client behaviour of the Dispora Sumbar Next.js pages:
// Header burger menu, /ppid request form (simulated submit), /unduh category -> document list with
// script-made download links, /lapor report-type -> form (simulated submit), /kontak form (simulated).
(function () {
  function h(html) { var d = document.createElement('div'); d.innerHTML = html; return d; }
  function esc(s) { return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;'); }

  // Header: mobile menu shown only when the burger is toggled
  var burger = document.querySelector('[data-toggle="mobile-menu"]');
  var mobile = document.getElementById('mobile-menu');
  if (burger && mobile) burger.addEventListener('click', function () {
    if (mobile.innerHTML) { mobile.innerHTML = ''; return; }
    mobile.innerHTML = '<div class="py-3">' +
      [['/', 'BERANDA'], ['/profil', 'PROFIL'], ['/berita', 'BERITA'], ['/galeri', 'GALERI'], ['/program', 'PROGRAM'],
       ['/layanan', 'LAYANAN'], ['/kontak', 'HUBUNGI KAMI'], ['/ppid', 'PPID']].map(function (l) {
        return '<a href="' + l[0] + '">' + l[1] + '</a>'; }).join('') +
      '<div><button data-toggle="unduh-sub">UNDUH &amp; LAPOR</button><div id="unduh-sub"></div></div></div>';
    mobile.querySelector('[data-toggle="unduh-sub"]').addEventListener('click', function () {
      var s = document.getElementById('unduh-sub');
      s.innerHTML = s.innerHTML ? '' : '<a href="/unduh">Unduh Dokumen</a><a href="/lapor">Lapor &amp; Pengaduan</a>';
    });
  });

  // /ppid: 'Ajukan Permohonan Informasi' reveals the form; submit only shows a made-up number
  var showBtn = document.querySelector('[data-action="show-ppid-form"]');
  var slot = document.getElementById('ppid-form-slot');
  if (showBtn && slot) showBtn.addEventListener('click', function () {
    document.getElementById('ppid-form-toggle').style.display = 'none';
    slot.innerHTML = '<section class="py-16 bg-gray-50"><h2>Form Permohonan Informasi</h2><button data-close>&#10005;</button>' +
      '<form id="ppid-form">' +
      '<label>Nama Lengkap *</label><input type="text" name="name" required placeholder="Masukkan nama lengkap">' +
      '<label>Email *</label><input type="email" name="email" required placeholder="nama@email.com">' +
      '<label>Nomor Telepon *</label><input type="tel" name="phone" required placeholder="08xx xxxx xxxx">' +
      '<label>Jenis Permohonan *</label><select name="requestType" required><option value="">Pilih jenis</option>' +
      '<option value="berkala">Informasi Berkala</option><option value="serta-merta">Informasi Serta Merta</option>' +
      '<option value="setiap-saat">Informasi Setiap Saat</option><option value="lainnya">Lainnya</option></select>' +
      '<label>Tujuan Penggunaan Informasi *</label><input type="text" name="purpose" required placeholder="Untuk penelitian, tugas akhir, dll">' +
      '<label>Rincian Informasi yang Dibutuhkan *</label><textarea name="description" required rows="5" placeholder="Jelaskan secara detail informasi yang Anda butuhkan..."></textarea>' +
      '<button type="submit">Kirim Permohonan</button></form></section>';
    slot.querySelector('[data-close]').addEventListener('click', function () {
      slot.innerHTML = ''; document.getElementById('ppid-form-toggle').style.display = '';
    });
    slot.querySelector('form').addEventListener('submit', function (e) {
      e.preventDefault(); // nothing is sent anywhere
      var n = String(Math.floor(Math.random() * 1000)).padStart(3, '0');
      slot.innerHTML = '<section class="py-16 bg-gray-50"><h2>Permohonan Berhasil Dikirim!</h2>' +
        '<p>Nomor registrasi: <span>PPID-2026-' + n + '</span></p>' +
        '<p>Permohonan Anda akan diproses maksimal 10 hari kerja sesuai dengan UU No. 14 Tahun 2008. Anda akan dihubungi melalui email/telepon yang terdaftar.</p></section>';
    });
  });

  // /unduh: src/data/downloads.json (compacted); a click on a category card lists its documents
  var DOCS = {
    1: ['Formulir & Template', 'Formulir dan template surat untuk keperluan administrasi', [
      ['Formulir Permohonan Informasi Publik', 'Formulir untuk mengajukan permohonan informasi publik', '/downloads/form-permohonan-informasi.pdf', '350 KB', 'PDF', '1 Des 2025', 267],
      ['Formulir Pengajuan Keberatan', 'Formulir untuk mengajukan keberatan atas penolakan informasi', '/downloads/form-keberatan.pdf', '280 KB', 'PDF', '1 Des 2025', 89],
      ['Formulir Pengaduan Masyarakat', 'Formulir untuk menyampaikan pengaduan terkait pelayanan', '/downloads/form-pengaduan.pdf', '320 KB', 'PDF', '15 Nov 2025', 156],
      ['Template Surat Permohonan', 'Template surat permohonan untuk berbagai keperluan', '/downloads/template-surat-permohonan.docx', '45 KB', 'DOCX', '20 Okt 2025', 203]]],
    2: ['Laporan & Dokumen Publik', 'Laporan kinerja, keuangan, dan dokumen publik lainnya', [
      ['Laporan Kinerja Tahunan 2025', 'Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun 2025', '/downloads/lkjip-2025.pdf', '2.5 MB', 'PDF', '10 Jan 2026', 145],
      ['Laporan Keuangan 2025', 'Ringkasan Laporan Keuangan Tahun Anggaran 2025', '/downloads/laporan-keuangan-2025.pdf', '1.8 MB', 'PDF', '5 Jan 2026', 98],
      ['Rencana Strategis 2024-2026', 'Dokumen Perencanaan Strategis Dispora Sumbar 2024-2026', '/downloads/renstra-2024-2026.pdf', '3.2 MB', 'PDF', '15 Des 2024', 234],
      ['Daftar Informasi Publik 2026', 'Daftar Informasi Publik (DIP) Dispora Sumbar Tahun 2026', '/downloads/dip-2026.pdf', '1.2 MB', 'PDF', '1 Jan 2026', 176]]],
    3: ['Peraturan & Kebijakan', 'Peraturan, kebijakan, dan SOP yang berlaku', [
      ['Peraturan Gubernur tentang Pemuda', 'Pergub terbaru tentang pemberdayaan pemuda', '/downloads/pergub-pemuda-2025.pdf', '890 KB', 'PDF', '20 Nov 2025', 167],
      ['SOP Pelayanan Informasi Publik', 'Standar Operasional Prosedur pelayanan informasi', '/downloads/sop-pelayanan-informasi.pdf', '800 KB', 'PDF', '20 Des 2025', 89],
      ['Kebijakan Program Kepemudaan', 'Dokumen kebijakan program kepemudaan tahun 2026', '/downloads/kebijakan-kepemudaan-2026.pdf', '1.1 MB', 'PDF', '10 Des 2025', 112]]],
    4: ['Panduan & Juknis', 'Panduan teknis dan petunjuk pelaksanaan program', [
      ['Juknis Bantuan Organisasi Kepemudaan', 'Petunjuk teknis pengajuan bantuan untuk organisasi pemuda', '/downloads/juknis-bantuan-organsisasi.pdf', '1.5 MB', 'PDF', '1 Nov 2025', 289],
      ['Panduan Pengajuan Proposal Kegiatan', 'Panduan lengkap pengajuan proposal kegiatan kepemudaan', '/downloads/panduan-proposal.pdf', '950 KB', 'PDF', '15 Okt 2025', 321],
      ['Juknis Pelatihan Kepemimpinan Pemuda', 'Petunjuk teknis pelaksanaan pelatihan kepemimpinan', '/downloads/juknis-pelatihan-leadership.pdf', '780 KB', 'PDF', '20 Sep 2025', 198]]]
  };
  var unduh = document.getElementById('unduh-main');
  if (unduh) {
    var home = unduh.innerHTML;
    var bind = function () {
      unduh.querySelectorAll('[data-category]').forEach(function (card) {
        card.addEventListener('click', function () { list(+card.getAttribute('data-category'), ''); });
      });
    };
    var list = function (id, q) {
      var c = DOCS[id];
      var docs = c[2].filter(function (d) { return (d[0] + ' ' + d[1]).toLowerCase().indexOf(q.toLowerCase()) >= 0; });
      unduh.innerHTML = '<section class="py-16"><button data-back>&larr; Kembali ke Kategori</button>' +
        '<h2>' + esc(c[0]) + '</h2><p>' + esc(c[1]) + '</p>' +
        '<input type="text" placeholder="Cari dokumen dalam kategori ini..." value="' + esc(q) + '">' +
        (docs.length ? '<div class="grid">' + docs.map(function (d, i) {
          return '<div><span>' + d[4] + '</span><h3>' + esc(d[0]) + '</h3><p>' + esc(d[1]) + '</p><div><span>' + d[3] +
            '</span><span>' + d[5] + '</span></div><button data-dl="' + i + '">Unduh (' + d[6] + 'x)</button></div>';
        }).join('') + '</div>'
        : '<div><h3>Dokumen Tidak Ditemukan</h3><p>Coba gunakan kata kunci lain</p><button data-clear>Hapus Pencarian</button></div>') +
        '</section>';
      unduh.querySelector('[data-back]').addEventListener('click', function () { unduh.innerHTML = home; bind(); });
      var inp = unduh.querySelector('input');
      inp.addEventListener('input', function () { list(id, inp.value); });
      var clr = unduh.querySelector('[data-clear]');
      if (clr) clr.addEventListener('click', function () { list(id, ''); });
      unduh.querySelectorAll('[data-dl]').forEach(function (b) {
        b.addEventListener('click', function () {
          var d = docs[+b.getAttribute('data-dl')];
          var a = document.createElement('a'); // as the original: a temporary link, clicked and removed
          a.href = d[2]; a.download = d[0] + '.' + d[4].toLowerCase();
          document.body.appendChild(a); a.click(); document.body.removeChild(a);
        });
      });
    };
    bind();
  }

  // /lapor: src/data/reports.json field lists (compacted); submit only shows a made-up ticket
  var REPORTS = {
    1: ['Pengaduan Pelayanan', 'Sampaikan keluhan atau masukan terkait pelayanan publik', 'Nama Lengkap*|Email*|No. Telepon*|Jenis Pengaduan*|Lokasi/Unit Kerja*|Tanggal Kejadian*|Uraian Pengaduan*|Upload Bukti (Opsional)'],
    2: ['Laporan Gratifikasi', 'Laporkan penerimaan gratifikasi sesuai peraturan perundangan', 'Nama Pelapor*|NIP*|Jabatan*|Unit Kerja*|Jenis Gratifikasi*|Nilai Taksiran*|Nama Pemberi*|Tanggal Penerimaan*|Kronologi*|Upload Bukti*'],
    3: ['Whistle Blowing System', 'Laporkan dugaan pelanggaran atau tindak pidana korupsi secara aman', 'Laporan Anonim|Nama (Opsional jika anonim)|Kontak (Opsional jika anonim)|Jenis Pelanggaran*|Identitas Terlapor*|Jabatan Terlapor*|Waktu Kejadian*|Tempat Kejadian*|Uraian Lengkap Pelanggaran*|Upload Bukti Pendukung'],
    4: ['Saran & Masukan', 'Berikan saran dan masukan untuk peningkatan layanan', 'Nama*|Email*|Kategori*|Saran & Masukan*']
  };
  var lapor = document.getElementById('lapor-main');
  if (lapor) {
    var lhome = lapor.innerHTML;
    var lbind = function () {
      lapor.querySelectorAll('[data-report]').forEach(function (card) {
        card.addEventListener('click', function () { form(+card.getAttribute('data-report')); });
      });
    };
    var form = function (id) {
      var r = REPORTS[id];
      lapor.innerHTML = '<section class="py-16"><button data-back>&larr; Kembali</button><h2>' + esc(r[0]) + '</h2><p>' + esc(r[1]) + '</p><form>' +
        r[2].split('|').map(function (f) {
          var req = f.slice(-1) === '*'; var label = req ? f.slice(0, -1) : f;
          return '<div><label>' + esc(label) + (req ? ' <span>*</span>' : '') + '</label><input type="text"' + (req ? ' required' : '') + '></div>';
        }).join('') + '<button type="submit">Kirim Laporan</button></form></section>';
      lapor.querySelector('[data-back]').addEventListener('click', function () { lapor.innerHTML = lhome; lbind(); });
      lapor.querySelector('form').addEventListener('submit', function (e) {
        e.preventDefault();
        var n = String(Math.floor(Math.random() * 1000)).padStart(3, '0');
        lapor.innerHTML = '<section class="py-16"><h2>Laporan Berhasil Dikirim!</h2><p>Nomor tiket Anda: <span>LPR-2026-' + n +
          '</span></p><p>Laporan Anda akan ditindaklanjuti maksimal 3x24 jam. Anda dapat melacak status laporan menggunakan nomor tiket di atas.</p>' +
          '<button data-back>Kembali ke Halaman Utama</button></section>';
        lapor.querySelector('[data-back]').addEventListener('click', function () { lapor.innerHTML = lhome; lbind(); });
      });
    };
    lbind();
  }

  // /kontak: simulated sending
  var kf = document.getElementById('kontak-form');
  if (kf) kf.addEventListener('submit', function (e) {
    e.preventDefault();
    kf.parentNode.insertBefore(h('<p>&#10003; Pesan berhasil dikirim!</p><p>Terima kasih, kami akan segera merespons pesan Anda.</p>'), kf);
    kf.reset();
  });
})();
