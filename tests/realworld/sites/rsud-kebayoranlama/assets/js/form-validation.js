// Compact rewrite of js/form-validation.js: required-field checks, then the form is sent by fetch as
// FormData to api/save-permohonan.php (and, on the objection page, also to api/save-pengajuan-keberatan.php).
// Neither endpoint exists in the repository (no api/ folder); SweetAlert2 (a CDN script) becomes alert().
function required(form) {
  var ok = true;
  form.querySelectorAll('input[type=text], input[type=email], input[type=file], textarea, select').forEach(function (el) {
    if (!el.value) ok = false;
  });
  return ok;
}
function send(form, url) {
  fetch(url, { method: 'POST', body: new FormData(form) })
    .then(function (r) { return r.json(); })
    .then(function (d) { alert(d.success ? 'Permohonan Berhasil Diterima!' : 'Terjadi Kesalahan'); })
    .catch(function () { alert('Terjadi kesalahan jaringan. Silahkan coba lagi.'); });
}
document.addEventListener('DOMContentLoaded', function () {
  var form = document.querySelector('form');
  var btn = document.querySelector('.btn-simpan');
  if (!form || !btn) return;
  btn.addEventListener('click', function (e) {
    e.preventDefault();
    if (required(form)) send(form, 'api/save-permohonan.php'); else alert('Validasi Gagal');
  });
  if (document.querySelector('.form-keberatan')) {
    btn.addEventListener('click', function (e) {
      e.preventDefault();
      if (required(form)) send(form, 'api/save-pengajuan-keberatan.php');
    });
  }
});
