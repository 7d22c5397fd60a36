// Compact working rewrite of the client components of the BRI PPID Next.js app (src/app/ppid/$element/client.*,
// src/app/ppid/home/$element/client.*, src/lib/global/components/carousel). The server already sends every
// component in its initial state (Next.js pre-renders client components); this script does what hydration adds.
(function () {
  var SOCIAL = ['https://www.facebook.com/BRIofficialpage', 'https://x.com/kontakbri',
    'https://www.instagram.com/bankbri_id', 'https://www.youtube.com/channel/UCRHFE_ooDrkEiRRJbog3EjA'];
  // header + footer social buttons: onClick={() => window.open(url)}
  document.querySelectorAll('button.soc').forEach(function (b) {
    b.addEventListener('click', function () { window.open(SOCIAL[+b.dataset.i]); });
  });
  // CE_NavbarHeader: the top bar is hidden once the page scrolls past 70px
  var header = document.querySelector('nav header');
  window.addEventListener('scroll', function () { if (header) header.style.display = window.scrollY > 70 ? 'none' : 'block'; });
  // (the 'Search' and 'Contact Us' items, 'Back to corporate site', ID/EN and the hamburger have no handler)

  // Carousel (home banner): next slide every 3 s; dots select a slide
  var car = document.getElementById('carousel');
  if (car) {
    var slides = [
      { title: 'INFORMATIF', description: 'Profesional untuk transparansi', button_title: 'Pelajari lebih lanjut' },
      { title: 'APLIKASI PPID BRI', button_title: 'Pelajari lebih lanjut' },
      { title: 'SELAMAT DATANG DI LAYANAN INFORMASI PUBLIK', button_title: 'Pelajari lebih lanjut' }];
    var cur = 0, box = car.querySelector('section > div'), dots = car.querySelectorAll('.dot');
    var show = function (i) {
      cur = i; var s = slides[i];
      box.innerHTML = '<h1 class="text-white">' + s.title + '</h1>' +
        (s.description ? '<p class="text-white">' + s.description + '</p>' : '') +
        '<button class="bg-orange-primary rounded-full uppercase"><p class="text-white">' + s.button_title + '</p></button>';
      dots.forEach(function (d, k) { d.className = 'dot ' + (k === i ? 'bg-red-primary' : 'bg-[#C707404D]'); });
    };
    dots.forEach(function (d, k) { d.addEventListener('click', function () { show(k); }); });
    setInterval(function () { show(cur === slides.length - 1 ? 0 : cur + 1); }, 3000);
  }

  // CE_HomeProfile: four tabs (divs with onClick) switching the card beside them
  var tabs = document.querySelectorAll('#profile-tabs .tab'), card = document.getElementById('profile-card'),
    head = document.getElementById('news-head');
  var chev = '<svg width="14" height="14" aria-hidden="true"></svg>';
  var panels = [
    card ? card.innerHTML : '',
    '<div class="p-5 w-full shadow-md bg-white"><h2 class="text-3xl">Visi &amp; Misi</h2><h3 class="mb-4">Visi</h3>' +
      '<p class="text-l-regular">Menjadi Badan Usaha Milik Negara yang dalam menyelenggarakan pelayanan informasi publik sebagai nilai tambah perusahaan</p>' +
      '<h3 class="my-4">Misi</h3><p class="text-l-regular">Memberikan pelayanan informasi publik yang semakin andal kepada pemohon informasi</p></div>',
    '<div class="bg-white flex gap-6 overflow-x-auto">' + Array(6).fill(0).map(function (_, i) {
      return '<div class="max-w-sm bg-white shadow-lg"><img src="/images/dummy-news.jpeg" width="400" alt="news-' + i + '">' +
        '<div><h5>Warta BRI</h5><p class="text-red-primary">Kaloborasi antar BRI dan ... telkomesel hadirkan</p><p>19 May 2024 | 16:04</p></div></div>';
    }).join('') + '</div>',
    '<div class="px-5 py-7 w-full shadow-md bg-white"><h2 class="text-3xl">Announcement</h2><div class="flex items-center justify-center">' +
      '<img src="/images/ppid-announcement.png" alt="announcement" width="400"></div>' +
      '<button class="text-red-primary">View Announcement' + chev + '</button></div>'];
  var NEWS_HEAD = '<div class="mt-10 flex"><div><p>Check out our latest news</p><div class="flex items-center"><p>VIEW MORE</p>' + chev + '</div>' +
    '<div class="hidden lg:block"><button class="arrow" disabled>' + chev + '</button><button class="arrow">' + chev + '</button></div></div></div>';
  tabs.forEach(function (t, i) {
    t.addEventListener('click', function () {
      tabs.forEach(function (o, k) {
        o.classList.toggle('active', k === i);
        o.lastElementChild.className = k === i ? 'block' : 'hidden';
      });
      card.innerHTML = panels[i];
      head.innerHTML = i === 2 ? NEWS_HEAD : '';
    });
  });
})();
