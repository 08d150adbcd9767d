"""Durations in words for people, not minute counts: "2天5小时", "3小时20分钟", in English
"2 days 5 hours". At most the two largest units are named (a deadline 3180 minutes away
reads "2天5小时", the minutes left out once days are named), the smaller one left out when
it is zero."""
from __future__ import annotations

_UNITS = (("day", 24 * 60), ("hour", 60), ("minute", 1))
_ZH = {"day": "天", "hour": "小时", "minute": "分钟"}


def duration_words(minutes: int | float | None, language: str = "zh") -> str:
    """``minutes`` in words in ``language`` (zh or en); "" for None."""
    if minutes is None:
        return ""
    left = max(int(round(minutes)), 0)
    parts = []
    for unit, size in _UNITS:
        count, left = divmod(left, size)
        if count and len(parts) < 2:
            parts.append((unit, count))
        elif parts:                           # the next unit after the largest: done
            break
    if not parts:
        parts = [("minute", 0)]
    if language == "zh":
        return "".join(f"{count}{_ZH[unit]}" for unit, count in parts)
    return " ".join(f"{count} {unit}{'' if count == 1 else 's'}" for unit, count in parts)
