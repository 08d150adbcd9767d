"""How a number reads in a label for customers: 88折, 5,000元, 1.2倍, 3天 (and in English).

Label templates (core/label_templates.py) and the check that a hand-written label agrees
with its parameters (core/label_check.py) both go through ``say``, so a label that comes
from a template and a label a person wrote are compared in the same words. The Chinese
discount is the price paid in tenths: 10% off = 9折, 12% off = 88折 (8.8折 as it is
said), 8.5% off = 91.5折, 50% off = 5折.
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

#: unit -> (the words in each language: {"zh": ..., "en": ...}); the unit is what a template
#: writes after ``|`` (``{percent|折}``); each language's spelling names the same unit
UNITS = {
    "折": "discount", "% off": "discount",
    "%": "percent",
    "元": "money", "CNY": "money",
    "倍": "factor", "x": "factor",
    "天": "days", "days": "days",
    "小时": "hours", "hours": "hours",
    "分钟": "minutes", "minutes": "minutes",
    "公里": "km", "km": "km",
    "个月": "months", "months": "months",
}


def number(value) -> Decimal:
    """``value`` as a Decimal (ValueError if it is not a number)."""
    if isinstance(value, bool):
        raise ValueError(value)
    try:
        return value if isinstance(value, Decimal) else Decimal(str(value))
    except InvalidOperation:
        raise ValueError(value) from None


def plain(value, grouping: bool = False) -> str:
    """A number without trailing zeros: 10.00 -> 10, 1.50 -> 1.5; ``grouping``: 5,000."""
    d = number(value)
    if d == d.to_integral_value():
        d = d.quantize(Decimal(1))
    else:
        d = d.normalize()
    text = f"{d:,f}" if grouping else f"{d:f}"
    return text


def discount_zh(percent) -> str:
    """Percent off as the Chinese say it: 10 -> 9折, 12 -> 88折, 8.5 -> 91.5折, 50 -> 5折,
    95 -> 0.5折; 100 -> 免费 (nothing paid); 0 -> 原价."""
    paid = Decimal(100) - number(percent)          # percent of the price paid
    if paid >= 100:
        return "原价"
    if paid <= 0:
        return "免费"
    if paid % 10 == 0:                             # 90 -> 9折, 50 -> 5折
        return plain(paid / 10) + "折"
    if paid >= 10:                                 # 88 -> 88折, 91.5 -> 91.5折
        return plain(paid) + "折"
    return plain(paid / 10) + "折"                 # 5 -> 0.5折


def money(value, lang: str) -> str:
    """5000 -> 5,000元 / CNY 5,000; cents only when there are some: 99.5 -> 99.50元."""
    d = number(value)
    text = plain(d, grouping=True) if d == d.to_integral_value() else f"{d.quantize(Decimal('0.01')):,f}"
    return text + "元" if lang == "zh" else "CNY " + text


def say(value, unit: str, lang: str) -> str:
    """``value`` with ``unit`` (any spelling in ``UNITS``) in ``lang`` (zh or en).

    >>> say(12, "折", "zh"), say(12, "折", "en"), say(1.2, "倍", "zh"), say(3, "天", "en")
    ('88折', '12% off', '1.2倍', '3 days')
    """
    kind = UNITS.get(unit)
    if kind is None:
        raise KeyError(f"no unit {unit!r} (known: {', '.join(UNITS)})")
    zh = lang == "zh"
    if kind == "discount":
        return discount_zh(value) if zh else plain(value) + "% off"
    if kind == "percent":
        return plain(value) + "%"
    if kind == "money":
        return money(value, lang)
    if kind == "factor":
        return plain(value) + ("倍" if zh else "x")
    n = plain(value, grouping=True)
    if zh:
        return n + {"days": "天", "hours": "小时", "minutes": "分钟", "km": "公里",
                    "months": "个月"}[kind]
    one = number(value) == 1
    word = {"days": "day", "hours": "hour", "minutes": "minute", "km": "km",
            "months": "month"}[kind]
    return f"{n} {word}" + ("" if one or kind == "km" else "s")


def kind_of(unit: str) -> str:
    """The unit's kind (discount, money, factor, days...), the same in every spelling."""
    return UNITS[unit]
