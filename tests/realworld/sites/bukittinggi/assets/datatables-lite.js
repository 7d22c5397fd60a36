// Stand-in for DataTables (/admin/app-assets/vendors/js/tables/datatable/datatables.min.js) in server-side
// mode: one request to the ajax URL with DataTables parameters, the first page written into the table body,
// the default wrapper (search box, info line, Previous/Next). initComplete (footer filters) is not run.
window.__dataTable = function (table, opts) {
  const wrap = document.createElement("div");
  wrap.className = "dataTables_wrapper";
  table.parentNode.insertBefore(wrap, table);
  wrap.innerHTML = '<div class="dataTables_filter"><label>Search:<input type="search" class="form-control input-sm"></label></div>';
  wrap.appendChild(table);
  const info = document.createElement("div");
  info.className = "dataTables_info";
  const pag = document.createElement("div");
  pag.className = "dataTables_paginate paging_simple_numbers";
  pag.innerHTML = '<a class="paginate_button previous disabled">Previous</a><span><a class="paginate_button current">1</a></span><a class="paginate_button next disabled">Next</a>';
  wrap.appendChild(info); wrap.appendChild(pag);
  const len = opts.pageLength || 10;
  const q = "draw=1&start=0&length=" + len + "&search%5Bvalue%5D=&search%5Bregex%5D=false&_=" + Date.now();
  fetch(opts.ajax + (opts.ajax.includes("?") ? "&" : "?") + q).then((r) => r.json()).then((json) => {
    const rows = json.data || [];
    table.tBodies[0].innerHTML = rows.length
      ? rows.map((row) => "<tr>" + opts.columns.map((c) => "<td>" + (row[c.data] ?? "") + "</td>").join("") + "</tr>").join("")
      : '<tr class="odd"><td valign="top" colspan="' + opts.columns.length + '" class="dataTables_empty">No data available in table</td></tr>';
    info.textContent = rows.length
      ? "Showing 1 to " + rows.length + " of " + json.recordsFiltered + " entries"
      : "Showing 0 to 0 of 0 entries";
  });
};
