"""The one factory for the plugin manager: hook specs, installed plugins, built-in plugins.

Installed plugins are found through the ``dealer_rules`` entry-point group (a package
declares ``[project.entry-points.dealer_rules] name = "module"``). Setting
``DEALER_RULES_DISABLE_PLUGIN_AUTOLOAD=1`` skips them, so tests and operators can run with
the built-ins only. ``DEALER_RULES_EXTRA_PLUGINS=pkg.module,other.module`` registers extra plugin
modules that are importable but not installed as packages (a plugin in development).
``DEALER_RULES_TRACE_HOOKS=1`` prints every hook call to stderr.
"""
from __future__ import annotations

import difflib
import importlib
import importlib.metadata
import os
import sys

import pluggy

from . import hookspecs
from .registry import PluginError, Registry

ENTRY_POINT_GROUP = "dealer_rules"
AUTOLOAD_ENV = "DEALER_RULES_DISABLE_PLUGIN_AUTOLOAD"
TRACE_ENV = "DEALER_RULES_TRACE_HOOKS"
EXTRA_ENV = "DEALER_RULES_EXTRA_PLUGINS"

#: the built-in plugins, as importable module paths (core never imports them directly)
DEFAULT_PLUGINS = ("dealer_rules.plugins.tiers", "dealer_rules.plugins.offers",
                   "dealer_rules.plugins.sla", "dealer_rules.plugins.callbacks",
                   "dealer_rules.plugins.parts")


class PluginManager(pluggy.PluginManager):
    """pluggy's manager, remembering which installed package each plugin came from."""

    def __init__(self, project_name: str):
        super().__init__(project_name)
        self.distributions: dict[str, tuple[str, str]] = {}


def get_plugin_manager(default_plugins=DEFAULT_PLUGINS, load_entry_points: bool | None = None
                       ) -> PluginManager:
    """A plugin manager with the hook specs, the installed plugins and the built-ins.

    :param default_plugins: module paths of the built-in plugins to register.
    :param load_entry_points: whether to load installed plugins; by default yes, unless
        ``DEALER_RULES_DISABLE_PLUGIN_AUTOLOAD`` is set.
    :raises PluginError: a plugin could not be imported (the message names it).
    """
    pm = PluginManager(hookspecs.PROJECT)
    pm.add_hookspecs(hookspecs)
    if load_entry_points is None:
        load_entry_points = not os.environ.get(AUTOLOAD_ENV)
    if load_entry_points:
        for ep in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP):
            if pm.get_plugin(ep.name) is not None or pm.is_blocked(ep.name):
                continue
            try:
                plugin = ep.load()
            except Exception as exc:
                raise PluginError(ep.name, f"error importing plugin {ep.value!r}: "
                                           f"{type(exc).__name__}: {exc}") from exc
            _register(pm, plugin, ep.name)
            if ep.dist is not None:
                pm.distributions[ep.name] = (ep.dist.metadata["Name"], ep.dist.version)
    extra = [m.strip() for m in os.environ.get(EXTRA_ENV, "").split(",") if m.strip()]
    for name in (*default_plugins, *extra):
        if pm.get_plugin(name) is not None:
            continue
        try:
            module = importlib.import_module(name)
        except Exception as exc:
            raise PluginError(name, f"error importing plugin: {type(exc).__name__}: {exc}") from exc
        _register(pm, module, name)
    check_hook_names(pm)
    if os.environ.get(TRACE_ENV):
        pm.trace.root.setwriter(lambda text: sys.stderr.write(text))
        pm.enable_tracing()
    return pm


def check_hook_names(pm: pluggy.PluginManager) -> None:
    """pluggy's ``check_pending()``, said the way a plugin author can act on: a function
    marked ``@hookimpl`` whose name is no hook (a misspelt ``derive_fact``) would register
    and never run.

    :raises PluginError: naming the plugin, the unknown name and the hook it most resembles.
    """
    known = sorted(name for name in vars(hookspecs) if hasattr(getattr(hookspecs, name),
                                                               f"{hookspecs.PROJECT}_spec"))
    for name, caller in sorted(vars(pm.hook).items()):
        if not isinstance(caller, pluggy.HookCaller) or caller.has_spec():
            continue
        for impl in caller.get_hookimpls():
            if impl.optionalhook:
                continue
            close = difflib.get_close_matches(name, known, n=1)
            hint = f"did you mean {close[0]!r}? " if close else ""
            raise PluginError(impl.plugin_name, f"{name!r} is marked @hookimpl but is no hook; "
                                                f"{hint}(hooks: {', '.join(known)})")


def _register(pm, plugin, name):
    try:
        pm.register(plugin, name=name)
    except Exception as exc:  # pluggy validates hook names and signatures here
        raise PluginError(name, f"{type(exc).__name__}: {exc}") from exc


def get_registry(pm: pluggy.PluginManager | None = None) -> Registry:
    """The checked domains and actions of ``pm`` (a fresh default manager if none)."""
    return Registry.from_plugin_manager(pm or get_plugin_manager())


def describe_plugins(pm: pluggy.PluginManager, registry: Registry) -> list[dict]:
    """Every loaded plugin with its version, hooks, domains and actions (for
    ``dealer-rules plugins`` and the admin)."""
    versions = getattr(pm, "distributions", {})
    try:
        own = importlib.metadata.version("dealer-rules")
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover - running from a checkout
        own = "unknown"
    out = []
    for name, plugin in pm.list_name_plugin():
        dist, version = versions.get(name, ("dealer-rules", own))
        out.append({
            "name": name,
            "package": dist,
            "version": version,
            "hooks": sorted(h.name for h in pm.get_hookcallers(plugin) or []),
            "domains": sorted(d.name for d in registry.domains.values() if d.plugin == name),
            "actions": sorted(f"{a.domain}.{a.name}" for a in registry.actions.values()
                              if a.plugin == name),
        })
    return out
