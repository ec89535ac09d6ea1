// Injected into a copy of the report by .ci/layout-check.py and run by headless Chromium at one window width.
// It measures the laid-out page through the DOM and writes what it found as JSON into
// <pre id="cxokr-layout-check">, which --dump-dom prints. Checks: no horizontal overflow, no text under 11 px
// (SVG text scaled by its screen transform), no overlapping or clipped SVG text, every status badge has a
// reason in its title, and WCAG 2.1 AA contrast (4.5:1, 3:1 for large text) for every visible text.
(function () {
  "use strict";
  var problems = [];
  var counts = { texts: 0, svgTexts: 0, badges: 0 };
  function fail(kind, message) { if (problems.length < 400) { problems.push({ kind: kind, message: message }); } }
  function describe(el) {
    var text = (el.textContent || "").trim().replace(/\s+/g, " ");
    return el.tagName.toLowerCase() + (el.className && typeof el.className === "string" ? "." + el.className.split(" ").join(".") : "") + " '" + text.slice(0, 60) + "'";
  }

  // 1. Horizontal overflow of the page.
  var root = document.documentElement;
  if (root.scrollWidth > root.clientWidth + 1) {
    fail("overflow", "the page is " + root.scrollWidth + " px wide in a " + root.clientWidth + " px viewport");
    var all = document.body.getElementsByTagName("*");
    for (var i = 0; i < all.length && problems.length < 20; i++) {
      var r = all[i].getBoundingClientRect();
      if (r.right > root.clientWidth + 1 && !all[i].closest(".scroll,.tablewrap")) { fail("overflow", describe(all[i]) + " reaches x=" + Math.round(r.right)); }
    }
  }

  // Colours.
  function parse(colour) {
    var m = /rgba?\(([^)]+)\)/.exec(colour || "");
    if (!m) { return null; }
    var p = m[1].split(/[ ,\/]+/).filter(function (s) { return s.length; }).map(parseFloat);
    return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
  }
  function over(top, bottom) {
    var a = top.a;
    return { r: top.r * a + bottom.r * (1 - a), g: top.g * a + bottom.g * (1 - a), b: top.b * a + bottom.b * (1 - a), a: 1 };
  }
  function luminance(c) {
    function ch(v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }
    return 0.2126 * ch(c.r) + 0.7152 * ch(c.g) + 0.0722 * ch(c.b);
  }
  function ratio(a, b) { var x = luminance(a), y = luminance(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); }
  var white = { r: 255, g: 255, b: 255, a: 1 };
  function htmlBackground(el) {
    var layers = [];
    for (var e = el; e && e.nodeType === 1; e = e.parentElement) {
      if (e instanceof SVGElement && e.tagName.toLowerCase() !== "svg") { continue; }
      var c = parse(getComputedStyle(e).backgroundColor);
      if (c && c.a > 0) { layers.push(c); if (c.a >= 1) { break; } }
    }
    var bg = white;
    for (var i = layers.length - 1; i >= 0; i--) { bg = over(layers[i], bg); }
    return bg;
  }
  function svgBackground(text, svg) {
    // The shapes painted before the text whose box holds the text's centre, blended over the SVG's own background.
    var bg = htmlBackground(svg);
    var box = text.getBoundingClientRect();
    var cx = box.left + box.width / 2, cy = box.top + box.height / 2;
    var shapes = svg.querySelectorAll("rect,polygon");
    for (var i = 0; i < shapes.length; i++) {
      var s = shapes[i];
      if (!(s.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING)) { continue; }
      var r = s.getBoundingClientRect();
      if (cx < r.left || cx > r.right || cy < r.top || cy > r.bottom) { continue; }
      var cs = getComputedStyle(s);
      var fill = parse(cs.fill);
      if (!fill || cs.fill === "none") { continue; }
      fill.a *= parseFloat(cs.fillOpacity || "1") * parseFloat(cs.opacity || "1");
      bg = over(fill, bg);
    }
    return bg;
  }

  // 2-4. Every visible text: size, contrast.
  var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  var seen = new Set();
  while (walker.nextNode()) {
    var node = walker.currentNode;
    if (!node.textContent.trim()) { continue; }
    var el = node.parentElement;
    if (!el || seen.has(el) || el.closest("title,style,script,#cxokr-layout-check")) { continue; }
    seen.add(el);
    var cs = getComputedStyle(el);
    if (cs.display === "none" || cs.visibility === "hidden" || el.getClientRects().length === 0) { continue; }
    var isSvg = el instanceof SVGElement;
    counts.texts++;
    var size = parseFloat(cs.fontSize);
    if (isSvg) {
      var ctm = el.getScreenCTM();
      if (ctm) { size *= Math.hypot(ctm.a, ctm.b); }
    }
    if (size < 10.95) { fail("small-text", describe(el) + " is " + size.toFixed(1) + " px"); }
    var fg = parse(isSvg ? cs.fill : cs.color);
    if (!fg) { continue; }
    var bg = isSvg ? svgBackground(el, el.ownerSVGElement || el) : htmlBackground(el);
    fg = over(fg, bg);
    var weight = parseInt(cs.fontWeight, 10) || 400;
    var large = size >= 24 || (size >= 18.66 && weight >= 700);
    var need = large ? 3 : 4.5;
    var got = ratio(fg, bg);
    if (got < need - 0.005) { fail("contrast", describe(el) + " has contrast " + got.toFixed(2) + ":1 (needs " + need + ":1)"); }
  }

  // 5. SVG text: no two labels of one chart overlap, none is cut off at the chart's edge.
  var svgs = document.querySelectorAll("svg");
  for (var s = 0; s < svgs.length; s++) {
    var frame = svgs[s].getBoundingClientRect();
    var texts = Array.prototype.filter.call(svgs[s].querySelectorAll("text"), function (t) { return t.textContent.trim().length > 0; });
    var boxes = texts.map(function (t) { return t.getBoundingClientRect(); });
    counts.svgTexts += texts.length;
    for (var a = 0; a < texts.length; a++) {
      var p = boxes[a];
      if (p.left < frame.left - 1 || p.right > frame.right + 1 || p.top < frame.top - 1 || p.bottom > frame.bottom + 1) {
        fail("clipped", describe(texts[a]) + " goes past its chart's edge");
      }
      for (var b = a + 1; b < texts.length; b++) {
        var q = boxes[b];
        var w = Math.min(p.right, q.right) - Math.max(p.left, q.left);
        var h = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
        // Glyph boxes include line gap; an overlap of more than 2 px both ways is ink on ink.
        if (w > 2 && h > 2) { fail("overlap", describe(texts[a]) + " overlaps " + describe(texts[b])); }
      }
    }
  }

  // 6. Every status badge says why.
  var badges = document.querySelectorAll(".badge");
  counts.badges = badges.length;
  for (var k = 0; k < badges.length; k++) {
    var title = (badges[k].getAttribute("title") || "").trim();
    var word = badges[k].textContent.trim();
    if (title.length <= word.length + 2 || title.indexOf(":") < 0) { fail("badge", describe(badges[k]) + " has no reason (title '" + title + "')"); }
  }

  var pre = document.createElement("pre");
  pre.id = "cxokr-layout-check";
  pre.textContent = JSON.stringify({ width: root.clientWidth, counts: counts, problems: problems });
  (window.parent && window.parent !== window ? window.parent.document : document).body.appendChild(pre);
})();
