// Compact rewrite of the kiosk's app.js: scene switching, tabs, QR modal, links opened in an iframe modal.
// (Service worker registration and the canvas zoom/pinch handlers left out.)
document.addEventListener('DOMContentLoaded', function () {
  var scenes = document.querySelectorAll('.app-scene');
  document.addEventListener('click', function (e) {
    var b = e.target.closest('[data-target]');
    if (b && b.getAttribute('data-target').indexOf('scene-') === 0) {
      var id = b.getAttribute('data-target');
      if (document.getElementById(id)) scenes.forEach(function (s) { s.classList.toggle('active', s.id === id); });
    }
    var q = e.target.closest('.btn-show-qr');
    if (q) {
      document.getElementById('qrModalImg').src = q.getAttribute('data-qr');
      document.getElementById('qrModalTitle').textContent = q.getAttribute('data-qr-title') || 'Scan QR Code';
      document.getElementById('qr-modal').classList.add('show');
    }
    var l = e.target.closest('.dh-pdf-link') || e.target.closest('.dteal-link');
    if (l) {
      e.preventDefault();
      var t = l.querySelector('.dteal-text');
      document.getElementById('docIframe').src = l.getAttribute('href');
      document.getElementById('iframeModalTitle').textContent = t ? t.textContent.trim() : 'Dokumen Informasi';
      document.getElementById('iframe-modal').classList.add('show');
    }
  });
  document.querySelectorAll('.tab-bar').forEach(function (bar) {
    bar.querySelectorAll('.tab-btn').forEach(function (btn) {
      btn.addEventListener('click', function () {
        var scene = btn.closest('.app-scene'), id = btn.getAttribute('data-tab');
        bar.querySelectorAll('.tab-btn').forEach(function (x) { x.classList.remove('active'); });
        btn.classList.add('active');
        scene.querySelectorAll(':scope > .tab-content').forEach(function (tc) { tc.classList.toggle('active', tc.id === id); });
      });
    });
  });
  document.getElementById('btnCloseQR').addEventListener('click', function () { document.getElementById('qr-modal').classList.remove('show'); });
  document.getElementById('btnCloseIframe').addEventListener('click', function () {
    document.getElementById('iframe-modal').classList.remove('show'); document.getElementById('docIframe').src = '';
  });
});
