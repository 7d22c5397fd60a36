// Compact rewrite of the SvelteKit client start for Header.svelte: onMount fetches the categories and years
// through the same-origin proxy (src/lib/api.ts: /api/proxy + endpoint); on a desktop-wide window a dropdown
// is rendered only while the pointer is over its item ({#if openProfil} ... onmouseenter/onmouseleave), on
// a narrow one only after a click on its button.
export async function start(app, element) {
  const data = { kategori: [], tahun: [] };
  try {
    const get = (p) => fetch(`/api/proxy${p}`, { headers: { Accept: "application/json" } }).then((r) => {
      if (!r.ok) throw new Error(r.status); return r.json();
    });
    [data.kategori, data.tahun] = await Promise.all([get("/public/informasi/kategori"), get("/public/informasi/tahun")]);
  } catch (error) {
    console.error("Gagal mengambil data header:", error);
  }
  element.querySelectorAll("nav li.relative").forEach((li) => {
    const label = li.querySelector("button span")?.textContent.trim();
    const items = app.dropdowns[label];
    if (!items) return;
    const open = (on) => {
      li.querySelector(":scope > ul")?.remove();
      if (on) {
        const ul = document.createElement("ul");
        ul.innerHTML = items(data).map(([t, h]) => `<li><a href="${h}">${t}</a></li>`).join("");
        li.appendChild(ul);
      }
    };
    li.addEventListener("mouseenter", () => window.innerWidth >= 1024 && open(true));
    li.addEventListener("mouseleave", () => window.innerWidth >= 1024 && open(false));
    li.querySelector("button").addEventListener("click", () => window.innerWidth < 1024 && open(!li.querySelector(":scope > ul")));
  });
}
