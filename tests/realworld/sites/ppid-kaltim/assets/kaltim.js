// Compact rewrite of the scripts the PPID Kaltim Laravel layout loads (public/js/custom.js, the views'
// @push('scripts') blocks and DataTables 2.1.7 as used by informationPublic.blade.php).
(function () {
  // custom.js: getCurrentYear()
  var y = document.querySelector('#displayDateYear');
  if (y) y.innerText = new Date().getFullYear();

  // informationForm.blade.php: the category select hides the deed/letter upload for 'Perorangan'
  var kat = document.getElementById('kategoriPermohonan');
  if (kat) {
    var akta = document.getElementById('aktaNotarisSection');
    var labelNik = document.getElementById('labelNik'), labelName = document.getElementById('labelName');
    var labelKtp = document.getElementById('labelKtp'), labelFile = document.getElementById('labelFile');
    var inputNik = document.getElementById('inputNik'), inputName = document.getElementById('inputName');
    var sync = function () {
      if (kat.value === 'individual') {
        akta.style.display = 'none';
        labelNik.innerHTML = 'NIK/No. Identitas Pribadi'; labelName.innerHTML = 'Nama Lengkap';
        labelKtp.innerHTML = 'Upload KTP Pribadi';
        inputNik.placeholder = 'Masukkan NIK/No. Identitas Pribadi'; inputName.placeholder = 'Masukkan Nama Lengkap';
      } else if (kat.value === 'organization') {
        akta.style.display = 'block';
        labelNik.innerHTML = 'NIK/No. Identitas Pimpinan'; labelName.innerHTML = 'Nama Lembaga / Organisasi';
        labelKtp.innerHTML = 'Upload KTP Pimpinan'; labelFile.innerHTML = 'Upload Akta Notaris Lembaga / Organisasi';
        inputNik.placeholder = 'Masukkan NIK/No. Identitas Pimpinan'; inputName.placeholder = 'Masukkan Nama Lembaga / Organisasi Anda';
      } else if (kat.value === 'group') {
        akta.style.display = 'block';
        labelNik.innerHTML = 'NIK/No. Identitas Pemberi kuasa'; labelName.innerHTML = 'Nama Pemberi Kuasa';
        labelKtp.innerHTML = 'Upload KTP Pemberi Kuasa'; labelFile.innerHTML = 'Upload Surat Kuasa';
        inputNik.placeholder = 'Masukkan NIK/No. Identitas Pemberi Kuasa'; inputName.placeholder = 'Masukkan Nama Pemberi Kuasa';
      }
    };
    kat.addEventListener('change', sync);
    sync();
  }

  // DataTables (serverSide, ajax route('public.data')) on the 'Daftar Informasi Publik' table
  var table = document.getElementById('informationPublicTable');
  if (table) {
    var wrap = document.createElement('div');
    wrap.className = 'dt-container dt-bootstrap5';
    table.parentNode.insertBefore(wrap, table);
    var top = document.createElement('div');
    top.className = 'row mt-2 justify-content-between';
    top.innerHTML = '<div class="dt-length"><select name="informationPublicTable_length" aria-controls="informationPublicTable"><option value="10">10</option><option value="25">25</option><option value="50">50</option><option value="100">100</option></select><label> entries per page</label></div>' +
      '<div class="dt-search"><label for="dt-search-0">Search:</label><input type="search" class="form-control form-control-sm" id="dt-search-0" aria-controls="informationPublicTable"></div>';
    wrap.appendChild(top);
    wrap.appendChild(table);
    var bottom = document.createElement('div');
    bottom.className = 'row mt-2 justify-content-between';
    wrap.appendChild(bottom);
    var cols = ['id', 'name_pd_okpd', 'document_name', 'creation_year', 'file_type', 'file_size', 'download'];
    var tbody = table.querySelector('tbody');
    tbody.innerHTML = '<tr><td colspan="7" class="dt-empty">Processing...</td></tr>';
    // the original sends DataTables' draw/columns/order/start/length/search parameters
    fetch('/public-information/data', { headers: { 'X-Requested-With': 'XMLHttpRequest' } })
      .then(function (r) { return r.json(); })
      .then(function (d) {
        var rows = d.data || [];
        if (!rows.length) {
          tbody.innerHTML = '<tr><td colspan="7" class="dt-empty">No data available in table</td></tr>';
        } else {
          tbody.innerHTML = rows.map(function (row) {
            return '<tr>' + cols.map(function (c) { return '<td>' + (row[c] == null ? '' : row[c]) + '</td>'; }).join('') + '</tr>';
          }).join('');
        }
        var n = d.recordsFiltered || 0;
        bottom.innerHTML = '<div class="dt-info" aria-live="polite" role="status">Showing ' + (n ? 1 : 0) + ' to ' + Math.min(n, 10) + ' of ' + n + ' entries</div>' +
          '<div class="dt-paging"><nav aria-label="pagination"><ul class="pagination"><li class="dt-paging-button page-item disabled"><button class="page-link first" aria-label="First" tabindex="-1">«</button></li><li class="dt-paging-button page-item disabled"><button class="page-link previous" aria-label="Previous" tabindex="-1">‹</button></li><li class="dt-paging-button page-item disabled"><button class="page-link next" aria-label="Next" tabindex="-1">›</button></li><li class="dt-paging-button page-item disabled"><button class="page-link last" aria-label="Last" tabindex="-1">»</button></li></ul></nav></div>';
      })
      .catch(function () { tbody.innerHTML = ''; });
  }
})();
