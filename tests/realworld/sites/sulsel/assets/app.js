// Compact rewrite of the SvelteKit app node for Header.svelte: the dropdowns' items (messages/id.json, Indonesian).
const m = {
  profil: [["PPID", "/profil/ppid"], ["SAMBUTAN", "/profil/sambutan"], ["STRUKTUR ORGANISASI", "/profil/struktur-organisasi"],
           ["VISI MISI", "/profil/visi-misi"], ["TUPOKSI", "/profil/tupoksi"], ["MAKLUMAT", "/profil/maklumat"],
           ["PEMERINTAH SULSEL", "/profil/pemerintah-sulsel"]],
  layanan: [["Permohonan Informasi", "/layanan/permohonan-informasi"], ["Pengajuan Keberatan", "/layanan/pengajuan-keberatan"],
            ["SOP", "/layanan/sop"], ["Cek Status", "/layanan/cek-status"], ["Kontak", "/layanan/kontak"]],
  survey: [["Isi Survey", "/survey/isi-survey"], ["Hasil Survey", "/survey/hasil-survey"]],
  types: { berkala: "Berkala", serta_merta: "Serta Merta", setiap_saat: "Setiap Saat", dikecualikan: "Dikecualikan",
           pengadaan: "Pengadaan", daftar_informasi_dikecualikan: "Daftar Informasi Dikecualikan",
           daftar_informasi_publik: "Daftar Informasi Publik" },
};

// button label -> the items its {#if open...} block renders, given the API data
export const dropdowns = {
  "PROFIL": () => m.profil,
  "DATA INFORMASI PUBLIK": ({ tahun }) => [...tahun.map((t) => [`Informasi Publik Tahun ${t.waktu}`, `/informasi-publik/tahun/${t.waktu}`]),
                                           ["Daftar Informasi Publik", "/informasi-publik"]],
  "INFORMASI PUBLIK": ({ kategori }) => [...kategori.map((k) => [m.types[k.slug.replace(/-/g, "_")] ?? k.name, `/informasi-publik/kategori/${k.slug}`]),
                                         ["Pengadaan Barang & Jasa", "/informasi-publik/pengadaan-barang-jasa"]],
  "LAYANAN": () => m.layanan,
  "SURVEY": () => m.survey,
};
