// Compact rewrite of the client side of src/components/ppid-navbar.tsx: Radix DropdownMenu mounts its
// items in a portal only while the menu is open (a click on the trigger), as the real bundle does.
(function () {
  function close() { document.querySelectorAll("[data-radix-popper-content-wrapper]").forEach((n) => n.remove());
    document.querySelectorAll("button[aria-haspopup=menu]").forEach((b) => { b.setAttribute("aria-expanded", "false"); b.dataset.state = "closed"; }); }
  function open(btn) {
    close();
    const items = JSON.parse(btn.dataset.items);
    const r = btn.getBoundingClientRect();
    const w = document.createElement("div");
    w.setAttribute("data-radix-popper-content-wrapper", "");
    w.style.cssText = `position:fixed;left:${r.left}px;top:${r.bottom}px;z-index:50;min-width:max-content`;
    w.innerHTML = `<div role="menu" aria-orientation="vertical" data-state="open" class="z-50 min-w-[8rem] overflow-hidden rounded-md border bg-white p-1 shadow-md">` +
      items.map(([name, href]) => `<a role="menuitem" class="text-sm relative flex cursor-default select-none items-center rounded-sm px-2 py-1.5" href="${href}">${name}</a>`).join("") + `</div>`;
    document.body.appendChild(w);
    btn.setAttribute("aria-expanded", "true"); btn.dataset.state = "open";
  }
  // Radix's trigger toggles on pointerdown (primary button) and on Enter/Space/ArrowDown; a bare click
  // event does not open it. A pointerdown outside an open menu closes it.
  document.addEventListener("pointerdown", (e) => {
    const btn = e.target.closest("button[aria-haspopup=menu]");
    if (btn && e.button === 0 && !e.ctrlKey) { e.preventDefault(); btn.dataset.state === "open" ? close() : open(btn); return; }
    if (!e.target.closest("[data-radix-popper-content-wrapper]")) close();
  });
  document.addEventListener("keydown", (e) => {
    const btn = e.target.closest && e.target.closest("button[aria-haspopup=menu]");
    if (btn && ["Enter", " ", "ArrowDown"].includes(e.key)) { e.preventDefault(); open(btn); }
    if (e.key === "Escape") close();
  });
})();
