// Compact rewrite of app/informasi/berkala/page.tsx: fetch('/api/informasi-publik?jenis=BERKALA') and
// render the cards (Preview/Download links to each fileUrl) in place of the loading skeleton.
(function () {
  const main = document.querySelector("main");
  fetch("/api/informasi-publik?jenis=BERKALA").then((r) => r.json()).then((all) => {
    const docs = all.filter((d) => d.jenis === "BERKALA");  // the API filters by jenis on the server
    const fmt = (iso) => new Date(iso).toLocaleDateString("id-ID", { day: "numeric", month: "long", year: "numeric" });
    main.innerHTML = `<div class="container mx-auto px-4 py-8"><div class="mb-8"><h1 class="text-3xl font-bold text-gray-900 mb-4">
 Daftar Informasi Berkala
</h1><p class="text-gray-600 mb-6">Informasi yang wajib diumumkan secara berkala oleh PPID Diskominfo Kabupaten Sikka.</p>
<div class="grid grid-cols-2 md:grid-cols-4 gap-4 mb-6"><div><div class="text-2xl font-bold">${docs.length}</div><div class="text-sm">Total Dokumen</div></div><div><div class="text-2xl font-bold">${docs.filter((d) => d.status === "AKTIF").length}</div><div class="text-sm">Dokumen Aktif</div></div><div><div class="text-2xl font-bold">${new Set(docs.map((d) => d.kategori)).size}</div><div class="text-sm">Kategori</div></div><div><div class="text-2xl font-bold">2.1 MB</div><div class="text-sm">Rata-rata Ukuran</div></div></div>
<div class="flex gap-4"><input type="text" placeholder="Cari dokumen berdasarkan judul atau deskripsi..." class="flex-1 px-4 py-2 border rounded-lg"><button class="btn btn-outline">Filter</button></div></div>
<div class="grid grid-cols-1 md:grid-cols-2 lg:grid-cols-3 gap-6">` + docs.map((d) => `<div class="rounded-lg border bg-card shadow-sm"><div class="p-6"><h3 class="text-lg font-semibold">${d.judul}</h3>
<div class="flex gap-2"><div class="badge badge-secondary">${d.kategori}</div><div class="badge badge-outline">${d.fileType}</div><div class="badge">${d.status}</div></div></div>
<div class="p-6 pt-0"><p class="text-gray-600 text-sm mb-4 line-clamp-3">${d.deskripsi}</p><div class="flex justify-between text-sm text-gray-500 mb-4"><span>${d.fileSize}</span><span>${fmt(d.createdAt)}</span></div>
<div class="flex gap-2"><a class="btn btn-sm" href="${d.fileUrl}" target="_blank" rel="noopener noreferrer">Preview</a><a class="btn btn-sm btn-outline" href="${d.fileUrl}" download>Download</a></div>
<a class="btn btn-outline btn-sm" href="/informasi/berkala/${d.id}">Lihat Detail</a></div></div>`).join("") + `</div></div>`;
  }).catch(() => {});
})();
