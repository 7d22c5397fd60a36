// Compact working rewrite (no jQuery) of js/main.js of AuliaRadix/RSUD-BENDAN @0e58ab1 (Colorlib 'Aesthetic' template
// adapted for RSUD Bendan Kota Pekalongan). As in the source: on document ready, setCopyrightYear() runs first (the
// footer is not loaded yet, so the footer's '2024' stays), then loadComponent() fetches header.html into #header-site
// (marks the active menu item, wires the burger sidebar) and footer.html into #footer-site (the source then draws a
// Leaflet map in #map: left out). Delegated clicks open/close the sidebar's dropdowns; the FAQ/document accordions
// toggle '.open'; a MutationObserver rewrites every Google Drive '/file/d/<id>/view' link inside
// '.about__list_document' into 'https://drive.google.com/uc?export=download&id=<id>' (target _blank); service-card
// modals open/close. Left out: preloader fade, slicknav mobile menu, owl/magnific/nice-select plugins, the home
// slider, 3D carousel, the visit chart (Chart.js, invented figures), the Swiper of announcements, back-to-top.
'use strict';
(function () {
  function initHeaderPlugins() {
    var current = window.location.pathname.split('/').pop() || 'index.html';
    document.querySelectorAll('.header__menu ul li a, .sidebar__menu ul li a').forEach(function (a) {
      var href = a.getAttribute('href');
      if (!href || href === '#' || href.indexOf('javascript:') === 0) return;
      if (href.replace(/^\.\//, '').split('/').pop().toLowerCase() === current.toLowerCase()) {
        a.parentElement.classList.add('active');
        var dd = a.closest('ul.dropdown');
        if (dd && dd.parentElement.tagName === 'LI') { dd.parentElement.classList.add('active', 'open'); dd.classList.add('show'); }
      }
    });
    var burger = document.getElementById('burgerBtn');
    if (burger) burger.addEventListener('click', function () {
      document.getElementById('sidebar').classList.add('active');
      document.getElementById('sidebarOverlay').classList.add('active');
    });
  }
  async function loadComponent() {
    try {
      var h = await (await fetch('header.html')).text();
      var he = document.getElementById('header-site');
      if (he) { he.innerHTML = h; initHeaderPlugins(); }
      var f = await (await fetch('footer.html')).text();
      var fe = document.getElementById('footer-site');
      if (fe) fe.innerHTML = f;
    } catch (e) { console.error('Gagal memuat komponen:', e); }
  }
  function setCopyrightYear() {
    var y = document.getElementById('current-year');
    if (y) y.textContent = new Date().getFullYear();
  }
  function ready() { loadComponent(); setCopyrightYear(); }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready); else ready();

  document.addEventListener('click', function (e) {
    var a = e.target.closest('.sidebar__menu li.has-dropdown > a');
    if (a) {
      e.preventDefault();
      var li = a.parentElement, dd = li.querySelector(':scope > .dropdown');
      if (!dd) return;
      if (li.classList.contains('open')) { dd.classList.remove('show'); li.classList.remove('open'); }
      else {
        Array.prototype.forEach.call(li.parentElement.children, function (s) {
          if (s !== li && s.classList.contains('open')) { s.classList.remove('open'); var d = s.querySelector(':scope > .dropdown'); if (d) d.classList.remove('show'); }
        });
        dd.classList.add('show'); li.classList.add('open');
      }
      return;
    }
    if (e.target.closest('#sidebarOverlay, #sidebarClose')) {
      document.getElementById('sidebar').classList.remove('active');
      document.getElementById('sidebarOverlay').classList.remove('active');
      document.querySelectorAll('.sidebar__menu li.has-dropdown').forEach(function (li) {
        li.classList.remove('open'); var d = li.querySelector(':scope > .dropdown'); if (d) d.classList.remove('show');
      });
      return;
    }
    var card = e.target.closest('.service-card[data-modal]');
    if (card) { var m = document.getElementById(card.getAttribute('data-modal')); if (m) { m.style.display = 'flex'; m.classList.add('active'); } return; }
    var close = e.target.closest('[data-close-modal]');
    if (close) { var c = document.getElementById(close.getAttribute('data-close-modal')); if (c) { c.classList.remove('active'); c.style.display = 'none'; } }
  });

  function setupDriveLinks() {
    document.querySelectorAll('.about__list_document a').forEach(function (link) {
      if (link.dataset.driveProcessed) return;
      var href = link.getAttribute('href');
      if (!href || href.indexOf('drive.google.com') === -1) return;
      link.target = '_blank'; link.rel = 'noopener noreferrer';
      var m = href.match(/\/d\/([^\/\?]+)/);
      if (m) link.href = 'https://drive.google.com/uc?export=download&id=' + m[1];
      link.dataset.driveProcessed = 'true';
    });
  }
  new MutationObserver(setupDriveLinks).observe(document.body, { childList: true, subtree: true });
  setupDriveLinks();

  document.querySelectorAll('.faq-question').forEach(function (button) {
    button.addEventListener('click', function () {
      var item = button.parentElement;
      document.querySelectorAll('.faq-item').forEach(function (other) {
        if (other !== item) { other.classList.remove('open'); other.querySelector('.faq-question').classList.remove('active'); }
      });
      item.classList.toggle('open'); button.classList.toggle('active');
    });
  });
})();
