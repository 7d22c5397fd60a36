// Stand-in for jQuery DataTables 1.13 (loaded from cdn.datatables.net on the real site, unreachable
// offline): the first page of rows stays in the table and the info line is written as DataTables does.
export function dataTable(table, { pageLength = 10, info = "Showing _START_ to _END_ of _TOTAL_ entries",
                                   infoEmpty = "No data available in table", search = "Search:" } = {}) {
  const body = table.tBodies[0];
  const rows = Array.from(body.rows);
  rows.slice(pageLength).forEach((r) => r.remove());
  const wrap = document.createElement("div");
  wrap.className = "dataTables_wrapper";
  table.parentNode.insertBefore(wrap, table);
  wrap.innerHTML = `<div class="dataTables_filter"><label>${search}<input type="search"></label></div>`;
  wrap.appendChild(table);
  const line = document.createElement("div");
  line.className = "dataTables_info";
  line.textContent = rows.length
    ? info.replace("_START_", "1").replace("_END_", String(Math.min(pageLength, rows.length))).replace("_TOTAL_", String(rows.length))
    : infoEmpty;
  wrap.appendChild(line);
}
