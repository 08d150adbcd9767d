"""What the ruleset pages read: a ruleset's head, draft and published version, its rules
resolved through ``extends`` (each own, inherited or overridden), and a decision's result
laid out as rows for a person to read."""
from __future__ import annotations

import datetime as dt
import json
import re
import typing
from dataclasses import dataclass, field
from decimal import Decimal

from flask import abort
from pydantic import BaseModel

from dealer_rules.core.layering import INHERITED, ResolvedRuleset, resolve
from dealer_rules.core.problems import RulesetError
from dealer_rules.core.store import NotFound, rulesets

from ..services import services


@dataclass
class RulesetState:
    group: str
    domain: str
    revision: int
    draft: object | None            # RulesetVersion
    published: object | None
    text: str                       # what is being worked on: the draft, else the published
    editing_draft: bool
    resolved: ResolvedRuleset | None = None
    problems: list = field(default_factory=list)
    disabled_inherited: list = field(default_factory=list)


def known_domain(domain: str) -> None:
    if domain not in services().registry.domains:
        abort(404)


def state(group: str, domain: str, which: str = "current") -> RulesetState:
    """The ruleset of (group, domain); ``which``: current (draft, else published) or
    published. 404 if the group has no such ruleset."""
    known_domain(domain)
    with services().store.read() as session:
        try:
            head = rulesets.require_head(session, group, domain)
        except NotFound:
            abort(404)
        draft = rulesets.draft_of(session, head)
        published = rulesets.published_of(session, head)
        use_draft = draft is not None and which != "published"
        row = draft if use_draft else published
        if row is None:
            abort(404)
        out = RulesetState(group, domain, head.revision, draft, published, row.yaml, use_draft)
        out.resolved, out.problems = resolve_text(session, group, domain, row.yaml,
                                                  rulesets.label(group, domain, row.number))
    if out.resolved is not None:
        out.disabled_inherited = list(out.resolved.disabled)
    return out


def resolve_text(session, group, domain, text, source):
    """(ResolvedRuleset or None, problems) of ``text`` placed as (group, domain)."""
    from dealer_rules.core.store.groups import get_group
    zone = get_group(session, group).timezone
    try:
        loaded = rulesets.load(text, source, zone)
        lookup = rulesets.StoreLookup(session, overrides={(group, domain): loaded})
        return resolve(loaded, lookup), []
    except RulesetError as exc:
        return None, exc.problems


def test_cases(text: str) -> list:
    """The test cases written in ``text`` (none if it does not load)."""
    from dealer_rules.core.ruleset import load_ruleset
    try:
        return list(load_ruleset(text).document.tests)
    except RulesetError:
        return []


def facts_json(value) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, default=_plain)


def _plain(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(type(value).__name__)


def is_inherited(origin: str) -> bool:
    return origin == INHERITED


# -- a result as rows ---------------------------------------------------------------------------

@dataclass
class Row:
    path: str
    depth: int
    value: object = None          # None for a heading row (an object or a list)
    kind: str = "text"            # text, money, when, bool, empty, heading
    description: str = ""


def result_rows(model: BaseModel) -> list[Row]:
    """The result as indented rows: amounts the model documents as CNY are ``money``,
    dates ``when``; lists and nested models become headings with their items below."""
    rows: list[Row] = []
    _rows(model, "", 0, rows)
    return rows


def _rows(model: BaseModel, prefix: str, depth: int, rows: list) -> None:
    for name, info in type(model).model_fields.items():
        value = getattr(model, name)
        path = f"{prefix}.{name}" if prefix else name
        # a field without a description of its own (a list of models, an optional model) is
        # named by its model's docstring
        described = info.description or _docstring_of(info.annotation)
        _value(value, path, name, depth, described, rows)


def _value(value, path, name, depth, description, rows):
    if isinstance(value, BaseModel):
        # a nested model the field does not describe is named by its own docstring
        # (``points`` -> "Points for the order at the counter…" -> 当前结算工单可得的积分)
        description = description or _docstring(type(value))
        rows.append(Row(name, depth, kind="heading", description=description))
        _rows(value, path, depth + 1, rows)
    elif isinstance(value, dict) and value and all(isinstance(v, BaseModel) for v in value.values()):
        rows.append(Row(name, depth, kind="heading", description=description))
        for key, item in value.items():
            _value(item, f"{path}.{key}", key, depth + 1, "", rows)
    elif isinstance(value, list) and value and any(isinstance(v, BaseModel) for v in value):
        # a list the field does not describe is named by its items' docstring
        description = description or next((_docstring(type(v)) for v in value
                                           if isinstance(v, BaseModel)), "")
        rows.append(Row(f"{name} ({len(value)})", depth, kind="heading", description=description))
        for i, item in enumerate(value):
            _value(item, f"{path}[{i}]", f"{name}[{i}]" if not isinstance(item, BaseModel)
                   else f"#{i + 1}", depth + 1, "", rows)
    else:
        rows.append(Row(name, depth, value, _kind(value, description), description))


def _docstring_of(annotation) -> str:
    """The docstring of the plugin model an annotation holds (``list[Escalation]``,
    ``Optional[Commission]``), "" if none."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return _docstring(annotation)
    for arg in typing.get_args(annotation):
        found = _docstring_of(arg)
        if found:
            return found
    return ""


def _docstring(model) -> str:
    """A plugin model's own docstring, on one line ("" for pydantic's generic one)."""
    text = model.__dict__.get("__doc__") or ""
    return " ".join(text.split())


#: a field the plugin documents as an amount of money: "Labour to pay, CNY." (not "points
#: per CNY paid")
_MONEY = re.compile(r"[,:;]\s*CNY\b|\(CNY\)|^CNY\b")


def _kind(value, description: str) -> str:
    if value is None or value == "" or value == []:
        return "empty"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, (dt.date, dt.datetime)):
        return "when"
    if _MONEY.search(description) and isinstance(value, (int, float, Decimal, str)):
        try:
            Decimal(str(value))
            return "money"
        except ArithmeticError:
            return "text"
    return "text"


def shown(value) -> str:
    if isinstance(value, list):
        return ", ".join(shown(v) for v in value)
    if hasattr(value, "value") and not isinstance(value, (int, str)):
        return str(value.value)
    return str(value)
