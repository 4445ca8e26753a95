// Starts Redoc with the system's fonts instead of web fonts, so the API's
// documentation loads nothing from other hosts. Kept out of the page so the
// Content-Security-Policy need not allow inline scripts.
(function () {
  "use strict";
  var sans = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
  var mono = "ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace";
  var container = document.getElementById("redoc-container");
  Redoc.init(
    container.getAttribute("data-schema-url"),
    {
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
