// Compact working rewrite of the PPID Kabupaten Klaten front end (Vue 2 + vue-router 3 in history mode,
// Vue CLI 5 build of DamaiPatrias/PPIDKlaten-frontend: src/App.vue, components/, views/). Every route is served
// the same index.html; this script draws what the app draws: VHeader, the routed view, VFooter. Data comes
// from the Laravel API (the original calls http://beta.learning.klaten.go.id/api/*; here the same paths on
// this host), over the DatabaseSeeder state (Faker en_US rows, three Lorem Ipsum home texts, no carousel row).
(function () {
  const app = document.getElementById('app');
  const css = document.createElement('style');
  css.textContent = '@media screen and (min-width:769px){.judul{display:none}.small-menu{display:none}}' +
    '@media screen and (max-width:768px){.carousel{display:none}.nav-container{display:none}.header-container .text{display:none}}' +
    'table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:4px}.wajib::after{content:" *";color:red}';
  document.head.appendChild(css);
  const API = '/api';
  const esc = (s) => String(s == null ? '' : s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));
  const get = (p) => fetch(API + p).then((r) => { if (!r.ok) throw new Error(r.status); return r.json(); });
  const rl = (to, text, cls) => {
    const active = location.pathname === to ? ' router-link-exact-active router-link-active' : '';
    return `<a href="${to}" class="${(cls || '') + active}">${text}</a>`;
  };
  const navItems = () => `<ul>
          <li>${rl('/', 'Beranda', 'link')}</li>
          <li>${rl('/profil', ' Profil ', 'link')}</li>
          <li>${rl('/dokumen', ' Dokumen ', 'link')}</li>
          <li>${rl('/ppid_pembantu', 'PPID Pembantu', 'link')}</li>
          <li>${rl('/about', 'Tentang Kami', 'link')}</li>
        </ul>`;

  function header() {
    return `<header><div>
    <div class="header-container">
      <div class="logo"><h2>PPID Kabupaten Klaten</h2></div>
      <div class="text"><ul>
        <li><i><svg class="svg-inline--fa fa-phone-flip"></svg></i><p>(0272) 321046</p></li>
        <li><i><svg class="svg-inline--fa fa-fax"></svg></i><p>(0272) 322567</p></li>
        <li><i><svg class="svg-inline--fa fa-envelope"></svg></i><p>ppidklaten@gmail.com</p></li>
      </ul></div>
      <div class="menu-icon"><i id="menu-toggle"><svg class="svg-inline--fa fa-bars"></svg></i></div>
    </div>
    <div class="nav-container"><nav>${navItems()}</nav></div>
    <div class="nav-sm-container small-menu" id="small-menu" style="display: none;"><nav>${navItems()}</nav></div>
  </div></header>`;
  }

  function footer() {
    return `<footer><div class="footer-container">
    <div class="up">
      <div><h2>PPID Kabupaten Klaten</h2></div>
      <div><h4>Menu</h4><ul>
          <li>${rl('/', 'Beranda')}</li>
          <li>${rl('/profil', ' Profil ')}</li>
          <li>${rl('/dokumen', ' Dokumen ')}</li>
          <li>${rl('/ppid_pembantu', 'PPID Pembantu')}</li>
          <li>${rl('/about', 'Tentang Kami', 'link')}</li>
        </ul></div>
      <div><h4>Kontak Kami</h4><ul>
          <li><p><svg class="svg-inline--fa fa-phone-flip"></svg> (0272) 321046 </p></li>
          <li><p><svg class="svg-inline--fa fa-fax"></svg> (0272) 322567 </p></li>
          <li><p><svg class="svg-inline--fa fa-envelope"></svg> ppidklaten@gmail.com </p></li>
        </ul></div>
    </div>
    <div class="down"><p>© Dinas Komunikasi dan Informatika</p><p>2022</p></div>
  </div></footer>`;
  }

  // VTitle: the banner picture is an absolute URL on the back-end host
  const vtitle = (a, b, cls) => `<div class="container${cls ? ' ' + cls : ''}">
    <img src="http://beta.learning.klaten.go.id/storage/app/public/carousel/2022-07-07_gambar 1.png" alt="Gambar Judul">
    <div class="text"><h1>${a}</h1><h1>${b}</h1></div></div>`;

  // ---------- Beranda ----------
  function beranda(view) {
    view.innerHTML = `<div>
    <div class="carousel"><div class="carousel-inner" id="slides">
      <div><button class="control left">&#10094;</button><button class="control right">&#10095;</button></div>
      <div class="indicator"></div></div></div>
    ${vtitle('Beranda', 'PPID Klaten', 'judul')}
    <div class="container"><div class="title"><p>Permohonan Informasi</p></div>
      <div class="container-item">
        <div class="item"><a href="/permohoan_informasi" class="link"><i class="icon"><svg class="svg-inline--fa fa-file-circle-plus"></svg></i><p>Pengajuan Permohonan Informasi</p></a></div>
        <div class="item"><a href="/keberatan_informasi" class="link"><i class="icon"><svg class="svg-inline--fa fa-file-circle-xmark"></svg></i><p>Pengajuan Keberatan Informasi</p></a></div>
      </div></div>
    <div><div class="container"><div class="title"><p>Klasifikasi Informasi Publik</p></div>
      <div><div class="container-item" id="klasifikasi"></div></div></div></div>
  </div>`;
    const links = ['/informasi_berkala', '/informasi_serta_merta', '/informasi_setiap_saat'];
    const icons = ['fa-arrows-rotate', 'fa-stopwatch', 'fa-clock'];
    const draw = (d) => {
      // data_teks_beranda starts as []: the template reads data_teks_beranda[0].judul_beranda and Vue's
      // render throws until the API answers, so the block only appears once the data is there
      if (!d || d.length < 3) return;
      document.getElementById('klasifikasi').innerHTML = [0, 1, 2].map((i) => `<div class="item">
        <div class="icon"><i><svg class="svg-inline--fa ${icons[i]}"></svg></i></div>
        <div class="text"><p> ${esc(d[i].judul_beranda)} </p><p> ${esc(d[i].teks_beranda)} </p></div>
        <div class="button"><a href="${links[i]}" class="link"><button>Selengkapnya</button></a></div></div>`).join('');
    };
    get('/teks-beranda').then(draw).catch((e) => console.log(e));
    get('/carousel').then((rows) => {
      const box = document.getElementById('slides');
      rows.forEach((r, i) => box.insertAdjacentHTML('afterbegin', `<div class="carousel-item"${i ? ' style="display: none;"' : ''}><img src="${esc(r.link_gambar)}" alt=""></div>`));
      box.querySelector('.indicator').innerHTML = rows.map((r, i) => `<div class="indicator-item${i ? '' : ' active'}"></div>`).join('');
    }).catch((e) => console.log(e));
  }

  // ---------- Informasi Berkala / Serta Merta / Setiap Saat ----------
  function informasi(view, title, api, key) {
    view.innerHTML = `<div>${vtitle('Informasi Pubilk', 'PPID Klaten')}
    <div><div class="container"><div class="item-container">
      <div class="menu-container"><section class="menu"><ul>
        <li>${rl('/informasi_berkala', ' Informasi Berkala ')}</li><li><hr></li>
        <li>${rl('/informasi_serta_merta', ' Informasi Serta Merta ')}</li><li><hr></li>
        <li>${rl('/informasi_setiap_saat', ' Informasi Setiap Saat ')}</li>
      </ul></section></div>
      <div class="content-container"><section class="content">
        <div><h1>${title}</h1>
          <div class="filter">
            <div><div class="select"><label for="">Tampilkan <select name="tableLimit" id="tabelLimit">
              <option value="25">25</option><option value="50">50</option><option value="100">100</option><option value="200">200</option>
              </select> Baris </label></div></div>
            <div><div class="input"><label for=""><i><svg class="svg-inline--fa fa-magnifying-glass"></svg></i></label>
              <input type="text" id="search" placeholder="Pencarian"></div></div>
          </div></div>
        <div><table><thead><tr><th>No.</th><th>Informasi Publik</th><th>Aksi</th></tr></thead><tbody id="rows"></tbody></table></div>
        <div class="pagination"><span class="item"><button id="prev"><svg class="svg-inline--fa fa-angle-left"></svg></button>
          <span><p id="cur">1</p> dari <p id="last">0</p> Halaman</span>
          <button id="next"><svg class="svg-inline--fa fa-angle-right"></svg></button></span></div>
      </section></div></div></div></div></div>`;
    let data = [], page = 1;
    const limit = () => document.getElementById('tabelLimit').value; // a string, as v-model gives it
    const draw = () => {
      const q = document.getElementById('search').value.toLowerCase();
      const found = data.filter((it) => String(it['nama_dokumen_' + key]).toLowerCase().indexOf(q) > -1);
      const start = (page - 1) * limit();
      const end = start + limit(); // number + string: as in the original
      document.getElementById('rows').innerHTML = found.slice(start, end).map((it) => `<tr><td>${it.id}</td>
        <td>${esc(it['nama_dokumen_' + key])}</td>
        <td><a href="${esc(it['link_dokumen_' + key])}" target="blank"><button>Detail</button></a></td></tr>`).join('');
      document.getElementById('cur').textContent = page;
      document.getElementById('last').textContent = Math.ceil(data.length / limit());
    };
    document.getElementById('search').oninput = draw;
    document.getElementById('tabelLimit').onclick = () => { page = 1; draw(); };
    document.getElementById('tabelLimit').onchange = draw;
    document.getElementById('prev').onclick = () => { if (page > 1) page--; draw(); };
    document.getElementById('next').onclick = () => { if (page * limit() < data.length) page++; draw(); };
    draw();
    get(api).then((d) => { data = d; draw(); }).catch((e) => console.log(e));
  }

  // ---------- Profil (four v-show tabs, all in the DOM) ----------
  function profil(view) {
    view.innerHTML = `<div>${vtitle('Profil', 'PPID Klaten')}
    <div class="container"><div class="container-item">
      <div class="menu"><section class="menu-item"><ul>
        <li><button data-tab="1" class="active nohover"> Visi Misi </button></li><li class="line-btn"></li>
        <li><button data-tab="2"> Tugas &amp; Wenenang </button></li><li class="line-btn"></li>
        <li><button data-tab="3"> Struktur </button></li><li class="line-btn"></li>
        <li><button data-tab="4"> Maklumat </button></li>
      </ul></section></div>
      <div class="content"><section class="content-item">
        <div data-panel="1"><section><h1>Visi Misi PPID PEMKAB KLATEN</h1><div class="line"></div><table id="visimisi"></table></section></div>
        <div data-panel="2" style="display: none;"><section><h1>TUGAS &amp; WEWENANG PPID PEMKAB KLATEN</h1><div class="line"></div><table id="tugas"></table></section></div>
        <div data-panel="3" style="display: none;"><section><h1>STRUKTUR ORGANISASI PPID PEMKAB KLATEN</h1><div class="line"></div>
          <table><thead><tr style="border-bottom: 1px solid #a9a9a9"><th>Jabatan</th><th>Pemangku Jabatan</th></tr></thead><tbody id="struktur"></tbody></table></section></div>
        <div data-panel="4" style="display: none;"><section><h1>MAKLUMAT PPID PEMKAB KLATEN</h1><div class="line"></div>
          <p> Kami berupaya memberikan Pelayanan Pengelola Informasi Dan Dokumentasi dengan sungguh-sungguh untuk dapat : </p>
          <div id="maklumat"></div></section></div>
      </section></div></div></div></div>`;
    view.querySelectorAll('[data-tab]').forEach((b) => b.onclick = () => {
      view.querySelectorAll('[data-tab]').forEach((x) => x.className = x === b ? 'active nohover' : '');
      view.querySelectorAll('[data-panel]').forEach((p) => p.style.display = p.dataset.panel === b.dataset.tab ? '' : 'none');
    });
    const vm = (d) => {
      document.getElementById('visimisi').innerHTML = '<tr><td><h3>VISI</h3></td></tr>' +
        d.map((it) => `<tr>${it.jenis == 'visi' ? `<td><p> ${esc(it.isi_visi_misi)} </p></td>` : ''}</tr>`).join('') +
        '<tr><td><h3>MISI</h3></td></tr><tr><td>' +
        d.map((it) => `<ul class="list">${it.jenis == 'misi' ? `<li><p> ${esc(it.isi_visi_misi)} </p></li>` : ''}</ul>`).join('') + '</td></tr>';
    };
    vm([]);
    get('/visi-misi').then(vm).catch((e) => console.log(e));
    const tw = (d) => {
      const list = (j) => d.map((it) => `<ul>${it.jenis == j ? `<li> ${esc(it.isi_tugas_wewenang)} </li>` : ''}</ul>`).join('');
      document.getElementById('tugas').innerHTML = `<tr><td><h3>Tugas &amp; Wewenang</h3></td></tr>
        <tr><td> Berdasarkan Peraturan Bupati Klaten Nomor 23 Tahun 2011 Tentang Pedoman Pengelolaan Pelayanan Informasi dan Dokumentasi Di Lingkungan Pemerintah Kabupaten Klaten. </td></tr>
        <tr><td><h3>PPID Pemkab Klaten memiliki tugas :</h3></td></tr><tr><td>${list('tugas')}</td></tr>
        <tr><td><h3>PPID Pemkab Klaten memiliki kewenangan :</h3></td></tr><tr><td>${list('wewenang')}</td></tr>`;
    };
    tw([]);
    get('/tugas-wewenang').then(tw).catch((e) => console.log(e));
    get('/struktur').then((d) => {
      document.getElementById('struktur').innerHTML = d.map((it) => `<tr><th> ${esc(it.jabatan)} </th><td> ${esc(it.pemangku_jabatan)} </td></tr>`).join('');
    }).catch((e) => console.log(e));
    get('/maklumat').then((d) => {
      document.getElementById('maklumat').innerHTML = d.map((it) => `<ul><li> ${esc(it.maklumat)} </li></ul>`).join('');
    }).catch((e) => console.log(e));
  }

  // ---------- Dokumen / PPID Pembantu (VTabel with a filter box) ----------
  function tabel(view, a, api, head, nameKey, linkKey, useIndex, blank) {
    view.innerHTML = `<div>${vtitle(a, 'PPID Klaten')}
    <div class="container"><section><div>
      <div class="input"><label for=""><i><svg class="svg-inline--fa fa-magnifying-glass"></svg></i></label>
        <input type="text" id="search" placeholder="Pencarian"></div>
      <table><thead><tr><th>No.</th><th>${head}</th><th>${useIndex ? 'Link Website' : 'Aksi'}</th></tr></thead><tbody id="rows"></tbody></table>
    </div></section></div></div>`;
    let data = [];
    const draw = () => {
      const q = document.getElementById('search').value.toLowerCase();
      document.getElementById('rows').innerHTML = data.filter((it) => it[nameKey].toLowerCase().indexOf(q) > -1)
        .map((it, i) => `<tr><td>${useIndex ? i + 1 : it.id}</td><td>${esc(it[nameKey])}</td>
          <td><button><a href="${esc(it[linkKey])}"${blank ? ' target="blank"' : ''}>${useIndex ? 'Detail' : 'detail'}</a></button></td></tr>`).join('');
    };
    document.getElementById('search').oninput = draw;
    get(api).then((d) => { data = d; draw(); }).catch((e) => console.log(e));
  }

  // ---------- Tentang Kami ----------
  function tentang(view) {
    view.innerHTML = `<div>${vtitle('Tentang Kami', 'PPID Klaten')}
    <div class="container"><div class="content">
      <div class="top"><h2>Temukan Kami</h2>
        <div><div class="vue2leaflet-map leaflet-container" style="height: 400px">
          <div style="display: none;"><a href="https://goo.gl/maps/zdGisGZJXuM5QbqE8">Google Map</a></div>
          <div class="leaflet-control-attribution">&copy; <a target="_blank" href="http://osm.org/copyright">OpenStreetMap</a> contributors</div>
        </div></div></div>
      <div class="bottom">
        <div class="kontak"><h3>Kontak</h3><ul>
          <li><p><i><svg class="svg-inline--fa fa-map-location-dot"></svg></i> Jl. Pemuda No. 294, Klaten, 57424 </p></li>
          <li><p><i><svg class="svg-inline--fa fa-phone-flip"></svg></i> (0272) 321046 </p></li>
          <li><p><i><svg class="svg-inline--fa fa-fax"></svg></i> (0272) 322567 </p></li>
          <li><p><i><svg class="svg-inline--fa fa-envelope"></svg></i> ppidklaten@gmail.com. </p></li>
        </ul></div>
        <div class="terkait"><h3>Link Terkait</h3><ul>
          <li><p><a href="https://klatenkab.go.id/">Website Pemkab Klaten</a></p></li>
          <li><p><a href="https://maturibu.klaten.go.id/">Matur Ibu</a></p></li>
          <li><p><a href="http://simantara.klatenkab.go.id/home/">Simantara</a></p></li>
          <li><p><a href="https://smartcity.klaten.go.id/">Klaten Smart City</a></p></li>
          <li><p><a href="https://opendata.klaten.go.id/">Open Data Klaten</a></p></li>
          <li><p><a href="#">PPID Kab Klaten</a></p></li>
        </ul></div>
      </div></div></div></div>`;
  }

  // ---------- Forms ----------
  const field = (label, id, type, wajib) => `<div><label for="" class="${wajib === false ? '' : 'wajib'}">${label}</label><br>
    <input type="${type || 'text'}" id="${id}"><small style="color: red; margin-top: 0; padding-left: 5px" data-err="${id}"></small></div>`;
  const alamat = (sfx) => `<div><label for="" class="${sfx ? '' : 'wajib'}">Alamat</label><br><input type="text" id="alamat${sfx}">
    <small style="color: red; margin-top: 0; padding-left: 5px" data-err="alamat${sfx}"></small><br>
    <div class="alamat">${['Provinsi:provinsi', 'Kota:kota', 'Kode Pos:kodepos'].map((p) => { const [ph, id] = p.split(':');
      return `<section><input type="text" name="" id="${id}${sfx}" placeholder="${ph}"><small style="color: red; margin-top: 0; padding-left: 5px" data-err="${id}${sfx}"></small></section>`; }).join('')}</div></div>`;
  const sideMenu = (cek, label) => `<section class="menu-container"><ul>
    <li>${rl('/permohoan_informasi', 'Permohonan Informasi')}</li><li><hr></li>
    <li>${rl('/keberatan_informasi', ' Keberatan Informasi ')}</li><li><hr></li>
    <li><a href="${cek}" target="blank"> ${label} </a></li></ul></section>`;
  const OPD = ['Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', 'Badan Perancangan, Penelitian dan Pengembangan Daerah',
    'Badan Pengelolah Keuangan Pendapatan dan Aset Daerah', 'Dinas Perpustakaan dan Kearsipan', 'Dinas Kependudukan dan Pencatatan Sipil',
    'Dinas Kebudayan dan Kepemudaan dan Olahraga dan Pariwisata', 'Dinas Kesehatan', 'Dinas Komunikasi dan Informatika',
    'Dinas Lingkungan Hidup dan Kehutanan', 'Dinas Pemberdayaan Masyarakat Desa', 'Dinas Pendidikan',
    'Dinas Koperasi, Usaha Kecil Menengah dan Perdagangan', 'Dinas Perhubungan', 'Dinas Perindustrian dan Tenaga Kerja',
    'Dinas Ketahanan Pangan dan Pertanian', 'Dinas Perumahan Rakyat dan Kawasan Permukiman', 'Dinas Penanaman Modal dan Pelayanan Satu Pintu',
    'Dinas Pekerjaan Umun dan Penataan Ruang', 'Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana',
    'Inspektorat', 'Kecamatan Bayat', 'Kecamatan Cawas', 'Kecamatan Ceper', 'Kecamatan Delanggu', 'Kecamatan Gantiwarno', 'Kecamatan Jatinom',
    'Kecamatan Jogonalan', 'Kecamatan Juwiring', 'Kecamatan Kalikotes', 'Kecamatan Karanganom', 'Kecamatan Karangdowo', 'Kecamatan Karangnongko',
    'Kecamatan Kebonarum', 'Kecamatan Kemalang', 'Kecamatan Klaten Selatan', 'Kecamatan Klaten Tengah', 'Kecamatan Klaten Selatan',
    'Kecamatan Manisrenggo', 'Kecamatan Ngawen', 'Kecamatan Pedan', 'Kecamatan Polanharjo', 'Kecamatan Prambanan', 'Kecamatan Trucuk',
    'Kecamatan Tulung', 'Kecamatan Wedi', 'Kecamatan Wonosari', 'RSUD Bagas Waras', 'Satuan Polisi Pamong Praja', 'Sekretariat Daerah',
    'Sekretariat Dewan Perwakilan Daerah', 'Staf Ahli Bupati'];
  const val = (id) => (document.getElementById(id) || { value: '' }).value;
  const setErr = (m) => Object.entries(m).forEach(([k, v]) => { const e = document.querySelector(`[data-err="${k}"]`); if (e) e.textContent = v; });
  const post = (url, fd, msg) => fetch(API + url, { method: 'POST', body: fd })
    .then((r) => { if (!r.ok) throw new Error(r.status); alert(msg); location.reload(); }).catch((e) => console.log(e));

  function permohonan(view) {
    view.innerHTML = `<div>${vtitle('PERMOHONAN INFORMASI', 'PPID Klaten')}
    <div class="container"><div class="content-container">
      <section class="form-container"><h1>Form Pengajuan Permohonan Informasi</h1><hr><div class="form">
        ${field('Nama Lengkap', 'nama_lengkap')}${field('Pekerjaan', 'pekerjaan')}${field('Email', 'email', 'email')}${field('No.Telp', 'no_telp')}
        ${alamat('')}
        <div><div class="ktp"><div class="no"><label for="" class="wajib">NIK</label><br><input type="text" id="nik"><small style="color: red; margin-top: 0; padding-left: 5px" data-err="nik"></small></div>
          <div class="foto"><label for="" class="wajib">Foto KTP</label><br><input type="file" accept="image/png, image/jpeg" id="file"><small style="color: red; margin-top: 0; padding-left: 5px" data-err="file"></small></div></div></div>
        <div><label for="" class="wajib">OPD yang Dituju</label><br><select name="" id="opd_tujuan"><option value="">Pilih</option>
          ${OPD.map((o) => `<option value="${o}">${o}</option>`).join('')}</select>
          <small style="color: red; margin-top: 0; padding-left: 5px" data-err="opd_tujuan"></small></div>
        <div><label for="">Rincian Informasi yang Dibutuhkan</label><br><textarea name="" id="rincian_informasi" cols="30" rows="10"></textarea></div>
        <div><label for="">Tujuan Penggunaan Informasi</label><br><textarea name="" id="tujuan_informasi" cols="30" rows="10"></textarea></div>
        <div><section class="cara">
          <div><label for="" class="wajib">Cara Memperoleh Informasi</label><br><select name="" id="memperoleh_informasi"><option value="">Plih</option>
            <option value="Melihat/Membaca/Mendengarkan/Mencatat">Melihat/Membaca/Mendengarkan/Mencatat</option>
            <option value="Mendapatkan Salinan Informasi (Hardcopy)">Mendapatkan Salinan Informasi (Hardcopy)</option>
            <option value="Mendapatkan Salinan Informasi (Softcopy)">Mendapatkan Salinan Informasi (Softcopy)</option></select>
            <small style="color: red; margin-top: 0; padding-left: 5px" data-err="memperoleh_informasi"></small></div>
          <div><label for="" class="wajib">Cara Mendapatkan Informasi</label><br><select name="" id="mendapatkan_informasi"><option value="">Plih</option>
            <option value="Mengambil Langsung">Mengambil Langsung</option><option value="Kurir">Kurir</option><option value="Pos">Pos</option>
            <option value="Faksimili">Faksimili</option><option value="E-mail">E-mail</option></select>
            <small style="color: red; margin-top: 0; padding-left: 5px" data-err="mendapatkan_informasi"></small></div>
        </section></div>
        <div><button id="proses"> Proses </button></div>
      </div></section>
      ${sideMenu('http://beta.learning.klaten.go.id/permohonan-informasi', 'Cek Pengajuan Informasi')}
    </div></div></div>`;
    document.getElementById('proses').onclick = () => {
      const ids = ['nama_lengkap', 'pekerjaan', 'email', 'no_telp', 'alamat', 'provinsi', 'kota', 'kodepos', 'nik', 'opd_tujuan',
        'rincian_informasi', 'tujuan_informasi', 'mendapatkan_informasi', 'memperoleh_informasi'];
      const file = document.getElementById('file').files[0];
      if (ids.every((i) => val(i) === '') && !file) {
        setErr({ nama_lengkap: 'Nama Lengkap Wajib di Isi', pekerjaan: 'Pekerjaan Wajib di Isi', email: 'Email Wajib di Isi',
          no_telp: 'Nomer Telepon Wajib di Isi', alamat: 'Alamat Wajib di Isi', kota: 'Kota Wajib di Isi', kodepos: 'Kode Pos Wajib di Isi',
          nik: 'NIK Wajib di Isi', file: 'Silahkan Pilih Foto', opd_tujuan: 'Silahkan Pilih OPD Tujuan',
          mendapatkan_informasi: 'Silahkan Pilih Mendapatkan Informasi', memperoleh_informasi: 'Silahkan Pilih Memperoleh Informasi' });
      } else if (file && file.size > 2048888) {
        setErr({ file: 'Ukuran Maksimal Foto 2 MB' });
      } else {
        const fd = new FormData();
        ['nama_lengkap', 'pekerjaan', 'email', 'no_telp'].forEach((k) => fd.append(k, val(k)));
        fd.append('alamat_lengkap', [val('alamat'), val('provinsi'), val('kota'), val('kodepos')].join('_'));
        fd.append('nik', val('nik')); fd.append('file_ktp', file || '');
        ['opd_tujuan', 'rincian_informasi', 'tujuan_informasi', 'mendapatkan_informasi', 'memperoleh_informasi'].forEach((k) => fd.append(k, val(k)));
        post('/permohonan-informasi-input', fd, 'Form Berhasil di Kirim');
      }
    };
  }

  function keberatan(view) {
    const alasan = ['Permohonan Informasi di tolak', 'Informasi berkala tidak di sediakan', 'Permintaan informasi tidak ditanggapi',
      'Permintaan informasi ditanggapi tidak sebagaimana yang diminta', 'Permintaan informasi tidak dipenuhi', 'Biaya yang dikenakan tidak wajar',
      'Informasi disampaikan melebihi jangka waktu yang di tentukan'];
    view.innerHTML = `<div>${vtitle('KEBERATAN INFORMASI', 'PPID Klaten')}
    <div class="container"><div class="content-container">
      <section class="form-container"><h1>Form Pengajuan Keberatan Informasi</h1><hr><div class="form">
        ${field('Nomor Registrasi Permohonan Informasi', 'nomor_registrasi')}${field('Tujuan Penggunaan Informasi', 'tujuan_informasi')}
        ${field('Nama Lengkap', 'nama_lengkap')}${field('Pekerjaan', 'pekerjaan')}${field('Email', 'email')}${field('No.Telp', 'no_telp')}
        ${alamat('')}
        <div class="check-container"><label for="" class="checked"><input type="checkbox" id="checked"> Permohonan ini Dikuasakan</label>
          <p> Dicentang jika ada kuasa pemohonya dan melampirkan Surat Kuasa </p></div>
        <div id="kuasa-slot"></div>
        <div class="radio"><p for="">Alasan Pengajuan Keberatan</p>
          ${alasan.map((a) => `<input type="radio" name="alasan" value="${a}"><label>${a}</label><br>`).join('')}
          <small style="color: red; margin-bottom: 5px; padding-left: 5px" data-err="alasan"></small></div>
        <div><button id="proses">Proses</button></div>
      </div></section>
      ${sideMenu('http://beta.learning.klaten.go.id/keberatan-informasi', 'Cek Keberatan Informasi')}
    </div></div></div>`;
    const chk = document.getElementById('checked');
    chk.onchange = () => {
      document.getElementById('kuasa-slot').innerHTML = chk.checked ? `<div class="kuasa"><h3>Identitas Kuasa Pemohon</h3>
        <p> Identitas kuasa pemohon diisi jika ada kuasa pemohonya dan melampirkan Surat Kuasa </p>
        ${field('Nama Lengkap', 'nama_lengkap_kuasa', 'text', false)}${field('Pekerjaan', 'pekerjaan_kuasa', 'text', false)}
        ${field('Email', 'email_kuasa', 'text', false)}${field('No.Telp', 'no_telp_kuasa', 'text', false)}${alamat('_kuasa')}
        <div><label for="">Upload Surat Kuasa</label><br><input type="file" accept="file/pdf" id="file"><br>
          <small style="color: red; margin-top: 0; padding-left: 5px" data-err="file"></small></div></div>` : '';
    };
    document.getElementById('proses').onclick = () => {
      const a = (document.querySelector('input[name="alasan"]:checked') || { value: '' }).value;
      const base = ['nomor_registrasi', 'tujuan_informasi', 'nama_lengkap', 'pekerjaan', 'email', 'no_telp', 'alamat', 'provinsi', 'kota', 'kodepos'];
      const errs = { nomor_registrasi: 'Nomor Registrasi Permohonan Informasi Wajib di Isi', tujuan_informasi: 'Tujuan Penggunaan Informasi Wajib di Isi',
        nama_lengkap: 'Nama Lengkap Wajib di Isi', pekerjaan: 'Pekerjaan Wajib di Isi', email: 'Email Wajib di Isi', alamat: 'Alamat Wajib di Isi',
        no_telp: 'Nomer Telepon Wajib di Isi', provinsi: 'Provinsi Wajib di Isi', kota: 'Kota Wajib di Isi', kodepos: 'Kode Pos Wajib di Isi',
        alasan: 'Silahkan Pilih Alasan Keberatan Informasi' };
      const fd = new FormData();
      fd.append('nomer_registrasi_permohonan_informasi', val('nomor_registrasi'));
      fd.append('tujuan_penggunaan_informasi', val('tujuan_informasi'));
      ['nama_lengkap', 'pekerjaan', 'email', 'no_telp'].forEach((k) => fd.append(k, val(k)));
      fd.append('alamat_lengkap', [val('alamat'), val('provinsi'), val('kota'), val('kodepos')].join('_'));
      if (!chk.checked) {
        if (base.every((i) => val(i) === '') && a === '') { setErr(errs); return; }
        fd.append('alasan_keberatan', a);
        post('/keberatan-informasi-input', fd, 'Data Berhasil di Kirim');
      } else {
        const k = ['nama_lengkap_kuasa', 'pekerjaan_kuasa', 'email_kuasa', 'no_telp_kuasa', 'alamat_kuasa', 'provinsi_kuasa', 'kota_kuasa', 'kodepos_kuasa'];
        const file = (document.getElementById('file') || { files: [] }).files[0];
        if (base.concat(k).every((i) => val(i) === '') && !file && a === '') {
          setErr(Object.assign({}, errs, { nama_lengkap_kuasa: 'Nama Lengkap Wajib di Isi', pekerjaan_kuasa: 'Pekerjaan Wajib di Isi',
            email_kuasa: 'Email Wajib di Isi', alamat_kuasa: 'Alamat Wajib di Isi', no_telp_kuasa: 'Nomer Telepon Wajib di Isi',
            provinsi_kuasa: 'Provinsi Wajib di Isi', kota_kuasa: 'Kota Wajib di Isi', kodepos_kuasa: 'Kode Pos Wajib di Isi', file: 'Surat Kuasa Wajib di Sertakan' }));
          return;
        }
        if (file && file.size > 5242880) { setErr({ file: 'Ukuran Maksimal Foto 5 MB' }); return; }
        fd.append('nama_lengkep_kuasa', val('nama_lengkap_kuasa')); fd.append('pekerjaan_kuasa', val('pekerjaan_kuasa'));
        fd.append('email_kuasa', val('email_kuasa')); fd.append('no_telp_kuasa', val('no_telp_kuasa'));
        fd.append('file_surat_kuasa', file || ''); fd.append('alasan_keberatan', a);
        // the original posts the 'dikuasakan' case to the developer's machine
        fetch('http://127.0.0.1:8000/api/keberatan-informasi-input', { method: 'POST', body: fd })
          .then((r) => { if (!r.ok) throw new Error(r.status); alert('Data Berhasil di Kirim'); location.reload(); }).catch((e) => console.log(e));
      }
    };
  }

  // ---------- router ----------
  const routes = {
    '/': beranda,
    '/permohoan_informasi': permohonan,
    '/keberatan_informasi': keberatan,
    '/informasi_berkala': (v) => informasi(v, 'Informasi Berkala', '/berkala', 'berkala'),
    '/informasi_serta_merta': (v) => informasi(v, 'Informasi Serta Merta', '/serta-merta', 'serta_merta'),
    '/informasi_setiap_saat': (v) => informasi(v, 'Informasi Setiap Saat', '/setiap-saat', 'setiap_saat'),
    '/profil': profil,
    '/dokumen': (v) => tabel(v, 'Dokumen', '/dokumen', 'Dokumen', 'nama_dokumen', 'link_dokumen', false, true),
    '/ppid_pembantu': (v) => tabel(v, 'PPID Pembantu', '/ppid-pembantu', 'Instansi', 'nama_instansi', 'link_instansi', true, false),
    '/about': tentang,
  };
  function render() {
    app.innerHTML = `${header()}<div id="view"></div>${footer()}`; // App.vue's root <div id="app"> replaces the mount point
    const view = document.getElementById('view');
    const r = routes[location.pathname];
    if (r) r(view); else view.remove(); // no catch-all route: an empty <router-view>
    const sm = document.getElementById('small-menu');
    document.getElementById('menu-toggle').onclick = () => { sm.style.display = sm.style.display === 'none' ? '' : 'none'; };
    window.scrollTo(0, 0);
  }
  document.addEventListener('click', (e) => {
    const a = e.target.closest('a');
    if (!a || a.target || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey) return;
    const href = a.getAttribute('href');
    if (!href || href[0] !== '/' || href[1] === '/' || !(href in routes)) return;
    e.preventDefault();
    if (href !== location.pathname) { history.pushState(null, '', href); render(); }
  });
  window.addEventListener('popstate', render);
  render();
})();
