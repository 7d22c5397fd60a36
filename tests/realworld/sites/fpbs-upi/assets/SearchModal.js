// Compact rewrite of the hoisted <script> of src/components/SearchModal.astro (FPBS UPI, Astro 5):
// the navbar's 'Cari' button opens #search-overlay, loads /search-index.json once, and filters it
// client-side (every typed term must occur in title + description + type; at least 2 characters).
const init = () => {
  const overlay = document.getElementById('search-overlay');
  const input = document.getElementById('search-input');
  const results = document.getElementById('search-results');
  const closeBtn = document.getElementById('search-close');
  if (!overlay || !input || !results) return;
  const copy = { start: 'Mulai ketik untuk melihat hasil...', none: 'Tidak ada hasil.',
                 min: 'Ketik minimal 2 karakter...', error: 'Gagal memuat data pencarian.' };
  let indexData = null, loading = false, timer;
  const msg = (t) => { results.innerHTML = `<p>${t}</p>`; };
  const open = () => {
    overlay.classList.remove('hidden');
    input.focus();
    msg(copy.start);
    if (!indexData && !loading) {
      loading = true;
      fetch('/search-index.json').then(r => r.json())
        .then(d => { indexData = (d || []).filter(it => it.lang === 'id'); })
        .catch(() => msg(copy.error))
        .finally(() => { loading = false; });
    }
  };
  const close = () => { overlay.classList.add('hidden'); input.value = ''; msg(copy.start); };
  document.querySelectorAll('.js-open-search').forEach(b => b.addEventListener('click', e => { e.preventDefault(); open(); }));
  closeBtn?.addEventListener('click', close);
  document.addEventListener('keydown', e => { if (e.key === 'Escape' && !overlay.classList.contains('hidden')) close(); });
  const render = (items) => {
    if (!items.length) return msg(copy.none);
    const groups = {};
    items.forEach(it => { (groups[it.type || 'Lainnya'] ||= []).push(it); });
    results.innerHTML = Object.entries(groups).map(([g, list]) =>
      `<div><h4>${g}</h4><div>${list.map(it =>
        `<a href="${it.url}"><p>${it.title}</p>${it.description ? `<p>${it.description}</p>` : ''}</a>`).join('')}</div></div>`).join('');
  };
  input.addEventListener('input', () => {
    const q = (input.value || '').toLowerCase();
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!indexData || !q || q.length < 2) return msg(copy.min);
      const terms = q.split(/\s+/).filter(Boolean);
      render(indexData.filter(it => {
        const hay = (it.title + ' ' + (it.description || '') + ' ' + (it.type || '')).toLowerCase();
        return terms.every(t => hay.includes(t));
      }).slice(0, 50));
    }, 180);
  });
};
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init); else init();
