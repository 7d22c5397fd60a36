// Compact rewrite of the client side of the E-PPID Polrestabes Makassar (Next.js 16 App Router, every page a
// "use client" component). The server HTML holds each HeaderIP's top level only: a dropdown's links are rendered
// while its <li> is hovered (desktop) or its group button is clicked (mobile panel); the category accordions
// render an item's body only while it is open; the Setiap Saat box filters the headings; the Waktu Pelayanan card
// is recomputed from the browser clock. Every page except '/', '/profil' renders HeaderIP a second time inside
// <main>; each copy keeps its own state, as each React instance does.
const menuData = {
  'Informasi Publik': [
    ['Informasi Berkala', '/informasi-publik/informasi-berkala'],
    ['Informasi Serta Merta', '/informasi-publik/informasi-serta-merta'],
    ['Informasi Setiap Saat', '/informasi-publik/informasi-setiap-saat'],
    ['Informasi Dikecualikan', '/informasi-publik/informasi-dikecualikan'],
    ['Layanan Digital Polri', '/informasi-publik/layanan-digital-polri'],
    ['UU & Peraturan', '/informasi-publik/uu-dan-peraturan'],
  ],
  'Layanan Informasi': [
    ['Registrasi Permohonan', '/layanan-informasi/permohonan'],
    ['Permohonan Keberatan', '/layanan-informasi/keberatan'],
    ['Statistik/Rekapitulasi', '/layanan-informasi/statistik'],
    ['Laporan Tahunan', '/layanan-informasi/laporan-tahunan'],
  ],
  'Standar Layanan': [
    ['Tata Cara', '/standar-layanan/tata-cara'],
    ['Alur Pelayanan', '/standar-layanan/alur'],
    ['Mekanisme Sengketa', '/standar-layanan/sengketa'],
    ['Waktu Pelayanan', '/standar-layanan/waktu'],
    ['Standar Biaya', '/standar-layanan/biaya'],
    ['Maklumat', '/standar-layanan/maklumat'],
  ],
};
const esc = (s) => s.replace(/&/g, '&amp;');
const mk = (html) => { const t = document.createElement('template'); t.innerHTML = html.trim(); return t.content.firstElementChild; };

document.querySelectorAll('header').forEach((header) => {
  let active = null;
  const panel = header.querySelector('[data-mobile-panel]');
  const render = () => {
    header.querySelectorAll('li[data-menu]').forEach((li) => {
      li.querySelector('.dropdown')?.remove();
      if (li.dataset.menu !== active) return;
      const links = menuData[li.dataset.menu].map(([l, h]) => `<a class="block px-6 py-4" href="${h}">${esc(l)}</a>`).join('');
      li.appendChild(mk(`<div class="dropdown absolute top-full left-0 w-64 pt-2"><div class="bg-red-900 border-t-4 border-yellow-500">${links}</div></div>`));
    });
    header.querySelectorAll('[data-mobile-menu]').forEach((box) => {
      box.querySelector('.sub')?.remove();
      if (box.dataset.mobileMenu !== active) return;
      const links = menuData[box.dataset.mobileMenu].map(([l, h]) => `<a class="flex items-center justify-between p-4 rounded-2xl" href="${h}">${esc(l)} <svg class="lucide lucide-chevron-right"></svg></a>`).join('');
      box.appendChild(mk(`<div class="sub grid grid-cols-1 gap-3 pl-4">${links}</div>`));
    });
  };
  header.querySelectorAll('li[data-menu]').forEach((li) => {
    li.addEventListener('mouseenter', () => { active = li.dataset.menu; render(); });
    li.addEventListener('mouseleave', () => { active = null; render(); });
  });
  header.querySelectorAll('[data-mobile-menu] > button').forEach((b) => {
    b.addEventListener('click', () => { const m = b.parentElement.dataset.mobileMenu; active = active === m ? null : m; render(); });
  });
  header.querySelector('[data-mobile-toggle]')?.addEventListener('click', () => {
    const open = panel.classList.contains('translate-x-full');
    panel.classList.toggle('translate-x-full', !open); panel.classList.toggle('opacity-0', !open);
    panel.classList.toggle('translate-x-0', open); panel.classList.toggle('opacity-100', open);
    document.body.style.overflow = open ? 'hidden' : 'unset';
  });
  panel?.querySelectorAll('a').forEach((a) => a.addEventListener('click', () => { panel.classList.add('translate-x-full', 'opacity-0'); }));
});

// Accordion bodies (the pages' const arrays; only the open item's body is rendered).
const desc = {
  berkala: {
    A: 'Berisi informasi dasar, sejarah, tugas pokok, dan fungsi Kepolisian RI.',
    B: 'Daftar rencana kerja, agenda tahunan, dan progres kegiatan kepolisian.',
    C: 'Laporan capaian kinerja dan evaluasi tahunan Satuan Kerja Polrestabes Makassar.',
    D: 'Ringkasan laporan realisasi anggaran, neraca, dan daftar aset negara.',
    E: 'Data jumlah pemohon informasi dan tindak lanjut permohonan setiap bulan.',
    F: 'Dokumen regulasi yang berdampak langsung pada pelayanan masyarakat.',
    G: 'Mekanisme pengajuan informasi, keberatan, hingga sengketa informasi.',
    H: 'Saluran resmi dan prosedur pengaduan terkait kinerja petugas di lapangan.',
    I: 'Informasi tender dan lelang terbuka di lingkungan Polrestabes Makassar.',
    J: 'Arsip kontrak dan detail administrasi pengadaan yang sudah selesai.',
    K: 'Panduan keselamatan warga Makassar saat terjadi bencana atau situasi kontijensi.',
    L: 'Daftar draf aturan baru yang sedang dalam tahap pembahasan publik.',
    M: 'Laporan kepatuhan terhadap UU No. 14 Tahun 2008 tentang KIP.',
    N: 'Daftar sarana prasarana yang tersedia di kantor PPID untuk pemohon.',
  },
  sertamerta: {
    A: 'Peringatan dini dan panduan keselamatan terkait banjir, gempa bumi, atau cuaca ekstrem di wilayah Makassar.',
    B: 'Klarifikasi dan informasi resmi terkait isu kriminalitas menonjol atau kejadian yang mengganggu ketenangan publik.',
    C: 'Himbauan Kamtibmas dan rilis resmi situasi keamanan terkini di titik-titik vital Kota Makassar.',
    D: 'Pemberitahuan rencana aksi massa, penutupan jalan, dan pengalihan arus lalu lintas agar mobilitas warga tetap aman.',
    E: 'Kumpulan dokumen tambahan terkait prosedur penanganan situasi darurat dan kontijensi Polri.',
  },
  setiapsaat: {
    A: 'Daftar lengkap seluruh informasi yang berada di bawah penguasaan Polrestabes Makassar.',
    B: 'Kumpulan dokumen regulasi internal dan instruksi pimpinan yang berlaku setiap saat.',
    C: 'Arsip dokumen yang telah dinyatakan terbuka untuk umum berdasarkan klasifikasi informasi.',
    D: 'Dokumen kontrak atau MoU antara Polrestabes Makassar dengan instansi atau vendor mitra.',
    E: 'Ringkasan administrasi surat menyurat yang tidak dikecualikan oleh undang-undang.',
    F: 'Daftar surat keputusan yang dikeluarkan oleh Kapolrestabes Makassar terkait operasional satuan.',
    G: 'Informasi terkait izin penelitian mahasiswa atau instansi dan ringkasan hasil kajian teknis.',
    H: 'Laporan ketersediaan aset, sarana prasarana, dan fasilitas penunjang tugas kepolisian.',
    I: 'Standard Operating Procedure (SOP) setiap satuan kerja untuk menjamin layanan yang akuntabel.',
    J: 'Data berkala mengenai angka kriminalitas dan laka lantas di wilayah hukum Makassar.',
  },
  dikecualikan: {
    A: 'Informasi terkait taktis dan teknis penanganan perkara yang masih berjalan agar tidak menghambat proses hukum.',
    B: 'Informasi mengenai cara kerja intelijen dalam mendeteksi ancaman keamanan di wilayah Makassar.',
    C: 'Data pribadi yang wajib dilindungi untuk menjamin keselamatan pihak-hal yang membantu tugas kepolisian.',
    D: 'Detail konfigurasi jaringan teknologi informasi dan pengamanan fisik markas komando.',
    E: 'Data rekam medis, riwayat hidup, dan informasi keluarga personel yang bersifat privat.',
    F: 'Data yang jika dibuka dapat memicu konflik horizontal atau keresahan massa yang luas.',
  },
};
const bodies = {
  berkala: (id, d) => `<div class="acc-body p-8 bg-white border-t"><p class="italic">${d}</p><div class="grid grid-cols-1 md:grid-cols-2 gap-4">${[1, 2].map((n) => `<div class="flex items-center justify-between p-4 bg-slate-50 rounded-2xl"><div class="flex items-center gap-4"><div><svg class="lucide lucide-file-text"></svg></div><div><p>DOKUMEN_PUBLIK_${id}_0${n}.pdf</p><span class="uppercase">2.4 MB • PDF FILE</span></div></div><button class="p-2 bg-blue-900 text-white rounded-lg"><svg class="lucide lucide-download"></svg></button></div>`).join('')}</div><div class="mt-8 flex justify-end"><button class="flex items-center gap-2 uppercase">Lihat Selengkapnya <svg class="lucide lucide-arrow-right"></svg></button></div></div>`,
  sertamerta: (id, d) => `<div class="acc-body p-10 bg-white border-t"><div class="flex flex-col md:flex-row gap-10 items-start"><div class="flex-1 space-y-6"><div class="bg-red-50 border-l-4 border-red-600 p-6"><p>${d}</p></div><p>Data ini diperbarui secara otomatis melalui sistem komando Polrestabes Makassar jika terdapat situasi kontijensi di lapangan.</p></div><div class="w-full md:w-72 space-y-4"><span class="uppercase">Dokumen Terkait</span><div class="p-5 border-2 border-dashed rounded-3xl text-center"><svg class="lucide lucide-file-warning"></svg><p class="uppercase">Belum ada rilis darurat hari ini.</p></div></div></div></div>`,
  setiapsaat: (id, d) => `<div class="acc-body p-10 bg-white border-t"><p class="border-l-4 pl-6">${d}</p><div class="space-y-3"><span class="uppercase block">Arsip Tersedia:</span><div class="grid grid-cols-1 md:grid-cols-2 gap-4">${[1, 2, 3].map((n) => `<div class="flex items-center justify-between p-5 bg-slate-50 rounded-2xl"><div class="flex items-center gap-4"><svg class="lucide lucide-file-text"></svg><div><p class="uppercase">Dokumen_${id}_V.0${n}.pdf</p><p class="uppercase">Status: Terbuka • PDF</p></div></div><button class="w-10 h-10 bg-white rounded-xl"><svg class="lucide lucide-download"></svg></button></div>`).join('')}</div></div></div>`,
  dikecualikan: (id, d) => `<div class="acc-body p-10 bg-slate-50/50"><div class="flex flex-col md:flex-row gap-10 items-center"><div class="flex-1"><div class="flex items-center gap-2 mb-4"><svg class="lucide lucide-key"></svg><span class="uppercase">Dasar Pengecualian: Pasal 17 UU KIP</span></div><p>${d}</p><div class="inline-flex items-center gap-2 py-2 px-4 rounded-full uppercase">Status: Rahasia Negara / Privat</div></div><div class="w-full md:w-64 text-center p-8 bg-white rounded-3xl"><svg class="lucide lucide-eye-off"></svg><p class="uppercase">Pratinjau Dokumen Tidak Tersedia Untuk Publik</p></div></div></div>`,
};
document.querySelectorAll('[data-accordion]').forEach((acc) => {
  const kind = acc.dataset.accordion;
  let openId = null;
  const render = () => acc.querySelectorAll('[data-item]').forEach((item) => {
    item.querySelector('.acc-body')?.remove();
    item.querySelector('button').classList.toggle('open', item.dataset.item === openId);
    if (item.dataset.item === openId) item.appendChild(mk(bodies[kind](openId, desc[kind][openId])));
  });
  acc.querySelectorAll('[data-item] > button').forEach((b) => b.addEventListener('click', () => {
    const id = b.parentElement.dataset.item; openId = openId === id ? null : id; render();
  }));
});

// Informasi Setiap Saat: the box filters the headings by title as one types.
const filter = document.querySelector('[data-filter]');
if (filter) {
  const acc = document.querySelector('[data-accordion="setiapsaat"]');
  filter.addEventListener('input', () => {
    const term = filter.value.toLowerCase();
    let shown = 0;
    acc.querySelectorAll('[data-item]').forEach((item) => {
      const hit = item.querySelector('h3').textContent.toLowerCase().includes(term);
      item.hidden = !hit; if (hit) shown += 1;
    });
    acc.querySelector('.empty')?.remove();
    if (!shown) acc.appendChild(mk('<div class="empty py-20 text-center rounded-[40px] border-2 border-dashed"><svg class="lucide lucide-search"></svg><p class="uppercase">Dokumen tidak ditemukan</p></div>'));
  });
}

// Waktu Pelayanan: 'Status Saat Ini' from the browser clock (Mon-Thu 08-15 without 12-13, Fri 08-15.30 without 12-13.30).
const card = document.querySelector('[data-status-card]');
if (card) {
  const check = () => {
    const now = new Date(); const day = now.getDay(); const t = now.getHours() + now.getMinutes() / 60;
    let open = false;
    if (day >= 1 && day <= 4) open = t >= 8 && t < 15 && !(t >= 12 && t < 13);
    else if (day === 5) open = t >= 8 && t < 15.5 && !(t >= 12 && t < 13.5);
    const h = card.querySelector('[data-status]');
    h.textContent = open ? 'SANGAT BUKA' : 'SEDANG TUTUP';
    card.className = `p-8 rounded-[40px] border-4 ${open ? 'bg-emerald-500/10 border-emerald-500' : 'bg-red-500/10 border-red-500'}`;
  };
  check(); setInterval(check, 60000);
}
