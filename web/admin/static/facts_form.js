/* "Try it": the facts as a form drawn from the domain's facts schema (web/admin/facts_form.py),
   kept in step with the JSON text area (the form writes the JSON; editing the JSON redraws the
   form). Lists get "add" and "remove"; enums are selects; a validation error shows under its
   field. Plain JavaScript, no framework. Without JavaScript the JSON text area still works. */
(function () {
  "use strict";
  var specEl = document.getElementById("facts-spec");
  var textarea = document.getElementById("facts");
  var holder = document.getElementById("facts-form");
  if (!specEl || !textarea || !holder) { return; }
  var spec = JSON.parse(specEl.textContent || "[]");
  var texts = JSON.parse(document.getElementById("facts-form-texts").textContent || "{}");
  var errorsEl = document.getElementById("facts-errors");
  var errors = errorsEl ? JSON.parse(errorsEl.textContent || "[]") : [];
  var samplesEl = document.getElementById("sample-facts");
  var samples = samplesEl ? JSON.parse(samplesEl.textContent || "{}") : {};
  var jsonBox = document.getElementById("facts-json");
  var status = document.getElementById("facts-json-status");
  var state = {};

  function parse() {
    var text = textarea.value.trim();
    try {
      var value = JSON.parse(text || "{}");
      if (value && typeof value === "object" && !Array.isArray(value)) {
        state = value;
        if (status) { status.textContent = ""; }
        textarea.classList.remove("bad");
        return true;
      }
    } catch (e) { /* shown below */ }
    if (status) { status.textContent = texts.bad_json; }
    textarea.classList.add("bad");
    return false;
  }

  function write() { textarea.value = JSON.stringify(state, null, 2); }

  // -- reading and writing one place in the facts ------------------------------------------
  function setAt(parts, value) {
    var here = state;
    for (var i = 0; i < parts.length - 1; i++) {
      var key = parts[i];
      if (here[key] === undefined || here[key] === null || typeof here[key] !== "object") {
        here[key] = typeof parts[i + 1] === "number" ? [] : {};
      }
      here = here[key];
    }
    var last = parts[parts.length - 1];
    if (value === undefined) {
      if (Array.isArray(here)) { here[last] = null; } else { delete here[last]; }
    } else { here[last] = value; }
  }

  function pathText(parts) {
    var out = "";
    parts.forEach(function (p) {
      out += typeof p === "number" ? "[" + p + "]" : (out ? "." : "") + p;
    });
    return out;
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  // -- drawing ---------------------------------------------------------------------------
  var counter = 0;

  function drawFields(fields, data, parts, into) {
    fields.forEach(function (field) {
      if (field.derived) { return; }
      var here = parts.concat([field.name]);
      into.appendChild(drawField(field, data ? data[field.name] : undefined, here));
    });
  }

  function drawField(field, value, parts) {
    if (field.kind === "object") {
      var box = el("details", {"class": "facts-object", "data-path": pathText(parts)});
      if (parts.length === 1 || (value && Object.keys(value).length)) { box.open = true; }
      var summary = el("summary", {}, field.label);
      summary.title = field.help || "";
      box.appendChild(summary);
      drawFields(field.fields || [], value || {}, parts, box);
      box.appendChild(errorSlot(parts));
      return box;
    }
    if (field.kind === "list") { return drawList(field, value, parts); }
    return drawInput(field, value, parts);
  }

  function drawList(field, value, parts) {
    var box = el("fieldset", {"class": "facts-list", "data-path": pathText(parts)});
    var legend = el("legend", {}, field.label);
    legend.title = field.help || "";
    box.appendChild(legend);
    var items = Array.isArray(value) ? value : [];
    items.forEach(function (item, i) {
      var itemParts = parts.concat([i]);
      var row = el("div", {"class": "facts-item", "data-path": pathText(itemParts)});
      var head = el("div", {"class": "facts-item-head"}, (field.item.label || texts.item) + " " + (i + 1));
      var remove = el("button", {"type": "button", "class": "small remove-item"}, texts.remove);
      remove.addEventListener("click", function () {
        items.splice(i, 1);
        setAt(parts, items);
        write(); draw();
      });
      head.appendChild(remove);
      row.appendChild(head);
      if (field.item.kind === "object") {
        drawFields(field.item.fields || [], item || {}, itemParts, row);
      } else {
        row.appendChild(drawInput(Object.assign({}, field.item, {label: ""}), item, itemParts));
      }
      row.appendChild(errorSlot(itemParts));
      box.appendChild(row);
    });
    var add = el("button", {"type": "button", "class": "small add-item"}, texts.add + " " + (field.item.label || texts.item));
    add.addEventListener("click", function () {
      var list = Array.isArray(value) ? value : [];
      list.push(field.item.kind === "object" ? {} : "");
      setAt(parts, list);
      write(); draw();
    });
    box.appendChild(add);
    if (field.help) { box.appendChild(el("div", {"class": "help small muted"}, field.help)); }
    box.appendChild(errorSlot(parts));
    return box;
  }

  function drawInput(field, value, parts) {
    var id = "ff-" + (++counter);
    var wrap = el("div", {"class": "facts-field kind-" + field.kind, "data-path": pathText(parts)});
    if (field.label) { wrap.appendChild(el("label", {"for": id, "title": field.help || ""}, field.label)); }
    var input;
    if (field.kind === "select" || field.kind === "bool") {
      input = el("select", {"id": id});
      input.appendChild(el("option", {"value": ""}, "—"));
      var options = field.kind === "bool" ? [{value: "true", label: texts.yes}, {value: "false", label: texts.no}]
        : field.options;
      options.forEach(function (o) { input.appendChild(el("option", {"value": o.value}, o.label)); });
      input.value = value === undefined || value === null ? "" : String(value);
    } else {
      var type = {number: "number", money: "number", date: "date", datetime: "datetime-local"}[field.kind] || "text";
      input = el("input", {"id": id, "type": type});
      if (field.kind === "money") { input.setAttribute("step", "0.01"); }
      if (field.kind === "number") { input.setAttribute("step", "any"); }
      if (field.kind === "datetime") { input.setAttribute("step", "1"); }
      input.value = shown(field, value);
    }
    input.setAttribute("data-path", pathText(parts));
    input.addEventListener("input", function () { setAt(parts, read(field, input, value)); write(); });
    input.addEventListener("change", function () { setAt(parts, read(field, input, value)); write(); });
    wrap.appendChild(input);
    if (field.kind === "money") { wrap.appendChild(el("span", {"class": "unit"}, texts.yuan)); }
    if (field.help && field.label) { wrap.appendChild(el("div", {"class": "help small muted"}, field.help)); }
    wrap.appendChild(errorSlot(parts));
    return wrap;
  }

  function shown(field, value) {
    if (value === undefined || value === null) { return ""; }
    if (field.kind === "datetime") { return String(value).replace(" ", "T").slice(0, 19); }
    return String(value);
  }

  function read(field, input, before) {
    var raw = input.value;
    if (raw === "") { return undefined; }
    if (field.kind === "bool") { return raw === "true"; }
    if (field.kind === "number" || field.kind === "money") {
      var n = Number(raw);
      return isFinite(n) && String(n) === raw ? n : raw;     // "9999.90" stays text, exactly
    }
    if (field.kind === "datetime") {
      var offset = /([+-]\d\d:\d\d|Z)$/.exec(String(before || ""));
      var text = raw.length === 16 ? raw + ":00" : raw;
      return offset ? text + offset[1] : text;
    }
    return raw;
  }

  function errorSlot(parts) {
    return el("div", {"class": "field-error", "data-error-for": pathText(parts)});
  }

  function showErrors() {
    errors.forEach(function (e) {
      var path = String(e.path || "").replace(/^facts\./, "");
      var slot = holder.querySelector('[data-error-for="' + CSS.escape(path) + '"]');
      if (slot) {
        slot.textContent = e.message;
        slot.setAttribute("role", "alert");
        var input = holder.querySelector('[data-path="' + CSS.escape(path) + '"]');
        if (input) { input.classList.add("has-error"); }
      }
    });
  }

  function draw() {
    holder.textContent = "";
    drawFields(spec, state, [], holder);
    showErrors();
  }

  // -- in step with the JSON, the sample picker and the view switch ------------------------------
  textarea.addEventListener("input", function () { if (parse()) { draw(); } });
  var chooser = document.getElementById("case");
  if (chooser) {
    chooser.addEventListener("change", function () {
      var sample = samples[chooser.value];
      if (sample) { textarea.value = sample.facts; }
      errors = [];
      if (parse()) { draw(); }
    });
  }
  var both = document.getElementById("show-json");
  function views() { if (jsonBox) { jsonBox.hidden = !(both && both.checked); } }
  if (both) { both.addEventListener("change", views); }
  holder.hidden = false;
  var switcher = document.getElementById("facts-views");
  if (switcher) { switcher.hidden = false; }
  views();
  if (parse()) { draw(); } else if (both) { both.checked = true; views(); }
})();
