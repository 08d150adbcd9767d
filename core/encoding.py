"""Turn facts into the plain JSON values the matcher compares.

The matcher knows numbers, strings and booleans only, so dates become day numbers,
date-times become epoch seconds, money (Decimal) becomes a float for comparison, enums
their value. Missing values (None) and empty lists are left out, so ``exists(x)`` means
"has a value" and, for a list, "has items". Used when a fact is matched and when a
condition's literal is compiled, so both sides are encoded the same way.
"""
from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal

from pydantic import BaseModel

from .conditions.syntax import Duration
from .facts_schema import LIST, OBJECT, FieldType

_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()
_SAFE_INT = 2 ** 53


def encode_value(value, tz: dt.tzinfo):
    """One scalar value as the matcher sees it."""
    if isinstance(value, enum.Enum):
        value = value.value
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return value if -_SAFE_INT < value < _SAFE_INT else float(value)
    if isinstance(value, (float, Decimal)):
        return float(value)
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=tz)
        return value.timestamp()
    if isinstance(value, dt.date):
        return value.toordinal() - _EPOCH_ORDINAL
    if isinstance(value, Duration):
        return float(value.seconds)
    if isinstance(value, dt.timedelta):
        return value.total_seconds()
    raise TypeError(f"cannot encode {type(value).__name__} for the matcher")


def encode_facts(facts: BaseModel, schema: FieldType, tz: dt.tzinfo) -> dict:
    """The matcher's dict for a validated facts model (a fresh dict, safe to add to)."""
    return encoder_for(schema)(facts, tz)


_ENCODERS: dict[int, tuple] = {}


def encoder_for(schema: FieldType):
    """A function ``(facts, tz) -> dict`` specialised to one facts schema (built once):
    each field gets the one conversion its type needs, instead of a chain of type tests
    per value on every evaluation."""
    cached = _ENCODERS.get(id(schema))
    if cached is None or cached[0] is not schema:
        cached = _ENCODERS[id(schema)] = (schema, _object_encoder(schema))
    return cached[1]


def _object_encoder(schema: FieldType):
    steps = tuple((name, _value_encoder(field)) for name, field in schema.fields.items())

    def encode(obj, tz):
        out = {}
        for name, convert in steps:
            value = getattr(obj, name)
            if value is None:
                continue
            if convert is None:
                out[name] = value
            else:
                value = convert(value, tz)
                if value is not _SKIP:
                    out[name] = value
        return out
    return encode


_SKIP = object()


def _value_encoder(field: FieldType):
    """None where the value can be used as it is, else a ``(value, tz) -> value`` function."""
    kind = field.kind
    if kind == OBJECT:
        return _object_encoder(field)
    if kind == LIST:
        item = field.item
        inner = _value_encoder(item)
        if inner is None:
            return lambda v, tz: list(v) if v else _SKIP
        return lambda v, tz: [inner(x, tz) for x in v] if v else _SKIP
    if kind == "string":
        if field.values:  # enum or Literal: enums give their value
            return lambda v, tz: v.value if isinstance(v, enum.Enum) else v
        return None
    if kind == "bool":
        return None
    if kind == "number":
        if field.decimal:
            return lambda v, tz: float(v)
        return _number
    if kind == "date":
        return lambda v, tz: v.toordinal() - _EPOCH_ORDINAL
    return encode_value  # date-times (a naive one takes the group's zone)


def _number(v, tz):
    if type(v) is int:
        return v if -_SAFE_INT < v < _SAFE_INT else float(v)
    return float(v)
