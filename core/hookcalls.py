"""Which plugin a hook call was in, for errors that name it.

When: a hook implementation raises, or calls back into the registry (``register``). Why:
pluggy calls the implementations itself (so wrappers, ``tryfirst``/``trylast`` and
``firstresult`` behave the same with and without tracing) and does not say which one
raised; the frames do. The implementation whose code is deepest on the traceback (or
nearest on the caller's stack) is the one at fault; a wrapper around it is not blamed.
"""
from __future__ import annotations

import sys
import traceback


def _plugins_by_code(hook) -> dict:
    return {impl.function.__code__: impl.plugin_name for impl in hook.get_hookimpls()
            if hasattr(impl.function, "__code__")}


def plugin_that_raised(hook, exc: BaseException) -> str:
    """The plugin whose implementation of ``hook`` is deepest in ``exc``'s traceback."""
    by_code = _plugins_by_code(hook)
    found = "(unknown plugin)"
    for frame, _ in traceback.walk_tb(exc.__traceback__):
        found = by_code.get(frame.f_code, found)
    return found


def calling_plugin(hook, depth: int = 2) -> str:
    """The plugin whose implementation of ``hook`` is nearest on the caller's stack."""
    by_code = _plugins_by_code(hook)
    frame = sys._getframe(depth)
    while frame is not None:
        plugin = by_code.get(frame.f_code)
        if plugin is not None:
            return plugin
        frame = frame.f_back
    return "(unknown plugin)"
