// Compact stand-in for the site's scripts (fixture rewrite, see site.toml note).
// renderDocCards: the card list the dokumen layout and the SOP/Standar/Jumlah pages build from `items`
// (12 per page, 'Cari' filter on titles, category filter, 'Tidak ada hasil yang cocok' when empty).
// openPdfModal / openImgModal: a modal with an <iframe> (Drive preview) or an <img>.
function renderDocCards(items) {
  function run() {
    var list = document.getElementById('information-list');
    var cats = document.getElementById('categoryList');
    var sel = document.getElementById('selectedFilter');
    var shown = items;
    function draw(arr) {
      list.innerHTML = '';
      var page = arr.slice(0, 12);
      if (!page.length) {
        var d = document.createElement('div');
        d.className = 'w-full text-center text-gray-500';
        d.textContent = 'Tidak ada hasil yang cocok';
        list.appendChild(d);
        return;
      }
      page.forEach(function (item) {
        var div = document.createElement('div');
        div.className = 'w-64 bg-white border border-gray-300 rounded-lg overflow-hidden shadow-lg m-2 flex flex-col';
        var call = item.file ? "openImgModal('" + item.file + "')" : "openPdfModal('" + item.link + "')";
        div.innerHTML =
          '<div class="flex items-center justify-center w-full h-48 bg-gray-200">' +
          (item.file ? '<i class="fas fa-image fa-5x text-red-600"></i>' : '<i class="fas fa-file-pdf fa-5x text-red-600"></i>') +
          '</div><div class="p-4 bg-green-600 text-white flex-grow flex flex-col justify-between">' +
          '<p class="text-base font-semibold">' + item.title + '</p>' +
          '<div class="flex items-center mt-auto"><i class="fas fa-file-alt mr-2"></i><span class="text-xs">' + item.category + '</span></div></div>' +
          '<button class="block p-4 bg-green-700 text-white text-center hover:bg-green-800 mt-auto no-underline" onclick="' + call + '">' +
          '<span class="text-sm font-semibold text-white">Lihat Selengkapnya <i class="fas fa-arrow-right"></i></span></button>';
        list.appendChild(div);
      });
      var pg = document.getElementById('pagination');
      pg.innerHTML = '';
      var n = Math.ceil(arr.length / 12);
      for (var i = 1; i <= n; i++) {
        var b = document.createElement('button');
        b.className = 'pagination-button' + (i === 1 ? ' active' : '');
        b.textContent = i;
        pg.appendChild(b);
      }
    }
    var all = document.createElement('div');
    all.className = 'pl-4 p-1 pt-2 hover:bg-gray-100 cursor-pointer text-sm';
    all.textContent = 'All';
    all.onclick = function () { sel.textContent = 'All'; shown = items; draw(items); };
    cats.appendChild(all);
    Array.from(new Set(items.map(function (i) { return i.category; }))).forEach(function (c) {
      var d = document.createElement('div');
      d.className = 'pl-4 p-1 hover:bg-gray-100 cursor-pointer text-sm';
      d.textContent = c;
      d.onclick = function () { sel.textContent = c; shown = items.filter(function (i) { return i.category === c; }); draw(shown); };
      cats.appendChild(d);
    });
    document.getElementById('categoryDropdownToggle').onclick = function (e) {
      document.getElementById('categoryDropdown').classList.toggle('hidden');
      e.stopPropagation();
    };
    document.getElementById('searchInput').oninput = function () {
      var t = this.value.toLowerCase();
      draw(items.filter(function (i) { return i.title.toLowerCase().indexOf(t) >= 0; }));
    };
    sel.textContent = 'All';
    draw(items);
  }
  if (document.getElementById('information-list')) run();
  else document.addEventListener('DOMContentLoaded', run);
}
function _modal(inner) {
  var m = document.getElementById('docModal');
  if (!m) {
    m = document.createElement('div');
    m.id = 'docModal';
    m.className = 'fixed inset-0 z-50 bg-black bg-opacity-50';
    m.innerHTML = '<div class="relative bg-white"><button class="close-doc">&times;</button><div class="doc-body"></div></div>';
    m.querySelector('.close-doc').onclick = function () { m.style.display = 'none'; };
    document.body.appendChild(m);
  }
  m.querySelector('.doc-body').innerHTML = inner;
  m.style.display = 'flex';
}
function openPdfModal(url) { _modal('<iframe src="' + url + '" width="100%" height="600"></iframe>'); }
function openImgModal(src) { _modal('<img src="' + src + '" class="w-full">'); }
