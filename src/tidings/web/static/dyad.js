// The dyad view's timeline: events per period by QuadClass, and the mean Goldstein score.
(function () {
  "use strict";
  var el = document.getElementById("chart");
  var data = JSON.parse(document.getElementById("chart-data").textContent);
  var rows = data.rows.filter(function (r) { return r.period; });
  if (!rows.length) { el.textContent = "No dated events between these two."; return; }
  var x = rows.map(function (r) { return r.period; });
  var width = (data.by === "week" ? 6 : 26) * 86400000;  // a bar spans its period
  function bar(key, name, color, sign) {
    return { type: "bar", name: name, x: x, marker: { color: color }, width: width, offset: 0,
             y: rows.map(function (r) { return sign * r[key]; }) };
  }
  var traces = [
    bar("verbal_coop", "verbal cooperation", "#86d19c", 1),
    bar("material_coop", "material cooperation", "#2e9e5b", 1),
    bar("verbal_conflict", "verbal conflict", "#f4a29b", -1),
    bar("material_conflict", "material conflict", "#d0453b", -1),
    { type: "scatter", mode: "lines+markers", name: "mean Goldstein", x: x, yaxis: "y2",
      y: rows.map(function (r) { return r.mean_goldstein; }), line: { color: "#1d2430" } }
  ];
  var layout = {
    title: { text: data.a + " ⇄ " + data.b + " per " + data.by },
    barmode: "relative", margin: { t: 50, r: 60, b: 50, l: 50 },
    xaxis: { type: "date" },
    yaxis: { title: { text: "events (cooperation up, conflict down)" }, zeroline: true },
    yaxis2: { title: { text: "mean Goldstein" }, overlaying: "y", side: "right", range: [-10, 10] },
    legend: { orientation: "h", y: -0.15 }
  };
  Plotly.newPlot(el, traces, layout, { displaylogo: false, responsive: true });
})();
