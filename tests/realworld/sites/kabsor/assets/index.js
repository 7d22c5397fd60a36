// Compact working rewrite of the PPID Kabupaten Sorong client (Vite/React 18 + wouter + TanStack Query,
// client/src/App.tsx and its components/pages), without React. Every route is served index.html; this
// script draws what the app draws for a guest, fetching the same /api/* endpoints (FastAPI over an
// empty production database: only the routers' built-in defaults have content).
const root = document.getElementById('root');
const css = document.createElement('style');
css.textContent = '.group{position:relative;display:inline-block}.group .dd{visibility:hidden;opacity:0;position:absolute}' +
  '.group:hover .dd{visibility:visible;opacity:1}[hidden]{display:none}.card{border:1px solid #ccc;padding:8px;margin:6px 0}';
document.head.appendChild(css);

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));
// TanStack Query's default queryFn (lib/queryClient): fetch(queryKey.join('/'))
const api = (url) => fetch(url, { credentials: 'include' }).then((r) => { if (!r.ok) throw new Error(r.status); return r.json(); });

function setLocation(path) { history.pushState(null, '', path); render(); }
window.addEventListener('popstate', () => render());

function header() {
  return `<header data-testid="header">
  <div><img src="/assets/logo-sorong.png" alt="Logo Kabupaten Sorong">
    <div><div>PPID Kabupaten Sorong</div><div>Portal Informasi Publik</div></div></div>
  <nav class="desktop-nav">
    <a href="/" data-testid="nav-beranda">Beranda</a>
    <div class="group"><a href="/profil-ppid" data-testid="nav-profil">Profil</a></div>
    <div class="group"><a href="/informasi-publik" data-testid="nav-informasi-publik">Informasi Publik</a></div>
    <div class="group"><button data-testid="nav-layanan-dropdown">Layanan</button>
      <div class="dd"><div>
        <a href="/permohonan" data-testid="nav-permohonan-informasi">Permohonan Informasi</a>
        <a href="/tracking" data-testid="nav-tracking-permohonan">Tracking Permohonan</a>
        <a href="/faq" data-testid="nav-faq">FAQ</a>
      </div></div></div>
    <div class="group"><a href="/berita" data-testid="nav-berita">Berita</a></div>
    <div class="group"><a href="/kontak" data-testid="nav-kontak">Kontak</a></div>
  </nav>
  <div id="hdr-actions"><span id="search-slot"><button data-testid="button-open-search" aria-label="Cari">&#128269;</button></span>
    <button data-testid="button-mobile-menu" aria-label="Menu">&#9776;</button></div>
  <div id="mobile-menu"></div>
</header>`;
}

function wireHeader() {
  const slot = document.getElementById('search-slot');
  const closed = slot.innerHTML;
  const wireOpen = () => slot.querySelector('[data-testid="button-open-search"]').onclick = () => {
    // Header.tsx: an <Input type="search"> with no onChange, no form and no key handler: typing does nothing
    slot.innerHTML = '<input type="search" placeholder="Cari informasi..." data-testid="input-search" autofocus>' +
      '<button data-testid="button-close-search" aria-label="Tutup">&#10005;</button>';
    slot.querySelector('[data-testid="button-close-search"]').onclick = () => { slot.innerHTML = closed; wireOpen(); };
  };
  wireOpen();
  const mm = document.getElementById('mobile-menu');
  document.querySelector('[data-testid="button-mobile-menu"]').onclick = () => {
    mm.innerHTML = mm.innerHTML ? '' : `<div>
      <a href="/" data-testid="mobile-nav-beranda">Beranda</a>
      <div><a href="/profil-ppid" data-testid="mobile-nav-profil">Profil</a></div>
      <div><a href="/informasi-publik" data-testid="mobile-nav-informasi-publik">Informasi Publik</a></div>
      <div><div data-testid="mobile-nav-layanan-heading">Layanan</div>
        <a href="/permohonan">Permohonan Informasi</a><a href="/tracking">Tracking Permohonan</a><a href="/faq">FAQ</a></div>
      <div><a href="/berita" data-testid="mobile-nav-berita">Berita</a></div>
      <div><a href="/kontak" data-testid="mobile-nav-kontak">Kontak</a></div></div>`;
  };
}

function footer() {
  const links = {
    'Tentang PPID': ['Profil Singkat', 'Visi & Misi', 'Struktur Organisasi', 'Tugas & Fungsi'],
    'Layanan': ['Permohonan Informasi', 'Tracking Permohonan', 'Pengajuan Keberatan', 'FAQ'],
    'Informasi': ['Informasi Berkala', 'Informasi Serta-Merta', 'Informasi Setiap Saat', 'Regulasi'],
    'Legal': ['Dasar Hukum', 'SOP', 'Maklumat Pelayanan', 'Privasi'],
  };
  const cols = Object.entries(links).map(([t, items]) =>
    `<div><h4>${t}</h4><ul>${items.map((i) => `<li><a href="#" class="dead">${i}</a></li>`).join('')}</ul></div>`).join('');
  return `<footer>
  <div><div><img src="/assets/logo-sorong.png" alt="Logo Kabupaten Sorong"><h3>PPID Kabupaten Sorong</h3>
    <p>Portal Informasi Publik Kabupaten Sorong untuk transparansi dan keterbukaan informasi</p>
    <div><a href="#" class="dead" data-testid="link-facebook" aria-label="Facebook"></a><a href="#" class="dead" data-testid="link-instagram" aria-label="Instagram"></a><a href="#" class="dead" data-testid="link-youtube" aria-label="Youtube"></a></div></div>
  ${cols}</div>
  <div><div><h4>Kontak Kami</h4>
      <div><span>Jl. Pattimura No. 1, Aimas, Kabupaten Sorong, Papua Barat Daya</span></div>
      <div><span>(0951) 123456</span></div>
      <div><span>ppid@sorongkab.go.id</span></div></div>
    <div><h4>Jam Layanan</h4>
      <div><span>Senin - Kamis</span> <span>08:00 - 16:00 WIT</span></div>
      <div><span>Jumat</span> <span>08:00 - 16:30 WIT</span></div>
      <div><span>Sabtu - Minggu</span> <span>Libur</span></div></div></div>
  <div><p>&copy; ${new Date().getFullYear()} PPID Kabupaten Sorong. Seluruh hak cipta dilindungi.</p>
    <p>Dibuat dengan &#10084;&#65039; untuk masyarakat Kabupaten Sorong</p></div>
</footer>`;
}

function wireFooter() {
  // every footer link: href="#" with onClick preventDefault + console.log
  document.querySelectorAll('footer a.dead').forEach((a) => a.onclick = (e) => { e.preventDefault(); console.log(`Navigate to: ${a.textContent}`); });
}

// ---------------------------------------------------------------- pages
function home(main) {
  main.innerHTML = `
  <section id="hero"><h1>Portal PPID Kabupaten Sorong</h1>
    <p>Transparansi dan Keterbukaan Informasi Publik untuk Masyarakat Kabupaten Sorong</p>
    <div><button data-testid="button-ajukan-permohonan">Ajukan Permohonan Informasi</button>
      <button data-testid="button-cek-status">Cek Status Permohonan</button></div></section>
  <section id="quick"><div>
    <div class="card" data-testid="card-permohonan-informasi"><h3>Permohonan Informasi</h3><p>Ajukan permohonan informasi publik secara online</p></div>
    <div class="card" data-testid="card-cek-status-permohonan"><h3>Cek Status Permohonan</h3><p>Lacak status permohonan informasi Anda</p></div>
    <div class="card" data-testid="card-daftar-informasi-publik"><h3>Daftar Informasi Publik</h3><p>Jelajahi katalog lengkap informasi publik</p></div>
  </div></section>
  <section id="kategori"><div><h2>Kategori Informasi Publik</h2><p>Akses berbagai kategori informasi sesuai kebutuhan Anda</p></div>
    <div id="kategori-body"><div>Memuat kategori...</div></div></section>
  <section id="statistik"><div><h2>Statistik Layanan</h2><p>Transparansi kinerja layanan PPID Kabupaten Sorong</p></div>
    <div id="stat-body"><div>Memuat statistik...</div></div></section>
  <section id="berita"><div><div><h2>Berita &amp; Pengumuman</h2><p>Informasi terkini seputar PPID Kabupaten Sorong</p></div>
    <button data-testid="button-lihat-semua">Lihat Semua</button></div><div id="berita-body"></div></section>`;
  main.querySelector('[data-testid="button-ajukan-permohonan"]').onclick = () => setLocation('/permohonan');
  main.querySelector('[data-testid="button-cek-status"]').onclick = () => setLocation('/tracking');
  main.querySelector('[data-testid="button-lihat-semua"]').onclick = () => setLocation('/berita');
  // QuickAccessCards: onClick only logs
  main.querySelectorAll('#quick .card').forEach((c) => c.onclick = () => console.log(`Navigate to: ${c.querySelector('h3').textContent}`));
  api('/api/pengaturan/hero').then((h) => {
    main.querySelector('#hero h1').textContent = h.title; main.querySelector('#hero p').textContent = h.subtitle;
  }).catch(() => {});
  api('/api/stats/info-categories').then((d) => {
    const body = main.querySelector('#kategori-body');
    body.innerHTML = '<div>' + d.categories.map((c) => `<div class="card" data-href="${esc(c.href)}" data-testid="category-${c.title.toLowerCase().replace(/\s+/g, '-')}">
      <div><h3>${esc(c.title)}</h3><p>${esc(c.description)}</p><span>${esc(c.count)}</span></div></div>`).join('') + '</div>';
    body.querySelectorAll('.card').forEach((c) => c.onclick = () => { window.location.href = c.dataset.href; });
  }).catch(() => { main.querySelector('#kategori-body').innerHTML = '<div></div>'; });
  api('/api/stats/dashboard').then((d) => {
    main.querySelector('#stat-body').innerHTML = '<div>' + d.stats.map((s) => `<div class="card" data-testid="stat-${s.label.toLowerCase().replace(/\s+/g, '-')}">
      <div>${esc(s.value)}</div><div>${esc(s.label)}</div><div>${esc(s.change)}</div></div>`).join('') + '</div>';
  }).catch(() => { main.querySelector('#stat-body').innerHTML = '<div></div>'; });
  fetch('/api/berita/list').then((r) => r.json()).then((list) => {
    main.querySelector('#berita-body').innerHTML = '<div>' + list.slice(0, 3).map((b) => `<div class="card" data-testid="news-${b.id}"
      onclick="window.location.href='/berita/${b.id}'"><h3>${esc(b.judul)}</h3></div>`).join('') + '</div>';
  }).catch(() => {});
}

function profil(main) {
  main.innerHTML = `<div>
  <div><h1>Profil PPID</h1><p>Pejabat Pengelola Informasi dan Dokumentasi Kabupaten Sorong</p></div>
  <div class="card"><h3>Tentang PPID Kabupaten Sorong</h3><p id="p-tentang">Memuat informasi...</p></div>
  <div class="card"><h3>Visi dan Misi</h3><div><h3>Visi</h3><p id="p-visi">Memuat visi...</p></div><hr>
    <div><h3>Misi</h3><ol id="p-misi"><li>Memuat misi...</li></ol></div></div>
  <div class="card"><h3>Struktur Organisasi PPID</h3>
    <div><div class="card"><h4>PPID Utama</h4><p>Sekretaris Daerah</p></div>
      <div class="card"><h4>Atasan PPID</h4><p>Bupati Kabupaten Sorong</p></div></div>
    <div><div class="card"><h4>PPID Pembantu</h4><p>Kepala Dinas/Badan</p></div>
      <div class="card"><h4>Tim Pertimbangan</h4><p>Pengkajian Keberatan</p></div>
      <div class="card"><h4>Petugas Layanan</h4><p>Front Office PPID</p></div></div></div>
  <div class="card"><h3>Tugas dan Fungsi</h3><div><h3>Tugas Pokok</h3><p id="p-tugas">Memuat tugas pokok...</p></div><hr>
    <div><h3>Fungsi</h3><ul id="p-fungsi"><li>Memuat fungsi...</li></ul></div></div>
  <div class="card"><h3>Dasar Hukum</h3><ol>
    <li>Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik</li>
    <li>Peraturan Pemerintah Nomor 61 Tahun 2010 tentang Pelaksanaan UU KIP</li>
    <li>Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik</li>
    <li>Peraturan Bupati Sorong tentang Pembentukan PPID Kabupaten Sorong</li>
    <li>Peraturan Bupati Sorong tentang Standar Operasional Prosedur Pelayanan Informasi Publik</li></ol></div>
</div>`;
  api('/api/pengaturan/profil').then((p) => {
    main.querySelector('#p-tentang').textContent = p.tentang;
    main.querySelector('#p-visi').textContent = p.visi;
    main.querySelector('#p-misi').innerHTML = p.misi.map((m) => `<li>${esc(m)}</li>`).join('');
    main.querySelector('#p-tugas').textContent = p.tugas_pokok;
    main.querySelector('#p-fungsi').innerHTML = p.fungsi.map((m) => `<li>${esc(m)}</li>`).join('');
  }).catch(() => {});
}

const TABS = [
  ['berkala', 'Informasi Berkala', 'berkala', '<strong>Informasi Berkala</strong> adalah informasi yang wajib disediakan dan diumumkan secara berkala seperti profil badan publik, ringkasan informasi tentang program dan/atau kegiatan, ringkasan laporan keuangan, dan ringkasan laporan akses informasi publik.', 'Belum ada informasi berkala tersedia'],
  ['serta-merta', 'Serta Merta', 'serta_merta', '<strong>Informasi Serta Merta</strong> adalah informasi yang wajib diumumkan secara serta-merta tanpa penundaan karena dapat mengancam hajat hidup orang banyak dan ketertiban umum, seperti informasi tentang bencana alam, kerusakan lingkungan, atau wabah penyakit.', 'Belum ada informasi serta merta tersedia'],
  ['setiap-saat', 'Setiap Saat', 'setiap_saat', '<strong>Informasi Setiap Saat</strong> adalah informasi yang wajib tersedia setiap saat dan dapat diakses oleh publik seperti daftar informasi publik, hasil keputusan badan publik, seluruh kebijakan dan peraturan, serta prosedur kerja pegawai.', 'Belum ada informasi setiap saat tersedia'],
  ['dikecualikan', 'Dikecualikan', 'dikecualikan', '<strong>Informasi Dikecualikan</strong> adalah informasi yang tidak dapat diberikan kepada pemohon karena dikecualikan berdasarkan Undang-Undang, seperti informasi yang dapat mengancam pertahanan dan keamanan negara, atau informasi pribadi yang dapat merugikan pihak lain.', 'Belum ada daftar informasi dikecualikan tersedia'],
];

function informasi(main) {
  let active = 'berkala'; // the page ignores ?kategori= and always opens on 'berkala'
  let q = '';
  let list = null;
  main.innerHTML = `<div>
  <div><h1>Informasi Publik</h1><p>Akses informasi publik Pemerintah Kabupaten Sorong sesuai UU KIP</p></div>
  <div class="card"><input placeholder="Cari informasi publik..." data-testid="input-search" id="ip-search"></div>
  <div data-testid="tabs-kategori"><div role="tablist">${TABS.map(([v, label]) =>
    `<button role="tab" data-value="${v}" data-testid="tab-${v}">${label}</button>`).join('')}</div>
  ${TABS.map(([v]) => `<div role="tabpanel" data-value="${v}"></div>`).join('')}</div></div>`;
  const draw = () => {
    main.querySelectorAll('[role=tab]').forEach((b) => b.setAttribute('aria-selected', String(b.dataset.value === active)));
    main.querySelectorAll('[role=tabpanel]').forEach((p) => {
      const t = TABS.find((x) => x[0] === p.dataset.value);
      if (p.dataset.value !== active) { p.hidden = true; p.innerHTML = ''; return; } // Radix: inactive panel is empty
      p.hidden = false;
      const items = (list || []).filter((i) => i.judul.toLowerCase().includes(q) || i.deskripsi.toLowerCase().includes(q));
      p.innerHTML = `<div class="card"><p>${t[3]}</p></div>` + (list === null ? '<div><p>Memuat data...</p></div>'
        : items.length === 0 ? `<div class="card"><p>${t[4]}</p></div>`
        : items.map((i) => `<div class="card"><h3>${esc(i.judul)}</h3><p>${esc(i.deskripsi)}</p><span>${esc(i.kategori)}</span></div>`).join(''));
    });
  };
  const load = () => {
    list = null; draw();
    const kat = TABS.find((x) => x[0] === active)[2];
    // original: /api/informasi-publik/list?kategori=<kat>; the fixture serves the list path (empty for every category)
    fetch('/api/informasi-publik/list').then((r) => { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then((d) => { list = d.filter((i) => i.kategori === kat); draw(); }).catch(() => { list = []; draw(); });
  };
  main.querySelectorAll('[role=tab]').forEach((b) => b.onclick = () => { active = b.dataset.value; load(); });
  main.querySelector('#ip-search').oninput = (e) => { q = e.target.value.toLowerCase(); draw(); };
  load();
}

function toast(title, desc) {
  const t = document.createElement('div'); t.setAttribute('role', 'status');
  t.innerHTML = `<div>${esc(title)}</div><div>${esc(desc)}</div>`; document.body.appendChild(t);
}

function permohonan(main) {
  main.innerHTML = `<div>
  <div><h1>Form Permohonan Informasi Publik</h1><p>Isi formulir di bawah ini untuk mengajukan permohonan informasi publik sesuai UU KIP</p></div>
  <form data-testid="form-permohonan">
    <div class="card"><h3>Data Pemohon</h3><p>Lengkapi data diri Anda dengan benar</p>
      <div><label for="nama_pemohon">Nama Lengkap *</label><input id="nama_pemohon" name="nama_pemohon" required></div>
      <div><label for="pekerjaan">Pekerjaan *</label><input id="pekerjaan" name="pekerjaan" required></div>
      <div><label for="alamat">Alamat *</label><textarea id="alamat" name="alamat" required rows="3"></textarea></div>
      <div><label for="email">Email *</label><input id="email" name="email" type="email" required></div>
      <div><label for="no_telepon">No. Telepon/HP *</label><input id="no_telepon" name="no_telepon" required></div>
      <div><label for="file_ktp">Upload KTP *</label><input id="file_ktp" name="file_ktp" type="file" accept="image/*,.pdf" required>
        <p>Format: JPG, PNG, atau PDF (Maks. 2MB)</p></div></div>
    <div class="card"><h3>Rincian Informasi yang Dimohonkan</h3><p>Jelaskan informasi yang Anda butuhkan</p>
      <div><label for="rincian_informasi">Rincian Informasi *</label><textarea id="rincian_informasi" name="rincian_informasi" required rows="5" placeholder="Jelaskan secara detail informasi yang Anda perlukan..."></textarea></div>
      <div><label for="tujuan_penggunaan">Tujuan Penggunaan Informasi *</label><textarea id="tujuan_penggunaan" name="tujuan_penggunaan" required rows="3" placeholder="Jelaskan tujuan penggunaan informasi..."></textarea></div>
      <div><label for="cara_memperoleh">Cara Memperoleh Informasi *</label>
        <button type="button" role="combobox" data-testid="select-obtain-method">Pilih cara...</button>
        <select name="cara_memperoleh" required aria-hidden="true" tabindex="-1" style="position:absolute;opacity:0;pointer-events:none"><option value=""></option>
          <option value="melihat">Melihat</option><option value="membaca">Membaca</option><option value="mendengar">Mendengar</option><option value="mencatat">Mencatat</option></select></div>
      <div><label for="cara_mendapat_salinan">Cara Mendapatkan Salinan *</label>
        <button type="button" role="combobox" data-testid="select-copy-method">Pilih cara...</button>
        <select name="cara_mendapat_salinan" required aria-hidden="true" tabindex="-1" style="position:absolute;opacity:0;pointer-events:none"><option value=""></option>
          <option value="mengambil_langsung">Mengambil Langsung</option><option value="email">Email</option><option value="pos">Pos/Kurir</option><option value="faksimili">Faksimili</option></select></div>
      <div><label for="file_pendukung">Dokumen Pendukung (Opsional)</label><input id="file_pendukung" name="file_pendukung" type="file" accept=".pdf,.doc,.docx">
        <p>Format: PDF, DOC, DOCX (Maks. 5MB)</p></div></div>
    <div><button type="button" data-testid="button-cancel">Batal</button><button type="submit" data-testid="button-submit">Kirim Permohonan</button></div>
  </form></div>`;
  main.querySelector('[data-testid="button-cancel"]').onclick = () => { window.location.href = '/'; };
  main.querySelectorAll('[role=combobox]').forEach((b) => b.onclick = () => {
    const sel = b.nextElementSibling; const opts = [...sel.options].slice(1);
    let box = b.parentNode.querySelector('[role=listbox]');
    if (box) { box.remove(); return; }
    box = document.createElement('div'); box.setAttribute('role', 'listbox');
    box.innerHTML = opts.map((o) => `<div role="option" data-value="${o.value}">${o.text}</div>`).join('');
    box.querySelectorAll('[role=option]').forEach((o) => o.onclick = () => { sel.value = o.dataset.value; b.textContent = o.textContent; box.remove(); });
    b.after(box);
  });
  const form = main.querySelector('form');
  form.onsubmit = async (e) => {
    e.preventDefault();
    const btn = main.querySelector('[data-testid="button-submit"]'); btn.disabled = true; btn.textContent = 'Mengirim...';
    try {
      const r = await fetch('/api/permohonan/submit', { method: 'POST', body: new FormData(form) });
      if (!r.ok) throw new Error('Gagal mengirim permohonan');
      const d = await r.json();
      main.innerHTML = `<div class="card" data-testid="card-submission-success"><h3>Permohonan Berhasil Dikirim!</h3>
        <p>Permohonan informasi Anda telah kami terima</p><div><p>Nomor Registrasi Anda</p><p>${esc(d.nomor_registrasi)}</p></div>
        <p>Simpan nomor registrasi ini untuk melacak status permohonan Anda</p></div>`;
    } catch (err) {
      toast('Gagal Mengirim Permohonan', 'Silakan coba lagi nanti');
    } finally { if (btn.isConnected) { btn.disabled = false; btn.textContent = 'Kirim Permohonan'; } }
  };
}

function tracking(main) {
  main.innerHTML = `<div>
  <div><h1>Lacak Permohonan Informasi</h1><p>Masukkan nomor registrasi untuk melihat status permohonan Anda</p></div>
  <div class="card"><form data-testid="form-tracking"><div><label for="nomor_registrasi">Nomor Registrasi</label>
    <input id="nomor_registrasi" placeholder="Masukkan nomor registrasi (contoh: PPID-20250101120000-1234)" required data-testid="input-registration-number"></div>
    <button type="submit" data-testid="button-track">Lacak</button></form></div><div id="track-result"></div></div>`;
  main.querySelector('form').onsubmit = async (e) => {
    e.preventDefault();
    const no = main.querySelector('#nomor_registrasi').value; const out = main.querySelector('#track-result');
    try {
      const r = await fetch(`/api/permohonan/track/${encodeURIComponent(no)}`);
      if (r.ok) { const d = await r.json(); out.innerHTML = `<div class="card"><h3>Status Permohonan</h3><p>${esc(d.nomor_registrasi)}</p><span>${esc(d.status)}</span></div>`; }
      else out.innerHTML = '<div class="card"><p data-testid="text-error">Nomor registrasi tidak ditemukan</p></div>';
    } catch (err) { out.innerHTML = '<div class="card"><p data-testid="text-error">Terjadi kesalahan. Silakan coba lagi</p></div>'; }
  };
}

function kontak(main) {
  main.innerHTML = `<div>
  <div><h1>Hubungi Kami</h1><p>Informasi kontak dan alamat PPID Kabupaten Sorong</p></div>
  <div><div class="card"><h3>Alamat Kantor</h3><div><p>PPID Kabupaten Sorong</p><p id="k-alamat" style="white-space:pre-line">Memuat...</p></div></div>
    <div class="card"><h3>Jam Pelayanan</h3><div><p>Senin - Kamis</p><p id="k-jam1">08:00 - 16:00 WIT</p></div>
      <div><p>Jumat</p><p id="k-jam2">08:00 - 11:30 WIT</p></div>
      <div><p><em>* Sabtu, Minggu, dan Hari Libur Nasional Tutup</em></p></div></div></div>
  <div class="card"><h3>Informasi Kontak</h3><p>Hubungi kami melalui saluran berikut</p>
    <div><p>Telepon</p><p id="k-tel">(0951) 321234</p></div>
    <div><p>Fax</p><p id="k-fax">(0951) 321235</p></div>
    <div><p>Email</p><p id="k-email">ppid@sorongkab.go.id</p></div></div>
  <div class="card"><h3>Peta Lokasi</h3><p>Kantor PPID Kabupaten Sorong</p><div><p>Peta lokasi akan ditampilkan di sini</p></div></div>
</div>`;
  api('/api/pengaturan/kontak').then((k) => {
    main.querySelector('#k-alamat').textContent = k.alamat; main.querySelector('#k-jam1').textContent = k.jam_senin_kamis;
    main.querySelector('#k-jam2').textContent = k.jam_jumat; main.querySelector('#k-tel').textContent = k.telepon;
    main.querySelector('#k-fax').textContent = k.fax; main.querySelector('#k-email').textContent = k.email;
  }).catch(() => {});
}

function notFound(main) {
  // pages/not-found.tsx (the Replit template's page): rendered without Header and Footer
  main.innerHTML = '<div class="card"><h1>404 Page Not Found</h1><p>Did you forget to add the page to the router?</p></div>';
}

const ROUTES = { '/': home, '/profil-ppid': profil, '/informasi-publik': informasi, '/permohonan': permohonan, '/tracking': tracking, '/kontak': kontak };

function render() {
  const page = ROUTES[location.pathname];
  if (!page) { root.innerHTML = '<main></main>'; notFound(root.querySelector('main')); return; }
  root.innerHTML = `<div>${header()}<main></main>${footer()}</div>`;
  wireHeader(); wireFooter();
  page(root.querySelector('main'));
  window.scrollTo(0, 0);
}
render();
