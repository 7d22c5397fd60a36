// Compact rewrite of app/component/header.tsx (e7388ed): the desktop mega menu exists only while a
// top-level item is hovered (renderMegaContent returns null otherwise); the burger toggles the mobile menu.
(function () {
  var MEGA = {
    profil: ['Profil Dinkominfo', 'Informasi mengenai profil, tugas, fungsi, serta struktur organisasi Dinkominfo Kabupaten Banyumas.', [
      ['VM', 'Visi dan Misi', 'Arah dan tujuan Dinkominfo Kabupaten Banyumas.', '/pages/profile/'],
      ['TF', 'Tugas dan Fungsi', 'Ruang lingkup tugas dan fungsi Dinkominfo.', '/pages/profile/tugas-fungsi'],
      ['SO', 'Struktur Organisasi', 'Susunan organisasi dan unit kerja Dinkominfo.', '/pages/profile/struktur-organisasi'],
      ['SJ', 'Sejarah Dinkominfo', 'Perjalanan dan perkembangan Dinkominfo Banyumas.', '/pages/profile/sejarah'],
      ['AK', 'Alamat dan Kontak', 'Lokasi kantor dan informasi kontak resmi.', '/pages/profile/alamat-kontak'],
      ['IK', 'Indikator Kinerja Utama', 'Target dan indikator kinerja Dinkominfo.', '/pages/profile/iku']]],
    ppid: ['PPID', 'Layanan informasi publik, dasar hukum, dan tata cara permohonan informasi di lingkungan Pemerintah Kabupaten Banyumas.', [
      ['SK', 'SK DIP Dikecualikan', 'Daftar informasi yang dikecualikan sesuai ketentuan.', '/pages/PPID/sk-dip-dikecualikan'],
      ['BR', 'Berkala', 'Informasi publik yang diumumkan secara berkala.', '/pages/PPID/berkala'],
      ['SS', 'Setiap Saat', 'Informasi yang dapat diakses sewaktu-waktu.', '/pages/PPID/setiap-saat'],
      ['SM', 'Serta Merta', 'Informasi yang wajib disampaikan segera kepada publik.', '/pages/PPID/serta-merta'],
      ['ST', 'Struktur PPID', 'Susunan dan personel pengelola PPID.', '/pages/PPID/struktur-ppid'],
      ['MP', 'Maklumat Pelayanan', 'Komitmen pelayanan informasi publik oleh PPID.', '/pages/PPID/maklumat-pelayanan'],
      ['LT', 'Laporan Tahunan', 'Laporan pelaksanaan layanan informasi publik.', '/pages/PPID/laporan-tahunan'],
      ['SK', 'SK PPID', 'Dasar hukum pembentukan PPID Banyumas.', '/pages/PPID/sk-ppid'],
      ['DP', 'SK Penetapan DIP', 'Penetapan daftar informasi publik yang dikelola.', '/pages/PPID/sk-penetapan-dip'],
      ['PI', 'Permohonan Informasi', 'Prosedur permohonan informasi.', '/pages/PPID/permohonan-informasi'],
      ['FK', 'Formulir Keberatan', 'Prosedur dan formulir pengajuan keberatan informasi.', '/PPID/form-keberatan'],
      ['SP', 'SOP Layanan Informasi Publik', 'Standar operasional prosedur layanan informasi publik.', '/PPID/sop']]],
    menuPublik: ['Menu Publik', 'Pintu masuk ke konten utama layanan informasi publik Dinkominfo Banyumas.', [
      ['B', 'Berita', 'Kumpulan berita terkini Dinkominfo Banyumas.', '/pages/menu-publik/berita'],
      ['P', 'Pelayanan', 'Informasi layanan publik yang tersedia.', '/pages/menu-publik/pelayanan'],
      ['P', 'Pengumuman', 'Informasi penting dan pengumuman resmi.', '/pages/menu-publik/pengumuman'],
      ['M', 'Materi Bimtek', 'Dokumen dan materi kegiatan bimbingan teknis.', '/pages/menu-publik/materi-bimtek'],
      ['G', 'Galeri', 'Dokumentasi foto dan kegiatan Dinkominfo.', '/pages/menu-publik/galeri'],
      ['R', 'Reformasi Birokrasi', 'Informasi program reformasi birokrasi.', '/pages/menu-publik/reformarsi-birokrasi']]]
  };
  function esc(t) { return String(t).replace(/&/g, '&amp;').replace(/</g, '&lt;'); }
  function open(key) {
    var m = MEGA[key], box = document.getElementById('mega');
    var h = '<div class="megaContainer"><div class="megaPanel"><button type="button" class="megaClose" aria-label="Tutup">×</button>' +
      '<div class="megaHeader"><h3>' + esc(m[0]) + '</h3><p>' + esc(m[1]) + '</p></div><div class="megaGrid">';
    m[2].forEach(function (it) {
      h += '<a href="' + it[3] + '" class="megaItem"><div class="megaIcon">' + it[0] + '</div><div class="megaText"><h4>' +
        esc(it[1]) + '</h4><p>' + esc(it[2]) + '</p></div></a>';
    });
    box.innerHTML = h + '</div></div></div>';
    box.querySelector('.megaClose').onclick = close;
  }
  function close() { document.getElementById('mega').innerHTML = ''; }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-mega]').forEach(function (li) {
      li.addEventListener('mouseenter', function () { open(li.getAttribute('data-mega')); });
    });
    document.getElementById('hoverzone').addEventListener('mouseleave', close);
    var mm = document.getElementById('mobilemenu');
    document.getElementById('burger').addEventListener('click', function () {
      mm.style.display = mm.style.display === 'none' ? 'block' : 'none'; close();
    });
    mm.addEventListener('click', function () { mm.style.display = 'none'; });
  });
})();
