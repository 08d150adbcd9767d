"""Every matcher must agree with the Python interpreter, the reference semantics.

For random condition texts (from a grammar covering the whole condition language) and random
facts, each condition goes parse -> check, then to both matchers: compile_condition ->
durable-rules' Matcher (the computed values filled in from the interpreter), and the
compiled matcher (core.compiled_matcher, Python closures of the checked tree). The rules
each reports must be exactly those for which ``interpreter.truth`` holds. Without
durable-rules installed, only the compiled matcher is checked. Many rules share one Matcher per
example, so sharding is exercised too.

The bugs this test found in durable-rules (a missing right-hand field of a fact-against-fact
test read as uninitialised memory; an ``$or`` inside ``$iany``/``$iall`` keeping only the
last field's result, or refusing the ruleset; numbers written with an exponent; per-item
values on lists of texts...) are answered by the compiler and the encoder; the tests at the
end of this module pin each answer, and the main test also checks the compiled form never
again holds what triggered them (``$m`` operands, ``$or`` inside quantifiers).
Run with DIFF_EXAMPLES=5000 DIFF_SHARD_EXAMPLES=1000 for a longer search.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import zoneinfo
from decimal import Decimal
from typing import Literal, Optional

import orjson
import pytest
from hypothesis import HealthCheck, event, given, note, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from dealer_rules.core.conditions.checker import check
from dealer_rules.core.conditions.compiler import ComputedValues, compile_condition
from dealer_rules.core.conditions.interpreter import Env, truth
from dealer_rules.core.conditions.parser import parse
from dealer_rules.core.conditions.syntax import ConditionError
from dealer_rules.core.evaluate import matcher_input
from dealer_rules.core.compiled_matcher import CompiledMatcher
from dealer_rules.core.engine import Matcher, durable_installed
from dealer_rules.core.facts_schema import schema_of

TZ = zoneinfo.ZoneInfo("Asia/Shanghai")
NOW = dt.datetime(2026, 11, 27, 10, 0, tzinfo=TZ)

# -- the facts model -----------------------------------------------------------------------

TIERS = ("silver", "gold", "diamond")
PARTS = ("brake_pads", "tyre", "oil", "wiper")


class Repair(BaseModel):
    part: Literal["brake_pads", "tyre", "oil", "wiper"]
    km: int
    cost: Decimal
    warranty: bool
    note: Optional[str] = None
    done_on: Optional[dt.date] = None


class Customer(BaseModel):
    name: str
    tier: Literal["silver", "gold", "diamond"]
    spend: Decimal
    vip: bool
    referrer: Optional[str] = None
    birthday: Optional[dt.date] = None
    tags: list[str] = []


class Order(BaseModel):
    labour: Decimal
    parts: Decimal
    lines: int
    opened_at: dt.datetime
    discount: Optional[Decimal] = None
    closed_at: Optional[dt.datetime] = None


class TradeIn(BaseModel):
    brand: str
    km: int


class Vehicle(BaseModel):
    km: int
    year: int
    delivered_on: dt.date
    repairs: list[Repair] = []


class Facts(BaseModel):
    customer: Customer
    order: Order
    vehicle: Vehicle
    trade_in: Optional[TradeIn] = None


SCHEMA = schema_of(Facts)


# -- filling in computed values ------------------------------------------------------------

def encoded_for(facts: BaseModel, computed: ComputedValues, now: dt.datetime = NOW,
                schema=None) -> dict:
    """What the matcher is given for these facts: core's own matcher_input."""
    return matcher_input(facts, schema or SCHEMA, computed, Env(facts, now), TZ)


def compile_rules(texts: dict):
    """``{key: text}`` -> (checked nodes, Matcher rules, computed values, keys refused)."""
    computed = ComputedValues()
    checked, rules, refused = {}, [], []
    for key, text in texts.items():
        node = check(parse(text), SCHEMA)
        try:
            compiled = compile_condition(node, computed, TZ)
        except ConditionError as exc:
            # the only refusal a checked condition may get: too many alternatives
            assert "alternatives" in exc.message, (text, exc.message)
            refused.append(key)
            continue
        checked[key] = node
        rules.append((key, compiled.terms))
    return checked, rules, computed, refused


def _quantified(rules):
    for _, terms in rules:
        for term in terms:
            for leaf in term:
                inner = leaf.get("$iany") or leaf.get("$iall")
                if inner:
                    yield inner


def assert_safe_form(rules) -> None:
    """The compiled form never holds what durable-rules mishandles: a fact-against-fact
    operand ($m) or an $or inside $iany/$iall."""
    text = orjson.dumps(rules).decode()
    assert '"$m"' not in text, "a fact-against-fact test reached the matcher"
    for inner in _quantified(rules):
        assert '"$or"' not in orjson.dumps(inner).decode(), "an $or inside a quantifier"


DURABLE = durable_installed()


def compiled_disagreements(checked: dict, facts: BaseModel, now: dt.datetime = NOW) -> list:
    """The keys on which the compiled matcher and the interpreter disagree."""
    env = Env(facts, now)
    got = CompiledMatcher(list(checked.items())).match(env)
    assert len(got) == len(set(got)), f"a rule was reported twice: {got}"
    expected = {k for k, node in checked.items() if truth(node, env)}
    return sorted(expected ^ set(got))


def expected_and_got(matcher: Matcher, checked: dict, computed: ComputedValues, facts: Facts,
                     now: dt.datetime = NOW):
    encoded = encoded_for(facts, computed, now)
    env = Env(facts, now)
    expected = sorted(k for k, node in checked.items() if truth(node, env))
    got = matcher.match(encoded)
    assert len(got) == len(set(got)), f"a rule was reported twice: {got}"
    return expected, sorted(got), encoded


# -- the condition grammar -----------------------------------------------------------------

ROOT_NUMBERS = ["customer.spend", "order.labour", "order.parts", "order.discount", "order.lines",
                "vehicle.km", "vehicle.year", "trade_in.km"]
ITEM_NUMBERS = ["item.km", "item.cost"]
ROOT_TEXTS = ["customer.name", "customer.referrer", "trade_in.brand"]
ITEM_TEXTS = ["item.note"]
ROOT_DATES = ["vehicle.delivered_on", "customer.birthday", "today"]
ITEM_DATES = ["item.done_on"]
ROOT_DATETIMES = ["order.opened_at", "order.closed_at", "now"]
EXISTS_ROOT = ["customer.referrer", "customer.birthday", "customer.tags", "order.discount",
               "order.closed_at", "trade_in.brand", "trade_in.km", "vehicle.repairs",
               "customer.name"]
EXISTS_ITEM = ["item.note", "item.done_on", "item.km"]
TEXTS = ["", "A1", "vip", "gold", "C-7", "张三", "李四", "王", "brake", "x y", "Ann", "ann"]
PATTERNS = ["", "A", "a", "张", "1", "vip", "C-", " "]
REGEXES = ["A.*", "[a-z]+", "张.*", ".*1", "", "C-[0-9]", ".*", "(vip|gold)"]
COMPARE_OPS = ["==", "!=", "<", "<=", ">", ">="]


def _quote(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _number_text(d: Decimal) -> str:
    return format(d, "f")


number_literals = st.one_of(
    st.sampled_from([0, 1, 2, 3, 10, 100, 999, 1000, 2020, 30000, -1, -50]).map(Decimal),
    st.integers(-1000, 200_000).map(Decimal),
    st.decimals(min_value=-1000, max_value=100_000, places=2, allow_nan=False,
                allow_infinity=False),
).map(_number_text)


def _date_literal(draw) -> str:
    d = NOW.date() + dt.timedelta(days=draw(st.integers(-400, 400)))
    return f'date("{d.isoformat()}")'


def _datetime_literal(draw) -> str:
    t = NOW + dt.timedelta(minutes=draw(st.integers(-20 * 24 * 60, 20 * 24 * 60)))
    if draw(st.booleans()):  # naive: read in the ruleset's time zone
        return f'datetime("{t.replace(tzinfo=None).isoformat()}")'
    return f'datetime("{t.astimezone(dt.timezone.utc).isoformat()}")'


def number_expr(draw, item: bool, depth: int, need_item: bool = False) -> str:
    """A number: a field, a literal or arithmetic. ``need_item``: must use an item field."""
    fields = ITEM_NUMBERS if need_item else ROOT_NUMBERS + (ITEM_NUMBERS if item else [])
    choice = draw(st.integers(0, 9 if depth > 0 else 4))
    if choice <= 2 or (need_item and choice <= 4):
        return draw(st.sampled_from(fields))
    if choice <= 4:
        return draw(number_literals)
    if choice == 5:
        # date - date is a number of days
        if need_item:
            return f"(today - {draw(st.sampled_from(ITEM_DATES))})"
        return f"({date_expr(draw, item, 0)} - {date_expr(draw, item, 0)})"
    if choice == 6:
        return f"-({number_expr(draw, item, depth - 1, need_item)})"
    op = draw(st.sampled_from("+-*/"))
    if op == "/" and draw(st.booleans()):
        # a divisor that may be zero
        right = draw(st.sampled_from(["order.lines", "order.discount", "trade_in.km", "0"]
                                     + (["item.km"] if item else [])))
    else:
        right = number_expr(draw, item, depth - 1)
    left = number_expr(draw, item, depth - 1, need_item)
    if draw(st.booleans()) and not need_item:
        left, right = right, left
    return f"({left} {op} {right})"


def date_expr(draw, item: bool, depth: int, need_item: bool = False) -> str:
    fields = ITEM_DATES if need_item else ROOT_DATES + (ITEM_DATES if item else [])
    choice = draw(st.integers(0, 3 if depth > 0 else 1))
    if choice == 0 or need_item and choice == 1:
        base = draw(st.sampled_from(fields))
    elif choice == 1:
        base = _date_literal(draw)
    else:
        base = date_expr(draw, item, depth - 1, need_item)
    if choice >= 2:
        n = draw(st.integers(-400, 400))
        op = draw(st.sampled_from("+-"))
        return f"({base} {op} days({n}))" if n >= 0 else f"({base} {op} days(-{-n}))"
    return base


def datetime_expr(draw, depth: int) -> str:
    choice = draw(st.integers(0, 3 if depth > 0 else 1))
    if choice == 0:
        return draw(st.sampled_from(ROOT_DATETIMES))
    if choice == 1:
        return _datetime_literal(draw)
    unit = draw(st.sampled_from(["days", "hours", "minutes"]))
    n = draw(st.integers(0, 500))
    return f"({datetime_expr(draw, depth - 1)} {draw(st.sampled_from('+-'))} {unit}({n}))"


def duration_expr(draw, depth: int) -> str:
    choice = draw(st.integers(0, 3 if depth > 0 else 1))
    if choice == 0:
        unit = draw(st.sampled_from(["days", "hours", "minutes"]))
        return f"{unit}({draw(st.integers(0, 500))})"
    if choice == 1:
        return f"({datetime_expr(draw, 0)} - {datetime_expr(draw, 0)})"
    if choice == 2:
        return f"({duration_expr(draw, depth - 1)} * {draw(st.integers(0, 5))})"
    return f"({duration_expr(draw, depth - 1)} + {duration_expr(draw, depth - 1)})"


def _swap(draw, left: str, right: str) -> tuple[str, str]:
    return (right, left) if draw(st.booleans()) else (left, right)


def leaf(draw, item: bool) -> str:
    """One test; inside any()/all() over vehicle.repairs (``item``), it looks at the item."""
    kind = draw(st.sampled_from(
        ["number", "number", "number", "text", "enum", "bool", "date", "datetime", "duration",
         "in", "textop", "exists", "const"] + ([] if item else ["quantifier", "quantifier",
                                                               "contains"])))
    op = draw(st.sampled_from(COMPARE_OPS))
    if kind == "number":
        left = number_expr(draw, item, 2, need_item=item)
        right = number_expr(draw, item, 2)
        left, right = _swap(draw, left, right)
        return f"{left} {op} {right}"
    if kind == "text":
        op = draw(st.sampled_from(["==", "!="]))
        left = draw(st.sampled_from(ITEM_TEXTS if item else ROOT_TEXTS))
        if draw(st.booleans()):
            right = _quote(draw(st.sampled_from(TEXTS)))
        else:
            right = draw(st.sampled_from(ROOT_TEXTS + (ITEM_TEXTS if item else [])))
        left, right = _swap(draw, left, right)
        return f"{left} {op} {right}"
    if kind == "enum":
        op = draw(st.sampled_from(["==", "!="]))
        if item:
            return f"item.part {op} {_quote(draw(st.sampled_from(PARTS)))}"
        if draw(st.integers(0, 3)) == 0:
            return f"customer.tier {op} {draw(st.sampled_from(ROOT_TEXTS))}"
        return f"customer.tier {op} {_quote(draw(st.sampled_from(TIERS)))}"
    if kind == "bool":
        field = "item.warranty" if item else "customer.vip"
        form = draw(st.integers(0, 3))
        if form == 0:
            return field
        if form == 1:
            return f"not {field}"
        return f"{field} {draw(st.sampled_from(['==', '!=']))} {draw(st.sampled_from(['true', 'false']))}"
    if kind == "date":
        left = date_expr(draw, item, 2, need_item=item)
        right = date_expr(draw, item, 2)
        left, right = _swap(draw, left, right)
        return f"{left} {op} {right}"
    if kind in ("datetime", "duration") and item:
        # the items have no date-times: compare an item date with today instead
        return f"{date_expr(draw, True, 1, need_item=True)} {op} today"
    if kind == "datetime":
        left, right = datetime_expr(draw, 2), datetime_expr(draw, 2)
        return f"{left} {op} {right}"
    if kind == "duration":
        return f"{duration_expr(draw, 2)} {op} {duration_expr(draw, 2)}"
    if kind == "in":
        neg = draw(st.sampled_from(["in", "not in"]))
        what = draw(st.integers(0, 2))
        if what == 0:
            left = "item.part" if item else "customer.tier"
            values = draw(st.lists(st.sampled_from(PARTS if item else TIERS), min_size=1, max_size=4))
            return f"{left} {neg} [{', '.join(map(_quote, values))}]"
        if what == 1:
            left = draw(st.sampled_from(ITEM_TEXTS if item else ROOT_TEXTS))
            values = draw(st.lists(st.sampled_from(TEXTS), min_size=1, max_size=4))
            return f"{left} {neg} [{', '.join(map(_quote, values))}]"
        left = draw(st.sampled_from(ITEM_NUMBERS if item else ROOT_NUMBERS))
        values = draw(st.lists(number_literals, min_size=1, max_size=4))
        return f"{left} {neg} [{', '.join(values)}]"
    if kind == "textop":
        textop = draw(st.sampled_from(["matches", "startswith", "endswith", "contains"]))
        left = draw(st.sampled_from(ITEM_TEXTS + ["item.part"] if item else ROOT_TEXTS + ["customer.tier"]))
        pattern = draw(st.sampled_from(REGEXES if textop == "matches" else PATTERNS))
        return f"{left} {textop} {_quote(pattern)}"
    if kind == "exists":
        path = draw(st.sampled_from(EXISTS_ITEM if item else EXISTS_ROOT))
        return f"{draw(st.sampled_from(['', 'not ']))}exists({path})"
    if kind == "const":
        return draw(st.sampled_from(["true", "false"]))
    if kind == "contains":
        return f"customer.tags contains {_quote(draw(st.sampled_from(TEXTS)))}"
    # a quantifier
    q = draw(st.sampled_from(["any", "all"]))
    if draw(st.integers(0, 3)) == 0:
        # over a list of texts (per-item text tests: the whole any()/all() is computed)
        form = draw(st.integers(0, 3))
        if form == 0:
            inner = f"item {draw(st.sampled_from(['==', '!=']))} {_quote(draw(st.sampled_from(TEXTS)))}"
        elif form == 1:
            values = draw(st.lists(st.sampled_from(TEXTS), min_size=1, max_size=3))
            inner = f"item {draw(st.sampled_from(['in', 'not in']))} [{', '.join(map(_quote, values))}]"
        elif form == 2:
            inner = "item == customer.name"
        else:
            textop = draw(st.sampled_from(["matches", "startswith", "endswith", "contains"]))
            pattern = draw(st.sampled_from(REGEXES if textop == "matches" else PATTERNS))
            inner = f"item {textop} {_quote(pattern)}"
        return f"{q}(customer.tags, {inner})"
    return f"{q}(vehicle.repairs, {condition(draw, True, draw(st.integers(0, 2)))})"


def condition(draw, item: bool, depth: int) -> str:
    if depth <= 0:
        return leaf(draw, item)
    form = draw(st.integers(0, 4))
    if form <= 1:
        return leaf(draw, item)
    if form == 2:
        return f"not ({condition(draw, item, depth - 1)})"
    op = "and" if form == 3 else "or"
    parts = [condition(draw, item, depth - 1) for _ in range(draw(st.integers(2, 3)))]
    return "(" + f" {op} ".join(parts) + ")"


@st.composite
def conditions(draw):
    return condition(draw, False, draw(st.integers(0, 3)))


# -- random facts --------------------------------------------------------------------------

texts = st.sampled_from(TEXTS)
money = st.one_of(st.sampled_from([Decimal(0), Decimal("0.01"), Decimal(1000), Decimal("999.99")]),
                  st.decimals(min_value=-100, max_value=100_000, places=2, allow_nan=False,
                              allow_infinity=False))
small_ints = st.one_of(st.sampled_from([0, 1, 2, 10, 1000, 2020, 30000]), st.integers(-100, 200_000))
dates = st.integers(-400, 400).map(lambda n: NOW.date() + dt.timedelta(days=n))


@st.composite
def datetimes(draw):
    t = NOW + dt.timedelta(minutes=draw(st.integers(-20 * 24 * 60, 20 * 24 * 60)))
    zone = draw(st.sampled_from(["naive", "local", "utc"]))
    if zone == "naive":
        return t.replace(tzinfo=None)
    return t if zone == "local" else t.astimezone(dt.timezone.utc)


def optional(strategy):
    return st.one_of(st.none(), strategy)


repairs = st.builds(Repair, part=st.sampled_from(PARTS), km=small_ints, cost=money,
                    warranty=st.booleans(), note=optional(texts), done_on=optional(dates))
facts_strategy = st.builds(
    Facts,
    customer=st.builds(Customer, name=texts, tier=st.sampled_from(TIERS), spend=money,
                       vip=st.booleans(), referrer=optional(texts), birthday=optional(dates),
                       tags=st.lists(texts, max_size=3)),
    order=st.builds(Order, labour=money, parts=money, lines=st.integers(0, 3),
                    opened_at=datetimes(), discount=optional(money),
                    closed_at=optional(datetimes())),
    vehicle=st.builds(Vehicle, km=small_ints, year=st.integers(1990, 2027),
                      delivered_on=dates, repairs=st.lists(repairs, max_size=3)),
    trade_in=optional(st.builds(TradeIn, brand=texts, km=small_ints)),
)


# -- the differential test -----------------------------------------------------------------

@settings(max_examples=int(os.environ.get("DIFF_EXAMPLES", "350")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(texts=st.lists(conditions(), min_size=10, max_size=80),
       facts_list=st.lists(facts_strategy, min_size=1, max_size=5))
def test_matcher_agrees_with_interpreter(texts, facts_list):
    """Every rule the interpreter says holds is reported, and no other."""
    keys = {f"r{i}": text for i, text in enumerate(texts)}
    checked, rules, computed, refused = compile_rules(keys)
    for key in refused:
        event("a condition refused for too many alternatives")
    assert_safe_form(rules)
    for facts in facts_list:
        wrong = compiled_disagreements(checked, facts)
        assert not wrong, (f"compiled matcher and interpreter disagree on "
                           f"{ {k: keys[k] for k in wrong} }\nfacts: {facts.model_dump_json()}")
    if not DURABLE:
        return
    matcher = Matcher(rules)
    event(f"shards: {min(matcher.shard_count, 4)}{'+' if matcher.shard_count >= 4 else ''}")
    try:
        for facts in facts_list:
            expected, got, encoded = expected_and_got(matcher, checked, computed, facts)
            wrong = sorted(set(expected) ^ set(got))
            if wrong:
                env = Env(facts, NOW)
                detail = "\n".join(f"  {k}: {keys[k]!r} interpreter={truth(checked[k], env)} "
                                   f"terms={dict(rules)[k]}" for k in wrong)
                note(orjson.dumps(encoded).decode())
                pytest.fail(f"matcher and interpreter disagree on {wrong}:\n{detail}\n"
                            f"facts: {facts.model_dump_json()}")
        assert matcher.facts_held() == 0
    finally:
        matcher.close()


@settings(max_examples=int(os.environ.get("DIFF_SHARD_EXAMPLES", "60")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(texts=st.lists(conditions(), min_size=30, max_size=50),
       facts_list=st.lists(facts_strategy, min_size=3, max_size=6))
def test_matcher_agrees_with_interpreter_over_many_shards(texts, facts_list):
    """The same check with rulesets that need several shards: each condition four times
    under different keys (fresh conditions would overrun hypothesis' buffer), so a shard
    boundary falls between copies and every copy must still be reported."""
    test_matcher_agrees_with_interpreter.hypothesis.inner_test(texts * 4, facts_list)


# -- hand-written cases ----------------------------------------------------------------------

BASE = {
    "customer": {"name": "Ann", "tier": "gold", "spend": "1200", "vip": True},
    "order": {"labour": "600", "parts": "400", "lines": 2, "opened_at": "2026-11-26T09:00:00+08:00"},
    "vehicle": {"km": 31000, "year": 2020, "delivered_on": "2025-11-01"},
}


def make_facts(**changes) -> Facts:
    data = json.loads(json.dumps(BASE))
    for dotted, value in changes.items():
        target = data
        *parents, last = dotted.split("__")
        for name in parents:
            target = target.setdefault(name, {})
        target[last] = value
    return Facts.model_validate(data)


def agree(texts: dict, facts: Facts) -> list:
    """The keys that hold, after asserting the Matcher and the interpreter agree on them."""
    checked, rules, computed, refused = compile_rules(texts)
    assert not refused
    wrong = compiled_disagreements(checked, facts)
    assert not wrong, {k: texts[k] for k in wrong}
    if not DURABLE:
        env = Env(facts, NOW)
        return sorted(k for k, node in checked.items() if truth(node, env))
    matcher = Matcher(rules)
    try:
        expected, got, _ = expected_and_got(matcher, checked, computed, facts)
        assert got == expected, {k: texts[k] for k in set(got) ^ set(expected)}
        assert matcher.facts_held() == 0
        return got
    finally:
        matcher.close()


MISSING_REFERRER = {
    "ne": 'customer.referrer != "a"',
    "not_in": 'customer.referrer not in ["a", "b"]',
    "in": 'customer.referrer in ["a", "b"]',
    "eq": 'customer.referrer == "a"',
    "not_eq": 'not (customer.referrer == "a")',
    "not_ne": 'not (customer.referrer != "a")',
    "not_in_negated": 'not (customer.referrer in ["a"])',
    "not_not_in": 'not (customer.referrer not in ["a"])',
    "startswith": 'customer.referrer startswith "a"',
    "not_startswith": 'not (customer.referrer startswith "a")',
    "exists": "exists(customer.referrer)",
    "not_exists": "not exists(customer.referrer)",
    "field_ne": "customer.name != customer.referrer",
    "not_field_eq": "not (customer.name == customer.referrer)",
}


def test_missing_value_semantics():
    """A comparison with a missing value is false, also != and not in; `not` negates the
    whole comparison, so `not (x == "a")` holds when x is missing."""
    got = agree(MISSING_REFERRER, make_facts())
    assert got == sorted(["not_eq", "not_ne", "not_in_negated", "not_not_in", "not_startswith",
                          "not_exists", "not_field_eq"])


def test_present_value_semantics():
    got = agree(MISSING_REFERRER, make_facts(customer__referrer="a"))
    assert got == sorted(["in", "eq", "not_ne", "not_not_in", "startswith", "exists",
                          "field_ne", "not_field_eq"])


EMPTY_LISTS = {
    "all": "all(vehicle.repairs, item.km > 0)",
    "any": "any(vehicle.repairs, item.km > 0)",
    "not_any": "not any(vehicle.repairs, item.km > 0)",
    "not_all": "not all(vehicle.repairs, item.km > 0)",
    "all_tags": 'all(customer.tags, item == "vip")',
    "not_any_tags": 'not any(customer.tags, item == "vip")',
    "exists": "exists(vehicle.repairs)",
    "not_exists": "not exists(customer.tags)",
    "contains": 'customer.tags contains "vip"',
    "not_contains": 'not (customer.tags contains "vip")',
    "any_true": "any(vehicle.repairs, true)",
    "all_true": "all(vehicle.repairs, true)",
}


def test_empty_list_semantics():
    """all() and any() of an empty list are false; their negations are true."""
    got = agree(EMPTY_LISTS, make_facts())
    assert got == sorted(["not_any", "not_all", "not_any_tags", "not_exists", "not_contains"])


def test_non_empty_list_semantics():
    facts = make_facts(vehicle__repairs=[{"part": "tyre", "km": 5, "cost": "1", "warranty": False}],
                       customer__tags=["vip"])
    got = agree(EMPTY_LISTS, facts)
    assert got == sorted(["all", "any", "all_tags", "exists", "contains", "any_true",
                          "all_true"])


def test_division_by_zero_is_a_missing_value():
    texts = {"gt": "order.labour / order.lines > 1", "le": "order.labour / order.lines <= 1",
             "not_gt": "not (order.labour / order.lines > 1)",
             "zero_literal": "order.labour / 0 == 0", "ok": "order.labour / 2 == 300"}
    assert agree(texts, make_facts(order__lines=0)) == ["not_gt", "ok"]
    assert agree(texts, make_facts(order__lines=3)) == ["gt", "ok"]


def test_dates_times_and_durations():
    texts = {
        "delivered_over_a_year": "today - vehicle.delivered_on > 365",
        "delivered_plus_30": "vehicle.delivered_on + days(30) < today",
        "opened_over_24h": "now - order.opened_at > hours(24)",
        "opened_under_2d": "now - order.opened_at < days(2)",
        "opened_before": 'order.opened_at < datetime("2026-11-26T10:00")',
        "opened_before_utc": 'order.opened_at < datetime("2026-11-26T01:00:00+00:00")',
        "on_date": 'vehicle.delivered_on == date("2025-11-01")',
        "closed_after_opened": "order.closed_at - order.opened_at > minutes(90)",
    }
    assert agree(texts, make_facts()) == sorted(["delivered_over_a_year", "delivered_plus_30",
                                                 "opened_over_24h", "opened_under_2d",
                                                 "opened_before", "on_date"])
    facts = make_facts(order__closed_at="2026-11-26T10:31:00+08:00",
                       order__opened_at="2026-11-26T09:00:00")  # naive: read in the ruleset's zone
    assert "closed_after_opened" in agree(texts, facts)


def test_chinese_texts_and_enum_values():
    texts = {"name": 'customer.name == "张三"', "starts": 'customer.name startswith "张"',
             "full_width": "customer.name ＝＝ “张三”", "tags": 'customer.tags contains "白金"',
             "in": 'customer.name in ["李四", "张三"]', "tier": 'customer.tier != "gold"'}
    got = agree(texts, make_facts(customer__name="张三", customer__tags=["白金"]))
    assert got == sorted(["name", "starts", "full_width", "tags", "in"])


# -- what the differential test found, and how it is answered ------------------------------

def test_field_against_missing_field_is_false():
    """durable-rules misreads a missing right-hand field; such tests are computed instead."""
    texts = {"labour_over_parts": "order.labour > order.parts",
             "km_over_trade_in": "vehicle.km > trade_in.km",
             "labour_over_discount": "order.labour > order.discount"}
    # no trade_in, no discount: only the first holds
    assert agree(texts, make_facts()) == ["labour_over_parts"]


def test_item_against_missing_field_is_false():
    facts = make_facts(vehicle__repairs=[{"part": "tyre", "km": 5, "cost": "1", "warranty": True}])
    texts = {"labour_over_parts": "order.labour > order.parts",
             "cost_is_discount": "any(vehicle.repairs, item.warranty and item.cost == order.discount)"}
    assert agree(texts, facts) == ["labour_over_parts"]


def test_negated_item_test_against_optional_fact_field():
    facts = make_facts(vehicle__repairs=[{"part": "tyre", "km": 5, "cost": "1", "warranty": False}],
                       trade_in={"brand": "x", "km": 5})
    texts = {"r": "any(vehicle.repairs, not (item.km == trade_in.km))",
             "computed": "any(vehicle.repairs, not (item.km == trade_in.km * 1))"}
    assert agree(texts, facts) == []


def test_or_of_two_item_fields():
    facts = make_facts(vehicle__repairs=[{"part": "tyre", "km": 5, "cost": "1", "warranty": False}])
    texts = {"any": 'any(vehicle.repairs, item.part == "tyre" or item.km > 1000)',
             "all": 'all(vehicle.repairs, item.part == "tyre" or item.km > 1000)',
             "not_all": 'not all(vehicle.repairs, item.part != "tyre" and item.km <= 1000)'}
    assert agree(texts, facts) == ["all", "any", "not_all"]


@pytest.mark.skipif(not DURABLE, reason="durable-rules is not installed here")
def test_or_inside_quantifier_is_never_sent_so_never_refused():
    """durable-rules may refuse (error 102, uninitialised memory) a ruleset with an $or
    inside $iany/$iall; none is ever compiled, and 700 builds under a heap primed with the
    bytes that triggered it are never refused."""
    checked, rules, _, _ = compile_rules(
        {"r": 'any(vehicle.repairs, item.part == "tyre" or item.km > 1000)',
         "s": 'any(vehicle.repairs, item.part in ["tyre", "oil"])'})
    assert_safe_form(rules)
    code = f"""
import json
from dealer_rules.core.engine import EngineError, Matcher
rules = json.loads({json.dumps(json.dumps(rules))})
refused = 0
for size in range(300, 1000):
    junk = [b"\\x09" * size for _ in range(50)]  # leave this byte in freed heap memory
    del junk
    try:
        Matcher(rules).close()
    except EngineError as exc:
        refused += 1
print(refused)
"""
    import subprocess
    import sys
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "0", f"refused {result.stdout.strip()} times in 700"


def test_fixed_datetimes_compared_naive_with_aware():
    texts = {"r": 'datetime("2026-11-27T10:00") > datetime("2026-11-27T01:00:00+00:00")'}
    assert agree(texts, make_facts()) == ["r"]


def test_per_item_computed_value_on_a_list_of_texts():
    texts = {"r": 'any(customer.tags, item startswith "v")',
             "s": 'all(customer.tags, item matches "[a-z]+")',
             "t": 'not any(customer.tags, item endswith "p")'}
    assert agree(texts, make_facts(customer__tags=["vip", "x"])) == ["r", "s"]


def test_tiny_and_huge_computed_values():
    """1e-05 and 1e+16 are written 1.0e-05 / 1.0e+16, which durable-rules can read."""
    texts = {"tiny": "order.labour / 100000000 > 0", "tiny_eq": "order.labour / 100000000 == 0.000006",
             "huge": "order.labour * 100000000000000 > 1", "zero": "order.labour * 0 == 0"}
    assert agree(texts, make_facts()) == ["huge", "tiny", "tiny_eq", "zero"]


def test_as_many_computed_values_as_a_ruleset_may_have_still_match():
    from dealer_rules.core.compile import MAX_COMPUTED
    texts = {f"r{i}": f"order.labour * {i + 2} > 100" for i in range(MAX_COMPUTED)}
    assert len(agree(texts, make_facts())) == MAX_COMPUTED


def test_top_level_id_fields_are_reserved():
    from dealer_rules.core.facts_schema import SchemaError

    class WithId(BaseModel):
        id: int
        name: str

    with pytest.raises(SchemaError, match="'id' and 'sid' are reserved at the top level"):
        schema_of(WithId)
