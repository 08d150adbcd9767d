"""The ruleset document: what a dealer group writes in YAML, as pydantic models.

``load_ruleset(text, source)`` parses and validates one document and reports every problem
with its line. What the rules *mean* (conditions, action parameters) is checked later, by
core.compile, against the domain the document names; docs/rulesets.md is the reference.
"""
from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from . import limits
from .decision_tables import DecisionTable, row_rules, table_findings
from .messages import Message, UserError
from .problems import Problem, RulesetError, loc_text, position_for, pydantic_message
from .yaml_source import Positions, YamlError, load_yaml

ID = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
DEFAULT_TIMEZONE = "Asia/Shanghai"


def _check_id(value: str) -> str:
    if not isinstance(value, str) or not ID.match(value):
        raise UserError(Message("id_format", value=value))
    return value


class ActionCall(BaseModel):
    """One consequence of a rule: an action's name and its parameters (checked later
    against the action's own parameter model)."""
    model_config = ConfigDict(extra="forbid", frozen=True)
    action: str
    params: dict[str, Any] = Field(default_factory=dict)


class Rule(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    title: str = Field(min_length=1)
    description: str = ""
    #: for developers (where a rule comes from in the policy): the admin does not show it
    notes: str = ""
    priority: int = 0
    when: str = Field(min_length=1)
    then: list[ActionCall] = Field(default_factory=list)
    enabled: bool = True
    valid_from: dt.datetime | dt.date | None = None
    valid_to: dt.datetime | dt.date | None = None
    exclusive: str | None = None

    @field_validator("id")
    @classmethod
    def _id(cls, value):
        return _check_id(value)

    @field_validator("when", mode="before")
    @classmethod
    def _when_text(cls, value):
        if isinstance(value, bool):  # `when: true` in YAML
            return "true" if value else "false"
        return value

    @field_validator("then", mode="before")
    @classmethod
    def _then_items(cls, value):
        """Accept ``- grant_benefit: {code: x}`` and, for an action without parameters,
        ``- priority_repair``."""
        if value is None:
            return []
        if not isinstance(value, list):
            return value
        out = []
        for item in value:
            if isinstance(item, str):
                out.append({"action": item, "params": {}})
            elif isinstance(item, dict) and len(item) == 1 and "action" not in item:
                (name, params), = item.items()
                out.append({"action": name, "params": {} if params is None else params})
            else:
                out.append(item)
        return out


class Expectation(BaseModel):
    """What a test case expects: rules that fire, rules that do not, result values."""
    model_config = ConfigDict(extra="forbid")
    fired: list[str] = Field(default_factory=list)
    not_fired: list[str] = Field(default_factory=list)
    result: dict[str, Any] = Field(default_factory=dict)


class TestCase(BaseModel):
    """A sample customer and what the ruleset must decide for it."""
    __test__ = False  # not a pytest class
    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1)
    at: dt.datetime | dt.date | None = None
    facts: dict[str, Any] = Field(default_factory=dict)
    expect: Expectation


class RulesetDocument(BaseModel):
    """One dealer group's rules for one domain."""
    model_config = ConfigDict(extra="forbid")

    domain: str
    group: str
    title: str = Field(min_length=1)
    description: str = ""
    #: for developers (the admin does not show it to staff)
    notes: str = ""
    timezone: str | None = None
    language: Literal["zh", "en"] = "zh"   # of the labels made from templates (core/label_templates.py)
    hit_policy: Literal["all", "first"] | None = None
    extends: str | None = None
    disable: list[str] = Field(default_factory=list)
    settings: dict[str, Any] = Field(default_factory=dict)
    constants: dict[str, bool | int | Decimal | dt.datetime | dt.date | str] = Field(default_factory=dict)
    #: what each constant is called in the dealer's words (``gold_min_spend: 金卡门槛``):
    #: explanations say "金卡门槛 10,000" rather than the bare name
    constant_titles: dict[str, str] = Field(default_factory=dict)
    rules: list[Rule] = Field(default_factory=list)
    #: decision tables (core/decision_tables.py): each row becomes a rule after ``rules``
    tables: list[DecisionTable] = Field(default_factory=list)
    tests: list[TestCase] = Field(default_factory=list)

    @field_validator("domain", "group", "extends")
    @classmethod
    def _ids(cls, value):
        return value if value is None else _check_id(value)

    @field_validator("constants")
    @classmethod
    def _constant_names(cls, value):
        for name in value:
            _check_id(name)
            if name in ("item", "now", "today", "true", "false", "and", "or", "not", "in"):
                raise UserError(Message("reserved_constant", name=name))
        return value

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value):
        if value is None:
            return value
        try:
            zoneinfo.ZoneInfo(value)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            raise UserError(Message("unknown_timezone", value=value)) from None
        return value

    @model_validator(mode="after")
    def _unique_ids(self):
        seen = set()
        for rule in self.rules:
            if rule.id in seen:
                raise UserError(Message("duplicate_rule", id=rule.id))
            seen.add(rule.id)
        return self


@dataclass
class LoadedRuleset:
    """A validated document with where it came from, for error messages and editing."""
    document: RulesetDocument
    positions: Positions
    source: str
    text: str
    #: the rules the decision tables' rows compile to, after the document's own rules
    table_rules: list = field(default_factory=list)
    #: where each table rule's row is written: ("tables", t, "rows", r)
    table_locs: list = field(default_factory=list)
    #: for each table rule, {(call index, parameter): output column}
    table_cells: list = field(default_factory=list)

    @property
    def rules(self) -> list[Rule]:
        """The document's rules, then one per decision-table row."""
        return self.document.rules + self.table_rules

    def loc_of(self, index: int) -> tuple:
        """Where rule ``index`` of ``rules`` is written."""
        own = len(self.document.rules)
        return ("rules", index) if index < own else self.table_locs[index - own]

    def param_loc(self, index: int, call: int, action: str, param) -> tuple:
        """Where parameter ``param`` of call ``call`` of rule ``index`` is written: for a
        table row whose output column set it, that cell."""
        own = len(self.document.rules)
        if index >= own:
            column = self.table_cells[index - own].get((call, param))
            if column is not None:
                return self.table_locs[index - own] + (column,)
        return self.loc_of(index) + ("then", call, action) + ((param,) if param else ())

    def table_findings(self) -> list:
        """Gaps and overlaps of the decision tables' rows, as warning Problems (constants
        of this document only; core/decision_tables.py)."""
        out = []
        for t, table in enumerate(self.document.tables):
            for found in table_findings(table, t, self.document.constants):
                if found.severity != "warning":
                    continue
                pos = self.positions.of(found.loc)
                out.append(Problem(found.message, self.source, pos and pos.line,
                                   pos and pos.column, path=loc_text(found.loc),
                                   severity="warning"))
        return out


def load_ruleset(text: str, source: str = "<ruleset>") -> LoadedRuleset:
    """Parse and validate one ruleset document; raises RulesetError listing every problem."""
    try:
        data, positions = load_yaml(text, _refuse_too_many)
    except YamlError as exc:
        raise RulesetError([Problem(exc.msg, source, exc.line, exc.column)]) from None
    if not isinstance(data, dict):
        raise RulesetError([Problem(Message("not_a_ruleset"), source, 1, 1)])
    _refuse_long_conditions(data, positions)
    try:
        document = RulesetDocument.model_validate(data)
    except ValidationError as exc:
        raise RulesetError(problems_from(exc, source, positions, data)) from None
    loaded = LoadedRuleset(document, positions, source, text)
    _expand_tables(loaded)
    return loaded


def _expand_tables(loaded: LoadedRuleset) -> None:
    """Compile each decision-table row to a rule (core/decision_tables.py); a cell that
    does not parse, an id used twice or a row that can never apply is a problem with its
    line."""
    doc, problems = loaded.document, []
    seen = {rule.id for rule in doc.rules}
    for t, table in enumerate(doc.tables):
        made, bad = row_rules(table, t)
        for loc, message in bad:
            unknown = loc[-1] not in type(table).model_fields and table.column(loc[-1]) is None
            problems.append(_at(loaded, loc, message, key=unknown))
        for found in table_findings(table, t, doc.constants):
            if found.severity == "error":
                problems.append(_at(loaded, found.loc, found.message))
        for item in made:
            if item.rule_data["id"] in seen:
                problems.append(_at(loaded, item.loc, Message("duplicate_rule",
                                                              id=item.rule_data["id"])))
                continue
            seen.add(item.rule_data["id"])
            data = dict(item.rule_data)
            own_id = data["id"]
            data["id"] = "row"  # generated ids (table.row_3) are not written ids
            try:
                rule = Rule.model_validate(data)
            except ValidationError as exc:
                found = problems_from(exc, loaded.source, loaded.positions, prefix=item.loc)
                for p in found:
                    p.rule = own_id
                problems += found
                continue
            loaded.table_rules.append(rule.model_copy(update={"id": own_id}))
            loaded.table_locs.append(item.loc)
            loaded.table_cells.append(item.cells or {})
    if problems:
        raise RulesetError(problems)
    limits.refuse_over("rules", len(loaded.rules))


def _at(loaded: LoadedRuleset, loc: tuple, message: Message, key: bool = False) -> Problem:
    pos = position_for(loaded.positions, loc, key=key)
    return Problem(message, loaded.source, pos and pos.line, pos and pos.column,
                   path=loc_text(loc))


def refuse_over_limits(text: str) -> None:
    """Raise ``limits.LimitExceeded`` if ``text`` is over a size limit (bytes, nesting,
    rules, test cases, condition length); other problems are left for validation. For
    saving a draft: a draft may be invalid, but never too large to open again."""
    try:
        data, positions = load_yaml(text, _refuse_too_many)
    except YamlError:
        return
    if isinstance(data, dict):
        _refuse_long_conditions(data, positions)


def _refuse_too_many(lengths: dict) -> None:
    """Count rules and test cases before the document is built (core/limits.py), so a
    huge ruleset is refused in milliseconds."""
    limits.refuse_over("rules", lengths.get("rules", 0))
    limits.refuse_over("test_cases", lengths.get("tests", 0))


def _refuse_long_conditions(data: dict, positions: Positions) -> None:
    rules = data.get("rules")
    for index, rule in enumerate(rules if isinstance(rules, list) else []):
        when = rule.get("when") if isinstance(rule, dict) else None
        if isinstance(when, str):
            pos = positions.of(("rules", index, "when"))
            limits.refuse_over("condition_chars", len(when), pos.line if pos else None)


def problems_from(exc: ValidationError, source: str, positions: Positions | None, data=None,
                  prefix: tuple = ()) -> list[Problem]:
    """Each pydantic error as a Problem with its line (``prefix`` roots ``loc`` in the file)."""
    problems = []
    for error in exc.errors(include_url=False):
        loc = prefix + tuple(error["loc"])
        names = _names_at(data, error["loc"][:-1]) if error["type"] == "extra_forbidden" else ()
        pos = position_for(positions, loc, key=error["type"] == "extra_forbidden")
        rule = _rule_id(data, error["loc"]) if not prefix else None
        problems.append(Problem(pydantic_message(error, names), source,
                                pos.line if pos else None, pos.column if pos else None,
                                rule, loc_text(loc)))
    return problems


_DOCUMENT_FIELDS = {
    (): RulesetDocument, ("rules",): Rule, ("tests",): TestCase, ("tests", "expect"): Expectation,
    ("tables",): DecisionTable}


def _names_at(data, loc) -> list[str]:
    shape = tuple(p for p in loc if not isinstance(p, int))
    model = _DOCUMENT_FIELDS.get(shape)
    return list(model.model_fields) if model else []


def _rule_id(data, loc):
    if len(loc) >= 2 and loc[0] == "rules" and isinstance(loc[1], int) and isinstance(data, dict):
        rules = data.get("rules")
        if isinstance(rules, list) and loc[1] < len(rules) and isinstance(rules[loc[1]], dict):
            rule_id = rules[loc[1]].get("id")
            return rule_id if isinstance(rule_id, str) else None
    return None
