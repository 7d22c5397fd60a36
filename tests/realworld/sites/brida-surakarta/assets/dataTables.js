// Stand-in for DataTables 2.0.6 (cdn.datatables.net) as this page uses it: client-side, rows already in the
// HTML. Adds the length menu, the 'Search:' filter, the 'Showing x to y of z entries' line and the pager.
function DataTable(selector) {
  var table = document.querySelector(selector);
  if (!table) return;
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var top = document.createElement('div');
  top.className = 'dt-layout-row';
  top.innerHTML = '<div class="dt-length"><select><option>10</option><option>25</option><option>50</option><option>100</option></select> <label>entries per page</label></div>' +
    '<div class="dt-search"><label>Search:</label><input type="search" class="dt-input"></div>';
  var bottom = document.createElement('div');
  bottom.className = 'dt-layout-row';
  bottom.innerHTML = '<div class="dt-info"></div><div class="dt-paging"><button class="dt-paging-button previous">&lsaquo;</button><button class="dt-paging-button current">1</button><button class="dt-paging-button next">&rsaquo;</button></div>';
  table.parentNode.insertBefore(top, table);
  table.parentNode.insertBefore(bottom, table.nextSibling);
  function draw(q) {
    var shown = 0;
    rows.forEach(function (r) {
      var hit = !q || r.textContent.toLowerCase().indexOf(q.toLowerCase()) >= 0;
      r.style.display = hit ? '' : 'none';
      if (hit) shown++;
    });
    bottom.querySelector('.dt-info').textContent = shown ? 'Showing 1 to ' + shown + ' of ' + shown + ' entries' +
      (q ? ' (filtered from ' + rows.length + ' total entries)' : '') : 'No matching records found';
  }
  top.querySelector('input').addEventListener('input', function () { draw(this.value); });
  draw('');
}
