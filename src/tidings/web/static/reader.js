// The article reader: clicking an event highlights its evidence (parties, trigger, date, place).
(function () {
  "use strict";
  var text = document.getElementById("text");
  if (!text) { return; }

  function clear() {
    text.querySelectorAll(".hl").forEach(function (el) { el.classList.remove("hl"); });
    text.querySelectorAll(".sent-hl").forEach(function (el) { el.classList.remove("sent-hl"); });
    document.querySelectorAll(".evlist li.active").forEach(function (el) { el.classList.remove("active"); });
  }

  function show(id, scroll) {
    clear();
    var item = document.getElementById("ev-" + id);
    if (!item) { return; }
    item.classList.add("active");
    var first = null;
    text.querySelectorAll("[data-se]").forEach(function (el) {
      if (el.dataset.se.split(" ").indexOf(id) >= 0) { el.classList.add("sent-hl"); }
    });
    text.querySelectorAll("[data-ev]").forEach(function (el) {
      if (el.dataset.ev.split(" ").indexOf(id) >= 0) {
        el.classList.add("hl");
        if (!first) { first = el; }
      }
    });
    if (scroll && first) { first.scrollIntoView({ block: "center" }); }
  }

  document.querySelectorAll(".evlist li[data-event]").forEach(function (item) {
    function activate() {
      var id = item.dataset.event;
      history.replaceState(null, "", "#ev-" + id);
      show(id, true);
    }
    item.addEventListener("click", activate);
    item.addEventListener("keydown", function (e) {
      if (e.key === "Enter" || e.key === " ") { e.preventDefault(); activate(); }
    });
  });

  if (location.hash.indexOf("#ev-") === 0) {
    var id = decodeURIComponent(location.hash.slice(4));
    show(id, true);
    var item = document.getElementById("ev-" + id);
    if (item) { item.scrollIntoView({ block: "nearest" }); }
  }
})();
