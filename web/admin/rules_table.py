"""What the ruleset page shows staff instead of YAML: each rule as a row (title, condition
in words, its numbers and labels as fields with units, on/off) and the ruleset's constants
and settings in their own small table, read from the typed parameter list of
core/parameters.py. Rules inherited from a base group are shown with their values but
cannot be changed here (the base group's page changes them).

Also turns what the page's form sent back into parameter changes (only the fields that
differ from what the page showed), so a save touches nothing the user did not change.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from dealer_rules.core.conditions.wording import condition_in_words, number_text
from dealer_rules.core.domain_texts import vocabulary
from dealer_rules.core.label_templates import PLACEHOLDER, labelled
from dealer_rules.core.parameters import Parameter, list_parameters

from ..services import services

NUMBER_KINDS = ("number", "integer", "money", "percent")
#: rule fields shown in the row itself; the others sit under "more"
RULE_FIELDS_MORE = ("priority", "valid_from", "valid_until")


@dataclass
class Call:
    """One action of a rule, with the parameters staff may change; ``label``: the label
    made from its numbers (a template), shown beside them and kept up to date as they
    change, under ``key`` (``rule:<id>/<action>[#n]``)."""
    title: str
    key: str = ""
    params: list = field(default_factory=list)   # of Parameter
    label: str | None = None


@dataclass
class RuleRow:
    id: str
    title: str
    words: str
    origin: str                     # own, inherited, overridden
    enabled: bool
    editable: bool                  # written in this group's document
    switch: Parameter | None = None
    title_param: Parameter | None = None
    more: list = field(default_factory=list)     # priority, validity
    calls: list = field(default_factory=list)    # of Call


@dataclass
class RulesPage:
    rows: list
    constants: list                 # own constants and settings (Parameter)
    inherited_constants: list       # constants set by a base group (Parameter, read-only)
    parameters: dict                # address -> Parameter, editable ones
    grids: list = field(default_factory=list)    # decision tables (tables_grid.Grid)


def rules_page(current, lang: str) -> RulesPage | None:
    """The rows of ``current`` (a rulesets_view.RulesetState) for a ``lang`` reader; None
    when the ruleset has problems that stop it being listed."""
    resolved = current.resolved
    if resolved is None:
        return None
    registry = services().registry
    domain = registry.domains[current.domain]
    own = _parameters(current.text, registry)
    by_address = {p.address: p for p in own}
    labels = call_labels(current.text)
    base_params: dict[str, dict] = {}
    for placed in resolved.rules:
        text = placed.loaded.text
        if placed.origin == "inherited" and text not in base_params:
            base_params[text] = {p.address: p for p in _parameters(text, registry)}
    constants = [p for p in own if p.section in ("constant", "setting")]
    own_names = {p.address for p in constants}
    inherited = {}
    for params in base_params.values():
        for address, p in params.items():
            if p.section == "constant" and address not in own_names:
                inherited.setdefault(address, p)
    names = {p.address.split(":", 1)[1]: p.name(lang) for p in constants + list(inherited.values())
             if p.section == "constant"}
    words = vocabulary(domain, lang, resolved.constants, names)   # 渠道是 企业微信, not "wecom"
    rows = []
    for placed in resolved.rules:
        rule = placed.rule
        if placed.index >= len(placed.loaded.document.rules):
            continue            # a decision table's row: shown in its table's grid
        if placed.origin == "inherited":
            params, editable = base_params[placed.loaded.text], False
            made = call_labels(placed.loaded.text)
        else:
            params, editable, made = by_address, True, labels
        rows.append(_row(rule, placed.origin, params, editable, words, lang, made))
    from dealer_rules.core.facts_schema import schema_of
    from .tables_grid import grids
    document = resolved.loaded.document
    tables = grids(document, registry, current.domain, schema_of(domain.facts), True)
    return RulesPage(rows, constants, list(inherited.values()), by_address, tables)


def _parameters(text: str, registry) -> list[Parameter]:
    try:
        return list_parameters(text, registry)
    except Exception:   # a text these tables cannot read: the page says so, the editor fixes it
        return []


def _row(rule, origin, params: dict, editable: bool, words, lang: str, made: dict) -> RuleRow:
    prefix = f"rule:{rule.id}/"
    mine = [p for address, p in params.items() if address.startswith(prefix)]
    row = RuleRow(rule.id, rule.title, condition_in_words(rule.when, words), origin,
                  rule.enabled, editable)
    calls: dict[tuple, Call] = {}
    # an item of a list (a call's topic, an offer) with a label: its code is an identifier
    # for the systems, not something a manager reads or types (like the calls' own codes)
    labelled = {p.address[:-len("label")] for p in mine if (p.param or "").endswith("/label")}
    for p in mine:
        if (p.param or "").endswith("/code") and p.address[:-len("code")] in labelled:
            continue
        if p.action is None:
            if p.param == "enabled":
                row.switch = p
            elif p.param == "title":
                row.title_param = p
            elif p.param in RULE_FIELDS_MORE:
                row.more.append(p)
            continue
        key = (p.action, p.call)
        if key not in calls:
            title = (p.action_title_zh if lang == "zh" else p.action_title_en) or p.action
            prefix = p.address.rsplit("/", 1)[0] if "/" not in (p.param or "") else \
                p.address[:-len(p.param) - 1]
            calls[key] = Call(title, prefix, label=made.get(prefix))
        if p.advanced or (calls[key].label is not None and p.param == "label"):
            continue        # a code, or a label the numbers make: shown, not typed
        calls[key].params.append(p)
    row.calls = list(calls.values())
    return row


def call_labels(text: str) -> dict[str, str]:
    """``rule:<id>/<action>[#n]`` -> the label its numbers make, for each call of the
    document's own rules whose label is a template (left out, or with ``{percent|折}``
    placeholders), in the document's language; {} for a text that does not load."""
    from dealer_rules.core.problems import RulesetError
    from dealer_rules.core.ruleset import load_ruleset
    registry = services().registry
    try:
        document = load_ruleset(text).document
    except (RulesetError, ValueError):
        return {}
    out = {}
    for rule in document.rules:
        seen: dict[str, int] = {}
        for call in rule.then:
            seen[call.action] = seen.get(call.action, 0) + 1
            action = registry.actions.get((document.domain, call.action))
            key = getattr(action, "label_param", "label")
            if action is None or key not in action.params.model_fields:
                continue
            written = call.params.get(key)
            if written is not None and not (isinstance(written, str) and PLACEHOLDER.search(written)):
                continue
            made = labelled(action, dict(call.params), document.language).get(key)
            if isinstance(made, str) and not PLACEHOLDER.search(made):
                number = seen[call.action]
                out[f"rule:{rule.id}/{call.action}" + (f"#{number}" if number > 1 else "")] = made
    return out


# -- what a field shows, and what the form sent back ----------------------------------------------

def shown(p: Parameter) -> str:
    """The value as the field shows it (numbers without grouping, so it can be typed)."""
    value = p.value
    if value is None or type(value).__name__ == "PydanticUndefinedType":   # not written
        return ""
    if isinstance(value, bool):
        return "1" if value else ""
    if p.kind in NUMBER_KINDS:
        try:
            number = Decimal(str(value))
        except InvalidOperation:
            return str(value)
        return str(int(number)) if number == number.to_integral_value() else \
            f"{number.normalize():f}"
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%dT%H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def display(p_or_value, unit: str = "") -> str:
    """A read-only value with its unit (10,000 元, 12%, 1.2 倍)."""
    value = p_or_value.value if isinstance(p_or_value, Parameter) else p_or_value
    if isinstance(value, bool) or value is None:
        return "" if value is None else ("✓" if value else "✗")
    if isinstance(value, (int, float, Decimal)):
        text = number_text(value)
        return text + unit if unit == "%" else (f"{text} {unit}" if unit else text)
    return str(value)


_NUMBER_NOISE = re.compile(r"[\s,，_%元倍]|km$|公里$|天$|个月$")


def typed(p: Parameter, raw: str):
    """What the user typed, as the value to write: numbers as numbers (grouping commas,
    spaces and the unit tolerated), a blank optional value as None, text as text. A number
    that does not read stays text, so the change is refused naming its field."""
    text = raw.strip()
    if p.kind in NUMBER_KINDS:
        if text == "" and not p.required:
            return None
        cleaned = _NUMBER_NOISE.sub("", text)
        try:
            number = Decimal(cleaned)
        except InvalidOperation:
            return text
        if not number.is_finite():
            return text
        return int(number) if number == number.to_integral_value() and "." not in cleaned \
            else number
    if p.kind in ("date", "datetime") and text == "":
        return None
    return raw if p.kind == "text" else text


def form_changes(parameters: dict, form) -> list[dict]:
    """[{address, value}] of the fields the form sent that differ from the page's values.
    Switches (checkboxes) count when the form lists them in ``switches`` (an unticked box
    sends nothing)."""
    changes = []
    switches = set(form.getlist("switches"))
    for address, p in parameters.items():
        if p.kind == "boolean":
            if address not in switches:
                continue
            new = address in form
            if new != bool(p.value if p.value is not None else p.default):
                changes.append({"address": address, "value": new})
            continue
        if address not in form:
            continue
        raw = form.get(address, "")
        if raw.strip() == shown(p).strip():
            continue
        changes.append({"address": address, "value": typed(p, raw)})
    return changes


def entered(form) -> dict:
    """The values the form sent (address -> text), to show them again after a refusal."""
    return {key: form.get(key) for key in form if ":" in key}
