"""The shape of a domain's facts, as the condition language sees it.

Built once per domain when the registry is built (so an unsupported field type is a
start-up error naming the plugin, not a surprise at evaluation). The condition checker
resolves paths against it, the encoder uses it to turn a facts model into the matcher's
JSON, and the admin's reference page lists it for rule authors.
"""
from __future__ import annotations

import datetime as dt
import decimal
import enum
import types
import typing
from dataclasses import dataclass, field

from pydantic import BaseModel

NUMBER, STRING, BOOL, DATE, DATETIME, OBJECT, LIST = (
    "number", "string", "bool", "date", "datetime", "object", "list")


class SchemaError(ValueError):
    """A facts model uses a type the condition language cannot express."""


@dataclass(frozen=True)
class FieldType:
    """One field (or list item) of a facts model.

    ``kind`` is one of number, string, bool, date, datetime, object, list. ``values`` lists
    the allowed strings of an enum or Literal; ``fields`` the members of an object;
    ``item`` the element type of a list.
    """

    kind: str
    optional: bool = False
    values: tuple = ()
    fields: dict = field(default_factory=dict)
    item: "FieldType | None" = None
    description: str = ""
    decimal: bool = False
    #: values come as an Enum (not plain text as from a Literal)
    enum: bool = False

    def describe(self) -> str:
        """A short human name for the type, used in error messages and the reference."""
        if self.kind == LIST and self.item is not None:
            return f"list of {self.item.describe()}"
        if self.values:
            return "one of " + ", ".join(repr(v) for v in self.values)
        return self.kind


#: top-level names the matcher uses for its own session and fact ids
RESERVED_TOP_LEVEL = ("id", "sid")


def schema_of(model: type[BaseModel], where: str = "") -> FieldType:
    """The FieldType tree of a pydantic model class; raises SchemaError naming the field."""
    fields = {}
    for name, info in model.model_fields.items():
        path = f"{where}.{name}" if where else name
        if name.startswith("_") or (info.alias or "").startswith("_"):
            raise SchemaError(f"field {path!r}: names starting with '_' are reserved")
        if not where and name in RESERVED_TOP_LEVEL:
            raise SchemaError(f"field {path!r}: 'id' and 'sid' are reserved at the top level of "
                              "facts (the matcher's own ids); nest it, e.g. customer.id")
        ftype = _type_of(info.annotation, path)
        if info.description:
            ftype = FieldType(**{**ftype.__dict__, "description": info.description})
        fields[name] = ftype
    return FieldType(OBJECT, fields=fields, description=(model.__doc__ or "").strip())


def walk_fields(schema: FieldType):
    """Every field under ``schema`` as ``(path, field, inner)``: its dotted path (inside a
    list the path runs through the list's name, ``repair.jobs.kind``), the field, and what
    it holds (the list's item for a list, else the field itself). For code that reads
    every field's description (units, the names of codes)."""
    stack = [("", schema)]
    while stack:
        prefix, ftype = stack.pop()
        for name, child in ftype.fields.items():
            path = f"{prefix}.{name}" if prefix else name
            inner = child.item if child.kind == LIST and child.item is not None else child
            if inner.kind == OBJECT:
                stack.append((path, inner))
            yield path, child, inner


def _type_of(annotation, path: str) -> FieldType:
    optional = False
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _type_of(typing.get_args(annotation)[0], path)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) != 1:
            raise SchemaError(f"field {path!r}: unions of several types are not supported")
        optional = len(args) < len(typing.get_args(annotation))
        inner = _type_of(args[0], path)
        return FieldType(**{**inner.__dict__, "optional": optional or inner.optional})
    if origin is typing.Literal:
        values = typing.get_args(annotation)
        if not all(isinstance(v, str) for v in values):
            raise SchemaError(f"field {path!r}: only Literal of strings is supported")
        return FieldType(STRING, values=tuple(values))
    if origin in (list, tuple, typing.Sequence) or annotation in (list, tuple):
        args = typing.get_args(annotation)
        if not args:
            raise SchemaError(f"field {path!r}: a list needs an item type")
        item = _type_of(args[0], path + "[]")
        if item.kind == LIST:
            raise SchemaError(f"field {path!r}: lists of lists are not supported")
        return FieldType(LIST, item=item)
    if isinstance(annotation, type):
        if issubclass(annotation, BaseModel):
            return schema_of(annotation, path)
        if issubclass(annotation, enum.Enum):
            values = tuple(m.value for m in annotation)
            if not all(isinstance(v, str) for v in values):
                raise SchemaError(f"field {path!r}: only enums with string values are supported")
            return FieldType(STRING, values=values, enum=True)
        if issubclass(annotation, bool):
            return FieldType(BOOL)
        if issubclass(annotation, decimal.Decimal):
            return FieldType(NUMBER, decimal=True)
        if issubclass(annotation, (int, float)):
            return FieldType(NUMBER)
        if issubclass(annotation, str):
            return FieldType(STRING)
        if issubclass(annotation, dt.datetime):
            return FieldType(DATETIME)
        if issubclass(annotation, dt.date):
            return FieldType(DATE)
    raise SchemaError(f"field {path!r}: type {annotation!r} is not supported in facts "
                      "(use str, int, float, Decimal, bool, date, datetime, an enum, "
                      "a Literal, a nested model or a list of those)")
