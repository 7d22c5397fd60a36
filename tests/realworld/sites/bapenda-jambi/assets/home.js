// Compact rewrite of src/app/(public)/page.tsx ("use client"): after load the home page fetches
// banners, news, galleries and FAQs from /api/public/* and fills the hero, 'Berita Terbaru',
// 'Galeri' and FAQ sections (a section with no data renders nothing; an empty banner list keeps
// the fallback hero). Slider timers and the lightbox are left out.
(function () {
  function get(url) {
    return fetch(url, { cache: "no-store" }).then(function (r) { return r.ok ? r.json() : { data: [] }; })
      .then(function (j) { return j.data || []; }).catch(function () { return []; });
  }
  function esc(s) { return String(s == null ? "" : s).replace(/[&<>"]/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]; }); }
  var BULAN = ["Januari","Februari","Maret","April","Mei","Juni","Juli","Agustus","September","Oktober","November","Desember"];
  function tgl(s) { var d = new Date(s); return d.getUTCDate() + " " + BULAN[d.getUTCMonth()] + " " + d.getUTCFullYear(); }
  var base = window.location.origin;
  Promise.all([
    get(base + "/api/public/banners"), get(base + "/api/public/news?limit=6"),
    get(base + "/api/public/galleries?limit=6"), get(base + "/api/public/faqs")
  ]).then(function (r) {
    var banners = r[0], news = r[1], galleries = r[2], faqs = r[3];
    if (banners.length) {
      var h = '<section class="relative h-[500px] md:h-[580px] overflow-hidden">';
      banners.forEach(function (b, i) {
        h += '<div class="absolute inset-0 ' + (i === 0 ? "opacity-100 z-10" : "opacity-0 z-0") + '"><img alt="' + esc(b.title) + '" src="' + esc(b.imageUrl) + '">' +
          '<div class="relative z-20 h-full flex items-center"><div class="max-w-2xl"><h1 class="text-3xl md:text-5xl font-bold text-white mb-4">' + esc(b.title) + '</h1>' +
          (b.description ? '<p class="text-lg text-white/90 mb-8">' + esc(b.description) + '</p>' : "") +
          (b.buttonText && b.buttonUrl ? '<a class="btn btn-warning" href="' + esc(b.buttonUrl) + '">' + esc(b.buttonText) + '</a>' : "") + '</div></div></div>';
      });
      if (banners.length > 1) {
        h += '<button aria-label="Previous slide"></button><button aria-label="Next slide"></button>';
      }
      document.getElementById("hero-slot").innerHTML = h + '</section>';
    }
    if (news.length) {
      var f = news[0], n = '<section class="py-14 bg-white"><div class="max-w-7xl mx-auto px-4"><div class="flex items-end justify-between mb-8"><div><h2 class="text-2xl font-bold text-primary">Berita Terbaru</h2><p class="text-gray-500 mt-1">Informasi dan berita terkini dari BAPENDA</p></div><a class="btn btn-warning" href="/berita">Lihat Semua</a></div>' +
        '<div class="grid grid-cols-1 lg:grid-cols-3 gap-6"><div class="lg:col-span-2"><a class="group block" href="/berita/' + esc(f.slug) + '"><span class="badge">' + esc(f.category.name) + '</span><h3 class="text-white font-bold text-lg">' + esc(f.title) + '</h3><p class="text-white/70 text-xs mt-1">' + tgl(f.publishedAt) + '</p></a></div><div class="space-y-4">';
      news.slice(1, 5).forEach(function (it) {
        n += '<a class="group flex gap-3" href="/berita/' + esc(it.slug) + '"><div class="min-w-0"><p class="text-xs text-secondary font-medium">' + esc(it.category.name) + '</p><h4 class="text-sm font-semibold text-gray-800">' + esc(it.title) + '</h4><p class="text-xs text-gray-400 mt-1">' + tgl(it.publishedAt) + '</p></div></a>';
      });
      document.getElementById("news-slot").innerHTML = n + '</div></div></div></section>';
    }
    if (galleries.length) {
      var g = '<section class="py-14 bg-white"><div class="max-w-7xl mx-auto px-4"><div class="flex items-end justify-between mb-8"><h2 class="text-2xl font-bold text-primary">Galeri</h2><a href="/galeri">Lihat Semua</a></div><div class="grid grid-cols-2 md:grid-cols-3 gap-4">';
      galleries.forEach(function (it) {
        g += '<a class="group block" href="/galeri/' + it.id + '"><img alt="' + esc(it.title) + '" src="' + esc(it.coverImage) + '"><p class="text-sm font-semibold">' + esc(it.title) + '</p><p class="text-xs">' + it._count.items + ' foto</p></a>';
      });
      document.getElementById("gallery-slot").innerHTML = g + '</div></div></section>';
    }
    if (faqs.length) {
      var q = '<section class="py-14 bg-gray-50"><h2>Pertanyaan yang Sering Diajukan</h2>';
      faqs.slice(0, 5).forEach(function (it, i) { q += '<div><button aria-expanded="' + (i === 0) + '">' + esc(it.question) + '</button><p>' + esc(it.answer) + '</p></div>'; });
      document.getElementById("faq-slot").innerHTML = q + '<a href="/faq">Lihat Semua</a> <a href="/kontak">Hubungi kami</a></section>';
    }
  });
})();
