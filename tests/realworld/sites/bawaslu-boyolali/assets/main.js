// Compact rewrite of the Bawaslu Boyolali React app (create-react-app build; src/App.js, component/Navbar.js,
// component/Footer.js and the public pages under src/views/pages). Same routes, texts, links and handlers.
// API_DUMMY is "http://localhost:4040" at this commit: every axios call (news, carousel, pengumuman, footer
// categories, every document table) goes to the developer's machine and fails in a visitor's browser; those
// calls are written here as their failure branch (catch -> console.error), so the lists stay empty, as a
// visitor sees them.
const API_DUMMY = "http://localhost:4040";
const apiFail = (path) => console.error("Error saat mengambil data:", "Network Error " + API_DUMMY + path);

const navbar = () => `
<div class="navbar-top style-2"><div class="container"><div class="row">
<div class="col-lg-3 d-lg-inline-block d-none"><div class="logo1"><a href="/"><img src="https://boyolali.bawaslu.go.id/sites/boyolali/files/bawaslu_logo.png"></a></div></div>
<div class="col-lg-3 col-md-5 align-self-center"><div class="media"><div class="media-left"><i class="fa-solid fa-phone"></i></div><div class="media-body"><h6>Telephone</h6><p>(0276) 325118</p></div></div></div>
<div class="col-lg-3 col-md-5 align-self-center"><div class="media"><div class="media-left"><i class="fa-solid fa-envelope"></i></div><div class="media-body"><h6>Email</h6><p><a href="mailto:setbawaslu.boyolali@bawaslu.go.id">setbawaslu.boyolali@bawaslu.go.id</a></p></div></div></div>
<div class="col-lg-3 col-md-2 align-self-center"><ul class="social-area">
<li><a href="https://www.facebook.com/Bawaslu.Kabupaten.Boyolali"><i class="fab fa-facebook-f"></i></a></li>
<li><a href="https://twitter.com/i/flow/login?redirect_after_login=%2Fbawasluboyolali"><i class="fab fa-twitter"></i></a></li>
<li><a href="https://www.instagram.com/bawaslu_boyolali/"><i class="fab fa-instagram"></i></a></li>
<li><a href="https://www.youtube.com/channel/UC-OZT-HT_Qg7cUmo-oHfkAw"><i class="fab fa-youtube"></i></a></li></ul></div>
</div></div></div>
<nav class="navbar-area navbar-area-2 navbar-expand-lg"><div class="container nav-container m-0">
<div class="responsive-mobile-menu"><button class="d-lg-none menu toggle-btn" data-target="#Iitechie_main_menu" aria-expanded="false" aria-label="Toggle navigation" onclick="__toggleMenu()"><span class="icon-left"></span><span class="icon-right"></span></button></div>
<div class="d-inline-block d-lg-none"><a href="/"><img src="https://boyolali.bawaslu.go.id/sites/boyolali/files/bawaslu_logo.png"></a></div>
<div class="collapse navbar-collapse" id="Iitechie_main_menu text-navbar-rspnv">
<ul class="navbar-reponsive navbar-nav menu-open text-lg-start">
<li><a href="/">Home</a></li>
<li><a href="/profil">Profile</a></li>
<li><a href="/berita">Berita</a></li>
<li><a href="/library">E-Library</a></li>
<li><a href="/pengumuman">Pengumuman</a></li>
<li class="menu-item-has-children"><a href="#submenu" data-bs-toggle="collapse" aria-expanded="false" aria-label="Toggle navigation">Informasi Publik</a>
<ul class="sub-menu" id="submenu">
<li><a href="/informasi-serta-merta">Informasi Serta Merta</a></li>
<li><a href="/informasi-setiap-saat">Informasi Setiap Saat</a></li>
<li><a href="/informasi-berkala">Informasi Berkala</a></li>
<li><a href="/informasi-dikecuali">Informasi DiKecualikan</a></li>
<li><a href="/informasi-kanal">Kanal Pengawasan Pemilu 2024</a></li></ul></li>
<li class="menu-item-has-children"><a href="#submenu2" data-bs-toggle="collapse" aria-expanded="false" aria-label="Toggle navigation">Daftar Regulasi</a>
<ul class="sub-menu" id="submenu2">
<li><a href="/regulasi-public">Regulasi</a></li>
<li><a href="/dip-public">DIP</a></li>
<li><a href="/sop-public">SOP</a></li>
<li><a href="/maklumat-pelayanan">Maklumat Pelayanan</a></li></ul></li>
<li class="menu-item-has-children"><a href="#submenu3" data-bs-toggle="collapse" aria-expanded="false" aria-label="Toggle navigation">Form Online</a>
<ul class="sub-menu" id="submenu3">
<li><a href="/form-permohonan-informasi">Form Permohonan Informasi</a></li>
<li><a href="/form-permohonan-keberatan">Form Permohonan Keberatan</a></li>
<li><a href="/layanan-informasi-berbasis-android">Layanan Informasi Berbasis Adroid</a></li></ul></li>
<li class="menu-item-has-children"><a href="#submenu4" data-bs-toggle="collapse" aria-expanded="false" aria-label="Toggle navigation">Prosedur</a>
<ul class="sub-menu" id="submenu4">
<li><a href="/prosedur-permintaan-informasi">Prosedur Permintaan Informasi</a></li>
<li><a href="/prosedur-permohonan-keberatan">Prosedur Permohonan Keberatan</a></li>
<li><a href="/waktu-layanan">Waktu Layanan</a></li>
<li><a href="/biaya-pelayanan">Biaya Layanan</a></li>
<li><a href="/prosedur-permohonan-penyelesaian-sengketa-informasi">Prosedur Permohonan Penyelesaian <br> Sengketa Informasi</a></li></ul></li>
</ul></div></div></nav>`;

// Footer: the 'Kategori' column maps the news categories fetched from the API (empty here).
const footer = () => { apiFail("/bawaslu/api/category-berita/all-limit-7"); return `
<footer class="footer-area bg-black mt-0"><div class="container"><div class="row">
<div class="col-lg-3 col-md-6"><div class="widget widget_about"><h4 class="widget-title">Bawaslu Boyolali</h4>
<div class="details"><p>Melalui website ini, Bawaslu Kabupaten Boyolali akan selalu memperbaharui informasi terkait pengawasan dan pemantauan pemilu.</p>
<ul class="social-media d-none d-md-none d-lg-flex gap-2">
<li><a href="https://www.facebook.com/Bawaslu.Kabupaten.Boyolali" target="_blank" rel="noreferrer"><i class="fab fa-facebook-f"></i></a></li>
<li><a href="https://twitter.com/i/flow/login?redirect_after_login=%2Fbawasluboyolali" target="_blank" rel="noreferrer"><i class="fab fa-twitter"></i></a></li>
<li><a href="https://www.instagram.com/bawaslu_boyolali/" target="_blank" rel="noreferrer"><i class="fab fa-instagram"></i></a></li>
<li><a href="https://www.youtube.com/channel/UC-OZT-HT_Qg7cUmo-oHfkAw" target="_blank" rel="noreferrer"><i class="fab fa-youtube"></i></a></li></ul></div></div></div>
<div class="col-lg-3 col-md-6"><div class="widget widget_nav_menu"><h4 class="widget-title">Kategori</h4></div></div>
<div class="col-lg-3 col-md-6"><div class="widget widget_nav_menu"><h4 class="widget-title">Alamat</h4>
<p>Jl. Garuda No. 01, Banaran, Boyolali, 57313</p><p>Telpon (0276) 325118</p><p> E-mail setbawaslu.boyolali@bawaslu.go.id</p></div></div>
</div></div>
<div class="footer-bottom"><div class="container"><div class="row"><div class="col-md-6 align-self-center"><p>© 2023. Bawaslu Kabupaten Boyolali.</p></div></div></div></div>
</footer>`; };

const emptyTable = () => `<div class="responsive-3"><div class="card-body bg-body-tertiary table-container rounded">
<table class="table table1 responsive-3 table-striped table-hover border rounded"><thead><tr><th class="text-center"> Dokumen</th><th class="text-center"> Pdf Document</th></tr></thead><tbody></tbody></table></div></div>`;

// Pill tabs: the pages write Bootstrap 4's data-toggle="pill", which the Bootstrap 5 bundle they load ignores;
// a click only changes the hash, the first pane stays shown. Every pane's table comes from the API (empty).
const tabsPage = (title, tabs, api, back) => {
  tabs.forEach((t, i) => apiFail(api(i)));
  return `<div class="project-area pd-top-115 pd-bottom-90"><div><section><div class="container">
${back ? `<a href="/informasi-berkala" class="btn-back"><i class="fas fa-chevron-left"></i></a>` : ""}
<div class="row"><div class="col-md-3"><div class="nav flex-column nav-pills nav-pills-custom" id="v-pills-tab" role="tablist" aria-orientation="vertical">
${tabs.map((t, i) => `<a class="nav-link mb-3 p-3 shadow${i ? "" : " active"}" id="v-pills-${t[0]}-tab" data-toggle="pill" href="#v-pills-${t[0]}" role="tab" aria-selected="${i ? "false" : "true"}"><span class="font-weight-bold small text-uppercase">${t[1]}</span></a>`).join("\n")}
${back ? `<a class="nav-link mb-3 p-3 shadow" href="/informasi-berkala"><span class="font-weight-bold small text-uppercase">Kembali</span></a>` : ""}
</div></div>
<div class="col-md-9"><div class="tab-content" id="v-pills-tabContent">
<div class="card-header w-auto bg-primary text-light"><div style="display:flex"><div class="px-3"><h4>${title}</h4></div></div></div>
${tabs.map((t, i) => `<div class="tab-pane fade shadow rounded bg-white p-3${i ? "" : " show active"}" id="v-pills-${t[0]}" role="tabpanel">${emptyTable()}</div>`).join("\n")}
</div></div></div></div></section></div></div>`;
};

const home = () => {
  ["/bawaslu/api/berita/terbaru", "/bawaslu/api/carousel/all", "/bawaslu/api/berita/all", "/bawaslu/api/pengumuman", "/bawaslu/api/jenis-informasi/all"].forEach(apiFail);
  const card = (t, href) => `<div class="col-lg-3 col-md-6"><div class="single-service-inner"><h3>${t}</h3><a href="${href}"><div class="details"><h3>${t}</h3></div></a></div></div>`;
  return `<div class="banner-area bg-relative banner-area-2"><div class="container"><div class="row"><div class="col-lg-6"><div class="banner-inner"><h1>Berita</h1><h2 class="title titleHome"></h2></div></div></div></div></div>
<div class="intro-area"><div class="container"><div class="row"><h1 style="text-align:center">Data Berita Saat Ini Belum Ada</h1></div></div></div>
<div id="carouselExampleFade" class="carousel slide carousel-fade"><div class="carousel-inner"><h1 style="text-align:center">Data Carousel Saat Ini Belum Ada</h1></div>
<button class="carousel-control-prev" type="button" data-bs-target="#carouselExampleFade" data-bs-slide="prev"><span class="carousel-control-prev-icon"></span><span class="visually-hidden">Previous</span></button>
<button class="carousel-control-next" type="button" data-bs-target="#carouselExampleFade" data-bs-slide="next"><span class="carousel-control-next-icon"></span><span class="visually-hidden">Next</span></button></div>
<div class="blog-area pd-top-120"><div class="container"><div class="section-title text-center"><h5 class="sub-title double-line">Bawaslu Boyolali</h5><h2 class="title">Berita Bawaslu</h2></div>
<div class="row"><div class="col-lg-8"><ul></ul><nav class="MuiPagination-root"><ul class="MuiPagination-ul"><li><button aria-label="Go to first page" disabled>«</button></li><li><button aria-label="Go to previous page" disabled>‹</button></li><li><button aria-label="Go to next page" disabled>›</button></li><li><button aria-label="Go to last page" disabled>»</button></li></ul></nav></div>
<div class="col-lg-4"><div class="widget widget_catagory"><h4 class="widget-title"><i class="fa-regular fa-file-lines"></i> Tautan <strong>Lembaga</strong></h4>
<ul class="catagory-items"><li><a href="https://bawaslu.go.id/" target="_blank" rel="noopener noreferrer"><img src="/static/media/Bawaslu-RI-300x73-1.png" alt=""></a></li>
<li><a href="https://dkpp.go.id/" target="_blank" rel="noopener noreferrer"><img src="/static/media/dkpp-300x73-1.png" alt=""></a></li>
<li><a href="https://www.mkri.id/" target="_blank" rel="noopener noreferrer"><img src="/static/media/MAHKAMAKONSTITUSI-300x73-1.png" alt=""></a></li>
<li><a href="https://jateng.bawaslu.go.id/" target="_blank" rel="noopener noreferrer"><img src="/static/media/bawaslu-jateng-300x73-1.png" alt=""></a></li>
<li><a href="https://jateng.bawaslu.go.id/" target="_blank"><img src="/static/media/KPU-300x73-1.png" alt=""></a></li></ul></div></div></div></div></div>
<div class="service-area pd-top-115 pd-bottom-90"><div class="container"><div class="section-title text-center"><h5 class="sub-title double-line">Bawaslu Boyolali</h5><h2 class="title">Informasi</h2></div>
<div class="row justify-content-center">
<div class="col-lg-6"><div class="single-work-inner"><a href="/form-permohonan-informasi"><h2>01</h2></a><h4>Formulir Permohonan Informasi</h4></div></div>
<div class="col-lg-6"><div class="single-work-inner"><a href="/form-permohonan-keberatan"><h2>02</h2></a><h4>Formulir Permohonan Keberatan</h4></div></div></div>
<div class="row justify-content-center">${card("Informasi Berkala", "/informasi-berkala")}${card("Informasi Setiap Saat", "/informasi-setiap-saat")}${card("Informasi Serta Merta", "/informasi-serta-merta")}${card("Infromasi Di Kecualikan", "/informasi-dikecuali")}</div></div></div>
<div class="container"><h1 style="text-align:center">Data Pengumuman Saat Ini Belum Ada</h1></div>`;
};

const profil = () => `<div class="faq-area pd-top-100 pd-bottom-90"><div class="container"><div class="row">
<div class="col-lg-6 pe-xl-5 align-self-center"><h2 class="title">Profile</h2><p id="content" class="content"></p>
<p class="overflow-ellipsis">Badan Pengawas Pemilu adalah lembaga negara yang memiliki tugas pokok dan fungsi melakukan pengawasan terhadap seluruh tahapan pemilihan umum . Melalui website ini, kami akan selalu memperbaharui informasi terkait pengawasan dan pemantauan pemilu.</p>
<a href="#strukturOrganisasi"><button id="btn-selanjutnya" class="btn btn-primary" type="button" data-bs-toggle="collapse" onclick="__scrollStruktur()">Selanjutnya </button></a></div>
<div class="col-lg-6"><div class="accordion accordion-inner accordion-icon-left mt-3 mt-lg-0" id="accordionExample">
<div class="accordion-item"><h2 class="accordion-header" id="headingOne"><button class="accordion-button" type="button" data-bs-toggle="collapse" data-bs-target="#collapseOne" aria-expanded="true" aria-controls="collapseOne">Visi</button></h2>
<div id="collapseOne" class="accordion-collapse collapse show" aria-labelledby="headingOne" data-bs-parent="#accordionExample"><div class="accordion-body">Terwujudnya Bawaslu sebagai Lembaga Pengawal Terpercaya dalam Penyelenggaraan Pemilu Demokratis, Bermartabat, dan Berkualitas.</div></div></div>
<div class="accordion-item"><h2 class="accordion-header" id="headingTwo"><button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#collapseTwo" aria-expanded="false" aria-controls="collapseTwo">Misi</button></h2>
<div id="collapseTwo" class="accordion-collapse collapse" aria-labelledby="headingTwo" data-bs-parent="#accordionExample"><div class="accordion-body"><p><ol>
<li>Membangun aparatur dan kelembagaan pengawas pemilu yang kuat, mandiri dan solid;</li>
<li>Mengembangkan pola dan metode pengawasan yang efektif dan efisien;</li>
<li>Memperkuat sistem kontrol nasional dalam satu manajemen pengawasan yang terstruktur, sistematis, dan integratif berbasis teknologi</li>
<li>Meningkatkan keterlibatan masyarakat dan peserta pemilu, serta meningkatkan sinergi kelembagaan dalam pengawasan pemilu partisipatif</li>
<li>Meningkatkan kepercayaan publik atas kualitas kinerja pengawasan berupa pencegahan dan penindakan, serta penyelesaian sengketa secara cepat, akurat dan transparan</li>
<li>Membangun Bawaslu sebagai pusat pembelajaran pengawasan pemilu baik bagi pihak dari dalam negeri maupun pihak dari luar negeri.</li></ol></p></div></div></div>
<div class="accordion-item"><h2 class="accordion-header" id="headingThree"><button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#collapseThree" aria-expanded="false" aria-controls="collapseThree">Tugas, Fungsi dan Wewenang</button></h2>
<div id="collapseThree" class="accordion-collapse collapse" aria-labelledby="headingThree" data-bs-parent="#accordionExample"><div class="accordion-body"><p><ol>
<li>Menyediakan, menyimpan, mendokumentasikan dan mengamankan informasi</li>
<li>Memberikan layanan informasi publik yang cepat, tepat, efisien dan gratis</li>
<li>Menyusun dan menetapkan standar operasional prosedur (SOP) informasi publik</li>
<li>Melakukan klasifikasi terhadap informasi dan/atau pengubahannya</li>
<li>Menetapkan informasi yang dikecualikan yang telah habis jangka waktu pengecualiannya sebagai informasi yang dapat diakses dan</li>
<li>Menetapkan pertimbangan tertulis atas setiap kebijakan yang diambil untuk memenuhi hak setiap orang atas informasi publik</li></ol></p></div></div></div>
</div></div></div></div></div>
<div class="security-area pd-top-100" id="strukturOrganisasi"><div class="container">
<h2 class="title mb-4">Struktur Organisasi</h2>
<p>Tim Pelaksana Pejabat Pengelola Informasi Dan Dokumentasi Bawaslu Kabupaten Boyolali.</p>
<div id="singel-security" class="single-security-wrap-2 keterangan"><div class="thumb"><img src="https://cdn-icons-png.flaticon.com/512/1053/1053244.png"></div><div class="details"><h5>Pembina</h5><p class="fs-4">Suharyanto, SH.</p><p>Ketua Bawaslu Kabupaten Boyolali</p></div></div>
<div id="singel-security" class="single-security-wrap-2 keterangan"><div class="thumb"><img src="https://cdn-icons-png.flaticon.com/512/1053/1053244.png"></div><div class="details"><h5>Atasan PPID</h5><p class="fs-4">Mulyadi Santosa, S.Sos., MM.</p><p>Koordinator Seketariat Bawaslu Kabupaten Boyolali. </p></div></div>
<div id="singel-security" class="single-security-wrap-2 keterangan"><div class="thumb"><img src="https://cdn-icons-png.flaticon.com/512/1053/1053244.png"></div><div class="details"><h5>Tim Pertimbangan</h5><p class="fs-4">Bambang Riyadi, SH., MH. / Sri Lestariningsih ,SH., MH. / Ahmad Fauzan Hakim, S.Ag., MH. / Sukamto, S.Sos.I.</p><p>Anggota Bawaslu Kabupaten Boyolali</p></div></div>
<div id="singel-security" class="single-security-wrap-2 keterangan"><div class="thumb"><img src="https://cdn-icons-png.flaticon.com/512/1053/1053244.png"></div><div class="details"><h5>Petugas Layanan Informasi</h5><p class="fs-4">Dwi Prasetyo, SH. / Rina Aulia Rahmawati ,SH. / Agus Widiyanto, A.Md.Kom.</p><p>Staf Bawaslu Kabupaten Boyolali</p></div></div>
</div></div>
<div class="how-it-work-area pd-top-100 pd-bottom-90"><div class="container"><div class="section-title text-center"><h5 class="sub-title double-border">Bawaslu Boyolali</h5><h2 class="title">PPID</h2></div>
<div class="how-it-work-inner"><div class="row">
<div class="col-lg-3 col-md-6"><div class="single-work-inner style-three text-center"><div class="count-inner"><i class="fa-solid fa-1"></i></div><div class="details-wrap"><div class="details-inner"><h4>Informasi Serta Merta</h4></div></div></div></div>
<div class="col-lg-3 col-md-6"><div class="single-work-inner style-three text-center"><div class="count-inner"><i class="fa-solid fa-2"></i></div><div class="details-wrap"><div class="details-inner"><h4>Informasi Berkala</h4></div></div></div></div>
<div class="col-lg-3 col-md-6"><div class="single-work-inner style-three text-center"><div class="count-inner"><i class="fa-solid fa-3"></i></div><div class="details-wrap"><div class="details-inner"><h4>Informasi Setiap Saat</h4></div></div></div></div>
<div class="col-lg-3 col-md-6"><div class="single-work-inner style-three text-center"><div class="count-inner"><i class="fa-solid fa-4"></i></div><div class="details-wrap"><div class="details-inner"><h4>Informasi DIkecualikan</h4></div></div></div></div>
</div></div></div></div>`;

const berkala = () => `<div class="project-area pd-top-115 pd-bottom-90"><h1 class="text-center p-5">Informasi Berkala</h1>
<div class="d-flex justify-content-center gap-5"><a id="btn1" href="/informasi-berkala-kepemiluan" class="btn"><span class="mx-auto kelembagaan-btn">Kepemiluan</span></a>
<a id="btn2" href="/informasi-berkala-kelembagaan" class="btn"><span class="mx-auto kelambagaan-btn">Kelembagaan</span></a></div></div>`;

const dikecualikan = () => { apiFail("/bawaslu/api/jenis-keterangan/39/isi-informasi"); return `<div class="team-details-page pd-top-120 service-area bg-relative pd-top-60 pd-bottom-90">
<div class="form1 text-center mt-0"><div class="form-permohonan section-title text-center"><h5 id="text1-gabung" class="sub-title double-line text-center">Bawaslu Boyolali</h5><h2 id="text2-gabung" class="title text-center">Informasi Dikecualikan</h2></div></div>
<div class="style-logo"><div class="row d-row-none pmbngks-txt-folder"></div>
<div class="widget widget_catagory"><h4 class="widget-title"><i class="fa-regular fa-file-lines"></i>  Tautan <strong>Lembaga</strong></h4><br>
<ul class="catagory-items"><li><a href="https://bawaslu.go.id/" target="_blank" rel="noopener noreferrer"><img src="/static/media/Bawaslu-RI-300x73-1.png" alt=""></a></li>
<li><a href="https://dkpp.go.id/" target="_blank" rel="noopener noreferrer"><img src="/static/media/dkpp-300x73-1.png" alt=""></a></li>
<li><a href="https://www.mkri.id/" target="_blank" rel="noopener noreferrer"><img src="/static/media/MAHKAMAKONSTITUSI-300x73-1.png" alt=""></a></li>
<li><a href="https://jateng.bawaslu.go.id/" target="_blank" rel="noopener noreferrer"><img src="/static/media/bawaslu-jateng-300x73-1.png" alt=""></a></li></ul></div></div></div>`; };

const maklumat = () => `<div class="about-area pd-bottom-70 service-area bg-relative pd-top-60 pd-bottom-90"><div class="row">
<div id="thumb-img" class="col-xl-5 col-lg-6 col-md-9 mt-5"><div class="thumb"><img src="/static/media/maklumatinf.8d2f61c0.png"></div></div>
<div class="col-xl-5 col-lg-6"><div class="section-title px-lg-5 mb-0"><h2 class="title mb-4"><img src="https://www.solverwp.com/demo/html/itechie/assets/img/about/01.webp"> Maklumat Pelayanan Informasi PPID Bawaslu Kabupaten Boyolali</h2>
<p></p><ul style="text-align:justify">
<li>Menyediakan, memberikan, dan menerbitkan informasi publik secara akurat dan tepat;</li>
<li>Merespon dengan cepat sesuai waktu yang tertera dalam Perbawaslu No.1 Tahun 2017;</li>
<li>Menyediakan sarana dan fasilitas yang tertata baik dan media yang dapat diakses secara online;</li>
<li>Menyiapkan petugas informasi yang berdedikasi dan siap melayani;</li>
<li>Mengembangkan sistem informasi dan dokumentasi pengelolaan informasi publik yang dapat diakses dengan mudah.</li></ul><p></p></div></div></div></div>`;

const head = (t) => `<div class="form-permohonan section-title text-center"><h5 id="text1-gabung" class="sub-title double-line">Bawaslu Boyolali</h5><h2 id="text2-gabung" class="title text-center">${t}</h2></div>`;
const field = (label, input, max) => `<label for="exampleInputPassword1" class="form-label font-weight-bold">${label}</label> ${input}${max ? `<p class="pp">0 of ${max} max characters</p>` : ""}<br>`;
const idSelect = (vals) => `<select class="form-select" aria-label="Default select example"><option selected>Pilih Jenis Identitas${vals ? "" : " "}</option><option value="${vals ? "KTP" : "1"}">KTP (Kartu Tanda Penduduk)</option><option value="${vals ? "SIM" : "2"}">SIM (Surat Izin Mengemudi)</option><option value="${vals ? "KTM" : "3"}">KTM (Surat Tanda Mahasiswa)</option></select>`;

// Both forms post multipart data with axios to API_DUMMY; the request fails and the catch only does
// console.log(error): the visitor sees nothing happen (no success alert, no error message).
window.__submit = (ev, path) => { ev.preventDefault(); console.log("AxiosError: Network Error (POST " + API_DUMMY + path + ")"); return false; };

const formInformasi = () => `<div class="head"><div>${head("Form Permohonan Informasi")}</div><div class="spacer"></div>
<form class="form-box" onsubmit="return __submit(event,'/bawaslu/api/permohonan-informasi/add')"><div><div>
${field("Nama Pemohon :", `<input class="form-control" type="text" required>`, 30)}
${field("Alamat Pemohon :", `<textarea class="form-control" required></textarea>`, 60)}<br>
${field("Nomor Identitas : ", `<input class="form-control" type="number" required>`, 30)}<br>
${field("Jenis Identitas :", idSelect(false))}<br><br>
${field("Nomor Tlp/Hp : ", `<input class="form-control" type="number" required>`, 30)}
${field("Email : ", `<input class="form-control" type="email" required>`, 30)}
</div></div>
<div class="tujuan">
${field("Tujuan Penggunaan Informasi : ", `<textarea class="form-control" required></textarea>`, 100)}
${field("Cara Memperoleh Informasi :", `<select id="responsive-select" class="form-select" aria-label="Default select example"><option selected>Pilih Cara Memperoleh Informasi </option><option value="mengambil sendiri">Mengambil Langsung</option><option value="pos">POS</option><option value="kurir">Kurir</option><option value="fax">FAX</option><option value="email">Email</option></select>`)}<br><br>
${field("Upload Foto identitas : ", `<input class="form-control" type="file" required>`)}
<label class="form-label font-weight-bold">Jaminan Perlindungan Data Pribadi:</label>
<ol><li>Permintaan data pribadi untuk kepentingan pelayanan informasi</li>
<li>Bawaslu tidak akan memberikan data pribadi pemohon kepada pihak ketiga.</li>
<li>Bawaslu akan memberitahukan kepada pemohon jika terjadi kebocoran perlindungan data pribadi dan mengupayakan pemulihannya.</li>
<li>Bawaslu akan memberikan sanksi kepada oknum internal yang mengambil data pribadi pemohon untuk di luar kepentingan pelayanan informasi.</li>
<li>Pemohon dapat menyampaikan pengaduan/keberatan bagi pemohon atas dugaan tidak terlindunginya data pribadi pemohon.</li>
<li>Bawaslu akan memusnahkan data pribadi pemohon setelah lima tahun atau di bawah lima tahun atas permintaan pemohon dengan alasan yang dibenarkan oleh peraturan per-UU-an</li></ol><br>
<div id="div-button" class="div-button"> <button id="btn-kirim" type="submit" class="submit">Kirim</button></div></div></form></div>`;

const formKeberatan = () => `<div class="head"><div>${head("Form Permohonan Keberatan")}</div>
<form class="option" onsubmit="return __submit(event,'/bawaslu/api/permohonan-keberatan/add')"><div class="row"><div class="col-lg-6">
${field("Nama Pemohon :", `<input class="form-control" type="text" required>`, 30)}
${field("Alamat Pemohon :", `<textarea class="form-control" required></textarea>`, 60)}
${field("Jenis Identitas Pemohon :", idSelect(true))}
${field("Nomor Tlp/Hp : ", `<input class="form-control" type="number" required>`, 30)}
${field("Kasus Posisi : ", `<textarea class="form-control" type="text" required></textarea>`)}
</div><div class="col-lg-6">
${field("Nomor Identitas Pemohon : ", `<input class="form-control" type="number" required>`, 30)}
${field("Email : ", `<input class="form-control" type="email" required>`, 30)}
${field("Tujuan Penggunaan Informasi :", `<textarea class="form-control" required></textarea>`)}
${field("Alesan Pengajuan Keberatan : ", `<select class="form-select" aria-label="Default select example"><option selected>Pilih Pengajuan Keberatan</option><option value="Permohonan Informasi Ditolak">Permohonan Informasi Ditolak</option><option value="Informasi Berkala Tidak Disediakan">Informasi Berkala Tidak Disediakan</option><option value="Permintaan Informasi Tidak Ditanggapi">Permintaan Informasi Tidak Ditanggapi</option><option value="Permintaan Informasi Ditanggapi Tidak Sebagaimana Diminta">Permintaan Informasi Ditanggapi Tidak Sebagaimana Diminta</option><option value="Permintaan Yang Tidak Dipenuhi">Permintaan Yang Tidak Dipenuhi</option><option value="Biaya Yang Dikenakan Tidak Wajar">Biaya Yang Dikenakan Tidak Wajar</option><option value="Informasi Yang Disampaikan Melebihi Jangka Waktu Yang Tertentu">Informasi Yang Disampaikan Melebihi Jangka Waktu Yang Tertentu</option></select>`)}
${field("Upload Foto Identitas Pemohon : ", `<div class="d-flex"><input class="form-control" type="file" required><button type="submit" class="btn-kirim">Kirim</button></div>`)}
</div></div></form></div>`;

const step = (cls, n, text) => `<article class="postcard light blue"><a class="postcard__img_link" href="#"><img class="postcard__img" src="/static/media/bawaslu1.png" alt="Image Title"></a>
<div class="postcard__text t-dark"><h1 class="postcard__title ${cls}"><a href="blog-details.html">${n}</a></h1><div class="postcard__bar"></div><div class="postcard__preview-txt"> <h4></h4><p style="text-align:justify">${text}</p></div></div></article>`;
const permintaan = () => `<div class="container py-5"><div class="section-title text-center">${head("Tata Cara Permohonan Informasi").replace('title text-center', 'title')}</div>
<section class="light"><div class="container py-2">
${step("blue", "1) Penyampaian Permohonan", "Pemohon menyampaikan permohonan kepada PPID melalui Aplikasi PPID,surat,fax,email,telepon atau datang langsung ke tempat layanan PPID")}
${step("red", "2) Mengisi Formulir", "Pemohon mengisi formulir atau menyampaikan permohonan informasi dan memberikan salinan identitas diri atau badan")}
${step("green", "3) Menerima Bukti", "Pemohon menerima bukti permohonan informasi dari petugas.Informasi apabila syarat permohonan telah di lengkapi ")}
${step("yellow", "4) Jangka Waktu", "Dalam jangka waktu 10 hari kerja, pemohon menerima pemberitahuan tertulis dari PPID")}
${step("yellow", "5) Menerima Informasi", "Pemohon menerima informasi Surat Keputusan PPID tentang penolakan permohonan informasi dari petugas.")}
</div></section></div>`;

const keberatan = () => { const b = (t, p) => `<div class="single-work-inner"><div class="details"><h5>${t}</h5><p>${p}</p></div></div>`; return `<div class="how-it-work-area pd-top-115 pd-bottom-90"><div class="container"><div class="row">
<div class="col-lg-6"><div class="section-title"><h5 id="text1-gabung" class="sub-title left-line">Bawaslu Boyolali</h5><h2 id="text2-gabung" class="title mb-4 text2-gabung">Tata Cara Pengajuan <br> Keberatan</h2></div>
${b("Lambat Terima", "Paling lambat 30 hari kerja setelah diterimanya pemberitahuan tertulis dan atau surat keputusan PPID tentanf penolakan permohonan informasi publik")}
${b("Pengajuan Keberatan", "Pemohon informasi publik mengajukan keberatan kepada atasan PPID melalui surat,fax,telepon,atau datang langsung ke tempat layanan PPID")}</div>
<div class="col-lg-6" id="padding-keberatan"><div id="corn">${b("Menerima Tanda Bukti", "Pemohon informasi publik menerima tanda bukti pengajuan keberatan dari petugas informasi")}${b("Menerima Tanggapan", "Pemohon informasi publik menerima tanggapan paling lambat 30 hari kerja sejak diterimanya keberatan secara tertulis")}</div>
<div id="corn">${b("Menerima Tanggapan", "Pemohon informasi publik menerima tanggapan paling lambat 30 hari kerja sejak diterimanya keberatan secara tertulis")}</div></div>
</div></div></div>`; };

const sengketa = () => { const c = (t, p) => `<div class="col-lg-4 col-md-6"><div class="single-service-inner style-hover-base text-center"><div class="details"><h4><a href="service-details.html">${t}</a></h4><p style="text-align:justify">${p}</p></div></div></div>`; return `<div class="service-area pd-top-115 pd-bottom-90"><div class="container"><div class="row justify-content-center"><div class="col-lg-6 col-md-8"><div class="section-title">
<h5 id="text1-gabung" class="sub-title double-line" style="margin-left:35%">Bawaslu Boyolali</h5><h2 id="text2-gabung" class="title text-center">Tata Cara Pengajuan Keberatan</h2><p class="content text-center">dan Permohonan Penyelesaian Sengketa Informasi</p></div></div></div>
<div class="row justify-content-center">
${c("Pemberitahuan diTerima", "Paling lambat 30 hari kerja setelah diterimanya pemberitahuan tertulis dan atau surat keputusan PPID tentanf penolakan permohonan informasi publikty")}
${c("Mengajukan Keberatan", "Pemohon informasi publik mengajukan keberatan kepada atasan PPID melalui surat,fax,telepon,atau datang langsung ke tempat layanan PPID")}
${c("Atasan Memberi Tanggapan", "Atasan PPID memberikan tanggapan atas keberatan yang diajukan oleh pemohon informasi publik lambat 30 hari kerja sejak diterimanya keberatan secara tertulis")}
${c("Pemohon Puas / Tidak", "Apabila pemohon puas terhadap tanggapan atasan PPID jika <span style=\"font-weight:bold\">YA</span> berarti <span style=\"font-weight:bold\">SELESAI</span> &amp; Apabila pemohon <span style=\"font-weight:bold\">TIDAK</span> puas dapat mengajukan permohonan penyelesaian sengketa ke KIP")}
${c("Komisi Informasi Pusat", "Komisi Informasi Pusat (KIP) mengupayakan penyelesaian sengketa informasi publik")}
</div></div></div>`; };

const waktu = () => { const m = (icon, t, p) => `<div class="media single-choose-inner mb-3"><div class="media-left"><div class="icon"><i class="fa-solid ${icon}"></i></div></div><div class="media-body" style="text-align:justify"><h4>${t}</h4><p>${p}</p></div></div>`; return `<div class="about-area pd-top-120 pd-bottom-120"><div class="container"><div class="row">
<div class="col-lg-6 col-md-8 order-lg-last"><div id="thumb-img" class="thumb"><img id="thumb-img" src="/static/media/waktulayanan.png"></div></div>
<div class="col-lg-6 order-lg-first align-self-center"><div class="section-title px-lg-5 mb-0 text-center"><h5 id="text1-gabung" class="sub-title double-line">Bawaslu Boyolali</h5><h2 id="text2-gabung" class="title">Waktu Pelayanan Informasi</h2>
<div id="icon-text-waktu" class="choose-wrap mt-4">${m("fa-phone", "Nomer Hp", "(0276)325118")}${m("fa-clock", "Jam Kerja", "Dari jam 08.00 - 15.00")}${m("fa-calendar-days", "Hari Kerja", "Senin s.d Jum'at")}${m("fa-envelope", "Email", "panwasboyolali.info@gmail.com")}</div>
</div></div></div></div></div>`; };

const biaya = () => `<div class="about-area"><div class="container"><div class="row">
<div class="col-lg-6 col-md-9 mb-5 mb-lg-0"><div class="about-mask-bg-wrap about-mask-bg-wrap-4"><div class="thumb"><img src="/static/media/biaya.png"></div></div></div>
<div class="col-lg-6 align-center"><div class="section-title px-lg-5 mb-0"><h5 class="sub-title left-border">Bawaslu Boyolali</h5><h2 class="title">Biaya Layanan </h2>
<p class="content-strong mt-3"> PPID Bawaslu RI menyediakan informasi secara GRATIS (tidak dipungut biaya).</p>
<p class="content">Sedangkan untuk penggandaan, pemohon informasi publik dapat melakukan penggandaan/ foto copy sendiri di sekitar Kantor Bawaslu atau biaya penggandaan ditanggung pemohon sendiri,atau pemohon dapat menyediakan CD atau flashdisk untuk merekam data atau informasi.</p>
<ul class="single-list-inner style-check mt-3"><li><i class="fa fa-check"></i>Kebahagiaan klien</li><li><i class="fa fa-check"></i>Layanan kelas dunia</li><li><i class="fa fa-check"></i>Kebahagiaan klien</li></ul></div></div>
</div></div></div>`;

const K = (p) => (i) => p;
const routes = {
  "/": home,
  "/profil": profil,
  "/informasi-serta-merta": () => tabsPage("Informasi Serta Mertaa", [["putusan", "Putusan Pelanggaran"], ["sengketa", "Sengketa Proses Pemilu"], ["pemungutan", "Pemungutan Suara Ulang &amp; Susulan"], ["organisasi", "Organisasi dan Administrasi"], ["perselisihan", "Perselisihan Hasil Pemilihan Umum"], ["sosialisasi", "Sosialisasi"], ["piagam", "Piagam Penghargaan"]], (i) => `/bawaslu/api/jenis-keterangan/${i + 1}/isi-informasi`),
  "/informasi-setiap-saat": () => tabsPage("Informasi Setiap Saat", [["organisasi", "Organisasi &amp; Administrasi"], ["peraturan", "Peraturan Dan Kebijakan"], ["mou", "MOU"], ["pemantau", "Pemantau Pemilu"], ["rencana", "Rencana Strategi"], ["materi", "Materi Rakor"], ["piagam", "Piagam Penghargaan"]], (i) => `/bawaslu/api/jenis-keterangan/${i + 8}/isi-informasi`),
  "/informasi-berkala": berkala,
  "/informasi-berkala-kelembagaan": () => tabsPage("Informasi Berkala Kelembagaan", [["profile", "Profile Bawaslu"], ["khusus", "Layanan Publik Khusus"], ["program", "Program Kerja"], ["ringkasan", "Ringkasan Kegiatan"], ["sumber", "Sumber &amp; Anggaran Kegiatan"], ["keuangan", "Keuangan Bawaslu"], ["layanan", "Layanan Informasi Publik"], ["sosialisasi", "Sosialisasi"], ["sdm", "SDM, Organisasi, &amp; Adminsitrasi"], ["laporan", "Laporan Barang Milik Negara"], ["perjanjian", "Perjanjian Kinerja"], ["tapkin", "TAPKIN"], ["pengadaan", "Pengadaan Barang &amp; Jasa"], ["realisasi", "Laporan Realisasi Anggaran"], ["piagam", "Piagam Penghargaan"]], (i) => `/bawaslu/api/jenis-keterangan/${i + 15}/isi-informasi`, true),
  "/informasi-berkala-kepemiluan": () => tabsPage("Informasi Berkala Kepemiluan", [["hasil", "Hasil Pengawasan"], ["analisa", "Analisa Calon Terpilih"], ["laporan", "Laporan Akhir Pengawasan"], ["penanganan", "Penanganan Pelanggaran"], ["naskah", "Naskah Perjanjian Hibah Daerah"], ["layanan", "Layanan Pengaduan Politik"], ["sarana", "Sarana partisipasi Publik"]], (i) => `/bawaslu/api/jenis-keterangan/${i + 30}/isi-informasi`, true),
  "/informasi-dikecuali": dikecualikan,
  "/regulasi-public": () => tabsPage("Regulasi", [["uu", "Undang-Undang"], ["pp", "Peraturan Pemerintah"], ["ma", "Peraturan Mahkamah Agung"], ["ki", "Peraturan Komisi Informasi"], ["menteri", "Peraturan Menteri"], ["perbawaslu", "Perbawaslu"], ["penetapan", "Penetapan PPID"], ["edaran", "Surat Edaran"], ["instruksi", "Instruksi Kabupaten"]], (i) => `/bawaslu/api/tabel-regulasi/all-terbaru?daftarRegulasi=${i}`),
  "/dip-public": () => tabsPage("DIP", [["home", "SK DIP"]], K("/bawaslu/api/tabel-dip/all-terbaru?daftarDip=SK%20DIP")),
  "/sop-public": () => tabsPage("SOP", [["home", "SOP"]], K("/bawaslu/api/tabel-sop/all-terbaru?daftarSop=SOP")),
  "/maklumat-pelayanan": maklumat,
  "/form-permohonan-informasi": formInformasi,
  "/form-permohonan-keberatan": formKeberatan,
  "/prosedur-permintaan-informasi": permintaan,
  "/prosedur-permohonan-keberatan": keberatan,
  "/prosedur-permohonan-penyelesaian-sengketa-informasi": sengketa,
  "/waktu-layanan": waktu,
  "/biaya-pelayanan": biaya,
};

// Mobile menu toggle (Navbar's toggleMenu: adds 'sopen' to the collapse), 'Selanjutnya' scroll, and the
// Bootstrap 5 data-bs-toggle="collapse" accordion on /profil (one panel open at a time).
window.__toggleMenu = () => document.querySelector(".navbar-collapse").classList.toggle("sopen");
window.__scrollStruktur = () => { const el = document.getElementById("strukturOrganisasi"); if (el) el.scrollIntoView({ behavior: "smooth" }); };
document.addEventListener("click", (e) => {
  const b = e.target.closest("button[data-bs-target^='#collapse']");
  if (!b) return;
  const target = document.querySelector(b.getAttribute("data-bs-target"));
  const open = !target.classList.contains("show");
  document.querySelectorAll("#accordionExample .accordion-collapse").forEach((c) => c.classList.remove("show"));
  document.querySelectorAll("#accordionExample .accordion-button").forEach((x) => { x.classList.add("collapsed"); x.setAttribute("aria-expanded", "false"); });
  if (open) { target.classList.add("show"); b.classList.remove("collapsed"); b.setAttribute("aria-expanded", "true"); }
});

// React Router v5 <Switch> with exact, case-insensitive paths; an unknown path renders nothing.
const path = location.pathname.replace(/\/+$/, "").toLowerCase() || "/";
const page = routes[path];
document.getElementById("root").innerHTML = page ? `<div>${navbar()}${page()}${footer()}</div>` : "";
