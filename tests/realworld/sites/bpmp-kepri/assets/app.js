// Compact working rewrite of what the Next.js 15 client bundle of the BPMP Kepri site attaches to the
// server-rendered HTML (src/components/element/user/{Navbar/Navbar,Navbar/NavbarPPID,Navbar/NavMenu,
// Dropdown,sidebar/SidebarMenu,sidebar/SidebarModals,button/ButtonToTop,slider/PegawaiSlider}.tsx).
// Desktop dropdowns are CSS hover (group-hover:block) and need no script.
(function () {
  // Dropdown type 'ppid' (/ppid 'Selengkapnya') and SidebarMenu groups: useState toggles 'hidden'.
  document.querySelectorAll('[data-toggle]').forEach(function (head) {
    head.addEventListener('click', function () {
      var body = head.nextElementSibling;
      if (body) body.classList.toggle('hidden');
    });
  });
  // SidebarModal: the bars icon opens the modal rendered next to it; overlay and close button close it.
  document.querySelectorAll('[data-open]').forEach(function (bars) {
    bars.addEventListener('click', function () {
      var pos = bars.getAttribute('data-open');
      var m = bars.parentElement.querySelector('.sidebar-modal[data-modal="' + pos + '"]');
      if (m) m.classList.add('open');
    });
  });
  document.querySelectorAll('[data-close]').forEach(function (c) {
    c.addEventListener('click', function () {
      var m = c.closest('.sidebar-modal');
      if (m) m.classList.remove('open');
    });
  });
  // Navbar fixed after 50 px of scroll; ButtonToTop visible after 300 px.
  var fix = document.querySelectorAll('[data-scroll-fix]');
  var top = document.querySelector('[data-totop]');
  function onScroll() {
    fix.forEach(function (n) { n.style.position = window.scrollY > 50 ? 'fixed' : ''; n.style.top = '0'; });
    if (top) top.style.opacity = window.scrollY > 300 ? '1' : '0';
  }
  window.addEventListener('scroll', onScroll);
  onScroll();
  if (top) top.addEventListener('click', function () { window.scrollTo({ top: 0, behavior: 'smooth' }); });
  // PegawaiSlider (Swiper, loop, autoplay 1 s): rotate the slides.
  var wrap = document.querySelector('[data-swiper] .swiper-wrapper');
  if (wrap && wrap.children.length > 1) {
    setInterval(function () { wrap.appendChild(wrap.firstElementChild); }, 1000);
  }
})();
