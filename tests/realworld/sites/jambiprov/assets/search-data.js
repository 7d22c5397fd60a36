// Stand-in for the portal's assets/js/search-data.js (not in the searchable index): the menu's pages by title.
window.SITE_SEARCH_DATA = [
{
"title": "Beranda",
"url": "index.html",
"type": "Halaman"
},
{
"title": "Profil",
"url": "profil.html",
"type": "Profil"
},
{
"title": "Visi Misi",
"url": "visi-misi.html",
"type": "Profil"
},
{
"title": "Sekilas Jambi",
"url": "sekilas-jambi.html",
"type": "Profil"
},
{
"title": "Pemerintahan",
"url": "pemerintahan.html",
"type": "Pemerintahan"
},
{
"title": "Pelayanan",
"url": "pelayanan.html",
"type": "Pelayanan"
},
{
"title": "Produk Hukum",
"url": "produk-hukum.html",
"type": "Pelayanan"
},
{
"title": "Transparansi",
"url": "transparansi.html",
"type": "Transparansi"
},
{
"title": "Ringkasan APBD",
"url": "ringkasan-apbd.html",
"type": "Transparansi"
},
{
"title": "LKPD Audit BPK",
"url": "lkpd-audit-bpk.html",
"type": "Transparansi"
},
{
"title": "Kebijakan Pembangunan",
"url": "kebijakan-pembangunan.html",
"type": "Kebijakan Pembangunan"
},
{
"title": "RKPD",
"url": "rkpd.html",
"type": "Kebijakan Pembangunan"
},
{
"title": "PPID",
"url": "ppid.html",
"type": "PPID"
},
{
"title": "LHKPN",
"url": "ppid-lhkpn.html",
"type": "PPID"
},
{
"title": "Presentase LHKPN",
"url": "persentase-lhkpn.html",
"type": "PPID"
},
{
"title": "Permohonan Informasi Publik",
"url": "permohonan-informasi-publik.html",
"type": "PPID"
},
{
"title": "Laporan Akses Informasi Publik",
"url": "laporan-akses-informasi-publik.html",
"type": "PPID"
},
{
"title": "Informasi Berkala",
"url": "informasi-berkala.html",
"type": "PPID"
},
{
"title": "Informasi Serta Merta",
"url": "informasi-serta-merta.html",
"type": "PPID"
},
{
"title": "Informasi Setiap Saat",
"url": "informasi-setiap-saat.html",
"type": "PPID"
},
{
"title": "Tata cara pengaduan penyalahgunaan wewenang",
"url": "pengaduan-penyalahgunaan-wewenang.html",
"type": "PPID"
},
{
"title": "SOP Permohonan Informasi",
"url": "sop-permohonan-informasi.html",
"type": "PPID"
},
{
"title": "SOP Uji Konsekuensi",
"url": "sop-uji-konsekuensi.html",
"type": "PPID"
},
{
"title": "SOP Penetapan dan pemutakhiran daftar informasi publik",
"url": "sop-pemutakhiran-daftar-informasi.html",
"type": "PPID"
},
{
"title": "SOP Pendokumentasian informasi publik",
"url": "sop-pendokumentasian-informasi.html",
"type": "PPID"
},
{
"title": "SOP PENANGANAN KEBERATAN",
"url": "sop-penanganan-keberatan.html",
"type": "PPID"
},
{
"title": "Maklumat Pelayanan",
"url": "maklumat-pelayanan.html",
"type": "PPID"
},
{
"title": "Berita",
"url": "berita.html",
"type": "Berita"
},
{
"title": "Galeri",
"url": "galeri.html",
"type": "Galeri"
},
{
"title": "Kontak",
"url": "kontak.html",
"type": "Kontak"
}
];
