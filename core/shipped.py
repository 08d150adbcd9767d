"""Where the shipped rulesets are: ``dealer_rules.rulesets``, installed with the package.

When: any command or service that falls back to the shipped policy. Why its own module: the
CLI asks before it has imported anything heavy, and the bulk runner's workers ask too.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path


def shipped_rulesets() -> Path | None:
    """The ``rulesets/`` directory installed with dealer-rules (``dealer_rules.rulesets``)."""
    spec = importlib.util.find_spec("dealer_rules.rulesets")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0])
