"""dealer-rules core: the framework, with no dealer knowledge in it.

A plugin needs only::

    from dealer_rules import hookimpl, Domain, Action, Facts
"""
from .domain import Action, ActionContext, Domain, RuleInfo
from .facts import Facts
from .hookspecs import hookimpl

__all__ = ["hookimpl", "Domain", "Action", "ActionContext", "Facts", "RuleInfo"]
