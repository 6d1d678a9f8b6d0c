// Hand-written idiomatic JavaScript for each callback of benchmarks/corpus.py: what a JS developer
// would write as a Dash clientside callback (plain objects and arrays, toFixed, Array methods).
// The execution benchmark checks that each returns the same JSON as the py2cs version first.
var handwritten = (function () {
  'use strict';
  var COLORS = {low: "#2ca02c", mid: "#ff7f0e", high: "#d62728"};

  function fixed(x, digits, commas) {
    var s = x.toFixed(digits);
    if (!commas) return s;
    var parts = s.split(".");
    parts[0] = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    return parts.join(".");
  }

  function summarize(rows, threshold, unit, scale) {
    if (!rows || rows.length === 0) {
      return [{data: [], layout: {title: {text: "No data"}}}, "No rows", []];
    }
    if (threshold == null) threshold = 0;
    var kept = [], total = 0, count = 0, i, row;
    for (i = 0; i < rows.length; i++) {
      row = rows[i];
      var value = row.value;
      if (value == null || value < threshold) continue;
      kept.push(row);
      total += value;
      count++;
    }
    var mean = count ? total / count : 0;
    var variance = 0;
    for (i = 0; i < kept.length; i++) variance += Math.pow(kept[i].value - mean, 2);
    var std = count > 1 ? Math.sqrt(variance / count) : 0;
    var top = kept.slice().sort(function (a, b) { return b.value - a.value; }).slice(0, 10);
    var labels = top.map(function (r, j) {
      var v = r.value;
      var level = v > mean + std ? "high" : (v < mean - std ? "low" : "mid");
      return {name: "name" in r ? r.name : "row " + j, color: COLORS[level], text: fixed(v, 2, true) + " " + unit};
    });
    var xs = kept.map(function (r, j) { return "name" in r ? r.name : String(j); });
    var ys = kept.map(function (r) { return r.value; });
    var colors = labels.map(function (l) { return l.color; });
    var figure = {
      data: [{type: "bar", x: xs, y: ys, marker: {color: colors.length ? colors : "#888"}}],
      layout: {
        title: {text: count + " rows \u2265 " + threshold + " (" + unit + ")"},
        yaxis: {type: scale === "log" ? "log" : "linear"}
      }
    };
    var status = "mean " + mean.toFixed(3) + ", std " + std.toFixed(3) + ", total " + fixed(total, 1, true);
    if (count === 0) status = "nothing above threshold";
    else if (count === 1) status += " (single row)";
    return [figure, status, labels];
  }

  function celsius(c) {
    if (c == null) return "";
    return c + "\u00b0C = " + (c * 9 / 5 + 32).toFixed(1) + "\u00b0F";
  }

  function click_label(n_clicks, text) {
    var words = (text || "").split(/\s+/).filter(Boolean);
    var caps = words.map(function (w) { return w.charAt(0).toUpperCase() + w.slice(1).toLowerCase(); });
    return n_clicks + " clicks: " + caps.join(" ") + " (" + words.length + " words)";
  }

  function filter_table(rows, query, sort_col, descending, page, page_size) {
    query = (query || "").trim().toLowerCase();
    var found;
    if (query) {
      found = rows.filter(function (row) {
        return Object.values(row).some(function (v) { return typeof v === "string" && v.toLowerCase().indexOf(query) >= 0; });
      });
    } else {
      found = rows.slice();
    }
    if (sort_col) {
      var key = function (r) { return sort_col in r ? r[sort_col] : 0; };
      var sign = descending ? -1 : 1;
      found.sort(function (a, b) {
        var ka = key(a), kb = key(b);
        return ka < kb ? -sign : (ka > kb ? sign : 0);
      });
    }
    var size = page_size || 10;
    var pages = Math.max(1, Math.floor((found.length + size - 1) / size));
    page = Math.min(Math.max(page || 0, 0), pages - 1);
    var shown = found.slice(page * size, (page + 1) * size);
    return [shown, found.length + " of " + rows.length + " rows, page " + (page + 1) + "/" + pages, pages];
  }

  function word_stats(text, top) {
    var counts = new Map(), total = 0, letters = 0;
    var raw = (text || "").split(/\s+/);
    for (var i = 0; i < raw.length; i++) {
      var word = raw[i].replace(/^[.,;:!?"'()]+|[.,;:!?"'()]+$/g, "").toLowerCase();
      if (!word) continue;
      counts.set(word, (counts.get(word) || 0) + 1);
      total++;
      letters += word.length;
    }
    var ranked = Array.from(counts).sort(function (a, b) {
      return b[1] - a[1] || (a[0] < b[0] ? -1 : (a[0] > b[0] ? 1 : 0));
    }).slice(0, top);
    var rows = ranked.map(function (kv) {
      return {word: kv[0], count: kv[1], share: (100 * kv[1] / total).toFixed(1) + "%"};
    });
    var avg = total ? letters / total : 0;
    return [rows, total + " words, " + counts.size + " distinct, average length " + avg.toFixed(2)];
  }

  function cart_total(items, coupon, tax_rate) {
    var lines = [], subtotal = 0, n = 0;
    (items || []).forEach(function (item) {
      var qty = Math.trunc(item.qty === undefined ? 1 : item.qty);
      if (qty <= 0) return;
      var amount = item.price * qty;
      subtotal += amount;
      n += qty;
      lines.push(item.name + " x" + qty + ": " + amount.toFixed(2));
    });
    var discount = 0;
    if (coupon === "HALF") discount = subtotal / 2;
    else if (coupon === "TENOFF" && subtotal >= 50) discount = 10;
    var taxed = (subtotal - discount) * (1 + (tax_rate || 0) / 100);
    var badge = n === 0 ? "empty" : (n === 1 ? "1 item" : n + " items");
    return [lines, subtotal.toFixed(2), discount.toFixed(2), taxed.toFixed(2), badge];
  }

  function scatter_figure(xs, ys, selected, log_y) {
    xs = xs || [];
    ys = ys || [];
    var n = Math.min(xs.length, ys.length);
    if (n === 0) return {data: [], layout: {}};
    var chosen = new Set(selected || []);
    var colors = [], sizes = [], text = [];
    var loX = Infinity, hiX = -Infinity, loY = Infinity, hiY = -Infinity;
    for (var i = 0; i < n; i++) {
      var x = xs[i], y = ys[i];
      colors.push(chosen.has(i) ? "#d62728" : "#1f77b4");
      sizes.push(chosen.has(i) ? 12 : 6);
      if (x < loX) loX = x;
      if (x > hiX) hiX = x;
      if (y < loY) loY = y;
      if (y > hiY) hiY = y;
      text.push("(" + x + ", " + y + ")");
    }
    var pad = (hiX - loX) * 0.05 || 1;
    return {
      data: [{type: "scatter", mode: "markers", x: xs, y: ys, text: text, marker: {color: colors, size: sizes}}],
      layout: {xaxis: {range: [loX - pad, hiX + pad]},
               yaxis: {type: log_y ? "log" : "linear", range: [loY, hiY]},
               title: {text: n + " points, " + chosen.size + " selected"}}
    };
  }

  return {summarize: summarize, celsius: celsius, click_label: click_label, filter_table: filter_table,
          word_stats: word_stats, cart_total: cart_total, scatter_figure: scatter_figure};
})();
