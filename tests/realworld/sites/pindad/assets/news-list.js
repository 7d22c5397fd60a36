// compact rewrite of js/news-list.js (the original scrolls to the top with jQuery, then reloads the list page)
function next_page() { window.scrollTo(0, 0); hal += 8; ajax(hal); }
function last_page() { window.scrollTo(0, 0); hal -= 8; ajax(hal); }
function toPage(x) { window.scrollTo(0, 0); hal = x; ajax(hal); }
