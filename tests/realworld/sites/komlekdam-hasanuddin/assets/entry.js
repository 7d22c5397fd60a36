// Compact working rewrite of the client bundle of the Komlekdam XIV/Hasanuddin Nuxt 3 site (SSR pages,
// hydrated by Vue). Source: components/ui/LandingHeader.vue (menu: every item is a <button> whose
// @click calls navigateTo(); the PPID dropdown and its 'Permohonan Informasi' sub-dropdown are v-if
// blocks rendered only after a click), components/section/Home.vue, TentangKami.vue, Berita/Terbaru.vue,
// ZonaIntegritas/TertibReformasi.vue, Profil/*.vue, pages/lapor.vue and pages/buat-laporan.vue.
const go = (p) => location.assign(p);
const NAV = { "Home": "/", "Profil": "/profil", "Berita": "/berita", "Zona Integritas": "/zona-integritas",
  "Program": "/program", "Litbang": "/litbang", "Cari Tenar": "/cari-tenar", "Lapor!": "/lapor" };
const GFORM = "https://docs.google.com/forms/d/e/1FAIpQLScIAZXUCS682rQLvKFYdIxbqbKHlSQY7A8sVe-Bjsb9VbMnJQ/viewform";
const GDOC = "https://docs.google.com/document/d/1Z-bpr2cXoyJggs4PFTg4KZzPNxLv602q/edit?tab=t.0";
const txt = (el) => el.textContent.trim();
let showDropdown = false, showSecond = false;

function dropdownHtml(mobile) {
  const b = (label, path) => `<button class="text-sm hover:underline underline-offset-4" data-go="${path}">${label}</button>`;
  const second = showSecond ? (mobile
    ? `<div class="flex flex-col items-center gap-2">`
    : `<div class="absolute flex flex-col gap-2 -bottom-14 left-5">`) +
    `<a class="text-sm hover:underline items-center flex gap-1 underline-offset-4" href="${GFORM}" target="_blank">Isi Formulir</a>` +
    `<a class="text-sm hover:underline items-center flex gap-1 underline-offset-4" href="${GDOC}" target="_blank">Unduh Formulir</a></div>` : "";
  return `<div class="${mobile ? "min-w-56 flex bg-white rounded-lg text-black p-3 items-center gap-2 mt-1 flex-col top-7 left-4"
    : "absolute min-w-56 flex items-start gap-2 mt-1 flex-col top-7 left-4"}" data-dd>` +
    b("Profil PPID", "/ppid/profil") + b("Struktur Organisasi PPID", "/ppid/struktur-organisasi") +
    b("Tugas dan Tanggung Jawab PPID", "/ppid/tugas-dan-tanggung-jawab") +
    `<button class="text-sm hover:underline items-center flex gap-1 underline-offset-4" data-second>Permohonan Informasi</button>` +
    second + `</div>`;
}

function renderDropdowns() {
  document.querySelectorAll("#__nuxt .relative.text-yellow").forEach((wrap) => {
    const ppidBtn = wrap.querySelector(":scope > button");
    if (!ppidBtn || txt(ppidBtn) !== "PPID") return;
    const old = wrap.querySelector(":scope > [data-dd]");
    if (old) old.remove();
    if (showDropdown) ppidBtn.insertAdjacentHTML("afterend", dropdownHtml(wrap.classList.contains("flex-col")));
  });
}

const panel = document.querySelector("#__nuxt > div > div.fixed.h-screen");
const togglePanel = () => { panel.classList.toggle("top-0"); panel.classList.toggle("-top-[100vh]"); };

document.addEventListener("click", (ev) => {
  const el = ev.target.closest("button");
  if (!el) return;
  const label = txt(el);
  if (el.dataset.go) { ev.preventDefault(); go(el.dataset.go); return; }
  if (el.hasAttribute("data-second")) { showSecond = !showSecond; renderDropdowns(); return; }
  const inHeader = el.closest("#__nuxt > div > div.fixed");
  if (inHeader) {
    if (label === "PPID") { showDropdown = !showDropdown; renderDropdowns(); return; }
    if (NAV[label]) { go(NAV[label]); return; }
    if (el === inHeader.querySelector(":scope > button.md\\:hidden") || el.closest(".mb-8")) { togglePanel(); return; }
    return;
  }
  const path = location.pathname.replace(/\/$/, "") || "/";
  if (path === "/") {
    if (label === "Selengkapnya" && el.closest("#tentang-kami") === null && el.closest(".h-screen")) {
      document.getElementById("tentang-kami").scrollIntoView({ behavior: "smooth" }); return;
    }
    if (label === "Hubungi Kami") { window.scrollTo({ top: document.body.scrollHeight, behavior: "smooth" }); return; }
    if (label === "Selengkapnya") {
      const cards = [...document.querySelectorAll(".group button")];
      const i = cards.indexOf(el);
      go(i >= 0 ? ["/denkomlekdam", "/denkomlek-korem141", "/denkomlek-korem142", "/denkomlek-korem143"][i] : "/komlekdam");
      return;
    }
  }
  if (path === "/lapor" && label === "Buat Laporan") { go("/buat-laporan"); return; }
  if (path === "/zona-integritas") {
    const docs = { "Jukgar Reformasi Birokrasi": "/dokumen/1.pdf", "Juknis Zona Integritas": "/dokumen/2.pdf", "Panduan Pengisian LKE": "/dokumen/3.pdf" };
    const h = el.querySelector("h1");
    if (h && docs[txt(h)]) {
      document.body.insertAdjacentHTML("beforeend", `<div class="fixed inset-0 z-50 bg-black/70" data-preview><button>Tutup</button><iframe src="${docs[txt(h)]}" width="100%" height="90%"></iframe></div>`);
      return;
    }
    if (el.closest("[data-preview]")) { el.closest("[data-preview]").remove(); return; }
  }
  if (path === "/berita" && ["Artikel", "External", "Internal", "Zona Integritas"].includes(label)) {
    const data = {
      "Artikel": ["INOVASI INTERKONEKSI (INTERFACE) RADIO SSB DAN RADIO HT VHF/UHF", "Komunikasi radio merupakan salah satu teknologi yang terus berkembang [...]"],
      "External": ["[...] (external news)", "[...]"],
      "Internal": ["PELATIHAN HOSPITALITY BAGI KELUARGA HUBDAM XIV/HASANUDDIN", "Hubdam XIV/Hasanuddin, menjalin silaturahmi dan kerja sama dengan Swiss-Bel Court Hotel Makassar [...] mulai tanggal 3 hingga 28 Maret 2025 [...]"],
      "Zona Integritas": ["KEGIATAN REVIU LAPORAN KEUANGAN TAHUN 2024", "Pada hari Rabu, tanggal 15 Januari 2025, Hubdam XIV/Hsn melaksanakan kegiatan yaitu Reviu Laporan Keuangan (LK) Tahun Anggaran 2024. [...]"],
    }[label];
    const main = document.querySelector("#berita-utama > div");
    if (main) { main.querySelector("h1").textContent = data[0]; main.querySelector("p").textContent = data[1]; }
  }
});

// pages/buat-laporan.vue: vee-validate + yup (all four fields required), then fetch POST /api/laporan
// (the Nitro handler forwards the report by WhatsApp through Twilio); a toast on success.
const form = document.querySelector("#__nuxt form");
if (form) {
  const msgs = ["Tolong ketik nama", "Tolong ketik nomor", "Tolong ketik email", "Tolong ketik pesan"];
  const keys = ["nama", "nomor", "email", "pesan"];
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const inputs = [...form.querySelectorAll("input")];
    const spans = [...form.querySelectorAll("span.text-red-500")];
    let ok = true;
    const values = {};
    inputs.forEach((inp, i) => {
      values[keys[i]] = inp.value;
      spans[i].textContent = inp.value.trim() ? "" : msgs[i];
      if (!inp.value.trim()) ok = false;
    });
    if (!ok) return;
    const r = await fetch("/api/laporan", { method: "POST", body: JSON.stringify(values), headers: { "Content-Type": "application/json" } });
    if (r.ok) document.body.insertAdjacentHTML("beforeend", `<div class="fixed bottom-5 right-5 bg-white text-black p-3">Berhasil membuat laporan</div>`);
  });
}
