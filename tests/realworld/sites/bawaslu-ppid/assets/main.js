/* Compact working rewrite of the client side of the PPID Bawaslu Terintegrasi Next.js app
   (src/components/Layout/PublicTemplate.js and the public pages). As in the source:
   - the page content lives only in a full-screen MUI Dialog that the server never renders;
   - on a first load of any path but "/", the dialog opens after 1 s with the page (allReady(true));
   - on "/" the dialog stays closed until a card is clicked; a card is a next/link that routes on the
     client and opens the dialog; the bars button in #nav-item closes it;
   - the first card's texts and the nav's formulir links follow the route (useEffect on router);
   - /dip and /lokasi fill their lists from /api/public/dip and /api/public/dataBawaslu. */
(function () {
  var FORMULIR = ["/", "/cek", "/survey", "/keberatan"];
  var FOOT = '<div class="clear"></div><div class="legal-info col-md-12"><div class="text-center"><p>Pejabat Pengelola Informasi dan Dokumentasi Bawaslu Terintegrasi</p></div></div>';
  function top(icon, title, text) {
    return '<div class="background-top"><div class="item-title"><h2><i class="fa ' + icon + '"></i><br/>' + title + '</h2><p>' + text + '</p></div><button class="scroll-chevron"><i class="fa fa-chevron-down fa-2x"></i></button></div>';
  }
  function field(label, name, type) {
    return '<div class="col-xs-12 col-sm-6"><div class="MuiFormControl-root MuiTextField-root"><label for="' + name + '">' + label + '</label><input id="' + name + '" name="' + name + '" type="' + (type || 'text') + '" class="MuiInputBase-input"/></div></div>';
  }
  function select(label, name, opts) {
    return '<div class="col-xs-12 col-sm-6"><div class="MuiFormControl-root"><label id="' + name + '-label">' + label + '</label><div role="button" aria-haspopup="listbox" aria-labelledby="' + name + '-label" class="MuiSelect-select">&#8203;</div><input name="' + name + '" type="hidden" value=""/><ul role="listbox" hidden>' + opts.map(function (o) { return '<li role="option" data-value="' + o + '">' + o + '</li>'; }).join('') + '</ul></div></div>';
  }
  function radios(label, name, opts) {
    return '<div class="col-xs-12 col-sm-6"><fieldset class="MuiFormControl-root"><legend>' + label + '</legend><div role="radiogroup" aria-label="' + name + '">' + opts.map(function (o) { return '<label><input type="radio" name="' + name + '" value="' + o + '"/> <span>' + o + '</span></label>'; }).join(' ') + '</div></fieldset></div>';
  }
  var PAGES = {
    "/": function () {
      return '<div id="formulir-popup">' + top('fa-file-text fa-2x', '<span class="point">Formulir</span> Permohonan Informasi', 'Isi Formulir untuk melakukan Pengajuan Permohonan Informasi. Pelayanan Kantor pukul 08:00 AM s.d 16:00 PM. Kamu juga dapat melakukan pengajuan permohonan dengan menghubungi Nomor masing-masing Bawaslu') +
        '<div class="info-item"><div class="newsletter-block" style="display:block"><div class="col-xs-12 block-right-newsletter"><div id="subscribe"><h2>Formulir Pemohonan Informasi</h2><p>Isi Data Dengan Lengkap dan Jelas</p>' +
        '<form id="contact-form" style="margin-top:20px"><div class="row">' +
        field('Email', 'email', 'email') + field('Nama', 'nama_pemohon') + field('Pekerjaan', 'pekerjaan_pemohon') + field('Pendidikan', 'pendidikan_pemohon') + field('Telp/Hp', 'telp_pemohon') + field('Alamat', 'alamat_pemohon') +
        select('Ditujukan Kepada *', 'kepada', ['Bawaslu Republik Indonesia', 'Bawaslu Provinsi', 'Bawaslu Kabupaten/Kota']) +
        field('Rincian Informasi', 'rincian') + field('Tujuan Informasi', 'tujuan') +
        radios('Cara Memperoleh Informasi', 'cara_terima', ['Melihat/Membaca/Mendengarkan/Mencatat', 'Mendapatkan salinan Informasi (hardcopy/softcopy)']) +
        radios('Cara Mendapatkan Salinan Informasi', 'cara_dapat', ['Mengambil Langsung', 'Pos', 'Email', 'Kurir', 'Faksimili']) +
        '<div class="col-xs-12" style="margin-top:10px"><div class="form-group"><label for="file">Upload Tanda Pengenal</label><input class="form form-control" type="file" id="file" name="file" accept="image/*"/></div></div>' +
        '</div><div class="row"><div class="col-xs-12 col-lg-3"><div class="g-recaptcha"></div></div><div class="col-xs-12 col-lg-9"><button type="submit" class="MuiButton-root MuiButton-contained" style="margin-top:10px">Kirim</button></div></div></form></div></div></div>' + FOOT + '</div></div>';
    },
    "/keberatan": function () {
      var cb = ['Permohonan Informasi ditolak', 'Informasi berkala tidak disediakan', 'Permintaan Informasi tidak ditanggapi', 'Permintaan Informasi ditanggapi tidak sebagaimana yang diminta', 'Permintaan Informasi tidak dipenuhi', 'Biaya yang dikenakan tidak wajar'];
      return '<div id="formulir-popup">' + top('fa-file-text fa-2x', '<span class="point">Formulir</span> Pengajuan Keberatan', 'Isi Formulir untuk melakukan Pengajuan Keberatan. Pelayanan Kantor pukul 08:00 AM s.d 16:00 PM. Kamu juga dapat melakukan pengajuan keberatan dengan menghubungi Nomor masing-masing Bawaslu') +
        '<div class="info-item"><div class="newsletter-block" style="display:block"><div class="col-xs-12 block-right-newsletter"><div id="subscribe"><h2>Formulir Pengajuan Keberatan</h2><p>Isi Data Dengan Lengkap dan Jelas</p>' +
        '<form id="contact-form" style="margin-top:20px"><div class="row">' + field('Nomor Registrasi / Nomor Tiket', 'reg_or_tiket') + '<div class="col-xs-12 col-sm-6"><button type="button" class="MuiButton-root">Cari</button></div></div>' +
        '<p> A. INFORMASI PENGAJUAN KEBERATAN</p><div class="row">' + field('Rincian Informasi', 'rincian') + field('Tujuan Informasi', 'tujuan') + '</div>' +
        '<p>Identitas Pemohon</p><div class="row">' + field('Nama', 'nama_pemohon') + field('Pekerjaan', 'pekerjaan_pemohon') + field('Telp/Hp', 'telp_pemohon') + field('Alamat', 'alamat_pemohon') + '</div>' +
        '<p>B. ALASAN PENGAJUAN KEBERATAN</p><div class="row"><div class="col-xs-12">' + cb.map(function (t, i) { return '<label><input type="checkbox" name="alasan" value="' + i + '"/> <span>' + t + '</span></label><br/>'; }).join('') + '</div>' +
        '</div><div class="row"><div class="col-xs-12 col-lg-3"><div class="g-recaptcha"></div></div><div class="col-xs-12 col-lg-9"><button type="submit" class="MuiButton-root MuiButton-contained">Kirim</button></div></div></form></div></div></div>' + FOOT + '</div></div>';
    },
    "/cek": function () {
      return '<div id="formulir-popup">' + top('fa-file-text fa-2x', '<span class="point">Cek</span> Permohonan Informasi', 'Isi Formulir untuk melakukan Cek Status Permohonan Informasi. Pelayanan Kantor pukul 08:00 AM s.d 16:00 PM. Kamu juga dapat melakukan cek status permohonan dengan menghubungi Nomor masing-masing Bawaslu') +
        '<div class="info-item"><div class="newsletter-block"><div class="col-xs-12 block-right-newsletter"><div id="subscribe"><h2>Formulir Cek Pemohonan Informasi</h2><p>Isi Data Tiket dan Email</p><form id="contact-form"><div class="row">' + field('Tiket', 'tiket') + field('Email', 'email', 'email') + '</div><button type="submit" class="MuiButton-root MuiButton-contained">Cari</button></form></div></div></div>' + FOOT + '</div></div>';
    },
    "/news": function () {
      return '<div id="news-popup">' + top('fa-newspaper-o fa-4x', '<span class="point">.N</span>ews!', 'Daftarkan email kamu dan dapatkan kabar terbaru yang akan kami kirimkan melalui email') +
        '<div class="info-item"><div class="newsletter-block"><div class="col-xs-12 col-sm-6 block-left-newsletter"><h2>Dapatkan Berita Terupdate</h2></div><div class="col-xs-12 col-sm-6 block-right-newsletter"><div id="subscribe"><h2>Daftarkan Email</h2><p>Selalu update informasi terbaru dengan manjadi bagian dari kami</p><form><div class="row">' +
        select('Ditujukan Kepada *', 'kepada', ['Bawaslu Republik Indonesia', 'Bawaslu Provinsi', 'Bawaslu Kabupaten/Kota']) + field('Email', 'email', 'email') + '</div><button type="submit" class="MuiButton-root">Subscribe</button></form></div></div></div>' + FOOT + '</div></div>';
    },
    "/dip": function () {
      return '<div id="dip-popup">' + top('fa-list-ul fa-4x', '<span class="point">.D</span>IP', 'Kategori informasi dalam pelayanan Pengadilan terdiri dari: <br/>1. Informasi yang wajib diumumkan secara berkala; <br/>2. Informasi yang wajib tersedia setiap saat dan dapat diakses oleh publik; <br/>3. dan Informasi yang dikecualikan.') +
        '<div class="info-item"><div class="newsletter-block"><div class="col-xs-12 block-right-newsletter"><div id="subscribe"><h2>DIP.</h2><p>Daftar Informasi Publik</p><br/><div class="row">' +
        select('Bawaslu', 'unit', ['Semua', 'Bawaslu Republik Indonesia', 'Bawaslu Provinsi', 'Bawaslu Kabupaten/Kota']) +
        '<div class="col-xs-6 col-sm-4"><div class="MuiFormControl-root MuiTextField-root"><label for="search">Cari Berdasarkan Ringkasan</label><input id="search" name="search" type="text" class="MuiInputBase-input"/></div></div></div><br/><br/>' +
        '<div class="MuiDataGrid-root" role="grid" aria-rowcount="0"><div class="MuiDataGrid-toolbarContainer"><button type="button">Columns</button><button type="button">Filters</button><button type="button">Export</button></div>' +
        '<div class="MuiDataGrid-columnHeaders" role="row"><div role="columnheader">No</div><div role="columnheader">Bawaslu</div><div role="columnheader">Unit Yang Menguasai</div><div role="columnheader">Sifat</div><div role="columnheader">Ringkasan</div><div role="columnheader">File</div></div>' +
        '<div class="MuiDataGrid-virtualScrollerRenderZone" id="dip-rows"></div><div class="MuiDataGrid-overlay" id="dip-overlay">Loading</div><div class="MuiDataGrid-footerContainer"><p class="MuiTablePagination-displayedRows" id="dip-count">0–0 of 0</p></div></div>' +
        '</div></div></div>' + FOOT + '</div></div>';
    },
    "/lokasi": function () {
      return '<div id="lokasi-popup">' + top('fa-location-arrow fa-4x', '<span class="point">.L</span>okasi', 'Berikut merupakan data-data dan lokasi Bawaslu RI, Bawaslu Provinsi maupun Bawaslu Kabupaten/Kota Se-Indonesia') +
        '<div class="info-item"><div class="newsletter-block"><div class="col-xs-12 col-sm-5 block-left-newsletter"><p>Berikut merupakan data Bawaslu Republik Indonesia, Bawaslu Provinsi dan Bawaslu Kabupaten/Kota Se-Indonesia</p><p>Klik untuk melihat detail, ketik pada kolom filter untuk mencari.</p><div class="MuiFormControl-root"><label for="filter-lokasi">Filter</label><input id="filter-lokasi" type="text"/></div><ul id="lokasi-list" class="MuiList-root"></ul></div><div class="col-xs-12 col-sm-7 block-right-newsletter" id="lokasi-detail"></div></div>' + FOOT + '</div></div>';
    }
  };
  function esc(s) { return String(s == null ? '' : s).replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; }); }
  function afterRender(path) {
    if (path === '/dip') {
      fetch('/api/public/dip').then(function (r) { return r.json(); }).then(function (rows) {
        var box = document.getElementById('dip-rows'), ov = document.getElementById('dip-overlay');
        box.innerHTML = rows.map(function (it, i) {
          return '<div role="row"><div role="cell">' + (i + 1) + '</div><div role="cell">' + esc(it.nama_bawaslu) + '</div><div role="cell">' + esc(it.nama_divisi) + '</div><div role="cell">' + esc(it.sifat) + '</div><div role="cell">' + esc(it.ringkasan) + '</div><div role="cell"><button type="button" aria-label="File" data-href="' + esc(it.link_file) + '">File</button></div></div>';
        }).join('');
        ov.textContent = rows.length ? '' : 'No rows';
        document.getElementById('dip-count').textContent = rows.length ? ('1–' + Math.min(10, rows.length) + ' of ' + rows.length) : '0–0 of 0';
      }).catch(function () { document.getElementById('dip-overlay').textContent = 'Terjadi Kesalahan'; });
    }
    if (path === '/lokasi') {
      fetch('/api/public/dataBawaslu').then(function (r) { return r.json(); }).then(function (rows) {
        document.getElementById('lokasi-list').innerHTML = rows.map(function (it) { return '<li class="MuiListItem-root">' + esc(it.nama_bawaslu) + '<p class="color-info">' + esc(it.alamat) + '</p></li>'; }).join('');
      }).catch(function (e) { console.log(e); });
    }
  }
  var dialog = null;
  function openDialog(path) {
    closeDialog();
    var render = PAGES[path];
    dialog = document.createElement('div');
    dialog.setAttribute('role', 'presentation');
    dialog.className = 'MuiDialog-root MuiModal-root';
    dialog.innerHTML = '<div class="MuiBackdrop-root" aria-hidden="true"></div><div class="MuiDialog-container" role="presentation" tabindex="-1"><div class="MuiPaper-root MuiDialog-paper MuiDialog-paperFullScreen" role="dialog" style="background-color:transparent;box-shadow:none"><div id="loading-popup" style="display:none"><div class="background-top"></div></div>' + (render ? render() : '') + '</div></div>';
    document.body.appendChild(dialog);
    var nav = document.getElementById('nav-item');
    nav.classList.remove('fadeOutUp', 'opacity-0'); nav.classList.add('fadeInDown', 'index9999');
    afterRender(path);
  }
  function closeDialog() {
    if (dialog) { dialog.remove(); dialog = null; }
    var nav = document.getElementById('nav-item');
    nav.classList.remove('fadeInDown', 'index9999'); nav.classList.add('fadeOutUp');
  }
  function syncTemplate(path) {
    var first = document.querySelector('.list-sections .item-list a');
    var heads = { "/": ["Permohonan Informasi", "Buka Formulir Permohoan Informasi"], "/cek": ["Cek Permohonan Informasi", "Buka Formulir Permohoan Informasi"], "/keberatan": ["Pengajuan Keberatan", "Buka Formulir Pengajuan Keberatan"], "/survey": ["Survey Layanan", "Buka Formulir Survey Layanan"] };
    if (heads[path]) {
      first.setAttribute('href', path);
      first.querySelector('.item-title p').textContent = heads[path][0];
      first.querySelector('.item-plus p').textContent = heads[path][1];
    }
    var nav = document.getElementById('nav-item'), icons = nav.querySelector('.social-icons');
    if (FORMULIR.indexOf(path) >= 0) {
      if (!icons) {
        icons = document.createElement('div'); icons.className = 'social-icons';
        icons.innerHTML = '<a href="/">Permohonan</a><a href="/cek">Cek</a><a href="/keberatan">Keberatan</a><a href="/survey">Survey</a>';
        nav.appendChild(icons);
      }
      icons.querySelectorAll('a').forEach(function (a) { a.style.cssText = a.getAttribute('href') === path ? 'color:#2b2d35;background:#ffffff' : ''; });
    } else if (icons) { icons.remove(); }
  }
  function navigate(path) {
    if (location.pathname !== path) history.pushState({}, '', path);
    syncTemplate(path);
    if (PAGES[path]) openDialog(path); else location.href = path;
  }
  function start() {
    var path = location.pathname;
    document.querySelectorAll('.item-list').forEach(function (el, i) { setTimeout(function () { el.classList.add('show-ready'); }, i * 150 + 150); });
    setTimeout(function () { var o = document.querySelector('.overlay-prevent'); if (o) o.classList.add('display-none'); }, 600);
    syncTemplate(path);
    if (path !== '/') setTimeout(function () { openDialog(path); }, 1000);
    document.addEventListener('click', function (e) {
      if (e.target.closest('.mfp-close')) { closeDialog(); return; }
      var a = e.target.closest('a[href^="/"]');
      if (!a || !document.getElementById('__next').contains(a)) return;
      e.preventDefault();
      navigate(a.getAttribute('href'));
    });
    window.addEventListener('popstate', function () { syncTemplate(location.pathname); openDialog(location.pathname); });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();
