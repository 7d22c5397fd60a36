// Compact rewrite of js/public-data.js. window.BPAD_SUPABASE_CONFIG comes from js/supabase-config.js, which is
// git-ignored and so absent from the deployed repository (a 404 here too): the helper is disabled and every page
// keeps its JSON / built-in fallback.
(function () {
  var config = window.BPAD_SUPABASE_CONFIG;
  var enabled = Boolean(config && config.url && config.anonKey);
  function none() { return Promise.resolve(null); }
  window.BPADPublicData = {
    enabled: enabled, fetchPosts: none, fetchSettings: none, fetchPpidDocuments: none, getSettingsMap: none,
    getPpidDocuments: none, getBerita: none, getPengumuman: none, getAgenda: none, getNewsWidgetItems: none
  };
})();
