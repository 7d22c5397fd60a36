// Compact stand-in for public/js/bootstrap.js (Bootstrap 3.3 on jQuery 1.11.1, whose file is not in the fixture):
// the two data-API behaviours the navbar uses. data-toggle="dropdown": a click on the toggle (an <a href="/">) is
// prevented and toggles class "open" on its parent <li>; any other click closes open dropdowns.
// data-toggle="collapse": toggles class "in" on the data-target element.
document.addEventListener("click", function (e) {
  var t = e.target.closest ? e.target.closest('[data-toggle]') : null;
  var kind = t && t.getAttribute("data-toggle");
  document.querySelectorAll(".dropdown.open").forEach(function (li) {
    if (!t || kind !== "dropdown" || li !== t.parentNode) li.classList.remove("open");
  });
  if (!t) return;
  if (kind === "dropdown") {
    e.preventDefault();
    t.parentNode.classList.toggle("open");
    t.setAttribute("aria-expanded", t.parentNode.classList.contains("open") ? "true" : "false");
  } else if (kind === "collapse") {
    var target = document.querySelector(t.getAttribute("data-target"));
    if (target) target.classList.toggle("in");
  }
}, true);
