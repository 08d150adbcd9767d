"""The compiled matcher: each rule's checked condition as a Python function, no C engine.

Chosen with ``DEALER_RULES_ENGINE=compiled`` (or the service's ``engine`` setting), and the
only matcher where durable-rules is not installed (Python 3.13+, no C compiler). Built from
the project's own checked syntax tree (core.conditions.checker), never from the rule's
text: core.conditions.closures turns each node into a closure that calls the interpreter's
own helpers, so the semantics are the interpreter's, the reference both matchers are
tested against (tests/core/test_conditions_differential.py). docs/engine.md says why
closures rather than generated source.

It reads the validated facts model directly (through ``Env``): no encoding to JSON, no
computed values, no limits of durable-rules' C matcher (fields per object, text length,
number range) to respect.
"""
from __future__ import annotations

from .conditions.closures import condition_function
from .conditions.interpreter import Env


class CompiledMatcher:
    """Matches facts against a ruleset's checked conditions.

    :param rules: ``(rule_key, checked condition node)`` pairs, in the ruleset's order.
    """

    engine = "compiled"

    def __init__(self, rules):
        self._tests = tuple((key, condition_function(node)) for key, node in rules)

    def match(self, env: Env) -> list[str]:
        """The keys of the rules whose condition holds for ``env`` (facts and time), in the
        ruleset's order, each once."""
        return [key for key, holds in self._tests if holds(env)]

    def close(self) -> None:
        """Nothing to free (kept so both matchers close alike)."""

    @property
    def rule_count(self) -> int:
        return len(self._tests)
