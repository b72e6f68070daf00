// The event explorer: leave empty filters out of the URL, so a shared view stays readable.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) { return; }
  form.addEventListener("submit", function () {
    form.querySelectorAll("input, select").forEach(function (el) {
      if (!el.value || (el.name === "sort" && el.value === "-date")) { el.disabled = true; }
    });
  });
})();
