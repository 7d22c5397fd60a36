// Compact rewrite of the Dinas Kesehatan Kota Surakarta React app (App.jsx routes, Navbar, Footer, Hero, Layanan,
// Artikel, Inovasi, Informasi, JenisLayanan, KomitmenPelayanan, PusatBantuan, ProfilPPID, Profil, SKM).
// react-router <Link>s are plain <a href>; hover dropdowns are kept in the DOM as the desktop menu keeps them.
const root = document.getElementById("root");
const path = location.pathname.replace(/\/$/, "") || "/";
const pkm = ["Pajang","Penumping","Purwosari","Jayengan","Kratonan","Gajahan","Sangkrah","Purwodiningratan","Ngoresan","Sibela","Pucangsawit","Nusukan","Manahan","Gilingan","Banyuanyar","Setabelan","Gambirsari"];
const ext = (n, u) => `<a href="${u}" target="_blank" rel="noopener noreferrer">${n}</a>`;
const navbar = `
<div class="nav-wrap"><nav>
  <a href="/"><img src="/src/assets/img/logo.png" alt="Logo"><h1>DINAS KESEHATAN <br>KOTA SURAKARTA</h1></a>
  <ul class="desktop">
    <li><a href="/">Beranda</a></li>
    <li><a href="/informasi">Informasi</a></li>
    <li class="dropdown"><a href="#">Unit Organisasi</a>
      <div class="menu">
        <div><span>Puskesmas</span><div class="sub">${pkm.map(n => ext(n, `https://pkm-${n.toLowerCase()}.surakarta.go.id`)).join("")}</div></div>
        <div><span>UPT</span><div class="sub">${ext("Instalasi Farmasi","https://ifk.surakarta.go.id")}${ext("Labkesda","https://labkesda.surakarta.go.id")}</div></div>
        <div><span>Rumah Sakit</span><div class="sub">${ext("RSBK","https://rsudbungkarno.surakarta.go.id")}${ext("RSIFS","https://rsudibufatmawatisoekarno.surakarta.go.id")}</div></div>
      </div></li>
    <li class="dropdown"><a href="#">Layanan</a>
      <div class="menu">
        <div><a href="/layanan/jenis">Jenis Layanan</a></div>
        <div><a href="/layanan/komitmen">Komitmen Pelayanan</a></div>
        <div><a href="/layanan/pusat">Pusat Bantuan</a></div>
      </div></li>
    <li><a href="/skm">SKM</a></li>
    <li><a href="/profil-ppid">Profil PPID</a></li>
    <li><a href="/profil">Profil</a></li>
  </ul>
  <div title="Aktifkan Mode Gelap" class="theme-toggle"></div>
  <button class="burger">&#9776;</button>
</nav></div>`;
const footer = `
<footer>
  <h3>ꦲꦸꦫꦶꦥ꧀ꦆꦏꦸꦲꦸꦫꦸꦥ꧀</h3><p>Urip Iku Urup</p>
  <div>
    <iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3955.0467782383994!2d110.8260665735765!3d-7.569879392444233" title="Map Dinkes"></iframe>
    <p>Jl. Jend. Sudirman No.2, Kp. Baru, Kec. Ps. Kliwon, Kota Surakarta, Jawa Tengah 57133</p>
  </div>
  <div>
    <a href="https://www.facebook.com/dinkessurakarta" target="_blank">Dinas Kesehatan Kota Surakarta</a>
    <a href="https://www.youtube.com/@dinkessurakarta" target="_blank">Dinas Kesehatan Kota Surakarta</a>
    <a href="https://x.com/dinkessurakarta" target="_blank">@dinkessurakarta</a>
    <a href="https://www.instagram.com/dinkessurakarta" target="blank">@dinkessurakarta</a>
    <a href="tel:0271642020">0271-642020</a>
  </div>
  <div class="jam"><h4>Jam Layanan</h4>
    <div><span>Senin - Kamis</span><span>07.30 - 16.30</span></div>
    <div><span>Jumat</span><span>07.30 - 14.30</span></div>
  </div>
  <div class="copy">© 2026 Dinas Kesehatan Kota Surakarta. All rights reserved.</div>
</footer>`;
const crumb = t => `<div class="crumb"><span>Beranda</span> <span>/</span> <span>${t}</span></div>`;
const home = `
<section class="hero"><div><h2>Selamat pagi,</h2><p>Informasi dan layanan kesehatan apa yang dapat kami bantu hari ini?</p></div>
  <div class="search"><span class="icon-search"></span><input type="text" placeholder="Cari layanan, informasi, atau pengaduan..."><span class="icon-mic"></span></div>
  <img src="/src/assets/img/hero.jpg" alt="Main Activity"></section>
<section><h2>Layanan</h2>
  <div class="card"><h3>Pengambilan Data &amp; Penelitian</h3><p>Alat bantu bagi masyarakat yang bermaksud mengurus perizinan penelitian, pendahuluan, uji validitas dan realibitas dengan kejelasan syarat, prosedur, waktu, biaya dan keterbukaan informasi proses yang diberikan.</p></div>
  <div class="card"><h3>Layanan SPGDT</h3><p>Mekanisme pelayanan Korban/Pasien Gawat Darurat yang terintegrasi dan berbasis call center [...] 119 [...]</p></div>
  <div class="card"><h3>SIPUKIS</h3><p>Akses informasi bagi masyarakatnya untuk memeriksa progress pendaftaran kepesertaan Jaminan Kesehatan Nasional (JKN) melalui layanan online.</p></div>
  <div class="card"><h3>Penerbitan Rekomendasi Ambulans</h3><p>Alat bantu bagi masyarakat yang bermaksud mengurus Standar Pelayanan Penerbitan Rekomendasi Ambulans.</p></div>
</section>
<section><h2>Artikel Kesehatan</h2>
  <article><h3>Pemberian Makanan Tambahan</h3><p>[...]</p></article>
  <article><h3>HOAX Diskusi Nasional Wirausaha</h3></article><article><h3>Baby Cafe Bintangku</h3></article><article><h3>Cuaca Panas Bukan Alasan Tumbang</h3></article>
</section>
<section><h2>Inovasi</h2><div>Posyandu Juara</div><div>PELARI</div><div>LAPOR PAMAN</div><div>SIGAP</div><h3>KIE Kesehatan Jiwa</h3><p>[...]</p></section>`;
const drive = id => `https://drive.google.com/file/d/${id}/preview`;
const profilKes = {"2024":"12WHn_pTd-bhvBoZeZnPN-7tDiC80GtPz","2023":"18j4ebByWOfY1ZqdUDoRNsIpyk0eGYKeQ","2022":"1AYhRguK26NRX4mxK7lJZyOJp3h_Nalyr","2021":"1jucKipZe4lUP3ml8Lswzg_SmnEkxcWNg","2020":"1yyDJTww-wZ9iOz90lf8yvgkWnkASLGNr"};
const others = {"Profil SDMK":"1sB7GZY8Hb7xbHNmDJGeQBKukxLwOZQnw","Buku Saku":"10SV50hU7wBwweNDHuJEIULf893xsKxJH","Solo Data":"1_Ba4mtFuYQHmzPACId-DibcdyJ66wnn_"};
const tabs = ["Informasi Berkala","Informasi Serta Merta","Informasi Setiap Saat","Informasi Dikecualikan"];
let tab = tabs[0], menu = "Profil Kesehatan", year = "2024";
function tabBody() {
  if (tab === "Informasi Berkala") {
    const src = drive(menu === "Profil Kesehatan" ? profilKes[year] : others[menu]);
    return `<div class="side">${["Profil Kesehatan","Profil SDMK","Buku Saku","Solo Data"].map(m => `<button data-menu="${m}">${m}</button>`).join("")}</div>
      <div>${menu === "Profil Kesehatan" ? Object.keys(profilKes).map(y => `<button data-year="${y}">${y}</button>`).join("") : ""}
      <p>Memuat Data...</p><iframe src="${src}" title="Preview" allow="autoplay"></iframe></div>`;
  }
  if (tab === "Informasi Serta Merta") return `<h3>DBD Tahun 2023</h3><img src="/src/assets/img/dbd.png" alt="Informasi DBD">`;
  return `<div class="empty"><h3>Belum Ada Data</h3><p>Informasi untuk bagian ini belum tersedia.</p></div>`;
}
const informasi = () => `<section>${crumb("Informasi")}
  <div class="tabs">${tabs.map(t => `<button data-tab="${t}"><span>${t}</span></button>`).join("")}</div>
  <div class="panel">${tabBody()}</div></section>`;
const jenis = `<section>${crumb("Jenis Layanan")}<h1>Jenis Layanan</h1>
  ${[["SPGDT","spgdt.jpeg"],["Standar Pelayanan Data dan Informasi","data-penelitian.jpeg"],["Standar Pelayanan Penerbitan Rekomendasi Ambulans","ambulans.jpeg"],["Pengusulan JKN/KIS","jkn-kis.jpeg"],["Penerbitan SIP NAKES","sip.jpg"]].map(([t,f]) => `<div class="card"><img src="/src/assets/img/${f}" alt="${t}"><h3>${t}</h3></div>`).join("")}</section>`;
const slides = [["image","/src/assets/img/vimis-layanan.jpg","Visi Misi Pelayanan"],["image","/src/assets/img/motto-layanan.jpg","Motto Pelayanan"],["image","/src/assets/img/maklumat-pelayanan.jpg","Maklumat Layanan"],["image","/src/assets/img/kompensasi-pelayanan.jpg","Kompensasi Pelayanan"],["drive",drive("1_fF2fV1zeFNN2SFLDr7gXTBzxZvcFi4E"),"Dokumen Komitmen (Drive)"]];
let slide = 0;
const komitmen = () => `<section>${crumb("Komitmen Pelayanan")}<h1>Komitmen Pelayanan</h1>
  <button data-prev="1">&lsaquo;</button><div class="frame">${slides[slide][0] === "image" ? `<img src="${slides[slide][1]}" alt="${slides[slide][2]}">` : `<iframe src="${slides[slide][1]}" title="PDF Preview"></iframe>`}</div><button data-next="1">&rsaquo;</button>
  <div class="dots">${slides.map((s, i) => `<span data-dot="${i}"></span>`).join("")}</div></section>`;
const faq = [
  ["Apa saja layanan yang ada di Dinas Kesehatan?","SIPNAKES, Penerbitan STPT, Penerbitan Sertifikat Standar Faskes, SIPAPAK, Pelayanan Data dan Informasi, Penerbitan Kartu JKN KIS dan SPGDT."],
  ["Apa itu SIPNAKES?","Sistem informasi ini merupakan alat bantu [...] perizinan bidang Kesehatan."],
  ["Bagaimana jika saya mempunyai permasalahan dalam mengurus perizinan tenaga kesehatan?","Untuk permasalahan terkait perizinan tenaga kesehatan, dapat mengirimkan email ke sipnakes.dinkes@example.com."],
  ["Apa itu SIPAPAK?","SIPAPAK adalah Sistem Informasi Pelayanan Administrasi Penetapan Angka Kredit."],
  ["Bagaimana alur permohonan data dan informasi di Dinas Kesehatan Kota Surakarta?","Membawa persyaratan lengkap, menyerahkan berkas ke petugas, mengisi formulir permohonan, berkas diverifikasi oleh petugas, pemohon mengambil surat balasan."],
  ["Apa saja persyaratan pengajuan KIS APBD?","Pengajuan melalui Kelurahan setempat [...]"],
  ["Berapa lama pengajuan KIS APBD?","Maksimal 2 bulan."],
  ["Jika saya dalam kondisi darurat dan belum mempunyai KIS, apakah bisa mengusulkan percepatan KIS APBD?","Bisa, [...]"],
  ["Apa itu SIPUKIS?","SIPUKIS adalah Sistem Informasi yang membantu masyarakat untuk melacak pengajuan KIS APBD sampai di mana."],
  ["Bagaimana caranya jika saya ingin memberikan saran, kritik dan keluhan tentang layanan yang ada Dinas Kesehatan Kota Surakarta?","Saran, kritik dan keluhan bisa melalui : <br>– Pengaduan langsung ke Dinas Kesehatan <br>– Telepon/WA 0271-644704 <br>– Email : dinkes@surakarta.go.id <br>– Instagram : dinkessurakarta <br>– Pengaduanmasyarakat.surakarta.go.id (ULAS) <br>– Kotak Saran <br>"],
];
let openFaq = null, aduan = "alur", aYear = "2023";
const penyelesaian = {"2023":"1SaxjoQXhbU4zFUGAocfDi1yE57DoKLXM","2022":"1zKlaPEWQo5VF0Di_gM9c14FfOsth8K_M","2021":"1ZMKbU0OBg_vvevbL-HTXYJLceM9EaRSE"};
function aduanBody() {
  if (aduan === "alur") return `<img src="/src/assets/img/alur-aduan.jpg" alt="Alur Aduan">`;
  if (aduan === "pengelola") return `<img src="/src/assets/img/pengelola-aduan.png" alt="Pengelola Aduan">`;
  if (aduan === "sk") return `<iframe src="${drive("1_fF2fV1zeFNN2SFLDr7gXTBzxZvcFi4E")}" title="SK Pengelola"></iframe>`;
  return `${Object.keys(penyelesaian).map(y => `<button data-ayear="${y}">${y}</button>`).join("")}<iframe src="${drive(penyelesaian[aYear])}" title="Penyelesaian Aduan ${aYear}"></iframe>`;
}
const pusat = () => `<section>${crumb("Pusat Bantuan")}<h2>FAQ</h2>
  ${faq.map(([q, a], i) => `<div><button data-faq="${i}"><span>${q}</span></button><div class="answer" ${openFaq === i ? "" : 'style="max-height:0;opacity:0;overflow:hidden"'}><p>${a}</p></div></div>`).join("")}
  <h2>ADUAN</h2>
  <div class="tabs">${[["alur","Alur Aduan"],["pengelola","Pengelola Aduan"],["sk","SK Pengelola"],["penyelesaian","Penyelesaian Aduan"]].map(([id, l]) => `<button data-aduan="${id}">${l}</button>`).join("")}</div>
  <div class="panel">${aduanBody()}</div></section>`;
const docs = [
  ["Profil PPID","Dokumen SK Tim Pejabat Pengelola Informasi dan Dokumentasi (PPID) Pelaksana Dinas Kesehatan Kota Surakarta","1YEdzG9iWWFZuH12xu2bNVmQSonBEpn8E"],
  ["RENJA","Dokumen Rencana Kerja 2026 Dinas Kesehatan Kota Surakarta","1JMLqNqHrfGTPQ43F5E8vlpBSOq4b1chc"],
  ["RENSTRA","Dokumen Rencana Strategis 2025-2029 Dinas Kesehatan Kota Surakarta","1e3Di3Lh5pxuqIQMoFTHo9VWGSz9SWqn6"],
  ["Perubahan RENSTRA","Perubahan Renstra Dinas Kesehatan Kota Surakarta Tahun 2021-2026","1O9zmUBPZsJVvGv7BaThxKQ-ikVt60HXh"],
  ["LKjIP","Laporan Kinerja Instansi Pemerintah Dinas Kesehatan Kota Surakarta Tahun 2025","1FlHr6eqiKJ6YdqHocfeKU1DVOX-lsIxg"],
  ["Laporan Pelayanan","Laporan Pelayanan Informasi Publik 2025 PPID Pelaksana Dinas Kesehatan Kota Surakarta","1qLGHsP61HzOTvej-pDTp7PCpctUvXl5E"],
];
const profilPpid = `<section>${crumb("Profil PPID")}
  ${docs.map(([t, d, id]) => `<div class="card"><h3>${t}</h3><p>${d}</p><a href="https://drive.google.com/file/d/${id}/view?usp=sharing" target="_blank" rel="noopener noreferrer"><span>Lihat</span><span>PDF</span></a></div>`).join("")}</section>`;
let ptab = "struktur";
function profilBody() {
  if (ptab === "struktur") return `<img src="/src/assets/img/struktur-org.png" alt="Struktur Organisasi">`;
  if (ptab === "tupoksi") return `<p>Tugas Dinas Kesehatan</p><p>Dinas Kesehatan memiliki tugas melaksanakan urusan pemerintahan bidang kesehatan yang menjadi kewenangan Pemerintah Daerah berdasarkan asas otonomi dan tugas pembantuan.</p><p>Fungsi Dinas Kesehatan</p><ul><li>Perumusan kebijakan terkait upaya kesehatan [...]</li><li>[...]</li><li>Pelaksanaan tugas lain yang diberikan oleh Walikota sesuai dengan tugas dan fungsinya.</li></ul>`;
  return [["kadin.jpg","[Nama Kepala Dinas]","Kepala Dinas Kesehatan"],["sekretaris.jpg","[Nama Sekretaris]","Sekretaris"]].map(([f, n, j]) => `<div><img src="/src/assets/img/${f}" alt="${n}"><table><tbody><tr><td>Nama</td><td>:</td><td>${n}</td></tr><tr><td>Jabatan</td><td>:</td><td>${j}</td></tr><tr><td>Unit Kerja</td><td>:</td><td>Dinas Kesehatan</td></tr></tbody></table></div>`).join("");
}
const profil = () => `<section>${crumb("Profil")}
  <img src="/src/assets/img/gedung.png" alt="Gedung Dinas Kesehatan"><p>Surakarta adalah kota yang tumbuh dalam dekapan tradisi [...] Dinas Kesehatan Kota Surakarta hadir bukan sekadar sebagai penyedia layanan [...]</p>
  <h2>Visi</h2><p>Mewujudkan Surakarta sebagai kota budaya yang modern, tangguh, gesit, kreatif dan sejahtera.</p>
  <h2>Misi</h2><ol><li>Meningkatkan kualitas kesehatan masyarakat yang berkelanjutan;</li><li>[...]</li><li>Mewujudkan daerah yang kondusif dan kerukunan antar umat beragama [...]</li></ol>
  <div class="tabs">${[["struktur","Struktur Organisasi"],["tupoksi","Tupoksi"],["pejabat","Pejabat"]].map(([id, l]) => `<button data-ptab="${id}">${l}</button>`).join("")}</div>
  <div class="panel">${profilBody()}</div></section>`;
const skm = `<section>${crumb("SKM")}<h1>Survei Kepuasan Masyarakat</h1><p>Silakan isi formulir di bawah ini untuk membantu kami meningkatkan pelayanan.</p>
  <p>Memuat Formulir SKM...</p><iframe src="https://appbagor.surakarta.go.id/sop/skm/instrumen/isi/19" title="Formulir SKM Surakarta" allowfullscreen></iframe>
  <span>Jika formulir tidak muncul, </span><a href="https://appbagor.surakarta.go.id/sop/skm/instrumen/isi/19" target="_blank" rel="noopener noreferrer">Klik di sini</a>
  <h2>Indeks Kepuasan Masyarakat</h2><img src="/src/assets/img/ikm.jpg" alt="Grafik Indeks Kepuasan Masyarakat"></section>`;
const routes = {"/": () => home, "/informasi": informasi, "/layanan/jenis": () => jenis, "/layanan/komitmen": komitmen, "/layanan/pusat": pusat, "/profil-ppid": () => profilPpid, "/profil": profil, "/skm": () => skm};
function render() {
  const page = routes[path];
  root.innerHTML = `<div class="min-h-screen">${navbar}<main>${page ? page() : ""}</main>${footer}</div>`;
}
root.addEventListener("click", e => {
  const b = e.target.closest("button");
  if (!b) return;
  const d = b.dataset;
  if (d.tab) tab = d.tab;
  else if (d.menu) { menu = d.menu; year = "2024"; }
  else if (d.year) year = d.year;
  else if (d.prev) slide = slide === 0 ? slides.length - 1 : slide - 1;
  else if (d.next) slide = slide === slides.length - 1 ? 0 : slide + 1;
  else if (d.faq) openFaq = openFaq === +d.faq ? null : +d.faq;
  else if (d.aduan) aduan = d.aduan;
  else if (d.ayear) aYear = d.ayear;
  else if (d.ptab) ptab = d.ptab;
  else return;
  render();
});
root.addEventListener("click", e => { const s = e.target.closest("[data-dot]"); if (s) { slide = +s.dataset.dot; render(); } });
render();
