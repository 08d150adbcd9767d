"""What changed between two versions of a ruleset, in business words, not YAML lines.

``semantic_diff(old_text, new_text, registry)`` lists each change as a ``Change``: a rule
added, removed, switched on or off; its condition changed (shown in words,
core/conditions/wording.py, as the ruleset page says them); and "parameter: old → new" for every value that changed
(constants, settings, a rule's priority, title and validity window, each action
parameter), addressed as docs/parameters.md says (``rule:silver_member/discount_labour/
percent``). ``Change.text("zh")`` reads "银卡会员 · 工时费折扣 10% → 12%": names and units
come from core/parameters.py when the registry is given. The diff API and the admin's
version comparison show it before the YAML line diff; a draft that does not even parse
still compares (what cannot be read shows as no rules).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import yaml

from .conditions.wording import Vocabulary, condition_in_words
from .translations import core_text

#: what a Change can be
KINDS = ("rule_added", "rule_removed", "rule_switched_on", "rule_switched_off",
         "condition_changed", "value_changed")
_NUMERIC = ("number", "integer", "money", "percent")


@dataclass
class Change:
    kind: str                 # one of KINDS
    address: str              # constant:…, setting:…, rule:<id>/… (docs/parameters.md)
    old: Any = None           # None: not there before (or not applicable)
    new: Any = None
    rule: str | None = None
    #: how the change reads, per language ({"zh": ..., "en": ...})
    texts: dict | None = None

    def text(self, lang: str = "en") -> str:
        texts = self.texts or {}
        return texts.get(lang) or texts.get("en", "")

    def as_dict(self, lang: str = "en") -> dict:
        return {"kind": self.kind, "address": self.address, "old": json_value(self.old),
                "new": json_value(self.new), "rule": self.rule, "text": self.text(lang)}


def json_value(value):
    """A value as JSON holds it: numbers stay numbers, dates become ISO text."""
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dict):
        return {str(k): json_value(v) for k, v in value.items()}
    if isinstance(value, list):
        return [json_value(v) for v in value]
    return value


def semantic_diff(old_text: str, new_text: str, registry=None) -> list[Change]:
    """Every change from ``old_text`` to ``new_text``, rules in the new document's order."""
    old, new = _document(old_text), _document(new_text)
    names = _Names(registry, (new_text, old_text))
    old_rules, new_rules = _rules(old), _rules(new)
    changes: list[Change] = []

    for section, label in (("constants", "constant"), ("settings", "setting")):
        a, b = _mapping(old.get(section)), _mapping(new.get(section))
        for key in list(a) + [k for k in b if k not in a]:
            address = f"{label}:{key}"
            if a.get(key) != b.get(key):
                changes.append(names.changed(Change("value_changed", address, a.get(key),
                                                    b.get(key))))

    for rule_id, rule in new_rules.items():
        if rule_id not in old_rules:
            changes.append(names.rule_change("rule_added", rule_id, rule))
    for rule_id, rule in old_rules.items():
        if rule_id not in new_rules:
            changes.append(names.rule_change("rule_removed", rule_id, rule))

    for rule_id, rule in new_rules.items():
        before = old_rules.get(rule_id)
        if before is None:
            continue
        was_on, is_on = before.get("enabled", True) is not False, rule.get("enabled", True) is not False
        if was_on != is_on:
            changes.append(names.rule_change(
                "rule_switched_on" if is_on else "rule_switched_off", rule_id, rule,
                old=was_on, new=is_on))
        if _condition(before.get("when")) != _condition(rule.get("when")):
            changes.append(names.condition(rule_id, rule, before.get("when"), rule.get("when")))
        a, b = _values(rule_id, before), _values(rule_id, rule)
        for address in list(b) + [k for k in a if k not in b]:
            if a.get(address) != b.get(address):
                changes.append(names.changed(Change("value_changed", address, a.get(address),
                                                    b.get(address), rule_id), rule))
    changes += _table_changes(old, new, names)
    return changes


def _table_changes(old: dict, new: dict, names: "_Names") -> list[Change]:
    """Decision tables (``tables:``) row by row: a row added, removed, switched on or off,
    and each cell old -> new, addressed ``table:<id>/row_<n>/<column>``."""
    out = []
    a, b = _tables(old), _tables(new)
    for table_id, table in b.items():
        before = a.get(table_id)
        title = str(table.get("title") or table_id)
        if before is None:
            out.append(Change("rule_added", f"table:{table_id}",
                              texts=_said("Decision table added: {title}", title=title)))
            continue
        columns = {c.get("name"): c for c in (table.get("inputs") or []) + (table.get("outputs") or [])
                   if isinstance(c, dict)}
        rows_a, rows_b = _rows(before), _rows(table)
        for n in range(1, max(len(rows_a), len(rows_b)) + 1):
            ra = rows_a[n - 1] if n <= len(rows_a) else None
            rb = rows_b[n - 1] if n <= len(rows_b) else None
            where = f"table:{table_id}/row_{n}"
            row = rb if rb is not None else ra
            said = _said("{title} · row {n}", title=title, n=n)
            if row.get("title"):
                said = {lang: core_text("{row} ({title})", lang).format(row=v, title=row["title"])
                        for lang, v in said.items()}
            if ra is None or rb is None:
                kind = "rule_added" if ra is None else "rule_removed"
                out.append(Change(kind, where, texts=_said(
                    "Row added: {row}" if ra is None else "Row removed: {row}", row=said)))
                continue
            was_on, is_on = ra.get("enabled", True) is not False, rb.get("enabled", True) is not False
            if was_on != is_on:
                out.append(Change("rule_switched_on" if is_on else "rule_switched_off",
                                  where + "/enabled", was_on, is_on, texts=_said(
                                      "Row switched on: {row}" if is_on else "Row switched off: {row}",
                                      row=said)))
            for key in list(rb) + [k for k in ra if k not in rb]:
                if key in ("enabled", "id") or ra.get(key) == rb.get(key):
                    continue
                column = columns.get(key) or {}
                unit = str(column.get("unit") or "")
                texts = {lang: f"{said[lang]} · {_column_name(key, column, lang)} "
                               f"{_cell(ra.get(key), unit, lang)} → {_cell(rb.get(key), unit, lang)}"
                         for lang in ("en", "zh")}
                out.append(Change("value_changed", f"{where}/{key}", ra.get(key), rb.get(key),
                                  texts=texts))
    for table_id, table in a.items():
        if table_id not in b:
            title = str(table.get("title") or table_id)
            out.append(Change("rule_removed", f"table:{table_id}",
                              texts=_said("Decision table removed: {title}", title=title)))
    return out


def _said(template: str, **values) -> dict[str, str]:
    """``template`` (an English text of core's catalog) in both languages, filled with
    ``values``; a value given per language (``{"en": ..., "zh": ...}``) is taken in each."""
    return {lang: core_text(template, lang).format(
        **{k: v[lang] if isinstance(v, dict) else v for k, v in values.items()})
        for lang in ("en", "zh")}


#: names of a row's own columns, and the sentences and words of changes, in English (their
#: Chinese: core's catalog, core/translations.py)
ROW_FIELD_NAMES = {"priority": "Priority", "title": "Title"}
RULE_CHANGE_WORDS = {"rule_added": "Rule added: {title}", "rule_removed": "Rule removed: {title}",
                     "rule_switched_on": "Rule switched on: {title}",
                     "rule_switched_off": "Rule switched off: {title}", "condition": "condition"}
SENTENCES = ("Decision table added: {title}", "Decision table removed: {title}",
             "{title} · row {n}", "{row} ({title})", "Row added: {row}", "Row removed: {row}",
             "Row switched on: {row}", "Row switched off: {row}", "Constant {name}",
             "Setting {name}", "(none)", "yes", "no")


def _column_name(key: str, column: dict, lang: str) -> str:
    if column.get("title"):
        return str(column["title"])
    named = ROW_FIELD_NAMES.get(key)
    return core_text(named, lang) if named else key


def _tables(data: dict) -> dict:
    tables = data.get("tables")
    return {t["id"]: t for t in tables if isinstance(t, dict) and isinstance(t.get("id"), str)} \
        if isinstance(tables, list) else {}


def _rows(table: dict) -> list[dict]:
    rows = table.get("rows")
    return [r if isinstance(r, dict) else {} for r in rows] if isinstance(rows, list) else []


def _cell(value, unit: str, lang: str) -> str:
    text = _Names.value(value, None, lang)
    return text + unit if unit and isinstance(value, (int, float, Decimal)) and \
        not isinstance(value, bool) else text


# -- reading the documents --------------------------------------------------------------------

def _document(text: str) -> dict:
    try:
        data = yaml.safe_load(text or "")
    except yaml.YAMLError:
        return {}
    return data if isinstance(data, dict) else {}


def _mapping(value) -> dict:
    return value if isinstance(value, dict) else {}


def _rules(data: dict) -> dict:
    rules = data.get("rules")
    out = {}
    for rule in rules if isinstance(rules, list) else []:
        if isinstance(rule, dict) and isinstance(rule.get("id"), str):
            out.setdefault(rule["id"], rule)
    return out


def _condition(when) -> str:
    return " ".join(str(when).split()) if when is not None else ""


def _values(rule_id: str, rule: dict) -> dict:
    """{address: value} of a rule's fields and its actions' parameters."""
    base = f"rule:{rule_id}/"
    out = {base + "priority": rule.get("priority", 0), base + "title": rule.get("title"),
           base + "valid_from": rule.get("valid_from"), base + "valid_until": rule.get("valid_to")}
    seen: dict[str, int] = {}
    for call in rule.get("then") or []:
        name, params = _call(call)
        if name is None:
            continue
        seen[name] = seen.get(name, 0) + 1
        where = base + name + (f"#{seen[name]}" if seen[name] > 1 else "")
        _flatten(where, params, out)
    return out


def _call(call):
    if isinstance(call, str):
        return call, {}
    if isinstance(call, dict) and "action" in call:
        return call.get("action"), call.get("params") or {}
    if isinstance(call, dict) and len(call) == 1:
        (name, params), = call.items()
        return name, params if params is not None else {}
    return None, None


def _flatten(prefix: str, value, out: dict) -> None:
    if isinstance(value, dict):
        for key, inner in value.items():
            _flatten(f"{prefix}/{key}", inner, out)
    elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        for i, item in enumerate(value, 1):
            _flatten(f"{prefix}/{i}", item, out)
    else:
        out[prefix] = value


# -- saying it ----------------------------------------------------------------------------------

class _Names:
    """Names and units of addresses (core/parameters.py) and how values read."""

    def __init__(self, registry, texts):
        self.params: dict = {}
        self.domain = None
        if registry is None:
            return
        name = _document(texts[0]).get("domain")
        self.domain = registry.domains.get(name) if isinstance(name, str) else None
        from .parameters import list_parameters   # needs the plugins' models: only then
        for text in texts:
            try:
                found = list_parameters(text, registry)
            except Exception:       # an unreadable draft still compares, without names
                continue
            for p in found:
                self.params.setdefault(p.address, p)

    # rules
    def rule_change(self, kind, rule_id, rule, old=None, new=None) -> Change:
        title = str(rule.get("title") or rule_id)
        address = f"rule:{rule_id}" if kind in ("rule_added", "rule_removed") \
            else f"rule:{rule_id}/enabled"
        return Change(kind, address, old, new, rule_id,
                      _said(RULE_CHANGE_WORDS[kind], title=title))

    def condition(self, rule_id, rule, old, new) -> Change:
        short = _short(rule, rule_id)
        texts = {}
        for lang in ("en", "zh"):
            word = core_text(RULE_CHANGE_WORDS["condition"], lang)
            words = self.vocabulary(lang)
            said_old = condition_in_words(str(old or ""), words)
            said_new = condition_in_words(str(new or ""), words)
            colon = "：" if lang == "zh" else ": "
            texts[lang] = f"{short} · {word}{colon}{said_old} → {said_new}"
        return Change("condition_changed", f"rule:{rule_id}/when", _condition(old),
                      _condition(new), rule_id, texts)

    def vocabulary(self, lang: str) -> Vocabulary:
        """The words conditions are said in (core/conditions/wording.py, as on the ruleset
        page): the plugin's field names, each constant by its name (and value)."""
        constants = {a.split(":", 1)[1]: p for a, p in self.params.items()
                     if a.startswith("constant:")}
        if self.domain is None:
            return Vocabulary(lang=lang, constants={n: (p.name(lang), p.value)
                                                    for n, p in constants.items()})
        from .domain_texts import vocabulary
        return vocabulary(self.domain, lang, {n: p.value for n, p in constants.items()},
                          {n: p.name(lang) for n, p in constants.items()})

    def changed(self, change: Change, rule: dict | None = None) -> Change:
        p = self.params.get(change.address)
        texts = {}
        for lang in ("en", "zh"):
            where = self._where(change, rule, lang)
            texts[lang] = f"{where} {self.value(change.old, p, lang)} → " \
                          f"{self.value(change.new, p, lang)}"
        change.texts = texts
        return change

    def _where(self, change: Change, rule, lang) -> str:
        zh = lang == "zh"
        address = change.address
        p = self.params.get(address)
        section, _, rest = address.partition(":")
        if section in ("constant", "setting"):
            name = p.name(lang) if p is not None else rest
            return core_text("Constant {name}" if section == "constant" else "Setting {name}",
                             lang).format(name=name)
        short = _short(rule or {}, change.rule or "")
        parts = rest.split("/")[1:]
        if p is None:
            return f"{short} · {'/'.join(parts)}"
        if p.action is None:               # a rule field: priority, title, window
            return f"{short} · {p.name(lang)}"
        action = (p.action_title_zh if zh else p.action_title_en) or p.action
        if p.call and p.call > 1:
            action += f" #{p.call}"
        item = _item_name(rule or {}, parts)
        if item:
            return f"{short} · {action} · {item}"
        siblings = [q for a, q in self.params.items()
                    if a.startswith(address.rsplit("/", 1)[0] + "/") and q.kind in _NUMERIC]
        if p.kind in _NUMERIC and len(siblings) == 1:
            return f"{short} · {action}"
        return f"{short} · {action} · {p.name(lang)}"

    @staticmethod
    def value(value, p, lang: str) -> str:
        zh = lang == "zh"
        if value is None:
            return core_text("(none)", lang)
        if isinstance(value, bool):
            return core_text("yes" if value else "no", lang)
        if isinstance(value, (int, float, Decimal)):
            n = f"{Decimal(str(value)).normalize():,f}" if value != int(value) else f"{int(value):,}"
            unit = (p.unit_in(lang) if p is not None else "") or ""
            if not unit:
                return n
            if unit in ("%", "x"):
                return n + unit
            if zh:
                return n + unit
            return f"{unit} {n}" if unit == "CNY" else f"{n} {unit}"
        if isinstance(value, (dt.date, dt.datetime)):
            return value.isoformat()
        if isinstance(value, str):
            return f"“{value}”" if zh else f'"{value}"'
        return str(json_value(value))


def _item_name(rule: dict, parts: list) -> str | None:
    """The label (else code) of the list item an address points into:
    [offer_redemption, items, 2, points] -> 原厂脚垫."""
    if len(parts) < 4 or not parts[-2].isdigit():
        return None
    name, _, nth = parts[0].partition("#")
    calls = [params for n, params in map(_call, rule.get("then") or []) if n == name]
    index = int(nth or 1) - 1
    if index >= len(calls):
        return None
    where = calls[index]
    for key in parts[1:-1]:
        if isinstance(where, dict):
            where = where.get(key)
        elif isinstance(where, list) and key.isdigit() and 0 < int(key) <= len(where):
            where = where[int(key) - 1]
        else:
            return None
    if isinstance(where, dict):
        found = where.get("label") or where.get("code")
        return str(found) if found is not None else None
    return None


def _short(rule: dict, rule_id: str) -> str:
    """A rule's short name: its title up to the first colon (银卡会员：工时费… -> 银卡会员)."""
    title = str(rule.get("title") or rule_id)
    for colon in ("：", ": "):
        if colon in title:
            return title.split(colon, 1)[0].strip() or title
    return title
