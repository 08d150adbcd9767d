// A small reader of openapi.json: operations by tag, each with its parameters, body and
// responses; schemas shown as JSON with their $refs resolved one level deep.
(function () {
  "use strict";
  var spec, root = document.getElementById("operations");

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) {
      node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return node;
  }

  function resolve(schema, depth) {
    if (!schema || typeof schema !== "object") return schema;
    if (schema.$ref && depth > 0) {
      var name = schema.$ref.split("/").pop();
      return resolve(spec.components.schemas[name], depth - 1);
    }
    if (Array.isArray(schema)) return schema.map(function (s) { return resolve(s, depth); });
    var out = {};
    Object.keys(schema).forEach(function (k) { out[k] = resolve(schema[k], depth); });
    return out;
  }

  // a description is Markdown: `code` spans become <code>, the rest stays text
  function markdown(text) {
    return (text || "").split("`").map(function (part, i) {
      return i % 2 ? el("code", {}, [part]) : part;
    });
  }

  function schemaBlock(title, schema) {
    return el("div", {}, [el("h4", {}, [title]),
      el("pre", {}, [JSON.stringify(resolve(schema, 2), null, 2)])]);
  }

  function operation(path, method, op) {
    var auth = (op.security || []).map(function (s) { return Object.keys(s)[0]; }).join(" or ") || "public";
    var body = el("div", { "class": "body" }, [el("p", {}, markdown(op.description))]);
    if (op.parameters) {
      var rows = op.parameters.map(function (p) {
        return el("tr", {}, [el("td", {}, [p.name]), el("td", {}, [p.in]),
          el("td", {}, [p.required ? "required" : "optional"]),
          el("td", {}, [JSON.stringify(p.schema)])]);
      });
      body.appendChild(el("h4", {}, ["Parameters"]));
      body.appendChild(el("table", {}, rows));
    }
    if (op.requestBody) {
      body.appendChild(schemaBlock("Request body (application/json)",
        op.requestBody.content["application/json"].schema));
    }
    Object.keys(op.responses).forEach(function (status) {
      var r = op.responses[status], content = r.content || {};
      var type = Object.keys(content)[0];
      if (type) body.appendChild(schemaBlock(status + " " + r.description + " (" + type + ")", content[type].schema));
      else body.appendChild(el("h4", {}, [status + " " + r.description]));
    });
    var details = el("details", { "data-text": (method + " " + path + " " + op.summary + " " + op.tags.join(" ")).toLowerCase() }, [
      el("summary", {}, [el("span", { "class": "method " + method }, [method.toUpperCase()]),
        el("span", { "class": "path" }, [path]), el("span", {}, [op.summary]),
        el("span", { "class": "auth" }, [auth])]), body]);
    return { tag: op.tags[0], node: details };
  }

  function render() {
    var byTag = {};
    Object.keys(spec.paths).sort().forEach(function (path) {
      Object.keys(spec.paths[path]).forEach(function (method) {
        var o = operation(path, method, spec.paths[path][method]);
        (byTag[o.tag] = byTag[o.tag] || []).push(o.node);
      });
    });
    Object.keys(byTag).forEach(function (tag) {
      root.appendChild(el("h2", {}, [tag]));
      byTag[tag].forEach(function (n) { root.appendChild(n); });
    });
    document.getElementById("about").textContent = spec.info.description + " OpenAPI " + spec.openapi + ".";
  }

  document.getElementById("filter").addEventListener("input", function (e) {
    var q = e.target.value.toLowerCase();
    Array.prototype.forEach.call(root.querySelectorAll("details"), function (d) {
      d.style.display = d.getAttribute("data-text").indexOf(q) >= 0 ? "" : "none";
    });
  });

  fetch("openapi.json").then(function (r) { return r.json(); }).then(function (s) { spec = s; render(); });
})();
