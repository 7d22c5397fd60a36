// Compact stand-in for the jQuery 3.x that the pages load from ajax.googleapis.com (front/layout/navbar.php
// loads 3.5.1, each page 3.7.1): only what their inline handlers use. getMenu/getMenu1/getMenu2 in the pages
// call $(selector).removeClass(...), $.get(relativeUrl, callback) and $(selector).html(data) /
// $(this).addClass(...), exactly as the source does; a failed $.get (404) calls nothing, as in jQuery.
(function () {
  function Q(t) { this.els = typeof t === 'string' ? Array.prototype.slice.call(document.querySelectorAll(t)) : [t]; }
  Q.prototype.addClass = function (c) { this.els.forEach(function (e) { e.classList.add(c); }); return this; };
  Q.prototype.removeClass = function (c) { this.els.forEach(function (e) { e.classList.remove(c); }); return this; };
  Q.prototype.html = function (h) {
    this.els.forEach(function (e) {
      e.innerHTML = h;
      // jQuery's .html() runs the scripts of the inserted markup
      e.querySelectorAll('script').forEach(function (old) {
        var s = document.createElement('script'); s.text = old.text; old.parentNode.replaceChild(s, old);
      });
    });
    return this;
  };
  var $ = function (t) { return new Q(t); };
  $.get = function (url, cb) {
    fetch(url).then(function (r) { if (!r.ok) throw new Error(r.status); return r.text(); })
      .then(function (t) { cb(t, 'success'); }).catch(function () {});
  };
  window.$ = window.jQuery = $;
})();
