// Starts Redoc with the system's fonts instead of web fonts, so the API's
// documentation loads nothing from other hosts. Kept out of the page so the
// Content-Security-Policy need not allow inline scripts.
(function () {
  "use strict";
  var sans = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
  var mono = "ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace";
  var container = document.getElementById("redoc-container");
  // The policy allows Redoc's <style> elements by this nonce only.
  var nonce = document.currentScript ? document.currentScript.nonce : undefined;
  Redoc.init(
    container.getAttribute("data-schema-url"),
    {
      nonce: nonce,
      theme: {
        typography: {
          fontFamily: sans,
          headings: { fontFamily: sans },
          code: { fontFamily: mono },
        },
      },
    },
    container
  );
})();
