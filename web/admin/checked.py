"""Checks of a ruleset's text for the admin's pages, kept by the text's hash: the editor,
its live validation and the publish page check the same draft again and again, and
compiling it (resolving ``extends``, building the matcher) costs far more than a page may.

A check is kept per (group, domain, hash of the text, with or without test cases) and the
store's generation, which every publish and rollback bumps: a base group's new version is
seen at once. Drafts of other groups are not read (the checks here use published bases),
so a saved draft elsewhere changes nothing kept here. A test case without a time runs at
"now", so nothing is kept longer than a minute.
"""
from __future__ import annotations

import threading
import time
import weakref
from collections import OrderedDict

from dealer_rules.core.store import rulesets
from dealer_rules.core.store.workflow import Check

from ..services import services

_SIZE = 64
_SECONDS = 60
_kept_by_app: dict = {}        # id(services) -> kept, dropped when the services object goes
_lock = threading.Lock()


def check(group: str, domain: str, text: str, tests: bool = False) -> Check:
    """``Workflow.check`` of ``text`` as (group, domain), from the cache when it can be."""
    found = services()
    key = (group, domain, rulesets.text_hash(text), tests, found.store.generation())
    with _lock:
        _kept = _kept_by_app.get(id(found))
        if _kept is None:
            _kept = _kept_by_app[id(found)] = OrderedDict()
            weakref.finalize(found, _kept_by_app.pop, id(found), None)
        kept = _kept.get(key)
        if kept is not None and time.monotonic() - kept[0] < _SECONDS:
            _kept.move_to_end(key)
            return kept[1]
    result = found.workflow.check(group, domain, text, tests=tests)
    with _lock:
        _kept[key] = (time.monotonic(), result)
        _kept.move_to_end(key)
        while len(_kept) > _SIZE:
            _kept.popitem(last=False)
    return result
