// django-celery-beat's periodic task form: the chosen crontab read out in words
// under its field (the package's inline script, kept out of the page so the
// Content-Security-Policy need not allow inline scripts).
(function () {
  "use strict";
  var $ = django.jQuery;
  var readableCrontabs = JSON.parse(document.getElementById("readable-crontabs").textContent);
  var help = $(".field-crontab .help");
  var originalHelp = help.html();
  $(".field-crontab_translation").hide();
  $(".field-crontab").change(function () {
    var reading = readableCrontabs[$("#id_crontab").val()];
    help.html(originalHelp).append("<br>", document.createTextNode("Translation: " + reading));
  });
})();
