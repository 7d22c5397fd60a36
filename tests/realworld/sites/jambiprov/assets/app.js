// Compact rewrite of the portal's assets/js/app.js (the root copy is not in the searchable index; this follows
// the identical Diskominfo/js/app.js of the same repository): mobile panel, search overlay with a title filter
// over window.SITE_SEARCH_DATA, click-open mega menus, the '/' shortcut, and the query-driven document title.
(() => {
  "use strict";
  const qs=(s,p=document)=>p.querySelector(s), qsa=(s,p=document)=>[...p.querySelectorAll(s)];
  const mobile=qs(".mobile-panel"), overlay=qs(".search-overlay"), input=qs("#siteSearch"), results=qs("#searchResults");
  const openMobile=()=>{mobile?.classList.add("open");mobile?.setAttribute("aria-hidden","false")};
  const closeMobile=()=>{mobile?.classList.remove("open");mobile?.setAttribute("aria-hidden","true")};
  const openSearch=()=>{closeMobile();overlay?.classList.add("open");overlay?.setAttribute("aria-hidden","false");setTimeout(()=>input?.focus(),120)};
  const closeSearch=()=>{overlay?.classList.remove("open");overlay?.setAttribute("aria-hidden","true")};
  qs(".mobile-open")?.addEventListener("click",openMobile);
  qs(".mobile-close")?.addEventListener("click",closeMobile);
  qs(".search-open")?.addEventListener("click",openSearch);
  qs(".search-close")?.addEventListener("click",closeSearch);
  overlay?.addEventListener("click",e=>{if(e.target===overlay)closeSearch()});
  if(mobile){
    const b=document.createElement("button");b.className="mobile-search-open";b.type="button";
    b.innerHTML="<span>Cari informasi</span><small>Ketik kata kunci</small>";
    qs(".mobile-head",mobile)?.insertAdjacentElement("afterend",b);b.addEventListener("click",openSearch);
  }
  const groups=qsa(".nav-group");
  const closeMenus=()=>groups.forEach(g=>g.classList.remove("menu-open"));
  groups.forEach(g=>qs(".nav-chevron",g)?.addEventListener("click",e=>{e.stopPropagation();const o=!g.classList.contains("menu-open");closeMenus();if(o)g.classList.add("menu-open")}));
  qs(".nav-more-label")?.addEventListener("click",()=>qs(".nav-more .nav-chevron")?.click());
  document.addEventListener("click",e=>{if(!e.target.closest(".nav-group"))closeMenus()});
  document.addEventListener("keydown",e=>{
    if(e.key==="Escape"){closeMenus();closeSearch();closeMobile()}
    if(e.key==="/"&&!["INPUT","TEXTAREA"].includes(document.activeElement?.tagName)){e.preventDefault();openSearch()}
  });
  const esc=s=>String(s).replace(/[&<>"']/g,m=>({"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#039;"}[m]));
  input?.addEventListener("input",e=>{
    const q=e.target.value.trim().toLowerCase();
    if(!q){results.innerHTML="";return}
    const found=(window.SITE_SEARCH_DATA||[]).filter(x=>x.title.toLowerCase().includes(q)).slice(0,12);
    results.innerHTML=found.length?found.map(x=>`<a class="search-result" href="${x.url}"><strong>${esc(x.title)}</strong><small>${esc(x.type)}</small></a>`).join(""):`<div class="search-result"><strong>Informasi tidak ditemukan</strong><small>Coba kata kunci lain</small></div>`;
  });
  const params=new URLSearchParams(location.search), t=params.get("judul"), y=params.get("tahun");
  if(t){const a=qs("#docTitle"),b=qs("#docTitle2");if(a)a.textContent=t;if(b)b.textContent=t}
  if(y&&qs("#docYear"))qs("#docYear").textContent=`Tahun ${y}`;
})();
