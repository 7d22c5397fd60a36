// Compact stand-in for the theme's jQuery/Bootstrap 3/PDFObject behaviour on the PPID Kabupaten Jember pages
// (index.php's startTime clock, Bootstrap modals, admin/dist/tentangkami.js's clickforembed).
function startTime() {
  var d = new Date(), p = function (n) { return (n < 10 ? '0' : '') + n; };
  var j = document.getElementById('jam'), t = document.getElementById('tanggalsekarang');
  if (j) j.textContent = p(d.getHours()) + ':' + p(d.getMinutes()) + ':' + p(d.getSeconds());
  if (t) t.textContent = d.toLocaleDateString('id-ID', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  setTimeout(startTime, 500);
}
function showModal(id) { var m = document.getElementById(id); if (m) { m.classList.add('in'); m.style.display = 'block'; } }
function clickforembed(val) {
  var urls = { '1': 'images/uu1.pdf', '2': 'images/uu2.pdf', '3': 'images/uu5.pdf' };
  var url = urls[val] || 'images/uu4.pdf';
  var t = document.querySelector('.iconbox-desc.title' + (urls[val] ? val : '4'));  // inside commented-out markup: null
  showModal('modalpdf');
  document.getElementById('titlepdf').textContent = t ? t.textContent : '';
  document.getElementById('filepdf').innerHTML = '<embed src="' + url + '" type="application/pdf" width="100%" height="450">';
}
function cariDokumen() { window.location.href = 'index.php?page=cari'; }
document.addEventListener('click', function (e) {
  var c = e.target.closest('[data-dismiss="modal"]');
  if (c) { var m = c.closest('.modal'); m.classList.remove('in'); m.style.display = 'none'; }
});
document.addEventListener('DOMContentLoaded', startTime);
