/* The ruleset page: every field is checked as the user types, first here (a number must be
   a number within its limits, a range must read like [10000, 30000) or >= 12) and then on
   the server, which applies the whole form (fields and decision-table grids) to the
   draft's text in memory and answers the problems, each with the address of its field or
   the row of its table. Rows are added, moved and removed here; saving is the form's own
   submit (cell edits work without this script). */
(function () {
  "use strict";
  var form = document.getElementById("rules-form");
  if (!form || !form.getAttribute("data-check")) { return; }
  var list = document.getElementById("problems");
  var status = document.getElementById("check-status");
  var token = document.querySelector('meta[name="csrf-token"]').content;
  var texts = JSON.parse(document.getElementById("rules-texts").textContent);
  var NUMBER = { number: 1, integer: 1, money: 1, percent: 1 };
  var RANGE = /^\s*(?:[\[(（［]\s*[^,，]*[,，]\s*[^,，]*[\])）］]|(?:>=|<=|>|<|=|≥|≤)\s*\S+|-?\d[\d,]*(?:\.\d+)?)\s*$/;
  var dirty = false;

  function fields() { return form.querySelectorAll("[data-address], .cell-input"); }
  function initial(el) {
    return el.type === "checkbox" ? el.defaultChecked : el.defaultValue;
  }
  function current(el) { return el.type === "checkbox" ? el.checked : el.value; }
  function changed() {
    var out = [];
    Array.prototype.forEach.call(fields(), function (el) {
      if (el.tagName === "SELECT") {
        var chosen = el.querySelector("option[selected]");
        if (!chosen || chosen.value !== el.value) { out.push({ address: el.name, value: el.value }); }
      } else if (current(el) !== initial(el)) {
        out.push({ address: el.name, value: current(el) });
      }
    });
    return out;
  }
  function format(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, key) { return values[key]; });
  }

  // -- the check in the browser: the kind and limits the field carries ------------------------
  function localProblem(el) {
    var kind = el.getAttribute("data-kind");
    var text = (el.value || "").trim();
    var role = el.getAttribute("data-role");
    if (role === "range") {
      if (/^\s*(|-|\*|任意)\s*$/.test(text) || RANGE.test(text)) { return ""; }
      return texts.range;
    }
    if (!NUMBER[kind]) {
      var min = el.getAttribute("data-min-length");
      if (min && text.length < +min && el.getAttribute("data-required")) { return texts.required; }
      return "";
    }
    if (text === "") { return el.getAttribute("data-required") ? texts.required : ""; }
    var cleaned = text.replace(/[\s,，_%元倍]/g, "");
    if (!/^-?\d+(\.\d+)?$/.test(cleaned)) { return texts.number; }
    if (kind === "integer" && cleaned.indexOf(".") >= 0) { return texts.whole; }
    var n = parseFloat(cleaned);
    var limits = [["gt", function (v) { return n > v; }, texts.gt], ["ge", function (v) { return n >= v; }, texts.ge],
                  ["lt", function (v) { return n < v; }, texts.lt], ["le", function (v) { return n <= v; }, texts.le]];
    for (var i = 0; i < limits.length; i++) {
      var bound = el.getAttribute("data-" + limits[i][0]);
      if (bound !== null && !limits[i][1](parseFloat(bound))) {
        return format(limits[i][2], { limit: bound });
      }
    }
    return "";
  }

  function mark(address, message) {
    var el = form.querySelector('[data-address="' + CSS.escape(address) + '"]') ||
      form.querySelector('[name="' + CSS.escape(address) + '"]');
    var note = form.querySelector('.field-problem[data-for="' + CSS.escape(address) + '"]');
    if (el) { el.classList.toggle("invalid", !!message); el.setAttribute("aria-invalid", message ? "true" : "false"); }
    if (note) { note.textContent = message || ""; }
  }

  function showRows(rows) {
    Array.prototype.forEach.call(form.querySelectorAll(".decision tr[data-key]"), function (tr) {
      tr.classList.remove("flagged", "warned");
      tr.querySelector(".row-problems").textContent = "";
    });
    rows.forEach(function (p) {
      var section = form.querySelector('section[data-table="' + CSS.escape(p.table) + '"]');
      var tr = section && p.row && section.querySelector('tr[data-key="' + CSS.escape(p.row) + '"]');
      if (!tr) { return; }
      tr.classList.add(p.severity === "warning" ? "warned" : "flagged");
      var note = tr.querySelector(".row-problems");
      var item = document.createElement("span");
      item.textContent = p.message;
      note.appendChild(item);
      if (p.column) {
        var cell = tr.querySelector('[data-column="' + CSS.escape(p.column) + '"]');
        if (cell) { cell.classList.add("invalid"); }
      }
    });
  }

  function show(problems, rows) {
    Array.prototype.forEach.call(fields(), function (el) {
      var local = localProblem(el);
      mark(el.name, local);
    });
    showRows(rows || []);
    list.innerHTML = "";
    problems.forEach(function (p) {
      if (p.address) { mark(p.address, p.message); }
      var li = document.createElement("li");
      li.className = "problem";
      if (p.rule) {
        var rule = document.createElement("span");
        rule.className = "rule-id";
        var row = document.getElementById("rule-" + p.rule);
        rule.textContent = row ? row.querySelector(".rule-title strong").textContent : p.rule;
        li.appendChild(rule);
        li.appendChild(document.createTextNode(" "));
      }
      var msg = document.createElement("span");
      msg.className = "message";
      msg.textContent = p.message;
      li.appendChild(msg);
      list.appendChild(li);
    });
    var all = problems.length + (rows || []).length;
    status.textContent = all ? format(texts.count, { n: all }) : status.getAttribute("data-ok");
  }

  // labels made from the numbers follow them (工时费9折 -> 工时费88折 as 10 becomes 12)
  function labels(made) {
    Array.prototype.forEach.call(form.querySelectorAll("[data-label-for]"), function (el) {
      var text = made[el.getAttribute("data-label-for")];
      if (text !== undefined && el.textContent !== text) {
        el.textContent = text;
        el.parentNode.classList.add("changed");
      }
    });
  }

  var timer = null, sequence = 0;
  function check() {
    var mine = ++sequence;
    var local = [];
    Array.prototype.forEach.call(fields(), function (el) {
      var problem = localProblem(el);
      mark(el.name, problem);
      if (problem) { local.push(el.name); }
    });
    status.textContent = status.getAttribute("data-checking");
    fetch(form.getAttribute("data-check"), {
      method: "POST", credentials: "same-origin",
      headers: { "X-CSRFToken": token },
      body: new FormData(form)
    }).then(function (r) {
      if (!r.ok) { throw new Error(r.status); }
      return r.json();
    }).then(function (body) {
      if (mine === sequence) { show(body.problems || [], body.rows || []); labels(body.labels || {}); }
    }).catch(function () {
      if (mine === sequence) { status.textContent = status.getAttribute("data-failed"); }
    });
  }
  // -- decision-table grids: add, move and remove rows --------------------------------------
  var added = 0;
  function renumber(section) {
    var keys = [];
    Array.prototype.forEach.call(section.querySelectorAll("tbody tr[data-key]"), function (tr, i) {
      keys.push(tr.getAttribute("data-key"));
      var label = tr.querySelector(".row-n");
      label.firstChild.textContent = format(texts.row, { n: i + 1 });
    });
    section.querySelector(".row-order").value = keys.join(",");
    dirty = true;
    schedule(50);
  }
  form.addEventListener("click", function (event) {
    var button = event.target.closest("button");
    if (!button) { return; }
    var section = button.closest("section[data-table]");
    if (!section) { return; }
    var tr = button.closest("tr");
    if (button.classList.contains("add-row")) {
      added += 1;
      var html = section.querySelector("template.new-row").innerHTML
        .replace(/__key__/g, "new" + added).replace(/__n__/g, "");
      var body = section.querySelector("tbody");
      body.insertAdjacentHTML("beforeend", html);
      var first = body.lastElementChild.querySelector("input, select");
      if (first) { first.focus(); }
    } else if (button.classList.contains("move-up") && tr.previousElementSibling) {
      tr.parentNode.insertBefore(tr, tr.previousElementSibling);
    } else if (button.classList.contains("move-down") && tr.nextElementSibling) {
      tr.parentNode.insertBefore(tr.nextElementSibling, tr);
    } else if (button.classList.contains("remove-row")) {
      tr.parentNode.removeChild(tr);
    } else {
      return;
    }
    event.preventDefault();
    renumber(section);
  });

  function schedule(delay) {
    clearTimeout(timer);
    timer = setTimeout(check, delay);
  }
  form.addEventListener("input", function (event) {
    if (!event.target.hasAttribute("data-address") && !event.target.classList.contains("cell-input")) { return; }
    if (event.target.classList.contains("cell-input")) { dirty = true; }
    mark(event.target.name, localProblem(event.target));
    clearTimeout(timer);
    timer = setTimeout(check, 300);
  });
  form.addEventListener("change", function (event) {
    if (event.target.type === "checkbox" || event.target.tagName === "SELECT") {
      if (event.target.hasAttribute("data-column")) { dirty = true; }
      schedule(50);
    }
  });
  window.addEventListener("beforeunload", function (event) {
    if (!form.submitting && (dirty || changed().length)) { event.preventDefault(); event.returnValue = ""; }
  });
  form.addEventListener("submit", function () { form.submitting = true; });
  check();
})();
