// Compact rewrite of the <script> blocks Astro hoists into one module for every page of the
// Perpustakaan IAIN Sorong site (Header.astro: mobile menu toggle; SearchModal.astro: the
// 'Search Internal' modal). The modal opens from the header's search button (#open-search-modal-btn,
// .open-search-modal-btn) or Ctrl+K, loads /search-index.json once (internal pages, news, e-resource
// guides; no PPID entry) and lists every entry whose title or type contains the typed text.
// Dropped: Google Translate switcher, GA4 visitor counter, footer/jam-layanan live clocks, chatbot toggle.
const setupMobileMenu = () => {
  const btn = document.getElementById('mobile-menu-btn');
  const menu = document.getElementById('mobile-menu');
  if (btn && menu) btn.addEventListener('click', e => { e.stopPropagation(); menu.classList.toggle('hidden'); });
};
const setupSearch = () => {
  const backdrop = document.getElementById('search-modal-backdrop');
  const box = document.getElementById('search-modal-container');
  const input = document.getElementById('search-modal-input');
  const recent = document.getElementById('search-recent-state');
  const live = document.getElementById('search-live-state');
  const empty = document.getElementById('search-empty-state');
  const list = document.getElementById('search-live-list');
  if (!backdrop || !input) return;
  let index = [], open = false, timer;
  const load = () => {
    if (index.length) return;
    fetch('/search-index.json').then(r => { if (!r.ok) throw new Error(); return r.json(); })
      .then(d => { index = d; })
      .catch(() => { index = [
        { title: 'Tata Tertib Perpustakaan IAIN Sorong', type: 'informasi', link: '/tata-tertib' },
        { title: 'Jam Buka Layanan Perpustakaan', type: 'informasi', link: '/jam-layanan' },
        { title: 'Visi dan Misi Perpustakaan', type: 'informasi', link: '/visi-misi' },
        { title: 'Struktur Organisasi Perpustakaan', type: 'informasi', link: '/struktur' },
        { title: 'Profil Singkat Perpustakaan', type: 'informasi', link: '/profil' }]; });
  };
  const showRecent = () => { recent.classList.remove('hidden'); live.classList.add('hidden'); empty.classList.add('hidden'); };
  const openModal = () => {
    if (open) return; open = true; load();
    document.getElementById('mobile-menu')?.classList.add('hidden');
    backdrop.classList.remove('hidden', 'opacity-0'); box.classList.remove('opacity-0'); input.focus();
  };
  const closeModal = () => {
    if (!open) return; open = false;
    backdrop.classList.add('hidden', 'opacity-0'); box.classList.add('opacity-0'); input.value = ''; showRecent();
  };
  const search = q => {
    if (!q.trim()) return showRecent();
    recent.classList.add('hidden'); live.classList.add('hidden'); empty.classList.add('hidden');
    clearTimeout(timer);
    timer = setTimeout(() => {
      const ql = q.toLowerCase();
      const res = index.filter(it => it.title.toLowerCase().includes(ql) || it.type.toLowerCase().includes(ql));
      if (!res.length) return empty.classList.remove('hidden');
      list.innerHTML = res.map(it => `<li><a href="${it.link}" class="search-result-item"${it.link.startsWith('http') ? ' target="_blank" rel="noopener noreferrer"' : ''}><span>${it.title}</span> <span>${it.type}</span></a></li>`).join('');
      live.classList.remove('hidden');
    }, 300);
  };
  document.addEventListener('keydown', e => {
    if ((e.ctrlKey || e.metaKey) && e.key === 'k') { e.preventDefault(); open ? closeModal() : openModal(); }
    if (e.key === 'Escape' && open) closeModal();
  });
  backdrop.addEventListener('click', e => { if (e.target === backdrop) closeModal(); });
  box.addEventListener('click', e => e.stopPropagation());
  document.querySelectorAll('.open-search-modal-btn, #open-search-modal-btn').forEach(b => b.addEventListener('click', e => { e.preventDefault(); openModal(); }));
  input.addEventListener('input', e => search(e.target.value));
  document.querySelectorAll('#search-quick-tags button').forEach(t => t.addEventListener('click', () => { input.value = t.dataset.tag; search(t.dataset.tag); input.focus(); }));
};
const init = () => { setupMobileMenu(); setupSearch(); };
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init); else init();
