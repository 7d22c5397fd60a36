// Compact stand-in for admin/dist/daftarinformasi.js: the title from the URL parameter, then a server-side
// DataTables request (POST) to ./admin/controller/daftar_informasi/daftar_informasi.php; on an error the original
// appends 'Data Tidak Ditemukan...' to the table and hides the table.
(function () {
  var param = document.getElementById('paramfromurl').textContent, table = document.getElementById('DataTableInformasi');
  var titles = { InformasiSertaMerta: ['Daftar Informasi Serta Merta', '1'], InformasiBerkala: ['Daftar Informasi Berkala', '2'], InformasiSetiapSaat: ['Daftar Informasi Setiap Saat', '3'] };
  var t = titles[param];
  if (!t) { table.style.display = 'none'; setTimeout(function () { window.location.href = 'index.php?page=beranda'; }, 3000); return; }
  document.getElementById('titledaftarinformasi').textContent = t[0];
  var body = new URLSearchParams({ draw: '1', start: '0', length: '10', 'search[value]': '', jenisdokumen: t[1] });
  function fail() {
    table.insertAdjacentHTML('beforeend', '<tbody class="DataTableInformasi-grid-error"><tr><th colspan="6">Data Tidak Ditemukan...</th></tr></tbody>');
    table.style.display = 'none';
  }
  fetch('./admin/controller/daftar_informasi/daftar_informasi.php', { method: 'POST', body: body }).then(function (r) {
    if (!r.ok) throw new Error(r.status); return r.json();
  }).then(function (j) {
    var rows = j.data || [];
    table.querySelector('tbody').innerHTML = rows.length ? rows.map(function (r) { return '<tr>' + r.map(function (c) { return '<td>' + c + '</td>'; }).join('') + '</tr>'; }).join('') : '<tr><td colspan="4">No data available in table</td></tr>';
  }).catch(fail);
})();
