"""Write a ruleset's facts encoder for durable-rules' matcher as one Python function.

When: a ruleset is compiled for the durable matcher (core/compile.py); the function then
runs on every evaluation, turning the validated facts into the JSON-ready dict the C
matcher reads (core/encoding.py says what each type becomes). Why: the closure encoder
(``encoding.encoder_for``) makes a call and a loop per object and a call per field; one
straight-line function that reads each used field once into a local does the same work in
about a third of the time (docs/performance.md).

What makes it safe: the source is written only from the facts schema, which the plugin's
pydantic models declare (developer code), never from a rule or from a request. Field names
are emitted only if they are plain Python identifiers (otherwise the closure encoder serves
the whole ruleset); dictionary keys are written as ``repr`` of those names; every function
the source calls is an object in its namespace.

Errors: a value the matcher cannot hold (``NotMatchable``: an infinite number, a text over
``MAX_TEXT``) makes the function hand the facts to the closure encoder, which raises the
same error with the field's path (``customer.note``); that path is rare, so it is not
duplicated here. tests/core/test_encoder_source.py checks both give identical output.
"""
from __future__ import annotations

import keyword

from .encoding import (EPOCH_ORDINAL, MAX_TEXT, NotMatchable, encode_value, encoder_for,
                       matcher_float)
from .facts_schema import LIST, OBJECT, FieldType

_SAFE_INT = 2 ** 53


def fast_encoder(schema: FieldType, used: dict):
    """``(facts, tz) -> dict`` for the fields in ``used`` (``encoding.used_fields``),
    as generated source where every used field is a plain identifier, else the closure
    encoder. The function's ``source`` attribute holds its text (None for closures)."""
    fallback = encoder_for(schema, used)
    if not _plain(schema, used):
        fallback.source = None
        return fallback
    writer = _Writer()
    body = writer.object_body(schema, used, "obj", "        ")
    lines = ["def encode(obj, tz):", "    try:", *body[0], f"        return {body[1]}",
             "    except NotMatchable:", "        return fallback(obj, tz)"]
    source = "\n\n".join(writer.helpers + ["\n".join(lines)]) + "\n"
    namespace = {"NotMatchable": NotMatchable, "fallback": fallback, "_mf": matcher_float,
                 "_ev": encode_value, "_text": _too_long}
    exec(compile(source, "<dealer-rules facts encoder>", "exec"), namespace)  # noqa: S102
    encode = namespace["encode"]
    encode.source = source
    return encode


def _too_long(value):
    raise NotMatchable(f"a text of {len(value)} characters is too long to match "
                       f"(at most {MAX_TEXT})")


def _plain(schema: FieldType, used: dict) -> bool:
    """Every used field a plain identifier, and no list directly inside a list (names
    the schema does not have, such as the evaluation time's ``_now``, are not fields)."""
    for name, sub in used.items():
        field = schema.fields.get(name)
        if field is None:
            continue
        if not name.isidentifier() or keyword.iskeyword(name):
            return False
        if field.kind == LIST:
            field = field.item
            if field is None or field.kind == LIST:
                return False
        if field.kind == OBJECT and not _plain(field, sub):
            return False
    return True


class _Writer:
    def __init__(self):
        self.helpers: list[str] = []
        self.count = 0

    def name(self, prefix: str) -> str:
        self.count += 1
        return f"{prefix}{self.count}"

    def object_body(self, schema: FieldType, used: dict, source: str, indent: str):
        """Lines that build the dict of ``source``'s used fields, and that dict's name."""
        out = self.name("d")
        lines = [f"{indent}{out} = {{}}"]
        for name, field in schema.fields.items():
            if name not in used:
                continue
            value = self.name("x")
            lines.append(f"{indent}{value} = {source}.{name}")
            if field.kind == OBJECT:
                inner, made = self.object_body(field, used[name], value, indent + "    ")
                lines += [f"{indent}if {value} is not None:", *inner,
                          f"{indent}    {out}[{name!r}] = {made}"]
            elif field.kind == LIST:  # None and an empty list are left out alike
                items = self.items(field.item, used[name], value)
                lines += [f"{indent}if {value}:", f"{indent}    {out}[{name!r}] = {items}"]
            else:
                lines += [f"{indent}if {value} is not None:",
                          f"{indent}    {out}[{name!r}] = {_scalar(field, value)}"]
        return lines, out

    def items(self, item: FieldType, used: dict, source: str) -> str:
        """The expression for a list's items: objects through a helper function each."""
        if item.kind == OBJECT:
            helper = self.name("_item")
            lines, made = self.object_body(item, used, "obj", "    ")
            self.helpers.append("\n".join([f"def {helper}(obj, tz):", *lines,
                                           f"    return {made}"]))
            return f"[{helper}(i, tz) for i in {source}]"
        converted = _scalar(item, "i")
        return f"list({source})" if converted == "i" else f"[{converted} for i in {source}]"


def _scalar(field: FieldType, value: str) -> str:
    """The expression for one scalar value, as core.encoding converts its type."""
    kind = field.kind
    if kind == "string":
        if field.enum:
            return f"{value}.value"
        if field.values:  # a Literal is one of a few short texts
            return value
        return f"({value} if len({value}) <= {MAX_TEXT} else _text({value}))"
    if kind == "bool":
        return value
    if kind == "number":  # a float in the usual range as it is (matcher_float's first test)
        as_float = f"(_f if (_f := float({value})) == 0.0 or 1e-4 <= abs(_f) < 1e16 else _mf(_f))"
        if field.decimal:
            return as_float
        return (f"({value} if type({value}) is int and -{_SAFE_INT} < {value} < {_SAFE_INT} "
                f"else {as_float})")
    if kind == "date":
        return f"({value}.toordinal() - {EPOCH_ORDINAL})"
    return f"_ev({value}, tz)"  # date-times (a naive one takes the group's zone), the rest
