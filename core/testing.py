"""Run a ruleset's own test cases: sample customers and what must be decided for them.

A case passes when every rule listed under ``expect.fired`` applied, none under
``expect.not_fired`` did, and every ``expect.result`` path has the expected value. Paths
are dotted, with ``[0]`` for one list item and ``[*]`` for all of them
(``benefits[*].code``); an expected value may also be ``{contains: [...]}``,
``{not_contains: [...]}`` or ``{length: n}``. Numbers compare exactly as decimals, so
``1080`` equals ``Decimal("1080.00")``.
"""
from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from . import limits
from .compile import CompiledRuleset
from .decision import Decision
from .evaluate import EvaluationError, Evaluator, FactsError
from .messages import Message
from .ruleset import TestCase


@dataclass
class CaseResult:
    group: str
    domain: str
    name: str
    failures: list = field(default_factory=list)  # [Message]
    decision: Decision | None = None

    @property
    def passed(self) -> bool:
        return not self.failures


def run_case(ruleset: CompiledRuleset, evaluator: Evaluator, case: TestCase) -> CaseResult:
    out = CaseResult(ruleset.group, ruleset.domain.name, case.name)
    at = case.at
    if isinstance(at, dt.date) and not isinstance(at, dt.datetime):
        at = dt.datetime.combine(at, dt.time(), tzinfo=ruleset.tz)
    try:
        decision = evaluator.evaluate(ruleset, case.facts, at=at, explain=True)
    except (FactsError, EvaluationError) as exc:
        out.failures.append(exc.msg if isinstance(exc, EvaluationError) else
                            Message("case_facts_invalid", detail=exc.render("en")))
        return out
    out.decision = decision
    known = {r.id for r in ruleset.rules}
    fired = [r.id for r in decision.fired]
    why = {n.id: n for n in decision.not_fired or []}
    for rule_id in case.expect.fired + case.expect.not_fired:
        if rule_id not in known:
            out.failures.append(Message("case_unknown_rule", id=rule_id))
    for rule_id in case.expect.fired:
        if rule_id in known and rule_id not in fired:
            reason = why.get(rule_id)
            detail = f"{reason.reason}: {reason.detail}" if reason else ""
            if reason and reason.values:
                detail += " " + ", ".join(f"{k}={v!r}" for k, v in reason.values.items())
            out.failures.append(Message("case_not_fired", id=rule_id, detail=detail))
    for rule_id in case.expect.not_fired:
        if rule_id in fired:
            out.failures.append(Message("case_fired", id=rule_id))
    result = decision.result.model_dump(mode="python")
    for path, expected in case.expect.result.items():
        problem = _check_path(result, path, expected, ruleset.tz)
        if problem is not None:
            out.failures.append(problem)
    return out


def run_tests(ruleset: CompiledRuleset, evaluator: Evaluator) -> list[CaseResult]:
    """Every case of the ruleset, within the request's time budget (core/limits.py)."""
    out = []
    for case in ruleset.resolved.tests:
        limits.check_time()
        out.append(run_case(ruleset, evaluator, case))
    return out


_STEP = re.compile(r"([^.\[\]]+)|\[(\*|\d+)\]")


def select_path(data, path: str):
    """The value at a dotted path; a list for ``[*]``; raises KeyError if absent."""
    values, many = [data], False
    for name, index in _STEP.findall(path):
        nxt = []
        for v in values:
            if name:
                if not isinstance(v, dict) or name not in v:
                    raise KeyError(name)
                nxt.append(v[name])
            elif index == "*":
                if not isinstance(v, list):
                    raise KeyError("[*]")
                nxt.extend(v)
                many = True
            else:
                if not isinstance(v, list) or int(index) >= len(v):
                    raise KeyError(f"[{index}]")
                nxt.append(v[int(index)])
        values = nxt
    return values if many else values[0]


def _check_path(result: dict, path: str, expected, tz=None):
    try:
        actual = select_path(result, path)
    except KeyError:
        return Message("case_no_path", path=path)
    if isinstance(expected, dict) and len(expected) == 1 and next(iter(expected)) in (
            "contains", "not_contains", "length"):
        (op, want), = expected.items()
        items = actual if isinstance(actual, list) else [actual]
        if op == "length":
            ok = len(items) == want
        else:
            wanted = want if isinstance(want, list) else [want]
            present = [any(same(w, a, tz) for a in items) for w in wanted]
            ok = all(present) if op == "contains" else not any(present)
        return None if ok else Message("case_result", path=path, expected=f"{op} {_show(want)}",
                                       actual=_show(actual))
    return None if same(expected, actual, tz) else Message("case_result", path=path,
                                                        expected=_show(expected), actual=_show(actual))


def expectation_met(expected, actual, tz=None) -> bool:
    """Whether ``actual`` meets one ``expect.result`` value (operators included)."""
    return _check_path({"v": actual}, "v", expected, tz) is None


def same(expected, actual, tz=None) -> bool:
    """Equality as a rule author means it: numbers as decimals, enums by value, dates by
    their ISO text (a date-time without an offset is read in the group's zone ``tz``),
    lists item by item, mappings key by key."""
    if isinstance(actual, enum.Enum):
        actual = actual.value
    if isinstance(expected, list) and isinstance(actual, (list, tuple)):
        return len(expected) == len(actual) and all(same(e, a, tz) for e, a in zip(expected, actual))
    if isinstance(expected, dict) and isinstance(actual, dict):
        return all(k in actual and same(v, actual[k], tz) for k, v in expected.items())
    if isinstance(actual, bool) or isinstance(expected, bool):
        return expected is actual or expected == actual and type(expected) is type(actual)
    if isinstance(actual, (int, float, Decimal)) and isinstance(expected, (int, float, Decimal, str)):
        try:
            return Decimal(str(expected)) == Decimal(str(actual))
        except InvalidOperation:
            return False
    if isinstance(actual, (dt.date, dt.datetime)):
        parsed = expected
        if not isinstance(expected, (dt.date, dt.datetime)):
            try:
                parsed = type(actual).fromisoformat(str(expected))
            except ValueError:
                return False
        if isinstance(parsed, dt.datetime) and parsed.tzinfo is None and isinstance(actual, dt.datetime) \
                and actual.tzinfo is not None:
            parsed = parsed.replace(tzinfo=tz or actual.tzinfo)
        return parsed == actual
    return expected == actual


def _show(value) -> str:
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(_show(v) for v in value) + "]"
    return repr(value) if isinstance(value, str) else str(value)
