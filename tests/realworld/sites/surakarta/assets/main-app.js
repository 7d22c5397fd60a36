// Compact rewrite of the client-only parts of app/(public)/page.tsx: LoadingScreen fades out, and the
// dynamic(..., { ssr: false }) form cards (components/home/forms/*) replace their skeletons on mount;
// each card's dialog (with its form) is mounted only while open, as with Radix Dialog.
(() => {  // a classic script: keep its names out of the page's global scope
const el = (html) => { const t = document.createElement("template"); t.innerHTML = html.trim(); return t.content.firstElementChild; };

const FORMS = [
  { aria: "Form Permohonan Informasi Publik", title: "Form Permohonan", sub: "Informasi Publik", button: "Ajukan Permohonan",
    dialog: "Form Permohonan", submit: "Kirim Permohonan",
    fields: [["nik", "NIK", "input"], ["fullName", "Nama Lengkap", "input"], ["phone", "Nomor Telepon", "input"],
             ["email", "Email", "input"], ["detailInformation", "Detail Informasi", "textarea"]] },
  { aria: "Formulir Pengajuan Keberatan", title: "Form Pengajuan", sub: "Keberatan", button: "Ajukan Pengajuan",
    dialog: "Form Permohonan Keberatan", submit: "Kirim Pengajuan",
    fields: [["fullName", "Nama Lengkap", "input"], ["nik", "NIK", "input"], ["reason", "Alasan Pengajuan Keberatan", "input"],
             ["chronology", "Kronologi", "textarea"]] },
  { aria: "Cek Status", title: "Cek Status", sub: "Permohonan & Keberatan", button: "Cek Status", dialog: null },
  { aria: "Statistik", title: "Statistik", sub: "Layanan Informasi", button: "Lihat Statistik", dialog: null },
];

function card(f) {
  const c = el(`<div class="bg-white rounded-2xl shadow-md p-6 text-center" aria-label="${f.aria}">
    <h3 class="font-semibold text-lg mb-2 text-gray-900">${f.title}</h3><p class="text-sm text-gray-600 mb-4">${f.sub}</p>
    <button type="button" aria-haspopup="dialog" aria-expanded="false" data-state="closed">${f.button}</button></div>`);
  const trigger = c.querySelector("button");
  trigger.addEventListener("click", () => {
    if (!f.dialog || document.querySelector("[role=dialog]")) return;
    const fields = f.fields.map(([id, label, tag]) => `<div><label for="${id}" class="font-bold">${label}</label><${tag} id="${id}" name="${id}"></${tag}></div>`).join("");
    const dlg = el(`<div role="dialog" data-state="open"><form><h2>${f.dialog}</h2>${fields}<button type="submit">${f.submit}</button></form></div>`);
    dlg.querySelector("form").addEventListener("submit", (e) => e.preventDefault());  // posted by fetch() to the API
    document.body.appendChild(dlg);
  });
  return c;
}

function mount() {
  document.querySelector(".fixed.inset-0.z-\\[9999\\]")?.remove();
  const grid = document.querySelector("main .grid.md\\:grid-cols-4");
  if (grid) grid.replaceChildren(...FORMS.map(card));
}
// async in <head>: the body may not be parsed yet
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mount); else mount();
})();
