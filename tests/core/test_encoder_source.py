"""The generated facts encoder (core.encoder_source) writes exactly what the closure encoder
(core.encoding.encoder_for) writes, for every kind of field, and refuses the same values
with the same paths. The durable matcher reads what it writes, so a difference would be a
rule deciding differently on durable than on the compiled matcher."""
from __future__ import annotations

import datetime as dt
import enum
import zoneinfo
from decimal import Decimal
from pathlib import Path
from typing import Literal, Optional

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dealer_rules import Facts
from dealer_rules.core.encoder_source import fast_encoder
from dealer_rules.core.encoding import MAX_TEXT, NotMatchable, encoder_for
from dealer_rules.core.facts_schema import LIST, OBJECT, schema_of
from dealer_rules.core.plugins import get_plugin_manager
from dealer_rules.core.ruleset import load_ruleset
from dealer_rules.core.shipped import shipped_rulesets
from dealer_rules.testing import compiled_ruleset

TZ = zoneinfo.ZoneInfo("Asia/Shanghai")


class Colour(enum.Enum):
    RED = "red"
    BLUE = "blue"


class Part(Facts):
    name: str
    count: int
    price: Decimal
    fitted_on: Optional[dt.date] = None
    checked_at: Optional[dt.datetime] = None


class Car(Facts):
    colour: Colour
    kind: Literal["suv", "sedan"]
    km: Optional[int] = None
    weight: float = 0.0
    electric: bool = False
    owner: Optional[str] = None
    parts: list[Part] = []
    tags: list[str] = []
    service_days: list[dt.date] = []
    readings: list[float] = []


class Visit(Facts):
    car: Car
    spend: Optional[Decimal] = None
    when: Optional[dt.datetime] = None


def every_field(schema) -> dict:
    """The used-fields tree of every field of a schema."""
    tree = {}
    for name, field in schema.fields.items():
        if field.kind == LIST and field.item is not None:
            field = field.item
        tree[name] = every_field(field) if field.kind == OBJECT else {}
    return tree


SCHEMA = schema_of(Visit)
USED = every_field(SCHEMA)

numbers = st.one_of(st.integers(-2 ** 60, 2 ** 60), st.just(0),
                    st.integers(-10, 10).map(lambda n: n * 10 ** 17))
floats = st.floats(allow_nan=False, allow_infinity=False, width=64)
decimals = st.decimals(allow_nan=False, allow_infinity=False, places=2,
                       min_value=-10 ** 20, max_value=10 ** 20)
dates = st.dates(dt.date(1900, 1, 1), dt.date(2200, 1, 1))
times = st.datetimes(dt.datetime(1970, 1, 2), dt.datetime(2200, 1, 1),
                     timezones=st.sampled_from([None, TZ, dt.timezone.utc]))
parts = st.builds(dict, name=st.text(max_size=5), count=numbers, price=decimals,
                  fitted_on=st.none() | dates, checked_at=st.none() | times)
cars = st.builds(dict, colour=st.sampled_from(["red", "blue"]),
                 kind=st.sampled_from(["suv", "sedan"]), km=st.none() | numbers,
                 weight=floats, electric=st.booleans(), owner=st.none() | st.text(max_size=5),
                 parts=st.lists(parts, max_size=3), tags=st.lists(st.text(max_size=3), max_size=3),
                 service_days=st.lists(dates, max_size=2), readings=st.lists(floats, max_size=2))
visits = st.builds(dict, car=cars, spend=st.none() | decimals, when=st.none() | times)


def outcome(encode, facts):
    """The JSON the matcher would read (orjson writes the ``Fragment`` numbers as they are),
    or the refusal."""
    try:
        return orjson.dumps(encode(facts, TZ))
    except NotMatchable as exc:
        return ("refused", str(exc), exc.path, exc.out_of_range)


@settings(max_examples=300, deadline=None)
@given(visits, st.sampled_from([USED, {"car": {"parts": {"price": {}}, "readings": {}},
                                      "_now": {}}, {"car": {}, "spend": {}}]))
def test_the_generated_encoder_writes_what_the_closures_write(data, used):
    facts = Visit.model_validate(data)
    generated = fast_encoder(SCHEMA, used)
    assert generated.source is not None
    assert outcome(generated, facts) == outcome(encoder_for(SCHEMA, used), facts)


def test_a_text_too_long_is_refused_with_its_path():
    facts = Visit.model_validate({"car": {"colour": "red", "kind": "suv", "parts": [
        {"name": "x" * (MAX_TEXT + 1), "count": 1, "price": "1"}]}})
    with pytest.raises(NotMatchable) as refused:
        fast_encoder(SCHEMA, USED)(facts, TZ)
    assert refused.value.path == ["car", "parts", "name"]
    assert outcome(fast_encoder(SCHEMA, USED), facts) == outcome(encoder_for(SCHEMA, USED), facts)


def test_every_shipped_domain_encodes_its_test_cases_alike():
    pm = get_plugin_manager()
    checked = 0
    for path in sorted(Path(shipped_rulesets()).glob("default/*.yaml")):
        text = path.read_text(encoding="utf-8")
        with compiled_ruleset(text, pm, engine="compiled") as ruleset:
            used = every_field(ruleset.schema)
            generated = fast_encoder(ruleset.schema, used)
            assert generated.source is not None, path.name
            for case in load_ruleset(text).document.tests:
                facts = ruleset.domain.facts.model_validate(case.facts)
                assert orjson.dumps(generated(facts, ruleset.tz)) == orjson.dumps(
                    encoder_for(ruleset.schema, used)(facts, ruleset.tz)), (path.name, case.name)
                checked += 1
    assert checked > 20
