// Compact stand-in for jQuery + DataTables 1.x as used by page/laporan (client-side processing over an ajax source).
window.$ = function (sel) {
  var el = document.querySelector(sel);
  return { DataTable: function (o) {
    var cols = o.columns || [], hidden = {};
    (o.columnDefs || []).forEach(function (d) { if (d.visible === false) d.targets.forEach(function (t) { hidden[t] = 1; }); });
    var th = el.querySelectorAll('thead th'); Object.keys(hidden).forEach(function (i) { if (th[i]) th[i].style.display = 'none'; });
    var wrap = document.createElement('div');
    wrap.innerHTML = '<div class="dataTables_length"><label>Show <select><option>10</option><option>25</option><option>50</option><option>100</option></select> entries</label></div><div class="dataTables_filter"><label>Search:<input type="search"></label></div>';
    el.parentNode.insertBefore(wrap, el);
    var info = document.createElement('div'); info.className = 'dataTables_info'; el.parentNode.insertBefore(info, el.nextSibling);
    var body = el.querySelector('tbody'), vis = cols.length - Object.keys(hidden).length;
    body.innerHTML = '<tr><td colspan="' + vis + '">Processing...</td></tr>';
    function draw(rows) {
      body.innerHTML = rows.length ? rows.map(function (r) { return '<tr>' + cols.map(function (c, i) { return hidden[i] ? '' : '<td>' + (r[c.data] == null ? '' : r[c.data]) + '</td>'; }).join('') + '</tr>'; }).join('')
        : '<tr><td colspan="' + vis + '" class="dataTables_empty">No data available in table</td></tr>';
      info.textContent = rows.length ? 'Showing 1 to ' + Math.min(10, rows.length) + ' of ' + rows.length + ' entries' : 'Showing 0 to 0 of 0 entries';
    }
    fetch(o.ajax).then(function (r) { return r.json(); }).then(function (j) { draw(j.data || []); }).catch(function () { draw([]); });
    return {};
  } };
};
