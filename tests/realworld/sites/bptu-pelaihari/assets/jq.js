// Compact stand-in for the jQuery 2.2.0 the pages load from ajax.googleapis.com: only what their inline
// script uses, $(function) on DOM ready and $(selector).load(url), which (as jQuery does without a selector
// in the URL) fills the first matching element with the fetched HTML, runs its scripts, and leaves the
// element untouched when the request fails (00-head.html is not in the repository: a 404).
(function () {
  function run(el) {
    el.querySelectorAll("script").forEach(function (old) {
      var s = document.createElement("script");
      for (var i = 0; i < old.attributes.length; i++) s.setAttribute(old.attributes[i].name, old.attributes[i].value);
      s.text = old.text;
      old.parentNode.replaceChild(s, old);
    });
  }
  function Q(sel) { this.el = document.querySelector(sel); }
  Q.prototype.load = function (url) {
    var el = this.el;
    if (!el) return this;
    fetch(url).then(function (r) { return r.ok ? r.text() : null; }).then(function (html) {
      if (html === null) return;
      el.innerHTML = html;
      run(el);
    }).catch(function () {});
    return this;
  };
  window.$ = window.jQuery = function (a) {
    if (typeof a === "function") {
      if (document.readyState !== "loading") a(); else document.addEventListener("DOMContentLoaded", a);
      return;
    }
    return new Q(a);
  };
})();
