/* Compact working rewrite of PDFObject v2.2.12 (public/js/pdfobject.min.js of the repository), only what the
   site calls: PDFObject.embed(url, selector). Where the browser can show PDFs inline it puts an <embed> of the
   file in the target; otherwise the library's fallback text with a download link. */
(function (root) {
  "use strict";
  function embed(url, target) {
    var el = typeof target === "string" ? document.querySelector(target) : target;
    if (!el) { return false; }
    var inline = !!(window.navigator && window.navigator.pdfViewerEnabled);
    if (inline) {
      el.classList.add("pdfobject-container");
      el.innerHTML = '<embed class="pdfobject" src="' + url + '" type="application/pdf" ' +
        'style="overflow: auto; width: 100%; height: 100%;"/>';
      return el.firstChild;
    }
    el.innerHTML = "<p>This browser does not support inline PDFs. Please download the PDF to view it: " +
      '<a href="' + url + '">Download PDF</a></p>';
    return false;
  }
  root.PDFObject = { embed: embed, pdfobjectversion: "2.2.12" };
})(this);
