"""The compiled matcher: each rule's checked condition as a Python function, no C engine.

Chosen with ``DEALER_RULES_ENGINE=compiled`` (or the service's ``engine`` setting), and the
only matcher where durable-rules is not installed (Python 3.13+, no C compiler). Built from
the project's own checked syntax tree (core.conditions.checker), never from the rule's
text: core.conditions.codegen writes one function per ruleset (values enter it as
constants, never as text), falling back to the closures of core.conditions.closures, which
call the interpreter's own helpers. The semantics are the interpreter's, the reference both
matchers are tested against (tests/core/test_conditions_differential.py). docs/engine.md
says why generated source rather than closures alone, and what keeps it safe.

It reads the validated facts model directly (through ``Env``): no encoding to JSON, no
computed values, no limits of durable-rules' C matcher (fields per object, text length,
number range) to respect.
"""
from __future__ import annotations

from .conditions.codegen import ruleset_function
from .conditions.interpreter import Env


class CompiledMatcher:
    """Matches facts against a ruleset's checked conditions.

    :param rules: ``(rule_key, checked condition node)`` pairs.
    :param ranked: they are in precedence order (core.compile gives them so).
    """

    engine = "compiled"

    def __init__(self, rules, ranked: bool = False):
        rules = list(rules)
        #: the rules were given in precedence order, so are the keys ``match`` returns
        self.ranked = ranked
        self._count = len(rules)
        #: ``match(env) -> [rule keys]``, written by core.conditions.codegen; its source
        self.match, self.source = ruleset_function(rules)

    def match(self, env: Env) -> list[str]:  # replaced per instance in __init__
        """The keys of the rules whose condition holds for ``env`` (facts and time), each
        once, in the order the rules were given."""
        raise NotImplementedError

    def close(self) -> None:
        """Nothing to free (kept so both matchers close alike)."""

    @property
    def rule_count(self) -> int:
        return self._count
