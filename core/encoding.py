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

import orjson
from pydantic import BaseModel

from .conditions.syntax import Duration
from .facts_schema import LIST, OBJECT, FieldType

EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()
_SAFE_INT = 2 ** 53
#: durable-rules compares texts on their length modulo 65,536 bytes; 16,000 characters stay
#: under that even at 4 bytes each
MAX_TEXT = 16_000


class NotMatchable(ValueError):
    """A value the matcher cannot hold exactly (an infinite number, a text too long);
    ``path`` says where it is in the facts."""

    def __init__(self, message: str, out_of_range: bool = False):
        super().__init__(message)
        self.path: list = []
        self.out_of_range = out_of_range   # a number past what a float holds (1e400)


def matcher_float(f: float):
    """A float as the matcher can read it. durable-rules cannot parse an exponent without a
    fraction (``1e-05``, the way Python and orjson write small and large floats), so those
    are written ``1.0e-05``; infinities and NaN cannot be compared and are refused."""
    if f == 0.0 or 1e-4 <= abs(f) < 1e16:
        return f
    if f != f or f in (float("inf"), float("-inf")):
        raise NotMatchable(f"{f} is not a finite number", out_of_range=True)
    mantissa, _, exponent = repr(f).partition("e")
    if "." not in mantissa:
        mantissa += ".0"
    return orjson.Fragment(f"{mantissa}e{exponent}".encode())


def _text(value, tz):
    if len(value) > MAX_TEXT:
        raise NotMatchable(f"a text of {len(value)} characters is too long to match "
                           f"(at most {MAX_TEXT})")
    return value


def encode_value(value, tz: dt.tzinfo):
    """One scalar value as the matcher sees it."""
    if isinstance(value, enum.Enum):
        value = value.value
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):
        return _text(value, tz)
    if isinstance(value, int):
        return value if -_SAFE_INT < value < _SAFE_INT else matcher_float(float(value))
    if isinstance(value, (float, Decimal)):
        return matcher_float(float(value))
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=tz)
        return value.timestamp()
    if isinstance(value, dt.date):
        return value.toordinal() - EPOCH_ORDINAL
    if isinstance(value, Duration):
        return matcher_float(float(value.seconds))
    if isinstance(value, dt.timedelta):
        return matcher_float(value.total_seconds())
    raise TypeError(f"cannot encode {type(value).__name__} for the matcher")


def matcher_facts(facts, schema, computed, env, tz, encode=None) -> dict:
    """What durable-rules' matcher is given for one evaluation: the encoded facts, the
    evaluation time (``_now``, ``_today``) and every computed value (per list item where
    needed). ``encode``: the ruleset's encoder of just the fields its rules use (else all).

    :raises NotMatchable: a value the matcher cannot hold, with its path.
    """
    encoded = encode(facts, tz) if encode is not None else encode_facts(facts, schema, tz)
    if encode is None or encode.uses_now:
        encoded["_now"] = env.now.timestamp()
    if encode is None or encode.uses_today:
        encoded["_today"] = env.today.toordinal() - EPOCH_ORDINAL
    if computed.items:
        computed.fill(encoded, env, tz)
    return encoded


def encode_facts(facts: BaseModel, schema: FieldType, tz: dt.tzinfo) -> dict:
    """The matcher's dict for a validated facts model (a fresh dict, safe to add to)."""
    return encoder_for(schema)(facts, tz)


_ENCODERS: dict[int, tuple] = {}


def encoder_for(schema: FieldType, used: dict | None = None):
    """A function ``(facts, tz) -> dict`` specialised to one facts schema: each field gets
    the one conversion its type needs, instead of a chain of type tests per value.

    :param used: only these fields, as a tree (``{"customer": {"tier": {}}, "vehicle":
        {"repairs": {"km": {}}}}``, see ``used_fields``); the matcher then parses, and
        copies into every action message, only what the rules look at. None: every field.
    """
    if used is not None:
        return _object_encoder(schema, used)
    cached = _ENCODERS.get(id(schema))
    if cached is None or cached[0] is not schema:
        cached = _ENCODERS[id(schema)] = (schema, _object_encoder(schema, None))
    return cached[1]


def used_fields(keys) -> dict:
    """The tree of fields named by dotted matcher keys (``vehicle.repairs.km`` for an item
    field of the list ``vehicle.repairs``)."""
    tree: dict = {}
    for key in keys:
        node = tree
        for part in key.split("."):
            node = node.setdefault(part, {})
    return tree


def _object_encoder(schema: FieldType, used: dict | None):
    fields = schema.fields.items() if used is None else \
        [(name, field) for name, field in schema.fields.items() if name in used]
    steps = tuple((name, _value_encoder(field, None if used is None else used[name]))
                  for name, field in fields)

    def encode(obj, tz):
        out = {}
        for name, convert in steps:
            value = getattr(obj, name)
            if value is None:
                continue
            if convert is None:
                out[name] = value
            else:
                try:
                    value = convert(value, tz)
                except NotMatchable as exc:
                    exc.path.insert(0, name)
                    raise
                if value is not _SKIP:
                    out[name] = value
        return out
    return encode


_SKIP = object()


def _value_encoder(field: FieldType, used: dict | None = None):
    """None where the value can be used as it is, else a ``(value, tz) -> value`` function."""
    kind = field.kind
    if kind == OBJECT:
        return _object_encoder(field, used)
    if kind == LIST:
        item = field.item
        inner = _value_encoder(item, used)
        if inner is None:
            return lambda v, tz: list(v) if v else _SKIP
        return lambda v, tz: [inner(x, tz) for x in v] if v else _SKIP
    if kind == "string":
        if field.enum:  # an enum gives its value
            return lambda v, tz: v.value
        if field.values:  # a Literal is already one of a few short texts
            return None
        return _text
    if kind == "bool":
        return None
    if kind == "number":
        if field.decimal:
            return lambda v, tz: matcher_float(float(v))
        return _number
    if kind == "date":
        return lambda v, tz: v.toordinal() - EPOCH_ORDINAL
    return encode_value  # date-times (a naive one takes the group's zone)


def _number(v, tz):
    if type(v) is int and -_SAFE_INT < v < _SAFE_INT:
        return v
    return matcher_float(float(v))
