"""dealer-rules: declarative policy rulesets for car dealer groups.

What a plugin author needs comes from here::

    from dealer_rules import hookimpl, Domain, Action, Facts

The repository keeps ``core/``, ``plugins/``, ``rulesets/`` and ``web/`` at its root; they
install as ``dealer_rules.core``, ``dealer_rules.plugins``, ``dealer_rules.rulesets`` and
``dealer_rules.web`` (pyproject's ``package-dir``), and this file is ``dealer_rules`` itself.
"""
__all__ = ["hookimpl", "Domain", "Action", "ActionContext", "Facts", "RuleInfo"]


def __getattr__(name: str):
    """The public names, imported on first use: ``import dealer_rules.core.cli`` (the command's
    start) need not build pydantic models it may not use."""
    if name in __all__:
        import dealer_rules.core as core
        return getattr(core, name)
    raise AttributeError(f"module 'dealer_rules' has no attribute {name!r}")
