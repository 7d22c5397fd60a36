// Compact working rewrite of the client side of the PPID BAZNAS Kabupaten Cianjur web app (Next.js 14 App
// Router, apps/web): the pages are server-rendered; these are the client components' behaviours a browser adds.
// Navbar.tsx (mobile menu drawn only when toggled), informasi-publik-client.tsx (search, category select and
// three tabs over the empty lists), permohonan-form.tsx (a four-step form; only step 1 is in the server's HTML),
// PengaduanForm.tsx (posts to tRPC), download-page-client.tsx (search over the empty list), sonner toasts.
(function () {
  const NAV = [['/profil', 'Profil'], ['/permohonan', 'Permohonan'], ['/download', 'Download'],
    ['/statistik', 'Statistik'], ['/pengumuman', 'Pengumuman'], ['/faq', 'FAQ']];
  const $ = (s) => document.querySelector(s);
  function toast(msg) {
    let t = $('#toaster');
    if (!t) { t = document.createElement('section'); t.id = 'toaster'; t.setAttribute('aria-live', 'polite'); document.body.appendChild(t); }
    const li = document.createElement('div'); li.setAttribute('role', 'status'); li.textContent = msg; t.appendChild(li);
    setTimeout(() => li.remove(), 4000);
  }
  // tRPC httpBatchLink stand-in: the API route is not part of the fixture (404), as when it fails in production
  function trpcMutation(path, input) {
    return fetch('/api/trpc/' + path + '?batch=1', { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ 0: { json: input } }) }).then((r) => { if (!r.ok) throw new Error(''); return r.json(); });
  }

  function navbar() {
    const btn = $('#menu-toggle'), box = $('#mobile-menu');
    if (!btn || !box) return;
    let open = false;
    btn.addEventListener('click', () => {
      open = !open; btn.innerHTML = open ? '&#10005;' : '&#9776;';
      box.innerHTML = open ? '<nav>' + NAV.map(([h, l]) => `<a href="${h}">${l}</a>`).join('') +
        '<a href="/admin">Portal Admin</a></nav>' : '';
    });
    box.addEventListener('click', (e) => { if (e.target.closest('a')) { open = false; box.innerHTML = ''; btn.innerHTML = '&#9776;'; } });
  }

  function informasiPublik() {
    const list = $('#ip-list');
    if (!list) return;
    let tab = 'berkala';
    const draw = () => {
      list.querySelectorAll('[role=tab]').forEach((b) => b.setAttribute('aria-selected', String(b.dataset.tab === tab)));
      const old = list.querySelector('[role=tabpanel]');
      const filtered = $('#ip-search').value || $('#ip-kategori').value !== 'semua';
      old.outerHTML = `<div id="panel-${tab}" role="tabpanel"><h3>Tidak ada dokumen ditemukan</h3><p>${filtered
        ? 'Coba ubah kata kunci pencarian atau filter kategori' : 'Belum ada dokumen dalam kategori ini'}</p></div>`;
    };
    list.querySelectorAll('[role=tab]').forEach((b) => b.addEventListener('click', () => { tab = b.dataset.tab; draw(); }));
    $('#ip-search').addEventListener('input', draw);
    $('#ip-kategori').addEventListener('change', draw);
  }

  function permohonan() {
    const form = $('#permohonan-form');
    if (!form) return;
    const data = { caraMendapatkan: 'email', kategoriInformasi: 'berkala' };
    let step = 1, file = null;
    const body = $('#step-body');
    const save = () => form.querySelectorAll('input[name],textarea[name]').forEach((el) => {
      if (el.type === 'radio') { if (el.checked) data[el.name] = el.value; } else if (el.type !== 'file') data[el.name] = el.value;
    });
    const v = (k) => (data[k] || '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));
    const radios = (name, opts) => `<div role="radiogroup" aria-labelledby="label-${name}">` + opts.map(([val, l, d]) =>
      `<label><input type="radio" name="${name}" value="${val}"${data[name] === val ? ' checked' : ''}><span>${l}</span> <span>${d}</span></label>`).join('') + '</div>';
    const steps = {
      1: () => `<h2>Data Pemohon</h2><p>Lengkapi data diri Anda sesuai KTP. Data ini diperlukan untuk verifikasi.</p>
        <label for="namaPemohon">Nama Lengkap <span>*</span></label> <input id="namaPemohon" name="namaPemohon" value="${v('namaPemohon')}">
        <label for="email">Email <span>*</span></label> <input id="email" type="email" name="email" value="${v('email')}">
        <label for="nomorTelepon">Nomor Telepon</label> <input id="nomorTelepon" type="tel" name="nomorTelepon" placeholder="08xxxxxxxxxx" value="${v('nomorTelepon')}">
        <label for="nomorIdentitas">NIK (16 Digit) <span>*</span></label> <input id="nomorIdentitas" name="nomorIdentitas" placeholder="3301010101010001" maxlength="16" value="${v('nomorIdentitas')}">
        <label for="alamat">Alamat Lengkap <span>*</span></label> <textarea id="alamat" name="alamat" rows="3">${v('alamat')}</textarea>`,
      2: () => `<h2>Informasi yang Diminta</h2>
        <label id="label-kategoriInformasi">Kategori Informasi <span>*</span></label>` + radios('kategoriInformasi',
        [['berkala', 'Berkala', 'Diungkapkan secara rutin'], ['serta_merta', 'Serta Merta', 'Diberikan dalam 24 jam'], ['setiap_saat', 'Setiap Saat', 'Tersedia kapan saja']]) + `
        <label for="tujuanPermohonan">Tujuan Permohonan Informasi <span>*</span></label> <textarea id="tujuanPermohonan" name="tujuanPermohonan" rows="3" placeholder="Jelaskan mengapa Anda membutuhkan informasi ini...">${v('tujuanPermohonan')}</textarea>
        <label for="rincianInformasi">Rincian Informasi yang Diminta <span>*</span></label> <textarea id="rincianInformasi" name="rincianInformasi" rows="4" placeholder="Jelaskan secara spesifik informasi apa yang Anda butuhkan...">${v('rincianInformasi')}</textarea>
        <label id="label-caraMendapatkan">Cara Memperoleh Informasi <span>*</span></label>` + radios('caraMendapatkan',
        [['email', 'Email', 'Jawaban dikirim via email'], ['langsung', 'Langsung', 'Ambil di kantor BAZNAS'], ['pos', 'Kurir Pos', 'Dikirim via jasa pengiriman']]),
      3: () => `<h2>Unggah Lampiran (Opsional)</h2><p>Unggah fotokopi KTP Anda untuk mempercepat verifikasi. Format yang diizinkan: JPG, PNG, PDF. Maksimal 5MB.</p>
        <input id="lampiranIdentitas" type="file" accept="image/jpeg,image/png,application/pdf" hidden><label for="lampiranIdentitas"><p>${file ? file.name : 'Klik untuk memilih file'}</p></label>`,
      4: () => `<h2>Review Permohonan</h2><p>Pastikan data yang Anda isi sudah benar sebelum mengirim permohonan.</p>
        <div><h3>Data Pemohon</h3><dl><dt>Nama</dt><dd>${v('namaPemohon') || '—'}</dd><dt>Email</dt><dd>${v('email') || '—'}</dd>
        <dt>NIK</dt><dd>${data.nomorIdentitas ? '**************' + data.nomorIdentitas.slice(-2) : '—'}</dd><dt>Alamat</dt><dd>${v('alamat') || '—'}</dd><dt>Telepon</dt><dd>${v('nomorTelepon') || '—'}</dd></dl></div>
        <div><h3>Informasi Diminta</h3><dl><dt>Kategori</dt><dd>${(data.kategoriInformasi || '').replace('_', ' ') || '—'}</dd><dt>Cara Dapatkan</dt><dd>${v('caraMendapatkan') || '—'}</dd>
        <dt>Tujuan</dt><dd>${v('tujuanPermohonan') || '—'}</dd><dt>Rincian</dt><dd>${v('rincianInformasi') || '—'}</dd><dt>Lampiran</dt><dd>${file ? file.name : 'Tidak ada'}</dd></dl></div>
        <p>Dengan mengajukan permohonan ini, saya menyatakan bahwa data yang saya berikan adalah benar dan saya memahami bahwa permohonan ini akan diproses sesuai ketentuan <span>UU No. 14 Tahun 2008</span> tentang Keterbukaan Informasi Publik.</p>`,
    };
    const errors = {
      1: () => [!data.namaPemohon || data.namaPemohon.length < 3 ? ['namaPemohon', 'Nama minimal 3 karakter'] : null,
        !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(data.email || '') ? ['email', 'Format email tidak valid'] : null,
        (data.nomorIdentitas || '').length !== 16 ? ['nomorIdentitas', 'NIK harus 16 digit'] : !/^\d+$/.test(data.nomorIdentitas) ? ['nomorIdentitas', 'NIK hanya boleh angka'] : null,
        !data.alamat || data.alamat.length < 10 ? ['alamat', 'Alamat terlalu singkat'] : null].filter(Boolean),
      2: () => [!data.tujuanPermohonan || data.tujuanPermohonan.length < 10 ? ['tujuanPermohonan', 'Tujuan minimal 10 karakter'] : null,
        !data.rincianInformasi || data.rincianInformasi.length < 10 ? ['rincianInformasi', 'Rincian minimal 10 karakter'] : null].filter(Boolean),
    };
    const nav = form.lastElementChild;
    function draw() {
      body.innerHTML = steps[step]();
      document.querySelectorAll('.steps li').forEach((li) => li.className = +li.dataset.step === step ? 'current' : +li.dataset.step < step ? 'done' : '');
      nav.innerHTML = `<button type="button" id="btn-back"${step === 1 ? ' disabled' : ''}>Sebelumnya</button> ` +
        (step < 4 ? '<button type="button" id="btn-next">Selanjutnya</button>' : '<button type="submit">Ajukan Permohonan</button>');
      const f = $('#lampiranIdentitas');
      if (f) f.addEventListener('change', () => { file = f.files[0] || null; draw(); });
    }
    form.addEventListener('click', (e) => {
      if (e.target.id === 'btn-back' && step > 1) { save(); step--; draw(); }
      if (e.target.id === 'btn-next') {
        save();
        const errs = errors[step] ? errors[step]() : [];
        body.querySelectorAll('[role=alert]').forEach((p) => p.remove());
        errs.forEach(([k, m]) => { const el = body.querySelector(`[name=${k}]`); const p = document.createElement('p'); p.setAttribute('role', 'alert'); p.textContent = m; el.after(p); });
        if (!errs.length) { step++; draw(); }
      }
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      trpcMutation('permohonan.submit', data).then((r) => {
        const tiket = r[0].result.data.json.nomorTiket;
        $('#permohonan').innerHTML = `<div><h2>Permohonan berhasil diajukan</h2><p>Nomor tiket Anda adalah:</p><p>${tiket}</p></div>`;
      }).catch(() => toast('Gagal mengajukan permohonan.'));
    });
  }

  function pengaduan() {
    const form = $('#pengaduan-form');
    if (!form) return;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const d = Object.fromEntries(new FormData(form));
      form.querySelectorAll('[role=alert]').forEach((p) => p.remove());
      const errs = [(d.nama || '').length < 3 ? ['nama', 'Nama minimal 3 karakter'] : null,
        !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(d.email || '') ? ['email', 'Format email tidak valid'] : null,
        (d.subjek || '').length < 5 ? ['subjek', 'Subjek minimal 5 karakter'] : null,
        (d.isiPengaduan || '').length < 10 ? ['isiPengaduan', 'Isi pengaduan minimal 10 karakter'] : null].filter(Boolean);
      errs.forEach(([k, m]) => { const p = document.createElement('p'); p.setAttribute('role', 'alert'); p.textContent = m; form.querySelector(`[name=${k}]`).after(p); });
      if (errs.length) return;
      delete d.lampiran;
      trpcMutation('pengaduan.submit', d).then((r) => {
        form.outerHTML = `<div><h3>Pengaduan berhasil dikirim</h3><p>Nomor tiket pengaduan Anda:</p><p>${r[0].result.data.json.nomorTiket}</p></div>`;
      }).catch(() => toast('Gagal mengirim pengaduan.'));
    });
  }

  function download() {
    const s = $('#dl-search');
    if (s) s.addEventListener('input', () => {}); // filters an empty list: 'Tidak ada dokumen ditemukan.' either way
  }

  document.addEventListener('DOMContentLoaded', () => { navbar(); informasiPublik(); permohonan(); pengaduan(); download(); });
})();
