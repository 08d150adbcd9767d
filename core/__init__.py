"""dealer-rules core: the framework, with no dealer knowledge in it.

A plugin needs only::

    from dealer_rules import hookimpl, Domain, Action, Facts
"""
__all__ = ["hookimpl", "Domain", "Action", "ActionContext", "Facts", "RuleInfo"]

_HOMES = {"hookimpl": "hookspecs", "Domain": "domain", "Action": "domain",
          "ActionContext": "domain", "RuleInfo": "domain", "Facts": "facts"}


def __getattr__(name: str):
    """The public names, imported on first use (see the package's ``__init__`` docstring)."""
    if name in _HOMES:
        import importlib
        return getattr(importlib.import_module(f"{__name__}.{_HOMES[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
