// Compact rewrite (no Vue/Inertia) of the FSTI ITK front end: resources/js/app.js mounting
// Layouts/PublicLayout.vue (Components/Navbar.vue + page + Components/Footer.vue) from the
// data-page JSON Laravel/Inertia puts in <div id="app">. Pages rewritten: Home (shortened),
// Public/PpidDocuments/Index, Public/PpidDocuments/ShowType, Public/Profiles/Contacts.
const el = document.getElementById('app');
const page = JSON.parse(el.dataset.page);
const P = page.props;
const esc = (s) => String(s ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));

// Navbar.vue navigationMenu (route() names resolved to the paths of routes/web.php)
const prodi = P.globalProdi || [];
const deps = [...new Set(prodi.map((p) => p.department))].filter(Boolean);
const menu = [
  { name: 'Beranda', href: '/' },
  { name: 'Profil', href: '#', sublinks: [
    { name: 'Tentang FSTI', href: '/profil/tentang' },
    { name: 'Struktur Organisasi', href: '#', sublinks: [
      { name: 'Bagan Organisasi', href: '/profil/bagan-organisasi' },
      { name: 'Pimpinan Fakultas', href: '/profil/pimpinan-fakultas' },
      { name: 'Pimpinan Jurusan', href: '/profil/pimpinan-jurusan' },
      { name: 'Pimpinan Prodi', href: '/profil/pimpinan-prodi' },
      { name: 'Pimpinan Laboratorium', href: '/profil/pimpinan-laboratorium' },
    ] },
    { name: 'Civitas Akademika', href: '#', sublinks: [
      { name: 'Dosen', href: '/profil/dosen' },
      { name: 'Tenaga Kependidikan', href: '/profil/tenaga-kependidikan' },
    ] },
    { name: 'Kerjasama', href: '/kerjasama' },
    { name: 'Kontak', href: '/kontak' },
  ] },
  { name: 'Program Studi', href: '#', megaMenu: true, columns: deps.map((d) => ({
    title: `Jurusan ${d}`,
    links: prodi.filter((p) => p.department === d).map((p) => ({ name: `Program Studi ${p.degree} ${p.name}`, href: `/prodi/${p.slug}` })),
  })) },
  { name: 'Kemahasiswaan', href: '#', sublinks: [
    { name: 'Prestasi Mahasiswa', href: '/prestasi' },
    { name: 'Portal Layanan Mahasiswa', href: '/layanan-internal' },
    { name: 'Kegiatan Mahasiswa', href: '/kegiatan-mahasiswa' },
    { name: 'Informasi Beasiswa', href: '/beasiswa' },
    { name: 'Penerimaan Mahasiswa Baru (PMB)', href: '/informasi-pmb' },
  ] },
  { name: 'Alumni', href: '#', sublinks: [
    { name: 'Data Alumni', href: '/alumni' },
    { name: 'Tracer Study', href: '/tracer-study' },
  ] },
  { name: 'Informasi', href: '#', sublinks: [
    { name: 'Agenda', href: '/agenda-fakultas' },
    { name: 'Berita', href: '/berita' },
    { name: 'Pengumuman', href: '/pengumuman' },
  ] },
  { name: 'PPID', href: '/ppid' },
  { name: 'Zona Integritas', href: '#', sublinks: [
    { name: 'Informasi Zona Integritas', href: '/zona-integritas' },
    { name: 'Survei Kepuasan', href: '/survei-kepuasan' },
  ] },
  { name: 'Riset', href: '#', sublinks: [
    { name: 'Penelitian', href: '/penelitian' },
    { name: 'Pengabdian kepada Masyarakat', href: '/pengabdian' },
  ] },
];

function dropdownHtml(item) {
  if (item.megaMenu) {
    return `<div class="absolute mega"><div class="grid">${item.columns.map((c) => `<div><h3>${esc(c.title)}</h3><ul role="list">${c.links.map((l) => `<li><a href="${esc(l.href)}">${esc(l.name)}</a></li>`).join('')}</ul></div>`).join('')}</div></div>`;
  }
  return `<div class="absolute dropdown"><div class="py-1">${item.sublinks.map((s) => s.sublinks
    ? `<div class="relative group"><button>${esc(s.name)}</button><div class="absolute left-full sub" style="display:none"><div class="py-1">${s.sublinks.map((x) => `<a href="${esc(x.href)}" class="block">${esc(x.name)}</a>`).join('')}</div></div></div>`
    : `<a href="${esc(s.href)}" class="block">${esc(s.name)}</a>`).join('')}</div></div>`;
}

function navbar() {
  const header = document.createElement('header');
  header.className = 'fixed top-0';
  header.innerHTML = `<div class="container"><div class="flex items-center justify-between h-20">
    <div class="flex-1"><a href="/"><img class="h-10 w-auto" src="/images/logofsti.png" alt="Logo FSTI"></a></div>
    <nav class="hidden xl:flex">${menu.map((item, i) => `<div class="relative" data-i="${i}">${item.sublinks || item.megaMenu
      ? `<button class="inline-flex">${esc(item.name)}</button>` : `<a href="${esc(item.href)}" class="inline-flex">${esc(item.name)}</a>`}</div>`).join('')}</nav>
    <div class="flex-1 justify-end"><div class="xl:hidden"><button class="burger" aria-label="Menu">&#9776;</button></div></div>
  </div></div>`;
  // desktop dropdowns are mounted only while hovered (v-if="activeDropdown === item.name")
  header.querySelectorAll('nav > div.relative').forEach((div) => {
    const item = menu[+div.dataset.i];
    if (!item.sublinks && !item.megaMenu) return;
    div.addEventListener('mouseenter', () => {
      if (div.querySelector('.absolute')) return;
      div.insertAdjacentHTML('beforeend', dropdownHtml(item));
      div.querySelectorAll('.group').forEach((g) => {
        g.addEventListener('mouseenter', () => { g.querySelector('.sub').style.display = 'block'; });
        g.addEventListener('mouseleave', () => { g.querySelector('.sub').style.display = 'none'; });
      });
    });
    div.addEventListener('mouseleave', () => { const d = div.querySelector(':scope > .absolute'); if (d) d.remove(); });
  });
  // mobile menu (v-if="isMobileMenuOpen"), sub-lists v-show on toggle
  header.querySelector('.burger').addEventListener('click', () => {
    const open = header.querySelector('.mobile');
    if (open) { open.remove(); return; }
    header.insertAdjacentHTML('beforeend', `<div class="xl:hidden mobile"><div class="px-4 py-4">${menu.map((item) => (!item.sublinks && !item.megaMenu)
      ? `<a href="${esc(item.href)}" class="block">${esc(item.name)}</a>`
      : `<div><button class="toggle">${esc(item.name)}</button><div class="subs" style="display:none">${item.sublinks
        ? item.sublinks.map((s) => s.sublinks
          ? `<div><div class="px-4 py-2 font-bold">${esc(s.name)}</div><div class="pl-2">${s.sublinks.map((x) => `<a href="${esc(x.href)}" class="block">&bull; ${esc(x.name)}</a>`).join('')}</div></div>`
          : `<a href="${esc(s.href)}" class="block">${esc(s.name)}</a>`).join('')
        : item.columns.map((c) => `<div><div class="uppercase">${esc(c.title)}</div>${c.links.map((l) => `<a href="${esc(l.href)}" class="block">${esc(l.name)}</a>`).join('')}</div>`).join('')}</div></div>`).join('')}</div></div>`);
    header.querySelectorAll('.mobile .toggle').forEach((b) => b.addEventListener('click', () => {
      const s = b.nextElementSibling; s.style.display = s.style.display === 'none' ? 'block' : 'none';
    }));
  });
  return header;
}

function footer() {
  const c = P.contact_global || {};
  const v = P.visitorStats || { today: 0, month: 0, total: 0 };
  const f = document.createElement('footer');
  f.innerHTML = `<div class="container">
    <div class="rounded-full"><div><h2>Terhubung dengan FSTI ITK</h2><p>Ikuti kami di media sosial untuk pembaruan terkini.</p></div>
      <div class="flex"><a href="${esc(c.instagram_link || '#')}" target="_blank" rel="noopener noreferrer" aria-label="Instagram">IG</a><a href="${esc(c.tiktok_link || '#')}" target="_blank" rel="noopener noreferrer" aria-label="TikTok">TikTok</a></div></div>
    <div class="grid">
      <div><div class="flex"><img src="/images/logofsti.webp" alt="Logo FSTI"><div><p class="font-bold">Fakultas Sains dan Teknologi Informasi</p><p>Institut Teknologi Kalimantan</p></div></div>
        <p>Membentuk talenta digital inovatif dan berdaya saing global untuk memajukan Kalimantan dan Indonesia.</p></div>
      <div><h3>Informasi Kontak</h3><div class="grid">
        <div><li class="list-none"><div><p class="font-semibold">Alamat</p><p class="whitespace-pre-line">${esc(c.address || 'Kampus ITK, Jl. Soekarno Hatta KM 15, Balikpapan').replace(/\n/g, '<br>')}</p></div></li>
          <li class="list-none"><div><p class="font-semibold">Email</p><a href="mailto:${esc(c.email || 'fsti@itk.ac.id')}">${esc(c.email || 'fsti@itk.ac.id')}</a></div></li></div>
        <div><li class="list-none"><div><p class="font-semibold">Jam Operasional</p><p class="whitespace-pre-line">${esc(c.operating_hours || 'Senin - Jumat, 07.30 - 16.00 WITA').replace(/\n/g, '<br>')}</p></div></li>
          <li class="list-none"><div><p class="font-semibold">WA Layanan</p><div class="flex-col"><a href="https://wa.me/6285172302157" target="_blank" rel="noopener noreferrer">Akademik: +62 851-7230-2157</a><a href="https://wa.me/6285172312157" target="_blank" rel="noopener noreferrer">Keuangan: +62 851-7231-2157</a></div></div></li></div>
      </div></div>
      <div><h3>Tautan Penting</h3><ul><li><a href="https://itk.ac.id/" target="_blank" rel="noopener noreferrer">Website Utama ITK</a></li><li><a href="https://pmb.itk.ac.id/" target="_blank" rel="noopener noreferrer">PMB ITK</a></li></ul></div>
    </div>
    <div class="flex"><div>&copy; ${new Date().getFullYear()} FSTI ITK &bull; Institut Teknologi Kalimantan</div>
      <div><p class="uppercase">Statistik Kunjungan</p><div class="flex"><div><p>Hari Ini</p><p>${v.today.toLocaleString()}</p></div><div><p>Bulan Ini</p><p>${v.month.toLocaleString()}</p></div><div><p>Total</p><p>${v.total.toLocaleString()}</p></div></div></div></div>
  </div>`;
  return f;
}

const banner = (title, subtitle) => `<section class="banner" style="background-image:url(/images/background-banner.webp)"><h1>${esc(title)}</h1><p>${esc(subtitle)}</p></section>`;

const pages = {
  Home() {
    document.title = 'Beranda';
    const s = P.statistics || {};
    return `${banner('Fakultas Sains dan Teknologi Informasi', 'Institut Teknologi Kalimantan')}
      <section><p>[...] hero, sambutan dekan, statistik (Dosen ${s.dosen ?? 0}, Tendik ${s.tendik ?? 0}, Program Studi ${s.prodi_total ?? 0}), berita terbaru, prestasi terbaru, mitra [...]</p></section>`;
  },
  'Public/PpidDocuments/Index'() {
    document.title = 'PPID';
    const alur = [
      ['Pengajuan Permohonan', 'Pemohon mengisi formulir dan melampirkan identitas.'],
      ['Pencatatan Data', 'Petugas mencatat data identitas pemohon dan memverifikasi jenis informasi publik yang diminta.'],
      ['Tanggapan PPID', 'Petugas memberikan jawaban sesuai persetujuan PPID, atau memberikan penjelasan jika informasi dikecualikan.'],
    ];
    const layanan = [
      ['Formulir Permohonan Informasi Publik', 'Ajukan permohonan informasi publik secara resmi kepada PPID Fakultas Sains dan Teknologi Informasi.', P.permohonanLink],
      ['Formulir Pengajuan Keberatan', 'Ajukan keberatan atas tanggapan layanan informasi publik yang telah diberikan sebelumnya.', P.keberatanLink],
    ];
    return `${banner('PPID - FSTI ITK', 'PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI')}
      <section><div><h2>Tentang <br> PPID</h2></div><div><p>Dalam rangka pelaksanaan keterbukaan informasi publik di lingkungan Institut Teknologi Kalimantan, Tim Pejabat Pengelola Informasi dan Dokumentasi (PPID) tingkat Fakultas dibentuk. Pembentukan ini bertujuan untuk mempermudah pengelolaan dan pelayanan informasi kepada masyarakat sesuai dengan ketentuan peraturan perundang-undangan.</p></div></section>
      <section><div class="text-center"><h2>Daftar Informasi Publik</h2><p>Informasi tersedia di Fakultas Sains dan Teknologi Informasi</p></div>
        <div class="flex flex-wrap">${(P.informationTypes || []).map((i) => `<a href="/ppid/informasi/${esc(i.slug)}" class="card"><h3 class="uppercase">Informasi ${esc(i.type)}</h3><p>Kumpulan informasi publik klasifikasi ${esc(i.type)} di lingkungan FSTI.</p><div><span>${i.total_categories} Kategori</span> <span>${i.total_documents} Dokumen</span></div><div><span>Detail</span></div></a>`).join('')}</div></section>
      <section><div class="text-center"><h2 class="uppercase">Layanan &amp; Tata Cara</h2><p>SOP Pengelolaan Informasi Publik dan Akses Formulir Layanan</p></div>
        <div class="flex">${alur.map((a, n) => `<div><div class="rounded-full">${n + 1}</div><h4>${esc(a[0])}</h4><p>${esc(a[1])}</p></div>`).join('')}</div>
        <div class="grid">${layanan.map((l) => `<div><h3>${esc(l[0])}</h3><p>${esc(l[1])}</p><a href="${esc(l[2])}" target="_blank">Isi Formulir</a></div>`).join('')}</div></section>`;
  },
  'Public/PpidDocuments/ShowType'() {
    const t = P.information_type;
    document.title = `Informasi ${t} - PPID FSTI`;
    const cats = P.categories || [];
    return `${banner('PPID - FSTI ITK', `INFORMASI ${t.toUpperCase()}`)}
      <section><div class="container"><div class="mb-8"><a href="/ppid">Kembali ke Beranda PPID</a></div>
        <div><h2>Daftar Dokumen ${esc(t)}</h2><p>Informasi publik tingkat fakultas yang masuk dalam kategori ${esc(t)}.</p></div>
        ${cats.length ? `<div class="space-y-10">${cats.map((c) => `<div class="cat"><div><h3>${esc(c.nama_kategori)}</h3></div>
          <div class="divide-y">${c.dokumen.map((d) => `<div class="doc"><span class="font-bold">${esc(d.judul_dokumen)}</span> <a href="${esc(d.file_url)}" target="_blank">Lihat</a></div>`).join('')}</div></div>`).join('')}</div>`
        : '<div class="text-center"><p>Belum ada kategori informasi untuk klasifikasi ini.</p></div>'}
      </div></section>`;
  },
  'Public/Profiles/Contacts'() {
    document.title = 'Kontak FSTI';
    const c = P.contact || {};
    const br = (s) => esc(s).replace(/\n/g, '<br>');
    return `${banner('KONTAK KAMI', 'HUBUNGI DAN TEMUKAN KAMI DI KAMPUS FSTI ITK')}
      <div><div class="text-center"><h2>Alamat &amp; Jam Operasional</h2><p>Temukan lokasi Fakultas Sains dan Teknologi Informasi (FSTI) ITK beserta jam layanan yang dapat Anda kunjungi.</p></div>
        <div class="grid"><div><div><h3>Alamat</h3><p>${br(c.address || 'Alamat belum diatur oleh sistem.')}</p></div>
          <div><h3>Jam Operasional</h3><p>${br(c.operating_hours || 'Jam operasional belum diatur.')}</p></div></div>
          <div><h3>Peta Lokasi</h3>${c.google_maps_iframe ? `<iframe src="${esc(c.google_maps_iframe)}" width="100%" height="300" style="border:0" loading="lazy"></iframe>` : '<div>Peta belum diatur</div>'}</div></div></div>
      <section><div class="text-center"><h2>Layanan Komunikasi &amp; Konsultasi</h2><p>Hubungi kami untuk pertanyaan akademik, keuangan, maupun informasi resmi lainnya.</p></div>
        <div class="grid"><a href="${esc(c.academic_wa_link || '#')}" target="_blank" rel="noopener noreferrer"><h3>Layanan Akademik</h3><p>WhatsApp (Chat Only)</p><p>${esc(c.academic_wa_number || '-')}</p></a>
          <a href="${esc(c.finance_wa_link || '#')}" target="_blank" rel="noopener noreferrer"><h3>Layanan Keuangan</h3><p>WhatsApp (Chat Only)</p><p>${esc(c.finance_wa_number || '-')}</p></a>
          <a href="mailto:${esc(c.email || 'fsti@itk.ac.id')}"><h3>Email Resmi</h3><p>Surel Kelembagaan</p><p>${esc(c.email || '-')}</p></a></div></section>
      <div><div class="text-center"><h2>Media Sosial Resmi</h2><p>Ikuti akun resmi FSTI ITK untuk mendapatkan pembaruan kegiatan dan konten menarik lainnya.</p></div>
        <div class="grid"><a href="${esc(c.instagram_link || '#')}" target="_blank" rel="noopener noreferrer"><h3>Instagram</h3><p>${esc(c.instagram_username || '-')}</p></a>
          <a href="${esc(c.tiktok_link || '#')}" target="_blank" rel="noopener noreferrer"><h3>TikTok</h3><p>${esc(c.tiktok_username || '-')}</p></a></div></div>`;
  },
};

const main = document.createElement('main');
main.innerHTML = (pages[page.component] || (() => ''))();
el.append(navbar(), main, footer());
