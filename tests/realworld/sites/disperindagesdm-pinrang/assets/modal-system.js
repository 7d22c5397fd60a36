// Compact rewrite of js/modal-system.js: a single alert dialog.
window.CustomModal = {
  alert: function (opts) {
    let m = document.getElementById('globalCustomModal');
    if (!m) { m = document.createElement('div'); m.id = 'globalCustomModal'; m.className = 'custom-modal-backdrop'; document.body.appendChild(m); }
    m.innerHTML = `<div class="custom-modal" role="dialog"><div class="custom-modal-icon">${opts.icon || 'ℹ️'}</div><h3>${opts.title || ''}</h3><div class="custom-modal-body">${opts.message || ''}</div><button type="button" class="btn-primary" id="customModalOk">OK</button></div>`;
    m.style.display = 'flex'; m.classList.add('active');
    document.getElementById('customModalOk').onclick = () => { m.classList.remove('active'); m.style.display = 'none'; };
  }
};
