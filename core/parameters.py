"""Every value of a ruleset a business user changes, typed, named and addressed.

``list_parameters(text, registry)`` reads a ruleset's YAML and lists its constants, its
settings, each rule's switch, priority, title and validity window, and each scalar
parameter of each action a rule calls (list items too, such as the point cost of each
redemption item), as ``Parameter``s: a stable address (docs/parameters.md), the current
value, a kind (number, integer, money, percent, text, code, choice, boolean, date,
datetime, time), a unit, English and Chinese names and the constraints of the action's
pydantic parameter model. The admin's tables, the parameters API and the spreadsheets are
built on this list; core/parameter_changes.py writes changes back into the same YAML.

Addresses::

    constant:<name>                        setting:<name>
    rule:<id>/enabled | priority | title | valid_from | valid_until
    rule:<id>/<action>/<param>             rule:<id>/<action>#2/<param> (2nd call)
    rule:<id>/<action>/<param>/<i>/<field> (item i, 1-based, of a list parameter)
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from typing import Any

from .domain_texts import constant_title, translated
from .messages import Message, UserError
from .registry import Registry
from .translations import core_text
from .yaml_source import YamlError, load_yaml

#: the kinds a value can have (what a table shows as an input of that kind)
KINDS = ("number", "integer", "money", "percent", "text", "code", "choice", "boolean",
         "date", "datetime", "time")

#: rule fields every rule has, with their kind and English name (its Chinese: core's catalog)
RULE_FIELDS = {
    "enabled": ("boolean", "Switched on"),
    "priority": ("integer", "Priority"),
    "title": ("text", "Title"),
    "valid_from": ("datetime", "Valid from"),
    "valid_until": ("datetime", "Valid until"),
}
#: the YAML key of each rule field (the address says valid_until, the document valid_to)
RULE_KEYS = {"valid_until": "valid_to"}

#: names of parameters many actions share, where the plugin gives no title, in English (their
#: Chinese: core's catalog)
COMMON_NAMES = {
    "label": "Label", "code": "Code", "percent": "Percent",
    "points": "Points", "factor": "Factor", "price": "Price",
    "days": "Days", "hours": "Hours", "minutes": "Minutes",
    "rank": "Rank", "tier": "Tier", "category": "Category",
    "category_label": "Category label", "text": "Text",
    "script": "Script", "name": "Name", "side": "Side",
    "value": "Value", "worth": "Worth", "kind": "Kind",
    "max_amount": "Maximum amount", "points_per_cny": "Points per CNY",
    "start": "Start", "end": "End", "reason": "Reason",
}

#: units a description may end with (", km.") and their (zh, en) forms
_UNIT_WORDS = {
    "cny": ("元", "CNY"), "km": ("km", "km"), "days": ("天", "days"), "day": ("天", "days"),
    "months": ("个月", "months"), "hours": ("小时", "hours"), "minutes": ("分钟", "minutes"),
    "points": ("积分", "points"), "%": ("%", "%"), "percent": ("%", "%"),
}
_UNIT_IN_TEXT = re.compile(r",\s*(CNY|km|days|day|months|hours|minutes|points|%)\b", re.I)
#: units a constant's or setting's name may end with
_NAME_UNITS = (("_percent", "%"), ("_spend", "cny"), ("_amount", "cny"), ("_price", "cny"),
               ("_cny", "cny"), ("_worth", "cny"), ("_km", "km"), ("_days", "days"),
               ("_months", "months"), ("_hours", "hours"), ("_minutes", "minutes"),
               ("_points", "points"), ("_factor", "x"))
_UNITS = dict(_UNIT_WORDS, x=("倍", "x"))


class ParametersUnreadable(UserError):
    """The text is not a ruleset these tables can read (not YAML, not a mapping, or a
    domain no plugin provides); ``line`` says where when known."""

    def __init__(self, message: Message, line: int | None = None):
        super().__init__(message)
        self.line = line


@dataclass
class Parameter:
    """One value a business user may change, with what a table needs to show and check it."""
    address: str
    section: str                 # constant | setting | rule
    value: Any                   # as the YAML holds it (None: not written, default shown)
    kind: str                    # one of KINDS
    name_en: str
    name_zh: str
    line: int | None             # 1-based line of the value (or of its mapping, if absent)
    unit: str = ""               # %, 元, 倍, 天, km, 个月 ... ("" none)
    unit_en: str = ""
    description_en: str = ""
    description_zh: str = ""
    constraints: dict = field(default_factory=dict)   # ge gt le lt min_length max_length pattern
    choices: list | None = None  # the allowed values of a choice
    present: bool = True         # written in the YAML (False: the model's default)
    default: Any = None
    required: bool = True
    rule_id: str | None = None
    rule_title: str | None = None
    action: str | None = None
    action_title_en: str | None = None
    action_title_zh: str | None = None
    call: int | None = None      # which call of the action in its rule, 1-based
    param: str | None = None     # the parameter's path inside the call: percent, items/1/points
    advanced: bool = False       # an identifier (a code) staff rarely change
    yaml_path: tuple = ()        # keys and indexes of the value in the document

    def name(self, lang: str) -> str:
        return self.name_zh if lang == "zh" else self.name_en

    def unit_in(self, lang: str) -> str:
        return self.unit if lang == "zh" else self.unit_en

    def to_json(self) -> dict:
        """A JSON-ready dict (dates as ISO text, decimals as numbers), without yaml_path."""
        out = asdict(self)
        out.pop("yaml_path")
        out["value"], out["default"] = json_value(self.value), json_value(self.default)
        return out


def json_value(value):
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def read_document(text: str, registry: Registry):
    """(data, positions, domain) of a ruleset text; ParametersUnreadable if it cannot be read."""
    try:
        data, positions = load_yaml(text)
    except YamlError as exc:
        raise ParametersUnreadable(exc.msg, exc.line) from None
    if not isinstance(data, dict):
        raise ParametersUnreadable(Message("not_a_ruleset"), 1)
    name = data.get("domain")
    domain = registry.domains.get(name) if isinstance(name, str) else None
    if domain is None:
        raise ParametersUnreadable(Message("unknown_domain", name=str(name), hint=""),
                                   _line(positions, ("domain",)))
    return data, positions, domain


def list_parameters(text: str, registry: Registry) -> list[Parameter]:
    """Every changeable value of the ruleset ``text``, in document order within each section:
    constants, settings, then each rule's fields and its actions' parameters."""
    return parameters_of(*read_document(text, registry), registry)


def parameters_of(data: dict, positions, domain, registry: Registry) -> list[Parameter]:
    """``list_parameters`` of a document already read (``read_document``)."""
    out: list[Parameter] = []
    out += _constants(data, positions, domain)
    out += _settings(data, positions, domain)
    rules = data.get("rules")
    for index, rule in enumerate(rules if isinstance(rules, list) else []):
        if isinstance(rule, dict) and isinstance(rule.get("id"), str):
            out += _rule(rule, index, positions, domain, registry)
    tables = data.get("tables")
    for index, table in enumerate(tables if isinstance(tables, list) else []):
        if isinstance(table, dict) and isinstance(table.get("id"), str):
            out += _table(table, index, positions, domain, registry)
    return out


def by_address(parameters: list[Parameter]) -> dict[str, Parameter]:
    return {p.address: p for p in parameters}


# -- constants and settings ---------------------------------------------------------------------

def _constants(data, positions, domain) -> list[Parameter]:
    constants = data.get("constants")
    titles = data.get("constant_titles")
    titles = titles if isinstance(titles, dict) else {}
    out = []
    for name, value in (constants.items() if isinstance(constants, dict) else ()):
        if isinstance(value, (dict, list)) or value is None:
            continue
        unit = _unit_of_name(name)
        kind = _kind_of_value(value, unit)
        out.append(Parameter(
            address=f"constant:{name}", section="constant", value=value, kind=kind,
            name_en=constant_title(domain, titles, name, "en"),
            name_zh=constant_title(domain, titles, name, "zh"), line=_line(positions, ("constants", name)),
            unit=_UNITS[unit][0] if unit else "", unit_en=_UNITS[unit][1] if unit else "",
            yaml_path=("constants", name)))
    return out


def _settings(data, positions, domain) -> list[Parameter]:
    if domain.settings is None:
        return []
    written = data.get("settings") if isinstance(data.get("settings"), dict) else {}
    schema = _schema(domain.settings)
    out = []
    for name, info in domain.settings.model_fields.items():
        prop = _scalar_schema(schema.get("properties", {}).get(name, {}), schema)
        if prop is None:
            continue
        present = name in written
        value = written.get(name) if present else json_value(info.get_default(call_default_factory=True))
        p = _typed(prop, info, domain, name, f"setting:{name}", "setting", value,
                   _line(positions, ("settings", name) if present else ("settings",)),
                   ("settings", name), present)
        if p.unit == "" and (unit := _unit_of_name(name)):
            p.unit, p.unit_en = _UNITS[unit]
        out.append(p)
    return out


# -- rules --------------------------------------------------------------------------------------

def _rule(rule: dict, index: int, positions, domain, registry) -> list[Parameter]:
    rule_id, title = rule["id"], rule.get("title")
    base = ("rules", index)
    out = []
    for name, (kind, en) in RULE_FIELDS.items():
        zh = core_text(en, "zh")
        key = RULE_KEYS.get(name, name)
        present = key in rule
        value = rule.get(key) if present else {"enabled": True, "priority": 0}.get(name)
        if name == "title" and not present:
            continue
        if present and isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            kind = "date"
        out.append(Parameter(
            address=f"rule:{rule_id}/{name}", section="rule", value=value, kind=kind,
            name_en=en, name_zh=zh, line=_line(positions, base + ((key,) if present else ())),
            present=present, required=name in ("title",), default=None if present else value,
            rule_id=rule_id, rule_title=title if isinstance(title, str) else None,
            param=name, yaml_path=base + (key,)))
    calls: dict[str, int] = {}
    then = rule.get("then")
    for position, item in enumerate(then if isinstance(then, list) else []):
        if isinstance(item, str):
            name, params = item, None
        elif isinstance(item, dict) and len(item) == 1:
            (name, params), = item.items()
        else:
            continue
        calls[name] = calls.get(name, 0) + 1
        action = registry.actions.get((domain.name, name))
        if action is None or not (params is None or isinstance(params, dict)):
            continue
        call = calls[name]
        prefix = f"rule:{rule_id}/{name}" + (f"#{call}" if call > 1 else "")
        context = dict(rule_id=rule_id, rule_title=title if isinstance(title, str) else None,
                       action=name, action_title_en=action.title,
                       action_title_zh=action.title_zh or action.title, call=call)
        out += _params(action.params, params or {}, prefix, base + ("then", position, name),
                       positions, domain, context, "")
    return out


# -- decision tables (core/decision_tables.py) --------------------------------------------------

#: a row's own fields staff change, with their kind and English name (its Chinese: core's catalog)
ROW_FIELDS = {"enabled": ("boolean", "Switched on"),
              "priority": ("integer", "Priority"),
              "title": ("text", "Title")}


def _table(table: dict, index: int, positions, domain, registry) -> list[Parameter]:
    """Each cell of each row, addressed ``table:<id>/row_<n>/<column>``: input cells as
    written (a range is text such as ``>= 10000``; a list of values is left to the grid),
    output cells typed by their action's parameter model, and each row's switch, priority
    and title. A cell not written is listed with no value (any value / not set)."""
    table_id = table["id"]
    columns = []
    for kind in ("inputs", "outputs"):
        found = table.get(kind)
        for column in found if isinstance(found, list) else []:
            if isinstance(column, dict) and isinstance(column.get("name"), str):
                columns.append((kind, column))
    rows = table.get("rows")
    rows = [row if isinstance(row, dict) else None for row in (rows if isinstance(rows, list) else [])]
    written_kinds = {}   # an input column's kind, from the values its rows hold
    for kind, column in columns:
        for row in rows:
            value = (row or {}).get(column["name"])
            if value is not None and not isinstance(value, (list, dict)):
                written_kinds[column["name"]] = "boolean" if isinstance(value, bool) else \
                    "number" if isinstance(value, (int, float, Decimal)) and \
                    column.get("test") != "range" else "text"
                break
    out = []
    for r, row in enumerate(rows):
        if row is None:
            continue
        n = r + 1
        base = ("tables", index, "rows", r)
        row_title = row.get("title") if isinstance(row.get("title"), str) else None
        context = dict(section="table", rule_id=row.get("id") if isinstance(row.get("id"), str)
                       else f"{table_id}.row_{n}", rule_title=row_title)
        fields = []
        for name, (kind, en) in ROW_FIELDS.items():
            zh = core_text(en, "zh")
            present = name in row
            if name == "title" and not present:
                continue
            value = row.get(name) if present else {"enabled": True, "priority": table.get("priority", 0)}[name]
            fields.append(Parameter(
                address=f"table:{table_id}/row_{n}/{name}", value=value, kind=kind, name_en=en,
                name_zh=zh, line=_line(positions, base + ((name,) if present else ())),
                present=present, required=name == "title", param=name,
                yaml_path=base + (name,), **context))
        out += [f for f in fields if f.param == "title"]   # the row's title, its cells, then
        for kind, column in columns:                          # its switch and priority
            name = column["name"]
            present = name in row
            value = row.get(name)
            title = column.get("title") if isinstance(column.get("title"), str) else name
            address = f"table:{table_id}/row_{n}/{name}"
            line = _line(positions, base + ((name,) if present else ()))
            if kind == "inputs":
                if column.get("test") == "one_of" or isinstance(value, (list, dict)):
                    continue
                cell_kind = written_kinds.get(name, "text")
                unit = str(column.get("unit") or "")
                out.append(Parameter(
                    address=address, value=value, kind=cell_kind, name_en=title, name_zh=title,
                    line=line, unit=unit, unit_en=unit, present=present, required=False,
                    param=name, description_en=f"{column.get('fact', '')} ({column.get('test', 'equals')})",
                    description_zh=f"{column.get('fact', '')}（{ {'range': '区间', 'one_of': '取值之一'}.get(column.get('test'), '等于')}）",
                    yaml_path=base + (name,), **context))
                continue
            action_name = str(column.get("action", "")).partition("#")[0]
            action = registry.actions.get((domain.name, action_name))
            param = column.get("param")
            info = action.params.model_fields.get(param) if action is not None and \
                isinstance(param, str) else None
            if info is None:
                continue
            schema = _schema(action.params)
            prop = _scalar_schema(schema.get("properties", {}).get(param, {}), schema)
            if prop is None:
                continue
            p = _typed(prop, info, domain, param, address, "table", value, line,
                       base + (name,), present)
            p.required = False
            if isinstance(column.get("title"), str):
                p.name_en = p.name_zh = column["title"]
            if column.get("unit"):
                p.unit = p.unit_en = str(column["unit"])
            p.rule_id, p.rule_title, p.param = context["rule_id"], row_title, name
            p.action_title_en, p.action_title_zh = action.title, action.title_zh or action.title
            out.append(p)
        out += [f for f in fields if f.param != "title"]
    return out


def _params(model, written: dict, prefix: str, path: tuple, positions, domain, context: dict,
            inner: str) -> list[Parameter]:
    """The scalar parameters of one action call (and of the items of its list parameters)."""
    schema = _schema(model)
    out = []
    for name, info in model.model_fields.items():
        raw = schema.get("properties", {}).get(name, {})
        present = name in written
        prop = _scalar_schema(raw, schema)
        if prop is not None:
            value = written.get(name) if present else None if info.is_required() else \
                json_value(info.get_default(call_default_factory=True))   # (a label made
            # from a template is required but not written: core/label_templates.py)
            p = _typed(prop, info, domain, name, f"{prefix}/{inner}{name}", "rule", value,
                       _line(positions, path + ((name,) if present else ())), path + (name,),
                       present)
            for key, val in context.items():
                setattr(p, key, val)
            p.param = inner + name
            out.append(p)
            continue
        item_model = _list_item_model(info.annotation)
        items = written.get(name)
        if item_model is not None and isinstance(items, list):
            for i, item in enumerate(items, start=1):
                if isinstance(item, dict):
                    out += _params(item_model, item, prefix, path + (name, i - 1), positions,
                                   domain, context, f"{inner}{name}/{i}/")
    return out


def _typed(prop: dict, info, domain, name: str, address: str, section: str, value, line,
           yaml_path: tuple, present: bool) -> Parameter:
    kind, unit, constraints, choices = _kind_of_schema(prop, name, info.description or "")
    if kind in ("number", "integer") and isinstance(value, str) and prop.get("x-currency"):
        kind = "money"
    en, zh = _names(info, name, domain)
    required = info.is_required()
    return Parameter(
        address=address, section=section, value=value, kind=kind, name_en=en, name_zh=zh,
        line=line, unit=_UNITS[unit][0] if unit else "", unit_en=_UNITS[unit][1] if unit else "",
        description_en=info.description or "",
        description_zh=translated(domain, info.description or "", "zh"),
        constraints=constraints, choices=choices, present=present, required=required,
        default=None if required else json_value(info.get_default(call_default_factory=True)),
        advanced=kind == "code", yaml_path=yaml_path)


@functools.lru_cache(maxsize=512)
def _schema(model) -> dict:
    return model.model_json_schema()


def _names(info, name: str, domain) -> tuple[str, str]:
    if info.title:
        return info.title, translated(domain, info.title, "zh")
    en = COMMON_NAMES.get(name)
    en, zh = (en, core_text(en, "zh")) if en else (_humanized(name), "")
    if not zh:
        description = info.description or ""
        zh = translated(domain, description, "zh") if description else ""
        zh = _short_name(zh.rstrip("。.")) if zh and zh != description else en
    return en, zh


def _short_name(text: str) -> str:
    """A description's first phrase as a field's name ("回访目的代码，例如 usage_questions"
    is named 回访目的代码; the whole text stays its description), unless that phrase is
    code or too long to be a name."""
    phrase = re.split(r"[，；（：。(]", text, maxsplit=1)[0].strip()
    if phrase and len(phrase) <= 16 and not re.search(r"[A-Za-z_]{3,}", phrase):
        return phrase
    return text


def _humanized(name: str) -> str:
    return name.replace("_", " ").capitalize()


# -- kinds, units, constraints -------------------------------------------------------------------

def _scalar_schema(prop: dict, root: dict) -> dict | None:
    """The schema of a scalar field (null and the string form of a decimal dropped from an
    anyOf), or None for a list, mapping or nested model."""
    if "$ref" in prop:
        return None
    if "anyOf" in prop:
        options = [o for o in prop["anyOf"] if o.get("type") != "null"]
        if len(options) == 2 and {"number", "string"} == {o.get("type") for o in options} \
                and not any(o.get("format") or o.get("pattern") or o.get("enum")
                            for o in options if o.get("type") == "string"):
            options = [o for o in options if o.get("type") == "number"]
        if len(options) != 1:
            return None
        merged = {k: v for k, v in prop.items() if k != "anyOf"}
        merged.update(options[0])
        prop = merged
    if "$ref" in prop or prop.get("type") not in ("string", "number", "integer", "boolean"):
        return None
    return prop


def _kind_of_schema(prop: dict, name: str, description: str):
    constraints = {}
    for key, short in (("minimum", "ge"), ("exclusiveMinimum", "gt"), ("maximum", "le"),
                       ("exclusiveMaximum", "lt"), ("minLength", "min_length"),
                       ("maxLength", "max_length"), ("pattern", "pattern")):
        if key in prop:
            constraints[short] = prop[key]
    choices = list(prop["enum"]) if "enum" in prop else None
    unit = _unit_of_text(description)
    kind = {"boolean": "boolean", "integer": "integer", "number": "number"}.get(prop.get("type"))
    if prop.get("x-currency"):
        kind, unit = "money", "cny"
    elif kind is None:
        fmt = prop.get("format")
        if choices:
            kind = "choice"
        elif fmt in ("date", "date-time", "time"):
            kind = {"date-time": "datetime"}.get(fmt, fmt)
        elif prop.get("pattern", "").startswith("^[a-z]") and "[a-z0-9_]" in prop.get("pattern", ""):
            kind = "code"
        else:
            kind = "text"
    if kind in ("number", "integer"):
        if name == "percent" or name.endswith("_percent") or unit == "%":
            kind, unit = "percent", "%"
        elif "factor" in name or description.lower().startswith(("multiplier", "escalate once")):
            unit = unit or "x"
        if kind == "number" and unit == "cny":
            kind = "money"
    return kind, unit, constraints, choices


def _unit_of_text(description: str) -> str:
    found = _UNIT_IN_TEXT.search(description)
    return found.group(1).lower() if found else ""


def _unit_of_name(name: str) -> str:
    for suffix, unit in _NAME_UNITS:
        if name.endswith(suffix):
            return unit
    return ""


def _kind_of_value(value, unit: str) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float, Decimal)):
        if unit == "cny":
            return "money"
        if unit == "%":
            return "percent"
        return "integer" if isinstance(value, int) else "number"
    if isinstance(value, dt.datetime):
        return "datetime"
    if isinstance(value, dt.date):
        return "date"
    return "text"


def _list_item_model(annotation):
    import typing

    from pydantic import BaseModel
    if typing.get_origin(annotation) is list:
        (item,) = typing.get_args(annotation) or (None,)
        if isinstance(item, type) and issubclass(item, BaseModel):
            return item
    return None


def _line(positions, loc) -> int | None:
    pos = positions.of(loc)
    return pos.line if pos else None
