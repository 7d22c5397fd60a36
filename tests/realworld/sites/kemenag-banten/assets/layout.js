// Compact rewrite of layout.js (KemenagBanten/ppid-kanwil-kemenag-banten @12b9acf): on DOMContentLoaded it fetches the
// shared fragments (navbar, inner hero, accessibility panel, footer) into the page's empty placeholders, fills the
// footer's social links, marks the active menu item, sets the inner hero from <body data-hero-*>, wires the navbar
// search button (focus the home search, or go to index.html#searchInput) and fires 'layout:loaded'.
// Left out: the accessibility text-scaling/contrast handlers and the mobile menu toggling (layout only).
const FOOTER_SOCIAL = [
  { platform: 'Facebook', url: 'https://www.facebook.com/p/Kemenag-Banten-100067774616570/' },
  { platform: 'Instagram', url: 'https://www.instagram.com/kemenag_banten_official/' },
  { platform: 'X', url: 'https://www.x.com/kemenag_banten_official/' },
  { platform: 'TikTok', url: 'https://www.tiktok.com/@kemenag.banten.of/' },
  { platform: 'YouTube', url: 'https://www.youtube.com/@kemenagbantenofficial890' }
];
document.addEventListener('DOMContentLoaded', async function () {
  async function loadComponent(selector, file) {
    const target = document.querySelector(selector);
    if (!target) return;
    try {
      const response = await fetch(file);
      if (!response.ok) throw new Error(`Gagal memuat ${file}: ${response.status}`);
      target.innerHTML = await response.text();
    } catch (error) {
      console.error(`Gagal memuat komponen ${file}:`, error);
    }
  }
  await loadComponent('#siteNavbar', 'components/navbar.html');
  await loadComponent('#innerHero', 'components/inner-hero.html');
  await loadComponent('#accessibility', 'components/accessibility.html');
  await loadComponent('#siteFooter', 'components/footer.html');
  setFooterSocial();
  setActiveNavigation();
  setInnerHero();
  initNavbarSearch();
  document.dispatchEvent(new CustomEvent('layout:loaded'));
});
function setActiveNavigation() {
  const currentPage = window.location.pathname.split('/').pop().toLowerCase() || 'index.html';
  document.querySelectorAll('#mainNav a.nav-link').forEach(function (link) {
    const href = link.getAttribute('href');
    if (!href || href.startsWith('http') || href.startsWith('#')) return;
    link.classList.toggle('active', href.split('/').pop().split('#')[0].toLowerCase() === currentPage);
  });
}
function setInnerHero() {
  const hero = document.querySelector('#innerHero');
  if (!hero) return;
  const d = document.body.dataset;
  const k = document.getElementById('innerHeroKicker'), t = document.getElementById('innerHeroTitle'), p = document.getElementById('innerHeroDescription');
  if (k && d.heroKicker) k.textContent = d.heroKicker;
  if (t && d.heroTitle) t.textContent = d.heroTitle;
  if (p && d.heroDescription) p.textContent = d.heroDescription;
}
// The fetched footer fragment has no #footerSocial element, so this finds nothing and returns (as in the source).
function setFooterSocial() {
  const socialContainer = document.getElementById('footerSocial');
  if (!socialContainer) return;
  socialContainer.innerHTML = '';
  FOOTER_SOCIAL.forEach(function (item) {
    const link = document.createElement('a');
    link.href = item.url; link.target = '_blank'; link.rel = 'noopener noreferrer'; link.title = item.platform;
    link.setAttribute('aria-label', 'Kunjungi ' + item.platform);
    link.textContent = item.platform;
    socialContainer.appendChild(link);
  });
}
function initNavbarSearch() {
  const searchButton = document.getElementById('navbarSearchButton');
  if (!searchButton) return;
  searchButton.addEventListener('click', function () {
    const currentPage = window.location.pathname.split('/').pop().toLowerCase() || 'index.html';
    if (currentPage === 'index.html') {
      const searchInput = document.getElementById('searchInput');
      if (searchInput) { searchInput.scrollIntoView({ block: 'center' }); searchInput.focus(); }
      return;
    }
    window.location.href = 'index.html#searchInput';
  });
}
