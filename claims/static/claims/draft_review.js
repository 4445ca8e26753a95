// The draft's page: "Merge into “duplicate of”" is offered once a claim is picked there.
// The autocomplete widget (select2) announces a pick through jQuery, not a DOM event.
"use strict";
{
  const $ = window.django && window.django.jQuery;
  if ($) {
    $(function () {
      const merge = document.getElementById("merge-button");
      const hint = document.getElementById("merge-hint");
      if (!merge) {
        return;
      }
      $(document).on("change", "#id_duplicate_of", function () {
        const picked = Boolean(this.value);
        merge.hidden = !picked;
        if (hint) {
          hint.hidden = picked;
        }
      });
    });
  }
}
