"""dealer-rules: declarative policy rulesets for car dealer groups.

What a plugin author needs comes from here::

    from dealer_rules import hookimpl, Domain, Action, Facts, Result

The repository keeps ``core/``, ``plugins/``, ``rulesets/`` and ``web/`` at its root; they
install as ``dealer_rules.core``, ``dealer_rules.plugins``, ``dealer_rules.rulesets`` and
``dealer_rules.web`` (pyproject's ``package-dir``), and this file is ``dealer_rules`` itself.
"""
from dealer_rules.core import Action, ActionContext, Domain, Facts, RuleInfo, hookimpl

__all__ = ["hookimpl", "Domain", "Action", "ActionContext", "Facts", "RuleInfo"]
