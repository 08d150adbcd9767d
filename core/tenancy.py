"""Who may extend whom: the rule that keeps dealer groups sealed from each other.

A dealer group's ruleset may ``extends`` the shared group ``default`` and the groups it is
declared a child of (its parent, its parent's parent, ...: the ``parent`` an operator sets
with ``dealer-rules groups add NAME --parent GROUP``); nothing else. ``extends`` is
resolved only along that chain, so a group never reads another group's rules, drafts or
test cases by naming it. The refusal is the same whether the named group exists or not.
"""
from __future__ import annotations

from dataclasses import dataclass, field

SHARED = "default"


@dataclass
class Family:
    """The groups' declared parents: ``{group: parent or None}``."""
    parents: dict = field(default_factory=dict)

    def ancestors(self, group: str) -> list[str]:
        """The group's parent, its parent's parent, ..., nearest first."""
        out, seen = [], {group}
        parent = self.parents.get(group)
        while parent is not None and parent not in seen:
            out.append(parent)
            seen.add(parent)
            parent = self.parents.get(parent)
        return out

    def may_extend(self, child: str, base: str) -> bool:
        """Whether a ruleset of ``child`` may name ``base`` in ``extends``."""
        if base == child:
            return False
        return base == SHARED or base in self.ancestors(child)

    def descendants(self, group: str) -> set[str]:
        """Every group whose rulesets may extend ``group`` (directly or through others)."""
        return {g for g in self.parents if g != group and self.may_extend(g, group)}
