/* dealer-rules admin: small progressive enhancements; every page works without them. */
(function () {
  "use strict";
  // forms that change something irreversible ask first
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var question = form.getAttribute && form.getAttribute("data-confirm");
    if (question && !window.confirm(question)) { event.preventDefault(); }
  }, true);
  // copy a shown-once API key
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-copy]");
    if (!button) { return; }
    var source = document.querySelector(button.getAttribute("data-copy"));
    if (source && navigator.clipboard) {
      navigator.clipboard.writeText(source.textContent.trim()).then(function () {
        button.textContent = button.getAttribute("data-copied");
      });
    }
  });
  // "try it": choosing a test case fills in its facts and time
  var chooser = document.getElementById("case");
  var facts = document.getElementById("facts");
  var data = document.getElementById("case-facts");
  if (chooser && facts && data) {
    var cases = JSON.parse(data.textContent || "{}");
    chooser.addEventListener("change", function () {
      var picked = cases[chooser.value];
      if (picked) {
        facts.value = picked.facts;
        var at = document.getElementById("at");
        if (at && picked.at) { at.value = picked.at; }
      } else { facts.value = ""; }
    });
  }
  // the publish page: its test cases run after the page is shown (publish/cases)
  var pending = document.querySelector("#case-checks[data-cases]");
  if (pending && window.fetch) {
    fetch(pending.getAttribute("data-cases"), {credentials: "same-origin",
                                               headers: {"Accept": "application/json"}})
      .then(function (answer) {
        if (!answer.ok) { throw new Error(answer.status); }
        return answer.json();
      })
      .then(function (outcome) {
        var holder = document.createElement("div");
        holder.innerHTML = outcome.html;
        var item = holder.querySelector("#case-checks");
        var table = holder.querySelector("#failing-cases");
        if (item) { pending.replaceWith(item); }
        if (table) { document.getElementById("failing-cases-slot").appendChild(table); }
        var button = document.getElementById("publish-button");
        if (button && !outcome.ok) {
          button.disabled = true;
          button.setAttribute("aria-describedby", "checks");
        }
      })
      .catch(function () {
        pending.className = "bad";
        pending.textContent = pending.getAttribute("data-failed");
      });
  }
})();
