"""Name facts and show values the way a dealer reads them, for explanations.

Only used when an explanation is asked for (Try it, ``explain: true``): a fact path
becomes its name (the plugin's short name, ``Domain.field_names``, as the ruleset page
shows it; else the field's ``title``, else the first phrase of its description, in the
reader's language through the domain's translations), a value becomes text (money as
"9,999.99 元", 是/否 for a yes/no, thousands grouped), and a result field gets its name the
same way. Nothing here is on the path of a plain evaluation.
"""
from __future__ import annotations

import datetime as dt
import enum
import functools
import re
import typing
from decimal import Decimal

from pydantic import BaseModel

from .domain import Domain
from .domain_texts import translated
from .translations import core_text

#: the few words explanations use, in English (their Chinese: core's catalog, core/translations.py)
WORDS = {
    "met": "met", "not_met": "not met", "yes": "yes",
    "no": "no", "missing": "not given", "needs": "needs",
    "any": "at least one of {label} ({n}) satisfies",
    "all": "every one of {label} ({n}) satisfies",
    "item": "item {n}", "and": "all of these",
    "or": "one of these", "not": "not the following",
    "always": "always", "never": "never",
    "in": "is one of", "not in": "is none of",
    "exists": "is given", "not exists": "is not given",
    "matches": "matches", "startswith": "starts with",
    "endswith": "ends with", "contains": "contains",
    "count": "{n} items",
    "now": "the evaluation time", "today": "the evaluation date",
}
_OPS = {"==": "=", "!=": "≠", "<": "<", "<=": "≤", ">": ">", ">=": "≥"}
_PREFIX = re.compile(r"^(Derived|系统自动计算|派生)[:：]\s*")
_CUT = re.compile(r"[，。；：（(,;.:]")


def word(key: str, lang: str, **values) -> str:
    return core_text(WORDS[key], lang).format(**values)


def op_text(op: str) -> str:
    """A comparison operator as printed (≥ rather than >=)."""
    return _OPS.get(op, op)


def field_label(domain: Domain, parts: tuple, lang: str, model: type[BaseModel] | None = None) -> str:
    """The name of the field at ``parts`` (of ``model``, default the domain's facts) in
    ``lang``: its ``title`` translated, else the first phrase of its translated description,
    else the path itself."""
    if parts in (("now",), ("today",)):
        return word(parts[0], lang)
    if model is None:   # the plugin's short name, as the ruleset page says it (wording.py)
        short = domain.field_names_in(lang).get(".".join(parts))
        if short:
            return short
    info = _field(model or domain.facts, tuple(parts))
    if info is None:
        return ".".join(parts)
    if info.title:
        return translated(domain, info.title, lang)
    if lang == "zh" and info.description:
        text = translated(domain, info.description, lang)
        if text != info.description and short_phrase(text):
            return short_phrase(text)
    return ".".join(parts) if lang == "zh" else parts[-1].replace("_", " ")


def short_phrase(text: str) -> str:
    """The first phrase of a description, as a name: "系统自动计算：折扣前的工时费，单位：元。"
    -> "折扣前的工时费"."""
    return _CUT.split(_PREFIX.sub("", text), 1)[0].strip()


def is_money(domain: Domain, parts: tuple, model: type[BaseModel] | None = None) -> bool:
    """Whether the field at ``parts`` holds money (its JSON Schema says ``x-currency``)."""
    info = _field(model or domain.facts, tuple(parts))
    return info is not None and _money(info)


@functools.lru_cache(maxsize=4096)
def _field(model, parts: tuple):
    info = None
    for name in parts:
        if model is None:
            return None
        info = model.model_fields.get(name)
        if info is None:
            return None
        model = _model_in(info.annotation)
    return info


def _model_in(annotation):
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _model_in(arg)
        if found is not None:
            return found
    return None


def _money(info) -> bool:
    """The field's type carries the money schema (plugins/common/money.py ``Money``, also
    inside ``Optional[...]``): core knows no plugin, so it goes by the schema's class name."""
    return _money_marked(info.metadata) or _money_in(info.annotation)


def _money_marked(metadata) -> bool:
    return any("Money" in type(meta).__name__ for meta in metadata)


def _money_in(annotation) -> bool:
    if typing.get_origin(annotation) is typing.Annotated:
        return _money_marked(typing.get_args(annotation)[1:]) or \
            _money_in(typing.get_args(annotation)[0])
    return any(_money_in(arg) for arg in typing.get_args(annotation))


def say(value, lang: str, money: bool = False) -> str:
    """``value`` as a dealer reads it: 是/否, "9,999.99 元", "10,000", a date as 2026-11-27."""
    if value is None:
        return word("missing", lang)
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, bool):
        return word("yes" if value else "no", lang)
    if isinstance(value, (int, float, Decimal)):
        text = _number(value)
        if money:
            return f"{text} 元" if lang == "zh" else f"CNY {text}"
        return text
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return word("count", lang, n=len(value))
    if hasattr(value, "seconds"):  # a Duration
        return _duration(value.seconds, lang)
    return str(value)


def _number(value) -> str:
    if isinstance(value, float):
        value = Decimal(repr(value))
    if isinstance(value, Decimal) and value == value.to_integral_value():
        value = value.quantize(Decimal(1)) if value.as_tuple().exponent > 0 else value
    return f"{value:,}"


def _duration(seconds, lang: str) -> str:
    seconds = int(seconds)
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    units = (("天", "d"), ("小时", "h"), ("分钟", "min"))
    parts = [f"{n}{zh if lang == 'zh' else ' ' + en}" for n, (zh, en) in
             zip((days, hours, minutes), units) if n]
    return ("" if lang == "zh" else " ").join(parts) or ("0分钟" if lang == "zh" else "0 min")
