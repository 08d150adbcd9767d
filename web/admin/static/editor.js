/* The ruleset editor: a plain <textarea> (so the form works without JavaScript and the
   browser's own editing, undo and input methods stay intact) with a highlighted copy of
   its text drawn underneath, line numbers, and problems marked at their lines. As the
   user types, the text is checked on the server (debounced) and the problems, in the
   reader's language, replace the list beside the editor. */
(function () {
  "use strict";
  var form = document.getElementById("editor-form");
  if (!form) { return; }
  var area = document.getElementById("yaml");
  var box = document.getElementById("code-editor");
  var code = box.querySelector(".highlight code");
  var gutter = box.querySelector(".gutter");
  var list = document.getElementById("problems");
  var count = document.getElementById("problem-count");
  var status = document.getElementById("check-status");
  var lineLabel = document.getElementById("line-label").innerHTML;
  var token = document.querySelector('meta[name="csrf-token"]').content;
  var bad = {};          // line number -> messages
  box.classList.add("enhanced");

  function esc(s) {
    return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }

  var KEYWORDS = /\b(and|or|not|in|any|all|exists|startswith|endswith|contains|matches|date|datetime|days|hours|minutes|today|now|item|true|false|null)\b/g;

  function condition(text) {
    // strings first, then numbers and keywords in what is left
    var out = "", rest = text, m;
    var re = /("[^"]*"?|'[^']*'?|“[^”]*”?)/;
    while ((m = re.exec(rest))) {
      out += plain(rest.slice(0, m.index)) + '<span class="t-str">' + esc(m[0]) + "</span>";
      rest = rest.slice(m.index + m[0].length);
    }
    return out + plain(rest);
  }
  function plain(s) {
    return esc(s).replace(/(==|!=|&gt;=|&lt;=|&gt;|&lt;)/g, '<span class="t-op">$1</span>')
      .replace(/\b(\d[\d_]*(?:\.\d+)?)\b/g, '<span class="t-num">$1</span>')
      .replace(KEYWORDS, '<span class="t-kw">$1</span>');
  }

  function line(text) {
    var m;
    if (/^\s*#/.test(text)) { return '<span class="t-comment">' + esc(text) + "</span>"; }
    var comment = "";
    var hash = text.search(/\s#/);
    if (hash >= 0 && !/["']/.test(text.slice(0, hash))) {
      comment = '<span class="t-comment">' + esc(text.slice(hash)) + "</span>";
      text = text.slice(0, hash);
    }
    m = /^(\s*)(- )?([A-Za-z_][\w.]*|"[^"]*")(:)(\s|$)(.*)$/.exec(text);
    if (m) {
      var value = m[6];
      var shown = m[3] === "when" || m[3] === "condition" ? condition(value) : scalar(value);
      return esc(m[1]) + (m[2] ? '<span class="t-dash">- </span>' : "") +
        '<span class="t-key' + (m[3] === "id" ? " t-id" : "") + '">' + esc(m[3]) + "</span>:" +
        m[5] + shown + comment;
    }
    m = /^(\s*)(- )(.*)$/.exec(text);
    if (m) { return esc(m[1]) + '<span class="t-dash">- </span>' + scalar(m[3]) + comment; }
    return scalar(text) + comment;
  }
  function scalar(v) {
    if (/^\s*(true|false|null)\s*$/.test(v)) { return '<span class="t-kw">' + esc(v) + "</span>"; }
    if (/^\s*-?\d[\d_.]*\s*$/.test(v)) { return '<span class="t-num">' + esc(v) + "</span>"; }
    if (/^\s*[>|][-+]?\s*$/.test(v)) { return '<span class="t-op">' + esc(v) + "</span>"; }
    if (/^\s*["']/.test(v)) { return '<span class="t-str">' + esc(v) + "</span>"; }
    if (/^\s*[{\[]/.test(v)) { return plain(v); }
    return esc(v);
  }

  function render() {
    var lines = area.value.split("\n");
    var html = [], nums = [];
    for (var i = 0; i < lines.length; i++) {
      var n = i + 1, flagged = bad[n];
      html.push('<span class="ln' + (flagged ? " has-problem" : "") + '"' +
                (flagged ? ' title="' + esc(flagged.join("\n")).replace(/"/g, "&quot;") + '"' : "") +
                ">" + line(lines[i]) + "\n</span>");
      nums.push('<span class="' + (flagged ? "bad" : "") + '">' + n + "</span>");
    }
    code.innerHTML = html.join("");
    gutter.innerHTML = nums.join("");
    sync();
  }
  function sync() {
    code.parentNode.scrollTop = area.scrollTop;
    code.parentNode.scrollLeft = area.scrollLeft;
    gutter.scrollTop = area.scrollTop;
  }

  function goTo(lineNo, column) {
    var lines = area.value.split("\n"), offset = 0;
    for (var i = 0; i < lineNo - 1 && i < lines.length; i++) { offset += lines[i].length + 1; }
    offset += Math.max(0, (column || 1) - 1);
    area.focus();
    area.setSelectionRange(offset, offset);
    var lineHeight = parseFloat(getComputedStyle(area).lineHeight) || 20;
    area.scrollTop = Math.max(0, (lineNo - 5) * lineHeight);
    sync();
  }
  list.addEventListener("click", function (event) {
    var link = event.target.closest(".at-line");
    if (link) {
      event.preventDefault();
      goTo(+link.getAttribute("data-line"), +link.getAttribute("data-column"));
    }
  });

  function show(problems) {
    bad = {};
    list.innerHTML = "";
    problems.forEach(function (p) {
      var li = document.createElement("li");
      li.className = p.severity === "warning" ? "problem warning" : "problem";
      var html = "";
      if (p.line) {
        (bad[p.line] = bad[p.line] || []).push(p.message);
        html += '<a href="#" class="at-line" data-line="' + p.line + '" data-column="' +
          (p.column || 1) + '">' + esc(lineLabel.replace("N", p.line)) + "</a> ";
      }
      if (p.rule) { html += '<span class="rule-id">' + esc(p.rule) + "</span> "; }
      li.innerHTML = html + '<span class="message">' + esc(p.message) + "</span>";
      list.appendChild(li);
    });
    count.textContent = problems.length;
    status.textContent = problems.length ? "" : status.getAttribute("data-ok");
    render();
  }

  // problems rendered by the server when the page loaded
  Array.prototype.forEach.call(list.querySelectorAll(".at-line"), function (a) {
    var n = +a.getAttribute("data-line");
    var msg = a.parentNode.querySelector(".message");
    (bad[n] = bad[n] || []).push(msg ? msg.textContent : "");
  });

  var timer = null, sequence = 0;
  function check() {
    var mine = ++sequence;
    status.textContent = status.getAttribute("data-checking");
    fetch(form.getAttribute("data-validate"), {
      method: "POST", credentials: "same-origin",
      headers: {"Content-Type": "application/json", "X-CSRFToken": token},
      body: JSON.stringify({yaml: area.value})
    }).then(function (r) {
      if (!r.ok) { throw new Error(r.status); }
      return r.json();
    }).then(function (body) {
      if (mine === sequence) { show(body.problems || []); }
    }).catch(function () {
      if (mine === sequence) { status.textContent = status.getAttribute("data-failed"); }
    });
  }
  area.addEventListener("input", function () {
    render();
    clearTimeout(timer);
    timer = setTimeout(check, 400);
  });
  area.addEventListener("scroll", sync);
  var escaped = false;
  area.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { escaped = true; return; }
    var leave = escaped;
    escaped = false;
    if (event.key === "Tab" && !leave && !event.shiftKey && !event.ctrlKey && !event.metaKey) {
      // two spaces, as YAML wants; Shift+Tab and Esc-then-Tab still leave the field
      event.preventDefault();
      var s = area.selectionStart;
      area.setRangeText("  ", s, area.selectionEnd, "end");
      area.dispatchEvent(new Event("input"));
    }
  });
  render();
})();
