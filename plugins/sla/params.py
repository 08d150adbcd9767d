"""The base of every sla action's parameters: unknown parameters are errors (reported
with their YAML line when the ruleset loads), and parameters never change once loaded."""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict

CODE = r"^[a-z][a-z0-9_]{0,63}$"


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
