// Compact rewrite of admin/js/document-preview.js without jQuery/Bootstrap: a [data-toggle="modal"] button
// opens its target modal; in #document-preview-modal the button's data-dokumen URL is loaded into #previewFrame
// (.doc files through view.officeapps.live.com), and closing the modal clears it.
document.addEventListener('click', function (e) {
  var btn = e.target.closest('[data-toggle="modal"]');
  if (btn) {
    e.preventDefault();
    var modal = document.querySelector(btn.getAttribute('data-target'));
    if (!modal) return;
    if (modal.id === 'document-preview-modal') {
      var file = btn.getAttribute('data-dokumen') || '';
      var type = file.substr(file.lastIndexOf('.') + 1).toLowerCase();
      document.getElementById('previewFrame').src = type === 'doc'
        ? 'https://view.officeapps.live.com/op/embed.aspx?src=' + encodeURIComponent(file) : file;
    }
    modal.classList.add('in');
    return;
  }
  var close = e.target.closest('[data-dismiss="modal"]');
  if (close) {
    var m = close.closest('.modal');
    if (m) { m.classList.remove('in'); var f = document.getElementById('previewFrame'); if (f) f.src = ''; }
  }
});
