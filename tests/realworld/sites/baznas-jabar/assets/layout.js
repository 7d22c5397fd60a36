// Compact rewrite of the layout's inline script (jQuery $.ajax on /init-required-items, layouts/client.blade.php)
// without jQuery, which the site loads from code.jquery.com; plus the Bootstrap dropdown/collapse toggles
// the Vite bundle would give. Fills the Formulir, Layanan Informasi, Regulasi and Laporan menus and the footer.
(function () {
  function el(html) { const t = document.createElement("template"); t.innerHTML = html.trim(); return t.content.firstChild; }
  fetch("/init-required-items").then((r) => r.json()).then((response) => {
    const urlNow = window.location.href;
    let isActived = false;
    response.formulir.forEach((value) => {
      isActived = urlNow.includes("formulir/" + value.id);
      document.getElementById("formulirNavList").appendChild(el(`<li><a class="dropdown-item ${isActived ? "bg-green-primary" : ""}" href="/formulir/${value.id}">${value.nama}</a></li>`));
    });
    const divider = document.getElementById("ListLayananNavDivider");
    response.item_layanans.forEach((value) => {
      isActived = urlNow.includes(value.url);
      divider.after(el(`<li><a class="dropdown-item ${isActived ? "bg-green-primary" : ""}" href="${value.url}">${value.nama}</a></li>`));
    });
    response.regulasi.forEach((value) => {
      isActived = urlNow.includes(value.url);
      document.getElementById("regulasiNavList").appendChild(el(`<li><a class="dropdown-item ${isActived ? "bg-green-primary" : ""}" href="${value.url}">${value.nama}</a></li>`));
    });
    response.laporan.forEach((value) => {
      isActived = urlNow.includes(value.url);
      document.getElementById("laporanNavList").appendChild(el(`<li><a class="dropdown-item ${isActived ? "bg-green-primary" : ""}" href="${value.url}">${value.nama}</a></li>`));
    });
    const kantor = response.info_kantor;
    document.getElementById("namaKantorPPID").textContent = kantor.nama_kantor;
    document.getElementById("alamatKantorPPID").textContent = kantor.alamat_kantor;
    document.getElementById("teleponKantorPPID").textContent = kantor.telepon_kantor;
    document.getElementById("emailKantorPPID").textContent = kantor.email_kantor;
    document.getElementById("footer-frame").insertAdjacentHTML("beforeend", response.embed_map);
    const sosmed = response.sosmed;
    ["facebook", "instagram", "youtube", "whatsapp", "twitter"].forEach((k) => {
      if (sosmed[k]) { const a = document.getElementById(k + "Sosmed"); a.setAttribute("href", sosmed[k]); a.classList.remove("d-none"); }
    });
  }).catch(() => {});
  document.addEventListener("click", (e) => {
    const t = e.target.closest('[data-bs-toggle="dropdown"]');
    if (t) { e.preventDefault(); const m = t.nextElementSibling; if (m) m.classList.toggle("show"); return; }
    const c = e.target.closest('[data-bs-toggle="collapse"]');
    if (c) { const p = document.querySelector(c.getAttribute("data-bs-target")); if (p) p.classList.toggle("show"); }
  });
})();
