/* Compact stand-in for FlyonUI's dropdown plugin (assets/js/flyonui.js of the source): a click on a
   .dropdown-toggle opens its sibling .dropdown-menu (removes `hidden`, adds `dropdown-open` to the
   .dropdown), a click elsewhere closes every open one. Nothing else of the library is used by the pages. */
(function () {
  function closeAll(except) {
    document.querySelectorAll('.dropdown.dropdown-open').forEach(function (d) {
      if (except && d.contains(except)) return;
      d.classList.remove('dropdown-open');
      var m = d.querySelector(':scope > .dropdown-menu');
      if (m) m.classList.add('hidden');
      var t = d.querySelector(':scope > .dropdown-toggle');
      if (t) t.setAttribute('aria-expanded', 'false');
    });
  }
  document.addEventListener('click', function (e) {
    var toggle = e.target.closest('.dropdown-toggle');
    if (!toggle) { closeAll(null); return; }
    var dd = toggle.closest('.dropdown');
    var menu = dd && dd.querySelector(':scope > .dropdown-menu');
    if (!menu) return;
    var open = menu.classList.contains('hidden');
    closeAll(dd);
    menu.classList.toggle('hidden', !open);
    dd.classList.toggle('dropdown-open', open);
    toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
  });
})();
