"""The base of every domain's facts models: a field the model does not know is an error.

Why: a misspelt field (``order.labour_amout: 1000``) that a model silently dropped would
price the order at 0.00 and answer 200. With ``extra="forbid"`` the evaluation answers 422
naming the path and the field meant ("did you mean 'labour_amount'?", core/evaluate.py).
Subclass ``Facts`` (``from dealer_rules import Facts``) for the facts model and every
model nested in it; core/registry.py refuses, at start-up, a domain whose facts models
accept unknown fields.
"""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Facts(BaseModel):
    """A part of a domain's facts; unknown fields are refused."""
    model_config = ConfigDict(extra="forbid")


def accepting_extras(model: type[BaseModel], where: str = "") -> str | None:
    """The path of the first model in ``model``'s facts (itself or nested, in lists and
    optionals too) that does not forbid unknown fields; None if all do."""
    seen: set = set()
    stack = [(model, where or model.__name__)]
    while stack:
        current, path = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        if current.model_config.get("extra") != "forbid":
            return path
        for name, field in current.model_fields.items():
            for nested in _models_in(field.annotation):
                stack.append((nested, f"{path}.{name}"))
    return None


def _models_in(annotation) -> list:
    import typing
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    out = []
    for arg in typing.get_args(annotation):
        out.extend(_models_in(arg))
    return out
