// Compact rewrite of the client side of the PPID Kemenag Kutai Barat portal (TanStack Start + Radix/shadcn).
// The server HTML holds the header's triggers only: Radix mounts a dropdown's links when it opens, the mobile
// Sheet and the 'Ajukan Permohonan' Dialog are portals mounted when opened, toasts exist only after hydration.
const menus = {
  profil: [['Profil PPID', '/profil/ppid'], ['Profil Kemenag', '/profil/kantor-kemenag-kubar']],
  layanan: [['Saluran Informasi', '/layanan-informasi/saluran-informasi'], ['Tata Cara', '/layanan-informasi/tata-cara'], ['Standar Pengumuman', '/layanan-informasi/standar-pengumuman']],
  standar: [['Maklumat Pelayanan', '/standar-layanan/maklumat-pelayanan'], ['SOP', '/standar-layanan/sop'], ['Kebijakan', '/standar-layanan/kebijakan']],
  informasi: [['Daftar Informasi Publik', '/informasi-publik/dip'], ['Dokumen & Laporan', '/informasi-publik/dokumen-laporan']],
};
const labels = { profil: 'Menu profil', layanan: 'Menu layanan informasi', standar: 'Menu standar layanan', informasi: 'Menu informasi publik' };
const el = (tag, attrs = {}, html = '') => { const e = document.createElement(tag); for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v); e.innerHTML = html; return e; };
const links = (items) => items.map(([l, h]) => `<li><a data-slot="navigation-menu-link" href="${h}">${l}</a></li>`).join('');

function closeMenus(except) {
  document.querySelectorAll('[data-menu]').forEach((b) => {
    if (b === except) return;
    b.setAttribute('aria-expanded', 'false'); b.dataset.state = 'closed';
    document.getElementById(b.getAttribute('aria-controls'))?.remove();
  });
}
function openMenu(b) {
  if (b.dataset.state === 'open') return;
  closeMenus(b);
  b.setAttribute('aria-expanded', 'true'); b.dataset.state = 'open';
  const c = el('div', { id: b.getAttribute('aria-controls'), 'data-state': 'open', class: 'nav-content', 'aria-labelledby': b.id });
  c.innerHTML = `<ul class="profile-menu" aria-label="${labels[b.dataset.menu]}">${links(menus[b.dataset.menu])}</ul>`;
  b.parentElement.appendChild(c);
}
document.querySelectorAll('[data-menu]').forEach((b) => {
  b.addEventListener('click', () => (b.dataset.state === 'open' ? closeMenus() : openMenu(b)));
  b.parentElement.addEventListener('mouseenter', () => openMenu(b));
  b.parentElement.addEventListener('mouseleave', () => closeMenus());
});

function modal(trigger, build) {
  trigger.addEventListener('click', () => {
    const overlay = el('div', { 'data-state': 'open', class: 'overlay', 'data-radix-portal': '' });
    const box = el('div', { role: 'dialog', 'aria-modal': 'true', 'data-state': 'open', class: 'dialog' }, build());
    const close = () => { overlay.remove(); trigger.setAttribute('aria-expanded', 'false'); trigger.dataset.state = 'closed'; };
    box.appendChild(el('button', { type: 'button', class: 'close' }, '<span class="sr-only">Close</span>')).addEventListener('click', close);
    box.querySelectorAll('a').forEach((a) => a.addEventListener('click', close));
    overlay.appendChild(box); document.body.appendChild(overlay);
    trigger.setAttribute('aria-expanded', 'true'); trigger.dataset.state = 'open';
    box.querySelectorAll('[data-acc]').forEach((t) => t.addEventListener('click', () => {
      const open = t.getAttribute('aria-expanded') === 'true';
      box.querySelectorAll('[data-acc]').forEach((o) => { o.setAttribute('aria-expanded', 'false'); o.nextElementSibling?.remove(); });
      if (!open) { t.setAttribute('aria-expanded', 'true'); t.after(el('div', { role: 'region', class: 'acc-content' }, links(menus[t.dataset.acc]).replace(/<\/?li>/g, ''))); }
    }));
  });
}
const sheet = document.querySelector('[data-sheet-trigger]');
if (sheet) modal(sheet, () => `<h2>Menu utama</h2><p>Portal PPID Kemenag Kutai Barat</p><nav aria-label="Navigasi utama">
<a href="/">Beranda</a><a href="/regulasi">Regulasi</a>
${[['Profil', 'profil'], ['Standar Layanan', 'standar'], ['Layanan Informasi', 'layanan'], ['Informasi Publik', 'informasi']].map(([l, k]) => `<h3><button type="button" aria-expanded="false" data-acc="${k}">${l}</button></h3>`).join('')}</nav>`);
const cta = document.querySelector('[data-dialog-trigger]');
if (cta) modal(cta, () => `<h2>Pilih formulir layanan</h2><p>Pilih formulir sesuai kebutuhan Anda.</p>
<a href="/layanan-informasi/permohonan"><span>Formulir Permohonan Informasi Publik</span><span>Ajukan permintaan informasi publik baru.</span></a>
<a href="/layanan-informasi/keberatan"><span>Formulir Pengajuan Keberatan Informasi</span><span>Ajukan keberatan atas layanan informasi yang diterima.</span></a>`);

function toast(title, description, variant = 'default') {
  const ol = document.querySelector('.toast-viewport');
  ol?.appendChild(el('li', { role: 'status', 'data-state': 'open', 'data-variant': variant }, `<div class="toast-title">${title}</div><div class="toast-description">${description}</div>`));
}
if (document.body.dataset.toastTitle) toast(document.body.dataset.toastTitle, document.body.dataset.toastDescription);

// Home search: the typed term is dropped, the browser is sent to the whole register.
document.querySelector('[data-home-search]')?.addEventListener('submit', (e) => { e.preventDefault(); window.location.assign('/informasi-publik/dip'); });

// Title filter of the SOP / Tata Cara lists.
document.querySelectorAll('[data-filter-list]').forEach((input) => input.addEventListener('input', () => {
  const term = input.value.trim().toLocaleLowerCase('id-ID'); let n = 0;
  document.querySelectorAll('.simple-row').forEach((r) => { const ok = !term || r.dataset.title.toLocaleLowerCase('id-ID').includes(term); r.hidden = !ok; n += ok; });
  document.querySelector('.filter-empty').hidden = n > 0;
}));

// DIP register: search box and three selects filter the rows; ?category= preselects a category.
const dip = document.querySelector('[data-dip-form]');
if (dip) {
  const names = { periodic: 'Berkala', available_anytime: 'Setiap Saat', immediate: 'Serta-Merta', excluded: 'Dikecualikan' };
  const byPath = { berkala: 'periodic', 'setiap-saat': 'available_anytime', 'serta-merta': 'immediate', dikecualikan: 'excluded' };
  const q = dip.querySelector('#catalog-search'), cat = dip.elements.category, year = dip.elements.year, unit = dip.elements.unit;
  const pre = byPath[new URLSearchParams(location.search).get('category')]; if (pre) cat.value = pre;
  const apply = () => {
    const term = q.value.trim().toLocaleLowerCase('id-ID'); let n = 0;
    document.querySelectorAll('.document-row').forEach((r) => {
      const text = [r.querySelector('h3').textContent, r.dataset.unit, names[r.dataset.category], r.dataset.year].join(' ').toLocaleLowerCase('id-ID');
      const ok = (!term || text.includes(term)) && (cat.value === 'all' || r.dataset.category === cat.value) && (year.value === 'all' || r.dataset.year === year.value) && (unit.value === 'all' || r.dataset.unit === unit.value);
      r.hidden = !ok; n += ok;
    });
    document.querySelectorAll('.dip-group').forEach((g) => { g.hidden = !g.querySelector('.document-row:not([hidden])'); });
    document.querySelector('[data-found]').textContent = `${n} informasi ditemukan`;
    document.querySelector('[data-count]').textContent = n;
    document.querySelector('[data-dip-empty]').hidden = n > 0;
    const active = cat.value === 'all' ? null : cat.value;
    document.querySelector('.page-hero h1').textContent = active ? `Informasi ${names[active]}` : 'Daftar Informasi Publik (DIP)';
  };
  dip.addEventListener('submit', (e) => e.preventDefault());
  [q, cat, year, unit].forEach((c) => c.addEventListener('input', apply));
  if (pre) apply();
}

// Radix radio groups and checkboxes.
document.querySelectorAll('[data-radio]').forEach((b) => b.addEventListener('click', () => {
  document.querySelectorAll(`[data-radio="${b.dataset.radio}"]`).forEach((o) => { o.setAttribute('aria-checked', 'false'); o.dataset.state = 'unchecked'; });
  b.setAttribute('aria-checked', 'true'); b.dataset.state = 'checked';
}));
document.querySelectorAll('[data-check]').forEach((b) => b.addEventListener('click', () => {
  const on = b.dataset.state !== 'checked'; b.setAttribute('aria-checked', String(on)); b.dataset.state = on ? 'checked' : 'unchecked';
}));

// Request and objection forms: validated in the browser, then sent to a TanStack server function
// (/_serverFn/...), which the fixture does not answer: the page ends in its error toast.
document.querySelectorAll('form[data-kind]').forEach((form) => form.addEventListener('submit', async (e) => {
  e.preventDefault();
  if (!form.checkValidity()) { form.reportValidity(); return; }
  const groups = [...new Set([...form.querySelectorAll('[data-radio]')].map((b) => b.dataset.radio))];
  const radiosOk = groups.every((g) => form.querySelector(`[data-radio="${g}"][data-state="checked"]`));
  const checks = [...form.querySelectorAll('[data-check]')];
  const checksOk = form.dataset.kind === 'permohonan' ? checks.every((c) => c.dataset.state === 'checked') : checks.some((c) => c.dataset.check === 'reason' && c.dataset.state === 'checked') && form.querySelector('[data-check="agree"][data-state="checked"]');
  if (!radiosOk || !checksOk) { toast('Formulir belum lengkap', form.dataset.kind === 'permohonan' ? 'Lengkapi semua pilihan dan pernyataan yang wajib diisi.' : 'Lengkapi semua pilihan yang wajib diisi sebelum mengirim.', 'destructive'); return; }
  try {
    const r = await fetch('/_serverFn/submit', { method: 'POST', body: new FormData(form) });
    if (!r.ok) throw new Error('Coba lagi beberapa saat lagi.');
  } catch (err) {
    toast(form.dataset.kind === 'permohonan' ? 'Permohonan belum dapat dikirim' : 'Keberatan belum dapat dikirim', err.message || 'Coba lagi beberapa saat lagi.', 'destructive');
  }
}));
