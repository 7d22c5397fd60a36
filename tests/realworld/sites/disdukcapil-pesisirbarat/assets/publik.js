// Compact working rewrite of resources/js/publik.jsx (the React islands of the Blade pages):
// Navbar (Publik/Navbar.jsx + lib/navigasi.js), ProfilTabs, FormAspirasi. Carousel, Statistik,
// HitungPengunjung and WidgetAksesibilitas are left out (they draw slides, /api/stats figures,
// a visitor count and an accessibility button; nothing of the PPID part).
(function () {
  var menuNavigasi = [
    { title: 'Informasi Produk', items: [
      { title: 'Produk Disdukcapil', href: '/produk/produk-disdukcapil', description: 'Produk dan layanan Disdukcapil' },
      { title: 'Formulir Persyaratan', href: '/produk/formulir-persyaratan', description: 'Persyaratan pengurusan dokumen kependudukan' },
      { title: 'Hukum', href: '/produk/hukum', description: 'Produk hukum terkait kependudukan' },
      { title: 'Standar Operasional Prosedur (SOP)', href: '/produk/sop', description: 'Standar operasional prosedur pelayanan' },
      { title: 'Standar Pelayanan (SP)', href: '/produk/standar-pelayanan', description: 'Standar pelayanan publik: persyaratan, waktu, dan biaya' },
      { title: 'Alur Pelayanan', href: '/produk/alur-pelayanan', description: 'Tahapan pelayanan dari pendaftaran sampai dokumen diserahkan' },
      { title: 'Inovasi', href: '/produk/inovasi', description: 'Inovasi layanan Disdukcapil Pesisir Barat' },
    ] },
    { title: 'Media Informasi', items: [
      { title: 'Berita', href: '/media/berita', description: 'Berita dan informasi terkini' },
      { title: 'Galeri', href: '/galeri', description: 'Dokumentasi kegiatan Disdukcapil' },
      { title: 'GIS Dukcapil — Peta Sebaran Penduduk', href: '/media/gis', description: 'Peta sebaran jumlah penduduk per kecamatan' },
      { title: 'Laporan Data Demografi', href: '/media/demografi', description: 'Laporan lengkap data demografi' },
    ] },
    { title: 'PPID', items: [
      { title: 'Tentang PPID', href: '/ppid/profil-ppid', description: 'Profil, gambaran pembentukan, visi-misi, struktur organisasi, maklumat, serta tugas dan tanggung jawab PPID' },
      { title: 'Informasi Publik', href: '/ppid/informasi-setiap-saat', description: 'Daftar Informasi Publik yang wajib tersedia setiap saat maupun diumumkan secara berkala (UU No. 14 Tahun 2008)' },
      { title: 'Layanan & Formulir PPID', href: '/ppid/formulir-ppid', description: 'Formulir permohonan & keberatan, SK, register, uji konsekuensi, penyelesaian sengketa, dan inovasi layanan PPID' },
    ] },
    { title: 'WBS', href: '/wbs/tentang-wbs' },
    { title: 'Pusat Bantuan', items: [
      { title: 'FAQ', href: '/pusat-bantuan/faq', description: 'Pertanyaan yang sering diajukan seputar layanan adminduk' },
      { title: 'Pengaduan & Konsultasi', href: '/pusat-bantuan/pengaduan-konsultasi', description: 'Alur layanan pengaduan dan konsultasi beserta formulir pengajuannya' },
      { title: 'Penipuan IKD', href: '/pusat-bantuan/penipuan-ikd', description: 'Waspada modus penipuan yang mengatasnamakan Disdukcapil Pesisir Barat' },
    ] },
    { title: 'Survei Kepuasan', href: '/survei-kepuasan' },
  ];

  function el(tag, attrs, kids) {
    var n = document.createElement(tag);
    for (var k in attrs || {}) {
      if (k === 'text') n.textContent = attrs[k];
      else if (k === 'style') n.style.cssText = attrs[k];
      else n.setAttribute(k, attrs[k]);
    }
    (kids || []).forEach(function (c) { if (c) n.appendChild(c); });
    return n;
  }

  function props(node) {
    try { return JSON.parse(node.getAttribute('data-props') || '{}'); } catch (e) { return {}; }
  }

  // A dropdown panel is always in the DOM, closed at height 0, opacity 0, pointer-events none.
  function dropdown(item) {
    var panel = el('div', { class: 'panel', style: 'position:absolute;height:0;opacity:0;pointer-events:none;overflow:hidden;background:#fff' },
      item.items.map(function (it) {
        return el('a', { href: it.href }, [el('div', { text: it.title }), el('div', { class: 'ket', text: it.description, style: 'max-height:0;overflow:hidden' })]);
      }));
    var btn = el('button', { type: 'button', 'aria-expanded': 'false', text: item.title });
    var root = el('div', { class: 'dropdown', style: 'position:relative;display:inline-block' }, [btn, panel]);
    btn.addEventListener('click', function () {
      var buka = btn.getAttribute('aria-expanded') !== 'true';
      btn.setAttribute('aria-expanded', String(buka));
      panel.style.height = buka ? 'auto' : '0';
      panel.style.opacity = buka ? '1' : '0';
      panel.style.pointerEvents = buka ? 'auto' : 'none';
    });
    document.addEventListener('mousedown', function (ev) {
      if (!root.contains(ev.target) && btn.getAttribute('aria-expanded') === 'true') btn.click();
    });
    return root;
  }

  function mobileSheet(tutup) {
    var nav = el('nav', {}, [el('p', { text: 'Menu' }), el('a', { href: '/', text: 'Beranda' })]);
    menuNavigasi.forEach(function (item) {
      if (!item.items) { nav.appendChild(el('a', { href: item.href, text: item.title })); return; }
      var sub = el('div', { style: 'max-height:0;overflow:hidden' },
        item.items.map(function (it) { return el('a', { href: it.href, text: it.title }); }));
      var b = el('button', { type: 'button', 'aria-expanded': 'false', text: item.title });
      b.addEventListener('click', function () {
        var buka = b.getAttribute('aria-expanded') !== 'true';
        b.setAttribute('aria-expanded', String(buka));
        sub.style.maxHeight = buka ? '2000px' : '0';
      });
      nav.appendChild(el('div', {}, [b, sub]));
    });
    var x = el('button', { type: 'button', 'aria-label': 'Tutup menu', text: '×' });
    x.addEventListener('click', tutup);
    return el('div', { role: 'dialog', class: 'sheet' }, [
      el('div', {}, [el('img', { src: '/logo-saibatin.png', alt: 'Logo SAIBATIN' }), el('p', { text: 'SAIBATIN' }), el('p', { text: 'Disdukcapil Kab. Pesisir Barat' }), x]),
      nav,
      el('div', {}, [el('a', { href: '/login', text: 'Login/Daftar' })]),
    ]);
  }

  function Navbar(node) {
    var desktop = el('div', { class: 'menu-desktop' }, menuNavigasi.map(function (item) {
      return item.items ? dropdown(item) : el('a', { href: item.href, text: item.title });
    }));
    var sheet = null;
    var burger = el('button', { type: 'button', 'aria-label': 'Buka menu navigasi', text: '☰' });
    burger.addEventListener('click', function () {
      if (sheet) return;
      sheet = mobileSheet(function () { sheet.remove(); sheet = null; });
      document.body.appendChild(sheet);
    });
    node.appendChild(el('header', { class: 'glass-nav' }, [el('div', { class: 'container' }, [el('nav', {}, [
      el('a', { href: '/' }, [el('img', { src: '/logo-saibatin.png', alt: 'Logo Disdukcapil Pesisir Barat' }),
        el('span', { text: 'SAIBATIN' }), el('span', { text: 'Disdukcapil Kab. Pesisir Barat' })]),
      desktop,
      el('div', { class: 'akun' }, [el('a', { href: '/login', text: 'Login/Daftar' })]),
      el('div', { class: 'mobile' }, [burger]),
    ])])]));
  }

  var TAB = [
    ['visi-misi', 'Visi & Misi', 'Arah dan komitmen organisasi'],
    ['motto', 'Motto & Tujuan', 'Nilai dan sasaran strategis'],
    ['maklumat', 'Maklumat', 'Janji pelayanan publik'],
    ['tugas', 'Tugas & Fungsi', 'Wewenang dan tanggung jawab'],
    ['struktur', 'Struktur', 'Susunan organisasi'],
  ];

  function list(tag, arr) { return el(tag, {}, (arr || []).map(function (t) { return el('li', { text: t }); })); }

  function panel(id, d) {
    if (id === 'visi-misi') return el('div', {}, [el('span', { text: 'Visi' }), el('p', { text: d.visi }), el('span', { text: 'Misi' }), list('ol', d.misi)]);
    if (id === 'motto') return el('div', {}, [el('span', { text: 'Motto' }), el('h4', { text: String(d.motto || '').split(', ').join(' / ') }),
      el('span', { text: 'Tujuan' }), list('ul', d.tujuan), el('span', { text: 'Sasaran' }), list('ul', d.sasaran)]);
    if (id === 'maklumat') return el('div', {}, (d.janji || []).map(function (j) {
      return el('div', { class: 'janji' }, [el('p', { text: j.title }), el('p', { text: j.desc })]);
    }).concat([el('p', { class: 'standar', text: d.standar })]));
    if (id === 'tugas') return el('div', {}, [el('span', { text: 'Tugas Pokok' }), el('p', { text: d.utama }), el('span', { text: 'Fungsi' }), list('ul', d.fungsi)]);
    return el('div', { class: 'bagan' }, (d.organisasi || []).map(function (o) {
      return el('div', {}, [el('p', { text: o.jabatan }), el('p', { text: o.nama }), el('p', { text: o.status })]);
    }));
  }

  function ProfilTabs(node) {
    var isi = props(node).isi || {};
    var aktif = 'visi-misi';
    var kotak = el('div', { class: 'kotak' });
    var bar = el('div', { class: 'tabs' });
    function gambar() {
      var t = TAB.filter(function (x) { return x[0] === aktif; })[0];
      kotak.innerHTML = '';
      kotak.appendChild(el('div', {}, [el('h3', { text: t[1] }), el('p', { text: t[2] })]));
      kotak.appendChild(panel(aktif, isi[aktif] || {}));
      Array.prototype.forEach.call(bar.children, function (b) { b.setAttribute('aria-pressed', String(b.dataset.id === aktif)); });
    }
    TAB.forEach(function (t) {
      var b = el('button', { type: 'button', text: t[1] });
      b.dataset.id = t[0];
      b.addEventListener('click', function () { aktif = t[0]; gambar(); });
      bar.appendChild(b);
    });
    node.appendChild(bar);
    node.appendChild(kotak);
    gambar();
  }

  var TEKS = {
    wbs: ['Formulir Laporan WBS', 'Isi sesuai fakta yang Anda ketahui. Nama boleh dikosongkan bila Anda ingin melapor secara anonim.', 'Nama Pelapor (opsional)', 'Uraian Kejadian', 'Kirim Laporan', '/api/pengaduan'],
    pengaduan: ['Formulir Pengaduan & Konsultasi', 'Sampaikan pengaduan atau pertanyaan Anda. Isi kontak agar kami dapat menyampaikan jawabannya.', 'Nama (opsional)', 'Pengaduan / Pertanyaan Anda', 'Kirim Pengaduan', '/api/pengaduan'],
    'kritik-saran': ['Formulir Kritik & Saran', 'Masukan Anda menjadi bahan evaluasi peningkatan mutu layanan.', 'Nama', 'Kritik / Saran Anda', 'Kirim Masukan', '/api/kritik-saran'],
  };

  function medan(id, label, tipe) {
    return el('div', {}, [el('label', { for: id, text: label }),
      tipe === 'textarea' ? el('textarea', { id: id, name: id, rows: '6', required: 'required' }) : el('input', { id: id, name: id, type: tipe || 'text' })]);
  }

  function FormAspirasi(node) {
    var varian = props(node).varian || 'pengaduan';
    var t = TEKS[varian] || TEKS.pengaduan;
    var galat = el('div', { role: 'alert' });
    var kids = [medan('asp-nama', t[2]), medan('asp-kontak', 'No. HP / WhatsApp' + (varian === 'kritik-saran' ? ' (opsional)' : '')),
      medan('asp-email', 'Email (opsional)', 'email'), medan('asp-uraian', t[3], 'textarea')];
    if (varian === 'wbs') kids.push(medan('asp-waktu', 'Waktu & Tempat Kejadian'), medan('asp-pihak', 'Pihak yang Diduga Terlibat'));
    if (varian !== 'kritik-saran') kids.push(el('div', {}, [el('label', { text: 'Bukti Foto (opsional, maks 4 foto @5 MB)' }),
      el('input', { type: 'file', accept: '.jpg,.jpeg,.png,image/jpeg,image/png', multiple: 'multiple' })]));
    kids.push(el('button', { type: 'submit', text: t[4] }));
    var form = el('form', {}, kids);
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var meta = document.querySelector('meta[name="csrf-token"]');
      fetch(t[5], { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-TOKEN': meta ? meta.content : '' },
        body: JSON.stringify({ nama: form['asp-nama'].value, hp: form['asp-kontak'].value, email: form['asp-email'].value, isi: form['asp-uraian'].value }) })
        .then(function (r) { galat.textContent = r.ok ? '' : 'Gagal mengirim'; })
        .catch(function () { galat.textContent = 'Gagal mengirim'; });
    });
    node.appendChild(el('div', {}, [el('h2', { text: t[0] }), el('p', { text: t[1] }), galat, form]));
  }

  var ISLAND = { Navbar: Navbar, ProfilTabs: ProfilTabs, FormAspirasi: FormAspirasi };
  function pasang() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-island]'), function (n) {
      var f = ISLAND[n.getAttribute('data-island')];
      if (f) f(n);
    });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', pasang);
  else pasang();
})();
