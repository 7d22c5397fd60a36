// Stand-in for the jQuery 3.2.1 the site loads from /landing-page/js/: only what its pages call
// ($(fn), $(selector).DataTable, $.each, $.getJSON, $.ajax); copied from the esdm-jateng fixture.
(function () {
  function wrap(nodes) {
    const w = { nodes, length: nodes.length };
    w.html = (s) => { nodes.forEach((n) => { n.innerHTML = s; }); return w; };
    w.empty = () => w.html("");
    w.append = (...xs) => { nodes.forEach((n) => xs.forEach((x) => {
      if (x && x.nodes) x.nodes.forEach((c) => n.appendChild(c));
      else if (typeof x === "string") n.insertAdjacentHTML("beforeend", x);
    })); return w; };
    w.css = () => w;
    w.on = (ev, fn) => { nodes.forEach((n) => n.addEventListener(ev, fn)); return w; };
    w.DataTable = (opts) => window.__dataTable(nodes[0], opts);
    return w;
  }
  function $(x) {
    if (typeof x === "function") {
      if (document.readyState !== "loading") x(); else document.addEventListener("DOMContentLoaded", x);
      return;
    }
    if (typeof x === "string" && x.trim().startsWith("<")) {
      const t = document.createElement("template"); t.innerHTML = x.trim(); return wrap(Array.from(t.content.childNodes));
    }
    return wrap(typeof x === "string" ? Array.from(document.querySelectorAll(x)) : [x]);
  }
  $.each = (arr, fn) => (arr || []).forEach((v, i) => fn(i, v));
  $.getJSON = (url, cb) => fetch(url).then((r) => r.json()).then(cb).catch(() => {});
  $.ajax = (o) => fetch(o.url, { method: o.type || "GET" }).catch(() => {});
  $.fn = {};
  window.$ = window.jQuery = $;
})();
