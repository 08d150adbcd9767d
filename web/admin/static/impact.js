/* The impact panel of the publish page (templates/admin/_impact.html): fetch the report
   after the page is shown (a progress bar meanwhile), then write it as tables. Every text
   comes translated from the panel's data attributes; values come from the report. */
(function () {
  "use strict";
  var panel = document.getElementById("impact");
  if (!panel) { return; }
  var T = panel.dataset;
  var status = document.getElementById("impact-status");
  var out = document.getElementById("impact-report");
  var form = document.getElementById("impact-upload");

  function fill(text, values) {
    return text.replace(/\{(\w+)\}/g, function (all, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? values[key] : all;
    });
  }
  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = text; }
    if (cls) { node.className = cls; }
    return node;
  }
  function number(n) { return Number(n).toLocaleString(document.documentElement.lang || undefined); }
  function show(value) {
    if (value === null || value === undefined || value === "") { return "—"; }
    if (value === true) { return "✓"; }
    if (value === false) { return "✗"; }
    if (typeof value === "object") { return JSON.stringify(value); }
    return String(value);
  }
  function table(caption, heads, rows, id) {
    var t = el("table", null, "grid");
    t.id = id;
    t.appendChild(el("caption", caption));
    var head = t.appendChild(el("thead")).appendChild(el("tr"));
    heads.forEach(function (h) { var th = head.appendChild(el("th", h)); th.scope = "col"; });
    var body = t.appendChild(el("tbody"));
    rows.forEach(function (cells) {
      var tr = body.appendChild(el("tr"));
      cells.forEach(function (c) {
        var td = tr.appendChild(el("td"));
        if (c instanceof Node) { td.appendChild(c); } else { td.textContent = c; }
      });
    });
    return t;
  }
  function waiting(on) {
    status.hidden = !on;
    if (form) { form.querySelector("button").disabled = on; }
  }
  function failed(text) {
    waiting(false);
    out.replaceChildren(el("p", fill(T.failed, {error: text}), "flash error"));
  }

  function render(data) {
    var r = data.report, labels = data.labels || {};
    function label(path) {
      if (path === "(error)") { return T.error; }
      return labels[path] || path;
    }
    waiting(false);
    var parts = [];
    if (r.evaluated === 0) {
      parts.push(el("p", r.source === "sample" && !data.recording ? T.recordingOff : T.emptySample, "muted"));
      out.replaceChildren.apply(out, parts);
      return;
    }
    var summary = el("p", fill(T.summary, {n: number(r.evaluated), changed: number(r.changed),
                                           unchanged: number(r.unchanged)}), "impact-summary");
    summary.id = "impact-summary";
    parts.push(summary);
    parts.push(el("p", (r.source === "file" ? T.sourceFile : T.sourceSample) + " " +
                        (r.failed_both ? fill(T.failedBoth, {n: number(r.failed_both)}) + " " : "") +
                        fill(T.seconds, {s: r.seconds}), "muted small"));
    if (!r.changed) {
      parts.push(el("p", T.noChange));
    } else {
      parts.push(table(T.kind, [T.kind, T.count, T.examples], r.kinds.map(function (k) {
        var what = el("ul", null, "plain");
        k.changes.forEach(function (c) {
          var text = c.path === "(error)" ? T.error : (c.name || label(c.path));
          if (c.path === "(error)") {
            text += T.sep + (c.before === "ok" ? T.ok : c.before) + " → " + (c.after === "ok" ? T.ok : c.after);
          } else if (c.before !== null || c.after !== null) {
            // a code the plugin names (gold -> 金卡) is shown by its name
            text += T.sep + show("before_text" in c ? c.before_text : c.before) + " → " +
                    show("after_text" in c ? c.after_text : c.after);
          }
          what.appendChild(el("li", text));
        });
        k.rules_started.forEach(function (t) { what.appendChild(el("li", fill(T.starts, {title: t}))); });
        k.rules_stopped.forEach(function (t) { what.appendChild(el("li", fill(T.stops, {title: t}))); });
        var examples = el("span");
        k.examples.forEach(function (e, i) {
          var a = el("a", fill(T.example, {n: i + 1}), "impact-try");
          a.href = e.try_url;
          if (i) { examples.appendChild(document.createTextNode(" · ")); }
          examples.appendChild(a);
        });
        return [what, number(k.count), examples];
      }), "impact-kinds"));
    }
    if (r.rules.length) {
      parts.push(table(T.rulesTitle, [T.rule, T.before, T.after, T.difference], r.rules.map(function (s) {
        return [s.title, number(s.before), number(s.after), (s.difference > 0 ? "+" : "") + number(s.difference)];
      }), "impact-rules"));
    }
    if (r.effects.length) {
      parts.push(table(T.effectsTitle, [T.field, T.before, T.after, T.difference], r.effects.map(function (e) {
        var unit = e.unit === "CNY" ? " " + T.currency : "";
        var diff = e.difference.charAt(0) === "-" ? e.difference : "+" + e.difference;
        return [label(e.path), e.before + unit, e.after + unit, diff + unit];
      }), "impact-effects"));
    }
    if (r.entitlements.length) {
      parts.push(table(T.entitlementsTitle, [T.entitlement, T.before, T.after, T.difference], r.entitlements.map(function (e) {
        return [e.label || e.code, number(e.before), number(e.after), (e.difference > 0 ? "+" : "") + number(e.difference)];
      }), "impact-entitlements"));
    }
    out.replaceChildren.apply(out, parts);
  }

  function load(init) {
    waiting(true);
    fetch(panel.dataset.url, Object.assign({credentials: "same-origin",
                                            headers: {"Accept": "application/json"}}, init || {}))
      .then(function (answer) {
        return answer.json().then(function (data) {
          if (!answer.ok || data.error) { throw new Error(data.error || answer.statusText); }
          return data;
        });
      })
      .then(render)
      .catch(function (error) { failed(error.message); });
  }

  if (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      load({method: "POST", body: new FormData(form)});
    });
  }
  load();
}());
