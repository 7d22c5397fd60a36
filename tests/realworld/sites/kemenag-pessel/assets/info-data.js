// Compact working rewrite (no jQuery, no BlockUI) of the inline script of resources/views/landing/v2/info.blade.php.
// The original POSTs the serialized #search-form (CSRF token, id_data_klasifikasi, search, id_data_seksi) to
// route('data.all') = HomeController::all, a paginate(10) of trx_data_file filtered by klasifikasi, and writes one
// <tr> per row into tbody.container-data, or '-- Data / informasi tidak ditemukan --', then the pagination buttons.
// Here the paginated answer for each klasifikasi is a static JSON file (GET), built from TrxDataFileTableSeeder
// in the shape HomeController::all returns; the title/description search is applied to it as the controller would.
(function () {
  var k = document.getElementById("id_data_klasifikasi").value;
  var body = document.querySelector(".container-data");
  var footer = document.querySelector(".table-footer");
  function esc(s) { return String(s).replace(/[&<>"]/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]; }); }
  function loadData() {
    var q = (document.getElementById("search").value || "").toLowerCase();
    fetch("/data/all-" + k + ".json").then(function (r) { return r.json(); }).then(function (data) {
      var rows = data.data.filter(function (it) { return !q || it.keterangan.toLowerCase().indexOf(q) >= 0; });
      var n = data.from || 1, html = "";
      rows.forEach(function (item) {
        html += '<tr><td class="text-center">' + n + '</td>' +
          '<td style="font-size:medium;"><a href="/data/detail/' + item.id_data_file_encrypt + '">' + esc(item.keterangan) + '</a></td>' +
          '<td class="text-center"><span class="text-muted" style="font-size:small !important">' + (item.instansi ? esc(item.instansi.name) : "-") + '</span> <br>' +
          '<span class="badge badge-primary" style="font-size:small !important">' + esc(item.kategori.name) + '</span></td>' +
          '<td class="text-center" style="color:grey; font-size:small;">' + (item.klasifikasi ? esc(item.klasifikasi.name) : "-") + ' <hr> ' + (item.subklasifikasi ? esc(item.subklasifikasi.name) : "-") + '</td>' +
          '<td class="text-center" style="color:grey; font-size:small;">' + item.tahun + '/' + (item.tempat == null ? "-" : esc(item.tempat)) + '</td>' +
          '<td class="text-center" style="color:grey; font-size:small;">' + (item.penanggung_jawab == null ? "-" : esc(item.penanggung_jawab)) + '</td>' +
          '<td class="text-center" style="color:grey; font-size:small;">' + item.hits + ' kunjungan <hr> ' + item.download + ' unduhan</td></tr>';
        n++;
      });
      if (rows.length === 0) html += '<tr><td colspan="7" class="text-center">-- Data / informasi tidak ditemukan --</td></tr>';
      body.innerHTML = html;
      footer.innerHTML = '<ul class="mt-3 pagination justify-content-center pagination-primary">' +
        '<li class="page-item disabled"><button class="page-link" href="javascript:void(0)">Previous</button></li>' +
        '<li class="page-item active"><button class="page-link" href="javascript:void(0)">1</button></li>' +
        '<li class="page-item disabled"><button class="page-link" href="javascript:void(0)">Next</button></li></ul>';
    }).catch(function () {});
  }
  document.getElementById("search-button").addEventListener("click", function (e) { e.preventDefault(); loadData(); });
  document.getElementById("refresh-button").addEventListener("click", function (e) { e.preventDefault(); document.getElementById("search-form").reset(); loadData(); });
  if (document.readyState !== "loading") loadData(); else document.addEventListener("DOMContentLoaded", loadData);
})();
