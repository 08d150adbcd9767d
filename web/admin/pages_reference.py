"""The reference for rule authors, generated from the plugin registry: every domain's facts
(field, type, unit and meaning, allowed values), its actions with their parameters, its
settings, and the plugins they come from."""
from __future__ import annotations

import datetime as dt
import decimal
import enum
import typing

from flask import render_template
from flask_babel import gettext as _
from pydantic import BaseModel
from pydantic_core import PydanticUndefined

from dealer_rules.core.domain_texts import translated
from dealer_rules.core.facts_schema import LIST, OBJECT, FieldType

from ..services import services
from . import bp
from .i18n import lang
from .session_auth import login_required


@bp.app_template_global()
def plugin_text(domain, text: str) -> str:
    """A text a plugin wrote about ``domain``, in the reader's language where it has one."""
    return translated(domain, text, lang())


def fact_rows(schema: FieldType, prefix: str = "") -> list[dict]:
    rows = []
    for name, field in schema.fields.items():
        path = f"{prefix}.{name}" if prefix else name
        if field.kind == LIST and field.item is not None and field.item.kind == OBJECT:
            rows.append(_row(path + "[]", field, "list"))
            rows.extend(fact_rows(field.item, path + "[]"))
        elif field.kind == OBJECT:
            rows.append(_row(path, field, "object"))
            rows.extend(fact_rows(field, path))
        else:
            rows.append(_row(path, field, field.kind if field.kind != LIST else
                             f"list:{field.item.kind if field.item else ''}"))
    return rows


def _row(path, field: FieldType, kind: str) -> dict:
    item = field.item if field.kind == LIST and field.item is not None else None
    values = field.values or (item.values if item is not None else ())
    return {"path": path, "depth": path.count("."), "kind": kind, "optional": field.optional,
            "values": values, "description": field.description or
            (item.description if item is not None else ""), "decimal": field.decimal}


def param_rows(model: type[BaseModel]) -> list[dict]:
    rows = []
    for name, info in model.model_fields.items():
        default = None if info.default is PydanticUndefined else info.default
        if info.default_factory is not None:
            default = info.default_factory()
        rows.append({"name": info.alias or name, "type": _type_name(info.annotation),
                     "required": info.is_required(), "default": default,
                     "description": info.description or ""})
    return rows


def _type_name(annotation) -> str:
    """A parameter's type in words a rule author reads (数字, 文本, 金额, 是/否, 列表),
    never a Python name (str, Decimal, None)."""
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Literal:
        return _("one of %(values)s", values=_(", ").join(str(a) for a in args))
    if origin in (typing.Union,) or type(annotation).__name__ == "UnionType":
        named = _(" or ").join(_type_name(a) for a in args if a is not type(None))
        return _("%(type)s, may be empty", type=named) if type(None) in args else named
    if origin in (list, tuple, set, frozenset):
        return _("list of %(kind)s", kind=_(", ").join(_type_name(a) for a in args
                                                       if a is not Ellipsis))
    if origin is dict:
        return _("table of %(kind)s", kind=_type_name(args[1])) if len(args) == 2 else _("table")
    if origin is typing.Annotated:
        if any("Money" in type(m).__name__ for m in args[1:]):
            return _("amount of money (CNY)")
        return _type_name(args[0])
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return _("group of fields")
    return _simple_type(annotation)


def _simple_type(annotation) -> str:
    if annotation is bool:
        return _("yes/no")
    if annotation in (int, float, decimal.Decimal):
        return _("number")
    if annotation is str:
        return _("text")
    if annotation is dt.datetime:
        return _("date and time")
    if annotation is dt.date:
        return _("date")
    if annotation is dt.time:
        return _("time of day")
    if annotation is dt.timedelta:
        return _("length of time")
    if annotation is type(None):
        return _("empty")
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return _("one of %(values)s", values=_(", ").join(str(m.value) for m in annotation))
    return _("value")


@bp.app_template_global()
def default_text(value) -> str:
    """A parameter's default as a rule author reads it: 是/否, nothing for None."""
    if value is None or value == [] or value == {}:
        return "—"
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, enum.Enum):
        return str(value.value)
    return str(value)


@bp.get("/reference")
@login_required
def reference():
    found = services()
    registry = found.registry
    domains = []
    for name in sorted(registry.domains):
        domain = registry.domains[name]
        domains.append({
            "domain": domain, "facts": fact_rows(registry.schemas[name]),
            "actions": [{"action": a, "params": param_rows(a.params)}
                        for a in registry.actions_of(name)],
            "settings": param_rows(domain.settings) if domain.settings else []})
    plugins = []
    for plugin_name, plugin in sorted(found.pm.list_name_plugin(), key=lambda p: str(p[0])):
        dist = dict((id(p), d) for p, d in found.pm.list_plugin_distinfo()).get(id(plugin))
        plugins.append({"name": plugin_name, "version": getattr(dist, "version", "") if dist else "",
                        "hooks": sorted(h.name for h in found.pm.get_hookcallers(plugin) or []),
                        "domains": sorted(d.name for d in registry.domains.values()
                                          if d.plugin == plugin_name)})
    return render_template("admin/reference.html", domains=domains, plugins=plugins)
