"""dealer-rules core: the framework, with no dealer knowledge in it.

A plugin needs only::

    from dealer_rules import hookimpl, Domain, Action
"""
from .domain import Action, ActionContext, Domain, RuleInfo
from .hookspecs import hookimpl

__all__ = ["hookimpl", "Domain", "Action", "ActionContext", "RuleInfo"]
