// Compact working rewrite of the DPRD Kabupaten Sumbawa Barat Next.js client (app/(public)/*, components/Header,
// pages-old/HomePage + PPIDPage), without React. Every public page component returns null until mounted, so the
// server sends only the header and the footer; this script draws what the browser then shows, fetching the same
// /api/* routes (here JSON files holding the rows of the repository's dump 'dprd_sumbawa (3).sql').
const page = document.getElementById('page');
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));
const getJSON = (u) => fetch(u).then((r) => r.json()).catch(() => []);

// Header: search forms push /berita?q=..., mobile toggle, mobile dropdown toggles
document.querySelectorAll('#search-desktop, #search-mobile').forEach((f) => {
  f.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = f.querySelector('input').value.trim();
    if (q) location.href = '/berita?q=' + encodeURIComponent(q);
  });
});
const mnav = document.getElementById('mobile-nav');
document.getElementById('mobile-toggle').onclick = () => { mnav.classList.toggle('max-h-0'); mnav.classList.toggle('opacity-0'); };
document.querySelectorAll('.dd-toggle').forEach((b) => {
  b.onclick = () => b.parentElement.nextElementSibling.classList.toggle('max-h-0');
});

// ---------- Home (pages-old/HomePage) ----------
async function home() {
  page.innerHTML = `<main class="bg-[#fcfcfc] min-h-screen">
  <section id="hero"><div class="h-[420px] bg-gray-200 animate-pulse"></div></section>
  <section id="latest"><h2>Berita Terbaru</h2><div id="news"></div></section>
  <section id="video"><h2>Berita Video</h2><p>Humas DPRD KSB</p></section>
  <section class="bg-white py-12 w-full"><div class="grid grid-cols-1 md:grid-cols-3 gap-8">
    <div><h2>Silegda</h2><a href="/silegda">LIHAT SEMUA &gt;</a>
      <div><a href="/silegda/2026">Propemperda Tahun 2026</a><a href="/silegda/2025">Propemperda Tahun 2025</a><a href="/silegda/2024">Propemperda Tahun 2024</a></div></div>
    <div><h2>e-Magazine</h2><a href="/emagazine">LIHAT SEMUA &gt;</a><div id="mag"></div></div>
    <div><h2>Info Publik</h2><div id="infopublik" class="flex flex-col gap-3"></div></div>
  </div></section>
  <section class="bg-white py-12 w-full border-t border-gray-100"><div class="grid grid-cols-1 md:grid-cols-3 gap-8">
    <div><h2>Agenda Kegiatan</h2><div id="kalender"></div></div>
    <div><h2>Forum Warga</h2><a href="#">LIHAT SEMUA &gt;</a>
      <h4>DPRD Sumbawa Barat</h4><p>"Silahkan sampaikan aspirasi, pengaduan, atau saran positif untuk pembangunan Sumbawa Barat yang maju."</p>
      <a href="https://wa.me/something" target="_blank" rel="noreferrer">Sampaikan Aspirasi</a></div>
    <div><h2>Tautan</h2><div id="tautan" class="flex flex-col"></div></div>
  </div></section>
  <section id="instagram"><h2>Instagram</h2><a href="https://www.instagram.com/dprdsumbawabaratkab">@humas.dprdksb</a></section>
</main>`;
  const now = new Date();
  const M = ['Januari','Februari','Maret','April','Mei','Juni','Juli','Agustus','September','Oktober','November','Desember'];
  document.getElementById('kalender').innerHTML = `<span>${M[now.getMonth()]} ${now.getFullYear()}</span> <span>Hari Ini</span> <span>Ada Kegiatan</span>`;
  const [berita, info, tautan] = await Promise.all([getJSON('/api/berita'), getJSON('/api/info-publik'), getJSON('/api/tautan')]);
  document.getElementById('hero').innerHTML = '<div><h1>DPRD Kabupaten Sumbawa Barat</h1></div>';
  document.getElementById('news').innerHTML = berita.map((n) =>
    `<article><a href="/berita/${esc(n.slug)}"><h3>${esc(n.title)}</h3></a><p>${esc(n.excerpt)}</p></article>`).join('');
  document.getElementById('infopublik').innerHTML = info.filter((i) => i.isActive).map((i) =>
    `<a href="${esc(i.url)}" target="_blank" rel="noreferrer" class="flex items-center gap-4 py-2 px-4"><div class="w-8 h-8 rounded-full">${esc(i.icon)}</div><span class="text-sm font-bold">${esc(i.title)}</span><span class="ml-auto">›</span></a>`).join('');
  document.getElementById('tautan').innerHTML = tautan.filter((t) => t.isActive).map((t) =>
    `<a href="${esc(t.url)}" target="_blank" rel="noreferrer" class="w-full flex justify-between items-center p-3 px-4"><span class="text-sm font-bold">${esc(t.title)}</span></a>`).join('');
}

// ---------- PPID (pages-old/PPIDPage, /ppid and /ppid/[section]) ----------
const ppidMenu = [
  { slug: 'profil', title: 'Profil PPID' },
  { slug: 'struktur-organisasi', title: 'Struktur Organisasi' },
  { slug: 'formulir-permohonan', title: 'Formulir Permohonan Informasi Publik' },
  { slug: 'formulir-keberatan', title: 'Formulir Pengajuan Keberatan' },
  { slug: 'maklumat-pelayanan', title: 'Maklumat Pelayanan' },
  { slug: 'data-anggaran', title: 'Data Anggaran' },
];
const noImage = '<div class="py-16 text-center"><p>Gambar belum tersedia</p><p>Upload melalui Admin → PPID</p></div>';
const extCard = (h2, p, href, label) => `<div class="flex flex-col items-center py-12 gap-6"><div class="text-center"><h2>${h2}</h2><p>${p}</p></div>
  <a href="${href}" target="_blank" rel="noopener noreferrer" class="bg-red-600 text-white font-bold px-8 py-3 rounded-xl">${label}</a></div>`;

async function ppid(section) {
  const active = section || 'profil';
  const title = (ppidMenu.find((m) => m.slug === active) || {}).title || 'Profil PPID';
  page.innerHTML = `<main class="min-h-screen py-12"><div class="flex flex-col lg:flex-row gap-12 items-start">
  <aside class="w-full lg:w-[320px]"><div><img src="/Gedung-DPRD-Sumbawa-Barat.jpg" alt="Gedung DPRD Sumbawa Barat"></div>
    <div class="bg-white rounded-2xl">${ppidMenu.map((m) => `<a href="${m.slug === 'profil' ? '/ppid' : '/ppid/' + m.slug}" class="block px-5 py-4 text-sm font-bold${m.slug === active ? ' bg-gray-50' : ''}">${m.title}</a>`).join('')}</div></aside>
  <section class="flex-1 w-full bg-white p-8"><h1>${esc(title)}</h1><div id="ppid-body"></div></section></div></main>`;
  const body = document.getElementById('ppid-body');
  if (active === 'profil') {
    body.innerHTML = extCard('Portal PPID DPRD Kabupaten Sumbawa Barat',
      'Informasi terkait PPID DPRD Kabupaten Sumbawa Barat dapat diakses melalui portal resmi berikut.',
      'https://setwan.ppid.sumbawabaratkab.go.id', 'Buka Portal PPID');
  } else if (active === 'formulir-permohonan') {
    body.innerHTML = extCard('Formulir Permohonan Informasi Publik',
      'Ajukan permohonan informasi publik melalui portal resmi PPID Kabupaten Sumbawa Barat.',
      'https://setwan.ppid.sumbawabaratkab.go.id/form/permohonan-informasi-publik', 'Buka Formulir');
  } else if (active === 'formulir-keberatan') {
    body.innerHTML = extCard('Formulir Pengajuan Keberatan',
      'Ajukan keberatan atas penolakan atau keterlambatan pemberian informasi publik.',
      'https://setwan.ppid.sumbawabaratkab.go.id/form/pengajuan-keberatan', 'Buka Formulir');
  } else if (active === 'struktur-organisasi' || active === 'maklumat-pelayanan') {
    body.innerHTML = noImage; // until /api/ppid/assets answers
    const assets = await getJSON('/api/ppid/assets');
    const a = (Array.isArray(assets) ? assets : []).find((x) => x && x.slug === active && x.imageUrl);
    if (a) {
      const alt = active === 'struktur-organisasi' ? 'Struktur Organisasi PPID DPRD Kabupaten Sumbawa Barat' : 'Maklumat Pelayanan PPID DPRD Kabupaten Sumbawa Barat';
      body.innerHTML = `<img src="${esc(a.imageUrl)}" alt="${alt}" class="w-full rounded-xl">`;
    }
  } else if (active === 'data-anggaran') {
    body.innerHTML = '<div class="space-y-3"><div class="h-14 bg-gray-100 animate-pulse"></div><div class="h-14 bg-gray-100 animate-pulse"></div></div>';
    const items = await getJSON('/api/ppid/anggaran');
    if (!Array.isArray(items) || items.length === 0) {
      body.innerHTML = '<div class="py-16 text-center"><p>Belum ada data anggaran tersedia</p></div>';
    } else {
      const by = {};
      items.forEach((i) => { (by[i.tahun] = by[i.tahun] || []).push(i); });
      body.innerHTML = Object.keys(by).sort((a, b) => b.localeCompare(a)).map((t) => `<div><h2><span>Tahun ${esc(t)}</span></h2>` +
        by[t].map((i) => `<a href="${esc(i.fileUrl)}" target="_blank" rel="noreferrer"><p>${esc(i.title)}</p><p>${i.fileType === 'excel' ? 'Excel' : 'PDF'}</p></a>`).join('') + '</div>').join('');
    }
  } else {
    body.innerHTML = `<div class="py-20 text-center"><span>🚧</span><h2>Halaman Sedang Dalam Pengembangan</h2><p>Konten untuk menu <span>${esc(title)}</span> akan segera tersedia.</p></div>`;
  }
}

const path = location.pathname.replace(/\/+$/, '') || '/';
if (path === '/') home();
else if (path === '/ppid') ppid(null);
else if (path.startsWith('/ppid/')) ppid(decodeURIComponent(path.slice(6)));
