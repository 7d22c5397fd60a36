// Compact rewrite of components/layout/Navbar.tsx (client component): the dropdown items exist only while the
// pointer is over their top-level item (React state openDropdown); the mobile menu only after the burger is pressed.
(function () {
  var dropdowns = {
    'Profil': [['Profil Desa', '/profil'], ['Struktur Organisasi', '/profil/struktur-organisasi']],
    'PPID': [['Profil PPID', '/ppid/profil'], ['Struktur Organisasi', '/ppid/struktur-organisasi'],
             ['Alur Permohonan Informasi', '/ppid/alur-permohonan'], ['Daftar Dokumen', '/ppid/daftar-informasi']],
    'Transparansi': [['Anggaran', '/transparansi-anggaran'], ['Realisasi Program', '/transparansi-anggaran/realisasi']]
  };
  var top = [['Profil', '/profil'], ['Layanan', '/layanan'], ['Infografik', '/infografik'], ['Potensi', '/potensi-desa'],
             ['Galeri', '/galeri'], ['PPID', '/ppid/daftar-informasi'], ['Transparansi', '/transparansi-anggaran'], ['Berita', '/berita']];
  function box(items) {
    var outer = document.createElement('div');
    outer.className = 'absolute top-full left-0 pt-3 w-64 z-50';
    var inner = document.createElement('div');
    inner.className = 'bg-white rounded-xl shadow-lg py-2 overflow-hidden';
    items.forEach(function (it) {
      var a = document.createElement('a');
      a.href = it[1]; a.textContent = it[0]; a.className = 'block px-5 py-2.5 text-sm text-gray-700';
      inner.appendChild(a);
    });
    outer.appendChild(inner);
    return outer;
  }
  function init() {
    document.querySelectorAll('nav [data-menu]').forEach(function (el) {
      var items = dropdowns[el.getAttribute('data-menu')];
      if (!items) return;
      var open = null;
      el.addEventListener('mouseenter', function () { if (!open) { open = box(items); el.appendChild(open); } });
      el.addEventListener('mouseleave', function () { if (open) { open.remove(); open = null; } });
    });
    var header = document.querySelector('header');
    var burger = header && header.querySelector('button');
    if (!burger) return;
    var mobile = null;
    burger.addEventListener('click', function () {
      if (mobile) { mobile.remove(); mobile = null; return; }
      mobile = document.createElement('div');
      mobile.className = 'md:hidden border-t border-gray-100 bg-white';
      var nav = document.createElement('nav');
      nav.className = 'px-4 py-3';
      top.forEach(function (t) {
        var row = document.createElement('div');
        var subs = dropdowns[t[0]];
        if (subs) {
          var b = document.createElement('button');
          b.textContent = t[0]; b.className = 'w-full flex items-center justify-between py-3';
          var list = null;
          b.addEventListener('click', function () {
            if (list) { list.remove(); list = null; return; }
            list = document.createElement('div');
            list.className = 'pb-2 pl-4 space-y-1';
            subs.forEach(function (s) {
              var a = document.createElement('a'); a.href = s[1]; a.textContent = s[0]; a.className = 'block py-2 text-sm';
              list.appendChild(a);
            });
            row.appendChild(list);
          });
          row.appendChild(b);
        } else {
          var a = document.createElement('a'); a.href = t[1]; a.textContent = t[0]; a.className = 'block py-3';
          row.appendChild(a);
        }
        nav.appendChild(row);
      });
      var adm = document.createElement('a'); adm.href = '/admin/login'; adm.textContent = 'Admin';
      nav.appendChild(adm);
      mobile.appendChild(nav);
      header.appendChild(mobile);
    });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init); else init();
})();
