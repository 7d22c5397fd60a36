// compact copy of assets/js/app.js (the site's only own listing script): turns each listing table into a client-side DataTable
$(document).ready(function () {
    $('#example').DataTable();
});
