"""Give naive date-times the dealer group's time zone before facts are validated.

Callers (and test cases written in YAML) often write ``2026-11-27 17:40`` meaning local
time; facts models keep aware date-times only. Only the paths the facts schema marks as
date-times are visited, so facts without any cost nothing.
"""
from __future__ import annotations

import datetime as dt

from .facts_schema import DATETIME, LIST, OBJECT, FieldType


def localize_input(data, schema: FieldType, tz: dt.tzinfo):
    """A copy of ``data`` (a dict from JSON or YAML) with naive date-times made aware;
    ``data`` itself is not changed. Values that are not date-times are left for
    validation to report."""
    plan = _plan(schema)
    if not plan or not isinstance(data, dict):
        return data
    return _apply(data, plan, tz)


_PLANS: dict[int, tuple] = {}


def _plan(schema: FieldType):
    """{field: True (a date-time) | nested plan | ("list", nested plan or True)} or None."""
    cached = _PLANS.get(id(schema))
    if cached is not None and cached[0] is schema:
        return cached[1]
    plan = _build_plan(schema)
    _PLANS[id(schema)] = (schema, plan)
    return plan


def _build_plan(schema: FieldType):
    if schema.kind != OBJECT:
        return None
    plan = {}
    for name, field in schema.fields.items():
        if field.kind == DATETIME:
            plan[name] = True
        elif field.kind == OBJECT:
            inner = _plan(field)
            if inner:
                plan[name] = inner
        elif field.kind == LIST and field.item is not None:
            if field.item.kind == DATETIME:
                plan[name] = ("list", True)
            else:
                inner = _plan(field.item)
                if inner:
                    plan[name] = ("list", inner)
    return plan or None


def _apply(data: dict, plan: dict, tz):
    out = dict(data)
    for name, sub in plan.items():
        if name not in out or out[name] is None:
            continue
        value = out[name]
        if sub is True:
            out[name] = _aware(value, tz)
        elif isinstance(sub, tuple):
            if isinstance(value, list):
                inner = sub[1]
                out[name] = [_aware(v, tz) if inner is True else
                             (_apply(v, inner, tz) if isinstance(v, dict) else v) for v in value]
        elif isinstance(value, dict):
            out[name] = _apply(value, sub, tz)
    return out


def _aware(value, tz):
    if isinstance(value, str):
        try:
            parsed = dt.datetime.fromisoformat(value)
        except ValueError:
            return value
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=tz)
    if isinstance(value, dt.datetime) and value.tzinfo is None:
        return value.replace(tzinfo=tz)
    return value
