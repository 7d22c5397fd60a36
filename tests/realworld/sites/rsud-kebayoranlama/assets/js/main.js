// Compact rewrite of js/main.js (PPID RSUD Kebayoran Lama): every page fills its containers by fetch.
function loadComponent(containerId, componentPath) {
  var container = document.getElementById(containerId);
  if (!container) return;
  fetch(componentPath)
    .then(function (r) { if (!r.ok) throw new Error('Failed to load ' + componentPath); return r.text(); })
    .then(function (html) {
      container.innerHTML = html;
      if (containerId === 'navbar-container') initializeNavbar();
      if (containerId === 'footer-container') initializeFooter();
    })
    .catch(function (e) { console.error('Error loading component:', e); });
}
// stand-in for Bootstrap's dropdown toggle (data-bs-toggle="dropdown")
function initializeNavbar() {
  document.querySelectorAll('[data-bs-toggle="dropdown"]').forEach(function (t) {
    t.addEventListener('click', function (e) {
      e.preventDefault();
      var menu = t.nextElementSibling;
      if (menu && menu.classList.contains('dropdown-menu')) menu.classList.toggle('show');
    });
  });
}
function initializeFooter() {
  var y = document.getElementById('currentYear');
  if (y) y.textContent = new Date().getFullYear();
}
document.addEventListener('DOMContentLoaded', function () {
  loadComponent('navbar-container', 'includes/navbar.html');
  loadComponent('main-content', 'beranda.html');
  loadComponent('footer-container', 'includes/footer.html');
  var wa = document.getElementById('whatsappButton');
  if (wa) wa.addEventListener('click', function () {
    window.open('https://wa.me/6289640177215?text=' + encodeURIComponent('Halo, Bisakah anda membantu saya?'), '_blank');
  });
});
