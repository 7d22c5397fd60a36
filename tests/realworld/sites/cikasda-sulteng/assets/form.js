// Compact rewrite of the client forms of app/daftar/page.tsx and app/login/page.tsx: the <form> has no action;
// submitting calls supabase.auth.signUp / signInWithPassword (unreachable here), which shows the error box.
(function () {
  function start() {
    var f = document.querySelector('form');
    if (!f) return;
    f.addEventListener('submit', function (e) {
      e.preventDefault();
      var box = document.getElementById('form-error');
      if (!box) { box = document.createElement('div'); box.id = 'form-error'; f.parentNode.insertBefore(box, f); }
      box.textContent = '⚠️ Failed to fetch';
    });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();
