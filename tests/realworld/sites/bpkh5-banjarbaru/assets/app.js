// Compact rewrite of the Next.js client bundle of the BPKH Wilayah V Banjarbaru site (RonaKaali/BPKH-V-BANJARBARU
// at 70077827): what hydration attaches to the server's HTML.  Header (components/layout/header.tsx): each desktop
// menu is a Radix DropdownMenu whose content is mounted only while open, in a portal at the end of <body>
// (opened by pointerdown or Enter/Space on its trigger, closed by Escape, an outside pointerdown or choosing an
// item); the mobile Sheet (md:hidden burger) is mounted only while open, its sections an Accordion.  The Clock
// ticks every second.  Home page: the SplashScreen overlay fades out after 2.8 s and unmounts 0.5 s later; the
// framer-motion sections fade in; the FAQ Accordion opens one answer at a time.  'UUD' accordion and the
// tata-usaha Disclosures toggle their panels.  Forms post JSON to the app's /api routes (absent here: 404).
const NAV = [
  ["BERANDA", "/"],
  ["TATA USAHA", [["Dokumen Perencanaan", "/tata-usaha/dokumen-perencanaan"], ["SPIP", "/tata-usaha/spip"],
    ["AKUNTABILITAS", "/tata-usaha/akuntabilitas"], ["Kepegawaian", "/tata-usaha/kepegawaian"], ["Keuangan", "/tata-usaha/keuangan"]]],
  ["PPKH", [["PENGUKUHAN KAWASAN HUTAN", "/ppkh/pengukuhan-kawasan-hutan"], ["PENATAAN BATAS KAWASAN HUTAN", "/ppkh/penataan-batas-kawasan-hutan"],
    ["TORA", "/ppkh/tora"]]],
  ["SDH", [["ENUMERASI TSP/PSP", "/sdh/enumerasi-tsp-psp"], ["RE-ENUMERASI PSP", "/sdh/re-enumerasi-psp"],
    ["PENAFSIRAN CITRA", "/sdh/penafsiran-citra"], ["GROUND CHECK", "/sdh/ground-check"]]],
  ["PPID", [["VIDEO", "/ppid/video"], ["Perundangan", "/ppid/perundangan"]]],
  ["TENTANG BALAI", [["Profil", "/tentang-balai/profil"], ["Struktur Organisasi", "/tentang-balai/struktur-organisasi"]]],
  ["PELAYANAN", [["Pangaduan / Masukan / Saran", "/pelayanan"], ["Kuesioner Survei IPK", "/pelayanan/kuesioner-survei-ipk"],
    ["Survei Kepuasan Masyarakat", "/pelayanan/survei-kepuasan-masyarakat"]]],
  ["UUD", "/file-unduhan"],
];
const SUB = Object.fromEntries(NAV.filter(([, v]) => Array.isArray(v)));
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const el = (html) => { const t = document.createElement("template"); t.innerHTML = html.trim(); return t.content.firstElementChild; };

function hydrate() {
  // ---- Radix DropdownMenu (desktop)
  let portal = null, openTrigger = null;
  const close = () => {
    if (portal) { portal.remove(); portal = null; }
    if (openTrigger) { openTrigger.setAttribute("aria-expanded", "false"); openTrigger.dataset.state = "closed"; openTrigger.removeAttribute("aria-controls"); }
    openTrigger = null;
  };
  const open = (t) => {
    close();
    const items = SUB[t.textContent.trim()] || [];
    const r = t.getBoundingClientRect();
    const id = "radix-:menu-" + t.id.replace(/[^\w]/g, "") + ":";
    portal = el(`<div data-radix-popper-content-wrapper="" style="position:fixed;left:0;top:0;transform:translate(${Math.round(r.left)}px, ${Math.round(r.bottom + 4)}px);min-width:max-content;z-index:50">
      <div data-side="bottom" data-align="center" role="menu" aria-orientation="vertical" data-state="open" id="${id}" aria-labelledby="${t.id}" tabindex="-1"
        class="z-50 min-w-[8rem] overflow-hidden rounded-md border bg-popover p-1 text-popover-foreground shadow-md w-56" style="background:#fff;border:1px solid #ddd">
      ${items.map(([label, href]) => `<a role="menuitem" class="relative flex cursor-default select-none items-center rounded-sm px-2 py-1.5 text-sm" tabindex="-1" data-orientation="vertical" data-radix-collection-item="" href="${href}" style="display:block">${esc(label)}</a>`).join("")}
      </div></div>`);
    document.body.appendChild(portal);
    t.setAttribute("aria-expanded", "true"); t.dataset.state = "open"; t.setAttribute("aria-controls", id);
    openTrigger = t;
    portal.querySelectorAll("a[role=menuitem]").forEach((a) => a.addEventListener("click", () => setTimeout(close, 0)));
  };
  document.querySelectorAll("nav button[aria-haspopup=menu]").forEach((t) => {
    t.addEventListener("pointerdown", (e) => { if (e.button !== 0) return; e.preventDefault(); if (openTrigger === t) close(); else open(t); });
    t.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " " || e.key === "ArrowDown") { e.preventDefault(); open(t); } });
  });
  document.addEventListener("pointerdown", (e) => {
    if (!portal || portal.contains(e.target) || (openTrigger && openTrigger.contains(e.target))) return;
    close();
  }, true);
  window.addEventListener("keydown", (e) => { if (e.key === "Escape") { close(); closeSheet(); } });

  // ---- mobile Sheet with an Accordion of the same menu
  let sheet = null;
  const closeSheet = () => { if (sheet) { sheet.remove(); sheet = null; } };
  const burger = document.querySelector("button[aria-haspopup=dialog]");
  burger?.addEventListener("click", () => {
    if (sheet) { closeSheet(); return; }
    sheet = el(`<div><div class="fixed inset-0 z-50 bg-black/80" data-state="open"></div>
      <div role="dialog" data-state="open" class="fixed z-50 gap-4 bg-background p-6 shadow-lg inset-y-0 right-0 h-full w-3/4" style="background:#fff">
      <div class="flex flex-col space-y-4 p-4"><div class="w-full" data-orientation="vertical">${NAV.map(([label, v]) => Array.isArray(v)
        ? `<div data-state="closed" class="border-b"><h3 class="flex"><button type="button" aria-expanded="false" data-state="closed" class="flex flex-1 items-center justify-between py-4 font-medium hover:no-underline" data-section="${label}">${esc(label)}</button></h3></div>`
        : `<a class="flex items-center py-4 font-medium" href="${v}">${esc(label)}</a>`).join("")}
      </div><a href="/login"><button class="w-full">Login Admin</button></a></div>
      <button type="button" class="absolute right-4 top-4"><span class="sr-only">Close</span></button></div></div>`);
    document.body.appendChild(sheet);
    sheet.firstElementChild.addEventListener("click", closeSheet);
    sheet.querySelector(".absolute.right-4").addEventListener("click", closeSheet);
    sheet.querySelectorAll("button[data-section]").forEach((b) => b.addEventListener("click", () => {
      const item = b.closest("[data-state]"), was = item.querySelector("[role=region]");
      sheet.querySelectorAll("[role=region]").forEach((x) => { x.parentElement.dataset.state = "closed"; x.remove(); });
      sheet.querySelectorAll("button[data-section]").forEach((x) => { x.setAttribute("aria-expanded", "false"); x.dataset.state = "closed"; });
      if (was) return;
      item.dataset.state = "open"; b.setAttribute("aria-expanded", "true"); b.dataset.state = "open";
      item.appendChild(el(`<div role="region" data-state="open" class="overflow-hidden text-sm"><div class="pb-4 pt-0"><div class="flex flex-col space-y-2 pl-4">${SUB[b.dataset.section].map(([l, h]) =>
        `<a class="transition-colors hover:text-primary text-foreground/70" href="${h}">${esc(l)}</a>`).join("")}</div></div></div>`));
    }));
  });

  // ---- Clock
  const clock = document.querySelector(".clock");
  if (clock) {
    const days = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];
    const months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
    const p = (n) => String(n).padStart(2, "0");
    const tick = () => { const d = new Date(); clock.textContent = `${days[d.getDay()]}, ${d.getDate()} ${months[d.getMonth()]} ${d.getFullYear()}, ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`; };
    tick(); setInterval(tick, 1000);
  }

  // ---- SplashScreen and framer-motion fade-ins (home page)
  const splash = document.getElementById("splash");
  if (splash) {
    setTimeout(() => { const bar = splash.querySelector(".splash-bar"); if (bar) bar.style.width = "100%"; }, 100);
    setTimeout(() => { splash.style.opacity = "0"; }, 2800);
    setTimeout(() => splash.remove(), 3300);
  }
  document.querySelectorAll("[data-motion]").forEach((s) => { s.style.transition = "opacity .5s ease-in-out, transform .5s ease-in-out"; s.style.opacity = "1"; s.style.transform = "none"; });

  // ---- Accordions: home FAQ (answer in data-answer) and the 'UUD Kemenhut' list (summary/details/url)
  document.querySelectorAll("button[data-answer], button[data-summary]").forEach((b) => b.addEventListener("click", () => {
    const item = b.closest("div[data-state]"), region = item.querySelector("[role=region]");
    const opening = region.hidden;
    item.parentElement.querySelectorAll(":scope > div[data-state]").forEach((o) => {
      const r = o.querySelector("[role=region]"); r.hidden = true; r.innerHTML = ""; o.dataset.state = "closed";
      const ob = o.querySelector("button"); ob.setAttribute("aria-expanded", "false"); ob.dataset.state = "closed";
    });
    if (!opening) return;
    region.hidden = false; item.dataset.state = "open"; b.setAttribute("aria-expanded", "true"); b.dataset.state = "open";
    region.innerHTML = b.dataset.answer !== undefined
      ? `<div class="pb-4 pt-0">${esc(b.dataset.answer)}</div>`
      : `<div class="pb-4 pt-0 space-y-4 pl-9"><p class="font-semibold text-foreground/90">${esc(b.dataset.summary)}</p><p class="text-foreground/70">${esc(b.dataset.details)}</p>
         <a href="${b.dataset.url}" target="_blank" rel="noopener noreferrer"><button class="mt-4">Lihat File</button></a></div>`;
  }));

  // ---- Headless UI Disclosures (tata-usaha pages)
  document.querySelectorAll("button[data-headlessui-state]").forEach((b) => b.addEventListener("click", () => {
    const box = b.parentElement, panel = box.querySelector("#headlessui-disclosure-panel");
    if (panel) {
      const tpl = document.createElement("template"); tpl.dataset.panel = ""; tpl.innerHTML = panel.outerHTML; panel.replaceWith(tpl);
      b.setAttribute("aria-expanded", "false"); b.dataset.headlessuiState = "";
    } else {
      const tpl = box.querySelector("template[data-panel]");
      if (tpl) tpl.replaceWith(tpl.content.cloneNode(true));
      b.setAttribute("aria-expanded", "true"); b.dataset.headlessuiState = "open";
    }
  }));

  // ---- forms: JSON POSTs to the app's API routes (not in the fixture)
  const say = (form, text, bad) => { let m = form.querySelector(".msg"); if (!m) { m = el('<p class="msg mt-4 text-sm text-center font-medium"></p>'); form.appendChild(m); } m.textContent = text; m.style.color = bad ? "#ef4444" : "#22c55e"; };
  document.querySelectorAll("form").forEach((form) => form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const path = location.pathname;
    const api = path.startsWith("/appointment") ? "/api/appointments" : path.includes("survei-ipk") ? "/api/survei/ipk" : path.includes("kepuasan") ? "/api/survei/skm" : "/api/feedback";
    const data = Object.fromEntries([...form.querySelectorAll("input,textarea")].map((i) => [i.id || i.name, i.value]));
    try {
      const res = await fetch(api, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(data) });
      if (api.startsWith("/api/survei")) { if (!res.ok) throw new Error("Network response was not ok"); say(form, "Survei berhasil dikirim! Terima kasih atas partisipasi Anda."); return; }
      const result = await res.json();
      if (res.ok) say(form, api === "/api/appointments" ? "Janji temu Anda berhasil dibuat!" : "Pesan Anda berhasil terkirim! Terima kasih.");
      else say(form, result.message || "Terjadi kesalahan saat mengirim.", true);
    } catch (err) {
      say(form, api.startsWith("/api/survei") ? "Gagal mengirim survei. Silakan coba lagi." : "Tidak dapat terhubung ke server.", true);
    }
  }));
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", hydrate); else hydrate();
