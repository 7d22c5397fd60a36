// Compact rewrite of the PPID Polda Sumbar React SPA (src/App.tsx, components/*): same routes, texts,
// buttons and links; React Router's <Link> becomes <a href>, onClick handlers stay script handlers.
const h = (html) => html;
// Header/footer buttons: on the home page they scroll to a section; elsewhere React Router's navigate()
// moves to "/?scrollTo=<id>" on the client (no server request), as written here with pushState.
const go = (id) => { const el = document.getElementById(id); if (location.pathname === "/") { if (el) el.scrollIntoView({ behavior: "smooth" }); } else { history.pushState(null, "", "/?scrollTo=" + id); render(); } };
window.__go = go;
const navItems = [["Beranda","beranda"],["Berita","berita"],["Layanan","layanan"],["Informasi Publik","informasi"],["Permohonan","permohonan"],["Kontak","kontak"]];
const header = () => h(`<header class="bg-white shadow-md sticky top-0 z-50"><div class="container mx-auto px-4"><div class="flex items-center justify-between py-4">
<a href="/" class="flex items-center space-x-3"><img src="/logo_polda.png" alt="Logo Polri" class="w-12 h-12"><div><h1 class="text-xl font-bold">PPID POLDA SUMBAR</h1><p class="text-sm">Pejabat Pengelola Informasi dan Dokumentasi</p></div></a>
<nav class="hidden md:flex items-center space-x-6">${navItems.map(([l,s]) => `<button class="font-medium" onclick="__go('${s}')">${l}</button>`).join("")}
<button class="btn bg-blue-900 text-white"><svg class="w-4 h-4"></svg>Login Admin</button></nav>
<button class="md:hidden"><svg class="w-6 h-6"></svg></button></div>
</div></div></header>`);
const footer = () => h(`<footer class="bg-gray-900 text-white"><div class="container mx-auto px-4 py-12"><div class="grid md:grid-cols-4 gap-8">
<div class="md:col-span-2"><div class="flex items-center space-x-3 mb-4"><img src="/logo_polda.png" alt="Logo Polri" class="w-12 h-12"><div><h3 class="text-xl font-bold">PPID POLDA SUMBAR</h3><p class="text-gray-400 text-sm">Pejabat Pengelola Informasi dan Dokumentasi</p></div></div>
<p class="text-gray-400 mb-4">Melayani permintaan informasi publik dengan transparan, akuntabel, dan profesional sesuai dengan ketentuan
 perundang-undangan yang berlaku.</p>
<div class="flex space-x-4"><a href="https://www.facebook.com/HumasPoldaSumateraBarat/"><svg class="w-6 h-6"></svg></a><a href="https://www.instagram.com/humaspoldasumbar"><svg class="w-6 h-6"></svg></a><a href="https://www.youtube.com/channel/UC5aH_ru0FMo7pmx3ccmgxYA"><svg class="w-6 h-6"></svg></a></div></div>
<div><h4 class="text-lg font-semibold mb-4">Tautan Cepat</h4><ul class="space-y-2">
${[["Beranda","beranda"],["Berita","berita"],["Layanan PPID","layanan"],["Informasi Publik","informasi"],["Permohonan Informasi","permohonan"],["Kontak","kontak"]].map(([l,s]) => `<li><button class="text-gray-400" onclick="__go('${s}')">${l}</button></li>`).join("")}</ul></div>
<div><h4 class="text-lg font-semibold mb-4">Kontak</h4><ul class="space-y-3">
<li class="flex items-start space-x-3"><svg class="w-5 h-5"></svg><span class="text-gray-400">Jl. Jenderal Sudirman No. 55<br>Padang, Sumatera Barat 25113</span></li>
<li class="flex items-center space-x-3"><svg class="w-5 h-5"></svg><span class="text-gray-400">(0751) 123456</span></li>
<li class="flex items-center space-x-3"><svg class="w-5 h-5"></svg><span class="text-gray-400">ppid@poldasumbar.go.id</span></li></ul></div></div>
<div class="border-t border-gray-800 mt-8 pt-8"><p class="text-gray-400 text-sm">© 2024 PPID Polda Sumatera Barat. Hak Cipta Dilindungi.</p></div></div></footer>`);
const dokumen = [["Laporan Kinerja Tahunan","Ringkasan kinerja tahunan Polda Sumbar","/dokumen/laporan-kinerja.pdf"],["Anggaran dan Realisasi","Transparansi anggaran dan penggunaannya","/dokumen/anggaran.pdf"],["Struktur Organisasi","Struktur organisasi dan unit kerja","/dokumen/struktur-organisasi.pdf"]];
const categories = [
 ["Informasi Berkala","Informasi yang wajib disediakan dan diumumkan secara berkala",["Profil Polda Sumbar","Struktur Organisasi","Program Kerja Tahunan","Laporan Kinerja","Anggaran dan Realisasi"],"/informasi-berkala"],
 ["Informasi Serta Merta","Informasi yang dapat mengancam hajat hidup orang banyak dan ketertiban umum",["Informasi Keadaan Darurat","Peringatan Keamanan","Bencana Alam","Gangguan Kamtibmas","Informasi Penting Lainnya"],"/informasi-serta-merta"],
 ["Informasi Setiap Saat","Informasi yang harus disediakan oleh Polda Sumbar setiap saat",["Daftar Informasi Publik","Prosedur Pelayanan","Standar Operasional","Formulir Permohonan","Kontak Layanan"],"/informasi-setiap-saat"],
 ["Informasi Dikecualikan","Informasi yang dikecualikan sesuai dengan ketentuan perundang-undangan",["Rahasia Negara","Informasi Penyidikan","Data Pribadi","Strategi Keamanan","Informasi Rahasia Lainnya"],"/informasi-dikecualikan"]];
const catCards = (tag) => `<section id="informasi" class="py-16 bg-gray-50"><div class="container mx-auto px-4"><div class="max-w-6xl mx-auto"><${tag} class="text-4xl font-bold mb-12 text-center">${tag === "h1" && location.pathname === "/pencarianinformasi" ? "Pencarian Informasi" : "Informasi Publik"}</${tag}><div class="grid md:grid-cols-2 gap-6">
${categories.map(([t,d,items,p]) => `<div class="card border-l-4"><div class="card-header"><div class="flex items-center gap-3"><div class="p-2"><svg class="w-6 h-6"></svg></div><h3 class="card-title text-xl">${t}</h3></div><p class="card-description">${d}</p></div>
<div class="card-content"><ul class="space-y-2 mb-4">${items.map(i => `<li class="flex items-center gap-2"><div class="w-1.5 h-1.5 rounded-full"></div><span class="text-sm">${i}</span></li>`).join("")}</ul>
<a href="${p}"><button class="btn btn-outline w-full">Lihat Detail</button></a></div></div>`).join("")}</div></div></div></section>`;
const home = () => `<div class="min-h-screen">
<div class="bg-blue-900 text-white py-2"><div class="container mx-auto px-4 flex justify-between items-center text-sm"><div class="flex items-center space-x-6"><div class="flex items-center space-x-2"><svg class="w-4 h-4"></svg><span>(0751) 123456</span></div><div class="flex items-center space-x-2"><svg class="w-4 h-4"></svg><span>ppid@poldasumbar.go.id</span></div></div><div class="hidden md:block"><span>Jam Layanan: Senin - Jumat, 08:00 - 16:00 WIB</span></div></div></div>
<section id="beranda" class="relative min-h-[90vh]" style="background-image:url('/polda.jpg')"><div class="absolute inset-0"></div><div class="relative container mx-auto px-4"><div class="grid lg:grid-cols-2 gap-12 items-center">
<div><h1 class="text-4xl md:text-6xl font-extrabold">PPID POLDA <br class="hidden md:block">SUMATERA BARAT</h1>
<p class="text-lg">Melayani permintaan informasi publik dengan <span>transparan</span>, <span>akuntabel</span>, dan <span>profesional</span> sesuai<em> Undang-Undang No. 14 Tahun 2008</em>.</p>
<div class="flex gap-4"><button class="btn btn-lg" onclick="__go('permohonan')">Ajukan Permohonan</button><button class="btn btn-lg btn-outline" onclick="__go('layanan')">Panduan Layanan</button></div></div>
<div class="grid grid-cols-2 gap-6">${[["3","Dokumen Tersedia","/unduhdokumen"],["0","Total Permohonan","/permohonan"],["24/7","Layanan Online","/kontak"],["100%","Keamanan Data","/keamanandata"]].map(([v,l,u]) => `<a href="${u}"><div class="p-6 rounded-xl text-center"><svg class="w-8 h-8"></svg><h3 class="text-3xl font-bold">${v}</h3><p class="text-sm">${l}</p></div></a>`).join("")}</div></div></div></section>
<section id="berita" class="py-16"><div class="container mx-auto px-4"><div class="text-center mb-12"><h2 class="text-4xl font-bold">Berita &amp; Pengumuman</h2><p class="text-xl">Informasi terkini dari PPID Polda Sumatera Barat</p></div>
<div class="flex flex-col md:flex-row gap-4 mb-8"><div class="relative flex-1"><svg class="w-4 h-4"></svg><input placeholder="Cari berita atau pengumuman..." class="input pl-10"></div>
<div class="flex gap-2">${["Semua","Pengumuman","Kegiatan","Laporan","Kerjasama"].map((c,i) => `<button class="btn btn-sm ${i ? "btn-outline" : "bg-gray-500 text-white"}"><svg class="w-4 h-4"></svg>${c}</button>`).join("")}</div></div>
<div class="text-center py-12"><svg class="w-16 h-16"></svg><h3 class="text-xl font-semibold">Tidak ada berita ditemukan</h3><p>Coba ubah kata kunci atau filter kategori.</p></div></div></section>
<section id="layanan" class="py-20"><div class="container mx-auto px-4"><div class="text-center mb-16"><h2 class="text-4xl font-extrabold">Layanan PPID</h2><p class="text-lg">Kami menyediakan berbagai layanan informasi publik yang mudah
 diakses dan transparan</p></div><div class="grid md:grid-cols-3 gap-8">
${[["Pencarian Informasi","Cari dan akses informasi publik yang tersedia di database kami","/pencarianinformasi"],["Unduh Dokumen","Download dokumen dan berkas informasi publik yang diperlukan","/unduhdokumen"],["Keamanan Data","Jaminan keamanan dan kerahasiaan data pemohon","/keamanandata"]].map(([t,d,u]) => `<div class="card cursor-pointer" onclick="window.location.href='${u}'"><div class="absolute inset-0"></div><div class="relative z-10"><div class="card-header flex flex-col items-center text-center"><div class="w-20 h-20 rounded-full"><svg class="w-10 h-10"></svg></div><div><h3 class="card-title text-2xl">${t}</h3><p class="card-description">${d}</p></div></div><div class="card-content"></div></div></div>`).join("")}</div></div></section>
${catCards("h1")}
<section id="permohonan" class="py-16 bg-white"><div class="container mx-auto px-4"><div class="max-w-4xl mx-auto"><div class="text-center mb-12"><h2 class="text-4xl font-bold">Formulir Permohonan Informasi</h2><p class="text-xl">
 Ajukan permohonan informasi publik dengan mengisi formulir di bawah ini secara lengkap.</p></div>
<div class="card"><div class="card-header"><h3 class="card-title text-2xl">Permohonan Informasi Publik</h3><p class="card-description">Lengkapi data berikut untuk mengajukan permohonan informasi</p></div><div class="card-content">
<form id="reqform" class="space-y-6"><div class="grid md:grid-cols-2 gap-6">
<div class="space-y-2"><label for="name">Nama Lengkap *</label><input id="name" placeholder="Masukkan nama lengkap" required></div>
<div class="space-y-2"><label for="email">Email *</label><input id="email" type="email" placeholder="nama@email.com" required></div>
<div class="space-y-2"><label for="phone">Nomor Telepon *</label><input id="phone" placeholder="08xxxxxxxxxx" required></div>
<div class="space-y-2"><label for="category">Kategori Informasi *</label><select id="category" required><option value="">Pilih kategori informasi</option><option value="berkala">Informasi Berkala</option><option value="serta-merta">Informasi Serta Merta</option><option value="setiap-saat">Informasi Setiap Saat</option><option value="lainnya">Lainnya</option></select></div></div>
<div class="space-y-2"><label for="address">Alamat Lengkap *</label><textarea id="address" placeholder="Masukkan alamat lengkap" required></textarea></div>
<div class="space-y-2"><label for="subject">Judul Permohonan *</label><input id="subject" placeholder="Ringkasan informasi yang diminta" required></div>
<div class="space-y-2"><label for="description">Rincian Informasi yang Diminta *</label><textarea id="description" placeholder="Jelaskan secara detail informasi yang Anda butuhkan" required></textarea></div>
<div class="space-y-2"><label for="purpose">Tujuan Penggunaan Informasi *</label><textarea id="purpose" placeholder="Jelaskan tujuan penggunaan informasi yang diminta" required></textarea></div>
<div class="bg-blue-50 p-4 rounded-lg"><h4 class="font-semibold">Catatan Penting:</h4><ul class="text-sm space-y-1"><li>Permohonan akan diproses maksimal 10 hari kerja</li><li>Informasi yang dikecualikan tidak dapat diberikan</li><li>Pemohon akan dihubungi melalui email/telepon yang terdaftar</li><li>Pastikan data yang diisi sudah benar dan lengkap</li></ul></div>
<div class="flex gap-4 justify-end"><button type="button" class="btn btn-outline">Reset Form</button><button type="submit" class="btn">Kirim Permohonan</button></div></form></div></div></div></div></section>
<section id="kontak" class="py-16 bg-gray-50"><div class="container mx-auto px-4"><div class="text-center mb-12"><h2 class="text-4xl font-bold">Hubungi Kami</h2><p class="text-xl">Untuk informasi lebih lanjut atau bantuan, silakan hubungi PPID Polda Sumatera Barat</p></div><div class="grid md:grid-cols-3 gap-6">
${[["Alamat","Jl. Jenderal Sudirman No. 123, Padang, Sumatera Barat 25111"],["Telepon","(0751) 123456 / (0751) 654321"],["Email","ppid@poldasumbar.go.id"],["Website","www.poldasumbar.go.id"],["Jam Layanan","Senin - Jumat: 08:00 - 16:00 WIB"],["Media Sosial","@poldasumbar (Instagram, Twitter, Facebook)"]].map(([t,c]) => `<div class="card text-center"><div class="card-header"><div class="w-12 h-12 rounded-full mx-auto"><svg class="w-6 h-6"></svg></div><h3 class="card-title text-lg">${t}</h3><p class="card-description">${c}</p></div></div>`).join("")}</div>
<div class="mt-12"><h3 class="text-2xl font-bold">Lokasi PPID Polda Sumbar</h3><p>Jl. Jenderal Sudirman No. 55, Padang, Sumatera Barat</p>
<div class="flex gap-2"><button class="bg-blue-600 text-white">Peta</button><button>Link</button></div>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3989.817!2d100.354!3d-0.949!2m3!1f0!2f0!3f0" width="100%" height="100%" loading="lazy" title="Lokasi PPID Polda Sumatera Barat"></iframe>
<div><span>Informasi Lokasi</span><h4>Alamat Lengkap:</h4><p>Jl. Jenderal Sudirman No. 55, Padang, Sumatera Barat 25113</p></div></div></div></section></div>`;
const catPage = (title, blurb, empty) => `<div class="max-w-5xl mx-auto px-6 py-12"><button class="flex items-center gap-2 mb-6" onclick="history.back()"><svg class="w-5 h-5"></svg><span class="font-medium">Kembali</span></button>
<h1 class="text-4xl font-bold mb-4">${title}</h1><p class="text-lg mb-10">${blurb}</p><p class="text-center">${empty}</p></div>`;
const pages = {
 "/": home,
 "/informasi-berkala": () => catPage("Detail Informasi Berkala", "Informasi berkala adalah informasi yang wajib diumumkan secara rutin oleh Polda Sumatera Barat untuk menjamin transparansi kepada masyarakat.", "Belum ada informasi berkala tersedia."),
 "/informasi-serta-merta": () => catPage("Informasi Serta Merta", "Informasi serta-merta adalah informasi yang wajib diumumkan dengan segera oleh Polda Sumatera Barat karena dapat mengancam hajat hidup orang banyak dan ketertiban umum.", "Belum ada data informasi serta merta."),
 "/informasi-setiap-saat": () => catPage("Informasi Setiap Saat", "Informasi setiap saat adalah informasi yang wajib disediakan dan diumumkan secara berkala oleh Polda Sumatera Barat agar dapat diakses oleh publik kapan saja tanpa harus diminta.", "Belum ada data informasi setiap saat."),
 "/informasi-dikecualikan": () => catPage("Informasi yang Dikecualikan", "Informasi dikecualikan adalah informasi yang tidak dapat diakses oleh publik sesuai dengan ketentuan peraturan perundang-undangan karena berpotensi mengganggu kepentingan tertentu seperti keamanan negara, privasi, atau proses hukum.", "Belum ada data informasi dikecualikan."),
 "/pencarianinformasi": () => catCards("h1"),
 "/unduhdokumen": () => `<section class="py-16"><div class="container mx-auto px-4"><h1 class="text-4xl font-bold mb-12 text-center">Unduh Dokumen Publik</h1><div class="grid md:grid-cols-3 gap-6">
${dokumen.map(([t,d,u]) => `<div class="card"><div class="card-header"><h3 class="card-title">${t}</h3><p class="card-description">${d}</p></div><div class="card-content"><a href="${u}" download><button class="btn btn-outline w-full"><svg class="w-4 h-4"></svg>Unduh PDF</button></a></div></div>`).join("")}</div></div></section>`,
};
// The category pages and the request counter call http://localhost:5000 (the developer's API); a visitor's
// browser cannot reach it, so the components render their empty branches, as written here.
function render() {
  const view = pages[location.pathname] || (() => "");
  document.getElementById("root").innerHTML = header() + `<div class="min-h-screen">${view()}</div>` + footer();
  const f = document.getElementById("reqform");
  if (f) f.addEventListener("submit", (e) => { e.preventDefault(); alert("Terjadi kesalahan saat mengirim permohonan. Silakan coba lagi."); });
  const q = new URLSearchParams(location.search).get("scrollTo"); if (q) go(q);
}
render();
