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
    out = {}
    fields = schema.fields
    for name, ftype in fields.items():
        value = getattr(facts, name)
        if value is None:
            continue
        kind = ftype.kind
        if kind == OBJECT:
            out[name] = encode_facts(value, ftype, tz)
        elif kind == LIST:
            if not value:
                continue
            item = ftype.item
            if item.kind == OBJECT:
                out[name] = [encode_facts(v, item, tz) for v in value]
            else:
                out[name] = [encode_value(v, tz) for v in value]
        else:
            out[name] = encode_value(value, tz)
    return out
