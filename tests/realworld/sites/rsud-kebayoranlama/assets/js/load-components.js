// Compact rewrite of js/load-components.js: a second loader, included by every page but the home page
// (which loads only main.js). It fills the same three containers; pages without #main-content reject it.
function ComponentLoader() {}
ComponentLoader.prototype.load = function (containerId, path) {
  var c = document.getElementById(containerId);
  if (!c) return Promise.reject('Container ' + containerId + ' not found');
  return fetch(path).then(function (r) { if (!r.ok) throw new Error('Failed to load ' + path); return r.text(); })
    .then(function (html) { c.innerHTML = html; return html; })
    .catch(function () { c.innerHTML = '<div>Gagal memuat komponen</div>'; });
};
ComponentLoader.prototype.loadAll = function () {
  return Promise.all([
    this.load('navbar-container', 'includes/navbar.html'),
    this.load('main-content', 'beranda.html'),
    this.load('footer-container', 'includes/footer.html')
  ]);
};
var loader = new ComponentLoader();
document.addEventListener('DOMContentLoaded', function () {
  loader.loadAll().then(function () { console.log('Semua komponen berhasil dimuat'); }, function (e) { console.error(e); });
});
