"""Problems found in a ruleset, each saying what is wrong and exactly where.

A ``Problem`` carries a translatable message, the source (file name or version), line and
column, the rule it belongs to and the field path; ``RulesetError`` carries all problems
found at once, so an author fixes them in one pass rather than one per run.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from .messages import Message, Term, UserError
from .yaml_source import Position, Positions


@dataclass
class Problem:
    message: Message
    source: str = ""
    line: int | None = None
    column: int | None = None
    rule: str | None = None
    path: str = ""
    #: "error" stops a ruleset; a "warning" is shown but does not (a label contradicting its
    #: number, core/label_check.py; a gap between decision-table rows)
    severity: str = "error"

    def render(self, lang: str = "en") -> str:
        where = self.source or "<ruleset>"
        if self.line:
            where += f":{self.line}"
            if self.column:
                where += f":{self.column}"
        context = []
        if self.rule:
            context.append(("rule " if lang != "zh" else "规则 ") + self.rule)
        if self.path:
            context.append(self.path)
        sep = "，" if lang == "zh" else ", "
        prefix = f"{where}: " + (sep.join(context) + ": " if context else "")
        if self.severity == "warning":
            prefix += "提醒：" if lang == "zh" else "warning: "
        return prefix + self.message.render(lang)

    def as_dict(self, lang: str = "en") -> dict:
        return {"message": self.message.render(lang), "code": self.message.code,
                "source": self.source, "line": self.line, "column": self.column,
                "rule": self.rule, "path": self.path, "severity": self.severity}


class RulesetError(UserError):
    """One or more problems that stop a ruleset from loading (all found at once)."""

    def __init__(self, problems):
        self.problems = list(problems)
        self.msg = self.problems[0].message if self.problems else Message("invalid_value", detail="")
        ValueError.__init__(self, self.render("en"))

    def render(self, lang: str = "en") -> str:
        return "\n".join(p.render(lang) for p in self.problems)

    def __str__(self):
        return self.render("en")


def loc_text(loc) -> str:
    """A pydantic-style location as a readable path: rules[3].then[0].grant_benefit.code"""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


_PYDANTIC = {
    "missing": lambda e, names: Message("required"),
    "extra_forbidden": lambda e, names: Message(
        "unknown_key", name=e["loc"][-1], hint=_did_you_mean(str(e["loc"][-1]), names)),
    "literal_error": lambda e, names: Message("one_of", allowed=_choices(e)),
    "enum": lambda e, names: Message("one_of", allowed=_choices(e)),
    "string_type": lambda e, names: Message("expected_kind", kind=Term("string")),
    "int_type": lambda e, names: Message("expected_kind", kind=Term("whole_number")),
    "int_parsing": lambda e, names: Message("expected_kind", kind=Term("whole_number")),
    "int_from_float": lambda e, names: Message("expected_kind", kind=Term("whole_number")),
    "float_parsing": lambda e, names: Message("expected_kind", kind=Term("number")),
    "float_type": lambda e, names: Message("expected_kind", kind=Term("number")),
    "finite_number": lambda e, names: Message("number_out_of_range", limit="1.7e308"),  # a float's range
    "decimal_parsing": lambda e, names: Message("expected_kind", kind=Term("number")),
    "decimal_type": lambda e, names: Message("expected_kind", kind=Term("number")),
    "bool_parsing": lambda e, names: Message("expected_kind", kind=Term("bool")),
    "bool_type": lambda e, names: Message("expected_kind", kind=Term("bool")),
    "date_parsing": lambda e, names: Message("expected_kind", kind=Term("date")),
    "date_from_datetime_parsing": lambda e, names: Message("expected_kind", kind=Term("date")),
    "date_type": lambda e, names: Message("expected_kind", kind=Term("date")),
    "datetime_parsing": lambda e, names: Message("expected_kind", kind=Term("datetime")),
    "datetime_from_date_parsing": lambda e, names: Message("expected_kind", kind=Term("datetime")),
    "datetime_type": lambda e, names: Message("expected_kind", kind=Term("datetime")),
    "timezone_aware": lambda e, names: Message("needs_timezone"),
    "list_type": lambda e, names: Message("expected_kind", kind=Term("list")),
    "dict_type": lambda e, names: Message("expected_kind", kind=Term("object")),
    "model_type": lambda e, names: Message("expected_kind", kind=Term("object")),
    "model_attributes_type": lambda e, names: Message("expected_kind", kind=Term("object")),
    "string_pattern_mismatch": lambda e, names: Message(
        "pattern_mismatch", pattern=e.get("ctx", {}).get("pattern", "")),
    "greater_than_equal": lambda e, names: Message("at_least", limit=e.get("ctx", {}).get("ge")),
    "greater_than": lambda e, names: Message("more_than", limit=e.get("ctx", {}).get("gt")),
    "less_than_equal": lambda e, names: Message("at_most", limit=e.get("ctx", {}).get("le")),
    "less_than": lambda e, names: Message("less_than", limit=e.get("ctx", {}).get("lt")),
    "string_too_short": lambda e, names: Message("too_short"),
    "string_too_long": lambda e, names: Message("too_long", limit=e.get("ctx", {}).get("max_length")),
    "too_long": lambda e, names: Message("too_many_items", limit=e.get("ctx", {}).get("max_length")),
}


def _choices(error: dict) -> list[str]:
    """pydantic's "'a', 'b' or 'c'" as a list, so it renders in the reader's language."""
    expected = str(error.get("ctx", {}).get("expected", ""))
    found = re.findall(r"'((?:[^'\\]|\\.)*)'", expected)
    return found or [expected]


def pydantic_message(error: dict, names=()) -> Message:
    """A translatable message for one pydantic error (``ValidationError.errors()`` item).

    :param names: the field names allowed where the error is, for "did you mean".
    """
    make = _PYDANTIC.get(error["type"])
    if make is not None:
        return make(error, names)
    detail = error.get("msg", "")
    if error["type"] == "value_error":
        ctx = error.get("ctx", {}).get("error")
        if isinstance(ctx, UserError):
            return ctx.msg
        detail = detail.removeprefix("Value error, ")
    return Message("invalid_value", detail=detail)


def _did_you_mean(name: str, names) -> Message | str:
    close = difflib.get_close_matches(name, list(names), n=1, cutoff=0.6)
    return Message("did_you_mean", suggestion=close[0]) if close else ""


def position_for(positions: Positions | None, loc, key: bool = False) -> Position | None:
    if positions is None:
        return None
    return positions.key_of(loc) if key else positions.of(loc)
