// Compact rewrite of the Inertia/React bundle (resources/js/app.tsx, layouts/components/landing/{header,
// footer}.tsx, pages/landing/welcome/index.tsx): reads the page object from #app's data-page and builds
// header, hero and footer. Like Radix NavigationMenu, a dropdown's content is mounted only while its
// trigger is open (pointer enter or click) and unmounted when it closes.
import { MENU } from "/build/assets/index-Bf3xW9aA.js";

const el = (html) => { const t = document.createElement("template"); t.innerHTML = html.trim(); return t.content.firstElementChild; };
const chevron = '<svg class="lucide-chevron-down" viewBox="0 0 24 24" aria-hidden="true"><path d="m6 9 6 6 6-6"></path></svg>';

function navItem(menu) {
  if (!menu.children) return el(`<li><a href="${menu.href}">${menu.title}</a></li>`);
  const li = el(`<li><button data-state="closed" aria-expanded="false">${menu.title} ${chevron}</button></li>`);
  const trigger = li.querySelector("button");
  const open = (on) => {
    trigger.dataset.state = on ? "open" : "closed";
    trigger.setAttribute("aria-expanded", String(on));
    li.querySelector("div[data-state]")?.remove();
    if (on) li.appendChild(el(`<div data-state="open"><ul>${menu.children.map(([t, h]) => `<li><a href="${h}">${t}</a></li>`).join("")}</ul></div>`));
  };
  trigger.addEventListener("pointerenter", () => open(true));
  li.addEventListener("pointerleave", () => open(false));
  trigger.addEventListener("click", () => open(trigger.dataset.state !== "open"));
  return li;
}

const root = document.getElementById("app");
const page = JSON.parse(root.dataset.page);
if (page.component === "landing/welcome/index") {
  const header = el('<header><a href="/"><img src="/assets/img/ppid.png" alt="PPID Logo"></a><nav><ul></ul></nav></header>');
  MENU.forEach((m) => header.querySelector("ul").appendChild(navItem(m)));
  const main = el('<main><section><h1>Kabupaten Donggala</h1><p>UU No. 14 Tahun 2008</p><a href="/">Ajukan</a></section></main>');
  const footer = el(`<footer>
    <a href="/"><img src="/assets/img/ppid.png" alt="PPID Logo" title="Pejabat Pengelola Informasi dan Dokumentasi"></a>
    <div><h1>Pejabat Pengelola Informasi dan Dokumentasi</h1><p>Kabupaten Donggala</p>
    <small>Gedung Kantor Dinas Komunikasi dan Informatika Kabupaten Donggala <br>Jl. Jati No. 14 Kel. Gunung Bale, Kec. Banawa, Kab. Donggala <br>email: <a href="mailto:ppid@donggala.go.id">ppid@donggala.go.id</a></small></div>
    <div aria-label="contact-us"><h4>Ikuti Kami di Media Sosial</h4></div></footer>`);
  root.replaceChildren(header, main, footer);
}
