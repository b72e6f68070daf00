// The filter forms (events, quotes, clusters): leave empty filters, and those left at their
// default (data-default; the events' sort -date), out of the URL, so a shared view stays readable.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) { return; }
  form.addEventListener("submit", function () {
    form.querySelectorAll("input, select").forEach(function (el) {
      var fallback = el.dataset.default !== undefined ? el.dataset.default
        : (el.name === "sort" ? "-date" : undefined);
      if (!el.value || el.value === fallback) { el.disabled = true; }
    });
  });
})();
