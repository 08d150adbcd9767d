"""A ruleset's test cases checked when it loads, like its rules: a fact that the domain has
no field for, or an ``expect.result`` path that the domain's result cannot have, is a
problem with its line, before any case runs. (A rule id under ``expect`` is checked when the
case runs: it may come from a base group, which can change under a child.)

When: every compile (``validate``, ``test``, the admin's live check, publish). Why: a
misspelt fact is otherwise silently ignored (the case then tests something else), and a
misspelt expectation fails only as "the result has no ..." at run time, without a line.
"""
from __future__ import annotations

import difflib
import re
import types
import typing

from pydantic import BaseModel

from .facts_schema import LIST, OBJECT, FieldType
from .messages import Message
from .problems import Problem, loc_text

_STEP = re.compile(r"([^.\[\]]+)|\[(\d+|\*)\]")


def check_cases(loaded, domain, schema: FieldType) -> list[Problem]:
    """Every problem of ``loaded``'s own test cases (inherited rulesets check theirs)."""
    problems: list[Problem] = []

    def add(loc: tuple, message: Message, key: bool = False) -> None:
        pos = loaded.positions.key_of(loc) if key else loaded.positions.of(loc)
        problems.append(Problem(message, loaded.source, pos and pos.line, pos and pos.column,
                                path=loc_text(loc)))

    for i, case in enumerate(loaded.document.tests):
        _check_facts(case.facts, schema, ("tests", i, "facts"), add)
        for path in case.expect.result:
            problem = _missing_step(domain.result, str(path))
            if problem is not None:
                add(("tests", i, "expect", "result", path), problem, key=True)
    return problems


def _check_facts(given, ftype: FieldType, loc: tuple, add) -> None:
    if ftype.kind == OBJECT and isinstance(given, dict):
        for key, value in given.items():
            if key not in ftype.fields:
                add(loc + (key,), Message("unknown_key", name=key, hint=_hint(key, ftype.fields)),
                    key=True)
            else:
                _check_facts(value, ftype.fields[key], loc + (key,), add)
    elif ftype.kind == LIST and isinstance(given, list) and ftype.item is not None:
        for j, item in enumerate(given):
            _check_facts(item, ftype.item, loc + (j,), add)


def _missing_step(model: type[BaseModel], path: str) -> Message | None:
    """Why the result model cannot have ``path`` (None: it can, or it cannot tell)."""
    current: typing.Any = model
    for name, index in _STEP.findall(path):
        current = _unwrap(current)
        if index:
            if typing.get_origin(current) not in (list, tuple, set):
                return Message("case_no_path", path=path)
            args = typing.get_args(current)
            current = args[0] if args else typing.Any
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return None  # a dict, Any or a plain value: nothing more to check
        fields = current.model_fields
        if name not in fields and name not in _properties(current):
            hint = _hint(name, list(fields) + list(_properties(current)))
            return Message("unknown_key", name=name, hint=hint)
        current = fields[name].annotation if name in fields else typing.Any
    return None


def _unwrap(annotation):
    """``X`` from ``Optional[X]`` / ``X | None`` / ``Annotated[X, ...]``."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            if len(args) != 1:
                return typing.Any
            annotation = args[0]
        else:
            return annotation


def _properties(model: type[BaseModel]) -> dict:
    return {**getattr(model, "model_computed_fields", {}),
            **{name: None for name in dir(model) if isinstance(getattr(model, name, None), property)}}


def _hint(name: str, known) -> Message:
    close = difflib.get_close_matches(str(name), sorted(known), n=1, cutoff=0.6)
    return Message("did_you_mean", suggestion=close[0]) if close else \
        Message("known_names", names=sorted(known))
